"""Setting up (and removing) a duress passphrase: ``evidence-app duress setup``, Preferences.

How a researcher prepares the decoy: as an ordinary second vault in a folder of its own, created
with the duress passphrase as its passphrase (``evidence-app --vault DECOY init``, then the
harmless cases, notes and photos added with the app or the CLI, ``--vault DECOY``). ``setup``
opens it with the duress passphrase, packs its database and media into the real vault's folder
(``evidence_app/decoy.py``), puts the duress slot into the real header, and then wipes the decoy
folder (a second vault lying next to the real one, opened by the duress passphrase, would give the
decoy away). Without a decoy folder, setup makes an empty decoy vault. Running setup again
replaces the decoy; ``remove_duress`` takes it out again. See docs/THREAT_MODEL.md for what an
examiner can still see.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass, replace
from pathlib import Path

from crypto import header as vault_header
from crypto.secret import SecretBytes, SecretStr

from . import db, decoy, fsutil
from .blobstore import FIXED_TIME
from .custody import Action
from .errors import InvalidInput, WrongPassphrase
from .vault import Vault, check_new_passphrase, read_header, wipe
from .vaultbase import DB_NAME, DECOY_SCRATCH_DIR, HEADER_NAME


@dataclass(frozen=True)
class DuressSetup:
    decoy_vault_id: str
    media_files: int  # blob files of the decoy's media now kept in the real vault's folder
    decoy_folder_wiped: Path | None


def duress_is_set(vault: Vault) -> bool:
    return bool(decoy.decoy_files(vault.get_meta(decoy.META_KEY)))


def setup_duress(vault: Vault, duress_passphrase: SecretStr, decoy_dir: Path | None = None) -> DuressSetup:
    """Make ``duress_passphrase`` open the decoy prepared in ``decoy_dir`` (or an empty one) and
    crypto-erase this vault when it is used. Costs one Argon2id run (plus creating an empty decoy)."""
    check_new_passphrase(duress_passphrase)
    key = vault._vault_key  # this module is part of the vault: it rewrites the header with the key
    header = read_header(vault.root).migrated(key)
    kek = header.passphrase_kek(duress_passphrase)
    try:
        return _setup(vault, header, kek, duress_passphrase, decoy_dir)
    finally:
        kek.wipe()  # it opens the duress slot: no copy of it stays in memory


def _setup(
    vault: Vault,
    header: vault_header.VaultHeader,
    kek: SecretBytes,
    duress_passphrase: SecretStr,
    decoy_dir: Path | None,
) -> DuressSetup:
    key = vault._vault_key
    passphrase_only = replace(header, slots=tuple(s for s in header.slots if s.number == vault_header.PASSPHRASE_SLOT))
    if passphrase_only.opens_passphrase_slot(kek):
        raise InvalidInput("the duress passphrase must differ from the vault's passphrase")
    if decoy_dir is not None:
        decoy_dir = decoy_dir.expanduser()
        if decoy_dir.resolve() == vault.root.resolve():
            raise InvalidInput("the decoy must be another vault folder, not this vault")
        try:
            source = Vault.open(decoy_dir, passphrase=duress_passphrase)
        except WrongPassphrase:
            raise InvalidInput(
                f"the decoy vault at {decoy_dir} does not open with the duress passphrase: create it with"
                " that passphrase ('evidence-app --vault DIR init')"
            ) from None
    else:
        scratch = vault.root / DECOY_SCRATCH_DIR
        shutil.rmtree(scratch, ignore_errors=True)
        source, _ = Vault.create(scratch, duress_passphrase, author=vault.author)
    scratch_dir = source.root if decoy_dir is None else None
    decoy_key: SecretBytes | None = None
    try:
        if source.vault_id == vault.vault_id:
            raise InvalidInput("the decoy must be another vault, not a copy of this one")
        if source.get_meta(decoy.META_KEY):
            raise InvalidInput("the decoy vault has a duress passphrase of its own; use a plain vault")
        decoy_key = SecretBytes(source._vault_key.reveal())  # a copy: closing the decoy wipes its key
        media = sorted(str(r[0]) for r in source.conn.execute("SELECT id FROM blobs"))
        decoy_vault_id = source.vault_id
        files = {*media, decoy.package_id(decoy_key)}
        old = decoy.decoy_files(vault.get_meta(decoy.META_KEY))
        if (files - old) & vault.blobs.all_ids():
            raise InvalidInput("a decoy file name is already taken in this vault; prepare the decoy again")
        # Named in the real database first, so a crash half-way leaves files the sweep knows.
        with db.transaction(vault.conn):
            vault.set_meta(decoy.META_KEY, json.dumps(sorted(old | files)))
        for blob_id in media:
            target = vault.blobs.path_of(blob_id)
            fsutil.make_private_dir(target.parent)
            with open(source.blobs.path_of(blob_id), "rb") as src, fsutil.atomic_writer(target) as fh:
                shutil.copyfileobj(src, fh)
            with contextlib.suppress(OSError):
                os.utime(target, (FIXED_TIME, FIXED_TIME))
                os.utime(target.parent, (FIXED_TIME, FIXED_TIME))
        source.close()  # journal mode DELETE: the closed database file is complete
        decoy.write_package(vault.blobs, decoy_key, source.root / DB_NAME)
        new_header = header.with_duress_slot(key, decoy_key, kek)
        with db.transaction(vault.conn):
            vault.log(Action.EDIT, "vault", vault.vault_id, {"duress_passphrase": "set"})
            vault.set_meta(decoy.META_KEY, json.dumps(sorted(files)))
            fsutil.atomic_write_bytes(vault.root / HEADER_NAME, new_header.to_bytes())
        vault.header = new_header
        for blob_id in old - files:
            vault.blobs.discard(blob_id)
    finally:
        if decoy_key is not None:
            decoy_key.wipe()
        source.close()
        if scratch_dir is not None:
            shutil.rmtree(scratch_dir, ignore_errors=True)
    if decoy_dir is not None:
        wipe(decoy_dir)
    return DuressSetup(decoy_vault_id, len(media), decoy_dir)


def remove_duress(vault: Vault) -> None:
    """No duress passphrase any more: slot 3 becomes random bytes again, the decoy's files go.
    Refused (nothing written, nothing logged) when none is set."""
    if not duress_is_set(vault):
        raise InvalidInput("this vault has no duress passphrase; nothing was changed")
    key = vault._vault_key
    new_header = read_header(vault.root).migrated(key).without_duress_slot(key)
    old = decoy.decoy_files(vault.get_meta(decoy.META_KEY))
    with db.transaction(vault.conn):
        vault.log(Action.EDIT, "vault", vault.vault_id, {"duress_passphrase": "removed"})
        vault.conn.execute("DELETE FROM meta WHERE key = ?", (decoy.META_KEY,))
        fsutil.atomic_write_bytes(vault.root / HEADER_NAME, new_header.to_bytes())
    vault.header = new_header
    for blob_id in old:
        vault.blobs.discard(blob_id)
