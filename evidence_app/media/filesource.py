"""A recording read where it lies, and a clean copy described as pieces, never joined (#18).

The parser process receives a long recording as a read-only file descriptor (media/isolation.py),
not as bytes: a 6 GB interview must not be held in memory, and nothing may be copied to a
plaintext temporary file (docs/THREAT_MODEL.md). The byte-walking sanitizers (WAV, FLAC) index
and slice their input; ``FileBytes`` gives them the same ``data[a:b]`` / ``data[i]`` / ``len``
over the descriptor with positioned reads (``os.pread``: the descriptor's shared offset is never
moved, so the vault process can read the same file at the same time). Their clean copy is mostly
the original's audio unchanged: a ``Splice`` is the new headers in memory plus ranges of the
source, readable and seekable like a file (PyAV verifies it without it ever existing in full)
and copied to its destination in chunks.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from typing import BinaryIO, Protocol, overload

from .base import InvalidMedia

CHUNK = 1024 * 1024


def preadinto(fd: int, buffer: memoryview, offset: int) -> int:
    """Read into ``buffer`` at ``offset`` without moving the descriptor's shared offset
    (``os.preadv``). Where there is none (Windows) it is a seek and a read: there a recording is
    read by one reader at a time (the vault process seals the original, then answers the parser's
    requests for ranges, media/pipefile.py), so the moved offset is never another reader's."""
    if hasattr(os, "preadv"):
        return os.preadv(fd, [buffer], offset)
    os.lseek(fd, offset, os.SEEK_SET)
    data = os.read(fd, len(buffer))
    buffer[: len(data)] = data
    return len(data)


def pread(fd: int, length: int, offset: int) -> bytes:
    """``length`` bytes at ``offset`` (fewer at the end of the file), as ``preadinto``."""
    out = bytearray(length)
    got = preadinto(fd, memoryview(out), offset)
    return bytes(out[:got])


class ByteSource(Protocol):
    """What the byte-walking sanitizers read: ``bytes`` in memory or a ``FileBytes``."""

    def __len__(self) -> int: ...

    @overload
    def __getitem__(self, index: int, /) -> int: ...

    @overload
    def __getitem__(self, index: slice, /) -> bytes: ...

    def find(self, sub: bytes, start: int = ..., end: int | None = ..., /) -> int: ...


class Positioned(io.RawIOBase):
    """A seekable file of ``size`` bytes at position ``_pos``: the position bookkeeping shared by
    the ranged readers below and the muxer's sink (``avtools._Sink``)."""

    size: int
    _pos: int = 0

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos


class PositionalReader(Positioned):
    """A read-only ``Positioned`` file whose subclass reads at ``_pos`` (``readinto``)."""

    def readable(self) -> bool:
        return True


class RangeReader(PositionalReader):
    """A seekable reader whose bytes can also be sliced where they lie (``view``), as a handed
    descriptor's can: the sealed scratch file a recording is muted in (evidence_app/scratch.py).
    The byte-walking sanitizers read it by ranges, never whole."""

    def view(self) -> FileBytes:
        raise NotImplementedError


class FileReader(PositionalReader):
    """A seekable, read-only view of ``size`` bytes of a descriptor, by positioned reads. The
    descriptor is borrowed: closing the reader never closes it."""

    def __init__(self, fd: int, size: int) -> None:
        super().__init__()
        self.fd, self.size, self._pos = fd, size, 0

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self.size - self._pos)
        if want <= 0:
            return 0
        got = preadinto(self.fd, memoryview(buffer)[:want], self._pos)
        if got == 0:
            raise InvalidMedia("the file became shorter while it was being read")
        self._pos += got
        return got

    def view(self) -> FileBytes:
        return FileBytes(self.fd, self.size)


