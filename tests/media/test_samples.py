"""Real camera files (exif-samples, read-only): each one is either cleaned completely or refused
with InvalidMedia; never another exception, never a hang."""

from __future__ import annotations

import io
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from evidence_app.media.base import InvalidMedia, MediaType, sanitizer_for
from evidence_app.media.detect import detect_type

from .conftest import SAMPLES
from .dirty_photos import EXIFTOOL
from .exiftool_check import exiftool_json, leaks

PER_FILE_SECONDS = 30  # generous for a 2-core machine: the biggest sample takes ~2 s
_SUFFIXES = {".jpg", ".jpeg", ".tif", ".tiff", ".heic", ".heif"}


def _sample_files() -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    return sorted(p for p in SAMPLES.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES)


SAMPLE_FILES = _sample_files()
SAMPLE_IDS = [str(p.relative_to(SAMPLES)) for p in SAMPLE_FILES]


@dataclass
class Outcome:
    output: Path | None = None
    output_type: MediaType | None = None
    orientation: bool = False  # the source had an orientation that the JPEG output keeps
    error: BaseException | None = None
    seconds: float = 0.0
    record: dict[str, Any] | None = None


def _run_bounded(path: Path, out_dir: Path, index: int) -> Outcome:
    """Sanitize one file in a daemon thread so a hang is reported instead of freezing the suite."""
    outcome = Outcome()

    def work() -> None:
        started = time.monotonic()
        try:
            data = path.read_bytes()
            media_type = detect_type(data[:512])
            if media_type is None:
                raise InvalidMedia("not a recognised photo")
            sanitizer = sanitizer_for(media_type)
            inspection = sanitizer.inspect(io.BytesIO(data))
            buffer = io.BytesIO()
            result = sanitizer.sanitize(io.BytesIO(data), buffer)
            target = out_dir / f"{index:03d}.{result.output_type.name.lower()}"
            target.write_bytes(buffer.getvalue())
            outcome.output, outcome.output_type = target, result.output_type
            outcome.orientation = not inspection.facts.get("orientation", "1").startswith("1")
        except BaseException as exc:  # recorded and judged by the test
            outcome.error = exc
        finally:
            outcome.seconds = time.monotonic() - started

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(PER_FILE_SECONDS)
    if thread.is_alive():
        outcome.error = TimeoutError(f"still running after {PER_FILE_SECONDS} s")
    return outcome


@pytest.fixture(scope="session")
def sample_outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    if EXIFTOOL is None:
        pytest.skip("exiftool is not installed")
    out_dir = tmp_path_factory.mktemp("samples")
    outcomes = {sid: _run_bounded(p, out_dir, i) for i, (sid, p) in enumerate(zip(SAMPLE_IDS, SAMPLE_FILES,
                                                                                     strict=True))}
    produced = [o for o in outcomes.values() if o.output is not None]
    for outcome, record in zip(produced, exiftool_json([o.output for o in produced if o.output]), strict=True):
        outcome.record = record
    return outcomes


@pytest.mark.skipif(not SAMPLE_FILES, reason="exif-samples are not available next to the project")
@pytest.mark.parametrize("sample", SAMPLE_IDS or ["none"])
def test_sample_is_cleaned_or_refused(sample_outcomes: dict[str, Outcome], sample: str) -> None:
    outcome = sample_outcomes[sample]
    assert not isinstance(outcome.error, TimeoutError), "sanitizing hung"
    assert outcome.seconds < PER_FILE_SECONDS
    if outcome.error is not None:
        assert isinstance(outcome.error, InvalidMedia), repr(outcome.error)
        message = str(outcome.error)
        assert message and "\n" not in message
        return
    assert outcome.record is not None
    allow_orientation = outcome.output_type is MediaType.JPEG and outcome.orientation
    assert leaks(outcome.record, allow_orientation=allow_orientation) == []
    assert "ExifTool:Warning" not in outcome.record


@pytest.mark.skipif(not SAMPLE_FILES, reason="exif-samples are not available next to the project")
def test_most_samples_are_accepted(sample_outcomes: dict[str, Outcome]) -> None:
    """Refusing is allowed for broken files, but the sanitizers must not refuse real photos wholesale."""
    refused = [s for s, o in sample_outcomes.items() if o.error is not None]
    assert len(refused) <= len(sample_outcomes) // 10, refused


@pytest.mark.skipif(not SAMPLE_FILES, reason="exif-samples are not available next to the project")
def test_gps_samples_show_their_position() -> None:
    path = SAMPLES / "jpg" / "gps" / "DSCN0010.jpg"
    if not path.is_file():
        pytest.skip("gps sample missing")
    inspection = sanitizer_for(MediaType.JPEG).inspect(io.BytesIO(path.read_bytes()))
    position = {f.key: f.value for f in inspection.findings}["GPS position"]
    assert position.endswith("E") and " N, " in position
