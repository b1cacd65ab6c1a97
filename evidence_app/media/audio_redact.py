"""Muting spans of a recording (a name spoken in an interview) into a new working copy.

The working copy is decoded with PyAV, the samples inside each span are replaced by silence (or
a 1 kHz tone, so a listener hears that something was removed), and the audio is re-encoded in the
format of the working copy: MP3 stays MP3, M4A stays AAC in M4A, WAV stays PCM, FLAC stays FLAC,
Ogg becomes Opus in Ogg. The new file is then passed through the same sanitizer as an imported
file, so it carries no tag the encoder or muxer may have written. The duration is kept (checked).

Decoding and encoding run frame by frame. With bytes in, bytes come out (the input and the output
are in memory); the ``*_file`` forms read a seekable file (a long recording's working copy, never
whole in memory) and write the encoder's output and the sanitizer's clean copy into files a
``Room`` gives (evidence_app/scratch.py: sealed, seekable temporary files), so a 6 GB interview
is muted in a few MiB (#18). The replaced samples are gone from the new file; the sealed original
and the earlier working versions still hold them (that is the point of a sealed original).
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, BinaryIO, Protocol

import numpy as np

from ..errors import InvalidInput
from .avtools import MAX_PACKETS, MUX_OPTIONS, MUXERS, Source, _size, encoder_output, open_input, probe
from .base import InvalidMedia, MediaType
from .photo_limits import guarded
from .registry import sanitizer_for

TONE_HZ = 1000.0
TONE_LEVEL = 0.2  # of full scale: clearly audible, not painful
_PCM_CODECS = frozenset({"pcm_s16le", "pcm_s24le", "pcm_s32le", "pcm_f32le", "pcm_u8"})
_OPUS_RATES = frozenset({8000, 12000, 16000, 24000, 48000})


Room = Callable[[], BinaryIO]
"""Gives a new, empty, readable, writable and seekable file for an intermediate result (the
encoder's output, the sanitizer's clean copy). ``io.BytesIO`` keeps them in memory."""


def finish(
    encoded: BinaryIO, out_type: MediaType, room: Room, what: str, duration: float, changed: str
) -> tuple[BinaryIO, MediaType, list[str]]:
    """The encoder's output through the intake sanitizer (like any imported file), into a new file
    of ``room``; its length must be ``duration`` (``changed`` says what did it, for the error)."""
    clean = room()
    try:
        encoded.seek(0)
        result = sanitizer_for(out_type).sanitize(encoded, clean)
        new_duration = probe(clean, result.output_type, what).duration
        if abs(new_duration - duration) > 0.15 + 0.005 * duration:
            raise InvalidMedia(
                f"{changed} changed the length of the {what} ({duration:.2f} s became {new_duration:.2f} s)"
            )
    except BaseException:
        clean.close()
        raise
    finally:
        encoded.close()
    clean.seek(0)
    return clean, result.output_type, list(result.transformations)


_RF64_FROM = 2**31


def wav_options(out_type: MediaType, src: Source) -> dict[str, str]:
    """FFmpeg's WAV muxer writes sizes over 4 GB wrongly unless told to fall back to RF64 (it
    then reserves room for a 'ds64' chunk and fills it in at the end, as recorders do); only a
    large input can give such an output (the output of a WAV is at most its size), and a smaller
    one keeps the plain RIFF layout."""
    if out_type is not MediaType.WAV:
        return {}
    if isinstance(src, bytes | bytearray):
        size = len(src)
    else:  # the demuxer may be reading it: its place is kept
        place = src.tell()
        size = _size(src)
        src.seek(place)
    return {"rf64": "auto"} if size >= _RF64_FROM else {}


def _value(clean: BinaryIO) -> bytes:
    assert isinstance(clean, io.BytesIO)
    data = clean.getvalue()
    clean.close()
    return data


@dataclass(frozen=True)
class MuteSpan:
    """Seconds from the start of the recording, end exclusive."""

    start: float
    end: float

    def label(self) -> str:
        return f"{self.start:.3f}-{self.end:.3f} s"


def parse_span(text: str) -> MuteSpan:
    """``START-END`` in seconds, decimals allowed (``12.5-14``)."""
    parts = text.strip().split("-")
    try:
        if len(parts) != 2:
            raise ValueError
        start, end = float(parts[0]), float(parts[1])
    except ValueError:
        raise InvalidInput(f"invalid span {text!r}: use START-END in seconds, e.g. 12.5-14") from None
    if not (math.isfinite(start) and math.isfinite(end)) or start < 0 or end <= start:
        raise InvalidInput(f"invalid span {text!r}: START must be >= 0 and END after START")
    return MuteSpan(start, end)


def _encoder(media_type: MediaType, codec: str, rate: int) -> tuple[str, MediaType, int]:
    """(encoder, output type, output sample rate) for a working copy of this type and codec."""
    if media_type is MediaType.MP3:
        return "libmp3lame", MediaType.MP3, rate
    if media_type is MediaType.M4A:
        return "aac", MediaType.M4A, rate
    if media_type is MediaType.OGG:
        return "libopus", MediaType.OGG, rate if rate in _OPUS_RATES else 48000
    if media_type is MediaType.FLAC:
        return "flac", MediaType.FLAC, rate
    if media_type is MediaType.WAV:
        return (codec if codec in _PCM_CODECS else "pcm_s16le"), MediaType.WAV, rate
    raise InvalidMedia(f"muting applies to audio recordings, not {media_type.value}")


def _fill(values: Any, fmt: str, start: int, count: int, rate: int, channels: int, tone: bool) -> Any:
    """Samples to write over ``count`` samples starting at absolute sample ``start``."""
    base = fmt.rstrip("p")
    if tone:
        t = (np.arange(start, start + count, dtype=np.float64)) / rate
        wave = TONE_LEVEL * np.sin(2 * np.pi * TONE_HZ * t)
    else:
        wave = np.zeros(count, dtype=np.float64)
    if base in ("flt", "dbl"):
        samples = wave
    elif base == "u8":
        samples = 128 + wave * 127
    else:
        bits = {"s16": 15, "s32": 31, "s64": 63}.get(base, 15)
        samples = wave * (2**bits - 1)
    if not fmt.endswith("p"):
        samples = np.repeat(samples, channels)  # packed: interleaved channels
    return samples.astype(values.dtype)


def mute(
    data: bytes, media_type: MediaType, spans: Sequence[MuteSpan], tone: bool = False
) -> tuple[bytes, MediaType, list[str]]:
    """A new recording with ``spans`` replaced. Returns (bytes, output type, steps)."""
    clean, out_type, steps = mute_file(data, media_type, spans, io.BytesIO, tone)
    return _value(clean), out_type, steps


def mute_file(
    src: Source, media_type: MediaType, spans: Sequence[MuteSpan], room: Room, tone: bool = False
) -> tuple[BinaryIO, MediaType, list[str]]:
    """:func:`mute` from a seekable file (or bytes) into a file of ``room``, returned at its start
    (the caller closes it). Nothing is returned half-written: on any failure the files made are
    closed."""
    if not spans:
        raise InvalidInput("give at least one span to mute")
    what = "recording"
    duration = probe(src, media_type, what).duration
    for span in spans:
        if span.start >= duration:
            raise InvalidInput(f"the span {span.label()} starts after the end of the recording ({duration:.3f} s)")
    buffer = room()
    try:
        with open_input(src, media_type, what) as container, guarded(what):
            audio = [s for s in container.streams.audio]
            if not audio:
                raise InvalidMedia("the recording has no audio stream")
            stream = audio[0]
            ctx = stream.codec_context
            rate = int(ctx.sample_rate)
            channels = int(ctx.channels)
            encoder, out_type, out_rate = _encoder(media_type, ctx.name, rate)
            bit_rate = int(ctx.bit_rate or container.bit_rate or 0)
            with encoder_output(
                buffer, out_type, encoder, out_rate, ctx.layout.name, bit_rate, wav_options(out_type, src)
            ) as (output, out_stream):
                sample_spans = [(round(s.start * rate), round(min(s.end, duration) * rate)) for s in spans]
                # Positions count decoded samples from the first one a player plays: frames come out of
                # the decoder in order and contiguous, so this is sample-accurate.
                start = 0
                for frame in container.decode(stream):
                    count = frame.samples
                    frame = _muted_frame(frame, sample_spans, start, rate, channels, tone)
                    frame.pts = start
                    frame.time_base = Fraction(1, rate)
                    start += count
                    for packet in out_stream.encode(frame):
                        output.mux(packet)
                for packet in out_stream.encode(None):
                    output.mux(packet)
    except BaseException:
        buffer.close()
        raise
    # The encoder's output goes through the intake sanitizer like any imported file.
    clean, out_type, cleaned = finish(buffer, out_type, room, what, duration, "muting")
    style = "a tone" if tone else "silence"
    steps = [f"replaced {span.label()} with {style}" for span in spans]
    steps.append(f"re-encoded the audio with {encoder}")
    steps += cleaned
    return clean, out_type, steps


_VIDEO_MUXABLE = frozenset({MediaType.MP4, MediaType.MOV, MediaType.THREEGP})
_VIDEO_AUDIO_BIT_RATE = (64_000, 256_000)


class SoundPipe(Protocol):
    """What :func:`rewrite_video_sound` does to a video's sound: decoded frames in, frames to
    encode out (in order, contiguous, at the sound's sample rate)."""

    layout: str  # the channel layout of the frames it gives

    def push(self, frame: Any) -> list[Any]: ...

    def flush(self) -> list[Any]: ...


class _MutePipe:
    def __init__(self, spans: Sequence[tuple[int, int]], rate: int, channels: int, layout: str, tone: bool) -> None:
        self.spans, self.rate, self.channels, self.layout, self.tone = spans, rate, channels, layout, tone
        self.done = 0

    def push(self, frame: Any) -> list[Any]:
        out = _muted_frame(frame, self.spans, self.done, self.rate, self.channels, self.tone)
        self.done += frame.samples
        return [out]

    def flush(self) -> list[Any]:
        return []


def rewrite_video_sound(
    data: bytes, media_type: MediaType, make_pipe: Callable[[int, int, str], SoundPipe], done: str
) -> tuple[bytes, MediaType, list[str]]:
    """:func:`rewrite_video_sound_file` in memory: bytes in, bytes out."""
    clean, out_type, steps = rewrite_video_sound_file(data, media_type, make_pipe, done, io.BytesIO)
    return _value(clean), out_type, steps


def rewrite_video_sound_file(
    src: Source, media_type: MediaType, make_pipe: Callable[[int, int, str], SoundPipe], done: str, room: Room
) -> tuple[BinaryIO, MediaType, list[str]]:
    """A video whose first audio track went through the pipe ``make_pipe(rate, channels, layout)``
    gives; the video packets are copied as they are (no re-encoding, no quality loss). Returns
    (a file of ``room`` at its start, type, steps); ``done`` says what the pipe did, for the steps.

    The sound is decoded frame by frame and re-encoded as AAC in a new MP4/MOV/3GP container. Any
    other audio track is dropped, never copied: only the first is transcribed, so a second could
    say a name nobody checked. The result passes through the video sanitizer like an imported
    video (no encoder strings, no metadata), and must keep its length. Only ISO media files (MP4,
    MOV, 3GP) are muxed here; other containers raise InvalidMedia."""
    import av

    if media_type not in _VIDEO_MUXABLE:
        raise InvalidMedia(f"changing the sound of a video applies to MP4, MOV and 3GP, not {media_type.value}")
    what = "video"
    duration = probe(src, media_type, what).duration
    steps: list[str] = []
    buffer = room()
    try:
        with open_input(src, media_type, what) as container, guarded(what):
            audio = list(container.streams.audio)
            video = list(container.streams.video)
            if not audio:
                raise InvalidMedia("the video has no sound to change")
            if not video:
                raise InvalidMedia("the video has no picture; treat it as an audio recording")
            sound, picture = audio[0], video[0]
            for extra in [*audio[1:], *video[1:]]:
                steps.append(f"dropped stream {extra.index} ({extra.type}): only the first of each kind is kept")
            ctx = sound.codec_context
            rate = int(ctx.sample_rate)
            pipe = make_pipe(rate, int(ctx.channels), ctx.layout.name)
            output = av.open(buffer, mode="w", format=MUXERS[media_type], options=dict(MUX_OPTIONS))
            try:
                _copy_picture_rewrite_sound(container, output, picture, sound, pipe, rate, int(ctx.bit_rate or 0))
            finally:
                output.close()
    except BaseException:
        buffer.close()
        raise
    # The muxer's and the AAC encoder's output goes through the intake sanitizer like any import.
    clean, out_type, cleaned = finish(buffer, media_type, room, what, duration, "changing the sound")
    steps.append(f"{done}; re-encoded the sound with aac; the video stream copied as it was")
    return clean, out_type, [*steps, *cleaned]


def _copy_picture_rewrite_sound(
    container: Any, output: Any, picture: Any, sound: Any, pipe: SoundPipe, rate: int, bit_rate: int
) -> None:
    out_picture = output.add_stream_from_template(picture)
    out_picture.metadata.clear()
    out_sound: Any = output.add_stream("aac", rate=rate, layout=pipe.layout)
    low, high = _VIDEO_AUDIO_BIT_RATE
    out_sound.bit_rate = max(low, min(high, bit_rate or 128_000))
    output.metadata.clear()
    written = 0  # samples handed to the encoder so far
    offset: int | None = None  # the first frame's place, in samples, kept against the picture

    def encode(frames: list[Any]) -> None:
        nonlocal written
        for frame in frames:
            frame.pts = (offset or 0) + written
            frame.time_base = Fraction(1, rate)
            written += frame.samples
            for out in out_sound.encode(frame):
                output.mux(out)

    packets = 0
    for packet in container.demux(picture, sound):
        packets += 1
        if packets > MAX_PACKETS:
            raise InvalidMedia("the video has too many packets; refused")
        if packet.stream.index == picture.index:
            if packet.dts is None and packet.size == 0:
                continue  # the demuxer's end-of-stream marker
            packet.stream = out_picture
            output.mux(packet)
            continue
        decoded: Any
        for decoded in packet.decode():
            if offset is None:
                offset = max(0, round(float(decoded.time or 0.0) * rate))
            encode(pipe.push(decoded))
    encode(pipe.flush())
    for out in out_sound.encode(None):
        output.mux(out)


def mute_video(
    data: bytes, media_type: MediaType, spans: Sequence[MuteSpan], tone: bool = False
) -> tuple[bytes, MediaType, list[str]]:
    """A video whose first audio track has ``spans`` replaced as in :func:`mute` (positions count
    decoded samples from the first, as the transcript's time stamps do), its picture copied
    (:func:`rewrite_video_sound`)."""
    clean, out_type, steps = mute_video_file(data, media_type, spans, io.BytesIO, tone)
    return _value(clean), out_type, steps


def mute_video_file(
    src: Source, media_type: MediaType, spans: Sequence[MuteSpan], room: Room, tone: bool = False
) -> tuple[BinaryIO, MediaType, list[str]]:
    """:func:`mute_video` from a seekable file (or bytes) into a file of ``room``."""
    if not spans:
        raise InvalidInput("give at least one span to mute")
    duration = probe(src, media_type, "video").duration
    for span in spans:
        if span.start >= duration:
            raise InvalidInput(f"the span {span.label()} starts after the end of the video ({duration:.3f} s)")

    def pipe(rate: int, channels: int, layout: str) -> SoundPipe:
        sample_spans = [(round(s.start * rate), round(min(s.end, duration) * rate)) for s in spans]
        return _MutePipe(sample_spans, rate, channels, layout, tone)

    style = "a tone" if tone else "silence"
    done = ", ".join(f"replaced {span.label()} of the sound with {style}" for span in spans)
    return rewrite_video_sound_file(src, media_type, pipe, done, room)


def _muted_frame(
    frame: Any, sample_spans: Sequence[tuple[int, int]], start: int, rate: int, channels: int, tone: bool
) -> Any:
    """``frame`` (starting at decoded sample ``start``) with the samples inside the spans replaced."""
    import av

    count = frame.samples
    touched = [(max(a, start), min(b, start + count)) for a, b in sample_spans if a < start + count and b > start]
    if not touched:
        return frame
    values = frame.to_ndarray()
    fmt = frame.format.name
    for lo, hi in touched:
        fill = _fill(values, fmt, lo, hi - lo, rate, channels, tone)
        if fmt.endswith("p"):
            values[:, lo - start : hi - start] = fill
        else:
            values[0, (lo - start) * channels : (hi - start) * channels] = fill
    new = av.AudioFrame.from_ndarray(values, format=fmt, layout=frame.layout.name)
    new.sample_rate = frame.sample_rate
    return new
