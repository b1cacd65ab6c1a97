"""dossier.pdf as its readers get it: every script back out of pdftotext and pdfium as typed,
a Khmer protected name caught by the leak gate IN the PDF, subset fonts, JPEGs passed through,
language tags, right-to-left Arabic, metadata limited to title and producer, same bytes twice."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pikepdf
import pypdfium2
import pytest
from PIL import Image

from evidence_app.export import pdfdoc, prepare
from evidence_app.export.collect import Dossier, ExportOptions
from evidence_app.export.formats import DOSSIER_PDF
from evidence_app.media_service import import_file
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from evidence_app.resources import resource_path
from evidence_app.vault import Vault

from .inspect_bundle import PDFTOTEXT

pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext (poppler-utils)")

# One line per script; Khmer with a pre-base vowel and coeng clusters, Thai with tone marks above
# vowels, Burmese with medials and asat: exactly what glyph-order text extraction gets wrong.
SCRIPTS = {
    "latin": "She was promised a job in a hotel, then the office took her passport.",
    "khmer": "ខ្មែរ ភាសាខ្មែរ ស្ត្រី ពលករ ជួញដូរ",
    "thai": "ผู้หญิง น้ำ ที่นี่ ไม่ได้",
    "burmese": "မြန်မာဘာသာ ကျွန်ုပ်",
    "arabic": "اللغة العربية مرحبا بكم",
    "vietnamese": "Tiếng Việt: người phụ nữ bị lừa đảo",
    "chinese": "中文 受害者 诈骗园区",
}
LANGS = {"khmer": "km", "thai": "th", "burmese": "my", "arabic": "ar", "vietnamese": "vi", "chinese": "zh"}
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _norm(text: str) -> str:
    """NFKC, bidi embedding marks (poppler wraps right-to-left lines in them) and whitespace
    differences (line ends) removed."""
    text = _BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text))
    return " ".join(text.split())


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "dossier.pdf"
    path.write_bytes(pdf)
    assert PDFTOTEXT is not None
    return subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode()


def _pdfium(pdf: bytes) -> str:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def _photo(path: Path, size: tuple[int, int] = (640, 480)) -> Path:
    Image.new("RGB", size, (90, 120, 200)).save(path, "JPEG", quality=80)
    return path


def _case(vault: Vault, tmp_path: Path, photo_size: tuple[int, int] = (640, 480)) -> str:
    case = add_case(vault, "Multilingual case", "Testimonies in every language of the field.")
    person = add_person(vault, "Nobody Real", pseudonym="Source K", case_id=case.id)
    transcript = "\n\n".join(f"Q: {name}?\n{text}" for name, text in SCRIPTS.items())
    add_testimony(vault, case.id, person.id, transcript, interview_date=dt.date(2024, 5, 2), language="several")
    import_file(vault, case.id, _photo(tmp_path / "p.jpg", photo_size), caption="The compound gate at night")
    return case.id


def _pdf_of(vault: Vault, case_id: str) -> bytes:
    prepared = prepare(vault, case_id, ExportOptions(), today=dt.date(2025, 6, 1))
    assert not prepared.findings, prepared.findings
    return next(f.data for f in prepared.files if f.path == DOSSIER_PDF)


def test_every_script_comes_back_out_as_typed(vault: Vault, tmp_path: Path) -> None:
    pdf = _pdf_of(vault, _case(vault, tmp_path))
    poppler, pdfium = _norm(_pdftotext(pdf, tmp_path)), _norm(_pdfium(pdf))
    for name, text in SCRIPTS.items():
        assert _norm(text) in poppler, f"pdftotext: {name}"
        assert _norm(text) in pdfium, f"pdfium: {name}"
    assert "ខ្មែរ" in poppler and "ែខរ" not in poppler  # the issue's own example


def test_a_khmer_protected_name_in_the_pdf_is_caught(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the PDF ever laid out from unredacted text, the gate reads the name in the PDF."""
    case_id = _case(vault, tmp_path)
    add_person(vault, "Chan Sophea", transliterations=["ចាន់ សុភា"], pseudonym="Source Q", case_id=case_id)
    real = pdfdoc.render_pdf

    def leaky(d: Dossier, fingerprint: str, images: dict[str, object]) -> bytes:
        first = dataclasses.replace(d.testimonies[0], transcript="ខ្ញុំឈ្មោះ ចាន់ សុភា")
        return real(dataclasses.replace(d, testimonies=(first,)), fingerprint, images)  # type: ignore[arg-type]

    monkeypatch.setattr(pdfdoc, "render_pdf", leaky)
    prepared = prepare(vault, case_id, ExportOptions())
    assert [f.where for f in prepared.findings] == ["dossier.pdf text"]


