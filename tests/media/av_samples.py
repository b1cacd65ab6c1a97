"""Small recordings written in the test with PyAV (FFmpeg): synthetic picture and tone, with the
container metadata a phone or an encoder would write."""

from __future__ import annotations

import io
from fractions import Fraction
from typing import Any

import av
import numpy as np


def _tone(seconds: float, rate: int = 16000) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (np.sin(2 * np.pi * 440 * t) * 0.3).astype(np.float32)


def write(
    fmt: str,
    *,
    video: str | None = None,
    audio: str | None = None,
    seconds: float = 1.0,
    metadata: dict[str, str] | None = None,
    size: tuple[int, int] = (96, 64),
    rate: int = 16000,
) -> bytes:
    out = io.BytesIO()
    with av.open(out, mode="w", format=fmt) as container:
        container.metadata.update(metadata or {})
        vstream: Any = None
        astream: Any = None
        if video:
            vstream = container.add_stream(video, rate=10)
            vstream.width, vstream.height = size
            vstream.pix_fmt = "yuv420p"
        if audio:
            astream = container.add_stream(audio, rate=rate)
            astream.layout = "mono"
            astream.bit_rate = 64000  # WMA needs one
        if vstream is not None:
            for i in range(int(seconds * 10)):
                pixels = np.full((size[1], size[0], 3), (i * 20) % 255, np.uint8)
                pixels[:, : size[0] // 2] = 200
                frame = av.VideoFrame.from_ndarray(pixels, format="rgb24")
                frame.pts, frame.time_base = i, Fraction(1, 10)
                container.mux(vstream.encode(frame))
            container.mux(vstream.encode(None))
        if astream is not None:
            samples = _tone(seconds, rate)
            sound = av.AudioFrame.from_ndarray(samples[None, :], format="flt", layout="mono")
            sound.sample_rate = rate
            container.mux(astream.encode(sound))
            container.mux(astream.encode(None))
    return out.getvalue()


def long_video(path: Any, megabytes: int, *, fmt: str = "mp4", metadata: dict[str, str] | None = None) -> int:
    """An H.264 + AAC video of about ``megabytes`` MB written to ``path`` quickly: one second of
    noise (large frames) is encoded once, then its packets are muxed again and again with moved
    timestamps (stream copy, no encoding), the way a long phone video is one long run of packets.
    Returns the number of packets written."""
    one = io.BytesIO()
    rng = np.random.default_rng(7)
    with av.open(one, mode="w", format="mp4") as enc:
        vstream: Any = enc.add_stream("libx264", rate=10, options={"qp": "0", "preset": "ultrafast"})
        vstream.width, vstream.height, vstream.pix_fmt = 320, 240, "yuv420p"
        astream: Any = enc.add_stream("aac", rate=16000)
        astream.layout = "mono"
        for i in range(10):
            frame = av.VideoFrame.from_ndarray(rng.integers(0, 255, (240, 320, 3), np.uint8), format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, 10)
            enc.mux(vstream.encode(frame))
        enc.mux(vstream.encode(None))
        sound = av.AudioFrame.from_ndarray(_tone(1.0)[None, :], format="flt", layout="mono")
        sound.sample_rate = 16000
        enc.mux(astream.encode(sound))
        enc.mux(astream.encode(None))
    count = 0
    with av.open(io.BytesIO(one.getvalue()), "r") as src, av.open(str(path), "w", format=fmt) as out:
        out.metadata.update(metadata or {})
        streams = {s.index: out.add_stream_from_template(s) for s in src.streams}
        packets = [p for p in src.demux() if p.size]
        second = sum(p.size for p in packets)
        period = Fraction(11, 10)  # the clip's sound lasts a little longer than its picture
        for repeat in range(max(1, megabytes * 1_000_000 // second)):
            for p in packets:
                assert p.pts is not None and p.dts is not None
                shift = int(repeat * period / p.time_base)
                copy = av.Packet(bytes(p))
                copy.pts, copy.dts = p.pts + shift, p.dts + shift
                copy.duration, copy.time_base, copy.is_keyframe = p.duration, p.time_base, p.is_keyframe
                copy.stream = streams[p.stream_index]
                out.mux(copy)
                count += 1
    return count
