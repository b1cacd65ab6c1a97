"""Transcripts of recordings, and the audio spans their redactions mute (schema V11).

`transcribe_item` runs speech recognition (media/speech.py) on a recording's current working copy,
decrypted in memory, and stores the segments with their per-word time stamps in the encrypted
database (``media_transcripts``, per working-copy version, as ``media_ocr`` keeps OCR words), and
the text in the search index. With a testimony it also becomes that testimony's text, as a new
revision recorded in ``machine_transcript_revisions``: a machine transcript, to be checked against
the recording. It never replaces a testimony's text silently: the earlier text stays a revision.

`redacted_spans` maps every redaction of the transcript text to the audio through the word time
stamps: what the redaction engine redacts (every identifier of a protected person, the detectors:
phones, e-mails, ...) and the researcher's manual marks on a testimony made from this transcript
(carried back onto the machine text by the same re-anchoring an edit uses, marks.py). The export
of recordings and ``media redact --mute-transcript-redactions`` mute those spans. A word the
recogniser misheard is not found by the engine: the researcher must listen (the warning says so).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from . import db, marks
from . import media_service as ms
from .custody import Action
from .errors import EvidenceError, InvalidInput
from .media import speech, text_language
from .media.audio_redact import MuteSpan, Room, mute_file, mute_video_file
from .media.base import MediaType
from .media.voice_disguise import WARNING as DISGUISE_WARNING
from .media.voice_disguise import disguise_file, disguise_video_file
from .model import MediaItem, MediaKind, Span, now_utc
from .picture_text import redactor_for
from .records.testimonies import edit_testimony, get_testimony
from .redaction import Redactor
from .redaction.engine import RedactionReason
from .vault import Vault

MACHINE_NOTE = "machine transcript, check against the recording"
PAD_BEFORE = 0.20
PAD_AFTER = 0.25
"""Seconds muted around a redacted word: Whisper's word time stamps are off by up to about a tenth
of a second, and a syllable left audible can be enough to recognise a name."""


UNSURE_DETECTION = 0.5
"""Below this confidence in the language it detected, Whisper is often wrong (espeak-ng's
Indonesian and Vietnamese heard as Thai at 0.37 and 0.44): the researcher is told to choose."""

NOT_TRANSCRIBED = (
    "no transcript, so nothing said in it was checked for names (media transcribe, then export again to mute"
    " what its transcript redacts)"
)


@dataclass(frozen=True)
class StoredTranscript:
    item_id: str
    version: int  # the working-copy version it was made from
    transcript: speech.Transcript
    testimony_id: str | None = None
    testimony_revision: int | None = None


@dataclass(frozen=True)
class MutedSpan:
    """A span of the audio to mute, and why (never the words themselves: they may be a name)."""

    span: MuteSpan
    reasons: tuple[str, ...]

    def describe(self) -> str:
        return f"{self.span.label()} ({', '.join(self.reasons)})"


def _recording(vault: Vault, item_id: str) -> MediaItem:
    item = ms.get_media(vault, item_id)
    if item.kind not in (MediaKind.AUDIO, MediaKind.VIDEO):
        raise InvalidInput("transcription applies to recordings (audio or video)")
    if item.working is None:
        raise InvalidInput("this item has no working copy")
    return item


def transcribe_item(
    vault: Vault,
    item_id: str,
    *,
    language: str | None = None,
    model: str = speech.DEFAULT_MODEL,
    testimony_id: str | None = None,
    progress: speech.Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> StoredTranscript:
    """Transcribe the current working copy and store it; with ``testimony_id``, also make it that
    testimony's text as a new, marked revision. Nothing is stored if it is cancelled or fails."""
    item = _recording(vault, item_id)
    assert item.working is not None
    if testimony_id is not None:
        get_testimony(vault, testimony_id)  # a wrong id fails before minutes of recognition
    result = speech.transcribe(
        ms.read_working(vault, item),
        ms.working_type(vault, item),
        language=language,
        model=model,
        progress=progress,
        cancelled=cancelled,
    )
    if cancelled is not None and cancelled():  # stopped (or locked) after the last segment
        raise speech.TranscriptionCancelled("transcription stopped; nothing was stored")
    if testimony_id is not None and not result.text.strip():
        raise InvalidInput("no speech was recognised in the recording; the testimony was not changed")
    return store_transcript(vault, item, result, testimony_id)


