"""Text normalisation that remembers where every character came from.

Matching happens on a *folded* copy of the text (NFKC, case-folded, Latin diacritics removed,
invisible characters dropped, whitespace collapsed), but redactions must be applied to the
ORIGINAL text. Normalisation changes lengths ('ﬁ' becomes "fi", 'ß' becomes "ss", "e" + U+0301
becomes "e", a zero-width space disappears), so every folded character keeps the original range
it was produced from. A match in the folded text maps back to the smallest original range that
covers it; when a folded character came from a multi-character original cluster, the whole
cluster is redacted - mapping may over-redact by a cluster, never under-redact.

Text is folded in *chunks*: a base character with its combining marks. Folding each chunk on
its own is what makes the fold of a needle equal to the fold of the same needle inside any
text, so a name is matched no matter what surrounds it. Runs of plain ASCII and runs of
already-normalised unspaced scripts (Chinese, Thai, Khmer, ...) take a fast path that maps one
to one.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache, lru_cache
from urllib.parse import unquote

from .chars import fold_visible, is_unspaced_letter, tables


@dataclass(frozen=True, eq=False)
class MappedText:
    """A transformed text plus, per segment, the original range it came from.

    A segment is either *identity* (folded char i maps to original char orig_start + i) or a
    *cluster* (every folded char of it maps to the whole original range).
    """

    text: str
    seg_starts: list[int] = field(repr=False)
    orig_starts: list[int] = field(repr=False)
    orig_ends: list[int] = field(repr=False)
    identity: list[bool] = field(repr=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original range covering the transformed range [start, end) (end > start)."""
        i = bisect_right(self.seg_starts, start) - 1
        j = bisect_right(self.seg_starts, end - 1) - 1
        # Identity segments map character by character; cluster segments as a whole.
        o_start = self.orig_starts[i] + (start - self.seg_starts[i]) if self.identity[i] else self.orig_starts[i]
        o_end = self.orig_starts[j] + (end - self.seg_starts[j]) if self.identity[j] else self.orig_ends[j]
        return o_start, o_end


class MappedTextBuilder:
    __slots__ = ("identity", "length", "orig_ends", "orig_starts", "pieces", "seg_starts")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.seg_starts: list[int] = []
        self.orig_starts: list[int] = []
        self.orig_ends: list[int] = []
        self.identity: list[bool] = []
        self.length = 0

    def add(self, piece: str, start: int, end: int, identity: bool) -> None:
        if not piece:
            return
        self.pieces.append(piece)
        self.seg_starts.append(self.length)
        self.orig_starts.append(start)
        self.orig_ends.append(end)
        self.identity.append(identity)
        self.length += len(piece)

    def last_char(self) -> str:
        return self.pieces[-1][-1] if self.pieces else ""

    def build(self) -> MappedText:
        return MappedText("".join(self.pieces), self.seg_starts, self.orig_starts, self.orig_ends, self.identity)


@cache
def _token_re() -> re.Pattern[str]:
    t = tables()
    unspaced = t.unspaced_letter
    blank = rf"\s{t.ignorable_class}"
    # The fast path: characters that fold to themselves (ASCII letters are lowered), unspaced
    # letters with their marks, and single spaces that folding keeps (not next to other
    # whitespace or invisible characters, not between two unspaced letters). Such a span maps
    # one to one. It never ends right before a combining mark, so a base letter and its marks
    # are always folded together ("e" + U+0301).
    fast = (
        rf"(?:[{t.fast_plain}]|[{t.unspaced_base}][{t.unspaced_mark}]*"
        rf"|(?<![{unspaced}{t.ignorable_class}]) (?![{blank}])| (?![{unspaced}{blank}]))+"
    )
    return re.compile(
        rf"(?P<fast>{fast})(?![{t.marks}])|(?P<ws>\s+)|(?P<other>.[{t.marks}]*)",
        re.DOTALL,
    )


def _drop_ignorable(chunk: str) -> str:
    ignorable = tables().ignorable
    return "".join(c for c in chunk if ord(c) not in ignorable)


@lru_cache(maxsize=1 << 16)
def fold_chunk(chunk: str) -> str:
    """Fold one base character with its combining marks (NFKC, casefold, Latin accents off)."""
    kept = _drop_ignorable(chunk)
    return fold_visible(kept) if kept else ""


