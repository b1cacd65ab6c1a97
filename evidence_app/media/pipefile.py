"""A recording read by ranges over the parser process's pipes, where no descriptor can be handed over.

On Windows a parser process cannot be given the user's open file (there is no SCM_RIGHTS; see
``fdpass``), and a long recording must still not be read whole into either process (#18). So the
parser asks for the ranges it reads, and the vault process answers each from the file: a request
frame ``{"read": offset, "length": n}`` on the parser's output, the bytes in a ``{"data": true}``
frame on its input (media/isolation.py carries both). The parser sees a seekable, read-only file
(``PipeSource``) that the byte-walking sanitizers slice where it lies (``PipeBytes``), exactly as
they slice a handed descriptor; it can read nothing but the ``size`` bytes of the one file it was
given, and nothing is written to a temporary file on either side.

What the vault process must check of every request (the parser is not trusted): the range lies in
the file, and it is no longer than ``MAX_READ``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import BinaryIO

from .base import InvalidMedia
from .filesource import CHUNK, FileBytes, RangeReader

MAX_READ = 4 * 1024 * 1024
"""The longest range one request may ask for (a request for more is a malformed answer)."""

Fetch = Callable[[int, int], bytes]
"""Asks the vault process for ``length`` bytes at ``offset`` (fewer only at the file's end)."""


def _fetch_all(fetch: Fetch, offset: int, length: int) -> bytes:
    out = bytearray()
    while len(out) < length:
        want = min(MAX_READ, length - len(out))
        got = fetch(offset + len(out), want)
        if not got:
            raise InvalidMedia("the file became shorter while it was being read")
        out += got
    return bytes(out)


class PipeSource(RangeReader):
    """The recording as a seekable, read-only file, each read one request (at most ``MAX_READ``)."""

    def __init__(self, fetch: Fetch, size: int) -> None:
        super().__init__()
        self.fetch, self.size, self._pos = fetch, size, 0

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self.size - self._pos, MAX_READ)
        if want <= 0:
            return 0
        got = self.fetch(self._pos, want)
        if not got:
            raise InvalidMedia("the file became shorter while it was being read")
        memoryview(buffer)[: len(got)] = got
        self._pos += len(got)
        return len(got)

    def view(self) -> FileBytes:
        return PipeBytes(self.fetch, self.size)


class PipeBytes(FileBytes):
    """``data[a:b]`` over the recording by requests (``filesource.FileBytes``'s window and all)."""

    def __init__(self, fetch: Fetch, size: int) -> None:
        super().__init__(-1, size)
        self.fetch = fetch

    def _read(self, start: int, length: int) -> bytes:
        return _fetch_all(self.fetch, start, length)

    def reader(self) -> BinaryIO:
        return io.BufferedReader(PipeSource(self.fetch, self.size), CHUNK)


def serve(read_at: Callable[[int, int], bytes], size: int, request: dict[str, object]) -> bytes:
    """The vault process's answer to one read request: the bytes of the range, checked to lie in
    the file (ValueError otherwise: the parser is then treated as broken)."""
    offset, length = request.get("read"), request.get("length")
    if not isinstance(offset, int) or not isinstance(length, int) or isinstance(offset, bool):
        raise ValueError("malformed read request")
    if offset < 0 or length <= 0 or length > MAX_READ or offset > size:
        raise ValueError("read request outside the file")
    return read_at(offset, min(length, size - offset))
