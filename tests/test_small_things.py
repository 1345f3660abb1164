"""A one-word file is named as no article; the command line shows its progress on a terminal
and stays quiet in a pipe."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from gui.cli_progress import ANALYSING, DELAY, Progress

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = (
    "Jembatan Gantung Desa Sukamaju Putus\n\n"
    "Jembatan gantung yang menghubungkan dua dusun di Desa Sukamaju putus setelah banjir "
    "bandang pada Senin, kata Kepala Desa Ahmad Fauzi. Sebanyak 12 warga terluka.\n"
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], capture_output=True, text=True,
        encoding="utf-8", cwd=ROOT, timeout=120, env=dict(os.environ),
    )  # fmt: skip


def test_a_one_word_file_is_analysed_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "hello.txt").write_text("hello\n", encoding="utf-8")
    (tmp_path / "jembatan.txt").write_text(ARTICLE, encoding="utf-8")
    out = _run("analyze", str(tmp_path))
    assert out.returncode == 0
    assert "warning: " in out.stderr and "hello.txt has only 1 word" in out.stderr
    assert "jembatan.txt" not in out.stderr


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal_after_a_moment_and_is_erased() -> None:
    now = [0.0]
    stream = _Terminal()
    progress = Progress(stream, clock=lambda: now[0])
    report = progress.phase(ANALYSING)
    report(1, 10)
    assert stream.getvalue() == ""  # a short run stays quiet
    now[0] = DELAY + 0.01
    report(5, 10)
    now[0] += 0.01
    report(6, 10)  # within a tenth of a second: not redrawn
    now[0] += 0.5
    report(10, 10)
    progress.finish()
    written = stream.getvalue()
    assert written.count("\r") >= 3
    assert "Analysing articles 5/10" in written and "Analysing articles 10/10" in written
    assert "6/10" not in written
    assert written.endswith("\r") and written.rstrip("\r").endswith(" ")


def test_progress_is_quiet_when_stderr_is_not_a_terminal_unless_asked() -> None:
    now = [100.0]
    pipe = io.StringIO()
    quiet = Progress(pipe, clock=lambda: now[0])
    now[0] += 10
    quiet.update(ANALYSING, 3, 9)
    assert pipe.getvalue() == ""
    asked = Progress(pipe, mode="always", clock=lambda: now[0])
    now[0] += 10
    asked.update(ANALYSING, 3, 9)
    assert "3/9" in pipe.getvalue()


def test_the_command_line_is_quiet_in_a_pipe(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"artikel{i}.txt").write_text(ARTICLE, encoding="utf-8")
    quiet = _run("analyze", str(tmp_path))
    assert quiet.returncode == 0
    assert "\r" not in quiet.stderr and "\r" not in quiet.stdout
