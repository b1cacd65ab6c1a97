"""Detection of ZIP-based documents, the ZIP guard, XML safety and the text renderer's limits."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from evidence_app import media_service as ms
from evidence_app.media import zipguard
from evidence_app.media.base import InvalidMedia, MediaType, NotSanitizable
from evidence_app.media.detect import detect_bytes, detect_type
from evidence_app.media.office import OfficeSanitizer, parse_xml
from evidence_app.media.textpages import check_drawable, render_text
from evidence_app.records.cases import add_case
from evidence_app.records.lookup import search
from evidence_app.vault import Vault

from . import corpus as c


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (c.docx(), MediaType.DOCX),
        (c.xlsx(), MediaType.XLSX),
        (c.pptx(), MediaType.PPTX),
        (c.odt(), MediaType.ODT),
    ],
)
def test_office_types_are_detected_from_the_zip_directory(data: bytes, expected: MediaType) -> None:
    assert detect_type(data[:4096]) is None  # the head alone cannot tell
    assert detect_bytes(data) is expected


def test_other_zips_are_not_documents() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("word/document.xml", "<x/>")  # no [Content_Types].xml: not OOXML
    assert detect_bytes(buffer.getvalue()) is None
    spreadsheet = c.odt().replace(b"opendocument.text", b"opendocument.sheet")
    assert detect_bytes(spreadsheet) is None
    assert detect_bytes(b"PK\x03\x04" + b"\x00" * 100) is None  # no central directory


def test_flac_behind_an_id3_tag_and_rf64_are_recognised(tmp_path: Path) -> None:
    data = c.dirty_flac(tmp_path / "x.flac", leading_id3=True).read_bytes()
    assert detect_type(data[:4096]) is MediaType.MP3
    assert detect_bytes(data) is MediaType.FLAC
    assert detect_bytes(b"RF64\xff\xff\xff\xffWAVEds64") is MediaType.WAV


def test_zip_guard_reads_the_directory_without_decompressing() -> None:
    entries = zipguard.read_directory(c.docx())
    names = {e.name for e in entries}
    assert {"[Content_Types].xml", "word/document.xml", "docProps/core.xml"} <= names
    zipguard.check_limits(entries)


def test_zip_guard_refuses_encrypted_duplicate_and_too_many_entries() -> None:
    data = bytearray(c.docx())
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x01  # "encrypted" flag of the first entry
    with pytest.raises(InvalidMedia, match="encrypted"):
        zipguard.check_limits(zipguard.read_directory(bytes(data)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("[Content_Types].xml", "a")
        with pytest.warns(UserWarning):
            zf.writestr("[Content_Types].xml", "b")
    with pytest.raises(InvalidMedia, match="two parts named"):
        zipguard.read_directory(buffer.getvalue())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for i in range(zipguard.MAX_ENTRIES + 1):
            zf.writestr(f"p{i}", b"")
    with pytest.raises(InvalidMedia, match="parts"):
        zipguard.read_directory(buffer.getvalue())


@pytest.mark.parametrize(
    "xml",
    [
        b'<?xml version="1.0"?><!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>',
        b'<?xml version="1.0"?><!doctype x [<!ENTITY e "e">]><x>&e;</x>',
        b"\xff\xfe<\x00x\x00/\x00>\x00",
    ],
)
def test_unsafe_xml_is_refused_before_parsing(xml: bytes) -> None:
    with pytest.raises(InvalidMedia):
        parse_xml(xml, "DOCX document")


def test_undefined_entities_are_an_error_not_an_expansion() -> None:
    with pytest.raises(InvalidMedia, match="malformed"):
        parse_xml(b"<x>&undefined;</x>", "DOCX document")


def test_khmer_and_chinese_are_drawn_with_the_bundled_fonts() -> None:
    text = "សួស្តី ពិភពលោក\n你好，世界\nXin chào Việt Nam"
    check_drawable(text)
    pages = list(render_text(text))
    assert len(pages) == 1
    darkest = pages[0].getextrema()[0]  # a greyscale page: (min, max) of one band
    assert isinstance(darkest, int) and darkest < 100


def test_text_no_font_can_draw_makes_the_item_not_exportable(vault: Vault, tmp_path: Path) -> None:
    """Thai is in none of the bundled fonts: the working copy would show boxes instead of words,
    so the document is kept sealed, its text stays searchable, and it is not exportable."""
    path = tmp_path / "thai.docx"
    path.write_bytes(c.docx(["สัญญาจ้างงาน นายหน้า", "Latin words too"]))
    try:
        check_drawable("สัญญา")
    except NotSanitizable:
        pass
    else:
        pytest.skip("a system font draws Thai here")
    item, inspection = ms.import_file(vault, add_case(vault, "C").id, path)
    assert item.versions == () and item.not_exportable and "THAI" in item.not_exportable
    assert "สัญญาจ้างงาน" in ms.media_text(vault, item.id)
    assert [h.item_id for h in search(vault, "นายหน้า")] == [item.id]
    assert inspection.facts["text_chars"] != "0"


def test_long_text_is_cut_at_the_page_limit_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    from evidence_app.media import textpages

    monkeypatch.setattr(textpages, "MAX_TEXT_PAGES", 2)
    pages = list(render_text("\n".join(f"line {i}" for i in range(500))))
    assert len(pages) == 2


def test_document_without_text_is_kept_but_not_exportable(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "scan.docx"
    path.write_bytes(
        c.docx(
            document_xml=(
                '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                "<w:body><w:p/></w:body></w:document>"
            ),
            header=False,
        )
    )
    item, _ = ms.import_file(vault, add_case(vault, "C").id, path)
    assert item.versions == () and "no text" in (item.not_exportable or "")
    with pytest.raises(Exception, match="not exportable"):
        ms.export_working(vault, item.id, tmp_path / "out.pdf")


def test_office_working_copy_is_deterministic_and_small() -> None:
    sanitizer = OfficeSanitizer()
    outputs = []
    for _ in range(2):
        buffer = io.BytesIO()
        sanitizer.sanitize(io.BytesIO(c.docx()), buffer)
        outputs.append(buffer.getvalue())
    assert outputs[0] == outputs[1]  # no timestamps, no random document ids
    assert len(outputs[0]) < 400_000
    assert len(pdfium.PdfDocument(outputs[0])) == 1
