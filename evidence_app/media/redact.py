"""Burning redaction boxes into photos, and finding faces to suggest boxes.

Redaction works on the (already sanitized) working copy and always produces a *new* image
encoded from pixels: the covered pixels are gone from the output, not hidden under an overlay,
and nothing from the source container is carried over (no EXIF, no thumbnail that would still
show the face, no ICC, no comments).

Coordinates are in the UPRIGHT image (after EXIF orientation), i.e. what the researcher sees;
the output is upright with no orientation tag, so the boxes land where they were drawn.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from enum import Enum
from typing import Any, BinaryIO

from PIL import Image, ImageDraw, ImageOps

from ..errors import InvalidInput, UnsupportedMedia
from . import raster as _raster  # noqa: F401  (importing it registers the HEIF opener)
from .base import MediaType
from .detect import HEAD_SIZE, PHOTO_TYPES, detect_type
from .photo_limits import clear_hidden_pixels, decode_image, guarded, pixels_only, read_limited

MIN_PIXELATE_BLOCK = 16
"""Pixelation blocks are never smaller than this: small blocks are easy to reverse."""

_PIL_FORMATS = {
    MediaType.JPEG: "JPEG",
    MediaType.PNG: "PNG",
    MediaType.TIFF: "TIFF",
    MediaType.WEBP: "WEBP",
    MediaType.HEIC: "HEIF",
    MediaType.GIF: "GIF",
}
_DETECT_MAX_SIDE = 1280  # Haar: faces are searched on a downscaled copy (a few seconds for a phone photo)
_DNN_MAX_SIDE = 1920  # CenterFace: about a second on a 2-core laptop at this size (bench/bench_faces.py)
_FACE_PADDING = 0.20


class RedactStyle(Enum):
    FILL = "fill"  # solid black: nothing of the region survives
    PIXELATE = "pixelate"  # coarse blocks: keeps context, but may be partly reversible


@dataclass(frozen=True)
class Box:
    """A rectangle in upright image pixels: left, top, width, height."""

    x: int
    y: int
    w: int
    h: int

    def __post_init__(self) -> None:
        for name in ("x", "y", "w", "h"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool):
                raise InvalidInput(f"box {name} must be a whole number of pixels")
        if self.w <= 0 or self.h <= 0:
            raise InvalidInput(f"box width and height must be positive (got {self.w}x{self.h})")

    def clip(self, width: int, height: int) -> Box:
        """The part of the box inside a width x height image; an error if there is none."""
        left, top = max(0, self.x), max(0, self.y)
        right, bottom = min(width, self.x + self.w), min(height, self.y + self.h)
        if right <= left or bottom <= top:
            raise InvalidInput(
                f"box at ({self.x}, {self.y}) size {self.w}x{self.h} is outside the {width}x{height} image"
            )
        return Box(left, top, right - left, bottom - top)

    def to_json(self) -> dict[str, int]:
        return {"x": self.x, "y": self.y, "w": self.w, "h": self.h}


def _decode_upright(src: BinaryIO) -> tuple[Image.Image, MediaType, list[str]]:
    data = read_limited(src, "photo")
    media_type = detect_type(data[:HEAD_SIZE])
    if media_type not in PHOTO_TYPES or media_type is None:
        raise UnsupportedMedia("only photos (JPEG, PNG, TIFF, WebP, HEIC, GIF) can be redacted")
    notes: list[str] = []
    image = decode_image(data, _PIL_FORMATS[media_type], "photo")
    if int(getattr(image, "n_frames", 1) or 1) > 1:
        notes.append("kept only the first frame/page; the others were dropped")
    with guarded("photo"):
        upright = ImageOps.exif_transpose(image)  # a copy; HEIF is already upright (orientation 1)
        clean = pixels_only(upright)
        if clean.mode not in ("RGB", "RGBA"):
            has_alpha = clean.mode in ("LA", "PA") or "transparency" in clean.info
            clean = clean.convert("RGBA" if has_alpha else "RGB")
        clean.info = {}
    return clean, media_type, notes


def decode_upright(src: BinaryIO) -> Image.Image:
    """A photo's pixels as the researcher sees them (EXIF orientation applied), RGB or RGBA."""
    return _decode_upright(src)[0]


