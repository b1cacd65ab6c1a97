"""The decoy vault that a duress passphrase opens, and the switch to it.

Where the decoy lives: inside the real vault's folder, in the shape of everything else there. Its
media are ordinary blob files in ``blobs/`` (age files under random names, exactly like the real
vault's), and its SQLCipher database travels as one more age file in ``blobs/``, under a name and
to an identity both derived from the decoy vault key. Only the real vault's database (meta
``duress_blobs``, so its sweep neither quarantines nor deletes them) and the duress slot of the
header know which files these are. ``evidence_app/duress.py`` packs a decoy in (``duress setup``).

When the duress passphrase is typed, ``Vault.open`` calls ``switch_to_decoy`` right after the one
key derivation every unlock runs: the decoy database is decrypted next to the real one; the real
header's bytes are overwritten where they lie (the crypto-erase of ``wipe``) and a header for the
decoy takes its place (same shape, parameters and failed-unlock state, see
``crypto.header.decoy_header``); the decoy database replaces the real one, the real rollback
record and quarantine go, and every blob file the decoy does not use is deleted. The unlock then
goes on as any other, on the decoy: nothing is printed or shown that a normal unlock would not show.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from crypto import age
from crypto import header as vault_header
from crypto.secret import SecretBytes

from . import db, fsutil
from .anchor import ANCHOR_NAME
from .blobstore import FIXED_TIME, BlobStore
from .errors import VaultCorrupt
from .vaultbase import (
    BLOBS_DIR,
    DB_NAME,
    HEADER_NAME,
    QUARANTINE_DIR,
    REKEY_ANCHOR_NAME,
    REKEY_HEADER_NAME,
    crypto_erase,
)
from .vaultfiles import DECOY_WAITING_HEADER

META_KEY = "duress_blobs"  # in the real vault's database: the decoy's files in blobs/
_PACKAGE_ID = "decoy-package-id"
_PACKAGE_IDENTITY = "decoy-package-identity"
_STAGED = f"{fsutil.TEMP_PREFIX}decoy-db"  # removed by the next unlock's sweep if left behind
_WAITING_HEADER = DECOY_WAITING_HEADER  # TEMP_PREFIX: swept after an unlock, gone with crypto_erase


def package_id(decoy_key: SecretBytes) -> str:
    """The blob name of the decoy's database: 128 bits derived from the decoy key."""
    derived = vault_header.subkey(decoy_key, _PACKAGE_ID)
    try:
        return derived.reveal()[:16].hex()
    finally:
        derived.wipe()


def package_identity(decoy_key: SecretBytes) -> age.Identity:
    seed = vault_header.subkey(decoy_key, _PACKAGE_IDENTITY)
    try:
        return age.Identity.from_seed(seed)
    finally:
        seed.wipe()


def write_package(blobs: BlobStore, decoy_key: SecretBytes, database: Path) -> str:
    """Encrypt the (closed) decoy database file into ``blobs`` as an ordinary-looking blob."""
    blob_id = package_id(decoy_key)
    target = blobs.path_of(blob_id)
    fsutil.make_private_dir(target.parent)
    with open(database, "rb") as src, fsutil.atomic_writer(target) as fh:
        age.encrypt_stream(src, fh, [package_identity(decoy_key).recipient])
    with contextlib.suppress(OSError):
        os.utime(target, (FIXED_TIME, FIXED_TIME))
        os.utime(target.parent, (FIXED_TIME, FIXED_TIME))
    return blob_id


