"""A long video is imported in flat memory, and only the disk bounds its size (#18).

The parser process reads the video where it lies (a handed descriptor) and passes its working copy
on as it is made (avtools.remux_streamed: the index placed at the front in a first pass, the second
pass passed on), so neither process holds the video. Measured for real: the resident size of this
process and of the parser process, sampled from /proc, for two sizes of the same kind of video: the
peak must not grow with the file (bench/bench_video.py measures 600 MB and several GB).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import av
import pytest

from bench.common import PeakSampler, largest_descendant_kib, rss_kib
from evidence_app import media_service as ms
from evidence_app.media import isolation
from evidence_app.media.base import MediaType
from evidence_app.media.isolation import ParserPool
from evidence_app.model import MediaItem
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault

from .av_samples import long_video
from .test_recording_stream import LINUX, _sha256_of

MIB = 1024 * 1024
PLACE = "+13.7563+100.5018/"
pytestmark = pytest.mark.skipif(not isolation.STREAMS or not LINUX, reason="recordings stream where fds can be passed")


def _import_measured(vault: Vault, case_id: str, path: Path, parsers: ParserPool) -> tuple[MediaItem, int, int]:
    """Import ``path``; the growth of this process's and the parser's resident size (KiB) over
    what they were before."""
    vault_before = rss_kib()
    with PeakSampler(rss_kib, largest_descendant_kib) as sampled:  # from before and the parser's now
        planned = ms.plan_import(path, parsers)
        assert isinstance(planned, ms.StreamedImport)
        item, _ = ms.store_streamed(vault, case_id, planned, parsers)
    return item, sampled.peaks[0] - vault_before, sampled.peaks[1]


def _working_to(vault: Vault, item: MediaItem, path: Path) -> Path:
    with open(path, "wb") as fh:
        for piece in ms.working_stream(vault, item)():
            fh.write(piece)
    return path


def test_a_video_ten_times_larger_goes_in_with_the_same_memory(vault: Vault, tmp_path: Path) -> None:
    small, large = tmp_path / "small.mp4", tmp_path / "large.mp4"
    long_video(small, 24, metadata={"location": PLACE})
    packets = long_video(large, 240, metadata={"location": PLACE, "title": "Interview at the border"})
    warm = tmp_path / "warm.mp4"
    long_video(warm, 1)
    case = add_case(vault, "Long videos")
    with ParserPool(1) as parsers:
        ms.store_streamed(vault, case.id, ms.StreamedImport(warm, MediaType.MP4), parsers)  # libraries loaded
        _, small_vault, small_parser = _import_measured(vault, case.id, small, parsers)
        item, large_vault, large_parser = _import_measured(vault, case.id, large, parsers)
    size = large.stat().st_size
    print(
        f"{small.stat().st_size / MIB:.0f} / {size / MIB:.0f} MiB MP4: vault +{small_vault / 1024:.0f} /"
        f" +{large_vault / 1024:.0f} MiB, parser peak {small_parser / 1024:.0f} / {large_parser / 1024:.0f} MiB"
    )
    # Before (#18) the parser held the file and its copy (2x), the vault grew with it too: here
    # 216 MiB more video may add a few MiB of index (16 bytes a packet) and nothing else.
    assert large_parser - small_parser < 24 * 1024, (small_parser, large_parser)
    assert large_vault - small_vault < 24 * 1024, (small_vault, large_vault)
    assert large_vault < 64 * 1024 and large_parser < 300 * 1024
    assert item.original_sha256 == _sha256_of(large) and item.original_size == size
    assert item.working is not None and item.working.size > size - MIB
    clean = _working_to(vault, item, tmp_path / "clean.mp4")
    with av.open(str(clean)) as container:
        assert sum(1 for p in container.demux() if p.size) == packets
        assert dict(container.metadata).keys() <= {"major_brand", "minor_version", "compatible_brands"}
    with open(clean, "rb") as fh:
        head = fh.read(2 * MIB)
    assert 0 < head.find(b"moov") < head.find(b"mdat")  # the index first: playable as it downloads
    read = subprocess.run(
        ["exiftool", "-a", "-G1", "-s", "-ee", str(clean)], capture_output=True, text=True, check=True
    ).stdout
    assert "GPS" not in read and "Location" not in read and "Interview" not in read and "border" not in read
    assert "Lavf" not in read and "Lavc" not in read


def _stsz_first_entry(data: bytes) -> int:
    """The offset of the first sample size of the first 'stsz' box (its table starts after
    version/flags, the common size and the count)."""
    pos = data.find(b"stsz")
    assert pos > 0 and struct.unpack(">I", data[pos + 8 : pos + 12])[0] == 0  # sizes listed one by one
    return pos + 16


@pytest.mark.parametrize("damage", ["cut short", "mdat longer than the file", "a sample past the end"])
def test_a_damaged_video_is_refused_in_one_line_and_leaves_nothing(vault: Vault, tmp_path: Path, damage: str) -> None:
    good = tmp_path / "good.mp4"
    long_video(good, 8)
    data = bytearray(good.read_bytes())
    mdat = data.find(b"mdat") - 4
    if damage == "cut short":
        data = data[: len(data) * 2 // 3]  # an interrupted copy: the index at the end is gone
    elif damage == "mdat longer than the file":
        data[mdat : mdat + 4] = struct.pack(">I", len(data) * 2)
    else:
        entry = _stsz_first_entry(bytes(data))
        data[entry : entry + 4] = struct.pack(">I", len(data) * 3)
    bad = tmp_path / "bad.mp4"
    bad.write_bytes(bytes(data))
    case = add_case(vault, "Damaged")
    results = ms.import_files(vault, case.id, [bad])
    error = results[0].error or ""
    print(damage, "->", error)
    assert results[0].item is None and error and "\n" not in error and "Traceback" not in error
    assert "truncated" in error or "damaged" in error or "incomplete" in error
    assert ms.list_media(vault, case.id) == [] and vault.blobs.all_ids() == set()


def test_a_video_larger_than_the_free_disk_is_refused_in_one_line(vault: Vault, tmp_path: Path) -> None:
    """The cap is the vault's free disk (its original and working copy sealed), not memory: a
    video of the free disk's size (sparse: it uses none of it) is refused before it is parsed."""
    free = shutil.disk_usage(vault.root).free
    path = tmp_path / "huge.mp4"
    head = tmp_path / "head.mp4"
    long_video(head, 1)
    with open(path, "wb") as fh:
        fh.write(head.read_bytes())
        fh.truncate(free)
    case = add_case(vault, "Too long")
    results = ms.import_files(vault, case.id, [path])
    error = results[0].error or ""
    assert results[0].item is None
    assert error.startswith("not enough free disk space in the vault's folder") and "\n" not in error
    assert ms.list_media(vault, case.id) == [] and vault.blobs.all_ids() == set()


