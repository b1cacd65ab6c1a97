"""Phone numbers: the protected persons' numbers in any writing, and unknown numbers.

A number is written in many ways: "+855 12 345 678", "012 345 678", "85512345678",
"(012) 345-678", "+855-12-345-678", "00855 12 345 678", "+855 (0)12 345 678", in Khmer digits
"០១២ ៣៤៥ ៦៧៨" ... Protected numbers are therefore compared by their DIGITS: each stored number
is parsed (with every configured region when it has no country code) into its country code and
national significant number, which give a small set of digit strings (international, with
international prefixes, with the trunk prefix, bare). In the text, digit groups separated by
spaces, dashes, dots, slashes or parentheses are chained, and every contiguous run of groups
whose digits are one of those strings is a hit.

Unknown numbers come from ``phonenumbers.PhoneNumberMatcher`` (leniency POSSIBLE) run only on
those digit chains (running it over megabytes of prose costs seconds per region), plus a fallback
for bare international digit runs without "+" ("85512345678"). POSSIBLE is very permissive, so
hits that are really dates, decimals, year ranges or digits glued to letters are dropped.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, NumberParseException, PhoneNumber, PhoneNumberFormat

from .chars import is_spaced_word_char

_MIN_DIGITS = 7  # fewer digits than this is never treated as an unknown phone number
_MAX_DIGITS = 17  # E.164 is at most 15 digits; allow an international prefix
_MIN_BARE_NSN = 7  # a bare national number shorter than this is too ambiguous to redact
_INTERNATIONAL_PREFIXES = ("00", "011")


_SPECIAL_DIGITS = {"＋": "+", "（": "(", "）": ")", "－": "-", "\u2212": "-"}
# Decimal digits other than ASCII 0-9, and fullwidth punctuation used in numbers.
_NON_ASCII_DIGIT = re.compile(r"[^\D0-9]|[＋（）－\u2212]")


def _ascii_digit(m: re.Match[str]) -> str:
    char = m.group()
    return _SPECIAL_DIGITS.get(char) or str(unicodedata.decimal(char))


def digit_view(text: str) -> str:
    """``text`` with every decimal digit (Khmer, Thai, Myanmar, fullwidth, ...) made ASCII.
    Same length: offsets are unchanged."""
    if text.isascii():
        return text
    return _NON_ASCII_DIGIT.sub(_ascii_digit, text)


_DIGITS = re.compile(r"[0-9]+")
_GAP = re.compile(r"[\s.\-/()\u2010-\u2015]{1,3}")


@dataclass(frozen=True)
class DigitGroup:
    start: int
    end: int
    digits: str


def digit_chains(view: str, gap: re.Pattern[str] = _GAP) -> Iterator[list[DigitGroup]]:
    """Runs of digit groups separated by short separators (``gap``), in an ASCII-digit view."""
    chain: list[DigitGroup] = []
    for m in _DIGITS.finditer(view):
        group = DigitGroup(m.start(), m.end(), m.group())
        if chain and gap.fullmatch(view, chain[-1].end, group.start):
            chain.append(group)
            continue
        if chain:
            yield chain
        chain = [group]
    if chain:
        yield chain


def _extend_left(view: str, start: int) -> int:
    """Include a leading "+" and/or "(" in a number's span: "+855", "(012)", "(+84)", "+ (0)"."""
    for _ in range(3):
        if start > 0 and view[start - 1] in "+(":
            start -= 1
        elif start > 1 and view[start - 1] == " " and view[start - 2] in "+(":
            start -= 2
        else:
            break
    return start


def _extend_right(view: str, start: int, end: int) -> int:
    if end < len(view) and view[end] == ")" and view.count("(", start, end) > view.count(")", start, end):
        return end + 1
    return end


def _e164(number: PhoneNumber) -> str:
    return str(phonenumbers.format_number(number, PhoneNumberFormat.E164))


