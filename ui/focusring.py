"""A clearly visible keyboard focus frame: a ring in a strong colour around whatever has the focus.

Qt's Fusion style marks the focused widget with a faint 1 px line that is hard to find, and a
keyboard-only user needs to see at a glance which field a key press goes to (a passphrase typed
into the wrong field can end up on screen). The ring is a small transparent widget on top of the
focused widget's window, laid over the widget's own edge (its frame), so it is never clipped by
a parent the widget fills (a tab page, a splitter pane); it is a mask of 2 px, passes the mouse
through and covers nothing else. It follows the widget when it or a parent moves or resizes.

The colour comes from the palette (its Highlight, darkened), so it follows the palette in use.
A style sheet was the other way (resources/ has none): it would have to restyle every widget
type in every state to add a border without changing how the widget looks. Qt's QFocusFrame
draws outside the widget and is clipped away where the widget fills its parent.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QRegion
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QWidget

RING_WIDTH = 2
_FOLLOW = {QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide}


def ring_colour(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Highlight).darker(130)


class FocusRing(QWidget):
    """The ring itself, a child of the focused widget's window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def place(self, widget: QWidget) -> None:
        window = self.parentWidget()
        if window is None or not widget.isVisible():
            self.hide()
            return
        origin = widget.mapTo(window, QPoint(0, 0))
        self.setGeometry(QRect(origin, widget.size()))
        inner = self.rect().adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH, -RING_WIDTH)
        # Only the part of the widget its parents show (a widget scrolled half out of view).
        visible = QRect(origin, widget.size())
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            visible &= QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
            parent = parent.parentWidget()
        self.setMask((QRegion(self.rect()) - QRegion(inner)) & QRegion(visible.translated(-origin)))
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(ring_colour(self.palette()), RING_WIDTH))
        half = RING_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))


def _wants_ring(widget: QWidget | None) -> bool:
    if widget is None or isinstance(widget, (QMenu, QMenuBar)):
        return False
    window = widget.window()
    return window is not widget and window.windowType() != Qt.WindowType.Popup


class FocusRings(QObject):
    """Keeps one ring per window on the widget that has the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.widget: QWidget | None = None
        self._watched: list[QWidget] = []
        app.focusChanged.connect(self._focus_changed)

    def ring_of(self, window: QWidget) -> FocusRing:
        ring = window.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
        return ring if isinstance(ring, FocusRing) else FocusRing(window)

    def _unwatch(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched.clear()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        self._unwatch()
        if old is not None and shiboken6.isValid(old) and (new is None or old.window() is not new.window()):
            ring = old.window().findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
            if ring is not None:
                ring.hide()
        self.widget = new if _wants_ring(new) else None
        if self.widget is None:
            if new is not None:
                ring = new.window().findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
                if ring is not None:
                    ring.hide()
            return
        window = self.widget.window()
        chain: QWidget | None = self.widget
        while chain is not None and chain is not window:
            chain.installEventFilter(self)
            self._watched.append(chain)
            chain = chain.parentWidget()
        self.ring_of(window).place(self.widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FOLLOW and self.widget is not None and shiboken6.isValid(self.widget):
            self.ring_of(self.widget.window()).place(self.widget)
        return False


def install(app: QApplication) -> FocusRings:
    """Show the focus ring in every window of ``app`` from now on."""
    existing = app.findChild(FocusRings)
    return existing if existing is not None else FocusRings(app)
