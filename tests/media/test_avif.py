"""AVIF photos: a lossless PNG of the primary image, upright, with nothing from the container."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from evidence_app.errors import UnsupportedMedia
from evidence_app.media.base import InvalidMedia, MediaType
from evidence_app.media.detect import detect_bytes
from evidence_app.media.raster import AvifSanitizer

from . import dirty_photos as dp
from .exiftool_check import exiftool_json, leaks


def dirty_avif(*, orientation: int | None = None, alpha: bool = False) -> bytes:
    """An AVIF written by Pillow/libavif with camera EXIF (GPS, serials, owner) and XMP."""
    image = dp.base_image(mode="RGBA" if alpha else "RGB")
    if alpha:  # a fully transparent block whose colour (hidden) is still bright green
        image.paste((0, 255, 0, 0), (40, 30, 60, 44))
    buffer = io.BytesIO()
    image.save(buffer, "AVIF", quality=90, exif=dp.pillow_exif(orientation).tobytes(), xmp=dp.XMP_PACKET)
    return buffer.getvalue()


def _clean(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    out = io.BytesIO()
    result = AvifSanitizer().sanitize(io.BytesIO(data), out)
    assert result.output_type is MediaType.PNG
    return out.getvalue(), result.transformations


def test_dirty_avif_becomes_a_lossless_upright_png_without_metadata() -> None:
    data = dirty_avif(orientation=6)
    assert detect_bytes(data) is MediaType.AVIF
    inspection = AvifSanitizer().inspect(io.BytesIO(data))
    keys = {f.key for f in inspection.risky}
    assert any("GPS" in key for key in keys) and "XMP block" in keys, keys
    assert inspection.facts["orientation"].startswith("6")
    clean, notes = _clean(data)
    for marker in dp.MARKER_BYTES:
        assert marker not in clean and marker.decode().encode("utf-16-le") not in clean
    assert "applied the orientation to the pixels" in notes
    with Image.open(io.BytesIO(data), formats=["AVIF"]) as source:
        decoded = np.array(source.convert("RGB").transpose(Image.Transpose.ROTATE_270))
    with Image.open(io.BytesIO(clean)) as image:
        assert image.format == "PNG"
        assert image.size == (48, 64)  # orientation 6: portrait after rotating
        assert not image.info.get("exif") and not image.info.get("xmp")
        assert not getattr(image, "text", {})
        # Lossless: exactly the pixels libavif decoded, turned upright.
        assert np.array_equal(np.array(image.convert("RGB")), decoded)
        # The red corner (top-left before rotation) is now top-right.
        red = image.convert("RGB").getpixel((image.width - 3, 2))
        assert isinstance(red, tuple) and red[0] > 200 and red[1] < 80


def test_avif_alpha_is_kept_and_hidden_colour_cleared() -> None:
    clean, _ = _clean(dirty_avif(alpha=True))
    with Image.open(io.BytesIO(clean)) as image:
        assert image.mode == "RGBA"
        pixel = image.getpixel((50, 37))
        assert isinstance(pixel, tuple) and pixel[3] == 0 and pixel[:3] == (0, 0, 0)
        opaque = image.getpixel((2, 2))
        assert isinstance(opaque, tuple) and opaque[3] == 255


@pytest.mark.skipif(dp.EXIFTOOL is None, reason="exiftool is not installed")
def test_exiftool_finds_only_structure_in_the_avif_copy(tmp_path: Path) -> None:
    original = tmp_path / "dirty.avif"
    original.write_bytes(dirty_avif(orientation=3))
    dp.exiftool_write(original, *dp.exiftool_dirty_args())
    clean, _ = _clean(original.read_bytes())
    path = tmp_path / "clean.png"
    path.write_bytes(clean)
    (record,) = exiftool_json([path])
    assert leaks(record) == []


def test_truncated_damaged_or_animated_avif_is_refused() -> None:
    data = dirty_avif()
    for broken in (data[: len(data) // 2], data[:40], data[:200] + b"\x00" * 400):
        with pytest.raises(InvalidMedia):
            AvifSanitizer().sanitize(io.BytesIO(broken), io.BytesIO())
    frames = [dp.base_image(), dp.base_image().rotate(180)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "AVIF", save_all=True, append_images=frames[1:], duration=100)
    with pytest.raises(UnsupportedMedia, match="animated AVIF"):
        AvifSanitizer().sanitize(io.BytesIO(buffer.getvalue()), io.BytesIO())
