"""Screenshots of the app in a real window, in one or more languages, into docs/screenshots/.

Starts Xvfb (1366x768, the smallest laptop screen the app must fit) with the openbox window
manager, runs the app as a user does (``python -m ui.launcher --vault DIR`` on the xcb platform)
with the interface language set in its settings file, and drives it with real key presses
(xdotool), as the real-window acceptance suite does (tests/realwindow/). Each picture is the
active window with its title bar, cut from the screen. The vaults are throwaway demo vaults in a
temporary folder, with invented names only.

Needs Xvfb, openbox, xdotool, xwininfo and xprop (scripts/setup installs them). Run:

    .venv/bin/python tools/realwindow_screenshots.py                 # English and Khmer
    .venv/bin/python tools/realwindow_screenshots.py --languages en,zh_CN,th --out /tmp/shots

Files are named ``<screen>-<language>.png``, e.g. ``main-window-en.png``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evidence_app.records.cases import add_case
from evidence_app.records.notes import add_note
from evidence_app.records.persons import add_person
from evidence_app.records.sites import add_site
from evidence_app.records.testimonies import add_testimony, mark_redacted

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageGrab

from crypto.secret import SecretStr
from evidence_app import media_service
from evidence_app.model import Role
from evidence_app.vault import Vault

PASSPHRASE = "demo passphrase only, not secret"  # noqa: S105 (a throwaway demo vault)
SCREEN = (1366, 768)
State = dict[str, Any]


def demo_photo(path: Path, hue: int, gps: bool) -> Path:
    """An invented picture: a sky, a field and a house, with a camera's GPS tags if asked."""
    image = Image.new("RGB", (480, 320), (110 + hue, 170, 230 - hue))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 200, 480, 320), fill=(90, 150 - hue // 2, 60))
    draw.rectangle((170 + hue, 130, 290 + hue, 220), fill=(200, 190, 170))
    draw.polygon([(160 + hue, 130), (230 + hue, 80), (300 + hue, 130)], fill=(150, 60, 50))
    exif = Image.Exif()
    if gps:
        exif[0x010F] = "DemoCam"
        exif[0x0110] = "DC-1"
        ifd = exif.get_ifd(0x8825)
        ifd[1], ifd[2], ifd[3], ifd[4] = "N", (10.0, 37.0, 12.0), "E", (103.0, 31.0, 12.0)
    image.save(path, "JPEG", exif=exif.tobytes(), quality=88)
    return path


def demo_vault(folder: Path, scratch: Path) -> None:
    vault, _ = Vault.create(folder, SecretStr(PASSPHRASE), author="Demo Researcher")
    with vault:
        case = add_case(vault, "Compound K5, Koh Kong (demo)", "Invented demo case for screenshots.")
        add_case(vault, "Border crossing interviews, Poipet (demo)")
        source = add_person(
            vault, "Demo Source 王小明", aliases=["Wang Xiaoming"], phones=["+855 12 000 000"], case_id=case.id
        )
        add_person(vault, "Demo Official", role=Role.OFFICIAL, protected=False, case_id=case.id)
        t = add_testimony(
            vault,
            case.id,
            source.id,
            "I was recruited with a promise of a hotel job. At the compound the manager "
            "took our passports. 我们每天工作十二个小时。 ខ្ញុំត្រូវបានគេបោកប្រាស់។ ฉันถูกหลอก",
            place="Phnom Penh",
            language="km",
        )
        mark_redacted(vault, t.id, 76, 88)
        add_note(vault, case.id, "Follow up in March (private note).", private=True)
        add_site(vault, case.id, "Compound K5", province="Koh Kong", lat=11.6177, lon=102.9835, sensitive=True)
        photos = [demo_photo(scratch / f"IMG_{n:04}.jpg", n * 12, gps=n in (1, 3)) for n in range(1, 6)]
        media_service.import_files(vault, case.id, photos)


class Desktop:
    """Xvfb and openbox on a display of our own."""

    def __init__(self, tmp: Path, display: str | None) -> None:
        size = f"{SCREEN[0]}x{SCREEN[1]}x24"
        self.xvfb: subprocess.Popen[bytes] | None = None
        self.wm: subprocess.Popen[bytes] | None = None
        if display:
            self.name = display if display.startswith(":") else f":{display}"
            if Path(f"/tmp/.X11-unix/X{self.name[1:]}").exists():  # noqa: S108 (the X server's socket)
                return  # already running (with its window manager): use it as it is
            self.xvfb = subprocess.Popen(
                ["Xvfb", self.name, "-screen", "0", size, "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL,
                stderr=(tmp / "xvfb.log").open("wb"),
            )
            time.sleep(1.0)
        else:
            read_fd, write_fd = os.pipe()
            self.xvfb = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", size, "-nolisten", "tcp"],
                pass_fds=(write_fd,),
                stdout=subprocess.DEVNULL,
                stderr=(tmp / "xvfb.log").open("wb"),
            )
            os.close(write_fd)
            with os.fdopen(read_fd) as pipe:
                self.name = f":{pipe.readline().strip()}"
        if self.xvfb.poll() is not None:
            raise SystemExit(f"Xvfb did not start on {self.name} (see {tmp / 'xvfb.log'})")
        env = {**os.environ, "DISPLAY": self.name}
        self.wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)

    def close(self) -> None:
        for proc in (self.wm, self.xvfb):
            if proc is None:
                continue
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()


