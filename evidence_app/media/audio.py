"""Audio sanitizers: MP3, WAV, FLAC (rewritten byte by byte), M4A and Ogg (remuxed with PyAV).

Recorders and phones tag recordings with the device name, the owner's name, the date and time,
sometimes a place; editing software adds its own. The working copy keeps the compressed audio
exactly as recorded (no re-encoding, no quality loss) and nothing else:

* MP3: only MPEG audio frames are copied; ID3v1/ID3v2 (anywhere), APE and Lyrics3 tags and any
  bytes between frames are dropped. The first frame may be a Xing/Info frame (needed for VBR
  duration and seeking): it is kept with the encoder's version and settings blanked (the bare
  "LAME" magic and the gapless delay stay: players need them for exact timing). In Layer III,
  reservoir bytes no frame's audio uses (ancillary data, where LAME repeats "LAME3.99r") are
  zeroed; the decoded samples are identical.
* WAV: a new RIFF is written with a normalised ``fmt `` chunk, ``fact`` when the codec needs it,
  and ``data``. LIST/INFO, bext, iXML, cart, id3, _PMX (XMP), cue, smpl, junk and all other chunks
  are dropped. RF64/BW64 (files over 4 GB, their sizes in a ``ds64`` chunk) are read, and a clean
  copy over 4 GB is written as RF64.
* WAV, FLAC, MP3 and Ogg handed to the parser process as a file (media/isolation.py) are read
  where they lie (``filesource``): the audio is never held in memory, the clean copy is the new
  headers plus the original's audio ranges (for MP3 the frames, for Ogg the pages, as they are
  walked), verified and written out in chunks; an M4A's boxes are walked by ranges and its
  remuxed copy passed on as it is made (below). An Ogg file that FFmpeg must remux is still read
  whole, within ``MAX_AUDIO_BYTES``.
* FLAC: ``fLaC`` + STREAMINFO + the audio frames. VORBIS_COMMENT, PICTURE, APPLICATION,
  CUESHEET, SEEKTABLE and PADDING blocks, a leading ID3v2 and trailing ID3v1/APE tags are dropped.
* Ogg (Opus, Vorbis, FLAC-in-Ogg, Speex): the pages are rewritten as they are read
  (``media/ogg.py``): the audio pages copied, the comment header rebuilt empty, skeleton and
  subtitle streams dropped. An Ogg file with a video stream or a codec the rewriter does not
  know is remuxed by FFmpeg instead, as M4A is.
* M4A: the audio packets are copied into a new container by FFmpeg with no metadata
  (``avtools.remux_streamed``: its index in front, learnt in a first pass).

Every working copy is checked by demuxing it with PyAV, and its duration must match the
original's. Truncated recordings are refused with a clear message rather than stored half-broken.

Why this is still one file (about 1000 lines): the five audio sanitizers share the verification
helpers (decode both, compare duration and samples) and the tag findings, and the registry finds
them all here. The split: a ``media/audio/`` package with ``mp3.py`` (frame walk, Xing/LAME
blanking, reservoir zeroing), ``wav.py``, ``flac.py``, ``remux.py`` (M4A, the Ogg fallback) and
``common.py`` (verification, findings), re-exported from ``media/audio/__init__.py`` so the registry does not
change.
"""

from __future__ import annotations

import io
import re
import struct
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, ClassVar, cast

from .avtools import Probe, Source, open_input, probe, remux, remux_streamed
from .base import Category, Finding, Inspection, InvalidMedia, MediaType, Sanitizer, SanitizeResult
from .filesource import ByteSource, FileBytes, PulledReader, Splice, as_file, source_bytes
from .isobmff import check_structure, inspect_boxes
from .ogg import NeedsRemux, OggRewrite
from .photo_limits import guarded
from .tags import finding, shorten, structure

MAX_AUDIO_BYTES = 512 * 1024 * 1024
MAX_TAG_BYTES = 16 * 1024 * 1024
"""Largest metadata tag (ID3v2, FLAC block) accepted. Cover art is rarely over 2 MB; a 50 MB
"picture" is an attack on memory, or data smuggled in a recording, and is refused."""

DURATION_TOLERANCE = 0.1  # seconds, plus 0.5 %: container edit lists and priming round differently


def _duration_matches(original: float, clean: float) -> bool:
    return abs(original - clean) <= DURATION_TOLERANCE + 0.005 * original


def _audio_facts(info: Probe, media_type: MediaType) -> tuple[dict[str, str], list[Finding]]:
    audio = [s for s in info.av_streams if s.type == "audio"]
    if not audio:
        raise InvalidMedia(f"the {media_type.name} file has no audio stream")
    first = audio[0]
    facts = {
        "duration": f"{info.duration:.3f}",
        "codec": first.codec,
        "sample_rate": str(first.sample_rate),
        "channels": str(first.channels),
    }
    structural = [
        structure("audio", f"{first.codec}, {first.sample_rate} Hz, {first.channels} channel(s)"),
        structure("duration", f"{info.duration:.3f} s"),
    ]
    return facts, structural


def _verify(clean: Source, media_type: MediaType, what: str, expected: float) -> Probe:
    """The working copy must demux, hold audio and keep the original's duration."""
    result = probe(clean, media_type, f"cleaned {what}")
    if not any(s.type == "audio" for s in result.av_streams):
        raise InvalidMedia(f"the {what} could not be cleaned: no audio survived")
    if result.packets == 0 or result.duration <= 0:
        # Headers (and tags, a cover picture) but no audio that plays: nothing to keep.
        raise InvalidMedia(f"the {what} contains no audio data (only headers and tags)")
    if not _duration_matches(expected, result.duration):
        raise InvalidMedia(
            f"the {what} could not be cleaned without changing its length "
            f"({expected:.2f} s became {result.duration:.2f} s)"
        )
    return result


