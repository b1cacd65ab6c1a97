"""Long recordings made quickly, and the resident memory of an import watched from /proc.

A long compressed recording is one short clip encoded by FFmpeg (PyAV), written end to end until
it has the size asked for: an MP3 clip from LAME starts with a frame whose main data begins in
that frame (main_data_begin 0), so the clips join into one valid stream; an Ogg stream's pages
are renumbered and their granule positions moved on (``write_ogg``). Tags go in front (and an
ID3v1 tag at the end of an MP3) so the streamed sanitizers have something to drop.
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np

from bench.common import PeakSampler, largest_descendant_kib, rss_kib

MIB = 1024 * 1024
MARKER = "ZQXLONGARTIST"


def _noise(seconds: int, rate: int, channels: int) -> Any:
    return (np.random.default_rng(7).standard_normal((channels, seconds * rate)) * 0.2).astype(np.float32)


def encode_clip(
    fmt: str,
    codec: str,
    *,
    seconds: int = 8,
    rate: int = 48_000,
    options: dict[str, str] | None = None,
    bit_rate: int = 0,
    codec_options: dict[str, str] | None = None,
) -> bytes:
    """Noise (no encoder shrinks it much) encoded by FFmpeg, bit-exact, no tags of its own."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=fmt, options={"fflags": "+bitexact", **(options or {})}) as out:
        stream: Any = out.add_stream(codec, rate=rate, layout="stereo")
        if bit_rate:
            stream.bit_rate = bit_rate
        if codec_options:
            stream.codec_context.options = codec_options
        samples = _noise(seconds, rate, 2)
        step = stream.codec_context.frame_size or 1152
        for start in range(0, samples.shape[1], step):
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(samples[:, start : start + step]), format="fltp", layout="stereo"
            )
            frame.sample_rate, frame.pts, frame.time_base = rate, start, Fraction(1, rate)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buffer.getvalue()


def _id3v2(marker: str) -> bytes:
    from mutagen.id3 import ID3, TPE1, TXXX

    tags = ID3()
    tags.add(TPE1(encoding=3, text=marker))
    tags.add(TXXX(encoding=3, desc="Location", text=f"{marker} +10.6231+103.5210/"))
    buffer = io.BytesIO()
    tags.save(buffer, v1=0)
    return buffer.getvalue()


