"""Protected-person matching: scripts, boundaries, normalisation offsets, overlaps, manual spans."""

from __future__ import annotations

import pytest

from evidence_app.errors import InvalidInput
from evidence_app.model import Span
from evidence_app.redaction import (
    MANUAL_REPLACEMENT,
    RedactionReason,
    Redactor,
    fold_text,
)
from evidence_app.redaction.matcher import TrieMatcher
from evidence_app.redaction.normalize import clean, fold

from .helpers import make_person

WANG = make_person(
    "Wang Ming",
    aliases=("王明",),
    transliterations=("Vương Minh",),
    phones=("+855 12 345 678",),
    emails=("Wang.Ming@Example.com",),
    pseudonym="Source A",
)
DARA = make_person("សុខ ដារ៉ា", aliases=("Sok Dara",), pseudonym="Source B")
SOMCHAI = make_person("สมชาย", pseudonym="Source C")
ANA = make_person("Ana", pseudonym="Source D")
NGUYEN = make_person("Nguyễn Văn An", pseudonym="Source E")
OFFICIAL = make_person("Hun Manet", protected=False, pseudonym="")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor([WANG, DARA, SOMCHAI, ANA, NGUYEN, OFFICIAL])


def redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact(text).text


# --- folding and offsets ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ﬁne", "fine"),
        ("ＷＡＮＧ", "wang"),
        ("Straße", "strasse"),
        ("Nguye\u0302\u0303n", "nguyen"),
        ("Nguyễn Văn An", "nguyen van an"),
        ("Đặng", "dang"),
        ("O’Brien", "o'brien"),
        ("Da\u00adra", "dara"),
        ("a \u3000\n b", "a b"),
        ("王 明", "王明"),
        ("សុខ\nដារ៉ា", "សុខដារ៉ា"),
        ("ข้าว", "ข้าว"),  # Thai marks are not Latin diacritics: kept
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold_text(text) == expected


@pytest.mark.parametrize(
    "text",
    ["xﬁnalﬂy ＷＡＮＧ Straße Nguye\u0302\u0303n\u200b王 明 ÉCOLE", "ﬃ\u00ad\u0301  \t", "", "a\u0301\u0302b"],
)
def test_every_folded_character_maps_into_its_source(text: str) -> None:
    for mapped in (fold(text), clean(text)):
        previous_start = 0
        for index in range(len(mapped.text)):
            start, end = mapped.to_original(index, index + 1)
            assert 0 <= start < end <= len(text)
            assert start >= previous_start
            previous_start = start
        if mapped.text:
            assert mapped.to_original(0, len(mapped.text))[1] <= len(text)


def test_offsets_with_ligature_fullwidth_and_sharp_s() -> None:
    redactor = Redactor([make_person("Fiona Strauss", aliases=("WANG",), pseudonym="Source F")])
    text = "Met ﬁona strauß, then ＷＡＮＧ left."
    result = redactor.redact(text)
    originals = [r.original for r in result.redactions]
    assert originals == ["ﬁona strauß", "ＷＡＮＧ"]
    for r in result.redactions:
        assert text[r.start : r.end] == r.original
    assert result.text == "Met Source F, then Source F left."


def test_offsets_with_combining_accents(redactor: Redactor) -> None:
    text = "Witness: Nguye\u0302\u0303n Va\u0306n An (decomposed)."
    result = redactor.redact(text)
    assert [r.original for r in result.redactions] == ["Nguye\u0302\u0303n Va\u0306n An"]
    assert result.text == "Witness: Source E (decomposed)."


def test_sharp_s_both_ways() -> None:
    redactor = Redactor([make_person("Strauß", pseudonym="Source S")])
    assert redacted(redactor, "STRAUSS and strauss and Strauß") == "Source S and Source S and Source S"


# --- scripts ------------------------------------------------------------------------------------


def test_chinese_alias_inside_text_without_spaces(redactor: Redactor) -> None:
    assert redacted(redactor, "昨天王明去了工厂") == "昨天Source A去了工厂"


def test_latin_name_and_its_chinese_alias_are_the_same_person(redactor: Redactor) -> None:
    result = redactor.redact("Wang Ming (王明) said")
    assert result.text == "Source A (Source A) said"
    assert {r.detail for r in result.redactions} == {"Source A"}


def test_vietnamese_transliteration(redactor: Redactor) -> None:
    assert redacted(redactor, "anh Vương Minh và Vuong Minh") == "anh Source A và Source A"