def _decode_tail(data: Source, media_type: MediaType, what: str, packets: int = 3) -> None:
    """Decode the last packets: a recording cut off mid-frame fails here (FLAC frames are
    independent, so decoding only the tail is enough and cheap)."""
    import av

    with open_input(data, media_type, what) as container, guarded(what):
        stream = container.streams.audio[0]
        tail: list[Any] = []
        for packet in container.demux(stream):
            if packet.size:
                tail.append(packet)
                del tail[:-packets]
        ctx: Any = av.CodecContext.create(stream.codec_context.name, "r")
        ctx.extradata = stream.codec_context.extradata
        try:
            for packet in tail:
                ctx.decode(packet)
        except av.error.InvalidDataError:
            raise InvalidMedia(f"the {what} is truncated or damaged: its last audio frame does not decode") from None


# ---------------------------------------------------------------------------------------------
# Tags via mutagen (inspection only: mutagen never writes the working copy)

_ID3_CATEGORIES = {
    "TPE1": Category.OWNER,
    "TPE2": Category.OWNER,
    "TPE3": Category.OWNER,
    "TPE4": Category.OWNER,
    "TCOM": Category.OWNER,
    "TEXT": Category.OWNER,
    "TOLY": Category.OWNER,
    "TOPE": Category.OWNER,
    "TOWN": Category.OWNER,
    "TCOP": Category.OWNER,
    "TPUB": Category.OWNER,
    "TENC": Category.SOFTWARE,
    "TSSE": Category.SOFTWARE,
    "TDRC": Category.DATE,
    "TDEN": Category.DATE,
    "TDRL": Category.DATE,
    "TDOR": Category.DATE,
    "TDTG": Category.DATE,
    "TYER": Category.DATE,
    "TDAT": Category.DATE,
    "TIME": Category.DATE,
    "TORY": Category.DATE,
    "COMM": Category.COMMENT,
    "USLT": Category.COMMENT,
    "APIC": Category.THUMBNAIL,
    "PRIV": Category.OTHER,
    "GEOB": Category.OTHER,
    "UFID": Category.SERIAL,
    "TXXX": Category.TEXT,
    "WXXX": Category.TEXT,
}


def _id3_findings(tags: Any) -> list[Finding]:
    found = []
    for key, frame in tags.items():
        frame_id = getattr(frame, "FrameID", str(key)[:4])
        category = _ID3_CATEGORIES.get(frame_id)
        if frame_id == "TXXX":
            desc = str(getattr(frame, "desc", ""))
            key = f"TXXX {desc}"
            category = None  # categorise by its description: "Recorder", "Location", ...
        if frame_id == "APIC":
            value: object = f"picture, {len(getattr(frame, 'data', b''))} bytes"
        elif hasattr(frame, "text"):
            value = "; ".join(str(t) for t in frame.text)
        else:
            value = f"{frame_id} frame"
        found.append(finding(f"ID3 {key}", value, category))
    return found


def _vorbis_findings(tags: Any, label: str) -> list[Finding]:
    found = []
    vendor = getattr(tags, "vendor", "")
    if vendor:
        found.append(finding(f"{label} vendor", vendor, Category.SOFTWARE))
    for key, value in list(tags)[:1000]:
        if key.lower() == "metadata_block_picture":
            found.append(finding(f"{label} {key}", f"picture, {len(value)} bytes (base64)", Category.THUMBNAIL))
        else:
            found.append(finding(f"{label} {key}", value))
    return found


def _mutagen(cls: Any, data: bytes | FileBytes, what: str) -> Any:
    with guarded(what):
        return cls(as_file(data))


# ---------------------------------------------------------------------------------------------
# MP3

