"""Detectors (positive and negative examples) and protected phone numbers in every writing."""

from __future__ import annotations

import pytest

from evidence_app.errors import InvalidInput
from evidence_app.redaction import DetectorKind, RedactionReason, Redactor, detector_hits
from evidence_app.redaction.detectors import base58check_decode, bech32_is_valid, iban_is_valid, luhn_is_valid

from .helpers import make_person

PHONE_OWNER = make_person("Chea Sokha", phones=("+855 12 345 678",), pseudonym="Source A")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor([PHONE_OWNER])


def kinds_in(text: str, kinds: frozenset[DetectorKind] | None = None) -> list[tuple[str, DetectorKind]]:
    hits = detector_hits(text) if kinds is None else detector_hits(text, kinds)
    return [(text[h.start : h.end], h.kind) for h in hits]


# --- protected phone numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    [
        "+855 12 345 678",
        "012 345 678",
        "85512345678",
        "(012) 345-678",
        "+855-12-345-678",
        "+85512345678",
        "00855 12 345 678",
        "+855 (0)12 345 678",
        "012.345.678",
        "០១២ ៣៤៥ ៦៧៨",  # Khmer digits
        "０１２３４５６７８",  # fullwidth digits
    ],
)
def test_protected_phone_in_every_writing(redactor: Redactor, written: str) -> None:
    result = redactor.redact(f"Call {written} tonight")
    assert result.text == "Call [REDACTED: phone of Source A] tonight"
    (hit,) = result.redactions
    assert hit.reason is RedactionReason.PROTECTED_PERSON
    assert hit.original == written


def test_protected_phone_without_space_in_khmer_text(redactor: Redactor) -> None:
    assert redactor.redact("លេខទូរស័ព្ទ០១២៣៤៥៦៧៨").text == "លេខទូរស័ព្ទ[REDACTED: phone of Source A]"


def test_protected_phone_is_redacted_even_when_phones_are_allowed() -> None:
    redactor = Redactor([PHONE_OWNER], allowed_detectors=frozenset({DetectorKind.PHONE}))
    assert redactor.redact("012 345 678 and +66 81 234 5678").text == (
        "[REDACTED: phone of Source A] and +66 81 234 5678"
    )


def test_stored_number_without_country_code_uses_regions() -> None:
    person = make_person("Kanya", phones=("081 234 5678",), pseudonym="Source K")
    thai = Redactor([person], regions=["TH"])
    assert thai.redact("+66 81 234 5678").text == "[REDACTED: phone of Source K]"
    # Read as a US number it is not a Thai one: only the generic detector finds it.
    american = Redactor([person], regions=["US"])
    assert american.redact("+66 81 234 5678").text == "[REDACTED: phone]"
    assert american.redact("081 234 5678").text == "[REDACTED: phone of Source K]"


def test_unknown_region_is_refused() -> None:
    with pytest.raises(InvalidInput):
        Redactor([], regions=["XX"])


# --- unknown phone numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "written",
    ["+66 81 234 5678", "098 765 432", "+95 9 123 456 789", "0912345678", "66812345678", "(+84) 912 345 678"],
)
def test_unknown_phone_numbers(written: str) -> None:
    assert kinds_in(f"number: {written}.") == [(written, DetectorKind.PHONE)]


@pytest.mark.parametrize(
    "text",
    [
        "on 2024-03-15 at 10:30",
        "born 15/03/1998",
        "from 1990-2024",
        "about 12.5 km",
        "room 1204",
        "ID abc1234567890def",
        "sha256 3f2a1b4c998123456789def",
        "version 10.6231.3",
    ],
)
def test_not_phone_numbers(text: str) -> None:
    assert [k for _, k in kinds_in(text)] == []


def test_phone_regions_are_configurable() -> None:
    text = "call 012 345 678"
    assert kinds_in(text)
    us_only = Redactor([], regions=["US"])
    assert us_only.redact(text).text == text


# --- e-mail and URL ------------------------------------------------------------------------------


@pytest.mark.parametrize("email", ["someone@example.org", "First.Last+tag@mail.example.co.uk", "ນາງ@example.la"])
def test_emails(email: str) -> None:
    assert kinds_in(f"mail {email}, thanks") == [(email, DetectorKind.EMAIL)]