@pytest.mark.parametrize("text", ["ឈ្មោះ សុខ ដារ៉ា បាន", "ឈ្មោះសុខដារ៉ាបាន", "ឈ្មោះ សុខ\u200bដារ៉ា", "ឈ្មោះសុខ\nដារ៉ា"])
def test_khmer_name_with_or_without_spaces(redactor: Redactor, text: str) -> None:
    out = redacted(redactor, text)
    assert "Source B" in out
    assert "សុខ" not in out and "ដារ៉ា" not in out


def test_thai_name_inside_thai_sentence(redactor: Redactor) -> None:
    assert redacted(redactor, "เมื่อวานสมชายไปทำงาน") == "เมื่อวานSource Cไปทำงาน"


@pytest.mark.parametrize("text", ["Banana", "Analysis", "Anastasia", "Mariana", "ANALOG"])
def test_latin_name_does_not_match_inside_words(redactor: Redactor, text: str) -> None:
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana", "Source D"),
        ("(Ana)", "(Source D)"),
        ("ANA, ana.", "Source D, Source D."),
        ("Ana's brother", "Source D's brother"),
        ("昨天Ana来了", "昨天Source D来了"),
        ("ana_2023.m4a", "Source D_2023.m4a"),
    ],
)
def test_latin_name_at_word_boundaries(redactor: Redactor, text: str, expected: str) -> None:
    assert redacted(redactor, text) == expected


def test_public_person_keeps_name(redactor: Redactor) -> None:
    text = "Prime Minister Hun Manet visited."
    assert redacted(redactor, text) == text


def test_public_name_containing_protected_name_is_still_redacted() -> None:
    # Privacy first: a public name never shields a protected one.
    redactor = Redactor([make_person("Dara", pseudonym="Source B"), make_person("Dara Chan", protected=False)])
    assert redacted(redactor, "Governor Dara Chan") == "Governor Source B Chan"


def test_case_insensitive(redactor: Redactor) -> None:
    assert redacted(redactor, "WANG MING, wang ming, wAnG mInG") == "Source A, Source A, Source A"


@pytest.mark.parametrize("written", ["Nguyen Van An", "NGUYEN VAN AN", "Nguyễn Văn An", "nguyễn văn ân"])
def test_diacritic_insensitive_both_ways(written: str) -> None:
    accented = Redactor([make_person("Nguyễn Văn An", pseudonym="Source E")])
    plain = Redactor([make_person("Nguyen Van An", pseudonym="Source E")])
    assert redacted(accented, written) == "Source E"
    assert redacted(plain, written) == "Source E"


@pytest.mark.parametrize("written", ["wang_ming", "Wang-Ming", "WangMing", "wang.ming", "Wang  Ming", "Wang\nMing"])
def test_separators_inside_names(redactor: Redactor, written: str) -> None:
    assert redacted(redactor, f"file {written}.pdf") == "file Source A.pdf"


def test_two_part_names_match_in_reversed_order(redactor: Redactor) -> None:
    assert redacted(redactor, "Ming Wang and Dara Sok") == "Source A and Source B"


def test_reversed_order_can_be_disabled() -> None:
    redactor = Redactor([make_person("Sok Dara")], reverse_two_part_names=False)
    assert redacted(redactor, "Dara Sok") == "Dara Sok"


# --- overlaps -----------------------------------------------------------------------------------


def test_longest_match_wins() -> None:
    redactor = Redactor([make_person("Wang", pseudonym="Source W"), make_person("Wang Ming", pseudonym="Source A")])
    result = redactor.redact("Wang Ming met Wang")
    assert result.text == "Source A met Source W"
    assert [r.original for r in result.redactions] == ["Wang Ming", "Wang"]


def test_partial_overlaps_merge_into_one_redaction() -> None:
    redactor = Redactor([make_person("Wang Ming", pseudonym="Source A"), make_person("Ming Li", pseudonym="Source L")])
    result = redactor.redact("Wang Ming Li arrived")
    assert result.text == "Source A / Source L arrived"
    assert len(result.redactions) == 1
    assert result.redactions[0].original == "Wang Ming Li"


def test_pseudonym_never_glues_to_a_neighbouring_word() -> None:
    redactor = Redactor([make_person("王明", aliases=("Ana",), pseudonym="Source A")])
    out = redacted(redactor, "王明na")
    assert out == "Source A na"
    assert redactor.redact(out).redactions == ()


