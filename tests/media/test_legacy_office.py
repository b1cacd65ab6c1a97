"""Legacy Office (.doc, .xls; .ppt refused): the visible text as a flattened PDF, nothing else."""

from __future__ import annotations

import io
from pathlib import Path

import olefile
import pytest
import xlwt

from evidence_app import media_service as ms
from evidence_app.errors import UnsupportedMedia
from evidence_app.media.base import Category, InvalidMedia, MediaType, NotSanitizable
from evidence_app.media.detect import detect_bytes, unsupported_reason
from evidence_app.media.legacy_office import LegacyOfficeSanitizer

from . import ole_samples
from .transcript_check import check_transcript

SANITIZER = LegacyOfficeSanitizer()
DOC_RUNS = [
    ("Statement of the witness ", ""),
    ("ZQXHIDDENDOC ", "hidden"),
    ('seen at the border. \x13 HYPERLINK "C:\\Users\\ZQXPATH\\map.doc" \x14the map\x15 ', ""),
    ("ZQXDELETEDDOC", "deleted"),
    (" ends here.\r", ""),
]
SECRETS = ("ZQXHIDDENDOC", "ZQXDELETEDDOC", "ZQXPATH", "ZQXCOMMENT", "ZQXAUTHOR", "ZQXEDITOR", "ZQXTITLE")


def dirty_doc() -> bytes:
    return ole_samples.word97(DOC_RUNS, comment="ZQXCOMMENT about the source\r")


def dirty_xls() -> bytes:
    book = xlwt.Workbook()
    sheet = book.add_sheet("Payments")
    for r, row in enumerate((("Name", "Amount"), ("Dara", 1500), ("ZQXHIDDENROW", 9))):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    sheet.row(2).hidden = True
    sheet.write(1, 2, "ZQXHIDDENCOL")
    sheet.col(2).hidden = True
    ledger = book.add_sheet("Ledger")
    ledger.write(0, 0, "ZQXHIDDENSHEET debts")
    ledger.visibility = 1
    secret = book.add_sheet("Secret")
    secret.write(0, 0, "ZQXVERYHIDDEN")
    secret.visibility = 2
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _clean(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    out = io.BytesIO()
    result = SANITIZER.sanitize(io.BytesIO(data), out)
    assert result.output_type is MediaType.PDF
    return out.getvalue(), result.transformations


def test_dirty_word_document_becomes_a_transcript_without_hidden_text(tmp_path: Path) -> None:
    data = dirty_doc()
    with olefile.OleFileIO(io.BytesIO(data)) as ole:  # an independent reader sees what it carries
        assert ole.get_metadata().author == b"ZQXAUTHOR Sok"
    assert detect_bytes(data) is MediaType.DOC
    inspection = SANITIZER.inspect(io.BytesIO(data))
    assert inspection.media_type is MediaType.DOC
    assert "Statement of the witness seen at the border. the map  ends here." in inspection.text
    for secret in SECRETS:
        assert secret not in inspection.text
    owners = {f.value for f in inspection.findings if f.category is Category.OWNER}
    assert {"ZQXAUTHOR Sok", "ZQXEDITOR Dara"} <= owners
    removed = inspection.facts["hidden content removed"]
    assert "hidden text" in removed and "deleted text" in removed and "field instruction" in removed
    clean, steps = _clean(data)
    assert any("hidden content removed" in s for s in steps)
    check_transcript(clean, SECRETS, tmp_path)


def test_dirty_excel_workbook_becomes_a_transcript_of_its_visible_cells(tmp_path: Path) -> None:
    data = dirty_xls()
    assert detect_bytes(data) is MediaType.XLS
    inspection = SANITIZER.inspect(io.BytesIO(data))
    assert inspection.text == "Sheet: Payments\nName  |  Amount\nDara  |  1500"
    removed = inspection.facts["hidden content removed"]
    for kind in ("hidden row", "hidden column", "1 hidden sheet", "very hidden sheet"):
        assert kind in removed
    clean, _ = _clean(data)
    check_transcript(clean, ("ZQXHIDDENROW", "ZQXHIDDENCOL", "ZQXHIDDENSHEET", "ZQXVERYHIDDEN", "Dara"), tmp_path)


def test_a_word_style_that_hides_text_keeps_the_document_sealed() -> None:
    data = dirty_doc()
    # Put a vanish sprm into the style sheet (STSH): this app does not resolve styles.
    word97 = ole_samples.word97(DOC_RUNS)
    assert word97 != data
    import struct

    with olefile.OleFileIO(io.BytesIO(word97)) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        table = ole.openstream("1Table").read()
    stsh = b"\x00" * 10 + struct.pack("<HB", 0x083C, 1)
    struct.pack_into("<II", word, 154 + 8, len(table), len(stsh))
    styled = ole_samples.cfb({"WordDocument": bytes(word), "1Table": table + stsh})
    SANITIZER.inspect(io.BytesIO(styled))
    with pytest.raises(NotSanitizable, match="style that hides text"):
        SANITIZER.sanitize(io.BytesIO(styled), io.BytesIO())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (ole_samples.word97(DOC_RUNS, encrypted=True), "password-protected"),
        (ole_samples.word97(DOC_RUNS, nfib=0x0065), "older than Word 97"),
        (dirty_doc()[:3000], "damaged"),
        (ole_samples.cfb({"PowerPoint Document": b"\x00" * 64}), r"\.ppt.*save it as \.pptx"),
        (ole_samples.cfb({"Contents": b"x"}), "OLE2 compound files other than Word and Excel"),
        (ole_samples.cfb({"Workbook": b"\x09\x08garbage"}), "Excel workbook is damaged"),
    ],
    ids=["encrypted", "word95", "truncated", "ppt", "other-ole", "broken-xls"],
)
def test_truncated_encrypted_or_other_legacy_office_files_are_refused(
    data: bytes, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "file.doc"
    path.write_bytes(data)
    with pytest.raises(UnsupportedMedia, match=message) as refused:
        ms.prepare_import(path)
    assert "\n" not in str(refused.value)


def test_damaged_word_piece_table_is_invalid() -> None:
    data = ole_samples.word97(DOC_RUNS)
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        word = ole.openstream("WordDocument").read()
    broken = ole_samples.cfb({"WordDocument": word, "1Table": b"\x07" * 64})
    with pytest.raises(InvalidMedia, match="piece table"):
        SANITIZER.inspect(io.BytesIO(broken))
    assert unsupported_reason(ole_samples.cfb({"PowerPoint Document": b""})) is not None
