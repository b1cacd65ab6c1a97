"""The sanitizer registry: every format this app can take in, and the one sanitizer for each.

The registry imports its formats itself, so ``sanitizer_for`` answers the same whatever else
happens to be imported (before, a type counted as supported only once two modules had been
imported by someone). A format is added here, in ``_SANITIZERS``, and nowhere else; see
CONTRIBUTING.md for the three tests a new format brings. A type without a sanitizer cannot be
imported: intake refuses it before anything is stored.
"""

from __future__ import annotations

from ..errors import UnsupportedMedia
from .audio import AUDIO_SANITIZERS
from .audio_decode import AiffSanitizer, AmrSanitizer
from .base import MediaType, Sanitizer
from .camera_raw import DngSanitizer
from .email_msg import EmailSanitizer
from .jpeg import JpegSanitizer
from .jxl import JxlSanitizer
from .legacy_office import LegacyOfficeSanitizer
from .markup import EpubSanitizer, HtmlSanitizer
from .matroska import MatroskaSanitizer
from .office import OfficeSanitizer
from .opendoc import OpenDocumentSanitizer
from .pdf import PdfSanitizer
from .png import PngSanitizer
from .raster import AvifSanitizer, BmpSanitizer, GifSanitizer, HeicSanitizer, PsdSanitizer, TiffSanitizer, WebpSanitizer
from .rawmedia import AacSanitizer, WindowsMediaSanitizer
from .rtf import RtfSanitizer
from .svg import SvgSanitizer
from .text import TextSanitizer
from .transport import AviSanitizer, TransportStreamSanitizer
from .video import VideoSanitizer

_SANITIZERS: tuple[Sanitizer, ...] = (
    # photos
    JpegSanitizer(),
    PngSanitizer(),
    TiffSanitizer(),
    WebpSanitizer(),
    HeicSanitizer(),
    AvifSanitizer(),
    JxlSanitizer(),
    SvgSanitizer(),
    DngSanitizer(),
    GifSanitizer(),
    BmpSanitizer(),
    PsdSanitizer(),
    # recordings and documents
    *AUDIO_SANITIZERS,
    AiffSanitizer(),
    AmrSanitizer(),
    VideoSanitizer(),
    MatroskaSanitizer(),
    TransportStreamSanitizer(),
    AviSanitizer(),
    AacSanitizer(),
    WindowsMediaSanitizer(),
    PdfSanitizer(),
    OfficeSanitizer(),
    LegacyOfficeSanitizer(),
    HtmlSanitizer(),
    EpubSanitizer(),
    EmailSanitizer(),
    RtfSanitizer(),
    OpenDocumentSanitizer(),
    TextSanitizer(),
)


def _by_type() -> dict[MediaType, Sanitizer]:
    table: dict[MediaType, Sanitizer] = {}
    for sanitizer in _SANITIZERS:
        for media_type in sanitizer.media_types:
            if media_type in table:  # one sanitizer per type, never a silent override
                raise AssertionError(f"two sanitizers claim {media_type.value}")
            table[media_type] = sanitizer
    return table


_BY_TYPE = _by_type()


def sanitizer_for(media_type: MediaType) -> Sanitizer:
    try:
        return _BY_TYPE[media_type]
    except KeyError:
        raise UnsupportedMedia(f"no sanitizer for {media_type.value}; it cannot get a working copy") from None


def registered_types() -> frozenset[MediaType]:
    return frozenset(_BY_TYPE)
