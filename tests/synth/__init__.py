"""A synthetic corpus with planted truth, and its scorer."""
