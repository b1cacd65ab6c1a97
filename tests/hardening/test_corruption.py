"""Corruption: damaged database pages and blobs are detected and named, the undamaged items stay
readable, and a damaged vault is never silently recreated empty."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest

from crypto.age import Identity
from crypto.secret import SecretStr
from evidence_app import db
from evidence_app.errors import EvidenceError, VaultCorrupt
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony, list_testimonies
from evidence_app.vault import Vault
from tests.conftest import NewVault

PAGE = 4096


def _fill(v: Vault, blobs: int = 6) -> tuple[list[str], list[tuple[str, bytes]]]:
    case = add_case(v, "Case")
    person = add_person(v, "Person")
    ids = [add_testimony(v, case.id, person.id, f"testimony {i} " + "words " * 300).id for i in range(60)]
    stored = []
    for i in range(blobs):
        payload = f"blob {i} ".encode() * 5000
        blob = v.blobs.put(io.BytesIO(payload))
        with db.transaction(v.conn):
            v.conn.execute(
                "INSERT INTO blobs(id, identity, sha256, size, created) VALUES (?, ?, ?, ?, 'now')",
                (blob.id, blob.identity.secret.reveal(), blob.sha256, blob.size),
            )
        stored.append((blob.id, payload))
    return ids, stored


def _open_and_check(root: Path, passphrase: SecretStr) -> list[str]:
    """Problems found: an open that fails with a clear error counts as one detected problem."""
    try:
        with Vault.open(root, passphrase) as v:
            return v.check().problems
    except EvidenceError as exc:
        return [f"open: {exc}"]


def test_database_pages_flipped_are_detected(new_vault: NewVault, passphrase: SecretStr) -> None:
    _fill(new_vault.vault, blobs=0)
    new_vault.vault.close()
    path = new_vault.root / "vault.db"
    pristine = path.read_bytes()
    # An unlock of a damaged copy that opens logs and advances the rollback record: putting the
    # pristine database back then means putting back its record too (an older, consistent vault).
    anchor_path = new_vault.root / "vault.anchor"
    pristine_anchor = anchor_path.read_bytes()
    pages = len(pristine) // PAGE
    rng = random.Random(1)
    for page in sorted(rng.sample(range(pages), min(12, pages))):
        damaged = bytearray(pristine)
        damaged[page * PAGE + rng.randrange(PAGE)] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(damaged))
        anchor_path.write_bytes(pristine_anchor)
        problems = _open_and_check(new_vault.root, passphrase)
        assert problems, f"a flipped bit in page {page + 1} went unnoticed"
        assert any("database" in p for p in problems), problems
    path.write_bytes(pristine)
    anchor_path.write_bytes(pristine_anchor)
    assert _open_and_check(new_vault.root, passphrase) == []


@pytest.mark.parametrize("keep", [0, 1000, PAGE, 3 * PAGE + 10, "half"])
def test_truncated_database_is_never_recreated_empty(
    new_vault: NewVault, passphrase: SecretStr, keep: int | str
) -> None:
    _fill(new_vault.vault, blobs=0)
    new_vault.vault.close()
    path = new_vault.root / "vault.db"
    data = path.read_bytes()
    cut = len(data) // 2 // PAGE * PAGE if keep == "half" else int(keep)
    path.write_bytes(data[:cut])
    problems = _open_and_check(new_vault.root, passphrase)
    assert problems, "a truncated database opened as if nothing were wrong"
    if cut < PAGE:
        with pytest.raises(VaultCorrupt):
            Vault.open(new_vault.root, passphrase)


def test_damaged_blobs_are_named_and_others_stay_readable(new_vault: NewVault, passphrase: SecretStr) -> None:
    _, stored = _fill(new_vault.vault)
    new_vault.vault.close()
    store = new_vault.vault.blobs
    flipped, truncated = stored[1][0], stored[3][0]
    p = store.path_of(flipped)
    data = bytearray(p.read_bytes())
    data[len(data) // 2] ^= 0x10
    p.write_bytes(bytes(data))
    q = store.path_of(truncated)
    q.write_bytes(q.read_bytes()[:-100])
    with Vault.open(new_vault.root, passphrase) as v:
        problems = v.check().problems
        assert len(problems) == 2
        assert any(flipped in x for x in problems) and any(truncated in x for x in problems)
        for blob_id, payload in stored:
            if blob_id in (flipped, truncated):
                continue
            identity, sha = v.conn.execute("SELECT identity, sha256 FROM blobs WHERE id = ?", (blob_id,)).fetchone()
            assert v.blobs.read_bytes(blob_id, Identity(SecretStr(identity)), sha) == payload
        assert len(list_testimonies(v)) == 60
