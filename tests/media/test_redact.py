from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageOps

from evidence_app.errors import InvalidInput, UnsupportedMedia
from evidence_app.media.base import MediaType
from evidence_app.media.redact import MIN_PIXELATE_BLOCK, Box, RedactStyle, detect_faces, redact_regions

from . import dirty_photos as dp
from .conftest import SAMPLES, DirtyCase
from .exiftool_check import exiftool_json, leaks, marker_leaks

FACE_SAMPLE = SAMPLES / "jpg" / "Konica_Minolta_DiMAGE_Z3.jpg"  # a woman's portrait, 70x100


def region(image: Image.Image, box: Box, inset: int = 0) -> Image.Image:
    return image.crop((box.x + inset, box.y + inset, box.x + box.w - inset, box.y + box.h - inset))


def brightest(image: Image.Image) -> int:
    """The highest channel value anywhere in the image (0 means pure black)."""
    bands = image.convert("RGB").getextrema()
    return max(int(hi) for _, hi in bands)  # type: ignore[misc]


def is_uniform(image: Image.Image) -> bool:
    return all(lo == hi for lo, hi in image.getextrema())  # type: ignore[misc]


def open_bytes(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_fill_makes_the_box_black_in_png() -> None:
    box = Box(5, 6, 20, 10)
    data, media_type, notes = redact_regions(io.BytesIO(dp.small_png((64, 48))), [box], RedactStyle.FILL)
    assert media_type is MediaType.PNG
    out = open_bytes(data).convert("RGB")
    assert brightest(region(out, box)) == 0
    assert out.getpixel((40, 40)) == dp.base_image().getpixel((40, 40))  # outside: untouched
    assert "filled with black" in notes[0]


def test_fill_in_jpeg_is_black_and_output_has_no_metadata(dirty_corpus: dict[str, DirtyCase], tmp_path: Path) -> None:
    box = Box(13, 11, 23, 17)  # deliberately off the 8-pixel grid
    source = dirty_corpus["jpeg"].path.read_bytes()  # redaction must not need a sanitized input to be clean
    data, media_type, _ = redact_regions(io.BytesIO(source), [box], RedactStyle.FILL)
    assert media_type is MediaType.JPEG
    out = open_bytes(data).convert("RGB")
    assert brightest(region(out, box)) == 0  # boxes are grown to JPEG blocks: exact black, no ringing
    path = tmp_path / "redacted.jpg"
    path.write_bytes(data)
    assert leaks(exiftool_json([path])[0]) == []
    assert marker_leaks(data) == []
    assert b"Exif" not in data and b"ICC_PROFILE" not in data


def test_box_in_upright_coordinates_with_orientation_6(dirty_corpus: dict[str, DirtyCase]) -> None:
    """The researcher draws on the upright photo; the box must land there, not on stored pixels."""
    source = dirty_corpus["jpeg-orientation-6"].path.read_bytes()
    upright = ImageOps.exif_transpose(open_bytes(source)).convert("RGB")
    assert upright.size == (48, 64)
    box = Box(0, 0, 16, 16)  # top-left of the upright image
    assert upright.getpixel((4, 4)) != (0, 0, 0)
    data, _, _ = redact_regions(io.BytesIO(source), [box], RedactStyle.FILL)
    out = open_bytes(data)
    assert out.size == (48, 64)
    assert out.getexif().get(0x0112) is None  # pixels are upright; no tag to rotate them again
    rgb = out.convert("RGB")
    assert brightest(region(rgb, box)) == 0
    # The opposite corner is untouched (within JPEG tolerance).
    far = rgb.getpixel((40, 56))
    expected = upright.getpixel((40, 56))
    assert isinstance(far, tuple) and isinstance(expected, tuple)
    assert all(abs(a - b) <= 12 for a, b in zip(far, expected, strict=True))


def test_pixelate_uses_coarse_blocks_and_warns() -> None:
    box = Box(0, 0, 64, 48)
    data, _, notes = redact_regions(io.BytesIO(dp.small_png((64, 48))), [box], RedactStyle.PIXELATE)
    out = open_bytes(data).convert("RGB")
    block = out.crop((0, 0, MIN_PIXELATE_BLOCK, MIN_PIXELATE_BLOCK))
    assert is_uniform(block)
    assert out.tobytes() != dp.base_image().tobytes()
    assert "reversed" in notes[0]


def test_boxes_are_validated_and_clipped() -> None:
    with pytest.raises(InvalidInput):
        Box(0, 0, 0, 10)
    with pytest.raises(InvalidInput):
        Box(0, 0, 10, -1)
    with pytest.raises(InvalidInput):
        Box(0, 0, 1.5, 2)  # type: ignore[arg-type]
    assert Box(-5, -5, 20, 20).clip(10, 10) == Box(0, 0, 10, 10)
    assert Box(5, 5, 100, 100).clip(64, 48) == Box(5, 5, 59, 43)
    with pytest.raises(InvalidInput, match="outside"):
        Box(100, 100, 5, 5).clip(64, 48)
    with pytest.raises(InvalidInput, match="outside"):
        redact_regions(io.BytesIO(dp.small_png()), [Box(500, 0, 5, 5)], RedactStyle.FILL)
    with pytest.raises(InvalidInput):
        redact_regions(io.BytesIO(dp.small_png()), [], RedactStyle.FILL)


def test_partially_outside_box_is_clipped() -> None:
    data, _, _ = redact_regions(io.BytesIO(dp.small_png((64, 48))), [Box(50, 40, 100, 100)], RedactStyle.FILL)
    out = open_bytes(data).convert("RGB")
    assert out.size == (64, 48)
    assert out.getpixel((63, 47)) == (0, 0, 0)
    assert out.getpixel((10, 10)) != (0, 0, 0)


@pytest.mark.parametrize("name", ["png-rgba", "tiff", "webp-lossy", "heic", "gif-animated"])
def test_other_formats_redact_to_clean_png(dirty_corpus: dict[str, DirtyCase], name: str, tmp_path: Path) -> None:
    data, media_type, notes = redact_regions(
        io.BytesIO(dirty_corpus[name].path.read_bytes()), [Box(0, 0, 8, 8)], RedactStyle.FILL
    )
    assert media_type is MediaType.PNG
    path = tmp_path / "out.png"
    path.write_bytes(data)
    assert leaks(exiftool_json([path])[0]) == []
    assert marker_leaks(data) == []
    if name == "gif-animated":
        assert any("first frame" in n for n in notes)


def test_non_photos_are_refused() -> None:
    with pytest.raises(UnsupportedMedia):
        redact_regions(io.BytesIO(b"%PDF-1.4 not a photo"), [Box(0, 0, 1, 1)], RedactStyle.FILL)


def test_detect_faces_returns_boxes_within_bounds() -> None:
    boxes = detect_faces(io.BytesIO(dp.small_png((200, 150))))
    for box in boxes:
        assert box.x >= 0 and box.y >= 0 and box.x + box.w <= 200 and box.y + box.h <= 150


@pytest.mark.skipif(not FACE_SAMPLE.is_file(), reason="sample portrait not available")
def test_detect_faces_finds_the_portrait_and_redaction_covers_it(tmp_path: Path) -> None:
    source = FACE_SAMPLE.read_bytes()
    boxes = detect_faces(io.BytesIO(source))
    assert boxes
    face_centre = (34, 23)  # measured on the upright image
    covering = [b for b in boxes if b.x <= face_centre[0] < b.x + b.w and b.y <= face_centre[1] < b.y + b.h]
    assert covering
    box = covering[0]
    assert box.w >= 25 and box.h >= 25  # padded beyond the detector's ~25 px face
    data, media_type, _ = redact_regions(io.BytesIO(source), boxes, RedactStyle.FILL)
    assert media_type is MediaType.JPEG
    out = open_bytes(data).convert("RGB")
    for box in boxes:
        assert brightest(region(out, box)) == 0
    path = tmp_path / "face.jpg"
    path.write_bytes(data)
    assert leaks(exiftool_json([path])[0]) == []