@lru_cache(maxsize=1 << 16)
def clean_chunk(chunk: str) -> str:
    """NFKC without case folding or accent removal; invisible characters dropped."""
    kept = _drop_ignorable(chunk)
    return unicodedata.normalize("NFKC", kept) if kept else ""


def _next_visible(text: str, pos: int) -> str:
    ignorable = tables().ignorable
    n = len(text)
    while pos < n and ord(text[pos]) in ignorable:
        pos += 1
    return text[pos] if pos < n else ""


def _transform(text: str, *, fold: bool) -> MappedText:
    out = MappedTextBuilder()
    add = out.add
    chunk_fn = fold_chunk if fold else clean_chunk
    for m in _token_re().finditer(text):
        kind = m.lastgroup
        start, end = m.span()
        if kind == "fast":
            piece = m.group()
            add(piece.lower() if fold else piece, start, end, True)
        elif kind == "ws":
            if fold:
                # Whitespace between two letters of unspaced scripts is dropped: Khmer and Thai
                # names are written with or without a space, and PDF extraction puts line breaks
                # inside Chinese names.
                nxt = _next_visible(text, end)
                prev = out.last_char()
                if prev and nxt and is_unspaced_letter(prev) and is_unspaced_letter(fold_chunk(nxt)[:1] or " "):
                    continue
            add(" ", start, end, False)
        else:
            chunk = m.group()
            folded = chunk_fn(chunk)
            add(folded, start, end, folded == chunk)
    return out.build()


def fold(text: str) -> MappedText:
    """The matching form of ``text``: NFKC + casefold, Latin diacritics removed, invisible
    characters dropped, whitespace runs collapsed to one space (and dropped between two letters
    of unspaced scripts), typographic apostrophes/dashes made ASCII."""
    return _transform(text, fold=True)


def clean(text: str) -> MappedText:
    """The detector form of ``text``: NFKC, invisible characters dropped, whitespace collapsed.
    Case is kept: base58 checksums of wallet addresses depend on it."""
    return _transform(text, fold=False)


def fold_text(text: str) -> str:
    return fold(text).text


# --- decoding for the leak gate -----------------------------------------------------------------

_MAX_DECODE_ROUNDS = 4


def unescape_html(text: str) -> str:
    """HTML entities decoded until nothing changes (double escaping: ``&amp;#29579;``)."""
    for _ in range(_MAX_DECODE_ROUNDS):
        if "&" not in text:
            break
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


_TAG = re.compile(r"<[^<>]{0,2000}>")


def strip_tags(text: str) -> str:
    """Markup removed, so a name split by tags ("Wa<b>ng</b> Ming") reads as it is displayed."""
    return _TAG.sub("", text)


_JSON_ESCAPE = re.compile(
    r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})|\\[nrt]|\\/"
)
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def _json_sub(m: re.Match[str]) -> str:
    if m.group(1):
        hi, lo = int(m.group(1), 16), int(m.group(2), 16)
        return chr(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00))
    if m.group(3):
        return chr(int(m.group(3), 16))
    return "/" if m.group() == "\\/" else " "


def decode_escapes(text: str) -> str:
    """JSON ``\\uXXXX`` escapes and URL percent-encoding decoded (fixpoint, bounded)."""
    for _ in range(_MAX_DECODE_ROUNDS):
        decoded = _JSON_ESCAPE.sub(_json_sub, text)
        decoded = _PERCENT.sub(lambda m: unquote(m.group(), errors="replace"), decoded)
        decoded = unescape_html(decoded)
        if decoded == text:
            break
        text = decoded
    return text


def normalise_for_leak_scan(text: str) -> str:
    """The form in which the leak gate looks for protected strings.

    HTML entities are decoded (repeatedly), zero-width characters, soft hyphens and other
    invisible characters are removed, whitespace runs (line breaks included) collapse to one
    space, whitespace between two letters of unspaced scripts is removed, and the result is
    NFKC + casefolded with Latin diacritics removed. Comparing
    ``normalise_for_leak_scan(name)`` against ``normalise_for_leak_scan(text)`` is how to check
    that a text does not contain a name.
    """
    return fold(unescape_html(text)).text
