"""Coercion settings in the app. Screen-capture exclusion: the Linux path says "not available"; the
Windows and macOS call paths run for real with only the platform libraries (user32, libobjc) faked
at the ctypes boundary. The failed-unlock limit in Preferences."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeController
from ui import capture_guard
from ui.capture_guard import NS_WINDOW_SHARING_NONE, WDA_EXCLUDEFROMCAPTURE, WDA_MONITOR, Protection
from ui.dialogs import PreferencesDialog
from ui.settings import Settings


def _value(arg: Any) -> Any:
    return arg.value if isinstance(arg, ctypes.c_void_p) else arg


class _FakeFunction:
    """A foreign function as ctypes presents one: argtypes/restype are set before each call."""

    def __init__(self, impl: Any) -> None:
        self.impl = impl
        self.argtypes: list[Any] | None = None
        self.restype: Any = "unset"
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any) -> Any:
        assert self.argtypes is not None and len(args) == len(self.argtypes), "signature declared first"
        values = tuple(_value(a) for a in args)
        self.calls.append(values)
        return self.impl(*values)


class _FakeUser32:
    def __init__(self, knows_exclude: bool = True) -> None:
        def set_affinity(hwnd: int, affinity: int) -> int:
            return int(affinity == WDA_MONITOR or (knows_exclude and affinity == WDA_EXCLUDEFROMCAPTURE))

        self.SetWindowDisplayAffinity = _FakeFunction(set_affinity)


class _FakeObjc:
    VIEW, WINDOW = 0x1000, 0x2000

    def __init__(self, honours: bool = True) -> None:
        self.selectors = {b"window": 1, b"setSharingType:": 2, b"sharingType": 3}
        self.sharing = 1  # NSWindowSharingReadOnly, the default
        self.sel_registerName = _FakeFunction(lambda name: self.selectors[name])

        def send(receiver: int, selector: int, *args: int) -> int | None:
            if selector == 1:
                assert receiver == self.VIEW
                return self.WINDOW
            assert receiver == self.WINDOW
            if selector == 2:
                if honours:
                    self.sharing = args[0]
                return None
            return self.sharing

        self.objc_msgSend = _FakeFunction(send)


def _never_loaded() -> Any:
    raise AssertionError("a platform library was loaded on Linux")


def test_linux_reports_not_available_and_loads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(capture_guard, "_user32", _never_loaded)
    monkeypatch.setattr(capture_guard, "_libobjc", _never_loaded)
    status = capture_guard.exclude_window(1234, platform="linux")
    assert status.protection is Protection.NOT_AVAILABLE and not status.available
    assert "X11" in status.detail and "Wayland" in status.detail


def test_windows_excludes_the_window_from_capture(monkeypatch: pytest.MonkeyPatch) -> None:
    user32 = _FakeUser32()
    monkeypatch.setattr(capture_guard, "_user32", lambda: user32)
    status = capture_guard.exclude_window(0xABCD, platform="win32")
    assert status.protection is Protection.EXCLUDED
    assert user32.SetWindowDisplayAffinity.calls == [(0xABCD, WDA_EXCLUDEFROMCAPTURE)]
    assert user32.SetWindowDisplayAffinity.restype is ctypes.c_int


def test_older_windows_blacks_the_window_out(monkeypatch: pytest.MonkeyPatch) -> None:
    user32 = _FakeUser32(knows_exclude=False)
    monkeypatch.setattr(capture_guard, "_user32", lambda: user32)
    status = capture_guard.exclude_window(7, platform="win32")
    assert status.protection is Protection.BLACKED_OUT
    assert user32.SetWindowDisplayAffinity.calls == [(7, WDA_EXCLUDEFROMCAPTURE), (7, WDA_MONITOR)]


def test_macos_sets_sharing_type_none_on_the_views_window(monkeypatch: pytest.MonkeyPatch) -> None:
    objc = _FakeObjc()
    monkeypatch.setattr(capture_guard, "_libobjc", lambda: objc)
    status = capture_guard.exclude_window(_FakeObjc.VIEW, platform="darwin")
    assert status.protection is Protection.EXCLUDED and objc.sharing == NS_WINDOW_SHARING_NONE
    assert objc.objc_msgSend.calls[1] == (_FakeObjc.WINDOW, 2, NS_WINDOW_SHARING_NONE)


def test_macos_that_ignores_the_request_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    objc = _FakeObjc(honours=False)
    monkeypatch.setattr(capture_guard, "_libobjc", lambda: objc)
    assert capture_guard.exclude_window(_FakeObjc.VIEW, platform="darwin").protection is Protection.NOT_AVAILABLE


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux wording")
def test_preferences_say_where_capture_cannot_be_blocked(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PreferencesDialog(Settings(tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    label = dialog.capture_label
    assert label.objectName() == "screenCaptureStatus" and "Not available on Linux" in label.text()


def test_every_window_the_app_shows_is_protected(
    make_controller: MakeController, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a platform that can exclude, each top-level window is excluded once, as it appears."""
    seen: list[int] = []
    excluded = capture_guard.CaptureStatus(Protection.EXCLUDED, "on")

    def fake_exclude(win_id: int, platform: str | None = None) -> capture_guard.CaptureStatus:
        seen.append(win_id)
        return excluded

    monkeypatch.setattr(capture_guard, "exclude_window", fake_exclude)
    controller = make_controller(tmp_path / "v")
    controller.capture_guard.status = excluded
    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.hide()
    dialog.show()
    assert seen.count(int(dialog.winId())) == 1


def test_preferences_set_the_failed_unlock_limit_with_a_warning(qtbot: QtBot, tmp_path: Path) -> None:
    from crypto.secret import SecretStr
    from evidence_app.vault import Vault, read_header
    from tests.conftest import PASSPHRASE

    vault, _ = Vault.create(tmp_path / "v", SecretStr(PASSPHRASE))
    with vault:
        dialog = PreferencesDialog(Settings(tmp_path / "s.ini"), vault=lambda: vault)
        qtbot.addWidget(dialog)
        combo = dialog.unlock_limit_combo
        assert combo.isEnabled() and combo.currentData() == 0 and dialog.unlock_limit_warning.isHidden()
        combo.setCurrentIndex(combo.findData(10))
        assert not dialog.unlock_limit_warning.isHidden() and "copied the vault" in dialog.unlock_limit_warning.text()
        dialog.save()
        assert read_header(tmp_path / "v").unlock_limit == 10 and vault.failed_unlock_limit == 10
    locked = PreferencesDialog(Settings(tmp_path / "s.ini"))
    qtbot.addWidget(locked)
    assert not locked.unlock_limit_combo.isEnabled()
