"""The one small interface every format sanitizer implements (mat2's pattern).

``inspect`` lists what a file carries and flags what is risky; ``sanitize`` writes a clean copy.
A format without a registered sanitizer can never produce a working copy, so nothing
unsanitizable ever leaves the vault.

Sources are seekable binary streams: the file a researcher picked, or a sealed original decrypted
into memory. Outputs are written to a binary stream the caller owns (in practice an in-memory
buffer that is then encrypted into the blob store); sanitizers never write to disk themselves.
"""

from __future__ import annotations

import contextlib
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, BinaryIO, ClassVar

from ..errors import UnsupportedMedia


class MediaType(Enum):
    """Detected from the bytes, never from the file name."""

    JPEG = "image/jpeg"
    PNG = "image/png"
    TIFF = "image/tiff"
    WEBP = "image/webp"
    HEIC = "image/heic"
    AVIF = "image/avif"
    JXL = "image/jxl"
    SVG = "image/svg+xml"
    DNG = "image/x-adobe-dng"
    GIF = "image/gif"
    BMP = "image/bmp"
    PSD = "image/vnd.adobe.photoshop"
    MP3 = "audio/mpeg"
    M4A = "audio/mp4"
    WAV = "audio/wav"
    OGG = "audio/ogg"
    FLAC = "audio/flac"
    AIFF = "audio/aiff"
    AMR = "audio/amr"
    AAC = "audio/aac"
    PDF = "application/pdf"
    MP4 = "video/mp4"
    MOV = "video/quicktime"
    THREEGP = "video/3gpp"
    MKV = "video/x-matroska"
    WEBM = "video/webm"
    MTS = "video/mp2t"
    AVI = "video/x-msvideo"
    ASF = "video/x-ms-asf"
    DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    ODT = "application/vnd.oasis.opendocument.text"
    DOC = "application/msword"
    XLS = "application/vnd.ms-excel"
    HTML = "text/html"
    EPUB = "application/epub+zip"
    EML = "message/rfc822"
    RTF = "application/rtf"
    ODS = "application/vnd.oasis.opendocument.spreadsheet"
    ODP = "application/vnd.oasis.opendocument.presentation"
    ODG = "application/vnd.oasis.opendocument.graphics"
    TEXT = "text/plain"


EXTENSIONS: dict[MediaType, str] = {
    MediaType.JPEG: "jpg",
    MediaType.PNG: "png",
    MediaType.TIFF: "tif",
    MediaType.WEBP: "webp",
    MediaType.HEIC: "heic",
    MediaType.AVIF: "avif",
    MediaType.JXL: "jxl",
    MediaType.SVG: "svg",
    MediaType.DNG: "dng",
    MediaType.GIF: "gif",
    MediaType.BMP: "bmp",
    MediaType.PSD: "psd",
    MediaType.MP3: "mp3",
    MediaType.M4A: "m4a",
    MediaType.WAV: "wav",
    MediaType.OGG: "ogg",
    MediaType.FLAC: "flac",
    MediaType.AIFF: "aiff",
    MediaType.AMR: "amr",
    MediaType.AAC: "aac",
    MediaType.PDF: "pdf",
    MediaType.MP4: "mp4",
    MediaType.MOV: "mov",
    MediaType.THREEGP: "3gp",
    MediaType.MKV: "mkv",
    MediaType.WEBM: "webm",
    MediaType.MTS: "mts",
    MediaType.AVI: "avi",
    MediaType.ASF: "wmv",
    MediaType.DOCX: "docx",
    MediaType.XLSX: "xlsx",
    MediaType.PPTX: "pptx",
    MediaType.ODT: "odt",
    MediaType.DOC: "doc",
    MediaType.XLS: "xls",
    MediaType.HTML: "html",
    MediaType.EPUB: "epub",
    MediaType.EML: "eml",
    MediaType.RTF: "rtf",
    MediaType.ODS: "ods",
    MediaType.ODP: "odp",
    MediaType.ODG: "odg",
    MediaType.TEXT: "txt",
}


