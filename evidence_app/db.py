"""The encrypted database: SQLCipher keyed with the raw vault key, settings pinned, migrations.

Never import the standard ``sqlite3`` module anywhere in this project: it links plain SQLite and
would write every record in clear without complaint. A test enforces that.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol, cast

import sqlcipher3.dbapi2 as sqlcipher

from crypto.secret import SecretBytes

from .errors import VaultCorrupt
from .schema import MIGRATIONS

DatabaseError = sqlcipher.DatabaseError


class Cursor(Protocol):
    lastrowid: int | None
    rowcount: int

    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The part of a sqlcipher3 connection this project uses (sqlcipher3 ships no type hints)."""

    in_transaction: bool

    def execute(self, sql: str, parameters: Sequence[Any] | Mapping[str, Any] = ..., /) -> Cursor: ...
    def close(self) -> None: ...


# Pinned so a future SQLCipher with other defaults still opens (and writes) this format.
_CIPHER_SETTINGS = (
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA kdf_iter = 256000",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
    "PRAGMA cipher_use_hmac = ON",
    "PRAGMA cipher_plaintext_header_size = 0",
)
_SESSION_SETTINGS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",  # sort/temp B-trees stay in RAM, never in a temp file
    "PRAGMA journal_mode = DELETE",
    "PRAGMA synchronous = FULL",
    # A worker thread has a connection of its own (worker_connection.py): while one connection
    # commits, a read on the other waits for it rather than failing with "database is locked"
    # (set here, not left to the binding's default of 5 s: a commit's fsync can be slow).
    "PRAGMA busy_timeout = 15000",
)


def open_database(path: Path, key: SecretBytes, create: bool = False) -> Connection:
    if not create:
        # An empty or missing file would open as a brand-new database: never let a damaged vault
        # be silently "recreated" empty.
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise VaultCorrupt(f"the vault database is missing ({path.name})") from None
        if size == 0 or size % 1024:
            raise VaultCorrupt(f"the vault database is truncated or damaged ({path.name}, {size} bytes)")
    if create and not path.exists():
        # Create it owner-only before SQLite does (SQLite would use the umask, often 0644);
        # SQLite gives its journal files the database file's permissions.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = cast(Connection, sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False))
    try:
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise VaultCorrupt("this SQLite build has no encryption (SQLCipher missing); refusing to run")
        _apply_key(conn, key, rekey=False)
        for statement in _CIPHER_SETTINGS:
            conn.execute(statement)
        # SQLCipher logs a failed decryption on stderr; the refusal below says it in one line.
        level = conn.execute("PRAGMA cipher_log_level").fetchone()
        conn.execute("PRAGMA cipher_log_level = NONE")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError:
            raise VaultCorrupt(
                "the vault database cannot be decrypted: it is damaged, belongs to another vault, or the"
                " vault header is an older copy from before the vault was re-keyed"
            ) from None
        finally:
            if level and isinstance(level[0], str) and level[0].isalpha():
                conn.execute(f"PRAGMA cipher_log_level = {level[0]}")
        for statement in _SESSION_SETTINGS:
            conn.execute(statement)
        # SQLCipher zeroes (and tries to mlock) every allocation it frees from now on: page cache,
        # decrypted pages, key material inside SQLite. It is process-wide and, once on, cannot be
        # turned off. A build that does not confirm it is refused rather than run silently weaker.
        conn.execute("PRAGMA cipher_memory_security = ON")
        if memory_security(conn) is not True:
            raise VaultCorrupt("this SQLCipher build cannot wipe the memory it frees; refusing to run")
        if not create and conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            raise VaultCorrupt(f"the vault database is empty or damaged ({path.name})")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


_HEX = b"0123456789abcdef"


def _apply_key(conn: Connection, key: SecretBytes, rekey: bool) -> None:
    """Key (or re-key) the connection with the raw vault key, as SQLCipher's ``x'<hex>'`` literal
    built in a bytearray and wiped right after: no Python ``str`` ever holds the key in hex (a
    ``PRAGMA key`` statement would, and sqlcipher3 keeps statements in its cache)."""
    raw = key.reveal()
    literal = bytearray(3 + 2 * len(raw))
    literal[0:2] = b"x'"
    for i, byte in enumerate(raw):
        literal[2 + 2 * i] = _HEX[byte >> 4]
        literal[3 + 2 * i] = _HEX[byte & 15]
    literal[-1] = ord("'")
    try:
        handle = cast(Any, conn)
        if rekey:
            handle.reset_key(literal)
        else:
            handle.set_key(literal)
    finally:
        literal[:] = bytes(len(literal))


