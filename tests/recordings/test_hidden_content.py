"""Office content a reader does not see is never drawn onto the flattened working copy.

Each document is built twice: once with hidden content (hidden runs, slides, shapes, sheets,
rows, columns, sections, spans, alt text) and once with that content simply absent. The two
working copies must be byte-identical (the flattened PDF is deterministic), so nothing hidden can
have been drawn, and the inspection must say "hidden content removed".
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest

from evidence_app.media.base import Inspection
from evidence_app.media.office import OfficeSanitizer

from . import corpus as c

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_SVG_NS = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
SECRET = "ZQXHIDDEN"


def _clean(data: bytes) -> tuple[Inspection, bytes]:
    sanitizer = OfficeSanitizer()
    inspection = sanitizer.inspect(io.BytesIO(data))
    out = io.BytesIO()
    sanitizer.sanitize(io.BytesIO(data), out)
    return inspection, out.getvalue()


def _docx(hidden: bool) -> bytes:
    secret = (
        f"<w:r><w:rPr><w:vanish/></w:rPr><w:t>{SECRET} vanished run</w:t></w:r>"
        f'<w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t>{SECRET} styled run</w:t></w:r>'
        if hidden
        else ""
    )
    shown = '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t> shown</w:t></w:r>'
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'
        f"<w:p><w:r><w:t>Visible statement</w:t></w:r>{secret}{shown}</w:p></w:body></w:document>"
    )
    data = c.docx(document_xml=xml, header=False)
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{_W}">'
        '<w:style w:type="character" w:styleId="Base"><w:rPr><w:vanish/></w:rPr></w:style>'
        '<w:style w:type="character" w:styleId="Secret"><w:basedOn w:val="Base"/></w:style>'
        '<w:style w:type="character" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style></w:styles>'
    )
    return _add(data, "word/styles.xml", styles)


def _add(data: bytes, name: str, body: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        dst.writestr(zipfile.ZipInfo(name, (2025, 3, 1, 10, 0, 0)), body.encode())
    return buffer.getvalue()


def _pptx(hidden: bool) -> bytes:
    def shape(text: str, is_hidden: bool = False) -> str:
        flag = ' hidden="1"' if is_hidden else ""
        return (
            f'<p:sp><p:nvSpPr><p:cNvPr id="2" name="t"{flag}/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f"<p:txBody><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp>"
        )

    def slide(body: str, show: bool = True) -> str:
        attr = "" if show else ' show="0"'
        return (
            f'<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:p="{_P}" xmlns:a="{_A}"{attr}><p:cSld>'
            f"<p:spTree>{body}</p:spTree></p:cSld></p:sld>"
        )

    slides = [slide(shape("Recruitment routes") + (shape(f"{SECRET} shape", True) if hidden else ""))]
    if hidden:
        slides.append(slide(shape(f"{SECRET} on a hidden slide"), show=False))
    slides.append(slide(shape("Border crossing")))
    ids = "".join(f'<p:sldId id="{256 + i}" r:id="rId{i + 1}"/>' for i in range(len(slides)))
    presentation = (
        f'<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="{_P}" xmlns:r="{_R}">'
        f"<p:sldIdLst>{ids}</p:sldIdLst></p:presentation>"
    )
    rels = c._rels(*((f"rId{i + 1}", f"{_R}/slide", f"slides/slide{i + 1}.xml", "") for i in range(len(slides))))
    return c._zip(
        [
            (
                "[Content_Types].xml",
                c._content_types(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                    "ppt/presentation.xml",
                ),
            ),
            ("ppt/presentation.xml", presentation),
            ("ppt/_rels/presentation.xml.rels", rels),
            *((f"ppt/slides/slide{i + 1}.xml", body) for i, body in enumerate(slides)),
        ]
    )


def _xlsx(hidden: bool) -> bytes:
    sheets = '<sheet name="Payments" sheetId="1" r:id="rId1"/>'
    if hidden:
        sheets += '<sheet name="H" sheetId="2" state="hidden" r:id="rId2"/>'
        sheets += '<sheet name="V" sheetId="3" state="veryHidden" r:id="rId3"/>'
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_S}" xmlns:r="{_R}">'
        f"<sheets>{sheets}</sheets></workbook>"
    )

    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    rows = f'<row r="1">{cell("A1", "Worker")}{cell("C1", "Fee")}'
    rows += (cell("B1", f"{SECRET} hidden column") if hidden else "") + "</row>"
    if hidden:
        rows += f'<row r="2" hidden="1">{cell("A2", f"{SECRET} hidden row")}</row>'
    rows += f'<row r="3">{cell("A3", "Dara")}</row>'
    cols = '<cols><col min="2" max="2" hidden="1"/></cols>' if hidden else ""
    sheet1 = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_S}">{cols}<sheetData>{rows}</sheetData></worksheet>'
    )
    other = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_S}"><sheetData>'
        f'<row r="1">{cell("A1", f"{SECRET} hidden sheet")}</row></sheetData></worksheet>'
    )
    rels = c._rels(*((f"rId{i}", f"{_R}/worksheet", f"worksheets/sheet{i}.xml", "") for i in (1, 2, 3)))
    return c._zip(
        [
            (
                "[Content_Types].xml",
                c._content_types(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml"
                ),
            ),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", rels),
            ("xl/worksheets/sheet1.xml", sheet1),
            ("xl/worksheets/sheet2.xml", other),
            ("xl/worksheets/sheet3.xml", other),
        ]
    )


def _odt(hidden: bool) -> bytes:
    secret = (
        f"<text:hidden-paragraph>{SECRET} hidden paragraph</text:hidden-paragraph>"
        f'<text:p>Before<text:hidden-text text:string-value="{SECRET} field" text:condition="x"/>after</text:p>'
        f'<text:section text:name="s" text:display="none"><text:p>{SECRET} section</text:p></text:section>'
        f'<text:p text:style-name="PHide">{SECRET} paragraph style</text:p>'
        f'<text:p>Visible<text:span text:style-name="THide">{SECRET} span</text:span> words</text:p>'
        f'<text:p><draw:frame draw:name="photo"><draw:image/><svg:title>{SECRET} title</svg:title>'
        f"<svg:desc>{SECRET} alt text</svg:desc></draw:frame>Caption</text:p>"
        if hidden
        else "<text:p>Beforeafter</text:p><text:p>Visible words</text:p><text:p>Caption</text:p>"
    )
    styles = (
        '<office:automatic-styles><style:style style:name="THide" style:family="text">'
        '<style:text-properties text:display="none"/></style:style>'
        '<style:style style:name="PHide" style:family="paragraph"><style:text-properties text:display="none"/>'
        "</style:style></office:automatic-styles>"
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{_OFFICE_NS}"'
        f' xmlns:text="{_TEXT_NS}" xmlns:style="{_STYLE_NS}" xmlns:draw="{_DRAW_NS}" xmlns:svg="{_SVG_NS}">'
        f"{styles}<office:body><office:text><text:p>Statement</text:p>{secret}</office:text></office:body>"
        "</office:document-content>"
    )
    return c._zip(
        [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content)], stored_first=True
    )


@pytest.mark.parametrize(
    ("build", "kinds"),
    [
        (_docx, ["hidden text run"]),
        (_pptx, ["hidden shape", "hidden slide"]),
        (_xlsx, ["hidden sheet", "very hidden sheet", "hidden row", "hidden column"]),
        (
            _odt,
            ["hidden paragraph", "hidden text field", "hidden section", "display none", "image title(s)/alt text"],
        ),
    ],
    ids=["docx", "pptx", "xlsx", "odt"],
)
def test_hidden_content_is_left_out_and_reported(build: Callable[[bool], bytes], kinds: list[str]) -> None:
    dirty_inspection, dirty_copy = _clean(build(True))
    plain_inspection, plain_copy = _clean(build(False))
    assert SECRET not in dirty_inspection.text
    assert dirty_inspection.text == plain_inspection.text
    # The flattened copy is drawn only from the visible text: identical to the document that
    # never had the hidden content.
    assert dirty_copy == plain_copy
    removed = [f for f in dirty_inspection.findings if f.key == "hidden content removed"]
    assert len(removed) == 1 and removed[0].risky
    for kind in kinds:
        assert kind in dirty_inspection.facts["hidden content removed"], (kind, dirty_inspection.facts)
    assert not [f for f in plain_inspection.findings if f.key == "hidden content removed"]


def test_visible_text_around_hidden_content_is_kept() -> None:
    assert "Visible statement shown" in _clean(_docx(True))[0].text
    text = _clean(_xlsx(True))[0].text
    assert "Worker  |  Fee" in text and "Dara" in text
    text = _clean(_pptx(True))[0].text
    assert "Slide 1\nRecruitment routes" in text and "Slide 2\nBorder crossing" in text
    text = _clean(_odt(True))[0].text
    assert "Visible words" in text and "Beforeafter" in text and "Caption" in text


def _docx_styled(hidden: bool) -> bytes:
    """Text hidden by its *paragraph* style (the style's run properties apply to every run of the
    paragraph), by the document's default paragraph style, and by the document defaults; a run
    that switches it back on directly is shown, and a paragraph whose style and a run's character
    style both say hidden is shown (vanish is a toggle property: set on two style levels, it cancels)."""
    paragraphs = (
        f'<w:p><w:pPr><w:pStyle w:val="Quiet"/></w:pPr><w:r><w:t>{SECRET} paragraph style</w:t></w:r>'
        '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>Switched back on</w:t></w:r></w:p>'
        f"<w:p><w:r><w:t>{SECRET} default paragraph style</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:pStyle w:val="QuietChild"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Hide"/></w:rPr>'
        "<w:t>Two levels cancel</w:t></w:r></w:p>"
        if hidden
        else "<w:p><w:r><w:t>Switched back on</w:t></w:r></w:p><w:p><w:r><w:t>Two levels cancel</w:t></w:r></w:p>"
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'
        f'<w:p><w:pPr><w:pStyle w:val="Loud"/></w:pPr><w:r><w:t>Visible statement</w:t></w:r></w:p>{paragraphs}'
        "</w:body></w:document>"
    )
    data = c.docx(document_xml=xml, header=False)
    if not hidden:
        return data
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{_W}">'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:vanish/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Loud"><w:basedOn w:val="Normal"/>'
        '<w:rPr><w:vanish w:val="0"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Quiet"><w:rPr><w:vanish/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="QuietChild"><w:basedOn w:val="Quiet"/></w:style>'
        '<w:style w:type="character" w:styleId="Hide"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>'
    )
    return _add(data, "word/styles.xml", styles)


def _docx_defaults(hidden: bool) -> bytes:
    """Hidden by the document defaults (``w:docDefaults``): only a run that says otherwise shows."""
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{_W}"><w:body>'
        + (f"<w:p><w:r><w:t>{SECRET} by default</w:t></w:r></w:p>" if hidden else "")
        + '<w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Visible statement</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    data = c.docx(document_xml=xml, header=False)
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{_W}"><w:docDefaults><w:rPrDefault><w:rPr>'
        "<w:vanish/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>"
    )
    return _add(data, "word/styles.xml", styles) if hidden else data


def _xlsx_hidden_values(hidden: bool) -> bytes:
    """Cells a reader does not see although their row, column and sheet are shown: a number format
    of empty sections (``;;;``, the usual way to hide a value) and phonetic runs of an inline string."""
    ns = f'xmlns="{_S}"'
    cells = (
        '<c r="A1" t="inlineStr"><is><t>Worker</t></is></c>'
        + (
            f'<c r="B1" t="inlineStr" s="1"><is><t>{SECRET} no format</t></is></c>'
            f'<c r="C1" s="1"><v>85512345678</v></c>'
            f'<c r="D1" t="inlineStr"><is><t>Dara</t><rPh sb="0" eb="1"><t>{SECRET}</t></rPh></is></c>'
            if hidden
            else '<c r="D1" t="inlineStr"><is><t>Dara</t></is></c>'
        )
        + '<c r="E1" s="2"><v>42</v></c>'
    )
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData><row r="1">{cells}</row>'
        "</sheetData></worksheet>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {ns}>'
        '<numFmts count="2"><numFmt numFmtId="164" formatCode=";;;"/><numFmt numFmtId="165" formatCode="0;-0;;@"/>'
        '</numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/>'
        '<xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>'
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{_R}">'
        '<sheets><sheet name="Payments" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    return c._zip(
        [
            (
                "[Content_Types].xml",
                c._content_types(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml"
                ),
            ),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", c._rels(("rId1", f"{_R}/worksheet", "worksheets/sheet1.xml", ""))),
            ("xl/worksheets/sheet1.xml", sheet),
            ("xl/styles.xml", styles),
        ]
    )


@pytest.mark.parametrize(
    ("build", "kinds", "shown"),
    [
        (_docx_styled, ["hidden text run"], ["Visible statement", "Switched back on", "Two levels cancel"]),
        (_docx_defaults, ["hidden text run"], ["Visible statement"]),
        (_xlsx_hidden_values, ["hidden cell value", "phonetic"], ["Worker", "Dara", "42"]),
    ],
    ids=["docx-paragraph-styles", "docx-defaults", "xlsx-number-format"],
)
def test_content_hidden_by_styles_and_formats_is_left_out(
    build: Callable[[bool], bytes], kinds: list[str], shown: list[str]
) -> None:
    """Hidden not on the run or cell itself but by what it inherits: a paragraph style, the
    default paragraph style, the document defaults; a number format that displays nothing."""
    dirty_inspection, dirty_copy = _clean(build(True))
    plain_inspection, plain_copy = _clean(build(False))
    assert SECRET not in dirty_inspection.text and "85512345678" not in dirty_inspection.text
    for text in shown:
        assert text in dirty_inspection.text, (text, dirty_inspection.text)
    assert dirty_inspection.text == plain_inspection.text
    assert dirty_copy == plain_copy
    for kind in kinds:
        assert kind in dirty_inspection.facts["hidden content removed"], (kind, dirty_inspection.facts)
