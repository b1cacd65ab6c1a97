from __future__ import annotations

import io

import pytest
from PIL import Image, ImageCms, ImageOps, ImageSequence

from evidence_app.errors import UnsupportedMedia
from evidence_app.media.base import InvalidMedia, MediaType, SanitizeResult
from evidence_app.media.raster import GifSanitizer, HeicSanitizer, TiffSanitizer, WebpSanitizer
from evidence_app.media.registry import sanitizer_for

from . import dirty_photos as dp
from .conftest import SAMPLES, DirtyCase


def run(
    sanitizer: TiffSanitizer | WebpSanitizer | HeicSanitizer | GifSanitizer, data: bytes
) -> tuple[bytes, SanitizeResult]:
    out = io.BytesIO()
    result = sanitizer.sanitize(io.BytesIO(data), out)
    return out.getvalue(), result


def frames(data: bytes) -> list[tuple[bytes, int]]:
    with Image.open(io.BytesIO(data)) as image:
        return [(f.convert("RGBA").tobytes(), int(f.info.get("duration", 0))) for f in ImageSequence.Iterator(image)]


def test_registry_covers_all_photo_types() -> None:
    assert isinstance(sanitizer_for(MediaType.TIFF), TiffSanitizer)
    assert isinstance(sanitizer_for(MediaType.WEBP), WebpSanitizer)
    assert isinstance(sanitizer_for(MediaType.HEIC), HeicSanitizer)
    assert isinstance(sanitizer_for(MediaType.GIF), GifSanitizer)


def test_tiff_is_lossless_upright_and_keeps_pages(dirty_corpus: dict[str, DirtyCase]) -> None:
    original = dirty_corpus["tiff-3-pages-orientation-6"].path.read_bytes()
    cleaned, result = run(TiffSanitizer(), original)
    assert result.output_type is MediaType.TIFF
    with Image.open(io.BytesIO(original)) as src, Image.open(io.BytesIO(cleaned)) as out:
        assert getattr(out, "n_frames", 1) == 3
        assert out.getexif().get(0x0112) is None
        assert out.info.get("compression") == "tiff_lzw"
        upright = ImageOps.exif_transpose(src)
        assert out.size == upright.size == (48, 64)
        assert out.convert("RGB").tobytes() == upright.convert("RGB").tobytes()
    assert "applied the orientation to the pixels" in result.transformations


def test_tiff_camera_raw_is_refused() -> None:
    buffer = io.BytesIO()
    dp.base_image().save(buffer, "TIFF", tiffinfo={50706: b"\x01\x04\x00\x00"})
    with pytest.raises(UnsupportedMedia, match="DNG"):
        run(TiffSanitizer(), buffer.getvalue())
    preview = io.BytesIO()
    dp.base_image().save(preview, "TIFF", tiffinfo={254: 1})
    with pytest.raises(UnsupportedMedia, match="preview"):
        run(TiffSanitizer(), preview.getvalue())


def test_tiff_16_bit_greyscale_survives() -> None:
    image = Image.linear_gradient("L").resize((64, 32)).convert("I;16")
    buffer = io.BytesIO()
    image.save(buffer, "TIFF")
    cleaned, _ = run(TiffSanitizer(), buffer.getvalue())
    with Image.open(io.BytesIO(cleaned)) as out:
        assert out.mode == image.mode
        assert out.tobytes() == image.tobytes()


def test_webp_lossless_stays_lossless_and_upright(dirty_corpus: dict[str, DirtyCase]) -> None:
    original = dirty_corpus["webp-lossless-orientation-6"].path.read_bytes()
    cleaned, result = run(WebpSanitizer(), original)
    assert b"VP8L" in cleaned[:64]
    with Image.open(io.BytesIO(original)) as src, Image.open(io.BytesIO(cleaned)) as out:
        upright = ImageOps.exif_transpose(src)
        assert out.size == upright.size == (48, 64)
        assert out.convert("RGB").tobytes() == upright.convert("RGB").tobytes()
        assert "exif" not in out.info and "xmp" not in out.info and "icc_profile" not in out.info
    assert any("lossless" in t for t in result.transformations)


def test_webp_lossy_is_reencoded_lossy(dirty_corpus: dict[str, DirtyCase]) -> None:
    cleaned, result = run(WebpSanitizer(), dirty_corpus["webp-lossy"].path.read_bytes())
    assert b"VP8 " in cleaned[:64]
    assert any("quality 95" in t for t in result.transformations)


def test_animated_webp_keeps_frames_and_durations(dirty_corpus: dict[str, DirtyCase]) -> None:
    original = dirty_corpus["webp-animated"].path.read_bytes()
    cleaned, _ = run(WebpSanitizer(), original)
    before, after = frames(original), frames(cleaned)
    assert len(after) == len(before) == 3
    assert [d for _, d in after] == [d for _, d in before] == [100, 110, 120]
    with Image.open(io.BytesIO(cleaned)) as out:
        assert out.info.get("loop") == 3


