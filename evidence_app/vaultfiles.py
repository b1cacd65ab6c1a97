"""The vault's file names and reading its header: what the desktop app needs before the unlock
dialog shows (first run or unlock? failed attempts so far?), kept apart from ``vault`` and
``vaultbase`` so that deciding this does not load the database, the blob store, search and the
record layer (about a quarter of a second of the window's start; #18, a test checks)."""

from __future__ import annotations

from pathlib import Path

from crypto import header as vault_header
from crypto.errors import HeaderCorrupt, UnsupportedFormat

from .errors import VaultCorrupt, VaultNotFound

HEADER_NAME = "vault.header"
DB_NAME = "vault.db"
# The decoy's header while a duress unlock switches to it (evidence_app/decoy.py).
DECOY_WAITING_HEADER = ".tmp-decoy-header"


def read_header(root: Path) -> vault_header.VaultHeader:
    path = root / HEADER_NAME
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        if (root / DB_NAME).exists():
            raise VaultCorrupt(
                f"the vault header is missing in {root}: without it the vault cannot be opened"
            ) from None
        raise VaultNotFound(f"no vault at {root} (create one with 'evidence-app init')") from None
    try:
        return vault_header.VaultHeader.from_bytes(data)
    except (HeaderCorrupt, UnsupportedFormat) as exc:
        # A duress unlock killed between erasing the real header and renaming the decoy's into its
        # place: the decoy's header waits beside it (the unlock finishes the switch, decoy.py).
        try:
            return vault_header.VaultHeader.from_bytes((root / DECOY_WAITING_HEADER).read_bytes())
        except (OSError, HeaderCorrupt, UnsupportedFormat):
            pass
        raise VaultCorrupt(f"{exc} ({path})") from None


def failed_unlock_status(root: Path) -> tuple[int, int]:
    """``(failed unlocks since the last unlock, limit)`` as the header on disk says, without any
    key (the limit is 0 when off). For the unlock screen's warning before the attempt that wipes."""
    header = read_header(root.expanduser())
    return header.failures_since_unlock, header.unlock_limit
