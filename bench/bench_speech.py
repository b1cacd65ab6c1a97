"""Transcription speed and accuracy: real-time factor and word error rate of the shipped model.

A small labelled set the project builds itself: sentences of the kind interviews hold, spoken by
espeak-ng in English, Indonesian, Vietnamese and Mandarin Chinese, in memory as WAV bytes. Each
clip is transcribed twice through ``evidence_app.media.speech.transcribe`` (the code the app runs:
model loaded from memory, VAD, word time stamps): once with the language detected, once with it
chosen. Word error rate is over words for English, Indonesian and Vietnamese (lower case, no
punctuation) and over characters for Chinese (no spaces in the text). Synthetic speech is clear,
steady and noise-free: it flatters these figures against real interviews.

Real-time factor = transcription time / audio length, on the clips one after another, and on one
long recording made of every clip joined with pauses (so VAD and chunking run as on an interview).

Usage: python bench/bench_speech.py [--out FILE] [--long-seconds 120]
"""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from bench.common import write_result
from evidence_app.media import speech
from evidence_app.media.base import MediaType

SET: dict[str, tuple[str, tuple[str, ...]]] = {
    "en": (
        "en",
        (
            "The soldiers came to the village at night and took the men to the camp.",
            "My brother worked on the fishing boat for two years without pay.",
            "They kept our passports and said we owed them money for the trip.",
            "I called my mother from a phone that a guard lent me.",
        ),
    ),
    "id": (
        "id",
        (
            "Mereka mengambil paspor kami dan tidak pernah mengembalikannya.",
            "Saya bekerja di kapal selama dua tahun tanpa gaji.",
            "Kami tinggal di rumah kecil dekat sungai besar.",
            "Penjaga itu memukul teman saya di depan semua orang.",
        ),
    ),
    "vi": (
        "vi",
        (
            "Họ lấy hộ chiếu của chúng tôi và không bao giờ trả lại.",
            "Tôi làm việc trên tàu cá hai năm mà không có lương.",
            "Chúng tôi sống trong một ngôi nhà nhỏ gần sông.",
            "Người bảo vệ đã đánh bạn tôi trước mặt mọi người.",
        ),
    ),
    # espeak-ng's Mandarin voice reads most Hanzi as Latin letters and tone digits (its Debian
    # dictionary is small), so the clips are spoken from pinyin and scored against the characters.
    "zh": (
        "cmn-latn-pinyin",
        (
            "他们拿走了我们的护照。|ta1 men5 na2 zou3 le5 wo3 men5 de5 hu4 zhao4",
            "我在渔船上工作了两年没有工资。|wo3 zai4 yu2 chuan2 shang4 gong1 zuo4 le5 liang3 nian2 mei2 you3 gong1 zi1",
            "我们住在河边的一个小房子里。|wo3 men5 zhu4 zai4 he2 bian1 de5 yi2 ge4 xiao3 fang2 zi5 li3",
            "警卫当着大家的面打了我的朋友。|jing3 wei4 dang1 zhe5 da4 jia1 de5 mian4 da3 le5 wo3 de5 peng2 you3",
        ),
    ),
}
"""Per language: the espeak-ng voice and the sentences ("reference|what espeak-ng is given" where they differ)."""


def say(text: str, voice: str) -> bytes:
    """espeak-ng's WAV (written to a file: on stdout its header carries no length)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "clip.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), text], check=True, capture_output=True)
        return path.read_bytes()


def _pcm(wav: bytes) -> tuple[int, bytes]:
    with wave.open(io.BytesIO(wav)) as w:
        return w.getframerate(), w.readframes(w.getnframes())


def join(clips: list[bytes], seconds: float) -> tuple[bytes, float]:
    """One WAV of the clips in turn, each followed by 1.5 s of silence, repeated to ``seconds``,
    and how many of its seconds are the clips (espeak-ng's own, with their short pauses)."""
    rate, _ = _pcm(clips[0])
    gap = b"\x00\x00" * int(1.5 * rate)
    frames = bytearray()
    spoken = 0
    while len(frames) < seconds * rate * 2:
        for clip in clips:
            pcm = _pcm(clip)[1]
            spoken += len(pcm)
            frames += pcm + gap
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))
    return buffer.getvalue(), spoken / 2 / rate


def tokens(text: str, language: str) -> list[str]:
    if language == "zh":
        return [c for c in text if re.match(r"\w", c)]
    return re.findall(r"\w+", text.lower())


def edits(ref: list[str], hyp: list[str]) -> int:
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]


def run(long_seconds: float) -> dict[str, Any]:
    started = time.perf_counter()
    speech._model(speech.DEFAULT_MODEL)
    load = time.perf_counter() - started
    languages: dict[str, Any] = {}
    clips_all: list[bytes] = []
    audio_total = time_total = 0.0
    for language, (voice, sentences) in SET.items():
        errors = {"chosen": 0, "detected": 0}
        words = 0
        detected: list[str] = []
        seconds = elapsed = 0.0
        for entry in sentences:
            sentence, _, spoken = entry.partition("|")
            wav = say(spoken or sentence, voice)
            clips_all.append(wav)
            ref = tokens(sentence, language)
            words += len(ref)
            for mode in ("chosen", "detected"):
                t0 = time.perf_counter()
                result = speech.transcribe(wav, MediaType.WAV, language=language if mode == "chosen" else None)
                took = time.perf_counter() - t0
                errors[mode] += edits(ref, tokens(result.text, language))
                if mode == "chosen":
                    seconds += result.duration
                    elapsed += took
                else:
                    detected.append(result.language)
        audio_total += seconds
        time_total += elapsed
        languages[language] = {
            "clips": len(sentences),
            "units": "characters" if language == "zh" else "words",
            "reference_units": words,
            "error_rate_chosen": errors["chosen"] / words,
            "error_rate_detected": errors["detected"] / words,
            "detected_right": sum(1 for d in detected if d == language),
            "detected": detected,
            "audio_seconds": seconds,
            "rtf": elapsed / seconds,
        }
    long_wav, long_spoken = join(clips_all, long_seconds)
    t0 = time.perf_counter()
    long_result = speech.transcribe(long_wav, MediaType.WAV)
    long_took = time.perf_counter() - t0
    return {
        "speech": {
            "model": speech.DEFAULT_MODEL,
            "threads": speech._threads(),
            "cores": os.cpu_count(),
            "load_seconds": load,
            "languages": languages,
            "clips_rtf": time_total / audio_total,
            "long": {
                "audio_seconds": long_result.duration,
                "speech_seconds": long_spoken,
                "seconds": long_took,
                "rtf": long_took / long_result.duration,
                "segments": len(long_result.segments),
                "language": long_result.language,
            },
        }
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--long-seconds", type=float, default=120.0)
    args = parser.parse_args()
    result = run(args.long_seconds)
    write_result(result, args.out, ascii_only=False, show=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
