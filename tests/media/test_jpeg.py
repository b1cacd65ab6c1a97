from __future__ import annotations

import io
import struct

import pytest
from PIL import Image, ImageOps

from evidence_app.media import jpeg_scans
from evidence_app.media.base import Category, InvalidMedia, MediaType
from evidence_app.media.exif_inspect import read_orientation
from evidence_app.media.jpeg import JpegSanitizer, _parse, orientation_exif

from . import dirty_photos as dp
from .conftest import DirtyCase

SANITIZER = JpegSanitizer()


def sanitize(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    out = io.BytesIO()
    result = SANITIZER.sanitize(io.BytesIO(data), out)
    assert result.output_type is MediaType.JPEG
    return out.getvalue(), result.transformations


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def markers(data: bytes) -> list[int]:
    """Marker codes of the output's segments (outside entropy-coded data)."""
    return [0xD8] + [s.marker for s in _parse(data, strict=True).segments] + [0xD9]


@pytest.mark.parametrize("name", ["jpeg", "jpeg-progressive", "jpeg-orientation-6"])
def test_pixels_are_identical(dirty_corpus: dict[str, DirtyCase], name: str) -> None:
    original = dirty_corpus[name].path.read_bytes()
    cleaned, _ = sanitize(original)
    a, b = decoded(original), decoded(cleaned)
    assert (a.mode, a.size) == (b.mode, b.size)
    assert a.tobytes() == b.tobytes()


def test_progressive_keeps_every_scan(dirty_corpus: dict[str, DirtyCase]) -> None:
    original = dirty_corpus["jpeg-progressive"].path.read_bytes()
    cleaned, _ = sanitize(original)
    scans = markers(cleaned).count(0xDA)
    assert scans > 1
    assert scans == markers(original[: original.rindex(b"\xff\xd9") + 2]).count(0xDA)
    assert decoded(cleaned).info.get("progressive") or decoded(cleaned).info.get("progression")


def test_orientation_is_kept_as_a_minimal_exif(dirty_corpus: dict[str, DirtyCase]) -> None:
    original = dirty_corpus["jpeg-orientation-6"].path.read_bytes()
    cleaned, notes = sanitize(original)
    segments = _parse(cleaned, strict=True).segments
    app1 = [s for s in segments if s.marker == 0xE1]
    assert len(app1) == 1 and app1[0].payload == orientation_exif(6)
    assert read_orientation(app1[0].payload[6:]) == 6
    assert any("orientation 6" in n for n in notes)
    upright_a = ImageOps.exif_transpose(decoded(original))
    upright_b = ImageOps.exif_transpose(decoded(cleaned))
    assert upright_a.size == upright_b.size == (48, 64)
    assert upright_a.tobytes() == upright_b.tobytes()
    # JFIF stays first: APP0 then APP1.
    assert markers(cleaned)[:3] == [0xD8, 0xE0, 0xE1]


def test_no_orientation_segment_when_upright(dirty_corpus: dict[str, DirtyCase]) -> None:
    cleaned, _ = sanitize(dirty_corpus["jpeg"].path.read_bytes())
    assert 0xE1 not in markers(cleaned)
    assert set(markers(cleaned)) <= {0xD8, 0xE0, 0xDB, 0xC0, 0xC2, 0xC4, 0xDA, 0xD9}


def test_transformations_list_each_removed_item(dirty_corpus: dict[str, DirtyCase]) -> None:
    _, notes = sanitize(dirty_corpus["jpeg"].path.read_bytes())
    text = "\n".join(notes)
    for expected in (
        "APP1 Exif",
        "APP1 XMP",
        "APP13 Photoshop/IPTC",
        "APP2 ICC profile",
        "COM comment",
        "after the end of the image",
    ):
        assert expected in text


def test_orientation_exif_builder_is_minimal() -> None:
    payload = orientation_exif(8)
    assert payload.startswith(b"Exif\x00\x00MM\x00*")
    assert len(payload) == 6 + 8 + 2 + 12 + 4
    assert read_orientation(payload[6:]) == 8
    with pytest.raises(ValueError):
        orientation_exif(9)


def test_cmyk_adobe_jpeg_keeps_colour_transform() -> None:
    buffer = io.BytesIO()
    dp.base_image().convert("CMYK").save(buffer, "JPEG", quality=90)
    original = buffer.getvalue()
    cleaned, _ = sanitize(original)
    assert 0xEE in markers(cleaned)
    a, b = decoded(original), decoded(cleaned)
    assert a.mode == b.mode == "CMYK"
    assert a.tobytes() == b.tobytes()


def test_restart_markers_survive() -> None:
    buffer = io.BytesIO()
    try:
        dp.base_image((64, 64)).save(buffer, "JPEG", quality=90, restart_marker_blocks=2)
    except TypeError:
        pytest.skip("this Pillow cannot write restart markers")
    original = buffer.getvalue()
    assert b"\xff\xdd" in original
    cleaned, _ = sanitize(original)
    assert 0xDD in markers(cleaned)
    assert decoded(original).tobytes() == decoded(cleaned).tobytes()


def _insert_after_soi(data: bytes, *segments: bytes) -> bytes:
    return data[:2] + b"".join(segments) + data[2:]


def _segment(marker: int, payload: bytes) -> bytes:
    return bytes((0xFF, marker)) + struct.pack(">H", len(payload) + 2) + payload


def test_jfif_thumbnail_and_jfxx_are_removed() -> None:
    base = dp.small_jpeg()
    assert base[2:4] == b"\xff\xe0"  # Pillow writes JFIF first
    length = struct.unpack(">H", base[4:6])[0]
    without_jfif = base[:2] + base[4 + length :]
    thumbnail = bytes(range(48))  # a 4x4 RGB thumbnail
    jfif = _segment(0xE0, b"JFIF\x00\x01\x02\x01\x00\x48\x00\x48\x04\x04" + thumbnail)
    jfxx = _segment(0xE0, b"JFXX\x00\x13" + b"\x02\x02" + bytes(12))
    original = _insert_after_soi(without_jfif, jfif, jfxx)
    cleaned, notes = sanitize(original)
    app0 = [s for s in _parse(cleaned, strict=True).segments if s.marker == 0xE0]
    assert [s.payload for s in app0] == [b"JFIF\x00\x01\x02\x01\x00\x48\x00\x48\x00\x00"]
    assert any("JFIF thumbnail" in n for n in notes)
    assert any("JFXX" in n for n in notes)
    inspection = SANITIZER.inspect(io.BytesIO(original))
    assert {f.key for f in inspection.findings if f.category is Category.THUMBNAIL} >= {
        "JFIF thumbnail",
        "APP0 JFXX thumbnail",
    }


def test_mpf_and_appended_second_image_are_removed() -> None:
    first = _insert_after_soi(dp.small_jpeg(), _segment(0xE2, b"MPF\x00" + b"MM\x00*\x00\x00\x00\x08" + bytes(6)))
    second = dp.small_jpeg((8, 8))
    cleaned, notes = sanitize(first + second)
    assert second not in cleaned
    assert not cleaned.endswith(second)
    assert 0xE2 not in markers(cleaned)
    inspection = SANITIZER.inspect(io.BytesIO(first + second))
    trailing = [f for f in inspection.findings if f.category is Category.TRAILING_DATA]
    assert trailing and "embedded JPEG" in trailing[0].value
    assert any("after the end of the image" in n for n in notes)


def test_unknown_app_segments_and_comments_are_removed() -> None:
    original = _insert_after_soi(
        dp.small_jpeg(),
        _segment(0xE5, b"VendorThing\x00" + dp.SERIAL.encode()),
        _segment(0xFE, dp.COMMENT.encode()),
        _segment(0xEB, b"JP\x00\x00" + dp.PRIVATE.encode()),
    )
    cleaned, notes = sanitize(original)
    for marker in (dp.SERIAL, dp.COMMENT, dp.PRIVATE):
        assert marker.encode() not in cleaned
    assert any("APP5 VendorThing" in n for n in notes)


def test_stray_bytes_between_segments_are_dropped() -> None:
    base = dp.small_jpeg()
    junk = b"\x00JUNK-BETWEEN-SEGMENTS\x00"
    original = base[:2] + junk + base[2:]
    cleaned, notes = sanitize(original)
    assert junk not in cleaned
    assert any("stray" in n for n in notes)
    assert decoded(cleaned).tobytes() == decoded(base).tobytes()


def test_inspect_reports_structure_facts(dirty_corpus: dict[str, DirtyCase]) -> None:
    inspection = SANITIZER.inspect(io.BytesIO(dirty_corpus["jpeg-orientation-6"].path.read_bytes()))
    assert (inspection.width, inspection.height) == (64, 48)
    assert inspection.facts["orientation"].startswith("6 ")
    assert inspection.facts["encoding"] == "baseline"
    progressive = SANITIZER.inspect(io.BytesIO(dirty_corpus["jpeg-progressive"].path.read_bytes()))
    assert progressive.facts["encoding"] == "progressive"
    assert int(progressive.facts["scans"]) > 1


def test_inspect_tolerates_truncation_but_sanitize_refuses() -> None:
    data = dp.small_jpeg((64, 64))
    cut = data[: len(data) * 2 // 3]
    inspection = SANITIZER.inspect(io.BytesIO(cut))
    assert any(f.key == "truncated" for f in inspection.findings)
    with pytest.raises(InvalidMedia, match="truncated"):
        sanitize(cut)


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xd8\xff\xd9",  # no frame at all
        b"\xff\xd8" + _segment(0xDB, bytes(65)) + b"\xff\xd9",  # tables only
        b"\xff\xd8\xff\xc0\x00\x01",  # impossible length
        b"\xff\xd8\xff\xd8\xff\xd9",  # second SOI
    ],
)
def test_structurally_broken_jpegs_are_invalid(data: bytes) -> None:
    with pytest.raises(InvalidMedia):
        sanitize(data)


