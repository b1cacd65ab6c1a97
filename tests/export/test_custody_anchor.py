"""Custody anchors: a rewritten custody chain passes ``check`` on its own, but not
``check --against`` a backup made before the rewrite."""

from __future__ import annotations

import json
from pathlib import Path

from crypto.secret import SecretStr
from evidence_app import custody, db
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, Cli

from .helpers import Scenario


def _rewrite_history(root: Path) -> None:
    """The attack, with the passphrase: drop the append-only triggers, delete the export entries,
    change an early entry,
    renumber and re-hash the rest so the chain verifies again. Also leave the rollback record
    consistent with the rewritten log (the attacker has the key, so they can)."""
    with Vault.open(root, SecretStr(PASSPHRASE)) as v:
        entries = [e for e in v.custody_entries() if e.action != custody.Action.EXPORT.value]
        with db.transaction(v.conn):
            v.conn.execute("DROP TRIGGER custody_no_update")
            v.conn.execute("DROP TRIGGER custody_no_delete")
            v.conn.execute("DELETE FROM custody")
            prev = custody.GENESIS
            for seq, e in enumerate(entries, start=1):
                # ...and rewrite who made an early change (entries both anchors cover).
                actor = "Someone Else" if seq == 2 else e.actor
                e = e.__class__(seq, e.at, actor, e.action, e.object_kind, e.object_id, e.detail, prev, "")
                digest = custody.entry_hash(seq, e.at, e.actor, e.action, e.object_kind, e.object_id, e.detail, prev)
                v.conn.execute(
                    "INSERT INTO custody(seq, at, actor, action, object_kind, object_id, detail, prev_hash, hash)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (seq, e.at, e.actor, e.action, e.object_kind, e.object_id, json.dumps(e.detail), prev, digest),
                )
                prev = digest
        v._write_anchor()


def test_a_rewritten_chain_is_caught_against_a_backup(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    bundle = tmp_path / "dossier.zip"
    cli_vault.ok("export", "--case", scenario.case_id, "--out", str(bundle))
    backup = tmp_path / "vault.evb"
    cli_vault.ok("backup", "--out", str(backup))
    assert "custody log holds entry" in cli_vault.ok("check", "--against", str(backup))

    _rewrite_history(cli_vault.root)
    assert cli_vault.ok("check").startswith("OK")  # the attack: the chain alone says nothing is wrong
    r = cli_vault("check", "--against", str(backup))
    assert r.code == 1, r.out
    assert "PROBLEM custody log:" in r.out
    assert "rewritten" in r.out or "removed" in r.out
    assert "Traceback" not in r.err
    assert backup.is_file()  # nothing lost: the anchor itself is untouched


def test_against_a_file_that_is_not_an_anchor_is_a_one_line_refusal(cli_vault: Cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    r = cli_vault("check", "--against", str(junk))
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err
