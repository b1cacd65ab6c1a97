"""dossier.pdf, laid out from the redacted ``Dossier`` with fpdf2 (no Qt).

Why fpdf2 (see docs/ARCHITECTURE.md, "Dossier PDF"): it shapes every run with HarfBuzz, subsets
the bundled fonts (only the glyphs used are embedded), passes JPEG bytes into the PDF unchanged
(DCT), and lets ``textlayer`` put an ActualText span with the run's characters and its language
around every shaped run, so pdftotext and pdfium give Khmer, Thai and Burmese back as they were
typed (Qt's writer maps glyphs only, and Khmer came back as ``ែខរ``). It reads nothing but the
bytes handed to it: no file path or URL from the case can reach it.

Layout, as a report a reader prints: a cover page with the case summary, the signer's key and how
to check the bundle; a table of contents; testimonies (each line of a transcript its own
paragraph, blank lines between questions and answers kept); persons; sites; notes; photos, each
titled by its caption and kept on one page with its caption; timeline; custody summary. Every
page carries its number and the signer's fingerprint. Right-to-left paragraphs (Arabic) are set
right to left and right aligned. Every paragraph is tagged with its language.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import threading
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont
from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos
from fpdf.fonts import SubsetMap, TTFFont
from fpdf.outline import OutlineSection

from ..errors import EvidenceError
from ..resources import resource_path
from . import textlayer
from .collect import Dossier, MediaOut, TestimonyOut
from .images import DisplayImage
from .language import is_rtl, language_of
from .pdf import PRODUCER

# (family, regular file, bold file): the first covers Latin and Vietnamese; the others are the
# fallbacks, tried in this order for every character the first lacks.
FONTS = (
    ("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("NotoSansKhmer", "NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"),
    ("NotoSansThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    ("NotoSansMyanmar", "NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf"),
    ("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    ("DroidSansFallback", "DroidSansFallbackFull.ttf", None),
)
FALLBACK_FONTS = [family for family, _, _ in FONTS[1:]]
BODY_PT = 10.0
SMALL_PT = 8.5
LINE_MM = 5.2
MARGIN_MM = 18.0
IMAGE_MAX_HEIGHT_MM = 140.0
# Paragraphs broken by _Layout._wrapped: Latin, Latin Extended (Vietnamese), punctuation, symbols.
_LATIN = re.compile("[\u0020-\u007e\u00a0-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]*")
# A fingerprint is read character by character: no ligature may join "fi" or "ffl" in it.
NO_LIGATURES = {"liga": False, "clig": False, "dlig": False, "calt": False}


def text_lines(text: str) -> list[str]:
    """The lines of a text as typed; a blank line stays a blank line (collapsed to one)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line.strip():
            if out and out[-1]:
                out.append("")
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