class Category(Enum):
    """What kind of thing a finding is. The UI highlights risky ones."""

    GPS = "gps"
    DEVICE = "device"  # make, model, lens
    SERIAL = "serial"  # body/lens serial numbers, unique image ids
    OWNER = "owner"  # artist, author, copyright, owner name
    DATE = "date"
    SOFTWARE = "software"
    XMP = "xmp"
    IPTC = "iptc"
    PHOTOSHOP = "photoshop"
    MAKERNOTE = "makernote"
    COMMENT = "comment"
    THUMBNAIL = "thumbnail"
    ICC = "icc"
    TRAILING_DATA = "trailing-data"
    TEXT = "text"  # text chunks, tags, document properties
    STRUCTURE = "structure"  # dimensions, orientation, codec: harmless facts
    OTHER = "other"


RISKY_BY_DEFAULT = frozenset(Category) - {Category.STRUCTURE, Category.ICC}


@dataclass(frozen=True)
class Finding:
    category: Category
    key: str  # e.g. "GPS GPSLatitude", "APP1 XMP", "trailing bytes"
    value: str  # human-readable, shortened; never the whole payload
    risky: bool

    def to_json(self) -> dict[str, Any]:
        return {"category": self.category.value, "key": self.key, "value": self.value, "risky": self.risky}

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Finding:
        return cls(Category(obj["category"]), str(obj["key"]), str(obj["value"]), bool(obj["risky"]))


@dataclass(frozen=True)
class Inspection:
    media_type: MediaType
    findings: tuple[Finding, ...]
    width: int | None = None
    height: int | None = None
    facts: dict[str, str] = field(default_factory=dict)  # orientation, duration, pages, codec, ...
    # Searchable text of a document (PDF text layer, office document text). Not part of the JSON
    # form: it can be megabytes and is stored in its own table (media_text), never in ``facts``.
    text: str = field(default="", repr=False, compare=False)

    @property
    def risky(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.risky)

    def to_json(self) -> dict[str, Any]:
        return {
            "media_type": self.media_type.value,
            "width": self.width,
            "height": self.height,
            "facts": dict(self.facts),
            "findings": [f.to_json() for f in self.findings],
        }

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Inspection:
        return cls(
            MediaType(obj["media_type"]),
            tuple(Finding.from_json(f) for f in obj.get("findings", [])),
            obj.get("width"),
            obj.get("height"),
            {str(k): str(v) for k, v in obj.get("facts", {}).items()},
        )


@dataclass(frozen=True)
class SanitizeResult:
    output_type: MediaType
    transformations: tuple[str, ...]  # e.g. ("dropped APP1 Exif (12,345 bytes)", "dropped COM")
    # Files carried inside this one that become items of their own (an e-mail's attachments):
    # (file name, bytes). Intake imports each through its own sanitizer, like any picked file.
    attachments: tuple[tuple[str, bytes], ...] = field(default=(), repr=False, compare=False)


class Sanitizer(ABC):
    media_types: ClassVar[frozenset[MediaType]]

    @abstractmethod
    def inspect(self, src: BinaryIO) -> Inspection:
        """List what ``src`` carries. Raises UnsupportedMedia/InvalidMedia for bad input."""

    @abstractmethod
    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        """Write a clean copy of ``src`` to ``dst``. Must never copy metadata it does not
        understand: anything not known to be needed for decoding is dropped."""

    def one_file(self) -> contextlib.AbstractContextManager[None]:
        """Around an ``inspect`` and a ``sanitize`` of the same bytes (the parser process): a
        sanitizer may share its parsing between the two inside it (the JPEG one does)."""
        return contextlib.nullcontext()


class InvalidMedia(UnsupportedMedia):
    """A file of a supported type that is damaged, truncated, hostile or over the limits."""


class NotSanitizable(UnsupportedMedia):
    """A valid file whose clean copy this app cannot make *with certainty* (an unknown video codec
    whose bitstream may carry metadata, a document in a script the renderer cannot draw, ...).

    Raised by ``sanitize`` only, after ``inspect`` succeeded. Intake then keeps the sealed original
    and marks the item "not exportable" with ``reason``; no working copy is ever made from it.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
