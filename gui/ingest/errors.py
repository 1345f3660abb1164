"""The one exception the ingest layer raises."""

from __future__ import annotations


class IngestError(Exception):
    """A file that cannot become a Source; ``str(exc)`` is a short reason a reviewer reads.

    Examples: ``"empty file"``, ``"binary file, not text"``, ``"unsupported format (.pdf)"``.
    """
