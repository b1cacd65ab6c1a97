"""JPEG: lossless, segment-level sanitizing.

The compressed image data is copied byte for byte; only the container is rebuilt. Kept:
SOI, DQT, DHT, DAC, SOFn, DRI, DNL, SOS with its entropy-coded data (every scan, so progressive
files work), EOI; plus the colour-relevant parts of APP0 JFIF and APP14 Adobe, *rebuilt* from
their known fields (so a JFIF thumbnail or any extra bytes never survive). Everything else is
dropped and listed: EXIF (with its thumbnail and maker notes), XMP, ICC, IPTC/Photoshop, MPF,
comments, unknown APPn, stray bytes, and anything after the end-of-image marker (where phones
hide second images, depth maps and gain maps).

ICC profiles are dropped (policy: only JFIF/Adobe colour info is kept). The pixels are unchanged,
but a wide-gamut photo (e.g. Display P3 from a phone) may look slightly less saturated in a
colour-managed viewer. An ICC profile can carry device names and dates, so it is not copied.

Bytes slipped in after a scan's entropy-coded data (between two scans of a progressive file, or
after the last one, before EOI) are cut where libjpeg's entropy decoder stops reading, found at
1/8 scale scan by scan: see ``jpeg_scans.py``. So are bytes libjpeg skips before a
restart marker inside a scan. Tables after the last scan are dropped (no scan reads them).

Orientation: if the original EXIF (or, when EXIF has none, the XMP ``tiff:Orientation``) says
the image must be rotated/flipped for display, a minimal EXIF block holding only the Orientation
tag is written (built here, nothing copied), so the photo still displays upright without
re-encoding.

Finally the output is decoded and compared with the original pixel for pixel; a mismatch means
a bug here, and the file is refused rather than handing out an unverified copy.
"""

from __future__ import annotations

import contextlib
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, ClassVar

from .base import Category, Finding, Inspection, InvalidMedia, MediaType, Sanitizer, SanitizeResult
from .exif_inspect import (
    EXIF_HEADER,
    ORIENTATION_NAMES,
    exif_budget,
    exif_container,
    finding,
    inspect_exif,
    inspect_photoshop_irb,
    read_orientation,
    shorten,
    size_text,
    summarize_xmp,
)
from .jpeg_scans import MAX_SCANS, RESTART, clean_scans
from .photo_limits import check_dimensions, guarded, open_image, read_limited

MAX_SEGMENTS = 50_000
"""Real files have tens of segments; hostile files with millions of tiny ones are refused."""

_SOF_MARKERS = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_DHT, _DAC, _DQT, _DRI, _DNL, _SOS, _EOI, _COM = 0xC4, 0xCC, 0xDB, 0xDD, 0xDC, 0xDA, 0xD9, 0xFE
_APP0, _APP1, _APP14 = 0xE0, 0xE1, 0xEE
# Needed to decode the pixels; copied verbatim (SOS also with its entropy-coded data).
_DECODING_MARKERS = _SOF_MARKERS | {_DHT, _DAC, _DQT, _DRI, _DNL, _SOS}

_SOF_NAMES = {
    0xC0: "baseline",
    0xC1: "extended sequential",
    0xC2: "progressive",
    0xC3: "lossless",
    0xC9: "arithmetic sequential",
    0xCA: "arithmetic progressive",
    0xCB: "arithmetic lossless",
}

_XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXT_ID = b"http://ns.adobe.com/xmp/extension/\x00"
_ICC_ID = b"ICC_PROFILE\x00"
_IRB_ID = b"Photoshop 3.0\x00"

# The end of entropy-coded data: 0xFF followed by a valid non-RST marker code (C0-CF, D8-FE).
# Stuffing (FF00), RSTn and fill bytes are scan data. So are invalid codes (FF01-FFBF) that
# occur in damaged files: libjpeg discards them while resynchronising and keeps decoding, so
# cutting the scan there would change the decoded pixels.
_MARKER_IN_SCAN = re.compile(rb"\xff(?=[\xc0-\xcf\xd8-\xfe])")
_NOT_FF = re.compile(rb"[^\xff]")


@dataclass(frozen=True)
class _Segment:
    marker: int
    payload: bytes  # without the marker and the length field
    scan: bytes = b""  # entropy-coded data following an SOS header


@dataclass(frozen=True)
class _Parsed:
    segments: tuple[_Segment, ...]
    trailing: bytes  # after EOI
    stray: int  # bytes between segments that belong to nothing
    complete: bool  # an EOI was found


