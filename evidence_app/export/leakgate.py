"""The export's leak gate: the last look at every artefact before the bundle is written.

Redaction happened field by field while collecting; this gate does not trust that. It reads the
FINAL artefacts the way a recipient will: the HTML (entities decoded, tags stripped, by
``Redactor.leaks``), the text and document info that a PDF reader extracts from the rendered PDF,
records.json (JSON escapes decoded), bag-info's free text, every zip entry name, and every media
file as its own inspector reads it back (risky metadata must be gone, and what remains is scanned
as text too). Any protected name, alias, transliteration, phone number or e-mail, and any hit of a
detector the export does not allow, refuses the whole export.

The PDF's text is read with pdfium, which honours the ActualText spans the renderer writes around
every shaped run (``textlayer``): Khmer, Thai and Burmese come back as typed, so a protected name
in those scripts is caught in the PDF itself, not only in the HTML it was laid out beside. The
PDF's outline (bookmarks) is read too, and every picture the PDF and HTML show (possibly a
downscaled copy of a media file) is inspected like the media files.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import BinaryIO

from ..errors import EvidenceError
from ..media.base import Inspection
from ..media.registry import sanitizer_for
from ..redaction import Redactor
from .collect import MediaOut
from .content import Deferred
from .errors import GateFinding
from .images import DisplayImage


@dataclass(frozen=True)
class Artefact:
    where: str
    text: str


def scan_texts(redactor: Redactor, artefacts: Sequence[Artefact]) -> list[GateFinding]:
    findings: list[GateFinding] = []
    for artefact in artefacts:
        findings.extend(GateFinding(artefact.where, leak.describe()) for leak in redactor.leaks(artefact.text))
    return findings


def metadata_text(inspection: Inspection) -> str:
    """Everything an inspector reports about a file, as text for the scan."""
    lines = [f"{f.category.value} {f.key}: {f.value}" for f in inspection.findings]
    lines += [f"{k}: {v}" for k, v in sorted(inspection.facts.items())]
    return "\n".join(lines)


def check_media(redactor: Redactor, media: Sequence[MediaOut]) -> list[GateFinding]:
    """Read every exported file back with the project's own inspector (a fresh look at the exact
    bytes that go into the zip): no risky finding may remain, and what remains must scan clean."""
    findings: list[GateFinding] = []
    for m in media:
        where = f"media/{m.file_name} metadata"
        # A recording is read where it lies, by ranges (its sealed scratch file, #18), never whole.
        seekable = m.content.seekable if isinstance(m.content, Deferred) else None
        try:
            source: BinaryIO = seekable() if seekable is not None else io.BytesIO(m.data)  # type: ignore[assignment]
            inspection = sanitizer_for(m.media_type).inspect(source)
        except (EvidenceError, ValueError, OSError):
            findings.append(GateFinding(where, "the file cannot be inspected, so it cannot be shown to be clean"))
            continue
        # The finding's value is not shown: it may be exactly the identifying text.
        findings.extend(
            GateFinding(where, f"identifying metadata remains: {f.category.value} {f.key}") for f in inspection.risky
        )
        findings.extend(scan_texts(redactor, [Artefact(where, metadata_text(inspection))]))
    return findings


def check_display_copies(
    redactor: Redactor, media: Sequence[MediaOut], shown: dict[str, DisplayImage]
) -> list[GateFinding]:
    """The downscaled copies the PDF shows are new files: each is inspected like a media file."""
    by_ref = {m.ref: m for m in media}
    copies = [
        dataclasses.replace(by_ref[ref], content=copy.data, file_name=f"{by_ref[ref].file_name} (shown copy)")
        for ref, copy in sorted(shown.items())
        if copy.downscaled and ref in by_ref
    ]
    return check_media(redactor, copies)


# Attributes through which an HTML document loads or links something.
_REFERENCE_ATTRIBUTES = frozenset(
    {"src", "href", "srcset", "poster", "data", "background", "action", "formaction", "xlink:href", "cite"}
)


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.styles = False
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        for name, value in attrs:
            if name in _REFERENCE_ATTRIBUTES:
                self.found.append(value or "")
            elif name == "style" and value and "url(" in value.lower():
                self.styles = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._in_style = False

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style and ("url(" in data.lower() or "@import" in data.lower()):
            self.styles = True


def check_html_references(html_text: str, bag_paths: Collection[str]) -> list[GateFinding]:
    """dossier.html refers to its pictures by path: each reference must name a file of the bag
    (relative to dossier.html, so ``media/0001.jpg`` for ``data/media/0001.jpg``) that the gate
    checked. A data: URI, a URL or a path out of the bag is a finding: the HTML shows nothing
    that was not inspected, and a browser opening it fetches nothing."""
    parser = _References()
    parser.feed(html_text)
    parser.close()
    findings: list[GateFinding] = []
    for ref in parser.found:
        if ref not in bag_paths:
            findings.append(GateFinding("dossier.html", "a reference that is not one of the bundle's checked files"))
    if parser.styles:
        findings.append(GateFinding("dossier.html", "a style that loads a resource"))
    return findings
