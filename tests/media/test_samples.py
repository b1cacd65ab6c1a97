"""Real camera files (exif-samples, read-only): each one is either cleaned completely or refused
with InvalidMedia; never another exception, never a hang."""

from __future__ import annotations

import io
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from evidence_app.media.base import InvalidMedia, MediaType
from evidence_app.media.detect import detect_type
from evidence_app.media.registry import sanitizer_for

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
    done: threading.Event = field(default_factory=threading.Event)


def _sanitize_one(path: Path, out_dir: Path, index: int, outcome: Outcome) -> None:
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
        outcome.done.set()


def _run_all(files: list[tuple[str, Path]], out_dir: Path, workers: int = 2) -> dict[str, Outcome]:
    """Sanitize on `workers` daemon threads. A file running longer than PER_FILE_SECONDS is marked
    as hung and a fresh worker takes over the queue, so one hang cannot freeze the suite."""
    outcomes = {sid: Outcome() for sid, _ in files}
    queue = list(enumerate(files))
    lock = threading.Lock()
    running: dict[str, float] = {}

    def worker() -> None:
        while True:
            with lock:
                if not queue:
                    return
                index, (sid, path) = queue.pop(0)
                running[sid] = time.monotonic()
            _sanitize_one(path, out_dir, index, outcomes[sid])
            with lock:
                running.pop(sid, None)

    def start() -> None:
        threading.Thread(target=worker, daemon=True).start()

    for _ in range(workers):
        start()
    while not all(o.done.is_set() for o in outcomes.values()):
        time.sleep(0.05)
        with lock:
            hung = [sid for sid, began in running.items() if time.monotonic() - began > PER_FILE_SECONDS]
            for sid in hung:
                running.pop(sid)
                outcomes[sid].error = TimeoutError(f"still running after {PER_FILE_SECONDS} s")
                outcomes[sid].done.set()
        for _ in hung:
            start()
    return outcomes


@pytest.fixture(scope="session")
def sample_outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    if EXIFTOOL is None:
        pytest.skip("exiftool is not installed")
    outcomes = _run_all(list(zip(SAMPLE_IDS, SAMPLE_FILES, strict=True)), tmp_path_factory.mktemp("samples"))
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
