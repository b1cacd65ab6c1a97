"""Importing this module registers every sanitizer for recordings and documents: audio (MP3, WAV,
FLAC, M4A, Ogg), video (MP4, MOV), PDF, office documents (DOCX, XLSX, PPTX, ODT) and plain text."""

from __future__ import annotations

from .audio import AUDIO_SANITIZERS
from .base import register
from .office import OfficeSanitizer
from .pdf import PdfSanitizer
from .text import TextSanitizer
from .video import VideoSanitizer

for _sanitizer in (*AUDIO_SANITIZERS, PdfSanitizer(), OfficeSanitizer(), VideoSanitizer(), TextSanitizer()):
    register(_sanitizer)
