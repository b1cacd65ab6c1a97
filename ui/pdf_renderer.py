"""The dossier PDF renderer: self-contained HTML -> PDF bytes with Qt (QTextDocument + QPdfWriter).

Implements ``evidence_app.rendering.PdfRenderer``; ui/launcher.py registers it at start-up
(evidence_app itself never imports Qt). Qt shapes Khmer and Thai with HarfBuzz, and the bundled
fonts (resources/fonts) cover Latin, Khmer, Thai and CJK: the family list below is the fallback
order for every character, so no glyph depends on what the machine happens to have installed.

What must never happen: the renderer reading anything but the HTML it is given. Only data: URIs
are resolved (``_DataOnlyDocument``); a file path or a URL in the markup loads nothing, so a
dossier cannot pull a local file into the PDF. Nothing is written to disk: the PDF is built in a
QBuffer.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLoggingCategory,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QTextDocument,
)

from evidence_app.errors import EvidenceError
from evidence_app.resources import resource_path

FONT_FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansKhmer-Regular.ttf",
    "NotoSansKhmer-Bold.ttf",
    "NotoSansThai-Regular.ttf",
    "NotoSansThai-Bold.ttf",
    "DroidSansFallbackFull.ttf",
)
# Fallback order for every character: Latin first, then the scripts Latin fonts lack.
FONT_FAMILIES = ("Noto Sans", "Noto Sans Khmer", "Noto Sans Thai", "Droid Sans Fallback")
FONT_POINT_SIZE = 10
RESOLUTION_DPI = 96
FOOTER_HEIGHT = 30  # layout pixels below the body of each page, for the page number
MARGIN_MM = 18.0

# Qt notes (at info level) that the primary (Latin) font lacks OpenType tables for Khmer/Thai
# before it falls back to the right family: expected, not actionable, noise on the command line.
_QUIET_RULE = "qt.text.font.db.info=false"

_lock = threading.Lock()
_fonts_loaded = False
_own_app: QGuiApplication | None = None


def font_dir() -> Path:
    return resource_path("fonts")


def _ensure_app() -> None:
    """Fonts and text layout need a QGuiApplication. Inside the desktop app one exists; for the
    command line one is created on the offscreen platform (no display needed)."""
    global _own_app
    app = QCoreApplication.instance()
    if app is None:
        # A QApplication (not just QGuiApplication) so that widgets used later in the same
        # process (tests, the desktop app) still work.
        from PySide6.QtWidgets import QApplication

        _own_app = QApplication(["evidence-app", "-platform", "offscreen"])
    elif not isinstance(app, QGuiApplication):
        raise EvidenceError("the PDF renderer needs a Qt GUI application, but a console-only one is running")


def _load_fonts() -> None:
    global _fonts_loaded
    if _fonts_loaded:
        return
    QLoggingCategory.setFilterRules(_QUIET_RULE)
    folder = font_dir()
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFont(str(folder / name)) < 0:
            # Without the bundled fonts Khmer, Thai or Chinese would print as empty boxes.
            raise EvidenceError(f"the dossier font {name} is missing or unreadable in {folder}")
    missing = set(FONT_FAMILIES) - set(QFontDatabase.families())
    if missing:
        raise EvidenceError(f"the dossier fonts did not load ({', '.join(sorted(missing))})")
    _fonts_loaded = True


class _DataOnlyDocument(QTextDocument):
    """Resolves data: URIs only. For anything else it hands back an empty resource: returning
    nothing is not enough, Qt's image handler would then load the path from disk itself."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        url = QUrl(name) if isinstance(name, str) else name
        if url.scheme() == "data":
            return super().loadResource(type, url)
        if type == QTextDocument.ResourceType.ImageResource.value:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(0)
            return blank
        return ""  # a style sheet or anything else: empty, never a file, never the network


def _paint(document: QTextDocument, writer: QPdfWriter) -> None:
    """Paginate and paint ``document`` onto ``writer``, with page numbers.

    Done here rather than with ``QTextDocument.print_()``: for an unpaginated document that lays
    out a CLONE, a plain QTextDocument which would load ``<img src="/any/file">`` from disk and so
    bypass ``_DataOnlyDocument``."""
    page_height = writer.height() - FOOTER_HEIGHT
    document.setPageSize(QSizeF(writer.width(), page_height))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise EvidenceError("the PDF could not be started")
    try:
        footer_font = QFont(list(FONT_FAMILIES))
        footer_font.setPointSize(FONT_POINT_SIZE - 2)
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * page_height)
            document.drawContents(painter, QRectF(0, index * page_height, writer.width(), page_height))
            painter.restore()
            _draw_page_number(painter, footer_font, f"{index + 1} / {pages}", writer.width(), page_height)
    finally:
        painter.end()


def _draw_page_number(painter: QPainter, font: QFont, text: str, width: float, top: float) -> None:
    """Page numbers are drawn as outlines, not text: they carry nothing of the case, and as text
    a PDF reader joins them to neighbouring digits (a footer "11 / 12" above the file name
    "0002.jpg" reads as "11 / 12 0002", a phone number to the leak gate)."""
    metrics = QFontMetricsF(font)
    x = (width - metrics.horizontalAdvance(text)) / 2
    y = top + (FOOTER_HEIGHT + metrics.ascent() - metrics.descent()) / 2
    path = QPainterPath()
    path.addText(QPointF(x, y), font, text)
    painter.fillPath(path, QColor(90, 90, 90))


def render_pdf(html: str, title: str) -> bytes:
    with _lock:
        _ensure_app()
        _load_fonts()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("Evidence Vault")
        # 96 "dots" per inch: the layout's pixels are then CSS pixels (an <img width="440"> is
        # 440/96 inch wide). Text and vector graphics stay exact; images keep their own pixels.
        writer.setResolution(RESOLUTION_DPI)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
        font = QFont(list(FONT_FAMILIES))
        font.setPointSize(FONT_POINT_SIZE)
        document = _DataOnlyDocument()
        document.documentLayout().setPaintDevice(writer)
        document.setDefaultFont(font)
        document.setHtml(html)
        _paint(document, writer)
        del document
        del writer  # finishes the PDF into the buffer
        buffer.close()
        pdf = bytes(data.data())
    if not pdf.startswith(b"%PDF-"):
        raise EvidenceError("Qt produced no PDF")
    return pdf