_MP3_BITRATES = {
    (True, 1): (0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


@dataclass(frozen=True)
class _FrameHeader:
    key: tuple[int, int, int]  # version, layer, sample-rate index: constant within a stream
    length: int


def _mp3_header(data: ByteSource, pos: int) -> _FrameHeader | None:
    if pos + 4 > len(data):
        return None
    raw = data[pos : pos + 3]
    if raw[0] != 0xFF or raw[1] & 0xE0 != 0xE0:
        return None
    b1, b2 = raw[1], raw[2]
    version = (b1 >> 3) & 3
    layer_bits = (b1 >> 1) & 3
    bitrate_index = b2 >> 4
    rate_index = (b2 >> 2) & 3
    if version == 1 or layer_bits == 0 or bitrate_index in (0, 15) or rate_index == 3:
        return None  # reserved values, or free-format (no computable length): not a frame we copy
    layer = 4 - layer_bits
    mpeg1 = version == 3
    bitrate = _MP3_BITRATES[(mpeg1, layer)][bitrate_index] * 1000
    rate = _MP3_RATES[version][rate_index]
    padding = (b2 >> 1) & 1
    if layer == 1:
        length = (12 * bitrate // rate + padding) * 4
    elif layer == 3 and not mpeg1:
        length = 72 * bitrate // rate + padding
    else:
        length = 144 * bitrate // rate + padding
    return _FrameHeader((version, layer, rate_index), length)


def _id3v2_length(data: ByteSource, pos: int) -> int:
    """Length of an ID3v2 tag starting at ``pos`` (header, footer included), or 0."""
    if data[pos : pos + 3] != b"ID3" or pos + 10 > len(data):
        return 0
    raw = data[pos + 6 : pos + 10]
    if any(b & 0x80 for b in raw):
        return 0
    size = raw[0] << 21 | raw[1] << 14 | raw[2] << 7 | raw[3]
    return 10 + size + (10 if data[pos + 5] & 0x10 else 0)


def _trailing_tags(data: ByteSource, end: int) -> tuple[int, list[str]]:
    """Strip ID3v1, APEv2 and Lyrics3v2 tags from the end; returns the new end and what went."""
    dropped: list[str] = []
    for _ in range(8):  # tags can be stacked in any order
        if end >= 128 and data[end - 128 : end - 125] == b"TAG":
            end -= 128
            dropped.append("ID3v1 tag")
            if end >= 227 and data[end - 227 : end - 223] == b"TAG+":
                end -= 227
                dropped.append("ID3v1 extended tag")
            continue
        if end >= 32 and data[end - 32 : end - 24] == b"APETAGEX":
            size = struct.unpack("<I", data[end - 20 : end - 16])[0]
            flags = struct.unpack("<I", data[end - 12 : end - 8])[0]
            total = size + (32 if flags & 0x80000000 else 0)
            if total > end or total > MAX_TAG_BYTES:
                raise InvalidMedia("the MP3 file has a damaged or oversized APE tag")
            end -= total
            dropped.append("APEv2 tag")
            continue
        if end >= 15 and data[end - 9 : end] == b"LYRICS200":
            try:
                size = int(data[end - 15 : end - 9])
            except ValueError:
                break
            end -= 15 + size
            dropped.append("Lyrics3 tag")
            continue
        if end >= 10 and data[end - 10 : end - 7] == b"3DI":  # ID3v2.4 footer of an appended tag
            raw = data[end - 4 : end]
            size = raw[0] << 21 | raw[1] << 14 | raw[2] << 7 | raw[3]
            end -= 20 + size
            dropped.append("appended ID3v2 tag")
            continue
        break
    return max(0, end), dropped


class _Mp3Walk:
    """The MPEG audio frames of an MP3, walked from start to end where the file lies. They are
    never listed whole (a 6 GB recording has some 15 million frames): ``spans`` yields them one
    by one, and ``dropped`` (what was around them) is complete once it has reached the end."""

    def __init__(self, data: ByteSource) -> None:
        self.data = data
        self.leading: list[str] = []
        pos = 0
        while (length := _id3v2_length(data, pos)) > 0:
            if length > MAX_TAG_BYTES:
                raise InvalidMedia(
                    f"the MP3 file carries a {length / (1024 * 1024):.0f} MB ID3 tag "
                    f"(the limit is {MAX_TAG_BYTES // (1024 * 1024)} MB); refused"
                )
            if pos + length > len(data):
                raise InvalidMedia("the MP3 file is truncated inside its ID3 tag")
            self.leading.append(f"ID3v2 tag ({length:,} bytes)")
            pos += length
        self.start = pos
        self.end, self.trailing = _trailing_tags(data, len(data))
        self.dropped: list[str] = []
        self.count = 0

    def spans(self) -> Iterator[tuple[int, int]]:
        data, pos, end = self.data, self.start, self.end
        inner_tags: list[str] = []
        stream_key: tuple[int, int, int] | None = None
        junk = count = 0
        while pos + 4 <= end:
            header = _mp3_header(data, pos)
            if header is not None and (stream_key is None or header.key == stream_key):
                following = pos + header.length
                if following > end:
                    if stream_key is not None:
                        raise InvalidMedia("the MP3 file is truncated: its last audio frame is cut off")
                elif following + 4 > end or _chained(data, following, header.key) or stream_key is not None:
                    # The first frame must be followed by another frame of the same stream, so a
                    # stray 0xFF in leading junk is not taken for the start of the audio.
                    yield pos, header.length
                    count += 1
                    stream_key = header.key
                    pos = following
                    continue
            inner = _id3v2_length(data, pos)
            if 0 < inner <= end - pos:
                inner_tags.append(f"embedded ID3v2 tag ({inner:,} bytes)")
                pos += inner
                continue
            nxt = data.find(b"\xff", pos + 1, end)
            nxt = end if nxt < 0 else nxt
            junk += nxt - pos
            pos = nxt
        junk += max(0, end - pos)
        if not count:
            raise InvalidMedia("the file is not a valid MP3: no MPEG audio frames were found")
        self.count = count
        self.dropped = self.leading + inner_tags[:1000]
        if junk:
            self.dropped.append(f"{junk:,} bytes between or around audio frames")
        self.dropped += self.trailing


def _mp3_frames(data: ByteSource) -> tuple[list[tuple[int, int]], list[str]]:
    """Spans of the MPEG audio frames, and what was dropped around them (a short file's: the
    sanitizer itself walks them with ``_Mp3Walk``, never listing them)."""
    walk = _Mp3Walk(data)
    spans = list(walk.spans())
    return spans, walk.dropped


def _chained(data: ByteSource, pos: int, key: tuple[int, int, int]) -> bool:
    nxt = _mp3_header(data, pos)
    return nxt is not None and nxt.key == key


# Encoder fingerprints inside the frames. LAME writes its version ("LAME3.99r") and settings into
# the Xing/Info frame, and fills unused bits of the bit reservoir with "LAME3.99rUUUU..." in many
# audio frames; other encoders put their own strings there. Neither is needed to decode a sample.
_XING_IDS = (b"Xing", b"Info")
_LAME_EXT_LEN = 36  # the LAME extension after the Xing fields (version ... tag CRC)
_LAME_KEEP = range(21, 24)  # encoder delay and padding: players need them for exact timing


def _side_info_len(mpeg1: bool, mono: bool) -> int:
    if mpeg1:
        return 17 if mono else 32
    return 9 if mono else 17


class _Bits:
    def __init__(self, raw: bytes) -> None:
        self.value, self.width = int.from_bytes(raw, "big"), len(raw) * 8

    def take(self, start: int, count: int) -> int:
        return (self.value >> (self.width - start - count)) & ((1 << count) - 1)


def _layer3_main_data(frame: bytes | bytearray) -> tuple[int, int, int]:
    """(payload offset in the frame, main_data_begin, main data length in bytes) of a Layer III
    frame, from its side information (no Huffman decoding is needed for this)."""
    version = (frame[1] >> 3) & 3
    mpeg1 = version == 3
    mono = frame[3] >> 6 == 3
    channels = 1 if mono else 2
    offset = 4 + (0 if frame[1] & 1 else 2)  # protection bit 0: a 16-bit CRC follows the header
    side = _side_info_len(mpeg1, mono)
    bits = _Bits(bytes(frame[offset : offset + side]))
    if mpeg1:
        begin = bits.take(0, 9)
        start, block, granules = 9 + (5 if mono else 3) + 4 * channels, 59, 2
    else:
        begin = bits.take(0, 8)
        start, block, granules = 8 + (1 if mono else 2), 63, 1
    total = sum(bits.take(start + i * block, 12) for i in range(granules * channels))
    return offset + side, begin, (total + 7) // 8


def _lame_crc(data: bytes | bytearray) -> int:
    crc = 0
    for byte in data:  # CRC-16 (polynomial 0x8005, reflected), as the LAME tag uses
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def _blank_info_frame(frame: bytearray, payload: int) -> bool:
    """Blank the encoder tag of a Xing/Info frame; True if the frame was one.

    Kept: the Xing fields (frame count, byte count, seek table) for duration and seeking, and of
    the LAME extension only its bare magic "LAME" and the encoder delay/padding: players read
    the delay only behind that magic, and without it every timestamp (redaction marks included)
    would shift by the encoder's lead-in. Blanked: the version ("LAME3.99r"), every encoder
    setting (VBR method, lowpass, ATH, preset, ...), replay gain, music length/CRC, and all
    bytes after the tag."""
    if bytes(frame[payload : payload + 4]) not in _XING_IDS:
        return False
    flags = int.from_bytes(frame[payload + 4 : payload + 8], "big")
    end = payload + 8 + 4 * bool(flags & 1) + 4 * bool(flags & 2) + 100 * bool(flags & 4) + 4 * bool(flags & 8)
    ext = frame[end : end + _LAME_EXT_LEN]
    has_ext = len(ext) == _LAME_EXT_LEN and bytes(ext[:4]) in (b"LAME", b"Lavf", b"Lavc", b"GOGO", b"L3.9")
    tail = end + _LAME_EXT_LEN if has_ext else end
    if has_ext:
        clean = bytearray(_LAME_EXT_LEN)
        clean[:4] = b"LAME"
        for i in _LAME_KEEP:
            clean[i] = ext[i]
        frame[end : end + _LAME_EXT_LEN] = clean
        if tail >= 190:
            frame[tail - 2 : tail] = _lame_crc(frame[:190]).to_bytes(2, "big")
    frame[tail:] = bytes(max(0, len(frame) - tail))
    return True


_RESERVOIR_REACH = 512
"""How far back a Layer III frame's main data may begin (main_data_begin: 9 bits in MPEG-1, 8 in
MPEG-2): a byte further back than that from the next frame is final and can be written out."""


def _clean_frames(data: ByteSource, spans: Iterable[tuple[int, int]], steps: list[str]) -> Iterator[bytes]:
    """The frames with encoder strings blanked, in pieces of about 1 MiB: the Xing/Info frame's
    encoder tag, and in Layer III every byte of the bit reservoir that no frame's main data uses
    (ancillary data). Audio data is untouched, so the decoded samples are identical. Only a
    window of the reservoir is held (frames within its reach), never the recording; the steps
    taken are appended to ``steps`` once the last piece is out."""
    out = bytearray()
    frames = iter(spans)
    head = next(frames, None)
    if head is None:
        return
    first = bytearray(data[head[0] : head[0] + head[1]])
    if (first[1] >> 1) & 3 != 1:  # not Layer III: no reservoir and no LAME tag
        out += first
        for start, length in frames:
            out += data[start : start + length]
            if len(out) >= _PIECE:
                yield bytes(out)
                out.clear()
        if out:
            yield bytes(out)
        return
    payload, _, _ = _layer3_main_data(first)
    queue: deque[tuple[bytearray, int, int]] = deque()  # (frame, payload offset, position in the stream)
    if _blank_info_frame(first, payload):
        steps.append("blanked the encoder version and settings in the Xing/Info frame (its gapless delay stays)")
        out += first
        pending: Iterable[bytearray] = ()
    else:
        pending = (first,)
    # The main data stream (the frames' payloads after their side information, end to end), from
    # offset ``base``; ``used`` marks the bytes some frame's main data covers.
    stream, used, base, blanked = bytearray(), bytearray(), 0, 0

    def settle(limit: int) -> Iterator[bytes]:
        nonlocal base, blanked
        while queue and queue[0][2] + len(queue[0][0]) - queue[0][1] <= limit:
            frame, offset, position = queue.popleft()
            lo, hi = position - base, position - base + len(frame) - offset
            segment = stream[lo:hi]
            for run in _UNUSED.finditer(used, lo, hi):
                a, b = run.start() - lo, run.end() - lo
                blanked += (b - a) - segment.count(0, a, b)
                segment[a:b] = bytes(b - a)
            frame[offset:] = segment
            out.extend(frame)
        done = (queue[0][2] if queue else base + len(stream)) - base
        del stream[:done], used[:done]
        base += done
        if len(out) >= _PIECE:
            yield bytes(out)
            out.clear()

    def frames_all() -> Iterator[bytearray]:
        yield from pending
        for start, length in frames:
            yield bytearray(data[start : start + length])

    for frame in frames_all():
        payload, begin, length = _layer3_main_data(frame)
        position = base + len(stream)
        stream += frame[payload:]
        used += bytes(len(frame) - payload)
        queue.append((frame, payload, position))
        lo = max(base, position - begin) - base
        hi = min(base + len(stream), position - begin + length) - base
        if hi > lo:
            used[lo:hi] = b"\x01" * (hi - lo)
        yield from settle(base + len(stream) - _RESERVOIR_REACH)
    yield from settle(base + len(stream))
    if out:
        yield bytes(out)
    if blanked:
        steps.append(f"blanked {blanked:,} bytes of ancillary data (encoder strings) the audio does not use")


_PIECE = 1024 * 1024
_UNUSED = re.compile(b"\x00+")


class Mp3Sanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.MP3})

    def inspect(self, src: BinaryIO) -> Inspection:
        from mutagen.apev2 import APENoHeaderError, APEv2
        from mutagen.mp3 import MP3

        data = source_bytes(src, "MP3 file", MAX_AUDIO_BYTES)
        walk = _Mp3Walk(data)  # size limits first: mutagen would load a 50 MB tag
        for _ in walk.spans():
            pass
        dropped = walk.dropped
        audio = _mutagen(MP3, data, "MP3 file")
        findings: list[Finding] = _id3_findings(audio.tags) if audio.tags is not None else []
        try:
            reader: Any = APEv2
            ape = reader(as_file(data))
            findings += [finding(f"APE {k}", shorten(v)) for k, v in list(ape.items())[:1000]]
        except APENoHeaderError:
            pass
        except Exception:
            findings.append(finding("APE tag", "damaged", Category.OTHER))
        # ID3v2 frames are listed one by one above; the rest (ID3v1, APE, junk) as a whole.
        findings += [finding(d, "removed", Category.OTHER) for d in dropped if not d.startswith("ID3v2 tag")]
        info = probe(as_file(data), MediaType.MP3, "MP3 file")
        facts, structural = _audio_facts(info, MediaType.MP3)
        facts["bitrate"] = str(getattr(audio.info, "bitrate", 0))
        return Inspection(MediaType.MP3, tuple(findings + structural), facts=facts)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = source_bytes(src, "MP3 file", MAX_AUDIO_BYTES)
        expected = probe(as_file(data), MediaType.MP3, "MP3 file").duration
        walk = _Mp3Walk(data)
        blanked: list[str] = []
        # One walk: FFmpeg verifies the clean frames as they are made, and each piece it is given
        # goes on to ``dst`` (a refusal after that discards what was sent).
        clean = PulledReader(_clean_frames(data, walk.spans(), blanked), dst)
        try:
            _verify(cast(BinaryIO, clean), MediaType.MP3, "MP3 file", expected)
        except InvalidMedia:
            clean.check()  # the walk's own refusal (a truncated frame) says more than FFmpeg's
            raise
        clean.drain()
        return SanitizeResult(
            MediaType.MP3,
            (
                f"copied {walk.count:,} MPEG audio frames (their audio data unchanged)",
                *blanked,
                *(f"dropped {d}" for d in walk.dropped),
            ),
        )


# ---------------------------------------------------------------------------------------------
# WAV

_WAVE_PCM, _WAVE_FLOAT, _WAVE_EXTENSIBLE = 0x0001, 0x0003, 0xFFFE
_BEXT_FIELDS = (
    ("Description", 0, 256),
    ("Originator", 256, 288),
    ("OriginatorReference", 288, 320),
    ("OriginationDate", 320, 330),
    ("OriginationTime", 330, 338),
)


@dataclass(frozen=True)
class _Chunk:
    id: bytes
    start: int  # of the body
    size: int


_RF64_UNKNOWN = 0xFFFFFFFF  # a 32-bit size of an RF64/BW64 file: the real one is in ds64
_RIFF_MAX = 0xFFFFFFFF


def _ds64(data: ByteSource) -> tuple[int, dict[bytes, int]]:
    """An RF64/BW64 file's 64-bit sizes (EBU Tech 3306, ITU-R BS.2088): the RIFF size and, by
    chunk id, the sizes of chunks whose 32-bit size says 0xFFFFFFFF ('data', and any in its
    table)."""
    if data[12:16] != b"ds64":
        raise InvalidMedia("the RF64 WAV file is damaged: its 'ds64' chunk (the 64-bit sizes) is missing")
    size = struct.unpack("<I", data[16:20])[0]
    if size < 28 or size > MAX_TAG_BYTES:
        raise InvalidMedia("the RF64 WAV file is damaged: its 'ds64' chunk is invalid")
    body = data[20 : 20 + size]
    if len(body) < 28:
        raise InvalidMedia("the RF64 WAV file is truncated in its 'ds64' chunk")
    riff, data_size, _, entries = struct.unpack("<QQQI", body[:28])
    sizes = {b"data": data_size}
    for i in range(min(entries, (len(body) - 28) // 12)):
        cid, length = struct.unpack("<4sQ", body[28 + 12 * i : 40 + 12 * i])
        sizes[cid] = length
    return riff, sizes


def _riff_chunks(data: ByteSource) -> tuple[list[_Chunk], int]:
    """The chunks of a RIFF/WAVE file, or of an RF64/BW64 one (a WAV over 4 GB, whose sizes are
    in its 'ds64' chunk); and how many bytes follow the RIFF data."""
    head = data[:12]
    if head[:4] not in (b"RIFF", b"RF64", b"BW64") or head[8:12] != b"WAVE":
        raise InvalidMedia("the file is not a valid WAV (RIFF/WAVE) file")
    wide: dict[bytes, int] = {}
    riff_size = struct.unpack("<I", head[4:8])[0]
    if head[:4] != b"RIFF":
        riff_size, wide = _ds64(data)
    riff_end = min(len(data), 8 + riff_size)
    chunks: list[_Chunk] = []
    pos = 12
    while pos + 8 <= riff_end and len(chunks) < 10_000:
        header = data[pos : pos + 8]
        cid = header[:4]
        size = struct.unpack("<I", header[4:8])[0]
        if size == _RF64_UNKNOWN and cid in wide:
            size = wide[cid]
        if pos + 8 + size > len(data):
            if cid == b"data":
                raise InvalidMedia(
                    f"the WAV file is truncated: its audio claims {size:,} bytes but only "
                    f"{len(data) - pos - 8:,} are present"
                )
            raise InvalidMedia(f"the WAV file is truncated or damaged (chunk {shorten(cid)!r} overruns the file)")
        chunks.append(_Chunk(cid, pos + 8, size))
        pos += 8 + size + (size & 1)  # chunks are padded to an even length
    return chunks, len(data) - min(pos, len(data))


def _wav_fmt(data: ByteSource, chunk: _Chunk) -> tuple[bytes, int]:
    """A normalised fmt chunk body (nothing past what the format tag defines) and the format tag."""
    body = data[chunk.start : chunk.start + chunk.size]
    if len(body) < 16:
        raise InvalidMedia("the WAV file is damaged: its 'fmt ' chunk is too short")
    tag, channels, rate, _, block_align, _ = struct.unpack("<HHIIHH", body[:16])
    if channels == 0 or rate == 0 or block_align == 0:
        raise InvalidMedia("the WAV file is damaged: its 'fmt ' chunk is invalid")
    if tag == _WAVE_PCM:
        return body[:16], tag
    if len(body) < 18:
        return body[:16] + b"\x00\x00", tag
    extra = struct.unpack("<H", body[16:18])[0]
    if tag == _WAVE_EXTENSIBLE and extra != 22:
        raise InvalidMedia("the WAV file is damaged: invalid WAVE_FORMAT_EXTENSIBLE header")
    if 18 + extra > len(body):
        raise InvalidMedia("the WAV file is damaged: its 'fmt ' chunk is cut short")
    # Codec-specific bytes (ADPCM coefficients, the EXTENSIBLE mask and GUID) are needed to
    # decode; anything after them is not, and is dropped.
    return body[: 18 + extra], tag


_READ_FOR_FINDINGS = (b"LIST", b"bext", b"iXML", b"cart")


def _chunk_findings(data: ByteSource, chunk: _Chunk) -> list[Finding]:
    # Only the chunks whose content is listed are read, and at most MAX_TAG_BYTES of each (a
    # shown value is shortened anyway): a 2 GB 'JUNK' chunk is never read into memory.
    read = chunk.id in _READ_FOR_FINDINGS
    body = data[chunk.start : chunk.start + min(chunk.size, MAX_TAG_BYTES)] if read else b""
    name = chunk.id.decode("latin-1").strip()
    if chunk.id == b"LIST" and body[:4] in (b"INFO", b"adtl"):
        found: list[Finding] = []
        pos = 4
        while pos + 8 <= len(body) and len(found) < 200:
            sub, size = body[pos : pos + 4], struct.unpack("<I", body[pos + 4 : pos + 8])[0]
            value = body[pos + 8 : pos + 8 + size].rstrip(b"\x00")
            found.append(finding(f"LIST/{body[:4].decode()} {sub.decode('latin-1')}", value))
            pos += 8 + size + (size & 1)
        return found or [finding(f"LIST/{body[:4].decode()}", "empty", Category.TEXT)]
    if chunk.id == b"bext":
        return [
            finding(f"bext {field}", body[a:b].rstrip(b"\x00"))
            for field, a, b in _BEXT_FIELDS
            if body[a:b].strip(b"\x00 ")
        ]
    if chunk.id == b"iXML":
        return [finding("iXML", body, Category.DEVICE)]
    if chunk.id == b"_PMX":
        return [finding("XMP (_PMX chunk)", f"{chunk.size:,} bytes", Category.XMP)]
    if chunk.id.lower() == b"id3 ":
        return [finding("ID3 chunk", f"{chunk.size:,} bytes", Category.TEXT)]
    if chunk.id == b"cart":
        return [finding("cart (broadcast cart chunk)", body[4:68].rstrip(b"\x00 ") or "present", Category.TEXT)]
    return [finding(f"chunk {name!r}", f"{chunk.size:,} bytes", Category.OTHER)]


class WavSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.WAV})

    def inspect(self, src: BinaryIO) -> Inspection:
        data = source_bytes(src, "WAV file", MAX_AUDIO_BYTES)
        chunks, trailing = _riff_chunks(data)
        findings: list[Finding] = []
        for chunk in chunks:
            if chunk.id not in (b"fmt ", b"data", b"fact", b"ds64"):
                findings += _chunk_findings(data, chunk)
        if trailing:
            findings.append(finding("bytes after the RIFF data", f"{trailing:,} bytes", Category.TRAILING_DATA))
        self._layout(data, chunks)  # the same checks as sanitize: refuse now, not later (no copy)
        facts, structural = _audio_facts(probe(as_file(data), MediaType.WAV, "WAV file"), MediaType.WAV)
        return Inspection(MediaType.WAV, tuple(findings + structural), facts=facts)

    @staticmethod
    def _layout(data: bytes | FileBytes, chunks: list[_Chunk]) -> tuple[Splice, list[str]]:
        """The clean file as pieces in order; the audio is a view into ``data`` (in memory or in
        the file), never a copy, so a recording is not held again while its clean copy is
        verified and written out (#18). Over 4 GB the clean file is RF64 (a 'ds64' chunk with the
        64-bit sizes), as recorders write it."""
        fmt = [c for c in chunks if c.id == b"fmt "]
        audio = [c for c in chunks if c.id == b"data"]
        if len(fmt) != 1 or len(audio) != 1 or chunks.index(fmt[0]) > chunks.index(audio[0]):
            raise InvalidMedia("the WAV file is damaged: it needs exactly one 'fmt ' chunk before one 'data' chunk")
        fmt_body, tag = _wav_fmt(data, fmt[0])
        head = b"fmt " + struct.pack("<I", len(fmt_body)) + fmt_body
        fact = [c for c in chunks if c.id == b"fact" and c.size >= 4]
        if tag not in (_WAVE_PCM, _WAVE_FLOAT, _WAVE_EXTENSIBLE) and fact:
            head += b"fact" + struct.pack("<I", 4) + data[fact[0].start : fact[0].start + 4]
        start, size = audio[0].start, audio[0].size
        body: bytes | memoryview | tuple[FileBytes, int, int] = (
            memoryview(data)[start : start + size] if isinstance(data, bytes) else (data, start, size)
        )
        pad = b"\x00" * (size & 1)
        payload_len = 4 + len(head) + 8 + size + len(pad)  # b"WAVE" and the chunks
        if payload_len <= _RIFF_MAX:
            riff = b"RIFF" + struct.pack("<I", payload_len) + b"WAVE" + head + b"data" + struct.pack("<I", size)
        else:
            block_align = struct.unpack("<H", fmt_body[12:14])[0]
            ds64 = struct.pack("<QQQI", payload_len + 36, size, size // block_align, 0)
            riff = b"RF64" + struct.pack("<I", _RF64_UNKNOWN) + b"WAVE" + b"ds64" + struct.pack("<I", len(ds64)) + ds64
            riff += head + b"data" + struct.pack("<I", _RF64_UNKNOWN)
        dropped = sorted({c.id.decode("latin-1") for c in chunks} - {"fmt ", "data", "fact", "ds64"})
        return Splice([riff, body, pad]), dropped

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = source_bytes(src, "WAV file", MAX_AUDIO_BYTES)
        chunks, trailing = _riff_chunks(data)
        clean, dropped = self._layout(data, chunks)
        expected = probe(as_file(data), MediaType.WAV, "WAV file").duration
        _verify(clean.reader(), MediaType.WAV, "WAV file", expected)  # the clean file read piece by piece
        clean.copy_to(dst)
        steps = ["rebuilt the RIFF file with only 'fmt ' and 'data' (audio unchanged)"]
        steps += [f"dropped chunk {c!r}" for c in dropped]
        if trailing:
            steps.append(f"dropped {trailing:,} bytes after the RIFF data")
        return SanitizeResult(MediaType.WAV, tuple(steps))


# ---------------------------------------------------------------------------------------------
# FLAC

_FLAC_BLOCKS = {
    0: "STREAMINFO",
    1: "PADDING",
    2: "APPLICATION",
    3: "SEEKTABLE",
    4: "VORBIS_COMMENT",
    5: "CUESHEET",
    6: "PICTURE",
}


def _flac_layout(data: ByteSource) -> tuple[int, bytes, list[tuple[int, int, int]], int, list[str]]:
    """(offset of fLaC, STREAMINFO body, [(type, start, length)], first frame offset, dropped)."""
    dropped: list[str] = []
    pos = 0
    while (length := _id3v2_length(data, pos)) > 0:
        if length > MAX_TAG_BYTES:
            raise InvalidMedia("the FLAC file carries an oversized ID3 tag; refused")
        dropped.append("leading ID3v2 tag")
        pos += length
    if data[pos : pos + 4] != b"fLaC":
        raise InvalidMedia("the file is not a valid FLAC file")
    start = pos
    pos += 4
    blocks: list[tuple[int, int, int]] = []
    while True:
        if pos + 4 > len(data) or len(blocks) > 10_000:
            raise InvalidMedia("the FLAC file is truncated or damaged in its metadata")
        header = data[pos]
        kind, length = header & 0x7F, int.from_bytes(data[pos + 1 : pos + 4], "big")
        if kind == 127 or pos + 4 + length > len(data):
            raise InvalidMedia("the FLAC file is truncated or damaged in its metadata")
        if length > MAX_TAG_BYTES:
            raise InvalidMedia(
                f"the FLAC file carries a {length / (1024 * 1024):.0f} MB {_FLAC_BLOCKS.get(kind, 'metadata')} "
                f"block (the limit is {MAX_TAG_BYTES // (1024 * 1024)} MB); refused"
            )
        blocks.append((kind, pos + 4, length))
        pos += 4 + length
        if header & 0x80:
            break
    if not blocks or blocks[0][0] != 0 or blocks[0][2] != 34:
        raise InvalidMedia("the FLAC file is damaged: it does not start with a valid STREAMINFO block")
    if data[pos : pos + 2] not in (b"\xff\xf8", b"\xff\xf9"):
        raise InvalidMedia("the FLAC file is damaged: no audio frame follows its metadata")
    streaminfo = data[blocks[0][1] : blocks[0][1] + 34]
    return start, streaminfo, blocks, pos, dropped


def _bare_flac(streaminfo: bytes, frames: bytes) -> bytes:
    """``fLaC``, STREAMINFO (flagged as the last metadata block) and the audio frames: no other
    block (comments, pictures, seek table, padding) can reach the copy."""
    return b"fLaC" + bytes([0x80, 0, 0, 34]) + streaminfo + frames


class FlacSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.FLAC})

    def inspect(self, src: BinaryIO) -> Inspection:
        from mutagen.flac import FLAC

        data = source_bytes(src, "FLAC file", MAX_AUDIO_BYTES)
        _, _, blocks, _, dropped = _flac_layout(data)
        audio = _mutagen(FLAC, data, "FLAC file")
        findings: list[Finding] = []
        if audio.tags is not None:
            findings += _vorbis_findings(audio.tags, "Vorbis comment")
        for picture in audio.pictures:
            findings.append(finding("FLAC PICTURE", f"{picture.mime}, {len(picture.data):,} bytes", Category.THUMBNAIL))
        for kind, start, length in blocks:
            if kind == 2:
                findings.append(
                    finding(f"FLAC APPLICATION {shorten(data[start : start + 4])}", f"{length:,} bytes", Category.OTHER)
                )
            elif kind == 5:
                findings.append(finding("FLAC CUESHEET", f"{length:,} bytes", Category.OTHER))
        findings += [finding(d, "removed", Category.TEXT) for d in dropped]
        _, end_tags = _trailing_tags(data, len(data))
        findings += [finding(d, "removed", Category.TEXT) for d in end_tags]
        facts, structural = _audio_facts(probe(as_file(data), MediaType.FLAC, "FLAC file"), MediaType.FLAC)
        return Inspection(MediaType.FLAC, tuple(findings + structural), facts=facts)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = source_bytes(src, "FLAC file", MAX_AUDIO_BYTES)
        _, streaminfo, blocks, frames, dropped = _flac_layout(data)
        end, trailing = _trailing_tags(data, len(data))
        audio: bytes | memoryview | tuple[FileBytes, int, int] = (
            memoryview(data)[frames:end] if isinstance(data, bytes) else (data, frames, end - frames)
        )
        clean = Splice([_bare_flac(streaminfo, b""), audio])  # the frames are never copied in memory
        expected = probe(as_file(data), MediaType.FLAC, "FLAC file").duration
        _verify(clean.reader(), MediaType.FLAC, "FLAC file", expected)
        _decode_tail(clean.reader(), MediaType.FLAC, "FLAC file")
        clean.copy_to(dst)
        steps = ["kept STREAMINFO and the audio frames unchanged"]
        steps += [f"dropped {_FLAC_BLOCKS.get(kind, f'type {kind}')} block" for kind, _, _ in blocks[1:]]
        steps += [f"dropped {d}" for d in dropped + trailing]
        return SanitizeResult(MediaType.FLAC, tuple(steps))


