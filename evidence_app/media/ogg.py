"""Ogg recordings rewritten page by page where they lie (#18).

An Ogg file is a run of pages (RFC 3533), each of one logical stream: a stream starts with a
page holding its identification header, then its comment header (the tags: artist, date, place,
a cover picture as METADATA_BLOCK_PICTURE) and any further headers (Vorbis's codebooks, FLAC's
metadata blocks), then its audio. The clean copy is written as the pages are read, never held:

* the identification page and the audio pages of each Vorbis, Opus, FLAC or Speex stream are
  copied unchanged (their page numbers moved on when the headers take fewer pages, each such
  page's checksum computed again);
* the comment header is rebuilt empty (an empty vendor string, no comment); Vorbis's setup
  header (the codebooks the decoder needs) is kept; of FLAC's metadata blocks none is kept (a
  new empty VORBIS_COMMENT, as the mapping requires, takes their place);
* skeleton and Kate (subtitle) streams, bytes between pages and after the last one are dropped.

What needs FFmpeg's remuxer instead (``NeedsRemux``, a whole read within the audio limit as
before): a video stream (Theora and others: their own headers carry an encoder string), a
stream this module does not know, or headers laid out against the mappings (an identification
page with more than its header, audio on the page that ends the headers). The pages' own
checksums are verified: a damaged page is refused, not copied with a new checksum.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from .base import InvalidMedia
from .filesource import ByteSource

_PAGE = struct.Struct("<4sBBqIIIB")  # capture, version, flags, granule, serial, sequence, crc, segments
_CONTINUED, _BOS, _EOS = 1, 2, 4
_BITSWAP = bytes(int(f"{i:08b}"[::-1], 2) for i in range(256))
_PIECE = 1024 * 1024
MAX_HEADER_BYTES = 16 * 1024 * 1024
"""A kept header packet (Vorbis's setup: some kilobytes) larger than this is an attack on memory."""

# Identification packets: (codec, secondary header packets; -1 read from the packet)
_AUDIO = {b"\x01vorbis": ("Vorbis", 2), b"OpusHead": ("Opus", 1), b"\x7fFLAC": ("FLAC", -1), b"Speex   ": ("Speex", -1)}
_DROPPED = {b"fishead\x00": "Ogg skeleton", b"\x80kate\x00\x00\x00": "Kate subtitles"}


class NeedsRemux(Exception):
    """The file holds a stream or a layout this rewriter does not take; FFmpeg remuxes it."""


def page_crc(page: bytes | bytearray) -> bytes:
    """The checksum field of ``page`` (whose own field is zero): CRC-32, polynomial 0x04C11DB7,
    not reflected, computed by zlib over the bit-reversed bytes."""
    value = ~zlib.crc32(bytes(page).translate(_BITSWAP), 0xFFFFFFFF) & 0xFFFFFFFF
    return struct.pack(">I", value).translate(_BITSWAP)


@dataclass
class _Page:
    offset: int
    flags: int
    granule: int
    serial: int
    sequence: int
    lacing: bytes
    raw: bytes

    def packets(self) -> Iterator[tuple[bytes, bool]]:
        """The packet pieces of this page, each with whether it ends on this page."""
        pos, size = 27 + len(self.lacing), 0
        for value in self.lacing:
            size += value
            if value < 255:
                yield self.raw[pos : pos + size], True
                pos, size = pos + size, 0
        if size:
            yield self.raw[pos : pos + size], False


def _pages(data: ByteSource, junk: list[int]) -> Iterator[_Page]:
    """The pages of ``data`` in order; the bytes between and after them are counted in ``junk``."""
    pos, end = 0, len(data)
    while pos < end:
        head = data[pos : pos + 27]
        if head[:4] != b"OggS":
            nxt = data.find(b"OggS", pos + 1)
            nxt = end if nxt < 0 else nxt
            junk[0] += nxt - pos
            pos = nxt
            continue
        if len(head) < 27:
            raise InvalidMedia("the Ogg file is truncated inside a page header")
        _, version, flags, granule, serial, sequence, _crc, segments = _PAGE.unpack(head)
        if version != 0:
            raise InvalidMedia("the Ogg file is damaged: a page has an unknown version")
        lacing = data[pos + 27 : pos + 27 + segments]
        length = 27 + segments + sum(lacing)
        if len(lacing) < segments or pos + length > end:
            raise InvalidMedia("the Ogg file is truncated: its last page is cut off")
        raw = data[pos : pos + length]
        if page_crc(raw[:22] + bytes(4) + raw[26:]) != raw[22:26]:
            raise InvalidMedia(f"the Ogg file is damaged: the page at byte {pos:,} fails its checksum")
        yield _Page(pos, flags, granule, serial, sequence, lacing, raw)
        pos += length


def _header_pages(serial: int, sequence: int, flags: int, packets: list[bytes]) -> list[bytes]:
    """``packets`` laid out on new pages from ``sequence`` on (at most 255 segments a page, a
    packet continued across pages when it must); granule position 0, as header pages have, or
    -1 on a page where no packet ends."""
    segments: list[bytes] = []
    for packet in packets:
        whole = len(packet) // 255 * 255
        segments += [packet[i : i + 255] for i in range(0, whole, 255)]
        segments.append(packet[whole:])  # shorter than 255 (possibly empty): the packet ends
    pages, continued = [], False
    for start in range(0, len(segments), 255):
        group = segments[start : start + 255]
        granule = 0 if any(len(s) < 255 for s in group) else -1
        page = bytearray(
            _PAGE.pack(b"OggS", 0, flags | (_CONTINUED if continued else 0), granule, serial, sequence, 0, len(group))
        )
        page += bytes(len(s) for s in group) + b"".join(group)
        page[22:26] = page_crc(page)
        pages.append(bytes(page))
        continued, sequence, flags = len(group[-1]) == 255, sequence + 1, flags & ~_BOS
    return pages


def _comment(codec: str) -> bytes:
    empty = struct.pack("<I", 0) + struct.pack("<I", 0)  # no vendor string, no comment
    if codec == "Vorbis":
        return b"\x03vorbis" + empty + b"\x01"  # the framing bit
    if codec == "Opus":
        return b"OpusTags" + empty
    if codec == "FLAC":
        return bytes([0x80 | 4]) + len(empty).to_bytes(3, "big") + empty  # the last metadata block
    return empty  # Speex


@dataclass
class _Stream:
    serial: int
    codec: str
    left: int  # secondary header packets still to come (-1: FLAC's count unknown: up to the last block)
    kept: list[bytes] = field(default_factory=list)  # the headers that stay (Vorbis's setup)
    partial: bytearray = field(default_factory=bytearray)
    index: int = 0  # header packets seen after the identification
    in_packet: bool = False  # a header packet continues on the next page
    first_byte: int = 0  # of the header packet in progress
    out_sequence: int = 0
    headers_done: bool = False
    dropped: str = ""  # not copied at all: what it is


class OggRewrite:
    """The clean copy of an Ogg file, made as it is read (the module notes)."""

    def __init__(self, data: ByteSource) -> None:
        self.data = data
        self.junk = [0]
        self.steps: list[str] = []
        self._streams: dict[int, _Stream] = {}
        self.audio_pages = 0

    def check(self) -> None:
        """Walk the headers only (nothing kept): NeedsRemux now, before any byte is sent."""
        for _ in self._walk(headers_only=True):
            pass

    def pieces(self) -> Iterator[bytes]:
        """The clean file in pieces of about 1 MiB; ``steps`` is complete after the last."""
        self.junk, self._streams, self.steps, self.audio_pages = [0], {}, [], 0
        out = bytearray()
        for piece in self._walk(headers_only=False):
            out += piece
            if len(out) >= _PIECE:
                yield bytes(out)
                out.clear()
        if out:
            yield bytes(out)
        if not any(not s.dropped for s in self._streams.values()):
            raise InvalidMedia("the Ogg file has no audio stream")
        kept = sum(1 for s in self._streams.values() if not s.dropped)
        self.steps.insert(0, f"copied the audio pages of {kept} stream(s) unchanged ({self.audio_pages:,} pages)")
        self.steps.append("rebuilt the Ogg comment header empty")
        if self.junk[0]:
            self.steps.append(f"dropped {self.junk[0]:,} bytes between or after the Ogg pages")

    def _walk(self, headers_only: bool) -> Iterator[bytes]:
        for page in _pages(self.data, self.junk):
            stream = self._streams.get(page.serial)
            if page.flags & _BOS:
                if stream is not None:
                    raise InvalidMedia("the Ogg file is damaged: a stream starts twice")
                stream = self._start(page)
                if stream.dropped:
                    self.steps.append(f"dropped stream {len(self._streams)} ({stream.dropped})")
                    continue
                yield self._identification(stream, page)
                continue
            if stream is None:
                self.junk[0] += len(page.raw)  # a page of no stream that was started
                continue
            if stream.dropped:
                continue
            if not stream.headers_done:
                yield from self._header_page(stream, page)
                continue
            if headers_only and all(s.headers_done or s.dropped for s in self._streams.values()):
                return
            self.audio_pages += 1
            yield self._renumbered(stream, page)
        for stream in self._streams.values():
            if not stream.dropped and not stream.headers_done:
                raise InvalidMedia(f"the Ogg file is truncated: its {stream.codec} stream ends inside its headers")

    def _start(self, page: _Page) -> _Stream:
        pieces = list(page.packets())
        first = pieces[0][0] if pieces else b""
        for magic, name in _DROPPED.items():
            if first.startswith(magic):
                stream = _Stream(page.serial, name, 0, dropped=name)
                self._streams[page.serial] = stream
                return stream
        codec = next(((name, left) for magic, (name, left) in _AUDIO.items() if first.startswith(magic)), None)
        if codec is None:
            raise NeedsRemux("a stream this rewriter does not know (video, or another codec)")
        if len(pieces) != 1 or not pieces[0][1]:
            raise NeedsRemux("the identification page holds more than its header")
        name, left = codec
        if name == "FLAC":
            if len(first) != 51 or first[9:13] != b"fLaC":
                raise NeedsRemux("an Ogg FLAC header of another version")
            count = int.from_bytes(first[7:9], "big")
            left = count if count else -1
        elif name == "Speex":
            if len(first) < 80 or struct.unpack("<I", first[76:80])[0] != 0:
                raise NeedsRemux("a Speex stream with extra headers")
            left = 1
        stream = _Stream(page.serial, name, left)
        self._streams[page.serial] = stream
        return stream

    def _identification(self, stream: _Stream, page: _Page) -> bytes:
        stream.out_sequence = page.sequence + 1
        if stream.codec != "FLAC":
            return page.raw
        # One header packet follows (the new VORBIS_COMMENT), and STREAMINFO is no longer the
        # last metadata block: both said in the identification packet.
        packet = bytearray(next(page.packets())[0])
        packet[7:9] = b"\x00\x01"
        packet[13] &= 0x7F
        (rebuilt,) = _header_pages(page.serial, page.sequence, page.flags, [bytes(packet)])
        return rebuilt

    def _header_page(self, stream: _Stream, page: _Page) -> Iterator[bytes]:
        pieces = list(page.packets())
        for piece, ends in pieces:
            if stream.headers_done:
                raise NeedsRemux("audio on the page that ends the headers")
            if not stream.in_packet and piece:
                stream.first_byte = piece[0]  # FLAC: the block header, its top bit the last-block flag
            stream.in_packet = not ends
            if stream.codec == "Vorbis" and stream.index == 1:  # the setup header: kept
                stream.partial += piece
                if len(stream.partial) > MAX_HEADER_BYTES:
                    raise InvalidMedia("the Ogg file carries an oversized Vorbis setup header; refused")
            if not ends:
                continue
            if stream.partial:
                stream.kept.append(bytes(stream.partial))
                stream.partial.clear()
            stream.index += 1
            last_block = stream.codec == "FLAC" and bool(stream.first_byte & 0x80)
            if stream.left > 0:
                stream.left -= 1
            if stream.left == 0 or (stream.left < 0 and last_block):
                stream.headers_done = True
        if page.flags & _EOS and not stream.headers_done:
            raise InvalidMedia(f"the Ogg file is damaged: its {stream.codec} stream ends inside its headers")
        if stream.headers_done:
            if stream.in_packet:
                raise NeedsRemux("audio on the page that ends the headers")
            pages = _header_pages(stream.serial, stream.out_sequence, 0, [_comment(stream.codec), *stream.kept])
            stream.out_sequence += len(pages)
            stream.kept.clear()
            yield from pages

    def _renumbered(self, stream: _Stream, page: _Page) -> bytes:
        sequence, stream.out_sequence = stream.out_sequence, stream.out_sequence + 1
        if sequence == page.sequence:
            return page.raw
        raw = bytearray(page.raw)
        raw[18:22] = struct.pack("<I", sequence & 0xFFFFFFFF)
        raw[22:26] = bytes(4)
        raw[22:26] = page_crc(raw)
        return bytes(raw)
