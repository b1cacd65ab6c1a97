"""A long recording is imported in flat memory, and only the disk bounds its size (#18).

The file is never read into the vault process's memory: the parser process is handed a read-only
descriptor of it and reads it where it lies, the original is encrypted from the file in chunks, and
the clean copy is encrypted frame by frame as the parser sends it. Measured for real: the resident
size of this process and of the parser process, sampled from /proc while a 600 MB WAV goes in
(bench/bench_audio.py measures the same for 6 GB, outside the suite).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from bench.common import PeakSampler, largest_descendant_kib, rss_kib
from evidence_app import media_service as ms
from evidence_app.media import isolation
from evidence_app.media.base import InvalidMedia, MediaType
from evidence_app.media.isolation import ParserFailed, ParserPool
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault

MIB = 1024 * 1024
LINUX = sys.platform.startswith("linux")
pytestmark = pytest.mark.skipif(not isolation.STREAMS or not LINUX, reason="recordings stream where fds can be passed")

FMT = struct.pack("<HHIIHH", 1, 2, 48_000, 192_000, 4, 16)
INFO = b"INFO" + b"IART" + struct.pack("<I", 12) + b"Interviewer\x00"


def write_wav(path: Path, audio_bytes: int, *, rf64: bool = False) -> hashlib._Hash:
    """A PCM WAV with a LIST/INFO chunk, written in chunks; returns the SHA-256 of its audio's
    expected clean file (RIFF with only 'fmt ' and 'data')."""
    tail = b"LIST" + struct.pack("<I", len(INFO)) + INFO
    with open(path, "wb") as fh:
        if rf64:
            ds64 = struct.pack("<QQQI", 4 + 36 + 24 + len(tail) + 8 + audio_bytes, audio_bytes, audio_bytes // 4, 0)
            fh.write(b"RF64" + b"\xff\xff\xff\xff" + b"WAVE" + b"ds64" + struct.pack("<I", len(ds64)) + ds64)
            fh.write(b"fmt " + struct.pack("<I", 16) + FMT + tail + b"data" + b"\xff\xff\xff\xff")
        else:
            body_len = 4 + 24 + len(tail) + 8 + audio_bytes
            fh.write(b"RIFF" + struct.pack("<I", body_len) + b"WAVE" + b"fmt " + struct.pack("<I", 16) + FMT + tail)
            fh.write(b"data" + struct.pack("<I", audio_bytes))
        clean = hashlib.sha256()
        clean.update(b"RIFF" + struct.pack("<I", 4 + 24 + 8 + audio_bytes) + b"WAVE")
        clean.update(b"fmt " + struct.pack("<I", 16) + FMT + b"data" + struct.pack("<I", audio_bytes))
        block = os.urandom(4 * MIB)
        left = audio_bytes
        while left:
            piece = block[: min(left, len(block))]
            fh.write(piece)
            clean.update(piece)
            left -= len(piece)
    return clean


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(4 * MIB):
            digest.update(chunk)
    return digest.hexdigest()


def test_a_600_mb_wav_goes_in_with_flat_memory_in_both_processes(vault: Vault, tmp_path: Path) -> None:
    audio = 600 * MIB
    path = tmp_path / "interview.wav"
    expected_clean = write_wav(path, audio)
    case = add_case(vault, "Long interview")
    short = tmp_path / "short.wav"
    write_wav(short, MIB)
    with ParserPool(1) as parsers:
        # The libraries of both processes loaded (a 1 MiB recording) before the baseline.
        ms.store_streamed(vault, case.id, ms.StreamedImport(short, MediaType.WAV), parsers)
        before = rss_kib()
        with PeakSampler(rss_kib, largest_descendant_kib) as sampled:  # from before and the parser's now
            started = time.monotonic()
            planned = ms.plan_import(path, parsers)
            assert isinstance(planned, ms.StreamedImport)
            item, inspection = ms.store_streamed(vault, case.id, planned, parsers)
        seconds = time.monotonic() - started
    vault_growth, parser_peak = (sampled.peaks[0] - before) / 1024, sampled.peaks[1] / 1024
    print(f"600 MiB WAV: {seconds:.1f} s, vault +{vault_growth:.0f} MiB, parser peak {parser_peak:.0f} MiB")
    # Before (#18): the vault process grew by 2x the file, the parser by 3x (1.2 / 1.8 GB here).
    assert vault_growth < 64, vault_growth
    assert parser_peak < 200, parser_peak
    assert any("IART" in f.key for f in inspection.findings)
    assert item.original_sha256 == _sha256_of(path)
    assert item.original_size == path.stat().st_size
    assert item.working is not None and item.working.sha256 == expected_clean.hexdigest()


def test_a_wav_over_4_gb_format_rf64_is_read_and_cleaned(vault: Vault, tmp_path: Path) -> None:
    """RF64 (recorders write it past 4 GB; its sizes are in a 'ds64' chunk) is read, not refused;
    FFmpeg's own demuxer must agree on the length (the duration check)."""
    path = tmp_path / "field.wav"
    expected_clean = write_wav(path, 3 * MIB, rf64=True)
    case = add_case(vault, "Field recording")
    results = ms.import_files(vault, case.id, [path])
    assert results[0].error is None, results[0].error
    item = results[0].item
    assert item is not None and item.working is not None
    assert item.working.sha256 == expected_clean.hexdigest()  # under 4 GB the clean copy is plain RIFF
    assert b"Interviewer" not in ms.read_working(vault, item)


