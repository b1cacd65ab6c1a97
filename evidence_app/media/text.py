"""Plain text files (notes, transcripts, chat exports): sealed original, a text-only flattened PDF.

A plain text file has no metadata of its own, but its bytes can still hide things a reader does
not see: zero-width and other invisible format characters (used to watermark a copy so that a
leak can be traced to its recipient), bidirectional overrides that make a line read differently,
control characters. The working copy is the text as a reader sees it, drawn as page images into
a flattened PDF (the same renderer as office documents): no byte of the file is copied, and
invisible characters cannot survive because only drawn glyphs reach the pages. What was dropped
is counted in the inspection.

Detection: UTF-8 (with or without BOM) or UTF-16 with a BOM, no NUL or other C0 controls except
tab, line feed, carriage return and form feed, and not markup (HTML, XML and SVG are refused by
name in ``detect.unsupported_reason``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import BinaryIO, ClassVar

from .base import Category, Finding, Inspection, InvalidMedia, MediaType, NotSanitizable, Sanitizer, SanitizeResult
from .pdf import build_pdf, encode_page
from .photo_limits import guarded, read_limited
from .tags import finding, structure
from .textpages import PAGE_HEIGHT_PT, PAGE_WIDTH_PT, render_text

MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes) -> str | None:
    """The text of ``data`` if it is plain text (see the module docstring), else None."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None
    if not text.strip() or _CONTROLS.search(text):
        return None
    return text


def _visible(text: str) -> tuple[str, int]:
    """Text without invisible format characters (Cf: zero-width, bidi overrides, ...), with
    line endings normalised; and how many characters were dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    kept = [ch for ch in text if unicodedata.category(ch) != "Cf"]
    return "".join(kept), len(text) - len(kept)


class TextSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.TEXT})

    def _read(self, src: BinaryIO) -> str:
        data = read_limited(src, "text file", MAX_TEXT_FILE_BYTES)
        text = decode_text(data)
        if text is None:
            raise InvalidMedia("the file is not plain text (it is not UTF-8/UTF-16 or holds control characters)")
        return text

    def inspect(self, src: BinaryIO) -> Inspection:
        text, hidden = _visible(self._read(src))
        findings: list[Finding] = [structure("characters", f"{len(text):,}")]
        if hidden:
            findings.append(
                finding("invisible characters", f"{hidden:,} zero-width/bidi/format characters", Category.TEXT)
            )
        facts = {"text_chars": str(len(text)), "renderer": "text transcript"}
        if hidden:
            facts["hidden content removed"] = f"{hidden} invisible character(s)"
        return Inspection(MediaType.TEXT, tuple(findings), facts=facts, text=text)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        text, hidden = _visible(self._read(src))
        if not text.strip():
            raise NotSanitizable("the text file shows no visible text; only the sealed original is kept")
        with guarded("text file"):
            count = build_pdf(
                (encode_page(page, PAGE_WIDTH_PT, PAGE_HEIGHT_PT, gray=True) for page in render_text(text)), dst
            )
        steps = [f"drew the text onto {count} page image(s) and built a flattened PDF (no byte of the file copied)"]
        if hidden:
            steps.append(f"dropped {hidden:,} invisible character(s) (zero-width, bidi overrides, format marks)")
        return SanitizeResult(MediaType.PDF, tuple(steps))
