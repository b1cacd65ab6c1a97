"""Locking after a period without user input, and on minimise.

An application-wide event filter restarts a single-shot timer on every keyboard, mouse, wheel,
touch or tablet event. Timer events, repaints and background jobs do not count as activity, so a
long-running job cannot keep an unattended vault open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
        QEvent.Type.InputMethod,
        QEvent.Type.Shortcut,
    }
)


class AutoLock(QObject):
    """Emits ``lock_requested`` after ``idle_ms`` without user input while ``running``, and when
    a top-level window is minimised if ``lock_on_minimise``."""

    lock_requested = Signal()

    def __init__(self, idle_ms: int, lock_on_minimise: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock_on_minimise = lock_on_minimise
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.setInterval(max(int(idle_ms), 1))
        self._timer.timeout.connect(self._idle)
        self._installed = False

    @property
    def idle_ms(self) -> int:
        return self._timer.interval()

    @idle_ms.setter
    def idle_ms(self, value: int) -> None:
        self._timer.setInterval(max(int(value), 1))
        if self._timer.isActive():
            self._timer.start()

    @property
    def running(self) -> bool:
        return self._installed

    def start(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _USER_INPUT:
            self._timer.start()
        elif (
            kind == QEvent.Type.WindowStateChange
            and self.lock_on_minimise
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.isMinimized()
        ):
            QTimer.singleShot(0, self, self._request)
        return False

    def _idle(self) -> None:
        self._request()

    def _request(self) -> None:
        if self._installed:
            self.lock_requested.emit()
