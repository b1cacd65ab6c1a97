"""Lay plain text out on A4 page images (Pillow), for the working copy of office documents.

The renderer draws text only: no fonts, images, links, comments or properties of the source
document reach the output. Characters are drawn with a fallback chain of fonts (the app's bundled
Noto Sans, Noto Sans Khmer and Droid Sans Fallback for CJK, then system fonts); complex scripts are
shaped by libraqm when Pillow has it. It refuses (``NotSanitizable``) rather than produce a copy
that shows boxes instead of words: if no font has a glyph for some characters (Thai, for example,
is in none of the bundled fonts), the document gets no working copy and its reason says why.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from .base import NotSanitizable

PAGE_WIDTH_PX, PAGE_HEIGHT_PX = 1240, 1754  # A4 at 150 dpi
PAGE_WIDTH_PT, PAGE_HEIGHT_PT = 595.28, 841.89
MARGIN_PX = 110
FONT_PX = 26  # about 12.5 pt at 150 dpi
LINE_PX = 36
MAX_TEXT_PAGES = 500

BUNDLED_FONTS = ("NotoSans-Regular.ttf", "NotoSansKhmer-Regular.ttf", "DroidSansFallbackFull.ttf")
SYSTEM_FONTS = (
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
)

FontType = ImageFont.FreeTypeFont | ImageFont.ImageFont
_SPACES = re.compile(r"( +)")

# The cached FreeType faces are shared; FreeType faces must not be used by two threads at once
# (the import pipeline runs two workers), so all measuring and drawing holds this lock.
_FONT_LOCK = threading.RLock()


def _font_paths() -> list[Path]:
    paths: list[Path] = []
    try:
        from ..resources import resource_path

        paths += [resource_path("fonts", name) for name in BUNDLED_FONTS]
    except ImportError:  # resources module absent (a stripped-down install): system fonts only
        pass
    return paths + [Path(p) for p in SYSTEM_FONTS]


@lru_cache(maxsize=1)
def _fonts() -> tuple[FontType, ...]:
    """The fallback chain: the app's bundled Noto fonts (Latin, Khmer, CJK) first, then system
    fonts, then Pillow's built-in font. Each character is drawn with the first font that has it."""
    fonts: list[FontType] = []
    for path in _font_paths():
        if path.is_file():
            try:
                fonts.append(ImageFont.truetype(str(path), FONT_PX))
            except OSError:
                continue
    return tuple(fonts) or (ImageFont.load_default(FONT_PX),)


@lru_cache(maxsize=16)
def _notdef_mask(index: int) -> bytes:
    # A supplementary private-use character no font maps: what a missing glyph looks like.
    return bytes(_fonts()[index].getmask("\U000fffd0"))


@lru_cache(maxsize=16384)
def _font_for(ch: str) -> int | None:
    """Index of the first font with a glyph for ``ch``, or None."""
    for index, font in enumerate(_fonts()):
        if bytes(font.getmask(ch)) != _notdef_mask(index):
            return index
    return None


def _attaches(ch: str) -> bool:
    """Marks, joiners and spaces belong to the run of the character before them."""
    return ch.isspace() or unicodedata.category(ch)[0] in ("M", "C", "Z")


def check_drawable(text: str) -> None:
    """Refuse text with characters no font can draw (checked once per distinct character)."""
    missing: dict[str, int] = {}
    for ch in set(text):
        if _attaches(ch):
            continue
        with _FONT_LOCK:
            has_font = _font_for(ch) is not None
        if not has_font:
            script = unicodedata.name(ch, "UNKNOWN").split()[0]
            missing[script] = missing.get(script, 0) + 1
    if missing:
        scripts = ", ".join(sorted(missing, key=lambda s: -missing[s])[:4])
        raise NotSanitizable(
            f"no font available to this app can draw some of the document's characters ({scripts}); its text is"
            " searchable, but no working copy was made (only the sealed original is kept)"
        )