def test_fonts_are_subset_and_jpegs_pass_through(vault: Vault, tmp_path: Path) -> None:
    case_id = _case(vault, tmp_path)
    pdf = _pdf_of(vault, case_id)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        font_bytes = 0
        for obj in doc.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
                assert re.match(r"^/[A-Z]{6}\+", str(obj.FontName)), obj.FontName  # a subset tag
                font_bytes += len(obj.FontFile2.read_raw_bytes())
        whole = sum((resource_path("fonts") / f).stat().st_size for f in ("NotoSans-Regular.ttf",))
        assert 0 < font_bytes < whole
        images = [img for page in doc.pages for img in page.get_images().values()]
        assert len(images) == 1 and images[0].Filter == "/DCTDecode"
        shown = images[0].read_raw_bytes()
    media = [m for m in prepare(vault, case_id, ExportOptions()).collected.dossier.media]
    assert shown == media[0].data  # the working copy's own bytes, not a re-encoding


def test_a_large_photo_is_shown_as_a_downscaled_copy(vault: Vault, tmp_path: Path) -> None:
    pdf = _pdf_of(vault, _case(vault, tmp_path, photo_size=(4000, 3000)))
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        (image,) = [img for page in doc.pages for img in page.get_images().values()]
        assert (int(image.Width), int(image.Height)) == (1600, 1200) and image.Filter == "/DCTDecode"


def test_language_tags_rtl_and_metadata(vault: Vault, tmp_path: Path) -> None:
    pdf = _pdf_of(vault, _case(vault, tmp_path))
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert set(doc.docinfo.keys()) == {"/Title", "/Producer"}
        assert "/Metadata" not in doc.Root
        content = b"".join(
            page.Contents.read_bytes()
            if isinstance(page.Contents, pikepdf.Stream)
            else b"".join(c.read_bytes() for c in page.Contents)
            for page in doc.pages
        )
    for lang in LANGS.values():
        assert f"/Lang ({lang})".encode() in content, lang
    # Arabic is set right to left and right-aligned: its line ends at the right margin.
    page_doc = pypdfium2.PdfDocument(pdf)
    try:
        for i in range(len(page_doc)):
            page = page_doc[i]
            textpage = page.get_textpage()
            found = textpage.search(SCRIPTS["arabic"].split()[0]).get_next()
            if found:
                index, count = found
                right = max(textpage.get_charbox(index + k)[2] for k in range(count))
                assert right > page.get_width() - 72 * 18 / 25.4 - 60  # near the right margin (pt)
                break
        else:
            pytest.fail("the Arabic paragraph was not found")
    finally:
        page_doc.close()


def test_same_case_same_day_renders_the_same_pdf(vault: Vault, tmp_path: Path) -> None:
    case_id = _case(vault, tmp_path)
    assert _pdf_of(vault, case_id) == _pdf_of(vault, case_id)


def test_blank_lines_and_layout(vault: Vault, tmp_path: Path) -> None:
    pdf = _pdf_of(vault, _case(vault, tmp_path))
    text = _pdftotext(pdf, tmp_path)
    assert "Contents" in text and "Custody" in text
    assert (
        "The compound gate at night" in text
        and "0001.jpg" not in text.split("Photos and files")[-1].split("The compound gate at night")[0]
    )
    assert "Testimony T1: Source K" in text
    assert re.search(r"page 1 of \d+", text)
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm:  # every page renders
        subprocess.run([pdftoppm, "-r", "30", "-png", str(tmp_path / "dossier.pdf"), str(tmp_path / "pg")], check=True)
        assert list(tmp_path.glob("pg*.png"))
