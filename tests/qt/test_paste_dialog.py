"""Edit → Paste Article…: text and outlet in, a Source in the corpus out."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from gui.domain import Source
from gui.ingest import RawArticle
from gui.qt.paste_dialog import PASTED, PasteDialog, ask_pasted_article, pasted_source
from gui.qt.window import MainWindow

COPIED = (
    "Beranda › Nasional\n"
    "Kereta Cepat Tambah Jadwal Saat Libur Panjang\n"
    "Senin, 5 Mei 2025 - 10:15 WIB\n"
    "Bagikan\n\n"
    "Operator kereta cepat menambah 12 perjalanan selama libur panjang akhir pekan ini, kata "
    "juru bicara perusahaan kepada wartawan di Jakarta.\n\n"
    "Tiket tambahan sudah bisa dipesan mulai hari ini melalui aplikasi.\n"
)


def existing() -> tuple[Source, ...]:
    return (
        Source("s1", "Kabar Rel", "T", None, "id", "Teks satu.", "a.txt"),
        Source("s4", "Warta Kota", "T", None, "id", "Teks dua.", "b.txt"),
    )


def ok_button(dialog: PasteDialog):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_pasted_text_becomes_a_clean_source() -> None:
    source = pasted_source(
        RawArticle(COPIED, outlet="Warta Kota", url="https://wartakota.example.id/kereta"),
        existing(),
    )
    assert source.id == "s5"  # after the highest existing number
    assert source.outlet == "Warta Kota (2)"  # distinct from the outlet already there
    assert source.title == "Kereta Cepat Tambah Jadwal Saat Libur Panjang"
    assert source.published is not None and source.published.date().isoformat() == "2025-05-05"
    assert source.url == "https://wartakota.example.id/kereta"
    assert source.path == PASTED
    assert "Bagikan" not in source.text and "Beranda" not in source.text
    assert "menambah 12 perjalanan" in source.text


def test_dialog_needs_text_and_outlet(qtbot) -> None:
    QGuiApplication.clipboard().setText("")
    dialog = PasteDialog(existing=existing())
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == ""
    assert not ok_button(dialog).isEnabled()
    dialog.text.setPlainText(COPIED)
    assert not ok_button(dialog).isEnabled()
    dialog.outlet.setText("  ")
    assert not ok_button(dialog).isEnabled()
    dialog.outlet.setText("Kabar Rel")
    assert ok_button(dialog).isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.source is not None and dialog.source.outlet == "Kabar Rel (2)"


def test_clipboard_article_is_offered(qtbot) -> None:
    QGuiApplication.clipboard().setText(COPIED)
    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == COPIED
    QGuiApplication.clipboard().setText("short")
    other = PasteDialog()
    qtbot.addWidget(other)
    assert other.text.toPlainText() == ""


def test_only_page_furniture_is_refused_inside_the_dialog(qtbot) -> None:
    dialog = PasteDialog()
    qtbot.addWidget(dialog)
    dialog.outlet.setText("Kabar Rel")
    dialog.text.setPlainText("Share\nADVERTISEMENT\nScroll to Top\n")
    dialog.accept()
    assert dialog.source is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert not dialog.problem.isHidden()
    dialog.text.setPlainText(COPIED)  # editing clears the problem
    assert dialog.problem.isHidden()


def test_cancel_gives_nothing(qtbot) -> None:
    def cancel(dialog: PasteDialog) -> bool:
        qtbot.addWidget(dialog)
        return False

    assert ask_pasted_article(None, ask=cancel) is None


def test_edit_menu_paste_adds_the_article_to_the_corpus(qtbot, monkeypatch) -> None:
    window = MainWindow(remember=False)
    qtbot.addWidget(window)
    action = window.corpus.paste_action
    assert QKeySequence("Ctrl+Shift+V") in action.shortcuts()
    edit_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Edit"
    )
    assert action in edit_menu.actions()

    def fill(self: PasteDialog) -> int:
        self.outlet.setText("Kabar Rel")
        self.text.setPlainText(COPIED)
        self.accept()
        return self.result()

    monkeypatch.setattr(PasteDialog, "exec", fill)
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        action.trigger()
    matrix = window.document.matrix
    assert matrix is not None
    assert [(s.outlet, s.path) for s in matrix.sources] == [("Kabar Rel", PASTED)]
    # a second paste joins the first, which the project keeps as text
    with qtbot.waitSignal(window.runner.finished, timeout=60_000):
        action.trigger()
    assert [s.outlet for s in window.document.matrix.sources] == ["Kabar Rel", "Kabar Rel (2)"]
