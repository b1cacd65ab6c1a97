"""Language identification of a transcript's text (#19), beside Whisper's guess from the sound.

Sentences of the kind interviews hold, written as Whisper writes each language (Khmer and Thai
without spaces between words, Chinese in characters), in the six interview languages; a transcript
of an interviewer and an interpreter in two languages; and through the CLI on real Whisper
transcripts of espeak-ng speech (espeak-ng has no Khmer or Thai voice, so those two are text only)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from evidence_app import transcripts
from evidence_app.errors import IntegrityError
from evidence_app.media import speech, text_language
from tests.conftest import Cli
from tests.recordings.test_transcription import say, words_of

pytestmark = pytest.mark.skipif(
    not text_language.available() and not os.environ.get("CI"),
    reason="the transcription extra is missing (scripts/setup installs it; CI fails instead)",
)

SENTENCES = {
    "en": (
        "They took our passports and never gave them back.",
        "My brother worked on the fishing boat for two years without pay.",
    ),
    "id": (
        "Mereka mengambil paspor kami dan tidak pernah mengembalikannya.",
        "Saya bekerja di kapal penangkap ikan selama dua tahun tanpa gaji.",
    ),
    "vi": (
        "Họ lấy hộ chiếu của chúng tôi và không bao giờ trả lại.",
        "Tôi làm việc trên tàu cá hai năm mà không có lương.",
    ),
    "zh": ("他们拿走了我们的护照，再也没有还给我们。", "我在渔船上工作了两年，没有拿到工资。"),
    "km": (
        "ពួកគេបានយកលិខិតឆ្លងដែនរបស់យើង ហើយមិនដែលប្រគល់វាមកវិញទេ។",
        "ខ្ញុំបានធ្វើការនៅលើទូកនេសាទអស់រយៈពេលពីរឆ្នាំដោយគ្មានប្រាក់ខែ។",
    ),
    "th": ("พวกเขายึดหนังสือเดินทางของเราไปและไม่เคยคืนให้", "ฉันทำงานบนเรือประมงสองปีโดยไม่ได้รับค่าจ้าง"),
}


def _transcript(
    lines: list[str], language: str, source: str = "detected", probability: float = 0.9
) -> speech.Transcript:
    segments = tuple(
        speech.Segment(float(i), float(i) + 0.9, (speech.Word(float(i), float(i) + 0.9, " " + line, 0.9),))
        for i, line in enumerate(lines)
    )
    return speech.Transcript("base", language, source, probability, float(len(lines)), segments)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_each_interview_language_is_read_from_its_text(language: str) -> None:
    lines = list(SENTENCES[language])
    check = transcripts.check_language(_transcript(lines, language))
    assert check.read is not None and check.agrees, check.read
    # Indonesian and Malay are told apart only by a few words: either is taken as agreeing.
    assert check.read.language == language or {language, check.read.language} == {"id", "ms"}
    if language != "id":
        assert check.read.language == language and check.read.probability > 0.9
    assert not check.read.mixed and check.notes() == []


def test_a_label_the_text_contradicts_is_flagged_with_what_to_do() -> None:
    check = transcripts.check_language(_transcript(list(SENTENCES["km"]), "th"))
    assert check.read is not None and check.read.language == "km" and check.agrees is False
    (note,) = check.notes()
    assert "reads as km" in note and "--language km" in note and "detected" in note
    assert check.to_json() == {**check.read.to_json(), "agrees": False}


def test_an_interpreted_interview_reads_as_mixed_segment_by_segment() -> None:
    lines = [SENTENCES["en"][0], SENTENCES["km"][0], SENTENCES["en"][1], SENTENCES["km"][1]]
    check = transcripts.check_language(_transcript(lines, "km", "chosen"))
    assert check.read is not None and check.read.mixed
    assert dict(check.read.segments) == {"en": 2, "km": 2}
    assert any(n.startswith("segments read as: ") and "en 2" in n and "km 2" in n for n in check.notes())


def test_too_short_to_tell_gives_no_answer() -> None:
    for text in ("Yes.", "Maria Santos", "好的", "ចាស", "12 34 56"):
        assert text_language.identify(text) is None, text
    assert transcripts.check_language(_transcript(["Yes."], "en")).to_json() is None


def test_a_changed_identifier_model_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    text_language._identifier.cache_clear()
    monkeypatch.setattr(text_language, "MODEL_SHA256", "0" * 64)
    try:
        with pytest.raises(IntegrityError, match="SHA-256 differs"):
            text_language.identify(SENTENCES["en"][1])
    finally:
        text_language._identifier.cache_clear()


needs_speech = pytest.mark.skipif(
    (shutil.which("espeak-ng") is None or not speech.available()) and not os.environ.get("CI"),
    reason="espeak-ng or the transcription extra is missing (scripts/setup installs both; CI fails instead)",
)


@needs_speech
@pytest.mark.parametrize("language", ["en", "vi", "id"])
def test_transcribe_reports_what_the_text_reads_as(cli_vault: Cli, tmp_path: Path, language: str) -> None:
    case = cli_vault.ok("case", "add", "--title", "River village")
    wav = say(SENTENCES[language][1], tmp_path / f"{language}.wav", language)
    item = cli_vault.ok("media", "import", "--case", case, str(wav))
    r = cli_vault("media", "transcribe", item, "--language", language, "--json")
    assert r.code == 0, r.err
    out = json.loads(r.out)
    read = out["text_language"]
    assert out["language"] == language and out["language_source"] == "chosen"
    assert read["agrees"] is True and read["language"] in ({language} | ({"ms"} if language == "id" else set()))
    assert f"the text reads as {read['language']}" in r.err and "warning" not in r.err


@needs_speech
def test_a_wrong_detection_reads_as_itself_and_the_choice_overrides_it(cli_vault: Cli, tmp_path: Path) -> None:
    """espeak-ng's Indonesian sounds Thai to Whisper's detector (bench/bench_speech.py: 4 of 4), and
    Whisper then writes Thai: the text agrees with the wrong label, which reading the text cannot
    catch (media/text_language.py says so). Choosing the language gives the Indonesian words."""
    case = cli_vault.ok("case", "add", "--title", "Kampung")
    wav = say(SENTENCES["id"][1], tmp_path / "id.wav", "id")
    item = cli_vault.ok("media", "import", "--case", case, str(wav))
    r = cli_vault("media", "transcribe", item, "--json")
    assert r.code == 0, r.err
    detected = json.loads(r.out)
    read = detected["text_language"]
    if detected["language"] not in ("id", "ms"):
        assert read is None or read["language"] == detected["language"], (detected["text"], read)
    chosen = cli_vault("media", "transcribe", item, "--language", "id", "--json")
    out = json.loads(chosen.out)
    assert out["language"] == "id" and out["language_source"] == "chosen"
    assert out["text_language"]["agrees"] is True and "warning" not in chosen.err
    # Whisper's int8 kernels differ between CPUs (AVX2, AVX-512), and so do a few words of a
    # synthetic voice ("tahun" read as "tahu" on one): the Indonesian words must come back, most
    # of them, where the detected Thai gave none.
    words, spoken = words_of(out["text"]), words_of(SENTENCES["id"][1])
    assert "kapal" in words and 2 * len(words & spoken) >= len(spoken), out["text"]


def test_an_unsure_detection_says_to_choose_the_language() -> None:
    unsure = transcripts.check_language(_transcript(list(SENTENCES["th"]), "th", probability=0.37))
    assert unsure.agrees is True
    (note,) = unsure.notes()
    assert "unsure of the language (p=0.37 for th)" in note and "--language" in note
    chosen = transcripts.check_language(_transcript(list(SENTENCES["th"]), "th", "chosen", probability=1.0))
    assert chosen.notes() == []
