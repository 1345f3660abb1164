"""The window's first start on a bare machine: the display and the system libraries Qt
needs are checked before Qt is loaded, and the README's set-up installs every one."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gui import cli
from gui.preflight import (
    check_window,
    missing_libraries,
    needed_by_platform,
    plugin_file,
    qt_folder,
    system_libraries,
)
from gui.preflight.elf import NotElf, needed_libraries
from gui.preflight.packages import BASE, FONTS_PACKAGE, LIBRARIES

ROOT = Path(__file__).resolve().parents[2]
QT = qt_folder()
linux_qt = pytest.mark.skipif(
    QT is None or not sys.platform.startswith("linux") or not plugin_file(QT, "xcb").is_file(),
    reason="PySide6's xcb platform plugin is a Linux file",
)


def readme_packages() -> list[str]:
    """The packages the README's first command block installs."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("```sh", 1)[1].split("```", 1)[0]
    line = next(line for line in block.splitlines() if "apt-get install" in line)
    return line.split("apt-get install", 1)[1].replace("-y", " ").split()


def fake_library_dir(tmp_path: Path, libraries: list[str], *, hide: str) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for lib in libraries:
        if lib != hide:
            (folder / lib).write_bytes(b"")
    return folder


def fonts_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "fonts"
    folder.mkdir(exist_ok=True)
    (folder / "Test-Regular.ttf").write_bytes(b"")
    return folder


@linux_qt
def test_elf_reader_lists_what_readelf_lists() -> None:
    if shutil.which("readelf") is None:
        pytest.skip("binutils (readelf) is not installed")
    assert QT is not None
    for path in (plugin_file(QT, "xcb"), QT / "QtWidgets.abi3.so", QT / "Qt/lib/libQt6Gui.so.6"):
        out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
        expected = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out.stdout)
        assert expected and needed_libraries(path) == expected


def test_elf_reader_refuses_other_files(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a library", encoding="utf-8")
    with pytest.raises(NotElf):
        needed_libraries(text)


@linux_qt
def test_every_library_the_xcb_plugin_links_against_is_installed_by_the_readme() -> None:
    assert QT is not None
    direct = needed_libraries(plugin_file(QT, "xcb"))
    needed = needed_by_platform(QT, "xcb")
    system_direct = [lib for lib in direct if not lib.startswith("libQt6")]
    assert set(system_direct) <= set(needed)
    assert "libxcb-icccm.so.4" in needed and "libEGL.so.1" in needed  # the plugin's and Gui's
    unknown = [lib for lib in needed if lib not in LIBRARIES]
    assert not unknown, f"add these to gui/preflight/packages.py: {unknown}"
    readme = set(readme_packages())
    missing = sorted({LIBRARIES[lib] for lib in needed if lib not in BASE} - readme)
    assert not missing, f"the README's apt-get line lacks {missing}"
    assert FONTS_PACKAGE in readme and "python3-venv" in readme


@linux_qt
def test_a_hidden_library_is_named_with_its_package_and_the_install_command(
    tmp_path: Path,
) -> None:
    assert QT is not None
    libraries = needed_by_platform(QT, "xcb")
    lib_dir = fake_library_dir(tmp_path, libraries, hide="libxcb-icccm.so.4")
    assert missing_libraries(QT, "xcb", [lib_dir]).packages == ("libxcb-icccm4",)
    message = check_window({"DISPLAY": ":7"}, dirs=[lib_dir], fonts=[fonts_dir(tmp_path)])
    assert message is not None
    assert "libxcb-icccm.so.4 (package libxcb-icccm4)" in message
    assert "sudo apt-get install -y libxcb-icccm4\n" in message
    assert "libxcb-keysyms1" not in message
    complete = tmp_path / "complete"
    complete.mkdir()
    for lib in libraries:
        (complete / lib).write_bytes(b"")
    assert check_window({"DISPLAY": ":7"}, dirs=[complete], fonts=[fonts_dir(tmp_path)]) is None


@linux_qt
def test_no_font_names_the_font_package(tmp_path: Path) -> None:
    assert QT is not None
    libraries = needed_by_platform(QT, "offscreen")
    lib_dir = fake_library_dir(tmp_path, libraries, hide="")
    empty = tmp_path / "nofonts"
    empty.mkdir()
    message = check_window({"QT_QPA_PLATFORM": "offscreen"}, dirs=[lib_dir], fonts=[empty])
    assert message is not None and FONTS_PACKAGE in message


@linux_qt
def test_wayland_with_its_libraries_does_not_need_the_xcb_ones(tmp_path: Path) -> None:
    assert QT is not None
    if not plugin_file(QT, "wayland").is_file():
        pytest.skip("this PySide6 has no wayland plugin")
    wayland = needed_by_platform(QT, "wayland")
    lib_dir = fake_library_dir(tmp_path, wayland, hide="")
    env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}
    assert check_window(env, dirs=[lib_dir], fonts=[fonts_dir(tmp_path)]) is None
    assert "libxcb" in (check_window({"DISPLAY": ":0"}, dirs=[lib_dir],
                                     fonts=[fonts_dir(tmp_path)]) or "")  # fmt: skip


