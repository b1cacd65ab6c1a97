"""PDF: a sealed original, a flattened working copy, searchable text, box redaction.

A PDF can hide almost anything: author and software in the Info dictionary and XMP, text under
black rectangles, earlier revisions in incremental updates, annotations, form values, embedded
files, JavaScript. Rather than trying to clean that structure, the working copy is *flattened*:
every page is rendered to pixels with PDFium and a brand-new PDF is built holding one JPEG image
per page and nothing else (no Info, no XMP, no annotations, no fonts, no text layer, no outline,
no JavaScript, no embedded files). What a reader sees is kept; nothing a reader does not see is.

The text layer is extracted at intake (before flattening) so the document stays searchable in the
vault; it is stored encrypted with the vault database, never in the working copy.

Limits (a "PDF bomb" is refused quickly, before rendering anything): at most ``MAX_PAGES`` pages;
no page larger than 200 x 200 inches (the PDF specification's own limit); very large pages are
rendered at a lower resolution so no page image exceeds ``MAX_PAGE_PIXELS``.

Encrypted PDFs: a document that needs a password to open is refused with a clear message. A
document that opens without one (an "owner password" that only restricts printing or copying) is
accepted: its pages are visible to anyone, and the flattened copy carries no encryption.

Redaction coordinates (``redact_pages``) are pixels of the page images inside the working copy,
which are rendered at ``RENDER_DPI`` (so 1 inch = 150 pixels), origin at the top-left corner of the
upright page, pages numbered from 1.

PDFium is not thread-safe; every call into it holds ``_PDFIUM_LOCK``.
"""

from __future__ import annotations

import hmac
import io
import math
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO, ClassVar

from PIL import Image, ImageDraw

from .base import Category, Finding, Inspection, InvalidMedia, MediaType, Sanitizer, SanitizeResult
from .photo_limits import guarded, one_line, read_limited
from .tags import finding, structure

MAX_PDF_BYTES = 512 * 1024 * 1024
MAX_PAGES = 500
MAX_PAGE_POINTS = 14_400.0  # 200 inches
RENDER_DPI = 150
MAX_PAGE_PIXELS = 25_000_000
JPEG_QUALITY = 85
MAX_TEXT_CHARS = 5_000_000

_PDFIUM_LOCK = threading.RLock()
PDFIUM_LOCK = _PDFIUM_LOCK  # the one lock for the process: the export's preview takes it too


@dataclass(frozen=True)
class PageImage:
    """One page of a flattened PDF: an encoded JPEG and the page size it fills."""

    jpeg: bytes
    width_px: int
    height_px: int
    width_pt: float
    height_pt: float
    gray: bool = False


def _open(data: bytes, what: str) -> Any:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise InvalidMedia(
                f"the {what} is password-protected; it cannot be flattened without the password "
                "(remove the password, with the source's agreement, and import it again)"
            ) from None
        raise InvalidMedia(f"the {what} is damaged and cannot be opened: {one_line(exc)}") from None


def _check_pages(doc: Any, what: str) -> list[tuple[float, float]]:
    count = len(doc)
    if count == 0:
        raise InvalidMedia(f"the {what} has no pages")
    if count > MAX_PAGES:
        raise InvalidMedia(f"the {what} has {count:,} pages (the limit is {MAX_PAGES}); refused")
    sizes = []
    for index in range(count):
        width, height = doc.get_page_size(index)
        if not (0 < width <= MAX_PAGE_POINTS and 0 < height <= MAX_PAGE_POINTS):
            raise InvalidMedia(
                f"the {what} has a page of {width:,.0f} x {height:,.0f} points on page {index + 1} "
                "(the limit is 200 x 200 inches); refused"
            )
        sizes.append((float(width), float(height)))
    return sizes


def _scale_for(width_pt: float, height_pt: float, dpi: int = RENDER_DPI) -> float:
    scale = dpi / 72.0
    pixels = width_pt * scale * height_pt * scale
    if pixels > MAX_PAGE_PIXELS:
        scale *= math.sqrt(MAX_PAGE_PIXELS / pixels)
    return scale


def encode_page(image: Image.Image, width_pt: float, height_pt: float, gray: bool = False) -> PageImage:
    pixels = image.convert("L" if gray else "RGB")
    buffer = io.BytesIO()
    # A converted image carries no info dict: Pillow writes a bare JFIF JPEG (no EXIF, no comment).
    pixels.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return PageImage(buffer.getvalue(), pixels.width, pixels.height, width_pt, height_pt, gray)


