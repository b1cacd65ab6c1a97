"""The text-transcript working copy shared by documents that have no renderer in this app.

Legacy Office files, RTF, HTML, EPUB, e-mails and OpenDocument spreadsheets/presentations/drawings
all end the same way as DOCX and plain text (``office.py``, ``text.py``): their *visible* text is
drawn as page images into a flattened PDF (``textpages.render_text`` + ``pdf.build_pdf``), so no
byte, font, link, image or property of the file reaches the working copy. A format module only
says how to read its text and what it carries (:class:`Extracted`); this module does the rest.
"""

from __future__ import annotations

import re
from abc import abstractmethod
from dataclasses import dataclass, field
from typing import BinaryIO

from .base import Category, Finding, Inspection, MediaType, NotSanitizable, Sanitizer, SanitizeResult
from .pdf import build_pdf, encode_page
from .photo_limits import guarded, read_limited
from .tags import finding, structure
from .textpages import PAGE_HEIGHT_PT, PAGE_WIDTH_PT, render_text

MAX_DOCUMENT_BYTES = 200 * 1024 * 1024
MAX_TEXT_CHARS = 5_000_000


@dataclass
class Hidden:
    """Counts of content left out because a reader of the document does not see it."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, n: int = 1) -> None:
        if n > 0:
            self.counts[kind] = self.counts.get(kind, 0) + n

    def summary(self) -> str:
        return ", ".join(f"{n} {kind}" for kind, n in sorted(self.counts.items()))


@dataclass
class Extracted:
    """What a format module read: the visible text, what was left out, what the file carries."""

    text: str
    hidden: Hidden = field(default_factory=Hidden)
    findings: list[Finding] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)  # extra lines for the transformations
    media_type: MediaType | None = None  # for a sanitizer of several types: which one this is
    what: str = ""  # its name in messages, when it differs from the sanitizer's
    unsure: str = ""  # why no working copy can be made with certainty (kept sealed; see NotSanitizable)
    attachments: tuple[tuple[str, bytes], ...] = ()  # files inside it that become items of their own


class TranscriptSanitizer(Sanitizer):
    """Base of the transcript formats: subclasses set ``what`` and implement ``extract``."""

    what = "document"
    media_type: MediaType

    @abstractmethod
    def extract(self, data: bytes) -> Extracted:
        """Read the visible text; raise InvalidMedia/NotSanitizable for what cannot be read."""

    def _read(self, src: BinaryIO) -> Extracted:
        data = read_limited(src, self.what, MAX_DOCUMENT_BYTES)
        with guarded(self.what):
            extracted = self.extract(data)
        extracted.what = extracted.what or self.what
        extracted.text = re.sub(r"\n{3,}", "\n\n", extracted.text).strip()[:MAX_TEXT_CHARS]
        return extracted

    def inspect(self, src: BinaryIO) -> Inspection:
        got = self._read(src)
        findings = list(got.findings)
        if got.hidden.counts:
            findings.append(finding("hidden content removed", got.hidden.summary(), Category.TEXT))
        if got.text:
            findings.append(structure("text", f"{len(got.text):,} characters (rendered as page images)"))
        facts = {"text_chars": str(len(got.text)), "renderer": "text transcript", **got.facts}
        if got.hidden.counts:
            facts["hidden content removed"] = got.hidden.summary()
        return Inspection(got.media_type or self.media_type, tuple(findings), facts=facts, text=got.text)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        got = self._read(src)
        if got.unsure:
            raise NotSanitizable(got.unsure)
        if not got.text:
            raise NotSanitizable(
                f"the {got.what} has no text to transcribe (its content may be images); only the sealed"
                " original is kept"
            )
        with guarded(got.what):
            count = build_pdf(
                (encode_page(page, PAGE_WIDTH_PT, PAGE_HEIGHT_PT, gray=True) for page in render_text(got.text)), dst
            )
        return SanitizeResult(
            MediaType.PDF,
            (
                f"transcribed the text of the {got.what} onto {count} page image(s) and built a flattened PDF"
                " (text transcript: layout, images and formatting are not reproduced)",
                "no byte of the file copied: properties, comments, embedded objects and links are not carried over",
                *got.dropped,
                *((f"hidden content removed: {got.hidden.summary()}",) if got.hidden.counts else ()),
            ),
            attachments=got.attachments,
        )