def _truncated() -> InvalidMedia:
    return InvalidMedia("the JPEG is truncated: it ends before its end-of-image marker")


def _parse(data: bytes, *, strict: bool) -> _Parsed:
    """Walk the segments. Bounded: every step advances, and the segment count is capped.

    ``strict`` (sanitizing) refuses truncated files; inspection reports what it could read.
    """
    if not data.startswith(b"\xff\xd8"):
        raise InvalidMedia("the file is not a JPEG (no start-of-image marker)")
    segments: list[_Segment] = []
    pos, end, stray = 2, len(data), 0

    def stop() -> _Parsed:
        if strict:
            raise _truncated()
        return _Parsed(tuple(segments), b"", stray, False)

    while True:
        if len(segments) >= MAX_SEGMENTS:
            raise InvalidMedia(f"the JPEG has more than {MAX_SEGMENTS:,} segments; refused as hostile")
        if pos >= end:
            return stop()
        if data[pos] != 0xFF:  # junk between segments: libjpeg skips it too, we drop it
            nxt = data.find(b"\xff", pos)
            if nxt < 0:
                stray += end - pos
                return stop()
            stray += nxt - pos
            pos = nxt
        found = _NOT_FF.search(data, pos)  # skip fill bytes
        if found is None:
            return stop()
        pos = found.start()
        marker = data[pos]
        pos += 1
        if marker == _EOI:
            return _Parsed(tuple(segments), data[pos:], stray, True)
        if marker == 0x00 or 0xD0 <= marker <= 0xD7 or marker == 0x01:
            stray += 2  # stuffing/RSTn/TEM outside a scan carry nothing needed
            continue
        if marker == 0xD8:
            raise InvalidMedia("the JPEG is malformed: it has a second start-of-image marker")
        if pos + 2 > end:
            return stop()
        (length,) = struct.unpack_from(">H", data, pos)
        if length < 2:
            raise InvalidMedia(f"the JPEG is malformed: segment 0x{marker:02X} has length {length}")
        if pos + length > end:
            return stop()
        payload = data[pos + 2 : pos + length]
        pos += length
        if marker == _SOS:
            found = _MARKER_IN_SCAN.search(data, pos)
            scan_end = found.start() if found else end
            segments.append(_Segment(marker, payload, data[pos:scan_end]))
            pos = scan_end
        else:
            segments.append(_Segment(marker, payload))


def _identifier(payload: bytes) -> str:
    nul = payload.find(b"\x00", 0, 40)
    raw = payload[:nul] if nul > 0 else payload[:8]
    return shorten(raw.decode("latin-1"), 30)


def _describe_app(marker: int, payload: bytes) -> tuple[Category, str]:
    """Category and name of an APPn/COM segment, e.g. (XMP, "APP1 XMP")."""
    n = marker - _APP0
    if marker == _COM:
        return Category.COMMENT, "COM comment"
    if marker == _APP0 and payload.startswith(b"JFIF\x00"):
        return Category.STRUCTURE, "APP0 JFIF"
    if marker == _APP0 and payload.startswith(b"JFXX\x00"):
        return Category.THUMBNAIL, "APP0 JFXX thumbnail"
    if marker == _APP1 and payload.startswith(b"Exif\x00"):
        return Category.OTHER, "APP1 Exif"
    if marker == _APP1 and payload.startswith(_XMP_ID):
        return Category.XMP, "APP1 XMP"
    if marker == _APP1 and payload.startswith(_XMP_EXT_ID):
        return Category.XMP, "APP1 extended XMP"
    if marker == 0xE2 and payload.startswith(_ICC_ID):
        return Category.ICC, "APP2 ICC profile"
    if marker == 0xE2 and payload.startswith(b"MPF\x00"):
        return Category.OTHER, "APP2 MPF (index of extra embedded images)"
    if marker == 0xED and payload.startswith(_IRB_ID):
        return Category.PHOTOSHOP, "APP13 Photoshop/IPTC"
    if marker == _APP14 and payload.startswith(b"Adobe"):
        return Category.STRUCTURE, "APP14 Adobe"
    if marker == 0xEB and payload[:2] == b"JP":
        return Category.OTHER, "APP11 JUMBF (e.g. C2PA provenance)"
    if 0xE0 <= marker <= 0xEF:
        ident = _identifier(payload)
        return Category.OTHER, f"APP{n} {ident}" if ident else f"APP{n}"
    return Category.OTHER, f"marker 0x{marker:02X}"


def _sof(parsed: _Parsed) -> _Segment | None:
    return next((s for s in parsed.segments if s.marker in _SOF_MARKERS), None)