# ---------------------------------------------------------------------------------------------
# M4A and Ogg: remuxed by FFmpeg


class M4aSanitizer(Sanitizer):
    """Read where it lies, its boxes walked by ranges; the remuxed copy is passed on as it is made
    (``avtools.remux_streamed``: the index learnt in a first pass and put in front), verified by
    FFmpeg as it goes."""

    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.M4A})

    def inspect(self, src: BinaryIO) -> Inspection:
        data = source_bytes(src, "M4A file", MAX_AUDIO_BYTES)
        boxes = check_structure(data, "M4A file")
        findings, box_facts = inspect_boxes(data, boxes, "M4A file")
        info = probe(as_file(data), MediaType.M4A, "M4A file")
        facts, structural = _audio_facts(info, MediaType.M4A)
        findings += _non_audio_streams(info)
        return Inspection(MediaType.M4A, tuple(findings + structural), facts={**box_facts, **facts})

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = source_bytes(src, "M4A file", MAX_AUDIO_BYTES)
        check_structure(data, "M4A file")
        info = probe(as_file(data), MediaType.M4A, "M4A file")
        clean = remux_streamed(as_file(data), MediaType.M4A, dst, "M4A file", packets=info.packets)
        try:
            _verify(cast(BinaryIO, clean), MediaType.M4A, "M4A file", info.duration)
        except InvalidMedia:
            clean.check()  # the second pass's own refusal says more than the reader's failure
            raise
        clean.drain()
        return SanitizeResult(MediaType.M4A, tuple(clean.steps))


