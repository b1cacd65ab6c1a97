"""Bounded walking of ISO base media files (MP4, MOV, M4A) for checks and inspection.

Before any demuxer sees the bytes, the top-level boxes are walked: every box must fit in the file
(a ``moov`` claiming gigabytes, or an ``mdat`` cut short by a failed transfer, is refused with a
clear message), and the box tree under ``moov`` is bounded in depth and count. The same walk lists
the metadata a phone leaves in the file (``udta`` atoms such as ``©xyz``/``©mak``, QuickTime
``meta``/``keys`` like ``com.apple.quicktime.location.ISO6709``, XMP ``uuid`` boxes, timed
metadata and text tracks) as findings. Sanitizing never copies any of these: the remux writes a
new container holding audio and video samples only.
"""

from __future__ import annotations

import datetime as dt
import struct
from collections.abc import Iterator
from dataclasses import dataclass

from .base import Category, Finding, InvalidMedia
from .filesource import ByteSource
from .tags import finding, shorten

MAX_BOXES = 200_000
MAX_DEPTH = 12
MAX_MOOV_BYTES = 256 * 1024 * 1024
"""A one-hour phone video has a moov of a few MB; anything near this is hostile."""

_CONTAINERS = frozenset({b"moov", b"trak", b"mdia", b"minf", b"udta", b"edts", b"dinf", b"tref", b"mvex"})
_XMP_UUID = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
_AV_HANDLERS = frozenset({b"vide", b"soun"})
_ZERO_TIME_TYPES = frozenset({b"mvhd", b"tkhd", b"mdhd"})
_PLAIN_HANDLER_NAMES = frozenset(
    {
        b"VideoHandler",
        b"SoundHandler",
        b"DataHandler",
        b"Core Media Video",
        b"Core Media Audio",
        b"Core Media Data Handler",
        b"Core Media Data",
    }
)
_MAC_EPOCH_OFFSET = 2082844800  # seconds from 1904-01-01 to 1970-01-01


@dataclass(frozen=True)
class Box:
    type: bytes
    start: int  # offset of the header
    header: int  # header length (8 or 16)
    size: int  # whole box, header included

    @property
    def body(self) -> int:
        return self.start + self.header

    @property
    def end(self) -> int:
        return self.start + self.size

    @property
    def name(self) -> str:
        return self.type.decode("latin-1")


def iter_boxes(data: ByteSource, start: int, end: int, what: str, top_level: bool = False) -> Iterator[Box]:
    pos = start
    while pos < end:
        if end - pos < 8:
            if top_level and not data[pos:end].strip(b"\x00"):
                return  # zero padding at the end of a file is harmless
            raise InvalidMedia(f"the {what} is damaged: a box header is cut off at byte {pos}")
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        header = 8
        if size == 1:
            if end - pos < 16:
                raise InvalidMedia(f"the {what} is damaged: a box header is cut off at byte {pos}")
            size = struct.unpack(">Q", data[pos + 8 : pos + 16])[0]
            header = 16
        elif size == 0:
            size = end - pos  # "extends to the end of the enclosing space"
        if size < header:
            raise InvalidMedia(f"the {what} is damaged: box {shorten(kind)!r} has an invalid size")
        if pos + size > end:
            if top_level:
                raise InvalidMedia(
                    f"the {what} is truncated or damaged: box {shorten(kind)!r} claims {size:,} bytes "
                    f"but only {end - pos:,} remain"
                )
            raise InvalidMedia(f"the {what} is damaged: box {shorten(kind)!r} overruns its parent")
        yield Box(kind, pos, header, size)
        pos += size


def check_structure(data: ByteSource, what: str, *, ftyp: bool = True) -> list[Box]:
    """Walk the top-level boxes; refuse truncation, oversize moov, missing ftyp/moov.
    ``ftyp=False``: QuickTime from before the file-type box, which starts with its atoms."""
    boxes = list(iter_boxes(data, 0, len(data), what, top_level=True))
    if not boxes or (ftyp and boxes[0].type != b"ftyp"):
        raise InvalidMedia(f"the {what} is damaged: it does not start with an 'ftyp' box")
    moovs = [b for b in boxes if b.type == b"moov"]
    if len(moovs) != 1:
        raise InvalidMedia(
            f"the {what} is damaged or incomplete: it has {len(moovs)} 'moov' boxes (exactly one is needed;"
            " a recording that was interrupted has none)"
        )
    if moovs[0].size > MAX_MOOV_BYTES:
        raise InvalidMedia(f"the {what} has a {moovs[0].size // (1024 * 1024)} MB 'moov' box; refused")
    if not any(b.type == b"mdat" for b in boxes):
        raise InvalidMedia(f"the {what} has no media data ('mdat' box)")
    if sum(1 for _ in _walk(data, moovs[0], what, 0)) > MAX_BOXES:
        raise InvalidMedia(f"the {what} has too many boxes; refused")
    return boxes


def _walk(data: ByteSource, parent: Box, what: str, depth: int) -> Iterator[tuple[Box, int]]:
    if depth > MAX_DEPTH:
        raise InvalidMedia(f"the {what} is malformed (boxes nested too deeply)")
    for box in iter_boxes(data, parent.body, parent.end, what):
        yield box, depth
        if box.type in _CONTAINERS:
            yield from _walk(data, box, what, depth + 1)
        elif box.type == b"meta":
            inner = _meta_children_start(data, box)
            yield from _walk(data, Box(b"meta", box.start, inner - box.start, box.size), what, depth + 1)


def _meta_children_start(data: ByteSource, box: Box) -> int:
    # ISO 'meta' is a full box (4 bytes version/flags before its children); QuickTime's is not.
    if data[box.body + 4 : box.body + 8] in (b"hdlr", b"keys", b"ilst"):
        return box.body
    return box.body + 4