def parse_stored_number(raw: str, regions: Sequence[str]) -> list[PhoneNumber]:
    """Every plausible reading of a number stored in a person record.

    A number without a country code is ambiguous; every configured region that yields a
    possible number is kept (over-redaction is the safe direction).
    """
    view = digit_view(raw).strip()
    digits = re.sub(r"\D", "", view)
    if not digits:
        return []
    candidates: list[PhoneNumber] = []
    attempts: list[tuple[str, str | None]] = []
    if view.startswith("+"):
        attempts.append((view, None))
    elif digits.startswith("00"):
        attempts.append(("+" + digits[2:], None))
    else:
        attempts.extend((view, region) for region in regions)
        attempts.append(("+" + digits, None))
    seen: set[str] = set()
    for value, region in attempts:
        try:
            number = phonenumbers.parse(value, region)
        except NumberParseException:
            continue
        if not phonenumbers.is_possible_number(number):
            continue
        key = _e164(number)
        if key not in seen:
            seen.add(key)
            candidates.append(number)
    return candidates


def _national_prefix(country_code: int) -> str:
    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None) if region else None
    prefix = metadata.national_prefix if metadata is not None else None
    return str(prefix) if prefix else ""


def digit_keys(number: PhoneNumber) -> set[str]:
    """The digit strings under which ``number`` can appear in text."""
    cc = str(number.country_code)
    nsn = str(phonenumbers.national_significant_number(number))
    trunk = _national_prefix(number.country_code or 0)
    keys = {cc + nsn}
    keys.update(prefix + cc + nsn for prefix in _INTERNATIONAL_PREFIXES)
    if trunk:
        keys.add(trunk + nsn)
        keys.add(cc + trunk + nsn)
        keys.update(prefix + cc + trunk + nsn for prefix in _INTERNATIONAL_PREFIXES)
    if len(nsn) >= _MIN_BARE_NSN:
        keys.add(nsn)
    return keys


@dataclass(frozen=True)
class PhoneSpan:
    start: int
    end: int
    owners: frozenset[int]  # indexes of protected persons


class PhoneIndex:
    """The phone numbers of protected persons, looked up by digits."""

    def __init__(self, numbers: Iterable[tuple[int, str]], regions: Sequence[str]) -> None:
        self._keys: dict[str, set[int]] = {}
        self._e164: dict[str, set[int]] = {}
        for owner, raw in numbers:
            parsed = parse_stored_number(raw, regions)
            for number in parsed:
                self._e164.setdefault(_e164(number), set()).add(owner)
                for key in digit_keys(number):
                    self._keys.setdefault(key, set()).add(owner)
            digits = re.sub(r"\D", "", digit_view(raw))
            if len(digits) >= _MIN_BARE_NSN:
                # Whatever phonenumbers makes of it, the digits as stored are protected too.
                self._keys.setdefault(digits, set()).add(owner)

    def __bool__(self) -> bool:
        return bool(self._keys)

    def owners_of_e164(self, e164: Iterable[str]) -> frozenset[int]:
        owners: set[int] = set()
        for value in e164:
            owners.update(self._e164.get(value, ()))
        return frozenset(owners)

    def find(self, view: str) -> list[PhoneSpan]:
        """Protected numbers in an ASCII-digit view (see ``digit_view``)."""
        if not self._keys:
            return []
        hits: list[PhoneSpan] = []
        keys = self._keys
        for chain in digit_chains(view):
            skip_to = 0
            for i in range(len(chain)):
                if i < skip_to:
                    continue  # inside the previous hit ("+855 12 345 678" contains "12 345 678")
                digits = ""
                best: tuple[int, set[int]] | None = None
                for j in range(i, len(chain)):
                    digits += chain[j].digits
                    if len(digits) > _MAX_DIGITS:
                        break
                    owners = keys.get(digits)
                    if owners:
                        best = (j, owners)
                if best is not None:
                    start = _extend_left(view, chain[i].start)
                    end = _extend_right(view, start, chain[best[0]].end)
                    hits.append(PhoneSpan(start, end, frozenset(best[1])))
                    skip_to = best[0] + 1
        return hits


# --- unknown numbers ------------------------------------------------------------------------

