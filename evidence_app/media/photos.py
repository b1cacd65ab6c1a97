"""Importing this module registers every photo sanitizer (JPEG, PNG, TIFF, WebP, HEIC/HEIF, GIF)."""

from __future__ import annotations

from .base import register
from .jpeg import JpegSanitizer
from .png import PngSanitizer
from .raster import GifSanitizer, HeicSanitizer, TiffSanitizer, WebpSanitizer

JPEG = register(JpegSanitizer())
PNG = register(PngSanitizer())
TIFF = register(TiffSanitizer())
WEBP = register(WebpSanitizer())
HEIC = register(HeicSanitizer())
GIF = register(GifSanitizer())

__all__ = ["GIF", "HEIC", "JPEG", "PNG", "TIFF", "WEBP"]
