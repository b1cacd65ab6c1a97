"""Chain-of-custody log: append-only, each entry holding the SHA-256 of the one before.

An entry's hash covers every field (canonical JSON) including the previous hash, so changing,
removing or reordering any entry breaks the chain from that point on; ``verify_chain`` names the
first broken link.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from enum import Enum
from typing import Any

from .model import CustodyEntry

GENESIS = "0" * 64


class Action(Enum):
    CREATE_VAULT = "create-vault"
    UNLOCK = "unlock"
    UNLOCK_RECOVERY = "unlock-recovery"
    CREATE = "create"
    EDIT = "edit"
    DELETE = "delete"
    IMPORT = "import"
    EXPORT = "export"
    REDACT = "redact"
    PASSPHRASE_CHANGE = "passphrase-change"  # noqa: S105 (an action name)
    BACKUP = "backup"
    RESTORE = "restore"
    QUARANTINE = "quarantine"
    FORGET_IDENTIFIERS = "forget-identifiers"  # a protected identity leaves the redaction set
    TRUST_SIGNER = "trust-signer"  # transfer packages signed by this key are accepted
    DRAFT = "draft"  # an unsaved testimony edit kept at lock (drafts.py), or dropped
    REKEY = "rekey"  # a new vault key: old header copies no longer open the database
    RECOVERY_KEY_ROTATE = "recovery-key-rotate"


def entry_hash(
    seq: int,
    at: str,
    actor: str,
    action: str,
    object_kind: str,
    object_id: str,
    detail: dict[str, Any],
    prev_hash: str,
) -> str:
    payload = json.dumps(
        {
            "seq": seq,
            "at": at,
            "actor": actor,
            "action": action,
            "object_kind": object_kind,
            "object_id": object_id,
            "detail": detail,
            "prev_hash": prev_hash,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    ).encode("utf-8")
    return hashlib.sha256(payload).hexdigest()


def verify_chain(entries: Iterable[CustodyEntry]) -> str | None:
    """None if the chain is intact, else a sentence naming the first broken link."""
    prev = GENESIS
    expected_seq = 1
    for e in entries:
        if e.seq != expected_seq:
            return f"custody log: entry {expected_seq} is missing (next entry is {e.seq})"
        if e.prev_hash != prev:
            return f"custody log: entry {e.seq} does not link to entry {e.seq - 1}"
        actual = entry_hash(e.seq, e.at, e.actor, e.action, e.object_kind, e.object_id, e.detail, e.prev_hash)
        if actual != e.hash:
            return f"custody log: entry {e.seq} was altered (hash mismatch)"
        prev = e.hash
        expected_seq += 1
    return None
