"""How long the desktop app takes from process start to its first dialog, and ``--help``'s start.

Starts the real app (``python -m ui.launcher --vault DIR``, the way the real-window suite and a
user start it) offscreen, once on an empty folder (the first-run dialog) and once on an existing
vault (the unlock dialog), and a minimal PySide6 script that shows one QDialog, alternating them
in the same run so a momentary load hits all alike. "Shown" is read from the app's test hook
(ui/testhook.py: with ``EVIDENCE_UI_TEST_STATE`` set, the app writes its state, the visible
windows included, as soon as its event loop runs); the minimal script writes the same kind of
file the same way (evidence_app.fsutil's atomic write) from its first event-loop turn. The parent
polls both files every millisecond.

Also ``evidence-app --help`` (the console entry point's code) against ``python -c pass``.

Usage: python bench/bench_start.py [--runs 7] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from bench.common import spread, write_result

MINIMAL = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

app = QApplication(sys.argv[:1])
dialog = QDialog()
dialog.setWindowTitle("Minimal")
dialog.show()

def shown():
    from pathlib import Path
    from evidence_app import fsutil  # written as the app's test hook writes (fsync, rename)

    windows = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    fsutil.atomic_write_bytes(Path(sys.argv[1]), json.dumps({"windows": windows}).encode())
    app.quit()

QTimer.singleShot(0, shown)
app.exec()
"""

ENTRY = "import sys; from ui.launcher import main; sys.argv[0] = 'evidence-app'; sys.exit(main())"


def _env(home: Path, state: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "EVIDENCE_UI_TEST_STATE": str(state),
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/evidence-bench-no-bus",
        "DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent/evidence-bench-no-bus",
    }


def _shown(state: Path) -> bool:
    try:
        loaded: dict[str, Any] = json.loads(state.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return any(w["title"] if isinstance(w, dict) else w for w in loaded.get("windows", []))


def time_to_dialog(argv: list[str], home: Path, timeout: float = 60.0) -> float:
    """Seconds from just before the process is started until its state file shows a window."""
    state = home / "state.json"
    state.unlink(missing_ok=True)
    env = _env(home, state)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not _shown(state):
            if proc.poll() is not None and not _shown(state):
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"{argv} exited ({proc.returncode}) before a window showed: {err[-2000:]}")
            if time.perf_counter() - start > timeout:
                raise RuntimeError(f"{argv}: no window after {timeout} s")
            time.sleep(0.001)
        return time.perf_counter() - start
    finally:
        if proc.poll() is None:
            proc.terminate()
        proc.wait(30)
        if proc.stderr:
            proc.stderr.close()


def time_run(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def _make_vault(root: Path) -> None:
    from crypto.secret import SecretStr
    from evidence_app.vault import Vault

    vault, _recovery = Vault.create(root, SecretStr("bench start passphrase, not a secret"), author="Bench")
    vault.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    py = sys.executable
    tmp = Path(tempfile.mkdtemp(prefix="evbench-start-", dir=os.environ.get("BENCH_TMP")))
    try:
        home = tmp / "home"
        home.mkdir()
        existing = tmp / "vault"
        _make_vault(existing)
        minimal = [py, "-c", MINIMAL, str(home / "state.json")]  # -c: the project on sys.path
        unlock = [py, "-m", "ui.launcher", "--vault", str(existing)]
        times: dict[str, list[float]] = {"minimal": [], "unlock": [], "first_run": [], "help": [], "pass": []}
        # One untimed round first: the page cache holds every library afterwards, for all alike.
        time_to_dialog(minimal, home)
        time_to_dialog(unlock, home)
        for i in range(args.runs):
            fresh = tmp / f"fresh-{i}"  # an empty, not yet existing vault folder each time
            times["minimal"].append(time_to_dialog(minimal, home))
            times["unlock"].append(time_to_dialog(unlock, home))
            times["first_run"].append(time_to_dialog([py, "-m", "ui.launcher", "--vault", str(fresh)], home))
            times["pass"].append(time_run([py, "-c", "pass"]))
            times["help"].append(time_run([py, "-c", ENTRY, "--help"]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    med = {k: statistics.median(v) for k, v in times.items()}
    result = {
        "start": {
            "runs": args.runs,
            "minimal_dialog_s": spread(times["minimal"]),
            "unlock_dialog_s": spread(times["unlock"]),
            "first_run_dialog_s": spread(times["first_run"]),
            "unlock_vs_minimal": med["unlock"] / med["minimal"],
            "first_run_vs_minimal": med["first_run"] / med["minimal"],
            "help_s": spread(times["help"]),
            "python_pass_s": spread(times["pass"]),
            "help_vs_pass": med["help"] / med["pass"],
        }
    }
    write_result(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