class Run:
    """One run of the app on the desktop, in one language."""

    def __init__(self, desktop: Desktop, vault: Path, home: Path, language: str) -> None:
        self.desktop = desktop
        self.state_file = home / "ui-state.json"
        settings = home / ".config" / "EvidenceVault" / "settings.ini"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(f"[ui]\nlanguage={'' if language == 'en' else language}\n", encoding="utf-8")
        env = {
            **os.environ,
            "DISPLAY": desktop.name,
            "QT_QPA_PLATFORM": "xcb",
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "LANGUAGE": "",
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local/share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "XDG_STATE_HOME": str(home / ".local/state"),
            "EVIDENCE_UI_TEST_STATE": str(self.state_file),
            "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/evidence-screenshots-no-bus",
        }
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "ui.launcher", "--vault", str(vault)],
            cwd=ROOT,
            env=env,
            stdout=(home / "app.log").open("ab"),
            stderr=subprocess.STDOUT,
        )

    def state(self) -> State:
        try:
            loaded: State = json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return loaded

    def wait(self, what: str, check: Callable[[State], bool], timeout: float = 60) -> State:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"the app exited while waiting for {what}")
            state = self.state()
            if state and check(state):
                time.sleep(0.6)  # let the window finish painting
                return state
            time.sleep(0.1)
        raise SystemExit(f"timed out waiting for {what}: {json.dumps(self.state(), ensure_ascii=False)}")

    def wait_window(self, name: str, timeout: float = 60) -> State:
        """Wait until the active window has this object name or class."""

        def active(state: State) -> bool:
            window = state.get("active") or {}
            return name in (window.get("name"), window.get("cls"))

        return self.wait(f"window {name}", active, timeout)

    def xdotool(self, *args: str) -> str:
        env = {**os.environ, "DISPLAY": self.desktop.name}
        done = subprocess.run(["xdotool", *args], env=env, check=True, timeout=60, capture_output=True, text=True)
        return done.stdout

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "80", *keys)
        time.sleep(0.3)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "25", text)
        time.sleep(0.2)

    def frame(self) -> tuple[int, int, int, int] | None:
        """The active window's frame on the screen (xwininfo and the window manager's extents)."""
        env = {**os.environ, "DISPLAY": self.desktop.name}
        try:
            window = self.xdotool("getactivewindow").strip()
            info = subprocess.run(["xwininfo", "-id", window], env=env, capture_output=True, text=True, check=True)
            extents = subprocess.run(
                ["xprop", "-id", window, "_NET_FRAME_EXTENTS"], env=env, capture_output=True, text=True, check=True
            )
        except (OSError, subprocess.CalledProcessError):
            return None
        values = {}
        for line in info.stdout.splitlines():
            key, _, value = line.strip().partition(":")
            values[key] = value.strip()
        try:
            x, y = int(values["Absolute upper-left X"]), int(values["Absolute upper-left Y"])
            w, h = int(values["Width"]), int(values["Height"])
            left, right, top, bottom = (int(v) for v in extents.stdout.split("=", 1)[1].split(","))
        except (KeyError, ValueError, IndexError):
            return None
        return (max(x - left, 0), max(y - top, 0), min(x + w + right, SCREEN[0]), min(y + h + bottom, SCREEN[1]))

    def shot(self, out: Path, name: str) -> Path:
        """The active window with its frame, or the whole screen if that cannot be found."""
        screen = ImageGrab.grab(xdisplay=self.desktop.name)
        box = self.frame()
        if box is not None:
            screen = screen.crop(box)
        path = out / f"{name}.png"
        screen.save(path, optimize=True)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        return path

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def _unlocked(state: State) -> bool:
    return state.get("state") == "unlocked" and (state.get("active") or {}).get("name") == "mainWindow"


