"""JPEG XL: a lossless PNG of the decoded pixels, with nothing of the container."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pillow_jxl  # noqa: F401  (Pillow's JXL format, to write the samples)
import pytest
from PIL import Image

from evidence_app.media.base import InvalidMedia, MediaType
from evidence_app.media.detect import detect_bytes
from evidence_app.media.jxl import JxlSanitizer

from . import dirty_photos as dp
from .exiftool_check import exiftool_json, leaks


def dirty_jxl() -> bytes:
    """A lossless JPEG XL with camera EXIF (GPS, serials, owner) and XMP in its container."""
    buffer = io.BytesIO()
    dp.base_image().save(buffer, "JXL", lossless=True, exif=dp.pillow_exif(6).tobytes(), xmp=dp.XMP_PACKET)
    return buffer.getvalue()


def _clean(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    out = io.BytesIO()
    result = JxlSanitizer().sanitize(io.BytesIO(data), out)
    assert result.output_type is MediaType.PNG
    return out.getvalue(), result.transformations


def test_dirty_jxl_becomes_a_lossless_png_without_its_boxes(tmp_path: Path) -> None:
    data = dirty_jxl()
    assert detect_bytes(data) is MediaType.JXL
    assert any(m in data for m in dp.MARKER_BYTES)
    inspection = JxlSanitizer().inspect(io.BytesIO(data))
    keys = {f.key for f in inspection.risky}
    assert "EXIF box" in keys and any("GPS" in key for key in keys), keys
    clean, notes = _clean(data)
    for marker in dp.MARKER_BYTES:
        assert marker not in clean and marker.decode().encode("utf-16-le") not in clean
    assert any("lossless PNG" in n for n in notes)
    with Image.open(io.BytesIO(data), formats=["JXL"]) as source:
        decoded = np.array(source.convert("RGB"))
    with Image.open(io.BytesIO(clean)) as image:
        assert image.format == "PNG" and not image.info.get("exif") and not image.info.get("xmp")
        assert np.array_equal(np.array(image.convert("RGB")), decoded)  # every decoded pixel, exactly
    if dp.EXIFTOOL:
        path = tmp_path / "clean.png"
        path.write_bytes(clean)
        (record,) = exiftool_json([path])
        assert leaks(record) == []


def test_truncated_or_damaged_jxl_is_refused_with_the_cause() -> None:
    data = dirty_jxl()
    for broken in (data[: len(data) // 2], data[:20], b"\xff\x0a" + b"\x00" * 64):
        with pytest.raises(InvalidMedia, match="JPEG XL image") as refused:
            JxlSanitizer().sanitize(io.BytesIO(broken), io.BytesIO())
        assert "build `libjxl`" not in str(refused.value) and "\n" not in str(refused.value)
