"""Office documents (DOCX, XLSX, PPTX, ODT): sealed original, text for search, a text-only PDF.

Office files carry author and editor names, company, template paths, editing time, revision
session ids, tracked changes with their authors, comments, embedded photos (with their own EXIF),
thumbnails, macros and links to file paths such as ``C:\\Users\\<name>\\...``. No Office
renderer is available to this app, so the working copy is a *text transcript*: the visible text
(body, tables, headers/footers and footnotes of a DOCX; cell values of an XLSX; slide text of a
PPTX; the body of an ODT) drawn as page images and built into a flattened PDF, exactly like a
flattened PDF (``pdf.build_pdf``). Layout, images and formatting are not reproduced; the
transformations of the item say so.

What never reaches the working copy or the search text: deleted tracked changes, comments,
speaker notes, field codes, metadata, embedded objects and images, and content a reader of the
document does not see: DOCX runs formatted hidden (``w:vanish``, directly, by character or
paragraph style, or by the document defaults), PPTX hidden slides and shapes, XLSX hidden/very
hidden sheets, hidden rows and columns, values a number format shows as nothing (``;;;``) and
phonetic readings, ODT hidden paragraphs,
hidden-text fields, sections and spans with ``text:display="none"``, image titles and alt text.
What was left out is counted in the inspection ("hidden content removed").

Safety: the ZIP is checked from its central directory before anything is decompressed
(``zipguard``), every XML part is capped in size, and XML with a DOCTYPE or ENTITY declaration is
refused before parsing (entity expansion bombs and external entities are then impossible; the
expat parser is never given a DTD).
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO, ClassVar

from .base import Category, Finding, Inspection, InvalidMedia, MediaType, NotSanitizable, Sanitizer, SanitizeResult
from .pdf import build_pdf, encode_page
from .photo_limits import guarded, read_limited
from .tags import finding, shorten, structure
from .textpages import PAGE_HEIGHT_PT, PAGE_WIDTH_PT, render_text
from .transcript import Hidden as _Hidden  # one counter of left-out content for every transcript
from .zipguard import ZipReader

MAX_OFFICE_BYTES = 200 * 1024 * 1024
MAX_XML_BYTES = 32 * 1024 * 1024
MAX_TEXT_CHARS = 5_000_000
MAX_SHEET_CELLS = 2_000_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"

_NAMES = {
    MediaType.DOCX: "DOCX document",
    MediaType.XLSX: "XLSX spreadsheet",
    MediaType.PPTX: "PPTX presentation",
    MediaType.ODT: "ODT document",
}


def parse_xml(raw: bytes, what: str) -> ET.Element:
    """Parse one XML part safely, or refuse it."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or raw[:1] == b"\x00" or raw[1:2] == b"\x00":
        raise InvalidMedia(f"the {what} uses UTF-16 XML, which is not supported")
    upper = raw.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        # Office formats never use a DTD. With none, expat knows only the five predefined
        # entities: no expansion bomb, no external entity, no network or file access.
        raise InvalidMedia(f"the {what} contains an XML DOCTYPE/ENTITY declaration; refused")
    with guarded(what):
        return ET.fromstring(raw)  # noqa: S314  (DTDs refused above)


