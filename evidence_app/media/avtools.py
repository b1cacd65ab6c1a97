"""PyAV (FFmpeg) at the boundary: demuxing, stream-copy remuxing and probing, always in memory.

Rules kept here for every audio and video format:

* The demuxer is forced to the type detected from the bytes (never probed): a file that says it
  is an M4A is only ever parsed by the MP4 demuxer. QuickTime external data references stay off.
* Remuxing copies compressed packets only (no re-encoding, no quality loss) of *audio and video*
  streams; subtitle, data, timed-metadata (GPS) and attached-picture streams are never copied.
  Container and stream metadata start empty and the muxer runs bit-exact, so FFmpeg writes no
  encoder/version tag or creation time of its own.
* Encoder strings inside the streams go too (``bitstream``): the SEI arrays of an HEVC
  configuration record, the fill data of AAC frames.
* Inputs and outputs are Python byte buffers or file objects (a recording the parser process reads
  where it lies, a ``filesource.Splice``): nothing decrypted is ever written to a file.
* A muxer that goes back to fill in sizes (MP4/MOV/M4A/3GP: the 'moov' index; WAV, FLAC, MP3
  headers) can still write to a destination that cannot seek, such as the parser process's
  output frames (``remux_streamed``): the copy is made twice, the first time only to learn the
  final headers (the index placed at the front, "fast start"), the second time passed on as it is
  made, the bytes after the headers checked to be the same both times. Nothing but the headers is
  ever held, whatever the size of the recording.
* Every FFmpeg failure on untrusted input becomes a one-line InvalidMedia (``guarded``).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import io
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, BinaryIO, cast, overload

import av
import av.container

from .base import InvalidMedia, MediaType
from .bitstream import blank_aac_fill, hevc_nal_types, hvcc_length_size, strip_hevc_sei_units, strip_hvcc_sei
from .filesource import Positioned, PulledReader
from .isobmff import MAX_MOOV_BYTES
from .photo_limits import guarded

DEMUXERS: dict[MediaType, str] = {
    MediaType.MP3: "mp3",
    MediaType.M4A: "mov",
    MediaType.OGG: "ogg",
    MediaType.FLAC: "flac",
    MediaType.WAV: "wav",
    MediaType.AIFF: "aiff",
    MediaType.AMR: "amr",
    MediaType.MKV: "matroska",
    MediaType.WEBM: "matroska",
    MediaType.MTS: "mpegts",
    MediaType.AVI: "avi",
    MediaType.AAC: "aac",
    MediaType.ASF: "asf",
    MediaType.MP4: "mov",
    MediaType.MOV: "mov",
    MediaType.THREEGP: "mov",
}
MUXERS: dict[MediaType, str] = {
    MediaType.MP3: "mp3",
    MediaType.M4A: "ipod",
    MediaType.OGG: "ogg",
    MediaType.FLAC: "flac",
    MediaType.WAV: "wav",
    MediaType.MP4: "mp4",
    MediaType.MOV: "mov",
    MediaType.THREEGP: "3gp",  # AMR speech, which the mp4 muxer does not take
}
_DEMUX_OPTIONS: dict[str, dict[str, str]] = {
    # Never follow a QuickTime 'dref' to another file or URL.
    "mov": {"enable_drefs": "0", "use_absolute_path": "0"},
}
# +bitexact: no "encoder=Lavf..." tag, no creation time, no random values in the output.
MUX_OPTIONS = {"fflags": "+bitexact"}

MAX_PACKETS = 20_000_000
"""About 100 hours of 48 kHz AAC or 25 fps video plus audio; more is hostile."""

# FFmpeg's log callback and some demuxers are not re-entrant across threads in every build; the
# import pipeline runs two workers, so container opening and closing is serialised. Packet copying
# itself runs outside the lock. Re-entrant: a copy verified as it is made (``remux_streamed``)
# finishes its muxer inside a read of the demuxer that verifies it, in the same thread.
_OPEN_LOCK = threading.RLock()

_MOV_MUXERS = frozenset({"mp4", "mov", "3gp", "ipod"})
_SEEKING_MUXERS = _MOV_MUXERS | {"wav", "flac", "mp3"}
"""Muxers that go back to fill in what they learn at the end (sizes, the index)."""
HEAD_BYTES = 64 * 1024
"""The first bytes a seeking muxer may go back to: WAV, FLAC and MP3 headers; for an MP4 the file
type and 'mdat' header, on top of the room reserved for its index."""
INDEX_BYTES_PER_PACKET = 48
"""An MP4 index entry per sample at most (size 4, time 8, composition offset 8, sync 4, chunk
offset 8, chunk map 12, dependency 1): the room reserved at the front, padding where unused."""
INDEX_BYTES_TIGHT = 16
"""What an index usually needs per sample (sizes, composition offsets; runs of equal durations and
chunks of many samples take little): tried first, so the padding stays small."""
INDEX_BYTES_FIXED = 16 * 1024


@dataclass
class StreamInfo:
    index: int
    type: str  # "audio", "video", "subtitle", "data", "attachment"
    codec: str
    attached_picture: bool
    sample_rate: int = 0
    channels: int = 0
    width: int = 0
    height: int = 0


@dataclass
class Probe:
    streams: list[StreamInfo]
    duration: float  # seconds, from the packets actually present
    packets: int
    container_duration: float | None
    metadata: dict[str, str] = field(default_factory=dict)
    stream_metadata: dict[int, dict[str, str]] = field(default_factory=dict)

    @property
    def av_streams(self) -> list[StreamInfo]:
        return [s for s in self.streams if s.type in ("audio", "video") and not s.attached_picture]


Source = bytes | BinaryIO
"""Bytes in memory, or a readable file object: read from its start if it can seek, else read once."""


def _as_file(data: Source) -> BinaryIO:
    if isinstance(data, bytes | bytearray):
        return io.BytesIO(data)
    if data.seekable():
        data.seek(0)
    return data  # a stream that cannot seek (a clean copy verified as it is made) is read once


def _size(data: Source) -> int:
    if isinstance(data, bytes | bytearray):
        return len(data)
    if not data.seekable():
        return sys.maxsize  # its end is not known until it is read: no packet can lie past it
    return data.seek(0, io.SEEK_END)


@contextmanager
def open_input(data: Source, media_type: MediaType, what: str) -> Iterator[av.container.InputContainer]:
    demuxer = DEMUXERS[media_type]
    with guarded(what):
        with _OPEN_LOCK:
            container = av.open(_as_file(data), mode="r", format=demuxer, options=dict(_DEMUX_OPTIONS.get(demuxer, {})))
        try:
            yield container
        finally:
            container.close()


def _stream_info(stream: Any) -> StreamInfo:
    ctx = stream.codec_context
    info = StreamInfo(
        stream.index,
        stream.type,
        getattr(ctx, "name", None) or "unknown",
        bool(int(stream.disposition) & int(av.stream.Disposition.attached_pic)),
    )
    if stream.type == "audio":
        info.sample_rate = int(ctx.sample_rate or 0)
        info.channels = int(ctx.channels or 0)
    elif stream.type == "video":
        info.width = int(ctx.width or 0)
        info.height = int(ctx.height or 0)
    return info


def probe(data: Source, media_type: MediaType, what: str) -> Probe:
    """Demux every packet (no decoding) and measure what is really there.

    The duration comes from the packets present, not from a header that may lie; a packet that
    the demuxer flags as corrupt, or that lies past the end of the file, means truncation.
    """
    size = _size(data)
    with open_input(data, media_type, what) as container:
        streams = [_stream_info(s) for s in container.streams]
        keep = [s for s in container.streams if s.type in ("audio", "video")]
        ends: dict[int, float] = {}
        count = 0
        with guarded(what):
            for packet in container.demux(*keep):
                if packet.size == 0 or packet.dts is None:
                    continue
                count += 1
                if count > MAX_PACKETS:
                    raise InvalidMedia(f"the {what} has too many packets; refused")
                _check_packet(packet, size, what)
                tb = packet.time_base
                start = packet.pts if packet.pts is not None else packet.dts
                end = float((start + (packet.duration or 0)) * tb) if tb else 0.0
                ends[packet.stream_index] = max(ends.get(packet.stream_index, 0.0), end)
            av_ends = [ends[s.index] for s in keep if s.index in ends and not _is_attached(s)]
            starts = [
                float(s.start_time * s.time_base)
                for s in keep
                if s.start_time is not None and s.time_base and not _is_attached(s)
            ]
            duration = max(av_ends, default=0.0) - min(starts, default=0.0)
            container_duration = None if container.duration is None else container.duration / av.time_base
            return Probe(
                streams,
                max(0.0, duration),
                count,
                container_duration,
                {str(k): str(v) for k, v in container.metadata.items()},
                {s.index: {str(k): str(v) for k, v in s.metadata.items()} for s in container.streams},
            )


def _is_attached(stream: Any) -> bool:
    return bool(int(stream.disposition) & int(av.stream.Disposition.attached_pic))


def _check_packet(packet: Any, size: int, what: str) -> None:
    if packet.is_corrupt:
        raise InvalidMedia(f"the {what} is truncated or damaged (a corrupt packet was found)")
    if packet.pos is not None and packet.pos >= 0 and packet.pos + packet.size > size:
        raise InvalidMedia(f"the {what} is truncated: its media data ends before the last packet")


def _replaced(packet: Any, data: bytes) -> Any:
    """A packet with new data and the timing and flags of ``packet``."""
    new = av.Packet(data)
    new.pts, new.dts, new.duration, new.time_base = packet.pts, packet.dts, packet.duration, packet.time_base
    new.is_keyframe = packet.is_keyframe
    return new


def _map_streams(
    container: Any, output: Any, bitstream_filters: dict[str, str] | None, steps: list[str]
) -> tuple[dict[int, Any], dict[int, Any], set[int], dict[int, int]]:
    """The output streams (audio and video, no attached picture), and per input stream: its
    bitstream filter, whether it is AAC (fill data blanked), its HEVC NAL length size."""
    mapping: dict[int, Any] = {}
    filters: dict[int, Any] = {}
    fills: set[int] = set()
    hevc: dict[int, int] = {}
    for stream in container.streams:
        label = f"stream {stream.index} ({stream.type} {getattr(stream.codec_context, 'name', '?')})"
        if stream.type not in ("audio", "video") or _is_attached(stream):
            kind = "attached picture" if _is_attached(stream) else stream.type
            steps.append(f"dropped {label}: {kind}")
            continue
        out_stream = output.add_stream_from_template(stream)
        out_stream.metadata.clear()
        codec = stream.codec_context.name
        if codec == "aac":
            fills.add(stream.index)
        if codec == "hevc" and stream.codec_context.extradata:
            # Own code rather than FFmpeg's filter_units here: that filter leaves the SEI
            # in the configuration record, where x265 writes its build and options.
            record = bytes(stream.codec_context.extradata)
            stripped = strip_hvcc_sei(record)
            if stripped is not None:
                out_stream.codec_context.extradata = stripped
                steps.append(f"removed the SEI (encoder string) from the HEVC configuration of stream {stream.index}")
            hevc[stream.index] = hvcc_length_size(record)
            steps.append(f"removed hevc user-data/SEI units from stream {stream.index}")
        elif bitstream_filters and codec in bitstream_filters:
            from av.bitstream import BitStreamFilterContext

            filters[stream.index] = BitStreamFilterContext(bitstream_filters[codec], stream, out_stream)
            steps.append(f"removed {codec} user-data/SEI units from stream {stream.index}")
        mapping[stream.index] = out_stream
    return mapping, filters, fills, hevc


def _copy(
    data: Source,
    media_type: MediaType,
    dst: BinaryIO,
    what: str,
    out_type: MediaType,
    bitstream_filters: dict[str, str] | None,
    options: dict[str, str],
    steps: list[str],
) -> Iterator[None]:
    """Copy the audio/video packets of ``data`` into a new container written to ``dst``, one
    packet per step (a generator, so that a copy can be read as it is made). ``guarded`` wraps
    each step, never a ``yield``: its warnings filters are process-wide and must not interleave
    with those of the demuxer that reads the copy."""
    size = _size(data)
    demuxer = DEMUXERS[media_type]
    with guarded(what), _OPEN_LOCK:
        container = av.open(_as_file(data), mode="r", format=demuxer, options=dict(_DEMUX_OPTIONS.get(demuxer, {})))
    try:
        with guarded(what), _OPEN_LOCK:
            output = av.open(dst, mode="w", format=MUXERS[out_type], options=options)
        try:
            with guarded(what):
                mapping, filters, fills, hevc = _map_streams(container, output, bitstream_filters, steps)
                if not mapping:
                    raise InvalidMedia(f"the {what} has no audio or video stream")
                output.metadata.clear()
                packets = container.demux(*[container.streams[i] for i in mapping])
            count = blanked = 0
            while True:
                with guarded(what):
                    packet = next(packets, None)
                    if packet is None:
                        break
                    if packet.dts is None and packet.size == 0:
                        continue  # demuxer flush marker
                    count += 1
                    if count > MAX_PACKETS:
                        raise InvalidMedia(f"the {what} has too many packets; refused")
                    _check_packet(packet, size, what)
                    index = packet.stream_index
                    if index in fills:
                        cleaned = blank_aac_fill(bytes(packet))
                        if cleaned is not None:  # e.g. "Lavc61.3.100" written by FFmpeg's AAC encoder
                            packet.update(cleaned)
                            blanked += 1
                    if index in hevc:
                        raw = bytes(packet)
                        without = strip_hevc_sei_units(raw, hevc[index])
                        if without is not None:
                            packet = _replaced(packet, without)
                        elif hevc_nal_types(raw, hevc[index]) is None:
                            # Copied as it is, its SEI units (if any) would go with it: nothing
                            # downstream decodes the video to notice.
                            raise InvalidMedia(f"the {what} has an HEVC frame whose NAL unit lengths do not add up")
                    out_packets = filters[index].filter(packet) if index in filters else [packet]
                    for out_packet in out_packets:
                        out_packet.stream = mapping[index]
                        output.mux(out_packet)
                yield
            with guarded(what):
                for index, bsf in filters.items():
                    for out_packet in bsf.filter(None):  # drain: filter(None) signals end of stream
                        out_packet.stream = mapping[index]
                        output.mux(out_packet)
                if count == 0:
                    raise InvalidMedia(f"the {what} contains no audio or video data")
        except BaseException:
            with contextlib.suppress(Exception), _OPEN_LOCK:
                output.close()
            raise
        with guarded(what), _OPEN_LOCK:
            output.close()  # the muxer's trailer: an MP4's index, the sizes it goes back to
    finally:
        with _OPEN_LOCK:
            container.close()
    if blanked:
        steps.append(f"blanked the fill data (encoder strings) of {blanked:,} AAC frame(s)")
    steps.insert(0, f"copied {len(mapping)} audio/video stream(s) into a new container without re-encoding")
    steps.append("dropped all container and stream metadata")


def remux(
    data: Source,
    media_type: MediaType,
    dst: BinaryIO,
    what: str,
    *,
    out_type: MediaType | None = None,
    bitstream_filters: dict[str, str] | None = None,
    container_options: dict[str, str] | None = None,
) -> list[str]:
    """Copy the audio/video packets of ``data`` into a new container written to ``dst``.

    ``bitstream_filters`` maps a codec name to an FFmpeg bitstream filter applied to that codec's
    packets (e.g. removing H.264 SEI user data). Returns human-readable steps. A ``dst`` that
    cannot seek gets the copy of ``remux_streamed`` (made twice for a muxer that goes back)."""
    out_type = out_type or media_type
    if not dst.seekable():
        streamed = remux_streamed(
            data,
            media_type,
            dst,
            what,
            out_type=out_type,
            bitstream_filters=bitstream_filters,
            container_options=container_options,
        )
        streamed.drain()
        return streamed.steps
    steps: list[str] = []
    options = {**MUX_OPTIONS, **(container_options or {})}
    for _ in _copy(data, media_type, dst, what, out_type, bitstream_filters, options, steps):
        pass
    return steps


class _Sink(Positioned):
    """The muxer's output in one pass of ``remux_streamed``. Its first ``limit`` bytes (the
    headers the muxer goes back to) can be sought and rewritten: they are kept in memory if
    ``keep``, and every write to them is fingerprinted in order (two passes that write the same
    headers the same way end with the same headers). Past them, bytes are written once, in
    order: fingerprinted, and handed to ``out`` or dropped. A muxer that goes back past the
    headers is refused (its copy cannot be passed on as it is made)."""

    def __init__(self, limit: int, keep: bool, out: list[bytes] | None, what: str) -> None:
        super().__init__()
        self.limit, self.out, self.what = limit, out, what
        self.head: bytearray | None = bytearray() if keep else None
        self.writes = hashlib.sha256()
        self.body = hashlib.sha256()
        self._pos = 0
        self.end = limit  # where the next byte past the headers goes
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(data).cast("B")
        written = len(view)
        if self._pos < self.limit and len(view):
            take = min(len(view), self.limit - self._pos)
            part = view[:take]
            self.writes.update(self._pos.to_bytes(8, "big") + take.to_bytes(8, "big"))
            self.writes.update(part)
            if self.head is not None:
                if len(self.head) < self._pos:
                    self.head.extend(bytes(self._pos - len(self.head)))
                self.head[self._pos : self._pos + take] = part
            self._pos += take
            view = view[take:]
        if len(view):
            if self._pos != self.end:
                raise InvalidMedia(f"the {self.what} could not be written as a stream (its muxer went back)")
            self.body.update(view)
            if self.out is not None:
                self.out.append(bytes(view))
            self._pos += len(view)
            self.end = self._pos
        self.size = max(self.size, self._pos)
        return written

    def headers(self) -> bytearray:
        """The final headers: the first ``min(limit, size)`` bytes (never-written ones zero)."""
        assert self.head is not None
        want = min(self.limit, self.size)
        return self.head + bytes(want - len(self.head))


def _index_fits(sink: _Sink, what: str) -> bool:
    """Whether an MP4 written with a reserved index is whole: file type, index, then the rest up to
    the end, box after box. FFmpeg's muxer writes an index larger than its room over what follows
    it (the 'mdat' header, the first samples) and its error does not reach PyAV's close, so the
    boxes are walked here: an index that overran leaves no valid box after it."""
    from .isobmff import iter_boxes

    try:
        kinds = [b.type for b in iter_boxes(Headers(sink.headers(), sink.size, what), 0, sink.size, what, True)]
    except InvalidMedia:
        return False
    return kinds[:2] == [b"ftyp", b"moov"] and kinds.count(b"moov") == 1 and kinds[-1] == b"mdat"


class StreamedRemux(PulledReader):
    """A remuxed copy read as a file that cannot seek, made as it is read and passed on to the
    destination (``tap``) as it is made (``remux_streamed``). ``head`` is the copy's first bytes
    (for an MP4: file type, index, 'mdat' header), final before the first read: a caller may
    change bytes in it in place (same length) before reading; ``size`` is the copy's length."""

    def __init__(self, pieces: Iterator[bytes], tap: BinaryIO, head: bytearray, size: int, steps: list[str]) -> None:
        super().__init__(pieces, tap)
        self.head, self.total, self.steps = head, size, steps

    def headers(self, what: str) -> Headers:
        """The copy as bytes to slice (the box walk of an MP4's self-check), of which only the
        headers can be read: they are all a box walk reads, the 'mdat' box being skipped."""
        return Headers(self.head, self.total, what)


