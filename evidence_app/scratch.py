"""A sealed scratch file: a seekable, writable temporary file whose bytes are never on disk in clear.

Muting or disguising a long recording (#18) needs room the size of the recording: FFmpeg reads its
input by ranges (an MP4's index, a WAV's chunks) and its muxers go back to fill in sizes (a WAV's
RIFF header, a FLAC's STREAMINFO, an MP4's 'mdat'). Held in memory, a 6 GB interview needed 6 GB
(twice). A ``Scratch`` is a ``sealedfile.SealedFile`` in the vault's folder (its docstring says
what must never happen there and why it cannot: no plaintext on disk, no name, the key only in
memory, a changed chunk refused), used as fixed slots of ``CHUNK`` bytes. Besides:

* a chunk swapped, moved or rolled back on disk: each chunk is bound to its index and the number
  of times it was written (kept in memory), so an older or another chunk fails to open;
* more than one chunk in clear in memory per open view, whatever the size of the file.

A chunk may be written several times (a muxer going back to a header): each sealing takes a fresh
random nonce, and the write count in the associated data makes every version distinct.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO, cast

from .errors import EvidenceError
from .media.filesource import FileBytes, RangeReader
from .sealedfile import OVERHEAD, SealedFile

CHUNK = 1024 * 1024
_SLOT = CHUNK + OVERHEAD


class Scratch:
    """The sealed storage; read and write it through ``open()`` (each view has its own position)."""

    def __init__(self, folder: Path) -> None:
        self._sealed = SealedFile(folder, b"evidence-vault scratch", "the temporary storage of a recording")
        self._writes: dict[int, int] = {}  # chunk index -> times sealed (absent: never written, zeros)
        self._index = -1
        self._plain = bytearray(CHUNK)
        self._dirty = False
        self.size = 0

    def __enter__(self) -> Scratch:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        return self._sealed.closed

    def close(self) -> None:
        if not self.closed:
            self._plain[:] = bytes(CHUNK)
            self._sealed.close()

    def open(self, owner: bool = False) -> ScratchFile:
        """A new view from the start: readable, writable, seekable. Closing the ``owner`` view
        closes the storage (other views may be closed by whoever read them, at any time)."""
        return ScratchFile(self, owner)

    def _flush(self) -> None:
        if self._dirty:
            count = self._writes.get(self._index, 0) + 1
            self._sealed.seal_at(self._index * _SLOT, self._plain, self._index, count)
            self._writes[self._index] = count
            self._dirty = False

    def _load(self, index: int) -> bytearray:
        if self.closed:
            raise EvidenceError("the temporary storage of this recording is already closed")
        if index != self._index:
            self._flush()
            count = self._writes.get(index, 0)
            if count == 0:
                self._plain[:] = bytes(CHUNK)
            else:
                self._plain[:] = self._sealed.open_at(index * _SLOT, CHUNK, index, count)
            self._index = index
        return self._plain

    def read_at(self, offset: int, buffer: memoryview) -> int:
        done = 0
        while done < len(buffer) and offset + done < self.size:
            index, start = divmod(offset + done, CHUNK)
            plain = self._load(index)
            n = min(len(buffer) - done, CHUNK - start, self.size - offset - done)
            buffer[done : done + n] = plain[start : start + n]
            done += n
        return done

    def write_at(self, offset: int, data: memoryview) -> int:
        done = 0
        while done < len(data):
            index, start = divmod(offset + done, CHUNK)
            plain = self._load(index)
            n = min(len(data) - done, CHUNK - start)
            plain[start : start + n] = data[done : done + n]
            self._dirty = True
            done += n
        self.size = max(self.size, offset + done)
        return done


class ScratchFile(RangeReader):
    """One view of a ``Scratch`` as a file (PyAV reads and writes it by ranges)."""

    def __init__(self, scratch: Scratch, owner: bool = False) -> None:
        super().__init__()
        self.scratch = scratch
        self.owner = owner
        self._pos = 0

    def close(self) -> None:
        if self.owner:
            self.scratch.close()
        super().close()

    @property
    def size(self) -> int:  # the end moves as the muxer writes
        return self.scratch.size

    @size.setter
    def size(self, value: int) -> None:
        raise AttributeError("a scratch file's size follows what is written")

    def writable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        got = self.scratch.read_at(self._pos, memoryview(buffer).cast("B"))
        self._pos += got
        return got

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        done = self.scratch.write_at(self._pos, memoryview(data).cast("B"))
        self._pos += done
        return done

    def view(self) -> FileBytes:
        return ScratchBytes(self.scratch)

    def pieces(self, size: int = CHUNK) -> io.BufferedReader:
        """A reader from the start, for copying the whole file out in pieces."""
        return io.BufferedReader(ScratchFile(self.scratch), size)


class ScratchBytes(FileBytes):
    """``data[a:b]`` over a scratch (for the byte-walking sanitizers, filesource.FileBytes)."""

    def __init__(self, scratch: Scratch) -> None:
        super().__init__(-1, scratch.size)
        self.scratch = scratch

    def _read(self, start: int, length: int) -> bytes:
        out = bytearray(length)
        got = self.scratch.read_at(start, memoryview(out))
        if got != length:
            raise EvidenceError("the temporary storage of a recording is shorter than expected")
        return bytes(out)

    def reader(self) -> BinaryIO:
        return io.BufferedReader(ScratchFile(self.scratch), CHUNK)


def scratch_room(folder: Path) -> BinaryIO:
    """A new empty sealed scratch file in ``folder`` (a ``ScratchFile``), closed (storage and all)
    with this view. Typed as the file it is used as (PyAV, the sanitizers, the blob store)."""
    return cast(BinaryIO, Scratch(folder).open(owner=True))
