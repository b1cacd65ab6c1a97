"""The focus ring must survive a window being deleted while it has the focus: Enter in Qt's file
dialog (accepted, then ``deleteLater``) crashed the app with a segmentation fault, seen in the
real window. Run in a child process, so a crash fails this test instead of ending the run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

PROJECT = Path(__file__).resolve().parents[2]
SCRIPT = """
import faulthandler, sys
from pathlib import Path
faulthandler.enable()
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
from ui import focusring
from ui.filedialogs import PathMode, ask_path

app = QApplication([])
focusring.install(app)
window = QMainWindow()
field = QLineEdit(window)
window.setCentralWidget(field)
window.show()
field.setFocus()
picked = Path(sys.argv[1])
chosen = []
for attempt in range(3):  # a dialog each time, as a researcher picks file after file
    dialog = ask_path(window, "Pick", PathMode.OPEN_FILES, chosen.append)
    QTest.qWait(50)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setFocus()
    QTest.qWait(20)
    QTest.keyClicks(name, str(picked))
    QTest.keyClick(name, Qt.Key.Key_Return)
    QTest.qWait(100)
print(len(chosen), "alive")
"""


def test_enter_in_a_file_dialog_does_not_crash_the_focus_ring(tmp_path: Path) -> None:
    picked = tmp_path / "photo.jpg"
    picked.write_bytes(b"not really a photo")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(PROJECT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(picked)], cwd=PROJECT, env=env, capture_output=True, timeout=120
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    assert done.stdout.decode().strip().endswith("3 alive")
