"""Hostile and broken photos: every failure is a one-line InvalidMedia, never a crash or a hang."""

from __future__ import annotations

import io
import random
import struct
import warnings
import zlib

import pytest
from PIL import Image

from evidence_app.errors import EvidenceError, InvalidInput
from evidence_app.media import photo_limits
from evidence_app.media.base import InvalidMedia, MediaType, Sanitizer
from evidence_app.media.detect import PHOTO_TYPES
from evidence_app.media.registry import sanitizer_for

from . import dirty_photos as dp

ALL_PHOTO_TYPES = sorted(PHOTO_TYPES, key=lambda t: t.value)


def noisy_image(size: tuple[int, int] = (160, 120)) -> Image.Image:
    """Random pixels compress badly, so cutting a file in half cuts into the pixel data."""
    rng = random.Random(7)
    return Image.frombytes("RGB", size, bytes(rng.getrandbits(8) for _ in range(size[0] * size[1] * 3)))


def valid_file(media_type: MediaType) -> bytes:
    buffer = io.BytesIO()
    fmt = {
        MediaType.JPEG: "JPEG",
        MediaType.PNG: "PNG",
        MediaType.TIFF: "TIFF",
        MediaType.WEBP: "WEBP",
        MediaType.HEIC: "HEIF",
        MediaType.GIF: "GIF",
    }[media_type]
    noisy_image().save(buffer, fmt)
    return buffer.getvalue()


def sanitize(media_type: MediaType, data: bytes) -> bytes:
    out = io.BytesIO()
    sanitizer_for(media_type).sanitize(io.BytesIO(data), out)
    return out.getvalue()


def assert_one_line(exc: BaseException) -> None:
    message = str(exc)
    assert message and "\n" not in message and len(message) < 300


@pytest.mark.parametrize("media_type", ALL_PHOTO_TYPES, ids=lambda t: t.name)
def test_zero_byte_file(media_type: MediaType) -> None:
    sanitizer: Sanitizer = sanitizer_for(media_type)
    with pytest.raises(InvalidMedia, match="empty") as info:
        sanitizer.sanitize(io.BytesIO(b""), io.BytesIO())
    assert_one_line(info.value)
    with pytest.raises(InvalidMedia, match="empty"):
        sanitizer.inspect(io.BytesIO(b""))


@pytest.mark.parametrize("media_type", ALL_PHOTO_TYPES, ids=lambda t: t.name)
def test_garbage_bytes(media_type: MediaType) -> None:
    rng = random.Random(media_type.value)
    garbage = bytes(rng.getrandbits(8) for _ in range(4096))
    with pytest.raises(InvalidMedia) as info:
        sanitize(media_type, garbage)
    assert_one_line(info.value)


@pytest.mark.parametrize("media_type", ALL_PHOTO_TYPES, ids=lambda t: t.name)
@pytest.mark.parametrize("fraction", [0.5, 0.9])
def test_truncated_file(media_type: MediaType, fraction: float) -> None:
    data = valid_file(media_type)
    sanitize(media_type, data)  # the complete file is fine
    with pytest.raises(InvalidMedia) as info:
        sanitize(media_type, data[: int(len(data) * fraction)])
    assert_one_line(info.value)


