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
* Every FFmpeg failure on untrusted input becomes a one-line InvalidMedia (``guarded``).
"""

from __future__ import annotations

import io
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import av
import av.container

from .base import InvalidMedia, MediaType
from .bitstream import blank_aac_fill, hevc_nal_types, hvcc_length_size, strip_hevc_sei_units, strip_hvcc_sei
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
# itself runs outside the lock.
_OPEN_LOCK = threading.Lock()


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
    packets (e.g. removing H.264 SEI user data). Returns human-readable steps.
    """
    out_type = out_type or media_type
    steps: list[str] = []
    size = _size(data)
    with open_input(data, media_type, what) as container, guarded(what):
        options = {**MUX_OPTIONS, **(container_options or {})}
        with _OPEN_LOCK:
            output = av.open(dst, mode="w", format=MUXERS[out_type], options=options)
        try:
            mapping: dict[int, Any] = {}
            filters: dict[int, Any] = {}
            fills: set[int] = set()
            hevc: dict[int, int] = {}  # stream index -> NAL length size
            blanked = 0
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
                        steps.append(
                            f"removed the SEI (encoder string) from the HEVC configuration of stream {stream.index}"
                        )
                    hevc[stream.index] = hvcc_length_size(record)
                    steps.append(f"removed hevc user-data/SEI units from stream {stream.index}")
                elif bitstream_filters and codec in bitstream_filters:
                    from av.bitstream import BitStreamFilterContext

                    filters[stream.index] = BitStreamFilterContext(bitstream_filters[codec], stream, out_stream)
                    steps.append(f"removed {codec} user-data/SEI units from stream {stream.index}")
                mapping[stream.index] = out_stream
            if not mapping:
                raise InvalidMedia(f"the {what} has no audio or video stream")
            output.metadata.clear()
            count = 0
            for packet in container.demux(*[container.streams[i] for i in mapping]):
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
            for index, bsf in filters.items():
                for out_packet in bsf.filter(None):  # drain: filter(None) signals end of stream
                    out_packet.stream = mapping[index]
                    output.mux(out_packet)
            if count == 0:
                raise InvalidMedia(f"the {what} contains no audio or video data")
            if blanked:
                steps.append(f"blanked the fill data (encoder strings) of {blanked:,} AAC frame(s)")
        finally:
            with _OPEN_LOCK:
                output.close()
    steps.insert(0, f"copied {len(mapping)} audio/video stream(s) into a new container without re-encoding")
    steps.append("dropped all container and stream metadata")
    return steps
