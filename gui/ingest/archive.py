"""Zip containers (.docx, .xlsx) are checked before any parser opens them.

A zip bomb is small on disk and huge once unpacked. The directory at the end of the file
declares every member's packed and unpacked size, so a first check reads only that
directory. The directory can lie, though: :mod:`zipfile` inflates a member's whole stream
before it cuts it to the declared size, so a member that declares a kilobyte and holds
gigabytes would take gigabytes from the parser. So each member is then inflated once, a
chunk at a time, and refused as soon as it gives more than it declared: the cost is bounded
by the declared sizes, which the first check bounds.
"""

from __future__ import annotations

import io
import math
import struct
import zipfile
import zlib

from gui.i18n import grouped, translate
from gui.ingest.errors import IngestError

MAX_MEMBERS = 5_000  # an office document has tens of parts; a spreadsheet a few hundred
MAX_UNPACKED = 200 * 1024 * 1024  # bytes of all members together, once unpacked
MAX_RATIO = 100  # unpacked / packed for a large member; office XML packs about 5-20 times
_RATIO_FLOOR = 1024 * 1024  # a member smaller than this unpacks quickly whatever its ratio
_ZIP_MAGIC = b"PK"
_MB = 1024 * 1024
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature ... file name length, extra length
_LOCAL_MAGIC = b"PK\x03\x04"
_IN_CHUNK = 64 * 1024  # packed bytes fed to the inflater at a time
_OUT_CHUNK = 1024 * 1024  # unpacked bytes it may give at a time


def check_archive(data: bytes, what: str) -> None:
    """Raise :class:`IngestError` naming ``what`` ("Word document", "Excel workbook", already
    translated) unless
    ``data`` is a zip whose directory promises a bounded unpacked size."""
    if not data.startswith(_ZIP_MAGIC):
        raise IngestError(
            translate("Ingest", "not a real {what} (wrong extension?)").format(what=what)
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise IngestError(
            translate("Ingest", "damaged {what} (cannot be unzipped)").format(what=what)
        ) from exc
    if not members:
        raise IngestError(translate("Ingest", "damaged {what} (empty archive)").format(what=what))
    if len(members) > MAX_MEMBERS:
        parts = translate("Ingest", "suspicious {what}: {count} parts (a zip bomb?)")
        raise IngestError(parts.format(what=what, count=grouped(len(members))))
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise IngestError(translate("Ingest", "{what} is password protected").format(what=what))
        size = member.file_size
        total += size
        bomb = size > _RATIO_FLOOR and size > MAX_RATIO * max(member.compress_size, 1)
        if total > MAX_UNPACKED or bomb:
            unpacked = math.ceil(sum(m.file_size for m in members) / _MB)
            bomb = translate(
                "Ingest", "suspicious {what}: it would unpack to {size} MB (a zip bomb?)"
            )
            raise IngestError(bomb.format(what=what, size=grouped(unpacked)))
    view = memoryview(data)
    for member in members:
        _check_member(view, member, what)


def _check_member(data: memoryview, member: zipfile.ZipInfo, what: str) -> None:
    """Inflate ``member`` once, never past its declared size, and check its CRC."""
    start = member.header_offset
    header = bytes(data[start : start + _LOCAL_HEADER.size])
    if len(header) < _LOCAL_HEADER.size or _LOCAL_HEADER.unpack(header)[0] != _LOCAL_MAGIC:
        raise IngestError(
            translate("Ingest", "damaged {what} (cannot be unzipped)").format(what=what)
        )
    _magic, name_length, extra_length = _LOCAL_HEADER.unpack(header)
    begin = start + _LOCAL_HEADER.size + name_length + extra_length
    packed = data[begin : begin + member.compress_size]
    if member.compress_type == zipfile.ZIP_STORED:
        unpacked, crc, whole = len(packed), zlib.crc32(packed), True
    elif member.compress_type == zipfile.ZIP_DEFLATED:
        unpacked, crc, whole = _inflate(packed, member.file_size)
    else:
        unusual = translate("Ingest", "{what} with an unusual compression (method {method})")
        raise IngestError(unusual.format(what=what, method=member.compress_type))
    if unpacked > member.file_size:
        lying = translate(
            "Ingest",
            "suspicious {what}: a part unpacks to more than its declared {size} bytes "
            "(a zip bomb?)",
        )
        raise IngestError(lying.format(what=what, size=grouped(member.file_size)))
    if not whole or unpacked != member.file_size or crc != member.CRC:
        raise IngestError(
            translate("Ingest", "damaged {what} (a part is corrupt)").format(what=what)
        )


def _inflate(packed: memoryview, declared: int) -> tuple[int, int, bool]:
    """Bytes and CRC of a deflate stream, stopping one chunk past ``declared`` bytes, and
    whether the stream ended."""
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    total = crc = 0
    try:
        for at in range(0, len(packed), _IN_CHUNK):
            pending = bytes(packed[at : at + _IN_CHUNK])
            while pending and not inflater.eof:
                piece = inflater.decompress(pending, _OUT_CHUNK)
                total += len(piece)
                crc = zlib.crc32(piece, crc)
                if total > declared:
                    return total, crc, False
                pending = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        return total, crc, False
    return total, crc, inflater.eof


def member_names(data: bytes) -> frozenset[str]:
    """The names inside a zip, or none when ``data`` is not a readable zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return frozenset(archive.namelist())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return frozenset()
