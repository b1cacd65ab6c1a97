"""AIFF and AMR recordings: decoded and re-encoded as lossless FLAC with no tags and no encoder string."""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from evidence_app.media.audio_decode import AiffSanitizer, AmrSanitizer
from evidence_app.media.base import InvalidMedia, MediaType
from evidence_app.media.detect import detect_bytes
from tests.media import dirty_photos as dp

from .exiftool_allow import exiftool_json, leaks

MARKER = b"ZQXAIFFOWNERNAME"
_STRINGS = (MARKER, b"Lavf", b"Lavc", b"libavformat", b"reference libFLAC")


def _tone(rate: int, channels: int, seconds: float = 1.0, peak: int = 9000) -> np.ndarray:
    t = np.arange(int(rate * seconds)) / rate
    mono = (np.sin(2 * np.pi * 440 * t) * peak).astype(np.int16)
    noise = np.random.default_rng(3).integers(-200, 200, mono.shape, dtype=np.int16)
    return np.stack([mono + noise * c for c in range(channels)])


def _encode(fmt: str, codec: str, rate: int, samples: np.ndarray, sample_format: str = "s16") -> bytes:
    buffer = io.BytesIO()
    output = av.open(buffer, mode="w", format=fmt)
    stream: Any = output.add_stream(codec, rate=rate)
    stream.layout = "mono" if samples.shape[0] == 1 else "stereo"
    stream.format = sample_format
    if codec == "libopencore_amrnb":
        stream.bit_rate = 12200
    packed = samples.T.reshape(1, -1)
    frame = av.AudioFrame.from_ndarray(packed, format="s16", layout=stream.layout)
    frame.sample_rate = rate
    for packet in stream.encode(frame):
        output.mux(packet)
    for packet in stream.encode(None):
        output.mux(packet)
    output.close()
    return buffer.getvalue()


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return kind + struct.pack(">I", len(payload)) + payload + b"\x00" * (len(payload) & 1)


def dirty_aiff(samples: np.ndarray | None = None) -> bytes:
    """An AIFF written by FFmpeg, then given the text chunks recorders and editors add (name,
    author, copyright, annotation, an ID3 tag, an application block) and bytes after the FORM."""
    samples = _tone(44100, 2) if samples is None else samples
    plain = _encode("aiff", "pcm_s16be", 44100, samples)
    extra = (
        _chunk(b"NAME", b"Interview with " + MARKER)
        + _chunk(b"AUTH", MARKER)
        + _chunk(b"(c) ", b"2024 " + MARKER)
        + _chunk(b"ANNO", b"recorded at 10.6234N 103.5234E " + MARKER)
        + _chunk(b"APPL", b"pdos" + MARKER * 4)
        + _chunk(b"ID3 ", b"ID3\x04\x00\x00\x00\x00\x00\x20TIT2\x00\x00\x00\x16\x00\x00\x03" + MARKER + b"\x00" * 5)
    )
    body = plain[12:] + extra
    return b"FORM" + struct.pack(">I", 4 + len(body)) + b"AIFF" + body + MARKER * 2


def _decoded(data: bytes, fmt: str) -> np.ndarray:
    container: Any
    with av.open(io.BytesIO(data), format=fmt) as container:
        frames = [f.to_ndarray().reshape(-1) for f in container.decode(audio=0)]
    return np.concatenate(frames)


def _clean(sanitizer: AiffSanitizer | AmrSanitizer, data: bytes) -> tuple[bytes, tuple[str, ...]]:
    out = io.BytesIO()
    result = sanitizer.sanitize(io.BytesIO(data), out)
    assert result.output_type is MediaType.FLAC
    clean = out.getvalue()
    for text in _STRINGS:
        assert text not in clean and text.decode().encode("utf-16-le") not in clean, text
    # Only STREAMINFO (last-block flag set): no VORBIS_COMMENT vendor, no padding, no seek table.
    assert clean[:5] == b"fLaC\x80" and clean[8:42] and clean[42:44] in (b"\xff\xf8", b"\xff\xf9")
    return clean, result.transformations


