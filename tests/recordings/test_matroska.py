"""Matroska/WebM: video remuxed into MP4, audio-only WebM into Ogg, packets unchanged, no tags."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from evidence_app.media.base import InvalidMedia, MediaType, NotSanitizable
from evidence_app.media.detect import detect_bytes
from evidence_app.media.matroska import MatroskaSanitizer
from tests.media import dirty_photos as dp

from .exiftool_allow import exiftool_json, leaks

MARKER = "ZQXMKVOWNER"
_STRINGS = (MARKER.encode(), b"Lavf", b"Lavc", b"x264 - core", b"libwebm", b"ENCODER")


def dirty_matroska(fmt: str, video: str | None, audio: str, seconds: float = 1.0) -> bytes:
    """A file written by FFmpeg with the tags a recorder or editor leaves: title, artist, a
    comment with a place, a track name; FFmpeg adds its own ENCODER tag."""
    buffer = io.BytesIO()
    output: Any = av.open(buffer, mode="w", format=fmt)
    output.metadata.update({"title": f"Interview {MARKER}", "artist": MARKER, "comment": f"10.62N 103.52E {MARKER}"})
    vstream: Any = None
    if video:
        vstream = output.add_stream(video, rate=25)
        vstream.width, vstream.height, vstream.pix_fmt = 64, 48, "yuv420p"
        vstream.metadata["title"] = f"camera of {MARKER}"
    astream: Any = output.add_stream(audio, rate=48000)
    astream.layout = "mono"
    if vstream is not None:
        for i in range(int(25 * seconds)):
            frame = av.VideoFrame.from_ndarray(np.full((48, 64, 3), i * 9 % 255, np.uint8), format="rgb24")
            for packet in vstream.encode(frame):
                output.mux(packet)
        for packet in vstream.encode(None):
            output.mux(packet)
    t = np.arange(int(48000 * seconds)) / 48000
    samples = (np.sin(2 * np.pi * 440 * t) * 0.3).astype(np.float32).reshape(1, -1)
    aframe = av.AudioFrame.from_ndarray(samples, format="flt", layout="mono")
    aframe.sample_rate = 48000
    for packet in [*astream.encode(aframe), *astream.encode(None)]:
        output.mux(packet)
    output.close()
    return buffer.getvalue()


def _packets(data: bytes, fmt: str) -> list[tuple[str, bytes]]:
    container: Any
    with av.open(io.BytesIO(data), format=fmt) as container:
        return [(p.stream.type, bytes(p)) for p in container.demux() if p.size]


def _clean(data: bytes, expected: MediaType) -> bytes:
    out = io.BytesIO()
    result = MatroskaSanitizer().sanitize(io.BytesIO(data), out)
    assert result.output_type is expected
    clean = out.getvalue()
    for text in _STRINGS:
        assert text not in clean and text.decode().encode("utf-16-le") not in clean, text
    return clean


@pytest.mark.parametrize(
    ("fmt", "video", "audio", "kind"),
    [("matroska", "libx264", "aac", MediaType.MKV), ("webm", "libvpx-vp9", "libopus", MediaType.WEBM)],
)
def test_matroska_and_webm_video_become_mp4_with_the_same_packets(
    fmt: str, video: str, audio: str, kind: MediaType
) -> None:
    data = dirty_matroska(fmt, video, audio)
    assert detect_bytes(data) is kind
    inspection = MatroskaSanitizer().inspect(io.BytesIO(data))
    keys = {f.key for f in inspection.risky}
    assert {"Matroska tag title", "Matroska tag ARTIST", "Matroska tag ENCODER", "track 0 tag title"} <= keys, keys
    assert inspection.facts["working copy"].startswith("MP4")
    clean = _clean(data, MediaType.MP4)
    with av.open(io.BytesIO(clean), format="mp4") as container:
        assert not container.metadata or set(container.metadata) <= {
            "major_brand",
            "minor_version",
            "compatible_brands",
        }
        assert sorted(s.type for s in container.streams) == ["audio", "video"]
    original, copy = _packets(data, "matroska"), _packets(clean, "mp4")
    if video == "libvpx-vp9":  # VP9 and Opus: every packet byte for byte
        assert [p for _, p in original] == [p for _, p in copy]
    else:  # H.264 loses only its SEI units (x264's settings), AAC its fill data ("Lavc...")
        assert [t for t, _ in original] == [t for t, _ in copy]


def test_audio_only_webm_becomes_ogg_opus_with_its_packets() -> None:
    data = dirty_matroska("webm", None, "libopus", 2.0)
    clean = _clean(data, MediaType.OGG)
    original, copy = _packets(data, "matroska"), _packets(clean, "ogg")
    assert [p for _, p in original] == [p for _, p in copy]


@pytest.mark.skipif(dp.EXIFTOOL is None, reason="exiftool is not installed")
def test_exiftool_finds_nothing_in_the_matroska_copies(tmp_path: Path) -> None:
    paths = []
    for name, args, out_type in (
        ("v.mp4", ("matroska", "libx264", "aac"), MediaType.MP4),
        ("w.mp4", ("webm", "libvpx-vp9", "libopus"), MediaType.MP4),
        ("a.ogg", ("webm", None, "libopus"), MediaType.OGG),
    ):
        path = tmp_path / name
        path.write_bytes(_clean(dirty_matroska(*args), out_type))
        paths.append(path)
    for record in exiftool_json(paths):
        assert leaks(record) == [], record["SourceFile"]


def test_truncated_or_uncertain_matroska_is_refused_or_kept_sealed() -> None:
    data = dirty_matroska("matroska", "libx264", "aac")
    for broken in (data[:60], data[: len(data) // 3]):
        with pytest.raises((InvalidMedia, NotSanitizable)):
            MatroskaSanitizer().sanitize(io.BytesIO(broken), io.BytesIO())
    with pytest.raises(InvalidMedia):
        MatroskaSanitizer().sanitize(io.BytesIO(data[:30]), io.BytesIO())
    vp8 = dirty_matroska("webm", "libvpx", "libopus")
    with pytest.raises(NotSanitizable, match="vp8 video codec"):
        MatroskaSanitizer().sanitize(io.BytesIO(vp8), io.BytesIO())
