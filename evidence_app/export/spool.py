"""Temporary encrypted storage for what an export makes and must keep until the zip is written.

The shown copies of the photos (and the dossier PDF that embeds them) are made before the leak
gate and written into the zip after it: held in memory, they made an export's peak grow with the
case (about 1.3 MiB a photo). A ``Spool`` keeps them in one anonymous temporary file in the vault's
folder instead, ENCRYPTED: AES-256-GCM (``crypto.aead``) in chunks of ``CHUNK`` bytes under a
random key that exists only in this process's memory, each chunk bound to its offset in the file.
What must never happen, and why it cannot:

* plaintext on disk: only sealed chunks are ever written; the key is never written anywhere, so
  after the export (or a crash) the file's blocks are noise;
* a file left behind: the file has no name where the platform allows it (``O_TMPFILE`` on
  Linux; elsewhere it is unlinked at once, or removed on close), and it is closed with the
  export;
* bytes changed between the gate and the zip: each item keeps its size, SHA-256, SHA-512 and
  CRC-32 from when it was written (``content.Deferred``); every reading is checked against them.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from crypto import aead
from crypto.secret import SecretBytes

from ..errors import EvidenceError
from ..media.filesource import PositionalReader
from .content import Deferred

CHUNK = 1024 * 1024
_SEALED_EXTRA = aead.NONCE_LEN + aead.TAG_LEN


@dataclass(frozen=True)
class _Chunk:
    offset: int  # of the sealed chunk in the file
    size: int  # of its plaintext


@dataclass(frozen=True)
class SpoolItem:
    chunks: tuple[_Chunk, ...]
    size: int


class Spool:
    def __init__(self, folder: Path) -> None:
        self._file: BinaryIO = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 (closed by close())
        self._key = SecretBytes.random(aead.KEY_LEN)
        self._lock = threading.Lock()
        self._seek_lock = threading.Lock()
        self._end = 0
        self._closed = False

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._file.close()

    def _aad(self, offset: int) -> bytes:
        return b"evidence-vault export spool\x00" + offset.to_bytes(8, "big")

    def _write_chunk(self, plain: bytes) -> _Chunk:
        with self._lock:
            if self._closed:
                raise EvidenceError("the export's temporary storage is already closed")
            offset = self._end
            self._end += len(plain) + _SEALED_EXTRA
        nonce, sealed = aead.seal(self._key, plain, self._aad(offset))
        self._at(offset, nonce + sealed)
        return _Chunk(offset, len(plain))

    def _at(self, offset: int, data: bytes | None = None, size: int = 0) -> bytes:
        """Write ``data`` at ``offset``, or read ``size`` bytes there, from any thread: pwrite and
        pread where the platform has them (no shared file position), else under the lock."""
        if hasattr(os, "pread"):
            if data is not None:
                os.pwrite(self._file.fileno(), data, offset)
                return b""
            return os.pread(self._file.fileno(), size, offset)
        with self._seek_lock:  # Windows
            self._file.seek(offset)
            if data is not None:
                self._file.write(data)
                return b""
            return self._file.read(size)

    def _read_chunk(self, chunk: _Chunk) -> bytes:
        raw = self._at(chunk.offset, size=chunk.size + _SEALED_EXTRA)
        if len(raw) != chunk.size + _SEALED_EXTRA:
            raise EvidenceError("the export's temporary storage was cut short; export again")
        try:
            return aead.open_sealed(self._key, raw[: aead.NONCE_LEN], raw[aead.NONCE_LEN :], self._aad(chunk.offset))
        except aead.AeadFailure:
            raise EvidenceError("the export's temporary storage was changed on disk; export again") from None

    def put(self, parts: bytes | bytearray | memoryview | Iterable[bytes]) -> Deferred:
        """Store ``parts`` (one bytes, or pieces in order) as one item; its ``Deferred`` reads it
        back, whole (``read``) or chunk by chunk (``stream``), checked against its digests."""
        sha256, sha512, crc, size = hashlib.sha256(), hashlib.sha512(), 0, 0
        chunks: list[_Chunk] = []
        pending = bytearray()

        def feed(piece: bytes | bytearray | memoryview) -> None:
            nonlocal crc, size
            sha256.update(piece)
            sha512.update(piece)
            crc = zlib.crc32(piece, crc)
            size += len(piece)
            pending.extend(piece)
            while len(pending) >= CHUNK:
                chunks.append(self._write_chunk(bytes(pending[:CHUNK])))
                del pending[:CHUNK]

        for piece in [parts] if isinstance(parts, bytes | bytearray | memoryview) else parts:
            feed(piece)
        if pending or not chunks:
            chunks.append(self._write_chunk(bytes(pending)))
        item = SpoolItem(tuple(chunks), size)
        return Deferred(
            size,
            sha256.hexdigest(),
            sha512.hexdigest(),
            load=lambda: b"".join(self.chunks(item)),
            crc32=crc,
            stream=lambda: self.chunks(item),
            seekable=lambda: SpoolReader(self, item),
        )

    def chunks(self, item: SpoolItem) -> Iterator[bytes]:
        for chunk in item.chunks:
            yield self._read_chunk(chunk)


class SpoolReader(PositionalReader):
    """One spooled item as a read-only, seekable file (for pdfium, which reads a document by
    ranges): at most one decrypted chunk is held."""

    def __init__(self, spool: Spool, item: SpoolItem) -> None:
        super().__init__()
        self._spool = spool
        self._item = item
        self.size = item.size
        self._pos = 0
        self._cached: tuple[int, bytes] | None = None

    def _chunk(self, index: int) -> bytes:
        if self._cached is None or self._cached[0] != index:
            self._cached = (index, self._spool._read_chunk(self._item.chunks[index]))
        return self._cached[1]

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        done = 0
        while done < len(view) and self._pos < self.size:
            index, start = divmod(self._pos, CHUNK)  # every chunk but the last is CHUNK long
            data = self._chunk(index)
            n = min(len(view) - done, len(data) - start)
            view[done : done + n] = data[start : start + n]
            done += n
            self._pos += n
        return done