def store_transcript(
    vault: Vault, item: MediaItem, result: speech.Transcript, testimony_id: str | None = None
) -> StoredTranscript:
    """Store ``result`` as the transcript of ``item``'s current working copy (and, with
    ``testimony_id``, as that testimony's text): what :func:`transcribe_item` does with what the
    recogniser heard. Also for a transcript made elsewhere, with its word time stamps."""
    assert item.working is not None
    version = item.working.version
    segments = json.dumps([s.to_json() for s in result.segments], ensure_ascii=False)
    revision: int | None = None
    with db.transaction(vault.conn):
        vault.conn.execute(
            "INSERT OR REPLACE INTO media_transcripts(media_id, version, model, language, language_source,"
            " language_probability, duration, segments, text, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.id,
                version,
                result.model,
                result.language,
                result.language_source,
                result.language_probability,
                result.duration,
                segments,
                result.text,
                now_utc(),
            ),
        )
        vault.search_index.put(ms.get_media(vault, item.id), ms.media_text(vault, item.id))
        # Counts only: the words may be exactly what must not leave the vault.
        vault.log(
            Action.EDIT,
            "media",
            item.id,
            {
                "transcript": {
                    "version": version,
                    "model": result.model,
                    "language": result.language,
                    "language_source": result.language_source,
                    "segments": len(result.segments),
                    "words": len(result.words),
                }
            },
        )
        if testimony_id is not None:
            edited = edit_testimony(vault, testimony_id, transcript=result.text)
            revision = edited.revision
            vault.conn.execute(
                "INSERT OR REPLACE INTO machine_transcript_revisions(testimony_id, revision, media_id, version)"
                " VALUES (?, ?, ?, ?)",
                (testimony_id, revision, item.id, version),
            )
            vault.log(
                Action.EDIT,
                "testimony",
                testimony_id,
                {"revision": revision, "source": MACHINE_NOTE, "media": item.id, "media_version": version},
            )
    return StoredTranscript(item.id, version, result, testimony_id, revision)


@dataclass(frozen=True)
class LanguageCheck:
    """What the transcript's text reads as (media/text_language.py), against its label."""

    label: str  # the transcript's language: Whisper's detection or the researcher's choice
    source: str  # "detected" or "chosen"
    probability: float  # Whisper's confidence in a detected language (1.0 when chosen)
    read: text_language.TextLanguage | None  # None: too short to tell, or the identifier is missing

    @property
    def agrees(self) -> bool | None:
        return None if self.read is None else text_language.agrees(self.label, self.read.language)

    def to_json(self) -> dict[str, object] | None:
        if self.read is None:
            return None
        return {**self.read.to_json(), "agrees": self.agrees}

    def notes(self) -> list[str]:
        """One line each: a disagreement (and what to do), an unsure detection, a mixed recording.

        What reading the text cannot catch: when Whisper detects the wrong language it usually
        *writes* in that language (a Thai transliteration of Indonesian speech reads as Thai), so
        the text agrees with the wrong label; only an unsure detection hints at it."""
        out: list[str] = []
        if self.source == "detected" and self.probability < UNSURE_DETECTION:
            out.append(
                f"the speech model was unsure of the language (p={self.probability:.2f} for {self.label}):"
                f" if the recording is not in {self.label}, transcribe it again with --language"
            )
        read = self.read
        if read is None:
            return out
        if not self.agrees:
            given = "was told" if self.source == "chosen" else "detected"
            out.append(
                f"the text reads as {read.language} (p={read.probability:.2f}), not as the {self.label} the speech"
                f" model {given}: if the recording is in {read.language}, transcribe it again with"
                f" --language {read.language}; if it is in {self.label}, the words are probably wrong"
            )
        if read.mixed:
            parts = ", ".join(f"{code} {count}" for code, count in read.segments)
            out.append(
                f"segments read as: {parts} (a mixed recording: the speech model wrote every segment in"
                f" {self.label}, so segments in another language may be a translation, not what was said)"
            )
        return out


