"""Unicode character classes shared by the matcher, the detectors and the leak gate.

The tables are computed once, lazily, from the running Python's ``unicodedata`` (about 0.15 s),
so they follow the Unicode version of the interpreter instead of a hand-copied list that would
silently go stale.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# Scripts written without spaces between words: one list, shared with the search tokenizer.
from ..script_ranges import UNSPACED_RANGES

# Code points that are invisible and can be inserted into a name without changing how it
# looks: zero-width space/joiners, soft hyphen, bidi controls, variation selectors, Khmer
# inherent vowels, tag characters. They are dropped before matching, otherwise "Da\u00adra" or
# "王\u200b明" would slip past both the redactor and the leak gate.
_EXTRA_IGNORABLE: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)

# Latin letters (after NFD, the base character) whose combining marks are dropped for
# diacritic-insensitive matching, so "Nguyen Van An" and "Nguyễn Văn An" fold alike.
_LATIN_RANGES: tuple[tuple[int, int], ...] = (
    (0x0041, 0x005A),
    (0x0061, 0x007A),
    (0x00C0, 0x024F),
    (0x0250, 0x02AF),
    (0x1D00, 0x1DBF),
    (0x1E00, 0x1EFF),
    (0x2C60, 0x2C7F),
    (0xA720, 0xA7FF),
    (0xAB30, 0xAB6F),
)

# Characters with no decomposition that readers nevertheless treat as a plain Latin letter.
_LATIN_EXTRA = {
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ø": "o",
    "ı": "i",
    "ħ": "h",
    "æ": "ae",
    "œ": "oe",
    "ŧ": "t",
}
# Typographic apostrophes and dashes fold to their ASCII forms ("O’Brien" == "O'Brien").
_PUNCT = {
    "\u2018": "'",
    "\u2019": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
}

_SCAN_LIMIT = 0x323B0  # everything assigned outside the tag/private-use planes


def _in_ranges(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def is_latin_cp(cp: int) -> bool:
    return _in_ranges(cp, _LATIN_RANGES)


def fold_visible(chunk: str) -> str:
    """The fold of a base character with its marks, invisible characters already removed:
    NFKC, casefold, NFKC again; diacritics on Latin letters dropped (privacy first: "Nguyen"
    must find "Nguyễn"), while marks of other scripts (Thai vowels, Khmer signs) carry meaning
    and stay."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", chunk).casefold())
    out: list[str] = []
    latin = False
    for c in unicodedata.normalize("NFD", folded):
        if unicodedata.category(c)[0] == "M":
            if latin:
                continue
        else:
            latin = is_latin_cp(ord(c))
        out.append(_LATIN_EXTRA.get(c) or _PUNCT.get(c) or c)
    return unicodedata.normalize("NFC", "".join(out))


def _ranges_to_class(ranges: list[tuple[int, int]]) -> str:
    """The body of a regex character class (without brackets) for the given code point ranges."""
    parts: list[str] = []
    for lo, hi in ranges:
        parts.append(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}")
    return "".join(parts)


def _runs(flags: bytes) -> list[tuple[int, int]]:
    return [(m.start(), m.end() - 1) for m in re.finditer(rb"\x01+", flags)]


def _block_flags(ranges: tuple[tuple[int, int], ...]) -> bytearray:
    flags = bytearray(_SCAN_LIMIT)
    for lo, hi in ranges:
        hi = min(hi, _SCAN_LIMIT - 1)
        flags[lo : hi + 1] = b"\x01" * (hi + 1 - lo)
    return flags


