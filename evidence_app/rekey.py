"""Re-keying a vault (``evidence-app rekey``) and rotating its recovery key.

A passphrase change re-wraps the same vault key, so every old copy of the header (a backup, a
synced folder, freed disk blocks) still opens the database with the old passphrase. A re-key
makes a new random vault key, re-encrypts the database under it (SQLCipher ``PRAGMA rekey``; blob
files stay as they are, their identities live in the database) and writes a header that wraps
only the new key, under the new passphrase and a NEW recovery key. The old recovery key is not
carried over: its slot can only be re-wrapped with the recovery key itself, which the vault never
stores, and it would be an old secret that still opens the vault. An old header copy, with the old
passphrase or the old recovery key, then yields the old key, which no longer opens the database.

Crash safety. Three files change (database, header, rollback record), and no single rename covers
them, so the new state is written beside the vault before the database changes::

    1. vault.rekey-anchor   the rollback record of the current custody head, MAC'd with the new key
    2. vault.rekey-header   the new header (new key under the new passphrase and recovery key)
    3. vault.db             re-encrypted in ONE transaction (its rollback journal undoes a crash)
    4. custody entry ``rekey``; vault.anchor rewritten with the new key
    5. vault.rekey-header renamed over vault.header (os.replace), then vault.rekey-anchor deleted

Until 3 commits, the old passphrase opens the vault (the next unlock finds the waiting header's
MAC does not verify with the old key and deletes both files). From 3 on, the new passphrase opens
it: ``Vault.open`` tries the waiting header when the current one refuses the passphrase, accepts
the waiting rollback record as long as the waiting header is there and verifies with the key, and
completes steps 4-5 (``resume``). A crash after 3 cannot be undone, so the old passphrase then
fails with a message saying to use the new one; if the new recovery key was never printed, the
unlock says to run ``evidence-app recovery-key rotate``.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from enum import Enum
from pathlib import Path

from crypto import header as vault_header
from crypto import kdf
from crypto.errors import HeaderCorrupt, UnsupportedFormat, WrongSecret
from crypto.secret import SecretBytes, SecretStr

from . import anchor, db, fsutil
from .anchor import CustodyHead
from .custody import Action
from .errors import InvalidInput, VaultCorrupt
from .vaultbase import DB_NAME, HEADER_NAME, REKEY_ANCHOR_NAME, REKEY_HEADER_NAME, VaultBase


class Resumed(Enum):
    """What an unlock did with a re-key that a crash interrupted (``resume``)."""

    COMPLETED = "completed"  # it had reached the database: finished; its recovery key was never shown
    UNDONE = "undone"  # it had not: the files it left were deleted, the vault keeps its old secrets

    @property
    def message(self) -> str:
        if self is Resumed.COMPLETED:
            return (
                "an interrupted re-key was completed: the old passphrase and recovery key no longer open this"
                " vault. Its new recovery key was never shown: run 'evidence-app recovery-key rotate' to get one"
            )
        return "an interrupted re-key was undone: the vault keeps its previous passphrase and recovery key"


def read_pending(root: Path) -> vault_header.VaultHeader | None:
    """The header a re-key left waiting beside the vault, or None. It was written atomically, so
    a file that does not parse is no re-key of ours and is ignored."""
    try:
        data = (root / REKEY_HEADER_NAME).read_bytes()
    except FileNotFoundError:
        return None
    try:
        return vault_header.VaultHeader.from_bytes(data)
    except (HeaderCorrupt, UnsupportedFormat):
        return None


def _reached_database(pending: vault_header.VaultHeader | None, key: SecretBytes) -> bool:
    """Whether the waiting header belongs to ``key``, the key that opened the database: then the
    re-key got past step 3 and must be completed; otherwise the database has the old key."""
    if pending is None:
        return False
    try:
        pending.verify_mac(key)
    except HeaderCorrupt:
        return False
    return True


def unlock_pending(
    root: Path, vault_id: str, passphrase: SecretStr | None, recovery_key: SecretStr | None
) -> tuple[vault_header.VaultHeader, SecretBytes] | None:
    """The waiting header and its key, when the secret opens it (the new passphrase after a re-key
    interrupted before its header was installed); None otherwise."""
    pending = read_pending(root)
    if pending is None or pending.vault_id != vault_id:
        return None
    try:
        if recovery_key is not None:
            return pending, pending.unlock_with_recovery_key(recovery_key)
        if passphrase is not None:
            return pending, pending.unlock_with_passphrase(passphrase)
    except (WrongSecret, HeaderCorrupt, UnsupportedFormat):
        return None
    return None


def explain_undecryptable(root: Path, key_from_pending: bool) -> VaultCorrupt | None:
    """A clearer refusal when the database does not open with the key and a re-key was interrupted."""
    if not (root / REKEY_HEADER_NAME).exists():
        return None
    if key_from_pending:
        return VaultCorrupt(
            "a re-key of this vault was interrupted before its database was re-encrypted: unlock with"
            " the passphrase from before the re-key (it still opens the vault), then run 'rekey' again"
        )
    return VaultCorrupt(
        "a re-key of this vault was interrupted after its database was re-encrypted: unlock with the"
        " new passphrase chosen for the re-key (the old one no longer opens the database); the next"
        " unlock completes the re-key"
    )


def recorded_anchor(vault: VaultBase) -> CustodyHead | None:
    """The rollback record, for ``Vault._verify_anchor``. While a re-key that reached the database
    is being completed, ``vault.anchor`` may still carry the old key's MAC: the record written for
    the new key beside it (step 1) stands in for it."""
    try:
        return anchor.read(vault.root, vault._anchor_key(), vault.header.vault_id)
    except anchor.AnchorDamaged:
        if not _reached_database(read_pending(vault.root), vault._vault_key):
            raise
        return anchor.read(vault.root, vault._anchor_key(), vault.header.vault_id, REKEY_ANCHOR_NAME)


def _discard(path: Path) -> None:
    """Overwrite (best effort: SSDs and copy-on-write file systems may keep the old blocks) and
    delete a file that holds a wrapped key or a record for a key."""
    with contextlib.suppress(FileNotFoundError):
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            fh.write(secrets.token_bytes(size))
            fh.flush()
            os.fsync(fh.fileno())
        fsutil.durable_unlink(path)


def discard_pending(root: Path) -> None:
    _discard(root / REKEY_HEADER_NAME)
    _discard(root / REKEY_ANCHOR_NAME)


def resume(vault: VaultBase) -> Resumed | None:
    """Right after an unlock (the database open, the rollback record checked): settle a re-key
    that a crash interrupted. None when there was none."""
    pending = read_pending(vault.root)
    if pending is None:
        if (vault.root / REKEY_ANCHOR_NAME).exists():
            _discard(vault.root / REKEY_ANCHOR_NAME)  # step 5 was interrupted after the rename
        return None
    if not _reached_database(pending, vault._vault_key):
        discard_pending(vault.root)  # interrupted before step 3: the database kept the old key
        return Resumed.UNDONE
    _finish(vault, pending, resumed=True)
    return Resumed.COMPLETED


def rekey(vault: VaultBase, new_passphrase: SecretStr, params: kdf.Argon2Params | None = None) -> SecretStr:
    """Steps 1-5 of the module docstring. Returns the new recovery key (to show once). The caller
    has checked the new passphrase's length."""
    root = vault.root
    with db.exclusive():  # no other thread of this process writes between the steps
        # A worker's connection is keyed with the old key and could not read the re-keyed pages.
        vault.close_workers()
        try:
            current = vault_header.VaultHeader.from_bytes((root / HEADER_NAME).read_bytes())
            keys = vault_header.rekey(current, vault._vault_key, new_passphrase, params)
        except (HeaderCorrupt, UnsupportedFormat) as exc:
            raise VaultCorrupt(f"{exc} ({root / HEADER_NAME}); nothing was changed") from None
        except ValueError as exc:  # the new passphrase is the duress passphrase
            raise InvalidInput(f"{exc}; nothing was changed") from None
        head = vault.custody_head()
        if head is None:
            raise VaultCorrupt("the vault has no custody log; nothing was changed")
        new_anchor_key = vault_header.subkey(keys.vault_key, anchor.SUBKEY_PURPOSE)
        try:
            anchor.write(root, new_anchor_key, current.vault_id, head, REKEY_ANCHOR_NAME)
            fsutil.atomic_write_bytes(root / REKEY_HEADER_NAME, keys.header.to_bytes())
        except BaseException:
            discard_pending(root)
            raise
        # If this fails, SQLCipher has rolled the transaction back; the files of steps 1-2 are
        # then deleted by the next unlock (their MAC does not verify with the old key).
        db.rekey(vault.conn, root / DB_NAME, keys.vault_key)
        old_key, vault._vault_key = vault._vault_key, keys.vault_key
        old_key.wipe()
        _finish(vault, keys.header, resumed=False)
    return keys.recovery_key


