"""TIFF, WebP, HEIC/HEIF and GIF: sanitizing by re-encoding from decoded pixels.

These containers are too varied to rewrite safely at the byte level (TIFF tags point anywhere,
HEIF has item graphs, thumbnails, depth maps and gain maps), so the clean copy is *encoded anew*
from pixels. Nothing from the source container is passed to the encoder: no ``exif=``, no
``icc_profile=``, no ``xmp=``, no comment, no dpi. Pillow's encoders also read ``image.info`` and
(TIFF) the source's tag directory, so the pixels are first copied into a plain image with an
empty ``info`` (:func:`pixels_only`).

Per format:

* TIFF -> TIFF, LZW (lossless), every page. Camera raw files that look like TIFF (DNG, CR2,
  or a first page that is only a reduced-size preview) are refused rather than turned into a
  copy of their thumbnail.
* WebP -> WebP: lossless if the source is lossless (VP8L), else quality 95. Animations keep
  their frames, durations and loop count.
* HEIC/HEIF -> JPEG (quality 95, no chroma subsampling). JPEG opens everywhere and encodes in
  a fraction of the time of HEVC. Only the primary image is kept (no thumbnails, depth maps,
  gain maps, bursts). Transparency is flattened onto white.
* GIF -> GIF, all frames with their durations and loop count; comments, XMP, application and
  plain-text extensions are not carried over.
* BMP -> PNG (lossless); PSD -> PNG of the flattened composite (layers, their names and the
  image resources with XMP/EXIF/IPTC never reach the copy).

Orientation is applied to the pixels (HEIF: libheif already did), so outputs have no
orientation tag. An embedded ICC profile is used to convert RGB pixels to sRGB and then dropped
(a profile is not copied because it can name the device and carry dates). Colour hidden under
fully transparent pixels is zeroed.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, BinaryIO, ClassVar

import pillow_heif
from PIL import Image, ImageCms

from ..errors import UnsupportedMedia
from . import photo_limits
from .base import Category, Finding, Inspection, InvalidMedia, MediaType, Sanitizer, SanitizeResult
from .detect import RAW_ADVICE
from .exif_inspect import (
    ORIENTATION_NAMES,
    exif_budget,
    exif_container,
    finding,
    inspect_exif,
    read_orientation,
    shorten,
    size_text,
    strip_exif_header,
    summarize_xmp,
)
from .photo_limits import (
    apply_orientation,
    clear_hidden_pixels,
    guarded,
    load_frame,
    open_image,
    pixels_only,
    read_limited,
)

# Lets Pillow open HEIF (format name "HEIF"); opening is always restricted with formats=[...].
pillow_heif.register_heif_opener()

_MAX_CONTAINER_BLOCKS = 100_000


def _frames(image: Image.Image, what: str) -> Iterator[Image.Image]:
    """Decode every frame/page, under frame-count and total-pixel caps. Call inside guarded()."""
    count = int(getattr(image, "n_frames", 1) or 1)
    limit = photo_limits.MAX_FRAMES  # read at call time: the limits are configurable
    if count > limit:
        raise InvalidMedia(f"the {what} has {count:,} frames; the limit is {limit:,}")
    total = 0
    for index in range(count):
        if index:
            image.seek(index)
        width, height = image.size
        total += width * height
        if total > photo_limits.MAX_TOTAL_FRAME_PIXELS:
            raise InvalidMedia(f"the {what} has too many pixels across its frames; refused")
        load_frame(image, what)
        yield image


def _to_srgb(image: Image.Image, icc: Any) -> tuple[Image.Image, str | None]:
    """Convert RGB(A) pixels from an embedded ICC profile to sRGB; say what happened."""
    if not icc or not isinstance(icc, bytes | bytearray):
        return image, None
    if image.mode not in ("RGB", "RGBA"):
        return image, "dropped the ICC colour profile (not applied to this pixel format)"
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(bytes(icc)))
        description = ImageCms.getProfileDescription(profile).strip()
        if description.lower().startswith("srgb"):
            return image, f"dropped the ICC colour profile ('{shorten(description, 40)}', already sRGB)"
        converted = ImageCms.profileToProfile(image, profile, ImageCms.createProfile("sRGB"), outputMode=image.mode)
    except Exception:  # a broken profile must not block sanitizing; colours may shift slightly
        return image, "dropped the ICC colour profile (it could not be applied)"
    if converted is None:
        return image, "dropped the ICC colour profile (it could not be applied)"
    return converted, f"converted colours from the ICC profile '{shorten(description, 40)}' to sRGB and dropped it"


def _valid_orientation(value: Any) -> int | None:
    return value if isinstance(value, int) and 1 <= value <= 8 else None


def _dropped_notes(findings: tuple[Finding, ...]) -> list[str]:
    """One transformation line per metadata item found in the source."""
    notes = []
    for item in findings:
        if item.category is Category.STRUCTURE:
            continue
        notes.append(f"dropped {item.key}")
    return notes


def _clean_frame(frame: Image.Image, orientation: int | None, notes: set[str]) -> Image.Image:
    """Pixels only, upright, in sRGB, with no colour hidden under transparency."""
    pixels = apply_orientation(pixels_only(frame), orientation)
    pixels, icc_note = _to_srgb(pixels, frame.info.get("icc_profile"))
    if icc_note:
        notes.add(icc_note)
    pixels, hidden = clear_hidden_pixels(pixels)
    if hidden:
        notes.add("cleared colour hidden under fully transparent pixels")
    return pixels_only(pixels)


class _RasterSanitizer(Sanitizer):
    media_type: ClassVar[MediaType]
    pil_format: ClassVar[str]
    what: ClassVar[str]

    def inspect(self, src: BinaryIO) -> Inspection:
        data = read_limited(src, self.what)
        with guarded(self.what), exif_budget():
            image = open_image(data, self.pil_format, self.what)
            findings, facts = self._describe(data, image)
            width, height = image.size
        return Inspection(self.media_type, tuple(findings), width, height, facts)

    def _describe(self, data: bytes, image: Image.Image) -> tuple[list[Finding], dict[str, str]]:
        raise NotImplementedError

    def _orientation_fact(self, orientation: int | None) -> str:
        value = orientation or 1
        return f"{value} ({ORIENTATION_NAMES[value]})"


# ---------------------------------------------------------------------------------------------
# TIFF


class TiffSanitizer(_RasterSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.TIFF})
    media_type = MediaType.TIFF
    pil_format = "TIFF"
    what = "TIFF"

    def _describe(self, data: bytes, image: Image.Image) -> tuple[list[Finding], dict[str, str]]:
        findings = list(inspect_exif(data, "TIFF", tiff_file=True).findings)
        facts = {
            "pages": str(int(getattr(image, "n_frames", 1) or 1)),
            "mode": image.mode,
            "orientation": self._orientation_fact(read_orientation(data)),
        }
        compression = image.info.get("compression")
        if compression:
            facts["compression"] = str(compression)
        return findings, facts

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, "TIFF")
        if data[8:10] == b"CR":
            raise UnsupportedMedia(f"camera raw files (CR2) are not supported: {RAW_ADVICE}")
        inspection = self.inspect(io.BytesIO(data))
        notes: set[str] = set()
        with guarded("TIFF"):
            image = open_image(data, "TIFF", "TIFF")
            tags = getattr(image, "tag_v2", {})
            if 50706 in tags:
                raise UnsupportedMedia("camera raw files (DNG) are not supported; export a JPEG or TIFF first")
            if int(tags.get(254, 0) or 0) & 1:
                raise UnsupportedMedia(
                    f"this TIFF starts with a reduced-size preview (a camera raw file?); not supported: {RAW_ADVICE}"
                )
            pages = [
                _clean_frame(page, _valid_orientation(getattr(page, "tag_v2", {}).get(274)), notes)
                for page in _frames(image, "TIFF")
            ]
            buffer = io.BytesIO()
            pages[0].save(
                buffer, format="TIFF", compression="tiff_lzw", save_all=len(pages) > 1, append_images=pages[1:]
            )
        dst.write(buffer.getvalue())
        transformations = [
            f"re-encoded {len(pages)} page(s) from pixels as lossless LZW TIFF; no tags copied",
            *_dropped_notes(inspection.findings),
            *sorted(notes),
        ]
        orientation = read_orientation(data)
        if orientation not in (None, 1):
            transformations.append("applied the orientation to the pixels")
        return SanitizeResult(MediaType.TIFF, tuple(transformations))


# ---------------------------------------------------------------------------------------------
# WebP


def _riff_chunks(data: bytes) -> tuple[list[tuple[bytes, bytes]], int]:
    """Top-level WebP chunks (fourcc, payload) and the count of bytes after the RIFF body."""
    chunks: list[tuple[bytes, bytes]] = []
    riff_end = min(len(data), 8 + int.from_bytes(data[4:8], "little"))
    pos = 12
    while pos + 8 <= riff_end and len(chunks) < _MAX_CONTAINER_BLOCKS:
        fourcc = data[pos : pos + 4]
        size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        chunks.append((fourcc, data[pos + 8 : min(riff_end, pos + 8 + size)]))
        pos += 8 + size + (size & 1)
    return chunks, max(0, len(data) - max(riff_end, pos))


def _webp_is_lossless(chunks: list[tuple[bytes, bytes]]) -> bool:
    for fourcc, payload in chunks:
        if fourcc == b"VP8L":
            return True
        if fourcc == b"VP8 ":
            return False
        if fourcc == b"ANMF":  # first frame decides: frame header (16 bytes), then its chunks
            inner = payload[16:]
            while len(inner) >= 8:
                kind = inner[:4]
                if kind in (b"VP8L", b"VP8 "):
                    return kind == b"VP8L"
                size = int.from_bytes(inner[4:8], "little")
                inner = inner[8 + size + (size & 1) :]
            return False
    return False


class WebpSanitizer(_RasterSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.WEBP})
    media_type = MediaType.WEBP
    pil_format = "WEBP"
    what = "WebP image"

    def _describe(self, data: bytes, image: Image.Image) -> tuple[list[Finding], dict[str, str]]:
        chunks, trailing = _riff_chunks(data)
        findings: list[Finding] = []
        frames = 0
        orientation = None
        for fourcc, payload in chunks:
            name = fourcc.decode("latin-1").strip()
            if fourcc == b"EXIF":
                report = inspect_exif(payload, "EXIF")
                orientation = report.orientation
                findings.append(exif_container("EXIF chunk", len(payload), report))
                findings.extend(report.findings)
            elif fourcc == b"XMP ":
                findings.append(finding(Category.XMP, "XMP chunk", summarize_xmp(payload)))
            elif fourcc == b"ICCP":
                findings.append(finding(Category.ICC, "ICC profile chunk", size_text(len(payload)), False))
            elif fourcc == b"ANMF":
                frames += 1
            elif fourcc not in (b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM"):
                findings.append(finding(Category.OTHER, f"{name} chunk", size_text(len(payload)), True))
        if trailing:
            findings.append(finding(Category.TRAILING_DATA, "trailing bytes", f"{size_text(trailing)} after the image"))
        facts = {
            "compression": "lossless" if _webp_is_lossless(chunks) else "lossy",
            "orientation": self._orientation_fact(orientation),
        }
        if frames:
            facts["animation"] = f"{frames} frames"
        return findings, facts

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, "WebP image")
        inspection = self.inspect(io.BytesIO(data))
        chunks, _ = _riff_chunks(data)
        lossless = _webp_is_lossless(chunks)
        exif = next((payload for fourcc, payload in chunks if fourcc == b"EXIF"), b"")
        orientation = read_orientation(strip_exif_header(exif)) if exif else None
        notes: set[str] = set()
        with guarded("WebP image"):
            image = open_image(data, "WEBP", "WebP image")
            loop = int(image.info.get("loop", 0) or 0)
            frames: list[Image.Image] = []
            durations: list[int] = []
            for frame in _frames(image, "WebP image"):
                durations.append(int(frame.info.get("duration", 0) or 0))
                frames.append(_clean_frame(frame, orientation, notes))
            options: dict[str, Any] = {"lossless": True} if lossless else {"quality": 95}
            buffer = io.BytesIO()
            if len(frames) > 1:
                frames[0].save(
                    buffer,
                    format="WEBP",
                    save_all=True,
                    append_images=frames[1:],
                    duration=durations,
                    loop=loop,
                    **options,
                )
            else:
                frames[0].save(buffer, format="WEBP", **options)
        dst.write(buffer.getvalue())
        kind = "lossless" if lossless else "lossy quality 95"
        transformations = [
            f"re-encoded {len(frames)} frame(s) from pixels as {kind} WebP; no metadata copied",
            *_dropped_notes(inspection.findings),
            *sorted(notes),
        ]
        if orientation not in (None, 1):
            transformations.append("applied the orientation to the pixels")
        return SanitizeResult(MediaType.WEBP, tuple(transformations))


# ---------------------------------------------------------------------------------------------
# HEIC / HEIF


class HeicSanitizer(_RasterSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.HEIC})
    media_type = MediaType.HEIC
    pil_format = "HEIF"
    what = "HEIC image"

    def _describe(self, data: bytes, image: Image.Image) -> tuple[list[Finding], dict[str, str]]:
        info = image.info
        findings: list[Finding] = []
        exif = info.get("exif")
        if isinstance(exif, bytes) and exif:
            report = inspect_exif(exif, "EXIF")
            findings.append(exif_container("EXIF block", len(exif), report))
            findings.extend(f for f in report.findings if not f.key.endswith("Orientation"))
        xmp = info.get("xmp")
        if isinstance(xmp, bytes) and xmp:
            findings.append(finding(Category.XMP, "XMP block", summarize_xmp(xmp)))
        icc = info.get("icc_profile")
        if isinstance(icc, bytes) and icc:
            findings.append(finding(Category.ICC, "ICC profile", size_text(len(icc)), False))
        thumbnails = info.get("thumbnails") or []
        if thumbnails:
            findings.append(finding(Category.THUMBNAIL, "thumbnails", f"{len(thumbnails)} embedded"))
        depth = info.get("depth_images") or []
        if depth:
            findings.append(finding(Category.OTHER, "depth maps", f"{len(depth)} embedded", True))
        aux = info.get("aux") or {}
        if aux:
            findings.append(finding(Category.OTHER, "auxiliary images", ", ".join(map(str, aux))[:80], True))
        count = int(getattr(image, "n_frames", 1) or 1)
        if count > 1:
            findings.append(finding(Category.OTHER, "other images", f"{count - 1} besides the primary image", True))
        facts = {
            "mode": image.mode,
            # pillow-heif applies the HEIF transforms while decoding and records the EXIF value.
            "orientation": self._orientation_fact(_valid_orientation(info.get("original_orientation"))),
        }
        return findings, facts

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, "HEIC image")
        inspection = self.inspect(io.BytesIO(data))
        notes: set[str] = set()
        with guarded("HEIC image"):
            image = open_image(data, "HEIF", "HEIC image")
            load_frame(image, "HEIC image")  # the primary image; already upright
            pixels = pixels_only(image)
            if pixels.mode in ("RGBA", "LA", "PA") or (pixels.mode == "P" and "transparency" in pixels.info):
                rgba = pixels.convert("RGBA")
                flat = Image.new("RGB", rgba.size, (255, 255, 255))
                flat.paste(rgba, mask=rgba.getchannel("A"))
                pixels = flat
                notes.add("flattened transparency onto white (JPEG has no alpha)")
            elif pixels.mode != "RGB":
                pixels = pixels.convert("RGB")
            pixels, icc_note = _to_srgb(pixels, image.info.get("icc_profile"))
            if icc_note:
                notes.add(icc_note)
            buffer = io.BytesIO()
            pixels.info = {}  # already a fresh image built from pixels; make sure nothing rides along
            pixels.save(buffer, format="JPEG", quality=95, subsampling=0)
        dst.write(buffer.getvalue())
        transformations = [
            "re-encoded the primary image from pixels as JPEG (quality 95); no metadata copied",
            *_dropped_notes(inspection.findings),
            *sorted(notes),
        ]
        return SanitizeResult(MediaType.JPEG, tuple(transformations))


# ---------------------------------------------------------------------------------------------
# GIF


def _gif_blocks(data: bytes) -> tuple[list[tuple[str, bytes]], int, int]:
    """Extensions in a GIF as (kind, payload), the frame count and bytes after the trailer.

    Bounded: every block advances; at most _MAX_CONTAINER_BLOCKS blocks. Stops quietly at the
    first malformed block (inspection only; decoding is Pillow's job, under the guard).
    """
    found: list[tuple[str, bytes]] = []
    frames = 0
    if len(data) < 13:
        return found, frames, 0
    pos = 13
    if data[10] & 0x80:
        pos += 3 * (2 << (data[10] & 0x07))

    def sub_blocks(start: int) -> tuple[bytes, int]:
        parts: list[bytes] = []
        p = start
        while p < len(data) and len(parts) < _MAX_CONTAINER_BLOCKS:
            size = data[p]
            if size == 0:
                return b"".join(parts), p + 1
            parts.append(data[p + 1 : p + 1 + size])
            p += 1 + size
        return b"".join(parts), len(data)

    for _ in range(_MAX_CONTAINER_BLOCKS):
        if pos >= len(data):
            return found, frames, 0
        introducer = data[pos]
        if introducer == 0x3B:  # trailer
            return found, frames, len(data) - pos - 1
        if introducer == 0x21 and pos + 2 <= len(data):
            label = data[pos + 1]
            payload, pos = sub_blocks(pos + 2)
            if label == 0xFE:
                found.append(("comment", payload))
            elif label == 0xFF:
                found.append(("application", payload))
            elif label == 0x01:
                found.append(("plain text", payload))
        elif introducer == 0x2C and pos + 10 <= len(data):
            frames += 1
            flags = data[pos + 9]
            pos += 10
            if flags & 0x80:
                pos += 3 * (2 << (flags & 0x07))
            _, pos = sub_blocks(pos + 1)  # skip the LZW minimum code size, then the image data
        else:
            return found, frames, 0
    return found, frames, 0


class GifSanitizer(_RasterSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.GIF})
    media_type = MediaType.GIF
    pil_format = "GIF"
    what = "GIF image"

    def _describe(self, data: bytes, image: Image.Image) -> tuple[list[Finding], dict[str, str]]:
        blocks, frames, trailing = _gif_blocks(data)
        findings: list[Finding] = []
        for kind, payload in blocks:
            if kind == "comment":
                findings.append(finding(Category.COMMENT, "GIF comment", payload.decode("latin-1")))
            elif kind == "plain text":
                findings.append(finding(Category.TEXT, "GIF plain text", payload[12:].decode("latin-1")))
            else:
                ident = payload[:11]
                if ident == b"NETSCAPE2.0" or ident == b"ANIMEXTS1.0":
                    continue  # loop count: kept as a setting, not copied
                if ident == b"XMP DataXMP":
                    findings.append(finding(Category.XMP, "GIF XMP", summarize_xmp(payload)))
                elif ident.startswith(b"ICCRGBG1"):
                    findings.append(finding(Category.ICC, "GIF ICC profile", size_text(len(payload)), False))
                else:
                    label = f"GIF application extension {shorten(ident.decode('latin-1'), 20)}"
                    findings.append(finding(Category.OTHER, label, size_text(len(payload))))
        if trailing:
            value = f"{size_text(trailing)} after the trailer"
            findings.append(finding(Category.TRAILING_DATA, "trailing bytes", value))
        facts = {"frames": str(frames), "version": data[3:6].decode("latin-1")}
        return findings, facts

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, "GIF image")
        inspection = self.inspect(io.BytesIO(data))
        notes: set[str] = set()
        with guarded("GIF image"):
            image = open_image(data, "GIF", "GIF image")
            loop = image.info.get("loop")
            frames: list[Image.Image] = []
            durations: list[int] = []
            for frame in _frames(image, "GIF image"):
                durations.append(int(frame.info.get("duration", 0) or 0))
                frames.append(_clean_frame(frame, None, notes))
            buffer = io.BytesIO()
            if len(frames) > 1:
                options: dict[str, Any] = {"duration": durations}
                if loop is not None:
                    options["loop"] = int(loop)
                frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:], **options)
            else:
                frames[0].save(buffer, format="GIF")
        dst.write(buffer.getvalue())
        transformations = [
            f"re-encoded {len(frames)} frame(s) from pixels as GIF; no comments or extensions copied",
            *_dropped_notes(inspection.findings),
            *sorted(notes),
        ]
        return SanitizeResult(MediaType.GIF, tuple(transformations))


# ---------------------------------------------------------------------------------------------
# BMP and PSD: pixels only, as PNG


class _ToPngSanitizer(_RasterSanitizer):
    """Formats with no lossless writer worth keeping (BMP) or whose structure is an editor's
    document (PSD: layers with their names, paths, guides, XMP/EXIF/IPTC image resources). The
    working copy is a PNG of the decoded pixels (PSD: the flattened composite image), lossless."""

    def _describe(self, data: bytes, image: Image.Image) -> tuple[list[Finding], dict[str, str]]:
        findings: list[Finding] = []
        icc = image.info.get("icc_profile")
        if isinstance(icc, bytes) and icc:
            findings.append(finding(Category.ICC, "ICC profile", size_text(len(icc)), False))
        findings.extend(self._extra_findings(data, image))
        return findings, {"mode": image.mode, "orientation": self._orientation_fact(None)}

    def _extra_findings(self, data: bytes, image: Image.Image) -> list[Finding]:
        return []

    def _pixel_orientation(self, image: Image.Image) -> int | None:
        """The orientation to apply to the pixels; None when the format has none."""
        return None

    def _refuse(self, inspection: Inspection) -> None:
        """Raise when a PNG of the first frame would silently drop evidence (nothing by default)."""

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, self.what)
        inspection = self.inspect(io.BytesIO(data))
        self._refuse(inspection)
        notes: set[str] = set()
        with guarded(self.what):
            image = open_image(data, self.pil_format, self.what)
            load_frame(image, self.what)  # PSD: frame 0 is the flattened composite
            orientation = _valid_orientation(self._pixel_orientation(image))
            pixels = _clean_frame(image, orientation, notes)
            if pixels.mode not in ("1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"):
                pixels = pixels.convert("RGBA" if "A" in pixels.mode else "RGB")  # CMYK, Lab, ...
                notes.add(f"converted {image.mode} pixels to {pixels.mode}")
            buffer = io.BytesIO()
            pixels.save(buffer, format="PNG", optimize=False)
        dst.write(buffer.getvalue())
        transformations = [
            f"re-encoded the {self._what_kept} from pixels as a lossless PNG; nothing else copied",
            *_dropped_notes(inspection.findings),
            *sorted(notes),
        ]
        if orientation not in (None, 1):
            transformations.append("applied the orientation to the pixels")
        return SanitizeResult(MediaType.PNG, tuple(transformations))

    _what_kept = "image"


class BmpSanitizer(_ToPngSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.BMP})
    media_type = MediaType.BMP
    pil_format = "BMP"
    what = "BMP image"

    def _extra_findings(self, data: bytes, image: Image.Image) -> list[Finding]:
        declared = int.from_bytes(data[2:6], "little")
        if len(data) > declared >= 26:
            return [
                finding(Category.TRAILING_DATA, "trailing bytes", f"{size_text(len(data) - declared)} after the image")
            ]
        return []


class PsdSanitizer(_ToPngSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.PSD})
    media_type = MediaType.PSD
    pil_format = "PSD"
    what = "Photoshop image"
    _what_kept = "flattened composite image (no layers)"

    def _extra_findings(self, data: bytes, image: Image.Image) -> list[Finding]:
        found = [finding(Category.PHOTOSHOP, "image resources", "XMP, EXIF, IPTC, paths, guides (not copied)")]
        layers = getattr(image, "layers", None) or []
        if layers:
            names = ", ".join(shorten(str(layer[0]), 20) for layer in layers[:5])
            found.append(finding(Category.TEXT, "layers", f"{len(layers)} layer(s) named {names}"))
        return found


# ---------------------------------------------------------------------------------------------
# AVIF


class AvifSanitizer(_ToPngSanitizer):
    """AVIF -> lossless PNG of the primary image, upright.

    PNG rather than a new AVIF: re-encoding AV1 would be a second lossy generation of evidence
    and takes many seconds per photo on a laptop CPU, while a PNG keeps every decoded pixel and
    the alpha channel exactly and opens in every viewer and in the recipients' tools. The price is
    size (a PNG is several times larger than the AVIF). Pillow reports the HEIF rotation/mirror
    boxes (irot/imir) as an EXIF orientation instead of applying them, so the orientation is
    applied to the pixels here. Animated AVIF (image sequences) is refused by name: keeping only
    the first frame would silently drop evidence.
    """

    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.AVIF})
    media_type = MediaType.AVIF
    pil_format = "AVIF"
    what = "AVIF image"

    _what_kept = "AVIF image"

    def _pixel_orientation(self, image: Image.Image) -> int | None:
        exif = image.info.get("exif")
        if not isinstance(exif, bytes) or not exif:
            return None
        return read_orientation(strip_exif_header(exif))

    def _describe(self, data: bytes, image: Image.Image) -> tuple[list[Finding], dict[str, str]]:
        findings: list[Finding] = []
        exif = image.info.get("exif")
        if isinstance(exif, bytes) and exif:
            report = inspect_exif(strip_exif_header(exif), "EXIF")
            findings.append(exif_container("EXIF block", len(exif), report))
            findings.extend(f for f in report.findings if not f.key.endswith("Orientation"))
        xmp = image.info.get("xmp")
        if isinstance(xmp, bytes) and xmp:
            findings.append(finding(Category.XMP, "XMP block", summarize_xmp(xmp)))
        icc = image.info.get("icc_profile")
        if isinstance(icc, bytes) and icc:
            findings.append(finding(Category.ICC, "ICC profile", size_text(len(icc)), False))
        orientation = _valid_orientation(self._pixel_orientation(image))
        facts = {"mode": image.mode, "orientation": self._orientation_fact(orientation)}
        count = int(getattr(image, "n_frames", 1) or 1)
        if count > 1:
            facts["animation"] = f"{count} frames"
        return findings, facts

    def _refuse(self, inspection: Inspection) -> None:
        if "animation" in inspection.facts:
            raise UnsupportedMedia(
                f"animated AVIF images ({inspection.facts['animation']}) are not supported; only still AVIF photos"
            )