def write_mp3(path: Path, mib: int, *, cut: int = 0) -> int:
    """An MP3 of about ``mib`` MiB (320 kb/s stereo noise) with an ID3v2 tag in front and an ID3v1
    tag at the end, ``cut`` bytes short of its end when asked (a truncated last frame). Returns
    the number of clip copies (8 s each)."""
    clip = encode_clip("mp3", "libmp3lame", options={"write_xing": "0", "id3v2_version": "0"}, bit_rate=320_000)
    copies = max(1, mib * MIB // len(clip))
    v1 = b"TAG" + MARKER.encode().ljust(30, b"\x00") + bytes(95)
    with open(path, "wb") as fh:
        fh.write(_id3v2(MARKER))
        for _ in range(copies):
            fh.write(clip)
        if not cut:
            fh.write(v1)
    if cut:
        os.truncate(path, path.stat().st_size - cut)
    return copies


def tagged_ogg_clip(codec: str = "libopus", seconds: int = 8, bit_rate: int = 256_000) -> bytes:
    """A short Ogg (Opus at 48 kHz, or Vorbis) with comments carrying ``MARKER``."""
    from mutagen.oggopus import OggOpus
    from mutagen.oggvorbis import OggVorbis

    strict = {"strict": "-2"} if codec == "vorbis" else {}  # FFmpeg's own Vorbis encoder is "experimental"
    clip = io.BytesIO(encode_clip("ogg", codec, seconds=seconds, codec_options=strict, bit_rate=bit_rate))
    audio: Any = OggOpus(clip) if codec == "libopus" else OggVorbis(clip)
    audio["artist"] = MARKER
    audio["location"] = f"{MARKER} +10.6231+103.5210/"
    clip.seek(0)
    audio.save(clip)
    return clip.getvalue()


def ogg_pages(data: bytes) -> list[Any]:
    from mutagen.ogg import OggPage

    src, pages = io.BytesIO(data), []
    while src.tell() < len(data):
        pages.append(OggPage(src))
    return pages


def write_ogg(path: Path, mib: int, codec: str = "libopus") -> int:
    """An Ogg of about ``mib`` MiB: one tagged clip's headers, then its audio pages again and
    again, numbered on and their granule positions moved on (one valid stream). Returns the
    number of copies."""
    clip = tagged_ogg_clip(codec)
    pages = ogg_pages(clip)
    audio = [p for p in pages if p.position > 0]
    headers = pages[: pages.index(audio[0])]
    with av.open(io.BytesIO(clip), mode="r", format="ogg") as container:
        durations = [p.duration or 0 for p in container.demux(container.streams.audio[0]) if p.size]
    # The samples one clip decodes to, its last packet untrimmed (in the middle of the long
    # recording it plays whole): Opus frames all last as long.
    span = sum(durations[:-1]) + max(durations)
    copies = max(1, mib * MIB // sum(len(p.write()) for p in audio))
    sequence = headers[-1].sequence + 1
    with open(path, "wb") as fh:
        for page in headers:
            fh.write(page.write())
        for copy in range(copies):
            for page in audio:
                moved = ogg_pages(page.write())[0]
                moved.sequence, sequence = sequence, sequence + 1
                moved.last = copy == copies - 1 and page is audio[-1]
                # The clip's last page trims the encoder's padding; only the very last one may.
                moved.position = (copy + 1) * span if page is audio[-1] else page.position + copy * span
                fh.write(moved.write())
    return copies


def write_m4a(path: Path, mib: int) -> int:
    """An M4A (AAC, 256 kb/s) of about ``mib`` MiB: one clip's packets muxed again and again, their
    times moved on, the artist and a place in its iTunes tags. Returns the number of copies."""
    clip = encode_clip("ipod", "aac", bit_rate=256_000)
    with av.open(io.BytesIO(clip), mode="r", format="mov") as container:
        stream = container.streams.audio[0]
        packets = [(bytes(p), p.pts or 0, p.dts or 0, p.duration or 0) for p in container.demux(stream) if p.size]
        assert stream.time_base is not None
        with av.open(str(path), mode="w", format="ipod") as out:
            target = out.add_stream_from_template(stream)
            out.metadata["artist"] = MARKER
            out.metadata["location"] = f"{MARKER} +10.6231+103.5210/"
            span = packets[-1][1] + packets[-1][3] - packets[0][1]
            copies = max(1, mib * MIB // sum(len(p[0]) for p in packets))
            for copy in range(copies):
                for data, pts, dts, duration in packets:
                    packet = av.Packet(data)
                    packet.pts, packet.dts, packet.duration = pts + copy * span, dts + copy * span, duration
                    packet.time_base = stream.time_base
                    packet.stream = target
                    out.mux(packet)
    return copies


@dataclass
class Peaks:
    """Resident sizes in MiB: this process before and at its peak, the parser processes' peak."""

    before: float = 0.0
    peak: float = 0.0
    parser: float = 0.0
    seconds: float = 0.0

    @property
    def growth(self) -> float:
        return self.peak - self.before


@contextmanager
def watched() -> Iterator[Peaks]:
    """Sample this process's and its descendants' resident sizes every 5 ms while the block runs
    (bench/common.py's sampler, as the benchmarks do)."""
    peaks = Peaks()
    sampled = PeakSampler(rss_kib, largest_descendant_kib)
    start = sampled.peak
    started = time.monotonic()
    try:
        with sampled:
            yield peaks
    finally:
        peaks.seconds = time.monotonic() - started
        peaks.before, peaks.peak, peaks.parser = start / 1024, sampled.peaks[0] / 1024, sampled.peaks[1] / 1024
