from __future__ import annotations

import io
import struct
import time

import pytest

from evidence_app.media.base import Category
from evidence_app.media.exif_inspect import (
    gps_position,
    inspect_exif,
    inspect_iptc,
    inspect_photoshop_irb,
    read_orientation,
    shorten,
    summarize_xmp,
)
from evidence_app.media.jpeg import JpegSanitizer, orientation_exif

from . import dirty_photos as dp


def test_gps_is_rendered_in_decimal_degrees() -> None:
    report = inspect_exif(dp.pillow_exif().tobytes())
    by_key = {f.key: f for f in report.findings}
    assert by_key["GPS position"].value == "10.62345 N, 103.52345 E"
    assert by_key["GPS position"].category is Category.GPS and by_key["GPS position"].risky


def test_southern_western_positions() -> None:
    exif = dp.pillow_exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[3] = "S", "W"
    by_key = {f.key: f for f in inspect_exif(exif.tobytes()).findings}
    assert by_key["GPS position"].value == "10.62345 S, 103.52345 E".replace("E", "W")


def test_tag_categories() -> None:
    findings = inspect_exif(dp.pillow_exif().tobytes()).findings
    categories = {f.key.split(" ", 1)[1]: f.category for f in findings if f.key != "GPS position"}
    assert categories["Image Make"] is Category.DEVICE
    assert categories["Image Model"] is Category.DEVICE
    assert categories["EXIF BodySerialNumber"] is Category.SERIAL
    assert categories["EXIF LensSerialNumber"] is Category.SERIAL
    assert categories["EXIF CameraOwnerName"] is Category.OWNER
    assert categories["Image Artist"] is Category.OWNER
    assert categories["Image Copyright"] is Category.OWNER
    assert categories["Image DateTime"] is Category.DATE
    assert categories["EXIF DateTimeOriginal"] is Category.DATE
    assert categories["Image Software"] is Category.SOFTWARE
    assert categories["Image ImageDescription"] is Category.COMMENT
    assert categories["GPS GPSLatitude"] is Category.GPS
    assert all(f.risky for f in findings if f.category is not Category.STRUCTURE)


def test_orientation_reader() -> None:
    assert read_orientation(orientation_exif(6)[6:]) == 6
    assert read_orientation(dp.pillow_exif(orientation=3).tobytes()[6:]) == 3
    assert read_orientation(dp.pillow_exif().tobytes()[6:]) is None
    assert read_orientation(b"") is None
    assert read_orientation(b"II*\x00\xff\xff\xff\xff") is None
    assert read_orientation(dp.absurd_count_exif()) is None


def test_hostile_exif_is_bounded_in_time() -> None:
    """A loop, self-referencing sub-IFDs and a 4-billion-value MakerNote: must finish quickly."""
    started = time.monotonic()
    report = inspect_exif(dp.hostile_exif())
    assert time.monotonic() - started < 5
    assert report.findings
    assert any(f.risky for f in report.findings)


def test_absurd_entry_count_is_bounded() -> None:
    started = time.monotonic()
    report = inspect_exif(dp.absurd_count_exif())
    assert time.monotonic() - started < 5
    assert isinstance(report.findings, tuple)


@pytest.mark.parametrize(
    "payload",
    [dp.hostile_exif(), dp.absurd_count_exif(), b"MM\x00*garbage", b"II*\x00"],
    ids=["loops-and-absurd-counts", "65535-entries", "garbage", "header-only"],
)
def test_jpeg_with_hostile_exif_inspects_and_sanitizes(payload: bytes) -> None:
    data = dp.jpeg_with_app1(payload)
    started = time.monotonic()
    inspection = JpegSanitizer().inspect(io.BytesIO(data))
    out = io.BytesIO()
    result = JpegSanitizer().sanitize(io.BytesIO(data), out)
    assert time.monotonic() - started < 8
    assert any(f.key == "APP1 Exif" for f in inspection.findings)
    assert b"Exif" not in out.getvalue()
    assert any("APP1 Exif" in t for t in result.transformations)