@linux_qt
def test_the_window_command_exits_2_before_qt_when_a_library_is_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert QT is not None
    lib_dir = fake_library_dir(tmp_path, needed_by_platform(QT, "xcb"), hide="libxcb-keysyms.so.1")
    monkeypatch.setattr("gui.preflight.library_dirs", lambda _env: [lib_dir])
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":7")
    started: list[object] = []
    monkeypatch.setattr("gui.qt.app.run", lambda *a, **k: started.append(a) or 0)
    assert cli.main([]) == 2
    err = capsys.readouterr().err
    assert "libxcb-keysyms1" in err and "apt-get install" in err
    assert started == []  # Qt was never asked to start


@linux_qt
def test_the_readme_set_up_is_enough_where_it_was_run() -> None:
    """On a machine where the README's packages are installed (CI installs them), the check
    finds nothing missing for a real X display."""
    if shutil.which("dpkg-query") is None:
        pytest.skip("not a Debian machine")
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${Status}\\n", *readme_packages()],
        capture_output=True, text=True,
    )  # fmt: skip
    installed = {line.split()[0] for line in out.stdout.splitlines() if "ok installed" in line}
    absent = sorted(set(readme_packages()) - installed)
    if absent:
        pytest.skip(f"the README's packages are not all installed here: {absent}")
    assert check_window({"DISPLAY": ":99", "HOME": str(Path.home())}) is None


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], capture_output=True, text=True,
        encoding="utf-8", env=env, timeout=120, cwd=ROOT,
    )  # fmt: skip


def _no_display() -> dict[str, str]:
    env = dict(os.environ)
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(var, None)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="displays are a Linux matter")
def test_without_a_display_the_window_says_so_and_subcommands_still_work(tmp_path: Path) -> None:
    env = _no_display()
    out = _run([], env)
    assert out.returncode == 2
    assert "no display" in out.stderr and "claimgrid analyze" in out.stderr
    article = tmp_path / "a.txt"
    article.write_text(
        "Jembatan Baru Dibuka\n\nJembatan sepanjang 120 meter di Kota Lestari dibuka pada "
        "Senin, kata Wali Kota Rina Hartati.\n", encoding="utf-8")  # fmt: skip
    done = _run(["analyze", str(article)], env)
    assert done.returncode == 0, done.stderr


def test_a_mistyped_subcommand_is_an_unknown_command() -> None:
    out = _run(["analyse", "seeds"], _no_display())
    assert out.returncode == 2
    assert "unknown command 'analyse'" in out.stderr
    assert "did you mean 'analyze'" in out.stderr
    missing = _run(["no-such-article.txt"], _no_display())
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr


def test_system_libraries_stop_at_files_outside_the_bundle(tmp_path: Path) -> None:
    assert system_libraries([tmp_path / "absent.so"], [tmp_path]) == []
