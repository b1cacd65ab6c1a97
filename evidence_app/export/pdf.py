"""The dossier PDF after fpdf2: pictures put in, metadata limited, text read back for the leak gate.

fpdf2 builds the whole document in memory, with every picture it embeds held twice (its image
cache and its output). So the layout (``pdfdoc``) gives it a tiny stand-in JPEG for each shown
picture it can (``stand_in``: same colour mode, a unique comment naming the picture's SHA-256),
and ``assemble`` writes the final file into the export's encrypted spool, piece by piece: fpdf2's
bytes with each stand-in's image stream replaced by the picture's own bytes (read from the spool
or the vault, checked against their digests), its /Width, /Height, /Columns and /Length set to
the picture's, and the cross-reference table shifted to match. The picture bytes go in unchanged
(DCT), exactly as fpdf2 would have put them; no picture is ever held whole by the PDF step.

The same pass limits the document info to the title and a fixed producer: fpdf2 writes a
creation date (the day of export is already in the dossier; a time of day would tell when the
researcher worked) and no XMP packet. The file id is fpdf2's, an MD5 of its own output, which is
derived from the content (with a fixed date) like everything else: the same dossier renders to
the same bytes. (This used to be a full rewrite by pikepdf, which held the PDF twice more.)
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pypdfium2
from PIL import Image

from .. import __version__
from ..errors import EvidenceError
from ..media.base import MediaType
from .content import Content, Deferred, digest_of
from .content import read as read_content
from .content import size_of as size_of_content
from .images import DisplayImage
from .spool import Spool

PRODUCER = f"Evidence Vault {__version__}"
_STAND_IN_MODES = {"RGB", "L"}


class PdfProblem(EvidenceError):
    pass


@dataclass(frozen=True)
class StandIn:
    jpeg: bytes  # what fpdf2 is given and embeds
    picture: DisplayImage  # what the final PDF holds in its place


def stand_in(picture: DisplayImage) -> StandIn | None:
    """A tiny JPEG that fpdf2 embeds exactly as it would embed ``picture`` (same filter and
    colour space; nothing else of a JPEG reaches its image dictionary), or None when the picture
    must be given to fpdf2 itself (not a plain RGB or grey JPEG: a colour profile, CMYK, a
    rotation fpdf2 would apply)."""
    if picture.media_type is not MediaType.JPEG:
        return None
    if picture.downscaled:
        mode = "RGB"  # made by images.display_copy: RGB, no profile, no metadata at all
    else:
        with Image.open(io.BytesIO(read_content(picture.content))) as img:
            if (
                img.format != "JPEG"
                or img.mode not in _STAND_IN_MODES
                or img.info.get("icc_profile")
                or "adobe" in img.info
                or img.getexif().get(0x0112, 1) != 1
            ):
                return None
            mode = img.mode
    tag = f"evidence-vault stand-in {picture.ref} {digest_of(picture.content, 'sha256')}".encode("ascii")
    out = io.BytesIO()
    Image.new(mode, (8, 8), 0).save(out, "JPEG", quality=50, comment=tag)
    return StandIn(out.getvalue(), picture)


_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf]) ?\r?\n")


def _one(pattern: bytes, text: bytes, replacement: bytes) -> bytes:
    new, count = re.subn(pattern, replacement.replace(b"\\", b"\\\\"), text)
    if count != 1:
        raise PdfProblem("the dossier PDF is not laid out as expected (a picture's dictionary)")
    return new


def assemble(raw: bytes, stand_ins: Mapping[bytes, StandIn], spool: Spool) -> Deferred:
    """The final dossier PDF, written into ``spool`` (see the module's docstring)."""
    edits: list[tuple[int, int, list[bytes | Content]]] = []
    for jpeg, item in stand_ins.items():
        marker = b"\nstream\n" + jpeg + b"\nendstream"
        at = raw.find(marker)
        if at < 0 or raw.find(marker, at + 1) >= 0:
            raise PdfProblem("the dossier PDF is not laid out as expected (a picture is missing or twice)")
        start = raw.rfind(b" 0 obj\n", 0, at) + len(b" 0 obj\n")
        head = raw[start:at]
        pic = item.picture
        head = _one(rb"/Width \d+\b", head, b"/Width %d" % pic.width)
        head = _one(rb"/Height \d+\b", head, b"/Height %d" % pic.height)
        head = _one(rb"/Length \d+\b", head, b"/Length %d" % size_of_content(pic.content))
        head = re.sub(rb"/Columns \d+\b", b"/Columns %d" % pic.width, head)
        edits.append((start, at + len(b"\nstream\n") + len(jpeg), [head + b"\nstream\n", pic.content]))
    trailer_at = raw.rfind(b"\ntrailer")
    info = re.search(rb"/Info (\d+) 0 R", raw[trailer_at:])
    if trailer_at < 0 or info is None:
        raise PdfProblem("the dossier PDF is not laid out as expected (no document info)")
    obj = b"\n" + info.group(1) + b" 0 obj\n"
    info_start = raw.find(obj) + len(obj)
    info_end = raw.find(b"endobj", info_start)
    if info_start < len(obj) or info_end < 0:
        raise PdfProblem("the dossier PDF is not laid out as expected (no document info)")
    # Only the title and the producer (set by pdfdoc) stay: fpdf2 always adds its creation date.
    kept = re.sub(rb"\n/(CreationDate|ModDate) (\([^)]*\)|<[0-9A-Fa-f]*>)", b"", raw[info_start:info_end])
    edits.append((info_start, info_end, [kept]))
    edits.sort(key=lambda e: e[0])

    xref_at = int(raw[raw.rindex(b"startxref") + len(b"startxref") :].split()[0])
    head_match = re.compile(rb"xref\r?\n0 (\d+)\r?\n").match(raw, xref_at)
    if head_match is None:
        raise PdfProblem("the dossier PDF is not laid out as expected (its cross-reference table)")
    count = int(head_match.group(1))
    pos = head_match.end()
    entries: list[bytes] = []
    for _ in range(count):
        found = _XREF_ENTRY.match(raw, pos)
        if found is None:
            raise PdfProblem("the dossier PDF is not laid out as expected (its cross-reference table)")
        entries.append(found.group(0))
        pos = found.end()
    if any(end > xref_at for _, end, _ in edits):
        raise PdfProblem("the dossier PDF is not laid out as expected (objects after the table)")

    def size_of(piece: bytes | Content) -> int:
        return len(piece) if isinstance(piece, bytes) else piece.size

    deltas = [(end, sum(size_of(p) for p in pieces) - (end - start)) for start, end, pieces in edits]

    def moved(offset: int) -> int:
        return offset + sum(delta for end, delta in deltas if end <= offset)

    table = [head_match.group(0)]
    for entry in entries:
        offset, generation, kind = entry[:10], entry[11:16], entry[17:18]
        if kind == b"n":
            offset = b"%010d" % moved(int(offset))
        table.append(offset + b" " + generation + b" " + kind + b" \n")
    tail = raw[pos : raw.rindex(b"startxref")] + b"startxref\n%d\n%%%%EOF\n" % moved(xref_at)

    def pieces() -> Iterator[bytes]:
        at = 0
        for start, end, replacement in edits:
            yield raw[at:start]
            for piece in replacement:
                if isinstance(piece, Deferred):
                    yield from piece.pieces()  # checked against its digests as it goes
                else:
                    yield piece
            at = end
        yield raw[at:xref_at]
        yield b"".join(table)
        yield tail

    return spool.put(pieces())


def read_back(pdf: Content) -> tuple[str, str]:
    """(the text of every page, the document info values), as a reader of the PDF would see them."""
    source: bytes | io.BufferedReader
    if isinstance(pdf, Deferred) and pdf.seekable is not None:
        source = io.BufferedReader(pdf.seekable(), buffer_size=256 * 1024)  # read by ranges, never whole
    else:
        source = read_content(pdf)
    try:
        doc = pypdfium2.PdfDocument(source)
    except pypdfium2.PdfiumError as exc:
        raise PdfProblem(f"the dossier PDF cannot be read back ({exc})") from None
    try:
        pages: list[str] = []
        for index in range(len(doc)):
            page = doc[index]
            try:
                textpage = page.get_textpage()
                try:
                    pages.append(textpage.get_text_range())
                finally:
                    textpage.close()
            finally:
                page.close()
        info = "\n".join(f"{k}: {v}" for k, v in sorted(doc.get_metadata_dict().items()) if v)
        outline = "\n".join(item.get_title() for item in doc.get_toc(max_depth=8))
        if outline:
            info += "\noutline:\n" + outline
    finally:
        doc.close()
    return "\n".join(pages), info
