"""Source-protection tests: the Qt PDF renderer registered (offscreen) so exports hold a real PDF."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator

import pytest

from evidence_app.rendering import set_pdf_renderer
from ui.pdf_renderer import render_pdf


@pytest.fixture(autouse=True)
def _qt_pdf_renderer() -> Iterator[None]:
    set_pdf_renderer(render_pdf)
    yield
    set_pdf_renderer(None)
