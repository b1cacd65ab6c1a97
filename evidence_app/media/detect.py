"""Media type detection from magic bytes only.

The file name and extension are never consulted: a ``.jpg`` that is really a PDF is a PDF, and
must be handled (or refused) as one. Anything not positively recognised is ``None`` so that it
can never reach a sanitizer for the wrong format.
"""

from __future__ import annotations

import re

from .base import InvalidMedia, MediaType
from .zipguard import is_zip, read_directory, stored_prefix

HEAD_SIZE = 512
"""How many leading bytes callers should pass; enough for an ISO-BMFF ``ftyp`` box."""

PHOTO_TYPES: frozenset[MediaType] = frozenset(
    {MediaType.JPEG, MediaType.PNG, MediaType.TIFF, MediaType.WEBP, MediaType.HEIC, MediaType.GIF}
)

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_BMP_HEADER_SIZES = frozenset({12, 40, 52, 56, 64, 108, 124})  # the DIB header versions
RAW_ADVICE = "convert it to DNG (e.g. with Adobe DNG Converter) or export a JPEG or TIFF, and import that"
_TIFF_RAW_MARKS = (b"CR\x02\x00", b"IIII")  # bytes 8-11 of a Canon CR2 / Phase One IIQ

# ISO base media file format (ftyp) brands.
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"})
_HEIF_GENERIC_BRANDS = frozenset({b"mif1", b"msf1"})
_AVIF_BRANDS = frozenset({b"avif", b"avis"})  # AV1 in HEIF: never detected as HEIC
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
    if head.startswith((b"\xff\x0a", b"\x00\x00\x00\x0cJXL \r\n\x87\n")):
        return MediaType.JXL  # bare codestream or the box container
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return MediaType.GIF
    if head[:2] == b"BM" and len(head) >= 18 and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES:
        return MediaType.BMP
    if head[:6] == b"8BPS\x00\x01":  # version 1; version 2 (PSB, large documents) is not read
        return MediaType.PSD
    if head[:4] in (b"RF64", b"BW64") and head[8:12] == b"WAVE":
        return MediaType.WAV  # recognised so that the WAV sanitizer can refuse it clearly
    if head[:4] == b"RIFF" and len(head) >= 12:
        if head[8:12] == b"WEBP":
            return MediaType.WEBP
        if head[8:12] == b"WAVE":
            return MediaType.WAV
        if head[8:12] == b"AVI ":  # AVIX is an extension segment, never a file's start
            return MediaType.AVI
        return None
    if head.startswith(b"%PDF-"):
        return MediaType.PDF
    if head.startswith(b"{\\rtf"):
        return MediaType.RTF
    if head.startswith(b"OggS"):
        return MediaType.OGG
    if head.startswith(b"fLaC"):
        return MediaType.FLAC
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return MediaType.AIFF
    if head[:4] == b"\x1a\x45\xdf\xa3":  # EBML: the DocType says WebM or Matroska
        if b"\x42\x82\x84webm" in head[:64]:
            return MediaType.WEBM
        if b"\x42\x82\x88matroska" in head[:64]:
            return MediaType.MKV
        return None
    if head.startswith((b"#!AMR\n", b"#!AMR-WB\n")):
        return MediaType.AMR
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return _from_ftyp(head)
    if len(head) >= 8 and head[4:8] in _QUICKTIME_FIRST_BOXES and int.from_bytes(head[:4], "big") not in range(2, 8):
        return MediaType.MOV  # QuickTime from before 'ftyp' (2001): it starts with its atoms
    if head.startswith(b"ID3") or _is_mpeg_audio_frame(head):
        return MediaType.MP3
    if _is_adts(head):
        return MediaType.AAC
    if head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11\xa6\xd9\x00\xaa\x00\x62\xce\x6c"):
        return MediaType.ASF  # the ASF header object: WMV, WMA, ASF
    # ZIP containers (DOCX/XLSX/PPTX/ODT) need the central directory at the end of the file:
    # see detect_bytes. Everything else: not recognised.
    return None