def switch_to_decoy(
    root: Path, real: vault_header.VaultHeader, unlocked: vault_header.Unlocked
) -> vault_header.VaultHeader:
    """Crypto-erase the real vault and put the decoy in its place; returns the decoy's header.
    If the decoy cannot be read, the real vault is erased all the same (that is what the person
    who typed the duress passphrase asked for) and the unlock fails as a damaged vault would."""
    blobs = BlobStore(root / BLOBS_DIR)
    staged = root / _STAGED
    try:
        source = blobs.path_of(package_id(unlocked.key))
        with open(source, "rb") as src, fsutil.atomic_writer(staged) as fh:
            age.decrypt_stream(src, fh, [package_identity(unlocked.key)])
        meta, keep = _read_staged(staged, unlocked.key)
        decoy = vault_header.decoy_header(real, str(meta["vault_id"]), str(meta["created"]), unlocked)
    except Exception:
        with contextlib.suppress(FileNotFoundError):
            staged.unlink()
        crypto_erase(root)
        raise VaultCorrupt(
            "the vault database cannot be decrypted: it is damaged or belongs to another vault"
        ) from None
    header_path = root / HEADER_NAME
    # The decoy's header is durable under a temporary name before the real one is overwritten, so
    # only the rename itself lies between the real slots' end and the decoy's header.
    waiting = root / _WAITING_HEADER
    fsutil.atomic_write_bytes(waiting, decoy.to_bytes())
    fsutil.overwrite_in_place(header_path)  # the real key slots are gone from here on
    os.replace(waiting, header_path)
    fsutil.fsync_dir(root)
    _finish(root, blobs, staged, keep)
    return decoy


def _read_staged(staged: Path, key: SecretBytes) -> tuple[dict[str, object], set[str]]:
    """The decrypted decoy database's vault id and creation time, and the blob files it uses."""
    conn = db.open_database(staged, key)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('vault_id', 'created')").fetchall())
        keep = {str(r[0]) for r in conn.execute("SELECT id FROM blobs")}
    finally:
        conn.close()
    return meta, keep


def _finish(root: Path, blobs: BlobStore, staged: Path, keep: set[str]) -> None:
    """The switch after the decoy's header is in place: the decoy database in, the rest out."""
    pending = root / REKEY_HEADER_NAME  # a re-key's waiting header holds the real key too
    with contextlib.suppress(FileNotFoundError):
        fsutil.overwrite_in_place(pending)
    fsutil.durable_unlink(pending)
    os.replace(staged, root / DB_NAME)
    fsutil.fsync_dir(root)
    for name in (f"{DB_NAME}-journal", f"{DB_NAME}-wal", f"{DB_NAME}-shm", ANCHOR_NAME, REKEY_ANCHOR_NAME):
        with contextlib.suppress(FileNotFoundError):
            (root / name).unlink()
    shutil.rmtree(root / QUARANTINE_DIR, ignore_errors=True)
    for path, _ in blobs.stray_files(keep):
        with contextlib.suppress(OSError):
            path.unlink()
    blobs.clean_temps()
    if blobs.root.is_dir():
        for sub in blobs.root.iterdir():
            with contextlib.suppress(OSError):
                sub.rmdir()  # only empty ones
        fsutil.fsync_dir(blobs.root)


def resume_switch(root: Path, key: SecretBytes) -> bool:
    """Finish a switch to the decoy that a crash interrupted, when ``key`` (the decoy's, opened from
    its header or its waiting header) does not open ``vault.db`` but opens the decrypted decoy
    database still waiting beside it. Without this, a crash after the real header was erased left
    a vault that the duress passphrase could no longer open (and that looked wiped). Returns False,
    changing nothing, when there is no such switch to finish."""
    staged = root / _STAGED
    if not staged.is_file():
        return False
    try:
        _, keep = _read_staged(staged, key)
    except Exception:
        return False
    waiting = root / _WAITING_HEADER
    if waiting.is_file():
        fsutil.overwrite_in_place(root / HEADER_NAME)
        os.replace(waiting, root / HEADER_NAME)
        fsutil.fsync_dir(root)
    _finish(root, BlobStore(root / BLOBS_DIR), staged, keep)
    return True


def decoy_files(raw: str | None) -> set[str]:
    """The ``duress_blobs`` meta value as a set of blob ids."""
    return set(json.loads(raw)) if raw else set()
