"""The window's start loads only what the first dialog needs (#18): the main window, the export
and every media format's libraries, the vault's database layer and the phone-number library load
after the unlock, not before the unlock or first-run dialog shows.

Each test starts the real app (``ui.launcher.main``, as ``python -m ui.launcher`` does) in a fresh
Python process offscreen, because this test process has imported everything already. The child
reports ``sys.modules`` from its first event-loop turn, when the first dialog is on screen; the
unlock test then types the passphrase, clicks Unlock and reports again once the main window shows,
so a lazy import that is missing on the way after the unlock fails here too.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from .conftest import NO_BUS, PASSPHRASE

PROJECT = Path(__file__).resolve().parents[2]

# Loaded by the main window, the export, the media formats or the vault's database layer; none of
# them is needed to show the unlock or first-run dialog.
HEAVY = (
    "numpy",
    "av",
    "pikepdf",
    "pypdfium2",
    "PIL",
    "phonenumbers",
    "sqlcipher3",
    "pyrage",
    "evidence_app.export",
    "evidence_app.media",
    "evidence_app.redaction",
    "evidence_app.vault",
    "evidence_app.db",
    "ui.main_window",
    "ui.export_wizard",
    "ui.dialogs",
)

CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

out, vault, passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
app = QApplication(sys.argv[:1])
report = {}

def windows():
    return sorted(type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible())

def finish(error=""):
    report["error"] = error
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(report, fh)
    app.quit()

def at_first_dialog():
    report["first"] = {"windows": windows(), "modules": sorted(sys.modules)}
    if not passphrase:
        finish()
        return
    dialog = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "UnlockDialog")
    dialog.passphrase_edit.setText(passphrase)
    dialog.unlock_button.click()
    waited = [0]

    def poll():
        if "MainWindow" in windows():
            report["unlocked"] = {"windows": windows(), "modules": sorted(sys.modules)}
            finish()
        elif waited[0] > 600:
            finish("no main window 30 s after Unlock: " + repr(windows()))
        else:
            waited[0] += 1
            QTimer.singleShot(50, poll)

    poll()

QTimer.singleShot(0, at_first_dialog)
sys.argv = ["evidence-app", "--vault", vault]
from ui.launcher import main
main()
"""


def _start(tmp_path: Path, vault: Path, passphrase: str = "") -> dict[str, Any]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    out = tmp_path / "report.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "DBUS_SESSION_BUS_ADDRESS": NO_BUS,
        "DBUS_SYSTEM_BUS_ADDRESS": NO_BUS,
    }
    env.pop("EVIDENCE_UI_TEST_STATE", None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(out), str(vault), passphrase],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    assert report["error"] == "", report["error"]
    return report


def _heavy(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if m in HEAVY or m.startswith(tuple(f"{h}." for h in HEAVY)))


def test_unlock_dialog_shows_before_the_heavy_modules_load_and_they_load_after_unlock(
    tmp_path: Path, vault_dir: Path
) -> None:
    report = _start(tmp_path, vault_dir, PASSPHRASE)
    first = report["first"]
    assert first["windows"] == ["UnlockDialog"]
    assert _heavy(first["modules"]) == []
    after = report["unlocked"]
    assert "MainWindow" in after["windows"]
    for name in ("ui.main_window", "evidence_app.vault", "evidence_app.export", "sqlcipher3"):
        assert name in after["modules"]


def test_first_run_dialog_shows_before_the_heavy_modules_load(tmp_path: Path) -> None:
    report = _start(tmp_path, tmp_path / "no-vault-yet")
    assert report["first"]["windows"] == ["FirstRunDialog"]
    assert _heavy(report["first"]["modules"]) == []
