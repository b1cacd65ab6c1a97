"""Resource limits and a guarded decoder boundary for every photo format.

Photos come from the field and may be hostile: decompression bombs, truncated transfers, files
crafted to crash or stall a decoder. Everything that hands bytes to Pillow (or pillow-heif)
goes through this module so that:

* a file is never bigger than ``MAX_FILE_BYTES`` and never empty;
* an image is never decoded if it claims more than ``max_pixels()`` pixels (checked from the
  header, *before* any pixel memory is allocated), and Pillow's own DecompressionBombWarning is
  an error, not a warning;
* pixels are always fully loaded (``.load()``) inside the guard, so a truncated file fails here
  and not later while writing a "clean" copy;
* whatever a decoder raises on malformed input becomes a one-line :class:`InvalidMedia`.
  Our own ``EvidenceError`` subclasses pass through unchanged.
"""

from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO

import numpy as np
from PIL import Image

from ..errors import EvidenceError
from .base import InvalidMedia

MAX_FILE_BYTES = 200 * 1024 * 1024
"""Largest photo accepted at all (bytes)."""

MAX_PIXELS = 50_000_000
"""Default pixel cap per image/frame. Configurable, but never above ``HARD_MAX_PIXELS``."""

HARD_MAX_PIXELS = 100_000_000
"""Absolute ceiling: a setting above this is ignored."""

MAX_FRAMES = 1_000
"""Most frames/pages decoded from one animated GIF/WebP or multi-page TIFF."""

MAX_TOTAL_FRAME_PIXELS = 150_000_000
"""Sum of pixels over all frames/pages of one file (animated bombs: small frames, very many of
them). Re-encoding holds every decoded frame, so this bounds memory (~600 MB of RGBA at worst)."""


def max_pixels() -> int:
    """The effective per-image pixel cap."""
    return max(1, min(MAX_PIXELS, HARD_MAX_PIXELS))


def read_limited(src: BinaryIO, what: str, limit: int | None = None) -> bytes:
    """Read the whole source (from the start) into memory, refusing empty or oversized files."""
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        src.seek(0)
        data = src.read(limit + 1)
    except (OSError, ValueError) as exc:
        raise InvalidMedia(f"the {what} could not be read: {one_line(exc)}") from None
    if not isinstance(data, bytes | bytearray):
        raise InvalidMedia(f"the {what} could not be read as bytes")
    if not data:
        raise InvalidMedia(f"the {what} is empty (0 bytes)")
    if len(data) > limit:
        raise InvalidMedia(f"the {what} is larger than the {limit / (1024 * 1024):g} MB limit")
    return bytes(data)


def check_dimensions(width: int, height: int, what: str) -> None:
    """Refuse zero-sized images and images above the pixel cap, before decoding anything."""
    if width <= 0 or height <= 0:
        raise InvalidMedia(f"the {what} has an invalid size ({width}x{height})")
    cap = max_pixels()
    if width * height > cap:
        raise InvalidMedia(
            f"the {what} is too large to process safely ({width}x{height} pixels; "
            f"the limit is {cap // 1_000_000} megapixels)"
        )


def one_line(exc: BaseException, limit: int = 160) -> str:
    """A short single-line description of an exception, safe to show to a researcher."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


@contextmanager
def guarded(what: str) -> Iterator[None]:
    """Run decoder/encoder code with bombs as errors and every failure as InvalidMedia.

    Catching ``Exception`` is deliberate: this is the boundary to C decoders fed with untrusted
    bytes, which raise a zoo of exception types (OSError, SyntaxError, ValueError, EOFError,
    struct.error, IndexError, ZeroDivisionError, RuntimeError...). None of them may escape as
    anything but InvalidMedia. MemoryError is included: an allocation failure on hostile input
    must not take the app down.
    """
    # catch_warnings is process-global, not per thread; the explicit pixel cap (check_dimensions,
    # below Pillow's own bomb threshold) is what really stops bombs, this is defence in depth.
    with warnings.catch_warnings():
        # Decoders warn about oddities of malformed input; that is noise here (the input is
        # either accepted or refused), except for bombs, which are always an error.
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            yield
        except EvidenceError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise InvalidMedia(f"the {what} is a decompression bomb (too many pixels); refused") from None
        except RecursionError:
            raise InvalidMedia(f"the {what} is malformed (nested too deeply)") from None
        except MemoryError:
            raise InvalidMedia(f"the {what} needs too much memory to decode; refused") from None
        except EOFError:
            # FFmpeg's AVERROR_EOF arrives as "[Errno 541478725] End of file": say what it means.
            raise InvalidMedia(f"the {what} is truncated: it ends before the media data it announces") from None
        except Exception as exc:
            # FFmpeg's errors read "[Errno 1094995529] Invalid data found when processing input: ...":
            # the number is FFmpeg's, not the system's, and says nothing to a reader.
            detail = re.sub(r"^\[Errno -?\d+\] ", "", one_line(exc)).removesuffix(": '<none>'")
            raise InvalidMedia(f"the {what} is damaged or malformed: {detail}") from None


def open_image(data: bytes, pil_format: str, what: str) -> Image.Image:
    """Open (header only) with Pillow restricted to one format, and check the pixel cap.

    Must be called inside :func:`guarded`. Pixels are not decoded yet: call :func:`load_frame`.
    """
    image = Image.open(io.BytesIO(data), formats=[pil_format])
    width, height = image.size
    check_dimensions(width, height, what)
    return image


def load_frame(image: Image.Image, what: str) -> None:
    """Decode the current frame fully; must be called inside :func:`guarded`."""
    width, height = image.size
    check_dimensions(width, height, what)
    image.load()


def decode_image(data: bytes, pil_format: str, what: str) -> Image.Image:
    """Open and fully decode the first frame, all inside the guard."""
    with guarded(what):
        image = open_image(data, pil_format, what)
        load_frame(image, what)
    return image


# ---------------------------------------------------------------------------------------------
# Pixel helpers shared by the re-encoding sanitizers and redaction

_TRANSPOSE_FOR_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def apply_orientation(image: Image.Image, orientation: int | None) -> Image.Image:
    """Turn stored pixels upright for an EXIF orientation (same mapping as ImageOps.exif_transpose)."""
    method = _TRANSPOSE_FOR_ORIENTATION.get(orientation or 1)
    return image if method is None else image.transpose(method)


def pixels_only(image: Image.Image) -> Image.Image:
    """A copy carrying pixels (and palette) only.

    ``Image.copy()`` also copies ``info`` (exif, icc_profile, xmp, comment, dpi, ...), which
    Pillow's encoders may write back into the output. Only the transparency key survives,
    because without it a palette/grey GIF or PNG would change appearance.
    """
    clean = image.copy()
    transparency = image.info.get("transparency")
    clean.info = {}
    if transparency is not None and clean.mode in ("P", "L", "RGB"):
        clean.info["transparency"] = transparency
    return clean


def clear_hidden_pixels(image: Image.Image) -> tuple[Image.Image, bool]:
    """Zero the colour of fully transparent pixels.

    Editors often "erase" by setting alpha to 0 while the original colour stays in the file;
    anyone can undo that by dropping the alpha channel. Returns (image, whether anything changed).
    """
    if image.mode not in ("RGBA", "LA"):
        return image, False
    pixels = np.array(image)
    transparent = pixels[..., -1] == 0
    hidden = transparent & (pixels[..., :-1] != 0).any(axis=-1)
    if not hidden.any():
        return image, False
    pixels[transparent] = 0
    return Image.fromarray(pixels), True