def inspect_boxes(data: ByteSource, boxes: list[Box], what: str) -> tuple[list[Finding], dict[str, str]]:
    """Findings for every metadata box, plus structural facts."""
    findings: list[Finding] = []
    facts: dict[str, str] = {}
    for box in boxes:
        if box.type == b"ftyp":
            facts["brand"] = shorten(data[box.body : box.body + 4])
        elif box.type in (b"meta", b"udta"):
            findings.append(finding(f"top-level {box.name}", f"{box.size} bytes", Category.OTHER))
        elif box.type == b"uuid":
            findings.append(_uuid_finding(data, box))
        elif box.type not in (b"moov", b"mdat", b"free", b"skip", b"wide", b"ftyp"):
            findings.append(finding(f"top-level box {box.name}", f"{box.size} bytes", Category.OTHER))
    moov = next(b for b in boxes if b.type == b"moov")
    keys: list[str] = []
    track_handlers: list[bytes] = []
    for box, _ in _walk(data, moov, what, 0):
        if box.type in _ZERO_TIME_TYPES:
            created = _creation_time(data, box)
            if created:
                findings.append(finding(f"{box.name} creation time", created, Category.DATE))
        elif box.type == b"hdlr":
            handler = data[box.body + 8 : box.body + 12]
            name = data[box.body + 24 : box.end].rstrip(b"\x00")
            if name and name[0] == len(name) - 1:
                name = name[1:]  # QuickTime writes a Pascal string (length byte first)
            name = name.strip(b"\x00 ")
            if handler not in (b"mdir", b"mdta", b"mhlr", b"dhlr", b"alis", b"url "):
                track_handlers.append(handler)
            if name and name not in _PLAIN_HANDLER_NAMES:
                findings.append(finding(f"handler name ({shorten(handler)})", name, Category.TEXT))
        elif box.type == b"keys":
            keys = _keys(data, box)
        elif box.type == b"uuid":
            findings.append(_uuid_finding(data, box))
        elif _is_tag_atom(box):
            findings.append(finding(f"udta {box.name}", _atom_text(data, box)))
        elif box.type == b"ilst":
            findings.extend(_ilst(data, box, keys, what))
    for handler in track_handlers:
        if handler not in _AV_HANDLERS:
            findings.append(
                finding(
                    f"{shorten(handler)} track",
                    "timed metadata/text/data track (may hold GPS)",
                    Category.GPS if handler in (b"meta", b"camm", b"gpmd") else Category.OTHER,
                )
            )
    return findings, facts


def _is_tag_atom(box: Box) -> bool:
    # udta children: QuickTime "©xxx" strings and any other user atom (names, serials, thumbnails).
    return box.type[:1] == b"\xa9" or box.type in {
        b"AUTH",
        b"PERF",
        b"TITL",
        b"DSCP",
        b"CPRT",
        b"gsst",
        b"gstd",
        b"manu",
        b"modl",
        b"loci",
        b"albm",
        b"yrrc",
        b"cprt",
        b"auth",
        b"titl",
        b"dscp",
        b"perf",
        b"rtng",
        b"clsf",
        b"kywd",
        b"XMP_",
        b"smta",
        b"SDLN",
        b"FIRM",
        b"LENS",
        b"CAME",
        b"MUID",
        b"HMMT",
        b"BCID",
        b"GUMI",
        b"CAMD",
        b"DVID",
    }


def _atom_text(data: ByteSource, box: Box) -> str:
    body = data[box.body : box.end]
    if len(body) >= 4:
        (length,) = struct.unpack(">H", body[:2])
        if 0 < length <= len(body) - 4:
            return shorten(body[4 : 4 + length])
    return shorten(body)


def _uuid_finding(data: ByteSource, box: Box) -> Finding:
    ident = data[box.body : box.body + 16]
    if ident == _XMP_UUID:
        return finding("uuid XMP packet", f"{box.size} bytes", Category.XMP)
    return finding(f"uuid box {ident.hex()}", f"{box.size} bytes", Category.OTHER)


def _keys(data: ByteSource, box: Box) -> list[str]:
    keys: list[str] = []
    pos = box.body + 8  # version/flags, entry count
    while pos + 8 <= box.end and len(keys) < 10_000:
        size = struct.unpack(">I", data[pos : pos + 4])[0]
        if size < 8 or pos + size > box.end:
            break
        keys.append(data[pos + 8 : pos + size].decode("utf-8", "replace"))
        pos += size
    return keys


def _ilst(data: ByteSource, box: Box, keys: list[str], what: str) -> list[Finding]:
    found: list[Finding] = []
    for item in iter_boxes(data, box.body, box.end, what):
        index = struct.unpack(">I", item.type)[0]
        name = keys[index - 1] if item.type[:1] == b"\x00" and 0 < index <= len(keys) else item.name
        value: object = f"{item.size} bytes"
        for child in iter_boxes(data, item.body, item.end, what):
            if child.type == b"data":
                value = data[child.body + 8 : child.end]
        found.append(finding(f"meta {name}", value))
    return found


def _creation_time(data: ByteSource, box: Box) -> str:
    version = data[box.body] if box.body < box.end else 0
    raw = data[box.body + 4 : box.body + (12 if version == 0 else 20)]
    if version == 1 and len(raw) >= 8:
        seconds = struct.unpack(">Q", raw[:8])[0]
    elif len(raw) >= 4:
        seconds = struct.unpack(">I", raw[:4])[0]
    else:
        return ""
    if seconds == 0:
        return ""
    try:
        when = dt.datetime.fromtimestamp(seconds - _MAC_EPOCH_OFFSET, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return f"{seconds} (invalid)"
    return when.strftime("%Y-%m-%d %H:%M:%S UTC")
