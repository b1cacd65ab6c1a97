"""Runs the window's recorder (ui/recorder.py) in a fresh process against a real audio server.

``python -m tests.gui.recorder_driver VAULT CASE TESTIMONY MODE SECONDS``: opens the vault, records
from the default PulseAudio source for SECONDS with one marker half-way, then either presses Stop and
save (MODE ``stop``) or locks the session while still recording (MODE ``lock``). Prints one JSON
line. A process of its own because Qt's PulseAudio connection is made once per process: the test's
server must be the first one this process sees.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from crypto import kdf
from crypto.secret import SecretStr
from evidence_app.vault import Vault
from ui.jobs import JobRunner
from ui.recorder import RecorderDialog
from ui.session import Session


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(argv: list[str]) -> int:
    root, case_id, testimony_id, mode, seconds = Path(argv[0]), argv[1], argv[2], argv[3], float(argv[4])
    app = QApplication([])
    session = Session()
    with kdf.allow_weak_parameters_for_tests():
        session.start(Vault.open(root, SecretStr(os.environ["EVIDENCE_PASSPHRASE"])))
    dialog = RecorderDialog(session, JobRunner(), case_id)
    dialog.testimony_combo.setCurrentIndex(dialog.testimony_combo.findData(testimony_id))
    dialog.show()
    saved: list[str] = []
    dialog.saved.connect(lambda item: saved.append(item.id))
    if not dialog.start():
        print(json.dumps({"error": dialog.status_label.text()}))
        return 2
    levels: list[int] = []
    for _ in range(int(seconds * 20) // 2):
        wait(50)
        levels.append(dialog.meter.value())
    # Pause for 0.8 s: the pause adds (almost) nothing to the recording.
    assert dialog.encoder is not None
    dialog.pause_button.click()
    paused_at, pause_text = dialog.encoder.recorded_ms, dialog.pause_button.text()
    wait(800)
    paused_for = dialog.encoder.recorded_ms - paused_at
    dialog.pause_button.click()
    dialog.label_edit.setText("half-way")
    dialog.marker_button.click()
    for _ in range(int(seconds * 20) // 2):
        wait(50)
        levels.append(dialog.meter.value())
    assert dialog.encoder is not None
    before_stop = dialog.encoder.recorded_ms
    if mode == "lock":
        session.lock()  # Ctrl+L's path: about_to_lock stores the recording, then the vault closes
    else:
        dialog.stop_button.click()
        for _ in range(600):
            if saved or dialog.status_label.text().startswith("The recording could not"):
                break
            wait(50)
        session.lock()
    report = {"saved": saved, "status": dialog.status_label.text(), "max_level": max(levels, default=0)}
    pause = {"pause_text": pause_text, "paused_for_ms": paused_for, "resume_text": dialog.pause_button.text()}
    print(json.dumps({**report, **pause, "recorded_ms_before_stop": before_stop}))
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
