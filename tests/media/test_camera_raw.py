"""DNG camera raws: the raw sealed, a developed lossless PNG as the working copy."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
import rawpy
from PIL import Image

from evidence_app import media_service as ms
from evidence_app.errors import UnsupportedMedia
from evidence_app.media.base import Category, MediaType
from evidence_app.media.camera_raw import DngSanitizer
from evidence_app.media.detect import detect_bytes

from .dirty_photos import EXIFTOOL
from .dng_samples import linear_dng
from .exiftool_check import exiftool_json, leaks

SECRETS = ("ZQXMAKE", "ZQXMODEL", "ZQXSOFTWARE", "ZQXARTIST", "ZQXCAMERA", "ZQXSERIAL")


def test_dirty_dng_becomes_a_developed_png_without_its_tags(tmp_path: Path) -> None:
    data = linear_dng(orientation=6)
    assert detect_bytes(data) is MediaType.DNG
    with rawpy.imread(io.BytesIO(data)) as raw:  # an independent reader develops the same file
        assert raw.sizes.width == 64
    inspection = DngSanitizer().inspect(io.BytesIO(data))
    categories = {f.category for f in inspection.risky}
    assert {Category.GPS, Category.OWNER, Category.DEVICE} <= categories, categories
    prepared_path = tmp_path / "IMG_0001.dng"
    prepared_path.write_bytes(data)
    prepared = ms.prepare_import(prepared_path)
    assert prepared.result is not None and prepared.result.output_type is MediaType.PNG
    clean = prepared.working
    assert clean is not None
    for secret in SECRETS:
        assert secret.encode() not in clean and secret.encode("utf-16-le") not in clean
    with Image.open(io.BytesIO(clean)) as image:
        assert image.format == "PNG" and not image.info.get("exif") and not getattr(image, "text", {})
        assert image.size == (48, 64)  # orientation 6 applied: portrait
        top, bottom = image.convert("RGB").getpixel((24, 5)), image.convert("RGB").getpixel((24, 58))
        assert isinstance(top, tuple) and isinstance(bottom, tuple)
        assert top[0] > 150 > top[2] and bottom[2] > 150 > bottom[0]  # red and blue halves, rotated
    if EXIFTOOL:
        path = tmp_path / "clean.png"
        path.write_bytes(clean)
        (record,) = exiftool_json([path])
        assert leaks(record) == []


@pytest.mark.parametrize(
    ("cut", "message"),
    [
        (lambda d: d[: len(d) // 2], "truncated|damaged"),
        (lambda d: d[:6], "TIFF|truncated|damaged|not recognised"),
        (lambda d: d[:4] + struct.pack("<I", len(d) + 100) + d[8:], "truncated|damaged"),
    ],
    ids=["half", "header", "ifd-outside"],
)
def test_truncated_or_damaged_dng_is_refused_before_libraw_fills_it(cut: object, message: str, tmp_path: Path) -> None:
    assert callable(cut)
    path = tmp_path / "cut.dng"
    path.write_bytes(cut(linear_dng()))
    with pytest.raises(UnsupportedMedia, match=message) as refused:
        ms.prepare_import(path)
    assert "\n" not in str(refused.value)
