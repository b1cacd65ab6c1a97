"""HTML pages and EPUB books: the text a reader sees, as a text transcript (``transcript.py``).

HTML is never rendered here (no browser engine; scripts, styles, remote images and tracking
pixels are never loaded). The working copy is the page's *visible* text: the parser
(``html.parser`` from the standard library, which never fetches anything) walks the elements and
leaves out what a browser does not show, counting it as "hidden content removed":

* ``<script>``, ``<style>``, ``<template>``, ``<noscript>``, ``<head>`` (title and meta tags:
  author, generator, tracking ids), comments, form values of ``<input>``;
* elements with the ``hidden`` attribute, an inline ``display:none``/``visibility:hidden``
  style, or a class/id that the page's own ``<style>`` sets to ``display:none``/``visibility:
  hidden`` (simple ``.name``/``#name`` selectors; more complex CSS is not evaluated);
* link targets, image sources, alt and title texts (only the link's text is kept).

EPUB books (a ZIP with ``mimetype`` ``application/epub+zip``, checked by ``zipguard`` before
anything is decompressed): the XHTML documents of the spine, in reading order, each read as
above; the package metadata (creator, contributor, publisher, identifier, dates) is reported and
left out.
"""

from __future__ import annotations

import codecs
import posixpath
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from typing import ClassVar

from .base import Category, Finding, InvalidMedia, MediaType
from .tags import finding, shorten
from .transcript import Extracted, Hidden, TranscriptSanitizer
from .zipguard import ZipReader

MAX_PART_BYTES = 32 * 1024 * 1024
MAX_SPINE_ITEMS = 5_000

_INVISIBLE_ELEMENTS = frozenset({"script", "style", "template", "noscript", "head", "title", "object", "iframe"})
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "ul",
        "ol",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "hr",
        "dt",
        "dd",
        "figcaption",
        "address",
        "main",
        "nav",
        "aside",
        "body",
    }
)
_HIDING_STYLE = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I
)


def _hidden_selectors(css: str) -> tuple[set[str], set[str]]:
    """Classes and ids that a stylesheet hides with a simple selector."""
    classes: set[str] = set()
    ids: set[str] = set()
    for selectors, body in _CSS_RULE.findall(re.sub(r"/\*.*?\*/", "", css, flags=re.S)):
        if not _HIDING_STYLE.search(body):
            continue
        for selector in selectors.split(","):
            selector = selector.strip()
            if re.fullmatch(r"\.[\w-]+", selector):
                classes.add(selector[1:])
            elif re.fullmatch(r"#[\w-]+", selector):
                ids.add(selector[1:])
    return classes, ids


