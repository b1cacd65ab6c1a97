"""A long recording is not held several times over during intake (#18; bench/bench_audio.py).

Python's own allocations are traced (tracemalloc sees every bytes object): inspecting a WAV makes
no copy of its audio, sanitizing makes the clean file once plus the copy its destination keeps,
and a frame of the parser process's pipe protocol arrives as one bytes object, not as chunks
joined into a second one. The clean file is still exactly the RIFF file with only 'fmt ' and 'data'.
"""

from __future__ import annotations

import io
import os
import struct
import threading
import tracemalloc
from collections.abc import Callable
from typing import Any

from evidence_app.media.audio import WavSanitizer
from evidence_app.media.isolation import _read_frame, _write_frame

MIB = 1024 * 1024
AUDIO = 24 * MIB


def _wav(audio: bytes) -> bytes:
    fmt = struct.pack("<HHIIHH", 1, 2, 48_000, 192_000, 4, 16)
    info = b"INFO" + b"IART" + struct.pack("<I", 6) + b"Anna\x00\x00"
    body = b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt + b"LIST" + struct.pack("<I", len(info)) + info
    body += b"data" + struct.pack("<I", len(audio)) + audio
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _peak(run: Callable[[], Any]) -> tuple[Any, int]:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        result = run()
        return result, tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def test_inspecting_a_wav_copies_none_of_its_audio() -> None:
    data = _wav(os.urandom(AUDIO))
    inspection, peak = _peak(lambda: WavSanitizer().inspect(io.BytesIO(data)))
    assert any("IART" in f.key for f in inspection.findings)
    assert peak < AUDIO // 2  # before: the clean file built and thrown away, 3x the audio


def test_sanitizing_a_wav_holds_the_clean_file_once_beside_its_destination() -> None:
    audio = os.urandom(AUDIO)
    data = _wav(audio)
    out = io.BytesIO()
    _, peak = _peak(lambda: WavSanitizer().sanitize(io.BytesIO(data), out))
    assert peak < 2.3 * AUDIO  # the clean bytes and the destination's copy; before: 3x
    clean = out.getvalue()
    fmt = struct.pack("<HHIIHH", 1, 2, 48_000, 192_000, 4, 16)
    expected_body = b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", AUDIO) + audio
    assert clean == b"RIFF" + struct.pack("<I", len(expected_body)) + expected_body


def test_a_frame_arrives_as_one_bytes_object() -> None:
    payload = os.urandom(AUDIO)
    read_fd, write_fd = os.pipe()
    with os.fdopen(read_fd, "rb") as reader, os.fdopen(write_fd, "wb") as writer:
        sender = threading.Thread(target=_write_frame, args=(writer, {"status": "ok"}, payload))
        sender.start()
        (header, got), peak = _peak(lambda: _read_frame(reader, MIB, 2 * AUDIO))
        sender.join()
    assert header == {"status": "ok"} and got == payload
    assert peak < 1.3 * AUDIO  # before: the 16 MiB chunks and their join, about 2x
