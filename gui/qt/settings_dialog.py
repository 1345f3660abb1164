"""File → Settings: the interface language (the system's, Indonesian or English) and the
reviewer's name that a shared project's decisions are made under."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gui import i18n
from gui.i18n import translate
from gui.qt.language import SYSTEM, chosen_language, system_language
from gui.qt.settings import reviewer_name


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        system = i18n.NAMES[system_language()]
        self.language.addItem(
            translate("SettingsDialog", "System language ({language})").format(language=system),
            SYSTEM,
        )
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.NAMES[code], code)
        self.language.setCurrentIndex(max(self.language.findData(chosen_language()), 0))
        note = QLabel(
            translate("SettingsDialog", "Menus, messages, the legend, exported workbooks and "
                                        "the command line's help follow this choice. The window "
                                        "reopens in the new language; nothing is lost."),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("SettingsDialog", "&Language:"), self.language)
        self.reviewer = QLineEdit(reviewer_name(), self)
        self.reviewer.setObjectName("reviewerName")
        self.reviewer.setToolTip(
            translate("SettingsDialog", "Your name on every decision you make in a shared "
                                        "project; it takes effect when a shared project is "
                                        "next opened."),
        )  # fmt: skip
        form.addRow(translate("SettingsDialog", "&Your name:"), self.reviewer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)

    def choice(self) -> str:
        """ "system", "id" or "en"."""
        return str(self.language.currentData())

    def reviewer_choice(self) -> str:
        return " ".join(self.reviewer.text().split())
