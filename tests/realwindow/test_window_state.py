"""A maximised main window stays maximised after a lock and unlock, and at the next start, in a
real window under openbox (issue #12: it came back un-maximised, every unlock builds a new window).
Maximised the way a user does it: a double click on the title bar."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from typing import Any

from tests.realwindow.conftest import App

PASSPHRASE = "correct horse battery staple"
MAIN = "Evidence Vault"
UNLOCK = "Unlock Evidence Vault"


def _unlocked(state: dict[str, Any]) -> bool:
    return bool(state.get("unlocked")) and (state.get("active") or {}).get("title") == MAIN


def _unlock_with(app: App, key: str) -> None:
    app.wait_active(UNLOCK)
    app.wait_focus("Passphrase")
    app.type(PASSPHRASE)
    app.key(key)
    app.wait_for("the main window after unlocking", _unlocked)


def _x(app: App, *args: str) -> str:
    env = {**os.environ, "DISPLAY": app.display.name}
    return subprocess.run(list(args), env=env, capture_output=True, text=True, check=True, timeout=30).stdout


def _main_window_id(app: App) -> str:
    app.wait_active(MAIN)
    return _x(app, "xdotool", "getactivewindow").strip()


def _maximised(app: App) -> bool:
    state = _x(app, "xprop", "-id", _main_window_id(app), "_NET_WM_STATE")
    return "_NET_WM_STATE_MAXIMIZED_VERT" in state and "_NET_WM_STATE_MAXIMIZED_HORZ" in state


def _wait_maximised(app: App, timeout: float = 10) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _maximised(app):
            return True
        time.sleep(0.2)
    return False


def test_a_maximised_window_comes_back_maximised(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.start()
    app.wait_active("Create an Evidence Vault")
    app.type("R")
    app.key("Tab")
    app.type(PASSPHRASE)
    app.key("Tab")
    app.type(PASSPHRASE)
    app.key("Return")
    app.wait_active("Your recovery key", timeout=60)
    app.key("space")
    app.key("Return")
    app.wait_for("the main window", _unlocked)

    window = _main_window_id(app)
    info = _x(app, "xwininfo", "-id", window)
    values = dict(line.strip().split(":", 1) for line in info.splitlines() if ":" in line)
    x = int(values["Absolute upper-left X"]) + int(values["Width"]) // 2
    y = int(values["Absolute upper-left Y"]) - 8  # on the title bar openbox draws above the window
    _x(app, "xdotool", "mousemove", str(x), str(y), "click", "--repeat", "2", "--delay", "80", "1")
    assert _wait_maximised(app), "the double click did not maximise the window"
    app.screenshot("20-maximised")

    app.key("ctrl+l")
    _unlock_with(app, "Return")
    assert _wait_maximised(app), "after unlocking, the new main window is not maximised"
    app.screenshot("21-maximised-after-unlock")

    app.key("ctrl+q")
    assert app.wait_exit() == 0
    app.start()
    app.wait_active(UNLOCK)
    _unlock_with(app, "Return")
    assert _wait_maximised(app), "at the next start the main window is not maximised"
    app.key("ctrl+shift+q")
    assert app.wait_exit() == 0
