"""Compressed recordings (MP3, Ogg, M4A) go in with flat memory: the parser reads them where they lie (#18).

Two sizes of the same recording go through the real import (the parser process handed the file,
the clean copy sealed frame by frame); neither process may grow with the file. Cheap for the
suite (16 and 96 MiB); bench/bench_audio.py --format mp3 measures 600 MiB. The clean copy is
read back by FFmpeg (its length) and exiftool (no tag left).
"""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import av
import pytest

from evidence_app import media_service as ms
from evidence_app.media import isolation
from evidence_app.media.audio import OggSanitizer
from evidence_app.media.base import MediaType
from evidence_app.media.filesource import FileReader
from evidence_app.media.isolation import ParserPool
from evidence_app.model import MediaItem
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault
from tests.recordings.corpus import EXIFTOOL
from tests.recordings.exiftool_allow import leaks

from .long_recordings import MARKER, encode_clip, ogg_pages, tagged_ogg_clip, watched, write_m4a, write_mp3, write_ogg

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


def test_an_ogg_opus_goes_in_with_memory_flat_across_sizes(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "Long Opus")
    small, large, warm = tmp_path / "small.opus", tmp_path / "large.opus", tmp_path / "warm.opus"
    write_ogg(small, SMALL)
    write_ogg(large, LARGE)
    write_ogg(warm, 1)
    with ParserPool(1) as parsers:
        ms.store_streamed(vault, case.id, ms.StreamedImport(warm, MediaType.OGG), parsers)
        _, small_growth, small_parser = _import(vault, case.id, small, parsers)
        item, large_growth, large_parser = _import(vault, case.id, large, parsers)
    # Before (#18) the parser read the file whole and FFmpeg remuxed it into memory: 2x the file.
    assert large_parser - small_parser < 16, (small_parser, large_parser)
    assert large_growth < 48 and small_growth < 48, (small_growth, large_growth)
    assert item.working is not None and item.original_size == large.stat().st_size
    clean = tmp_path / "clean.opus"
    clean.write_bytes(ms.read_working(vault, item))
    assert MARKER.encode() not in clean.read_bytes()
    assert _packets(clean.read_bytes()) == _packets(large.read_bytes())
    _no_leak(clean)


def test_an_m4a_goes_in_with_memory_flat_across_sizes(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "Long M4A")
    small, large, warm = tmp_path / "small.m4a", tmp_path / "large.m4a", tmp_path / "warm.m4a"
    write_m4a(small, SMALL)
    write_m4a(large, LARGE)
    write_m4a(warm, 1)
    with ParserPool(1) as parsers:
        ms.store_streamed(vault, case.id, ms.StreamedImport(warm, MediaType.M4A), parsers)
        _, small_growth, small_parser = _import(vault, case.id, small, parsers)
        item, large_growth, large_parser = _import(vault, case.id, large, parsers)
    # Before (#18) the parser read the file whole and FFmpeg remuxed it into memory: 2x the file
    # (160 MiB more between the two sizes). Not flat, though: an MP4's index lists every packet,
    # and FFmpeg's demuxer and muxer each hold it (about 0.3 MiB per MiB of 256 kb/s AAC, whose
    # packets are small); the audio itself is never held.
    assert large_parser - small_parser < 0.4 * (LARGE - SMALL), (small_parser, large_parser)
    assert large_growth < 48 and small_growth < 48, (small_growth, large_growth)
    assert item.working is not None and item.original_size == large.stat().st_size
    clean = tmp_path / "clean.m4a"
    clean.write_bytes(ms.read_working(vault, item))
    assert MARKER.encode() not in clean.read_bytes()
    with av.open(str(clean)) as copy, av.open(str(large)) as original:
        assert not {k for k in copy.metadata if k not in ("major_brand", "minor_version", "compatible_brands")}
        assert copy.streams.audio[0].frames == original.streams.audio[0].frames
    _no_leak(clean)


def _packets(data: bytes) -> list[bytes]:
    with av.open(io.BytesIO(data), mode="r", format="ogg") as container:
        return [bytes(p) for p in container.demux(container.streams.audio[0]) if p.size]


def _no_leak(path: Path) -> None:
    if EXIFTOOL:
        out = subprocess.run(
            [EXIFTOOL, "-j", "-a", "-G1", "-s", "-u", "-ee", str(path)], capture_output=True, text=True, check=True
        ).stdout
        assert leaks(json.loads(out)[0]) == []


