"""Compressed recordings (MP3, Ogg) go in with flat memory: the parser reads them where they lie (#18).

Two sizes of the same recording go through the real import (the parser process handed the file,
the clean copy sealed frame by frame); neither process may grow with the file. Cheap for the
suite (16 and 96 MiB); bench/bench_audio.py --format mp3 measures 600 MiB. The clean copy is
read back by FFmpeg (its length) and exiftool (no tag left).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import av
import pytest

from evidence_app import media_service as ms
from evidence_app.media import isolation
from evidence_app.media.base import MediaType
from evidence_app.media.isolation import ParserPool
from evidence_app.model import MediaItem
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault
from tests.recordings.corpus import EXIFTOOL
from tests.recordings.exiftool_allow import leaks

from .long_recordings import MARKER, watched, write_mp3

LINUX = sys.platform.startswith("linux")
pytestmark = pytest.mark.skipif(not isolation.STREAMS or not LINUX, reason="recordings stream where fds can be passed")

SMALL, LARGE = 16, 96


def _duration(path: Path) -> float:
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        end = 0.0
        for packet in container.demux(stream):
            if packet.pts is not None and packet.duration:
                end = max(end, float((packet.pts + packet.duration) * packet.time_base))
        return end


def _import(vault: Vault, case_id: str, path: Path, parsers: ParserPool) -> tuple[MediaItem, float, float]:
    with watched() as peaks:
        planned = ms.plan_import(path, parsers)
        assert isinstance(planned, ms.StreamedImport)
        item, _ = ms.store_streamed(vault, case_id, planned, parsers)
    print(f"{path.name}: {peaks.seconds:.1f} s, vault +{peaks.growth:.0f} MiB, parser peak {peaks.parser:.0f} MiB")
    return item, peaks.growth, peaks.parser


def test_an_mp3_goes_in_with_memory_flat_across_sizes(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "Long MP3")
    small, large = tmp_path / "small.mp3", tmp_path / "large.mp3"
    write_mp3(small, SMALL)
    write_mp3(large, LARGE)
    warm = tmp_path / "warm.mp3"
    write_mp3(warm, 1)
    with ParserPool(1) as parsers:
        ms.store_streamed(vault, case.id, ms.StreamedImport(warm, MediaType.MP3), parsers)  # libraries loaded
        _, small_growth, small_parser = _import(vault, case.id, small, parsers)
        item, large_growth, large_parser = _import(vault, case.id, large, parsers)
    # Read whole, the parser alone would grow by the file at least (80 MiB between the two sizes);
    # before MP3 streamed it held it twice and more.
    assert large_parser - small_parser < 16, (small_parser, large_parser)
    assert large_growth < 48 and small_growth < 48, (small_growth, large_growth)
    assert item.working is not None and item.original_size == large.stat().st_size
    clean = tmp_path / "clean.mp3"
    clean.write_bytes(ms.read_working(vault, item))
    assert MARKER.encode() not in clean.read_bytes()
    assert abs(_duration(clean) - _duration(large)) < 0.1
    if EXIFTOOL:
        out = subprocess.run(
            [EXIFTOOL, "-j", "-a", "-G1", "-s", "-u", "-fast2", str(clean)], capture_output=True, text=True, check=True
        ).stdout
        assert leaks(json.loads(out)[0]) == []


def test_a_long_mp3_cut_mid_frame_is_refused_after_its_frames_were_sent(vault: Vault, tmp_path: Path) -> None:
    """The parser has sent most of the clean copy when it reaches the cut: one line, nothing kept."""
    path = tmp_path / "cut.mp3"
    write_mp3(path, 24, cut=300)
    case = add_case(vault, "Cut")
    results = ms.import_files(vault, case.id, [path])
    error = results[0].error or ""
    assert results[0].item is None
    assert "truncated" in error and "\n" not in error, error
    assert ms.list_media(vault, case.id) == [] and vault.blobs.all_ids() == set()
