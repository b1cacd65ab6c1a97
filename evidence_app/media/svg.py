"""SVG images: rasterised into a lossless PNG (resvg), never passed through.

An SVG is a program as much as a picture: it can carry scripts, event handlers, HTML in
``<foreignObject>``, links and references to other files or URLs (``<image href>``, ``<use
href="other.svg#x">``, CSS ``url(...)`` and ``@import``) that a viewer loads, tracking a reader or
pulling a local file into the picture, plus author metadata (RDF/Dublin Core in ``<metadata>``,
Inkscape/Illustrator attributes with file paths). The working copy is the picture drawn by resvg
(which runs no script) as PNG pixels, after this module has removed from the tree:

* ``<script>``, ``<foreignObject>``, ``<metadata>``, ``<title>``, ``<desc>``, every ``on*`` handler;
* every reference that is not inside the file: ``href``/``xlink:href`` other than ``#fragment`` or
  an embedded ``data:image/...`` (drawn, so only its pixels reach the PNG: its own EXIF cannot),
  ``url(...)`` other than ``url(#...)`` in attributes and styles, CSS ``@import``;
* a DOCTYPE with an internal subset (entity declarations) is refused before parsing (no entity
  expansion; a plain ``<!DOCTYPE svg PUBLIC ...>`` is dropped).

resvg then renders with ``resources_dir`` unset and only the app's bundled fonts, so nothing on the
machine (files, system fonts) can change what is drawn. Bounded: file size, element and ``<use>``
counts, and the canvas (at most 4096 pixels a side; larger drawings are scaled down to fit).
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from typing import BinaryIO, ClassVar

from .base import Category, Finding, Inspection, InvalidMedia, MediaType, Sanitizer, SanitizeResult
from .photo_limits import check_dimensions, guarded, open_image, read_limited
from .tags import finding, shorten, structure

MAX_SVG_BYTES = 20 * 1024 * 1024
MAX_ELEMENTS = 200_000
MAX_USES = 10_000
MAX_SIDE = 4096

_SVG = "{http://www.w3.org/2000/svg}"
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
_DROPPED = {
    "script": "script(s)",
    "foreignObject": "embedded HTML (foreignObject)",
    "metadata": "metadata block(s) (RDF/Dublin Core: creator, dates, licence)",
    "title": "title(s)",
    "desc": "description(s)",
}
_ANY_URL = re.compile(r"url\(\s*(?!['\"]?#)[^)]*\)", re.I)
_IMPORT = re.compile(r"@import[^;]*;?", re.I)
_DATA_IMAGE = re.compile(r"^\s*data:image/(png|jpeg|jpg|gif|webp);base64,", re.I)
_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*>", re.I)
_UNITS = {"": 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
_LENGTH = re.compile(r"^\s*([0-9.]+(?:[eE][-+]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*$")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(data: bytes) -> ET.Element:
    from .office import parse_xml  # refuses DOCTYPE/ENTITY declarations before expat sees them

    if data[:2] in (b"\x1f\x8b",):
        raise InvalidMedia("compressed SVG (SVGZ) is not supported; save it as plain SVG")
    # A DOCTYPE without an internal subset declares nothing: dropped. One with a subset (entity
    # declarations) does not match and is refused by parse_xml.
    root = parse_xml(_DOCTYPE.sub(b"", data[:4096], count=1) + data[4096:], "SVG image")
    if root.tag != f"{_SVG}svg":
        raise InvalidMedia("the file is XML but not an SVG image (its root element is not an SVG <svg>)")
    return root


def _clean(root: ET.Element, counts: dict[str, int]) -> None:
    def note(kind: str) -> None:
        counts[kind] = counts.get(kind, 0) + 1

    elements = list(root.iter())
    if len(elements) > MAX_ELEMENTS:
        raise InvalidMedia(f"the SVG image has more than {MAX_ELEMENTS:,} elements; refused")
    if sum(1 for e in elements if _local(e.tag) == "use") > MAX_USES:
        raise InvalidMedia(f"the SVG image has more than {MAX_USES:,} <use> references; refused")
    for parent in elements:
        for child in list(parent):
            kind = _DROPPED.get(_local(child.tag))
            if kind or not isinstance(child.tag, str):
                parent.remove(child)
                if kind:
                    note(kind)
    for element in root.iter():
        for name, value in list(element.attrib.items()):
            local = _local(name)
            if local.lower().startswith("on"):
                del element.attrib[name]
                note("event handler(s)")
            elif local == "href" or name == _XLINK_HREF:
                if not (value.startswith("#") or _DATA_IMAGE.match(value)):
                    del element.attrib[name]
                    note("external reference(s) (files, URLs)")
            elif "url(" in value.lower() and _ANY_URL.search(value):
                element.attrib[name] = _ANY_URL.sub("none", value)
                note("external reference(s) (files, URLs)")
            elif name.startswith("{") and not name.startswith((_SVG, "{http://www.w3.org/XML/1998/namespace}")):
                del element.attrib[name]  # editor attributes (Inkscape, Illustrator, Sodipodi): paths, names
                note("editor attribute(s)")
        if _local(element.tag) == "style" and element.text:
            cleaned = _ANY_URL.sub("none", _IMPORT.sub("", element.text))
            if cleaned != element.text:
                element.text = cleaned
                note("external reference(s) (files, URLs)")


def _side(value: str | None) -> float | None:
    match = _LENGTH.match(value or "")
    return float(match.group(1)) * _UNITS[match.group(2) or ""] if match else None


def _size(root: ET.Element) -> tuple[float, float]:
    width, height = _side(root.get("width")), _side(root.get("height"))
    box = [float(v) for v in re.findall(r"[-+]?[0-9.]+(?:[eE][-+]?\d+)?", root.get("viewBox", ""))[:4]]
    if (width is None or height is None) and len(box) == 4:
        width, height = width or box[2], height or box[3]
    return width or 300.0, height or 150.0  # the CSS default for a replaced element


def _fonts() -> list[str]:
    try:
        from ..resources import resource_path

        return [str(resource_path("fonts"))]
    except (ImportError, OSError):
        return []


class SvgSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.SVG})
    what = "SVG image"

    def inspect(self, src: BinaryIO) -> Inspection:
        data = read_limited(src, self.what, MAX_SVG_BYTES)
        with guarded(self.what):
            root = _parse(data)
            counts: dict[str, int] = {}
            findings = self._metadata(root)
            _clean(root, counts)
        for kind, n in sorted(counts.items()):
            findings.append(finding(f"SVG {kind}", f"{n} removed before drawing", Category.OTHER))
        width, height = _size(root)
        findings.append(structure("canvas", f"{width:.0f}x{height:.0f}"))
        return Inspection(MediaType.SVG, tuple(findings), round(width), round(height), {"renderer": "resvg"})

    @staticmethod
    def _metadata(root: ET.Element) -> list[Finding]:
        found: list[Finding] = []
        for element in root.iter():
            if _local(element.tag) in ("metadata", "title", "desc"):
                text = " ".join(t.strip() for t in element.itertext() if t.strip())
                if text:
                    found.append(finding(f"SVG {_local(element.tag)}", shorten(text, 80)))
            for name, value in element.attrib.items():
                editor = name.startswith("{") and ("inkscape" in name or "sodipodi" in name)
                if editor and _local(name) in ("docname", "export-filename", "absref", "export-xdpi"):
                    found.append(finding(f"editor {_local(name)}", value, Category.OWNER))
        return found[:100]

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        import resvg_py

        data = read_limited(src, self.what, MAX_SVG_BYTES)
        counts: dict[str, int] = {}
        with guarded(self.what):
            root = _parse(data)
            _clean(root, counts)
            width, height = _size(root)
            scale = min(1.0, MAX_SIDE / max(width, height, 1.0))
            target = max(1, round(width * scale)), max(1, round(height * scale))
            check_dimensions(*target, self.what)
            ET.register_namespace("", _SVG[1:-1])
            markup = ET.tostring(root, encoding="unicode")
            fonts = _fonts()
            try:
                png = bytes(
                    resvg_py.svg_to_bytes(
                        svg_string=markup,
                        width=target[0],
                        height=target[1],
                        skip_system_fonts=bool(fonts),
                        font_dirs=fonts or None,
                        resources_dir=None,
                    )
                )
            except ValueError as exc:
                raise InvalidMedia(f"the SVG image cannot be drawn: {shorten(str(exc), 100)}") from None
            image = open_image(png, "PNG", self.what)
            image.load()
            pixels = image.convert("RGBA")  # a new image: no chunk of resvg's PNG is kept
            out = io.BytesIO()
            pixels.save(out, format="PNG", optimize=False)
        dst.write(out.getvalue())
        steps = [f"drew the SVG as a {target[0]}x{target[1]} PNG (resvg; no script run, nothing fetched)"]
        steps += [f"removed {n} {kind} before drawing" for kind, n in sorted(counts.items())]
        if scale < 1:
            steps.append(f"scaled the drawing down to fit {MAX_SIDE} pixels")
        return SanitizeResult(MediaType.PNG, tuple(steps))