def check_language(transcript: speech.Transcript) -> LanguageCheck:
    """The transcript's label against what its text reads as, whole and line by line."""
    read = text_language.identify(transcript.text, [s.text for s in transcript.segments])
    return LanguageCheck(transcript.language, transcript.language_source, transcript.language_probability, read)


def load_transcript(vault: Vault, item_id: str) -> StoredTranscript | None:
    """The newest transcript of the item (of its current working copy or an earlier version: muting
    keeps the length, so the time stamps still hold), or None."""
    item = ms.get_media(vault, item_id)
    current = item.working.version if item.working else 0
    row = vault.conn.execute(
        "SELECT version, model, language, language_source, language_probability, duration, segments"
        " FROM media_transcripts WHERE media_id = ? AND version <= ? ORDER BY version DESC LIMIT 1",
        (item.id, current),
    ).fetchone()
    if row is None:
        return None
    segments = tuple(speech.Segment.from_json(s) for s in json.loads(row[6]))
    transcript = speech.Transcript(str(row[1]), str(row[2]), str(row[3]), float(row[4]), float(row[5]), segments)
    return StoredTranscript(item.id, int(row[0]), transcript)


def machine_revisions(vault: Vault, testimony_id: str) -> dict[int, tuple[str, int]]:
    """Revisions of a testimony that are machine transcripts: revision -> (media id, version)."""
    rows = vault.conn.execute(
        "SELECT revision, media_id, version FROM machine_transcript_revisions WHERE testimony_id = ?",
        (testimony_id,),
    )
    return {int(r[0]): (str(r[1]), int(r[2])) for r in rows}


def _testimony_marks(vault: Vault, stored: StoredTranscript, text: str) -> list[Span]:
    """Manual marks of testimonies made from this recording's transcripts, carried onto ``text``."""
    rows = vault.conn.execute(
        "SELECT DISTINCT testimony_id FROM machine_transcript_revisions WHERE media_id = ?", (stored.item_id,)
    ).fetchall()
    out: list[Span] = []
    for (testimony_id,) in rows:
        testimony = get_testimony(vault, str(testimony_id))
        if testimony.redacted_spans:
            moved = marks.reanchor(testimony.transcript, text, testimony.redacted_spans)
            out.extend(moved.spans)
    return out


def redacted_spans(vault: Vault, stored: StoredTranscript, redactor: Redactor) -> list[MutedSpan]:
    """The audio spans under every redaction of the transcript, padded, merged, in order."""
    transcript = stored.transcript
    text = transcript.text
    words = transcript.spans()
    found: list[tuple[float, float, str]] = []
    for r in redactor.redact(text, marks.merge_spans(_testimony_marks(vault, stored, text))).redactions:
        covered = [w for start, end, w in words if start < r.end and r.start < end]
        if not covered:
            continue
        if r.reason is RedactionReason.PROTECTED_PERSON:
            why = "protected person"
        elif r.reason is RedactionReason.MANUAL:
            why = "manual mark"
        else:
            why = r.detail
        start = max(0.0, min(w.start for w in covered) - PAD_BEFORE)
        end = min(transcript.duration, max(w.end for w in covered) + PAD_AFTER)
        if end > start:
            found.append((start, end, why))
    return _merge(found)


def _merge(found: Sequence[tuple[float, float, str]]) -> list[MutedSpan]:
    out: list[tuple[float, float, list[str]]] = []
    for start, end, why in sorted(found):
        if out and start <= out[-1][1]:
            last = out[-1]
            reasons = last[2] if why in last[2] else [*last[2], why]
            out[-1] = (last[0], max(last[1], end), reasons)
        else:
            out.append((start, end, [why]))
    return [MutedSpan(MuteSpan(round(a, 3), round(b, 3)), tuple(r)) for a, b, r in out]


