"""OpenDocument spreadsheets, presentations and drawings (ODS, ODP, ODG): a text transcript.

The same ZIP checks and XML rules as ODT (``office.py``: ``zipguard``, no DTD, capped parts) and
the same paragraph reader (``office._odf_text``: hidden paragraphs, hidden-text fields,
``display="none"`` spans, image titles and alt text left out). Per kind:

* **ODS**: cell text of each sheet a reader sees; sheets whose table style says
  ``table:display="false"``, rows and columns with ``table:visibility`` "collapse"/"filter", cell
  comments (``office:annotation``) and formulas (their shown results are kept) are left out.
  Repeated rows/cells are expanded only when they hold text, up to a cell cap.
* **ODP**: the text of each shown slide, in order; slides whose page style says
  ``presentation:visibility="hidden"`` and speaker notes (``presentation:notes``) are left out.
* **ODG**: the text of each page's shapes; layers set to ``draw:display="none"`` are left out.

``meta.xml`` (creator, initial creator, dates, generator, editing time, statistics) is reported and
never copied.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import ClassVar

from .base import Finding, InvalidMedia, MediaType
from .office import MAX_XML_BYTES, _odf_hidden, _odf_hidden_styles, _odf_text, parse_xml
from .tags import finding
from .transcript import Extracted, Hidden, TranscriptSanitizer
from .zipguard import ZipReader

MAX_SHEET_CELLS = 2_000_000
MAX_REPEAT = 10_000  # a repeated row/cell with text is drawn at most this many times

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
}
_OFFICE, _TABLE, _STYLE, _DRAW, _PRES = (f"{{{_NS[k]}}}" for k in ("office", "table", "style", "draw", "presentation"))
_WHAT = {MediaType.ODS: "ODS spreadsheet", MediaType.ODP: "ODP presentation", MediaType.ODG: "ODG drawing"}


def _styles_with(roots: list[ET.Element | None], properties: str, attribute: str, values: tuple[str, ...]) -> set[str]:
    names: set[str] = set()
    for root in roots:
        for style in root.iter(f"{_STYLE}style") if root is not None else ():
            props = style.find(f"{_STYLE}{properties}")
            if props is not None and props.get(attribute) in values:
                names.add(style.get(f"{_STYLE}name", ""))
    return names


def _paragraphs(element: ET.Element, hidden: Hidden, styles: frozenset[str]) -> str:
    out: list[str] = []
    for child in element:
        if not _odf_hidden(child, hidden, styles):
            _odf_text(child, out, hidden, styles)
    return "".join(out).strip()


def _repeat(element: ET.Element, attribute: str) -> int:
    try:
        return max(1, int(element.get(f"{_TABLE}{attribute}", "1")))
    except ValueError:
        return 1


def _rows(table: ET.Element) -> list[ET.Element]:
    rows: list[ET.Element] = []
    for child in table:
        if child.tag == f"{_TABLE}table-row":
            rows.append(child)
        elif child.tag in (f"{_TABLE}table-header-rows", f"{_TABLE}table-row-group", f"{_TABLE}table-rows"):
            rows.extend(_rows(child))
    return rows


def _hidden_columns(table: ET.Element) -> set[int]:
    hidden: set[int] = set()
    index = 0
    for column in table.iter(f"{_TABLE}table-column"):
        count = _repeat(column, "number-columns-repeated")
        if column.get(f"{_TABLE}visibility", "visible") != "visible":
            hidden.update(range(index, index + min(count, 16_384)))
        index += count
    return hidden


def _ods_text(root: ET.Element, styles_root: ET.Element | None, hidden: Hidden) -> str:
    text_styles = _odf_hidden_styles(root, styles_root)
    hidden_tables = _styles_with([root, styles_root], "table-properties", f"{_TABLE}display", ("false",))
    body = root.find(f"{_OFFICE}body/{_OFFICE}spreadsheet")
    out: list[str] = []
    cells = 0
    found = False
    for table in body.iter(f"{_TABLE}table") if body is not None else ():
        if table.get(f"{_TABLE}style-name") in hidden_tables:
            hidden.add("hidden sheet(s)")
            continue
        out.append(f"Sheet: {table.get(f'{_TABLE}name', '')}")
        hidden_columns = _hidden_columns(table)
        for row in _rows(table):
            values: list[str] = []
            column = 0
            for cell in row:
                if cell.tag not in (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell"):
                    continue
                count = _repeat(cell, "number-columns-repeated")
                value = _paragraphs(cell, hidden, text_styles)
                if value:
                    for offset in range(min(count, MAX_REPEAT)):
                        cells += 1
                        if cells > MAX_SHEET_CELLS:
                            raise InvalidMedia(f"the ODS spreadsheet has more than {MAX_SHEET_CELLS:,} cells; refused")
                        if column + offset in hidden_columns:
                            hidden.add("hidden column cell(s)")
                        else:
                            values.append(value)
                column += count
            if not values:
                continue
            if row.get(f"{_TABLE}visibility", "visible") != "visible":
                hidden.add("hidden row(s)")
                continue
            line = "  |  ".join(values)
            repeat = min(_repeat(row, "number-rows-repeated"), MAX_REPEAT)
            cells += len(values) * (repeat - 1)
            if cells > MAX_SHEET_CELLS:
                raise InvalidMedia(f"the ODS spreadsheet has more than {MAX_SHEET_CELLS:,} cells; refused")
            out.extend([line] * repeat)
            found = True
        out.append("")
    return "\n".join(out) if found else ""  # sheet names alone are no transcript


def _pages_text(root: ET.Element, styles_root: ET.Element | None, hidden: Hidden, kind: MediaType) -> str:
    text_styles = _odf_hidden_styles(root, styles_root)
    hidden_pages = _styles_with([root, styles_root], "drawing-page-properties", f"{_PRES}visibility", ("hidden",))
    hidden_layers = {
        layer.get(f"{_DRAW}name", "")
        for holder in (root, styles_root)
        if holder is not None
        for layer in holder.iter(f"{_DRAW}layer")
        if layer.get(f"{_DRAW}display", "always") == "none"
    }
    body = root.find(f"{_OFFICE}body/{_OFFICE}{'presentation' if kind is MediaType.ODP else 'drawing'}")
    label = "Slide" if kind is MediaType.ODP else "Page"
    out: list[str] = []
    number = 0
    found = False
    for page in body.iter(f"{_DRAW}page") if body is not None else ():
        number += 1
        if page.get(f"{_DRAW}style-name") in hidden_pages:
            hidden.add("hidden slide(s)")
            continue
        parts: list[str] = []
        for shape in page:
            if shape.tag == f"{_PRES}notes":
                if "".join(shape.itertext()).strip():
                    hidden.add("speaker notes")
                continue
            if shape.get(f"{_DRAW}layer") in hidden_layers:
                if "".join(shape.itertext()).strip():
                    hidden.add("shape(s) on a hidden layer")
                continue
            text = _paragraphs(shape, hidden, text_styles) if len(shape) else ""
            if text:
                parts.append(text)
        out.append(f"{label} {number}\n" + "\n".join(parts))
        found = found or bool(parts)
    return "\n\n".join(out) if found else ""  # page numbers alone are no transcript


def _meta_findings(meta: ET.Element | None) -> list[Finding]:
    found: list[Finding] = []
    for element in list(meta.iter())[:500] if meta is not None else []:
        if element is meta or len(element):
            continue
        name = element.get(f"{{{_NS['meta']}}}name") or element.tag.rsplit("}", 1)[-1]
        value = (element.text or "").strip() or element.get("{http://www.w3.org/1999/xlink}href", "")
        if value:
            found.append(finding(f"meta.xml {name}", value))
    return found


class OpenDocumentSanitizer(TranscriptSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset(_WHAT)

    def extract(self, data: bytes) -> Extracted:
        from .detect import detect_bytes

        kind = detect_bytes(data)
        if kind not in _WHAT:
            raise InvalidMedia("the file is not an ODS, ODP or ODG document")
        assert kind is not None
        what = _WHAT[kind]
        hidden = Hidden()
        document = ZipReader(data, what)
        try:

            def xml(name: str) -> ET.Element | None:
                return parse_xml(document.read(name, MAX_XML_BYTES), what) if document.has(name) else None

            root = xml("content.xml")
            if root is None:
                raise InvalidMedia(f"the {what} is damaged: it has no content.xml")
            styles = xml("styles.xml")
            text = _ods_text(root, styles, hidden) if kind is MediaType.ODS else _pages_text(root, styles, hidden, kind)
            findings = _meta_findings(xml("meta.xml"))
            pictures = [n for n in document.names() if n.startswith(("Pictures/", "Thumbnails/"))]
            if pictures:
                findings.append(finding("embedded images and thumbnail", f"{len(pictures)} part(s) (not copied)"))
        finally:
            document.close()
        return Extracted(text, hidden, findings, media_type=kind, what=what)
