"""PNG: chunk-level sanitizing.

Kept, byte for byte: IHDR, PLTE, IDAT, IEND and the chunks colour rendering needs (tRNS, gAMA,
cHRM, sRGB, sBIT, cICP). Every kept chunk's length and CRC is validated. Dropped and listed:
text (tEXt, zTXt, iTXt), tIME, eXIf, iCCP, pHYs, private chunks, and anything after IEND.

Decisions:

* iCCP is dropped: an ICC profile can name the device and its creation date, and is not needed
  to decode. sRGB/gAMA/cHRM (plain numbers) are kept so most images still render the same.
* APNG: acTL/fcTL/fdAT are dropped, which leaves the default image (the IDAT data) as a
  normal static PNG, untouched and lossless. The other animation frames are not kept.
* Orientation from eXIf (Orientation != 1) is kept as a minimal eXIf chunk built here with
  only that tag, like the JPEG sanitizer.
* Colour hidden under fully transparent pixels (a classic "erased but still there" leak) is
  detected after decoding; then, and only then, the image is re-encoded from its pixels with
  that colour zeroed and the orientation applied to the pixels.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass
from typing import BinaryIO, ClassVar

from .base import Category, Finding, Inspection, InvalidMedia, MediaType, Sanitizer, SanitizeResult
from .exif_inspect import (
    ORIENTATION_NAMES,
    exif_budget,
    exif_container,
    finding,
    inspect_exif,
    read_orientation,
    size_text,
    strip_exif_header,
    summarize_xmp,
)
from .jpeg import orientation_exif
from .photo_limits import (
    apply_orientation,
    check_dimensions,
    clear_hidden_pixels,
    guarded,
    load_frame,
    open_image,
    pixels_only,
    read_limited,
)

SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_CHUNKS = 200_000
_MAX_TEXT_PREVIEW = 4096  # decompress at most this much of a zTXt/iTXt for display

_CRITICAL = frozenset({b"IHDR", b"PLTE", b"IDAT", b"IEND"})
# Ancillary chunks that only affect how colours are rendered, with their valid lengths.
_COLOUR_LENGTHS: dict[bytes, tuple[int, ...]] = {
    b"tRNS": (*range(1, 257), 2, 6),
    b"gAMA": (4,),
    b"cHRM": (32,),
    b"sRGB": (1,),
    b"sBIT": (1, 2, 3, 4),
    b"cICP": (4,),
}
_APNG = frozenset({b"acTL", b"fcTL", b"fdAT"})
_COLOUR_TYPES = {0: "greyscale", 2: "RGB", 3: "palette", 4: "greyscale + alpha", 6: "RGBA"}


@dataclass(frozen=True)
class _Chunk:
    kind: bytes
    data: bytes
    crc_ok: bool

    @property
    def name(self) -> str:
        return self.kind.decode("latin-1")

    def encode(self) -> bytes:
        return _chunk(self.kind, self.data)


@dataclass(frozen=True)
class _Parsed:
    chunks: tuple[_Chunk, ...]
    trailing: bytes
    complete: bool  # IEND found


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _parse(data: bytes, *, strict: bool) -> _Parsed:
    """Walk the chunks; bounded by MAX_CHUNKS and by every length being checked first."""
    if not data.startswith(SIGNATURE):
        raise InvalidMedia("the file is not a PNG (bad signature)")
    chunks: list[_Chunk] = []
    pos, end = len(SIGNATURE), len(data)
    while True:
        if len(chunks) >= MAX_CHUNKS:
            raise InvalidMedia(f"the PNG has more than {MAX_CHUNKS:,} chunks; refused as hostile")
        if pos + 12 > end:
            if strict:
                raise InvalidMedia("the PNG is truncated: it ends before its IEND chunk")
            return _Parsed(tuple(chunks), b"", False)
        length, kind = struct.unpack_from(">I4s", data, pos)
        if length > 0x7FFFFFFF:
            raise InvalidMedia("the PNG is malformed: a chunk length is out of range")
        if not kind.isalpha() or not kind.isascii():
            raise InvalidMedia(f"the PNG is malformed: invalid chunk type at byte {pos:,}")
        if pos + 12 + length > end:
            if strict:
                raise InvalidMedia(f"the PNG is truncated inside its {kind.decode()} chunk")
            return _Parsed(tuple(chunks), b"", False)
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack_from(">I", data, pos + 8 + length)
        chunks.append(_Chunk(kind, body, zlib.crc32(kind + body) == crc))
        pos += 12 + length
        if len(chunks) == 1 and (kind != b"IHDR" or length != 13):
            raise InvalidMedia("the PNG is malformed: it does not start with a valid IHDR chunk")
        if kind == b"IEND":
            return _Parsed(tuple(chunks), data[pos:], True)


def _ihdr(parsed: _Parsed) -> tuple[int, int, int, int, int]:
    """(width, height, bit depth, colour type, interlace)."""
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", parsed.chunks[0].data)
    return width, height, depth, colour, interlace


def _exif_orientation(parsed: _Parsed) -> int | None:
    for chunk in parsed.chunks:
        if chunk.kind == b"eXIf":
            return read_orientation(strip_exif_header(chunk.data))
    return None


class PngSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.PNG})

    def inspect(self, src: BinaryIO) -> Inspection:
        data = read_limited(src, "PNG")
        parsed = _parse(data, strict=False)
        findings: list[Finding] = []
        facts: dict[str, str] = {}
        frames = 0
        with exif_budget():  # one parsing budget for all eXIf chunks of this file
            for chunk in parsed.chunks:
                if chunk.kind in _CRITICAL or chunk.kind in _COLOUR_LENGTHS:
                    if not chunk.crc_ok:
                        findings.append(finding(Category.STRUCTURE, f"{chunk.name} chunk", "CRC mismatch", False))
                    continue
                if chunk.kind == b"fcTL":
                    frames += 1
                if chunk.kind in (b"fcTL", b"fdAT"):
                    continue
                findings.extend(_chunk_findings(chunk))
        if frames:
            facts["animation"] = f"APNG, {frames} frames (only the default image is kept)"
        if parsed.trailing:
            findings.append(
                finding(Category.TRAILING_DATA, "trailing bytes", f"{size_text(len(parsed.trailing))} after IEND")
            )
        if not parsed.complete:
            findings.append(finding(Category.STRUCTURE, "truncated", "no IEND chunk", False))
        width = height = None
        if parsed.chunks:
            width, height, depth, colour, interlace = _ihdr(parsed)
            facts["bit depth"] = str(depth)
            facts["colour type"] = _COLOUR_TYPES.get(colour, str(colour))
            facts["interlaced"] = "yes" if interlace else "no"
        orientation = _exif_orientation(parsed) or 1
        facts["orientation"] = f"{orientation} ({ORIENTATION_NAMES[orientation]})"
        return Inspection(MediaType.PNG, tuple(findings), width, height, facts)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, "PNG")
        parsed = _parse(data, strict=True)
        width, height, depth, colour, _ = _ihdr(parsed)
        check_dimensions(width, height, "PNG")
        notes: list[str] = []
        kept: list[_Chunk] = []
        apng = 0
        for chunk in parsed.chunks:
            if chunk.kind in _CRITICAL:
                if not chunk.crc_ok:
                    raise InvalidMedia(f"the PNG is damaged: its {chunk.name} chunk fails the CRC check")
                kept.append(chunk)
            elif chunk.kind in _COLOUR_LENGTHS:
                if chunk.crc_ok and len(chunk.data) in _COLOUR_LENGTHS[chunk.kind]:
                    kept.append(chunk)
                else:
                    notes.append(f"dropped damaged {chunk.name} chunk")
            elif chunk.kind in _APNG:
                apng += 1
            else:
                notes.append(f"dropped {chunk.name} chunk ({size_text(len(chunk.data))})")
        if not any(c.kind == b"IDAT" for c in kept):
            raise InvalidMedia("the PNG is malformed: it has no image data (IDAT)")
        if colour == 3 and not any(c.kind == b"PLTE" for c in kept):
            raise InvalidMedia("the PNG is malformed: a palette image without a palette")
        if apng:
            notes.append(f"dropped the APNG animation ({apng} chunks); kept the default image only")
        if parsed.trailing:
            notes.append(f"dropped {size_text(len(parsed.trailing))} after the IEND chunk")

        orientation = _exif_orientation(parsed)
        chunks = [c.encode() for c in kept]
        if orientation is not None and orientation != 1:
            first_idat = next(i for i, c in enumerate(kept) if c.kind == b"IDAT")
            chunks.insert(first_idat, _chunk(b"eXIf", strip_exif_header(orientation_exif(orientation))))
        out = SIGNATURE + b"".join(chunks)

        rotated = orientation is not None and orientation != 1
        reencoded = _reencode_if_hidden_colour(out, orientation)
        if reencoded is not None:
            out = reencoded
            notes.append(
                "re-encoded from pixels: cleared colour hidden under fully transparent pixels"
                + (" (now 8 bits per channel)" if depth == 16 else "")
                + (" and applied the orientation to the pixels" if rotated else "")
            )
        elif rotated:
            notes.append(
                f"kept orientation {orientation} ({ORIENTATION_NAMES.get(orientation or 1)}) as a minimal "
                "eXIf chunk with no other tags"
            )
        dst.write(out)
        return SanitizeResult(MediaType.PNG, tuple(notes))


def _reencode_if_hidden_colour(clean_png: bytes, orientation: int | None) -> bytes | None:
    """Decode the cleaned PNG (proving it is valid); re-encode only if transparent pixels hide colour."""
    with guarded("PNG"):
        image = open_image(clean_png, "PNG", "PNG")
        load_frame(image, "PNG")
        cleared, changed = clear_hidden_pixels(image)
        if not changed:
            return None
        upright = pixels_only(apply_orientation(cleared, orientation))
        buffer = io.BytesIO()
        upright.save(buffer, format="PNG", optimize=False)
        return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Inspection of ancillary chunks

_KEYWORD_CATEGORIES = {
    "author": Category.OWNER,
    "copyright": Category.OWNER,
    "creation time": Category.DATE,
    "software": Category.SOFTWARE,
    "comment": Category.COMMENT,
    "description": Category.COMMENT,
    "title": Category.COMMENT,
    "disclaimer": Category.COMMENT,
    "warning": Category.COMMENT,
    "source": Category.DEVICE,
    "xml:com.adobe.xmp": Category.XMP,
    "raw profile type xmp": Category.XMP,
    "raw profile type exif": Category.OTHER,
    "raw profile type app1": Category.OTHER,
    "raw profile type iptc": Category.IPTC,
    "raw profile type 8bim": Category.PHOTOSHOP,
    "raw profile type icc": Category.ICC,
    "raw profile type icm": Category.ICC,
}


def _inflate_preview(data: bytes) -> bytes:
    try:
        return zlib.decompressobj().decompress(data, _MAX_TEXT_PREVIEW)  # bounded: no zip bombs
    except zlib.error:
        return b"(undecodable compressed text)"


def _text_chunk(chunk: _Chunk) -> tuple[str, bytes]:
    """(keyword, beginning of the text) of a tEXt/zTXt/iTXt chunk."""
    keyword, _, rest = chunk.data.partition(b"\x00")
    if chunk.kind == b"tEXt":
        return keyword.decode("latin-1"), rest[:_MAX_TEXT_PREVIEW]
    if chunk.kind == b"zTXt":
        return keyword.decode("latin-1"), _inflate_preview(rest[1:])
    compressed = rest[:1] == b"\x01"
    parts = rest[2:].split(b"\x00", 2)  # language tag, translated keyword, text
    text = parts[2] if len(parts) == 3 else b""
    return keyword.decode("latin-1"), _inflate_preview(text) if compressed else text[:_MAX_TEXT_PREVIEW]


def _chunk_findings(chunk: _Chunk) -> list[Finding]:
    kind = chunk.kind
    if kind in (b"tEXt", b"zTXt", b"iTXt"):
        keyword, text = _text_chunk(chunk)
        category = _KEYWORD_CATEGORIES.get(keyword.lower(), Category.TEXT)
        if category is Category.XMP:
            return [finding(category, f"{chunk.name} {keyword}", summarize_xmp(text))]
        value = text.decode("utf-8" if kind == b"iTXt" else "latin-1", "replace")
        return [finding(category, f"{chunk.name} {keyword}", value)]
    if kind == b"tIME" and len(chunk.data) == 7:
        y, mo, d, h, mi, s = struct.unpack(">HBBBBB", chunk.data)
        return [finding(Category.DATE, "tIME", f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}")]
    if kind == b"eXIf":
        report = inspect_exif(chunk.data, "eXIf")
        return [exif_container("eXIf chunk", len(chunk.data), report), *report.findings]
    if kind == b"iCCP":
        name = chunk.data.partition(b"\x00")[0].decode("latin-1")
        return [finding(Category.ICC, "iCCP profile", f"'{name}', {size_text(len(chunk.data))}", False)]
    if kind == b"pHYs":
        return [finding(Category.STRUCTURE, "pHYs", "pixel density", False)]
    if kind == b"acTL" and len(chunk.data) == 8:
        frames = struct.unpack(">I", chunk.data[:4])[0]
        return [finding(Category.OTHER, "APNG animation", f"{frames} frames", True)]
    if kind == b"caBX":
        return [finding(Category.OTHER, "caBX (C2PA provenance)", size_text(len(chunk.data)), True)]
    return [finding(Category.OTHER, f"{chunk.name} chunk", size_text(len(chunk.data)), True)]
