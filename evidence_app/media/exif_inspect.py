"""Shared, bounded inspection of embedded metadata: EXIF/TIFF tags, Photoshop IRB, IPTC, XMP.

Inspection only *describes* what a file carries so the researcher can see what will be removed;
sanitizers never rely on it to decide what to keep (they keep an allowlist and drop the rest).

EXIF is parsed by exifread, which is not hardened against hostile input: IFD loops, absurd tag
counts (a MakerNote claiming 4 billion values is read one value at a time) and deep nesting can
make it run for minutes. It therefore only ever sees an in-memory copy of the TIFF block behind
a reader that counts operations and watches a deadline; when the budget runs out the parse is
abandoned and reported as a finding. Every exception from exifread becomes a finding too: a
malformed EXIF block must never crash inspection.

The orientation, which sanitizers *do* need, is read by :func:`read_orientation`, a tiny parser
of IFD0 only, independent of exifread.
"""

from __future__ import annotations

import io
import logging
import math
import re
import struct
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, BinaryIO, cast

import exifread

from .base import RISKY_BY_DEFAULT, Category, Finding

# exifread logs every oddity of malformed files at WARNING level. A library must not print:
# without this, Python's last-resort handler would write them to stderr. Apps that configure
# logging still receive the records through propagation.
logging.getLogger("exifread").addHandler(logging.NullHandler())

EXIF_HEADER = b"Exif\x00\x00"
MAX_VALUE_CHARS = 80

# Budget for exifread. A normal camera EXIF with maker notes needs a few thousand reads. One
# budget covers a whole file's inspection (see exif_budget), so a file with hundreds of EXIF
# blocks cannot multiply it.
_MAX_READ_OPS = 300_000
_MAX_SECONDS = 1.5
_MAX_READ_BYTES = 1 << 20

ORIENTATION_NAMES = {
    1: "normal",
    2: "mirrored horizontally",
    3: "rotated 180°",
    4: "mirrored vertically",
    5: "mirrored horizontally, rotated 270° clockwise",
    6: "rotated 90° clockwise",
    7: "mirrored horizontally, rotated 90° clockwise",
    8: "rotated 270° clockwise",
}


def shorten(text: str, limit: int = MAX_VALUE_CHARS) -> str:
    """Printable, single-line, at most ``limit`` characters: findings never carry whole payloads."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text)
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def size_text(n: int) -> str:
    return f"{n:,} bytes"


def finding(category: Category, key: str, value: str, risky: bool | None = None) -> Finding:
    """A finding whose riskiness defaults to the category's default."""
    return Finding(category, key, shorten(value), category in RISKY_BY_DEFAULT if risky is None else risky)


def strip_exif_header(data: bytes) -> bytes:
    """EXIF payloads come with or without the ``Exif\\0\\0`` prefix depending on the container."""
    if data.startswith(b"Exif\x00"):
        return data[6:]
    return data


# ---------------------------------------------------------------------------------------------
# Orientation (own minimal parser: sanitizers depend on it, so it must be simple and bounded)