class FileBytes:
    """``bytes``-like indexing of a file: ``data[a:b]`` is one positioned read of that range. A
    walk that reads a few bytes at a time (an MP3's frame headers) is served from one window of
    the file (``WINDOW``) held at a time, not a read per byte."""

    WINDOW = 256 * 1024

    def __init__(self, fd: int, size: int) -> None:
        self.fd, self.size = fd, size
        self._window_at, self._window = 0, b""

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int, /) -> int: ...

    @overload
    def __getitem__(self, index: slice, /) -> bytes: ...

    def __getitem__(self, index: int | slice, /) -> int | bytes:
        if isinstance(index, slice):
            start, stop, step = index.indices(self.size)
            if step != 1:
                raise ValueError("FileBytes slices have no step")
            return self._slice(start, max(0, stop - start))
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("index out of range")
        return self._slice(index, 1)[0]

    def _slice(self, start: int, length: int) -> bytes:
        inner = start - self._window_at
        if inner >= 0 and inner + length <= len(self._window):
            return self._window[inner : inner + length]
        if length > self.WINDOW // 4:
            return self._read(start, length)  # a large range: read once, never cached
        self._window_at, self._window = start, self._read(start, min(self.WINDOW, self.size - start))
        return self._window[:length]

    def find(self, sub: bytes, start: int = 0, end: int | None = None) -> int:
        """``bytes.find`` over the file, reading a window at a time."""
        end = self.size if end is None else min(end, self.size)
        pos = max(0, start)
        while pos + len(sub) <= end:
            piece = self._slice(pos, min(self.WINDOW // 4, end - pos))
            found = piece.find(sub)
            if found >= 0:
                return pos + found
            pos += max(1, len(piece) - len(sub) + 1)
        return -1

    def _read(self, start: int, length: int) -> bytes:
        out = bytearray(length)
        done = 0
        while done < length:
            got = preadinto(self.fd, memoryview(out)[done:], start + done)
            if got == 0:
                raise InvalidMedia("the file became shorter while it was being read")
            done += got
        return bytes(out)

    def reader(self) -> BinaryIO:
        return io.BufferedReader(FileReader(self.fd, self.size), CHUNK)


def source_bytes(src: BinaryIO, what: str, limit: int) -> bytes | FileBytes:
    """The whole source to slice: a file the parser process was handed is not read into memory
    (and has no size limit but the disk's); anything else is read, within ``limit``."""
    from .photo_limits import read_limited  # Pillow: not loaded where only files are read

    raw = src.raw if isinstance(src, io.BufferedReader) else src
    if isinstance(raw, FileReader | RangeReader):
        if raw.size == 0:
            raise InvalidMedia(f"the {what} is empty (0 bytes)")
        return raw.view()
    return read_limited(src, what, limit)


def as_file(data: bytes | FileBytes) -> BinaryIO:
    """A readable, seekable file over ``data`` (for PyAV and mutagen)."""
    return io.BytesIO(data) if isinstance(data, bytes) else data.reader()


class Splice(PositionalReader):
    """A file made of ``pieces`` in order: readable and seekable, never materialised."""

    def __init__(self, pieces: Sequence[bytes | memoryview | tuple[FileBytes, int, int]]) -> None:
        super().__init__()
        self.pieces = list(pieces)
        self._pieces: list[tuple[int, bytes | memoryview | tuple[FileBytes, int, int]]] = []
        offset = 0
        for piece in pieces:
            length = piece[2] if isinstance(piece, tuple) else len(piece)
            if length:
                self._pieces.append((offset, piece))
                offset += length
        self.size = offset
        self._pos = 0

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        out = memoryview(buffer)
        done = 0
        for start, piece in self._pieces:
            if done == len(out) or self._pos >= self.size:
                break
            length = piece[2] if isinstance(piece, tuple) else len(piece)
            if self._pos >= start + length or self._pos < start:
                continue
            inner = self._pos - start
            take = min(length - inner, len(out) - done)
            if isinstance(piece, tuple):
                source, origin, _ = piece
                out[done : done + take] = source[origin + inner : origin + inner + take]
            else:
                out[done : done + take] = piece[inner : inner + take]
            done += take
            self._pos += take
        return done

    def copy_to(self, dst: BinaryIO) -> None:
        """Write the whole file to ``dst`` in chunks of at most 1 MiB."""
        self.seek(0)
        buffer = bytearray(CHUNK)
        while got := self.readinto(buffer):
            dst.write(bytes(buffer[:got]))

    def reader(self) -> BinaryIO:
        """A new buffered reader from the start (its closing leaves this splice usable)."""
        return io.BufferedReader(Splice(self.pieces), CHUNK)


class PulledReader(io.RawIOBase):
    """A clean copy made piece by piece (a generator) read as a file that cannot seek: FFmpeg
    verifies it as it is made, and each piece it is given is written on to ``tap`` (the parser's
    output frames), so the copy is made once and never held whole. An error of the generator is
    kept for ``check``: it says more than the reader's failure that follows."""

    def __init__(self, pieces: Iterator[bytes], tap: BinaryIO | None = None) -> None:
        super().__init__()
        self._pieces, self._tap = pieces, tap
        self._pending = memoryview(b"")
        self.error: BaseException | None = None
        self.size = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def _next(self) -> bool:
        try:
            piece = next(self._pieces)
        except StopIteration:
            return False
        except Exception as exc:
            self.error = exc
            raise
        self.size += len(piece)
        if self._tap is not None:
            self._tap.write(piece)
        self._pending = memoryview(piece)
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            if not self._next():
                return 0
        take = min(len(buffer), len(self._pending))
        memoryview(buffer)[:take] = self._pending[:take]
        self._pending = self._pending[take:]
        return take

    def check(self) -> None:
        """Raise the generator's own error, if it failed."""
        if self.error is not None:
            raise self.error

    def drain(self) -> None:
        """Make (and pass on to ``tap``) whatever the reader was not asked for."""
        self.check()
        self._pending = memoryview(b"")
        while self._next():
            self._pending = memoryview(b"")
