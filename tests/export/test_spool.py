"""The export's temporary storage (export/spool.py): what it gives back is what went in, what it
writes to disk is never the plaintext, no file is left with a name, and a change on disk is an
error, not different bytes in the bundle."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from evidence_app.errors import EvidenceError
from evidence_app.export.spool import CHUNK, Spool

MARKER = b"CANARY-plaintext-in-the-spool "


def _data() -> bytes:
    return (MARKER * (3 * CHUNK // len(MARKER) + 7))[: 2 * CHUNK + 12345]


def test_round_trip_pieces_and_ranges(tmp_path: Path) -> None:
    data = _data()
    with Spool(tmp_path) as spool:
        item = spool.put(iter([data[:10], data[10 : CHUNK + 5], data[CHUNK + 5 :]]))
        small = spool.put(b"")
        assert item.size == len(data) and item.read() == data
        assert b"".join(item.pieces()) == data
        assert small.read() == b"" and small.size == 0
        assert item.seekable is not None
        reader = item.seekable()
        for start, n in ((0, 5), (CHUNK - 3, 10), (2 * CHUNK + 12000, 1000), (len(data) - 1, 9)):
            reader.seek(start)
            assert reader.read(n) == data[start : start + n]
    assert list(tmp_path.iterdir()) == []  # no name on disk, during or after


def test_only_sealed_chunks_reach_the_disk(tmp_path: Path) -> None:
    with Spool(tmp_path) as spool:
        spool.put(_data())
        fd = spool._sealed.fileno()
        on_disk = os.pread(fd, 4 * CHUNK, 0)
        assert len(on_disk) > 2 * CHUNK and MARKER not in on_disk
        assert MARKER[:12] not in on_disk


def test_a_change_on_disk_is_an_error(tmp_path: Path) -> None:
    with Spool(tmp_path) as spool:
        item = spool.put(_data())
        fd = spool._sealed.fileno()
        byte = os.pread(fd, 1, CHUNK + 100)
        os.pwrite(fd, bytes([byte[0] ^ 1]), CHUNK + 100)
        with pytest.raises(EvidenceError, match="changed on disk"):
            item.read()
        with pytest.raises(EvidenceError, match="changed on disk"):
            list(item.pieces())


def test_closed_storage_refuses_new_items(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    spool.close()
    with pytest.raises(EvidenceError, match="closed"):
        spool.put(b"x")
