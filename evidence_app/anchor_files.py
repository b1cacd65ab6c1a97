"""Reading the custody head that a backup carries, for ``check --against``.

The backup is authenticated first (its AEAD key wrap and per-member hashes, with the open vault's
key) and only then is its head read, so a forged file cannot make ``check`` say the log is anchored.
"""

from __future__ import annotations

from pathlib import Path

from crypto import age

from . import backup
from .anchor import CustodyHead
from .errors import InvalidInput
from .vault import Vault


def head_of(path: Path, vault: Vault) -> CustodyHead:
    """The custody head recorded in ``path``; raises InvalidInput naming what is wrong."""
    path = path.expanduser()
    try:
        with open(path, "rb") as fh:
            magic = fh.read(len(age.AGE_MAGIC))
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
    if magic.startswith(backup.MAGIC):
        info = backup.check_backup_with_vault(path, vault)
        if info.custody_head is None:
            raise InvalidInput(f"{path.name} is a backup from before custody heads were recorded")
        return info.custody_head
    # Dossier bundles do not carry the head yet: it would make two exports of the same case on the
    # same day differ (bundles are reproducible), and the bundle signature format is changing.
    raise InvalidInput(f"{path.name} is not an Evidence Vault backup: only backups carry a custody head yet")
