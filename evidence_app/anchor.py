"""The rollback record ``vault.anchor``: the newest custody head (sequence, hash) the vault reached.

A database copied back over a newer one (a sync conflict, a partial restore, an attacker holding
the passphrase-less files) is otherwise indistinguishable from the real one. After every commit
that appended to the custody log, the head is written here with an HMAC under a subkey of the
vault key; unlocking compares the database's log with it before touching anything. A database
*behind* the record (fewer entries, or a different entry at the recorded sequence) is refused.

The record is written after the database commits, never before: a crash in between leaves the
database one step ahead of the record, which is accepted (and the record caught up), whereas the
other order would lock a person out of a sound vault. What it cannot catch: the record deleted
together with the database rolled back on a vault that predates the record (its database has no
``anchored`` mark), and a rollback of all files at once (header, record and database copied back
together: the state is then an older, consistent vault). docs/THREAT_MODEL.md says so.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from pathlib import Path

from crypto.secret import SecretBytes

from . import fsutil

ANCHOR_NAME = "vault.anchor"
FORMAT = "evidence-vault-anchor"
VERSION = 1
ALGORITHM = "HMAC-SHA256"
SUBKEY_PURPOSE = "rollback-anchor-v1"
MAX_SIZE = 4096


class AnchorDamaged(Exception):
    """The record is unreadable or its MAC does not verify."""


@dataclass(frozen=True)
class CustodyHead:
    seq: int
    hash: str

    def short(self) -> str:
        return f"entry {self.seq} ({self.hash[:16]}…)"


def _mac(key: SecretBytes, vault_id: str, head: CustodyHead) -> str:
    """The record's HMAC. ``key`` is used up: callers pass a fresh subkey (``_anchor_key()``), and
    it is zeroed here so no copy of it waits in freed memory."""
    message = json.dumps(
        {"format": FORMAT, "version": VERSION, "vault_id": vault_id, "seq": head.seq, "hash": head.hash},
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")
    try:
        return hmac.new(key.reveal(), message, hashlib.sha256).hexdigest()
    finally:
        key.wipe()


def write(root: Path, key: SecretBytes, vault_id: str, head: CustodyHead, name: str = ANCHOR_NAME) -> None:
    body = {
        "format": FORMAT,
        "version": VERSION,
        "algorithm": ALGORITHM,
        "vault_id": vault_id,
        "seq": head.seq,
        "hash": head.hash,
        "mac": _mac(key, vault_id, head),
    }
    fsutil.atomic_write_bytes(root / name, json.dumps(body, sort_keys=True).encode("utf-8"))


def read(root: Path, key: SecretBytes, vault_id: str, name: str = ANCHOR_NAME) -> CustodyHead | None:
    """The recorded head, None when there is no record. Raises AnchorDamaged. ``name``: another
    record written the same way (a re-key's record for the new key, evidence_app/rekey.py).
    ``key`` is used up (zeroed), as in ``write``."""
    try:
        return _read(root, key, vault_id, name)
    finally:
        key.wipe()


def _read(root: Path, key: SecretBytes, vault_id: str, name: str) -> CustodyHead | None:
    path = root / name
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_SIZE + 1)
    except FileNotFoundError:
        return None
    try:
        if len(raw) > MAX_SIZE:
            raise ValueError("too large")
        body = json.loads(raw)
        if body.get("format") != FORMAT or body.get("version") != VERSION or body.get("algorithm") != ALGORITHM:
            raise ValueError("unknown format")
        head = CustodyHead(int(body["seq"]), str(body["hash"]))
        mac = str(body["mac"])
    except (ValueError, KeyError, TypeError, AttributeError):
        raise AnchorDamaged(f"the rollback record {name} is damaged") from None
    if body.get("vault_id") != vault_id or not hmac.compare_digest(mac, _mac(key, vault_id, head)):
        raise AnchorDamaged(f"the rollback record {name} does not verify with this vault's key")
    return head


# --- the custody head carried by bundles, transfer packages and backups ---------------------------
# No vault id: a recipient learns how long the log was and can later be shown that it still holds
# this entry, but bundles of one vault are not linked to each other by an identifier.
HEAD_FORMAT = "evidence-vault-custody-head"
HEAD_VERSION = 1
HEAD_HASH_ALGORITHM = "SHA-256 chain over canonical JSON (evidence_app/custody.py)"


def head_to_json(head: CustodyHead | None) -> dict[str, object]:
    return {
        "format": HEAD_FORMAT,
        "version": HEAD_VERSION,
        "hash_algorithm": HEAD_HASH_ALGORITHM,
        "seq": 0 if head is None else head.seq,
        "hash": "" if head is None else head.hash,
    }


def head_from_json(body: object) -> CustodyHead:
    """Raises ValueError on anything but a well-formed custody head."""
    if not isinstance(body, dict) or body.get("format") != HEAD_FORMAT or body.get("version") != HEAD_VERSION:
        raise ValueError("not an Evidence Vault custody head")
    seq, digest = body.get("seq"), body.get("hash")
    if not isinstance(seq, int) or seq < 1 or not isinstance(digest, str) or len(digest) != 64:
        raise ValueError("the custody head is malformed")
    if any(c not in "0123456789abcdef" for c in digest):
        raise ValueError("the custody head is malformed")
    return CustodyHead(seq, digest)
