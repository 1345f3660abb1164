"""Render the application icon from its SVG: PNG sizes, a Windows .ico and a macOS .icns.

    python build/make_icons.py            # (re)write resources/icons/*
    python build/make_icons.py --check    # exit 1 if the committed files are stale

The PNGs, the .ico and the .icns are committed, so neither a build nor an install needs
Qt's SVG renderer; re-run this after editing ``claimgrid.svg``. The .ico and .icns are
plain containers of PNG images, written here with the standard library so no imaging
package is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication, QImage

ROOT = Path(__file__).resolve().parent.parent
ICONS_DIR = ROOT / "resources" / "icons"
SVG_NAME = "claimgrid.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
# Windows shows at most 256 px; larger entries only bloat the executable.
ICO_SIZES = (16, 32, 48, 64, 128, 256)
# (OSType, pixel size): the "@2x" types (ic11..ic14, ic10) hold the doubled image.
ICNS_ENTRIES = (
    (b"icp4", 16),
    (b"ic11", 32),
    (b"icp5", 32),
    (b"ic12", 64),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)
# Mean absolute channel difference (0..255) tolerated by --check: rasterisers of
# different Qt releases antialias edges a little differently, a changed design does not
# stay under this.
_STALE_THRESHOLD = 1.0
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Rendering needs a GUI application; one made here is kept so it outlives the call.
_APP: QGuiApplication | None = None


def png_name(size: int) -> str:
    return f"claimgrid-{size}.png"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if not data.startswith(_PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _ensure_gui_application() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _APP
        _APP = QGuiApplication([sys.argv[0]])


def render_image(svg: Path, size: int) -> QImage:
    """Rasterise ``svg`` to a transparent ``size`` x ``size`` ARGB image."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _ensure_gui_application()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def image_png_bytes(image: QImage) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A Windows icon holding one PNG-compressed image per size (Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        data = pngs[size]
        if png_size(data) != (size, size):
            raise ValueError(f"image for {size} px is {png_size(data)}")
        # A width/height byte of 0 means 256.
        edge = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: Mapping[int, bytes]) -> bytes:
    """A macOS icon family of PNG entries, one per OSType in ``ICNS_ENTRIES``."""
    chunks = []
    for ostype, size in ICNS_ENTRIES:
        data = pngs[size]
        if png_size(data) != (size, size):
            raise ValueError(f"image for {size} px is {png_size(data)}")
        chunks.append(ostype + struct.pack(">I", 8 + len(data)) + data)
    body = b"".join(chunks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def render_all(svg: Path, sizes: Iterable[int]) -> dict[int, bytes]:
    return {size: image_png_bytes(render_image(svg, size)) for size in sorted(set(sizes))}


def write_icons(icons_dir: Path = ICONS_DIR) -> list[Path]:
    """Render every derived icon file next to the SVG; returns the files written."""
    svg = icons_dir / SVG_NAME
    needed = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_ENTRIES}
    pngs = render_all(svg, needed)
    written = []
    for size in PNG_SIZES:
        path = icons_dir / png_name(size)
        path.write_bytes(pngs[size])
        written.append(path)
    ico = icons_dir / "claimgrid.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = icons_dir / "claimgrid.icns"
    icns.write_bytes(icns_bytes(pngs))
    return [*written, ico, icns]


def mean_difference(first: QImage, second: QImage) -> float:
    """Mean absolute difference per RGBA channel between two same-sized QImages."""
    from PySide6.QtGui import QImage

    if first.size() != second.size():
        return float("inf")
    fmt = QImage.Format.Format_RGBA8888
    # The converted images must stay referenced while their bits are copied.
    first_rgba, second_rgba = first.convertToFormat(fmt), second.convertToFormat(fmt)
    a = bytes(first_rgba.constBits())
    b = bytes(second_rgba.constBits())
    return sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)


def stale_icons(icons_dir: Path = ICONS_DIR) -> list[str]:
    """Derived PNGs that are missing or no longer match the SVG, one message each."""
    from PySide6.QtGui import QImage

    svg = icons_dir / SVG_NAME
    problems = []
    for size in PNG_SIZES:
        path = icons_dir / png_name(size)
        committed = QImage(str(path))
        if committed.isNull():
            problems.append(f"{path.name}: missing or unreadable")
            continue
        difference = mean_difference(render_image(svg, size), committed)
        if difference > _STALE_THRESHOLD:
            problems.append(f"{path.name}: differs from {SVG_NAME} (mean {difference:.2f})")
    for name in ("claimgrid.ico", "claimgrid.icns"):
        if not (icons_dir / name).is_file():
            problems.append(f"{name}: missing")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only report derived icons that are stale"
    )
    parser.add_argument("--icons-dir", type=Path, default=ICONS_DIR)
    args = parser.parse_args(argv)
    if args.check:
        problems = stale_icons(args.icons_dir)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for path in write_icons(args.icons_dir):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
