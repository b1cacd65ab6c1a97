"""The protected persons of a vault, compiled for matching.

Only persons with ``protected=True`` are registered; public persons (officials, companies'
representatives, ...) keep their names and are never matched. If a public person's name
contains a protected person's name or alias, the protected part IS redacted: the registry
never shields text because a public name happens to overlap (privacy first).

Per protected person, the full name, every alias and every transliteration become name
needles; e-mail addresses become e-mail needles (matched case-insensitively, like names);
phone numbers go to a digit index (see ``phones``). A two-part Latin-script name is also
registered in reversed order ("Sok Dara" / "Dara Sok"), since family-name-first and
given-name-first orders are both common for Khmer, Chinese and Vietnamese names; other
orderings must be entered as aliases.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from itertools import accumulate

from ..errors import InvalidInput
from ..model import Person
from .chars import is_spaced_word_char, is_unspaced_letter, tables
from .matcher import SEPARATOR, TrieMatcher, normalise_separators, separator_key
from .normalize import fold_text
from .phones import PhoneIndex, PhoneSpan

# Compact (separator-free) needles shorter than this are not used by the leak gate's split
# scan: "Da\nra" is found, but a 4-letter name would match too much across word breaks.
COMPACT_MIN_LENGTH = 5
# Warn about needles this short: they will redact ordinary words ("An", "Le").
SHORT_NEEDLE_WARNING = 3
FALLBACK_LABEL = "a protected person"
FALLBACK_NAME_REPLACEMENT = "[REDACTED: protected person]"


class MatchWhat(Enum):
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class ProtectedEntry:
    person_id: str
    label: str  # the pseudonym, or FALLBACK_LABEL when the person has none

    @property
    def has_pseudonym(self) -> bool:
        return self.label != FALLBACK_LABEL

    def replacement(self, what: MatchWhat) -> str:
        if what is MatchWhat.NAME:
            return self.label if self.has_pseudonym else FALLBACK_NAME_REPLACEMENT
        return f"[REDACTED: {what.value} of {self.label}]"


@dataclass(frozen=True)
class RegistryWarning:
    """Something the researcher should review. Never contains a protected string."""

    person_id: str
    message: str


@dataclass(frozen=True)
class NeedleMatch:
    start: int  # in the folded text
    end: int
    owners: tuple[int, ...]  # indexes into Registry.entries
    what: MatchWhat


def _glued(edge: str, neighbour: str) -> bool:
    """The same boundary rule as the matcher: letters glue to letters, digits to digits."""
    if edge.isdecimal():
        return neighbour.isdecimal()
    return is_spaced_word_char(neighbour)


def _has_unspaced(text: str) -> bool:
    return any(is_unspaced_letter(c) for c in text)


@cache
def _compact_run() -> re.Pattern[str]:
    return re.compile(rf"(?:[^\W_]|[{tables().marks}])+")


def _compact(text: str) -> str:
    """Letters, marks and digits only."""
    return "".join(_compact_run().findall(text))


class Registry:
    def __init__(
        self, persons: Iterable[Person], regions: Sequence[str], *, reverse_two_part_names: bool = True
    ) -> None:
        entries: list[ProtectedEntry] = []
        warnings: list[RegistryWarning] = []
        name_owners: dict[str, set[int]] = {}
        email_owners: dict[str, set[int]] = {}
        compact_owners: dict[str, set[int]] = {}
        phone_numbers: list[tuple[int, str]] = []
        for person in persons:
            if not person.protected:
                continue
            index = len(entries)
            label = person.pseudonym.strip()
            if not label:
                warnings.append(
                    RegistryWarning(person.id, "This protected person has no pseudonym; a generic label is used.")
                )
            entries.append(ProtectedEntry(person.id, label or FALLBACK_LABEL))
            for raw in (person.full_name, *person.aliases, *person.transliterations):
                needle = normalise_separators(fold_text(raw))
                key = separator_key(needle)
                if not key:
                    continue
                if len(key) < 2:
                    # A single character would redact every occurrence of a letter or an
                    # ideograph and make the export unreadable; it cannot be protected by
                    # string matching at all.
                    warnings.append(RegistryWarning(person.id, "A one-character name or alias is ignored."))
                    continue
                if len(key) < SHORT_NEEDLE_WARNING and not _has_unspaced(key):
                    warnings.append(
                        RegistryWarning(person.id, "A very short name or alias will also redact ordinary words.")
                    )
                variants = [needle]
                parts = needle.split(SEPARATOR)
                if reverse_two_part_names and len(parts) == 2 and not _has_unspaced(needle):
                    variants.append(parts[1] + SEPARATOR + parts[0])
                for variant in variants:
                    name_owners.setdefault(variant, set()).add(index)
                    compact = _compact(variant)
                    if len(compact) >= COMPACT_MIN_LENGTH and not _has_unspaced(compact):
                        compact_owners.setdefault(compact, set()).add(index)
            for raw in person.emails:
                email = fold_text(raw).strip()
                if "@" in email:
                    email_owners.setdefault(email, set()).add(index)
            phone_numbers.extend((index, raw) for raw in person.phones if raw.strip())
        self.entries: tuple[ProtectedEntry, ...] = tuple(entries)
        self._owners: dict[str, tuple[tuple[int, ...], MatchWhat]] = {}
        for needle, owners in name_owners.items():
            self._add_key(separator_key(needle), owners, MatchWhat.NAME)
        for email, owners in email_owners.items():
            self._add_key(separator_key(email), owners, MatchWhat.EMAIL)
        # Separate tries: with one trie, "wang.ming" (name, "." as separator) would be found
        # at the same position as "wang.ming@example.com" and hide the longer e-mail match.
        self._matcher = TrieMatcher(name_owners)
        self._email_matcher = TrieMatcher(email_owners, separators=False)
        self._compact_owners = {k: tuple(sorted(v)) for k, v in compact_owners.items()}
        self._compact_matcher = TrieMatcher(self._compact_owners, boundaries=False, separators=False)
        self.phones = PhoneIndex(phone_numbers, regions)
        self.warnings: tuple[RegistryWarning, ...] = tuple(warnings)
        self._check_replacements()

    def _add_key(self, key: str, owners: set[int], what: MatchWhat) -> None:
        previous = self._owners.get(key)
        merged = set(owners) | set(previous[0] if previous else ())
        self._owners[key] = (tuple(sorted(merged)), what)

    def check_labels(self, labels: Iterable[str]) -> None:
        """Refuse fixed replacement labels ("[REDACTED: phone]", ...) that contain a protected
        name or alias: every redaction would re-insert it and the leak gate would block every
        export."""
        for label in labels:
            if self._contains_protected(label):
                raise InvalidInput(
                    f"A protected name or alias is also a word of the redaction label {label!r}; change the alias."
                )

    def _contains_protected(self, text: str) -> bool:
        folded = fold_text(text)
        names = self.find_names(folded)
        return bool(names or self.find_split_names(folded, names))

    def _check_replacements(self) -> None:
        """A replacement that itself contains a protected name would leak it on every use."""
        for entry in self.entries:
            for what in MatchWhat:
                if self._contains_protected(entry.replacement(what)):
                    raise InvalidInput(
                        f"The redaction label of protected person {entry.person_id} would contain a protected "
                        "name or alias; change the pseudonym or the alias."
                    )

    def __bool__(self) -> bool:
        return bool(self.entries)

    def find_names(self, folded: str) -> list[NeedleMatch]:
        """Name and e-mail needles in a folded text (offsets in the folded text)."""
        found: list[NeedleMatch] = []
        for matcher in (self._matcher, self._email_matcher):
            for start, end in matcher.finditer(folded):
                owners = self._owners.get(separator_key(folded[start:end]))
                if owners is not None:
                    found.append(NeedleMatch(start, end, owners[0], owners[1]))
        found.sort(key=lambda m: (m.start, -m.end))
        return found

    def find_split_names(self, folded: str, exclude: Sequence[NeedleMatch] = ()) -> list[NeedleMatch]:
        """Names written with a different split: inside a word, by punctuation or by a line
        break ("Da-\\nra", "So.k Dara", "Narysrey Bopha" for "Nary Sreybopha"). Offsets are in
        ``folded``; matches overlapping ``exclude`` (the ordinary matches) are left out.

        Only names of at least COMPACT_MIN_LENGTH letters in spaced scripts take part, and the
        match must still start and end at word boundaries ("Wang Mingyu" is not "Wang Ming",
        "Dara170" is not "Dara17")."""
        if not self._compact_owners:
            return []
        spans = [m.span() for m in _compact_run().finditer(folded)]
        compact = "".join(folded[s:e] for s, e in spans)
        matches = list(self._compact_matcher.finditer(compact))
        if not matches:
            return []
        starts = list(accumulate((e - s for s, e in spans), initial=0))
        found: list[NeedleMatch] = []
        for c_start, c_end in matches:
            first = bisect_right(starts, c_start) - 1
            last = bisect_right(starts, c_end - 1) - 1
            start = spans[first][0] + (c_start - starts[first])
            end = spans[last][0] + (c_end - 1 - starts[last]) + 1
            if start > 0 and _glued(folded[start], folded[start - 1]):
                continue
            if end < len(folded) and _glued(folded[end - 1], folded[end]):
                continue
            if any(n.start < end and start < n.end for n in exclude):
                continue
            owners = self._compact_owners.get(compact[c_start:c_end])
            if owners:
                found.append(NeedleMatch(start, end, owners, MatchWhat.NAME))
        return found

    def find_phones(self, digit_view: str) -> list[PhoneSpan]:
        return self.phones.find(digit_view)
