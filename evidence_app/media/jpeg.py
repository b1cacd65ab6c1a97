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
1/8 scale scan by scan: see ``_clean_scans``. So are bytes libjpeg reports skipping before a
restart marker inside a scan. Tables after the last scan are dropped (no scan reads them).

Orientation: if the original EXIF (or, when EXIF has none, the XMP ``tiff:Orientation``) says
the image must be rotated/flipped for display, a minimal EXIF block holding only the Orientation
tag is written (built here, nothing copied), so the photo still displays upright without
re-encoding.

Finally the output is decoded and compared with the original pixel for pixel; a mismatch means
a bug here, and the file is refused rather than handing out an unverified copy.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from typing import BinaryIO, ClassVar

import simplejpeg

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

    def inspect(self, src: BinaryIO) -> Inspection:
        data = read_limited(src, "JPEG")
        parsed = _parse(data, strict=False)
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
        parsed = _parse(data, strict=True)
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
        cleaned = _clean_scans(head_bytes, body)
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
    data must be the original's with only bytes removed that :func:`_clean_scan` proved (by
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
    segments = [_segment(marker, payload) + (next(kept) if marker == _SOS else b"") for marker, payload, _ in expected]
    body = b"".join([*segments, b"\xff\xd9"])
    if _decode_segments(head) or head.trailing or cleaned[head_end:] != body:
        raise InvalidMedia("the JPEG could not be cleaned losslessly (image data changed); refused")
    if decoded:
        return
    with guarded("JPEG"):
        image = open_image(cleaned, "JPEG", "JPEG")
        width, height = image.size
        image.draft(image.mode, (max(1, width // 8), max(1, height // 8)))
        image.load()


def _is_shortened(original: bytes, kept: bytes) -> bool:
    """``kept`` is ``original`` with pieces removed from the ends of restart intervals and of
    the scan: every run of ``kept`` between restart markers is a prefix of the original's run
    at the same place (the last one may end early). Nothing added, nothing reordered."""
    if kept == original:
        return True
    ours, theirs = _RESTART.split(kept), _RESTART.split(original)
    return len(ours) <= len(theirs) and all(b.startswith(a) for a, b in zip(ours, theirs, strict=False))


def _pixels(data: bytes) -> bytes:
    with guarded("JPEG"):
        image = open_image(data, "JPEG", "JPEG")
        image.load()
        return image.tobytes()


_PREMATURE = "premature end of data segment"  # libjpeg's JWRN_HIT_MARKER: it needed bits that were not there
_EXTRANEOUS = re.compile(r"(\d+) extraneous bytes before marker 0xd9")  # JWRN_EXTRANEOUS_DATA before EOI
# The same before a restart marker: bytes inside a scan that libjpeg skipped (and told).
_EXTRANEOUS_RST = re.compile(r"(\d+) extraneous bytes before marker 0xd[0-7]")
# A restart marker inside entropy-coded data, with the fill bytes before it (kept as one piece).
_RESTART = re.compile(rb"(\xff+[\xd0-\xd7])")

MAX_SCANS = 100
"""Real progressive files have a few to a few tens of scans (libjpeg's default script: 10).
Each scan costs one 1/8-scale decode of the file up to it (to find where its data ends), so a
file with thousands of tiny scans is refused as hostile instead of decoded thousands of times."""

MAX_RESTART_CUTS = 16
"""Hidden pieces before restart markers removed per scan; more is refused as hostile."""

MAX_FULL_DECODES = 48
"""Full-size decodes the pixel-comparing search (damaged scans only) may spend on one file."""


class _NotMeasurable(Exception):
    """libjpeg reported something other than the end of the data (damage, an unsupported kind)."""


@dataclass(frozen=True)
class _CleanScans:
    data: bytes  # the whole copy, SOI to EOI
    scans: tuple[bytes, ...]  # each scan's kept entropy-coded data, in order
    tail: int  # bytes cut from the ends of scans
    cut_scans: int  # how many scans lost a tail
    inner: int  # bytes cut before restart markers inside scans
    decoded: bool  # libjpeg decoded the whole copy without a warning


def _clean_scans(head: bytes, body: list[tuple[int, bytes, bytes]]) -> _CleanScans:
    """Every scan's entropy-coded data, cut to where libjpeg stops reading it.

    A parser cannot tell where a scan's data ends: it runs to the next marker, and bytes put
    between a scan's last needed bit and the next marker (a note between two scans of a
    progressive file, or after the last one) look like image data. libjpeg knows: each scan is
    measured on the file up to it, closed by an EOI (its reading of a scan depends only on the
    scans before it), in order, the earlier ones already cut. A clean single-scan photo costs
    one 1/8-scale decode as before; a progressive one one decode of its prefix per scan.
    """
    pieces = [head]
    scans: list[bytes] = []
    tail = cut_scans = inner = 0
    decoded = False
    budget = [MAX_FULL_DECODES]
    for marker, segment, scan in body:
        pieces.append(segment)
        if marker != _SOS:
            continue
        before = b"".join(pieces)
        kept, cut, skipped, decoded = _clean_scan(before, scan, budget)
        scans.append(kept)
        tail += cut
        cut_scans += cut > 0
        inner += skipped
        pieces = [before, kept]
    return _CleanScans(b"".join([*pieces, b"\xff\xd9"]), tuple(scans), tail, cut_scans, inner, decoded)


def _clean_scan(before: bytes, scan: bytes, budget: list[int]) -> tuple[bytes, int, int, bool]:
    """(kept data, bytes cut from its end, bytes cut inside it, whether libjpeg decoded
    ``before + kept + EOI`` without a warning). Pieces before restart markers are searched
    only when libjpeg reports one, so a clean photo pays nothing for them."""
    skipped = 0
    try:
        try:
            cut, out, decoded = _trim_scan(before + scan + b"\xff\xd9", len(scan))
        except _NotMeasurable as exc:
            if not _EXTRANEOUS_RST.search(str(exc)):
                raise
            scan, skipped = _cut_restart_junk(before, scan)
            cut, out, decoded = _trim_scan(before + scan + b"\xff\xd9", len(scan))
    except _NotMeasurable:
        cut, out = _trim_by_pixels(before + scan + b"\xff\xd9", len(scan), budget)
        decoded = False
    return out[len(before) : -2], cut, skipped, decoded


def _libjpeg_message(data: bytes) -> str:
    """libjpeg's first warning on decoding ``data`` at 1/8 scale ("" if none).

    At 1/8 scale libjpeg still entropy-decodes every coefficient of every block (it must, to
    find the next one) and skips only the inverse DCT, so which bits it reads is the same as
    at full size, at a third of the cost. ``strict`` turns its first warning into the message.
    """
    try:
        simplejpeg.decode_jpeg(data, colorspace="GRAY", min_width=1, min_height=1, strict=True)
    except ValueError as exc:
        return str(exc)
    return ""


def _libjpeg_end(data: bytes) -> str:
    """What libjpeg says at the end of decoding ``data``: "" (clean), the premature-end
    warning, or the extraneous-bytes warning; anything else is :class:`_NotMeasurable`."""
    message = _libjpeg_message(data)
    if not message or _PREMATURE in message or _EXTRANEOUS.search(message):
        return message
    raise _NotMeasurable(message)


def _cut_restart_junk(before: bytes, scan: bytes) -> tuple[bytes, int]:
    """Remove bytes hidden before restart markers that libjpeg skips *and reports* ("N
    extraneous bytes before marker 0xd3"): which restart marker is found by bisection on the
    scan cut at a marker (then the report names the EOI). Pieces too short for libjpeg's
    report (the few bytes its bit buffer had already read) are not found this way: see
    docs/FORMATS.md. The result is proven by comparing full decodes; a file this is paid for
    is not one a camera wrote."""
    if not _RESTART.search(scan):
        return scan, 0
    original, removed = scan, 0
    for _ in range(MAX_RESTART_CUTS + 1):
        found = _EXTRANEOUS_RST.search(_libjpeg_message(before + scan + b"\xff\xd9"))
        if found is None:
            break
        markers = list(_RESTART.finditer(scan))
        starts = [m.start() for m in markers]

        def reported(j: int, scan: bytes = scan, starts: list[int] = starts) -> bool:
            return "extraneous bytes" in _libjpeg_message(before + scan[: starts[j]] + b"\xff\xd9")

        low, high = 0, len(starts) - 1
        if not reported(high):
            raise _NotMeasurable(found.group(0))
        while low < high:
            middle = (low + high) // 2
            if reported(middle):
                high = middle
            else:
                low = middle + 1
        at = starts[low]
        count = _EXTRANEOUS.search(_libjpeg_message(before + scan[:at] + b"\xff\xd9"))
        previous = markers[low - 1].end() if low else 0
        if count is None or not 0 < int(count.group(1)) <= at - previous:
            raise _NotMeasurable(found.group(0))
        n = int(count.group(1))
        scan, removed = scan[: at - n] + scan[at:], removed + n
    else:
        raise InvalidMedia(
            f"the JPEG hides data before restart markers in more than {MAX_RESTART_CUTS} places; refused as hostile"
        )
    if removed and _pixels(before + scan + b"\xff\xd9") != _pixels(before + original + b"\xff\xd9"):
        raise _NotMeasurable("the cut changed the picture")
    return scan, removed


def _needs_bytes_beyond(out: bytes, scan_end: int, cut: int) -> bool:
    """Does libjpeg read a bit past ``scan_end - cut`` (the scan cut there, then EOI)?"""
    return _PREMATURE in _libjpeg_end(out[: scan_end - cut] + b"\xff\xd9")


def _trim_scan(out: bytes, scan_len: int) -> tuple[int, bytes, bool]:
    """Cut bytes that sit after a scan's entropy-coded data; ``out`` is the file up to that
    scan's data (``scan_len`` bytes) and an EOI.

    A decoder stops reading a scan once it has every block; anything after that (a hidden note,
    another file) looks like scan data to a segment parser. libjpeg says where it stopped, in
    two warnings: "N extraneous bytes before marker 0xd9" (N bytes it never read), and
    "premature end of data segment" when the scan is cut short of a bit it needs. Its bit
    buffer reads up to 8 bytes ahead, so the first only bounds the end; the exact end is the
    shortest cut after which libjpeg needs no missing bit. A clean scan costs one decode at 1/8
    scale (cut by one byte it is short of a needed bit); a scan with a tail a few more.
    Files libjpeg calls damaged raise :class:`_NotMeasurable` (searched by comparing full
    decodes instead: :func:`_trim_by_pixels`). Returns (bytes removed, new file, whether libjpeg
    decoded the whole new file without a warning: then no second decode is needed to prove it).
    """
    if scan_len < 2:
        return 0, out, False
    scan_end = len(out) - 2  # the scan data ends right before the EOI we wrote
    if _needs_bytes_beyond(out, scan_end, 1):
        # Its last byte is read, so nothing follows the image data; and everything before
        # it decoded without a warning (strict stops at the first one).
        return 0, out, True
    found = _EXTRANEOUS.search(_libjpeg_end(out))
    unread = int(found.group(1)) if found else 0
    limit = scan_len - 1  # never remove the whole scan
    # Shortest cut that is still complete lies in [unread, unread + 8]: find the largest
    # cut libjpeg does not notice, by binary search (monotonic: cutting more never needs less).
    good, bad = max(1, min(unread, limit)), min(unread + 9, limit + 1)
    while bad <= limit and not _needs_bytes_beyond(out, scan_end, bad):
        good, bad = bad, min(bad + 16, limit + 1)  # a reader buffering further ahead: widen
    while bad - good > 1:
        middle = (good + bad) // 2
        if _needs_bytes_beyond(out, scan_end, middle):
            bad = middle
        else:
            good = middle
    kept = out[: scan_end - good]
    while kept.endswith(b"\xff"):  # a lone 0xFF glued to EOI would read as a fill byte
        kept, good = kept[:-1], good + 1
    trimmed = kept + b"\xff\xd9"
    if _libjpeg_end(trimmed):
        raise InvalidMedia("the JPEG could not be cleaned losslessly (image data changed); refused")
    return good, trimmed, True


def _trim_by_pixels(out: bytes, scan_len: int, budget: list[int] | None = None) -> tuple[int, bytes]:
    """The tail search for scans libjpeg reports as damaged (its warnings then say nothing
    about where the picture ends): a tail of ``n`` bytes is unused when replacing it by
    zero bits (the truncation fill of libjpeg) *and* by one bits both leave every pixel
    identical; a bit the decoder reads differs from the original in one of the two, so real
    image data (even a final code that happens to be all zeros) is never cut. Exponential,
    then binary search; a few full decodes, paid only by damaged files, at most
    ``MAX_FULL_DECODES`` per file (``budget``, shared by its scans), else refused.
    """
    if scan_len < 2:
        return 0, out
    scan_end = len(out) - 2  # the scan data ends right before the EOI we wrote

    def pixels(data: bytes) -> bytes:
        if budget is not None:
            if budget[0] <= 0:
                raise InvalidMedia(
                    "the JPEG's image data is damaged in too many scans to be cleaned losslessly"
                    " in bounded time; refused"
                )
            budget[0] -= 1
        return _pixels(data)

    reference = pixels(out)

    def unused(n: int) -> bool:
        head = out[: scan_end - n]
        zeros = head + b"\xff\xd9"
        ones = head + b"\xff\x00" * 8 + b"\xff\xd9"  # stuffed 0xFF bytes: 64 one bits
        return pixels(zeros) == reference and pixels(ones) == reference

    if not unused(1):
        return 0, out
    good, bad = 1, 2
    limit = scan_len - 1  # never remove the whole scan
    while bad < limit and unused(bad):
        good, bad = bad, min(bad * 2, limit)
    if bad >= limit and unused(limit):
        good = bad = limit
    while bad - good > 1:
        middle = (good + bad) // 2
        if unused(middle):
            good = middle
        else:
            bad = middle
    kept = out[: scan_end - good]
    while kept.endswith(b"\xff"):  # a lone 0xFF glued to EOI would read as a fill byte
        kept, good = kept[:-1], good + 1
    trimmed = kept + b"\xff\xd9"
    if pixels(trimmed) != reference:
        raise InvalidMedia("the JPEG could not be cleaned losslessly (image data changed); refused")
    return good, trimmed


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
