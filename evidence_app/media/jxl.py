"""JPEG XL images: a lossless PNG of the decoded pixels (pillow-jxl-plugin, libjxl).

A JPEG XL file is a bare codestream or an ISO-BMFF-style container whose boxes can carry EXIF
(GPS, serials, owner), XMP, JUMBF (C2PA provenance), a JPEG-reconstruction box (every byte of the
original JPEG, its APPn segments included) and brotli-compressed versions of all of these. None of
them is read into the working copy: the decoder's pixels are written as a new PNG, like AVIF.

Orientation: the codestream header's orientation is applied by libjxl while decoding (an EXIF
orientation in a JPEG XL file is ignored by the format's rules, and so by viewers), so the PNG
shows the image as a viewer does. ICC profiles are applied to sRGB first, then dropped. Animated
JPEG XL is refused by name (keeping only the first frame would silently drop evidence).
"""

from __future__ import annotations

from typing import BinaryIO, ClassVar

import pillow_jxl  # noqa: F401  (registers Pillow's "JXL" format)
from PIL import Image

from ..errors import UnsupportedMedia
from .base import Category, Finding, Inspection, InvalidMedia, MediaType, SanitizeResult
from .exif_inspect import exif_container, finding, inspect_exif, size_text, strip_exif_header, summarize_xmp
from .raster import _ToPngSanitizer


def _plain(exc: InvalidMedia) -> InvalidMedia:
    # libjxl's only message for a stream it cannot decode is "Generic Error. Please build libjxl
    # from source ..."; a researcher needs to know the file is damaged, not how to debug libjxl.
    if "Generic Error" in str(exc):
        return InvalidMedia("the JPEG XL image is damaged or truncated: libjxl cannot decode it")
    return exc


class JxlSanitizer(_ToPngSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.JXL})
    media_type = MediaType.JXL
    pil_format = "JXL"
    what = "JPEG XL image"
    _what_kept = "JPEG XL image"

    def inspect(self, src: BinaryIO) -> Inspection:
        try:
            return super().inspect(src)
        except InvalidMedia as exc:
            raise _plain(exc) from None

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        try:
            return super().sanitize(src, dst)
        except InvalidMedia as exc:
            raise _plain(exc) from None

    def _describe(self, data: bytes, image: Image.Image) -> tuple[list[Finding], dict[str, str]]:
        findings: list[Finding] = []
        exif = image.info.get("exif")
        if isinstance(exif, bytes) and exif:
            report = inspect_exif(strip_exif_header(exif), "EXIF")
            findings.append(exif_container("EXIF box", len(exif), report))
            findings.extend(report.findings)
        xmp = image.info.get("xmp")
        if isinstance(xmp, bytes) and xmp:
            findings.append(finding(Category.XMP, "XMP box", summarize_xmp(xmp)))
        for box, label in ((b"jbrd", "JPEG reconstruction data (the original JPEG's segments)"), (b"jumb", "JUMBF")):
            if data[:12] == b"\x00\x00\x00\x0cJXL \r\n\x87\n" and box in data[:1_000_000]:
                findings.append(finding(Category.OTHER, label, "present"))
        icc = image.info.get("icc_profile")
        if isinstance(icc, bytes) and icc:
            findings.append(finding(Category.ICC, "ICC profile", size_text(len(icc)), False))
        facts = {"mode": image.mode, "orientation": "applied by the decoder (codestream header)"}
        count = int(getattr(image, "n_frames", 1) or 1)
        if count > 1:
            facts["animation"] = f"{count} frames"
        return findings, facts

    def _refuse(self, inspection: Inspection) -> None:
        if "animation" in inspection.facts:
            raise UnsupportedMedia(
                f"animated JPEG XL images ({inspection.facts['animation']}) are not supported; only still images"
            )
