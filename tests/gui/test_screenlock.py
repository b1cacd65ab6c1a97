"""Locking on screen lock and sleep, driven by real D-Bus signals on a private bus.

A private ``dbus-daemon`` stands in for both the session bus (screen savers) and the system bus
(systemd-logind). A second connection in this process plays the desktop: it owns the services'
names, emits their signals with ``QDBusMessage.createSignal``, and answers the two logind calls
the watcher makes (GetSession, Inhibit) through a virtual object. D-Bus here is a Unix socket
opened by Qt's C++ code; the suite's network guard is checked explicitly anyway.
"""

from __future__ import annotations

import itertools
import os
import select
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
    QDBusUnixFileDescriptor,
    QDBusVirtualObject,
)
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests import netguard
from ui import screenlock
from ui.app import AppController
from ui.screenlock import (
    APP_SUSPENDED,
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LOGIN1_SERVICE,
    LOGIN1_SESSION,
    SCREENSAVERS,
    SESSION_LOCK,
    SLEEP,
    ScreenLockWatcher,
    windows_lock_reason,
)

from .conftest import MakeController, unlock

pytestmark = pytest.mark.gui

SESSION_PATH = "/org/freedesktop/login1/session/_7"
OTHER_SESSION_PATH = "/org/freedesktop/login1/session/_8"
_names = itertools.count()


class FakeLogin1(QDBusVirtualObject):
    """Answers Manager.GetSession and Manager.Inhibit like systemd-logind (the rest: an error)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, list[object]]] = []
        self.inhibit_read_ends: list[int] = []

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        self.calls.append((message.member(), list(message.arguments())))
        reply = message.createReply()
        if message.interface() == LOGIN1_MANAGER and message.member() == "GetSession":
            reply.setArguments([QDBusObjectPath(SESSION_PATH)])
        elif message.interface() == LOGIN1_MANAGER and message.member() == "Inhibit":
            # Like logind: the inhibitor lasts as long as any copy of the write end is open.
            read_end, write_end = os.pipe()
            self.inhibit_read_ends.append(read_end)
            reply.setArguments([QDBusUnixFileDescriptor(write_end)])  # Qt keeps its own duplicate
            os.close(write_end)
        else:
            reply = message.createErrorReply("org.freedesktop.DBus.Error.UnknownMethod", "not in this fake")
        connection.send(reply)
        return True

    def inhibitor_released(self) -> bool:
        """True once every holder has closed the latest inhibitor (its pipe reads end-of-file)."""
        readable, _, _ = select.select(self.inhibit_read_ends[-1:], [], [], 0)
        return bool(readable)


class Desktop:
    """The other side of the private bus: owns the services' names and emits their signals."""

    def __init__(self, address: str, *, own_names: bool = True) -> None:
        self.address = address
        self.name = f"test-desktop-{next(_names)}"
        self.connection = QDBusConnection.connectToBus(address, self.name)
        assert self.connection.isConnected(), self.connection.lastError().message()
        self.login1 = FakeLogin1()
        if own_names:
            for service in {s for s, _, _ in SCREENSAVERS} | {LOGIN1_SERVICE}:
                assert self.connection.registerService(service), service
            assert self.connection.registerVirtualObject(LOGIN1_PATH, self.login1)

    def emit(self, path: str, interface: str, member: str, *args: object) -> None:
        signal = QDBusMessage.createSignal(path, interface, member)
        signal.setArguments(list(args))
        assert self.connection.send(signal)

    def round_trip(self) -> None:
        """Returns once the bus has routed everything this connection sent before."""
        ping = QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"
        )
        reply = self.connection.call(ping)
        assert reply.type() == QDBusMessage.MessageType.ReplyMessage, reply.errorMessage()

    def close(self) -> None:
        self.connection.unregisterObject(LOGIN1_PATH)
        del self.connection
        QDBusConnection.disconnectFromBus(self.name)
        for read_end in self.login1.inhibit_read_ends:
            os.close(read_end)


