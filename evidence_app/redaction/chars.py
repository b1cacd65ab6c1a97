"""Unicode character classes shared by the matcher, the detectors and the leak gate.

The tables are computed once, lazily, from the running Python's ``unicodedata`` (about 0.15 s),
so they follow the Unicode version of the interpreter instead of a hand-copied list that would
silently go stale.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

# Scripts written without spaces between words. A protected name in one of these scripts is
# matched as a plain substring: "昨天王明去了工厂" must redact 王明 although no space surrounds it.
# Hangul is included although Korean uses spaces, because particles attach to names
# ("김민수가") and a word-bounded match would miss them.
UNSPACED_RANGES: tuple[tuple[int, int], ...] = (
    (0x0E00, 0x0E7F),  # Thai
    (0x0E80, 0x0EFF),  # Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x2E80, 0x2FDF),  # CJK radicals, Kangxi radicals
    (0x3005, 0x3007),  # ideographic iteration mark, closing mark, number zero
    (0x3021, 0x3029),  # Hangzhou numerals
    (0x3038, 0x303B),
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x312F),  # Bopomofo
    (0x3130, 0x318F),  # Hangul compatibility Jamo
    (0x31A0, 0x31BF),  # Bopomofo extended
    (0x31F0, 0x31FF),  # Katakana phonetic extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xA000, 0xA4CF),  # Yi
    (0xA9E0, 0xA9FF),  # Myanmar extended-B
    (0xAA60, 0xAA7F),  # Myanmar extended-A
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # halfwidth Katakana
    (0x20000, 0x323AF),  # CJK extensions B-H
)

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

_SCAN_LIMIT = 0x323B0  # everything assigned outside the tag/private-use planes


def _in_ranges(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


def is_unspaced_cp(cp: int) -> bool:
    return _in_ranges(cp, UNSPACED_RANGES)


def is_latin_cp(cp: int) -> bool:
    return _in_ranges(cp, _LATIN_RANGES)


def _ranges_to_class(ranges: list[tuple[int, int]]) -> str:
    """The body of a regex character class (without brackets) for the given code point ranges."""
    parts: list[str] = []
    for lo, hi in ranges:
        parts.append(f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}")
    return "".join(parts)


def _collect(predicate_codes: list[bool]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    start = -1
    for cp, flag in enumerate(predicate_codes):
        if flag and start < 0:
            start = cp
        elif not flag and start >= 0:
            ranges.append((start, cp - 1))
            start = -1
    if start >= 0:
        ranges.append((start, len(predicate_codes) - 1))
    return ranges


@dataclass(frozen=True)
class CharTables:
    # Regex class bodies.
    marks: str  # every combining mark (category M)
    spaced_word: str  # letters and marks of scripts that separate words with spaces
    unspaced_letter: str  # letters and marks of the unspaced scripts, minus ignorables
    ignorable: frozenset[int]
    unspaced_letter_set: frozenset[int]
    spaced_word_set: frozenset[int]


@cache
def tables() -> CharTables:
    category = unicodedata.category
    mark_flags: list[bool] = []
    spaced_flags: list[bool] = []
    unspaced_flags: list[bool] = []
    ignorable: set[int] = set()
    for cp in range(_SCAN_LIMIT):
        cat = category(chr(cp))
        major = cat[0]
        is_mark = major == "M"
        mark_flags.append(is_mark)
        letter_or_mark = major in "LM"
        unspaced = letter_or_mark and is_unspaced_cp(cp)
        extra = _in_ranges(cp, _EXTRA_IGNORABLE)
        if cat == "Cf" or extra or (cat == "Cc" and not chr(cp).isspace()):
            ignorable.add(cp)
            unspaced = False
            letter_or_mark = False
        unspaced_flags.append(unspaced)
        spaced_flags.append(letter_or_mark and not unspaced)
    for lo, hi in _EXTRA_IGNORABLE:
        ignorable.update(range(lo, hi + 1))
    unspaced_ranges = _collect(unspaced_flags)
    spaced_ranges = _collect(spaced_flags)
    return CharTables(
        marks=_ranges_to_class(_collect(mark_flags)),
        spaced_word=_ranges_to_class(spaced_ranges),
        unspaced_letter=_ranges_to_class(unspaced_ranges),
        ignorable=frozenset(ignorable),
        unspaced_letter_set=frozenset(cp for lo, hi in unspaced_ranges for cp in range(lo, hi + 1)),
        spaced_word_set=frozenset(cp for lo, hi in spaced_ranges for cp in range(lo, hi + 1)),
    )


def is_spaced_word_char(ch: str) -> bool:
    """A letter or mark of a script that uses spaces: it glues onto a Latin-style name."""
    return ord(ch) in tables().spaced_word_set


def is_unspaced_letter(ch: str) -> bool:
    return ord(ch) in tables().unspaced_letter_set
