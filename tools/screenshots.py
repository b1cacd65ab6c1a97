"""Render screenshots of the main screens offscreen into docs/screenshots/ (shown in the README).

Builds a throwaway demo vault in a temporary folder (invented names only), opens the real
windows, and saves each with QWidget.grab(). Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from crypto.secret import SecretStr
from evidence_app import media_service
from evidence_app.model import Role
from evidence_app.vault import Vault
from ui.export_wizard import ExportWizard
from ui.fonts import register_fonts
from ui.jobs import JobRunner
from ui.main_window import MainWindow
from ui.session import Session
from ui.testimony_editor import TestimonyEditor
from ui.unlock import FirstRunDialog, UnlockDialog
from ui.wipe import WipeDialog

OUT = ROOT / "docs" / "screenshots"


def save(widget: QWidget, name: str, width: int = 1100, height: int = 700) -> None:
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))


def wait_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Run the event loop until ``condition()`` holds (jobs report through queued signals)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not finish loading")
        QApplication.processEvents()
        time.sleep(0.01)


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


def main() -> int:
    app = QApplication(sys.argv)
    register_fonts()
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
        t = vault.add_testimony(
            case.id,
            source.id,
            "I was recruited with a promise of a hotel job. At the compound the manager "
            "took our passports. 我们每天工作十二个小时。 ខ្ញុំត្រូវបានគេបោកប្រាស់។",
            place="Phnom Penh",
            language="km",
        )
        vault.mark_redacted(t.id, 76, 88)
        vault.add_note(case.id, "Follow up in March (private note).", private=True)
        vault.add_site(case.id, "Compound K", province="Koh Kong", lat=11.6, lon=102.98, sensitive=True)
        photos = [demo_photo(tmp / f"IMG_{n:04}.jpg", n * 12, gps=n in (1, 3)) for n in range(1, 6)]
        media_service.import_files(vault, case.id, photos)
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

        tab = window.show_media()
        wait_until(lambda: tab.model.rowCount() == 5)
        tab.select_item(tab.model.items[0].id)
        wait_until(lambda: len(tab.model.thumbs) == 5 and tab.canvas.image is not None)
        save(window, "media-tab", 1280, 760)
        tab.right_tabs.setCurrentIndex(1)
        tab.add_box(QRect(180, 125, 120, 100))
        QApplication.processEvents()
        save(window, "media-redact", 1280, 760)

        wizard = ExportWizard(lambda: session.vault, jobs, case.id, parent=window)
        wizard.show()
        wizard.next()
        wait_until(lambda: wizard.dry_run_page.done or bool(wizard.dry_run_page.status.text().startswith("The")))
        save(wizard, "export-dry-run", 820, 600)
        wizard.close()

        wipe = WipeDialog(tmp / "demo", window)
        wipe.word_edit.setText("WIP")
        save(wipe, "wipe-confirmation", 520, 260)
        wipe.close()
        jobs.wait()
        session.lock()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    app.quit()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
