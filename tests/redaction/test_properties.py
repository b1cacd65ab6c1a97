"""Property-based tests: whatever surrounds a protected name, it never survives redaction."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from evidence_app.model import Span
from evidence_app.redaction import LeakKind, RedactionReason, Redactor, fold_text, normalise_for_leak_scan

from .helpers import make_person

LATIN_NAMES = ["Ana", "Wang Ming", "Nguyễn Văn An", "Sok Dara", "O'Brien"]
UNSPACED_NAMES = ["王明", "សុខ ដារ៉ា", "สมชาย", "မောင်မောင်", "ສົມພອນ"]
PERSONS = [
    make_person(name, pseudonym=f"Source {chr(ord('A') + index)}", person_id=f"p{index}")
    for index, name in enumerate(LATIN_NAMES + UNSPACED_NAMES)
]
PSEUDONYM = {name: person.pseudonym for name, person in zip(LATIN_NAMES + UNSPACED_NAMES, PERSONS, strict=True)}
PHONE_OWNER = make_person("Chea Sokha", phones=("+855 12 345 678",), pseudonym="Source P", person_id="phone")
REDACTOR = Redactor([*PERSONS, PHONE_OWNER])

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Arbitrary Unicode (hypothesis' default alphabet: every category except surrogates) mixed with
# the characters that matter most here.
surroundings = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("  \n\t\u00ad\u200b\u200d\ufeff.,;:()-_/'\"&#<>王明สมชายសុខដារ៉ាAnaWngMi0123456789")),
    ),
    max_size=40,
)
latin_separators = st.sampled_from(
    [" ", "\n", ", ", ". ", "(", ")", "\t", " — ", "/", "\u00a0", "\u3000", "「", "」", ""]
)


def random_case(draw: st.DrawFn, name: str) -> str:
    flips = draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    return "".join(c.upper() if flip else c.lower() for c, flip in zip(name, flips, strict=True))


@st.composite
def text_with_names(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(LATIN_NAMES + UNSPACED_NAMES))
    pieces = [draw(surroundings)]
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        written = random_case(draw, name)
        if name in LATIN_NAMES:
            # A Latin name inside a longer word is not that name ("Banana"); put it between
            # separators, and make sure the separator keeps it a word of its own.
            # (Invisible characters are dropped before matching, so what precedes the
            # separator is judged after folding.)
            before, after = draw(latin_separators), draw(latin_separators)
            if not before and fold_text(pieces[-1])[-1:].isalpha():
                before = " "
            pieces.append(before + written + (after or " "))
        else:
            pieces.append(written)
        pieces.append(draw(surroundings))
    return name, "".join(pieces)


def person_leaks(text: str, pseudonym: str) -> list[LeakKind]:
    return [
        leak.kind for leak in REDACTOR.leaks(text) if leak.kind is not LeakKind.DETECTOR and pseudonym in leak.detail
    ]


@FAST
@given(text_with_names())
def test_inserted_name_never_survives(case: tuple[str, str]) -> None:
    name, text = case
    result = REDACTOR.redact(text)
    assert any(r.reason is RedactionReason.PROTECTED_PERSON for r in result.redactions)
    assert person_leaks(result.text, PSEUDONYM[name]) == []
    if name in UNSPACED_NAMES:
        assert normalise_for_leak_scan(name) not in normalise_for_leak_scan(result.text)


@FAST
@given(text_with_names())
def test_redaction_is_idempotent(case: tuple[str, str]) -> None:
    _, text = case
    once = REDACTOR.redact(text).text
    again = REDACTOR.redact(once)
    assert [r for r in again.redactions if r.reason is RedactionReason.PROTECTED_PERSON] == []


@st.composite
def phone_writings(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["+855 ", "+855-", "855", "00855 ", "0", "(0", "+855 (0)", "០"]))
    groups = ["12", "345", "678"] if not prefix.startswith("០") else ["១២", "៣៤៥", "៦៧៨"]
    separator = draw(st.sampled_from([" ", "-", ".", "", " - "]))
    body = separator.join(groups)
    if prefix == "(0":
        body = groups[0] + ") " + separator.join(groups[1:])
    return prefix + body


@FAST
@given(surroundings, phone_writings(), surroundings)
def test_protected_phone_never_survives(before: str, phone: str, after: str) -> None:
    assume(not before[-1:].isdigit() and not after[:1].isdigit())
    assume(not fold_text(before[-1:]).isdigit() and not fold_text(after[:1]).isdigit())
    text = f"{before} {phone} {after}"
    result = REDACTOR.redact(text)
    assert "[REDACTED: phone of Source P]" in result.text
    assert LeakKind.PROTECTED_PHONE not in [leak.kind for leak in REDACTOR.leaks(result.text)]


@settings(max_examples=200, deadline=None)
@given(st.text(), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=3))
def test_never_raises_and_offsets_hold(text: str, raw_spans: list[tuple[int, int]]) -> None:
    spans = [Span(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in raw_spans]
    result = REDACTOR.redact(text, spans)
    rebuilt, pos = [], 0
    for r in result.redactions:
        assert pos <= r.start < r.end <= len(text)
        assert text[r.start : r.end] == r.original
        rebuilt += [text[pos : r.start], r.replacement]
        pos = r.end
        REDACTOR.context(text, r, manual_spans=spans)
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == result.text
    for span in spans:  # every manual span is covered by a redaction
        for index in range(span.start, span.end):
            assert any(r.start <= index < r.end for r in result.redactions)
    REDACTOR.leaks(text)
    normalise_for_leak_scan(text)


SENSITIVE = [
    "Wang Ming",
    "王明",
    "សុខ ដារ៉ា",
    "+855 12 345 678",
    "012 345 678",
    "+66 81 234 5678",
    "chea@example.org",
    "https://t.me/somebody",
    "DE89 3704 0044 0532 0130 00",
    "4111 1111 1111 1111",
    "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
    "10.6231, 103.5210",
    "10°37'23\"N 103°31'16\"E",
    "N1234567",
]
# The gate also reads a text as HTML / JSON / URL-encoded ("W&#97;ng", "Wa<b>ng", "\\u738b",
# "Wang%20Ming"); redact works on plain text and does not decode, so a text containing such
# escapes may legitimately be stopped by the gate. Those characters are left out here.
_ESCAPING = "&<>\\%"
plain_surroundings = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_characters=_ESCAPING),
        st.sampled_from([c for c in "  \n\t\u00ad\u200b.,;:()-_/'\"#王明សុខAnaWng0123456789" if c not in _ESCAPING]),
    ),
    max_size=40,
)
GATE_REDACTOR = Redactor([*PERSONS, PHONE_OWNER, make_person("Wang Ming", aliases=("王明",), pseudonym="Source W")])


@FAST
@given(
    st.lists(
        st.one_of(
            st.sampled_from(SENSITIVE), plain_surroundings, st.sampled_from([" ", "\n", ", ", "; ", "/", "-", ""])
        ),
        max_size=12,
    )
)
def test_redacted_output_passes_the_gate(pieces: list[str]) -> None:
    output = GATE_REDACTOR.redact("".join(pieces)).text
    assert GATE_REDACTOR.leaks(output) == []
