"""``evidence-app transfer``: export with the CLI, open with Debian's age, import in another vault."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import Cli


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Cli, Cli]:
    alice, bob = Cli(tmp_path / "alice", monkeypatch), Cli(tmp_path / "bob", monkeypatch)
    alice.ok("init", "--author", "Alice")
    bob.ok("init", "--author", "Bob")
    return alice, bob


def _keygen(path: Path) -> str:
    subprocess.run(["age-keygen", "-o", str(path)], capture_output=True, check=True, timeout=30)
    return next(line.split(": ")[1] for line in path.read_text().splitlines() if "public key" in line)


def test_export_open_with_age_then_import(two: tuple[Cli, Cli], tmp_path: Path) -> None:
    alice, bob = two
    case = alice.ok("case", "add", "--title", "Compound K")
    person = alice.ok("person", "add", "--name", "王明", "--alias", "Wang Ming", "--case", case)
    text = tmp_path / "t.txt"
    text.write_text("They took our phones on the first day.", encoding="utf-8")
    alice.ok("testimony", "add", "--case", case, "--person", person, "--text-file", str(text))
    identity = tmp_path / "bob.key"
    recipient = _keygen(identity)
    other = _keygen(tmp_path / "carol.key")
    out = tmp_path / "compound-k.evt"

    r = alice(
        "transfer", "export", "--case", case[:8], "--recipient", recipient, "--recipient", other, "--out", str(out)
    )
    assert r.code == 0, r.err
    assert r.out.strip() == str(out) and "NOT redacted" in r.err
    fingerprint = alice.ok("transfer", "fingerprint")
    assert fingerprint in r.err

    # The package is a standard age file, for every recipient; inside, a standard tar.
    for key in (identity, tmp_path / "carol.key"):
        plain = subprocess.run(
            ["age", "-d", "-i", str(key), str(out)], capture_output=True, check=True, timeout=60
        ).stdout
        listing = subprocess.run(["tar", "-t"], input=plain, capture_output=True, check=True, timeout=60)
        assert listing.stdout.decode().split() == ["manifest.json", "manifest.sig", "records.json", "custody.json"]

    # A signer this vault never trusted: refused with nothing written, naming the key and the way on.
    def bob_log_but_unlocks() -> list[dict[str, object]]:
        return [e for e in json.loads(bob.ok("log", "--json")) if e["action"] != "unlock"]

    bob_before = bob_log_but_unlocks()
    r = bob("transfer", "import", str(out), "--identity", str(identity))
    assert r.code == 1 and r.err.count("\n") == 1
    assert fingerprint in r.err and f"--expect-signer {fingerprint}" in r.err
    assert bob.ok("list", "persons") == "" and bob_log_but_unlocks() == bob_before

    # The dry run lists every record it would add and writes nothing (not even the trust).
    dry = bob("transfer", "import", str(out), "--identity", str(identity), "--expect-signer", fingerprint, "--dry-run")
    assert dry.code == 0, dry.err
    assert (
        f"would add person {person}" in dry.out
        and f"would add case {json.loads(alice.ok('list', 'cases', '--json'))[0]['id']}" in dry.out
    )
    assert "would be added: 1 case, 1 person, 1 testimony" in dry.out and "nothing was written" in dry.err
    assert bob.ok("list", "persons") == "" and bob_log_but_unlocks() == bob_before
    assert fingerprint not in bob.ok("transfer", "trusted")

    # (The SSH form is base64, so case matters; the hex form's case does not: test_fingerprint_forms.py.)
    r = bob("transfer", "import", str(out), "--identity", str(identity), "--expect-signer", fingerprint)
    assert r.code == 0, r.err
    assert f"signed by {fingerprint}" in r.out
    assert "added: 1 case, 1 person, 1 testimony" in r.out and "conflicts: 0" in r.out
    assert "trusted from now on" in r.err
    assert "王明" in bob.ok("list", "persons")
    assert fingerprint in bob.ok("transfer", "trusted")

    again = bob("transfer", "import", str(out), "--identity", str(identity))  # trusted now
    assert again.code == 0, again.err
    assert "unchanged: 1 case, 1 person, 1 testimony" in again.out and "added" not in again.out

    alice_log = json.loads(alice.ok("log", "--json"))
    assert [e["detail"]["what"] for e in alice_log if e["action"] == "export"] == ["transfer"]
    bob_log = json.loads(bob.ok("log", "--json"))
    summaries = [e for e in bob_log if e["action"] == "import" and e["detail"].get("what") == "transfer"]
    assert len(summaries) == 2 and summaries[0]["detail"]["signer"] == fingerprint
    assert bob.ok("check").startswith("OK")


def test_errors_are_one_line_with_the_right_exit_code(two: tuple[Cli, Cli], tmp_path: Path) -> None:
    alice, bob = two
    case = alice.ok("case", "add", "--title", "C")
    identity = tmp_path / "bob.key"
    recipient = _keygen(identity)
    out = tmp_path / "c.evt"
    alice.ok("transfer", "export", "--case", case, "--recipient", recipient, "--out", str(out))

    def fails(cli: Cli, *argv: str, code: int = 1, match: str = "") -> None:
        r = cli(*argv)
        assert r.code == code, r.err
        assert r.err.count("\n") == 1 and match in r.err and "Traceback" not in r.err

    fails(
        alice, "transfer", "export", "--case", case, "--recipient", recipient, "--out", str(out), match="already exists"
    )
    fails(
        alice,
        "transfer",
        "export",
        "--case",
        case,
        "--recipient",
        "age1nope",
        "--out",
        str(tmp_path / "x"),
        match="not an age X25519 recipient",
    )
    fails(alice, "transfer", "export", "--case", case, "--out", str(tmp_path / "y"), code=2)
    fails(bob, "transfer", "import", str(out), code=2)
    wrong = tmp_path / "wrong.key"
    _keygen(wrong)
    fails(bob, "transfer", "import", str(out), "--identity", str(wrong), match="none of the given identities")
    junk = tmp_path / "junk.key"
    junk.write_text("AGE-SECRET-KEY-1NOTAKEY\n")
    fails(bob, "transfer", "import", str(out), "--identity", str(junk), match="not an age identity file")
    assert "NOTAKEY" not in bob("transfer", "import", str(out), "--identity", str(junk)).err  # never echoed
    fails(
        bob,
        "transfer",
        "import",
        str(out),
        "--identity",
        str(identity),
        "--expect-signer",
        "abcd" * 16,  # well formed, but another key
        match="not by the expected key",
    )
    fails(
        bob,
        "transfer",
        "import",
        str(out),
        "--identity",
        str(identity),
        "--expect-signer",
        "abcd",
        match="'abcd' is not a signer fingerprint",
    )
    damaged = tmp_path / "damaged.evt"
    data = bytearray(out.read_bytes())
    data[-20] ^= 1
    damaged.write_bytes(bytes(data))
    fails(bob, "transfer", "import", str(damaged), "--identity", str(identity), match="transfer package refused")
    assert bob.ok("list", "cases") == ""


def test_export_to_a_recipients_file_opens_with_age_for_each(two: tuple[Cli, Cli], tmp_path: Path) -> None:
    """``--recipients-file`` as ``age -R`` reads it (as for ``export``): an age key and an SSH key
    from the team's list, each recipient opens the package with the standard tool."""
    alice, _bob = two
    case = alice.ok("case", "add", "--title", "Compound K")
    age_identity = tmp_path / "bob.key"
    age_recipient = _keygen(age_identity)
    ssh_key = tmp_path / "carol_ed25519"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "carol@desk", "-f", str(ssh_key)],
        capture_output=True,
        check=True,
        timeout=30,
    )
    team = tmp_path / "team.txt"
    team.write_text(f"# the team\n{age_recipient}\n\n{ssh_key.with_suffix('.pub').read_text()}")
    out = tmp_path / "k.evt"
    r = alice("transfer", "export", "--case", case, "--recipients-file", str(team), "--out", str(out))
    assert r.code == 0, r.err
    for key in (age_identity, ssh_key):
        plain = subprocess.run(["age", "-d", "-i", str(key), str(out)], capture_output=True, check=True, timeout=60)
        assert b"manifest.json" in plain.stdout[:1024]

    bad = tmp_path / "bad.txt"
    bad.write_text(f"{age_recipient}\nAGE-SECRET-KEY-1QQQQSECRETQQQQ\n")
    r = alice("transfer", "export", "--case", case, "--recipients-file", str(bad), "--out", str(tmp_path / "b.evt"))
    assert r.code == 1 and r.err.count("\n") == 1 and "line 2" in r.err, r.err
    assert "SECRETQQQQ" not in r.err and not (tmp_path / "b.evt").exists()
