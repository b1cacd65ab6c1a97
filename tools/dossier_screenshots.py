"""Render the pages of a demo dossier to docs/screenshots/dossier-page-N.png (with pdftoppm).

Builds a throwaway vault in a temporary folder (invented names and texts only; one real phone
photo from ../shared/samples/exif-samples when it is there, cleaned by the import and shown
downscaled), exports its demo case through the real export service, and rasterises dossier.pdf at
60 dpi. Run:
.venv/bin/python tools/dossier_screenshots.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.sites import add_site
from evidence_app.records.testimonies import add_testimony

ROOT = Path(__file__).resolve().parents[1]
CAMERA_SAMPLE = ROOT.parent / "shared" / "samples" / "exif-samples" / "jpg" / "mobile" / "jolla.jpg"
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw

from crypto.secret import SecretStr
from evidence_app.export import prepare
from evidence_app.export.collect import ExportOptions
from evidence_app.export.formats import DOSSIER_PDF
from evidence_app.media_service import import_file
from evidence_app.model import Role
from evidence_app.vault import Vault

TRANSCRIPT = """Q: How did you hear about the job?
A: A woman in my village said a hotel in Sihanoukville paid 800 dollars a month.

Q: What happened when you arrived?
A: They took our passports at the gate. We worked from eight in the morning until midnight.

Q: ខ្មែរ: តើអ្នកធ្វើការនៅទីនោះប៉ុន្មានខែ?
A: ប្រាំមួយខែ។ ពួកគេមិនឱ្យយើងចេញក្រៅទេ។

Q: ผู้หญิงคนนั้นพูดว่าอะไร?
A: เธอบอกว่าที่นี่ไม่ได้ปลอดภัย

Q: 你在园区里做什么工作?
A: 我们被迫用假账号诈骗别人。

Q: Arabic interpreter's note:
اللغة العربية: قالت إنها لم تحصل على أجرها منذ ثلاثة أشهر.
"""


def _photo(path: Path, colour: tuple[int, int, int], size: tuple[int, int]) -> Path:
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    for x in range(0, size[0], 80):
        draw.line((x, 0, x, size[1]), fill=(230, 230, 230), width=6)
    image.save(path, "JPEG", quality=85)
    return path


def main() -> int:
    out_dir = ROOT / "docs" / "screenshots"
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        print("pdftoppm (poppler-utils) is needed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        vault, _ = Vault.create(tmp / "vault", SecretStr("demo passphrase for screenshots only"), author="Demo")
        with vault:
            case = add_case(
                vault,
                "Recruitment into a scam compound (demo)",
                "Invented demo case. Four workers describe recruitment through a travel agency,\n"
                "confiscated passports and forced online fraud work.",
            )
            source = add_person(vault, "Demo Person", pseudonym="Source A", case_id=case.id)
            add_person(vault, "Demo Official", role=Role.OFFICIAL, protected=False, case_id=case.id)
            add_testimony(
                vault,
                case.id,
                source.id,
                TRANSCRIPT,
                interview_date=dt.date(2024, 3, 1),
                place="Phnom Penh",
                language="Khmer, English",
                summary="Recruited with a hotel job offer; six months in a compound.",
            )
            add_site(vault, case.id, "Compound building C", "Demo town", "Preah Sihanouk", 10.6, 103.5, sensitive=True)
            add_site(vault, case.id, "Provincial court", "Kampot", "Kampot", 10.6, 104.2)
            for n, (colour, size) in enumerate([((70, 110, 160), (1200, 800)), ((150, 90, 60), (3000, 4000))]):
                path = _photo(tmp / f"p{n}.jpg", colour, size)
                caption = ["The gate of the compound", "Dormitory, second floor"][n]
                if n == 1 and CAMERA_SAMPLE.is_file():  # a real phone photo (EXIF, GPS), shown downscaled
                    path = tmp / "camera.jpg"
                    path.write_bytes(CAMERA_SAMPLE.read_bytes())
                    caption = "Leaf by the dormitory wall (a sample phone photo, 3264x2448, shown downscaled)"
                import_file(vault, case.id, path, caption=caption)
            prepared = prepare(vault, case.id, ExportOptions(), today=dt.date(2025, 6, 1))
            if prepared.findings:
                print("\n".join(f.describe() for f in prepared.findings), file=sys.stderr)
                return 1
            pdf = next(f.data for f in prepared.files if f.path == DOSSIER_PDF)
        (tmp / "dossier.pdf").write_bytes(pdf)
        for old in out_dir.glob("dossier-page-*.png"):
            old.unlink()
        subprocess.run(
            [pdftoppm, "-r", "60", "-png", str(tmp / "dossier.pdf"), str(out_dir / "dossier-page")], check=True
        )
    for page in sorted(out_dir.glob("dossier-page-*.png")):
        print(page.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
