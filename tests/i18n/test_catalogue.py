"""The Indonesian catalogue covers every string the code marks, is compiled, and reads the
same through Qt's translator and through the reader the Qt-free layers use."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from gui import i18n
from gui.i18n.qm import read_qm
from tests.packaging.layout import ROOT, load_build_module

translations = load_build_module("translations")


def test_every_marked_string_has_an_indonesian_translation_and_the_qm_is_current() -> None:
    found = translations.problems()
    assert not found, "\n".join(found)


def test_a_new_string_without_translation_is_reported(tmp_path, monkeypatch) -> None:
    # The check is only as good as its failure: a catalogue missing one string fails.
    source = translations.CATALOGUE.read_text(encoding="utf-8")
    trimmed = source.replace("<translation>Urungkan {action}</translation>",
                             '<translation type="unfinished"></translation>')  # fmt: skip
    assert trimmed != source
    copy = tmp_path / translations.CATALOGUE.name
    copy.write_text(trimmed, encoding="utf-8")
    monkeypatch.setattr(translations, "CATALOGUE", copy)
    found = translations.problems()
    assert any("Undo {action}" in p for p in found)


def test_the_reader_without_qt_agrees_with_qt_translator(qapp) -> None:
    from PySide6.QtCore import QTranslator

    app = qapp
    for stem in ("claimgrid", "qtbase"):
        path = i18n.catalogue_path("id", stem)
        messages = read_qm(path)
        assert len(messages) > (300 if stem == "claimgrid" else 40)
        translator = QTranslator(app)
        assert translator.load(str(path))
        for (context, source, comment), texts in messages.items():
            assert translator.translate(context, source, comment or None) == texts[0]


def test_language_follows_the_locale_and_falls_back_to_english() -> None:
    assert i18n.system_language({"LANG": "id_ID.UTF-8"}) == "id"
    assert i18n.system_language({"LANGUAGE": "fr:id", "LANG": "fr_FR.UTF-8"}) == "id"
    assert i18n.system_language({"LC_ALL": "en_GB.UTF-8", "LANG": "id_ID.UTF-8"}) == "en"
    assert i18n.system_language({"LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.system_language({"LC_ALL": "C"}) == "en"
    assert i18n.language_of_locale("Indonesian_Indonesia.1252") == "id"


def test_translate_without_qt_reads_the_catalogue() -> None:
    try:
        assert i18n.set_language("id") == "id"
        assert i18n.translate("Status", "conflict") == "bertentangan"
        assert i18n.translate("Nowhere", "an unknown string") == "an unknown string"
        assert i18n.plural(3, i18n.translate("MainWindow", "{n} fact"),
                           i18n.translate("MainWindow", "{n} facts")) == "3 fakta"  # fmt: skip
    finally:
        i18n.set_language("en")
    assert i18n.translate("Status", "conflict") == "conflict"


def _cli(*args: str, language: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, LANGUAGE=language)
    return subprocess.run(
        [sys.executable, "-m", "gui", *args], capture_output=True, text=True,
        encoding="utf-8", env=env, cwd=ROOT, timeout=60,
    )  # fmt: skip


def test_the_command_line_help_speaks_the_system_language() -> None:
    indonesian = _cli("--help", language="id").stdout
    assert "pemakaian: claimgrid" in indonesian and "opsi:" in indonesian
    assert "tampilkan bantuan ini lalu keluar" in indonesian
    assert "Perbandingan sumber berita" in indonesian
    analyse = _cli("analyze", "--help", language="id").stdout
    assert "tulis buku kerja Excel" in analyse and "argumen posisi" in analyse
    english = _cli("--help", language="en").stdout
    assert "usage: claimgrid" in english and "show this help message and exit" in english
    chosen = _cli("--help", "--language", "id", language="en").stdout
    assert "pemakaian:" in chosen


def test_command_line_errors_speak_indonesian_too() -> None:
    out = _cli("analyze", language="id")
    assert out.returncode == 2
    assert "argumen berikut wajib diisi: PATH" in out.stderr
    unknown = _cli("analyse", "seeds", language="id")
    assert "perintah 'analyse' tidak dikenal" in unknown.stderr


@pytest.mark.parametrize("stem", ["claimgrid", "qtbase"])
def test_catalogues_ship_inside_the_package_resources(stem: str) -> None:
    assert i18n.catalogue_path("id", stem).is_file()
