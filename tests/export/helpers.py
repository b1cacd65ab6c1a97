"""The export tests' case: protected and public persons, testimonies, notes, sites, dirty photos.

Every string that must never leave the vault is collected in ``Scenario.secrets``; every string
that must leave (public names, ordinary text in several scripts) in ``Scenario.public``.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

from evidence_app.media_service import import_file
from evidence_app.model import Role
from evidence_app.records.cases import add_case
from evidence_app.records.notes import add_note
from evidence_app.records.persons import add_person
from evidence_app.records.sites import add_site
from evidence_app.records.testimonies import add_testimony, mark_redacted
from evidence_app.vault import Vault

EXIFTOOL = shutil.which("exiftool")

# Protected person 1 (Latin + Khmer script), person 2 (Chinese + Latin).
SOK_DARA = "Sok Dara"
SOK_DARA_KM = "សុខ ដារា"
WANG_MING_ZH = "王明"
WANG_MING = "Wang Ming"
WANG_EMAIL = "wang.ming@example.org"
PHONE_KH = "+855 12 345 678"
PHONE_TH = "+66 81 234 5678"
# Public persons (keep their names).
PUBLIC_LATIN = "Chan Vuthy"
PUBLIC_ZH = "李华"
# Private / withheld text.
PRIVATE_NOTE = "PRIVATENOTEMARKER hides with her aunt"
MANUAL_SECRET = "behind the blue pagoda gate"
SITE_NAME = "Golden Star Karaoke"
SITE_TOWN = "Tuek Chhou"
SITE_PROVINCE = "Kampot"
SITE_LAT, SITE_LON = 10.61234, 104.18123
# Dirty photo metadata markers.
EXIF_ARTIST = "ArtistMarkerQx"
EXIF_SERIAL = "SerialMarker9917"
XMP_CREATOR = "XmpCreatorMarkerZz"
GPS_TEXT = ("10.62345", "103.52345", "10 deg 37")
# Ordinary text in several scripts that must survive into every artefact, including the PDF.
KHMER_TEXT = "ពលករ ជួញដូរ"  # no vowel-sign ligatures: survives PDF text extraction
THAI_TEXT = "กรุงเทพมหานคร"
CHINESE_TEXT = "工厂"

TRANSCRIPT = (
    f"My name is {SOK_DARA} ({SOK_DARA_KM}). Call me on 012 345 678 or 85512345678.\n"
    f"The broker {WANG_MING} ({WANG_MING_ZH}) kept my passport; his number is {PHONE_TH}, mail {WANG_EMAIL}.\n"
    f"We were kept at {SITE_NAME} in {SITE_TOWN}, {MANUAL_SECRET}, for three months.\n"
    f"Official {PUBLIC_LATIN} and {PUBLIC_ZH} signed the papers. Another number: +855 97 765 4321.\n\n"
    f"{KHMER_TEXT} {THAI_TEXT} {CHINESE_TEXT} <b>not markup</b> & done."
)


@dataclass
class Scenario:
    case_id: str
    testimony_id: str
    media_ids: list[str]
    withheld_media_id: str
    secrets: list[str] = field(default_factory=list)
    public: list[str] = field(default_factory=list)


_DIRTY: dict[tuple[int, int, int], bytes] = {}


def dirty_jpeg(path: Path, colour: tuple[int, int, int]) -> Path:
    """A JPEG carrying EXIF (artist, make), GPS, a serial number and XMP. Made once per colour
    (exiftool's start-up is slow), then copied."""
    if colour not in _DIRTY:
        _DIRTY[colour] = _make_dirty_jpeg(path, colour)
    path.write_bytes(_DIRTY[colour])
    return path


def _make_dirty_jpeg(path: Path, colour: tuple[int, int, int]) -> bytes:
    image = Image.new("RGB", (120, 80), colour)
    ImageDraw.Draw(image).rectangle((10, 10, 50, 40), fill=(250, 250, 250))
    exif = Image.Exif()
    exif[0x013B] = EXIF_ARTIST  # Artist
    exif[0x010F] = "DirtyCam"  # Make
    buf = io.BytesIO()
    image.save(buf, "JPEG", exif=exif.tobytes(), quality=85)
    path.write_bytes(buf.getvalue())
    if EXIFTOOL:
        subprocess.run(
            [
                EXIFTOOL,
                "-q",
                "-overwrite_original",
                f"-GPSLatitude={GPS_TEXT[0]}",
                "-GPSLatitudeRef=N",
                f"-GPSLongitude={GPS_TEXT[1]}",
                "-GPSLongitudeRef=E",
                f"-SerialNumber={EXIF_SERIAL}",
                f"-XMP-dc:Creator={XMP_CREATOR}",
                str(path),
            ],
            check=True,
            capture_output=True,
        )
    return path.read_bytes()


def build_case(vault: Vault, tmp: Path) -> Scenario:
    case = add_case(vault, f"Compound case of {SOK_DARA}", f"Recruitment through {WANG_MING}; see {PHONE_KH}.")
    dara = add_person(
        vault, SOK_DARA, transliterations=[SOK_DARA_KM], phones=[PHONE_KH], pseudonym="Source A", case_id=case.id
    )
    wang = add_person(
        vault,
        WANG_MING_ZH,
        aliases=[WANG_MING],
        phones=[PHONE_TH],
        emails=[WANG_EMAIL],
        role=Role.PERPETRATOR,
        pseudonym="Broker B",
        case_id=case.id,
    )
    add_person(vault, PUBLIC_LATIN, role=Role.OFFICIAL, protected=False, case_id=case.id)
    add_person(vault, PUBLIC_ZH, role=Role.OFFICIAL, protected=False, case_id=case.id)
    testimony = add_testimony(
        vault,
        case.id,
        dara.id,
        TRANSCRIPT,
        interview_date=dt.date(2024, 3, 1),
        place=f"Phnom Penh, near {SITE_TOWN}",
        interviewer="Interviewer Marker Kim",
        language="Khmer",
        summary=f"{SOK_DARA} describes debt bondage; {WANG_MING_ZH} is the broker.",
    )
    start = TRANSCRIPT.index(MANUAL_SECRET)
    mark_redacted(vault, testimony.id, start, start + len(MANUAL_SECRET))
    add_note(vault, case.id, PRIVATE_NOTE, dara.id, private=True)
    add_note(vault, case.id, f"Follow up with {PUBLIC_LATIN}; {WANG_MING} was seen again.", wang.id)
    add_site(vault, case.id, SITE_NAME, SITE_TOWN, SITE_PROVINCE, SITE_LAT, SITE_LON, sensitive=True)
    add_site(vault, case.id, "Provincial Court", "Kampot", "Kampot", 10.6, 104.2)
    media_ids = []
    for n, colour in enumerate([(200, 40, 40), (40, 160, 60)], start=1):
        path = dirty_jpeg(tmp / f"{SOK_DARA.replace(' ', '-')}-passport-{n}.jpg", colour)
        item, _ = import_file(vault, case.id, path, caption=f"{SOK_DARA} at the gate, call {PHONE_KH}")
        media_ids.append(item.id)
    withheld_path = dirty_jpeg(tmp / "withheld.jpg", (10, 10, 200))
    withheld, _ = import_file(vault, case.id, withheld_path, caption="EXCLUDEDPHOTOMARKER")
    vault.conn.execute("UPDATE media SET not_exportable = ? WHERE id = ?", ("faces not yet blurred", withheld.id))
    return Scenario(
        case_id=case.id,
        testimony_id=testimony.id,
        media_ids=media_ids,
        withheld_media_id=withheld.id,
        secrets=[
            SOK_DARA,
            "Dara Sok",
            SOK_DARA_KM,
            WANG_MING_ZH,
            WANG_MING,
            WANG_EMAIL,
            PHONE_KH,
            "012 345 678",
            "85512345678",
            "12 345 678",
            PHONE_TH,
            "81 234 5678",
            "+855 97 765 4321",
            PRIVATE_NOTE,
            "PRIVATENOTEMARKER",
            MANUAL_SECRET,
            SITE_NAME,
            SITE_TOWN,
            "Interviewer Marker Kim",
            EXIF_ARTIST,
            EXIF_SERIAL,
            XMP_CREATOR,
            "DirtyCam",
            *GPS_TEXT,
            "10.61234",
            "104.18123",
            "passport-1",
            "EXCLUDEDPHOTOMARKER",
        ],
        public=[PUBLIC_LATIN, PUBLIC_ZH, "Source A", "Broker B", "Kampot", KHMER_TEXT, THAI_TEXT, CHINESE_TEXT],
    )
