"""Render screenshots of the main screens offscreen into docs/screenshots/ (shown in the README).

Builds a throwaway demo vault in a temporary folder (invented names only), opens the real
windows, and saves each with QWidget.grab(). Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QWidget

from crypto.secret import SecretStr
from evidence_app.model import Role
from evidence_app.vault import Vault
from ui.jobs import JobRunner
from ui.main_window import MainWindow
from ui.session import Session
from ui.testimony_editor import TestimonyEditor
from ui.unlock import FirstRunDialog, UnlockDialog

OUT = ROOT / "docs" / "screenshots"


def save(widget: QWidget, name: str, width: int = 1100, height: int = 700) -> None:
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))


def main() -> int:
    app = QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ev-shots-"))
    try:
        jobs = JobRunner()
        save(FirstRunDialog(tmp / "new", jobs), "first-run", 560, 460)
        vault, _ = Vault.create(tmp / "demo", SecretStr("demo passphrase only"), author="Demo Researcher")
        case = vault.add_case("Compound K, Koh Kong (demo)", "Invented demo case for screenshots.")
        vault.add_case("Border crossing interviews (demo)")
        source = vault.add_person("Demo Source", aliases=["演示"], phones=["+855 12 000 000"])
        vault.add_person("Demo Official", role=Role.OFFICIAL, protected=False)
        t = vault.add_testimony(case.id, source.id,
                                "I was recruited with a promise of a hotel job. At the compound the manager "
                                "took our passports. 我们每天工作十二个小时。 ខ្ញុំត្រូវបានគេបោកប្រាស់។",
                                place="Phnom Penh", language="km")
        vault.mark_redacted(t.id, 76, 88)
        vault.add_note(case.id, "Follow up in March (private note).", private=True)
        vault.add_site(case.id, "Compound K", province="Koh Kong", lat=11.6, lon=102.98, sensitive=True)
        vault.close()
        unlock = UnlockDialog(tmp / "demo", jobs)
        save(unlock, "unlock", 480, 260)
        session = Session()
        session.start(Vault.open(tmp / "demo", SecretStr("demo passphrase only")))
        window = MainWindow(session)
        window.select_case(case.id)
        save(window, "main-window")
        editor = TestimonyEditor(lambda: session.vault, t.id)
        save(editor, "testimony-editor", 900, 600)
        editor.close()
        session.lock()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    app.quit()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
