"""Detectors for identifying data the registry does not know about.

Each detector returns spans of a *cleaned* text (see ``normalize.clean``: NFKC, invisible
characters dropped, whitespace collapsed; case kept). Checksums are validated wherever the
format has one, so a number that merely looks like an IBAN or a card number is left alone:

* IBAN: ISO 13616 mod-97 check, length 15-34.
* payment card: 13-19 digits, major-network first digit (2-6), Luhn check.
* crypto wallet: Bitcoin base58check (P2PKH/P2SH) and bech32/bech32m (BIP-173/350), TRON
  base58check (version 0x41); Ethereum "0x" + 40 hex has only its shape checked (EIP-55 needs
  Keccak-256, which the standard library does not provide).
* passport-like: 1-2 capital letters then 6-9 digits, as a standalone token.
* GPS: decimal pairs with at least 3 decimals each ("10.6231, 103.5210"), single decimal
  coordinates with a degree sign and hemisphere, degrees-minutes(-seconds) coordinates.
* phone, e-mail, URL.

Never raises on any input: a detector that cannot decide reports nothing for that candidate.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from .phones import DigitGroup, digit_chains, digit_view, find_phone_numbers, glues_to_number


class DetectorKind(Enum):
    PHONE = "phone"
    EMAIL = "email"
    URL = "url"
    IBAN = "iban"
    PAYMENT_CARD = "payment_card"
    CRYPTO_WALLET = "crypto_wallet"
    PASSPORT = "passport"
    GPS = "gps"


ALL_DETECTORS: frozenset[DetectorKind] = frozenset(DetectorKind)

# When hits of different kinds overlap, the merged redaction is labelled with the first kind in
# this order (the most specific, checksum-validated ones first).
KIND_PRIORITY: tuple[DetectorKind, ...] = (
    DetectorKind.IBAN,
    DetectorKind.PAYMENT_CARD,
    DetectorKind.CRYPTO_WALLET,
    DetectorKind.EMAIL,
    DetectorKind.GPS,
    DetectorKind.URL,
    DetectorKind.PASSPORT,
    DetectorKind.PHONE,
)


@dataclass(frozen=True)
class DetectorHit:
    start: int
    end: int
    kind: DetectorKind
    e164: frozenset[str] = frozenset()  # phone hits: the numbers this span can be read as


# --- validators -----------------------------------------------------------------------------


def iban_is_valid(candidate: str) -> bool:
    value = re.sub(r"\s", "", candidate).upper()
    if not (15 <= len(value) <= 34) or not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", value):
        return False
    rearranged = value[4:] + value[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return int(digits) % 97 == 1


def luhn_is_valid(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        d = int(char)
        if index % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_B58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58_ALPHABET)}


def base58check_decode(value: str) -> bytes | None:
    """The payload (version byte included) of a base58check string, None if the checksum fails."""
    number = 0
    for char in value:
        index = _B58_INDEX.get(char)
        if index is None:
            return None
        number = number * 58 + index
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    raw = b"\x00" * (len(value) - len(value.lstrip("1"))) + body
    if len(raw) < 5:
        return None
    payload, checksum = raw[:-4], raw[-4:]
    if hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum:
        return None
    return payload


_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_BECH32_CONST = 1
_BECH32M_CONST = 0x2BC830A3


def _bech32_polymod(values: Sequence[int]) -> int:
    checksum = 1
    for value in values:
        top = checksum >> 25
        checksum = (checksum & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate(_BECH32_GENERATOR):
            if (top >> bit) & 1:
                checksum ^= generator
    return checksum


def bech32_is_valid(address: str) -> bool:
    """A bech32 (BIP-173) or bech32m (BIP-350) string with a correct checksum."""
    if address.lower() != address and address.upper() != address:
        return False  # mixed case is invalid by definition
    address = address.lower()
    separator = address.rfind("1")
    if separator < 1 or separator + 7 > len(address) or len(address) > 90:
        return False
    hrp, data_part = address[:separator], address[separator + 1 :]
    if any(c not in _BECH32_CHARSET for c in data_part):
        return False
    data = [_BECH32_CHARSET.index(c) for c in data_part]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    return _bech32_polymod(expanded + data) in (_BECH32_CONST, _BECH32M_CONST)


# --- finders --------------------------------------------------------------------------------

_B58 = "1-9A-HJ-NP-Za-km-z"
# Patterns begin with a literal or a small class and check the start boundary afterwards:
# the regex engine then skips impossible positions quickly (megabytes of text).
_BTC_BASE58 = re.compile(rf"[13](?<![0-9A-Za-z].)[{_B58}]{{25,34}}(?![0-9A-Za-z])")
_TRON = re.compile(rf"T(?<![0-9A-Za-z]T)[{_B58}]{{33}}(?![0-9A-Za-z])")
_BECH32 = re.compile(r"(?:bc|tb|BC|TB)1(?<![0-9A-Za-z]...)[0-9A-Za-z]{6,87}(?![0-9A-Za-z])")
_ETH = re.compile(r"0x(?<![0-9A-Za-z]0x)[0-9a-fA-F]{40}(?![0-9A-Za-z])")


def find_crypto_wallets(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _BTC_BASE58.finditer(text):
        payload = base58check_decode(m.group())
        if payload is not None and len(payload) == 21 and payload[0] in (0x00, 0x05):
            spans.append(m.span())
    for m in _TRON.finditer(text):
        payload = base58check_decode(m.group())
        if payload is not None and len(payload) == 21 and payload[0] == 0x41:
            spans.append(m.span())
    spans.extend(m.span() for m in _BECH32.finditer(text) if bech32_is_valid(m.group()))
    spans.extend(m.span() for m in _ETH.finditer(text))
    return spans


# Capitals only, written either in one piece or in the printed groups of four (last group 1-4):
# a loose shape lets the 1-in-97 chance of a random checksum match turn "... 00Wang" into one.
_IBAN = re.compile(
    r"[A-Z](?<![0-9A-Za-z].)[A-Z][0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,4})?)(?![0-9A-Za-z])"
)


def find_ibans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    while (m := _IBAN.search(text, pos)) is not None:
        candidate = m.group()
        pos = m.end()
        # The candidate may have swallowed following words or a second IBAN ("... 0130 00
        # and", "... 0130 00 DE89 ..."); try shorter space-separated prefixes until the
        # checksum holds, and search again right after the valid part.
        cut = len(candidate)
        while cut >= 15:
            if iban_is_valid(candidate[:cut]):
                spans.append((m.start(), m.start() + cut))
                pos = m.start() + cut
                break
            cut = candidate.rfind(" ", 0, cut)
    return spans


_CARD_GAP = re.compile(r"[ \-]")


def find_payment_cards(view: str) -> list[tuple[int, int]]:
    """Card numbers in an ASCII-digit view, grouped or not ("4111 1111 1111 1111")."""
    spans: list[tuple[int, int]] = []
    for chain in digit_chains(view, _CARD_GAP):
        # Only from the first group of a chain: digits after other digits ("DE89 3704 0044 ...",
        # an invalid IBAN) pass Luhn one time in ten and are not a card.
        if chain[0].start > 0 and glues_to_number(view[chain[0].start - 1]):
            continue
        # Cards written one after another continue the chain: start again after each card.
        index = 0
        while index < len(chain) and (end_index := _longest_card(chain, index)) is not None:
            spans.append((chain[index].start, chain[end_index].end))
            index = end_index + 1
    return spans


def _longest_card(chain: list[DigitGroup], i: int) -> int | None:
    if chain[i].digits[0] not in "23456":
        return None
    digits = ""
    best: int | None = None
    for j in range(i, len(chain)):
        digits += chain[j].digits
        if len(digits) > 19:
            break
        if len(digits) >= 13 and luhn_is_valid(digits):
            best = j
    return best


# Boundaries are ASCII letters/digits only: Khmer, Thai or Chinese text often runs straight
# into a number ("លិខិតឆ្លងដែនN1234567") and must not hide it.
_PASSPORT = re.compile(r"[A-Z](?<![0-9A-Za-z].)[A-Z]?[0-9]{6,9}(?![0-9A-Za-z])")


def find_passports(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PASSPORT.finditer(text)]


_LABEL = r"[^\W_](?:[\w\-]{0,61}[^\W_])?"
_EMAIL = re.compile(rf"(?<![\w.%+\-])[\w.%+\-]+@(?:{_LABEL}\.)+[^\W\d_]{{2,24}}(?![\w\-])")


def find_emails(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _EMAIL.finditer(text)]


_URL_CHARS = r"[^\s<>\"'`{}|\\^\[\]]"
_COMMON_TLDS = (
    "com|org|net|info|io|me|gov|edu|int|co|app|biz|onion|kh|th|mm|vn|cn|my|la|ph|id|sg|hk|tw|"
    "jp|kr|in|bd|uk|us|eu|de|fr|au|ru|ch|nl|ca"
)
_URL = re.compile(
    rf"(?<![\w@.])(?:(?:https?|s?ftps?)://|www\.){_URL_CHARS}+"
    # bare domain with a path: t.me/somebody, facebook.com/profile.php?id=...
    rf"|(?<![\w@.\-])(?:{_LABEL}\.)+[^\W\d_]{{2,24}}/{_URL_CHARS}*"
    # bare domain without a path, only for common top-level domains (file.txt is not a URL)
    rf"|(?<![\w@.\-])(?:{_LABEL}\.)+(?:{_COMMON_TLDS})(?![\w@\-])(?!\.[^\W_])",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?'\")]}>"


# Where a URL can be: a dot followed by a letter or digit, or "://". Only the whitespace-
# delimited tokens around these are examined with the full pattern.
_URL_HINT = re.compile(r"\.(?=[^\W_])|://")
_TOKEN_EDGE = re.compile(r"[\s<>\"'`]")
_MAX_TOKEN = 4096


def find_urls(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    scanned_to = 0
    for hint in _URL_HINT.finditer(text):
        if hint.start() < scanned_to:
            continue
        lo = max(0, hint.start() - _MAX_TOKEN)
        token_start = hint.start()
        while token_start > lo and not _TOKEN_EDGE.match(text, token_start - 1):
            token_start -= 1
        edge = _TOKEN_EDGE.search(text, hint.end(), hint.end() + _MAX_TOKEN)
        token_end = edge.start() if edge else min(len(text), hint.end() + _MAX_TOKEN)
        scanned_to = token_end
        for m in _URL.finditer(text, token_start, token_end):
            start, end = m.span()
            # Sentence punctuation after a URL is not part of it, except a balanced ")".
            while end > start and text[end - 1] in _URL_TRAILING:
                if text[end - 1] == ")" and text.count("(", start, end) >= text.count(")", start, end):
                    break
                end -= 1
            if end > start:
                spans.append((start, end))
    return spans


_DEGREE = "[°º˚]"
_MINUTE = "['′’´]"
_SECOND = "(?:\"|″|”|''|′′|’’)"
_HEMI = "[NSEWnsew]"
_DMS = re.compile(
    rf"(?<![0-9A-Za-z])(?<!\d\.)(?:{_HEMI}\s?)?(?P<d>\d{{1,3}})\s?{_DEGREE}\s?(?P<m>\d{{1,2}}(?:[.,]\d+)?)\s?{_MINUTE}"
    rf"(?:\s?(?P<s>\d{{1,2}}(?:[.,]\d+)?)\s?{_SECOND})?(?:\s?{_HEMI}(?![\w]))?"
)
_DECIMAL_PAIR = re.compile(
    r"(?<![0-9A-Za-z])(?<!\d\.)(?P<lat>[-+]?\d{1,2}\.\d{3,})\s?°?(?:\s?(?P<ns>[NSns])(?!\w))?"
    r"(?:\s*[,;/]\s*|\s+)"
    r"(?P<lon>[-+]?\d{1,3}\.\d{3,})\s?°?(?:\s?(?P<ew>[EWew])(?!\w))?(?![0-9A-Za-z])(?!\.\d)"
)
_DECIMAL_SINGLE = re.compile(r"(?<![0-9A-Za-z])(?<!\d\.)[-+]?\d{1,3}\.\d{3,}\s?°\s?[NSEWnsew](?!\w)")


def _number(value: str) -> float:
    return float(value.replace(",", "."))


_DECIMAL_HINT = re.compile(r"\.[0-9]{3}")
_DEGREE_CHARS = ("°", "º", "˚")


def find_gps(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    has_degree = any(c in text for c in _DEGREE_CHARS)
    pairs = _DECIMAL_PAIR.finditer(text) if _DECIMAL_HINT.search(text) else iter(())
    for m in pairs:
        lat, lon = _number(m.group("lat")), _number(m.group("lon"))
        if abs(lat) <= 90 and abs(lon) <= 180:
            spans.append(m.span())
    if not has_degree:
        return _join_adjacent(text, sorted(spans))
    for m in _DECIMAL_SINGLE.finditer(text):
        spans.append(m.span())
    for m in _DMS.finditer(text):
        seconds = m.group("s")
        if int(m.group("d")) <= 180 and _number(m.group("m")) < 60 and (seconds is None or _number(seconds) < 60):
            spans.append(m.span())
    return _join_adjacent(text, sorted(spans))


def _join_adjacent(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Latitude and longitude written next to each other become one hit."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and (start <= joined[-1][1] or re.fullmatch(r"[\s,;/]{1,3}", text[joined[-1][1] : start])):
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


_BLANK = "\x00"  # stands in for a claimed span: neither a digit nor a letter, so it glues to nothing


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with ``spans`` overwritten (same length, offsets unchanged)."""
    if not spans:
        return text
    pieces: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        start = max(start, pos)
        if end <= start:
            continue
        pieces += [text[pos:start], _BLANK * (end - start)]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _glues(char: str) -> bool:
    return char.isalnum() or char in "+("