def redact_regions(src: BinaryIO, boxes: list[Box], style: RedactStyle) -> tuple[bytes, MediaType, tuple[str, ...]]:
    """Burn the boxes into the photo; returns (encoded bytes, their type, transformations).

    JPEG inputs give a JPEG (quality 95, no chroma subsampling), everything else a PNG.
    """
    if not boxes:
        raise InvalidInput("no regions to redact were given")
    image, media_type, notes = _decode_upright(src)
    width, height = image.size
    clipped = [box.clip(width, height) for box in boxes]
    out_type = MediaType.JPEG if media_type is MediaType.JPEG else MediaType.PNG
    if out_type is MediaType.JPEG and style is RedactStyle.FILL:
        # A JPEG block only half covered by the box decodes with faint ringing inside the box.
        # Growing each box to whole 8x8 blocks (4:4:4, so one block = one MCU) makes every covered
        # pixel decode as exact black: more coverage, never less.
        clipped = [_to_jpeg_grid(box, width, height) for box in clipped]
        notes.append("grew the boxes to the 8-pixel JPEG block grid so they decode as pure black")
    with guarded("photo"):
        for box in clipped:
            if style is RedactStyle.FILL:
                _fill(image, box)
            else:
                _pixelate(image, box)
        if image.mode == "RGBA":
            image, _ = clear_hidden_pixels(image)
        buffer = io.BytesIO()
        final = pixels_only(image)
        if out_type is MediaType.JPEG:
            final.convert("RGB").save(buffer, format="JPEG", quality=95, subsampling=0)
        else:
            final.save(buffer, format="PNG")
    label = (
        "filled with black"
        if style is RedactStyle.FILL
        else (
            f"pixelated with blocks of at least {MIN_PIXELATE_BLOCK} px (pixelation can sometimes be partly "
            "reversed or recognised; use fill for faces and text)"
        )
    )
    notes.insert(0, f"redacted {len(clipped)} region(s): {label}")
    notes.append(
        f"re-encoded as {'JPEG (quality 95)' if out_type is MediaType.JPEG else 'PNG'} "
        "with no metadata and no thumbnail; orientation applied to the pixels"
    )
    return buffer.getvalue(), out_type, tuple(notes)


