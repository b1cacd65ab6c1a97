"""Every photo format: a file stuffed with metadata comes out with only structural fields.

exiftool is the judge (it knows far more metadata than our code), plus a byte search for every
marker string planted in the dirty files.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageOps

from evidence_app.media.base import Category, MediaType, SanitizeResult
from evidence_app.media.detect import detect_type
from evidence_app.media.registry import sanitizer_for

from . import dirty_photos as dp
from .conftest import DIRTY_CASES, DirtyCase
from .exiftool_check import exiftool_json, leaks, marker_leaks

FORBIDDEN_WORDS = (
    "GPS",
    "Serial",
    "Artist",
    "Owner",
    "XMP",
    "IPTC",
    "Thumbnail",
    "Comment",
    "Make",
    "Model",
    "Software",
    "Copyright",
    "ICC",
    "Profile",
    "Date",
    "Author",
    "Creator",
    "By-line",
)


@dataclass(frozen=True)
class Cleaned:
    case: DirtyCase
    output: Path
    result: SanitizeResult
    record: dict[str, Any]
    source_record: dict[str, Any]


@pytest.fixture(scope="session")
def cleaned(dirty_corpus: dict[str, DirtyCase], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Cleaned]:
    out_dir = tmp_path_factory.mktemp("clean")
    outputs: dict[str, tuple[Path, SanitizeResult]] = {}
    for name, case in dirty_corpus.items():
        data = case.path.read_bytes()
        media_type = detect_type(data[:512])
        assert media_type is not None
        buffer = io.BytesIO()
        result = sanitizer_for(media_type).sanitize(io.BytesIO(data), buffer)
        path = out_dir / f"{name}.{result.output_type.name.lower()}"
        path.write_bytes(buffer.getvalue())
        outputs[name] = (path, result)
    names = list(outputs)
    records = exiftool_json([outputs[n][0] for n in names])
    sources = exiftool_json([dirty_corpus[n].path for n in names])
    return {
        n: Cleaned(dirty_corpus[n], outputs[n][0], outputs[n][1], rec, src)
        for n, rec, src in zip(names, records, sources, strict=True)
    }


@pytest.mark.parametrize("name", DIRTY_CASES)
def test_source_really_is_dirty(cleaned: dict[str, Cleaned], name: str) -> None:
    """Guards the test itself: the corpus must carry what we claim to remove."""
    item = cleaned[name]
    found = leaks(item.source_record)
    assert found, "the dirty file has no metadata; the corpus generator is broken"
    assert any(m in item.case.path.read_bytes() for m in dp.MARKER_BYTES)


@pytest.mark.parametrize("name", DIRTY_CASES)
def test_output_has_only_structural_fields(cleaned: dict[str, Cleaned], name: str) -> None:
    item = cleaned[name]
    assert item.result.output_type is item.case.output_type
    allow_orientation = item.case.output_type is MediaType.JPEG and item.case.orientation not in (None, 1)
    assert leaks(item.record, allow_orientation=allow_orientation) == []
    for key in item.record:
        if key == "SourceFile" or key.startswith("System:") or (allow_orientation and key == "IFD0:Orientation"):
            continue
        assert not any(word.lower() in key.lower() for word in FORBIDDEN_WORDS), key
    assert marker_leaks(item.output.read_bytes()) == []
    assert "ExifTool:Warning" not in item.record and "ExifTool:Error" not in item.record


@pytest.mark.parametrize("name", DIRTY_CASES)
def test_output_is_upright_and_reopens_as_its_type(cleaned: dict[str, Cleaned], name: str) -> None:
    item = cleaned[name]
    data = item.output.read_bytes()
    assert detect_type(data[:512]) is item.result.output_type
    with Image.open(io.BytesIO(data)) as out, Image.open(item.case.path) as src:
        out.load()
        # JPEG keeps stored pixels plus a minimal orientation tag; re-encoded formats store upright
        # pixels and no tag (HEIC: libheif applies the transforms and the opener resets the tag).
        assert ImageOps.exif_transpose(out).size == ImageOps.exif_transpose(src).size
        if item.case.output_type is not MediaType.JPEG or not name.startswith("jpeg"):
            assert out.getexif().get(0x0112) in (None, 1)


@pytest.mark.parametrize("name", DIRTY_CASES)
def test_every_removed_item_is_listed(cleaned: dict[str, Cleaned], name: str) -> None:
    item = cleaned[name]
    text = " | ".join(item.result.transformations)
    assert item.result.transformations
    assert "dropped" in text


def test_sanitized_output_is_itself_clean_on_a_second_pass(cleaned: dict[str, Cleaned]) -> None:
    """Sanitizing is idempotent: nothing risky is left for a second pass to find."""
    for item in cleaned.values():
        data = item.output.read_bytes()
        media_type = detect_type(data[:512])
        assert media_type is not None
        inspection = sanitizer_for(media_type).inspect(io.BytesIO(data))
        assert inspection.risky == (), (item.case.name, inspection.risky)


def test_inspection_of_dirty_jpeg_names_the_risks(dirty_corpus: dict[str, DirtyCase]) -> None:
    data = dirty_corpus["jpeg"].path.read_bytes()
    inspection = sanitizer_for(MediaType.JPEG).inspect(io.BytesIO(data))
    categories = {f.category for f in inspection.risky}
    assert {
        Category.GPS,
        Category.SERIAL,
        Category.OWNER,
        Category.DEVICE,
        Category.DATE,
        Category.SOFTWARE,
        Category.XMP,
        Category.IPTC,
        Category.PHOTOSHOP,
        Category.COMMENT,
        Category.THUMBNAIL,
        Category.TRAILING_DATA,
    } <= categories
    by_key = {f.key: f for f in inspection.findings}
    assert by_key["GPS position"].value == "10.62345 N, 103.52345 E"
    values = " ".join(f.value for f in inspection.findings)
    for marker in (dp.SERIAL, dp.ARTIST, dp.OWNER, dp.IPTC_BYLINE, dp.COMMENT, dp.LENS_SERIAL):
        assert marker in values
    assert any(f.category is Category.ICC for f in inspection.findings)
    assert inspection.width == 64 and inspection.height == 48
    assert all(len(f.value) <= 80 for f in inspection.findings)


def test_inspection_of_dirty_png_lists_text_chunks(dirty_corpus: dict[str, DirtyCase]) -> None:
    data = dirty_corpus["png"].path.read_bytes()
    inspection = sanitizer_for(MediaType.PNG).inspect(io.BytesIO(data))
    by_key = {f.key: f for f in inspection.findings}
    assert by_key["tEXt Author"].value == dp.TEXT_AUTHOR
    assert by_key["tEXt Author"].category is Category.OWNER
    assert by_key["zTXt Comment"].value == dp.TEXT_ZTXT
    assert by_key["iTXt Description"].value == dp.TEXT_ITXT
    assert by_key["tIME"].value == "2024-05-01 10:11:12"
    assert by_key["iTXt XML:com.adobe.xmp"].category is Category.XMP
    assert by_key["GPS position"].category is Category.GPS
    assert Category.TRAILING_DATA in {f.category for f in inspection.findings}
    assert "prVt chunk" in by_key


@pytest.mark.parametrize("name", ["tiff", "webp-lossy", "heic", "gif"])
def test_inspection_of_re_encoded_formats(dirty_corpus: dict[str, DirtyCase], name: str) -> None:
    data = dirty_corpus[name].path.read_bytes()
    media_type = detect_type(data[:512])
    assert media_type is not None
    inspection = sanitizer_for(media_type).inspect(io.BytesIO(data))
    categories = {f.category for f in inspection.risky}
    if name == "gif":
        assert {Category.COMMENT, Category.XMP, Category.TRAILING_DATA} <= categories
    else:
        assert {Category.GPS, Category.SERIAL, Category.OWNER, Category.XMP} <= categories
    assert inspection.width == 64 and inspection.height == 48
