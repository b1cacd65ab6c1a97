"""A transfer package with a huge records member is refused before that member is read.

The attack: a validly signed package (a signer the receiver trusts, or trusts on first use with
``--expect-signer``) whose records.json is 80 MiB of tiny JSON values. Before the bound, the
receiver read it whole and parsed it (2.18 GB of memory at 80 MiB; the old limit was 512 MiB).
Now the signed manifest's size for the member is checked against the bound before one byte of
the member is read. The real ``evidence-app`` runs in a child process, measured alone.
"""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crypto import age
from crypto.signing import SigningKeyPair
from evidence_app.transfer import format as fmt
from evidence_app.transfer.reader import load_identities
from tests.conftest import PASSPHRASE, Cli
from tests.hardening.test_hostile_header import MAX_RSS_KIB, MAX_SECONDS, _run_measured
from tests.transfer import helpers as h

HUGE = 80 * 1024 * 1024


def _keygen(path: Path) -> str:
    subprocess.run(["age-keygen", "-o", str(path)], capture_output=True, check=True, timeout=30)
    return next(line.split(": ")[1] for line in path.read_text().splitlines() if "public key" in line)


def _huge_records() -> Iterator[bytes]:
    """Valid JSON of tiny values, the shape that costs a JSON parser the most memory per byte, in
    1 MiB chunks: the test process never holds it (a child's peak RSS counts its parent's at fork)."""
    item = b"[0,1,2],"
    chunk = item * (1024 * 1024 // len(item))
    yield b'{"x":['
    for _ in range(HUGE // len(chunk)):
        yield chunk
    yield b"0]}"


class _Chunks(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._rest = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._rest:
            self._rest = next(self._chunks, b"")
            if not self._rest:
                return 0
        n = min(len(buffer), len(self._rest))
        buffer[:n] = self._rest[:n]
        self._rest = self._rest[n:]
        return n


def _write_package(path: Path, members: h.Members, signer: SigningKeyPair, recipient: str) -> None:
    """The sender's package with records.json swapped for the huge one, validly signed by ``signer``."""
    digest, size = hashlib.sha256(), 0
    for part in _huge_records():
        digest.update(part)
        size += len(part)
    body = [(n, d) for n, d in members if n not in (fmt.MANIFEST, fmt.SIGNATURE)]
    manifest = {
        **json.loads(dict(members)[fmt.MANIFEST]),
        "signer_public_key": signer.public.hex(),
        "signer_fingerprint": signer.fingerprint,
        "files": [
            {"name": n, "size": size, "sha256": digest.hexdigest()}
            if n == fmt.RECORDS
            else {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in body
        ],
    }
    manifest_bytes = fmt.canonical_json(manifest)
    signature = fmt.signature_document(signer.public, signer.sign(fmt.SIGNATURE_CONTEXT + manifest_bytes))

    def padded(data: bytes) -> bytes:
        return data + b"\0" * (-len(data) % 512)

    def tar() -> Iterator[bytes]:
        for name, data in [(fmt.MANIFEST, manifest_bytes), (fmt.SIGNATURE, signature), *body]:
            if name == fmt.RECORDS:
                yield h.header(name, size)
                yield from _huge_records()
                yield b"\0" * (-size % 512)
            else:
                yield h.header(name, len(data)) + padded(data)
        yield b"\0" * 1024

    with open(path, "wb") as out:
        age.encrypt_stream(io.BufferedReader(_Chunks(tar())), out, [recipient])


@pytest.fixture
def two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Cli, Cli]:
    alice, bob = Cli(tmp_path / "alice", monkeypatch), Cli(tmp_path / "bob", monkeypatch)
    alice.ok("init", "--author", "Alice")
    bob.ok("init", "--author", "Bob")
    return alice, bob


def test_huge_records_member_is_refused_quickly_with_bounded_memory(two: tuple[Cli, Cli], tmp_path: Path) -> None:
    alice, bob = two
    case = alice.ok("case", "add", "--title", "Compound K")
    alice.ok("person", "add", "--name", "王明", "--case", case)
    key = tmp_path / "bob.key"
    recipient = _keygen(key)
    real = tmp_path / "real.evt"
    alice.ok("transfer", "export", "--case", case[:8], "--recipient", recipient, "--out", str(real))
    members = h.members(h.decrypt(real, load_identities(key)[0]))
    names = [n for n, _ in members]
    assert names[:4] == [fmt.MANIFEST, fmt.SIGNATURE, fmt.RECORDS, fmt.CUSTODY]

    # The attack: the records member swapped for 80 MiB, the manifest re-signed by the sender's
    # key (here a fresh one that Bob is told to expect), so every check before the bound passes.
    signer = SigningKeyPair.generate()
    package = tmp_path / "huge.evt"
    _write_package(package, members, signer, recipient)
    assert package.stat().st_size > HUGE

    blobs = bob.root / "blobs"
    blobs_before = sorted(p.name for p in blobs.rglob("*")) if blobs.exists() else []
    log_before = [e for e in json.loads(bob.ok("log", "--json")) if e["action"] != "unlock"]
    code, err, seconds, rss = _run_measured(
        "transfer",
        "import",
        str(package),
        "--identity",
        str(key),
        "--expect-signer",
        signer.fingerprint,
        env={"EVIDENCE_VAULT": str(bob.root), "EVIDENCE_PASSPHRASE": PASSPHRASE},
    )
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "records.json" in err and "Traceback" not in err, (err, seconds, rss)
    assert seconds < MAX_SECONDS and rss < MAX_RSS_KIB, (seconds, rss)
    # Nothing was written: no record, no blob, no log entry, and the signer is not trusted.
    assert bob.ok("list", "persons") == "" and bob.ok("list", "cases") == ""
    assert (sorted(p.name for p in blobs.rglob("*")) if blobs.exists() else []) == blobs_before
    assert [e for e in json.loads(bob.ok("log", "--json")) if e["action"] != "unlock"] == log_before
    assert signer.fingerprint not in bob.ok("transfer", "trusted")


def test_the_sender_is_told_before_a_package_too_large_to_import_is_made(
    two: tuple[Cli, Cli], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alice, _ = two
    case = alice.ok("case", "add", "--title", "Compound K")
    alice.ok("person", "add", "--name", "王明", "--case", case)
    recipient = _keygen(tmp_path / "bob.key")
    monkeypatch.setattr(fmt, "MAX_RECORDS_BYTES", 100)  # a case larger than the bound, made cheaply
    out = tmp_path / "big.evt"
    r = alice("transfer", "export", "--case", case[:8], "--recipient", recipient, "--out", str(out))
    assert r.code == 1 and len(r.err.strip().splitlines()) == 1, r.err
    assert "too large for one transfer package" in r.err and "Traceback" not in r.err
    assert not out.exists() and not any(p.name.startswith(".") for p in tmp_path.iterdir() if p.is_file())


RECORDS_512_MIB = 512 * 1024 * 1024


def test_a_forged_manifest_before_a_512_mib_records_member_is_refused_before_it_is_parsed(
    two: tuple[Cli, Cli], tmp_path: Path
) -> None:
    """The attack: the sender's package with its manifest swapped for a forgery that still names the
    sender's (trusted) key and carries the sender's genuine signature: ~15 MiB of the JSON that
    costs a parser most (empty lists), announcing a 512 MiB records.json that follows it. Before,
    the manifest was parsed before its signature was checked (hundreds of MB, seconds); now the
    signature is checked over the raw bytes first and nothing of the manifest is parsed.

    The package is generated, never kept: its age stream holds the manifest, the signature, the
    records header and the first 4 MiB of records; the file is then extended, sparse, to the size
    a 512 MiB member needs, so nothing after the prefix costs disk, time or a decryption."""
    alice, bob = two
    case = alice.ok("case", "add", "--title", "Compound K")
    alice.ok("person", "add", "--name", "王明", "--case", case)
    key = tmp_path / "bob.key"
    recipient = _keygen(key)
    real = tmp_path / "real.evt"
    alice.ok("transfer", "export", "--case", case[:8], "--recipient", recipient, "--out", str(real))
    members = h.members(h.decrypt(real, load_identities(key)[0]))
    (_, manifest_bytes), (_, signature) = members[:2]
    manifest = json.loads(manifest_bytes)
    manifest["files"][0]["size"] = RECORDS_512_MIB
    forged = fmt.canonical_json(manifest)[:-1] + b',"pad":[' + b"[]," * (5 * 1024 * 1024) + b"[]]}"
    assert fmt.MAX_MANIFEST_BYTES - 2 * 1024 * 1024 < len(forged) <= fmt.MAX_MANIFEST_BYTES
    prefix = h.header(fmt.MANIFEST, len(forged)) + forged + b"\0" * (-len(forged) % 512)
    prefix += h.header(fmt.SIGNATURE, len(signature)) + signature + b"\0" * (-len(signature) % 512)
    prefix += h.header(fmt.RECORDS, RECORDS_512_MIB) + b'{"format":' + b" " * (4 * 1024 * 1024)
    package = tmp_path / "forged.evt"
    package.write_bytes(h.encrypt(prefix, recipient))
    with open(package, "r+b") as fh:
        fh.truncate(len(prefix) + RECORDS_512_MIB + 64 * 1024)  # sparse: a hole, not written
    assert package.stat().st_size > RECORDS_512_MIB and package.stat().st_blocks * 512 < 64 * 1024 * 1024

    fingerprint = alice.ok("transfer", "fingerprint")
    blobs = bob.root / "blobs"
    blobs_before = sorted(p.name for p in blobs.rglob("*")) if blobs.exists() else []
    log_before = [e for e in json.loads(bob.ok("log", "--json")) if e["action"] != "unlock"]
    code, err, seconds, rss = _run_measured(
        "transfer",
        "import",
        str(package),
        "--identity",
        str(key),
        "--expect-signer",
        fingerprint,
        env={"EVIDENCE_VAULT": str(bob.root), "EVIDENCE_PASSPHRASE": PASSPHRASE},
    )
    assert code == 1 and len(err.strip().splitlines()) == 1, err
    assert "signature does not verify" in err and "Traceback" not in err, (err, seconds, rss)
    # Measured here: 0.6 s and 75 MiB peak (the interpreter and the app's imports are most of it);
    # before, the manifest was parsed first: 3.2 s, 437 MiB, and refused only for its extra field.
    assert seconds < MAX_SECONDS and rss < FORGED_MANIFEST_MAX_RSS_KIB, (seconds, rss)
    assert bob.ok("list", "persons") == "" and bob.ok("list", "cases") == ""
    assert (sorted(p.name for p in blobs.rglob("*")) if blobs.exists() else []) == blobs_before
    assert [e for e in json.loads(bob.ok("log", "--json")) if e["action"] != "unlock"] == log_before
    assert fingerprint not in bob.ok("transfer", "trusted")


FORGED_MANIFEST_MAX_RSS_KIB = 200 * 1024