def rekey(conn: Connection, path: Path, new_key: SecretBytes) -> None:
    """Re-encrypt every page of the database under ``new_key`` (SQLCipher's ``PRAGMA rekey``), in
    one transaction: a crash leaves the database wholly under the old key (its rollback journal
    restores it) or wholly under the new one. The rollback journal holds every page as it was,
    under the old key; it is kept (``journal_mode = PERSIST``) so ``scrub_journal`` can overwrite
    it in place before it is deleted, instead of freeing blocks that an old header could read (the
    caller scrubs once the new key is recorded, ``rekey._finish``)."""
    if conn.in_transaction:
        raise RuntimeError("rekey inside a transaction")
    conn.execute("PRAGMA journal_mode = PERSIST")
    _apply_key(conn, new_key, rekey=True)


def scrub_journal(conn: Connection, path: Path) -> None:
    """Overwrite a kept rollback journal with zeros and delete it (back to ``journal_mode =
    DELETE``). Only between transactions: the journal is then not needed for a rollback. On SSDs
    and copy-on-write file systems the old blocks may survive anyway (docs/THREAT_MODEL.md)."""
    if conn.in_transaction:
        return
    journal = path.with_name(path.name + "-journal")
    with contextlib.suppress(FileNotFoundError):
        size = journal.stat().st_size
        with open(journal, "r+b") as fh:
            fh.write(bytes(size))
            fh.flush()
            os.fsync(fh.fileno())
    conn.execute("PRAGMA journal_mode = DELETE")
    with contextlib.suppress(FileNotFoundError):
        journal.unlink()


def memory_security(conn: Connection) -> bool | None:
    """Whether SQLCipher wipes freed memory (None: the build does not know the pragma)."""
    row = conn.execute("PRAGMA cipher_memory_security").fetchone()
    return None if not row else str(row[0]) == "1"


def migrate(conn: Connection) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > len(MIGRATIONS):
        raise VaultCorrupt(f"this vault was written by a newer version (schema {current}); please update the app")
    for version, script in enumerate(MIGRATIONS[current:], start=current + 1):
        with transaction(conn):
            for statement in _split(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(version)}")


def _split(script: str) -> list[str]:
    # Statements are separated by lines holding only ';;' so triggers (with inner ';') stay whole.
    return [s.strip() for s in script.split("\n;;\n") if s.strip()]


# The app shares one connection between the GUI thread and its jobs. Without this lock a second
# thread's change would silently join another thread's open transaction and be rolled back with it
# (or committed half-done). Transactions are short (blob files are written before them), so one lock
# for the process costs little; it is re-entrant so nested use in one thread still joins. It also
# serialises the transactions of a worker thread's own connection (worker_connection.py) with
# those of the vault's: one writer at a time in the process, whichever connection it uses.
_TRANSACTIONS = threading.RLock()
# Work to run right after the outermost COMMIT of a connection (the rollback record, anchor.py),
# keyed by id(conn); dropped on ROLLBACK. Run while the lock is still held, so records are written
# in commit order.
_AFTER_COMMIT: dict[int, dict[str, Callable[[], None]]] = {}


def exclusive() -> threading.RLock:
    """The transaction lock itself, for a change made of several steps (a re-key) that no other
    thread's transaction may come between. Re-entrant: transactions inside it still work."""
    return _TRANSACTIONS


def after_commit(conn: Connection, name: str, action: Callable[[], None]) -> None:
    """Run ``action`` once after the current transaction of ``conn`` commits (not on rollback)."""
    _AFTER_COMMIT.setdefault(id(conn), {})[name] = action


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE .. COMMIT, rolled back on any exception. Nested use in the same thread joins
    the outer one; another thread waits until it has committed or rolled back."""
    with _TRANSACTIONS:
        if conn.in_transaction:
            yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            _AFTER_COMMIT.pop(id(conn), None)
            conn.execute("ROLLBACK")
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            _AFTER_COMMIT.pop(id(conn), None)
            raise
        for action in _AFTER_COMMIT.pop(id(conn), {}).values():
            action()