def build_pdf(pages: Iterable[PageImage], dst: BinaryIO) -> int:
    """Write a new PDF with one full-page image per page and nothing else. Returns the page count.

    pikepdf (qpdf) writes only objects reachable from the new catalog; no Info dictionary, no XMP,
    and a document /ID derived from the content (not random, not a timestamp).
    """
    import pikepdf

    pdf = pikepdf.new()
    count = 0
    for page in pages:
        image = pikepdf.Stream(pdf, page.jpeg)
        image.Type = pikepdf.Name.XObject
        image.Subtype = pikepdf.Name.Image
        image.Width = page.width_px
        image.Height = page.height_px
        image.ColorSpace = pikepdf.Name.DeviceGray if page.gray else pikepdf.Name.DeviceRGB
        image.BitsPerComponent = 8
        image.Filter = pikepdf.Name.DCTDecode
        w, h = round(page.width_pt, 3), round(page.height_pt, 3)
        content = pikepdf.Stream(pdf, f"q {w} 0 0 {h} 0 0 cm /Im0 Do Q".encode("ascii"))
        page_dict = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=pikepdf.Array([0, 0, w, h]),
            Resources=pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image)),
            Contents=content,
        )
        pdf.pages.append(pikepdf.Page(pdf.make_indirect(page_dict)))
        count += 1
    pdf.save(dst, deterministic_id=True, compress_streams=True)
    return count


def render_pages(data: bytes, what: str) -> Iterator[PageImage]:
    """Render every page (after the limit checks). One page image is in memory at a time."""
    with _PDFIUM_LOCK, guarded(what):
        doc = _open(data, what)
        try:
            sizes = _check_pages(doc, what)
            # Form fields are drawn with the values a reader would see; must precede page loading.
            # (This PDFium build has no JavaScript engine: form scripts never run.)
            doc.init_forms()
            for index, (width_pt, height_pt) in enumerate(sizes):
                page = doc[index]
                try:
                    # may_draw_forms: form values are drawn as they would be shown, then flattened.
                    bitmap = page.render(scale=_scale_for(width_pt, height_pt), may_draw_forms=True)
                    image = bitmap.to_pil()
                    rendered = encode_page(image, width_pt, height_pt)
                    image.close()
                    bitmap.close()
                finally:
                    page.close()
                yield rendered
        finally:
            doc.close()


def extract_text(data: bytes, what: str) -> str:
    with _PDFIUM_LOCK, guarded(what):
        doc = _open(data, what)
        try:
            _check_pages(doc, what)
            parts: list[str] = []
            total = 0
            for index in range(len(doc)):
                page = doc[index]
                try:
                    textpage = page.get_textpage()
                    text = textpage.get_text_range()
                    textpage.close()
                finally:
                    page.close()
                text = text.replace("\r\n", "\n").replace("\x00", "")
                parts.append(text)
                total += len(text)
                if total > MAX_TEXT_CHARS:
                    break
            return "\n\f".join(parts)[:MAX_TEXT_CHARS]
        finally:
            doc.close()


def _structure_findings(data: bytes, what: str) -> tuple[list[Finding], dict[str, str]]:
    """What the PDF carries beyond its pages (read with qpdf; nothing is modified)."""
    import pikepdf

    findings: list[Finding] = []
    facts: dict[str, str] = {}
    with guarded(what):
        try:
            pdf = pikepdf.open(io.BytesIO(data))
        except pikepdf.PasswordError:
            raise InvalidMedia(f"the {what} is password-protected; remove the password and import it again") from None
        with pdf:
            facts["pdf_version"] = str(pdf.pdf_version)
            if pdf.is_encrypted:
                findings.append(finding("encryption", "restrictions only (opens without a password)", Category.OTHER))
            for key, value in list(pdf.docinfo.items())[:100]:
                findings.append(finding(f"Info {str(key).lstrip('/')}", str(value)))
            root = pdf.Root
            if "/Metadata" in root:
                findings.append(finding("XMP metadata", "present", Category.XMP))
            names = root.get("/Names")
            if isinstance(names, pikepdf.Dictionary):
                if "/EmbeddedFiles" in names:
                    findings.append(finding("embedded files", "present", Category.OTHER))
                if "/JavaScript" in names:
                    findings.append(finding("JavaScript", "present", Category.OTHER))
            for key in ("/OpenAction", "/AA", "/AcroForm", "/Outlines", "/PieceInfo", "/StructTreeRoot"):
                if key in root:
                    findings.append(finding(f"catalog {key.lstrip('/')}", "present", Category.OTHER))
            annotations = 0
            for page in pdf.pages[:MAX_PAGES]:
                annots = page.obj.get("/Annots")
                if isinstance(annots, pikepdf.Array):
                    annotations += len(annots)
            if annotations:
                findings.append(
                    finding("annotations", f"{annotations} (comments, links, stamps, ...)", Category.COMMENT)
                )
            if "/ID" in pdf.trailer:
                if _is_own_flattened(data):
                    # Derived by the flattener from the page images alone: it names nothing a source
                    # gave, so it is reported but not risky (else no PDF or office document exports).
                    findings.append(structure("document ID", "derived from the page images by this app"))
                else:
                    findings.append(finding("document ID", "present (links copies of the file)", Category.SERIAL))
    updates = data.count(b"%%EOF")
    if updates > 1:
        findings.append(
            finding("incremental updates", f"{updates - 1} earlier revision(s) kept in the file", Category.OTHER)
        )
    return findings, facts


class PdfSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.PDF})

    def inspect(self, src: BinaryIO) -> Inspection:
        data = read_limited(src, "PDF", MAX_PDF_BYTES)
        with _PDFIUM_LOCK, guarded("PDF"):
            doc = _open(data, "PDF")
            try:
                sizes = _check_pages(doc, "PDF")
            finally:
                doc.close()
        findings, facts = _structure_findings(data, "PDF")
        text = extract_text(data, "PDF")
        facts["pages"] = str(len(sizes))
        facts["text_chars"] = str(len(text))
        width, height = sizes[0]
        findings.append(structure("pages", f"{len(sizes)}, first {width:.0f} x {height:.0f} pt"))
        if text.strip():
            findings.append(
                Finding(Category.TEXT, "text layer", f"{len(text):,} characters (kept for search only)", True)
            )
        return Inspection(MediaType.PDF, tuple(findings), facts=facts, text=text)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, "PDF", MAX_PDF_BYTES)
        with guarded("PDF"):
            count = build_pdf(render_pages(data, "PDF"), dst)
        return SanitizeResult(
            MediaType.PDF,
            (
                f"rendered {count} page(s) to images at {RENDER_DPI} dpi and built a new PDF from them",
                "dropped the text layer, fonts, annotations, forms, links, JavaScript, embedded files,"
                " Info and XMP metadata and earlier revisions",
            ),
        )


# ---------------------------------------------------------------------------------------------
# Redaction of a flattened working copy


@dataclass(frozen=True)
class PageBox:
    """A rectangle on a page image of a flattened PDF: page from 1, pixels from the top-left."""

    page: int
    x: int
    y: int
    w: int
    h: int


def read_flattened(data: bytes, what: str = "working copy") -> list[PageImage]:
    """The page images of a PDF built by :func:`build_pdf`; anything else is refused."""
    import pikepdf

    pages: list[PageImage] = []
    with guarded(what), pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            resources = page.obj.get("/Resources")
            xobjects: Any = resources.get("/XObject") if isinstance(resources, pikepdf.Dictionary) else None
            image = xobjects.get("/Im0") if isinstance(xobjects, pikepdf.Dictionary) else None
            if image is None or len(xobjects) != 1 or image.get("/Filter") != pikepdf.Name.DCTDecode:
                raise InvalidMedia(f"the {what} is not a flattened PDF made by this app")
            box = [float(v) for v in page.obj.MediaBox]
            pages.append(
                PageImage(
                    bytes(image.read_raw_bytes()),
                    int(image.Width),
                    int(image.Height),
                    box[2] - box[0],
                    box[3] - box[1],
                    image.get("/ColorSpace") == pikepdf.Name.DeviceGray,
                )
            )
    return pages


def _is_own_flattened(data: bytes) -> bool:
    """True only for a PDF that is byte for byte what :func:`build_pdf` writes from its own page
    images, so its /ID was derived from that content and nothing else in the file came from a
    source. Any other PDF (a source's, or one dressed up to look flattened, e.g. from a transfer
    package) keeps its /ID counted as an identifier."""
    try:
        pages = read_flattened(data, "PDF")
        rebuilt = io.BytesIO()
        build_pdf(pages, rebuilt)
    except (InvalidMedia, ValueError, OSError):
        return False
    return hmac.compare_digest(rebuilt.getvalue(), data)


def redact_pages(data: bytes, boxes: Sequence[PageBox]) -> tuple[bytes, list[str]]:
    """Burn opaque black boxes into page images and rebuild the PDF from scratch.

    Only the redacted pages are decoded and re-encoded; the box is drawn on decoded pixels, so
    nothing of what it covers survives in the new JPEG. Earlier pixels are not kept anywhere in the
    new file (it is rebuilt, not updated incrementally).
    """
    pages = read_flattened(data)
    by_page: dict[int, list[PageBox]] = {}
    for box in boxes:
        if not 1 <= box.page <= len(pages):
            raise InvalidMedia(f"page {box.page} does not exist (the document has {len(pages)} page(s))")
        page = pages[box.page - 1]
        if box.x >= page.width_px or box.y >= page.height_px:
            raise InvalidMedia(
                f"the box on page {box.page} starts outside the page image ({page.width_px}x{page.height_px} pixels)"
            )
        by_page.setdefault(box.page, []).append(box)
    steps = []
    for number, page_boxes in sorted(by_page.items()):
        page = pages[number - 1]
        with guarded("working copy"), Image.open(io.BytesIO(page.jpeg), formats=["JPEG"]) as decoded:
            decoded.load()
            image = decoded.convert("L" if page.gray else "RGB")
        draw = ImageDraw.Draw(image)
        for box in page_boxes:
            right = min(page.width_px, box.x + box.w) - 1
            bottom = min(page.height_px, box.y + box.h) - 1
            draw.rectangle((box.x, box.y, right, bottom), fill=0 if page.gray else (0, 0, 0))
            steps.append(f"burned a black box into page {number} at {box.x},{box.y} size {box.w}x{box.h}")
        pages[number - 1] = encode_page(image, page.width_pt, page.height_pt, page.gray)
    out = io.BytesIO()
    build_pdf(pages, out)
    steps.append("rebuilt the PDF from the page images")
    return out.getvalue(), steps
