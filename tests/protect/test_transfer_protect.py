"""Transfers need trust and never undo protection: a round trip between two vaults in which the
colleague renames the source, a package that tries to rename a person outside its case, and the
exports afterwards, read back byte by byte."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from crypto.secret import SecretStr
from evidence_app import identities
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, Cli

from .scan import export, needs_pdftotext

pytestmark = [needs_pdftotext, pytest.mark.skipif(shutil.which("age-keygen") is None, reason="needs age-keygen")]

ORIGINAL = "Sok Dara"
RENAMED = "Dara Sokha"
OTHER = "Chea Sreymom"


def _keygen(path: Path) -> str:
    subprocess.run(["age-keygen", "-o", str(path)], capture_output=True, check=True, timeout=30)
    return next(line.split(": ")[1] for line in path.read_text().splitlines() if "public key" in line)


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Cli, Cli]:
    alice, bob = Cli(tmp_path / "alice", monkeypatch), Cli(tmp_path / "bob", monkeypatch)
    alice.ok("init", "--author", "Alice")
    bob.ok("init", "--author", "Bob")
    return alice, bob


def _send(sender: Cli, receiver: Cli, case: str, key: Path, recipient: str, out: Path) -> None:
    sender.ok("transfer", "export", "--case", case, "--recipient", recipient, "--out", str(out))
    fingerprint = sender.ok("transfer", "fingerprint")
    receiver.ok("transfer", "import", str(out), "--identity", str(key), "--expect-signer", fingerprint)


def test_round_trip_rename_keeps_both_names_out_of_every_export(two: tuple[Cli, Cli], tmp_path: Path) -> None:
    alice, bob = two
    alice_key, bob_key = tmp_path / "alice.key", tmp_path / "bob.key"
    alice_rcpt, bob_rcpt = _keygen(alice_key), _keygen(bob_key)
    case = alice.ok("case", "add", "--title", "Compound K")
    source = alice.ok("person", "add", "--name", ORIGINAL, "--case", case)
    text = tmp_path / "t.txt"
    text.write_text(f"{ORIGINAL}, who now calls herself {RENAMED}, crossed at night.", encoding="utf-8")
    alice.ok("testimony", "add", "--case", case, "--person", source, "--text-file", str(text))

    _send(alice, bob, case, bob_key, bob_rcpt, tmp_path / "p1.evt")
    bob.ok("person", "edit", source, "--name", RENAMED)  # Bob renames the source
    _send(bob, alice, case, alice_key, alice_rcpt, tmp_path / "p2.evt")
    assert json.loads(alice.ok("person", "show", source, "--json"))["full_name"] == RENAMED

    for who, cli in (("alice", alice), ("bob", bob)):
        views = export(cli, case, tmp_path / "out" / f"{who}.zip")
        assert views.leaks([ORIGINAL, RENAMED, "Dara Sok"]) == [], who
        assert views.leaks(["crossed at night"])


def test_a_package_cannot_rename_a_person_outside_its_case(two: tuple[Cli, Cli], tmp_path: Path) -> None:
    alice, bob = two
    bob_key = tmp_path / "bob.key"
    bob_rcpt = _keygen(bob_key)
    # Case 1 with the source goes to Bob; then Bob has the source in case 1 only.
    case1 = alice.ok("case", "add", "--title", "Case one")
    source = alice.ok("person", "add", "--name", ORIGINAL, "--case", case1)
    _send(alice, bob, case1, bob_key, bob_rcpt, tmp_path / "p1.evt")
    text = tmp_path / "t.txt"
    text.write_text(f"{ORIGINAL} was seen at the pier.", encoding="utf-8")
    # Alice renames the source and sends a package of ANOTHER case that lists the person.
    case2 = alice.ok("case", "add", "--title", "Case two")
    alice.ok("person", "edit", source, "--name", RENAMED)
    alice.ok("testimony", "add", "--case", case2, "--person", source, "--text-file", str(text))
    out = tmp_path / "p2.evt"
    alice.ok("transfer", "export", "--case", case2, "--recipient", bob_rcpt, "--out", str(out))
    dry = bob.ok("transfer", "import", str(out), "--identity", str(bob_key), "--dry-run")
    assert f"person {source}: not part of case {case2}" in dry
    bob.ok("transfer", "import", str(out), "--identity", str(bob_key))
    shown = json.loads(bob.ok("person", "show", source, "--json"))
    assert shown["full_name"] == ORIGINAL  # the UUID alone did not rename Bob's person
    views = export(bob, case2, tmp_path / "out" / "b.zip")
    assert views.leaks([ORIGINAL, RENAMED]) == []


FORMER = "Mao Sreyneang"  # a deleted protected person named in the case's testimony
ELSEWHERE = "Chhay Vannak"  # a deleted protected person of another case


def test_former_names_known_only_to_the_sender_travel_in_the_package(two: tuple[Cli, Cli], tmp_path: Path) -> None:
    """Alice renamed the source before she ever sent the case: Bob's vault only learns the old name
    from the package's remembered identifiers, and his exports still redact it."""
    alice, bob = two
    bob_key = tmp_path / "bob.key"
    bob_rcpt = _keygen(bob_key)
    case = alice.ok("case", "add", "--title", "Compound K")
    source = alice.ok("person", "add", "--name", ORIGINAL, "--phone", "+855 12 345 678", "--case", case)
    alice.ok("person", "edit", source, "--name", RENAMED)
    former = alice.ok("person", "add", "--name", FORMER, "--case", case)
    other_case = alice.ok("case", "add", "--title", "Other case")
    elsewhere = alice.ok("person", "add", "--name", ELSEWHERE, "--case", other_case)
    alice.ok("delete", "person", former)  # tombstones: one named in this case, one not
    alice.ok("delete", "person", elsewhere)
    text = tmp_path / "t.txt"
    text.write_text(
        f"{ORIGINAL} (call +855 12 345 678), who now calls herself {RENAMED}, crossed at night with {FORMER}.",
        encoding="utf-8",
    )
    alice.ok("testimony", "add", "--case", case, "--person", source, "--text-file", str(text))
    out = tmp_path / "p.evt"
    alice.ok("transfer", "export", "--case", case, "--recipient", bob_rcpt, "--out", str(out))
    fingerprint = alice.ok("transfer", "fingerprint")

    dry = bob.ok(
        "transfer", "import", str(out), "--identity", str(bob_key), "--expect-signer", fingerprint, "--dry-run"
    )
    assert "identifiers of protected persons were added" in dry
    bob.ok("transfer", "import", str(out), "--identity", str(bob_key), "--expect-signer", fingerprint)
    assert json.loads(bob.ok("person", "show", source, "--json"))["full_name"] == RENAMED
    summary = [e for e in json.loads(bob.ok("log", "--json")) if e["detail"].get("what") == "transfer"]
    assert summary[-1]["detail"]["remembered"] == 2  # the old name and the tombstone's (the rest is the row)

    views = export(bob, case, tmp_path / "out" / "bob.zip")
    assert views.leaks([ORIGINAL, RENAMED, "Dara Sok", FORMER, "12 345 678"]) == []
    assert views.leaks(["crossed at night"])
    # The tombstone of the other case stayed in Alice's vault: a package never hands out names of
    # sources of other cases.
    with Vault.open(bob.root, passphrase=SecretStr(PASSPHRASE)) as vault:
        remembered = identities.remembered(vault.conn)
    names = {n for m in remembered for n in m.names}
    assert {ORIGINAL, RENAMED, FORMER} <= names and ELSEWHERE not in names
    assert former in {m.person_id for m in remembered} and elsewhere not in {m.person_id for m in remembered}


def test_a_merged_person_never_takes_a_tombstones_pseudonym(two: tuple[Cli, Cli], tmp_path: Path) -> None:
    alice, bob = two
    bob_key = tmp_path / "bob.key"
    bob_rcpt = _keygen(bob_key)
    gone = bob.ok("person", "add", "--name", OTHER, "--pseudonym", "Source K")
    bob.ok("delete", "person", gone)  # its tombstone keeps the label "Source K"
    case = alice.ok("case", "add", "--title", "Compound K")
    source = alice.ok("person", "add", "--name", ORIGINAL, "--pseudonym", "Source K", "--case", case)
    _send(alice, bob, case, bob_key, bob_rcpt, tmp_path / "p.evt")
    assert json.loads(bob.ok("person", "show", source, "--json"))["pseudonym"] == "Source K (2)"
