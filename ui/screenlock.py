"""Locking the vault when the screen locks or the computer goes to sleep.

``ScreenLockWatcher`` emits ``lock_requested(reason)`` when the platform says the user's session
was locked or the machine is about to sleep. It runs only while the vault is unlocked (the
controller starts and stops it like the idle lock). What each platform reports:

* Linux and other D-Bus desktops (QtDBus, no extra dependency):

  - system bus, systemd-logind: ``Manager.PrepareForSleep(true)`` (about to suspend or
    hibernate). While watching, a *delay* inhibitor is held, so the system waits (a few seconds
    at most) until the vault is closed before it sleeps; ``Session.Lock`` of this login session
    (``loginctl lock-session``, which screen lockers obey);
  - session bus: ``ActiveChanged(true)`` of the freedesktop (two object paths), GNOME, MATE,
    Cinnamon and Xfce screen savers.

  A bus or service that is not there is normal (a bare window manager, a container): the watcher
  just has fewer ``sources`` and the idle lock still applies.
* Windows: ``WM_WTSSESSION_CHANGE`` (session locked, or the console or remote session
  disconnected: fast user switching, someone else taking the session) and ``WM_POWERBROADCAST``
  ``PBT_APMSUSPEND``. Modern-standby laptops may skip the suspend message; they lock the session.
* macOS: Qt reports neither screen lock nor sleep without extra libraries, so neither is
  reported there; the idle lock, lock-on-minimise and Ctrl+L still apply.
* Everywhere: ``QGuiApplication.applicationStateChanged`` to ``ApplicationSuspended``, which Qt
  reports on platforms that suspend applications.

Nothing here shows or logs anything: a missing source is not an error, and the only thing that
ever leaves the process is the inhibitor's fixed description.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable
from functools import partial
from typing import Final, cast

from PySide6.QtCore import SLOT, QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusPendingCallWatcher,
    QDBusUnixFileDescriptor,
)
from PySide6.QtGui import QGuiApplication

LOGIN1_SERVICE: Final = "org.freedesktop.login1"
LOGIN1_PATH: Final = "/org/freedesktop/login1"
LOGIN1_MANAGER: Final = "org.freedesktop.login1.Manager"
LOGIN1_SESSION: Final = "org.freedesktop.login1.Session"

# (service, object path, interface) of screen savers that emit ActiveChanged(bool), true when the
# saver or locker comes up.
SCREENSAVERS: Final = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's older path
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    ("org.xfce.ScreenSaver", "/org/xfce/ScreenSaver", "org.xfce.ScreenSaver"),
)

# Sources (``ScreenLockWatcher.sources``) and the reasons ``lock_requested`` carries. A screen
# saver's is "<interface> <path>".
SLEEP: Final = "login1 PrepareForSleep"
SESSION_LOCK: Final = "login1 Session.Lock"
APP_SUSPENDED: Final = "application suspended"
WINDOWS_SESSION: Final = "windows session notifications"
WINDOWS_POWER: Final = "windows power broadcasts"
WINDOWS_SESSION_LOCKED: Final = "windows session locked"
WINDOWS_SESSION_DISCONNECTED: Final = "windows session disconnected"
WINDOWS_SUSPEND: Final = "windows suspend"

# Win32 message ids and parameters (WinUser.h, WtsApi32.h).
WM_WTSSESSION_CHANGE: Final = 0x02B1
WTS_CONSOLE_DISCONNECT: Final = 0x2
WTS_REMOTE_DISCONNECT: Final = 0x4
WTS_SESSION_LOCK: Final = 0x7
WM_POWERBROADCAST: Final = 0x0218
PBT_APMSUSPEND: Final = 0x0004
NOTIFY_FOR_THIS_SESSION: Final = 0

_CALL_TIMEOUT_MS: Final = 5_000


def windows_lock_reason(message: int, wparam: int) -> str | None:
    """The reason to lock for a Win32 window message, or None if the message is not one."""
    if message == WM_WTSSESSION_CHANGE:
        if wparam == WTS_SESSION_LOCK:
            return WINDOWS_SESSION_LOCKED
        if wparam in (WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT):
            return WINDOWS_SESSION_DISCONNECTED
    elif message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return WINDOWS_SUSPEND
    return None


def _session_bus_address_known() -> bool:
    # Without an address libdbus would "autolaunch" a new bus daemon for the X display: the app
    # never starts processes like that, so no known address means no session bus.
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return runtime is not None and runtime != "" and os.path.exists(os.path.join(runtime, "bus"))


def _slot(signature: str) -> bytes:
    # PySide6's stubs type QDBusConnection.connect's slot as bytes, but the binding accepts only
    # the str that SLOT() returns (bytes raise ValueError).
    return cast(bytes, SLOT(signature))


class ScreenLockWatcher(QObject):
    """Emits ``lock_requested(reason)`` when the screen locks or the machine is about to sleep,
    between ``start()`` and ``stop()``. ``session_address``/``system_address`` replace the
    session and system buses (tests run a private bus)."""

    lock_requested = Signal(str)

    def __init__(
        self, parent: QObject | None = None, *, session_address: str | None = None, system_address: str | None = None
    ) -> None:
        super().__init__(parent)
        self.session_address = session_address
        self.system_address = system_address
        self._running = False
        self._generation = 0
        self._sources: list[str] = []
        self._bus_names: list[str] = []
        self._system: QDBusConnection | None = None
        self._pending: list[QDBusPendingCallWatcher] = []
        self._inhibitor: QDBusUnixFileDescriptor | None = None
        self._windows: _WindowsWatch | None = None

    @property
    def running(self) -> bool:
        return self._running

    @property
    def sources(self) -> tuple[str, ...]:
        """What is being watched right now (empty when stopped)."""
        return tuple(self._sources)

    @property
    def inhibiting_sleep(self) -> bool:
        """Whether a logind delay inhibitor is held (sleep waits for the vault to lock)."""
        return self._inhibitor is not None

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._generation += 1
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state)
            self._sources.append(APP_SUSPENDED)
        dbus_platform = sys.platform not in ("win32", "darwin")
        if dbus_platform or self.system_address is not None:
            self._watch_system_bus()
        if (dbus_platform and _session_bus_address_known()) or self.session_address is not None:
            self._watch_session_bus()
        if sys.platform == "win32":
            self._windows = _WindowsWatch(self._report_later)
            self._sources.extend(self._windows.sources)

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        app = QCoreApplication.instance()
        if isinstance(app, QGuiApplication):
            with contextlib.suppress(RuntimeError, TypeError):  # was not connected
                app.applicationStateChanged.disconnect(self._application_state)
        self._inhibitor = None  # closes our copy of the descriptor: sleep no longer waits for us
        for watcher in self._pending:
            watcher.deleteLater()
        self._pending.clear()
        # Every handle must be gone before disconnectFromBus, or the connection stays open.
        self._system = None
        for name in self._bus_names:
            QDBusConnection.disconnectFromBus(name)
        self._bus_names.clear()
        if self._windows is not None:
            self._windows.close()
            self._windows = None
        self._sources.clear()

    # --- D-Bus ---------------------------------------------------------------------------------

    def _connect_bus(self, kind: str, address: str | None, bus: QDBusConnection.BusType) -> QDBusConnection | None:
        # A private, named connection per start, so stop() can close it with everything hooked to it.
        name = f"evidence-screenlock-{id(self):x}-{self._generation}-{kind}"
        conn = (
            QDBusConnection.connectToBus(address, name)
            if address is not None
            else QDBusConnection.connectToBus(bus, name)
        )
        self._bus_names.append(name)
        return conn if conn.isConnected() else None

    def _watch_system_bus(self) -> None:
        conn = self._connect_bus("system", self.system_address, QDBusConnection.BusType.SystemBus)
        if conn is None:
            return
        self._system = conn
        if conn.connect(
            LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", self, _slot("_prepare_for_sleep(bool)")
        ):
            self._sources.append(SLEEP)
            self._take_inhibitor()
        # "auto" is the caller's session (or the user's graphical one); signals come from the
        # session's real object path, which is what GetSession answers.
        session_id = os.environ.get("XDG_SESSION_ID") or "auto"
        self._call_login1("GetSession", [session_id], self._got_session)

    def _watch_session_bus(self) -> None:
        conn = self._connect_bus("session", self.session_address, QDBusConnection.BusType.SessionBus)
        if conn is None:
            return
        # Naming the service makes Qt deliver only signals from that name's current owner.
        slot = _slot("_active_changed(bool,QDBusMessage)")
        for service, path, interface in SCREENSAVERS:
            if conn.connect(service, path, interface, "ActiveChanged", self, slot):
                self._sources.append(f"{interface} {path}")

    def _call_login1(self, method: str, args: list[object], handler: Callable[[object], None]) -> None:
        # Asynchronous: the GUI never waits on the bus.
        if self._system is None:
            return
        message = QDBusMessage.createMethodCall(LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER, method)
        message.setArguments(args)
        watcher = QDBusPendingCallWatcher(self._system.asyncCall(message, _CALL_TIMEOUT_MS), self)
        self._pending.append(watcher)
        watcher.finished.connect(partial(self._answered, watcher, self._generation, handler))

    def _answered(
        self, watcher: QDBusPendingCallWatcher, generation: int, handler: Callable[[object], None], *_: object
    ) -> None:
        if watcher in self._pending:
            self._pending.remove(watcher)
        watcher.deleteLater()
        if not self._running or generation != self._generation or watcher.isError():
            return  # stopped meanwhile, or the service is not there
        arguments = watcher.reply().arguments()
        if arguments:
            handler(arguments[0])

    def _got_session(self, value: object) -> None:
        if not isinstance(value, QDBusObjectPath) or self._system is None:
            return
        if self._system.connect(LOGIN1_SERVICE, value.path(), LOGIN1_SESSION, "Lock", self, _slot("_session_lock()")):
            self._sources.append(SESSION_LOCK)

    def _take_inhibitor(self) -> None:
        who = QCoreApplication.applicationName() or "Evidence Vault"
        why = self.tr("Locking the vault before the computer sleeps")
        self._call_login1("Inhibit", ["sleep", who, why, "delay"], self._got_inhibitor)

    def _got_inhibitor(self, value: object) -> None:
        if isinstance(value, QDBusUnixFileDescriptor) and value.isValid():
            self._inhibitor = value

    @Slot(bool)
    def _prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            # Locking runs synchronously inside _report and stops this watcher on the way, which
            # drops self._inhibitor before the vault is closed. This reference keeps the system
            # waiting until the lock has completed.
            inhibitor = self._inhibitor
            self._report(SLEEP)
            self._inhibitor = None
            del inhibitor  # now the machine may sleep
        elif self._running and self._inhibitor is None:
            self._take_inhibitor()  # awake again: hold off the next sleep too

    @Slot()
    def _session_lock(self) -> None:
        self._report(SESSION_LOCK)

    @Slot(bool, QDBusMessage)
    def _active_changed(self, active: bool, message: QDBusMessage) -> None:
        if active:
            self._report(f"{message.interface()} {message.path()}")

    # --- Qt application state, reporting -------------------------------------------------------

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._report(APP_SUSPENDED)

    def _report(self, reason: str) -> None:
        if self._running:
            self.lock_requested.emit(reason)

    def _report_later(self, reason: str) -> None:
        # From inside a native event filter: lock from the event loop, not in the middle of the
        # window procedure.
        QTimer.singleShot(0, self, partial(self._report, reason))


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    from PySide6.QtCore import QAbstractNativeEventFilter, QByteArray
    from PySide6.QtGui import QWindow

    class _WindowsFilter(QAbstractNativeEventFilter):
        def __init__(self, report: Callable[[str], None]) -> None:
            super().__init__()
            self._report = report

        def nativeEventFilter(
            self, eventType: QByteArray | bytes | bytearray | memoryview, message: int
        ) -> tuple[bool, int]:
            kind = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
            if message and kind == b"windows_generic_MSG":
                msg = wintypes.MSG.from_address(int(message))
                reason = windows_lock_reason(int(msg.message), int(msg.wParam))
                if reason is not None:
                    self._report(reason)
            return False, 0  # never swallow the message: Qt and Windows still need it

    class _WindowsWatch:
        """A hidden native window registered for session notifications (power broadcasts reach
        every top-level window), and a filter that reads both kinds of message."""

        def __init__(self, report: Callable[[str], None]) -> None:
            self._filter = _WindowsFilter(report)
            app = QCoreApplication.instance()
            if app is not None:
                app.installNativeEventFilter(self._filter)
            self._window = QWindow()
            self._window.create()
            self._hwnd = wintypes.HWND(int(self._window.winId()))
            wtsapi32 = ctypes.WinDLL("wtsapi32")
            self._register = wtsapi32.WTSRegisterSessionNotification
            self._register.argtypes = [wintypes.HWND, wintypes.DWORD]
            self._register.restype = wintypes.BOOL
            self._unregister = wtsapi32.WTSUnRegisterSessionNotification
            self._unregister.argtypes = [wintypes.HWND]
            self._unregister.restype = wintypes.BOOL
            self.registered = bool(self._register(self._hwnd, NOTIFY_FOR_THIS_SESSION))
            self.sources = ((WINDOWS_SESSION,) if self.registered else ()) + (WINDOWS_POWER,)

        def close(self) -> None:
            if self.registered:
                self._unregister(self._hwnd)
                self.registered = False
            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self._filter)
            self._window.destroy()
else:

    class _WindowsWatch:
        """Not on Windows: never constructed (``start`` checks the platform)."""

        sources: tuple[str, ...] = ()

        def __init__(self, report: Callable[[str], None]) -> None:
            raise OSError("Windows session notifications exist only on Windows")

        def close(self) -> None:
            pass
