"""Exported files that are read again from the vault each time they are needed, never all held.

An export of many photos held every working copy in memory from collection to the zip: its peak
grew with the case (136 MB of photos, +136 MB). A ``Deferred`` keeps what is known about a file
(its size and digests, computed once while collecting) and decrypts its bytes again from the
blob store for each use: making the shown copy, the leak gate's inspection, the picture-text
reading and the zip entry. Each reading is checked against the SHA-256 taken at collection, so
the bytes that go into the zip are exactly the bytes the gate read, or the export fails.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import hmac
import io
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .. import media_service as ms
from ..errors import EvidenceError
from ..model import MediaItem
from ..vault import Vault

_CHANGED = "a working copy changed while it was being exported; export again"


@dataclass(frozen=True)
class Deferred:
    size: int
    sha256: str
    sha512: str
    # Called from worker threads too (shown copies, OCR), so always through ``serialised``.
    load: Callable[[], bytes] = field(repr=False, compare=False)
    crc32: int = field(default=-1, compare=False)  # the zip's checksum, known before the entry is written
    # The bytes in pieces, for an item too large to hold whole (spool.py); None: ``load`` once.
    stream: Callable[[], Iterator[bytes]] | None = field(default=None, repr=False, compare=False)
    # A read-only seekable file over the bytes (pdfium reads the dossier PDF so), if there is one.
    seekable: Callable[[], io.RawIOBase] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, data: bytes, load: Callable[[], bytes]) -> Deferred:
        return cls(
            len(data),
            hashlib.sha256(data).hexdigest(),
            hashlib.sha512(data).hexdigest(),
            load,
            crc32=zlib.crc32(data),
        )

    def read(self) -> bytes:
        data = serialised(self.load)
        if len(data) != self.size or not hmac.compare_digest(hashlib.sha256(data).hexdigest(), self.sha256):
            raise EvidenceError(_CHANGED)
        return data

    def pieces(self) -> Iterator[bytes]:
        """The bytes in order, checked as they go: the last piece is followed by an error, not by
        the end, if the whole is not exactly what was recorded (whoever writes them must then
        throw away what it wrote: the zip's atomic writer does)."""
        if self.stream is None:
            yield self.read()
            return
        digest, size = hashlib.sha256(), 0
        for piece in self.stream():
            digest.update(piece)
            size += len(piece)
            yield piece
        if size != self.size or not hmac.compare_digest(digest.hexdigest(), self.sha256):
            raise EvidenceError(_CHANGED)

    def digest(self, algorithm: str) -> str | None:
        """The digest taken at collection, if it is one of those kept."""
        return {"sha256": self.sha256, "sha512": self.sha512}.get(algorithm)


Content = bytes | Deferred


_READING = threading.RLock()  # re-entrant: a deferred read inside a serialised one


def serialised(load: Callable[[], bytes]) -> bytes:
    """``load()``, one thread at a time. Reading a working copy looks its identity up in the
    database, and the connection's statement cache breaks under two threads at once (seen: a
    KeyError from sqlcipher3 when the shown copies were made on two cores). The decryption is a
    few milliseconds; what runs in parallel (decoding, scaling, OCR) comes after it."""
    with _READING:
        return load()


class HasContent:
    """``data``, ``size`` and ``sha256`` of a dataclass's ``content`` field."""

    content: Content

    @property
    def data(self) -> bytes:
        return read(self.content)

    @property
    def size(self) -> int:
        return size_of(self.content)

    @property
    def sha256(self) -> str:
        return digest_of(self.content, "sha256")


def working_copy(vault: Vault, item: MediaItem, data: bytes) -> Deferred:
    """The working copy as read now (its size and digests), read again the same way when needed;
    its zip entry is decrypted from the blob piece by piece (a long recording is never held
    whole a second time, #18)."""
    deferred = Deferred.of(data, functools.partial(ms.read_working, vault, item))
    return dataclasses.replace(deferred, stream=ms.working_stream(vault, item))


def read(content: Content) -> bytes:
    return content if isinstance(content, bytes) else content.read()


def size_of(content: Content) -> int:
    return len(content) if isinstance(content, bytes) else content.size


def digest_of(content: Content, algorithm: str) -> str:
    kept = None if isinstance(content, bytes) else content.digest(algorithm)
    return kept if kept is not None else hashlib.new(algorithm, read(content)).hexdigest()
