"""The dossier PDF's pages as pictures, drawn in memory for the window's preview before an export
is written (nothing is saved: the pictures live only as long as the preview shows them).

PDFium is not thread-safe; the drawing holds the process's PDFium lock (``media.pdf``), so a PDF
import running in another job cannot call into it at the same time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pypdfium2

from ..errors import EvidenceError
from ..media.pdf import PDFIUM_LOCK

PREVIEW_DPI = 96
MAX_PREVIEW_PAGES = 60


@dataclass(frozen=True)
class PagePicture:
    width: int
    height: int
    rgb: bytes = field(repr=False)  # width * height * 3 bytes, rows top to bottom


@dataclass(frozen=True)
class PagePictures:
    pages: tuple[PagePicture, ...]
    total: int  # pages in the document (more than ``pages`` when it was cut at the limit)


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI, max_pages: int = MAX_PREVIEW_PAGES) -> PagePictures:
    with PDFIUM_LOCK:
        try:
            doc = pypdfium2.PdfDocument(pdf)
        except pypdfium2.PdfiumError as exc:
            raise EvidenceError(f"the dossier PDF cannot be shown ({exc})") from None
        try:
            total = len(doc)
            pages: list[PagePicture] = []
            for index in range(min(total, max_pages)):
                page = doc[index]
                try:
                    bitmap = page.render(scale=dpi / 72)
                    try:
                        image = bitmap.to_pil().convert("RGB")
                    finally:
                        bitmap.close()
                finally:
                    page.close()
                pages.append(PagePicture(image.width, image.height, image.tobytes()))
        finally:
            doc.close()
    return PagePictures(tuple(pages), total)
