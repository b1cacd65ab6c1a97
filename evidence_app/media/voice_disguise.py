"""Voice disguise for exported recordings: the McAdams coefficient method (no model, numpy/scipy).

Each 50%-overlapping Hann-windowed frame is split by linear prediction into a spectral envelope
(the formants: the shape of the speaker's vocal tract) and a residual (the voice's source). The
angle of every complex pole of the envelope is raised to the power ``alpha`` (McAdams 1984; as
used for speaker anonymisation by Patino et al., 2021), which moves the formants, and the residual
is filtered through the moved envelope; the frames are added back together. Processing streams
frame by frame: memory stays bounded whatever the length. The output is mono.

What it is not, and the app says so wherever it is offered: protection against an expert or a
speaker-recognition system. The words spoken, the accent, the rhythm and the background still
identify people, the transformation is known and can be partly inverted, and a recogniser trained
on disguised speech recognises disguised speakers far better than chance.
"""

from __future__ import annotations

import io
import math
from fractions import Fraction
from typing import Any, BinaryIO

import numpy as np

from ..errors import InvalidInput
from .audio_redact import Room, _encoder, _value, finish, wav_options
from .avtools import Source, encoder_output, open_input, probe
from .base import InvalidMedia, MediaType
from .photo_limits import guarded

DEFAULT_ALPHA = 0.8
WARNING = (
    "Voice disguise shifts the voice's formants (McAdams); it does not defeat an expert or a speaker-recognition"
    " system, and the words, accent and background still identify people."
)