def test_corrupt_entropy_data_is_refused_or_identical() -> None:
    """Damaged scans: if the output is produced, it decodes to exactly the original's pixels."""
    base = bytearray(dp.small_jpeg((64, 64)))
    sos = base.index(b"\xff\xda")
    for offset in range(sos + 20, len(base) - 4, 37):
        damaged = bytearray(base)
        damaged[offset] ^= 0x5A
        try:
            cleaned, _ = sanitize(bytes(damaged))
        except InvalidMedia:
            continue
        try:
            reference = decoded(bytes(damaged)).tobytes()
        except OSError:
            continue
        assert decoded(cleaned).tobytes() == reference


@pytest.mark.parametrize("progressive", [False, True], ids=["baseline", "progressive"])
def test_bytes_hidden_between_the_last_scan_and_eoi_are_removed(progressive: bool) -> None:
    """A note slipped in after the entropy-coded data (before EOI) is not image data."""
    clean = dp.small_jpeg((96, 64), progressive=progressive)
    secret = "ZQXSCANTAIL Dara +85512345678 "
    for hidden in (secret.encode() * 4, secret.encode("utf-16-le"), b"\x00" * 40 + secret.encode()):
        dirty = clean[:-2] + hidden + clean[-2:]
        cleaned, notes = sanitize(dirty)
        assert b"ZQXSCANTAIL" not in cleaned and "ZQXSCANTAIL".encode("utf-16-le") not in cleaned
        assert decoded(cleaned).tobytes() == decoded(dirty).tobytes() == decoded(clean).tobytes()
        assert any("at the end of the scans" in n for n in notes)
        # The hidden bytes go, the scan's own data stays (at most a last byte whose bits no
        # pixel depends on may go with them).
        assert clean[:-2].startswith(cleaned[:-2]) and len(clean) - len(cleaned) <= 2