def test_heic_becomes_jpeg_of_the_primary_image(dirty_corpus: dict[str, DirtyCase]) -> None:
    original = dirty_corpus["heic"].path.read_bytes()
    cleaned, result = run(HeicSanitizer(), original)
    assert result.output_type is MediaType.JPEG
    assert cleaned.startswith(b"\xff\xd8\xff")
    with Image.open(io.BytesIO(cleaned)) as out:
        assert out.format == "JPEG" and out.size == (64, 48)
        assert "exif" not in out.info and "icc_profile" not in out.info


def test_heic_orientation_is_applied_once() -> None:
    """pillow-heif applies the HEIF transform; the output must not be rotated a second time."""
    image = dp.base_image()
    buffer = io.BytesIO()
    image.save(buffer, "HEIF", quality=95, exif=dp.pillow_exif(orientation=6).tobytes())
    with Image.open(io.BytesIO(buffer.getvalue())) as expected:
        expected_size = expected.size
    cleaned, _ = run(HeicSanitizer(), buffer.getvalue())
    with Image.open(io.BytesIO(cleaned)) as out:
        assert out.size == expected_size
        assert out.getexif().get(0x0112) is None


def test_heic_alpha_is_flattened() -> None:
    buffer = io.BytesIO()
    dp.base_image(mode="RGBA").save(buffer, "HEIF", quality=90)
    cleaned, result = run(HeicSanitizer(), buffer.getvalue())
    with Image.open(io.BytesIO(cleaned)) as out:
        assert out.mode == "RGB"
    assert result.output_type is MediaType.JPEG


def _webp_with_profile(icc: bytes) -> bytes:
    buffer = io.BytesIO()
    dp.base_image().save(buffer, "WEBP", lossless=True, icc_profile=icc)
    return buffer.getvalue()


def test_srgb_profile_is_dropped_without_touching_pixels() -> None:
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    cleaned, result = run(WebpSanitizer(), _webp_with_profile(srgb))
    assert any("already sRGB" in t for t in result.transformations)
    with Image.open(io.BytesIO(cleaned)) as out:
        assert out.convert("RGB").tobytes() == dp.base_image().tobytes()


def test_other_rgb_profile_is_converted_to_srgb() -> None:
    sample = SAMPLES / "jpg" / "orientation" / "landscape_2.jpg"
    if not sample.is_file():
        pytest.skip("sample with a non-sRGB profile is not available")
    with Image.open(sample) as image:
        icc = image.info["icc_profile"]
    cleaned, result = run(WebpSanitizer(), _webp_with_profile(icc))
    assert any("converted colours from the ICC profile 'Generic RGB Profile'" in t for t in result.transformations)
    with Image.open(io.BytesIO(cleaned)) as out:
        assert "icc_profile" not in out.info
        assert out.convert("RGB").tobytes() != dp.base_image().tobytes()


def test_broken_profile_is_dropped() -> None:
    _, result = run(WebpSanitizer(), _webp_with_profile(b"not an icc profile at all" * 10))
    assert any("could not be applied" in t for t in result.transformations)


def test_gif_animation_is_kept_exactly(dirty_corpus: dict[str, DirtyCase]) -> None:
    original = dirty_corpus["gif-animated"].path.read_bytes()
    cleaned, _ = run(GifSanitizer(), original)
    before, after = frames(original), frames(cleaned)
    assert len(after) == len(before) == 3
    assert [d for _, d in after] == [d for _, d in before] == [120, 130, 140]
    assert [p for p, _ in after] == [p for p, _ in before]
    with Image.open(io.BytesIO(cleaned)) as out:
        assert out.info.get("loop") == 2
        assert "comment" not in out.info and "xmp" not in out.info
    assert b"NETSCAPE2.0" in cleaned and b"XMP DataXMP" not in cleaned


def test_gif_transparency_is_kept() -> None:
    image = dp.base_image().convert("P", palette=Image.Palette.ADAPTIVE, colors=8)
    buffer = io.BytesIO()
    image.save(buffer, "GIF", transparency=2)
    cleaned, _ = run(GifSanitizer(), buffer.getvalue())
    with Image.open(io.BytesIO(buffer.getvalue())) as a, Image.open(io.BytesIO(cleaned)) as b:
        assert a.convert("RGBA").tobytes() == b.convert("RGBA").tobytes()


@pytest.mark.parametrize("sanitizer", [TiffSanitizer(), WebpSanitizer(), HeicSanitizer(), GifSanitizer()])
def test_wrong_format_is_invalid(sanitizer: TiffSanitizer | WebpSanitizer | HeicSanitizer | GifSanitizer) -> None:
    with pytest.raises(InvalidMedia):
        run(sanitizer, dp.small_png())
    with pytest.raises(InvalidMedia):
        sanitizer.inspect(io.BytesIO(dp.small_jpeg()))
