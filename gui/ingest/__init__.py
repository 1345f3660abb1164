"""Articles in -> Sources out: readers per format, text cleaning, metadata. No Qt."""

from gui.ingest.article import source_from_raw, source_from_text
from gui.ingest.columns import FIELDS, ColumnGuess, parse_column_spec
from gui.ingest.errors import IngestError
from gui.ingest.load import (
    MAX_BYTES,
    LoadResult,
    load_paths,
    read_file,
    read_source,
    table_columns,
)
from gui.ingest.raw import RawArticle, Reading
from gui.ingest.readers import is_table, supported_extensions

__all__ = [
    "FIELDS",
    "MAX_BYTES",
    "ColumnGuess",
    "IngestError",
    "LoadResult",
    "RawArticle",
    "Reading",
    "is_table",
    "load_paths",
    "parse_column_spec",
    "read_file",
    "read_source",
    "source_from_raw",
    "source_from_text",
    "supported_extensions",
    "table_columns",
]