def _sof_size(sof: _Segment) -> tuple[int, int]:
    if len(sof.payload) < 6:
        raise InvalidMedia("the JPEG is malformed: its frame header is too short")
    height, width = struct.unpack_from(">HH", sof.payload, 1)
    return width, height


def _exif_orientation(parsed: _Parsed) -> int | None:
    """The orientation a viewer applies: EXIF IFD0 first, else XMP ``tiff:Orientation`` (some
    editors write it only there; dropping the XMP must not turn the photo on its side)."""
    for seg in parsed.segments:
        if seg.marker == _APP1 and seg.payload.startswith(b"Exif\x00"):
            found = read_orientation(seg.payload[6:])  # the first EXIF block is the one readers use
            if found is not None:
                return found
            break
    for seg in parsed.segments:
        if seg.marker == _APP1 and seg.payload.startswith(_XMP_ID):
            return xmp_orientation(seg.payload[len(_XMP_ID) :])
    return None


_XMP_ORIENTATION = re.compile(rb"tiff:Orientation(?:\s*=\s*[\"']\s*|\s*>\s*)([1-8])\s*[\"'<]")


def xmp_orientation(packet: bytes) -> int | None:
    """``tiff:Orientation`` of an XMP packet, as attribute or element; None if absent/invalid."""
    found = _XMP_ORIENTATION.search(packet[:1_000_000])
    return int(found.group(1)) if found else None


def _segment(marker: int, payload: bytes) -> bytes:
    if len(payload) + 2 > 0xFFFF:
        raise InvalidMedia("the JPEG is malformed: a segment is too long")
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def orientation_exif(orientation: int) -> bytes:
    """A complete minimal EXIF payload (``Exif\\0\\0`` + TIFF) with only IFD0 Orientation."""
    if not 1 <= orientation <= 8:
        raise ValueError("orientation must be 1-8")
    tiff = (
        b"MM\x00*"
        + struct.pack(">I", 8)  # header, IFD0 at offset 8
        + struct.pack(">H", 1)  # one entry
        + struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)  # Orientation, SHORT, count 1
        + struct.pack(">I", 0)  # no next IFD: no thumbnail IFD
    )
    return EXIF_HEADER + tiff


class JpegSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.JPEG})

    def __init__(self) -> None:
        # Inside ``one_file`` (the parser process inspects, then sanitizes, the same bytes object)
        # one walk of the segments serves both (#18: a 4 MB photo's scan data was searched for
        # markers twice). Outside it nothing is kept: no photo stays referenced after its call.
        self._last: tuple[bytes, _Parsed] | None = None
        self._sharing = 0

    @contextlib.contextmanager
    def one_file(self) -> Iterator[None]:
        self._sharing += 1
        try:
            yield
        finally:
            self._sharing -= 1
            self._last = None

    def _parsed(self, data: bytes, *, strict: bool) -> _Parsed:
        last = self._last
        # The very same object (held here, so its id cannot be reused); a lenient walk serves a
        # strict one only when it reached the end of the image (then nothing was left out).
        if last is not None and last[0] is data and (last[1].complete or not strict):
            return last[1]
        parsed = _parse(data, strict=strict)
        if self._sharing:
            self._last = (data, parsed)
        return parsed

    def inspect(self, src: BinaryIO) -> Inspection:
        data = read_limited(src, "JPEG")
        parsed = self._parsed(data, strict=False)
        findings: list[Finding] = []
        facts: dict[str, str] = {}
        with exif_budget():  # one parsing budget for all EXIF blocks of this file
            for seg in parsed.segments:
                if seg.marker in _DECODING_MARKERS:
                    continue
                findings.extend(_segment_findings(seg))
        if parsed.trailing:
            findings.append(_trailing_finding(parsed.trailing))
        if parsed.stray:
            findings.append(finding(Category.OTHER, "stray bytes", f"{size_text(parsed.stray)} between segments"))
        if not parsed.complete:
            findings.append(finding(Category.STRUCTURE, "truncated", "no end-of-image marker", False))
        width = height = None
        sof = _sof(parsed)
        if sof is not None and len(sof.payload) >= 6:
            width, height = _sof_size(sof)
            facts["encoding"] = _SOF_NAMES.get(sof.marker, f"SOF 0x{sof.marker:02X}")
            facts["components"] = str(sof.payload[5])
            facts["bits per sample"] = str(sof.payload[0])
        orientation = _exif_orientation(parsed)
        facts["orientation"] = f"{orientation or 1} ({ORIENTATION_NAMES[orientation or 1]})"
        facts["scans"] = str(sum(1 for s in parsed.segments if s.marker == _SOS))
        return Inspection(MediaType.JPEG, tuple(findings), width, height, facts)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, "JPEG")
        parsed = self._parsed(data, strict=True)
        sof = _sof(parsed)
        if sof is None:
            raise InvalidMedia("the JPEG is malformed: it has no frame header (SOF)")
        scan_count = sum(1 for s in parsed.segments if s.marker == _SOS)
        if not scan_count:
            raise InvalidMedia("the JPEG is malformed: it has no image data (SOS)")
        if scan_count > MAX_SCANS:
            raise InvalidMedia(f"the JPEG has {scan_count:,} scans (more than {MAX_SCANS}); refused as hostile")
        width, height = _sof_size(sof)
        check_dimensions(width, height, "JPEG")

        dropped: list[str] = []
        head: list[bytes] = []
        body: list[tuple[int, bytes, bytes]] = []  # decoding segments: marker, segment bytes, scan data
        jfif_done = adobe_done = False
        for seg in parsed.segments:
            if seg.marker in _DECODING_MARKERS:
                body.append((seg.marker, _segment(seg.marker, seg.payload), seg.scan))
                continue
            _, name = _describe_app(seg.marker, seg.payload)
            if name == "APP0 JFIF" and not jfif_done and len(seg.payload) >= 14:
                jfif_done = True
                # version, density units, X/Y density; the thumbnail size is forced to 0x0.
                head.insert(0, _segment(_APP0, b"JFIF\x00" + seg.payload[5:12] + b"\x00\x00"))
                if len(seg.payload) > 14:
                    dropped.append(f"dropped JFIF thumbnail/extra data ({size_text(len(seg.payload) - 14)})")
                continue
            if name == "APP14 Adobe" and not adobe_done and len(seg.payload) >= 12:
                adobe_done = True
                # version, flags0, flags1, colour transform: decoders need the transform.
                head.append(_segment(_APP14, seg.payload[:12]))
                continue
            dropped.append(f"dropped {name} ({size_text(len(seg.payload))})")

        orientation = _exif_orientation(parsed)
        if orientation is not None and orientation != 1:
            position = 1 if jfif_done else 0  # JFIF must stay first
            head.insert(position, _segment(_APP1, orientation_exif(orientation)))
            dropped.append(
                f"kept orientation {orientation} ({ORIENTATION_NAMES[orientation]}) as a minimal EXIF "
                "block with no other tags"
            )
        if parsed.trailing:
            dropped.append(f"dropped {size_text(len(parsed.trailing))} after the end of the image")
        if parsed.stray:
            dropped.append(f"dropped {size_text(parsed.stray)} of stray data between segments")
        # Tables after the last scan are read by no scan (they can only carry bytes that leave).
        last_sos = max(i for i, (marker, _, _) in enumerate(body) if marker == _SOS)
        if last_sos + 1 < len(body):
            unused = sum(len(segment) for _, segment, _ in body[last_sos + 1 :])
            dropped.append(f"dropped {size_text(unused)} of table segments after the last scan")
            body = body[: last_sos + 1]

        head_bytes = b"".join([b"\xff\xd8", *head])
        cleaned = clean_scans(head_bytes, body)
        if cleaned.tail:
            dropped.append(
                f"dropped {size_text(cleaned.tail)} at the end of the scans that no decoded pixel depends on"
                + (f" ({cleaned.cut_scans} of {scan_count} scans)" if scan_count > 1 else "")
            )
        if cleaned.inner:
            dropped.append(
                f"dropped {size_text(cleaned.inner)} hidden before restart markers inside the image data"
                " (bytes decoders skip)"
            )
        _verify(parsed, cleaned.data, len(head_bytes), cleaned.scans, decoded=cleaned.decoded)
        dst.write(cleaned.data)
        dropped.append("kept the compressed image data unchanged, byte for byte (lossless: identical pixels)")
        return SanitizeResult(MediaType.JPEG, tuple(dropped))


