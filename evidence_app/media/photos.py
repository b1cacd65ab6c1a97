"""Importing this module registers every photo sanitizer (JPEG, PNG, TIFF, WebP, HEIC/HEIF, GIF, BMP, PSD)."""

from __future__ import annotations

from .base import register
from .jpeg import JpegSanitizer
from .png import PngSanitizer
from .raster import BmpSanitizer, GifSanitizer, HeicSanitizer, PsdSanitizer, TiffSanitizer, WebpSanitizer

JPEG = register(JpegSanitizer())
PNG = register(PngSanitizer())
TIFF = register(TiffSanitizer())
WEBP = register(WebpSanitizer())
HEIC = register(HeicSanitizer())
GIF = register(GifSanitizer())
BMP = register(BmpSanitizer())
PSD = register(PsdSanitizer())

__all__ = ["BMP", "GIF", "HEIC", "JPEG", "PNG", "PSD", "TIFF", "WEBP"]
