"""A Word document (.docx) -> its paragraphs and tables in order, with its title property.

The zip container is checked from its directory first (see ``archive``); anything
python-docx cannot parse is refused as a damaged document, never a traceback. The
document's creation time is not taken as the publication time: it is usually when the
reviewer pasted the article into Word, and a wrong date would misplace every "yesterday".
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.ingest.archive import check_archive
from gui.ingest.errors import IngestError
from gui.ingest.raw import RawArticle, Reading, property_title

DAMAGED = QT_TRANSLATE_NOOP("Ingest", "damaged or unreadable Word document")


def read_docx(data: bytes, *, columns: Mapping[str, str] | None = None) -> Reading:
    """``columns`` is ignored (tables only)."""
    check_archive(data, translate("Ingest", "Word document"))
    import docx  # imported on first use
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            document: Any = docx.Document(io.BytesIO(data))
            blocks = list(_blocks(document))
            try:
                # asked for directly: python-docx invents default properties when missing
                document.part.package.part_related_by(RELATIONSHIP_TYPE.CORE_PROPERTIES)
            except KeyError:
                title = ""
            else:
                title = property_title(document.core_properties.title)
    except IngestError:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on a damaged part
        raise IngestError(translate("Ingest", DAMAGED)) from exc
    text = "\n\n".join(blocks)
    if not text.strip():
        raise IngestError(translate("Ingest", "empty document (no text in it)"))
    return Reading((RawArticle(text, title=title, from_properties=True),))


def _blocks(document: Any) -> Iterator[str]:
    """Paragraph texts in document order; a table yields one line per row."""
    from docx.table import Table

    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = " ".join(cell.text.split())
                    if value and (not cells or cells[-1] != value):  # merged cells repeat
                        cells.append(value)
                if cells:
                    yield " | ".join(cells)
            continue
        value = item.text.strip()
        if value:
            yield value
