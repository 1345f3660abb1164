from tests.review.conftest import seeds_analysis

__all__ = ["seeds_analysis"]
