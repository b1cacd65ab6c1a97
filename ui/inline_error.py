"""Inline error messages in dialogs: one red, word-wrapped label per dialog, shown under the
fields it is about, readable by screen readers, and never squeezing the fields when it appears."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("QLabel#errorLabel { color: #b00020; font-weight: bold; }")
    label.hide()
    return label


def show_inline_error(label: QLabel, message: str) -> None:
    """Show ``message`` in an :func:`error_label` (also to screen readers) and grow its window
    to fit. A dialog keeps the height it was shown with, so a message that appears later would
    otherwise squeeze the fields above it (a passphrase field at half its height, its text cut)."""
    label.setText(message)
    label.setAccessibleName(message)
    label.show()
    window = label.window()
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = (
        layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    )
    if window.height() < needed:
        window.resize(window.width(), needed)
