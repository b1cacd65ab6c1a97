"""Transfers need trust and never undo protection: a round trip between two vaults in which the
colleague renames the source, a package that tries to rename a person outside its case, and the
exports afterwards, read back byte by byte."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Cli

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
