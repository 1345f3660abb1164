"""Claimgrid: comparative source review as a claims matrix."""

__version__ = "0.1.0"
