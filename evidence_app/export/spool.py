"""Temporary encrypted storage for what an export makes and must keep until the zip is written.

The shown copies of the photos (and the dossier PDF that embeds them) are made before the leak
gate and written into the zip after it: held in memory, they made an export's peak grow with the
case (about 1.3 MiB a photo). A ``Spool`` keeps them in the vault's folder instead,
ENCRYPTED, in one ``sealedfile.SealedFile`` (its docstring says what must never happen there and
why it cannot: no plaintext on disk, no name, the key only in memory, a changed chunk refused):
items are appended in chunks of ``CHUNK`` bytes, each bound to its offset in the file. Besides:

* bytes changed between the gate and the zip: each item keeps its size, SHA-256, SHA-512 and
  CRC-32 from when it was written (``content.Deferred``); every reading is checked against them.
"""

from __future__ import annotations

import hashlib
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..media.filesource import PositionalReader
from ..sealedfile import OVERHEAD, SealedFile
from .content import Deferred

CHUNK = 1024 * 1024


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
        self._sealed = SealedFile(
            folder, b"evidence-vault export spool", "the export's temporary storage", advice="; export again"
        )
        self._lock = threading.Lock()  # hands out the offsets: items are written from several threads
        self._end = 0

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._sealed.close()

    def _write_chunk(self, plain: bytes) -> _Chunk:
        with self._lock:
            offset = self._end
            self._end += len(plain) + OVERHEAD
        self._sealed.seal_at(offset, plain, offset)
        return _Chunk(offset, len(plain))

    def _read_chunk(self, chunk: _Chunk) -> bytes:
        return self._sealed.open_at(chunk.offset, chunk.size, chunk.offset)

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
