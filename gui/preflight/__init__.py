"""What the window needs from the machine, checked before Qt is loaded.

Qt aborts the whole process (SIGABRT, exit 134) when its platform plugin cannot be loaded,
and its message often names a library other than the one missing. So before the window
starts, the command line asks here: is there a display to open it on, and does every
system library that Qt's own libraries link against exist? Missing ones are named with the
Debian package that provides them and the command that installs them.

Only the files on disk are read (ELF headers, library folders); nothing is loaded, and no Qt
module is imported.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import sysconfig
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from glob import glob
from pathlib import Path

from gui.i18n import translate
from gui.preflight.elf import NotElf, needed_libraries
from gui.preflight.packages import FONTS_PACKAGE, package_of

# The PySide6 modules the window imports; the platform plugin is added per platform.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets")
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".pfb", ".pcf", ".pcf.gz", ".otb")


@dataclass(frozen=True)
class Missing:
    """The system libraries (and packages) a platform plugin lacks."""

    platform: str
    libraries: tuple[str, ...]
    packages: tuple[str, ...]  # in install order, each once


def qt_folder() -> Path | None:
    """PySide6's package folder, found without importing it (None when not installed)."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)))
    return folder if folder.is_dir() else None


def library_dirs(environ: Mapping[str, str]) -> list[Path]:
    """Where the dynamic loader looks: LD_LIBRARY_PATH, ld.so.conf, the default folders."""
    dirs = [Path(p) for p in environ.get("LD_LIBRARY_PATH", "").split(":") if p]
    dirs += _ld_so_conf(Path("/etc/ld.so.conf"), depth=0)
    arch = sysconfig.get_config_var("MULTIARCH") or ""
    for root in ("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib"):
        if arch:
            dirs.append(Path(root) / arch)
        dirs.append(Path(root))
    unique: list[Path] = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return unique


def _ld_so_conf(path: Path, depth: int) -> list[Path]:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    dirs: list[Path] = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line.startswith("include") and depth < 4:
            pattern = line.split(None, 1)[1] if " " in line or "\t" in line else ""
            if pattern and not pattern.startswith("/"):
                pattern = str(path.parent / pattern)
            for included in sorted(glob(pattern)):
                dirs += _ld_so_conf(Path(included), depth + 1)
        elif line.startswith("/"):
            dirs.append(Path(line))
    return dirs


def _bundled_dirs(qt: Path) -> list[Path]:
    dirs = [qt / "Qt" / "lib", qt]
    shiboken = qt.parent / "shiboken6"
    if shiboken.is_dir():
        dirs.append(shiboken)
    return dirs


def plugin_file(qt: Path, platform: str) -> Path:
    return qt / "Qt" / "plugins" / "platforms" / f"libq{platform}.so"


def system_libraries(start: Iterable[Path], bundled: Sequence[Path]) -> list[str]:
    """Every system library (not shipped with PySide6) that ``start`` or the Qt libraries
    they load link against directly, in first-seen order."""
    seen_files: set[Path] = set()
    found: list[str] = []
    queue = [p for p in start if p.is_file()]
    while queue:
        path = queue.pop(0)
        if path in seen_files:
            continue
        seen_files.add(path)
        try:
            names = needed_libraries(path)
        except (OSError, NotElf):
            continue
        for name in names:
            inside = next((d / name for d in bundled if (d / name).is_file()), None)
            if inside is not None:
                queue.append(inside)
            elif name not in found:
                found.append(name)
    return found


def needed_by_platform(qt: Path, platform: str) -> list[str]:
    """The system libraries the window needs on ``platform`` ("xcb", "wayland", …)."""
    start = [qt / f"{m}.abi3.so" for m in QT_MODULES] + [plugin_file(qt, platform)]
    return system_libraries(start, _bundled_dirs(qt))


def missing_libraries(qt: Path, platform: str, dirs: Sequence[Path]) -> Missing:
    libraries = tuple(
        lib for lib in needed_by_platform(qt, platform)
        if not any((d / lib).exists() for d in dirs)
    )  # fmt: skip
    packages = tuple(dict.fromkeys(package_of(lib) for lib in libraries))
    return Missing(platform, libraries, packages)


def font_dirs(environ: Mapping[str, str]) -> list[Path]:
    """fontconfig's default folders."""
    home = Path(environ.get("HOME") or Path.home())
    data = Path(environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts",
            data / "fonts"]  # fmt: skip


def has_fonts(dirs: Iterable[Path]) -> bool:
    """Whether one font file is there; Qt draws no text without one."""
    for root in dirs:
        for _folder, _dirs, files in os.walk(root):
            if any(f.lower().endswith(_FONT_SUFFIXES) for f in files):
                return True
    return False


def platforms_to_try(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order; empty when there is no display."""
    explicit = environ.get("QT_QPA_PLATFORM", "").strip()
    if explicit:
        return [p.split(":", 1)[0].strip() for p in explicit.split(";") if p.strip()]
    found = []
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        found.append("wayland")
    if environ.get("DISPLAY"):
        found.append("xcb")
    return found


def check_window(
    environ: Mapping[str, str] | None = None,
    *,
    dirs: Sequence[Path] | None = None,
    fonts: Sequence[Path] | None = None,
    qt: Path | None = None,
) -> str | None:
    """Why the window cannot start on this machine, as a message for the terminal; None when
    nothing is known to be missing (always None off Linux, or where PySide6 is not found)."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if environ is None else environ
    platforms = platforms_to_try(env)
    if not platforms:
        return no_display_message()
    qt = qt or qt_folder()
    if qt is None:
        return None
    dirs = library_dirs(env) if dirs is None else dirs
    results = [missing_libraries(qt, p, dirs) for p in platforms if plugin_file(qt, p).is_file()]
    found_fonts = has_fonts(font_dirs(env) if fonts is None else fonts)
    usable = next((m for m in results if not m.libraries), None)
    if usable is not None and found_fonts:
        return None
    report = usable or next((m for m in results if m.platform == "xcb"), None)
    report = report or (results[0] if results else Missing("", (), ()))
    return missing_message(report, fonts=found_fonts)


def no_display_message() -> str:
    return translate(
        "Preflight",
        "claimgrid: there is no display to open the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set).\n"
        "Start Claimgrid from a desktop session, or work on the command line:\n"
        "  claimgrid analyze PATH...      (claimgrid --help lists every command)",
    )


def missing_message(missing: Missing, *, fonts: bool = True) -> str:
    if not missing.libraries and fonts:
        return ""
    lines = [translate("Preflight", "claimgrid: the window cannot start: these system libraries "
                       "are not installed:")]  # fmt: skip
    for lib in missing.libraries:
        lines.append(translate("Preflight", "  {library} (package {package})").format(
            library=lib, package=package_of(lib)))  # fmt: skip
    packages = list(missing.packages)
    if not fonts:
        lines.append(translate("Preflight", "  no font at all (package {package})").format(
            package=FONTS_PACKAGE))  # fmt: skip
        packages.append(FONTS_PACKAGE)
    lines.append(translate("Preflight", "Install them with:"))
    lines.append(f"  sudo apt-get install -y {' '.join(packages)}")
    lines.append(translate(
        "Preflight",
        "The command line works without them: claimgrid analyze PATH..., claimgrid export "
        "PROJECT."))  # fmt: skip
    return "\n".join(lines)
