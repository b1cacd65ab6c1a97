"""BMP and Photoshop (PSD) images: a lossless PNG of the pixels (PSD: the flattened composite)."""

from __future__ import annotations

import io
import struct

import numpy as np
import pytest
from PIL import Image

from evidence_app.media.base import InvalidMedia, MediaType
from evidence_app.media.detect import detect_bytes
from evidence_app.media.raster import BmpSanitizer, PsdSanitizer

from . import dirty_photos as dp
from .exiftool_check import exiftool_json, leaks

MARKER = b"ZQXHIDDENBMPPSD"


def _pixels(size: tuple[int, int] = (40, 30)) -> np.ndarray:
    rng = np.random.default_rng(7)
    return rng.integers(0, 255, (size[1], size[0], 3), dtype=np.uint8)


def dirty_bmp() -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(_pixels()).save(buffer, "BMP", dpi=(300, 300))
    return buffer.getvalue() + MARKER * 3  # bytes hidden after the pixel array


def dirty_psd(pixels: np.ndarray | None = None) -> bytes:
    """A minimal Photoshop document written by hand: RGB, raw image data, and an XMP image
    resource (0x0424) naming its author."""
    pixels = _pixels() if pixels is None else pixels
    height, width, _ = pixels.shape
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, height, width, 8, 3)
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>' + MARKER + b"</dc:creator></x:xmpmeta>"
    xmp += b"\x00" * (len(xmp) & 1)
    resource = b"8BIM" + struct.pack(">H", 0x0424) + b"\x00\x00" + struct.pack(">I", len(xmp)) + xmp
    planar = b"".join(pixels[..., c].tobytes() for c in range(3))
    return (
        header
        + struct.pack(">I", 0)  # colour mode data
        + struct.pack(">I", len(resource))
        + resource
        + struct.pack(">I", 0)  # no layers
        + struct.pack(">H", 0)  # raw image data
        + planar
    )


@pytest.mark.parametrize(("build", "sanitizer"), [(dirty_bmp, BmpSanitizer()), (dirty_psd, PsdSanitizer())])
def test_dirty_bmp_and_psd_become_a_clean_lossless_png(build: object, sanitizer: BmpSanitizer) -> None:
    assert callable(build)
    data = build()
    assert MARKER in data
    assert detect_bytes(data) in (MediaType.BMP, MediaType.PSD)
    inspection = sanitizer.inspect(io.BytesIO(data))
    assert inspection.risky, "the inspection must show what the file carries"
    out = io.BytesIO()
    result = sanitizer.sanitize(io.BytesIO(data), out)
    clean = out.getvalue()
    assert result.output_type is MediaType.PNG
    assert MARKER not in clean and MARKER.decode().encode("utf-16-le") not in clean
    with Image.open(io.BytesIO(clean)) as image:
        assert image.format == "PNG"
        assert np.array_equal(np.array(image.convert("RGB")), _pixels())


@pytest.mark.skipif(dp.EXIFTOOL is None, reason="exiftool is not installed")
def test_exiftool_finds_only_structure_in_the_png(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    paths = []
    for name, data, sanitizer in (("b", dirty_bmp(), BmpSanitizer()), ("p", dirty_psd(), PsdSanitizer())):
        out = io.BytesIO()
        sanitizer.sanitize(io.BytesIO(data), out)
        path = tmp_path / f"{name}.png"
        path.write_bytes(out.getvalue())
        paths.append(path)
    for record in exiftool_json(paths):
        assert leaks(record) == []


@pytest.mark.parametrize(("build", "sanitizer"), [(dirty_bmp, BmpSanitizer()), (dirty_psd, PsdSanitizer())])
def test_truncated_or_oversized_bmp_and_psd_are_refused(build: object, sanitizer: BmpSanitizer) -> None:
    assert callable(build)
    data = build()
    with pytest.raises(InvalidMedia):
        sanitizer.sanitize(io.BytesIO(data[: len(data) // 3]), io.BytesIO())
    if data.startswith(b"BM"):
        huge = bytearray(data)
        huge[18:26] = struct.pack("<ii", 200_000, 200_000)
    else:
        huge = bytearray(data)
        huge[14:22] = struct.pack(">II", 300_000, 300_000)
    with pytest.raises(InvalidMedia):
        sanitizer.sanitize(io.BytesIO(bytes(huge)), io.BytesIO())
