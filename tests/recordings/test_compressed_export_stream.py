"""A long MP3, Ogg or M4A recording is exported muted in memory that does not grow with it (#18).

As for WAV (test_recording_export_stream.py): the working copy is decrypted into a sealed scratch
file, muted into another (re-encoded: LAME, Opus, AAC), the sanitizer's clean copy made into a third
(the MP3 frames walked, the Ogg pages rewritten, the M4A remuxed, where they lie), inspected there by the leak
gate and read into the zip in pieces. Python's allocations are traced against the export of a
1 MiB recording of the same kind; what a recipient gets is decoded by FFmpeg (PyAV, on the file
by name): silent inside the muted span, loud around it, no tag left.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import av
import numpy as np
import pytest

from evidence_app import media_service as ms
from evidence_app.export.collect import ExportOptions
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person, list_persons
from evidence_app.vault import Vault
from tests.media.long_recordings import MARKER, MIB, write_m4a, write_mp3, write_ogg

from .test_recording_export_stream import _export, _traced_peak, exported, name_at, said


def _duration(path: Path) -> float:
    with av.open(str(path)) as container:
        assert container.duration is not None
        return container.duration / av.time_base


def _level(path: Path, start: float, length: float) -> float:
    """The loudest decoded sample (full scale 1.0) from ``start`` for ``length`` seconds."""
    loudest = 0.0
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        for frame in container.decode(stream):
            if frame.time is None or frame.time + frame.samples / frame.sample_rate < start:
                continue
            if frame.time > start + length:
                break
            values = frame.to_ndarray().astype(np.float64)
            first = max(0, round((start - frame.time) * frame.sample_rate))
            last = min(frame.samples, round((start + length - frame.time) * frame.sample_rate))
            part = values[:, first:last] if frame.format.is_planar else values[:, first * 2 : last * 2]
            if part.size:
                loudest = max(loudest, float(np.max(np.abs(part))))
    return loudest


def _case(vault: Vault, path: Path) -> tuple[str, float]:
    case = add_case(vault, f"Interview {path.stem}")
    if not list_persons(vault):
        add_person(vault, "Maria Santos", pseudonym="Source A")
    (result,) = ms.import_files(vault, case.id, [path])
    assert result.item is not None and result.item.working is not None, result.error
    seconds = _duration(path)
    said(result.item, vault, seconds, name_at(20.0))
    return case.id, seconds


@pytest.mark.parametrize(
    ("write", "suffix"),
    [(write_mp3, ".mp3"), (write_ogg, ".ogg"), (write_m4a, ".m4a")],
    ids=["mp3", "ogg-opus", "m4a"],
)
def test_a_long_compressed_recording_is_exported_muted_in_flat_memory(
    vault: Vault, tmp_path: Path, write: Callable[[Path, int], int], suffix: str
) -> None:
    options = ExportOptions(include_recordings=True)
    small, large = tmp_path / f"small{suffix}", tmp_path / f"large{suffix}"
    write(small, 1)
    size = 16 * MIB
    write(large, size // MIB)
    small_case, _ = _case(vault, small)
    _export(vault, small_case, options, tmp_path / "warm.zip")  # the libraries loaded
    baseline = _traced_peak(lambda: _export(vault, small_case, options, tmp_path / "small.zip"))
    case_id, seconds = _case(vault, large)
    out = tmp_path / "bundle.zip"
    peak = _traced_peak(lambda: _export(vault, case_id, options, out))
    growth = peak - baseline
    print(f"{large.name}: +{growth / MIB:.1f} MiB traced beyond a 1 MiB export")
    # Read whole at any step, the recording alone would be 16 MiB of Python bytes.
    assert growth < size // 4, f"+{growth / MIB:.1f} MiB traced while exporting a {size // MIB} MiB recording"
    received = exported(out, tmp_path, suffix)
    assert MARKER.encode() not in received.read_bytes()
    assert abs(_duration(received) - seconds) < 0.2
    assert _level(received, 19.8 + 0.15, 1.45 - 0.3) < 0.01  # the name: silence (a lossy codec's dither at most)
    assert _level(received, 10.0, 1.0) > 0.3 and _level(received, 40.0, 1.0) > 0.3  # noise around it