def _finish(vault: VaultBase, new_header: vault_header.VaultHeader, resumed: bool) -> None:
    """Steps 4-5: the database is under the new key and ``vault._vault_key`` is that key."""
    root = vault.root
    db.scrub_journal(vault.conn, root / DB_NAME)
    before = anchor.read(root, vault._anchor_key(), new_header.vault_id, REKEY_ANCHOR_NAME)
    head = vault.custody_head()
    if head is None or before is None or head.seq == before.seq:  # not logged before the crash
        vault.log(Action.REKEY, "vault", new_header.vault_id, {"resumed": True} if resumed else {})
        head = vault.custody_head()
    assert head is not None
    anchor.write(root, vault._anchor_key(), new_header.vault_id, head)  # raises, unlike after_commit
    os.replace(root / REKEY_HEADER_NAME, root / HEADER_NAME)
    fsutil.fsync_dir(root)
    vault.header = new_header
    _discard(root / REKEY_ANCHOR_NAME)


def rotate_recovery_key(vault: VaultBase) -> SecretStr:
    """A new recovery key in this header (same vault key); the old one no longer opens it. Old
    header copies still open with the old recovery key: ``rekey`` is what revokes them."""
    root = vault.root
    try:
        current = vault_header.VaultHeader.from_bytes((root / HEADER_NAME).read_bytes())
        new_header, typed = vault_header.rotate_recovery_key(current, vault._vault_key)
    except (HeaderCorrupt, UnsupportedFormat) as exc:
        raise VaultCorrupt(f"{exc} ({root / HEADER_NAME}); nothing was changed") from None
    with db.transaction(vault.conn):
        vault.log(Action.RECOVERY_KEY_ROTATE, "vault", current.vault_id)
        fsutil.atomic_write_bytes(root / HEADER_NAME, new_header.to_bytes())
    vault.header = new_header
    return typed
