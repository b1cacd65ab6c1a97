"""A text layer that gives back the text that went in: ActualText spans over fpdf2's shaping.

fpdf2 shapes every run with HarfBuzz (uharfbuzz) and maps each glyph to the characters of its
cluster in the font's ToUnicode CMap. That is right for Latin, Chinese, Vietnamese and Arabic,
but not for scripts whose glyphs are drawn in another order than the characters are stored or
whose marks are positioned apart from their base: a PDF reader rebuilds the text from glyph
positions, so Khmer ``ខ្មែរ`` (the vowel ``ែ`` is drawn BEFORE its consonant) and Thai tone marks
(drawn above, at their own offset) come back reordered or split. PDF's answer is the
``/ActualText`` marked-content property (ISO 32000-1, 14.9.4): each shaped run is wrapped in
``/Span <</ActualText (its characters) /Lang (tag)>> BDC ... EMC``, and poppler (pdftotext) and
pdfium both extract exactly those characters for the run.

fpdf2 has no public hook for this, so ``Fragment.render_with_text_shaping`` and
``Fragment.render_pdf_text_ttf`` (the unshaped path, used for Latin paragraphs) are wrapped once (at
import). The wrapper only acts while ``active()`` is entered by the dossier renderer on the same
thread, so any other use of fpdf2 in the process is untouched. Right-to-left runs get no
ActualText (only their language): readers reverse a right-to-left run's ActualText as they
reverse its glyphs, and fpdf2's ToUnicode already gives the Arabic text back in logical order.
The test suite checks every script with pdftotext and pypdfium2, so an fpdf2 release that moves
this method fails loudly instead of writing a wrong text layer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from fpdf import line_break
from fpdf.enums import TextDirection

_state = threading.local()


@contextmanager
def active() -> Iterator[None]:
    previous = getattr(_state, "on", False)
    _state.on = True
    try:
        yield
    finally:
        _state.on = previous
        _state.lang = None


@contextmanager
def language(tag: str | None) -> Iterator[None]:
    """Marks the runs rendered inside as being in ``tag`` (BCP 47), per paragraph."""
    previous = getattr(_state, "lang", None)
    _state.lang = tag
    try:
        yield
    finally:
        _state.lang = previous


def _pdf_text_string(text: str) -> str:
    """A PDF text string as a hex string (UTF-16BE with BOM): no escaping questions at all."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _lang_token(tag: str) -> str:
    safe = "".join(c for c in tag if c.isascii() and (c.isalnum() or c == "-"))
    return f"/Lang ({safe}) " if safe else ""


def _with_actual_text(original: Callable[..., str]) -> Callable[..., str]:
    def render(self: line_break.Fragment, *args: Any, **kwargs: Any) -> str:
        out = original(self, *args, **kwargs)
        if not out or not getattr(_state, "on", False):
            return out
        # The total-pages alias is substituted after rendering: its characters are not known here.
        if isinstance(self, line_break.TotalPagesSubstitutionFragment):
            return out
        lang = getattr(_state, "lang", None)
        props = _lang_token(lang) if lang else ""
        if self.fragment_direction != TextDirection.RTL:
            props += "/ActualText " + _pdf_text_string(self.string)
        if not props:
            return out
        return f"/Span <<{props.strip()}>> BDC {out} EMC"

    render._evidence_actual_text = True  # type: ignore[attr-defined]
    return render


# Both ways fpdf2 sets a run of a TrueType font: shaped (HarfBuzz) and unshaped (the font's own
# advance widths; the dossier sets Latin paragraphs so, see pdfdoc). Every run gets its span.
for _name in ("render_with_text_shaping", "render_pdf_text_ttf"):
    _method = getattr(line_break.Fragment, _name)
    if not getattr(_method, "_evidence_actual_text", False):
        setattr(line_break.Fragment, _name, _with_actual_text(_method))
