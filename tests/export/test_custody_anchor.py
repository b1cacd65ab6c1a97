"""Custody anchors: a rewritten custody chain passes ``check`` on its own, but not
``check --against`` a backup made before the rewrite."""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

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


# --- dossier bundles and transfer packages as anchors ---------------------------------------------


def _keygen(path: Path) -> str:
    subprocess.run(["age-keygen", "-o", str(path)], capture_output=True, check=True, timeout=30)
    return next(line.split(": ")[1] for line in path.read_text().splitlines() if "public key" in line)


def _case_with_an_edited_testimony(cli: Cli, tmp_path: Path) -> tuple[str, str]:
    """A case whose testimony was corrected once: (case id, testimony id)."""
    case = cli.ok("case", "add", "--title", "Compound K")
    person = cli.ok("person", "add", "--name", "Sok Dara", "--case", case)
    text = tmp_path / "t.txt"
    text.write_text("They took our passports on the first day at the compound.", encoding="utf-8")
    testimony = cli.ok("testimony", "add", "--case", case, "--person", person, "--text-file", str(text))
    text.write_text("They took our passports on the second day at the compound.", encoding="utf-8")
    cli.ok("testimony", "edit", testimony, "--text-file", str(text))
    return case, testimony


def _rewrite_testimony(root: Path, testimony_id: str, text: str) -> None:
    """The attack, with the passphrase: give a testimony other words, erase its revisions and the
    custody entry of its earlier edit (so it looks never changed), renumber and re-hash the chain
    so it verifies again, and bring the rollback record along."""
    with Vault.open(root, SecretStr(PASSPHRASE)) as v:
        entries = [
            e
            for e in v.custody_entries()
            if not (e.action == custody.Action.EDIT.value and e.object_id == testimony_id)
        ]
        with db.transaction(v.conn):
            v.conn.execute("UPDATE testimonies SET transcript = ?, revision = 1 WHERE id = ?", (text, testimony_id))
            v.conn.execute("DELETE FROM testimony_revisions WHERE testimony_id = ?", (testimony_id,))
            v.conn.execute("DROP TRIGGER custody_no_update")
            v.conn.execute("DROP TRIGGER custody_no_delete")
            v.conn.execute("DELETE FROM custody")
            prev = custody.GENESIS
            for seq, e in enumerate(entries, start=1):
                digest = custody.entry_hash(seq, e.at, e.actor, e.action, e.object_kind, e.object_id, e.detail, prev)
                v.conn.execute(
                    "INSERT INTO custody(seq, at, actor, action, object_kind, object_id, detail, prev_hash, hash)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (seq, e.at, e.actor, e.action, e.object_kind, e.object_id, json.dumps(e.detail), prev, digest),
                )
                prev = digest
        v._write_anchor()


def _anchored(cli: Cli) -> tuple[int, str]:
    """The head the newest export recorded: the entry just before that export's own entry (every
    command's unlock is logged, so it is only known once the export ran)."""
    entries = json.loads(cli.ok("log", "--json"))
    at = max(i for i, e in enumerate(entries) if e["action"] == custody.Action.EXPORT.value)
    return int(entries[at - 1]["seq"]), str(entries[at - 1]["hash"])


def _assert_caught(cli: Cli, anchor: Path, seq: int, *extra: str) -> None:
    r = cli("check", "--against", str(anchor), *extra)
    assert r.code == 1, r.out
    problems = [line for line in r.out.splitlines() if line.startswith("PROBLEM")]
    assert len(problems) == 1, r.out
    assert f"PROBLEM custody log: entry {seq} differs from the one {anchor.name} recorded" in problems[0]
    assert "the log up to that entry was rewritten" in problems[0]
    assert "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1


def test_a_rewritten_testimony_is_caught_against_a_dossier_bundle(cli_vault: Cli, tmp_path: Path) -> None:
    case, testimony = _case_with_an_edited_testimony(cli_vault, tmp_path)
    key = tmp_path / "me.key"
    recipient = _keygen(key)
    plain, sealed = tmp_path / "dossier.zip", tmp_path / "dossier.zip.age"
    cli_vault.ok("export", "--case", case, "--out", str(plain))
    seq, digest = _anchored(cli_vault)
    records = json.loads(
        zipfile.ZipFile(plain).read(
            next(n for n in zipfile.ZipFile(plain).namelist() if n.endswith("data/records.json"))
        )
    )
    assert records["bundle"]["custody_head"] == {"seq": seq, "hash": digest}
    cli_vault.ok("export", "--case", case, "--recipient", recipient, "--out", str(sealed))
    sealed_seq, _ = _anchored(cli_vault)
    ok = cli_vault.ok("check", "--against", str(plain))
    assert f"custody log holds entry {seq} ({digest[:16]}…) from dossier.zip" in ok
    ok = cli_vault.ok("check", "--against", str(sealed), "--identity", str(key))
    assert f"custody log holds entry {sealed_seq} (" in ok
    r = cli_vault("check", "--against", str(sealed))  # encrypted: it needs an identity
    assert r.code == 1 and "--identity" in r.err and len(r.err.strip().splitlines()) == 1
    anchors = {p: p.read_bytes() for p in (plain, sealed)}

    _rewrite_testimony(cli_vault.root, testimony, "They never took our passports.")
    assert cli_vault.ok("check").startswith("OK")  # the attack: the chain alone says nothing is wrong
    assert "never took" in cli_vault.ok("testimony", "show", testimony)
    _assert_caught(cli_vault, plain, seq)
    _assert_caught(cli_vault, sealed, sealed_seq, "--identity", str(key))
    assert {p: p.read_bytes() for p in anchors} == anchors  # the anchors are only read


