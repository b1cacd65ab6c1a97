"""The sealed scratch file a recording is muted in: what it reads is what was written, nothing in
clear reaches the disk, and a chunk changed, swapped or rolled back on disk is refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from evidence_app.errors import EvidenceError
from evidence_app.scratch import _SLOT, CHUNK, Scratch

MARKER = b"Maria Santos said this in the interview. "


def _raw(scratch: Scratch) -> bytes:
    fd = scratch._sealed.fileno()
    return os.pread(fd, os.fstat(fd).st_size, 0)


def test_reads_back_what_was_written_by_ranges_and_after_going_back(tmp_path: Path) -> None:
    body = (MARKER * (3 * CHUNK // len(MARKER) + 7))[: 3 * CHUNK + 1234]
    with Scratch(tmp_path) as scratch:
        f = scratch.open()
        f.write(b"\0" * 8)  # a header to fill in later, as a muxer does
        f.write(body)
        f.seek(0)
        f.write(b"RIFFsize")
        assert scratch.size == 8 + len(body)
        view = scratch.open()
        assert view.read() == b"RIFFsize" + body
        data = view.view()
        assert data[CHUNK - 3 : CHUNK + 5] == (b"RIFFsize" + body)[CHUNK - 3 : CHUNK + 5]
        assert len(data) == scratch.size
        assert MARKER not in _raw(scratch)  # only sealed chunks on disk
    assert os.listdir(tmp_path) == []  # no name, nothing left


@pytest.mark.parametrize("attack", ["flip", "swap", "rollback"])
def test_a_chunk_changed_swapped_or_rolled_back_on_disk_is_refused(tmp_path: Path, attack: str) -> None:
    with Scratch(tmp_path) as scratch:
        f = scratch.open()
        f.write(MARKER * (2 * CHUNK // len(MARKER) + 1))
        f.seek(0)
        f.read(10)  # the last chunk sealed, the first in memory
        f.seek(2 * CHUNK)
        f.read(1)
        fd = scratch._sealed.fileno()
        first = os.pread(fd, _SLOT, 0)
        if attack == "flip":
            os.pwrite(fd, bytes([first[100] ^ 1]), 100)
        elif attack == "swap":
            os.pwrite(fd, os.pread(fd, _SLOT, _SLOT), 0)
        else:
            f.seek(0)
            f.write(b"changed")  # the first chunk sealed again (second write)
            f.seek(2 * CHUNK)
            f.read(1)
            os.pwrite(fd, first, 0)  # the older sealed version put back
        f.seek(0)
        with pytest.raises(EvidenceError, match="changed on disk"):
            f.read(10)