class Headers:
    """``bytes``-like indexing (``filesource.ByteSource``) of a file of ``size`` bytes of which
    only the first, ``head``, are at hand; reading past them is an error."""

    def __init__(self, head: bytearray, size: int, what: str) -> None:
        self.head, self.size, self.what = head, size, what

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int, /) -> int: ...

    @overload
    def __getitem__(self, index: slice, /) -> bytes: ...

    def __getitem__(self, index: int | slice, /) -> int | bytes:
        if isinstance(index, slice):
            start, stop, _ = index.indices(self.size)
            if stop > len(self.head) and stop > start:
                raise InvalidMedia(f"the {self.what} has a box past its headers that was read")
            return bytes(self.head[start:stop])
        if index >= len(self.head) or index < 0:
            raise InvalidMedia(f"the {self.what} has a box past its headers that was read")
        return self.head[index]

    def find(self, sub: bytes, start: int = 0, end: int | None = None, /) -> int:
        return self.head.find(sub, start, min(len(self.head), self.size if end is None else end))


def remux_streamed(
    data: Source,
    media_type: MediaType,
    dst: BinaryIO,
    what: str,
    *,
    out_type: MediaType | None = None,
    bitstream_filters: dict[str, str] | None = None,
    container_options: dict[str, str] | None = None,
    packets: int = 0,
) -> StreamedRemux:
    """``remux`` to a destination that cannot seek (the parser process's output frames), never
    holding more of the copy than its headers (the module notes). ``data`` must be seekable (it
    is read twice; the parser process reads the recording where it lies).

    For a muxer that goes back (MP4 and its kin, WAV, FLAC, MP3), a first pass writes the copy to
    a sink that keeps only its first bytes; an MP4's index is written there too, into room
    reserved at the front for ``packets`` samples (the input's packet count, ``Probe.packets``;
    counted here if 0): so the copy starts with its index and a demuxer can verify it in one
    forward read. The second pass is what is read: the final headers first, then every byte
    after them as the muxer writes it, checked against the first pass (the same bytes, the same
    header writes) at its end; a difference raises InvalidMedia (after the bytes were passed on:
    the caller discards them, as for any refusal).

    The caller reads the returned file to its end (``probe`` on it verifies the copy as it is
    made), or calls ``drain()``: only then is the copy complete and checked."""
    out_type = out_type or media_type
    muxer = MUXERS[out_type]
    options = {**MUX_OPTIONS, **(container_options or {})}
    steps: list[str] = []
    pending: list[bytes] = []
    if muxer not in _SEEKING_MUXERS:  # writes forward only (Ogg): one pass, passed on as made
        sink = _Sink(0, False, pending, what)

        def forward() -> Iterator[bytes]:
            for _ in _copy(data, media_type, cast(BinaryIO, sink), what, out_type, bitstream_filters, options, steps):
                if pending:
                    yield b"".join(pending)
                    pending.clear()
            if pending:
                yield b"".join(pending)
                pending.clear()

        return StreamedRemux(forward(), dst, bytearray(), sys.maxsize, steps)

    limit = HEAD_BYTES
    first: _Sink | None = None
    rooms: list[int | None] = [None]  # the index's reserved room of each try (None: no index)
    if muxer in _MOV_MUXERS:
        if packets <= 0:
            packets = probe(data, media_type, what).packets
        rooms = [
            min(MAX_MOOV_BYTES, INDEX_BYTES_FIXED + n * packets) for n in (INDEX_BYTES_TIGHT, INDEX_BYTES_PER_PACKET)
        ]
    for attempt, reserve in enumerate(rooms, start=1):
        pass_options = dict(options)
        if reserve is not None:
            pass_options["moov_size"] = str(reserve)
            limit = reserve + HEAD_BYTES
        first = _Sink(limit, True, None, what)
        steps = []
        try:
            for _ in _copy(
                data, media_type, cast(BinaryIO, first), what, out_type, bitstream_filters, pass_options, steps
            ):
                pass
            if reserve is not None and not _index_fits(first, what):
                raise InvalidMedia(f"the {what}'s index did not fit in the room reserved for it")
            break
        except InvalidMedia:
            # A reservation too small for the index: once more with the room of the worst case.
            # Any other failure fails that pass the same way.
            if attempt == len(rooms):
                raise
    assert first is not None
    head = first.headers()
    second = _Sink(limit, False, pending, what)

    def replay() -> Iterator[bytes]:
        yield bytes(head)
        for _ in _copy(data, media_type, cast(BinaryIO, second), what, out_type, bitstream_filters, pass_options, []):
            if pending:
                yield b"".join(pending)
                pending.clear()
        if pending:
            yield b"".join(pending)
            pending.clear()
        if (
            second.size != first.size
            or not hmac.compare_digest(second.body.digest(), first.body.digest())
            or not hmac.compare_digest(second.writes.digest(), first.writes.digest())
        ):
            raise InvalidMedia(f"the {what} was not rewritten the same way twice; refused")

    return StreamedRemux(replay(), dst, head, first.size, steps)