def test_dirty_aiff_becomes_a_flac_with_the_same_samples_and_nothing_else() -> None:
    data = dirty_aiff()
    assert detect_bytes(data) is MediaType.AIFF
    inspection = AiffSanitizer().inspect(io.BytesIO(data))
    keys = {f.key for f in inspection.risky}
    assert {"AIFF name", "AIFF author", "AIFF copyright", "AIFF annotation", "AIFF ID3 tag"} <= keys, keys
    assert "trailing bytes" in keys and "AIFF APPL chunk" in keys
    assert inspection.facts["working copy"].startswith("FLAC")
    clean, steps = _clean(AiffSanitizer(), data)
    assert any("lossless FLAC (16-bit, 44100 Hz)" in step for step in steps)
    assert np.array_equal(_decoded(clean, "flac"), _decoded(data, "aiff"))  # bit for bit


def test_24_bit_aiff_stays_24_bit_and_lossless() -> None:
    samples = _tone(48000, 1, 0.5).astype(np.int32) << 8
    buffer = io.BytesIO()
    output = av.open(buffer, mode="w", format="aiff")
    stream: Any = output.add_stream("pcm_s24be", rate=48000)
    stream.layout = "mono"
    stream.format = "s32"
    frame = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s32", layout="mono")
    frame.sample_rate = 48000
    for packet in [*stream.encode(frame), *stream.encode(None)]:
        output.mux(packet)
    output.close()
    clean, steps = _clean(AiffSanitizer(), buffer.getvalue())
    assert any("24-bit" in step for step in steps)
    assert np.array_equal(_decoded(clean, "flac"), _decoded(buffer.getvalue(), "aiff"))


def test_amr_voice_memo_becomes_a_flac_of_its_decoded_speech() -> None:
    data = _encode("amr", "libopencore_amrnb", 8000, _tone(8000, 1, 2.0))
    assert detect_bytes(data) is MediaType.AMR
    clean, steps = _clean(AmrSanitizer(), data)
    assert any("AMR speech" in step for step in steps)
    original = _decoded(data, "amr")
    copy = _decoded(clean, "flac").astype(np.float64) / 32768.0
    assert abs(len(copy) - len(original)) <= 160  # one AMR frame
    n = min(len(copy), len(original))
    assert np.max(np.abs(copy[:n] - original[:n])) < 2 / 32768  # only the 16-bit rounding


@pytest.mark.skipif(dp.EXIFTOOL is None, reason="exiftool is not installed")
def test_exiftool_finds_nothing_in_the_aiff_and_amr_copies(tmp_path: Path) -> None:
    paths = []
    amr = _encode("amr", "libopencore_amrnb", 8000, _tone(8000, 1))
    for name, sanitizer, data in (("a", AiffSanitizer(), dirty_aiff()), ("m", AmrSanitizer(), amr)):
        clean, _ = _clean(sanitizer, data)
        path = tmp_path / f"{name}.flac"
        path.write_bytes(clean)
        paths.append(path)
    for record in exiftool_json(paths):
        assert leaks(record) == [], record["SourceFile"]


def test_truncated_or_damaged_aiff_and_amr_are_refused() -> None:
    data = dirty_aiff()
    ssnd = data.index(b"SSND")
    for broken in (data[:40], data[: ssnd - 4], b"FORM\x00\x00\x00\x04AIFF"):
        with pytest.raises(InvalidMedia):
            AiffSanitizer().sanitize(io.BytesIO(broken), io.BytesIO())
    for broken_amr in (b"#!AMR\n", b"#!AMR\n" + b"\xff" * 10, b"#!AMR_MC1.0\n" + b"\x00" * 40):
        with pytest.raises(InvalidMedia):
            AmrSanitizer().sanitize(io.BytesIO(broken_amr), io.BytesIO())