class _Doc:
    def __init__(self, data: bytes, media_type: MediaType) -> None:
        self.media_type = media_type
        self.what = _NAMES[media_type]
        self.zip = ZipReader(data, self.what)

    def xml(self, name: str) -> ET.Element:
        return parse_xml(self.zip.read(name, MAX_XML_BYTES), self.what)

    def optional_xml(self, name: str) -> ET.Element | None:
        return self.xml(name) if self.zip.has(name) else None

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (resolved target part, target mode) for a part."""
        folder, base = posixpath.split(part)
        root = self.optional_xml(posixpath.join(folder, "_rels", base + ".rels"))
        found: dict[str, tuple[str, str]] = {}
        if root is None:
            return found
        for rel in root.iter(f"{_PR}Relationship"):
            target = rel.get("Target", "")
            mode = rel.get("TargetMode", "Internal")
            if mode != "External":
                target = posixpath.normpath(posixpath.join(folder, target)).lstrip("/")
            found[rel.get("Id", "")] = (target, mode)
        return found


# ---------------------------------------------------------------------------------------------
# Text extraction, one function per format


def _on(element: ET.Element | None, attr: str = f"{_W}val") -> bool:
    """An OOXML on/off property: present and not explicitly switched off."""
    return element is not None and element.get(attr, "true").lower() not in ("0", "false", "off")


_SHAPES = frozenset(
    f"{{http://schemas.openxmlformats.org/presentationml/2006/main}}{name}"
    for name in ("sp", "grpSp", "graphicFrame", "pic", "cxnSp", "contentPart")
)


def _hidden_shape(element: ET.Element) -> bool:
    """A slide shape whose non-visual properties say ``hidden="1"`` (not drawn in a slide show)."""
    for child in element:
        if child.tag.endswith("Pr") and child.tag.rsplit("}", 1)[-1].startswith("nv"):
            c_nv = child.find("{http://schemas.openxmlformats.org/presentationml/2006/main}cNvPr")
            if c_nv is None:
                c_nv = next((e for e in child if e.tag.endswith("}cNvPr")), None)
            return c_nv is not None and c_nv.get("hidden", "0").lower() in ("1", "true")
    return False


def _switch(props: ET.Element | None) -> bool | None:
    """``w:vanish`` of a run-properties element: True/False when it says, None when it does not."""
    if props is None:
        return None
    element = props.find(f"{_W}vanish")
    if element is None:
        element = props.find(f"{_W}specVanish")
    return None if element is None else _on(element)


@dataclass(frozen=True)
class _DocxStyles:
    """What hides a run in WordprocessingML, resolved from styles.xml (ECMA-376 17.7.2/17.7.3).

    Direct formatting decides when it says anything; else the style levels: the paragraph's style
    (or the default paragraph style) and the run's character style, each resolved through its
    ``basedOn`` chain (the nearest explicit value wins). ``vanish`` is a toggle property: set on
    both levels it cancels out, as Word shows it. When no style says anything, the document
    defaults (``w:docDefaults``) decide."""

    character: dict[str, bool]  # style id -> vanish, only styles whose chain says it
    paragraph: dict[str, bool]
    default_paragraph: str = ""
    default: bool = False

    def hides(self, run: ET.Element, paragraph_style: str) -> bool:
        props = run.find(f"{_W}rPr")
        direct = _switch(props)
        if direct is not None:
            return direct
        style = props.find(f"{_W}rStyle") if props is not None else None
        levels = [
            self.paragraph.get(paragraph_style or self.default_paragraph),
            self.character.get(style.get(f"{_W}val", "")) if style is not None else None,
        ]
        said = [level for level in levels if level is not None]
        if not said:
            return self.default
        return sum(said) % 2 == 1


_NO_STYLES = _DocxStyles({}, {})


def _flow_text(
    element: ET.Element,
    out: list[str],
    ns: str,
    hidden: _Hidden | None = None,
    styles: _DocxStyles = _NO_STYLES,
    paragraph_style: str = "",
) -> None:
    """WordprocessingML / DrawingML text in document order, skipping what a reader does not see:
    deleted revisions, field codes, fallbacks, runs formatted as hidden (``w:vanish``, directly,
    through a character or paragraph style or the document defaults: :class:`_DocxStyles`) and
    slide shapes marked hidden."""
    tag = element.tag
    start = len(out)
    if tag == f"{_W}p":
        found = element.find(f"{_W}pPr/{_W}pStyle")
        paragraph_style = found.get(f"{_W}val", "") if found is not None else ""
    if tag in (f"{_W}del", f"{_W}delText", f"{_W}instrText", f"{_MC}Fallback", f"{_W}rPr", f"{_W}pPr", f"{_W}moveFrom"):
        return
    if tag == f"{_W}r" and styles.hides(element, paragraph_style):
        if hidden is not None and any((t.text or "").strip() for t in element.iter(f"{_W}t")):
            hidden.add("hidden text run(s)")
        return
    if tag in _SHAPES and _hidden_shape(element):
        if hidden is not None:
            hidden.add("hidden shape(s)")
        return
    if tag in (f"{ns}t",):
        out.append(element.text or "")
    elif tag in (f"{ns}tab",):
        out.append("\t")
    elif tag in (f"{ns}br", f"{ns}cr"):
        out.append("\n")
    for child in element:
        _flow_text(child, out, ns, hidden, styles, paragraph_style)
    if tag == f"{ns}p":
        if tag == f"{_W}p":
            mark = element.find(f"{_W}pPr")  # its rPr formats the paragraph mark
            if styles.hides(element if mark is None else mark, paragraph_style) and not "".join(out[start:]).strip():
                return  # mark and text hidden: Word shows no paragraph at all, not an empty line
        out.append("\n")
    elif tag == f"{_W}tc":
        out.append("\t")


def _docx_styles(doc: _Doc) -> _DocxStyles:
    """The hiding of every style of styles.xml, resolved through ``basedOn`` (a loop must not hang)."""
    root = doc.optional_xml("word/styles.xml")
    if root is None:
        return _NO_STYLES
    based: dict[str, str] = {}
    own: dict[str, bool] = {}
    kinds: dict[str, str] = {}
    default_paragraph = ""
    for style in root.iter(f"{_W}style"):
        sid = style.get(f"{_W}styleId", "")
        kinds[sid] = style.get(f"{_W}type", "paragraph")
        if kinds[sid] == "paragraph" and _on(style, f"{_W}default") and style.get(f"{_W}default") is not None:
            default_paragraph = default_paragraph or sid
        parent = style.find(f"{_W}basedOn")
        if parent is not None:
            based[sid] = parent.get(f"{_W}val", "")
        said = _switch(style.find(f"{_W}rPr"))
        if said is not None:
            own[sid] = said
    resolved: dict[str, dict[str, bool]] = {"character": {}, "paragraph": {}}
    for sid, kind in kinds.items():
        seen: set[str] = set()
        current: str | None = sid
        while current and current not in seen:
            if current in own:
                resolved.setdefault(kind, {})[sid] = own[current]
                break
            seen.add(current)
            current = based.get(current)
    defaults = _switch(root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr"))
    return _DocxStyles(resolved["character"], resolved["paragraph"], default_paragraph, bool(defaults))


def _docx_text(doc: _Doc, hidden: _Hidden) -> str:
    parts = ["word/document.xml"]
    names = doc.zip.names()
    parts += sorted(n for n in names if re.fullmatch(r"word/header\d*\.xml", n))
    parts += sorted(n for n in names if re.fullmatch(r"word/footer\d*\.xml", n))
    parts += [n for n in ("word/footnotes.xml", "word/endnotes.xml") if n in names]
    styles = _docx_styles(doc)
    chunks: list[str] = []
    for part in parts:
        out: list[str] = []
        _flow_text(doc.xml(part), out, _W, hidden, styles)
        chunks.append("".join(out).strip("\n"))
    return "\n\n".join(c for c in chunks if c.strip())


def _column_index(ref: str) -> int:
    """0-based column of a cell reference such as ``AB12``; -1 when there is none."""
    letters = re.match(r"[A-Za-z]{1,3}", ref)
    if letters is None:
        return -1
    index = 0
    for ch in letters.group(0).upper():
        index = index * 26 + ord(ch) - 64
    return index - 1


def _hidden_columns(sheet: ET.Element) -> list[tuple[int, int]]:
    spans = []
    for col in sheet.iter(f"{_S}col"):
        if col.get("hidden", "0").lower() in ("1", "true"):
            try:
                spans.append((int(col.get("min", "0")) - 1, int(col.get("max", "0")) - 1))
            except ValueError:
                continue
    return spans[:10_000]


def _xlsx_text(doc: _Doc, hidden: _Hidden) -> str:
    shared: list[str] = []
    strings = doc.optional_xml("xl/sharedStrings.xml")
    if strings is not None:
        for si in strings.iter(f"{_S}si"):
            # Phonetic runs (rPh) are reading aids, not cell text.
            shared.append(
                "".join(t.text or "" for child in si if child.tag in (f"{_S}t", f"{_S}r") for t in child.iter(f"{_S}t"))
            )
    workbook = doc.xml("xl/workbook.xml")
    rels = doc.rels("xl/workbook.xml")
    blank_formats = _blank_formats(doc)
    out: list[str] = []
    cells = 0
    for sheet in workbook.iter(f"{_S}sheet"):
        target = rels.get(sheet.get(f"{_R}id", ""), ("", ""))[0]
        if not doc.zip.has(target):
            continue
        state = sheet.get("state", "visible")
        if state != "visible":
            # Hidden and very hidden sheets: a reader of the workbook never sees them.
            hidden.add("hidden sheet(s)" if state == "hidden" else "very hidden sheet(s)")
            continue
        out.append(f"Sheet: {sheet.get('name', '')}")
        root = doc.xml(target)
        columns = _hidden_columns(root)
        for row in root.iter(f"{_S}row"):
            if row.get("hidden", "0").lower() in ("1", "true"):
                hidden.add("hidden row(s)")
                continue
            values = []
            for cell in row.iter(f"{_S}c"):
                cells += 1
                if cells > MAX_SHEET_CELLS:
                    raise InvalidMedia(f"the {doc.what} has more than {MAX_SHEET_CELLS:,} cells; refused")
                column = _column_index(cell.get("r", ""))
                if columns and any(lo <= column <= hi for lo, hi in columns):
                    hidden.add("hidden column cell(s)")
                    continue
                value = _cell_value(cell, shared, hidden)
                if value and _shows_nothing(cell, value, blank_formats):
                    # A number format with an empty section (";;;"): the sheet shows the cell blank.
                    hidden.add("hidden cell value(s)")
                    continue
                values.append(value)
            if any(values):
                out.append("  |  ".join(v for v in values if v))
        out.append("")
    return "\n".join(out).strip()


def _blank_formats(doc: _Doc) -> dict[int, tuple[str, ...]]:
    """Cell style index -> the sections of its number format, for formats with an empty section
    (the sheet shows such a value as nothing: ``;;;`` is the usual way to hide cells)."""
    root = doc.optional_xml("xl/styles.xml")
    if root is None:
        return {}
    codes: dict[str, tuple[str, ...]] = {}
    for fmt in root.iter(f"{_S}numFmt"):
        code = fmt.get("formatCode", "")
        sections = tuple(part.strip() for part in re.sub(r'"[^"]*"', "x", code).split(";"))
        if ";" in code and any(not part for part in sections):
            codes[fmt.get("numFmtId", "")] = sections
    found: dict[int, tuple[str, ...]] = {}
    xfs = root.find(f"{_S}cellXfs")
    for index, xf in enumerate(xfs.iter(f"{_S}xf") if xfs is not None else ()):
        blank = codes.get(xf.get("numFmtId", ""))
        if blank is not None:
            found[index] = blank
    return found


def _shows_nothing(cell: ET.Element, value: str, blank_formats: dict[int, tuple[str, ...]]) -> bool:
    """Does the cell's number format display ``value`` as nothing? Sections: positive; negative;
    zero; text (Excel's rules: a missing section falls back to the first, text without a fourth
    section is shown as it is)."""
    if not blank_formats:
        return False
    try:
        sections = blank_formats.get(int(cell.get("s", "0")))
    except ValueError:
        return False
    if sections is None:
        return False
    if cell.get("t", "n") in ("s", "inlineStr", "str"):
        return len(sections) >= 4 and not sections[3]
    try:
        number = float(value)
    except ValueError:
        return False
    index = 0 if number > 0 or len(sections) == 1 else 1 if number < 0 else 2 if len(sections) >= 3 else 0
    return not sections[index]


def _cell_value(cell: ET.Element, shared: list[str], hidden: _Hidden | None = None) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        # Phonetic runs (rPh) are reading aids Excel does not show unless asked: left out.
        string = cell.find(f"{_S}is")
        if string is None:
            return ""
        if hidden is not None and string.find(f"{_S}rPh") is not None:
            hidden.add("phonetic reading(s)")
        return "".join(
            t.text or "" for child in string if child.tag in (f"{_S}t", f"{_S}r") for t in child.iter(f"{_S}t")
        )
    value = cell.find(f"{_S}v")
    text = (value.text or "") if value is not None else ""
    if kind == "s":
        try:
            return shared[int(text)]
        except (ValueError, IndexError):
            return ""
    if kind == "b":
        return "TRUE" if text == "1" else "FALSE"
    return text


def _pptx_text(doc: _Doc, hidden: _Hidden) -> str:
    presentation = doc.xml("ppt/presentation.xml")
    rels = doc.rels("ppt/presentation.xml")
    slides = []
    for slide_id in presentation.iter("{http://schemas.openxmlformats.org/presentationml/2006/main}sldId"):
        target = rels.get(slide_id.get(f"{_R}id", ""), ("", ""))[0]
        if doc.zip.has(target):
            slides.append(target)
    out: list[str] = []
    number = 0
    for part in slides:
        root = doc.xml(part)
        if root.get("show", "1").lower() in ("0", "false"):
            hidden.add("hidden slide(s)")  # skipped in a slide show: the audience never sees it
            continue
        number += 1
        text: list[str] = []
        _flow_text(root, text, _A, hidden)
        out.append(f"Slide {number}\n" + "".join(text).strip("\n"))
    return "\n\n".join(out)


_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
# Never drawn on the page: tracked changes, comments, hidden paragraphs/text (kept by the
# author's "show hidden" switch off), image titles and descriptions (alt text), fields'
# hidden values.
_ODF_SKIPPED = {
    f"{_TEXT}tracked-changes": "",
    f"{_OFFICE}annotation": "",
    f"{_OFFICE}annotation-end": "",
    f"{_TEXT}hidden-paragraph": "hidden paragraph(s)",
    f"{_TEXT}hidden-text": "hidden text field(s)",
    f"{_SVG}title": "image title(s)/alt text",
    f"{_SVG}desc": "image title(s)/alt text",
    "{http://www.w3.org/2000/svg}title": "image title(s)/alt text",
    "{http://www.w3.org/2000/svg}desc": "image title(s)/alt text",
}


def _odf_hidden_styles(*roots: ET.Element | None) -> frozenset[str]:
    """Names of ODF styles whose text properties say ``text:display="none"`` (or "condition":
    shown only when a document variable says so; left out rather than guessed)."""
    names = set()
    for root in roots:
        if root is None:
            continue
        for style in root.iter(f"{_STYLE}style"):
            props = style.find(f"{_STYLE}text-properties")
            if props is not None and props.get(f"{_TEXT}display", "true") in ("none", "condition"):
                names.add(style.get(f"{_STYLE}name", ""))
    return frozenset(names)


def _odf_text(element: ET.Element, out: list[str], hidden: _Hidden, styles: frozenset[str]) -> None:
    tag = element.tag
    if tag in (f"{_TEXT}s",):
        out.append(" " * min(1000, int(element.get(f"{_TEXT}c", "1") or 1)))
    elif tag == f"{_TEXT}tab":
        out.append("\t")
    elif tag == f"{_TEXT}line-break":
        out.append("\n")
    else:
        out.append(element.text or "")
    for child in element:
        if _odf_hidden(child, hidden, styles):
            out.append(child.tail or "")
            continue
        _odf_text(child, out, hidden, styles)
        out.append(child.tail or "")
    if tag in (f"{_TEXT}p", f"{_TEXT}h"):
        out.append("\n")
    elif tag == f"{_TABLE}table-cell":
        out.append("\t")


def _odf_hidden(element: ET.Element, hidden: _Hidden, styles: frozenset[str]) -> bool:
    tag = element.tag
    if tag in _ODF_SKIPPED:
        if _ODF_SKIPPED[tag] and ("".join(element.itertext()).strip() or element.get(f"{_TEXT}string-value")):
            hidden.add(_ODF_SKIPPED[tag])
        return True
    display = element.get(f"{_TEXT}display")
    if tag == f"{_TEXT}section" and display in ("none", "condition"):
        hidden.add("hidden section(s)")
        return True
    if element.get(f"{_TEXT}is-hidden", "false") == "true" and tag == f"{_TEXT}p":
        hidden.add("hidden paragraph(s)")
        return True
    if element.get(f"{_TEXT}style-name") in styles:
        hidden.add("hidden span(s)/paragraph(s) (display none)")
        return True
    return False


def _odt_text(doc: _Doc, hidden: _Hidden) -> str:
    root = doc.xml("content.xml")
    styles = _odf_hidden_styles(root, doc.optional_xml("styles.xml"))
    body = root.find(f"{_OFFICE}body")
    out: list[str] = []
    if body is not None:
        for child in body:
            if not _odf_hidden(child, hidden, styles):
                _odf_text(child, out, hidden, styles)
    return "".join(out).strip()


_EXTRACTORS: dict[MediaType, Callable[[_Doc, _Hidden], str]] = {
    MediaType.DOCX: _docx_text,
    MediaType.XLSX: _xlsx_text,
    MediaType.PPTX: _pptx_text,
    MediaType.ODT: _odt_text,
}


# ---------------------------------------------------------------------------------------------
# Inspection

_RISKY_PARTS = (
    (
        re.compile(r"(word|xl|ppt)/media/|^Pictures/"),
        "embedded images (may carry their own EXIF/GPS)",
        Category.THUMBNAIL,
    ),
    (re.compile(r"(word|xl|ppt)/embeddings/|^Object "), "embedded objects/files", Category.OTHER),
    (re.compile(r"vbaProject\.bin$"), "macros (VBA)", Category.OTHER),
    (re.compile(r"^docProps/thumbnail|^Thumbnails/"), "thumbnail image", Category.THUMBNAIL),
    (re.compile(r"comments\d*\.xml$|commentsExtended|threadedComments"), "comments", Category.COMMENT),
    (re.compile(r"people\.xml$|persons/"), "reviewer list", Category.OWNER),
    (re.compile(r"notesSlides/"), "speaker notes", Category.COMMENT),
    (re.compile(r"^customXml/"), "custom XML data", Category.OTHER),
    (re.compile(r"printerSettings"), "printer settings", Category.DEVICE),
)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _metadata_findings(doc: _Doc) -> list[Finding]:
    found: list[Finding] = []
    for part in ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"):
        root = doc.optional_xml(part)
        if root is None:
            continue
        for element in list(root)[:200]:
            name = element.get("name") or _local(element.tag)
            value = "".join(element.itertext()).strip()
            if value and _local(element.tag) not in (
                "TitlesOfParts",
                "HeadingPairs",
                "DocSecurity",
                "ScaleCrop",
                "LinksUpToDate",
                "SharedDoc",
                "HyperlinksChanged",
            ):
                found.append(finding(f"{part.split('/')[-1]} {name}", value))
    meta = doc.optional_xml("meta.xml")
    if meta is not None:
        for element in list(meta.iter())[:500]:
            if element is meta or len(element):
                continue
            name = element.get("{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}name") or _local(element.tag)
            value = (element.text or "").strip() or element.get("{http://www.w3.org/1999/xlink}href", "")
            if value:
                found.append(finding(f"meta.xml {name}", value))
    return found


def _part_findings(doc: _Doc) -> list[Finding]:
    found: list[Finding] = []
    names = doc.zip.names()
    for pattern, label, category in _RISKY_PARTS:
        hits = [n for n in names if pattern.search(n)]
        if hits:
            found.append(finding(label, f"{len(hits)} part(s), e.g. {hits[0]}", category))
    external: list[str] = []
    for name in names:
        if name.endswith(".rels") and len(external) < 20:
            for target, mode in doc.rels(
                posixpath.join(posixpath.dirname(posixpath.dirname(name)), posixpath.basename(name)[: -len(".rels")])
            ).values():
                if mode == "External":
                    external.append(target)
    if external:
        found.append(finding("external links", "; ".join(shorten(e, 60) for e in external[:5]), Category.OWNER))
    return found


def _revision_findings(doc: _Doc) -> list[Finding]:
    if doc.media_type is not MediaType.DOCX:
        return []
    raw = doc.zip.read("word/document.xml", MAX_XML_BYTES)
    found: list[Finding] = []
    authors = sorted({m.decode("utf-8", "replace") for m in re.findall(rb'w:author="([^"]{1,200})"', raw)})
    if authors:
        found.append(finding("tracked changes/comments by", ", ".join(authors[:10]), Category.OWNER))
    if b"<w:del " in raw or b"<w:delText" in raw:
        found.append(finding("deleted text (tracked changes)", "present in the file", Category.TEXT))
    if re.search(rb"w:rsid\w*=", raw):
        found.append(
            finding("revision session ids (rsid)", "link this file to others edited together", Category.SERIAL)
        )
    return found


class OfficeSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset(_NAMES)

    def _open(self, src: BinaryIO) -> _Doc:
        data = read_limited(src, "document", MAX_OFFICE_BYTES)
        from .detect import detect_bytes

        media_type = detect_bytes(data)
        if media_type not in _NAMES:
            raise InvalidMedia("the file is not a DOCX, XLSX, PPTX or ODT document")
        assert media_type is not None
        return _Doc(data, media_type)

    def _text(self, doc: _Doc) -> tuple[str, _Hidden]:
        hidden = _Hidden()
        text = _EXTRACTORS[doc.media_type](doc, hidden)
        return re.sub(r"\n{3,}", "\n\n", text)[:MAX_TEXT_CHARS], hidden

    def inspect(self, src: BinaryIO) -> Inspection:
        doc = self._open(src)
        try:
            text, hidden = self._text(doc)
            findings = _metadata_findings(doc) + _part_findings(doc) + _revision_findings(doc)
            if hidden.counts:
                # Left out of the working copy and of the search text: the reader sees what the
                # author showed, nothing more (the sealed original keeps it).
                findings.append(finding("hidden content removed", hidden.summary(), Category.TEXT))
            findings.append(structure("parts", str(len(doc.zip.names()))))
            if text.strip():
                findings.append(
                    Finding(Category.TEXT, "text", f"{len(text):,} characters (rendered as page images)", False)
                )
            facts = {"text_chars": str(len(text)), "renderer": "text transcript"}
            if hidden.counts:
                facts["hidden content removed"] = hidden.summary()
            return Inspection(doc.media_type, tuple(findings), facts=facts, text=text)
        finally:
            doc.zip.close()

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        doc = self._open(src)
        try:
            text, hidden = self._text(doc)
        finally:
            doc.zip.close()
        if not text.strip():
            raise NotSanitizable(
                f"the {doc.what} has no text to transcribe (its content may be images); only the sealed"
                " original is kept"
            )
        with guarded(doc.what):
            count = build_pdf(
                (encode_page(page, PAGE_WIDTH_PT, PAGE_HEIGHT_PT, gray=True) for page in render_text(text)), dst
            )
        return SanitizeResult(
            MediaType.PDF,
            (
                f"transcribed the text of the {doc.what} onto {count} page image(s) and built a flattened PDF",
                "layout, images, formatting, comments, tracked changes, notes and all metadata are not carried over",
                *((f"hidden content removed: {hidden.summary()}",) if hidden.counts else ()),
            ),
        )
