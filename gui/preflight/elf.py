"""The shared libraries an ELF file asks the dynamic loader for (its DT_NEEDED entries).

Read from the file's program headers alone, so no binutils (readelf, objdump) and no
loading: the check must work on a bare machine and must not load a library that could
abort the process.
"""

from __future__ import annotations

import struct
from pathlib import Path

_MAGIC = b"\x7fELF"
_PT_LOAD, _PT_DYNAMIC = 1, 2
_DT_NULL, _DT_NEEDED, _DT_STRTAB = 0, 1, 5


class NotElf(ValueError):
    """The file is not an ELF shared object this reader understands."""


def needed_libraries(path: str | Path) -> list[str]:
    """The sonames ``path`` links against, in the order the file lists them."""
    with open(path, "rb") as fh:
        ident = fh.read(16)
        if len(ident) < 16 or ident[:4] != _MAGIC or ident[4] not in (1, 2):
            raise NotElf(f"{path}: not an ELF file")
        wide = ident[4] == 2  # ELFCLASS64
        order = "<" if ident[5] == 1 else ">"
        if wide:
            header = struct.unpack(order + "HHIQQQIHHHHHH", fh.read(48))
        else:
            header = struct.unpack(order + "HHIIIIIHHHHHH", fh.read(36))
        phoff, phentsize, phnum = header[4], header[8], header[9]
        segments = []
        for i in range(phnum):
            fh.seek(phoff + i * phentsize)
            if wide:
                p_type, _flags, offset, vaddr, _paddr, filesz = struct.unpack(
                    order + "IIQQQQ", fh.read(40)
                )
            else:
                p_type, offset, vaddr, _paddr, filesz = struct.unpack(order + "IIIII", fh.read(20))
            segments.append((p_type, offset, vaddr, filesz))
        dynamic = next((s for s in segments if s[0] == _PT_DYNAMIC), None)
        if dynamic is None:
            return []  # statically linked
        fh.seek(dynamic[1])
        raw = fh.read(dynamic[3])
        entry = struct.Struct(order + ("qQ" if wide else "iI"))
        needed: list[int] = []
        strtab = None
        for tag, value in entry.iter_unpack(raw[: len(raw) - len(raw) % entry.size]):
            if tag == _DT_NULL:
                break
            if tag == _DT_NEEDED:
                needed.append(value)
            elif tag == _DT_STRTAB:
                strtab = value
        if strtab is None:
            raise NotElf(f"{path}: dynamic section without a string table")
        # DT_STRTAB holds a virtual address: find the file offset of the segment holding it.
        base = next(
            (off + strtab - vaddr for kind, off, vaddr, size in segments
             if kind == _PT_LOAD and vaddr <= strtab < vaddr + size),
            None,
        )  # fmt: skip
        if base is None:
            raise NotElf(f"{path}: string table outside every loaded segment")
        names = []
        for offset in needed:
            fh.seek(base + offset)
            names.append(_c_string(fh))
        return names


def _c_string(fh: object) -> str:
    chunks = []
    while True:
        block = fh.read(64)  # type: ignore[attr-defined]
        if not block:
            break
        end = block.find(b"\0")
        if end >= 0:
            chunks.append(block[:end])
            break
        chunks.append(block)
    return b"".join(chunks).decode("utf-8", "replace")
