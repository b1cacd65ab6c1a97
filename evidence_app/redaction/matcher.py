"""Many-needle matching over folded text with one precompiled trie regex.

All needles (names, aliases, transliterations, e-mail addresses of every protected person) are
merged into a single regular expression shaped like a trie, so the text is scanned once no
matter how many persons the vault holds (no O(names x text) passes). At every node the
continuation is tried before the "needle ends here" alternative, so the match found at a
position is the LONGEST needle starting there ("Wang Ming" beats "Wang").

Boundaries. A needle that starts (ends) with a letter of a script that separates words with
spaces (Latin, Cyrillic, Arabic, Vietnamese, ...) must not have such a letter right before
(after) it, so "Ana" never matches inside "Banana" or "Analysis". Digits count as boundaries:
"Dara2" and file names like "dara_01.m4a" still match. Needles in unspaced scripts (Chinese,
Thai, Khmer, Lao, Myanmar, Japanese, Korean) match anywhere.

Separators. A space, "_", "-" or "." inside a name needle matches any run of spaces, "_" and
dashes, a single "." optionally followed by a space, or nothing: "Wang Ming" also finds
"wang_ming", "Wang-Ming", "wang.ming" and "WangMing". This over-redacts the rare sentence
"... Wang. Ming said", which is the safe direction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .chars import is_spaced_word_char, tables

# Separators inside name needles, after folding (dashes were folded to "-").
_SEPARATOR_CHARS = " _-.\u2010\u2011\u2012\u2013\u2014\u2015"
_SEPARATOR_RUN = re.compile(f"[{re.escape(_SEPARATOR_CHARS)}]+")
_SEPARATOR_PATTERN = r"(?:[ _\-\u2010-\u2015]*|\.[ ]?)"
SEPARATOR = " "  # how a separator is stored inside a name needle


def normalise_separators(folded_name: str) -> str:
    """A folded name with every separator run turned into one space, ends stripped."""
    return _SEPARATOR_RUN.sub(SEPARATOR, folded_name).strip(SEPARATOR)


def separator_key(matched: str) -> str:
    """Key identifying a needle independent of the separators it was matched with."""
    return _SEPARATOR_RUN.sub("", matched)


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    terminal: bool = False


def _edge(ch: str, *, separators: bool) -> str:
    if separators and ch == SEPARATOR:
        return _SEPARATOR_PATTERN
    return re.escape(ch)


def _emit(node: _Node, *, separators: bool) -> str:
    # The separator edge (it may match nothing) goes after the literal edges, so a literal
    # continuation is preferred.
    ordered = sorted(node.children.items(), key=lambda item: (item[0] == SEPARATOR, item[0]))
    alternatives = [_edge(ch, separators=separators) + _emit(child, separators=separators) for ch, child in ordered]
    if node.terminal:
        # Last, so that longer needles through this node are tried first; if the end
        # boundary fails after a longer needle, backtracking comes back here.
        alternatives.append("")
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


class TrieMatcher:
    """Finds every position where one of ``needles`` occurs in a folded text.

    ``needles`` must already be folded (and separator-normalised if ``separators``).
    """

    def __init__(self, needles: Iterable[str], *, boundaries: bool = True, separators: bool = True) -> None:
        root = _Node()
        count = 0
        for needle in needles:
            if not needle:
                continue
            node = root
            for ch in needle:
                node = node.children.setdefault(ch, _Node())
            node.terminal = True
            count += 1
        self.needle_count = count
        self._pattern: re.Pattern[str] | None = None
        if not count:
            return
        word = tables().spaced_letter_class
        top: list[str] = []
        for ch, child in sorted(root.children.items()):
            # The start boundary is checked after consuming the first character so that each
            # top-level alternative begins with a literal: the regex engine then skips
            # positions whose character cannot start any needle without entering the pattern.
            start = f"(?<!{word}.)" if boundaries and is_spaced_word_char(ch) else ""
            top.append(re.escape(ch) + start + _emit(child, separators=separators))
        # One end assertion for all needles (repeating a big character class at every needle
        # end made compiling thousands of needles take many seconds): after a letter of a
        # spaced script no such letter may follow, after a digit no digit.
        end = rf"(?:(?<={word})(?!{word})|(?<=\d)(?!\d)|(?<!{word})(?<!\d))" if boundaries else ""
        self._pattern = re.compile("(?:" + "|".join(top) + ")" + end, re.DOTALL)

    def finditer(self, text: str) -> Iterator[tuple[int, int]]:
        """Every (start, end) of the longest needle at each start position, including matches
        that start inside another match (so partial overlaps are never lost)."""
        pattern = self._pattern
        if pattern is None:
            return
        for m in pattern.finditer(text):
            start, end = m.span()
            yield start, end
            # finditer does not report matches starting inside this one; look for them so
            # that "Wang Ming" + "Ming Li" over "Wang Ming Li" redacts all three words.
            furthest = end
            for pos in range(start + 1, end):
                inner = pattern.match(text, pos)
                if inner is not None and inner.end() > furthest:
                    furthest = inner.end()
                    yield inner.span()
