"""A long video is exported in flat memory (#18): its working copy is decrypted piece by piece into
a sealed scratch file, the leak gate's inspector reads it there by ranges (the box walk and FFmpeg),
and its zip entry is read from it in pieces. Measured for real, the resident size of this process
sampled from /proc, for two sizes of the same kind of video: the peak must not grow with the file.
The video a recipient gets is read back by PyAV and exiftool: same packets, no place, no title."""

from __future__ import annotations

import subprocess
from pathlib import Path

import av
import pytest

from bench.common import PeakSampler, rss_kib
from evidence_app import media_service as ms
from evidence_app import video_redaction
from evidence_app.export.collect import ExportOptions
from evidence_app.media.redact import Box
from evidence_app.model import MediaItem
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault
from tests.media.av_samples import long_video

from .test_recording_export_stream import _export, exported

MIB = 1024 * 1024
PLACE = "+13.7563+100.5018/"


def _case_with_video(vault: Vault, tmp_path: Path, megabytes: int) -> tuple[str, int]:
    case = add_case(vault, f"Video {megabytes}", "Filmed at the crossing.")
    source = tmp_path / f"video-{megabytes}.mp4"
    packets = long_video(source, megabytes, metadata={"location": PLACE, "title": "Crossing"})
    (result,) = ms.import_files(vault, case.id, [source])
    source.unlink()
    assert result.item is not None and result.item.working is not None, result.error
    return case.id, packets


def _export_measured(vault: Vault, case_id: str, out: Path) -> int:
    """Export the case with its recordings; this process's resident growth (KiB) meanwhile."""
    before = rss_kib()
    with PeakSampler() as sampled:
        _export(vault, case_id, ExportOptions(include_recordings=True), out)
    return sampled.peak - before


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="resident size is read from /proc")
def test_a_video_ten_times_larger_is_exported_with_the_same_memory(vault: Vault, tmp_path: Path) -> None:
    warm_case, _ = _case_with_video(vault, tmp_path, 1)
    _export_measured(vault, warm_case, tmp_path / "warm.zip")  # the export's libraries loaded
    small_case, _ = _case_with_video(vault, tmp_path, 24)
    large_case, packets = _case_with_video(vault, tmp_path, 240)
    small = _export_measured(vault, small_case, tmp_path / "small.zip")
    large = _export_measured(vault, large_case, tmp_path / "large.zip")
    print(f"24 / 240 MB video exported: +{small / 1024:.0f} / +{large / 1024:.0f} MiB resident")
    # Before (#18) the export held the video whole at least twice (inspection, zip entry).
    assert large - small < 24 * 1024, (small, large)
    assert large < 96 * 1024, large
    received = exported(tmp_path / "large.zip", tmp_path, ".mp4")
    assert received.stat().st_size > 200 * MIB
    with av.open(str(received)) as container:
        assert sum(1 for p in container.demux() if p.size) == packets
    read = subprocess.run(
        ["exiftool", "-a", "-G1", "-s", "-ee", str(received)], capture_output=True, text=True, check=True
    ).stdout
    assert "GPS" not in read and "Location" not in read and "Crossing" not in read and "Lavf" not in read


def _redact_measured(vault: Vault, item_id: str) -> tuple[MediaItem, int]:
    """``media redact --faces`` with one box drawn on frame 2 (a face the detector missed),
    detection on every 500th frame only; this process's resident growth (KiB) meanwhile."""
    before = rss_kib()
    with PeakSampler() as sampled:
        item = video_redaction.redact_video_faces(
            vault, item_id, detect_every=500, add_boxes=[(2, Box(40, 40, 64, 64))]
        )
    return item, sampled.peak - before


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="resident size is read from /proc")
def test_media_redact_faces_on_a_video_four_times_larger_takes_the_same_memory(vault: Vault, tmp_path: Path) -> None:
    """The working copy is read from a sealed scratch file, the encoder writes into another and
    the sanitizer's clean copy into a third (#18): before, all three were whole in memory."""
    ids = []
    for megabytes in (2, 16, 64):
        case_id, _ = _case_with_video(vault, tmp_path, megabytes)
        (item,) = ms.list_media(vault, case_id)
        ids.append(item.id)
    _redact_measured(vault, ids[0])  # the detector and the encoder loaded
    _, small = _redact_measured(vault, ids[1])
    large_item, large = _redact_measured(vault, ids[2])
    print(f"16 / 64 MB video redacted (faces): +{small / 1024:.0f} / +{large / 1024:.0f} MiB resident")
    assert large - small < 24 * 1024, (small, large)
    assert large_item.working is not None and large_item.working.version == 2
    clean = tmp_path / "redacted.mp4"
    with open(clean, "wb") as fh:
        for piece in ms.working_stream(vault, large_item)():
            fh.write(piece)
    with av.open(str(clean)) as container:
        frame = next(container.decode(video=0)).to_ndarray(format="rgb24")
    assert (frame[44:100, 44:100] == 0).all()  # the box filled with black from the first frame on
