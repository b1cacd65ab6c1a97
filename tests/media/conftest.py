from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from evidence_app.media.base import MediaType

from . import dirty_photos as dp


@dataclass(frozen=True)
class DirtyCase:
    name: str
    path: Path
    output_type: MediaType
    orientation: int | None = None  # the source's EXIF orientation


def _build(directory: Path) -> dict[str, DirtyCase]:
    # Pillow writes each file; exiftool then adds tags in two batched runs (perl startup is slow).
    jpegs = [
        DirtyCase("jpeg", dp.dirty_jpeg(directory, finish=False), MediaType.JPEG),
        DirtyCase(
            "jpeg-progressive",
            dp.dirty_jpeg(directory, progressive=True, name="prog.jpg", finish=False),
            MediaType.JPEG,
        ),
        DirtyCase(
            "jpeg-orientation-6",
            dp.dirty_jpeg(directory, orientation=6, name="rot6.jpg", finish=False),
            MediaType.JPEG,
            6,
        ),
    ]
    tiffs = [
        DirtyCase("tiff", dp.dirty_tiff(directory, finish=False), MediaType.TIFF),
        DirtyCase(
            "tiff-3-pages-orientation-6",
            dp.dirty_tiff(directory, name="multi.tif", pages=3, orientation=6, finish=False),
            MediaType.TIFF,
            6,
        ),
    ]
    xmp_only = [
        DirtyCase("png", dp.dirty_png(directory, finish=False), MediaType.PNG),
        DirtyCase("png-rgba", dp.dirty_png(directory, name="rgba.png", mode="RGBA", finish=False), MediaType.PNG),
        DirtyCase("gif", dp.dirty_gif(directory, finish=False), MediaType.GIF),
        DirtyCase("gif-animated", dp.dirty_gif(directory, name="anim.gif", frames=3, finish=False), MediaType.GIF),
    ]
    others = [
        DirtyCase("webp-lossy", dp.dirty_webp(directory), MediaType.WEBP),
        DirtyCase(
            "webp-lossless-orientation-6",
            dp.dirty_webp(directory, name="ll.webp", lossless=True, orientation=6),
            MediaType.WEBP,
            6,
        ),
        DirtyCase("webp-animated", dp.dirty_webp(directory, name="anim.webp", frames=3), MediaType.WEBP),
        DirtyCase("heic", dp.dirty_heic(directory), MediaType.JPEG),
    ]
    thumbnail = directory / "thumb.jpg"
    dp.base_image((32, 24)).save(thumbnail, "JPEG", quality=70)
    # exiftool only writes an EXIF thumbnail into JPEGs; TIFF gets the same tags without it.
    dp.exiftool_write([c.path for c in jpegs], *dp.exiftool_dirty_args(thumbnail))
    dp.exiftool_write([c.path for c in tiffs], *dp.exiftool_dirty_args())
    dp.exiftool_write([c.path for c in xmp_only], f"-XMP-dc:Creator={dp.XMP_CREATOR}")
    for case in jpegs + xmp_only:
        dp.append_trailing(case.path)
    return {case.name: case for case in jpegs + tiffs + xmp_only + others}


# Real camera samples beside the project root (read-only; tests skip when they are absent).
SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "exif-samples"

DIRTY_CASES = (
    "jpeg",
    "jpeg-progressive",
    "jpeg-orientation-6",
    "png",
    "png-rgba",
    "tiff",
    "tiff-3-pages-orientation-6",
    "webp-lossy",
    "webp-lossless-orientation-6",
    "webp-animated",
    "heic",
    "gif",
    "gif-animated",
)


@pytest.fixture(scope="session")
def dirty_corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, DirtyCase]:
    if dp.EXIFTOOL is None:
        pytest.skip("exiftool is not installed; it is needed to build the dirty corpus")
    return _build(tmp_path_factory.mktemp("dirty"))
