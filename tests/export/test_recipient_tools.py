"""The bundle checked with the recipients' own tools: ssh-keygen -Y verify over the payload
manifest (with the allowed_signers line ``signing-key`` prints), bagit, and a zip stream reader
that reads local headers only."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import bagit
import pytest

from tests.conftest import Cli

from .helpers import Scenario
from .inspect_bundle import extract

SSH_KEYGEN = shutil.which("ssh-keygen")
# scripts/setup installs openssh-client, so CI must never skip the check recipients rely on.
_SSH_KEYGEN_REQUIRED = bool(os.environ.get("CI"))


def _export(cli_vault: Cli, scenario: Scenario, out: Path) -> None:
    cli_vault.ok("export", "--case", scenario.case_id, "--out", str(out))


@pytest.mark.skipif(SSH_KEYGEN is None and not _SSH_KEYGEN_REQUIRED, reason="needs ssh-keygen (openssh-client)")
def test_ssh_keygen_verifies_the_payload_manifest(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    assert SSH_KEYGEN is not None, "CI must verify with the real ssh-keygen: scripts/setup installs openssh-client"
    out = tmp_path / "b.zip"
    _export(cli_vault, scenario, out)
    bag = extract(out, tmp_path / "x").root
    line = cli_vault.ok("signing-key", "--format", "allowed-signers").strip()
    assert line.startswith('evidence-vault namespaces="evidence-vault" ssh-ed25519 AAAA')
    signers = tmp_path / "allowed_signers"
    signers.write_text(line + "\n")
    manifest = (bag / "manifest-sha512.txt").read_bytes()
    verify = [SSH_KEYGEN, "-Y", "verify", "-f", str(signers), "-I", "evidence-vault", "-n", "evidence-vault"]
    ok = subprocess.run([*verify, "-s", str(bag / "manifest-sha512.txt.sig")], input=manifest, capture_output=True)
    assert ok.returncode == 0, ok.stderr
    assert b"Good" in ok.stdout
    bad = subprocess.run(
        [*verify, "-s", str(bag / "manifest-sha512.txt.sig")], input=manifest + b"x", capture_output=True
    )
    assert bad.returncode != 0
    other_ns = [*verify[:-1], "file", "-s", str(bag / "manifest-sha512.txt.sig")]
    assert subprocess.run(other_ns, input=manifest, capture_output=True).returncode != 0

    # The fingerprint shown everywhere is the one ssh-keygen -l prints for the key.
    pub = tmp_path / "key.pub"
    pub.write_text(cli_vault.ok("signing-key", "--format", "ssh"))
    listed = subprocess.run([SSH_KEYGEN, "-l", "-f", str(pub)], capture_output=True, text=True, check=True).stdout
    fingerprint = cli_vault.ok("signing-key").strip()
    assert fingerprint.startswith("SHA256:") and fingerprint in listed
    assert f"signer fingerprint: {fingerprint}" in cli_vault.ok("verify", str(out))
    readme = (bag / "README.txt").read_text()
    assert fingerprint in readme and "ssh-keygen -Y verify" in readme
    # The payload manifest covers records.json, which names the signer, case and custody head.
    assert hashlib.sha512((bag / "data/records.json").read_bytes()).hexdigest() in manifest.decode()
    assert fingerprint in (bag / "data/records.json").read_text()


def test_strict_bagit_and_unique_folders(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    first, second = tmp_path / "1.zip", tmp_path / "2.zip"
    _export(cli_vault, scenario, first)
    _export(cli_vault, scenario, second)
    a, b = extract(first, tmp_path / "a").root, extract(second, tmp_path / "b").root
    assert a.name != b.name and a.name.startswith("dossier-") and b.name.startswith("dossier-")
    bag = bagit.Bag(str(a))
    bag.validate()
    assert set(bag.algorithms) == {"sha512", "sha256"}
    tag_listed = {line.split(None, 1)[1] for line in (a / "tagmanifest-sha512.txt").read_text().splitlines()}
    tag_files = {p.name for p in a.iterdir() if p.is_file() and not p.name.startswith("tagmanifest-")}
    assert tag_listed == tag_files  # every tag file, the signature and README.txt included


def test_zip_has_sizes_in_local_headers_for_stream_readers(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    _export(cli_vault, scenario, out)
    data = out.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        expected = {i.filename: zf.read(i) for i in zf.infolist()}
        assert all(not i.flag_bits & 0x08 for i in zf.infolist())  # no data descriptors
    stream_unzip = pytest.importorskip("stream_unzip")
    got = {}
    for name, _size, chunks in stream_unzip.stream_unzip([data[i : i + 65536] for i in range(0, len(data), 65536)]):
        got[name.decode()] = b"".join(chunks)
    assert got == expected
