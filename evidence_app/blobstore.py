"""Encrypted blob store for media bytes.

Each blob is an age file encrypted to its own X25519 identity; the identity is kept only in the
database row (``blobs.identity``). File names are random. A blob is written to a temporary name,
fsynced, renamed into place and the directory fsynced before its row is committed, so the database
never points at a file that is not durable. Plaintext only ever flows through memory, in chunks.

Recovering a blob by hand with the standard tool: copy the identity string from the row into a
file ``id.txt`` and run ``age -d -i id.txt blobs/ab/abcdef....age > out``.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import queue
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from crypto import age
from crypto.errors import CryptoError

from . import fsutil
from .errors import IntegrityError

CHUNK = 1024 * 1024
# Every blob file gets this modification/access time (2000-01-01T00:00:00Z) instead of the moment
# of import: file times would otherwise date each piece of evidence to anyone holding the disk.
FIXED_TIME = 946_684_800
ProgressFn = Callable[[int], None]


@dataclass(frozen=True)
class StoredBlob:
    id: str
    identity: age.Identity
    sha256: str
    size: int


class _Stop(Exception):
    """Ends an encryption from inside its source; ``put`` raises the real reason."""


class _HashingReader:
    """Wraps the plaintext source: hashes and counts every byte on its way into age."""

    def __init__(self, source: BinaryIO, progress: ProgressFn | None, cancel: threading.Event | None) -> None:
        self._source = source
        self._hash = hashlib.sha256()
        self.size = 0
        self._progress = progress
        self._cancel = cancel
        self.error: BaseException | None = None  # the source's own failure, which age wraps

    def read(self, n: int = -1) -> bytes:
        if self._cancel is not None and self._cancel.is_set():
            # Never an InterruptedError into age: Rust's I/O takes EINTR for "read again" and
            # would call this forever. ``put`` raises the InterruptedError once age has stopped.
            self.error = InterruptedError("cancelled")
            raise _Stop("cancelled")
        try:
            data = self._source.read(CHUNK if n is None or n < 0 or n > CHUNK else n)
        except BaseException as exc:
            self.error = exc
            raise _Stop(type(exc).__name__) from None
        self._hash.update(data)
        self.size += len(data)
        if self._progress is not None and data:
            self._progress(self.size)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class _HashingWriter:
    """Receives decrypted plaintext: hashes it and passes it on."""

    def __init__(self, dest: BinaryIO | None) -> None:
        self._dest = dest
        self._hash = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self._hash.update(data)
        self.size += len(data)
        if self._dest is not None:
            self._dest.write(data)
        return len(data)

    def flush(self) -> None:
        if self._dest is not None:
            self._dest.flush()

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def _is_blob_id(name: str) -> bool:
    return len(name) == 32 and all(c in "0123456789abcdef" for c in name)


class BlobStore:
    def __init__(self, root: Path, reserve: Callable[[Sequence[str]], None] | None = None) -> None:
        self.root = root
        # Records a new blob id as pending, durably, before its file is written (the vault's
        # pending_blobs table): only such ids may ever be deleted as leftovers.
        self._reserve = reserve

    def path_of(self, blob_id: str) -> Path:
        if not _is_blob_id(blob_id):
            raise IntegrityError("invalid blob id")
        return self.root / blob_id[:2] / f"{blob_id}.age"

    def put(
        self,
        source: BinaryIO,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> StoredBlob:
        """Encrypt ``source`` into a new durable blob. The caller commits the row afterwards and
        calls ``discard`` if that fails."""
        blob_id = secrets.token_hex(16)
        if self._reserve is not None:
            self._reserve([blob_id])
        identity = age.Identity.generate()
        target = self.path_of(blob_id)
        fsutil.make_private_dir(target.parent)
        reader = _HashingReader(source, progress, cancel)
        try:
            with fsutil.atomic_writer(target) as fh:
                age.encrypt_stream(reader, fh, [identity.recipient])
        except CryptoError:
            # A source that failed (a parser process that crashed mid-stream, a file that became
            # shorter) is reported as itself, not as a failure of the encryption.
            if reader.error is not None:
                raise reader.error from None
            raise
        with contextlib.suppress(OSError):
            os.utime(target, (FIXED_TIME, FIXED_TIME))
            os.utime(target.parent, (FIXED_TIME, FIXED_TIME))
        return StoredBlob(blob_id, identity, reader.hexdigest(), reader.size)

    def batch(self) -> BlobBatch:
        """Blobs from bytes in memory made durable together (:class:`BlobBatch`)."""
        return BlobBatch(self)

    def reserve_ids(self, count: int) -> list[str]:
        """``count`` new blob ids, recorded as pending in one durable step before any file is written.
        They share their first two characters, so their files go into one folder, picked at random
        (#18): a batch's renames then need one folder fsync instead of one for each of about 37
        folders. Each id keeps 120 random bits of its own, and folders still fill evenly."""
        folder = secrets.token_hex(1)
        ids = [folder + secrets.token_hex(16)[2:] for _ in range(count)]
        if self._reserve is not None and ids:
            self._reserve(ids)
        return ids

    def read_into(self, blob_id: str, identity: age.Identity, dest: BinaryIO | None, sha256: str) -> int:
        """Decrypt a blob into ``dest`` (memory or an encrypting sink), checking its SHA-256.
        ``dest=None`` only verifies. Raises IntegrityError naming the blob on any damage."""
        path = self.path_of(blob_id)
        writer = _HashingWriter(dest)
        try:
            with open(path, "rb") as fh:
                age.decrypt_stream(fh, writer, [identity])
        except FileNotFoundError:
            raise IntegrityError(f"blob {blob_id} is missing") from None
        except CryptoError as exc:
            raise IntegrityError(f"blob {blob_id} is damaged: {exc}") from None
        if not secrets.compare_digest(writer.hexdigest(), sha256):
            raise IntegrityError(f"blob {blob_id} does not match its recorded SHA-256")
        return writer.size

    def read_bytes(self, blob_id: str, identity: age.Identity, sha256: str) -> bytes:
        buf = io.BytesIO()
        self.read_into(blob_id, identity, buf, sha256)
        return buf.getvalue()

    def discard(self, blob_id: str) -> None:
        """Remove a blob file. Its identity must already be gone from the database (or never have
        been committed) so the bytes are unreadable even where the disk keeps them."""
        fsutil.durable_unlink(self.path_of(blob_id))
        with contextlib.suppress(OSError):
            self.path_of(blob_id).parent.rmdir()

    def all_ids(self) -> set[str]:
        ids: set[str] = set()
        if not self.root.is_dir():
            return ids
        for sub in self.root.iterdir():
            if sub.is_dir():
                for entry in sub.iterdir():
                    # Only well-formed names: a stray "<id>.sync-conflict-….age" is no blob.
                    blob_id = entry.name[:-4]
                    if entry.name.endswith(".age") and _is_blob_id(blob_id) and sub.name == blob_id[:2]:
                        ids.add(blob_id)
        return ids

    def stray_files(self, known: set[str]) -> list[tuple[Path, str | None]]:
        """Every file under the store that is not the blob of a ``known`` id, with its blob id
        when its name is a well-formed ``xx/<id>.age`` (else None: e.g. a sync-conflict copy).
        Our own temporary files are left to ``clean_temps``."""
        found: list[tuple[Path, str | None]] = []
        if not self.root.is_dir():
            return found
        for entry in sorted(self.root.rglob("*")):
            if entry.is_dir() or entry.name.startswith(fsutil.TEMP_PREFIX):
                continue
            rel = entry.relative_to(self.root).parts
            name = entry.name
            blob_id: str | None = name[:-4] if name.endswith(".age") else None
            if blob_id is not None and (len(rel) != 2 or not _is_blob_id(blob_id) or rel[0] != blob_id[:2]):
                blob_id = None
            if blob_id is None or blob_id not in known:
                found.append((entry, blob_id))
        return found

    def clean_temps(self) -> int:
        removed = 0
        if self.root.is_dir():
            for sub in self.root.iterdir():
                if sub.is_dir():
                    removed += fsutil.remove_stale_temps(sub)
        return removed


@dataclass
class _Unsynced:
    blob: StoredBlob
    temp: Path
    target: Path
    fh: BinaryIO | None  # open until written and fsynced (by the batch's writer thread)


@dataclass
class _Group:
    """The blobs of one ``flush``: written by the writer thread, then renamed and their folders
    fsynced by it; ``done`` is set once that is over (``error`` says if it failed)."""

    blobs: list[_Unsynced]
    new_dirs: bool
    done: threading.Event
    error: BaseException | None = None


class Flushed:
    """A group of blobs on its way to the disk (:meth:`BlobBatch.flush`)."""

    def __init__(self, batch: BlobBatch, group: _Group) -> None:
        self._batch, self._group = batch, group

    def ready(self) -> bool:
        """Whether :meth:`result` would return (or raise) without waiting."""
        return self._group.done.is_set()

    def result(self) -> list[StoredBlob]:
        """Wait until every blob of the group is durable; they are returned in put order. From
        then on the caller owns them: it commits their rows, or ``discard``s them if that fails.
        On an error none of them may be committed (``discard_unsynced`` removes them)."""
        self._group.done.wait()
        if self._group.error is not None:
            raise self._group.error
        self._batch._settled(self._group)
        return [p.blob for p in self._group.blobs]


class BlobBatch:
    """Blobs sealed from bytes already in memory and made durable together (#18).

    ``put_bytes`` hands the bytes to the batch's writer thread, which encrypts them in one call
    (off the interpreter lock: crypto/age_seal.py) and writes the age file to a temporary name,
    and a syncer thread fsyncs it while the writer seals the next, and the caller goes on with the
    next file (the disk and the CPU work at the same time, and dirty pages never pile up). ``flush``
    hands over the blobs put since the last one: after fsyncing them the syncer renames each into
    place and fsyncs each folder once (the store's
    too, for a folder it created), while the caller goes on putting the next group's blobs; the
    returned :class:`Flushed` says when that is over. ``sync`` is ``flush`` and the wait. The ids
    of a batch are recorded as pending in one commit, ``RESERVE_AHEAD`` at a time, before any of
    their files is written. What must never happen: a row naming one of these blobs committed
    before its group's ``Flushed.result()`` has returned; the caller commits after it, and calls
    ``discard`` for every blob of the group if that commit fails, or ``discard_unsynced`` if it
    never gets there.
    """

    RESERVE_AHEAD = 40
    QUEUED = 3  # copies waiting for the writer thread, at most (their bytes are held until written)
    WRITTEN = 6  # files written and waiting for their fsync, at most (in the page cache, not held here)

    def __init__(self, store: BlobStore) -> None:
        self._store = store
        self._ids: list[str] = []
        self._unsynced: list[_Unsynced] = []
        self._new_dirs = False
        self._open: list[_Group] = []  # flushed, not yet taken by the caller (``Flushed.result``)
        self._lock = threading.Lock()
        self.unsynced_bytes = 0
        self._queue: queue.Queue[tuple[_Unsynced, bytes] | _Group | None] = queue.Queue(self.QUEUED)
        self._written: queue.Queue[_Unsynced | _Group | None] = queue.Queue(self.WRITTEN)
        self._threads: list[threading.Thread] = []
        self._error: BaseException | None = None

    def _write(self) -> None:
        """The writer thread: seals each copy and writes it; the fsync is the syncer's, so the
        disk's wait for one file overlaps the sealing of the next. Every copy is sealed into the
        same buffer (written out before the next one is sealed)."""
        sealing = bytearray()
        while True:
            job = self._queue.get()
            try:
                if job is None or isinstance(job, _Group):
                    self._written.put(job)  # in order: after the files written before it
                    if job is None:
                        return
                    continue
                pending, data = job
                if self._error is None:
                    assert pending.fh is not None
                    sealed = age.encrypt_bytes_into(data, [pending.blob.identity.recipient], sealing)
                    try:
                        pending.fh.write(sealed)
                    finally:
                        sealed.release()
                    pending.fh.flush()
                self._written.put(pending)
            except BaseException as exc:  # re-raised by put_bytes or the group's result
                self._error = exc
            finally:
                self._queue.task_done()

    def _sync(self) -> None:
        """The syncer thread: fsyncs each written file; makes a group durable once every file
        before it is fsynced (they arrive in put order)."""
        while True:
            job = self._written.get()
            try:
                if job is None:
                    return
                if isinstance(job, _Group):
                    self._make_durable(job)
                    continue
                if job.fh is not None:
                    try:
                        if self._error is None:
                            os.fsync(job.fh.fileno())
                    finally:
                        with contextlib.suppress(OSError):
                            job.fh.close()
                        job.fh = None
            except BaseException as exc:
                self._error = exc
            finally:
                self._written.task_done()

    def _make_durable(self, group: _Group) -> None:
        """On the syncer thread, after the group's files were written and fsynced (both queues are
        in order): rename them into place, fsync their folders, and only then say it is done."""
        try:
            if self._error is not None:
                raise self._error
            folders: dict[Path, None] = {}
            for pending in group.blobs:
                os.replace(pending.temp, pending.target)
                folders[pending.target.parent] = None
            for folder in folders:
                fsutil.fsync_dir(folder)
            if group.new_dirs:
                fsutil.fsync_dir(self._store.root)
            for pending in group.blobs:
                with contextlib.suppress(OSError):
                    os.utime(pending.target, (FIXED_TIME, FIXED_TIME))
            for folder in folders:
                with contextlib.suppress(OSError):
                    os.utime(folder, (FIXED_TIME, FIXED_TIME))
        except BaseException as exc:
            group.error = exc
            self._error = self._error or exc  # the groups after it are not made durable either
        finally:
            group.done.set()

    def _start_writer(self) -> None:
        if not self._threads:
            for target, name in ((self._write, "evidence-blob-writer"), (self._sync, "evidence-blob-syncer")):
                thread = threading.Thread(target=target, name=name, daemon=True)
                thread.start()
                self._threads.append(thread)

    def put_bytes(self, data: bytes, sha256: str | None = None) -> StoredBlob:
        """Seal ``data`` as a new blob, not yet durable. ``sha256`` is its digest when the caller
        has already computed it from these very bytes (on another thread), else it is computed here."""
        if self._error is not None:
            raise self._error
        if not self._ids:
            self._ids = self._store.reserve_ids(self.RESERVE_AHEAD)
        blob_id = self._ids.pop()
        target = self._store.path_of(blob_id)
        if not target.parent.is_dir():
            fsutil.make_private_dir(target.parent)
            self._new_dirs = True
        temp = fsutil.temp_path_for(target)
        digest = sha256 or hashlib.sha256(data).hexdigest()
        pending = _Unsynced(StoredBlob(blob_id, age.Identity.generate(), digest, len(data)), temp, target, None)
        pending.fh = fsutil.open_private_new(temp)
        self._unsynced.append(pending)
        self.unsynced_bytes += len(data)
        self._start_writer()
        self._queue.put((pending, data))
        return pending.blob

    def flush(self) -> Flushed:
        """Hand every blob put since the last flush to the writer to be made durable (above)."""
        group = _Group(self._unsynced, self._new_dirs, threading.Event())
        with self._lock:
            self._open.append(group)
        self._unsynced = []
        self._new_dirs = False
        self.unsynced_bytes = 0
        self._start_writer()
        self._queue.put(group)
        return Flushed(self, group)

    def sync(self) -> list[StoredBlob]:
        """Make every blob put since the last sync durable and wait for it (``flush().result()``)."""
        return self.flush().result()

    def _settled(self, group: _Group) -> None:
        with self._lock:
            if group in self._open:
                self._open.remove(group)

    def discard_unsynced(self) -> None:
        """Remove every blob not yet taken by the caller: those put since the last flush and those
        of every flushed group whose ``result`` was not taken (their temporary files, or the files
        a failed flush had already renamed)."""
        if self._threads:
            self._queue.join()
            self._written.join()
        with self._lock:
            groups, self._open = self._open, []
        for pending in [*(p for g in groups for p in g.blobs), *self._unsynced]:
            if pending.fh is not None:
                with contextlib.suppress(OSError):
                    pending.fh.close()
                pending.fh = None
            for path in (pending.temp, pending.target):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        self._unsynced = []
        self._new_dirs = False
        self.unsynced_bytes = 0
        self._error = None

    def close(self) -> None:
        """Stop the writer and syncer threads (after ``sync`` or ``discard_unsynced``)."""
        if self._threads:
            self._queue.put(None)
            for thread in self._threads:
                thread.join()
            self._threads = []