def read_orientation(tiff: bytes) -> int | None:
    """The IFD0 Orientation (1-8) of a TIFF/EXIF block, or None if absent or invalid."""
    if len(tiff) < 8:
        return None
    if tiff[:4] == b"II*\x00":
        endian = "<"
    elif tiff[:4] == b"MM\x00*":
        endian = ">"
    else:
        return None
    (ifd,) = struct.unpack_from(endian + "I", tiff, 4)
    if ifd < 8 or ifd + 2 > len(tiff):
        return None
    (count,) = struct.unpack_from(endian + "H", tiff, ifd)
    count = min(count, (len(tiff) - ifd - 2) // 12)  # never read past the block
    for i in range(count):
        entry = ifd + 2 + 12 * i
        tag, field_type, n = struct.unpack_from(endian + "HHI", tiff, entry)
        if tag == 0x0112:
            if field_type != 3 or n < 1:  # SHORT
                return None
            (value,) = struct.unpack_from(endian + "H", tiff, entry + 8)
            return value if 1 <= value <= 8 else None
    return None


# ---------------------------------------------------------------------------------------------
# exifread under a budget


class _BudgetExceeded(Exception):
    pass


@dataclass
class _Budget:
    deadline: float
    ops_left: int

    @classmethod
    def fresh(cls) -> _Budget:
        return cls(time.monotonic() + _MAX_SECONDS, _MAX_READ_OPS)

    @property
    def exhausted(self) -> bool:
        return self.ops_left <= 0 or time.monotonic() > self.deadline


_CURRENT_BUDGET: ContextVar[_Budget | None] = ContextVar("exif_budget", default=None)


@contextmanager
def exif_budget() -> Iterator[None]:
    """Share one exifread time/operation budget across every EXIF block parsed inside."""
    token = _CURRENT_BUDGET.set(_Budget.fresh())
    try:
        yield
    finally:
        _CURRENT_BUDGET.reset(token)


class _BudgetedReader(io.BytesIO):
    """An in-memory file that gives up after too many seeks or too much time.

    exifread seeks before every value it reads (``s2n``), and every loop it runs over
    file-controlled counts reads values, so counting seeks bounds its work. Single reads are
    capped so that many huge string tags cannot each copy the whole file.
    """

    def __init__(self, data: bytes, budget: _Budget) -> None:
        super().__init__(data)
        self._budget = budget

    def seek(self, offset: int, whence: int = 0) -> int:
        budget = self._budget
        budget.ops_left -= 1
        if budget.ops_left <= 0 or time.monotonic() > budget.deadline:
            raise _BudgetExceeded
        if whence == 0 and offset < 0:
            offset = 0  # hostile negative offsets read from the start instead of raising
        return super().seek(offset, whence)

    def read(self, size: int | None = -1) -> bytes:
        # A string tag may claim the whole file; nobody needs more than this of it for display.
        if size is None or size < 0 or size > _MAX_READ_BYTES:
            size = _MAX_READ_BYTES
        return super().read(size)


def _run_exifread(tiff: bytes, details: bool, budget: _Budget) -> dict[str, Any]:
    reader = cast(BinaryIO, _BudgetedReader(tiff, budget))
    tags = exifread.process_file(reader, details=details, strict=False, debug=False, extract_thumbnail=True)
    return dict(tags)


# ---------------------------------------------------------------------------------------------
# EXIF tag classification

_BY_NAME: dict[str, Category] = {
    "Make": Category.DEVICE,
    "Model": Category.DEVICE,
    "LensMake": Category.DEVICE,
    "LensModel": Category.DEVICE,
    "LensSpecification": Category.DEVICE,
    "HostComputer": Category.DEVICE,
    "UniqueCameraModel": Category.DEVICE,
    "LocalizedCameraModel": Category.DEVICE,
    "BodySerialNumber": Category.SERIAL,
    "SerialNumber": Category.SERIAL,
    "LensSerialNumber": Category.SERIAL,
    "ImageUniqueID": Category.SERIAL,
    "InternalSerialNumber": Category.SERIAL,
    "CameraSerialNumber": Category.SERIAL,
    "CameraOwnerName": Category.OWNER,
    "OwnerName": Category.OWNER,
    "Artist": Category.OWNER,
    "Copyright": Category.OWNER,
    "XPAuthor": Category.OWNER,
    "Software": Category.SOFTWARE,
    "ProcessingSoftware": Category.SOFTWARE,
    "MakerNote": Category.MAKERNOTE,
    "UserComment": Category.COMMENT,
    "ImageDescription": Category.COMMENT,
    "XPComment": Category.COMMENT,
    "XPTitle": Category.COMMENT,
    "XPSubject": Category.COMMENT,
    "XPKeywords": Category.COMMENT,
    "DocumentName": Category.COMMENT,
    "PageName": Category.COMMENT,
    "ApplicationNotes": Category.XMP,
    "IPTC/NAA": Category.IPTC,
    "Tag 0x8649": Category.PHOTOSHOP,
    "InterColorProfile": Category.ICC,
    "JPEGInterchangeFormat": Category.THUMBNAIL,
    "JPEGInterchangeFormatLength": Category.THUMBNAIL,
}

# Tags that only describe how to decode/display the pixels.
_STRUCTURAL = frozenset(
    {
        "Orientation",
        "ImageWidth",
        "ImageLength",
        "ExifImageWidth",
        "ExifImageLength",
        "XResolution",
        "YResolution",
        "ResolutionUnit",
        "YCbCrPositioning",
        "YCbCrSubSampling",
        "YCbCrCoefficients",
        "ColorSpace",
        "ComponentsConfiguration",
        "ExifVersion",
        "FlashPixVersion",
        "BitsPerSample",
        "Compression",
        "PhotometricInterpretation",
        "SamplesPerPixel",
        "PlanarConfiguration",
        "StripOffsets",
        "RowsPerStrip",
        "StripByteCounts",
        "TileWidth",
        "TileLength",
        "TileOffsets",
        "TileByteCounts",
        "ExifOffset",
        "InteroperabilityOffset",
        "InteroperabilityIndex",
        "InteroperabilityVersion",
        "ExtraSamples",
        "SampleFormat",
        "Predictor",
        "FillOrder",
        "NewSubfileType",
        "SubfileType",
        "ReferenceBlackWhite",
        "WhitePoint",
        "PrimaryChromaticities",
        "TransferFunction",
        "ColorMap",
        "SubIFDs",
    }
)


def _category(name: str, ifd: str) -> Category:
    if ifd == "GPS" or name.startswith("GPS"):
        return Category.GPS
    if name in _BY_NAME:
        return _BY_NAME[name]
    if "Serial" in name:
        return Category.SERIAL
    if "Owner" in name or "Author" in name:
        return Category.OWNER
    if "DateTime" in name or name.startswith(("SubSecTime", "OffsetTime")):
        return Category.DATE
    if name in _STRUCTURAL:
        return Category.STRUCTURE
    return Category.OTHER


def _ratio_to_float(value: Any) -> float:
    try:
        number = float(value)
    except (ArithmeticError, TypeError, ValueError):
        return math.nan
    return number


def _dms_to_degrees(values: Any) -> float:
    if not isinstance(values, list) or not 1 <= len(values) <= 3:
        return math.nan
    parts = [_ratio_to_float(v) for v in values] + [0.0, 0.0]
    return parts[0] + parts[1] / 60 + parts[2] / 3600


def gps_position(tags: dict[str, Any]) -> str | None:
    """Decimal degrees, human readable ("10.62345 N, 103.52345 E"), or None without lat/lon."""
    lat_tag, lon_tag = tags.get("GPS GPSLatitude"), tags.get("GPS GPSLongitude")
    if lat_tag is None or lon_tag is None:
        return None
    lat = _dms_to_degrees(getattr(lat_tag, "values", None))
    lon = _dms_to_degrees(getattr(lon_tag, "values", None))
    if not (0 <= lat <= 90 and 0 <= lon <= 180):
        return "present but not a valid position"
    lat_ref = str(tags.get("GPS GPSLatitudeRef", "N")).strip().upper()[:1] or "N"
    lon_ref = str(tags.get("GPS GPSLongitudeRef", "E")).strip().upper()[:1] or "E"
    lat_ref = lat_ref if lat_ref in ("N", "S") else "N"
    lon_ref = lon_ref if lon_ref in ("E", "W") else "E"
    return f"{lat:.5f} {lat_ref}, {lon:.5f} {lon_ref}"


@dataclass(frozen=True)
class ExifReport:
    findings: tuple[Finding, ...]
    orientation: int | None
    has_thumbnail: bool


def inspect_exif(tiff: bytes, source: str = "EXIF", *, tiff_file: bool = False) -> ExifReport:
    """Describe the tags of a TIFF-structured EXIF block (without the ``Exif\\0\\0`` prefix).

    ``tiff_file`` is set when ``tiff`` is a whole TIFF image: then IFD1 is a second page, not an
    EXIF thumbnail.
    """
    tiff = strip_exif_header(tiff)
    orientation = read_orientation(tiff)
    tags: dict[str, Any] | None = None
    problem = ""
    budget = _CURRENT_BUDGET.get() or _Budget.fresh()
    # Maker notes are where exifread is most fragile: after an error, retry without them.
    for details in (True, False):
        if budget.exhausted:
            problem = problem or "not parsed (the inspection time budget is used up)"
            break
        try:
            tags = _run_exifread(tiff, details, budget)
            break
        except _BudgetExceeded:
            problem = "too complex to parse in time (possibly hostile)"
            break
        except RecursionError:
            problem = "nested too deeply (possibly hostile)"
        except Exception as exc:  # exifread raises anything on malformed input; never crash here
            problem = f"malformed ({type(exc).__name__})"
    findings: list[Finding] = []
    if tags is None:
        findings.append(finding(Category.OTHER, source, f"{size_text(len(tiff))}, {problem}; not listed", True))
        return ExifReport(tuple(findings), orientation, False)
    if problem:
        findings.append(finding(Category.OTHER, source, f"maker notes {problem}; not listed", True))
    has_thumbnail = _describe_tags(tags, source, findings, tiff_file)
    if not findings and len(tiff) > 8:
        findings.append(finding(Category.OTHER, source, f"{size_text(len(tiff))}, no readable tags", True))
    return ExifReport(tuple(findings), orientation, has_thumbnail)


def exif_container(key: str, size: int, report: ExifReport) -> Finding:
    """The finding for an EXIF block as a whole: risky unless it holds only harmless tags."""
    return finding(Category.OTHER, key, size_text(size), any(f.risky for f in report.findings))


def _describe_tags(tags: dict[str, Any], source: str, out: list[Finding], tiff_file: bool) -> bool:
    has_thumbnail = False
    position = gps_position(tags)
    if position is not None:
        out.append(finding(Category.GPS, "GPS position", position))
    maker_entries = 0
    for key, tag in tags.items():
        if key in ("JPEGThumbnail", "TIFFThumbnail"):
            if isinstance(tag, bytes | bytearray) and tag:
                has_thumbnail = True
                kind = "JPEG" if key == "JPEGThumbnail" else "TIFF"
                out.append(finding(Category.THUMBNAIL, f"{source} thumbnail", f"{kind}, {size_text(len(tag))}"))
            continue
        ifd, _, name = key.partition(" ")
        if ifd == "IFD" and " " in name:  # "IFD 2 ImageWidth": the third IFD of the chain
            number, _, name = name.partition(" ")
            ifd = f"IFD {number}"
        if tiff_file and (ifd == "Thumbnail" or ifd.startswith("IFD ")):
            # In a TIFF file the IFD chain is the list of pages, not image + thumbnail.
            page = 2 if ifd == "Thumbnail" else int(ifd[4:]) + 1 if ifd[4:].isdigit() else 0
            key = f"page {page} {name}"
            ifd = "Image"
        if ifd == "MakerNote":
            maker_entries += 1
            if "Serial" in name or "Owner" in name:  # the identifying parts of maker notes
                category = Category.OWNER if "Owner" in name else Category.SERIAL
                out.append(finding(category, f"{source} {key}", str(tag)))
            continue
        if ifd == "Thumbnail" and not tiff_file:
            category = _category(name, ifd)
            if category not in (Category.STRUCTURE, Category.OTHER, Category.THUMBNAIL):
                out.append(finding(category, f"{source} {key}", str(tag)))
            continue
        category = _category(name, ifd)
        if category is Category.MAKERNOTE:
            make = str(tags.get("Image Make", "")).strip() or "unknown make"
            length = int(getattr(tag, "field_length", 0) or 0)
            out.append(finding(category, f"{source} {key}", f"{make} maker note, {size_text(length)}"))
            continue
        if category is Category.THUMBNAIL:
            continue  # reported once, from the extracted thumbnail itself
        if category in (Category.XMP, Category.IPTC, Category.PHOTOSHOP, Category.ICC):
            length = int(getattr(tag, "field_length", 0) or 0)
            out.append(finding(category, f"{source} {key}", size_text(length)))
            continue
        risky = None if category is not Category.OTHER else False  # camera settings: not identifying
        out.append(finding(category, f"{source} {key}", str(tag), risky))
    if maker_entries:
        out.append(finding(Category.MAKERNOTE, f"{source} MakerNote entries", f"{maker_entries} decoded entries"))
    return has_thumbnail


# ---------------------------------------------------------------------------------------------
# Photoshop image resources (IRB) and IPTC-IIM

_IPTC_NAMES = {
    5: "ObjectName",
    15: "Category",
    20: "SupplementalCategories",
    25: "Keywords",
    40: "SpecialInstructions",
    55: "DateCreated",
    60: "TimeCreated",
    62: "DigitalCreationDate",
    63: "DigitalCreationTime",
    65: "OriginatingProgram",
    80: "By-line",
    85: "By-lineTitle",
    90: "City",
    92: "Sub-location",
    95: "Province-State",
    100: "Country-PrimaryLocationCode",
    101: "Country-PrimaryLocationName",
    103: "OriginalTransmissionReference",
    105: "Headline",
    110: "Credit",
    115: "Source",
    116: "CopyrightNotice",
    118: "Contact",
    120: "Caption-Abstract",
    122: "Writer-Editor",
}
_IPTC_CATEGORIES = {
    55: Category.DATE,
    60: Category.DATE,
    62: Category.DATE,
    63: Category.DATE,
    65: Category.SOFTWARE,
    80: Category.OWNER,
    85: Category.OWNER,
    110: Category.OWNER,
    116: Category.OWNER,
    118: Category.OWNER,
    122: Category.OWNER,
    120: Category.COMMENT,
}
_MAX_RECORDS = 2_000


def inspect_iptc(data: bytes, source: str = "IPTC") -> list[Finding]:
    """List IPTC-IIM datasets (record 2 by name). Bounded; stops at the first malformed record."""
    out: list[Finding] = []
    pos = 0
    while pos + 5 <= len(data) and len(out) < _MAX_RECORDS:
        if data[pos] != 0x1C:
            break
        record, dataset = data[pos + 1], data[pos + 2]
        (size,) = struct.unpack_from(">H", data, pos + 3)
        if size & 0x8000:  # extended-length dataset: only used for huge binary payloads
            break
        value = data[pos + 5 : pos + 5 + size]
        pos += 5 + size
        if record == 1:
            continue  # envelope: coded character set etc.
        name = _IPTC_NAMES.get(dataset, f"{record}:{dataset}") if record == 2 else f"{record}:{dataset}"
        category = _IPTC_CATEGORIES.get(dataset, Category.IPTC) if record == 2 else Category.IPTC
        if record == 2 and dataset == 0:
            continue  # record version
        out.append(finding(category, f"{source} {name}", value.decode("utf-8", "replace")))
    if not out and data:
        out.append(finding(Category.IPTC, source, size_text(len(data))))
    return out


def inspect_photoshop_irb(data: bytes, source: str = "Photoshop") -> list[Finding]:
    """List Photoshop image resources (``8BIM`` blocks): IPTC, thumbnails, embedded EXIF/XMP."""
    out: list[Finding] = []
    pos = 0
    count = 0
    while pos + 12 <= len(data) and count < _MAX_RECORDS:
        if data[pos : pos + 4] not in (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa"):
            break
        count += 1
        (resource_id,) = struct.unpack_from(">H", data, pos + 4)
        name_len = data[pos + 6]
        name_field = 1 + name_len + ((1 + name_len) % 2)  # Pascal string padded to even length
        size_pos = pos + 6 + name_field
        if size_pos + 4 > len(data):
            break
        (size,) = struct.unpack_from(">I", data, size_pos)
        start = size_pos + 4
        body = data[start : start + size]
        pos = start + size + (size % 2)
        if resource_id == 0x0404:
            out.extend(inspect_iptc(body, "IPTC"))
        elif resource_id in (0x0409, 0x040C):
            out.append(finding(Category.THUMBNAIL, f"{source} thumbnail", size_text(len(body))))
        elif resource_id in (0x0422, 0x0423):
            out.extend(inspect_exif(body, f"{source} EXIF").findings)
        elif resource_id == 0x0424:
            out.append(finding(Category.XMP, f"{source} XMP", summarize_xmp(body)))
        elif resource_id == 0x040F:
            out.append(finding(Category.ICC, f"{source} ICC profile", size_text(len(body))))
        else:
            out.append(finding(Category.PHOTOSHOP, f"{source} resource 0x{resource_id:04X}", size_text(len(body))))
    if not out:
        out.append(finding(Category.PHOTOSHOP, source, size_text(len(data))))
    return out


# ---------------------------------------------------------------------------------------------
# XMP

_XMP_HINTS = (
    ("creator", re.compile(rb"dc:creator|photoshop:AuthorsPosition|xmpRights:Owner", re.I)),
    ("GPS", re.compile(rb"exif:GPS", re.I)),
    ("location", re.compile(rb"photoshop:City|Iptc4xmpCore:Location|photoshop:Country", re.I)),
    ("serial", re.compile(rb"SerialNumber|ImageUniqueID", re.I)),
    ("device", re.compile(rb"tiff:Make|tiff:Model|aux:Lens", re.I)),
    ("dates", re.compile(rb"xmp:CreateDate|photoshop:DateCreated|exif:DateTimeOriginal", re.I)),
    ("software", re.compile(rb"xmp:CreatorTool", re.I)),
    ("edit history", re.compile(rb"xmpMM:History|DocumentID|InstanceID", re.I)),
    ("description", re.compile(rb"dc:description|dc:title|dc:subject", re.I)),
)


def summarize_xmp(data: bytes) -> str:
    """Size and which kinds of sensitive properties the XMP packet mentions (regex, bounded)."""
    sample = data[:1_000_000]
    mentions = [label for label, pattern in _XMP_HINTS if pattern.search(sample)]
    text = size_text(len(data))
    return f"{text}; mentions {', '.join(mentions)}" if mentions else text