@pytest.fixture
def bus_address() -> Iterator[str]:
    executable = shutil.which("dbus-daemon")
    if executable is None:
        pytest.skip("dbus-daemon is not installed (Debian package dbus-daemon; scripts/setup installs it)")
    daemon = subprocess.Popen(
        [executable, "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), f"dbus-daemon printed no address (exit status {daemon.poll()})"
        yield address
    finally:
        daemon.terminate()
        try:
            daemon.wait(timeout=10)
        except subprocess.TimeoutExpired:
            daemon.kill()
            daemon.wait()
        if daemon.stdout is not None:
            daemon.stdout.close()


@pytest.fixture
def desktop(bus_address: str) -> Iterator[Desktop]:
    fake = Desktop(bus_address)
    yield fake
    fake.close()


def _unlocked_on_bus(qtbot: QtBot, make_controller: MakeController, vault_dir: Path, desktop: Desktop) -> AppController:
    controller = make_controller(vault_dir)
    controller.screenlock.session_address = desktop.address
    controller.screenlock.system_address = desktop.address
    controller.start()
    unlock(qtbot, controller)
    assert controller.screenlock.running
    return controller


def _reasons(watcher: ScreenLockWatcher) -> list[str]:
    seen: list[str] = []
    watcher.lock_requested.connect(seen.append)
    return seen


def _assert_locked(controller: AppController) -> None:
    assert not controller.session.is_unlocked
    assert controller.state == "locked" and controller.main_window is None
    assert not controller.screenlock.running and controller.screenlock.sources == ()


@pytest.mark.parametrize(
    ("path", "interface"), [(p, i) for _, p, i in SCREENSAVERS], ids=[f"{i} {p}" for _, p, i in SCREENSAVERS]
)
def test_screen_saver_activating_locks_the_vault(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, desktop: Desktop, path: str, interface: str
) -> None:
    network_attempts = len(netguard.ATTEMPTS)
    controller = _unlocked_on_bus(qtbot, make_controller, vault_dir, desktop)
    assert f"{interface} {path}" in controller.screenlock.sources
    reasons = _reasons(controller.screenlock)
    with qtbot.waitSignal(controller.session.locked, timeout=5_000):
        desktop.emit(path, interface, "ActiveChanged", True)
    assert reasons == [f"{interface} {path}"]
    _assert_locked(controller)
    # D-Bus is a Unix socket opened by Qt's C++ code: the network guard neither sees nor needs to.
    assert len(netguard.ATTEMPTS) == network_attempts


def test_screen_saver_deactivating_does_not_lock(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, desktop: Desktop
) -> None:
    controller = _unlocked_on_bus(qtbot, make_controller, vault_dir, desktop)
    reasons = _reasons(controller.screenlock)
    interface = "org.freedesktop.ScreenSaver"
    # Same sender, same watcher connection: delivered in this order. Had "false" locked, the
    # watcher would have stopped and the second signal would never count.
    desktop.emit("/ScreenSaver", interface, "ActiveChanged", False)
    with qtbot.waitSignal(controller.session.locked, timeout=5_000):
        desktop.emit("/org/freedesktop/ScreenSaver", interface, "ActiveChanged", True)
    assert reasons == [f"{interface} /org/freedesktop/ScreenSaver"]


def test_a_sender_that_does_not_own_the_name_is_ignored(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, desktop: Desktop
) -> None:
    controller = _unlocked_on_bus(qtbot, make_controller, vault_dir, desktop)
    reasons = _reasons(controller.screenlock)
    # The impostor's signal is routed by the bus before the owner's (the round trip proves it);
    # only the owner's may count.
    impostor = Desktop(desktop.address, own_names=False)
    try:
        impostor.emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)
        impostor.round_trip()
        with qtbot.waitSignal(controller.session.locked, timeout=5_000):
            desktop.emit("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", True)
    finally:
        impostor.close()
    assert reasons == ["org.freedesktop.ScreenSaver /org/freedesktop/ScreenSaver"]


def test_prepare_for_sleep_locks_before_the_inhibitor_is_released(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, desktop: Desktop
) -> None:
    controller = _unlocked_on_bus(qtbot, make_controller, vault_dir, desktop)
    watcher = controller.screenlock
    assert SLEEP in watcher.sources
    qtbot.waitUntil(lambda: watcher.inhibiting_sleep, timeout=5_000)
    [inhibit] = [args for member, args in desktop.login1.calls if member == "Inhibit"]
    assert inhibit[0] == "sleep" and inhibit[3] == "delay"
    assert not desktop.login1.inhibitor_released()
    # Connected after the controller: runs once its lock (vault closed, windows gone) has returned.
    after_lock: list[tuple[bool, bool]] = []
    watcher.lock_requested.connect(
        lambda _: after_lock.append((controller.session.is_unlocked, desktop.login1.inhibitor_released()))
    )
    with qtbot.waitSignal(controller.session.locked, timeout=5_000):
        desktop.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    assert after_lock == [(False, False)]  # the vault was closed while the machine still had to wait
    _assert_locked(controller)
    qtbot.waitUntil(desktop.login1.inhibitor_released, timeout=5_000)


def test_the_watcher_holds_off_the_next_sleep_after_waking(qtbot: QtBot, desktop: Desktop) -> None:
    # Stand-alone (nothing locks and stops it): it must release the inhibitor for the sleep and
    # take a new one on waking.
    watcher = ScreenLockWatcher(session_address=desktop.address, system_address=desktop.address)
    reasons = _reasons(watcher)
    watcher.start()
    try:
        qtbot.waitUntil(lambda: watcher.inhibiting_sleep, timeout=5_000)
        with qtbot.waitSignal(watcher.lock_requested, timeout=5_000):
            desktop.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
        assert not watcher.inhibiting_sleep
        qtbot.waitUntil(desktop.login1.inhibitor_released, timeout=5_000)
        desktop.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)
        qtbot.waitUntil(lambda: watcher.inhibiting_sleep, timeout=5_000)
        assert len(desktop.login1.inhibit_read_ends) == 2 and not desktop.login1.inhibitor_released()
        assert reasons == [SLEEP]
    finally:
        watcher.stop()
        watcher.deleteLater()
    qtbot.waitUntil(desktop.login1.inhibitor_released, timeout=5_000)


