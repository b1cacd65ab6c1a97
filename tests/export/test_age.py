"""Bundles encrypted to age recipients: Debian's ``age`` decrypts them, ``verify --identity``
checks them in memory, and the plaintext zip never touches the disk."""

from __future__ import annotations

import base64
import contextlib
import io
import os
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import bagit
import pyrage
import pytest

from crypto import age
from evidence_app import fsutil
from tests.conftest import Cli

from .helpers import EXIFTOOL, Scenario

AGE = shutil.which("age")
pytestmark = pytest.mark.skipif(AGE is None or EXIFTOOL is None, reason="needs Debian's age and exiftool")


def _identity(tmp_path: Path, name: str) -> tuple[Path, str]:
    identity = age.Identity.generate()
    path = tmp_path / f"{name}.txt"
    path.write_text(f"# created by the test\n# public key: {identity.recipient}\n{identity.secret.reveal()}\n")
    return path, identity.recipient


def _export(cli: Cli, scenario: Scenario, out: Path, *recipients: str) -> None:
    args = [a for r in recipients for a in ("--recipient", r)]
    r = cli("export", "--case", scenario.case_id, "--out", str(out), *args)
    assert r.code == 0, r.err
    assert "age-encrypted" in r.err


def test_age_round_trip_with_the_age_tool(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    alice, alice_recipient = _identity(tmp_path, "alice")
    bob, bob_recipient = _identity(tmp_path, "bob")
    out = tmp_path / "out" / "dossier.zip.age"
    out.parent.mkdir()
    _export(cli_vault, scenario, out, alice_recipient, bob_recipient)
    assert os.listdir(out.parent) == ["dossier.zip.age"]
    assert out.read_bytes().startswith(age.AGE_MAGIC)

    for identity in (alice, bob):
        plain = subprocess.run([AGE or "age", "-d", "-i", str(identity), str(out)], capture_output=True, check=True)
        with zipfile.ZipFile(io.BytesIO(plain.stdout)) as zf:
            assert zf.testzip() is None
            zf.extractall(tmp_path / identity.stem)
    top = next((tmp_path / "alice").iterdir())
    bagit.Bag(str(top)).validate()

    r = cli_vault("verify", str(out), "--identity", str(bob))
    assert r.code == 0, r.err
    assert "(decrypted in memory)" in r.out and "signer fingerprint:" in r.out

    log = [e for e in cli_vault.ok("log").splitlines() if "\texport\t" in e]
    assert len(log) == 1


def test_encrypted_bundle_needs_an_identity(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    _, recipient = _identity(tmp_path, "alice")
    other, _ = _identity(tmp_path, "mallory")
    out = tmp_path / "b.age"
    _export(cli_vault, scenario, out, recipient)
    r = cli_vault("verify", str(out))
    assert r.code == 1 and "give --identity FILE" in r.err
    r = cli_vault("verify", str(out), "--identity", str(other))
    assert r.code == 1 and "none of the given identities can decrypt this file" in r.err
    bad = tmp_path / "bad.txt"
    bad.write_text("not a key\n")
    r = cli_vault("verify", str(out), "--identity", str(bad))
    assert r.code == 1 and "not an age identity" in r.err


def test_a_secret_key_given_as_recipient_is_not_echoed(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    secret = age.Identity.generate().secret.reveal()
    r = cli_vault("export", "--case", scenario.case_id, "--out", str(tmp_path / "b.age"), "--recipient", secret)
    assert r.code == 1 and "secret age identity" in r.err
    assert secret[15:] not in r.err + r.out
    assert not (tmp_path / "b.age").exists()


def test_truncated_age_file_leaves_nothing(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    identity, recipient = _identity(tmp_path, "alice")
    folder = tmp_path / "inbox"
    folder.mkdir()
    out = folder / "b.age"
    _export(cli_vault, scenario, out, recipient)
    data = out.read_bytes()
    for cut in (len(data) - 1, len(data) - 70_000, len(data) // 2, 200):
        out.write_bytes(data[:cut])
        before = sorted(os.listdir(folder))
        r = cli_vault("verify", str(out), "--identity", str(identity))
        assert r.code == 1, cut
        assert len(r.err.strip().splitlines()) == 1
        assert "could not be decrypted" in r.err or "refused" in r.err, r.err
        assert sorted(os.listdir(folder)) == before


def test_scrypt_work_factor_2_23_is_refused_before_pyrage(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    identity, _ = _identity(tmp_path, "alice")
    # A well-formed age v1 header with one scrypt stanza asking for 2^23 (a few GiB, minutes).
    salt, body, mac = (base64.b64encode(os.urandom(n)).rstrip(b"=") for n in (16, 32, 32))
    hostile = b"age-encryption.org/v1\n-> scrypt " + salt + b" 23\n" + body + b"\n--- " + mac + b"\n" + os.urandom(64)
    path = tmp_path / "hostile.age"
    path.write_bytes(hostile)

    def never(*args: Any) -> None:
        raise AssertionError("pyrage must not see this file")

    monkeypatch.setattr(pyrage, "decrypt_io", never)
    started = time.monotonic()
    r = cli("verify", str(path), "--identity", str(identity))
    assert time.monotonic() - started < 1.0
    assert r.code == 1
    assert r.err.strip() == (
        "evidence-app: the encrypted bundle was refused: age file asks for scrypt work factor 2^23; refusing"
    )


# --- the plaintext zip never touches the disk ---------------------------------------------------

_watch: list[tuple[str, str]] | None = None


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _watch is None or event != "open" or not args:
        return
    path, mode, flags = [*args, None, None][:3]
    if isinstance(path, int):
        return  # an already open descriptor (the pipe)
    writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
        isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
    )
    if writing:
        _watch.append((os.fsdecode(path), str(mode)))


sys.addaudithook(_audit)


@contextlib.contextmanager
def _watching() -> Iterator[list[tuple[str, str]]]:
    global _watch
    _watch = []
    try:
        yield _watch
    finally:
        _watch = None


def test_plaintext_zip_never_touches_the_disk(
    cli_vault: Cli, scenario: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, recipient = _identity(tmp_path, "alice")
    out_dir = tmp_path / "outbox"
    out_dir.mkdir()
    out = out_dir / "b.age"
    first_writes: list[bytes] = []
    real_writer = fsutil.atomic_writer

    @contextlib.contextmanager
    def checking_writer(target: Path, temp: Path | None = None) -> Iterator[BinaryIO]:
        with real_writer(target, temp) as fh:
            real_write = fh.write

            def write(data: Any) -> int:
                # The bundle's first bytes (the vault's own files, e.g. its rollback record, are
                # written through the same helper and are not exports).
                if not first_writes and target.parent == out_dir:
                    first_writes.append(bytes(data[: len(age.AGE_MAGIC)]))
                written: int = real_write(data)
                return written

            monkeypatch.setattr(fh, "write", write)
            yield fh

    monkeypatch.setattr(fsutil, "atomic_writer", checking_writer)
    with _watching() as opened:
        _export(cli_vault, scenario, out, recipient)
    assert first_writes == [age.AGE_MAGIC]  # the first byte on disk is already age
    outside_vault = [(p, m) for p, m in opened if not Path(p).is_relative_to(cli_vault.root)]
    assert outside_vault, "the audit hook saw no writes at all"
    for path, _ in outside_vault:
        assert Path(path).parent == out_dir and Path(path).name.startswith(".tmp-"), path
    assert os.listdir(out_dir) == ["b.age"]
    assert out.read_bytes().startswith(age.AGE_MAGIC)
