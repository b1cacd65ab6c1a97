from __future__ import annotations

import io

import pytest

from evidence_app.media.base import InvalidMedia, MediaType
from evidence_app.media.detect import PHOTO_TYPES, detect_type
from evidence_app.media.jpeg import JpegSanitizer

from . import dirty_photos as dp


def ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = b"ftyp" + major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return (len(body) + 4).to_bytes(4, "big") + body + b"\x00\x00\x00\x08mdat"


@pytest.mark.parametrize(
    "head, expected",
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", MediaType.JPEG),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", MediaType.PNG),
        (b"II*\x00\x08\x00\x00\x00", MediaType.TIFF),
        (b"MM\x00*\x00\x00\x00\x08", MediaType.TIFF),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", MediaType.WEBP),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", MediaType.WAV),
        (b"FORM\x00\x00\x10\x00AIFFCOMM", MediaType.AIFF),
        (b"FORM\x00\x00\x10\x00AIFCFVER", MediaType.AIFF),
        (b"#!AMR\n\x3c", MediaType.AMR),
        (b"#!AMR-WB\n\x04", MediaType.AMR),
        (b"#!AMR_MC1.0\n", None),
        (b"\x1a\x45\xdf\xa3\x9fB\x86\x81\x01B\x82\x84webmB\x87", MediaType.WEBM),
        (b"\x1a\x45\xdf\xa3\x93B\x82\x88matroskaB\x87", MediaType.MKV),
        (b"\x1a\x45\xdf\xa3\x93B\x82\x84abcdB\x87", None),
        (b"GIF87a\x01\x00\x01\x00", MediaType.GIF),
        (b"GIF89a\x01\x00\x01\x00", MediaType.GIF),
        (ftyp(b"heic", b"mif1", b"heic"), MediaType.HEIC),
        (ftyp(b"heix", b"mif1"), MediaType.HEIC),
        (ftyp(b"mif1", b"mif1", b"heic"), MediaType.HEIC),
        (ftyp(b"msf1", b"hevc"), MediaType.HEIC),
        (ftyp(b"avif", b"mif1", b"avif"), MediaType.AVIF),
        (ftyp(b"mif1", b"mif1", b"avif", b"miaf"), MediaType.AVIF),
        (ftyp(b"M4A ", b"M4A ", b"isom"), MediaType.M4A),
        (ftyp(b"qt  ", b"qt  "), MediaType.MOV),
        (ftyp(b"isom", b"isom", b"avc1"), MediaType.MP4),
        (ftyp(b"mp42", b"mp42"), MediaType.MP4),
        (ftyp(b"crx ", b"crx "), None),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", MediaType.PDF),
        (b"OggS\x00\x02\x00\x00", MediaType.OGG),
        (b"fLaC\x00\x00\x00\x22", MediaType.FLAC),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00", MediaType.MP3),
        (b"\xff\xfb\x90\x64\x00\x00", MediaType.MP3),  # MPEG-1 layer III frame
        (b"\xff\xf1\x50\x80\x00\x1f", None),  # AAC ADTS is not MP3
        (b"PK\x03\x04\x14\x00\x06\x00", None),  # ZIP-based documents are not detected here
        (b"", None),
        (b"\x00" * 64, None),
        (b"RIFF", None),
    ],
)
def test_magic_bytes(head: bytes, expected: MediaType | None) -> None:
    assert detect_type(head) is expected


def test_photo_types() -> None:
    expected = {MediaType.JPEG, MediaType.PNG, MediaType.TIFF, MediaType.WEBP, MediaType.HEIC, MediaType.GIF}
    assert expected == PHOTO_TYPES


def test_real_generated_files_are_detected() -> None:
    assert detect_type(dp.small_jpeg()) is MediaType.JPEG
    assert detect_type(dp.small_png()) is MediaType.PNG
    for fmt, expected in (
        ("TIFF", MediaType.TIFF),
        ("WEBP", MediaType.WEBP),
        ("GIF", MediaType.GIF),
        ("HEIF", MediaType.HEIC),
    ):
        buffer = io.BytesIO()
        dp.base_image().save(buffer, fmt)
        assert detect_type(buffer.getvalue()[:512]) is expected, fmt


def test_a_jpg_that_is_really_a_pdf(tmp_path: object) -> None:
    """The name says .jpg, the bytes say PDF: the bytes win, and the JPEG code refuses it."""
    fake = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    assert detect_type(fake[:512]) is MediaType.PDF
    with pytest.raises(InvalidMedia, match="not a JPEG"):
        JpegSanitizer().sanitize(io.BytesIO(fake), io.BytesIO())


@pytest.mark.parametrize(
    "head, name",
    [
        (b"II*\x00\x10\x00\x00\x00CR\x02\x00" + b"\x00" * 64, "Canon CR2"),
        (b"II*\x00\x08\x00\x00\x00IIII" + b"\x00" * 64, "Phase One IIQ"),
    ],
)
def test_camera_raws_in_a_tiff_wrapper_are_not_tiff_and_are_named(head: bytes, name: str) -> None:
    from evidence_app.media.detect import detect_bytes, unsupported_reason

    assert detect_type(head) is MediaType.TIFF  # the head alone cannot tell
    assert detect_bytes(head) is None  # whole-file detection (what intake and re-sanitizing use) can
    assert f"camera raw files ({name}) are not supported" in (unsupported_reason(head) or "")
    assert "convert it to DNG" in (unsupported_reason(head) or "")  # the one way in, named
