"""A worker thread's own view of the open vault: the same vault, a database connection of its own.

The window's GUI thread and its short jobs share the vault's one SQLCipher connection. A long
background job (reading the text in every photo after an import) must not share it: a sqlcipher3
connection's statement cache is not safe for use from two threads at once (a KeyError inside it,
seen when a background reading ran beside the window's own queries). ``open_worker`` opens a second
connection to the same database file, keyed with a copy of the vault key, for one thread only.

What must hold:

* writes stay one at a time: every transaction, on either connection, takes ``db.transaction``'s
  process-wide lock; SQLite's file locks (and ``busy_timeout``) make a read on one connection wait
  while the other commits, instead of failing;
* the vault closes every worker it opened before its own connection (a lock) and before a re-key
  (the worker's key would be the old one); closing waits for a transaction in progress on the
  worker to end (they are short), so a lock never leaves half of one written; one cut anyway (the
  wait timed out) is rolled back by SQLite. The worker's key copy is wiped when it closes;
* a worker never outlives its vault: once closed, every use of it fails (the connection is closed
  and the key wiped) and the thread stops.
"""

from __future__ import annotations

import contextlib
import threading
from types import TracebackType

from crypto.secret import SecretBytes

from . import db
from .errors import EvidenceError
from .vault import Vault
from .vaultbase import DB_NAME

CLOSE_WAIT_SECONDS = 10.0
"""How long closing a worker waits for its transaction in progress (a reading is stored in a few ms)."""


class WorkerVault(Vault):
    """The owner vault, seen through a connection of this thread's own; ``close`` leaves the owner open."""

    def __init__(self, owner: Vault, key: SecretBytes, conn: db.Connection) -> None:
        super().__init__(owner.root, owner.header, key, owner._lock, conn)
        self._owner = owner
        self._close_lock = threading.Lock()

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close the connection (after a transaction in progress on it) and wipe the key copy; the
        owner's folder lock and key are not touched."""
        with self._close_lock:
            if self._closed:
                return
            self._closed = True
            waited = db.exclusive().acquire(timeout=CLOSE_WAIT_SECONDS)
            try:
                with contextlib.suppress(Exception):  # closing goes on: the key is wiped below
                    self.conn.close()
            finally:
                if waited:
                    db.exclusive().release()
                self._vault_key.wipe()
        with self._owner._workers_lock, contextlib.suppress(ValueError):
            self._owner._workers.remove(self.close)

    def __enter__(self) -> WorkerVault:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def open_worker(owner: Vault) -> WorkerVault:
    """A connection of the calling thread's own to ``owner``'s database, closed with the owner.
    Opened under the transaction lock, so never in the middle of a re-key (which holds it): the key
    copied is the one the database is under."""
    with db.exclusive(), owner._workers_lock:
        if owner._closed:
            raise EvidenceError("the vault is locked")
        key = SecretBytes(owner._vault_key.reveal())
        try:
            conn = db.open_database(owner.root / DB_NAME, key)
        except BaseException:
            key.wipe()
            raise
        worker = WorkerVault(owner, key, conn)
        owner._workers.append(worker.close)
    return worker
