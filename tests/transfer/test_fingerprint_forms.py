"""Team transfer shows the signing key as ``ssh-keygen -l`` prints it (SHA256:...), the same form
as the dossier export and ``signing-key``, everywhere a person reads it: ``transfer
fingerprint``, the export and import messages, the refusal, ``transfer trusted`` and the custody
log. ``--expect-signer`` takes that form or the hex groups older versions showed."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from crypto import signing
from crypto.secret import SecretStr
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, Cli

SSH_KEYGEN = shutil.which("ssh-keygen")


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Cli, Cli]:
    alice, bob = Cli(tmp_path / "alice", monkeypatch), Cli(tmp_path / "bob", monkeypatch)
    alice.ok("init", "--author", "Alice")
    bob.ok("init", "--author", "Bob")
    return alice, bob


def _keygen(path: Path) -> str:
    subprocess.run(["age-keygen", "-o", str(path)], capture_output=True, check=True, timeout=30)
    return next(line.split(": ")[1] for line in path.read_text().splitlines() if "public key" in line)


@pytest.mark.skipif(SSH_KEYGEN is None or shutil.which("age-keygen") is None, reason="needs ssh-keygen, age-keygen")
def test_transfer_shows_the_ssh_fingerprint_everywhere(two: tuple[Cli, Cli], tmp_path: Path) -> None:
    alice, bob = two
    shown = alice.ok("transfer", "fingerprint")
    assert shown == alice.ok("signing-key")  # one form for one key
    pub = tmp_path / "alice.pub"
    pub.write_text(alice.ok("signing-key", "--format", "ssh") + "\n")
    keygen = subprocess.run([SSH_KEYGEN or "ssh-keygen", "-l", "-f", str(pub)], capture_output=True, text=True)
    assert keygen.stdout.split()[1] == shown and shown.startswith("SHA256:")
    raw = base64.b64decode(alice.ok("signing-key", "--format", "ssh").split()[1])[-32:]
    hex_form = signing.fingerprint(raw)

    case = alice.ok("case", "add", "--title", "Compound K")
    key = tmp_path / "bob.key"
    out = tmp_path / "k.evt"
    r = alice("transfer", "export", "--case", case, "--recipient", _keygen(key), "--out", str(out))
    assert r.code == 0 and f"Signed by this vault's key {shown}." in r.err

    refused = bob("transfer", "import", str(out), "--identity", str(key))
    assert refused.code == 1 and f"signed by {shown}" in refused.err and f"--expect-signer {shown}" in refused.err
    assert hex_form not in refused.err
    wrong = bob("transfer", "import", str(out), "--identity", str(key), "--expect-signer", "SHA256:" + "A" * 43)
    assert wrong.code == 1 and "not by the expected key" in wrong.err

    # The hex form older versions showed is still taken, in any case, with or without colons.
    r = bob("transfer", "import", str(out), "--identity", str(key), "--expect-signer", hex_form.upper())
    assert r.code == 0, r.err
    assert f"signed by {shown}" in r.out and f"Packages signed by {shown} are trusted" in r.err
    listing = bob.ok("transfer", "trusted")
    assert shown in listing and hex_form not in listing
    log = json.loads(bob.ok("log", "--json"))
    (summary,) = [e for e in log if e["action"] == "import" and e["detail"].get("what") == "transfer"]
    assert summary["detail"]["signer"] == shown
    (trusting,) = [e for e in log if e["action"] == "trust-signer"]
    assert trusting["detail"] == {"key": shown}


def test_a_key_trusted_before_its_public_key_was_kept_lists_by_hex(two: tuple[Cli, Cli]) -> None:
    _, bob = two
    legacy = "abcd:" * 15 + "abcd"
    with Vault.open(bob.root, SecretStr(PASSPHRASE)) as vault:
        vault.conn.execute("INSERT INTO trusted_signers(fingerprint, added, actor) VALUES (?, 'x', 'Bob')", (legacy,))
    assert legacy in bob.ok("transfer", "trusted")
    assert bob("transfer", "import", "nope.evt", "--identity", "k", "--expect-signer", "SHA256:short").code == 1
