"""Panic wipe: a deliberate confirmation (type the word WIPE) before the vault is crypto-erased."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

CONFIRM_WORD = "WIPE"


class WipeDialog(QDialog):
    """Explains that wiping is irreversible; the Wipe button works only once WIPE is typed exactly."""

    confirmed = Signal()

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wipeDialog")
        self.setWindowTitle(self.tr("Wipe the vault"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        explanation = QLabel(
            self.tr(
                "This destroys the vault in {folder} for good: every case, testimony, person, photo and "
                "recording in it. The key is overwritten, so nobody can recover anything, not you, not "
                "your organisation, not with the recovery key. Backups elsewhere are not touched.\n\n"
                "Type {word} in capital letters to confirm."
            ).format(folder=vault_dir, word=CONFIRM_WORD),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.word_edit = QLineEdit(self)
        self.word_edit.setAccessibleName(self.tr("Type WIPE to confirm"))
        self.word_edit.setPlaceholderText(CONFIRM_WORD)
        self.word_edit.textChanged.connect(self._changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.wipe_button = QPushButton(self.tr("&Wipe the vault now"), self)
        self.wipe_button.setEnabled(False)
        self.wipe_button.setAutoDefault(False)
        self.buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.wipe_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.word_edit)
        layout.addWidget(self.buttons)
        self.word_edit.setFocus()

    def _changed(self, text: str) -> None:
        self.wipe_button.setEnabled(text == CONFIRM_WORD)

    def confirm(self) -> bool:
        if self.word_edit.text() != CONFIRM_WORD:
            return False
        self.accept()
        self.confirmed.emit()
        return True