@pytest.mark.parametrize("text", ["user@localhost", "a @ b", "@handle", "email@"])
def test_not_emails(text: str) -> None:
    assert DetectorKind.EMAIL not in [k for _, k in kinds_in(text)]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/path?q=1",
        "http://10.0.0.1:8080/x",
        "www.example.com",
        "t.me/somebody",
        "facebook.com/profile.php?id=100",
        "example.com",
    ],
)
def test_urls(url: str) -> None:
    assert kinds_in(f"see {url}.", frozenset({DetectorKind.URL})) == [(url, DetectorKind.URL)]


def test_url_keeps_balanced_parenthesis() -> None:
    url = "https://en.wikipedia.org/wiki/Kampot_(city)"
    assert kinds_in(f"({url})", frozenset({DetectorKind.URL})) == [(url, DetectorKind.URL)]


@pytest.mark.parametrize("text", ["report.pdf", "e.g. this", "i.e. that", "3.5 km", "Mr.Sok", "end. Next"])
def test_not_urls(text: str) -> None:
    assert kinds_in(text, frozenset({DetectorKind.URL})) == []


# --- IBAN and cards ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "iban",
    [
        "DE89 3704 0044 0532 0130 00",
        "DE89370400440532013000",
        "GB82 WEST 1234 5698 7654 32",
        "FR1420041010050500013M02606",
    ],
)
def test_ibans(iban: str) -> None:
    assert iban_is_valid(iban)
    assert kinds_in(f"account {iban} and more") == [(iban, DetectorKind.IBAN)]


@pytest.mark.parametrize(
    "iban", ["DE89 3704 0044 0532 0130 01", "GB82 WEST 1234 5698 7654 33", "DE00370400440532013000"]
)
def test_invalid_iban_checksum_not_flagged(iban: str) -> None:
    assert not iban_is_valid(iban)
    assert DetectorKind.IBAN not in [k for _, k in kinds_in(f"account {iban} and more")]


@pytest.mark.parametrize(
    "card",
    ["4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444", "3782 822463 10005", "6212 3456 7890 1232"],
)
def test_payment_cards(card: str) -> None:
    assert kinds_in(f"card {card} exp") == [(card, DetectorKind.PAYMENT_CARD)]


@pytest.mark.parametrize("card", ["4111 1111 1111 1112", "5555555555554445", "1234 5678 9012 3456"])
def test_card_failing_luhn_not_flagged(card: str) -> None:
    assert kinds_in(f"card {card} exp") == []


def test_luhn() -> None:
    assert luhn_is_valid("79927398713")
    assert not luhn_is_valid("79927398710")
    assert not luhn_is_valid("")


# --- crypto wallets ------------------------------------------------------------------------------

VALID_WALLETS = [
    "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",  # BTC P2PKH
    "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",  # BTC P2SH
    "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",  # BTC bech32 (BIP-173 vector)
    "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",  # BIP-173 vector, upper case
    "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",  # BIP-350 (bech32m)
    "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",  # TRON
    "0x742d35Cc6634C0532925a3b844Bc454e4438f44e",  # Ethereum (shape only)
]


@pytest.mark.parametrize("wallet", VALID_WALLETS)
def test_crypto_wallets(wallet: str) -> None:
    assert kinds_in(f"send to {wallet} now") == [(wallet, DetectorKind.CRYPTO_WALLET)]


@pytest.mark.parametrize(
    "wallet",
    [
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",  # checksum broken
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
        "bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",  # mixed case
        "0x742d35Cc6634C0532925a3b844Bc454e4438f44",  # 39 hex digits
    ],
)
def test_invalid_wallets_not_flagged(wallet: str) -> None:
    assert DetectorKind.CRYPTO_WALLET not in [k for _, k in kinds_in(f"send to {wallet} now")]


def test_checksum_helpers() -> None:
    assert base58check_decode("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") is not None
    assert base58check_decode("0OIl") is None
    assert bech32_is_valid("a12uel5l")  # BIP-173 minimal valid string
    assert not bech32_is_valid("a12uel5m")


# --- passports and GPS ---------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["N1234567", "EA1234567", "E12345678", "MA123456"])
def test_passport_like_numbers(number: str) -> None:
    assert kinds_in(f"passport {number}.", frozenset({DetectorKind.PASSPORT})) == [(number, DetectorKind.PASSPORT)]


