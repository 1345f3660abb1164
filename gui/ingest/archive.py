"""Zip containers (.docx, .xlsx) are checked from their directory before any parser opens them.

A zip bomb is small on disk and huge once unpacked; the directory at the end of the file
declares every member's packed and unpacked size, so the check reads only that directory and
decompresses nothing. Declared sizes also bound what :mod:`zipfile` will unpack later: it
stops at the declared size and fails the CRC check if a member lies about it.
"""

from __future__ import annotations

import io
import math
import zipfile

from gui.ingest.errors import IngestError

MAX_MEMBERS = 5_000  # an office document has tens of parts; a spreadsheet a few hundred
MAX_UNPACKED = 200 * 1024 * 1024  # bytes of all members together, once unpacked
MAX_RATIO = 100  # unpacked / packed for a large member; office XML packs about 5-20 times
_RATIO_FLOOR = 1024 * 1024  # a member smaller than this unpacks quickly whatever its ratio
_ZIP_MAGIC = b"PK"
_MB = 1024 * 1024


def check_archive(data: bytes, what: str) -> None:
    """Raise :class:`IngestError` naming ``what`` ("Word document", "Excel workbook") unless
    ``data`` is a zip whose directory promises a bounded unpacked size."""
    if not data.startswith(_ZIP_MAGIC):
        raise IngestError(f"not a real {what} (wrong extension?)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise IngestError(f"damaged {what} (cannot be unzipped)") from exc
    if not members:
        raise IngestError(f"damaged {what} (empty archive)")
    if len(members) > MAX_MEMBERS:
        raise IngestError(f"suspicious {what}: {len(members)} parts (a zip bomb?)")
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise IngestError(f"{what} is password protected")
        size = member.file_size
        total += size
        bomb = size > _RATIO_FLOOR and size > MAX_RATIO * max(member.compress_size, 1)
        if total > MAX_UNPACKED or bomb:
            unpacked = math.ceil(sum(m.file_size for m in members) / _MB)
            raise IngestError(f"suspicious {what}: it would unpack to {unpacked} MB (a zip bomb?)")


def member_names(data: bytes) -> frozenset[str]:
    """The names inside a zip, or none when ``data`` is not a readable zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return frozenset(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return frozenset()