_LOSSY_BIT_RATE = (64_000, 320_000)


@contextmanager
def encoder_output(
    dst: BinaryIO,
    out_type: MediaType,
    encoder: str,
    rate: int,
    layout: str,
    bit_rate: int,
    extra_options: dict[str, str] | None = None,
) -> Iterator[tuple[av.container.OutputContainer, Any]]:
    """A new container of ``out_type`` written to ``dst`` with one audio stream for ``encoder``
    (re-encoded sound: a muted or disguised recording), closed when the block ends: bit-exact and
    without a tag of the muxer's own (no ID3v2 in an MP3), a lossy codec's bit rate that of the
    source (``bit_rate``, 128 kb/s when unknown) held to 64-320 kb/s."""
    options = {**MUX_OPTIONS, **(extra_options or {})}
    if out_type is MediaType.MP3:
        options["id3v2_version"] = "0"
    output = av.open(dst, mode="w", format=MUXERS[out_type], options=options)
    try:
        stream: Any = output.add_stream(encoder, rate=rate, layout=layout)
        if out_type in (MediaType.MP3, MediaType.M4A, MediaType.OGG):
            low, high = _LOSSY_BIT_RATE
            stream.bit_rate = max(low, min(high, bit_rate or 128_000))
        yield output, stream
    finally:
        output.close()