@dataclass(frozen=True)
class CharTables:
    # Regex class bodies.
    marks: str  # every combining mark (category M)
    spaced_word: str  # letters and marks of scripts that separate words with spaces
    unspaced_letter: str  # letters and marks of the unspaced scripts, minus ignorables
    ignorable: frozenset[int]
    # A compact regex class (with brackets) approximating ``spaced_word`` without marks: word
    # characters that are not digits, "_" or unspaced letters. The full class has hundreds of
    # ranges and repeating it at every needle end made compiling a 3000-needle trie take 20 s.
    spaced_letter_class: str
    # One byte per code point below _SCAN_LIMIT, 1 = member.
    spaced_word_flags: bytes
    unspaced_letter_flags: bytes
    # For the normaliser's fast path (see normalize._token_re): characters that fold to
    # themselves (ASCII uppercase excepted, lowered separately), unspaced base letters and
    # unspaced marks that are NFKC-stable, and the ignorables as a class.
    fast_plain: str
    unspaced_base: str
    unspaced_mark: str
    ignorable_class: str


@cache
def tables() -> CharTables:
    category = unicodedata.category
    categories = [category(chr(cp)) for cp in range(_SCAN_LIMIT)]
    ignorable = {cp for cp, cat in enumerate(categories) if cat == "Cf" or (cat == "Cc" and not chr(cp).isspace())}
    for lo, hi in _EXTRA_IGNORABLE:
        ignorable.update(range(lo, hi + 1))
    unspaced_block = _block_flags(UNSPACED_RANGES)
    marks = bytes(1 if cat[0] == "M" else 0 for cat in categories)
    letter_or_mark = bytearray(1 if cat[0] in "LM" else 0 for cat in categories)
    for cp in ignorable:
        if cp < _SCAN_LIMIT:
            letter_or_mark[cp] = 0
    unspaced = bytes(a & b for a, b in zip(letter_or_mark, unspaced_block, strict=True))
    spaced = bytes(a & (1 - b) for a, b in zip(letter_or_mark, unspaced_block, strict=True))
    is_normalized = unicodedata.is_normalized
    base = bytearray(_SCAN_LIMIT)
    umark = bytearray(_SCAN_LIMIT)
    for lo, hi in _runs(unspaced):
        for cp in range(lo, hi + 1):
            if is_normalized("NFKC", chr(cp)):
                if marks[cp]:
                    umark[cp] = 1
                else:
                    base[cp] = 1
    plain = bytearray(_SCAN_LIMIT)
    plain[0x21:0x7F] = b"\x01" * (0x7F - 0x21)
    for block in (range(0xA0, 0x3400), range(0xA000, 0x10000)):
        for cp in block:
            if unspaced_block[cp] or marks[cp] or cp in ignorable or (0xD800 <= cp < 0xE000):
                continue
            char = chr(cp)
            if char.isspace() or categories[cp][0] == "C":
                continue
            if fold_visible(char) == char and char.lower() == char:
                plain[cp] = 1
    return CharTables(
        marks=_ranges_to_class(_runs(marks)),
        spaced_word=_ranges_to_class(_runs(spaced)),
        unspaced_letter=_ranges_to_class(_runs(unspaced)),
        ignorable=frozenset(ignorable),
        spaced_letter_class="[^\\W\\d_" + _ranges_to_class(list(UNSPACED_RANGES)) + "]",
        spaced_word_flags=spaced,
        unspaced_letter_flags=unspaced,
        fast_plain=_ranges_to_class(_runs(bytes(plain))),
        unspaced_base=_ranges_to_class(_runs(bytes(base))),
        unspaced_mark=_ranges_to_class(_runs(bytes(umark))),
        ignorable_class=_ranges_to_class(_runs(bytes(1 if cp in ignorable else 0 for cp in range(_SCAN_LIMIT)))),
    )


def is_spaced_word_char(ch: str) -> bool:
    """A letter or mark of a script that uses spaces: it glues onto a Latin-style name."""
    cp = ord(ch)
    return cp < _SCAN_LIMIT and tables().spaced_word_flags[cp] == 1


def is_unspaced_letter(ch: str) -> bool:
    cp = ord(ch)
    return cp < _SCAN_LIMIT and tables().unspaced_letter_flags[cp] == 1
