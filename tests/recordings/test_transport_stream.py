"""MPEG transport streams (.ts/.mts) and AVI: remuxed into MP4, H.264 SEI, service tables and INFO lists dropped."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest

from evidence_app.media.base import InvalidMedia, MediaType, NotSanitizable
from evidence_app.media.detect import detect_bytes
from evidence_app.media.transport import AviSanitizer, TransportStreamSanitizer
from tests.media import dirty_photos as dp

from .exiftool_allow import exiftool_json, leaks

MARKER = "ZQXTSPROVIDER"
_STRINGS = (MARKER.encode(), b"Lavf", b"Lavc", b"x264 - core", b"FFmpeg")


def dirty_ts(video: str = "libx264", audio: str = "aac", seconds: float = 1.0, fmt: str = "mpegts") -> bytes:
    """A transport stream written by FFmpeg: x264 writes its version and settings into an SEI
    unit, the muxer names the service and provider (SDT) and FFmpeg stamps itself."""
    buffer = io.BytesIO()
    output: Any = av.open(buffer, mode="w", format=fmt)
    if fmt == "mpegts":
        output.metadata.update({"service_name": f"camera {MARKER}", "service_provider": MARKER})
    else:  # AVI: the INFO list (title, artist, comment)
        output.metadata.update({"title": f"camera {MARKER}", "artist": MARKER, "comment": MARKER})
    vstream: Any = output.add_stream(video, rate=25)
    vstream.width, vstream.height, vstream.pix_fmt = 64, 48, "yuv420p"
    astream: Any = output.add_stream(audio, rate=48000)
    astream.layout = "stereo"
    for i in range(int(25 * seconds)):
        frame = av.VideoFrame.from_ndarray(np.full((48, 64, 3), i * 9 % 255, np.uint8), format="rgb24")
        for packet in vstream.encode(frame):
            output.mux(packet)
    for packet in vstream.encode(None):
        output.mux(packet)
    t = np.arange(int(48000 * seconds)) / 48000
    samples = np.stack([np.sin(2 * np.pi * 440 * t)] * 2).astype(np.float32) * 0.3
    aframe = av.AudioFrame.from_ndarray(samples, format="fltp", layout="stereo")
    aframe.sample_rate = 48000
    for packet in [*astream.encode(aframe), *astream.encode(None)]:
        output.mux(packet)
    output.close()
    return buffer.getvalue()


def _clean(data: bytes, sanitizer: AviSanitizer | TransportStreamSanitizer | None = None) -> bytes:
    out = io.BytesIO()
    result = (sanitizer or TransportStreamSanitizer()).sanitize(io.BytesIO(data), out)
    assert result.output_type is MediaType.MP4
    clean = out.getvalue()
    for text in _STRINGS:
        assert text not in clean and text.decode().encode("utf-16-le") not in clean, text
    return clean


def test_transport_stream_becomes_mp4_without_sei_or_service_names() -> None:
    data = dirty_ts()
    assert MARKER.encode() in data and b"x264 - core" in data
    assert detect_bytes(data) is MediaType.MTS
    inspection = TransportStreamSanitizer().inspect(io.BytesIO(data))
    assert inspection.facts["working copy"].startswith("MP4")
    clean = _clean(data)
    container: Any
    with av.open(io.BytesIO(clean), format="mp4") as container:
        assert sorted(s.type for s in container.streams) == ["audio", "video"]
        assert set(container.metadata) <= {"major_brand", "minor_version", "compatible_brands"}
        frames = sum(1 for _ in container.decode(video=0))
    assert frames == 25  # every frame still decodes


@pytest.mark.skipif(dp.EXIFTOOL is None, reason="exiftool is not installed")
def test_exiftool_finds_nothing_in_the_transport_stream_copy(tmp_path: Path) -> None:
    path = tmp_path / "clean.mp4"
    path.write_bytes(_clean(dirty_ts()))
    (record,) = exiftool_json([path])
    assert leaks(record) == []


def test_truncated_or_uncertain_transport_stream_is_refused_or_kept_sealed() -> None:
    data = dirty_ts()
    with pytest.raises(InvalidMedia):
        TransportStreamSanitizer().sanitize(io.BytesIO(data[: 188 * 3]), io.BytesIO())
    with pytest.raises(InvalidMedia):
        TransportStreamSanitizer().sanitize(io.BytesIO(b"\x47" + b"\x00" * 1000), io.BytesIO())
    mpeg2 = dirty_ts(video="mpeg2video", audio="mp2")
    with pytest.raises(NotSanitizable, match="mpeg2video video codec"):
        TransportStreamSanitizer().sanitize(io.BytesIO(mpeg2), io.BytesIO())


def test_avi_with_h264_becomes_mp4_without_its_info_list() -> None:
    data = dirty_ts(audio="mp2", fmt="avi")
    assert MARKER.encode() in data and b"x264 - core" in data
    assert detect_bytes(data) is MediaType.AVI
    keys = {f.key for f in AviSanitizer().inspect(io.BytesIO(data)).risky}
    assert {"container tag title", "container tag artist"} <= keys, keys
    clean = _clean(data, AviSanitizer())
    container: Any
    with av.open(io.BytesIO(clean), format="mp4") as container:
        assert sorted(s.type for s in container.streams) == ["audio", "video"]
        assert sum(1 for _ in container.decode(video=0)) == 25


def test_avi_with_mpeg4_or_truncated_is_kept_sealed_or_refused() -> None:
    xvid = dirty_ts(video="mpeg4", audio="mp2", fmt="avi")
    with pytest.raises(NotSanitizable, match="mpeg4 video codec"):
        AviSanitizer().sanitize(io.BytesIO(xvid), io.BytesIO())
    data = dirty_ts(audio="mp2", fmt="avi")
    with pytest.raises(InvalidMedia):
        AviSanitizer().sanitize(io.BytesIO(data[:300]), io.BytesIO())


def test_streams_the_transport_stream_loses_are_named_in_the_steps() -> None:
    """A data stream (KLV, teletext, subtitles) is dropped in the first pass; the custody log's
    steps must still say so, and say each step once."""
    source: Any
    output: Any
    with av.open(io.BytesIO(dirty_ts()), format="mpegts") as source:
        buffer = io.BytesIO()
        output = av.open(buffer, mode="w", format="mpegts")
        mapping = {s.index: output.add_stream_from_template(s) for s in source.streams}
        data_stream = output.add_data_stream("klv")
        for packet in source.demux():
            if packet.dts is not None:
                packet.stream = mapping[packet.stream_index]
                output.mux(packet)
        klv = av.Packet(MARKER.encode() * 4)
        klv.stream, klv.pts, klv.dts, klv.time_base = data_stream, 0, 0, data_stream.time_base
        output.mux(klv)
        output.close()
    out = io.BytesIO()
    result = TransportStreamSanitizer().sanitize(io.BytesIO(buffer.getvalue()), out)
    steps = result.transformations
    assert any(step.startswith("dropped stream 2 (data") for step in steps), steps
    assert len(steps) == len(set(steps)), steps
    assert steps[-1] == "dropped all container and stream metadata"
    assert MARKER.encode() not in out.getvalue()
