"""Window-wide shortcuts that a text field would otherwise take.

On X11 (KDE and GNOME key schemes) Qt binds Ctrl+E to "end of line" in every line edit and text
box: the field accepts the ShortcutOverride and the main window's Export (Ctrl+E) never fires
while the cursor is in the search field or a filter. ``WindowKeys`` watches the application's
ShortcutOverride events and, for a key of one of the given actions pressed in a widget of the
given window, keeps the event from the field, so Qt's shortcut map runs the action. The field
keeps its other keys, and End still moves to the end of the line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class WindowKeys(QObject):
    """Give ``actions``' shortcuts precedence over text fields inside ``window``."""

    def __init__(self, window: QWidget, actions: Sequence[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = tuple(actions)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _wanted(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(
            action.isEnabled()
            and any(keys.matches(pressed) is QKeySequence.SequenceMatch.ExactMatch for keys in action.shortcuts())
            for action in self._actions
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self._window or not isinstance(event, QKeyEvent):
            return False
        if self._wanted(event):
            event.ignore()
            return True  # not delivered to the field: the shortcut map runs the action
        return False