_QUICKTIME_FIRST_BOXES = frozenset({b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"})


def _from_ftyp(head: bytes) -> MediaType | None:
    box_size = int.from_bytes(head[0:4], "big")
    major = head[8:12]
    end = min(len(head), box_size) if box_size >= 16 else 16
    compatible = {head[i : i + 4] for i in range(16, end - 3, 4)}
    if major in _AVIF_BRANDS:
        return MediaType.AVIF
    if major in _HEIC_BRANDS:
        return MediaType.HEIC
    if major in _HEIF_GENERIC_BRANDS:
        # mif1/msf1 only say "some HEIF": an AV1 payload (AVIF) is not HEIC.
        if compatible & _AVIF_BRANDS and not compatible & _HEIC_BRANDS:
            return MediaType.AVIF
        return MediaType.HEIC
    if major in _M4A_BRANDS:
        return MediaType.M4A
    if major in _MOV_BRANDS:
        return MediaType.MOV
    if major in _MP4_BRANDS:
        return MediaType.MP4
    if major[:2] == b"3g" and major[2:3] in b"p2egrshmt":  # 3GPP/3GPP2: every release and profile
        return MediaType.THREEGP
    return None


def _is_adts(head: bytes) -> bool:
    """An AAC ADTS frame header: sync 0xFFF, layer 00, a valid sampling index and frame length."""
    if len(head) < 7 or head[0] != 0xFF or head[1] & 0xF6 != 0xF0:
        return False
    sampling = (head[2] >> 2) & 0x0F
    length = ((head[3] & 0x03) << 11) | (head[4] << 3) | (head[5] >> 5)
    return sampling < 13 and length >= 7


def _is_mpeg_audio_frame(head: bytes) -> bool:
    """An MPEG-1/2/2.5 layer I-III frame header (not AAC ADTS, which has layer bits 00)."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    version = (head[1] >> 3) & 0x03
    layer = (head[1] >> 1) & 0x03
    bitrate = head[2] >> 4
    sample_rate = (head[2] >> 2) & 0x03
    return version != 0x01 and layer != 0x00 and bitrate != 0x0F and sample_rate != 0x03


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2 compound file: .doc/.xls/.ppt and more
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
    * FLAC files that start with an ID3v2 tag (the leading ``ID3`` would otherwise say MP3);
    * camera raws in a TIFF wrapper (Canon CR2, Phase One IIQ): not TIFF photos, so None (the
      TIFF sanitizer would keep only the small preview); ``unsupported_reason`` names them.
    """
    media_type = detect_type(data[: HEAD_SIZE * 8])
    if media_type is MediaType.TIFF and data[8:12] in _TIFF_RAW_MARKS:
        return None
    if media_type is MediaType.TIFF:
        from .camera_raw import is_dng  # a TIFF whose IFD0 says DNGVersion

        if is_dng(data):
            return MediaType.DNG
    if media_type is None and is_zip(data):
        return _office_type(data)
    if media_type is None and data.startswith(_OLE_MAGIC):
        from .legacy_office import ole_kind  # olefile: loaded only for OLE2 files

        kind = ole_kind(data)
        return kind if isinstance(kind, MediaType) else None
    if media_type is None and _is_transport_stream(data):
        return MediaType.MTS
    if media_type is None and is_html(data[:4096]):
        return MediaType.HTML
    if media_type is None and _text_kind(data[:4096]) == _SVG_IMAGES:
        return MediaType.SVG
    if media_type is None and is_email(data):
        return MediaType.EML
    utf16 = media_type is MediaType.MP3 and data.startswith((b"\xff\xfe", b"\xfe\xff"))  # a BOM looks like a frame
    named = _text_kind(data[:4096]) == _PLAIN_TEXT and (utf16 or unsupported_reason(data) == _UNREADABLE_TEXT)
    if (media_type is None or utf16) and named:  # not a text-based format such as FITS, PPM, PostScript
        from .text import decode_text  # the whole file must be text, not only its head

        if decode_text(data) is not None:
            return MediaType.TEXT
    if media_type is MediaType.MP3 and data.startswith(b"ID3") and len(data) >= 10:
        end = 10 + _syncsafe(data[6:10]) + (10 if data[5] & 0x10 else 0)
        if data[end : end + 4] == b"fLaC":
            return MediaType.FLAC
        if _is_adts(data[end : end + 8]):
            return MediaType.AAC  # raw AAC behind an ID3 tag, as radio recorders write it
        if data[end : end + 4] in (b"MPCK", b"MAC ") or data[end : end + 3] == b"MP+":
            return None  # Musepack/Monkey's Audio behind an ID3 tag: not MP3 (see unsupported_reason)
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
    if mimetype is not None:
        prefix = stored_prefix(data, mimetype, 100)
        if prefix is not None and prefix.strip() == b"application/epub+zip":
            return MediaType.EPUB
    if mimetype is not None and "content.xml" in entries:
        # ODF: the first entry is an uncompressed "mimetype" naming the exact document type
        # (text, spreadsheet, presentation, drawing; formulas are refused by name).
        prefix = stored_prefix(data, mimetype, 100)
        odf = {m.value.encode(): m for m in (MediaType.ODT, MediaType.ODS, MediaType.ODP, MediaType.ODG)}
        if prefix is not None and prefix.strip() in odf:
            return odf[prefix.strip()]
    return None


# Formats recognised only to name them in a refusal: "BMP images are not supported", not "not
# recognised", so the researcher knows what to convert. Never used to pick a sanitizer.
_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"BM", "BMP images"),
    (0, b"8BPS", "Photoshop (PSD) images"),
    (0, b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JPEG 2000 images"),
    (0, b"\xff\x4f\xff\x51", "JPEG 2000 images"),
    (0, b"gimp xcf", "GIMP (XCF) images"),
    (0, b"FUJIFILMCCD-RAW", "camera raw files (Fujifilm RAF)"),
    (0, b"\x00MRM", "camera raw files (Minolta MRW)"),
    (0, b"FOVb", "camera raw files (Sigma X3F)"),
    (6, b"HEAPCCDR", "camera raw files (Canon CRW)"),
    (4, b"ftypcrx ", "camera raw files (Canon CR3)"),
    (0, b"IIU\x00", "camera raw files (Panasonic RW2)"),
    (0, b"IIRO", "camera raw files (Olympus ORF)"),
    (0, b"IIRS", "camera raw files (Olympus ORF)"),
    (0, b"MMOR", "camera raw files (Olympus ORF)"),
    (8, b"CR\x02\x00", "camera raw files (Canon CR2)"),
    (8, b"IIII", "camera raw files (Phase One IIQ)"),
    (0, b"#!AMR", "multi-channel AMR audio recordings"),
    (0, b"MAC ", "Monkey's Audio (APE) files"),
    (0, b"MPCK", "Musepack audio files"),
    (0, b"MP+", "Musepack audio files"),
    (0, b".RMF", "RealMedia files"),
    (0, b".ra\xfd", "RealAudio files"),
    (0, b"\x1a\x45\xdf\xa3", "EBML files other than Matroska/WebM"),
    (0, b"FLV\x01", "Flash video (FLV) files"),
    (0, b"FWS", "Flash (SWF) files"),
    (0, b"CWS", "Flash (SWF) files"),
    (0, b"\x06\x0e\x2b\x34", "MXF videos"),
    (0, b"%!PS", "PostScript files"),
    (0, b"\xc5\xd0\xd3\xc6", "PostScript files"),
    (0, b"AT&TFORM", "DjVu documents"),
    (128, b"DICM", "DICOM medical images"),
    (0, b"SIMPLE  =", "FITS images"),
    (0, b"\x76\x2f\x31\x01", "OpenEXR images"),
    (0, b"#?RADIANCE", "Radiance HDR images"),
    (0, b"#?RGBE", "Radiance HDR images"),
    (0, b"BPG\xfb", "BPG images"),
    (0, b"FLIF", "FLIF images"),
    (0, b"\x1f\x8b", "gzip archives"),
    (0, b"Rar!", "RAR archives"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archives"),
    (0, b"\x7fELF", "programs and libraries"),
    (0, b"MZ", "programs and libraries"),
    (0, b"\xfe\xed\xfa\xce", "programs and libraries"),
    (0, b"\xfe\xed\xfa\xcf", "programs and libraries"),
    (0, b"\xce\xfa\xed\xfe", "programs and libraries"),
    (0, b"\xcf\xfa\xed\xfe", "programs and libraries"),
    (0, b"\xca\xfe\xba\xbe", "programs and libraries"),
    (0, b"!<arch>", "programs and libraries"),
    (0, b"\x00\x01\x00\x00\x00", "font files"),
    (0, b"OTTO", "font files"),
    (0, b"\x0a\x0d\x0d\x0a", "network captures (pcapng)"),
    (0, b"bplist", "property lists"),
    (0, b"d8:announce", "torrent files"),
    (0, b"MIFF", "MIFF images"),
    (0, b"id=ImageMagick", "MIFF images"),
)


_SVG_IMAGES = "SVG images"
_PLAIN_TEXT = "plain text files"  # what _text_kind says of text that is not markup or data
# Plain text that decodes is imported (detect_bytes): text that reaches a refusal did not.
_UNREADABLE_TEXT = (
    "the text file cannot be read as UTF-8 or UTF-16 (another encoding, control characters or no visible text);"
    " save it as UTF-8 and import it again"
)


def unsupported_reason(data: bytes) -> str | None:
    """A true one-line reason for a file no sanitizer takes, naming its format when the bytes
    show it; None when nothing is recognised."""
    head = data[:4096]
    if head.startswith(b"ID3") and len(head) >= 10:  # a tag in front says nothing of the format
        end = 10 + _syncsafe(data[6:10])
        head = data[end : end + 4096] if end < len(data) else head
    if data.startswith(_OLE_MAGIC):
        from .legacy_office import ole_kind

        kind = ole_kind(data)
        if isinstance(kind, str):
            return kind
    for offset, magic, name in _SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            if name.startswith("camera raw files"):
                # DNG is developed into a working copy; the others have no reader here that can be
                # trusted to refuse a damaged file, so the user is told the one way in.
                return f"{name} are not supported (detected from the content): {RAW_ADVICE}"
            return f"{name} are not supported (detected from the content)"
    if head[:4] == b"RIFF" and head[8:12] == b"AVIX":
        return "AVI extension segments (AVIX) are not supported (detected from the content)"
    if len(head) >= 3 and head[0:1] == b"P" and head[1:2] in b"1234567Ff" and head[2:3] in b" \t\r\n":
        return "Netpbm images (PPM/PGM/PBM/PFM) are not supported (detected from the content)"
    if len(data) > 0x8006 and data[0x8001:0x8006] == b"CD001":
        return "disc images (ISO) are not supported (detected from the content)"
    if is_zip(data):
        return _zip_reason(data)
    text = _text_kind(head)
    if text == _PLAIN_TEXT:
        return _UNREADABLE_TEXT
    if text is not None:
        return f"{text} are not supported (detected from the content)"
    return None


_HTML_START = re.compile(rb"^(?:\s|<\?xml[^>]*>|<!--.*?-->)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def is_html(head: bytes) -> bool:
    """An HTML page from its first bytes (any ASCII-compatible encoding, or UTF-16 with a BOM)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            head = head.decode("utf-16", "ignore").encode("utf-8")
        except UnicodeError:
            return False
    return _HTML_START.match(head.removeprefix(b"\xef\xbb\xbf")[:2000]) is not None


_KNOWN_HEADERS = frozenset(
    {"from", "to", "cc", "subject", "date", "message-id", "mime-version", "received", "return-path", "delivered-to"}
)
_HEADER_LINE = re.compile(rb"^[!-9;-~]{1,76}:[ \t]?")  # RFC 5322 field name, then ':'


def is_email(data: bytes) -> bool:
    """A single RFC 5322 message: a header block of field lines (and folded continuations)
    naming at least two of the usual fields, ended by an empty line."""
    head = data[:65536]
    if head.startswith(b"From "):  # the mbox separator some clients write before one message
        head = head.split(b"\n", 1)[-1]
    names: set[str] = set()
    for line in head.split(b"\n"):
        line = line.rstrip(b"\r")
        if not line:
            return len(names & _KNOWN_HEADERS) >= 2 and bool(names & {"from", "to", "subject", "date"})
        if line[:1] in (b" ", b"\t") and names:
            continue
        match = _HEADER_LINE.match(line)
        if match is None:
            return False
        names.add(line.split(b":", 1)[0].decode("ascii").lower())
    # No empty line: a message of headers only (nothing else in the file), still an e-mail.
    return len(data) <= len(head) and len(names & _KNOWN_HEADERS) >= 2 and bool(names & {"from", "to", "subject"})


def _is_transport_stream(data: bytes) -> bool:
    for packet, start in ((188, 0), (192, 4)):
        if len(data) >= packet * 3 + start and all(data[start + i * packet] == 0x47 for i in range(3)):
            return True
    return False


def _zip_reason(data: bytes) -> str:
    try:
        entries = {e.name: e for e in read_directory(data)}
    except InvalidMedia as exc:
        return f"the ZIP archive cannot be read: {exc}"
    mimetype = entries.get("mimetype")
    prefix = stored_prefix(data, mimetype, 100) if mimetype is not None else None
    kinds = {
        b"application/vnd.oasis.opendocument.formula": "OpenDocument formulas (ODF)",
    }
    if prefix is not None and prefix.strip() in kinds:
        return f"{kinds[prefix.strip()]} are not supported (detected from the content)"
    if "word/document.xml" in entries and "[Content_Types].xml" not in entries:
        return "the Word document is damaged: it has no [Content_Types].xml part"
    if "Index/Document.iwa" in entries or any(n.startswith("Index/") for n in entries):
        return "Apple iWork documents are not supported (detected from the content)"
    return "ZIP archives are not supported (detected from the content); import the files inside it"


def _text_kind(head: bytes) -> str | None:
    if b"\x00" in head[:1024] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        text = head.decode("utf-8") if not head.startswith((b"\xff\xfe", b"\xfe\xff")) else head.decode("utf-16")
    except UnicodeDecodeError:
        try:
            text = head[:-3].decode("utf-8")  # the head may end inside a multi-byte character
        except UnicodeDecodeError:
            return None
    if any(ord(ch) < 9 or 13 < ord(ch) < 32 for ch in text[:1024] if ch not in "\x1b"):
        return None
    start = text.lstrip("\ufeff \t\r\n").lower()
    if start.startswith(("<!doctype html", "<html")) or "<html" in start[:1000]:
        return "HTML pages"
    if "<svg" in start[:2000]:
        return _SVG_IMAGES
    if start.startswith("<?xml") or start.startswith("<x:xmpmeta") or start.startswith("<"):
        return "XML files (XMP sidecars, GPX/KML tracks, ...)"
    if start.startswith("begin:vcalendar"):
        return "calendar (ICS) files"
    if start.startswith("begin:vcard"):
        return "contact cards (VCF)"
    if start.startswith(("{", "[")):
        return "JSON and other data files"
    return _PLAIN_TEXT