class _ParsedFonts:
    """The bundled fonts as fpdf2 reads them, parsed once per process and shared by every PDF.

    Why: fpdf2's ``add_font`` parses a font file whole (its character map, every glyph's width and
    id: DroidSansFallback alone has 49,000 glyphs, 0.4 s of Python and about 50,000 objects) for
    every document, and an export lays out the dossier once for the dry run and again for the
    export, in a thread beside the window, which waits for the interpreter lock meanwhile. What is
    shared is only what fpdf2 reads and never changes (the character map, the glyph ids, the font's
    glyph order and widths, its descriptor's values); what it changes per document (the subset of
    glyphs used, the widths it memoises, the descriptor it writes out, the HarfBuzz font whose size
    it sets per run, the fontTools font it subsets in place when it writes the PDF) is made new for
    each document (``font_for``), so each PDF embeds its own subset, and two documents laid out at
    once in two threads share nothing they write. Parsing is under a lock: one parse per font."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._parsed: dict[tuple[str, str], TTFFont] = {}
        self._files: dict[tuple[str, str], Path] = {}
        folder = resource_path("fonts")
        for family, regular, bold in FONTS:
            self._files[(family, "")] = folder / regular
            if bold:
                self._files[(family, "B")] = folder / bold

    def styles(self, family: str) -> tuple[str, ...]:
        return tuple(style for fam, style in self._files if fam == family)

    def knows(self, family: str, style: str) -> bool:
        return (family, style) in self._files

    def template(self, family: str, style: str) -> TTFFont:
        """The parsed font (read-only: never handed to a document, see ``font_for``)."""
        key = (family, style)
        with self._lock:
            parsed = self._parsed.get(key)
            if parsed is None:
                parsed = self._parse(family, style, self._files[key])
                self._parsed[key] = parsed
            return parsed

    @staticmethod
    def _parse(family: str, style: str, path: Path) -> TTFFont:
        try:
            font = TTFFont(_PARSER, path, f"{family.lower()}{style}", style)
            ttfont = font.ttfont
            # Everything a layout reads of the fontTools font, loaded now, while one thread holds
            # it; then the file is closed, so a table nobody loaded can never be read from two
            # threads at once through one file handle (it would fail loudly instead).
            ttfont.getGlyphOrder()
            for table in ("head", "hhea", "hmtx", "OS/2", "post", "name", "cmap", "maxp"):
                if table in ttfont:
                    _ = ttfont[table]  # loads it
            ttfont.close()
            # The outlines are read from the file opened anew for each PDF (``fresh_file``): kept
            # here they would be one object per glyph (58,000) for every full garbage collection of
            # the process to walk.
            for table in ("glyf", "loca"):
                if table in ttfont:
                    del ttfont[table]
        except (OSError, RuntimeError, KeyError) as exc:
            # Without the bundled fonts Khmer, Thai or Chinese would print as empty boxes.
            raise EvidenceError(f"a dossier font is missing or unreadable: {path} ({exc})") from None
        if font.color_font is not None or (font.is_cff and font.is_cid_keyed):
            # Not the case of any bundled font; fpdf2 writes such fonts differently, so never shared.
            raise EvidenceError(f"a dossier font is not a plain TrueType font: {path}")
        return font

    def font_for(self, pdf: FPDF, family: str, style: str) -> TTFFont:
        """A font for ``pdf`` (its number the next of the document's), sharing the parsed data."""
        template = self.template(family, style)
        font = TTFFont.__new__(TTFFont)
        for name in TTFFont.__slots__:
            if hasattr(template, name):  # fpdf2 leaves some unset
                setattr(font, name, getattr(template, name))
        font.i = len(pdf.fonts) + 1
        # fpdf2 adds the default width of a character the font lacks to ``cw`` when it meets one.
        missing_width = template.desc.missing_width
        font.cw = defaultdict(lambda: missing_width, template.cw)
        font.desc = copy.copy(template.desc)  # written out with this document's object numbers
        font.missing_glyphs = []
        font.biggest_size_pt = 0
        font._hbfont = None  # HarfBuzz's font is set to each run's size: one per document
        font.subset = SubsetMap(font)
        return font

    def fresh_file(self, family: str, style: str) -> TTFont:
        """The font file opened anew (lazily: only the tables it reads), for fpdf2 to subset in
        place and close when it writes one document."""
        return TTFont(self._files[(family, style)], recalcTimestamp=False, lazy=True)


_PARSER = FPDF()  # only its settings are read by TTFFont (no colour fonts are among ours)
_FONTS = _ParsedFonts()


class _Pdf(FPDF):
    """fpdf2 with the bundled fonts added on first use: a font is parsed (once per process, see
    ``_ParsedFonts``) and embedded only when the document sets it or needs it for a character
    (fallback fonts), so a Latin dossier embeds two fonts, not eleven, and no PDF subsets fonts
    it never drew with (0.3 s a document)."""

    def __init__(self, footer: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self._footer = footer
        self._fallback_families: list[str] = []
        self._fallback_of: dict[tuple[str, str], tuple[str, str] | None] = {}
        self._bundled: dict[str, tuple[str, str]] = {}  # fontkey -> (family, style) of ours
        self.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
        self.set_auto_page_break(True, margin=MARGIN_MM)
        self.set_fallback_fonts(FALLBACK_FONTS, exact_match=False)
        self.set_font("NotoSans", "", BODY_PT)
        self.set_text_shaping(True)

    def _ensure(self, family: str, style: str) -> str:
        """The fontkey of a bundled font, added to this document if it was not yet."""
        key = f"{family.lower()}{style}"
        if key not in self.fonts:
            self.fonts[key] = _FONTS.font_for(self, family, style)
            self._bundled[key] = (family, style)
            if family in self._fallback_families and key not in self._fallback_font_ids:
                self._fallback_font_ids.append(key)
        return key

    def set_font(self, family: str | None = None, style: Any = "", size: float = 0) -> None:
        if family is not None:
            wanted = "".join(sorted(str(style).upper().replace("U", "").replace("S", "")))
            name = next((f for f, _, _ in FONTS if f.lower() == family.lower()), None)
            if name is not None and _FONTS.knows(name, wanted):
                self._ensure(name, wanted)
        super().set_font(family, style, size)

    def set_fallback_fonts(self, fallback_fonts: Sequence[str], exact_match: bool = True) -> None:
        """As fpdf2's, for bundled families that need not be added yet (``get_fallback_font``
        adds one when a character needs it)."""
        self._fallback_families = list(fallback_fonts)
        self._fallback_font_exact_match = exact_match
        self._fallback_font_ids = [
            key for key, (family, _) in self._bundled.items() if family in self._fallback_families
        ]

    def get_fallback_font(self, char: str, style: str = "") -> str | None:
        """fpdf2's choice (the first fallback font, in order, with the character and the style;
        else, as exact_match is off, the first with the character), made from the parsed fonts'
        character maps; the font chosen is added to the document then."""
        wanted = "".join(sorted(style.upper()))
        memo = (char, wanted)
        if memo not in self._fallback_of:
            self._fallback_of[memo] = self._choose_fallback(ord(char), wanted)
        chosen = self._fallback_of[memo]
        return None if chosen is None else self._ensure(*chosen)

    def _choose_fallback(self, code: int, wanted: str) -> tuple[str, str] | None:
        first: tuple[str, str] | None = None
        for family in self._fallback_families:
            for font_style in _FONTS.styles(family):
                if code not in _FONTS.template(family, font_style).cmap:
                    continue
                if font_style == wanted:
                    return family, font_style
                first = first or (family, font_style)
        return None if self._fallback_font_exact_match else first

    def output(self, *args: Any, **kwargs: Any) -> Any:
        # fpdf2 subsets each font's fontTools object in place and closes it: each of this
        # document's fonts gets the file opened anew for that (the shared parse stays intact).
        for key, (family, style) in self._bundled.items():
            font = self.fonts[key]
            assert isinstance(font, TTFFont)
            font.ttfont = _FONTS.fresh_file(family, style)
        return super().output(*args, **kwargs)

    def set_plain(self, text: str) -> None:
        """Set ``text`` (Latin, see ``_Layout._wrapped``) unshaped; when the current font has every
        one of its characters, without the per-character fallback lookup too (fpdf2 then takes
        the line whole instead of character by character). ``set_shaped`` undoes both."""
        self.set_text_shaping(False)
        cmap = getattr(self.current_font, "cmap", None)
        missing = [c for c in set(text) if cmap is None or ord(c) not in cmap]
        if not missing:
            self.set_fallback_fonts([])
            return
        # Unshaped text with no fallback font added yet would skip fpdf2's per-character lookup
        # altogether: the fonts these characters need are added now (fonts on first use).
        for c in sorted(missing):
            self.get_fallback_font(c, self.font_style)

    def set_shaped(self) -> None:
        self.set_text_shaping(True)
        self.set_fallback_fonts(FALLBACK_FONTS, exact_match=False)

    def footer(self) -> None:
        # Written when a paragraph breaks to a new page: its shaping (on or off, direction) and
        # font are given back to it afterwards.
        shaping = self.text_shaping
        self.set_y(-12)
        self.set_font("NotoSans", "", SMALL_PT - 1)
        self.set_text_color(90, 90, 90)
        self.set_text_shaping(True, features=NO_LIGATURES, direction="ltr")
        with textlayer.language("en"):
            self.cell(0, 4, f"{self._footer}   \u00b7   page {self.page_no()} of {{nb}}", align=Align.C)
        self.set_text_color(0, 0, 0)
        self.text_shaping = shaping


class _Layout:
    def __init__(self, d: Dossier, fingerprint: str, images: dict[str, DisplayImage]) -> None:
        self.d = d
        self.fingerprint = fingerprint
        self.images = images
        self.pdf = _Pdf(f"Signer key {fingerprint}")
        self._widths: dict[tuple[object, ...], dict[str, float]] = {}

    # --- text ---------------------------------------------------------------------------------

    def para(
        self,
        text: str,
        *,
        size: float = BODY_PT,
        bold: bool = False,
        grey: bool = False,
        lang: str | None = None,
        fixed: bool = False,
        indent: float = 0.0,
        after: float = 1.2,
    ) -> None:
        pdf = self.pdf
        if not text.strip():
            pdf.ln(LINE_MM * size / BODY_PT)
            return
        rtl = is_rtl(text)
        pdf.set_font("NotoSans", "B" if bold else "", size)
        pdf.set_text_color(*((70, 70, 70) if grey else (0, 0, 0)))
        pdf.set_x(pdf.l_margin + indent)
        height = LINE_MM * size / BODY_PT
        lines = None if rtl else self._wrapped(text, pdf.epw - indent - 2 * pdf.c_margin, fixed)
        if lines is None:
            pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr", features=NO_LIGATURES if fixed else None)
        with textlayer.language(lang or language_of(text)):
            if lines is not None:
                for line in lines:
                    pdf.set_x(pdf.l_margin + indent)
                    pdf.cell(pdf.epw - indent, height, line, align=Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.multi_cell(
                    pdf.epw - indent,
                    height,
                    text,
                    align=Align.R if rtl else Align.L,
                    new_x=XPos.LMARGIN,
                    new_y=YPos.NEXT,
                )
        pdf.set_text_color(0, 0, 0)
        pdf.set_shaped()
        pdf.ln(after)

    def _wrapped(self, text: str, width: float, fixed: bool) -> list[str] | None:
        """A Latin paragraph broken into lines at spaces, each word measured once, to be set
        UNSHAPED (text shaping is left off when this returns lines).

        fpdf2's multi_cell shapes the line again with HarfBuzz for every character it adds, so a
        long transcript took seconds per page (200 interviews: most of an export's time), and
        even one shaping per line was most of the PDF's time. Text of the Latin block (Vietnamese
        included, precomposed: no combining marks) needs no shaping: each character is one glyph
        at the font's own advance, so it is measured and set from the font's width table, with
        the same fonts and the same text layer (ActualText and language per run, ``textlayer``).
        What is lost is kerning and ligatures (the fingerprint wants none anyway). Anything else
        (Khmer, Thai, Chinese, combining marks, a word wider than the line) returns None, with
        shaping left as it was, and goes through multi_cell shaped as before."""
        if not _LATIN.fullmatch(text):
            return None
        pdf = self.pdf
        pdf.set_plain(text)
        key = (pdf.font_family, pdf.font_style, pdf.font_size_pt, fixed)
        widths = self._widths.setdefault(key, {})

        def measure(word: str) -> float:
            if word not in widths:
                widths[word] = pdf.get_string_width(word)
            return widths[word]

        space = measure(" ")
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for word in text.split(" "):
            w = measure(word)
            if w > width:
                pdf.set_shaped()
                return None
            if current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used += (space if current else 0.0) + w
                current.append(word)
        lines.append(" ".join(current))
        return lines

    def block(self, text: str, **kwargs: Any) -> None:
        """A free text as typed: each line a paragraph, blank lines kept as blank lines."""
        for line in text_lines(text):
            self.para(line, **kwargs)

    def heading(self, text: str, level: int, keep: float = 25.0) -> None:
        """``keep``: the height of what must follow the heading on the same page."""
        pdf = self.pdf
        size = (15.0, 12.0, 10.5)[level]
        if pdf.will_page_break(size * 0.6 + min(keep, pdf.eph / 2)):  # never a heading alone at a page's foot
            pdf.add_page()
        pdf.ln(3 if level else 5)
        pdf.start_section(text, level=level)
        self.para(text, size=size, bold=True, after=1.5)
        if level == 0:
            y = pdf.get_y()
            pdf.set_draw_color(140, 140, 140)
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(2)

    @contextmanager
    def kept_together(self, height: float) -> Iterator[None]:
        if self.pdf.will_page_break(height):
            self.pdf.add_page()
        yield

    def text_height(self, text: str, size: float = BODY_PT, width: float | None = None) -> float:
        pdf = self.pdf
        pdf.set_font("NotoSans", "", size)
        pdf.set_text_shaping(True, direction="rtl" if is_rtl(text) else "ltr")
        lines = 0
        for line in text_lines(text):
            if not line:
                lines += 1
                continue
            result = pdf.multi_cell(width or pdf.epw, 1, line, dry_run=True, output="LINES")
            lines += len(result) if isinstance(result, list) else 1
        return lines * LINE_MM * size / BODY_PT + 1.2 * lines

    # --- sections -----------------------------------------------------------------------------

    def cover(self) -> None:
        d, pdf = self.d, self.pdf
        pdf.add_page()
        pdf.start_section("Case summary", level=0)
        self.para(d.title, size=18, bold=True, after=3)
        self.para(f"Redacted dossier exported {d.export_date}. Case status: {d.status}.", grey=True, lang="en")
        self.para(f"Case reference {d.case_ref}   \u00b7   bundle {d.bundle_id}", grey=True, fixed=True, lang="en")
        pdf.ln(2)
        self.para("Summary", size=12, bold=True, lang="en")
        if d.description.strip():
            self.block(d.description)
        else:
            self.para("(no description)", grey=True, lang="en")
        counts = ", ".join(
            _count(n, one, many)
            for n, one, many in (
                (len(d.testimonies), "testimony", "testimonies"),
                (len(d.persons), "person", "persons"),
                (len(d.sites), "site", "sites"),
                (len(d.notes), "note", "notes"),
                (len(d.media), "file", "files"),
            )
        )
        counts += "."
        self.para(counts, grey=True, lang="en", after=3)
        self.para("About this dossier", size=12, bold=True, lang="en")
        notice = (
            "Protected persons appear only by pseudonym. [REDACTED: kind] marks removed identifying data"
            " (phone numbers, e-mail addresses, ...), [REDACTED] a passage the researcher withheld."
            " Sensitive places are shown by province only."
        )
        self.para(notice, lang="en")
        self.para(
            "The bundle is signed with an SSH signature; the signer's key fingerprint, as ssh-keygen -l prints it:",
            lang="en",
        )
        self.para(self.fingerprint, bold=True, fixed=True, lang="en", indent=6, after=2)
        self.para(
            "To check it, see README.txt beside data/ in the bundle: it gives the ssh-keygen and bagit"
            " commands that verify the signature and every file.",
            lang="en",
        )

    def testimony(self, t: TestimonyOut) -> None:
        self.heading(f"Testimony {t.ref}: {t.person_label}", 1)
        facts = [f"{k}: {v}" for k, v in (("Date", t.date), ("Place", t.place), ("Language", t.language)) if v]
        if t.media_refs:
            facts.append("Files: " + ", ".join(f"media/{r}" for r in t.media_refs))
        if facts:
            self.para("   \u00b7   ".join(facts), size=SMALL_PT, grey=True)
        if t.summary.strip():
            self.para("Summary", bold=True, lang="en")
            self.block(t.summary)
            self.para("Transcript", bold=True, lang="en")
        self.block(t.transcript)

    def _media_parts(self, m: MediaOut) -> tuple[str, str, float, float]:
        pdf = self.pdf
        shown = self.images.get(m.ref)
        facts = [f"File: media/{m.file_name}"]
        facts += [f"{k}: {v}" for k, v in (("Taken", m.capture_date), ("Place", m.place)) if v]
        facts_text = "   \u00b7   ".join(facts)
        caption_rest = "\n".join(text_lines(m.caption)[1:]) if m.caption.strip() else ""
        width = height = 0.0
        if shown is not None:
            width = pdf.epw
            height = width * shown.height / max(1, shown.width)
            if height > IMAGE_MAX_HEIGHT_MM:
                height = IMAGE_MAX_HEIGHT_MM
                width = height * shown.width / max(1, shown.height)
        return facts_text, caption_rest, width, height

    def media_height(self, m: MediaOut) -> float:
        facts_text, caption_rest, _, height = self._media_parts(m)
        return 14 + height + self.text_height(caption_rest) + self.text_height(facts_text, SMALL_PT)

    def media_item(self, m: MediaOut) -> None:
        pdf = self.pdf
        shown = self.images.get(m.ref)
        facts_text, caption_rest, width, height = self._media_parts(m)
        with self.kept_together(min(self.media_height(m), pdf.eph)):
            pdf.ln(3)
            pdf.start_section(m.title, level=1)
            self.para(m.title, size=10.5, bold=True, after=1.5)
            if shown is not None:
                pdf.image(io.BytesIO(shown.data), x=pdf.l_margin + (pdf.epw - width) / 2, w=width, h=height)
                pdf.ln(1.5)
            else:
                self.para(f"({m.kind}: not shown on paper; the file is in the bundle)", grey=True, lang="en")
            if caption_rest:
                self.block(caption_rest)
            self.para(facts_text, size=SMALL_PT, grey=True)

    def custody(self) -> None:
        c = self.d.custody
        self.heading("Custody", 0)
        if c.case_entries:
            span = f" from {c.first_day} to {c.last_day}" if c.first_day else ""
            self.para(f"The vault's custody log holds {c.case_entries} entries about this case's records{span}:")
            self.para(", ".join(f"{action} {count}" for action, count in c.actions), indent=6)
        self.para(
            f"The log is a hash chain; before this export its last entry was number {c.head_seq}, with hash:",
            lang="en",
        )
        self.para(c.head_hash or "(empty log)", fixed=True, indent=6, size=SMALL_PT, lang="en")
        self.para(
            "This export is itself recorded in that log (with the bundle's SHA-256), so the researcher can"
            " show that this dossier came from the vault and what was done to the material before.",
            lang="en",
        )

    def build(self) -> bytes:
        d, pdf = self.d, self.pdf
        pdf.set_title(d.title)
        pdf.set_producer(PRODUCER)
        # fpdf2 always writes a creation date, and derives the file id from its output: a fixed
        # one makes the same dossier render to the same bytes (pdf.assemble drops the date).
        pdf.set_creation_date(dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
        pdf.set_lang("en")
        with textlayer.active():
            self.cover()
            pdf.add_page()
            pdf.insert_toc_placeholder(_render_toc, pages=_toc_pages(d, pdf))
            if d.testimonies:
                self.heading("Testimonies", 0)
                for t in d.testimonies:
                    self.testimony(t)
            if d.persons:
                self.heading("Persons", 0)
                for p in d.persons:
                    shown = p.label if p.protected else f"{p.label} (named: a public person)"
                    self.para(f"{p.ref}   {shown}   \u00b7   {p.role}")
            if d.sites:
                self.heading("Sites", 0)
                for s in d.sites:
                    self.para(f"{s.ref}   {s.label}", bold=True)
                    facts = [f"{k}: {v}" for k, v in (("Town", s.town), ("Province", s.province)) if v]
                    if s.lat is not None and s.lon is not None:
                        facts.append(f"Position: {s.lat:.5f}, {s.lon:.5f}")
                    elif s.generalised:
                        facts.append("Position: withheld (sensitive site: province only)")
                    else:
                        facts.append("Position: not exported")
                    self.para("   \u00b7   ".join(facts), size=SMALL_PT, grey=True, indent=6)
            if d.notes:
                self.heading("Notes", 0)
                for n in d.notes:
                    about = f" (about {n.person_label})" if n.person_label else ""
                    self.heading(f"Note {n.ref}{about}", 1)
                    self.block(n.text)
            if d.media:
                self.heading("Photos and files", 0, keep=self.media_height(d.media[0]))
                for m in d.media:
                    self.media_item(m)
            if d.timeline:
                self.heading("Timeline", 0)
                for ev in d.timeline:
                    self.para(f"{ev.date}   {ev.what}")
            self.custody()
            out = pdf.output()
        return bytes(out)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


TOC_TITLE_MM = 9.0
TOC_GAP_MM = 2.0
TOC_ROW_MM = LINE_MM + 0.6


def toc_entries(d: Dossier) -> int:
    """How many lines the table of contents has: one per section ``build`` starts, but the cover's."""
    headings = [bool(d.testimonies), bool(d.persons), bool(d.sites), bool(d.notes), bool(d.media), bool(d.timeline)]
    return sum(headings) + 1 + len(d.testimonies) + len(d.notes) + len(d.media)  # + 1: Custody


def _toc_pages(d: Dossier, pdf: FPDF) -> int:
    """Exactly how many pages ``_render_toc`` fills (fpdf2 refuses a placeholder of another size):
    its rows are laid out as ``cell`` lays them, one per entry, breaking where ``cell`` breaks."""
    pages, y = 1, pdf.t_margin + TOC_TITLE_MM + TOC_GAP_MM
    for _ in range(toc_entries(d)):
        if y + TOC_ROW_MM > pdf.page_break_trigger:
            pages, y = pages + 1, pdf.t_margin
        y += TOC_ROW_MM
    return pages


def _render_toc(pdf: FPDF, outline: Sequence[OutlineSection]) -> None:
    pdf.set_font("NotoSans", "B", 15)
    pdf.set_text_shaping(True, direction="ltr")
    pdf.set_x(pdf.l_margin)
    with textlayer.language("en"):
        pdf.cell(0, TOC_TITLE_MM, "Contents", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(TOC_GAP_MM)
    for section in outline:
        if section.name == "Case summary":
            continue
        pdf.set_font("NotoSans", "B" if section.level == 0 else "", BODY_PT)
        indent = 7.0 * section.level
        rtl = is_rtl(section.name)
        pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr")
        pdf.set_x(pdf.l_margin + indent)
        with textlayer.language(language_of(section.name)):
            pdf.cell(pdf.epw - indent - 14, TOC_ROW_MM, section.name, align=Align.R if rtl else Align.L)
        pdf.set_text_shaping(True, direction="ltr")
        with textlayer.language("en"):
            pdf.cell(14, TOC_ROW_MM, str(section.page_number), align=Align.R, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def sample_pdf(lines: Sequence[str]) -> bytes:
    """One page holding ``lines`` set as the dossier sets its paragraphs (bundled fonts, HarfBuzz
    shaping, ActualText): for the self-test, which reads the text back out of the bytes."""
    pdf = _Pdf("self-test")
    with textlayer.active():
        pdf.add_page()
        for line in lines:
            rtl = is_rtl(line)
            pdf.set_text_shaping(True, direction="rtl" if rtl else "ltr")
            with textlayer.language(language_of(line)):
                pdf.multi_cell(
                    pdf.epw, LINE_MM, line, align=Align.R if rtl else Align.L, new_x=XPos.LMARGIN, new_y=YPos.NEXT
                )
    return bytes(pdf.output())


def render_pdf(d: Dossier, fingerprint: str, images: dict[str, DisplayImage]) -> bytes:
    """The dossier PDF (before ``pdf.normalise``), from redacted content only."""
    return _Layout(d, fingerprint, images).build()