def _runs(text: str) -> list[tuple[int, str]]:
    runs: list[tuple[int, str]] = []
    for ch in text:
        index = runs[-1][0] if runs and _attaches(ch) else (_font_for(ch) or 0)
        if runs and runs[-1][0] == index:
            runs[-1] = (index, runs[-1][1] + ch)
        else:
            runs.append((index, ch))
    return runs


@lru_cache(maxsize=65536)
def _measure(text: str) -> float:
    fonts = _fonts()
    return sum(fonts[index].getlength(run) for index, run in _runs(text))


def _wrap(line: str, width: int) -> Iterator[str]:
    line = line.replace("\t", "    ").rstrip()
    if not line:
        yield ""
        return
    current, current_width = "", 0.0
    space = _measure(" ")
    for word in line.split(" "):
        word_width = _measure(word)
        if current and current_width + space + word_width <= width:
            current, current_width = f"{current} {word}", current_width + space + word_width
            continue
        if not current and word_width <= width:
            current, current_width = word, word_width
            continue
        if current:
            yield current
        current, current_width = "", 0.0
        if word_width <= width:
            current, current_width = word, word_width
            continue
        # A word longer than the line (URLs, scripts written without spaces) is cut by characters.
        for ch in word:
            ch_width = _measure(ch)
            if current and current_width + ch_width > width:
                yield current
                current, current_width = "", 0.0
            current, current_width = current + ch, current_width + ch_width
    yield current


def render_text(text: str) -> Iterator[Image.Image]:
    """Greyscale A4 page images holding ``text``; at most ``MAX_TEXT_PAGES`` (the last one then
    says that the text continues, so a cut is never silent)."""
    with _FONT_LOCK:
        check_drawable(text)
        usable = PAGE_WIDTH_PX - 2 * MARGIN_PX
        per_page = (PAGE_HEIGHT_PX - 2 * MARGIN_PX) // LINE_PX
        lines = (wrapped for paragraph in text.split("\n") for wrapped in _wrap(paragraph, usable))
        pages = 0
        page_lines: list[str] = []
        for line in lines:
            page_lines.append(line)
            if len(page_lines) < per_page:
                continue
            if pages == MAX_TEXT_PAGES - 1:
                page_lines[-1] = "[The text continues; only the first pages were rendered. See the original.]"
                yield _draw(page_lines)
                return
            yield _draw(page_lines)
            pages += 1
            page_lines = []
        if page_lines or pages == 0:
            yield _draw(page_lines)


@lru_cache(maxsize=65536)
def _word(index: int, word: str) -> tuple[Any, tuple[int, int], float]:
    """The drawn mask of one word in one font, its offset from the pen position (baseline
    anchored) and its advance. Rasterising is most of the cost of a page (a hinted font takes
    ~30 µs a glyph), and a text repeats its words, so each is drawn once and then pasted."""
    font = _fonts()[index]
    if not isinstance(font, ImageFont.FreeTypeFont):  # Pillow's bitmap font: no anchors
        return font.getmask(word), (0, -FONT_PX), font.getlength(word)
    mask, offset = font.getmask2(word, mode="L", anchor="ls")
    return mask, (int(offset[0]), int(offset[1])), font.getlength(word)


def _draw(lines: list[str]) -> Image.Image:
    image = Image.new("L", (PAGE_WIDTH_PX, PAGE_HEIGHT_PX), 255)
    draw = ImageDraw.Draw(image)
    baseline = MARGIN_PX + FONT_PX
    for line in lines:
        x = float(MARGIN_PX)
        for index, run in _runs(line):
            # Baseline anchoring keeps runs drawn with different fonts on one line; words are
            # shaped whole (spaces carry no shaping), so drawing word by word looks the same.
            for word in _SPACES.split(run):
                if not word:
                    continue
                mask, (dx, dy), advance = _word(index, word)
                if not word.isspace() and mask.size[0] and mask.size[1]:
                    draw.draw.draw_bitmap((round(x) + dx, baseline + dy), mask, 0)
                x += advance
        baseline += LINE_PX
    return image
