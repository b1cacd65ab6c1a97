"""The real-window acceptance suite's desktop: Xvfb, the openbox window manager, the app started
as a user starts it (``python -m ui.launcher --vault DIR``) on the xcb platform, and real key
presses (and mouse clicks and drags, to draw on a video frame) through xdotool. Offscreen tests
never deliver a key press to a focused real window; this suite does, so failures like "Enter in
the unlock dialog quits the app" cannot ship.

The app's state is read from the test hook (ui/testhook.py, enabled only through its environment
variable). Screenshots of the whole screen are kept under the test's tmp dir and copied to
build/realwindow/ (git-ignored) so a person can look at them after the run.

Skips only where the tools cannot exist (no Xvfb, openbox or xdotool on this system, e.g. not
Linux); scripts/setup installs them, so CI runs the suite.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ui.testhook import text_digest

PROJECT = Path(__file__).resolve().parents[2]
SCREEN = (1440, 900)
TOOLS = ("Xvfb", "openbox", "xdotool")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.realwindow)


@dataclass
class Display:
    name: str
    xvfb: subprocess.Popen[bytes]
    wm: subprocess.Popen[bytes]


def _start_display(tmp: Path) -> Display:
    fixed = os.environ.get("EVIDENCE_REALWINDOW_DISPLAY", "")  # e.g. ":42", for a shared machine
    if fixed:
        xvfb = subprocess.Popen(
            ["Xvfb", fixed, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=(tmp / "xvfb.log").open("wb"),
        )
        time.sleep(1.0)
        if xvfb.poll() is not None:
            raise RuntimeError(f"Xvfb did not start on {fixed} (see xvfb.log)")
        env = {**os.environ, "DISPLAY": fixed}
        wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=(tmp / "openbox.log").open("wb"))
        time.sleep(0.5)
        return Display(fixed, xvfb, wm)
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=(tmp / "xvfb.log").open("wb"),
    )
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        xvfb.kill()
        raise RuntimeError("Xvfb did not start (see xvfb.log)")
    name = f":{number}"
    env = {**os.environ, "DISPLAY": name}
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=(tmp / "openbox.log").open("wb"))
    time.sleep(0.5)
    return Display(name, xvfb, wm)


@pytest.fixture(scope="module")
def display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Display]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if sys.platform.startswith("linux") and os.environ.get("CI"):
            pytest.fail(f"CI must run the real-window suite, but these are missing: {', '.join(missing)}")
        pytest.skip(f"no {', '.join(missing)} on this system (scripts/setup installs them on Debian/Ubuntu)")
    shown = _start_display(tmp_path_factory.mktemp("display"))
    yield shown
    for proc in (shown.wm, shown.xvfb):
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()


@dataclass
class App:
    """One run of the real app on the real display, and the keyboard of the person using it."""

    display: Display
    vault: Path
    home: Path
    shots: Path
    idle_ms: int = 0
    extra_env: dict[str, str] = field(default_factory=dict)  # e.g. PATH with a stand-in xdg-open
    proc: subprocess.Popen[bytes] | None = None
    state_file: Path = field(init=False)
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.state_file = self.home / "ui-state.json"
        self.log = self.home / "app.log"

    # --- the process -----------------------------------------------------------------------

    def start(self) -> None:
        self.state_file.unlink(missing_ok=True)
        env = {
            **os.environ,
            "DISPLAY": self.display.name,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local/share"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_STATE_HOME": str(self.home / ".local/state"),
            "EVIDENCE_UI_TEST_STATE": str(self.state_file),
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/evidence-realwindow-no-bus",
            "DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent/evidence-realwindow-no-bus",
        }
        env.update(self.extra_env)
        if self.idle_ms:
            env["EVIDENCE_UI_TEST_IDLE_MS"] = str(self.idle_ms)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ui.launcher", "--vault", str(self.vault)],
            cwd=PROJECT,
            env=env,
            stdout=self.log.open("ab"),
            stderr=subprocess.STDOUT,
        )

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def assert_alive(self) -> None:
        assert self.alive, f"the app exited ({self.proc and self.proc.returncode}): {self.log.read_text()[-2000:]}"

    def wait_exit(self, timeout: float = 20) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    # --- what the user sees ------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        try:
            loaded: dict[str, Any] = json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return loaded

    def wait_for(self, what: str, check: Callable[[dict[str, Any]], bool], timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        state: dict[str, Any] = {}
        while time.monotonic() < deadline:
            self.assert_alive()
            state = self.state()
            if state and check(state):
                return state
            time.sleep(0.1)
        self.screenshot(f"timeout-{what}")
        raise AssertionError(f"timed out waiting for {what}; last state: {json.dumps(state, ensure_ascii=False)}")

    def wait_active(self, title: str, timeout: float = 30) -> dict[str, Any]:
        return self.wait_for(
            f"window '{title}'", lambda s: (s.get("active") or {}).get("title") == title, timeout=timeout
        )

    def wait_focus(self, accessible_name: str, timeout: float = 10) -> dict[str, Any]:
        return self.wait_for(
            f"focus on '{accessible_name}'",
            lambda s: (s.get("focus") or {}).get("accessible_name") == accessible_name,
            timeout=timeout,
        )

    def titles(self) -> list[str]:
        return [w["title"] for w in self.state().get("windows", [])]

    def screenshot(self, name: str) -> Path:
        from PIL import ImageGrab

        self.shots.mkdir(parents=True, exist_ok=True)
        path = self.shots / f"{name}.png"
        ImageGrab.grab(xdisplay=self.display.name).save(path)
        return path

    # --- the keyboard ------------------------------------------------------------------------

    def _xdotool(self, *args: str) -> None:
        subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": self.display.name}, check=True, timeout=60)

    def key(self, *keys: str) -> None:
        """Real key presses to the focused window, e.g. key("Return"), key("ctrl+l")."""
        self._xdotool("key", "--delay", "60", *keys)
        time.sleep(0.15)

    # --- the mouse ---------------------------------------------------------------------------

    def click(self, x: float, y: float) -> None:
        """A real left click at a point of the screen."""
        self._xdotool("mousemove", "--sync", str(round(x)), str(round(y)), "click", "1")
        time.sleep(0.15)

    def drag(self, start: tuple[float, float], end: tuple[float, float]) -> None:
        """Press the left button at ``start``, move to ``end`` in a few steps, release it there."""
        x0, y0 = start
        x1, y1 = end
        self._xdotool("mousemove", "--sync", str(round(x0)), str(round(y0)), "mousedown", "1")
        for step in (0.25, 0.5, 0.75, 1.0):
            self._xdotool("mousemove", "--sync", str(round(x0 + (x1 - x0) * step)), str(round(y0 + (y1 - y0) * step)))
            time.sleep(0.05)
        self._xdotool("mouseup", "1")
        time.sleep(0.15)

    def type(self, text: str) -> None:
        """Type ``text`` into the focused widget. Into an empty plain single-line field, check that
        it arrived whole (the test hook's digest of the field's text) and type it again if not: on
        a loaded machine xdotool's remapped key codes can still lose a character (seen: 王小明
        arrived as 王明), and a search for the wrong word says nothing about the app."""
        focus = self.state().get("focus") or {}
        checkable = focus.get("cls") == "QLineEdit" and focus.get("text_digest") == text_digest("")
        for attempt in range(3):
            self._type_once(text, slow=attempt > 0)
            if not checkable:
                return
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                if ((self.state().get("focus") or {}).get("text_digest")) == text_digest(text):
                    return
                time.sleep(0.1)
            self.key("ctrl+a", "BackSpace")  # start again from the empty field
        raise AssertionError(f"{len(text)} characters typed three times did not arrive whole")

    def _type_once(self, text: str, slow: bool) -> None:
        # xdotool types a character missing from the keyboard map (Chinese, Khmer, Thai) by
        # remapping a spare key code; the app must see each new map before the next such
        # character, or it drops them (seen: only the first of three Chinese characters arrived).
        pause = 0.6 if slow else 0.25
        run = ""
        for char in text:
            if char.isascii():
                run += char
                continue
            if run:
                self._xdotool("type", "--delay", "25", run)
                run = ""
            self._xdotool("type", "--delay", "120", char)
            time.sleep(pause)
        if run:
            self._xdotool("type", "--delay", "25", run)
        time.sleep(0.15)


@pytest.fixture
def make_app(display: Display, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Callable[..., App]]:
    apps: list[App] = []
    home = tmp_path / "home"
    home.mkdir()
    shots = tmp_path / "screenshots"

    def make(idle_ms: int = 0) -> App:
        app = App(display, tmp_path / "vault", home, shots, idle_ms)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.stop()
    if shots.is_dir():  # kept for people to look at after the run (build/ is git-ignored)
        keep = PROJECT / "build" / "realwindow" / request.node.name
        shutil.rmtree(keep, ignore_errors=True)
        shutil.copytree(shots, keep)