class McAdams:
    """Streaming McAdams transformation of mono float samples at ``rate``."""

    def __init__(self, rate: int, alpha: float = DEFAULT_ALPHA) -> None:
        if not 0.5 <= alpha <= 1.5 or alpha == 1.0:
            raise InvalidInput("the McAdams coefficient must be between 0.5 and 1.5, and not 1")
        self.alpha = alpha
        self.frame = 2 ** math.ceil(math.log2(0.025 * rate))
        self.hop = self.frame // 2
        self.order = min(48, max(16, rate // 1000 + 4))
        self.window = np.hanning(self.frame + 1)[:-1]  # periodic: overlapping halves sum to one
        self.pending = np.zeros(self.hop, dtype=np.float64)  # a half frame of silence first
        self.out = np.zeros(2 * self.frame, dtype=np.float64)
        self.fed = 0
        self.given = 0

    def _transform(self, frame: np.ndarray) -> np.ndarray:
        """One windowed frame with its envelope's pole angles raised to ``alpha``: the frame's
        spectrum times A(w) / A'(w) (the residual through the moved envelope), computed on twice the
        frame length so that the moved filter's ringing is kept, not wrapped round."""
        x = frame * self.window
        r = np.correlate(x, x, mode="full")[self.frame - 1 : self.frame + self.order]
        if r[0] <= 1e-10:
            return np.concatenate((x, np.zeros(self.frame)))
        r[0] *= 1.0 + 1e-9  # keeps the Toeplitz system well posed on pure tones
        index = np.arange(self.order)
        toeplitz = r[np.abs(index[:, None] - index[None, :])]
        a = np.concatenate(([1.0], np.linalg.solve(toeplitz, -r[1 : self.order + 1])))
        poles = np.roots(a)
        angles = np.angle(poles)
        moved = np.where(
            np.abs(poles.imag) > 1e-12,
            np.abs(poles) * np.exp(1j * np.sign(angles) * np.abs(angles) ** self.alpha),
            poles,
        )
        a_new = np.real(np.poly(moved))
        size = 2 * self.frame
        spectrum_new = np.fft.rfft(a_new, size)
        spectrum_new[np.abs(spectrum_new) < 1e-6] = 1e-6
        y: np.ndarray = np.fft.irfft(np.fft.rfft(x, size) * np.fft.rfft(a, size) / spectrum_new, size)
        # A frame the moved envelope would make much louder than the original is scaled back.
        peak_in, peak_out = float(np.max(np.abs(x))), float(np.max(np.abs(y)))
        return y * (peak_in / peak_out) if peak_out > 2 * peak_in > 0 else y

    def feed(self, samples: np.ndarray, counted: bool = True) -> np.ndarray:
        if counted:
            self.fed += len(samples)
        self.pending = np.concatenate((self.pending, samples.astype(np.float64)))
        ready: list[np.ndarray] = []
        while len(self.pending) >= self.frame:
            self.out += self._transform(self.pending[: self.frame])
            ready.append(self.out[: self.hop].copy())
            self.out = np.concatenate((self.out[self.hop :], np.zeros(self.hop)))
            self.pending = self.pending[self.hop :]
        return self._give(np.concatenate(ready) if ready else np.zeros(0))

    def flush(self) -> np.ndarray:
        return self.feed(np.zeros(2 * self.frame), counted=False)  # the last frames, padded with silence

    def _give(self, produced: np.ndarray) -> np.ndarray:
        # Output lags input by the half frame of silence put first: drop it, never exceed the input.
        skip = max(0, self.hop - self.given) if self.given < self.hop else 0
        start = min(skip, len(produced))
        self.given += start
        body = produced[start:]
        room = self.fed - (self.given - self.hop)
        body = body[: max(0, room)]
        self.given += len(body)
        clipped: np.ndarray = np.clip(body, -1.0, 1.0)
        return clipped


def disguise(data: bytes, media_type: MediaType, alpha: float = DEFAULT_ALPHA) -> tuple[bytes, MediaType, list[str]]:
    """A new recording with every voice disguised (mono), in the format of ``data``."""
    clean, out_type, steps = disguise_file(data, media_type, io.BytesIO, alpha)
    return _value(clean), out_type, steps


def disguise_file(
    src: Source, media_type: MediaType, room: Room, alpha: float = DEFAULT_ALPHA
) -> tuple[BinaryIO, MediaType, list[str]]:
    """:func:`disguise` from a seekable file (or bytes) into a file of ``room`` (audio_redact.Room),
    returned at its start; the caller closes it."""
    import av

    what = "recording"
    duration = probe(src, media_type, what).duration
    buffer = room()
    try:
        with open_input(src, media_type, what) as container, guarded(what):
            streams = list(container.streams.audio)
            if not streams:
                raise InvalidMedia("the recording has no audio stream")
            ctx = streams[0].codec_context
            rate = int(ctx.sample_rate)
            encoder, out_type, out_rate = _encoder(media_type, ctx.name, rate)
            bit_rate = int(ctx.bit_rate or container.bit_rate or 0)
            with encoder_output(buffer, out_type, encoder, out_rate, "mono", bit_rate, wav_options(out_type, src)) as (
                output,
                out_stream,
            ):
                to_float = av.AudioResampler(format="flt", layout="mono", rate=rate)
                to_codec = av.AudioResampler(format=out_stream.format.name, layout="mono", rate=out_rate)
                transform = McAdams(rate, alpha)
                position = 0

                def emit(samples: np.ndarray) -> None:
                    nonlocal position
                    if not len(samples):
                        return
                    block = samples.astype(np.float32).reshape(1, -1)
                    frame = av.AudioFrame.from_ndarray(block, format="flt", layout="mono")
                    frame.sample_rate = rate
                    frame.pts = position
                    frame.time_base = Fraction(1, rate)
                    position += len(samples)
                    for converted in to_codec.resample(frame):
                        for packet in out_stream.encode(converted):
                            output.mux(packet)

                for decoded in container.decode(streams[0]):
                    for frame in to_float.resample(decoded):
                        emit(transform.feed(frame.to_ndarray().reshape(-1)))
                for frame in to_float.resample(None):
                    emit(transform.feed(frame.to_ndarray().reshape(-1)))
                emit(transform.flush())
                for converted in to_codec.resample(None):
                    for packet in out_stream.encode(converted):
                        output.mux(packet)
                for packet in out_stream.encode(None):
                    output.mux(packet)
    except BaseException:
        buffer.close()
        raise
    clean, out_type, cleaned = finish(buffer, out_type, room, what, duration, "disguising")
    steps = [f"disguised the voices (McAdams, alpha {alpha}), mono", f"re-encoded the audio with {encoder}"]
    return clean, out_type, [*steps, *cleaned]


class _DisguisePipe:
    """Decoded frames of a video's sound in, disguised mono float frames out (audio_redact.SoundPipe)."""

    layout = "mono"

    def __init__(self, rate: int, alpha: float) -> None:
        import av

        self.rate = rate
        self.to_float = av.AudioResampler(format="flt", layout="mono", rate=rate)
        self.transform = McAdams(rate, alpha)

    def _frames(self, samples: np.ndarray) -> list[Any]:
        import av

        if not len(samples):
            return []
        frame = av.AudioFrame.from_ndarray(samples.astype(np.float32).reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = self.rate
        return [frame]

    def push(self, frame: Any) -> list[Any]:
        out: list[Any] = []
        for converted in self.to_float.resample(frame):
            out += self._frames(self.transform.feed(converted.to_ndarray().reshape(-1)))
        return out

    def flush(self) -> list[Any]:
        out: list[Any] = []
        for converted in self.to_float.resample(None):
            out += self._frames(self.transform.feed(converted.to_ndarray().reshape(-1)))
        return out + self._frames(self.transform.flush())


def disguise_video(
    data: bytes, media_type: MediaType, alpha: float = DEFAULT_ALPHA
) -> tuple[bytes, MediaType, list[str]]:
    """A video whose sound has every voice disguised (mono), its picture copied as it was
    (audio_redact.rewrite_video_sound: MP4, MOV, 3GP; other sound tracks dropped)."""
    clean, out_type, steps = disguise_video_file(data, media_type, io.BytesIO, alpha)
    return _value(clean), out_type, steps


def disguise_video_file(
    src: Source, media_type: MediaType, room: Room, alpha: float = DEFAULT_ALPHA
) -> tuple[BinaryIO, MediaType, list[str]]:
    """:func:`disguise_video` from a seekable file (or bytes) into a file of ``room``."""
    from .audio_redact import rewrite_video_sound_file

    return rewrite_video_sound_file(
        src,
        media_type,
        lambda rate, _channels, _layout: _DisguisePipe(rate, alpha),
        f"disguised the voices (McAdams, alpha {alpha}), mono",
        room,
    )
