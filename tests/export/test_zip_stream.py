"""The bundle's zip is streamed to its sink entry by entry: sizes and CRCs in every local header
(no data descriptor), the same bytes as a zip built whole, and memory bounded by one entry, not by
the bundle (a 40-photo case held its whole zip in memory once more)."""

from __future__ import annotations

import io
import os
import struct
import tracemalloc
import zipfile

import pytest

from evidence_app.export.bag import BagFile, _EntryWindow, write_zip

ENTRY = 1024 * 1024
ENTRIES = 24


class _Sink:
    """Write-only, like the pipe to age: no seek, no tell."""

    def __init__(self) -> None:
        self.size = 0
        self.kept = io.BytesIO()
        self.keep = True

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.keep:
            self.kept.write(data)
        return len(data)


def _files() -> list[BagFile]:
    return [
        *(BagFile(f"data/media/{n:04d}.jpg", os.urandom(ENTRY), compress=False) for n in range(ENTRIES)),
        BagFile("data/records.json", b'{"a": 1}\n' * 5000),
    ]


def test_streamed_zip_has_sizes_in_local_headers_and_reads_back() -> None:
    files = _files()
    sink = _Sink()
    write_zip(sink, "top", files)
    data = sink.kept.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        for info in zf.infolist():
            assert not info.flag_bits & 0x08, info.filename
            offset = info.header_offset
            sig, _v, flags, _m, _t, _d, crc, csize, usize = struct.unpack("<4sHHHHHIII", data[offset : offset + 26])
            assert sig == b"PK\x03\x04" and not flags & 0x08
            assert (crc, csize, usize) == (info.CRC, info.compress_size, info.file_size)
        by_name = {f"top/{f.path}": f.data for f in files}
        assert {n: zf.read(n) for n in zf.namelist()} == by_name


def test_memory_is_bounded_by_one_entry_not_the_bundle() -> None:
    files = _files()
    sink = _Sink()
    sink.keep = False
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        write_zip(sink, "top", files)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert sink.size > ENTRIES * ENTRY
    assert peak < 4 * ENTRY, peak  # the whole zip would be over 24 MiB


def test_the_window_never_seeks_into_bytes_already_sent() -> None:
    window = _EntryWindow(_Sink())
    window.write(b"abc")
    window.commit()
    with pytest.raises(OSError):
        window.seek(1)
    window.write(b"def")
    window.seek(3)
    window.write(b"D")
    assert window.tell() == 4
