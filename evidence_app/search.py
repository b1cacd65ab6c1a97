"""Tokenisation for the encrypted full-text index.

FTS5's unicode61 tokenizer splits on spaces, so a Thai sentence or a Chinese paragraph is one
giant token and a 2-character name inside it is never found; the trigram tokenizer cannot match
queries shorter than three characters. We therefore tokenise in Python and hand FTS5 plain
space-separated tokens:

* words of scripts that use spaces (Latin, Vietnamese, Cyrillic, Arabic, ...) become one token
  each in column ``tokens``; their accent-free form goes to column ``extra``, so "phnom" finds
  "Phnôm" while "phnôm" only finds the accented spelling;
* runs of scripts written without spaces (Han, kana, Bopomofo, Hangul, Thai, Lao, Khmer, Myanmar,
  Tibetan, Yi; the one list is ``script_ranges.py``, shared with redaction)
  are cut into grapheme clusters (a base character with its combining marks, Khmer/Myanmar
  subscript consonants joined to their cluster). Cluster bigrams go, in order, to ``tokens``;
  single clusters go to ``extra``. A query run of n >= 2 clusters becomes the phrase of its n-1
  bigrams (consecutive positions), a one-cluster query looks up the unigram.

Everything is NFKC-normalised and case-folded on both sides.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import tables
from .errors import InvalidInput
from .model import Case, MediaItem, Note, Person, RecordKind, Site, Testimony
from .script_ranges import UNSPACED_RANGES

if TYPE_CHECKING:
    from .db import Connection

# Characters after which the next consonant is written below and belongs to the same cluster.
_STACKERS = {"\u17d2", "\u1039"}


def _class(ranges: list[tuple[int, int]]) -> str:
    return "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" if hi > lo else re.escape(chr(lo)) for lo, hi in ranges)


def _mark_ranges() -> list[tuple[int, int]]:
    # Python's re has no \p{M}; combining marks (Arabic harakat, Devanagari vowel signs, ...) are
    # part of words, so collect them once at import into a character class.
    ranges: list[tuple[int, int]] = []
    for cp in range(0x0300, 0x20000):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return ranges


_UNSPACED_CLASS = _class(list(UNSPACED_RANGES))


# One pass over the text in C: runs of unspaced scripts, or words of the other scripts.
@functools.cache
def _runs_pattern() -> re.Pattern[str]:
    # Built on first use, not at import: collecting the marks scans the Unicode tables (~45 ms),
    # which commands that never index or search should not pay for.
    return re.compile(
        rf"(?P<u>[{_UNSPACED_CLASS}]+)|(?P<w>(?:(?![{_UNSPACED_CLASS}])[^\W_]|[{_class(_mark_ranges())}])+)"
    )


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def strip_accents(word: str) -> str:
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c)[0] != "M"))


@dataclass(frozen=True)
class _Run:
    unspaced: bool
    units: tuple[str, ...]  # words (spaced) or grapheme clusters (unspaced)


def _clusters(run: str) -> Iterator[tuple[str, ...]]:
    """Grapheme clusters of an unspaced run; punctuation inside the run splits it."""
    clusters: list[str] = []
    i, n = 0, len(run)
    while i < n:
        j = i + 1
        while j < n and (unicodedata.category(run[j])[0] == "M" or run[j - 1] in _STACKERS):
            j += 1
        cluster = run[i:j]
        # Unassigned (Cn) counts as a letter: the run is inside a script block, and a newer
        # Unicode than this interpreter's (CJK Extension H is Unicode 15) must still be found.
        category = unicodedata.category(cluster[0])
        if category[0] in "LN" or category == "Cn":
            clusters.append(cluster)
        elif clusters:
            yield tuple(clusters)
            clusters = []
        i = j
    if clusters:
        yield tuple(clusters)


def _runs(text: str) -> Iterator[_Run]:
    """Split normalised text into runs of words and runs of unspaced-script clusters."""
    for match in _runs_pattern().finditer(text):
        unspaced = match.group("u")
        if unspaced is not None:
            for clusters in _clusters(unspaced):
                yield _Run(True, clusters)
        else:
            yield _Run(False, (match.group("w"),))


@dataclass(frozen=True)
class IndexedText:
    tokens: str
    extra: str


def index_text(*parts: str) -> IndexedText:
    tokens: list[str] = []
    extra: list[str] = []
    for part in parts:
        for run in _runs(normalise(part)):
            if run.unspaced:
                extra.extend(run.units)
                tokens.extend(a + b for a, b in zip(run.units, run.units[1:], strict=False))
            else:
                word = run.units[0]
                tokens.append(word)
                extra.append(strip_accents(word))
    return IndexedText(" ".join(tokens), " ".join(extra))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def build_query(query: str) -> str | None:
    """An FTS5 MATCH expression requiring every term of ``query``; None if it has no terms.

    A Latin word ending in ``*`` is a prefix search.
    """
    terms: list[str] = []
    text = normalise(query)
    for raw in text.split():
        prefix = raw.endswith("*")
        for run in _runs(raw):
            if run.unspaced:
                if len(run.units) == 1:
                    terms.append(f"extra : {_quote(run.units[0])}")
                else:
                    bigrams = [a + b for a, b in zip(run.units, run.units[1:], strict=False)]
                    terms.append("tokens : " + _quote(" ".join(bigrams)))
            else:
                word = run.units[0]
                column = "tokens" if strip_accents(word) != word else "extra"
                terms.append(f"{column} : {_quote(word)}" + ("*" if prefix else ""))
    return " AND ".join(terms) if terms else None


def find_snippet(text: str, query: str, width: int = 60) -> str:
    """A short piece of ``text`` around the first query term found, for showing a hit."""
    terms = normalise(query).replace("*", " ").split()
    pos = _locate(text, terms)
    if pos is None:
        return " ".join(text[:width].split()) + ("…" if len(text) > width else "")
    start = max(0, pos - width // 3)
    end = min(len(text), start + width)
    piece = " ".join(text[start:end].split())
    return ("…" if start else "") + piece + ("…" if end < len(text) else "")


def _locate(text: str, terms: list[str]) -> int | None:
    folded = text.casefold()
    if len(folded) == len(text):  # common case: folding kept every position
        for term in terms:
            pos = folded.find(term)
            if pos >= 0:
                return pos
    # Fold character by character so positions in the folded text map back to ``text``.
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for f in strip_accents(normalise(ch)):
            chars.append(f)
            origin.append(index)
    haystack = "".join(chars)
    for term in terms:
        pos = haystack.find(strip_accents(term))
        if pos >= 0:
            return origin[pos]
    return None


# --- the index ---------------------------------------------------------------------------------

Indexable = Case | Person | Testimony | Note | Site | MediaItem


def indexed_texts(record: Indexable, document_text: str = "") -> tuple[RecordKind, str | None, tuple[str, ...]]:
    """Which words of a record are searchable: its table's ``indexed`` fields (tables.py, the one
    list; records, media intake and the transfer merge all index through ``SearchIndex.put``), and
    for a media item its document text. Returns the kind, the case the hit belongs to (None for a
    person, who may be in several) and the texts."""
    table = _TABLE_OF[type(record)]
    texts: list[str] = []
    for name in table.indexed:
        value = getattr(record, name)
        texts.extend(value if isinstance(value, tuple) else (value,))
    if isinstance(record, MediaItem):
        texts.append(document_text)
    case_id = record.id if isinstance(record, Case) else None if isinstance(record, Person) else record.case_id
    return table.kind, case_id, tuple(texts)


_TABLE_OF: dict[type, tables.Table] = {
    Case: tables.CASES,
    Person: tables.PERSONS,
    Testimony: tables.TESTIMONIES,
    Note: tables.NOTES,
    Site: tables.SITES,
    MediaItem: tables.MEDIA,
}


class SearchIndex:
    """The full-text index inside the encrypted database: one entry per record, ``put`` in the
    transaction that changes the record and ``drop``-ped in the one that deletes it."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def put(self, record: Indexable, document_text: str = "") -> None:
        """Index (or re-index) a record; ``document_text`` is a media item's extracted text."""
        kind, case_id, texts = indexed_texts(record, document_text)
        indexed = index_text(*texts)
        row = self._conn.execute("SELECT rowid FROM search_docs WHERE item_id = ?", (record.id,)).fetchone()
        if row is not None:
            rowid = row[0]
            self._conn.execute("DELETE FROM search_fts WHERE rowid = ?", (rowid,))
            self._conn.execute("UPDATE search_docs SET case_id = ? WHERE rowid = ?", (case_id, rowid))
        else:
            cur = self._conn.execute(
                "INSERT INTO search_docs(kind, item_id, case_id) VALUES (?, ?, ?)",
                (kind.value, record.id, case_id),
            )
            rowid = cur.lastrowid
        self._conn.execute(
            "INSERT INTO search_fts(rowid, tokens, extra) VALUES (?, ?, ?)",
            (rowid, indexed.tokens, indexed.extra),
        )

    def find(self, query: str, limit: int, case_id: str | None = None) -> list[tuple[RecordKind, str, str | None]]:
        """The best ``limit`` matches of ``query`` as (kind, id, case), best first."""
        expression = build_query(query)
        if expression is None:
            raise InvalidInput("the search has no words in it")
        sql = (
            "SELECT d.kind, d.item_id, d.case_id FROM search_fts f JOIN search_docs d ON d.rowid = f.rowid"
            " WHERE search_fts MATCH ?"
        )
        params: list[object] = [expression]
        if case_id is not None:
            sql += " AND d.case_id = ?"
            params.append(case_id)
        sql += " ORDER BY f.rank LIMIT ?"
        params.append(limit)
        return [(RecordKind(k), str(i), c) for k, i, c in self._conn.execute(sql, params).fetchall()]

    def kind_of(self, item_id: str) -> str | None:
        """The kind an id is indexed as in this vault (every record is indexed), or None."""
        row = self._conn.execute("SELECT kind FROM search_docs WHERE item_id = ?", (item_id,)).fetchone()
        return str(row[0]) if row is not None else None

    def drop(self, item_id: str) -> None:
        row = self._conn.execute("SELECT rowid FROM search_docs WHERE item_id = ?", (item_id,)).fetchone()
        if row is not None:
            self._conn.execute("DELETE FROM search_fts WHERE rowid = ?", (row[0],))
            self._conn.execute("DELETE FROM search_docs WHERE rowid = ?", (row[0],))