@pytest.mark.parametrize("media_type", ALL_PHOTO_TYPES, ids=lambda t: t.name)
def test_file_over_the_size_limit(media_type: MediaType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(photo_limits, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InvalidMedia, match="larger than"):
        sanitize(media_type, valid_file(media_type))


def test_png_decompression_bomb() -> None:
    bomb = dp.png_bomb(100_000, 100_000)
    with pytest.raises(InvalidMedia, match="too large") as info:
        sanitize(MediaType.PNG, bomb)
    assert_one_line(info.value)
    inspection = sanitizer_for(MediaType.PNG).inspect(io.BytesIO(bomb))  # header only: fine
    assert (inspection.width, inspection.height) == (100_000, 100_000)


def test_jpeg_claiming_huge_dimensions() -> None:
    data = bytearray(dp.small_jpeg())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", 60_000, 60_000)
    with pytest.raises(InvalidMedia, match="too large"):
        sanitize(MediaType.JPEG, bytes(data))


def test_gif_claiming_huge_canvas() -> None:
    gif = (
        b"GIF89a"
        + struct.pack("<HH", 65_535, 65_535)
        + b"\x00\x00\x00"
        + b"\x2c"
        + struct.pack("<HHHH", 0, 0, 65_535, 65_535)
        + b"\x00\x02\x02\x44\x01\x00\x3b"
    )
    with pytest.raises(InvalidMedia):
        sanitize(MediaType.GIF, gif)


def test_tiff_claiming_huge_dimensions() -> None:
    entries = [
        (256, 4, 1, 200_000),
        (257, 4, 1, 200_000),
        (258, 3, 1, 8),
        (259, 3, 1, 1),
        (262, 3, 1, 1),
        (273, 4, 1, 8),
        (277, 3, 1, 1),
        (278, 4, 1, 200_000),
        (279, 4, 1, 16),
    ]

    def entry(tag: int, kind: int, count: int, value: int) -> bytes:
        packed = struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value)
        return struct.pack("<HHI", tag, kind, count) + packed

    ifd = struct.pack("<H", len(entries)) + b"".join(entry(*e) for e in entries) + b"\x00\x00\x00\x00"
    tiff = b"II*\x00" + struct.pack("<I", 24) + bytes(16) + ifd
    with pytest.raises(InvalidMedia):
        sanitize(MediaType.TIFF, tiff)


def test_webp_claiming_huge_canvas() -> None:
    vp8x = b"VP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00" + (16_383).to_bytes(3, "little") * 2
    body = b"WEBP" + vp8x
    webp = b"RIFF" + struct.pack("<I", len(body)) + body
    with pytest.raises(InvalidMedia):
        sanitize(MediaType.WEBP, webp)


def test_pixel_cap_is_configurable_but_never_above_the_hard_maximum(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(photo_limits, "MAX_PIXELS", 1_000)
    assert photo_limits.max_pixels() == 1_000
    for media_type in ALL_PHOTO_TYPES:
        with pytest.raises(InvalidMedia, match="too large"):
            sanitize(media_type, valid_file(media_type))
    monkeypatch.setattr(photo_limits, "MAX_PIXELS", 10**12)
    assert photo_limits.max_pixels() == photo_limits.HARD_MAX_PIXELS


def test_frame_cap(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    frames = [dp.base_image().rotate(i * 10) for i in range(4)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], duration=50)
    monkeypatch.setattr(photo_limits, "MAX_FRAMES", 2)
    with pytest.raises(InvalidMedia, match="frames"):
        sanitize(MediaType.GIF, buffer.getvalue())


def test_decompression_bomb_warning_is_an_error() -> None:
    with pytest.raises(InvalidMedia, match="decompression bomb"), photo_limits.guarded("photo"):
        warnings.warn("too many pixels", Image.DecompressionBombWarning, stacklevel=1)


def test_guard_keeps_our_own_errors_and_wraps_the_rest() -> None:
    with pytest.raises(InvalidInput), photo_limits.guarded("photo"):
        raise InvalidInput("a researcher-facing message")
    for exc in (
        OSError("broken\nstream"),
        SyntaxError("not an image"),
        struct.error("unpack"),
        ZeroDivisionError(),
        IndexError(),
        MemoryError(),
        RecursionError(),
    ):
        with pytest.raises(InvalidMedia) as info, photo_limits.guarded("photo"):
            raise exc
        assert_one_line(info.value)
        assert isinstance(info.value, EvidenceError)


def test_png_with_zlib_bomb_idat_is_bounded() -> None:
    """IDAT that inflates far beyond what IHDR allows: decoding stops at the image size."""
    ihdr = struct.pack(">IIBBBBB", 64, 64, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 20_000_000, 9)
    data = b"\x89PNG\r\n\x1a\n" + dp.png_chunk(b"IHDR", ihdr) + dp.png_chunk(b"IDAT", idat) + dp.png_chunk(b"IEND", b"")
    try:
        out = sanitize(MediaType.PNG, data)
    except InvalidMedia:
        return
    assert len(out) < len(data) + 1000
