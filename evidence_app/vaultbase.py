"""State shared by the vault's parts: the open database, the blob store, the author, the log."""

from __future__ import annotations

import contextlib
import json
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from crypto import header as vault_header
from crypto.secret import SecretBytes

from . import anchor, custody, db, fsutil
from .anchor import ANCHOR_NAME, CustodyHead
from .blobstore import BlobStore
from .model import CustodyEntry, now_utc
from .search import SearchIndex
from .vaultfiles import DB_NAME as DB_NAME
from .vaultfiles import DECOY_WAITING_HEADER
from .vaultfiles import HEADER_NAME as HEADER_NAME

BLOBS_DIR = "blobs"
LOCK_NAME = "vault.lock"
# Written beside the vault by a re-key before its database changes, gone when it completes
# (evidence_app/rekey.py): the new header and the rollback record under the new key.
REKEY_HEADER_NAME = "vault.rekey-header"
REKEY_ANCHOR_NAME = "vault.rekey-anchor"
# Files found in blobs/ that the vault did not write (or whose write it cannot prove it abandoned)
# are moved here, never deleted: a newer database's media after a rollback, sync-conflict copies.
QUARANTINE_DIR = "quarantine"
# The empty decoy vault ``duress setup`` makes before packing it in (evidence_app/duress.py): inside
# the vault folder, so a kill half-way never leaves a second vault beside the real one; the next
# unlock's sweep removes it.
DECOY_SCRATCH_DIR = ".tmp-decoy-vault"
# Everything a vault directory may contain; wipe removes exactly these.
VAULT_ENTRIES = (
    HEADER_NAME,
    DB_NAME,
    f"{DB_NAME}-journal",
    f"{DB_NAME}-wal",
    f"{DB_NAME}-shm",
    BLOBS_DIR,
    LOCK_NAME,
    ANCHOR_NAME,
    QUARANTINE_DIR,
    REKEY_HEADER_NAME,
    REKEY_ANCHOR_NAME,
    DECOY_SCRATCH_DIR,
)


class VaultBase:
    root: Path
    header: vault_header.VaultHeader
    conn: db.Connection
    blobs: BlobStore
    _vault_key: SecretBytes
    _closed: bool
    _workers: list[Callable[[], None]]
    _workers_lock: threading.Lock

    @property
    def author(self) -> str:
        return self.get_meta("author") or "unknown"

    @property
    def search_index(self) -> SearchIndex:
        """The full-text index, in this vault's database (records, media and merge put into it)."""
        return SearchIndex(self.conn)

    def close_workers(self) -> None:
        """Close every worker connection opened on this vault (worker_connection.py); each waits
        for a transaction in progress on it to end, so none is cut in half."""
        with self._workers_lock:
            closers, self._workers = self._workers, []
        for close in closers:
            close()

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def log(
        self, action: custody.Action, object_kind: str, object_id: str, detail: dict[str, Any] | None = None
    ) -> CustodyEntry:
        """Append to the custody log. Call inside the transaction of the change it records, so a
        change and its log entry commit together or not at all."""
        detail = detail or {}
        with db.transaction(self.conn):
            row = self.conn.execute("SELECT seq, hash FROM custody ORDER BY seq DESC LIMIT 1").fetchone()
            seq, prev = (1, custody.GENESIS) if row is None else (int(row[0]) + 1, str(row[1]))
            at = now_utc()
            actor = self.author
            digest = custody.entry_hash(seq, at, actor, action.value, object_kind, object_id, detail, prev)
            db.after_commit(self.conn, "anchor", self._write_anchor)
            self.conn.execute(
                "INSERT INTO custody(seq, at, actor, action, object_kind, object_id, detail, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    seq,
                    at,
                    actor,
                    action.value,
                    object_kind,
                    object_id,
                    json.dumps(detail, sort_keys=True, ensure_ascii=False),
                    prev,
                    digest,
                ),
            )
        return CustodyEntry(seq, at, actor, action.value, object_kind, object_id, detail, prev, digest)

    def custody_head(self) -> CustodyHead | None:
        row = self.conn.execute("SELECT seq, hash FROM custody ORDER BY seq DESC LIMIT 1").fetchone()
        return None if row is None else CustodyHead(int(row[0]), str(row[1]))

    def _anchor_key(self) -> SecretBytes:
        return vault_header.subkey(self._vault_key, anchor.SUBKEY_PURPOSE)

    def _write_anchor(self) -> None:
        """After a commit that logged: record the new custody head beside the header. A failed
        write leaves the record behind the database, which unlocking accepts and catches up."""
        head = self.custody_head()
        vault_id = self.get_meta("vault_id")
        if head is None or vault_id is None:
            return
        with contextlib.suppress(OSError):
            anchor.write(self.root, self._anchor_key(), vault_id, head)

    def custody_entries(self, object_id: str | None = None) -> Iterator[CustodyEntry]:
        sql = "SELECT seq, at, actor, action, object_kind, object_id, detail, prev_hash, hash FROM custody"
        params: tuple[str, ...] = ()
        if object_id is not None:
            sql += " WHERE object_id = ?"
            params = (object_id,)
        for r in self.conn.execute(sql + " ORDER BY seq", params):
            yield CustodyEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7], r[8])


def crypto_erase(root: Path) -> None:
    """Overwrite the header's bytes where they lie and delete it (the only copy of the wrapped
    keys), then delete every other vault file and the folder if it is then empty. No checks: the
    callers (``vault.wipe``, a duress unlock whose decoy cannot be read) have made them."""
    # Every file holding a wrapped key: the header, a re-key's waiting one, a duress switch's.
    for keyed in (root / HEADER_NAME, root / REKEY_HEADER_NAME, root / DECOY_WAITING_HEADER):
        with contextlib.suppress(FileNotFoundError):
            fsutil.overwrite_in_place(keyed)
        fsutil.durable_unlink(keyed)
    for name in VAULT_ENTRIES:
        path = root / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    fsutil.remove_stale_temps(root)
    with contextlib.suppress(OSError):
        root.rmdir()
