"""Redaction marks that survive edits: re-anchoring each mark to the same words after a text change.

A mark (``testimony mark``) is a character range of the transcript. When the text changes, the
ranges of the old text no longer point at the same words; clearing them (as the app once did)
silently put the marked words back into the next export. Now the old and new texts are diffed and
each mark follows its words:

* its words are unchanged (moved or not): the mark moves with them;
* some or all of its words were replaced: the mark is kept over the new words there and flagged
  for review (the researcher must look at what it covers now);
* all of its words were removed: the mark is dropped, and the caller reports it by its words.

Nothing is dropped silently: every caller shows ``Reanchored.dropped`` and ``.review``.

The diff is the standard library's ``difflib.SequenceMatcher``, first line by line, then
character by character inside the line blocks that changed: a character diff of a whole long
transcript would cost quadratic time, and lines keep the common case (a line added, a paragraph
rewritten) exact and quick.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from .model import Span

# A changed block longer than this (in characters, either side) is not diffed character by
# character: it becomes one replacement, so marks in it are kept over the whole new block and
# flagged (safe: more is hidden, never less).
_CHAR_DIFF_LIMIT = 20_000

_Opcode = tuple[str, int, int, int, int]


class MarkFate(Enum):
    KEPT = "kept"  # the same words, perhaps at another place
    REVIEW = "review"  # kept over changed words: check it
    DROPPED = "dropped"  # its words are gone


@dataclass(frozen=True)
class MarkChange:
    old: Span
    words: str  # what the mark covered in the old text (shown to the researcher only, never logged)
    new: Span | None
    fate: MarkFate


@dataclass(frozen=True)
class Reanchored:
    spans: tuple[Span, ...]  # the marks of the new text, merged and sorted
    review: tuple[Span, ...]  # those of ``spans`` to review
    changes: tuple[MarkChange, ...]

    @property
    def dropped(self) -> tuple[MarkChange, ...]:
        return tuple(c for c in self.changes if c.fate is MarkFate.DROPPED)

    @property
    def flagged(self) -> tuple[MarkChange, ...]:
        return tuple(c for c in self.changes if c.fate is MarkFate.REVIEW)

    def describe(self) -> list[str]:
        """One line per dropped or flagged mark, naming its words (for the researcher's screen)."""
        lines = [
            f"redaction mark {c.old.start}-{c.old.end} dropped: its words {c.words!r} are no longer in the text"
            for c in self.dropped
        ]
        lines += [
            f"redaction mark {c.old.start}-{c.old.end} ({c.words!r}) now covers changed words at"
            f" {c.new.start}-{c.new.end}: review it"
            for c in self.flagged
            if c.new is not None
        ]
        return lines


def _opcodes(old: str, new: str) -> list[_Opcode]:
    """Character-level opcodes, from a line diff refined inside its changed blocks."""
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    old_at = [0]
    for line in old_lines:
        old_at.append(old_at[-1] + len(line))
    new_at = [0]
    for line in new_lines:
        new_at.append(new_at[-1] + len(line))
    out: list[_Opcode] = []
    lines = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, a1, a2, b1, b2 in lines.get_opcodes():
        i1, i2, j1, j2 = old_at[a1], old_at[a2], new_at[b1], new_at[b2]
        if tag != "replace":
            out.append((tag, i1, i2, j1, j2))
            continue
        if i2 - i1 > _CHAR_DIFF_LIMIT or j2 - j1 > _CHAR_DIFF_LIMIT:
            out.append(("replace", i1, i2, j1, j2))
            continue
        chars = difflib.SequenceMatcher(None, old[i1:i2], new[j1:j2], autojunk=False)
        out.extend((t, i1 + c1, i1 + c2, j1 + d1, j1 + d2) for t, c1, c2, d1, d2 in chars.get_opcodes())
    return out


def _map_start(ops: Sequence[_Opcode], pos: int) -> int:
    for tag, i1, i2, j1, _j2 in ops:
        if i1 <= pos < i2:
            return j1 + (pos - i1) if tag == "equal" else j1
    return ops[-1][4] if ops else 0


def _map_end(ops: Sequence[_Opcode], pos: int) -> int:
    for tag, i1, i2, j1, j2 in ops:
        if i1 < pos <= i2:
            if tag == "equal":
                return j1 + (pos - i1)
            return j2 if tag == "replace" else j1
    return 0


def _grow(ops: Sequence[_Opcode], span: Span, start: int, end: int) -> tuple[int, int]:
    for tag, i1, i2, j1, j2 in ops:
        if tag == "insert" and i1 == i2 == span.start and j2 == start:
            start = j1
        if tag == "insert" and i1 == i2 == span.end and j1 == end:
            end = j2
    return start, end


def merge_spans(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Marks sorted, with overlapping and touching ones joined (the one form a testimony stores)."""
    merged: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and s.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, s.end))
        else:
            merged.append(s)
    return tuple(merged)


def reanchor(old: str, new: str, spans: Sequence[Span], review: Sequence[Span] = ()) -> Reanchored:
    """The marks ``spans`` of ``old`` anchored in ``new``; ``review`` (a subset of ``spans``) are
    marks already flagged, which stay flagged wherever they go."""
    if old == new:
        kept = tuple(MarkChange(s, old[s.start : s.end], s, MarkFate.KEPT) for s in spans)
        return Reanchored(merge_spans(spans), merge_spans(review), kept)
    ops = _opcodes(old, new)
    flagged_before = set(review)
    changes: list[MarkChange] = []
    for span in spans:
        words = old[span.start : span.end]
        start, end = _map_start(ops, span.start), _map_end(ops, span.end)
        if end <= start:
            changes.append(MarkChange(span, words, None, MarkFate.DROPPED))
            continue
        fate = MarkFate.KEPT if new[start:end] == words else MarkFate.REVIEW
        if fate is MarkFate.REVIEW:
            # Changed words: text inserted right at the mark's edges is part of the new wording
            # ("Sok Dara" -> "Dara S."), so the mark grows over it; more hidden, never less.
            start, end = _grow(ops, span, start, end)
        moved = Span(start, end)
        changes.append(MarkChange(span, words, moved, fate))
    spans_new = merge_spans(c.new for c in changes if c.new is not None)
    flagged = [c.new for c in changes if c.new is not None and (c.fate is MarkFate.REVIEW or c.old in flagged_before)]
    review_new = tuple(s for s in spans_new if any(f.start < s.end and s.start < f.end for f in flagged))
    return Reanchored(spans_new, review_new, tuple(changes))
