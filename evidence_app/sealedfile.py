"""A nameless sealed file: temporary room on disk whose bytes are never there in clear.

What an export or a recording's muting must keep out of memory (the shown copies and the PDF:
``export/spool.py``; a recording muted by ranges: ``scratch.py``) goes into one of these. It is one
anonymous temporary file in the vault's folder holding only AES-256-GCM sealed chunks under a
random key that exists only in this process's memory. What must never happen, and why it cannot:

* plaintext on disk: only sealed chunks are ever written, and the key is never written anywhere,
  so after the work (or a crash) the file's blocks are noise;
* a file left behind or found by name: it has no name where the platform allows it
  (``O_TMPFILE`` on Linux; other POSIX systems unlink it at once; Windows deletes it on close,
  ``O_TEMPORARY``), it is created owner-only (0600), and it is closed with the work;
* the key shown: it is a ``SecretBytes`` (never prints, never pickles), wiped on close;
* a chunk changed, moved or swapped on disk: each chunk is opened with associated data the caller
  binds it by (its offset or index, a write count; kept in memory), so any other bytes fail
  authentication, and that, or a chunk cut short, is a one-line ``EvidenceError``, never
  different bytes.

The users decide the layout (``SealedFile`` only seals and opens a chunk at an offset): the spool
appends items; the scratch file rewrites fixed slots.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path
from typing import BinaryIO

from crypto import aead
from crypto.secret import SecretBytes

from .errors import EvidenceError

OVERHEAD = aead.NONCE_LEN + aead.TAG_LEN  # what sealing adds to a chunk on disk


class SealedFile:
    """One nameless temporary file of sealed chunks in ``folder``.

    ``label`` separates the users' associated data (a chunk of one kind of file never opens as
    another's); ``what`` names the storage in errors ("the export's temporary storage") and
    ``advice`` ends them ("; export again"). Safe to use from several threads: chunks are written
    and read with pwrite/pread where the platform has them (no shared file position), else under
    a lock."""

    def __init__(self, folder: Path, label: bytes, what: str, advice: str = "") -> None:
        self._label = label + b"\x00"
        self._what = what
        self._advice = advice
        self._lock = threading.Lock()
        try:
            self._file: BinaryIO = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115 (closed by close())
        except OSError as exc:
            raise EvidenceError(f"{what} could not be made in the vault's folder ({exc.strerror or exc})") from None
        self._key = SecretBytes.random(aead.KEY_LEN)
        self._closed = False

    def __enter__(self) -> SealedFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<SealedFile: {self._what}{', closed' if self._closed else ''}>"

    @property
    def closed(self) -> bool:
        return self._closed

    def fileno(self) -> int:
        return self._file.fileno()

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._file.close()
                self._key.wipe()

    def _aad(self, bound: tuple[int, ...]) -> bytes:
        return self._label + b"".join(n.to_bytes(8, "big") for n in bound)

    def _check_open(self) -> None:
        if self._closed:
            raise EvidenceError(f"{self._what} is already closed")

    def seal_at(self, offset: int, plain: bytes | bytearray, *bound: int) -> None:
        """Seal ``plain`` bound to ``bound`` and write it at ``offset`` (``len(plain) + OVERHEAD``
        bytes). A full disk is a one-line error; the caller throws the work away."""
        self._check_open()
        nonce, sealed = aead.seal(self._key, plain, self._aad(bound))
        data = nonce + sealed
        try:
            if hasattr(os, "pwrite"):
                fd = self._file.fileno()
                done = 0
                while done < len(data):
                    done += os.pwrite(fd, data[done:], offset + done)
            else:  # Windows
                with self._lock:
                    self._file.seek(offset)
                    self._file.write(data)
        except OSError as exc:
            raise EvidenceError(
                f"{self._what} could not be written in the vault's folder ({exc.strerror or exc}){self._advice}"
            ) from None

    def open_at(self, offset: int, size: int, *bound: int) -> bytes:
        """The ``size`` plaintext bytes sealed at ``offset`` bound to ``bound``; refused if they
        were cut short, changed, moved or are another version."""
        self._check_open()
        want = size + OVERHEAD
        try:
            if hasattr(os, "pread"):
                raw = os.pread(self._file.fileno(), want, offset)
            else:  # Windows
                with self._lock:
                    self._file.seek(offset)
                    raw = self._file.read(want)
        except OSError as exc:
            raise EvidenceError(f"{self._what} could not be read ({exc.strerror or exc}){self._advice}") from None
        if len(raw) != want:
            raise EvidenceError(f"{self._what} was cut short on disk{self._advice}")
        try:
            return aead.open_sealed(self._key, raw[: aead.NONCE_LEN], raw[aead.NONCE_LEN :], self._aad(bound))
        except aead.AeadFailure:
            raise EvidenceError(f"{self._what} was changed on disk{self._advice}") from None