def test_a_clean_scan_keeps_its_data() -> None:
    for progressive in (False, True):
        for size in ((32, 24), (64, 64), (17, 33), (96, 64)):
            data = dp.small_jpeg(size, progressive=progressive)
            cleaned, _ = sanitize(data)
            assert decoded(cleaned).tobytes() == decoded(data).tobytes()
            scans = data[data.index(b"\xff\xda") : -2]
            assert len(data) - len(cleaned) <= 2 and scans.startswith(cleaned[cleaned.index(b"\xff\xda") : -2])


def test_orientation_only_in_xmp_stays_upright() -> None:
    """Some editors write the orientation only into XMP; dropping the XMP must not turn the photo."""
    original = dp.small_jpeg((48, 32))
    for xmp in (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Orientation="6"'
        ' tiff:Artist="ZQXARTIST"/></rdf:RDF></x:xmpmeta>',
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:tiff="http://ns.adobe.com/tiff/1.0/"><tiff:Orientation>6</tiff:Orientation>'
        "</rdf:Description></rdf:RDF></x:xmpmeta>",
    ):
        payload = b"http://ns.adobe.com/xap/1.0/\x00" + xmp.encode()
        dirty = _insert_after_soi(original, _segment(0xE1, payload))
        cleaned, notes = sanitize(dirty)
        assert b"ZQXARTIST" not in cleaned and b"xmpmeta" not in cleaned
        app1 = [s for s in _parse(cleaned, strict=True).segments if s.marker == 0xE1]
        assert len(app1) == 1 and app1[0].payload == orientation_exif(6)
        assert ImageOps.exif_transpose(decoded(cleaned)).size == (32, 48)
        assert any("orientation 6" in n for n in notes)
        assert SANITIZER.inspect(io.BytesIO(dirty)).facts["orientation"].startswith("6")