def _non_audio_streams(info: Probe) -> list[Finding]:
    return [
        finding(
            f"stream {s.index}",
            f"{'attached picture' if s.attached_picture else s.type} ({s.codec})",
            Category.THUMBNAIL if s.attached_picture else Category.OTHER,
        )
        for s in info.streams
        if s.type != "audio"
    ]


class OggSanitizer(Sanitizer):
    """Rewritten page by page where it lies (``ogg.OggRewrite``); what that does not take (a
    video stream, an unknown codec) is remuxed by FFmpeg, read whole within ``MAX_AUDIO_BYTES``."""

    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.OGG})

    def inspect(self, src: BinaryIO) -> Inspection:
        data = source_bytes(src, "Ogg file", MAX_AUDIO_BYTES)
        findings: list[Finding] = []
        tags = _ogg_tags(data)
        if tags is not None:
            findings += _vorbis_findings(tags, "Vorbis comment")
        info = probe(as_file(data), MediaType.OGG, "Ogg file")
        facts, structural = _audio_facts(info, MediaType.OGG)
        findings += _non_audio_streams(info)
        return Inspection(MediaType.OGG, tuple(findings + structural), facts=facts)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = source_bytes(src, "Ogg file", MAX_AUDIO_BYTES)
        expected = probe(as_file(data), MediaType.OGG, "Ogg file").duration
        rewrite = OggRewrite(data)
        try:
            rewrite.check()  # before a byte is sent: whether the pages can be rewritten at all
        except NeedsRemux:
            return self._remuxed(data, dst, expected)
        # One walk, as for MP3: FFmpeg verifies the clean pages as they are made, and each piece
        # goes on to ``dst`` (a refusal after that discards what was sent).
        clean = PulledReader(_refusing(rewrite.pieces()), dst)
        try:
            _verify(cast(BinaryIO, clean), MediaType.OGG, "Ogg file", expected)
        except InvalidMedia:
            clean.check()  # the rewriter's own refusal (a bad checksum) says more than FFmpeg's
            raise
        clean.drain()
        return SanitizeResult(MediaType.OGG, tuple(rewrite.steps))

    @staticmethod
    def _remuxed(data: bytes | FileBytes, dst: BinaryIO, expected: float) -> SanitizeResult:
        if len(data) > MAX_AUDIO_BYTES:
            raise InvalidMedia(
                f"the Ogg file is larger than the {MAX_AUDIO_BYTES // (1024 * 1024)} MB limit for an Ogg file"
                " with a video stream or an unusual codec"
            )
        whole = data if isinstance(data, bytes) else data[0 : len(data)]
        out = io.BytesIO()
        steps = remux(whole, MediaType.OGG, out, "Ogg file")
        clean = out.getvalue()
        _verify(clean, MediaType.OGG, "Ogg file", expected)
        left = _ogg_tags(clean)
        if left is not None and list(left):
            # FFmpeg rebuilds the comment header from the (empty) stream metadata; if that ever
            # changes, refuse rather than store tags.
            raise InvalidMedia("the Ogg file could not be cleaned: comments survived the rewrite")
        dst.write(clean)
        return SanitizeResult(MediaType.OGG, (*steps, "rebuilt the Ogg comment header empty"))


def _refusing(pieces: Iterator[bytes]) -> Iterator[bytes]:
    """A layout found only after bytes were sent (a video stream chained later) is a refusal."""
    try:
        yield from pieces
    except NeedsRemux as exc:
        raise InvalidMedia(f"the Ogg file could not be rewritten: it has {exc}") from None


def _ogg_tags(data: bytes | FileBytes) -> Any:
    from mutagen.oggflac import OggFLAC
    from mutagen.oggopus import OggOpus
    from mutagen.oggspeex import OggSpeex
    from mutagen.oggvorbis import OggVorbis

    for cls in (OggOpus, OggVorbis, OggFLAC, OggSpeex):
        try:
            return cls(as_file(data)).tags
        except Exception:  # noqa: S112  (not this codec: try the next reader)
            continue
    return None


AUDIO_SANITIZERS: Iterable[Sanitizer] = (
    Mp3Sanitizer(),
    WavSanitizer(),
    FlacSanitizer(),
    M4aSanitizer(),
    OggSanitizer(),
)
