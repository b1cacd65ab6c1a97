"""Media type detection from magic bytes only.

The file name and extension are never consulted: a ``.jpg`` that is really a PDF is a PDF, and
must be handled (or refused) as one. Anything not positively recognised is ``None`` so that it
can never reach a sanitizer for the wrong format.
"""

from __future__ import annotations

from .base import InvalidMedia, MediaType
from .zipguard import is_zip, read_directory, stored_prefix

HEAD_SIZE = 512
"""How many leading bytes callers should pass; enough for an ISO-BMFF ``ftyp`` box."""

PHOTO_TYPES: frozenset[MediaType] = frozenset(
    {MediaType.JPEG, MediaType.PNG, MediaType.TIFF, MediaType.WEBP, MediaType.HEIC, MediaType.GIF}
)

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# ISO base media file format (ftyp) brands.
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"})
_HEIF_GENERIC_BRANDS = frozenset({b"mif1", b"msf1"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})  # AVIF is not supported: never detected as HEIC
_M4A_BRANDS = frozenset({b"M4A ", b"M4B "})
_MOV_BRANDS = frozenset({b"qt  "})
_MP4_BRANDS = frozenset(
    {
        b"isom",
        b"iso2",
        b"iso3",
        b"iso4",
        b"iso5",
        b"iso6",
        b"iso7",
        b"iso8",
        b"iso9",
        b"mp41",
        b"mp42",
        b"mp71",
        b"avc1",
        b"M4V ",
        b"M4VH",
        b"M4VP",
        b"3gp4",
        b"3gp5",
        b"3gp6",
        b"3g2a",
        b"3g2b",
        b"3g2c",
        b"dash",
        b"mmp4",
        b"MSNV",
        b"f4v ",
        b"XAVC",
    }
)


def detect_type(head: bytes) -> MediaType | None:
    """Return the media type the leading bytes prove, or None if unknown or unsupported."""
    if head.startswith(b"\xff\xd8\xff"):
        return MediaType.JPEG
    if head.startswith(_PNG_SIGNATURE):
        return MediaType.PNG
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return MediaType.TIFF
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return MediaType.GIF
    if head[:4] in (b"RF64", b"BW64") and head[8:12] == b"WAVE":
        return MediaType.WAV  # recognised so that the WAV sanitizer can refuse it clearly
    if head[:4] == b"RIFF" and len(head) >= 12:
        if head[8:12] == b"WEBP":
            return MediaType.WEBP
        if head[8:12] == b"WAVE":
            return MediaType.WAV
        return None
    if head.startswith(b"%PDF-"):
        return MediaType.PDF
    if head.startswith(b"OggS"):
        return MediaType.OGG
    if head.startswith(b"fLaC"):
        return MediaType.FLAC
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return _from_ftyp(head)
    if head.startswith(b"ID3") or _is_mpeg_audio_frame(head):
        return MediaType.MP3
    # ZIP containers (DOCX/XLSX/PPTX/ODT) need the central directory at the end of the file:
    # see detect_bytes. Everything else: not recognised.
    return None


def _from_ftyp(head: bytes) -> MediaType | None:
    box_size = int.from_bytes(head[0:4], "big")
    major = head[8:12]
    end = min(len(head), box_size) if box_size >= 16 else 16
    compatible = {head[i : i + 4] for i in range(16, end - 3, 4)}
    if major in _AVIF_BRANDS:
        return None
    if major in _HEIC_BRANDS:
        return MediaType.HEIC
    if major in _HEIF_GENERIC_BRANDS:
        # mif1/msf1 only say "some HEIF": an AV1 payload (AVIF) is not HEIC.
        if compatible & _AVIF_BRANDS and not compatible & _HEIC_BRANDS:
            return None
        return MediaType.HEIC
    if major in _M4A_BRANDS:
        return MediaType.M4A
    if major in _MOV_BRANDS:
        return MediaType.MOV
    if major in _MP4_BRANDS:
        return MediaType.MP4
    return None


def _is_mpeg_audio_frame(head: bytes) -> bool:
    """An MPEG-1/2/2.5 layer I-III frame header (not AAC ADTS, which has layer bits 00)."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0x03
    layer = (head[1] >> 1) & 0x03
    bitrate = head[2] >> 4
    sample_rate = (head[2] >> 2) & 0x03
    return version != 0x01 and layer != 0x00 and bitrate != 0x0F and sample_rate != 0x03


_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_OOXML_MAIN_PARTS = (
    ("word/document.xml", MediaType.DOCX),
    ("xl/workbook.xml", MediaType.XLSX),
    ("ppt/presentation.xml", MediaType.PPTX),
)


def detect_bytes(data: bytes) -> MediaType | None:
    """Like :func:`detect_type`, but given the whole file, so that formats which cannot be told
    from the first bytes are recognised too:

    * ZIP-based documents (DOCX/XLSX/PPTX/ODT) from the names in the ZIP's central directory, read
      with bounded parsing and without decompressing anything;
    * FLAC files that start with an ID3v2 tag (the leading ``ID3`` would otherwise say MP3).
    """
    media_type = detect_type(data[: HEAD_SIZE * 8])
    if media_type is None and is_zip(data):
        return _office_type(data)
    if media_type is MediaType.MP3 and data.startswith(b"ID3") and len(data) >= 10:
        end = 10 + _syncsafe(data[6:10]) + (10 if data[5] & 0x10 else 0)
        if data[end : end + 4] == b"fLaC":
            return MediaType.FLAC
    return media_type


def _syncsafe(raw: bytes) -> int:
    return (raw[0] & 0x7F) << 21 | (raw[1] & 0x7F) << 14 | (raw[2] & 0x7F) << 7 | (raw[3] & 0x7F)


def _office_type(data: bytes) -> MediaType | None:
    try:
        entries = {e.name: e for e in read_directory(data)}
    except InvalidMedia:
        return None
    if "[Content_Types].xml" in entries:
        for part, media_type in _OOXML_MAIN_PARTS:
            if part in entries:
                return media_type
        return None
    mimetype = entries.get("mimetype")
    if mimetype is not None and "content.xml" in entries:
        # ODF: the first entry is an uncompressed "mimetype" naming the exact document type. Only
        # text documents are supported (not spreadsheets/presentations: no extractor for them).
        prefix = stored_prefix(data, mimetype, 100)
        if prefix is not None and prefix.strip() == _ODT_MIMETYPE:
            return MediaType.ODT
    return None