def mute_item(vault: Vault, item_id: str, tone: bool = False) -> tuple[MediaItem, list[MutedSpan]]:
    """A new working copy of a recording (or a video, its picture copied) with every redaction of
    its transcript muted."""
    item = _recording(vault, item_id)
    stored = load_transcript(vault, item.id)
    if stored is None:
        raise InvalidInput("the recording has no transcript yet: run media transcribe ID first")
    spans = redacted_spans(vault, stored, redactor_for(vault))
    if not spans:
        raise InvalidInput("nothing in the transcript is redacted: no span to mute")
    new = ms.mute_recording(vault, item.id, [s.span.label().removesuffix(" s") for s in spans], tone, "transcript")
    return new, spans


@dataclass(frozen=True)
class MutedNote:
    """Spans of an exported recording muted because its transcript redacts the words spoken there."""

    ref: str  # the exported item's number, "0002"
    spans: tuple[MutedSpan, ...]

    @property
    def where(self) -> str:
        return f"media {self.ref}"


@dataclass(frozen=True)
class ExportAudio:
    file: BinaryIO  # the recording as it leaves: the source itself when nothing was changed
    media_type: MediaType
    muted: list[MutedNote]  # none, or one note for this recording
    warnings: list[str]
    left_out: str = ""  # the name of the export's ExclusionReason when the recording must stay in
    detail: str = ""


def for_export(
    vault: Vault,
    item: MediaItem,
    source: BinaryIO,
    media_type: MediaType,
    redactor: Redactor,
    ref: str,
    disguise_voices: bool,
    room: Room,
) -> ExportAudio:
    """The recording as an export writes it: with every span its transcript redacts (under the
    export's own redactor) muted, then, if asked, every voice disguised (media/voice_disguise.py).
    A video's sound is muted and disguised the same way, its picture copied
    (media/audio_redact.rewrite_video_sound: MP4, MOV, 3GP). A recording never transcribed goes
    as it is, with a warning; a recording or video
    that cannot be muted or disguised is left out (never sent with the words audible).

    ``source`` (seekable) is read by ranges and each result is written into a new file of
    ``room`` (sealed scratch files in an export: a long recording is never whole in memory, #18).
    The returned ``file`` is ``source`` or a file of ``room``; the caller closes both. A file made
    on the way and not returned is closed here."""
    warnings: list[str] = []
    muted: list[MutedNote] = []
    stored = load_transcript(vault, item.id)
    if stored is None:
        warnings.append(f"media {ref} ({item.kind.value}): {NOT_TRANSCRIBED}")
    spans = redacted_spans(vault, stored, redactor) if stored is not None else []
    current = source

    def step(made: tuple[BinaryIO, MediaType, list[str]]) -> None:
        nonlocal current, media_type
        if current is not source:
            current.close()
        current, media_type = made[0], made[1]

    def leave(reason: str, detail: str = "") -> ExportAudio:
        if current is not source:
            current.close()
        return ExportAudio(source, media_type, [], [], reason, detail)

    video = item.kind is not MediaKind.AUDIO
    try:
        if spans:
            try:
                muting = mute_video_file if video else mute_file
                step(muting(current, media_type, [m.span for m in spans], room))
            except EvidenceError as exc:
                # Never sent with the words audible: left out, and the reason says why.
                return leave("UNMUTED_VIDEO", f"{len(spans)} span(s): {exc}") if video else leave("UNREADABLE")
            muted.append(MutedNote(ref, tuple(spans)))
        if disguise_voices:
            try:
                step((disguise_video_file if video else disguise_file)(current, media_type, room))
            except EvidenceError as exc:
                return leave("UNREADABLE", f"voice disguise: {exc}") if video else leave("UNREADABLE")
            warnings.append(f"media {ref}: {DISGUISE_WARNING}")
    except BaseException:
        if current is not source:
            current.close()
        raise
    return ExportAudio(current, media_type, muted, warnings)
