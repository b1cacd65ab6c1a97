"""Where each scan of a JPEG really ends: the measuring half of the lossless JPEG sanitizer.

A segment parser cannot see where a scan's entropy-coded data ends: it runs to the next marker,
so bytes put between a scan's last needed bit and the next marker (a note between two scans of a
progressive file, after the last one, or before a restart marker) look like image data. libjpeg
knows where it stops reading; this module asks it (``simplejpeg`` in strict mode, at 1/8 scale)
and, for files it calls damaged, compares full decodes instead. ``jpeg.py`` assembles the copy and
proves it lossless; nothing here decides what else the copy keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import simplejpeg

from .base import InvalidMedia
from .photo_limits import guarded, open_image

_SOS = 0xDA


def _pixels(data: bytes) -> bytes:
    with guarded("JPEG"):
        image = open_image(data, "JPEG", "JPEG")
        image.load()
        return image.tobytes()


_PREMATURE = "premature end of data segment"  # libjpeg's JWRN_HIT_MARKER: it needed bits that were not there
_EXTRANEOUS = re.compile(r"(\d+) extraneous bytes before marker 0xd9")  # JWRN_EXTRANEOUS_DATA before EOI
# A restart marker inside entropy-coded data, with the fill bytes before it (kept as one piece).
RESTART = re.compile(rb"(\xff+[\xd0-\xd7])")
_RESTART_CODE = re.compile(rb"\xff(?=[\xd0-\xd7])")  # the same, found ten times faster (a fixed-width match)


def _restarts(scan: bytes) -> list[tuple[int, int]]:
    """(start of the fill bytes, end) of each restart marker in entropy-coded data."""
    found = []
    for match in _RESTART_CODE.finditer(scan):
        start = match.start()
        while start and scan[start - 1] == 0xFF:
            start -= 1
        found.append((start, match.end() + 1))
    return found


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
class CleanScans:
    data: bytes  # the whole copy, SOI to EOI
    scans: tuple[bytes, ...]  # each scan's kept entropy-coded data, in order
    tail: int  # bytes cut from the ends of scans
    cut_scans: int  # how many scans lost a tail
    inner: int  # bytes cut before restart markers inside scans
    decoded: bool  # libjpeg decoded the whole copy without a warning


def clean_scans(head: bytes, body: list[tuple[int, bytes, bytes]]) -> CleanScans:
    """Every scan's entropy-coded data, cut to where libjpeg stops reading it.

    A parser cannot tell where a scan's data ends: it runs to the next marker, and bytes put
    between a scan's last needed bit and the next marker (a note between two scans of a
    progressive file, or after the last one) look like image data. libjpeg knows: each scan is
    measured, in order (the earlier ones already cut), on a file of the tables and the scans it
    depends on, closed by an EOI. Which bits libjpeg reads in a scan depends only on the earlier
    scans of the same components (a refinement scan reads a correction bit per coefficient that
    is already non-zero), so the scans of other components are left out of that file
    (:func:`_measured_on`); the last scan is measured on the whole file, which proves the copy
    decodes. A clean single-scan photo costs one 1/8-scale decode as before; a progressive one
    one decode per scan (libjpeg's default progression: 10 scans, about 2.8 decodes of the whole
    file in CPU time; a sixth less than measuring each scan on the whole file before it).
    """
    tables: list[tuple[int, bytes]] = []  # (position in body, segment) of every segment before the scan
    # (position, components, (segment, kept data)) of every scan so far
    kept_scans: list[tuple[int, frozenset[int], tuple[bytes, bytes]]] = []
    scans: list[bytes] = []
    tail = cut_scans = inner = 0
    decoded = False
    budget = [MAX_FULL_DECODES]
    last = max(i for i, (marker, _, _) in enumerate(body) if marker == _SOS)
    for position, (marker, segment, scan) in enumerate(body):
        if marker != _SOS:
            tables.append((position, segment))
            continue
        components = _scan_components(segment)
        before = _measured_on(head, tables, kept_scans, components, whole=position == last) + segment
        whole = len(scans) == 0 and position == last and _whole_intervals(tables, segment, scan)
        kept, cut, skipped, decoded = _clean_scan(before, scan, budget, whole)
        scans.append(kept)
        tail += cut
        cut_scans += cut > 0
        inner += skipped
        kept_scans.append((position, components, (segment, kept)))
    # Positions are distinct: the sort never compares the pieces. Joined once (a 4 MB scan is not
    # copied into its segment first).
    pieces = sorted([*((position, (segment,)) for position, segment in tables), *((p, d) for p, _, d in kept_scans)])
    data = b"".join([head, *(piece for _, parts in pieces for piece in parts), b"\xff\xd9"])
    return CleanScans(data, tuple(scans), tail, cut_scans, inner, decoded)


def _whole_intervals(tables: list[tuple[int, bytes]], segment: bytes, scan: bytes) -> bool:
    """Is this the one scan of a sequential Huffman JPEG (SOF0/SOF1) whose restart intervals all
    hold the full count of MCUs (the last one too)? Then every interval reads its bits the same
    wherever it stands (see :func:`_last_interval_is_tight`)."""
    sof = next((seg[4:] for _, seg in tables if seg[1] in (0xC0, 0xC1)), None)
    dri = [seg[4:] for _, seg in tables if seg[1] == 0xDD]
    if sof is None or not dri or len(dri[-1]) < 2 or len(sof) < 6:
        return False
    interval = int.from_bytes(dri[-1][:2], "big")
    height, width, count = int.from_bytes(sof[1:3], "big"), int.from_bytes(sof[3:5], "big"), sof[5]
    sampling = {
        sof[6 + 3 * i]: (sof[7 + 3 * i] >> 4, sof[7 + 3 * i] & 15) for i in range(count) if 8 + 3 * i < len(sof)
    }
    components = _scan_components(segment)
    if not interval or not height or not sampling or not components <= sampling.keys():
        return False
    h_max, v_max = max(h for h, _ in sampling.values()), max(v for _, v in sampling.values())
    if len(components) > 1:
        mcus = _ceil(width, 8 * h_max) * _ceil(height, 8 * v_max)
    else:
        h, v = sampling[next(iter(components))]
        mcus = _ceil(_ceil(width * h, h_max), 8) * _ceil(_ceil(height * v, v_max), 8)
    return mcus % interval == 0 and len(_RESTART_CODE.findall(scan)) == mcus // interval - 1


def _ceil(a: int, b: int) -> int:
    return -(-a // b)


def _scan_components(segment: bytes) -> frozenset[int]:
    """Component ids of a scan header (``segment`` is the whole SOS segment, marker and length)."""
    payload = segment[4:]
    count = payload[0] if payload else 0
    return frozenset(payload[1 + 2 * i] for i in range(count) if 1 + 2 * i < len(payload))


def _measured_on(
    head: bytes,
    tables: list[tuple[int, bytes]],
    kept_scans: list[tuple[int, frozenset[int], tuple[bytes, bytes]]],
    components: frozenset[int],
    *,
    whole: bool,
) -> bytes:
    """The file a scan is measured on, up to its header: every table segment and every earlier
    scan sharing one of its components (all earlier scans when ``whole``), in file order."""
    scans = [(position, parts) for position, used, parts in kept_scans if whole or used & components]
    pieces = sorted([*((position, (segment,)) for position, segment in tables), *scans])
    return b"".join([head, *(piece for _, parts in pieces for piece in parts)])


def _clean_scan(
    before: bytes, scan: bytes, budget: list[int], whole_intervals: bool = False
) -> tuple[bytes, int, int, bool]:
    """(kept data, bytes cut from its end, bytes cut inside it, whether libjpeg decoded
    ``before + kept + EOI`` without a warning).

    A scan with restart markers is first asked for bytes hidden before them
    (:func:`_cut_restart_junk`: one decode when there are none). When its intervals are all
    whole and position-independent (``whole_intervals``: a sequential scan whose last interval
    has the full count of blocks), the end of the last interval is then measured on that
    interval alone, so a clean camera photo with restart markers still costs one decode."""
    skipped = 0
    try:
        scan, skipped = _cut_restart_junk(before, scan)
        if whole_intervals and skipped == 0 and _last_interval_is_tight(before, scan):
            return scan, 0, 0, True
        if len(scan) >= 2 and _needs_last_byte(before, scan):
            # :func:`_trim_scan`'s first test on the same bytes, without assembling the whole file
            # first and cutting the scan back out of it (three copies of a 4 MB scan saved).
            return scan, 0, skipped, True
        cut, out, decoded = _trim_scan(before + scan + b"\xff\xd9", len(scan), last_byte_tested=True)
    except _NotMeasurable:
        cut, out = _trim_by_pixels(before + scan + b"\xff\xd9", len(scan), budget)
        decoded = False
    return out[len(before) : -2], cut, skipped, decoded


def _last_interval_is_tight(before: bytes, scan: bytes) -> bool:
    """Does libjpeg read the last byte of the scan's last restart interval? Each interval starts
    afresh (DC predictions reset, whole bytes) and a sequential scan codes every block of every
    MCU alike, so the last interval decodes as the first of a scan of its own: cut by one byte
    it is short of a needed bit ("premature end"), whole it ends where the next interval would
    start ("found marker 0xd9 instead of RST0"). Both are needed: the second proves it really
    is a whole interval read as one."""
    markers = _restarts(scan)
    last = scan[markers[-1][1] :] if markers else b""
    if len(last) < 2:
        return False
    whole = _libjpeg_message(before + last + b"\xff\xd9")
    return "found marker 0xd9 instead of RST0" in whole and _PREMATURE in _libjpeg_message(
        before + last[:-1] + b"\xff\xd9"
    )


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


_PAD = b"\x00" * 16  # more than libjpeg's bit buffer reads ahead
_SKIPPED = re.compile(r"(\d+) extraneous bytes before marker 0xd9")
_SKIPPED_EARLIER = re.compile(r"(\d+) extraneous bytes before marker 0xd[0-7]")
_EARLIER = 1 << 40


def _skipped_before(before: bytes, scan: bytes, at: int) -> int:
    """Bytes libjpeg skips in the restart intervals that end before ``at`` (the start of a
    restart marker in ``scan``).

    At each restart libjpeg drops the whole bytes left in its bit buffer (bytes after the
    interval's last needed bit) and counts them, but says so only when it next looks for a
    marker itself, which it does not when its buffer already stopped at the marker: a few
    hidden bytes pass unreported. Here the scan is cut at ``at`` and followed by 16 zero bytes
    and an EOI: the interval before ``at`` completes, the next restart finds no marker in the
    buffer, and libjpeg reports everything it skipped so far plus the 16 bytes, exactly (the
    buffer's whole bytes and the bytes it then skips add up to all of them)."""
    message = _libjpeg_message(before + scan[:at] + _PAD + b"\xff\xd9")
    found = _SKIPPED.search(message)
    if found is None and _SKIPPED_EARLIER.search(message):
        return _EARLIER  # more than its buffer held, reported at an earlier marker
    if found is None or int(found.group(1)) < len(_PAD):
        raise _NotMeasurable(message)
    return int(found.group(1)) - len(_PAD)


def _cut_restart_junk(before: bytes, scan: bytes) -> tuple[bytes, int]:
    """Remove bytes hidden before restart markers inside a scan (bytes decoders skip). One
    decode finds whether there are any (:func:`_skipped_before` the last marker); each piece
    is then found by bisection over the markers and cut, and the result proven by comparing
    full decodes (a file that pays for this is not one a camera wrote)."""
    if not _RESTART_CODE.search(scan):
        return scan, 0
    original, removed = scan, 0
    for _ in range(MAX_RESTART_CUTS + 1):
        markers = _restarts(scan)
        starts = [start for start, _ in markers]
        if not _skipped_before(before, scan, starts[-1]):
            break
        low, high = 0, len(starts) - 1  # the first interval with skipped bytes ends at starts[low]
        while low < high:
            middle = (low + high) // 2
            if _skipped_before(before, scan, starts[middle]):
                high = middle
            else:
                low = middle + 1
        n = _skipped_before(before, scan, starts[low])
        previous = markers[low - 1][1] if low else 0
        if not 0 < n <= starts[low] - previous:
            raise _NotMeasurable("restart interval shorter than what libjpeg skipped")
        scan, removed = scan[: starts[low] - n] + scan[starts[low] :], removed + n
    else:
        raise InvalidMedia(
            f"the JPEG hides data before restart markers in more than {MAX_RESTART_CUTS} places; refused as hostile"
        )
    if removed and _pixels(before + scan + b"\xff\xd9") != _pixels(before + original + b"\xff\xd9"):
        raise _NotMeasurable("the cut changed the picture")
    return scan, removed


def _needs_last_byte(before: bytes, scan: bytes) -> bool:
    """``_needs_bytes_beyond(before + scan + EOI, len(before) + len(scan), 1)``, the file built
    once: does libjpeg read the scan's last byte?"""
    with memoryview(scan) as view:
        return _PREMATURE in _libjpeg_end(b"".join((before, view[:-1], b"\xff\xd9")))


def _needs_bytes_beyond(out: bytes, scan_end: int, cut: int) -> bool:
    """Does libjpeg read a bit past ``scan_end - cut`` (the scan cut there, then EOI)?"""
    return _PREMATURE in _libjpeg_end(out[: scan_end - cut] + b"\xff\xd9")


def _trim_scan(out: bytes, scan_len: int, *, last_byte_tested: bool = False) -> tuple[int, bytes, bool]:
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
    ``last_byte_tested``: the caller has already found that the last byte is not read.
    """
    if scan_len < 2:
        return 0, out, False
    scan_end = len(out) - 2  # the scan data ends right before the EOI we wrote
    if not last_byte_tested and _needs_bytes_beyond(out, scan_end, 1):
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