def _count_full_decodes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the sanitizer's full-size decodes (the pixel-comparing tail search)."""
    calls: list[int] = []
    real = jpeg_scans._pixels

    def counting(data: bytes) -> bytes:
        calls.append(len(data))
        return real(data)

    monkeypatch.setattr(jpeg_scans, "_pixels", counting)
    return calls


def test_the_scan_tail_is_found_without_a_full_decode(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tail cut costs one 1/8-scale decode for a clean photo, a few for a dirty one: it was
    three full decodes or more per photo (import ~10x slower)."""
    calls = _count_full_decodes(monkeypatch)
    for progressive in (False, True):
        clean = dp.small_jpeg((96, 64), progressive=progressive)
        assert sanitize(clean)[0] == clean  # nothing to cut from a clean Pillow JPEG
        dirty = clean[:-2] + b"ZQXTAIL" * 5 + clean[-2:]
        cut, notes = sanitize(dirty)
        assert b"ZQXTAIL" not in cut and any("at the end of the scans" in n for n in notes)
    assert calls == []


@pytest.mark.parametrize("progressive", [False, True], ids=["baseline", "progressive"])
def test_libjpeg_end_finds_the_same_cut_as_comparing_pixels(progressive: bool) -> None:
    """Where libjpeg stops reading is where the old pixel-comparing search put the cut, for every
    tail length from 0 to 12 bytes (the bit buffer reads up to 8 bytes ahead) and all kinds of
    tail bytes: every added byte goes. The one difference: a last byte that libjpeg reads but no
    pixel depends on (an end-of-band run of a progressive scan) is kept, not cut."""
    for size in ((17, 33), (64, 64), (96, 64), (40, 8)):
        clean = dp.small_jpeg(size, progressive=progressive)
        for n in range(13):
            for fill in (b"Z", b"\x00", b"\x7f"):
                dirty = clean[:-2] + fill * n + clean[-2:]
                parsed = _parse(dirty, strict=True)
                scan_len = len(next(s for s in reversed(parsed.segments) if s.marker == 0xDA).scan)
                fast = jpeg_scans._trim_scan(dirty, scan_len)
                slow = jpeg_scans._trim_by_pixels(dirty, scan_len)
                assert fast[2] is True
                assert n <= fast[0] <= slow[0] <= fast[0] + 1, (size, n, fill)
                assert fast[0] == slow[0] or progressive  # baseline: the very same cut
                assert slow[1][:-2].startswith(fast[1][:-2]) or fast[1][:-2].startswith(slow[1][:-2])


def test_the_parser_process_walks_a_photo_once_for_inspection_and_clean_copy(
    dirty_corpus: dict[str, DirtyCase], monkeypatch: pytest.MonkeyPatch
) -> None:
    """#18: ``sanitize_here`` (what the parser process runs) parses the JPEG's segments once for
    both halves; the answer is the one the two separate calls give, and nothing is kept after."""
    from evidence_app.media import isolation, jpeg
    from evidence_app.media.registry import sanitizer_for

    data = next(c for c in dirty_corpus.values() if c.output_type is MediaType.JPEG).path.read_bytes()
    separate = JpegSanitizer()
    expected_inspection = separate.inspect(io.BytesIO(data))
    expected_working = io.BytesIO()
    expected_result = separate.sanitize(io.BytesIO(data), expected_working)

    walks: list[int] = []
    real = jpeg._parse

    def counting(payload: bytes, *, strict: bool) -> jpeg._Parsed:
        walks.append(len(payload))
        return real(payload, strict=strict)

    monkeypatch.setattr(jpeg, "_parse", counting)
    done = isolation.sanitize_here(data, MediaType.JPEG)
    assert walks.count(len(data)) == 1, walks  # the other walk is of the clean copy's short head
    assert done.working == expected_working.getvalue()
    assert done.result == expected_result
    assert done.inspection.to_json() == expected_inspection.to_json()
    assert sanitizer_for(MediaType.JPEG)._last is None  # type: ignore[attr-defined]
    walks.clear()
    separate.inspect(io.BytesIO(data))
    separate.sanitize(io.BytesIO(data), io.BytesIO())
    assert walks.count(len(data)) == 2  # outside one_file nothing is shared (or held)
