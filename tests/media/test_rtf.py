"""RTF: the visible text as a flattened PDF; properties, comments, hidden and deleted text left out."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from evidence_app import media_service as ms
from evidence_app.errors import UnsupportedMedia
from evidence_app.media.base import Category, InvalidMedia, MediaType
from evidence_app.media.detect import detect_bytes
from evidence_app.media.rtf import RtfSanitizer

from .transcript_check import check_transcript

DIRTY_RTF = (
    rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 ZQXFONT Arial;}}{\colortbl;\red0\green0\blue0;}"
    rb"{\*\generator ZQXGENERATOR Writer 9;}"
    rb"{\info{\title ZQXTITLE}{\author ZQXAUTHOR Sok}{\operator ZQXOPERATOR}{\company ZQXCOMPANY}"
    rb"{\creatim\yr2026\mo3\dy1\hr10\min5}}"
    rb"\rsid1234567 \pard Statement of the witness: caf\'e9 by the river.\par "
    rb"The broker {\v ZQXHIDDEN }took {\deleted ZQXDELETED}our passports.\par "
    rb"Khmer: \u6016?\u6098?\u6042?.\par "
    rb"{\field{\*\fldinst HYPERLINK \"C:\\Users\\ZQXPATH\"}{\fldrslt the map}}\par "
    rb"{\*\annotation{\*\atnauthor ZQXCOMMENTER} ZQXCOMMENT text}"
    rb"{\pict\pngblip\bin8 {{}}\}\\x}"
    rb"\tab Fee\cell 500 USD\row }"
)
SECRETS = (
    "ZQXFONT",
    "ZQXGENERATOR",
    "ZQXTITLE",
    "ZQXAUTHOR",
    "ZQXOPERATOR",
    "ZQXCOMPANY",
    "ZQXHIDDEN",
    "ZQXDELETED",
    "ZQXPATH",
    "ZQXCOMMENT",
)


def test_dirty_rtf_becomes_a_transcript_of_its_visible_text(tmp_path: Path) -> None:
    assert detect_bytes(DIRTY_RTF) is MediaType.RTF
    sanitizer = RtfSanitizer()
    inspection = sanitizer.inspect(io.BytesIO(DIRTY_RTF))
    assert inspection.text == (
        "Statement of the witness: caf\u00e9 by the river.\nThe broker took our passports.\n"
        "Khmer: \u1780\u17d2\u179a.\nthe map\n\tFee\t500 USD"
    )
    for secret in SECRETS:
        assert secret not in inspection.text
    removed = inspection.facts["hidden content removed"]
    for kind in ("hidden text", "deleted text", "comment", "field instruction"):
        assert kind in removed, (kind, removed)
    by_key = {f.key: f for f in inspection.findings}
    assert by_key["info author"].value == "ZQXAUTHOR Sok" and by_key["info author"].category is Category.OWNER
    assert by_key["info creatim"].value == "2026-3-1-10-5"
    assert "revision session ids (rsid)" in by_key and "generator" in by_key
    out = io.BytesIO()
    assert sanitizer.sanitize(io.BytesIO(DIRTY_RTF), out).output_type is MediaType.PDF
    check_transcript(out.getvalue(), SECRETS, tmp_path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"{\\rtf1" + b"{" * 600 + b"x" + b"}" * 600 + b"}", "nested more than 500"),
        (b"{\\rtf1{\\info{\\author only properties}}}", "no text to transcribe"),
        (b"{\\rtf1\\ansi \\pard ", ""),  # truncated: what there is, is shown
    ],
    ids=["too-deep", "no-text", "truncated"],
)
def test_hostile_empty_or_truncated_rtf(data: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "file.rtf"
    path.write_bytes(data + (b"Truncated st" if not message else b""))
    if not message:
        prepared = ms.prepare_import(path)
        assert prepared.working is not None and prepared.inspection.text == "Truncated st"
        return
    if "nested" in message:
        with pytest.raises(UnsupportedMedia, match=message) as refused:
            ms.prepare_import(path)
        assert "\n" not in str(refused.value)
    else:
        assert ms.prepare_import(path).not_exportable is not None
    with pytest.raises(InvalidMedia, match="not an RTF"):
        RtfSanitizer().inspect(io.BytesIO(b"plain"))