def test_a_matroska_video_eight_times_larger_goes_in_with_the_same_memory(vault: Vault, tmp_path: Path) -> None:
    """Matroska (screen recorders, messengers) is read where it lies and its MP4 copy passed on as
    it is made, like a phone's MP4."""
    small, large, warm = tmp_path / "small.mkv", tmp_path / "large.mkv", tmp_path / "warm.mkv"
    long_video(warm, 1, fmt="matroska")
    long_video(small, 16, fmt="matroska", metadata={"title": "Crossing"})
    packets = long_video(large, 128, fmt="matroska", metadata={"title": "Crossing"})
    case = add_case(vault, "Screen recordings")
    with ParserPool(1) as parsers:
        ms.store_streamed(vault, case.id, ms.StreamedImport(warm, MediaType.MKV), parsers)
        _, _, small_parser = _import_measured(vault, case.id, small, parsers)
        item, large_vault, large_parser = _import_measured(vault, case.id, large, parsers)
    print(f"16 / 128 MB MKV: parser peak {small_parser / 1024:.0f} / {large_parser / 1024:.0f} MiB")
    assert large_parser - small_parser < 24 * 1024, (small_parser, large_parser)
    assert large_vault < 64 * 1024
    assert item.working is not None and ms.working_type(vault, item) is MediaType.MP4
    clean = _working_to(vault, item, tmp_path / "clean.mp4")
    with av.open(str(clean)) as container:
        assert sum(1 for p in container.demux() if p.size) == packets
        assert "title" not in container.metadata
    with open(clean, "rb") as fh:
        head = fh.read(2 * MIB)
    assert 0 < head.find(b"moov") < head.find(b"mdat") and b"Crossing" not in head
