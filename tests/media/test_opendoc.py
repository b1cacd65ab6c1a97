"""ODS, ODP and ODG: the text a reader sees as a flattened PDF; hidden sheets/rows/columns/slides,
speaker notes, comments and meta.xml left out."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from evidence_app import media_service as ms
from evidence_app.errors import UnsupportedMedia
from evidence_app.media.base import Category, MediaType
from evidence_app.media.detect import detect_bytes
from evidence_app.media.opendoc import OpenDocumentSanitizer

from .transcript_check import check_transcript

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
META = (
    f"<office:document-meta {NS}><office:meta><meta:initial-creator>ZQXCREATOR Sok</meta:initial-creator>"
    "<meta:generator>ZQXGENERATOR/7.6</meta:generator><dc:creator>ZQXEDITOR</dc:creator></office:meta>"
    "</office:document-meta>"
)


def _odf(mimetype: str, content: str, *, meta: str = META) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first
        z.writestr("content.xml", content)
        z.writestr("meta.xml", meta)
        z.writestr("Thumbnails/thumbnail.png", b"\x89PNG ZQXTHUMB")
    return out.getvalue()


ODS = _odf(
    "application/vnd.oasis.opendocument.spreadsheet",
    f"<office:document-content {NS}><office:automatic-styles>"
    '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>'
    "</style:style></office:automatic-styles><office:body><office:spreadsheet>"
    '<table:table table:name="Payments"><table:table-column/><table:table-column/>'
    '<table:table-column table:visibility="collapse"/>'
    "<table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell>"
    "<table:table-cell><text:p>Amount</text:p></table:table-cell></table:table-row>"
    '<table:table-row><table:table-cell><text:p>Dara</text:p></table:table-cell><table:table-cell office:value="1500">'
    "<text:p>1500</text:p><office:annotation><text:p>ZQXCOMMENT</text:p></office:annotation></table:table-cell>"
    "<table:table-cell><text:p>ZQXHIDDENCOL</text:p></table:table-cell></table:table-row>"
    '<table:table-row table:visibility="collapse"><table:table-cell><text:p>ZQXHIDDENROW</text:p></table:table-cell>'
    '</table:table-row><table:table-row table:number-rows-repeated="1048000"><table:table-cell '
    'table:number-columns-repeated="1024"/></table:table-row></table:table>'
    '<table:table table:name="Ledger" table:style-name="ta2"><table:table-row><table:table-cell>'
    "<text:p>ZQXHIDDENSHEET</text:p></table:table-cell></table:table-row></table:table>"
    "</office:spreadsheet></office:body></office:document-content>",
)
ODP = _odf(
    "application/vnd.oasis.opendocument.presentation",
    f"<office:document-content {NS}><office:automatic-styles>"
    '<style:style style:name="dp2" style:family="drawing-page"><style:drawing-page-properties '
    'presentation:visibility="hidden"/></style:style></office:automatic-styles><office:body><office:presentation>'
    '<draw:page draw:name="one"><draw:frame><draw:text-box><text:p>Recruitment routes</text:p></draw:text-box>'
    "</draw:frame><presentation:notes><draw:frame><draw:text-box><text:p>ZQXNOTES</text:p></draw:text-box>"
    "</draw:frame></presentation:notes></draw:page>"
    '<draw:page draw:name="two" draw:style-name="dp2"><draw:frame><draw:text-box><text:p>ZQXHIDDENSLIDE</text:p>'
    "</draw:text-box></draw:frame></draw:page>"
    '<draw:page draw:name="three"><draw:frame><draw:text-box><text:p>Border crossing at night</text:p>'
    "</draw:text-box></draw:frame></draw:page></office:presentation></office:body></office:document-content>",
)
ODG = _odf(
    "application/vnd.oasis.opendocument.graphics",
    f"<office:document-content {NS}><office:body><office:drawing>"
    '<draw:layer-set><draw:layer draw:name="secret" draw:display="none"/></draw:layer-set>'
    '<draw:page draw:name="p1"><draw:custom-shape><text:p>Map of the camp</text:p></draw:custom-shape>'
    '<draw:custom-shape draw:layer="secret"><text:p>ZQXHIDDENLAYER</text:p></draw:custom-shape></draw:page>'
    "</office:drawing></office:body></office:document-content>",
)
COMMON_SECRETS = ("ZQXCREATOR", "ZQXGENERATOR", "ZQXEDITOR", "ZQXTHUMB")


@pytest.mark.parametrize(
    ("data", "kind", "text", "removed", "secrets"),
    [
        (
            ODS,
            MediaType.ODS,
            "Sheet: Payments\nName  |  Amount\nDara  |  1500",
            ("hidden sheet", "hidden row", "hidden column"),
            ("ZQXCOMMENT", "ZQXHIDDENCOL", "ZQXHIDDENROW", "ZQXHIDDENSHEET"),
        ),
        (
            ODP,
            MediaType.ODP,
            "Slide 1\nRecruitment routes\n\nSlide 3\nBorder crossing at night",
            ("hidden slide", "speaker notes"),
            ("ZQXNOTES", "ZQXHIDDENSLIDE"),
        ),
        (ODG, MediaType.ODG, "Page 1\nMap of the camp", ("hidden layer",), ("ZQXHIDDENLAYER",)),
    ],
    ids=["ods", "odp", "odg"],
)
def test_dirty_opendocument_becomes_a_transcript_of_what_a_reader_sees(
    data: bytes, kind: MediaType, text: str, removed: tuple[str, ...], secrets: tuple[str, ...], tmp_path: Path
) -> None:
    assert detect_bytes(data) is kind
    sanitizer = OpenDocumentSanitizer()
    inspection = sanitizer.inspect(io.BytesIO(data))
    assert inspection.media_type is kind
    assert inspection.text == text
    for kind_removed in removed:
        assert kind_removed in inspection.facts["hidden content removed"], kind_removed
    owners = {f.value for f in inspection.findings if f.category is Category.OWNER}
    assert "ZQXCREATOR Sok" in owners
    out = io.BytesIO()
    assert sanitizer.sanitize(io.BytesIO(data), out).output_type is MediaType.PDF
    check_transcript(out.getvalue(), (*COMMON_SECRETS, *secrets), tmp_path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _odf("application/vnd.oasis.opendocument.spreadsheet", '<!DOCTYPE x [<!ENTITY a "b">]><x/>'),
            "DOCTYPE/ENTITY",
        ),
        (_odf("application/vnd.oasis.opendocument.presentation", "<office:document-content"), "damaged or malformed"),
        (ODS[:200], "ZIP|damaged|truncated|not"),
        (_odf("application/vnd.oasis.opendocument.formula", "<x/>"), "OpenDocument formulas"),
    ],
    ids=["entity", "broken-xml", "truncated", "formula"],
)
def test_broken_or_unsupported_opendocument_is_refused(data: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "file.ods"
    path.write_bytes(data)
    with pytest.raises(UnsupportedMedia, match=message) as refused:
        ms.prepare_import(path)
    assert "\n" not in str(refused.value)


def test_an_empty_drawing_is_kept_sealed(tmp_path: Path) -> None:
    empty = _odf(
        "application/vnd.oasis.opendocument.graphics",
        f'<office:document-content {NS}><office:body><office:drawing><draw:page draw:name="p"/>'
        "</office:drawing></office:body></office:document-content>",
    )
    path = tmp_path / "empty.odg"
    path.write_bytes(empty)
    assert "no text to transcribe" in (ms.prepare_import(path).not_exportable or "")