def test_a_rewritten_testimony_is_caught_against_a_transfer_package(cli_vault: Cli, tmp_path: Path) -> None:
    case, testimony = _case_with_an_edited_testimony(cli_vault, tmp_path)
    key = tmp_path / "colleague.key"
    recipient = _keygen(key)
    package = tmp_path / "compound-k.evt"
    cli_vault.ok("transfer", "export", "--case", case, "--recipient", recipient, "--out", str(package))
    seq, digest = _anchored(cli_vault)
    # The head is in the signed manifest, as the package's own entry could not be (it names the
    # manifest's hash): the last entry before the export.
    plain = subprocess.run(["age", "-d", "-i", str(key), str(package)], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        member = tar.extractfile("manifest.json")
        assert member is not None
        manifest = json.loads(member.read())
    assert (manifest["custody_head"]["seq"], manifest["custody_head"]["hash"]) == (seq, digest)
    ok = cli_vault.ok("check", "--against", str(package), "--identity", str(key))
    assert f"custody log holds entry {seq} ({digest[:16]}…) from compound-k.evt" in ok

    _rewrite_testimony(cli_vault.root, testimony, "They never took our passports.")
    assert cli_vault.ok("check").startswith("OK")
    _assert_caught(cli_vault, package, seq, "--identity", str(key))
    r = cli_vault("check", "--against", str(package), "--identity", str(tmp_path / "me.key"))
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err


def test_entries_removed_up_to_the_anchor_are_named_by_sequence(cli_vault: Cli, tmp_path: Path) -> None:
    case, _ = _case_with_an_edited_testimony(cli_vault, tmp_path)
    bundle = tmp_path / "dossier.zip"
    cli_vault.ok("export", "--case", case, "--out", str(bundle))
    seq, _ = _anchored(cli_vault)
    with Vault.open(cli_vault.root, SecretStr(PASSPHRASE)) as v:
        with db.transaction(v.conn):  # the log cut back to before the anchored entry
            v.conn.execute("DROP TRIGGER custody_no_delete")
            v.conn.execute("DELETE FROM custody WHERE seq >= ?", (seq - 2,))
        v._write_anchor()
    assert cli_vault.ok("check").startswith("OK")  # its unlock is entry seq - 2 now
    r = cli_vault("check", "--against", str(bundle))  # and this one's seq - 1
    assert r.code == 1
    assert f"dossier.zip recorded entry {seq} (" in r.out
    assert f"but the log ends at entry {seq - 1}: entries were removed" in r.out


def test_another_vaults_bundle_is_no_anchor(cli_vault: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = Cli(tmp_path / "other", monkeypatch)
    other.ok("init", "--author", "Someone")
    case = other.ok("case", "add", "--title", "Elsewhere")
    bundle = tmp_path / "theirs.zip"
    other.ok("export", "--case", case, "--out", str(bundle))
    r = cli_vault("check", "--against", str(bundle))
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err
    assert f"signed by {other.ok('transfer', 'fingerprint')}, not by this vault" in r.err


def test_a_bundle_with_an_altered_head_is_no_anchor(cli_vault: Cli, tmp_path: Path) -> None:
    """The attacker's other move: make the bundle agree with the rewritten log. The head is under
    the bundle's signature, so the altered bundle is refused and says which file changed."""
    case, _ = _case_with_an_edited_testimony(cli_vault, tmp_path)
    bundle = tmp_path / "dossier.zip"
    cli_vault.ok("export", "--case", case, "--out", str(bundle))
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(forged, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("data/records.json"):
                records = json.loads(data)
                records["bundle"]["custody_head"]["hash"] = "0" * 64
                data = json.dumps(records).encode()
            dst.writestr(info, data)
    r = cli_vault("check", "--against", str(forged))
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err
    assert "not a sound dossier bundle" in r.err and "records.json" in r.err


def test_identity_without_against_is_a_usage_error(cli_vault: Cli, tmp_path: Path) -> None:
    r = cli_vault("check", "--identity", str(tmp_path / "k"))
    assert r.code == 1 and "--against" in r.err and len(r.err.strip().splitlines()) == 1