def first_run(desktop: Desktop, tmp: Path, out: Path, language: str) -> None:
    run = Run(desktop, tmp / f"new-{language}", tmp / f"home-new-{language}", language)
    try:
        run.wait_window("firstRunDialog")
        run.type("Demo Researcher")
        run.key("Tab")
        run.type(PASSPHRASE)
        run.key("Tab")
        run.type(PASSPHRASE)
        time.sleep(0.5)
        run.shot(out, f"first-run-{language}")
        run.key("Return")
        run.wait_window("recoveryKeyDialog", timeout=120)
        run.shot(out, f"recovery-key-{language}")
    finally:
        run.stop()


def day(desktop: Desktop, vault: Path, tmp: Path, out: Path, language: str) -> None:
    run = Run(desktop, vault, tmp / f"home-{language}", language)
    try:
        run.wait_window("unlockDialog")
        run.type(PASSPHRASE)
        run.shot(out, f"unlock-{language}")
        run.key("Return")
        run.wait("the main window", _unlocked)
        # The rows are keyed by the lists' (translated) names: the first tab is the testimonies.
        run.wait("the first case's records", lambda s: any(n for k, n in s.get("rows", {}).items() if k != "cases"))
        # From the case list: Tab into the table, Down to its first row.
        run.key("Tab", "Down")
        run.shot(out, f"main-window-{language}")
        run.key("Return")
        run.wait_window("testimonyEditor")
        run.shot(out, f"testimony-editor-{language}")
        run.key("ctrl+w")
        run.wait("the main window again", _unlocked)
        # Tab from the table to the tabs' bar, then Right to the last tab, Media.
        first_tab = run.state().get("current_tab")
        run.key("Tab", *["Right"] * 5)
        run.wait("the media tab", lambda s: s.get("current_tab") != first_tab and _unlocked(s))
        for _ in range(4):  # Tab on to the thumbnails, then Home selects the first photo
            if (run.state().get("focus") or {}).get("cls") == "QListView":
                break
            run.key("Tab")
        run.key("Home")
        time.sleep(4)  # the thumbnails and the photo's details are made in jobs
        run.shot(out, f"media-tab-{language}")
        run.key("ctrl+e")
        run.wait_window("ExportWizard")
        run.shot(out, f"export-{language}")
        run.key("Return")  # Next: the dry run
        time.sleep(6)
        run.shot(out, f"export-dry-run-{language}")
        run.key("Escape")
        run.wait("the main window again", _unlocked)
        run.key("ctrl+shift+Delete")
        run.wait_window("wipeDialog")
        run.type("WIP")
        run.shot(out, f"wipe-{language}")
        run.key("Escape")
        run.wait("the main window again", _unlocked)
    finally:
        run.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default="en,km", help="comma-separated codes (en km zh_CN th vi id)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--display", help="X display to use: started (Xvfb, openbox) unless already running (default: a free one)"
    )
    args = parser.parse_args(argv)
    missing = [tool for tool in ("Xvfb", "openbox", "xdotool", "xwininfo", "xprop") if shutil.which(tool) is None]
    if missing:
        print(f"realwindow_screenshots: missing {', '.join(missing)} (scripts/setup installs them)", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ev-realshots-"))
    desktop = Desktop(tmp, args.display)
    try:
        (tmp / "photos").mkdir()
        vault = tmp / "demo"
        demo_vault(vault, tmp / "photos")
        for language in args.languages.split(","):
            print(f"{language}:")
            first_run(desktop, tmp, args.out, language)
            day(desktop, vault, tmp, args.out, language)
    finally:
        desktop.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
