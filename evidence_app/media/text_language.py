"""Which language a transcript's text is written in, told from the text itself (py3langid).

Whisper guesses the language from the first 30 seconds of sound, and on a short clip or an unusual
voice it guesses wrong, then writes the words in that language (a translation or a transliteration
nobody said) or writes them in the right language under the wrong label. Reading the text it wrote
tells the second case apart and shows a mixed recording (an interviewer and an interpreter in
different languages) segment by segment. It cannot undo the first case: then only a language
chosen by the researcher (``media transcribe --language``) gives a true transcript.

The identifier is py3langid (BSD; a naive Bayes model over byte n-grams, 97 languages, shipped
inside its wheel). Its model file is read whole, checked against the SHA-256 pinned here (the
version is pinned in requirements/lock.txt) and only then loaded, from those bytes: a changed file
is refused. Nothing is downloaded, and the text never leaves memory.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import importlib.metadata
import io
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import IntegrityError

DISTRIBUTION = ("py3langid", "0.4.0")
MODEL_FILE = "py3langid/data/model.npz.xz"
MODEL_SHA256 = "f4f4a2c3465ca1f081541037f9cac23021d68151c2f709c55ae5eedfca522963"
_MAX_MODEL_FILE = 32 * 1024 * 1024
MIN_LETTERS = 12
"""Fewer letters than this (a "yes", a name) say nothing reliable about a language: no answer.
A Chinese or Japanese character counts as three (each is about a syllable or a word)."""
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CLOSE = (frozenset({"id", "ms"}),)
"""Languages so close in writing that the identifier tells them apart only by a few words
(Indonesian and Malay): a transcript labelled with one that reads as the other is not flagged."""


@dataclass(frozen=True)
class TextLanguage:
    """The language the text reads as, the identifier's probability, and per segment long enough
    to judge, how many segments read as each language (most first)."""

    language: str  # ISO 639-1, as Whisper names languages too (en, zh, km, th, vi, id, ms, ...)
    probability: float
    segments: tuple[tuple[str, int], ...] = ()

    @property
    def mixed(self) -> bool:
        return len(self.segments) > 1

    def to_json(self) -> dict[str, object]:
        return {
            "language": self.language,
            "probability": round(self.probability, 3),
            "segments": dict(self.segments),
        }


def _model_path() -> Any:
    try:
        dist = importlib.metadata.distribution(DISTRIBUTION[0])
    except importlib.metadata.PackageNotFoundError:
        return None
    if dist.version != DISTRIBUTION[1]:
        return None
    return dist.locate_file(MODEL_FILE)


def available() -> bool:
    """True when py3langid (the `transcription` extra) is installed at the pinned version."""
    return _model_path() is not None


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import LanguageIdentifier
    from py3langid.modelio import load_model

    path = _model_path()
    if path is None:
        raise IntegrityError("the language identifier is not installed at the expected version; reinstall the app")
    what = f"the language identifier's model {MODEL_FILE} of {DISTRIBUTION[0]} {DISTRIBUTION[1]}"
    try:
        with open(str(path), "rb") as fh:
            data = fh.read(_MAX_MODEL_FILE + 1)
    except OSError:
        raise IntegrityError(f"{what} is missing; reinstall the app") from None
    if len(data) > _MAX_MODEL_FILE or not hmac.compare_digest(hashlib.sha256(data).hexdigest(), MODEL_SHA256):
        raise IntegrityError(f"{what} is not the expected one (SHA-256 differs); reinstall the app")
    # The checked bytes are the bytes loaded (load_model unpacks them through an anonymous
    # temporary file of the public model only; no text of ours is ever written).
    ptc, pc, classes, nextmove, row, output = load_model(io.BytesIO(data))
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _enough(text: str) -> bool:
    return len(_LETTERS.findall(text)) + 2 * len(_IDEOGRAPHS.findall(text)) >= MIN_LETTERS


def agrees(label: str, read_as: str) -> bool:
    """True when a transcript labelled ``label`` that reads as ``read_as`` is consistent."""
    return label == read_as or any({label, read_as} <= pair for pair in CLOSE)


def _classify(text: str) -> tuple[str, float]:
    code, probability = _identifier().classify(text)
    return str(code), float(probability)


def identify(text: str, segments: Iterable[str] = ()) -> TextLanguage | None:
    """The language ``text`` reads as, or None when it is too short to tell or the identifier is
    not installed. ``segments`` (the transcript's lines) are judged one by one too."""
    if not available() or not _enough(text):
        return None
    language, probability = _classify(text)
    counts = Counter(_classify(s)[0] for s in segments if _enough(s))
    return TextLanguage(language, probability, tuple(counts.most_common()))
