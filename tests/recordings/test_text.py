"""Plain text: the working copy is the visible text drawn into a flattened PDF."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from evidence_app import media_service as ms
from evidence_app.errors import UnsupportedMedia
from evidence_app.media.base import InvalidMedia, MediaType
from evidence_app.media.detect import detect_bytes
from evidence_app.media.text import MAX_TEXT_FILE_BYTES, TextSanitizer

# A transcript with an invisible per-recipient watermark (zero-width characters) and a
# right-to-left override that makes a phone number read backwards.
DIRTY = (
    "Interview 3, Sihanoukville\r\n"
    "W\u200bi\u200ct\u200dn\u2060ess: the broker took our passports\r\n"
    "Number: \u202e87654321\u202c\r\n"
    "Khmer: \u1780\u17d2\u179a\u17bb\u1798\u17a0\u17ca\u17bb\u1793\n"
)


def _clean(data: bytes) -> tuple[bytes, tuple[str, ...], str, dict[str, str]]:
    sanitizer = TextSanitizer()
    inspection = sanitizer.inspect(io.BytesIO(data))
    out = io.BytesIO()
    result = sanitizer.sanitize(io.BytesIO(data), out)
    assert result.output_type is MediaType.PDF
    return out.getvalue(), result.transformations, inspection.text, inspection.facts


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_plain_text_becomes_a_flattened_pdf_without_invisible_characters(encoding: str, tmp_path: Path) -> None:
    data = DIRTY.encode(encoding)
    assert detect_bytes(data) is MediaType.TEXT
    clean, steps, text, facts = _clean(data)
    assert "Witness: the broker took our passports" in text
    assert "\u200b" not in text and "\u202e" not in text
    assert "6 invisible" in facts["hidden content removed"]
    assert any("invisible" in s for s in steps)
    for needle in ("Witness", "passports", "87654321", "Sihanoukville"):
        assert needle.encode() not in clean and needle.encode("utf-16-be") not in clean
    doc = pdfium.PdfDocument(clean)
    try:
        assert len(doc) == 1
        assert doc.get_metadata_dict(skip_empty=True) == {}
        image = doc[0].render(scale=0.5).to_pil().convert("L")
        assert image.getextrema()[0] < 100  # the text is there, as pixels
        assert doc[0].get_textpage().get_text_range().strip() == ""
    finally:
        doc.close()
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo:
        path = tmp_path / "copy.pdf"
        path.write_bytes(clean)
        info = subprocess.run([pdfinfo, str(path)], capture_output=True, check=False, timeout=60)
        assert info.returncode == 0 and re.search(rb"Pages:\s+1\n", info.stdout)


@pytest.mark.parametrize(
    "data",
    [
        b"text with a NUL \x00 inside",
        b"latin-1 caf\xe9 is not UTF-8",
        b"bell \x07 control",
        "\ufeff\u200b\u200b".encode(),  # only invisible characters: nothing to show
    ],
)
def test_not_plain_text_is_refused(data: bytes) -> None:
    assert detect_bytes(data) is not MediaType.TEXT or not data.strip(b"\xef\xbb\xbf\xe2\x80\x8b")
    with pytest.raises(UnsupportedMedia):
        _clean(data)


def test_markup_is_not_plain_text(tmp_path: Path) -> None:
    for name, body, refusal in (
        ("a.svg", "<svg xmlns='x'/>", "not an SVG image"),  # markup, but in no namespace a viewer draws
        ("a.xml", "<?xml?><a/>", "not supported"),
    ):
        path = tmp_path / name
        path.write_text(body)
        with pytest.raises(UnsupportedMedia, match=refusal):
            ms.prepare_import(path)
    for name, body, kind in (
        ("a.html", "<!DOCTYPE html><p>x</p>", MediaType.HTML),  # its own sanitizer: visible text only
        ("b.svg", "<svg xmlns='http://www.w3.org/2000/svg'><rect width='4' height='4'/></svg>", MediaType.SVG),
    ):
        path = tmp_path / name
        path.write_text(body)
        assert ms.prepare_import(path).media_type is kind


def test_text_over_the_size_limit_is_refused() -> None:
    with pytest.raises(InvalidMedia):
        TextSanitizer().inspect(io.BytesIO(b"a" * (MAX_TEXT_FILE_BYTES + 1)))


def test_text_in_another_encoding_is_refused_with_what_to_do(tmp_path: Path) -> None:
    """A transcript that is ASCII for its first pages and Windows-1252 later is text, but not
    UTF-8: the refusal must say so, not that plain text is unsupported."""
    path = tmp_path / "notes.txt"
    path.write_bytes(b"Interview notes, page 1\n" * 300 + "the broker's caf\u00e9 in Sihanoukville\n".encode("cp1252"))
    with pytest.raises(UnsupportedMedia, match=r"cannot be read as UTF-8 or UTF-16.*save it as UTF-8") as refused:
        ms.prepare_import(path)
    assert "\n" not in str(refused.value)