class _Visible(HTMLParser):
    def __init__(self, hidden: Hidden, classes: set[str], ids: set[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden = hidden
        self.classes, self.ids = classes, ids
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # open elements: (tag, hides its content)
        self.hiding = 0  # how many open elements hide their content
        self.kind = ""  # what the outermost hiding element is, for the report
        self.pre = 0

    def _hides(self, tag: str, attrs: dict[str, str | None]) -> str:
        if tag in _INVISIBLE_ELEMENTS:
            return "" if tag in ("head", "title", "style") else f"{tag} element(s)"
        if "hidden" in attrs:
            return "hidden element(s)"
        if _HIDING_STYLE.search(attrs.get("style") or ""):
            return "element(s) styled invisible"
        names = set((attrs.get("class") or "").split())
        if names & self.classes or (attrs.get("id") or "") in self.ids:
            return "element(s) hidden by the page's stylesheet"
        return ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {k.lower(): v for k, v in attrs}
        if tag in _BLOCKS and not self.hiding:
            self.out.append("\n")
        if tag == "td" or tag == "th":
            self.out.append("\t")
        if tag == "input" and (named.get("value") or "").strip():
            self.hidden.add("form value(s)")
        if tag in _VOID:
            return
        reason = self._hides(tag, named)
        hides = bool(reason) or tag in ("head", "title", "style")
        if hides and not self.hiding:
            self.kind = reason
        self.stack.append((tag, hides))
        self.hiding += hides
        self.pre += tag == "pre"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not any(open_tag == tag for open_tag, _ in self.stack):
            return  # a stray end tag: browsers ignore it too
        while self.stack:
            open_tag, hides = self.stack.pop()
            self.hiding -= hides
            self.pre -= open_tag == "pre"
            if open_tag == tag:
                break
        if tag in _BLOCKS and not self.hiding:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.hiding:
            if data.strip() and self.kind:
                self.hidden.add(self.kind)
            return
        self.out.append(data if self.pre else re.sub(r"\s+", " ", data))

    def handle_comment(self, data: str) -> None:
        if data.strip():
            self.hidden.add("comment(s)")

    def text(self) -> str:
        lines = (line.strip() for line in "".join(self.out).replace("\xa0", " ").split("\n"))
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def decode_html(data: bytes) -> str:
    """The page as text: BOM, then ``<meta charset>``, then UTF-8; a page in another encoding that
    does not say so is refused with what to do."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    declared = _CHARSET.search(data[:4096])
    encoding = (declared.group(1) or declared.group(2)).decode("ascii").lower() if declared else "utf-8"
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise InvalidMedia(f"the HTML page declares an unknown character set ({shorten(encoding, 30)})") from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InvalidMedia(f"the HTML page is not valid {encoding}; save it as UTF-8 and import it again") from None


def visible_text(html: str, hidden: Hidden) -> str:
    """What a browser shows of ``html`` (see the module docstring), as lines of text."""
    styles = " ".join(re.findall(r"<style[^>]*>(.*?)</style>", html[:MAX_PART_BYTES], re.S | re.I))
    classes, ids = _hidden_selectors(styles)
    parser = _Visible(hidden, classes, ids)
    parser.feed(html)
    parser.close()
    return parser.text()


_META_NAMES = re.compile(r"""<meta\s+[^>]*name\s*=\s*["']?([\w:.-]+)["']?[^>]*content\s*=\s*["']([^"']{1,200})""", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def html_findings(html: str) -> list[Finding]:
    found = [finding(f"meta {name}", value) for name, value in _META_NAMES.findall(html[:200_000])[:50]]
    title = _TITLE.search(html[:200_000])
    if title and title.group(1).strip():
        found.append(finding("title", title.group(1).strip(), Category.TEXT))
    scripts = len(re.findall(r"<script\b", html, re.I))
    if scripts:
        found.append(finding("scripts", f"{scripts} script element(s) (never run)", Category.OTHER))
    remote = len(re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I))
    if remote:
        found.append(
            finding("remote references", f"{remote} link(s)/image(s)/tracker(s) (never loaded)", Category.OTHER)
        )
    return found


class HtmlSanitizer(TranscriptSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.HTML})
    media_type = MediaType.HTML
    what = "HTML page"

    def extract(self, data: bytes) -> Extracted:
        html = decode_html(data)
        hidden = Hidden()
        return Extracted(visible_text(html, hidden), hidden, html_findings(html))


# --- EPUB ----------------------------------------------------------------------------------------

_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"


def _xml(raw: bytes, what: str) -> ET.Element:
    from .office import parse_xml  # refuses DOCTYPE/ENTITY before expat sees them

    return parse_xml(raw, what)


class EpubSanitizer(TranscriptSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.EPUB})
    media_type = MediaType.EPUB
    what = "EPUB book"

    def extract(self, data: bytes) -> Extracted:
        hidden = Hidden()
        findings: list[Finding] = []
        book = ZipReader(data, "EPUB book")
        try:
            if not book.has("META-INF/container.xml"):
                raise InvalidMedia("the EPUB book is damaged: it has no META-INF/container.xml")
            container = _xml(book.read("META-INF/container.xml", MAX_PART_BYTES), "EPUB container")
            rootfile = container.find(f".//{_CONTAINER}rootfile")
            opf_path = rootfile.get("full-path", "") if rootfile is not None else ""
            if not opf_path or not book.has(opf_path):
                raise InvalidMedia("the EPUB book is damaged: its package document is missing")
            opf = _xml(book.read(opf_path, MAX_PART_BYTES), "EPUB package document")
            metadata = opf.find(f"{_OPF}metadata")
            for element in list(metadata if metadata is not None else [])[:200]:
                value = "".join(element.itertext()).strip() or element.get("content", "")
                name = element.tag.rsplit("}", 1)[-1] if element.tag.startswith(_DC) else element.get("name", "")
                if value and name:
                    findings.append(finding(f"package {name}", value))
            base = posixpath.dirname(opf_path)
            manifest = {
                item.get("id", ""): posixpath.normpath(posixpath.join(base, item.get("href", "")))
                for item in opf.iter(f"{_OPF}item")
            }
            spine = [ref.get("idref", "") for ref in opf.iter(f"{_OPF}itemref")]  # non-linear ones too: linked
            if len(spine) > MAX_SPINE_ITEMS:
                raise InvalidMedia(f"the EPUB book has more than {MAX_SPINE_ITEMS:,} documents; refused")
            chapters = []
            for idref in spine:
                path = manifest.get(idref, "")
                if not path or not book.has(path):
                    raise InvalidMedia("the EPUB book is damaged: a document of its reading order is missing")
                chapters.append(visible_text(decode_html(book.read(path, MAX_PART_BYTES)), hidden))
            images = [n for n in book.names() if n.lower().endswith((".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp"))]
            if images:
                findings.append(
                    finding("images", f"{len(images)} image(s) (may carry EXIF/GPS; not copied)", Category.THUMBNAIL)
                )
        finally:
            book.close()
        return Extracted("\n\n".join(c for c in chapters if c), hidden, findings)