def _verify(
    original: _Parsed, cleaned: bytes, head_end: int, scans: tuple[bytes, ...], *, decoded: bool = False
) -> None:
    """Prove the clean copy lossless without decoding the photo twice.

    Every segment a decoder reads (quantisation and Huffman tables, frame header, restart
    interval, scan headers) must be byte-identical and in the same order as in the original
    (tables after the last scan excepted: no scan reads them), and each scan's entropy-coded
    data must be the original's with only bytes removed that :func:`jpeg_scans.clean_scans` proved (by
    decoding) are not part of the picture: ``scans`` are the kept data, each checked here to be
    the original's with pieces taken out, never anything added or changed. Then any decoder
    produces the same pixels, which the tests assert at full resolution. The head the sanitizer
    wrote (``cleaned[:head_end]``: SOI, JFIF, orientation, Adobe) is parsed again and must hold
    no decoding segment and nothing left open; after it the copy must be exactly the original's
    decoding segments (compared as bytes, not parsed a second time). The copy is also decoded
    once at 1/8 scale (libjpeg still entropy-decodes every block there), so a garbled or
    truncated scan is refused instead of imported, unless the scan search already did that
    (``decoded``).
    """
    head = _parse(cleaned[:head_end] + b"\xff\xd9", strict=True)
    expected = _decode_segments(original)
    last = max(i for i, (marker, _, _) in enumerate(expected) if marker == _SOS)
    expected = expected[: last + 1]
    originals = [scan for marker, _, scan in expected if marker == _SOS]
    if len(originals) != len(scans) or not all(map(_is_shortened, originals, scans)):
        raise InvalidMedia("the JPEG could not be cleaned losslessly (image data changed); refused")
    kept = iter(scans)
    pieces: list[bytes] = []
    for marker, payload, _ in expected:
        pieces.append(_segment(marker, payload))
        if marker == _SOS:
            pieces.append(next(kept))
    pieces.append(b"\xff\xd9")
    if _decode_segments(head) or head.trailing or not _is_followed_by(cleaned, head_end, pieces):
        raise InvalidMedia("the JPEG could not be cleaned losslessly (image data changed); refused")
    if decoded:
        return
    with guarded("JPEG"):
        image = open_image(cleaned, "JPEG", "JPEG")
        width, height = image.size
        image.draft(image.mode, (max(1, width // 8), max(1, height // 8)))
        image.load()


def _is_followed_by(data: bytes, start: int, pieces: list[bytes]) -> bool:
    """``data[start:] == b"".join(pieces)``, compared where the bytes lie (no 4 MB copies made)."""
    for piece in pieces:
        if not data.startswith(piece, start):
            return False
        start += len(piece)
    return start == len(data)


def _is_shortened(original: bytes, kept: bytes) -> bool:
    """``kept`` is ``original`` with pieces removed from the ends of restart intervals and of
    the scan: every run of ``kept`` between restart markers is a prefix of the original's run
    at the same place (the last one may end early). Nothing added, nothing reordered."""
    if kept == original:
        return True
    ours, theirs = RESTART.split(kept), RESTART.split(original)
    return len(ours) <= len(theirs) and all(b.startswith(a) for a, b in zip(ours, theirs, strict=False))


def _decode_segments(parsed: _Parsed) -> list[tuple[int, bytes, bytes]]:
    return [(s.marker, s.payload, s.scan) for s in parsed.segments if s.marker in _DECODING_MARKERS]


def _segment_findings(seg: _Segment) -> list[Finding]:
    category, name = _describe_app(seg.marker, seg.payload)
    payload = seg.payload
    if name == "APP0 JFIF":
        out = [finding(Category.STRUCTURE, name, f"JFIF {payload[5:6].hex()}.{payload[6:7].hex()}", False)]
        if len(payload) >= 14 and payload[12] * payload[13] > 0:
            out.append(finding(Category.THUMBNAIL, "JFIF thumbnail", f"{payload[12]}x{payload[13]} pixels"))
        return out
    if name == "APP1 Exif":
        report = inspect_exif(payload[6:], "EXIF")
        return [exif_container(name, len(payload), report), *report.findings]
    if category is Category.XMP:
        return [finding(category, name, summarize_xmp(payload))]
    if category is Category.PHOTOSHOP:
        return [finding(category, name, size_text(len(payload))), *inspect_photoshop_irb(payload[len(_IRB_ID) :])]
    if category is Category.COMMENT:
        return [finding(category, name, payload.decode("utf-8", "replace"))]
    if category is Category.ICC:
        return [finding(category, name, size_text(len(payload)), False)]
    if category is Category.STRUCTURE:
        return [finding(category, name, size_text(len(payload)), False)]
    return [finding(category, name, size_text(len(payload)), True)]


def _trailing_finding(trailing: bytes) -> Finding:
    note = size_text(len(trailing))
    if b"\xff\xd8\xff" in trailing[:1_000_000]:
        note += " (contains an embedded JPEG image)"
    return finding(Category.TRAILING_DATA, "trailing bytes", f"{note} after the end of the image")
