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