def _may_unglue(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether removing ``spans`` could free a neighbour that was glued to one of them: a
    letter or digit right next to a span, or a digit group a phone-style gap away."""
    for start, end in spans:
        before = text[max(0, start - 4) : start]
        after = text[end : end + 4]
        if (before and _glues(before[-1])) or (after and _glues(after[0])):
            return True
        if re.search(r"\d[\s.\-/()+]{1,3}$", before) or re.match(r"[\s.\-/()+]{1,3}[\d+(]", after):
            return True
    return False


_MAX_ROUNDS = 3


def detect(
    text: str, kinds: frozenset[DetectorKind], regions: Sequence[str], claimed: Sequence[tuple[int, int]] = ()
) -> list[DetectorHit]:
    """Every hit of the detectors in ``kinds`` in a cleaned text, sorted by position.

    ``claimed`` are spans known beforehand (protected persons' phone numbers, manual spans):
    they are seen as a neutral character, as they will be after redaction.

    A number glued to another ("+855 12 345 678+66 81 234 5678") is not a phone number, but
    once its neighbour is redacted it stands alone and the leak gate would find it; so
    detection runs again with the hits blanked out, until nothing new appears.
    """
    hits = _detect_once(text, kinds, regions, claimed)
    known = [*claimed, *((h.start, h.end) for h in hits)]
    for _ in range(_MAX_ROUNDS - 1):
        if not known or not _may_unglue(text, known):
            break
        fresh = [
            h
            for h in _detect_once(_blank(text, known), kinds, regions, ())
            if not any(s < h.end and h.start < e for s, e in known)
        ]
        if not fresh:
            break
        hits.extend(fresh)
        known.extend((h.start, h.end) for h in fresh)
    hits.sort(key=lambda h: (h.start, -h.end))
    return hits


def _detect_once(
    text: str, kinds: frozenset[DetectorKind], regions: Sequence[str], claimed: Sequence[tuple[int, int]]
) -> list[DetectorHit]:
    """One staged pass. Validated formats claim their digits in stages - IBAN, wallets and
    coordinates first, then payment cards, then passport and phone numbers - and a later
    stage never sees what an earlier one claimed: the digits of an IBAN are not a phone number
    (even when IBANs are allowed), and a card written right after an IBAN is still found."""
    text = _blank(text, claimed)
    hits: list[DetectorHit] = []
    if DetectorKind.EMAIL in kinds:
        hits.extend(DetectorHit(s, e, DetectorKind.EMAIL) for s, e in find_emails(text))
    if DetectorKind.URL in kinds:
        hits.extend(DetectorHit(s, e, DetectorKind.URL) for s, e in find_urls(text))
    stage: list[tuple[int, int]] = []
    for kind, finder in (
        (DetectorKind.IBAN, find_ibans),
        (DetectorKind.CRYPTO_WALLET, find_crypto_wallets),
        (DetectorKind.GPS, find_gps),
    ):
        if kind in kinds:
            spans = finder(text)
            stage.extend(spans)
            hits.extend(DetectorHit(s, e, kind) for s, e in spans)
    view = _blank(digit_view(text), stage)
    if DetectorKind.PAYMENT_CARD in kinds:
        spans = find_payment_cards(view)
        hits.extend(DetectorHit(s, e, DetectorKind.PAYMENT_CARD) for s, e in spans)
        view = _blank(view, spans)
    if DetectorKind.PASSPORT in kinds:
        hits.extend(DetectorHit(s, e, DetectorKind.PASSPORT) for s, e in find_passports(view))
    if DetectorKind.PHONE in kinds:
        hits.extend(DetectorHit(n.start, n.end, DetectorKind.PHONE, n.e164) for n in find_phone_numbers(view, regions))
    return hits
