from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image, PngImagePlugin

from evidence_app.media.base import Category, InvalidMedia, MediaType
from evidence_app.media.png import SIGNATURE, PngSanitizer, _parse

from . import dirty_photos as dp
from .conftest import DirtyCase

SANITIZER = PngSanitizer()


def sanitize(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    out = io.BytesIO()
    result = SANITIZER.sanitize(io.BytesIO(data), out)
    assert result.output_type is MediaType.PNG
    return out.getvalue(), result.transformations


def chunk_types(data: bytes) -> list[bytes]:
    return [c.kind for c in _parse(data, strict=True).chunks]


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize("name", ["png", "png-rgba"])
def test_only_pixel_chunks_remain_and_pixels_are_identical(dirty_corpus: dict[str, DirtyCase], name: str) -> None:
    original = dirty_corpus[name].path.read_bytes()
    cleaned, notes = sanitize(original)
    assert set(chunk_types(cleaned)) <= {
        b"IHDR",
        b"PLTE",
        b"tRNS",
        b"gAMA",
        b"cHRM",
        b"sRGB",
        b"sBIT",
        b"IDAT",
        b"IEND",
    }
    assert cleaned.endswith(b"IEND\xaeB`\x82")
    assert decoded(original).tobytes() == decoded(cleaned).tobytes()
    text = "\n".join(notes)
    for kind in ("tEXt", "zTXt", "iTXt", "tIME", "eXIf", "iCCP", "prVt"):
        assert f"dropped {kind} chunk" in text
    assert "after the IEND chunk" in text


def test_colour_chunks_are_kept() -> None:
    data = dp.small_png()
    ihdr_end = len(SIGNATURE) + 25
    extra = (
        dp.png_chunk(b"gAMA", struct.pack(">I", 45455))
        + dp.png_chunk(b"sRGB", b"\x00")
        + dp.png_chunk(b"cHRM", bytes(32))
        + dp.png_chunk(b"sBIT", b"\x08\x08\x08")
    )
    original = data[:ihdr_end] + extra + data[ihdr_end:]
    cleaned, _ = sanitize(original)
    assert {b"gAMA", b"sRGB", b"cHRM", b"sBIT"} <= set(chunk_types(cleaned))


def test_palette_and_transparency_survive() -> None:
    image = dp.base_image().convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", transparency=3)
    cleaned, _ = sanitize(buffer.getvalue())
    assert {b"PLTE", b"tRNS"} <= set(chunk_types(cleaned))
    a, b = decoded(buffer.getvalue()), decoded(cleaned)
    assert a.convert("RGBA").tobytes() == b.convert("RGBA").tobytes()


def test_apng_keeps_the_default_image_only() -> None:
    frames = [dp.base_image(), dp.base_image().rotate(180)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "PNG", save_all=True, append_images=frames[1:], duration=100)
    original = buffer.getvalue()
    assert b"acTL" in original and b"fdAT" in original
    cleaned, notes = sanitize(original)
    assert not {b"acTL", b"fcTL", b"fdAT"} & set(chunk_types(cleaned))
    assert any("APNG" in n for n in notes)
    assert decoded(cleaned).tobytes() == frames[0].tobytes()
    facts = SANITIZER.inspect(io.BytesIO(original)).facts
    assert "APNG" in facts["animation"]


def test_colour_hidden_under_transparency_is_cleared() -> None:
    image = dp.base_image(mode="RGBA")
    pixels = image.load()
    assert pixels is not None
    for x in range(10):
        for y in range(10):
            pixels[x, y] = (200, 100, 50, 0)  # "erased", but the colour is still there
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    cleaned, notes = sanitize(buffer.getvalue())
    out = decoded(cleaned).convert("RGBA")
    assert out.getpixel((5, 5)) == (0, 0, 0, 0)
    assert out.getpixel((40, 40)) == image.getpixel((40, 40))
    assert any("hidden under fully transparent" in n for n in notes)


def test_exif_orientation_is_kept_minimal() -> None:
    exif = dp.pillow_exif(orientation=6)
    data = dp.small_png(exif=exif.tobytes())
    cleaned, notes = sanitize(data)
    chunks = _parse(cleaned, strict=True).chunks
    exif_chunks = [c for c in chunks if c.kind == b"eXIf"]
    assert len(exif_chunks) == 1 and len(exif_chunks[0].data) == 8 + 2 + 12 + 4
    assert decoded(cleaned).getexif().get(0x0112) == 6
    assert dp.ARTIST.encode() not in cleaned
    assert any("orientation 6" in n for n in notes)


def test_bad_crc_in_critical_chunk_is_refused() -> None:
    data = bytearray(dp.small_png())
    idat = data.index(b"IDAT")
    data[idat + 6] ^= 0xFF
    with pytest.raises(InvalidMedia, match="CRC"):
        sanitize(bytes(data))


def test_bad_crc_in_dropped_chunk_is_irrelevant() -> None:
    data = dp.small_png()
    bad_text = struct.pack(">I", 5) + b"tEXtabcde" + b"\x00\x00\x00\x00"
    original = data[:33] + bad_text + data[33:]
    cleaned, _ = sanitize(original)
    assert b"abcde" not in cleaned


@pytest.mark.parametrize(
    "data, message",
    [
        (SIGNATURE, "truncated"),
        (SIGNATURE + dp.png_chunk(b"IEND", b""), "IHDR"),
        (
            SIGNATURE
            + dp.png_chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + dp.png_chunk(b"IEND", b""),
            "no image data",
        ),
        (
            SIGNATURE
            + dp.png_chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 3, 0, 0, 0))
            + dp.png_chunk(b"IDAT", zlib.compress(bytes(20)))
            + dp.png_chunk(b"IEND", b""),
            "palette",
        ),
        (SIGNATURE + b"\xff\xff\xff\xffIHDR" + bytes(8), "length"),
        (SIGNATURE + b"\x00\x00\x00\x0d1HDR" + bytes(17), "chunk type"),
    ],
)
def test_malformed_pngs_are_invalid(data: bytes, message: str) -> None:
    with pytest.raises(InvalidMedia, match=message):
        sanitize(data)


def test_undecodable_idat_is_invalid() -> None:
    ihdr = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    data = SIGNATURE + dp.png_chunk(b"IHDR", ihdr) + dp.png_chunk(b"IDAT", b"not zlib") + dp.png_chunk(b"IEND", b"")
    with pytest.raises(InvalidMedia):
        sanitize(data)


def test_inspect_shortens_long_text_and_handles_compressed_bombs() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "x" * 100_000)
    data = dp.small_png(pnginfo=info)
    bomb = zlib.compress(b"A" * 20_000_000, 9)  # 20 MB of text in ~20 KB
    ztxt = dp.png_chunk(b"zTXt", b"Bomb\x00\x00" + bomb)
    data = data[:33] + ztxt + data[33:]
    inspection = SANITIZER.inspect(io.BytesIO(data))
    by_key = {f.key: f for f in inspection.findings}
    assert len(by_key["tEXt Comment"].value) <= 80
    assert len(by_key["zTXt Bomb"].value) <= 80
    assert by_key["tEXt Comment"].category is Category.COMMENT
