"""Recipients' own keys, as the real ``age`` and ``ssh-keygen`` make them: a bundle encrypted to SSH
public keys (ssh-ed25519, ssh-rsa) and to a recipients file is opened by ``age -d`` with the SSH
private key; ``verify --identity`` takes SSH private keys (passphrase-protected too) and identity
files encrypted with ``age -p``, as ``age -d`` does, and reads armored (``age -a``) bundles."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest

from crypto import age
from crypto.errors import DecryptionFailed
from tests.conftest import Cli

from .helpers import EXIFTOOL, Scenario

AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
SSH_KEYGEN = shutil.which("ssh-keygen")
pytestmark = pytest.mark.skipif(
    None in (AGE, AGE_KEYGEN, SSH_KEYGEN, EXIFTOOL), reason="needs age, age-keygen, ssh-keygen and exiftool"
)
PASSPHRASE = "correct horse battery 42"


def _on_a_terminal(argv: list[str], answer: str, timeout: float = 60.0) -> int:
    """Run ``argv`` on a pseudo-terminal (age reads passphrases from the terminal only), typing
    ``answer`` at every passphrase prompt. Returns the exit status."""
    pid, fd = pty.fork()
    if pid == 0:  # the child
        os.execvp(argv[0], argv)  # noqa: S606 (a fixed tool, found with shutil.which)
    seen = b""
    answered = 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
                if seen.lower().count(b"passphrase") > answered:
                    answered += 1
                    os.write(fd, answer.encode() + b"\n")
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status)
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _ssh_key(tmp_path: Path, kind: str, passphrase: str = "") -> Path:
    path = tmp_path / f"id_{kind}{'_protected' if passphrase else ''}"
    extra = ["-b", "2048"] if kind == "rsa" else []
    subprocess.run(
        [
            SSH_KEYGEN or "ssh-keygen",
            "-q",
            "-t",
            kind,
            *extra,
            "-N",
            passphrase,
            "-C",
            "Dana Recipient <dana@example.org>",
            "-f",
            str(path),
        ],
        check=True,
    )
    return path


def _age_identity(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "age-key.txt"
    subprocess.run([AGE_KEYGEN or "age-keygen", "-o", str(path)], check=True, capture_output=True)
    recipient = subprocess.run(
        [AGE_KEYGEN or "age-keygen", "-y", str(path)], check=True, capture_output=True, text=True
    ).stdout.strip()
    return path, recipient


def test_ssh_recipients_and_recipients_file_with_age_and_ssh_keygen(
    cli_vault: Cli, scenario: Scenario, tmp_path: Path
) -> None:
    ed = _ssh_key(tmp_path, "ed25519")
    rsa_protected = _ssh_key(tmp_path, "rsa", PASSPHRASE)
    age_key, age_recipient = _age_identity(tmp_path)
    # The identity file protected with age's own passphrase encryption, armored (age -p -a).
    age_key_protected = tmp_path / "age-key.txt.age"
    assert _on_a_terminal([AGE or "age", "-p", "-a", "-o", str(age_key_protected), str(age_key)], PASSPHRASE) == 0
    assert age_key_protected.read_bytes().startswith(age.ARMOR_BEGIN)

    recipients = tmp_path / "recipients.txt"
    recipients.write_text("# the team's keys\n\n" + Path(f"{rsa_protected}.pub").read_text() + f"{age_recipient}\n")
    out = tmp_path / "out" / "dossier.zip.age"
    out.parent.mkdir()
    r = cli_vault(
        "export",
        "--case",
        scenario.case_id,
        "--out",
        str(out),
        "--recipient",
        Path(f"{ed}.pub").read_text().strip(),
        "--recipients-file",
        str(recipients),
    )
    assert r.code == 0, r.err
    assert out.read_bytes().startswith(age.AGE_MAGIC)

    # The real age opens it with each recipient's own private key.
    plain = subprocess.run([AGE or "age", "-d", "-i", str(ed), str(out)], capture_output=True, check=True).stdout
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        assert zf.testzip() is None
    opened = tmp_path / "opened-by-age.zip"
    assert _on_a_terminal([AGE or "age", "-d", "-i", str(rsa_protected), "-o", str(opened), str(out)], PASSPHRASE) == 0
    assert opened.read_bytes() == plain
    opened.unlink()
    assert (
        _on_a_terminal([AGE or "age", "-d", "-i", str(age_key_protected), "-o", str(opened), str(out)], PASSPHRASE) == 0
    )
    assert opened.read_bytes() == plain

    # verify takes the same identities as age -d.
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    for identity in (ed, rsa_protected, age_key_protected, age_key):
        v = cli_vault("verify", str(out), "--identity", str(identity), "--identity-passphrase-file", str(secret))
        assert v.code == 0, (identity.name, v.err)
        assert "decrypted in memory" in v.out

    # A protected key without its passphrase, or with a wrong one: one line, no traceback.
    v = cli_vault("verify", str(out), "--identity", str(rsa_protected))
    assert v.code == 1 and "passphrase-protected" in v.err and "Traceback" not in v.err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    for identity in (rsa_protected, age_key_protected):
        v = cli_vault("verify", str(out), "--identity", str(identity), "--identity-passphrase-file", str(wrong))
        assert v.code == 1 and "passphrase" in v.err and len(v.err.strip().splitlines()) == 1, v.err

    # An armored bundle (age -a, by the real age) is read too.
    armored = tmp_path / "dossier.zip.age.asc"
    zipped = tmp_path / "plain.zip"
    zipped.write_bytes(plain)
    subprocess.run([AGE or "age", "-a", "-r", age_recipient, "-o", str(armored), str(zipped)], check=True)
    assert armored.read_bytes().startswith(age.ARMOR_BEGIN)
    v = cli_vault("verify", str(armored), "--identity", str(age_key))
    assert v.code == 0, v.err

    # The custody log names the recipients' keys, never the comment of their .pub line.
    log = json.loads(cli_vault.ok("log", "--json"))
    (export,) = [e for e in log if e["action"] == "export"]
    assert len(export["detail"]["recipients"]) == 3
    assert "dana" not in json.dumps(export).lower()


def test_bad_recipients_are_refused_in_one_line(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    ecdsa = tmp_path / "id_ecdsa"
    subprocess.run([SSH_KEYGEN or "ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", str(ecdsa)], check=True)
    out = tmp_path / "x.age"
    r = cli_vault(
        "export", "--case", scenario.case_id, "--out", str(out), "--recipient", Path(f"{ecdsa}.pub").read_text()
    )
    assert r.code == 1 and "ssh-ed25519 and ssh-rsa" in r.err
    bad = tmp_path / "recipients.txt"
    bad.write_text("# ok\nage1notarecipient\n")
    r = cli_vault("export", "--case", scenario.case_id, "--out", str(out), "--recipients-file", str(bad))
    assert r.code == 1 and "line 2" in r.err and "age1notarecipient" not in r.err
    r = cli_vault("export", "--case", scenario.case_id, "--out", str(out), "--recipient", ecdsa.read_text())
    assert r.code == 1 and "private key" in r.err and "PRIVATE" not in r.err
    assert not out.exists()


def test_armored_header_is_vetted_before_decryption() -> None:
    """A hostile armored file asking for scrypt 2^30 is refused from its decoded header."""
    import base64

    header = b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 30\nAAAA\n--- AAAA\n"
    body = base64.b64encode(header + b"\x00" * 64).decode()
    armored = (
        "-----BEGIN AGE ENCRYPTED FILE-----\n"
        + "\n".join(body[i : i + 64] for i in range(0, len(body), 64))
        + "\n-----END AGE ENCRYPTED FILE-----\n"
    ).encode()
    with pytest.raises(DecryptionFailed, match="2\\^30"):
        age.check_header(io.BytesIO(armored))