@pytest.mark.parametrize("text", ["A320 aircraft", "COVID19", "abc1234567", "ABC1234567", "N12345", "X1234567Y"])
def test_not_passport_numbers(text: str) -> None:
    assert kinds_in(text, frozenset({DetectorKind.PASSPORT})) == []


@pytest.mark.parametrize(
    "coordinates",
    [
        "10.6231, 103.5210",
        "10.6231,103.5210",
        "-10.62310 -103.52100",
        "10.6231° N, 103.5210° E",
        "10°37'23\"N 103°31'16\"E",
        "10° 37′ 23″ N, 103° 31′ 16″ E",
        "10°37.385'N",
    ],
)
def test_gps_coordinates(coordinates: str) -> None:
    assert kinds_in(f"the site at {coordinates} is guarded") == [(coordinates, DetectorKind.GPS)]


@pytest.mark.parametrize("text", ["1.5, 2.5", "10.62, 103.52", "95.1234, 103.5210", "10.6231, 190.5210", "3.14159"])
def test_not_gps_coordinates(text: str) -> None:
    assert DetectorKind.GPS not in [k for _, k in kinds_in(text)]


# --- engine behaviour ---------------------------------------------------------------------------


def test_detector_replacements() -> None:
    redactor = Redactor([])
    text = "IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111, at 10.6231, 103.5210."
    assert redactor.redact(text).text == "IBAN [REDACTED: iban], card [REDACTED: payment_card], at [REDACTED: gps]."
    assert {r.reason for r in redactor.redact(text).redactions} == {RedactionReason.DETECTOR}


def test_allowed_detectors_are_not_redacted() -> None:
    text = "see https://example.org and mail info@example.org"
    redactor = Redactor([], allowed_detectors=frozenset({DetectorKind.URL}))
    assert redactor.redact(text).text == "see https://example.org and mail [REDACTED: email]"
    assert [leak.detector for leak in redactor.leaks(text)] == [DetectorKind.EMAIL]


def test_disabled_detectors_do_not_run() -> None:
    text = "passport N1234567 at 10.6231, 103.5210"
    redactor = Redactor([], enabled_detectors=frozenset({DetectorKind.GPS}))
    assert redactor.redact(text).text == "passport N1234567 at [REDACTED: gps]"


def test_allowed_iban_digits_are_not_a_phone() -> None:
    redactor = Redactor([], allowed_detectors=frozenset({DetectorKind.IBAN}))
    text = "IBAN GB82 WEST 1234 5698 7654 32 thanks"
    assert redactor.redact(text).text == text


def test_protected_person_wins_over_detector() -> None:
    redactor = Redactor([make_person("Dara Sok", emails=("dara.sok@example.org",), pseudonym="Source B")])
    result = redactor.redact("mail dara.sok@example.org now")
    (only,) = result.redactions
    assert only.reason is RedactionReason.PROTECTED_PERSON
    assert result.text == "mail [REDACTED: email of Source B] now"


def test_overlapping_detector_hits_merge() -> None:
    redactor = Redactor([])
    text = "https://t.me/+85512345678"
    result = redactor.redact(text)
    assert result.text == "[REDACTED: url]"
    assert len(result.redactions) == 1


@pytest.mark.parametrize(
    ("text", "found", "kind"),
    [
        ("លេខកាត4111111111111111។", "4111111111111111", DetectorKind.PAYMENT_CARD),
        ("លិខិតឆ្លងដែនN1234567។", "N1234567", DetectorKind.PASSPORT),
        ("ទីតាំង10.6231, 103.5210។", "10.6231, 103.5210", DetectorKind.GPS),
        ("电话012345678", "012345678", DetectorKind.PHONE),
        ("โทร 081-234-5678 นะ", "081-234-5678", DetectorKind.PHONE),
    ],
)
def test_detectors_next_to_unspaced_scripts(text: str, found: str, kind: DetectorKind) -> None:
    # Khmer, Thai and Chinese often run straight into a number without a space.
    assert kinds_in(text) == [(found, kind)]


def test_consecutive_cards_and_ibans() -> None:
    text = "4111 1111 1111 1111 5555 5555 5555 4444 DE89 3704 0044 0532 0130 00 GB82 WEST 1234 5698 7654 32"
    assert [kind for _, kind in kinds_in(text)] == [
        DetectorKind.PAYMENT_CARD,
        DetectorKind.PAYMENT_CARD,
        DetectorKind.IBAN,
        DetectorKind.IBAN,
    ]
