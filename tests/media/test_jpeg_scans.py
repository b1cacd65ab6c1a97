"""Bytes hidden between and inside the scans of a JPEG never reach the working copy.

A segment parser cannot see where a scan's entropy-coded data ends: it runs to the next marker.
So a note put after one scan's data and before the next table or scan of a progressive file (or
before a restart marker inside a scan) looks like image data, and libjpeg skips it, with a
"Corrupt JPEG data: N extraneous bytes" warning or, for the few bytes its bit buffer had already
read, silently. Each file here is built by the test, imported through the real intake
(:func:`prepare_import`, in the parser process), and its working copy is searched byte by byte
(ASCII and UTF-16) for the hidden text, decoded to the very pixels of the original, and read
back by exiftool without a warning or a non-structural tag.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import simplejpeg
from PIL import Image

from evidence_app import media_service as ms
from evidence_app.media.base import MediaType
from evidence_app.media.jpeg import _parse

from . import exiftool_check

EXIFTOOL = shutil.which("exiftool")
SECRET = "ZQXSCAN Dara Sok +855 12 345 678"
CODES = (SECRET.encode("ascii"), SECRET.encode("utf-16-le"), SECRET.encode("utf-16-be"))


def photo(*, restart_blocks: int = 0, size: tuple[int, int] = (160, 120)) -> bytes:
    """A progressive photo-like JPEG (noise over a gradient: every scan carries real data)."""
    rng = np.random.default_rng(15)
    width, height = size
    gradient = np.linspace(0, 200, width, dtype=np.float32)[None, :, None]
    pixels = np.clip(gradient + rng.normal(0, 25, (height, width, 3)) + 30, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    options: dict[str, Any] = {"restart_marker_blocks": restart_blocks} if restart_blocks else {}
    Image.fromarray(pixels, "RGB").save(out, "JPEG", quality=90, progressive=True, **options)
    return out.getvalue()


def scan_ends(data: bytes) -> list[int]:
    """Offsets just after each scan's entropy-coded data (where the next marker starts)."""
    offset, ends = 2, []
    for segment in _parse(data, strict=True).segments:
        offset += 4 + len(segment.payload)
        if segment.marker == 0xDA:
            offset += len(segment.scan)
            ends.append(offset)
    return ends


def insert(data: bytes, pieces: dict[int, bytes]) -> bytes:
    """``data`` with ``pieces[offset]`` inserted at each offset."""
    out, last = [], 0
    for offset in sorted(pieces):
        out += [data[last:offset], pieces[offset]]
        last = offset
    return b"".join([*out, data[last:]])


def libjpeg_warning(data: bytes) -> str:
    try:
        simplejpeg.decode_jpeg(data, colorspace="GRAY", min_width=1, min_height=1, strict=True)
    except ValueError as exc:
        return str(exc)
    return ""


def pixels(data: bytes) -> bytes:
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.mode == "RGB"
    return image.tobytes()


def import_copy(tmp_path: Path, data: bytes) -> bytes:
    path = tmp_path / "received.jpg"
    path.write_bytes(data)
    prepared = ms.prepare_import(path)
    assert prepared.media_type is MediaType.JPEG and prepared.working is not None
    assert prepared.result is not None and prepared.result.output_type is MediaType.JPEG
    return prepared.working


def exiftool_record(path: Path) -> dict[str, Any]:
    assert EXIFTOOL is not None
    result = subprocess.run(
        [EXIFTOOL, "-a", "-G1", "-s", "-ee", "-u", "-U", "-j", str(path)], capture_output=True, timeout=60, check=False
    )
    records: list[dict[str, Any]] = json.loads(result.stdout.decode("utf-8", "replace"))
    return records[0]


def assert_clean_copy(tmp_path: Path, clean: bytes, dirty: bytes, hidden: list[bytes]) -> bytes:
    for piece in hidden:
        assert piece in dirty  # the test really hid it
    copy = import_copy(tmp_path, dirty)
    for piece in hidden:
        assert piece not in copy, piece
    for code in CODES:
        assert code not in copy
        assert SECRET.encode("ascii")[:7] not in copy and "ZQXSCAN".encode("utf-16-le") not in copy
    assert pixels(copy) == pixels(dirty) == pixels(clean)
    assert libjpeg_warning(copy) == ""  # libjpeg reads it as a whole, undamaged file
    assert len(_parse(copy, strict=True).segments) == len(_parse(clean, strict=True).segments)  # every scan kept
    if EXIFTOOL is not None:
        path = tmp_path / "copy.jpg"
        path.write_bytes(copy)
        record = exiftool_record(path)
        assert not [k for k in record if k.endswith((":Warning", ":Error"))], record
        assert exiftool_check.leaks(record) == []
    return copy


@pytest.mark.parametrize("code", CODES, ids=["ascii", "utf-16-le", "utf-16-be"])
def test_a_note_between_the_scans_of_a_progressive_jpeg_is_removed(tmp_path: Path, code: bytes) -> None:
    """The note after every scan but the last (before the next DHT or SOS): libjpeg skips it and
    says so ("N extraneous bytes before marker 0xc4"). The copy is the clean file, byte for byte."""
    clean = photo()
    ends = scan_ends(clean)
    assert len(ends) >= 6
    dirty = insert(clean, dict.fromkeys(ends[:-1], code))
    assert "extraneous bytes before marker" in libjpeg_warning(dirty)
    copy = assert_clean_copy(tmp_path, clean, dirty, [code])
    assert copy == import_copy(tmp_path, clean) == clean  # nothing of the scans' own data went


