from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from evidence_app.media.base import Inspection, MediaType, SanitizeResult
from evidence_app.media.detect import detect_bytes
from evidence_app.media.registry import sanitizer_for

from . import corpus as c
from .exiftool_allow import exiftool_json


@dataclass(frozen=True)
class Cleaned:
    name: str
    source: Path
    media_type: MediaType
    inspection: Inspection
    result: SanitizeResult
    output: Path
    exiftool: dict[str, Any]


def _build(directory: Path) -> dict[str, Path]:
    files = {
        "mp3": c.dirty_mp3(directory / "interview.mp3"),
        "m4a": c.dirty_m4a(directory / "memo.m4a"),
        "opus": c.dirty_ogg(directory / "voice.opus", "opus"),
        "vorbis": c.dirty_ogg(directory / "voice.ogg", "vorbis"),
        "flac": c.dirty_flac(directory / "take.flac"),
        "flac-id3": c.dirty_flac(directory / "take-id3.flac", leading_id3=True),
        "wav": c.dirty_wav(directory / "field.wav"),
        "wav-extensible": c.dirty_wav(directory / "field24.wav", extensible=True),
        "mp4": c.encode_video(directory / "phone.mp4", "mp4"),
        "mov": c.encode_video(directory / "iphone.mov", "mov"),
    }
    # One exiftool run each (perl start-up is the slow part): phone-style tags on the videos, a
    # QuickTime location and model on the M4A.
    c.exiftool_write([files["mp4"], files["mov"]], *c.VIDEO_EXIFTOOL_ARGS)
    c.exiftool_write([files["m4a"]], "-UserData:GPSCoordinates=10.6231 N, 103.5210 E", "-Keys:Model=ZQXMODEL")
    files["pdf"] = directory / "contract.pdf"
    c.text_pdf(files["pdf"])
    for name, data in (("docx", c.docx()), ("xlsx", c.xlsx()), ("pptx", c.pptx()), ("odt", c.odt())):
        files[name] = directory / f"document.{name}"
        files[name].write_bytes(data)
    return files


@pytest.fixture(scope="session")
def dirty_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    if c.EXIFTOOL is None:
        pytest.skip("exiftool is not installed; it is needed to build the dirty corpus")
    return _build(tmp_path_factory.mktemp("dirty-recordings"))


@pytest.fixture(scope="session")
def cleaned(dirty_files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Cleaned]:
    """Every dirty file inspected and sanitized once, and every output read back by exiftool in
    a single run."""
    out_dir = tmp_path_factory.mktemp("clean-recordings")
    prepared = []
    for name, path in dirty_files.items():
        data = path.read_bytes()
        media_type = detect_bytes(data)
        assert media_type is not None, name
        sanitizer = sanitizer_for(media_type)
        inspection = sanitizer.inspect(io.BytesIO(data))
        buffer = io.BytesIO()
        result = sanitizer.sanitize(io.BytesIO(data), buffer)
        output = out_dir / f"{name}.{result.output_type.name.lower()}"
        output.write_bytes(buffer.getvalue())
        prepared.append((name, path, media_type, inspection, result, output))
    records = exiftool_json([p[-1] for p in prepared])
    return {p[0]: Cleaned(*p, record) for p, record in zip(prepared, records, strict=True)}