def test_waking_up_does_not_lock(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, desktop: Desktop
) -> None:
    controller = _unlocked_on_bus(qtbot, make_controller, vault_dir, desktop)
    reasons = _reasons(controller.screenlock)
    qtbot.waitUntil(lambda: SESSION_LOCK in controller.screenlock.sources, timeout=5_000)
    desktop.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)
    with qtbot.waitSignal(controller.session.locked, timeout=5_000):
        desktop.emit(SESSION_PATH, LOGIN1_SESSION, "Lock")
    assert reasons == [SESSION_LOCK]


def test_locking_this_login_session_locks_the_vault(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, desktop: Desktop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_SESSION_ID", "7")
    controller = _unlocked_on_bus(qtbot, make_controller, vault_dir, desktop)
    qtbot.waitUntil(lambda: SESSION_LOCK in controller.screenlock.sources, timeout=5_000)
    assert ("GetSession", ["7"]) in desktop.login1.calls
    reasons = _reasons(controller.screenlock)
    # Another user's session locking is not ours (same sender and watcher connection as the sentinel).
    desktop.emit(OTHER_SESSION_PATH, LOGIN1_SESSION, "Lock")
    with qtbot.waitSignal(controller.session.locked, timeout=5_000):
        desktop.emit(LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    assert reasons == [SLEEP]

    unlock(qtbot, controller)  # watching again, from scratch
    qtbot.waitUntil(lambda: SESSION_LOCK in controller.screenlock.sources, timeout=5_000)
    with qtbot.waitSignal(controller.session.locked, timeout=5_000):
        desktop.emit(SESSION_PATH, LOGIN1_SESSION, "Lock")
    assert reasons == [SLEEP, SESSION_LOCK]
    _assert_locked(controller)


def test_the_preference_turns_watching_off_and_on(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, desktop: Desktop
) -> None:
    controller = _unlocked_on_bus(qtbot, make_controller, vault_dir, desktop)
    assert controller.settings.lock_on_screen_lock  # on by default
    dialog = controller.open_preferences()
    assert dialog.screen_lock_check.isChecked()
    dialog.screen_lock_check.setChecked(False)
    dialog.save()
    assert not controller.settings.lock_on_screen_lock
    assert not controller.screenlock.running and controller.screenlock.sources == ()

    controller.lock()
    unlock(qtbot, controller)
    assert not controller.screenlock.running  # stays off across unlocks

    dialog = controller.open_preferences()
    assert not dialog.screen_lock_check.isChecked()
    dialog.screen_lock_check.setChecked(True)
    dialog.save()
    assert controller.screenlock.running
    with qtbot.waitSignal(controller.session.locked, timeout=5_000):
        desktop.emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", True)


def test_application_suspended_locks(qtbot: QtBot, unlocked: AppController) -> None:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    assert APP_SUSPENDED in unlocked.screenlock.sources
    # Direct connections: had either of these locked, it would have happened by now.
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationHidden)
    assert unlocked.session.is_unlocked
    with qtbot.waitSignal(unlocked.session.locked, timeout=5_000):
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    _assert_locked(unlocked)


def test_missing_buses_are_normal(qtbot: QtBot, tmp_path: Path) -> None:
    nowhere = f"unix:path={tmp_path / 'no-bus-here'}"
    watcher = ScreenLockWatcher(session_address=nowhere, system_address=nowhere)
    watcher.start()
    assert watcher.running and watcher.sources == (APP_SUSPENDED,)
    assert not watcher.inhibiting_sleep
    watcher.stop()
    assert not watcher.sources
    watcher.deleteLater()


def test_windows_messages_are_decoded() -> None:
    # The native filter itself only runs on Windows; what it decides is this function.
    assert (
        windows_lock_reason(screenlock.WM_WTSSESSION_CHANGE, screenlock.WTS_SESSION_LOCK)
        == screenlock.WINDOWS_SESSION_LOCKED
    )
    for disconnect in (screenlock.WTS_CONSOLE_DISCONNECT, screenlock.WTS_REMOTE_DISCONNECT):
        assert windows_lock_reason(0x02B1, disconnect) == screenlock.WINDOWS_SESSION_DISCONNECTED
    assert windows_lock_reason(0x0218, 0x0004) == screenlock.WINDOWS_SUSPEND  # WM_POWERBROADCAST, PBT_APMSUSPEND
    not_locking = [
        (0x02B1, 0x8),  # WTS_SESSION_UNLOCK
        (0x02B1, 0x1),  # WTS_CONSOLE_CONNECT
        (0x02B1, 0x5),  # WTS_SESSION_LOGON
        (0x0218, 0x0012),  # PBT_APMRESUMEAUTOMATIC
        (0x0218, 0x0007),  # PBT_APMRESUMESUSPEND
        (0x0218, 0x000A),  # PBT_APMPOWERSTATUSCHANGE
        (0x0010, 0x7),  # WM_CLOSE with a wparam that would mean "lock" for the session message
        (0x0001, 0x4),  # WM_CREATE
    ]
    for message, wparam in not_locking:
        assert windows_lock_reason(message, wparam) is None, (hex(message), hex(wparam))
