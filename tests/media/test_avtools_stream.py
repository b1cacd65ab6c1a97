"""A remux written to a destination that cannot seek (the parser process's output frames) without
the copy ever being held (#18): the first pass only learns the headers, with the MP4 index placed
at the front, the second is passed on as it is made and verified as it is made."""

from __future__ import annotations

import io
import os
import tracemalloc
from pathlib import Path
from typing import BinaryIO, cast

import av
import pytest

from evidence_app.media.avtools import probe, remux, remux_streamed
from evidence_app.media.base import InvalidMedia, MediaType
from evidence_app.media.filesource import CHUNK, FileReader

from .av_samples import long_video, write

MIB = 1024 * 1024


class _Forward(io.RawIOBase):
    """A destination that cannot seek, like the parser's output frames: counts and hashes only,
    or keeps what it is given when asked to."""

    def __init__(self, keep: bool = True) -> None:
        super().__init__()
        self.kept = bytearray() if keep else None
        self.size = 0

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self.size += len(data)
        if self.kept is not None:
            self.kept += data
        return len(data)


def _packets(data: bytes, media_type: MediaType) -> list[tuple[int, int | None, bytes]]:
    with av.open(io.BytesIO(data), "r", format="mov" if media_type is not MediaType.OGG else "ogg") as c:
        return [(p.stream_index, p.pts, bytes(p)) for p in c.demux() if p.size]


@pytest.mark.parametrize(
    ("fmt", "media_type", "video"),
    [
        ("mp4", MediaType.MP4, "h264"),
        ("mov", MediaType.MOV, "h264"),
        ("ipod", MediaType.M4A, None),
        ("3gp", MediaType.THREEGP, "h264"),
    ],
)
def test_a_streamed_mp4_starts_with_its_index_and_holds_the_same_packets(
    fmt: str, media_type: MediaType, video: str | None
) -> None:
    tags = {"location": "+13.7563+100.5018/", "title": "interview"}
    data = write(fmt, video=video, audio="aac", seconds=3.0, metadata=tags)
    seekable = io.BytesIO()
    remux(data, media_type, seekable, "test file")
    out = _Forward()
    clean = remux_streamed(io.BytesIO(data), media_type, cast(BinaryIO, out), "test file")
    verified = probe(cast(BinaryIO, clean), media_type, "cleaned test file")  # reads the copy as it is made
    clean.drain()
    streamed = bytes(cast(bytearray, out.kept))
    assert len(streamed) == clean.total
    assert streamed[4:8] == b"ftyp"
    assert 0 < streamed.find(b"moov") < streamed.find(b"mdat")  # the index first: "fast start"
    assert streamed.startswith(bytes(clean.head))
    assert _packets(streamed, media_type) == _packets(seekable.getvalue(), media_type)
    assert verified.packets == probe(data, media_type, "test file").packets
    assert b"interview" not in streamed and b"+13.7563" not in streamed


def test_an_ogg_is_passed_on_in_one_pass_as_the_seekable_remux_writes_it() -> None:
    data = write("ogg", audio="libopus", rate=48000, seconds=2.0, metadata={"artist": "Anna"})
    seekable = io.BytesIO()
    remux(data, MediaType.OGG, seekable, "Ogg file")
    out = _Forward()
    assert remux(data, MediaType.OGG, cast(BinaryIO, out), "Ogg file")
    assert bytes(cast(bytearray, out.kept)) == seekable.getvalue()


def test_a_video_read_where_it_lies_is_remuxed_without_holding_it(tmp_path: Path) -> None:
    """From a descriptor (as the parser process reads a recording) into a destination that keeps
    nothing: Python holds at most a few MiB, whatever the size (FFmpeg's own buffers are not
    traced here; bench/bench_video.py and the intake test measure the processes' resident size)."""
    path = tmp_path / "long.mp4"
    count = long_video(path, 24, metadata={"location": "+13.7563+100.5018/"})
    size = path.stat().st_size
    fd = os.open(path, os.O_RDONLY)
    try:
        out = _Forward(keep=False)
        tracemalloc.start()
        try:
            src = io.BufferedReader(FileReader(fd, size), CHUNK)
            clean = remux_streamed(src, MediaType.MP4, cast(BinaryIO, out), "MP4 video", packets=count)
            verified = probe(cast(BinaryIO, clean), MediaType.MP4, "cleaned MP4 video")
            clean.drain()
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    finally:
        os.close(fd)
    assert verified.packets == count
    assert out.size == clean.total and out.size > size - MIB
    assert peak < 4 * MIB, f"{peak / MIB:.1f} MiB traced for a {size / MIB:.0f} MiB video"


class _Changing(io.RawIOBase):
    """A file whose media data changes after it was first read to its end (a recording still
    being written by another program while it is imported)."""

    def __init__(self, data: bytes, at: int) -> None:
        super().__init__()
        self.data, self.at, self.pos, self.passes = bytearray(data), at, 0, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        self.pos = {io.SEEK_SET: 0, io.SEEK_CUR: self.pos, io.SEEK_END: len(self.data)}[whence] + offset
        return self.pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        piece = self.data[self.pos : self.pos + len(buffer)]
        memoryview(buffer)[: len(piece)] = piece
        self.pos += len(piece)
        if self.pos >= len(self.data) and self.passes == 0:
            self.passes = 1
            self.data[self.at] ^= 0xFF  # one byte of a frame, between the two passes
        return len(piece)


def test_a_copy_that_is_not_the_same_twice_is_refused() -> None:
    data = write("mp4", video="h264", audio="aac", seconds=3.0)
    frame = data.rfind(b"mdat") + 200  # inside the media data: not in any header
    out = _Forward()
    clean = remux_streamed(
        cast(BinaryIO, _Changing(data, frame)), MediaType.MP4, cast(BinaryIO, out), "MP4 video", packets=78
    )
    with pytest.raises(InvalidMedia, match="not rewritten the same way twice"):
        probe(cast(BinaryIO, clean), MediaType.MP4, "cleaned MP4 video")
        clean.drain()


def test_an_index_larger_than_the_room_first_reserved_is_made_again_with_more(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The first pass reserves room for a usual index (``INDEX_BYTES_TIGHT`` a packet); an index
    that does not fit fails FFmpeg's trailer, and the pass is made again with the worst case's
    room: the copy is still whole, index first."""
    from evidence_app.media import avtools

    monkeypatch.setattr(avtools, "INDEX_BYTES_FIXED", 512)  # with a byte a packet: far too small
    monkeypatch.setattr(avtools, "INDEX_BYTES_TIGHT", 1)
    path = tmp_path / "long.mp4"
    count = long_video(path, 12)
    data = path.read_bytes()
    out = _Forward()
    clean = remux_streamed(io.BytesIO(data), MediaType.MP4, cast(BinaryIO, out), "MP4 video", packets=count)
    assert probe(cast(BinaryIO, clean), MediaType.MP4, "cleaned MP4 video").packets == count
    clean.drain()
    streamed = bytes(cast(bytearray, out.kept))
    moov = streamed.find(b"moov")
    assert 0 < moov < streamed.find(b"mdat")
    assert int.from_bytes(streamed[moov - 4 : moov], "big") > 512 + count  # it did not fit the first room
