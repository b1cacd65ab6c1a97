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
    """Keeps one ring per window on the widget that has the focus.

    The widget that lost the focus is never touched: when a dialog is deleted (the file dialogs'
    ``deleteLater``), Qt reports the focus leaving a widget that is already being destroyed, and
    asking it for its window crashed the app (seen in the real window: Enter in a file dialog).
    Every widget held here is dropped the moment Qt destroys it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.widget: QWidget | None = None
        self._watched: list[QWidget] = []
        self._shown: FocusRing | None = None  # the ring shown last
        self._tracked: dict[int, QObject] = {}
        app.focusChanged.connect(self._focus_changed)

    def _track(self, obj: QObject) -> None:
        key = id(obj)
        if key not in self._tracked:
            self._tracked[key] = obj
            obj.destroyed.connect(lambda _obj=None, key=key: self._gone(key))

    def _gone(self, key: int) -> None:
        self._tracked.pop(key, None)
        self._watched = [w for w in self._watched if id(w) != key]
        if self.widget is not None and id(self.widget) == key:
            self.widget = None
        if self._shown is not None and id(self._shown) == key:
            self._shown = None

    def ring_of(self, window: QWidget) -> FocusRing:
        ring = window.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
        return ring if isinstance(ring, FocusRing) else FocusRing(window)

    def _unwatch(self) -> None:
        for widget in self._watched:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched.clear()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._unwatch()
        window = new.window() if new is not None else None
        if self._shown is not None and shiboken6.isValid(self._shown) and self._shown.parentWidget() is not window:
            self._shown.hide()
        self.widget = new if _wants_ring(new) else None
        if self.widget is None or window is None:
            if window is not None:
                ring = window.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)
                if ring is not None:
                    ring.hide()
            return
        self._track(self.widget)
        chain: QWidget | None = self.widget
        while chain is not None and chain is not window:
            chain.installEventFilter(self)
            self._watched.append(chain)
            self._track(chain)
            chain = chain.parentWidget()
        ring = self.ring_of(window)
        self._track(ring)
        self._shown = ring
        ring.place(self.widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _FOLLOW and self.widget is not None and shiboken6.isValid(self.widget):
            self.ring_of(self.widget.window()).place(self.widget)
        return False


def uninstall(app: QApplication) -> None:
    """Stop showing rings and remove every ring (tests that install one use this to clean up)."""
    rings = app.findChild(FocusRings)
    if rings is None:
        return
    app.focusChanged.disconnect(rings._focus_changed)
    rings._unwatch()
    for window in QApplication.topLevelWidgets():
        for ring in window.findChildren(FocusRing):
            ring.deleteLater()
    rings.setParent(None)
    rings.deleteLater()


def install(app: QApplication) -> FocusRings:
    """Show the focus ring in every window of ``app`` from now on."""
    existing = app.findChild(FocusRings)
    return existing if existing is not None else FocusRings(app)
