"""Articles in -> Sources out: readers per format, text cleaning, metadata. No Qt."""

from gui.ingest.article import source_from_text
from gui.ingest.errors import IngestError
from gui.ingest.load import MAX_BYTES, LoadResult, load_paths, read_source
from gui.ingest.readers import supported_extensions

__all__ = [
    "MAX_BYTES",
    "IngestError",
    "LoadResult",
    "load_paths",
    "read_source",
    "source_from_text",
    "supported_extensions",
]