def test_a_recording_larger_than_the_free_disk_is_refused_in_one_line(vault: Vault, tmp_path: Path) -> None:
    free = shutil.disk_usage(vault.root).free
    path = tmp_path / "huge.wav"
    with open(path, "wb") as fh:  # sparse: the size of the free disk, without using any of it
        fh.write(b"RIFF" + struct.pack("<I", 0xFFFFFFF0) + b"WAVE" + b"fmt " + struct.pack("<I", 16) + FMT)
        fh.write(b"data" + struct.pack("<I", 0xFFFFFFC0))
        fh.truncate(free)
    case = add_case(vault, "Too long")
    results = ms.import_files(vault, case.id, [path])
    error = results[0].error or ""
    assert results[0].item is None
    assert error.startswith("not enough free disk space in the vault's folder") and "\n" not in error
    assert ms.list_media(vault, case.id) == [] and vault.blobs.all_ids() == set()


def _streaming_fake(body: str) -> list[str]:
    """A parser that says hello as one that takes files, takes one file request, then runs ``body``."""
    script = textwrap.dedent(
        """
        import os, signal, socket, sys
        from evidence_app.media import isolation
        out, inp = sys.stdout.buffer, sys.stdin.buffer
        files = socket.socket(fileno=int(os.environ[isolation.FILES_ENV]))
        hello = {"protocol": isolation.PROTOCOL, "version": isolation.PROTOCOL_VERSION, "pid": os.getpid(),
                 "files": True}
        isolation._write_frame(out, hello)
        request, _ = isolation._read_frame(inp, 1 << 20, 1 << 20)
        _, fds, _, _ = socket.recv_fds(files, 16, 1)
        """
    ) + textwrap.dedent(body)
    return [sys.executable, "-c", script]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # a crash after the first frames of the clean copy
        (
            'isolation._write_frame(out, {"chunk": True}, b"RIFF" * 1000)\nos.kill(os.getpid(), signal.SIGSEGV)\n',
            "crashed the parser (SIGSEGV)",
        ),
        # a clean copy that never ends (an attack on the disk)
        ('while True:\n    isolation._write_frame(out, {"chunk": True}, bytes(1 << 20))\n', "grew far beyond"),
        # frames, then an answer for another file type
        (
            'isolation._write_frame(out, {"chunk": True}, b"x")\n'
            'isolation._write_frame(out, {"status": "ok", "inspection": {"media_type": "image/png", "findings": []},'
            ' "result": {"output_type": "image/png", "transformations": []}, "working": True,'
            ' "not_exportable": None})\n',
            "another file type",
        ),
    ],
    ids=["crash-mid-stream", "endless", "wrong-type"],
)
def test_a_parser_failing_mid_stream_leaves_nothing(vault: Vault, tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "short.wav"
    write_wav(path, MIB)
    case = add_case(vault, "Refused")
    planned = ms.StreamedImport(path, MediaType.WAV)
    with ParserPool(1, command=_streaming_fake(body)) as parsers, pytest.raises(ParserFailed) as refused:
        ms.store_streamed(vault, case.id, planned, parsers)
    assert message in str(refused.value) and "\n" not in str(refused.value)
    assert ms.list_media(vault, case.id) == [] and vault.blobs.all_ids() == set()
    with ParserPool(1) as parsers:  # and the next file goes in
        item, _ = ms.store_streamed(vault, case.id, planned, parsers)
    assert item.working is not None


def test_a_cancelled_recording_stores_nothing_and_stops_its_parser(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "long.wav"
    write_wav(path, 8 * MIB)
    case = add_case(vault, "Cancelled")
    cancel = threading.Event()
    cancel.set()
    with ParserPool(1) as parsers:
        with pytest.raises(InterruptedError):
            ms.store_streamed(vault, case.id, ms.StreamedImport(path, MediaType.WAV), parsers, cancel=cancel)
        assert all(not child.alive() for child in parsers._all)  # it was mid-answer: never reused
    assert ms.list_media(vault, case.id) == [] and vault.blobs.all_ids() == set()


def test_a_parser_in_bubblewrap_cannot_open_the_handed_file_for_writing(vault: Vault, tmp_path: Path) -> None:
    """The descriptor is read-only, and the sandbox has no /proc: through /proc/self/fd a parser
    taken over by the file could otherwise open the user's original again and overwrite it."""
    if not isolation._bubblewrap_usable(isolation._child_command()):
        pytest.skip("bubblewrap is not installed or cannot run here")
    path = tmp_path / "evidence.wav"
    write_wav(path, MIB)
    before = _sha256_of(path)
    attack = (
        "said = []\n"
        "for how in (os.O_WRONLY, os.O_RDWR):\n"
        "    try:\n"
        '        fd = os.open(f"/proc/self/fd/{fds[0]}", how)\n'
        '        os.pwrite(fd, b"OVERWRITTEN", 0)\n'
        '        said.append("wrote")\n'
        "    except OSError:\n"
        '        said.append("refused")\n'
        "try:\n"
        '    os.pwrite(fds[0], b"OVERWRITTEN", 0)\n'
        '    said.append("wrote")\n'
        "except OSError:\n"
        '    said.append("refused")\n'
        'isolation._write_frame(out, {"status": "refused", "error": "InvalidMedia", "reason": " ".join(said)})\n'
    )
    case = add_case(vault, "Attacked")
    with ParserPool(1, command=_streaming_fake(attack)) as parsers, pytest.raises(InvalidMedia) as refused:
        ms.store_streamed(vault, case.id, ms.StreamedImport(path, MediaType.WAV), parsers)
    assert str(refused.value) == "refused refused refused"
    assert _sha256_of(path) == before