_DATE_LIKE = re.compile(
    r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}"  # 2024-03-15
    r"|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}"  # 15/03/2024, 15.03.24
    r"|\d{4}\s*[-\u2013/]\s*\d{2,4}"  # 1990-2024, 2023/24
    r"|\d+[.,]\d+"  # decimals, coordinates
    r"|\d+(?:\.\d+)*\.\d(?:\.\d+)*"  # dotted with a one-digit group: version numbers
)


@dataclass(frozen=True)
class FoundNumber:
    start: int
    end: int
    e164: frozenset[str]


def glues_to_number(char: str) -> bool:
    # Only digits and letters of space-separated scripts make a number part of a longer token
    # ("ID12345678", "DE89 3704 ..."); Khmer, Thai or Chinese text often has no space before a
    # number ("លេខ០១២៣៤៥៦៧៨"), which must still be found.
    return char.isdigit() or is_spaced_word_char(char)


def _glued(view: str, start: int, end: int) -> bool:
    """True if the candidate is part of a longer token (letters/digits or a decimal around it)."""
    if start > 0:
        before = view[start - 1]
        if glues_to_number(before) or (before in ".," and start > 1 and view[start - 2].isdigit()):
            return True
    if end < len(view):
        after = view[end]
        if glues_to_number(after) or (after in ".," and end + 1 < len(view) and view[end + 1].isdigit()):
            return True
    return False


def _card_shaped(chain: list[DigitGroup]) -> bool:
    # 4+ groups of exactly four digits: a card (valid or not), never written like a phone number.
    return len(chain) >= 4 and all(len(g.digits) == 4 for g in chain)


@lru_cache(maxsize=4096)
def _matcher_hits(window: str, region: str) -> tuple[tuple[int, int, str], ...]:
    found: list[tuple[int, int, str]] = []
    try:
        for match in phonenumbers.PhoneNumberMatcher(window, region, leniency=Leniency.POSSIBLE):
            found.append((match.start, match.end, _e164(match.number)))
    except Exception:  # a library bug must not stop an export; the fallback still runs
        return ()
    return tuple(found)


def _parse_international(digits: str) -> str | None:
    if digits.startswith("00"):
        digits = digits[2:]
    try:
        number = phonenumbers.parse("+" + digits, None)
    except NumberParseException:
        return None
    return _e164(number) if phonenumbers.is_valid_number(number) else None


def find_phone_numbers(view: str, regions: Sequence[str]) -> list[FoundNumber]:
    """Unknown phone numbers in an ASCII-digit view (see ``digit_view``)."""
    spans: dict[tuple[int, int], set[str]] = {}
    for chain in digit_chains(view):
        total = sum(len(g.digits) for g in chain)
        if total < _MIN_DIGITS or _card_shaped(chain):
            continue
        if chain[0].start > 0 and glues_to_number(view[chain[0].start - 1]):
            continue
        start = _extend_left(view, chain[0].start)
        end = _extend_right(view, start, chain[-1].end)
        window = view[start:end]
        international = "+" in view[start : chain[0].start]
        # An international number reads the same in every region; national ones do not.
        for region in regions[:1] if international else regions:
            for m_start, m_end, e164 in _matcher_hits(window, region):
                spans.setdefault((start + m_start, start + m_end), set()).add(e164)
        if not international:
            # Fallback: international digits without "+": "85512345678", "0066 81 234 5678".
            digits = "".join(g.digits for g in chain)
            bare = _parse_international(digits) if _MIN_DIGITS < len(digits) <= _MAX_DIGITS else None
            if bare is not None:
                spans.setdefault((chain[0].start, chain[-1].end), set()).add(bare)
    found: list[FoundNumber] = []
    furthest = -1
    for (start, end), e164s in sorted(spans.items(), key=lambda item: (item[0][0], -item[0][1])):
        if end <= furthest:
            continue  # inside a longer reading of the same number ("(+84) ..." and "84) ...")
        furthest = end
        raw = view[start:end]
        if sum(c.isdigit() for c in raw) < _MIN_DIGITS:
            continue
        if _DATE_LIKE.fullmatch(raw.strip("()+ ")) or _glued(view, start, end):
            continue
        found.append(FoundNumber(start, end, frozenset(e164s)))
    return found
