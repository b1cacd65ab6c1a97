"""A sealed scratch file: a seekable, writable temporary file whose bytes are never on disk in clear.

Muting or disguising a long recording (#18) needs room the size of the recording: FFmpeg reads its
input by ranges (an MP4's index, a WAV's chunks) and its muxers go back to fill in sizes (a WAV's
RIFF header, a FLAC's STREAMINFO, an MP4's 'mdat'). Held in memory, a 6 GB interview needed 6 GB
(twice). A ``Scratch`` is an anonymous temporary file in the vault's folder (``O_TMPFILE`` on Linux,
no name anywhere), ENCRYPTED in fixed slots of ``CHUNK`` bytes with AES-256-GCM under a random key
that exists only in this process's memory. What must never happen, and why it cannot:

* plaintext on disk: only sealed chunks are written; the key is never written, so after the work
  (or a crash) the file's blocks are noise, and the file itself has no name to be found by;
* a chunk swapped, moved or rolled back on disk: each chunk's associated data is its index and
  the number of times it was written (kept in memory), so an older or another chunk fails to open;
* more than one chunk in clear in memory per open view, whatever the size of the file.

A chunk may be written several times (a muxer going back to a header): each sealing takes a fresh
random nonce, and the write count in the associated data makes every version distinct.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import BinaryIO, cast

from crypto import aead
from crypto.secret import SecretBytes

from .errors import EvidenceError
from .media.filesource import FileBytes, RangeReader

CHUNK = 1024 * 1024
_SLOT = CHUNK + aead.NONCE_LEN + aead.TAG_LEN
_AAD = b"evidence-vault scratch\x00"


class Scratch:
    """The sealed storage; read and write it through ``open()`` (each view has its own position)."""

    def __init__(self, folder: Path) -> None:
        self._file: BinaryIO = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 (closed by close())
        self._key = SecretBytes.random(aead.KEY_LEN)
        self._writes: dict[int, int] = {}  # chunk index -> times sealed (absent: never written, zeros)
        self._index = -1
        self._plain = bytearray(CHUNK)
        self._dirty = False
        self.size = 0
        self.closed = False

    def __enter__(self) -> Scratch:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._plain[:] = bytes(CHUNK)
            self._file.close()

    def open(self, owner: bool = False) -> ScratchFile:
        """A new view from the start: readable, writable, seekable. Closing the ``owner`` view
        closes the storage (other views may be closed by whoever read them, at any time)."""
        return ScratchFile(self, owner)

    def _aad(self, index: int, count: int) -> bytes:
        return _AAD + index.to_bytes(8, "big") + count.to_bytes(8, "big")

    def _flush(self) -> None:
        if self._dirty:
            count = self._writes.get(self._index, 0) + 1
            nonce, sealed = aead.seal(self._key, self._plain, self._aad(self._index, count))
            self._pwrite(self._index * _SLOT, nonce + sealed)
            self._writes[self._index] = count
            self._dirty = False

    def _pwrite(self, offset: int, data: bytes) -> None:
        fd = self._file.fileno()
        try:
            if hasattr(os, "pwrite"):
                done = 0
                while done < len(data):
                    done += os.pwrite(fd, data[done:], offset + done)
            else:  # Windows: one view at a time uses the file, so its position is ours
                self._file.seek(offset)
                self._file.write(data)
        except OSError as exc:  # a full disk: one line, and the caller throws the work away
            raise EvidenceError(
                f"the temporary copy of a recording could not be written in the vault's folder ({exc.strerror or exc})"
            ) from None

    def _pread(self, offset: int, size: int) -> bytes:
        if hasattr(os, "pread"):
            return os.pread(self._file.fileno(), size, offset)
        self._file.seek(offset)
        return self._file.read(size)

    def _load(self, index: int) -> bytearray:
        if self.closed:
            raise EvidenceError("the temporary storage of this recording is already closed")
        if index != self._index:
            self._flush()
            count = self._writes.get(index, 0)
            if count == 0:
                self._plain[:] = bytes(CHUNK)
            else:
                raw = self._pread(index * _SLOT, _SLOT)
                if len(raw) != _SLOT:
                    raise EvidenceError("the temporary storage of a recording was cut short on disk")
                try:
                    plain = aead.open_sealed(
                        self._key, raw[: aead.NONCE_LEN], raw[aead.NONCE_LEN :], self._aad(index, count)
                    )
                except aead.AeadFailure:
                    raise EvidenceError("the temporary storage of a recording was changed on disk") from None
                self._plain[:] = plain
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
