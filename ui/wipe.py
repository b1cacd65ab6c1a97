"""Panic wipe: a deliberate confirmation (type the word WIPE) before the vault is crypto-erased.

Reachable from the main window (Vault > Wipe vault…, Ctrl+Shift+Delete) and from the lock screen
(the unlock dialog's "Wipe…" button and the same shortcut), because the moment to wipe is often
the moment somebody demands the laptop and the vault is locked.

Under stress the whole confirmation is: the shortcut, four letters, Enter (about two seconds).
Nothing else can trigger it: the button stays disabled and Enter does nothing but say what is
missing until the exact word is typed, and Enter never means Cancel (Esc cancels).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from .enterkey import only_default
from .inline_error import error_label, show_inline_error

CONFIRM_WORD = "WIPE"
# The one shortcut for the panic wipe, in the main window and on the lock screen.
WIPE_SHORTCUT = QKeySequence("Ctrl+Shift+Delete")
# Quick exit: lock and hide every window at once, then quit (main window and lock screen alike).
QUICK_EXIT_SHORTCUT = QKeySequence("Ctrl+Shift+Q")
# Wide enough that a vault path and the paragraph wrap into a few lines, not a tall thin column.
MIN_TEXT_WIDTH = 460


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
                "recording in it. The key is overwritten and the files deleted. Backups elsewhere are not "
                "touched: a backup still opens with the passphrase or the paper recovery key. An SSD, a "
                "copy-on-write or a synced folder may keep old copies of the files for a while."
            ).format(folder=vault_dir),
            self,
        )
        # The instruction is its own label: inside the long paragraph it was the line a real window
        # cut off (a wrapped label's height is guessed for one width, the window gets another).
        self.instruction = QLabel(
            self.tr("Type {word} in capital letters and press Enter to confirm. Esc cancels.").format(
                word=CONFIRM_WORD
            ),
            self,
        )
        self.instruction.setObjectName("wipeInstruction")
        font = self.instruction.font()
        font.setBold(True)
        self.instruction.setFont(font)
        self._wrapped = (explanation, self.instruction)
        for label in self._wrapped:
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setMinimumWidth(MIN_TEXT_WIDTH)
        self.word_edit = QLineEdit(self)
        self.word_edit.setAccessibleName(self.tr("Type WIPE to confirm"))
        self.word_edit.setPlaceholderText(CONFIRM_WORD)
        self.word_edit.textChanged.connect(self._changed)
        self.error_label = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.wipe_button = QPushButton(self.tr("&Wipe the vault now"), self)
        self.wipe_button.setEnabled(False)
        self.buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.wipe_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.instruction)
        layout.addWidget(self.word_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Cancel must never be what Enter presses (it would look like a wipe that silently did not
        # happen); Enter is handled in keyPressEvent below.
        only_default(self, self.wipe_button)
        self.word_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_text()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text()

    def _fit_text(self) -> None:
        # A word-wrapped label must never be shorter than its text at the width it really has;
        # otherwise the last line ("Type WIPE ... press Enter") is silently cut off.
        grew = False
        for label in self._wrapped:
            needed = label.heightForWidth(label.width())
            if needed > label.minimumHeight():
                label.setMinimumHeight(needed)
                grew = True
        if grew and self.height() < self.minimumSizeHint().height():
            self.resize(self.width(), self.minimumSizeHint().height())

    def _changed(self, text: str) -> None:
        self.wipe_button.setEnabled(text == CONFIRM_WORD)
        self.error_label.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if not self.confirm():
                message = self.tr("Nothing was wiped: type {word} in capital letters, then press Enter.").format(
                    word=CONFIRM_WORD
                )
                show_inline_error(self.error_label, message)
            return
        super().keyPressEvent(event)

    def confirm(self) -> bool:
        if self.word_edit.text() != CONFIRM_WORD:
            return False
        self.accept()
        self.confirmed.emit()
        return True