# --- e-mails ------------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["wang.ming@example.com", "WANG.MING@EXAMPLE.COM", "Wang.Ming@example.Com"])
def test_protected_email_any_case(redactor: Redactor, written: str) -> None:
    result = redactor.redact(f"write to <{written}> today")
    assert result.text == "write to <[REDACTED: email of Source A]> today"
    assert result.redactions[0].reason is RedactionReason.PROTECTED_PERSON
    assert result.redactions[0].detail == "Source A"


# --- manual spans -------------------------------------------------------------------------------


def test_manual_spans(redactor: Redactor) -> None:
    text = "She lives near the old market in Kampot."
    result = redactor.redact(text, [Span(15, 29), Span(33, 39)])
    assert result.text == f"She lives near {MANUAL_REPLACEMENT} in {MANUAL_REPLACEMENT}."
    assert all(r.reason is RedactionReason.MANUAL for r in result.redactions)


def test_manual_span_takes_precedence_and_merges(redactor: Redactor) -> None:
    text = "Wang Ming lives at the market"
    result = redactor.redact(text, [Span(5, 15), Span(0, 0)])
    assert result.text == f"{MANUAL_REPLACEMENT} at the market"
    (only,) = result.redactions
    assert (only.start, only.end, only.reason) == (0, 15, RedactionReason.MANUAL)


@pytest.mark.parametrize("span", [Span(-1, 3), Span(5, 3), Span(0, 999)])
def test_manual_span_outside_text_is_refused(redactor: Redactor, span: Span) -> None:
    with pytest.raises(InvalidInput):
        redactor.redact("short text", [span])


# --- registry validation ------------------------------------------------------------------------


def test_missing_pseudonym_uses_generic_label() -> None:
    redactor = Redactor([make_person("Sokha Chea", pseudonym="  ", phones=("+855 12 999 888",))])
    assert redacted(redactor, "Sokha Chea: 012 999 888") == (
        "[REDACTED: protected person]: [REDACTED: phone of a protected person]"
    )
    assert redactor.warnings


def test_pseudonym_containing_a_protected_name_is_refused() -> None:
    with pytest.raises(InvalidInput):
        Redactor([make_person("Dara", pseudonym="Dara's friend")])


def test_alias_equal_to_a_label_word_is_refused() -> None:
    with pytest.raises(InvalidInput):
        Redactor([make_person("Phone", pseudonym="Source P")])


def test_one_character_alias_is_ignored_with_warning() -> None:
    redactor = Redactor([make_person("Chan Thy", aliases=("明",), pseudonym="Source T")])
    assert redacted(redactor, "明天") == "明天"
    assert any("one-character" in w.message for w in redactor.warnings)


# --- API details --------------------------------------------------------------------------------


def test_redactions_are_consistent_with_output(redactor: Redactor) -> None:
    text = "Wang Ming (王明, wang.ming@example.com, +855 12 345 678) met Ana in Kampot."
    result = redactor.redact(text, [Span(len(text) - 7, len(text) - 1)])
    rebuilt, pos = [], 0
    for r in result.redactions:
        assert pos <= r.start < r.end
        assert text[r.start : r.end] == r.original
        rebuilt += [text[pos : r.start], r.replacement]
        pos = r.end
    rebuilt.append(text[pos:])
    assert "".join(rebuilt) == result.text


def test_repr_never_shows_the_original(redactor: Redactor) -> None:
    result = redactor.redact("Wang Ming")
    assert "Wang" not in repr(result.redactions[0])


def test_context_masks_the_hit_and_other_redactions(redactor: Redactor) -> None:
    text = "Yesterday Wang Ming called Ana from the factory near the river bank."
    result = redactor.redact(text)
    first = result.redactions[0]
    context = redactor.context(text, first, width=20)
    assert "⟦Source A⟧" in context
    assert "Wang" not in context and "Ana " not in context
    assert "Source D" in context


def test_many_persons() -> None:
    persons = [make_person(f"Person{i} Family{i}", aliases=(f"别名{i}",), pseudonym=f"Source {i}") for i in range(300)]
    redactor = Redactor(persons)
    text = " ".join(f"Person{i} Family{i} / 别名{i}" for i in range(0, 300, 7))
    result = redactor.redact(text)
    assert "Person" not in result.text and "别名" not in result.text
    assert "Source 7 / Source 7" in result.text


def test_trie_matcher_finds_overlapping_starts() -> None:
    matcher = TrieMatcher(["wang ming", "ming li"])
    assert list(matcher.finditer("wang ming li")) == [(0, 9), (5, 12)]
