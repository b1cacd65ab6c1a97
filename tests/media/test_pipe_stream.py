"""Where no descriptor can be handed to the parser (Windows), a recording is read by ranges over its pipes (#18).

The pool is told not to pass files (``pass_files=False``), as on Windows: the parser asks for
each range it reads and the vault process answers from the file (media/pipefile.py). The import
must give the same working copy as when the file is handed over, with neither process growing
with the file; a parser asking for bytes outside the file is refused in one line.
"""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from evidence_app import media_service as ms
from evidence_app.media.base import MediaType
from evidence_app.media.isolation import ParserFailed, ParserPool
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault

from .long_recordings import MIB, watched, write_mp3
from .test_recording_stream import _sha256_of, write_wav

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="resident sizes are read from /proc")


def test_a_wav_read_over_the_pipes_goes_in_with_flat_memory(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "Pipes")
    warm, small, large = tmp_path / "warm.wav", tmp_path / "small.wav", tmp_path / "large.wav"
    write_wav(warm, MIB)
    write_wav(small, 8 * MIB)
    expected = write_wav(large, 72 * MIB)
    peaks = []
    with ParserPool(1, pass_files=False) as parsers:
        ms.store_streamed(vault, case.id, ms.StreamedImport(warm, MediaType.WAV), parsers)  # libraries loaded
        for path in (small, large):
            with watched() as peak:
                item, inspection = ms.store_streamed(vault, case.id, ms.StreamedImport(path, MediaType.WAV), parsers)
            peaks.append(peak)
        assert not any(child.takes_files for child in parsers._all)  # the pipes it was
    print(", ".join(f"vault +{p.growth:.0f} MiB, parser {p.parser:.0f} MiB" for p in peaks))
    # Read whole (before: the file sent over the pipe as one frame), both would grow by 64 MiB.
    assert peaks[1].parser - peaks[0].parser < 16, [p.parser for p in peaks]
    assert peaks[1].growth < 32, peaks[1].growth
    assert any("IART" in f.key for f in inspection.findings)
    assert item.original_sha256 == _sha256_of(large)
    assert item.working is not None and item.working.sha256 == expected.hexdigest()


def test_an_mp3_read_over_the_pipes_is_the_same_working_copy_as_handed_over(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "talk.mp3"
    write_mp3(path, 6)
    case = add_case(vault, "Pipes")
    copies = []
    for pass_files in (False, True):
        with ParserPool(1, pass_files=pass_files) as parsers:
            item, _ = ms.store_streamed(vault, case.id, ms.StreamedImport(path, MediaType.MP3), parsers)
        assert item.working is not None
        copies.append(item.working.sha256)
    assert copies[0] == copies[1]


def _asking(body: str) -> list[str]:
    """A parser that takes one piped file request, then runs ``body``."""
    script = textwrap.dedent(
        """
        import os, sys
        from evidence_app.media import isolation
        out, inp = sys.stdout.buffer, sys.stdin.buffer
        hello = {"protocol": isolation.PROTOCOL, "version": isolation.PROTOCOL_VERSION, "pid": os.getpid(),
                 "files": False}
        isolation._write_frame(out, hello)
        request, _ = isolation._read_frame(inp, 1 << 20, 1 << 20)
        size = request["file"]["size"]
        assert request["file"]["pipe"] is True
        """
    ) + textwrap.dedent(body)
    return [sys.executable, "-c", script]


@pytest.mark.parametrize(
    "body",
    [
        'isolation._write_frame(out, {"read": size, "length": 1})\nisolation._read_frame(inp, 1 << 20, 1 << 30)\n'
        'isolation._write_frame(out, {"read": size + 1, "length": 16})\nisolation._read_frame(inp, 1 << 20, 1 << 30)\n',
        'isolation._write_frame(out, {"read": 0, "length": 1 << 30})\nisolation._read_frame(inp, 1 << 20, 1 << 30)\n',
        'isolation._write_frame(out, {"read": -5, "length": 10})\nisolation._read_frame(inp, 1 << 20, 1 << 30)\n',
    ],
    ids=["past-the-end", "too-long", "negative"],
)
def test_a_parser_asking_outside_the_file_is_refused(vault: Vault, tmp_path: Path, body: str) -> None:
    path = tmp_path / "short.wav"
    write_wav(path, MIB)
    case = add_case(vault, "Refused")
    with ParserPool(1, command=_asking(body), pass_files=False) as parsers, pytest.raises(ParserFailed) as refused:
        ms.store_streamed(vault, case.id, ms.StreamedImport(path, MediaType.WAV), parsers)
    assert "a part of the file that is not there" in str(refused.value) and "\n" not in str(refused.value)
    assert ms.list_media(vault, case.id) == [] and vault.blobs.all_ids() == set()
