"""Opening, creating, checking, re-keying and wiping a vault.

A vault is a directory::

    vault.header   the only copy of the wrapped vault key (see crypto.header)
    vault.db       SQLCipher database: every record, blob identities, the signing key, custody log
    blobs/xx/*.age media bytes, each an age file to its own identity
    vault.lock     held (flock) by the one process that has the vault open

``Vault`` is the lifecycle (create, open, lock, wipe), the keys (slots, recovery key, re-key) and
``check``. Records and media are not methods of it: they are functions over an open vault, one
module per kind in records/ (``persons.add_person(vault, ...)``) and media_service.py.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import secrets
import shutil
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, BinaryIO

from crypto import header as vault_header
from crypto import kdf, recovery
from crypto.age import Identity
from crypto.errors import BadRecoveryKey, HeaderCorrupt, UnsupportedFormat, WrongSecret
from crypto.secret import SecretBytes, SecretStr
from crypto.signing import SigningKeyPair

from . import anchor, db, decoy, fsutil, rekey
from .anchor import ANCHOR_NAME, CustodyHead
from .blobstore import BlobStore
from .custody import Action, verify_chain
from .errors import (
    EvidenceError,
    IntegrityError,
    InvalidInput,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from .model import CheckReport, now_utc
from .strength import MIN_PASSPHRASE
from .vaultbase import (
    BLOBS_DIR,
    DB_NAME,
    DECOY_SCRATCH_DIR,
    HEADER_NAME,
    LOCK_NAME,
    QUARANTINE_DIR,
    VaultBase,
    crypto_erase,
)
from .vaultfiles import DECOY_WAITING_HEADER
from .vaultfiles import failed_unlock_status as failed_unlock_status
from .vaultfiles import read_header as read_header

# The failed-unlock limits a person may choose (the header format's own list).
UNLOCK_LIMITS = vault_header.UNLOCK_LIMITS


class VaultLock:
    """An exclusive, non-blocking OS lock on ``vault.lock``; released when the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fh: IO[bytes] | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, fsutil.FILE_MODE)
        fh = os.fdopen(fd, "r+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise VaultInUse("the vault is in use by another Evidence Vault window or command") from None
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()  # closing the descriptor drops flock/msvcrt locks
            self._fh = None


def check_new_passphrase(passphrase: SecretStr) -> None:
    if len(passphrase.reveal()) < MIN_PASSPHRASE:
        raise InvalidInput(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    if not passphrase.reveal().strip():
        raise InvalidInput("the passphrase must not be only spaces")


class Vault(VaultBase):
    """An open, unlocked vault. Use as a context manager, or call ``close``."""

    def __init__(
        self,
        root: Path,
        header: vault_header.VaultHeader,
        vault_key: SecretBytes,
        lock: VaultLock,
        conn: db.Connection,
    ) -> None:
        self.root = root
        self.header = header
        self._vault_key = vault_key
        self._lock = lock
        self.conn = conn
        self.blobs = BlobStore(root / BLOBS_DIR, reserve=self._reserve_blobs)
        self._closed = False
        # True when this session was unlocked with the recovery key: the person has probably
        # forgotten the passphrase, and the app asks for a new one straight away.
        self.opened_with_recovery_key = False
        # Said to the person after unlocking: failed attempts since the last unlock, a counter reset.
        self.unlock_warnings: list[str] = []
        # The same facts as numbers, for the desktop app to say in its own (translated) words.
        self.failed_unlocks_before = 0
        self.counter_reset: tuple[int, int] | None = None  # (what it read, what the last unlock left)
        self.rekey_resumed: rekey.Resumed | None = None  # this unlock settled an interrupted re-key
        # Worker threads' own connections (worker_connection.py): closed before this one, and before a re-key.
        self._workers: list[Callable[[], None]] = []
        self._workers_lock = threading.Lock()

    # --- lifecycle -----------------------------------------------------------------------------

    @classmethod
    def create(
        cls, root: Path, passphrase: SecretStr, author: str = "", params: kdf.Argon2Params | None = None
    ) -> tuple[Vault, SecretStr]:
        """Create a vault in ``root`` (new or empty). Returns it open, and the recovery key, which
        is shown to the person once and stored nowhere."""
        check_new_passphrase(passphrase)
        root = root.expanduser()
        if (root / HEADER_NAME).exists() or (root / DB_NAME).exists():
            raise VaultExists(f"there is already a vault at {root}")
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            raise VaultExists(f"{root} exists and is not an empty directory")
        fsutil.make_private_dir(root)
        lock = VaultLock(root / LOCK_NAME)
        lock.acquire()
        try:
            keys = vault_header.create(passphrase, now_utc(), params)
            conn = db.open_database(root / DB_NAME, keys.vault_key, create=True)
            vault = cls(root, keys.header, keys.vault_key, lock, conn)
            fsutil.make_private_dir(root / BLOBS_DIR)
            with db.transaction(conn):
                vault.set_meta("vault_id", keys.header.vault_id)
                vault.set_meta("author", author.strip() or "unknown")
                vault.set_meta("created", keys.header.created)
                vault.set_meta("anchored", "1")  # from now on a missing rollback record is refused
                vault.set_meta("signing_key", SigningKeyPair.generate().private.reveal().hex())
                vault.log(Action.CREATE_VAULT, "vault", keys.header.vault_id)
            # The header is written last: until it exists, there is no vault to open, and a crash
            # leaves only an unreadable database that a new `init` refuses to overwrite by accident.
            fsutil.atomic_write_bytes(root / HEADER_NAME, keys.header.to_bytes())
        except BaseException:
            lock.release()
            raise
        return vault, keys.recovery_key

    @classmethod
    def open(
        cls,
        root: Path,
        passphrase: SecretStr | None = None,
        recovery_key: SecretStr | None = None,
        *,
        adopt_database: bool = False,
    ) -> Vault:
        """Unlock. ``adopt_database`` (restore only) accepts the database as the newest state and
        records a fresh rollback record for it, instead of comparing it with the one on disk."""
        root = root.expanduser()
        if not root.is_dir():
            raise VaultNotFound(f"no vault at {root} (create one with 'evidence-app init')")
        header = read_header(root)
        lock = VaultLock(root / LOCK_NAME)
        lock.acquire()
        try:
            header = read_header(root)  # re-read under the lock: a passphrase change may have raced us
            counted = header
            try:
                if recovery_key is not None:
                    recovery.parse(recovery_key)  # a typo is reported before it counts as an attempt
                elif passphrase is None:
                    raise InvalidInput("a passphrase or a recovery key is needed to unlock the vault")
                counted = _count_attempt(root, header)
                unlocked, vault_key, opened = _unlock(root, counted, passphrase, recovery_key)
                from_pending, counted = unlocked is not counted, unlocked
                if opened is not None and opened.duress:
                    # The duress passphrase: the real vault is crypto-erased and the decoy takes
                    # its place; from here on this is an ordinary unlock of the decoy.
                    try:
                        counted = decoy.switch_to_decoy(root, counted, opened)
                    finally:
                        opened.kek.wipe()
                    adopt_database = True
                elif opened is not None:
                    opened.kek.wipe()
            except WrongSecret as exc:
                if counted.limit_reached():
                    lock.release()
                    wipe(root)
                    raise WrongPassphrase(
                        f"{exc}: that was failed unlock {counted.failures_since_unlock} of {counted.unlock_limit},"
                        " so the vault has been wiped"
                    ) from None
                if counted.unlock_limit:
                    raise WrongPassphrase(
                        f"{exc} (failed unlock {counted.failures_since_unlock} of {counted.unlock_limit};"
                        " at the limit the vault is wiped)"
                    ) from None
                raise WrongPassphrase(str(exc)) from None
            except BadRecoveryKey as exc:
                raise WrongPassphrase(str(exc)) from None
            except (HeaderCorrupt, UnsupportedFormat) as exc:
                raise VaultCorrupt(f"{exc} ({root / HEADER_NAME})") from None
            try:
                conn = db.open_database(root / DB_NAME, vault_key)
            except VaultCorrupt:
                if not decoy.resume_switch(root, vault_key):  # a duress unlock a crash interrupted
                    better = rekey.explain_undecryptable(root, key_from_pending=from_pending)
                    if better is None:
                        raise
                    raise better from None
                conn = db.open_database(root / DB_NAME, vault_key)
                adopt_database = True
            vault = cls(root, counted, vault_key, lock, conn)
            vault.opened_with_recovery_key = recovery_key is not None
            try:
                vault._verify_identity()
                if not adopt_database:
                    vault._verify_anchor()
                vault.rekey_resumed = rekey.resume(vault)  # a re-key a crash interrupted: completed or undone
                if vault.rekey_resumed is not None:
                    vault.unlock_warnings.append(vault.rekey_resumed.message)
                detail = vault._settle_counter(header)
                vault._migrate_header()
                vault._sweep_leftovers()
                vault.log(
                    Action.UNLOCK_RECOVERY if recovery_key is not None else Action.UNLOCK,
                    "vault",
                    header.vault_id,
                    detail,
                )
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        return vault

    def _settle_counter(self, before: vault_header.VaultHeader) -> dict[str, object]:
        """After a successful unlock: report failed attempts since the last one and a counter that
        was set back, then let the authenticated copy catch up (one header write)."""
        detail: dict[str, object] = {}
        if before.counter_was_reset:
            self.unlock_warnings.append(
                f"the failed-unlock counter was set back (it read {before.unlock_failures}, the last unlock"
                f" left it at {before.unlock_seen}): someone may have tried passphrases and hidden it"
            )
            detail["failed_unlock_counter_reset"] = [before.unlock_failures, before.unlock_seen]
            self.counter_reset = (before.unlock_failures, before.unlock_seen)
        elif before.failures_since_unlock:
            self.unlock_warnings.append(
                f"{before.failures_since_unlock} failed unlock attempt(s) since the last unlock"
            )
            detail["failed_unlocks"] = before.failures_since_unlock
            self.failed_unlocks_before = before.failures_since_unlock
        if self.header.unlock_limit or self.header.unlock_seen != self.header.unlock_failures:
            settled = self.header.settled(self._vault_key)
            fsutil.atomic_write_bytes(self.root / HEADER_NAME, settled.to_bytes())
            self.header = settled
        return detail

    def _migrate_header(self) -> None:
        """A version-1 header becomes version 2 at its first unlock (same slots, random ones
        added: crypto.header ``migrated``); needs only the vault key, so any unlock does it."""
        if self.header.version == vault_header.HEADER_VERSION:
            return
        migrated = self.header.migrated(self._vault_key)
        fsutil.atomic_write_bytes(self.root / HEADER_NAME, migrated.to_bytes())
        self.header = migrated

    def set_failed_unlock_limit(self, limit: int) -> None:
        """Wipe the vault after ``limit`` failed unlocks in a row (5, 10 or 20; 0 turns it off).
        Counting starts now; the limit is covered by the header MAC."""
        try:
            new_header = read_header(self.root).with_unlock_limit(limit, self._vault_key)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        except HeaderCorrupt as exc:
            raise VaultCorrupt(f"{exc} ({self.root / HEADER_NAME})") from None
        with db.transaction(self.conn):
            self.log(Action.EDIT, "vault", self.vault_id, {"failed_unlock_limit": limit})
            fsutil.atomic_write_bytes(self.root / HEADER_NAME, new_header.to_bytes())
        self.header = new_header

    @property
    def failed_unlock_limit(self) -> int:
        return self.header.unlock_limit

    def _verify_identity(self) -> None:
        stored = self.get_meta("vault_id")
        if stored != self.header.vault_id:
            raise VaultCorrupt("the vault database does not belong to this vault header")

    def _verify_anchor(self) -> None:
        """Refuse a database that is behind the rollback record (anchor.py), before anything is
        swept, deleted or logged: nothing on disk is touched."""
        try:
            recorded = rekey.recorded_anchor(self)
        except anchor.AnchorDamaged as exc:
            raise VaultCorrupt(f"{exc}; nothing was changed") from None
        if recorded is None:
            if self.get_meta("anchored"):
                raise VaultCorrupt(
                    f"the rollback record {ANCHOR_NAME} is missing, so this database cannot be shown to be"
                    " the newest one (it may be an older copy put back); put the record back from where"
                    " the vault was, or restore a backup; nothing was changed"
                )
            return  # a vault from before rollback records: the unlock below writes its first one
        head = self.custody_head()
        at_recorded = self.conn.execute("SELECT hash FROM custody WHERE seq = ?", (recorded.seq,)).fetchone()
        if head is None or head.seq < recorded.seq:
            have = 0 if head is None else head.seq
            stray = len(self.blobs.stray_files({r[0] for r in self.conn.execute("SELECT id FROM blobs")}))
            raise VaultCorrupt(
                f"the vault database is older than this vault: its custody log ends at entry {have}, but"
                f" the vault had reached {recorded.short()}; entries {have + 1}-{recorded.seq} are missing"
                f" (with any records and media they added; {stray} blob file(s) on disk belong to no record"
                f" in this database). Put the newer {DB_NAME} back or restore a backup; nothing was changed"
            )
        if at_recorded is None or not hmac.compare_digest(str(at_recorded[0]), recorded.hash):
            raise VaultCorrupt(
                f"the vault database's custody log differs from this vault's at {recorded.short()}: it is"
                f" another copy of the vault, not its newest state. Put the newer {DB_NAME} back or restore"
                " a backup; nothing was changed"
            )

    def _reserve_blobs(self, blob_ids: Sequence[str]) -> None:
        # One transaction (one durable commit) for however many ids: a batch of photos reserves
        # all its ids at once instead of paying a full-sync commit per blob (#18).
        with db.transaction(self.conn):
            for blob_id in blob_ids:
                self.conn.execute("INSERT OR IGNORE INTO pending_blobs(id) VALUES (?)", (blob_id,))

    def quarantined(self) -> list[str]:
        folder = self.root / QUARANTINE_DIR
        return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []

    def _quarantine(self, path: Path) -> str:
        folder = self.root / QUARANTINE_DIR
        fsutil.make_private_dir(folder)
        base = "_".join(path.relative_to(self.root / BLOBS_DIR).parts)
        target = folder / base
        while target.exists():
            target = folder / f"{secrets.token_hex(3)}-{base}"
        os.replace(path, target)
        fsutil.fsync_dir(folder)
        fsutil.fsync_dir(path.parent)
        with contextlib.suppress(OSError):
            path.parent.rmdir()
        return target.name

    def _sweep_leftovers(self) -> None:
        """After a crash: remove temporary files, the blob files whose id was recorded as pending
        before their write and never got a row (or whose row was deleted), and half-written
        exports, backups and transfers a killed process left outside the vault. Any other file in
        blobs/ is moved to quarantine/ and logged, never deleted: it may be a newer database's
        media (a rollback) or a sync-conflict copy, and it never stops the vault from opening."""
        for pending in self._pending_outputs():
            path = Path(pending)
            if path.name.startswith(fsutil.TEMP_PREFIX):
                with contextlib.suppress(OSError):
                    path.unlink()
        with db.transaction(self.conn):
            self.conn.execute("DELETE FROM meta WHERE key = 'pending_outputs'")
        fsutil.remove_stale_temps(self.root)
        shutil.rmtree(self.root / DECOY_SCRATCH_DIR, ignore_errors=True)  # a duress setup killed half-way
        self.blobs.clean_temps()
        known = {r[0] for r in self.conn.execute("SELECT id FROM blobs")} | decoy.decoy_files(
            self.get_meta(decoy.META_KEY)
        )
        reserved = {r[0] for r in self.conn.execute("SELECT id FROM pending_blobs")}
        moved: list[str] = []
        for path, blob_id in self.blobs.stray_files(known):
            if blob_id is not None and blob_id in reserved:
                self.blobs.discard(blob_id)
            else:
                try:
                    moved.append(self._quarantine(path))
                except OSError:
                    continue  # left where it is; never a reason not to open
        with db.transaction(self.conn):
            self.conn.execute("DELETE FROM pending_blobs")
            if moved:
                self.log(Action.QUARANTINE, "vault", self.vault_id, {"files": moved})

    def _pending_outputs(self) -> list[str]:
        raw = self.get_meta("pending_outputs")
        return list(json.loads(raw)) if raw else []

    def _set_pending_outputs(self, paths: list[str]) -> None:
        with db.transaction(self.conn):
            if paths:
                self.set_meta("pending_outputs", json.dumps(paths))
            else:
                self.conn.execute("DELETE FROM meta WHERE key = 'pending_outputs'")

    def check_output_target(self, target: Path) -> Path:
        """A new file outside the vault folder for a backup, export, transfer or media copy. One
        inside it would be left behind by ``wipe`` and by a duress unlock (only the vault's own
        files go), beside the decoy for anyone to see."""
        target = target.expanduser()
        if target.exists() or target.is_symlink():
            raise InvalidInput(f"{target} already exists; choose a new file name")
        if not target.parent.is_dir():
            raise InvalidInput(f"the folder {target.parent} does not exist")
        self._refuse_inside(target)
        return target

    def _refuse_inside(self, target: Path) -> None:
        if target.parent.resolve().is_relative_to(self.root.resolve()):
            raise InvalidInput(
                f"{target} is inside the vault folder, where wiping the vault would leave it behind;"
                " choose a folder outside the vault"
            )

    @contextlib.contextmanager
    def output_writer(self, target: Path) -> Iterator[BinaryIO]:
        """``fsutil.atomic_writer`` for files written outside the vault (exports, backups,
        transfers, media copies). The temporary name is committed to the vault before the first
        byte, so if the process is killed mid-write the next unlock deletes the partial file:
        no half-written bundle is ever left next to the researcher's files."""
        self._refuse_inside(target.expanduser())
        tmp = fsutil.temp_path_for(target.expanduser())
        self._set_pending_outputs([*self._pending_outputs(), str(tmp)])
        try:
            with fsutil.atomic_writer(target.expanduser(), temp=tmp) as fh:
                yield fh
        finally:
            self._set_pending_outputs([p for p in self._pending_outputs() if p != str(tmp)])

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.close_workers()
        with contextlib.suppress(Exception):
            self.conn.close()
        self._lock.release()
        self._vault_key.wipe()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # --- keys ----------------------------------------------------------------------------------

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    def signing_keypair(self) -> SigningKeyPair:
        hex_key = self.get_meta("signing_key")
        if not hex_key:
            raise VaultCorrupt("the vault has no signing key")
        return SigningKeyPair.from_private(SecretBytes(bytes.fromhex(hex_key)))

    def subkey(self, purpose: str) -> SecretBytes:
        return vault_header.subkey(self._vault_key, purpose)

    def change_passphrase(self, new_passphrase: SecretStr, params: kdf.Argon2Params | None = None) -> None:
        """Re-wrap the vault key under a new passphrase. Only the header is rewritten (atomically):
        after a crash either the old or the new passphrase opens the vault."""
        check_new_passphrase(new_passphrase)
        try:
            new_header = vault_header.change_passphrase(self.header, self._vault_key, new_passphrase, params)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        with db.transaction(self.conn):
            self.log(Action.PASSPHRASE_CHANGE, "vault", self.vault_id)
            fsutil.atomic_write_bytes(self.root / HEADER_NAME, new_header.to_bytes())
        self.header = new_header

    def rekey(self, new_passphrase: SecretStr, params: kdf.Argon2Params | None = None) -> SecretStr:
        """A new vault key: the database is re-encrypted under it, the header rewritten with the new
        passphrase and a new recovery key (returned, to show once). Old header copies no longer open
        the database. Crash-safe: see evidence_app/rekey.py."""
        check_new_passphrase(new_passphrase)
        return rekey.rekey(self, new_passphrase, params)

    def rotate_recovery_key(self) -> SecretStr:
        """A new recovery key (returned, to show once); the old one no longer opens the vault."""
        return rekey.rotate_recovery_key(self)

    def verify_passphrase(self, passphrase: SecretStr) -> None:
        """Raise WrongPassphrase unless ``passphrase`` opens this vault's current header. Used
        before a change from an already unlocked session, so a person who finds the laptop
        unlocked cannot lock its owner out. Costs one Argon2id run."""
        try:
            key = read_header(self.root).unlock_with_passphrase(passphrase)
        except WrongSecret as exc:
            raise WrongPassphrase(str(exc)) from None
        except (HeaderCorrupt, UnsupportedFormat) as exc:
            raise VaultCorrupt(f"{exc} ({self.root / HEADER_NAME})") from None
        if not hmac.compare_digest(key.reveal(), self._vault_key.reveal()):
            raise WrongPassphrase("that passphrase opens a different vault")

    def set_author(self, author: str) -> None:
        if not author.strip():
            raise InvalidInput("the author name must not be empty")
        with db.transaction(self.conn):
            self.set_meta("author", author.strip())

    # --- integrity -----------------------------------------------------------------------------

    def check(self, verify_blobs: bool = True) -> CheckReport:
        report = CheckReport()
        try:
            on_disk = read_header(self.root)
            on_disk.verify_mac(self._vault_key)
            report.checked.append("header")
        except (EvidenceError, HeaderCorrupt) as exc:
            report.problems.append(f"header: {exc}")
        try:
            rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                report.problems.extend(f"database: {r}" for r in rows[:20])
            cipher = [str(r[0]) for r in self.conn.execute("PRAGMA cipher_integrity_check")]
            report.problems.extend(f"database: {r}" for r in cipher[:20])
            report.checked.append("database")
        except db.DatabaseError as exc:
            report.problems.append(f"database: {exc}")
        if verify_blobs:
            try:
                rows = self.conn.execute("SELECT id, identity, sha256 FROM blobs ORDER BY id").fetchall()
            except db.DatabaseError as exc:
                report.problems.append(f"blobs: the blob table cannot be read ({exc})")
                rows = []
            for blob_id, identity, sha in rows:
                try:
                    self.blobs.read_into(blob_id, Identity(SecretStr(identity)), None, sha)
                except IntegrityError as exc:
                    report.problems.append(f"blob: {exc}{self._blob_owner(blob_id)}")
            report.checked.append(f"{len(rows)} blobs")
        try:
            recorded = anchor.read(self.root, self._anchor_key(), self.vault_id)
            head = self.custody_head()
            if recorded is None:
                report.problems.append(f"rollback record: {ANCHOR_NAME} is missing")
            elif head is None or head.seq < recorded.seq:
                report.problems.append(f"rollback record: the database is behind {recorded.short()}")
            else:
                report.checked.append("rollback record")
        except anchor.AnchorDamaged as exc:
            report.problems.append(f"rollback record: {exc}")
        for name in self.quarantined():
            report.notes.append(f"quarantined file {QUARANTINE_DIR}/{name} (found in blobs/, belongs to no record)")
        try:
            broken = verify_chain(self.custody_entries())
            if broken:
                report.problems.append(broken)
            report.checked.append("custody log")
        except db.DatabaseError as exc:
            report.problems.append(f"custody log: cannot be read ({exc})")
        return report

    def check_against(self, recorded: CustodyHead, source: str) -> str | None:
        """None when this vault's custody log still holds ``recorded`` (an anchor carried by a
        bundle, transfer package or backup), else a sentence saying how it differs. With an intact
        chain (``check``), a matching entry proves every entry up to it is unchanged."""
        row = self.conn.execute("SELECT hash FROM custody WHERE seq = ?", (recorded.seq,)).fetchone()
        if row is None:
            head = self.custody_head()
            return (
                f"custody log: {source} recorded {recorded.short()}, but the log ends at entry"
                f" {0 if head is None else head.seq}: entries were removed"
            )
        if not hmac.compare_digest(str(row[0]), recorded.hash):
            return (
                f"custody log: entry {recorded.seq} differs from the one {source} recorded"
                f" ({recorded.hash[:16]}…): the log up to that entry was rewritten"
            )
        return None

    def _blob_owner(self, blob_id: str) -> str:
        with contextlib.suppress(db.DatabaseError):
            row = self.conn.execute(
                "SELECT id FROM media WHERE original_blob = ?1"
                " UNION SELECT media_id FROM media_versions WHERE blob = ?1",
                (blob_id,),
            ).fetchone()
            if row:
                return f" (media item {row[0]})"
        return ""


def _unlock(
    root: Path, header: vault_header.VaultHeader, passphrase: SecretStr | None, recovery_key: SecretStr | None
) -> tuple[vault_header.VaultHeader, SecretBytes, vault_header.Unlocked | None]:
    """The vault key from ``header`` (and, for a passphrase, what it opened: a duress slot says
    so); when the secret does not open it, the header an interrupted re-key left waiting beside it
    (evidence_app/rekey.py) is tried, and returned if it opens."""
    try:
        if recovery_key is not None:
            return header, header.unlock_with_recovery_key(recovery_key), None
        assert passphrase is not None
        opened = header.open_with_passphrase(passphrase)
        return header, opened.key, opened
    except WrongSecret:
        pending = rekey.unlock_pending(root, header.vault_id, passphrase, recovery_key)
        if pending is None:
            raise
        return pending[0], pending[1], None


def _count_attempt(root: Path, header: vault_header.VaultHeader) -> vault_header.VaultHeader:
    """With a failed-unlock limit on, the attempt is written to the header *before* the passphrase
    is tried, so killing the process during the key derivation does not save a guess. Refuses to
    try the passphrase at all when the count cannot be written."""
    if not header.unlock_limit:
        return header
    counted = header.with_failure_counted()
    try:
        fsutil.atomic_write_bytes(root / HEADER_NAME, counted.to_bytes())
    except OSError as exc:
        raise VaultCorrupt(
            f"the failed-unlock counter cannot be written ({exc.strerror or exc}); the passphrase was not tried"
        ) from None
    return counted


def wipe(root: Path) -> None:
    """Crypto-erase a vault: overwrite and delete the header (the only copy of the wrapped key),
    then delete the database and blobs. Works without the passphrase (a panic wipe must be fast
    and possible when the researcher cannot type it) and refuses a directory that is not a vault."""
    root = root.expanduser()
    header_path = root / HEADER_NAME
    try:
        magic = _magic_of(header_path)
    except FileNotFoundError:
        raise VaultNotFound(f"no vault at {root}") from None
    # A duress unlock killed between erasing the real header and renaming the decoy's into its
    # place leaves random bytes under the header's name and the decoy's header waiting beside it.
    # That folder is a vault all the same, and a panic wipe must never be refused there.
    if magic != vault_header.MAGIC and _magic_of(root / DECOY_WAITING_HEADER, missing=b"") != vault_header.MAGIC:
        raise VaultCorrupt(f"{header_path} is not an Evidence Vault header; nothing was wiped")
    crypto_erase(root)


def _magic_of(path: Path, missing: bytes | None = None) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(vault_header.MAGIC))
    except FileNotFoundError:
        if missing is None:
            raise
        return missing
