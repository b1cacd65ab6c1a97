"""Encoder fingerprints inside the compressed streams are removed; the media decodes identically.

x265 writes its build, compiler and options into the HEVC configuration record; FFmpeg's AAC
encoder writes ``Lavc<version>`` into fill elements; LAME writes ``LAME3.100`` into the Xing/Info
frame and into the unused bits of the bit reservoir. Each file here is encoded by the real
encoder, sanitized, searched byte by byte, and decoded again.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from evidence_app.media.audio import M4aSanitizer, Mp3Sanitizer
from evidence_app.media.base import Sanitizer
from evidence_app.media.bitstream import blank_aac_fill, strip_hevc_sei_units, strip_hvcc_sei
from evidence_app.media.video import VideoSanitizer

from . import corpus as c

_ENCODER_STRINGS = re.compile(rb"x265|Lavc|Lavf|LAME\d|Multicoreware")


def _clean(sanitizer: Sanitizer, data: bytes) -> tuple[bytes, tuple[str, ...]]:
    out = io.BytesIO()
    result = sanitizer.sanitize(io.BytesIO(data), out)
    return out.getvalue(), result.transformations


def _decoded(data: bytes, kind: str) -> list[Any]:
    with av.open(io.BytesIO(data), "r") as container:
        stream = container.streams.video[0] if kind == "video" else container.streams.audio[0]
        frames = container.decode(stream)
        return [frame.to_ndarray() for frame in frames if isinstance(frame, av.VideoFrame | av.AudioFrame)]


def _same(a: list[Any], b: list[Any]) -> bool:
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b, strict=True))


def test_x265_string_leaves_the_hevc_configuration_and_samples(tmp_path: Path) -> None:
    if "libx265" not in av.codecs_available:
        pytest.skip("this FFmpeg build has no x265 encoder")
    data = c.encode_video(tmp_path / "x265.mp4", "mp4", codec="libx265", gps_track=False).read_bytes()
    assert b"x265 (build" in data and b"options:" in data
    clean, steps = _clean(VideoSanitizer(), data)
    assert not _ENCODER_STRINGS.search(clean), _ENCODER_STRINGS.search(clean)
    assert b"options:" not in clean and "x265".encode("utf-16-le") not in clean
    assert any("HEVC configuration" in s for s in steps)
    assert _same(_decoded(data, "video"), _decoded(clean, "video"))
    assert _same(_decoded(data, "audio"), _decoded(clean, "audio"))


def test_lavc_string_leaves_aac_frames() -> None:
    data = c.encode_audio("ipod", "aac", seconds=20.0)  # > 256 frames: FFmpeg repeats the string
    assert len(re.findall(rb"Lavc\d", data)) >= 2
    clean, steps = _clean(M4aSanitizer(), data)
    assert not _ENCODER_STRINGS.search(clean)
    assert any("AAC frame" in s for s in steps)
    assert _same(_decoded(data, "audio"), _decoded(clean, "audio"))


@pytest.mark.parametrize(("rate", "channels"), [(44100, 2), (16000, 1), (22050, 2)], ids=["mpeg1", "mpeg2", "mpeg2s"])
def test_lame_version_leaves_the_info_frame_and_the_reservoir(rate: int, channels: int) -> None:
    data = c.encode_audio("mp3", "libmp3lame", rate=rate, channels=channels, seconds=3.0)
    assert re.search(rb"LAME3\.\d+", data)
    clean, steps = _clean(Mp3Sanitizer(), data)
    assert not re.search(rb"LAME\d|LAME3|Lavf\d|Lavc\d", clean)
    assert any("Xing/Info" in s for s in steps)
    assert _same(_decoded(data, "audio"), _decoded(clean, "audio"))  # the gapless delay is still read


def test_lame_tag_keeps_only_its_magic_and_delay_with_a_valid_crc() -> None:
    from evidence_app.media.audio import _lame_crc

    data = c.encode_audio("mp3", "libmp3lame", rate=44100, channels=2, seconds=1.0)
    clean, _ = _clean(Mp3Sanitizer(), data)
    info = clean.find(b"Info")
    assert clean[info + 4 : info + 8] == b"\x00\x00\x00\x0f"  # frames, bytes, seek table, quality
    lame = info + 120  # the encoder tag follows those fields
    original = data.find(b"Info") + 120
    assert data[original : original + 4] in (b"LAME", b"Lavf")
    assert clean[lame : lame + 21] == b"LAME" + bytes(17)  # version, settings, gains: gone
    assert clean[lame + 21 : lame + 24] == data[original + 21 : original + 24]  # encoder delay/padding
    assert clean[lame + 24 : lame + 34] == bytes(10)
    assert int.from_bytes(clean[lame + 34 : lame + 36], "big") == _lame_crc(clean[:190])


def test_bitstream_helpers_leave_other_input_alone() -> None:
    assert strip_hvcc_sei(b"") is None and strip_hvcc_sei(b"\x01" + bytes(30)) is None
    assert strip_hvcc_sei(b"\x01" + bytes(21) + b"\x05\x27\x00\xff") is None  # truncated array
    assert blank_aac_fill(b"\x21\x10\x04\x60\x8c\x1c") is None  # a single channel element
    assert blank_aac_fill(bytes([0xDB, 0xD0, 0, 0, 0])) is None  # fill element of SBR kind (14)
    assert blank_aac_fill(bytes([0xC6, 0x00, 0x41, 0x42, 0x43, 0x21])) == bytes([0xC6, 0x00, 0, 0x42, 0x43, 0x21])
    assert strip_hevc_sei_units(b"\x00\x00\x00\x09\x4e\x01abcdefg", 4) == b""
    assert strip_hevc_sei_units(b"\x00\x00\x00\x09\x26\x01abcdefg", 4) is None  # no SEI
    assert strip_hevc_sei_units(b"\x00\x00\x00\xff\x4e\x01", 4) is None  # lengths do not add up


def test_hevc_sample_padding_is_kept_and_a_broken_sample_is_told_apart() -> None:
    from evidence_app.media.bitstream import hevc_nal_types

    sei, slice_ = b"\x00\x00\x00\x04\x4e\x01xy", b"\x00\x00\x00\x04\x26\x01ab"
    assert strip_hevc_sei_units(sei + slice_ + bytes(6), 4) == slice_ + bytes(6)  # zero padding stays
    assert hevc_nal_types(slice_ + bytes(6), 4) == [(19, 0, 8)]
    assert hevc_nal_types(b"\x00\x00\x00\xff\x4e\x01", 4) is None  # lengths do not add up


def test_hevc_video_with_a_sample_that_does_not_parse_is_kept_sealed(tmp_path: Path) -> None:
    """Such a sample cannot have its SEI units removed; copying it as it is could copy them."""
    from evidence_app.media.base import NotSanitizable

    if "libx265" not in av.codecs_available:
        pytest.skip("this FFmpeg build has no x265 encoder")
    data = bytearray(c.encode_video(tmp_path / "x265.mp4", "mp4", codec="libx265", gps_track=False).read_bytes())
    container: Any
    with av.open(io.BytesIO(bytes(data)), "r") as container:
        first = next(p for p in container.demux(video=0) if p.size and p.pos is not None)
        position, size = int(first.pos), int(first.size)
    data[position : position + 4] = (size * 2).to_bytes(4, "big")  # a NAL unit longer than its sample
    with pytest.raises(NotSanitizable, match="NAL unit lengths do not add up"):
        VideoSanitizer().sanitize(io.BytesIO(bytes(data)), io.BytesIO())
