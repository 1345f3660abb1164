"""The labels the analysis writes follow the interface's language, in the window's worker and
on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui import cli, i18n
from gui.paths import seeds_dir


def test_the_command_line_asks_the_analysis_for_labels_in_its_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gui.analysis

    real = gui.analysis.analyze
    asked: list[str] = []

    def recording(*args, **kwargs):
        asked.append(kwargs.get("label_language", ""))
        return real(*args, **kwargs)

    monkeypatch.setattr(gui.analysis, "analyze", recording)
    seed = sorted(Path(seeds_dir()).glob("*.txt"))[:2]
    try:
        assert cli.main(["analyze", *map(str, seed), "--language", "id"]) == 0
        assert cli.main(["analyze", *map(str, seed), "--language", "en"]) == 0
    finally:
        i18n.set_language("en")
    assert asked == ["id", "en"]
    capsys.readouterr()


def test_the_window_s_engine_asks_for_labels_in_the_interface_language() -> None:
    from gui.qt.worker import default_engine

    try:
        i18n.set_language("id")
        assert default_engine().analyze.keywords["label_language"] == "id"  # type: ignore[attr-defined]
    finally:
        i18n.set_language("en")
    assert default_engine().analyze.keywords["label_language"] == "en"  # type: ignore[attr-defined]
