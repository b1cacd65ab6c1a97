"""Rendering services the domain needs but must not implement itself.

evidence_app never imports Qt, yet the dossier PDF is laid out by Qt (QTextDocument/QPdfWriter,
which shapes Khmer and Thai correctly). The ui layer registers a renderer at start-up
(ui/launcher.py); the export service asks for it here and fails with a clear message if none is
registered (e.g. a script using evidence_app without the ui package).
"""

from __future__ import annotations

from typing import Protocol

from .errors import EvidenceError


class PdfRenderer(Protocol):
    def __call__(self, html: str, title: str) -> bytes:
        """Lay out self-contained HTML (images as data: URIs) as PDF bytes, in memory."""
        ...


_pdf_renderer: PdfRenderer | None = None


def set_pdf_renderer(renderer: PdfRenderer | None) -> None:
    global _pdf_renderer
    _pdf_renderer = renderer


def pdf_renderer() -> PdfRenderer:
    if _pdf_renderer is None:
        raise EvidenceError("no PDF renderer is available (start through the evidence-app command)")
    return _pdf_renderer