def _to_jpeg_grid(box: Box, width: int, height: int, block: int = 8) -> Box:
    left, top = box.x // block * block, box.y // block * block
    right = min(width, -(-(box.x + box.w) // block) * block)
    bottom = min(height, -(-(box.y + box.h) // block) * block)
    return Box(left, top, right - left, bottom - top)


def _fill(image: Image.Image, box: Box) -> None:
    colour: Any = (0, 0, 0, 255) if image.mode == "RGBA" else (0, 0, 0)
    ImageDraw.Draw(image).rectangle((box.x, box.y, box.x + box.w - 1, box.y + box.h - 1), fill=colour)


def _pixelate(image: Image.Image, box: Box) -> None:
    region = image.crop((box.x, box.y, box.x + box.w, box.y + box.h))
    block = max(MIN_PIXELATE_BLOCK, min(box.w, box.h) // 8)
    small = region.resize((max(1, box.w // block), max(1, box.h // block)), Image.Resampling.BOX)
    image.paste(small.resize(region.size, Image.Resampling.NEAREST), (box.x, box.y))


# ---------------------------------------------------------------------------------------------
# Face detection (suggestions only: a researcher must review them; every detector misses faces)


@functools.lru_cache(maxsize=1)
def _cascades() -> tuple[Any, Any]:
    import cv2
    import cv2.data

    base = str(cv2.data.haarcascades)
    frontal = cv2.CascadeClassifier(base + "haarcascade_frontalface_default.xml")
    profile = cv2.CascadeClassifier(base + "haarcascade_profileface.xml")
    if frontal.empty() or profile.empty():
        raise UnsupportedMedia("face detection is unavailable: OpenCV's face models are missing")
    return frontal, profile


class FaceDetector(Enum):
    CENTERFACE = "centerface"  # a CNN (media/faces_dnn.py), the default when its model is installed
    HAAR = "haar"  # OpenCV's Haar cascades: the fallback without the `faces` extra, and the baseline


def default_face_detector() -> FaceDetector:
    from . import faces_dnn

    return FaceDetector.CENTERFACE if faces_dnn.available() else FaceDetector.HAAR


def detect_faces(src: BinaryIO, detector: FaceDetector | None = None) -> list[Box]:
    """Suggest boxes around faces, in upright coordinates, padded by 20% and clipped to the image.

    ``detector`` None: CenterFace when its model is installed, else the Haar cascades."""
    image, _, _ = _decode_upright(src)
    return detect_faces_in(image, detector or default_face_detector())


def face_regions(
    image: Image.Image, detector: FaceDetector, max_side: int | None = None
) -> list[tuple[float, float, float, float]]:
    """The faces a detector reports in an upright image: (x, y, w, h) in its pixels, unpadded, unmerged
    (bench/bench_faces.py scores these against its labels). The image is searched downscaled to
    ``max_side`` (default: the detector's own limit; video frames use a smaller one)."""
    width, height = image.size
    limit = _DNN_MAX_SIDE if detector is FaceDetector.CENTERFACE else _DETECT_MAX_SIDE
    max_side = limit if max_side is None else min(limit, max_side)
    scale = min(1.0, max_side / max(width, height))
    with guarded("photo"):
        small = image.convert("RGB")
        if scale < 1.0:
            small = small.resize((max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.BOX)
        found = _centerface(small) if detector is FaceDetector.CENTERFACE else _haar(small)
    return [(x / scale, y / scale, w / scale, h / scale) for x, y, w, h in found]


def detect_faces_in(image: Image.Image, detector: FaceDetector) -> list[Box]:
    """`detect_faces` on an upright decoded image: each face padded by 20% on every side, clipped,
    and overlapping boxes merged into one."""
    width, height = image.size
    boxes: list[Box] = []
    for x, y, w, h in face_regions(image, detector):
        pad_w, pad_h = w * _FACE_PADDING, h * _FACE_PADDING
        left, top = int(x - pad_w), int(y - pad_h)
        right, bottom = round(x + w + pad_w), round(y + h + pad_h)
        try:
            boxes.append(Box(left, top, max(1, right - left), max(1, bottom - top)).clip(width, height))
        except InvalidInput:
            continue  # wholly outside (cannot happen for a face found inside the image)
    return _merge_overlapping(boxes)


def _centerface(image: Image.Image) -> list[tuple[float, float, float, float]]:
    import numpy as np

    from . import faces_dnn

    return [(d.x1, d.y1, d.x2 - d.x1, d.y2 - d.y1) for d in faces_dnn.detect(np.asarray(image))]


def _haar(image: Image.Image) -> list[tuple[float, float, float, float]]:
    import cv2
    import numpy as np

    grey = image.convert("L")
    pixels = cv2.equalizeHist(np.asarray(grey))
    min_side = max(20, min(grey.size) // 40)
    frontal, profile = _cascades()
    found: list[tuple[float, float, float, float]] = []
    options: dict[str, Any] = {"scaleFactor": 1.1, "minNeighbors": 5, "minSize": (min_side, min_side)}
    found += [tuple(map(float, r)) for r in frontal.detectMultiScale(pixels, **options)]  # type: ignore[misc]
    options["scaleFactor"] = 1.15  # profiles: coarser scale steps, two passes
    found += [tuple(map(float, r)) for r in profile.detectMultiScale(pixels, **options)]  # type: ignore[misc]
    mirrored = np.ascontiguousarray(pixels[:, ::-1])  # the profile model only knows one side
    for x, y, w, h in profile.detectMultiScale(mirrored, **options):
        found.append((float(grey.size[0] - int(x) - int(w)), float(y), float(w), float(h)))
    return found


def _merge_overlapping(boxes: list[Box]) -> list[Box]:
    """Union boxes that overlap (frontal and profile models often both fire on one face)."""
    merged = list(boxes)
    changed = True
    while changed:
        changed = False
        for i in range(len(merged)):
            for j in range(i + 1, len(merged)):
                a, b = merged[i], merged[j]
                if a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h:
                    left, top = min(a.x, b.x), min(a.y, b.y)
                    right, bottom = max(a.x + a.w, b.x + b.w), max(a.y + a.h, b.y + b.h)
                    merged[i] = Box(left, top, right - left, bottom - top)
                    del merged[j]
                    changed = True
                    break
            if changed:
                break
    return sorted(merged, key=lambda b: (b.y, b.x))