def test_truncated_and_garbage_exif_never_raise() -> None:
    exif = dp.pillow_exif().tobytes()[6:]
    for cut in range(0, len(exif), 7):
        inspect_exif(exif[:cut])
    for i in range(0, len(exif), 5):
        mutated = bytearray(exif)
        mutated[i] ^= 0xFF
        inspect_exif(bytes(mutated))


def test_iptc_and_photoshop_resources() -> None:
    def dataset(record: int, number: int, value: bytes) -> bytes:
        return bytes((0x1C, record, number)) + struct.pack(">H", len(value)) + value

    iptc = (
        dataset(1, 90, b"\x1b%G")
        + dataset(2, 0, b"\x00\x04")
        + dataset(2, 80, dp.IPTC_BYLINE.encode())
        + dataset(2, 90, dp.IPTC_CITY.encode())
        + dataset(2, 55, b"20240501")
    )
    findings = {f.key: f for f in inspect_iptc(iptc)}
    assert findings["IPTC By-line"].value == dp.IPTC_BYLINE
    assert findings["IPTC By-line"].category is Category.OWNER
    assert findings["IPTC City"].category is Category.IPTC
    assert findings["IPTC DateCreated"].category is Category.DATE

    def resource(number: int, body: bytes) -> bytes:
        return (
            b"8BIM"
            + struct.pack(">H", number)
            + b"\x00\x00"
            + struct.pack(">I", len(body))
            + body
            + (b"\x00" if len(body) % 2 else b"")
        )

    irb = resource(0x0404, iptc) + resource(0x040C, b"\xff\xd8thumb") + resource(0x0424, dp.XMP_PACKET)
    keys = {f.key: f.category for f in inspect_photoshop_irb(irb)}
    assert keys["IPTC By-line"] is Category.OWNER
    assert keys["Photoshop thumbnail"] is Category.THUMBNAIL
    assert keys["Photoshop XMP"] is Category.XMP
    # Truncated/garbage resources never raise.
    for cut in range(0, len(irb), 3):
        inspect_photoshop_irb(irb[:cut])
        inspect_iptc(iptc[:cut])


def test_xmp_summary_and_shortening() -> None:
    assert "creator" in summarize_xmp(dp.XMP_PACKET)
    assert summarize_xmp(b"").startswith("0 bytes")
    text = shorten("a\x00b\nc" + "x" * 200)
    assert len(text) <= 80 and "\n" not in text and "\x00" not in text


def test_gps_without_coordinates() -> None:
    assert gps_position({}) is None


def test_many_hostile_exif_blocks_share_one_budget() -> None:
    """Hundreds of hostile eXIf chunks in one PNG must not multiply the parsing time."""
    from evidence_app.media.png import PngSanitizer

    data = dp.small_png()
    chunks = dp.png_chunk(b"eXIf", dp.absurd_count_exif()) * 200
    data = data[:33] + chunks + data[33:]
    started = time.monotonic()
    inspection = PngSanitizer().inspect(io.BytesIO(data))
    assert time.monotonic() - started < 6
    assert sum(1 for f in inspection.findings if f.key == "eXIf chunk") == 200


def test_many_huge_string_tags_are_bounded() -> None:
    """Thousands of string tags each claiming a 4 GB value inside a 2 MB block."""
    count = 3000
    entries = b"".join(struct.pack("<HHII", 0x010E, 2, 0xFFFFFFF0, 8) for _ in range(count))
    tiff = b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", count) + entries + b"\x00" * 4
    tiff += b"A" * (2_000_000 - len(tiff))
    started = time.monotonic()
    report = inspect_exif(tiff)
    assert time.monotonic() - started < 5
    assert all(len(f.value) <= 80 for f in report.findings)