def test_pieces_too_short_for_libjpeg_to_report_are_removed_too(tmp_path: Path) -> None:
    """A few bytes after a scan sit in libjpeg's bit buffer: it skips them without a word. Cut
    into 3-byte pieces, the note hides after every scan but the last, unreported."""
    clean = photo()
    ends = scan_ends(clean)[:-1]
    text = (SECRET * 2).encode()
    pieces = [text[i * 3 : i * 3 + 3] for i in range(len(ends))]
    # Keep only the pieces libjpeg does not notice (that is the point of this case).
    silent = {e: p for e, p in zip(ends, pieces, strict=True) if not libjpeg_warning(insert(clean, {e: p}))}
    assert len(silent) >= 3
    dirty = insert(clean, silent)
    assert libjpeg_warning(dirty) == ""
    copy = assert_clean_copy(tmp_path, clean, dirty, list(silent.values()))
    assert copy == clean


def test_bytes_libjpeg_skips_before_restart_markers_inside_a_scan_are_removed(tmp_path: Path) -> None:
    """With restart intervals, a note can sit inside a scan, before a restart marker: libjpeg
    skips it ("N extraneous bytes before marker 0xd3") and keeps decoding."""
    clean = photo(restart_blocks=4)
    restarts = [m.start() for m in re.finditer(rb"\xff[\xd0-\xd7]", clean)]
    assert len(restarts) > 20
    chosen = restarts[3 : len(restarts) : max(1, len(restarts) // 5)][:5]
    dirty = insert(clean, dict.fromkeys(chosen, SECRET.encode()))
    assert re.search(r"extraneous bytes before marker 0xd[0-7]", libjpeg_warning(dirty))
    copy = assert_clean_copy(tmp_path, clean, dirty, [SECRET.encode()])
    assert copy == clean


def test_junk_between_the_tables_and_the_scans_is_removed(tmp_path: Path) -> None:
    """Bytes between two segments (after a Huffman table, before the scan header) are skipped by
    libjpeg as extraneous data; they are no segment and go."""
    clean = photo()
    sos = [m.start() for m in re.finditer(rb"\xff\xda", clean)]
    dirty = insert(clean, {sos[1]: SECRET.encode(), sos[4]: SECRET.encode("utf-16-le")})
    assert "extraneous bytes before marker 0xda" in libjpeg_warning(dirty)
    assert assert_clean_copy(tmp_path, clean, dirty, [SECRET.encode(), SECRET.encode("utf-16-le")]) == clean


def test_a_note_after_the_last_scan_and_between_scans_together(tmp_path: Path) -> None:
    clean = photo(size=(97, 61))
    ends = scan_ends(clean)
    dirty = insert(clean, {ends[0]: b"\x00" * 12 + SECRET.encode(), ends[-1]: SECRET.encode("utf-16-le")})
    assert assert_clean_copy(tmp_path, clean, dirty, [SECRET.encode(), SECRET.encode("utf-16-le")]) == clean


def noise(*, restart_blocks: int, size: tuple[int, int] = (200, 40), progressive: bool = False) -> bytes:
    rng = np.random.default_rng(1)
    width, height = size
    pixels = rng.integers(0, 255, (height, width, 3), dtype=np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels, "RGB").save(
        out, "JPEG", quality=90, restart_marker_blocks=restart_blocks, progressive=progressive
    )
    return out.getvalue()


@pytest.mark.parametrize("build", ["baseline", "progressive"])
def test_pieces_before_restart_markers_too_short_for_libjpeg_to_report_are_removed(tmp_path: Path, build: str) -> None:
    """1 to 3 bytes before a restart marker sit in libjpeg's bit buffer: it drops them at the
    restart without a word (no warning on the whole file). They are found all the same."""
    clean = noise(restart_blocks=4) if build == "baseline" else photo(restart_blocks=8, size=(160, 120))
    restarts = [m.start() for m in re.finditer(rb"\xff[\xd0-\xd7]", clean)]
    text = SECRET.encode()
    silent: dict[int, bytes] = {}
    for number, at in enumerate(restarts):
        for length in (3, 2, 1):
            piece = text[(number * 3) % (len(text) - 3) :][:length]
            if not libjpeg_warning(insert(clean, {**silent, at: piece})):
                silent[at] = piece
                break
        if len(silent) == 6:
            break
    assert len(silent) >= 3
    dirty = insert(clean, silent)
    assert libjpeg_warning(dirty) == ""
    copy = assert_clean_copy(tmp_path, clean, dirty, [])
    assert copy == clean


def test_a_clean_photo_with_restart_markers_costs_one_decode(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cameras (iPhones among them) write restart markers: asking for hidden pieces before them
    and measuring the last interval on its own cost no more than the one decode a photo without
    them costs."""
    from evidence_app.media import jpeg_scans
    from evidence_app.media.jpeg import JpegSanitizer

    clean = noise(restart_blocks=25, size=(400, 300))
    assert len(re.findall(rb"\xff[\xd0-\xd7]", clean)) > 10
    decoded: list[int] = []
    real = jpeg_scans._libjpeg_message

    def counting(data: bytes) -> str:
        decoded.append(len(data))
        return real(data)

    monkeypatch.setattr(jpeg_scans, "_libjpeg_message", counting)
    out = io.BytesIO()
    JpegSanitizer().sanitize(io.BytesIO(clean), out)
    assert out.getvalue() == clean
    assert sum(decoded) < 1.2 * len(clean), decoded
