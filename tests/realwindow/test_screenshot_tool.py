"""tools/realwindow_screenshots.py still walks the app (it drives the real window by keyboard, so
a changed focus order or shortcut would break it silently until the next time someone needs the
README's screenshots): one language, every screen, each a picture of a window and not the bare
desktop."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

PROJECT = Path(__file__).resolve().parents[2]
SCREENS = (
    "first-run",
    "recovery-key",
    "unlock",
    "main-window",
    "testimony-editor",
    "media-tab",
    "export",
    "export-dry-run",
    "wipe",
)


@pytest.mark.slow
def test_the_screenshot_tool_takes_every_screen(display: object, tmp_path: Path) -> None:
    # ``display`` (conftest) only to skip or fail exactly as the suite does without Xvfb/openbox/xdotool;
    # the tool starts a desktop of its own.
    done = subprocess.run(
        [
            sys.executable,
            str(PROJECT / "tools" / "realwindow_screenshots.py"),
            "--languages",
            "en",
            "--out",
            str(tmp_path),
        ],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for screen in SCREENS:
        with Image.open(tmp_path / f"{screen}-en.png") as image:
            width, height = image.size
            assert 300 <= width < 1366 and 150 <= height < 768, (screen, image.size)  # a window, not the screen
            assert len(image.convert("L").getcolors(256) or []) > 20, screen  # something drawn in it