def _clean(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    """The parser process's own path, a file handed over (read where it lies), in this process."""
    with tempfile.TemporaryFile() as fh:
        fh.write(data)
        fh.flush()
        out = io.BytesIO()
        result = OggSanitizer().sanitize(io.BufferedReader(FileReader(fh.fileno(), len(data))), out)
    return out.getvalue(), result.transformations


@pytest.mark.parametrize("codec", ["libopus", "vorbis", "flac"], ids=["opus", "vorbis", "flac-in-ogg"])
def test_ogg_pages_rewritten_keep_every_audio_packet_and_no_comment(codec: str, tmp_path: Path) -> None:
    data = encode_clip("ogg", codec, seconds=2) if codec == "flac" else tagged_ogg_clip(codec, seconds=2)
    clean, steps = _clean(data)
    assert "rebuilt the Ogg comment header empty" in steps and steps[0].startswith("copied the audio pages")
    assert _packets(clean) == _packets(data)
    assert MARKER.encode() not in clean
    with av.open(io.BytesIO(clean), mode="r", format="ogg") as container:
        assert not container.metadata and not container.streams.audio[0].metadata
        assert sum(int(f.samples) for f in container.decode(audio=0)) > 0
    path = tmp_path / "clean.ogg"
    path.write_bytes(clean)
    _no_leak(path)


def _skeleton_page(serial: int, sequence: int, flags: int, packet: bytes) -> bytes:
    from evidence_app.media.ogg import page_crc

    lacing = b"\xff" * (len(packet) // 255) + bytes([len(packet) % 255])
    page = bytearray(
        struct.pack("<4sBBqIIIB", b"OggS", 0, flags, 0, serial, sequence, 0, len(lacing)) + lacing + packet
    )
    page[22:26] = page_crc(page)
    return bytes(page)


def _with_extra_stream(data: bytes, ident: bytes, second: bytes) -> bytes:
    """``data`` with another logical stream: its first page beside the audio's, its second
    (a skeleton's fisbone: message headers a tool wrote, a name here) after the headers."""
    pages = ogg_pages(data)
    first: bytes = pages[0].write()
    rest = b"".join(p.write() for p in pages[1:])
    return first + _skeleton_page(77, 0, 2, ident) + _skeleton_page(77, 1, 4, second) + rest


FISHEAD = b"fishead\x00" + struct.pack("<HHqqqq", 3, 0, 0, 1000, 0, 1000) + bytes(20)
FISBONE = b"fisbone\x00" + bytes(44) + f"Name: {MARKER}\r\n".encode()


@pytest.mark.parametrize("streamed", [True, False], ids=["file", "bytes"])
def test_an_ogg_skeleton_stream_is_dropped(streamed: bool) -> None:
    data = _with_extra_stream(tagged_ogg_clip(seconds=2), FISHEAD, FISBONE)
    if streamed:
        clean, steps = _clean(data)
    else:
        out = io.BytesIO()
        steps = OggSanitizer().sanitize(io.BytesIO(data), out).transformations
        clean = out.getvalue()
    assert any("Ogg skeleton" in s for s in steps), steps
    assert MARKER.encode() not in clean
    with av.open(io.BytesIO(clean), format="ogg") as container:
        assert [s.type for s in container.streams] == ["audio"]
    assert _packets(clean) == _packets(data)


def test_an_ogg_with_a_stream_it_does_not_know_is_remuxed_by_ffmpeg_as_before() -> None:
    data = _with_extra_stream(tagged_ogg_clip(seconds=2), b"ZQXCODEC" + bytes(40), b"ZQXCODEC data")
    clean, steps = _clean(data)
    assert steps[0].startswith("copied 1 audio/video stream(s) into a new container")  # FFmpeg's remux
    assert MARKER.encode() not in clean and b"ZQXCODEC" not in clean
    assert _packets(clean) == _packets(data)


def test_an_ogg_page_with_a_bad_checksum_is_refused_in_one_line(vault: Vault, tmp_path: Path) -> None:
    pages = ogg_pages(tagged_ogg_clip(seconds=4))
    raw = [p.write() for p in pages]
    middle = len(raw) // 2
    damaged = bytearray(raw[middle])
    damaged[-10] ^= 0x55  # one byte of audio changed, its page's checksum left as it was
    raw[middle] = bytes(damaged)
    path = tmp_path / "damaged.opus"
    path.write_bytes(b"".join(raw))
    case = add_case(vault, "Damaged")
    results = ms.import_files(vault, case.id, [path])
    error = results[0].error or ""
    assert results[0].item is None and "damaged" in error and "\n" not in error, error
    assert ms.list_media(vault, case.id) == [] and vault.blobs.all_ids() == set()


def test_an_ogg_larger_than_the_free_disk_is_refused_in_one_line(vault: Vault, tmp_path: Path) -> None:
    """No size limit of its own any more: only the vault's disk bounds an Ogg recording."""
    free = shutil.disk_usage(vault.root).free
    path = tmp_path / "huge.opus"
    with open(path, "wb") as fh:  # sparse: the size of the free disk, without using any of it
        fh.write(tagged_ogg_clip(seconds=1))
        fh.truncate(free)
    case = add_case(vault, "Too long")
    results = ms.import_files(vault, case.id, [path])
    error = results[0].error or ""
    assert results[0].item is None
    assert error.startswith("not enough free disk space in the vault's folder") and "\n" not in error, error
    assert ms.list_media(vault, case.id) == [] and vault.blobs.all_ids() == set()
