"""The leak gate: protected strings must be found in any final artefact, however encoded."""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest

from evidence_app.redaction import DetectorKind, LeakKind, Redactor, normalise_for_leak_scan

from .helpers import make_person

WANG = make_person(
    "Wang Ming",
    aliases=("王明",),
    phones=("+855 12 345 678",),
    emails=("wang.ming@example.com",),
    pseudonym="Source A",
)
DARA = make_person("សុខ ដារ៉ា", aliases=("Sok Dara", "Sokhadara"), pseudonym="Source B")
OFFICIAL = make_person("Hun Manet", protected=False)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor([WANG, DARA, OFFICIAL])


def person_leaks(redactor: Redactor, text: str) -> list[tuple[LeakKind, str]]:
    return [(leak.kind, leak.detail) for leak in redactor.leaks(text) if leak.kind is not LeakKind.DETECTOR]


# --- normalisation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("W&amp;#97;ng", "wang"),  # double-escaped
        ("&#29579;&#x660E;", "王明"),
        ("Wa\u00adng\u200bMi\u200dng", "wangming"),
        ("WANG\r\n\t  MING", "wang ming"),
        ("王\n明", "王明"),
        ("ＷＡＮＧ", "wang"),
        ("Nguyễn", "nguyen"),
    ],
)
def test_normalise_for_leak_scan(text: str, expected: str) -> None:
    assert normalise_for_leak_scan(text) == expected


# --- names --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "artefact",
    [
        "<p>Wang Ming</p>",
        "<p>W&#97;ng M&#x69;ng</p>",
        "<p>Wang&nbsp;Ming</p>",
        "<p>&#29579;&#26126;</p>",
        "<p>&amp;#29579;&amp;#26126;</p>",
        "<p>Wa&shy;ng Mi\u200bng</p>",
        "<td>WANG\nMING</td>",
        "王\n明 (page break inside the name)",
        "Wa-\nng Ming (hyphenated by the PDF)",
        "<p>Wa<span>ng</span> <b>Ming</b></p>",
        '{"name": "\\u738b\\u660e"}',
        json.dumps({"name": "王明"}),
        json.dumps({"name": "王明"}, ensure_ascii=False),
        f"https://example.org/?q={quote('王明')}",
        "interview_wang_ming_2024.m4a",
        "File Name                       : WangMing-audio.mp3",
        "Artist                          : wang.ming",
        "ming wang",
    ],
)
def test_protected_names_are_found(redactor: Redactor, artefact: str) -> None:
    found = person_leaks(redactor, artefact)
    assert found, artefact
    assert all(detail == "Source A" for _, detail in found)


@pytest.mark.parametrize("artefact", ["សុខ ដារ៉ា", "សុខដារ៉ា", "<p>សុខ&#x200B;ដារ៉ា</p>", "SOK DARA", "Sokha-\ndara"])
def test_khmer_and_latin_forms_of_the_same_person(redactor: Redactor, artefact: str) -> None:
    assert person_leaks(redactor, artefact)


@pytest.mark.parametrize(
    "artefact",
    [
        "Hun Manet spoke",
        "Source A and Source B said",
        "Wang Mingyu is someone else",
        "Kosok darat",
        "banana wangmingo",
        "[REDACTED: phone of Source A]",
    ],
)
def test_no_false_alarm(redactor: Redactor, artefact: str) -> None:
    assert person_leaks(redactor, artefact) == []


# --- contacts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "artefact",
    ["tel: +855 12 345 678", "tel: 012-345-678", "tel&#58; &#48;12 345 678", "<b>012</b> 345 678", "85512345678"],
)
def test_protected_phone(redactor: Redactor, artefact: str) -> None:
    assert (LeakKind.PROTECTED_PHONE, "Source A") in person_leaks(redactor, artefact)


@pytest.mark.parametrize(
    "artefact", ["WANG.MING@EXAMPLE.COM", "wang.ming&#64;example.com", "mailto:Wang.Ming@example.com"]
)
def test_protected_email(redactor: Redactor, artefact: str) -> None:
    assert (LeakKind.PROTECTED_EMAIL, "Source A") in person_leaks(redactor, artefact)


def test_protected_phone_is_reported_once(redactor: Redactor) -> None:
    leaks = redactor.leaks("call +855 12 345 678")
    assert [leak.kind for leak in leaks] == [LeakKind.PROTECTED_PHONE]


# --- detectors ----------------------------------------------------------------------------------


def test_detector_hits_are_leaks_unless_allowed() -> None:
    text = "IBAN DE89 3704 0044 0532 0130 00 at 10.6231, 103.5210"
    strict = Redactor([])
    assert {leak.detector for leak in strict.leaks(text)} == {DetectorKind.IBAN, DetectorKind.GPS}
    relaxed = Redactor([], allowed_detectors=frozenset({DetectorKind.GPS}))
    assert {leak.detector for leak in relaxed.leaks(text)} == {DetectorKind.IBAN}


def test_detector_hit_hidden_by_entities() -> None:
    leaks = Redactor([]).leaks("card&#58; 4111&#32;1111&#32;1111&#32;1111")
    assert [leak.detector for leak in leaks] == [DetectorKind.PAYMENT_CARD]


# --- the gate and the redactor agree --------------------------------------------------------------


def test_redacted_output_passes_the_gate(redactor: Redactor) -> None:
    text = (
        "Wang Ming (王明) and សុខ ដារ៉ា met Hun Manet. Contact: +855 12 345 678, wang.ming@example.com. "
        "Account DE89 3704 0044 0532 0130 00, wallet TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t, site 10.6231, 103.5210, "
        "files wang_ming.m4a and WangMing.pdf, Sok Dara, sokhadara."
    )
    output = redactor.redact(text).text
    assert redactor.leaks(output) == []
    assert redactor.leaks(f"<html><body><p>{output}</p></body></html>") == []
    assert "Hun Manet" in output


# --- what a leak shows ----------------------------------------------------------------------------


def test_leak_is_masked_and_repr_safe(redactor: Redactor) -> None:
    (leak,) = redactor.leaks("The witness Wang Ming arrived at the border crossing")
    assert leak.kind is LeakKind.PROTECTED_NAME
    assert leak.found == "Wang Ming"
    assert "Wang Ming" not in leak.masked
    assert "Wang Ming" not in leak.context and "witness" in leak.context
    assert "Wang" not in repr(leak)
    assert "Source A" in leak.describe() and "Wang" not in leak.describe()


def test_context_masks_every_finding_in_view(redactor: Redactor) -> None:
    leaks = redactor.leaks("Wang Ming called 012 345 678")
    assert len(leaks) == 2
    for leak in leaks:
        assert "Ming" not in leak.context and "345" not in leak.context


def test_a_sensitive_sites_leak_is_named_as_a_site() -> None:
    """A sensitive site is shielded under its label, not a pseudonym: its leak reads "name of a
    sensitive site", not "name of [REDACTED: sensitive site]" (seen in the window's gate page)."""
    shield = make_person("Riverside Shelter", pseudonym="[REDACTED: sensitive site]")
    (leak,) = Redactor([shield], regions=["KH"]).leaks("Raid-at-Riverside-Shelter-2026.zip")
    assert leak.describe().startswith("name of a sensitive site: "), leak.describe()
    assert "Riverside" not in leak.describe()
