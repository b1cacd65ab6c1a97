"""The transfer preview (transfer/preview.py): what the CLI's --dry-run prints and the window shows
before its import. Nothing is written by a preview; the import commits exactly the previewed package."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from crypto import age
from crypto.secret import SecretStr
from evidence_app import transfer
from evidence_app.model import RecordKind
from evidence_app.records.cases import add_case, edit_case, list_cases
from evidence_app.records.persons import add_person, list_persons
from evidence_app.records.testimonies import add_testimony, edit_testimony, get_testimony
from evidence_app.transfer import BadPackage, Change, SignerStatus, preview_package
from evidence_app.transfer.trust import shown, trusted
from evidence_app.vault import Vault
from tests.conftest import Cli


def _state(vault: Vault) -> tuple[object, ...]:
    """Everything a preview could write: records, custody, trust, identity memory, blob files."""
    return (
        [c.id for c in list_cases(vault)],
        [p.id for p in list_persons(vault)],
        [e.hash for e in vault.custody_entries() if e.action != "unlock"],
        trusted(vault),
        vault.conn.execute("SELECT count(*) FROM identity_memory").fetchone()[0],
        sorted(vault.blobs.all_ids()),
    )


@pytest.fixture
def two(tmp_path: Path, passphrase: SecretStr) -> tuple[Vault, Vault, age.Identity]:
    a, _ = Vault.create(tmp_path / "a", passphrase, author="Alice")
    b, _ = Vault.create(tmp_path / "b", passphrase, author="Bob")
    return a, b, age.Identity.generate()


def test_preview_writes_nothing_and_the_import_commits_what_was_previewed(
    two: tuple[Vault, Vault, age.Identity], tmp_path: Path
) -> None:
    alice, bob, key = two
    case = add_case(alice, "Compound K")
    source = add_person(alice, "Sok Dara", pseudonym="Source K", case_id=case.id)
    t = add_testimony(alice, case.id, source.id, "We crossed at night.\u202e")
    package = tmp_path / "p.evt"
    transfer.export_case(alice, case.id, [key.recipient], package)
    fp = shown(alice.signing_keypair().public)  # as the app shows it (SHA256:...)
    before = _state(bob)

    # A signer never trusted and not named: only the fingerprint, no records read, nothing written.
    untrusted = preview_package(bob, package, [key])
    assert untrusted.status is SignerStatus.UNTRUSTED and untrusted.signer == fp
    assert untrusted.report is None and untrusted.items == [] and untrusted.untrusted is not None
    assert _state(bob) == before

    # Named: the whole merge, rolled back; labels from the package, a protected person by pseudonym.
    preview = preview_package(bob, package, [key], fp)
    assert preview.status is SignerStatus.NAMED and preview.report is not None
    assert {(i.kind, i.record_id, i.change) for i in preview.items} == {
        (RecordKind.CASE, case.id, Change.ADD),
        (RecordKind.PERSON, source.id, Change.ADD),
        (RecordKind.TESTIMONY, t.id, Change.ADD),
    }
    labels = {i.record_id: i.label for i in preview.items}
    assert labels[source.id] == "Source K" and labels[case.id] == "Compound K"
    assert "Sok Dara" not in " ".join(labels.values()) and "\u202e" not in labels[t.id]
    assert preview.counts() == [(Change.ADD, [(RecordKind.CASE, 1), (RecordKind.PERSON, 1), (RecordKind.TESTIMONY, 1)])]
    assert _state(bob) == before  # not even the trust

    # Another package (a new export of the same case) is not what was previewed: refused, nothing written.
    other = tmp_path / "p2.evt"
    transfer.export_case(alice, case.id, [key.recipient], other)
    with pytest.raises(BadPackage, match="not the package that was previewed"):
        transfer.import_package(bob, other, [key], fp, expect_manifest=preview.manifest_sha256)
    assert _state(bob) == before

    report = transfer.import_package(bob, package, [key], fp, expect_manifest=preview.manifest_sha256)
    assert report.newly_trusted and [c.id for c in list_cases(bob)] == [case.id]
    assert preview_package(bob, package, [key]).status is SignerStatus.TRUSTED
    assert preview_package(bob, package, [key]).items == []  # all there already


def test_preview_names_conflicts(two: tuple[Vault, Vault, age.Identity], tmp_path: Path) -> None:
    alice, bob, key = two
    case = add_case(alice, "Compound K")
    source = add_person(alice, "Sok Dara", case_id=case.id)
    t = add_testimony(alice, case.id, source.id, "First words.")
    fp = alice.signing_keypair().fingerprint
    transfer.export_case(alice, case.id, [key.recipient], tmp_path / "p1.evt")
    transfer.import_package(bob, tmp_path / "p1.evt", [key], fp)
    edit_testimony(bob, t.id, transcript="First words, as Bob heard them.")
    edit_testimony(alice, t.id, transcript="First words, as Alice heard them.")
    edit_case(alice, case.id, title="Compound K (2025)")
    transfer.export_case(alice, case.id, [key.recipient], tmp_path / "p2.evt")
    preview = preview_package(bob, tmp_path / "p2.evt", [key])
    assert preview.status is SignerStatus.TRUSTED
    changes = {i.record_id: i.change for i in preview.items}
    assert changes == {case.id: Change.CHANGE, t.id: Change.CONFLICT}
    assert [c.record_id for c in preview.conflicts] == [t.id]
    assert get_testimony(bob, t.id).transcript == "First words, as Bob heard them."


def test_cli_dry_run_is_the_preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alice, bob = Cli(tmp_path / "alice", monkeypatch), Cli(tmp_path / "bob", monkeypatch)
    alice.ok("init", "--author", "Alice")
    bob.ok("init", "--author", "Bob")
    key = tmp_path / "bob.key"
    subprocess.run(["age-keygen", "-o", str(key)], capture_output=True, check=True, timeout=30)
    recipient = next(line.split(": ")[1] for line in key.read_text().splitlines() if "public key" in line)
    case = alice.ok("case", "add", "--title", "Compound K")
    alice.ok("person", "add", "--name", "Sok Dara", "--case", case)
    out = tmp_path / "p.evt"
    alice.ok("transfer", "export", "--case", case, "--recipient", recipient, "--out", str(out))
    fp = alice.ok("transfer", "fingerprint")
    log = bob.ok("log", "--json")
    r = bob("transfer", "import", str(out), "--identity", str(key), "--dry-run")  # untrusted: refused
    assert r.code == 1 and fp in r.err and "--expect-signer" in r.err and r.err.count("\n") == 1
    dry = bob.ok("transfer", "import", str(out), "--identity", str(key), "--expect-signer", fp, "--dry-run")
    assert "signer: not trusted before; the import trusts it from then on" in dry
    assert f"would add case {case}" in dry
    assert [e for e in json.loads(bob.ok("log", "--json")) if e["action"] != "unlock"] == [
        e for e in json.loads(log) if e["action"] != "unlock"
    ]
