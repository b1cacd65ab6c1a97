"""Hostile and broken packages: each is refused with one clear line, and the receiving vault is
left exactly as it was (rows, custody log, blob files)."""

from __future__ import annotations

import base64
import io
import json
import os
import re
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest

from crypto import age, kdf, sshsig
from crypto.secret import SecretStr
from crypto.signing import SigningKeyPair
from evidence_app.transfer import BadPackage, export_case, import_package, trust
from evidence_app.transfer import format as fmt
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE

from . import helpers as h
from .conftest import dump, populate


@dataclass
class Target:
    """The receiving vault, and the sender's package taken apart."""

    b: Vault
    tmp: Path
    identity: age.Identity
    members: h.Members
    signer: str  # the sending vault's fingerprint

    @property
    def recipient(self) -> str:
        return self.identity.recipient


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> tuple[age.Identity, h.Members, str]:
    """One real package (with a photo) for the whole module, decrypted in memory."""
    tmp = tmp_path_factory.mktemp("sender")
    identity = age.Identity.generate()
    with kdf.allow_weak_parameters_for_tests():
        a, _ = Vault.create(tmp / "a", SecretStr(PASSPHRASE), author="Alice")
    try:
        ids = populate(a, tmp)
        export_case(a, ids.case, [identity.recipient], tmp / "real.evt")
        signer = a.signing_keypair().fingerprint
    finally:
        a.close()
    return identity, h.members(h.decrypt(tmp / "real.evt", identity)), signer


@pytest.fixture
def pair(tmp_path: Path, passphrase: SecretStr, source: tuple[age.Identity, h.Members, str]) -> Iterator[Target]:
    b, _ = Vault.create(tmp_path / "b", passphrase, author="Bob")
    trust.record(b, source[2])  # Bob checked Alice's fingerprint once
    trust.record(b, _STOLEN.fingerprint)
    try:
        yield Target(b, tmp_path, *source)
    finally:
        b.close()


@pytest.fixture
def original(pair: Target) -> h.Members:
    return list(pair.members)


def refused(
    pair: Target, data: bytes, match: str, identity: age.Identity | None = None, expect_signer: str | None = None
) -> None:
    path = pair.tmp / "hostile.evt"
    path.write_bytes(data)
    before = dump(pair.b)
    with pytest.raises(BadPackage, match=match) as info:
        import_package(pair.b, path, [identity or pair.identity], expect_signer)
    message = str(info.value)
    assert "\n" not in message and message.endswith("nothing was imported")
    assert dump(pair.b) == before  # no row, no log entry, no blob file, no temporary file


def sealed(pair: Target, plain: bytes) -> bytes:
    return h.encrypt(plain, pair.recipient)


def replace(entries: h.Members, name: str, data: bytes) -> h.Members:
    return [(n, data if n == name else d) for n, d in entries]


# The hostile packages below are signed by a key the receiving vault trusts (a colleague's key
# that was stolen), so they reach the checks after the trust decision.
_STOLEN = SigningKeyPair.generate()


def attacker() -> SigningKeyPair:
    return _STOLEN


# --- the unmodified package is fine --------------------------------------------------------------


def test_the_unmodified_package_imports(pair: Target, original: h.Members) -> None:
    path = pair.tmp / "rebuilt.evt"
    h.write(path, h.plain_tar(original), pair.recipient)  # the test helpers build faithful archives
    report = import_package(pair.b, path, [pair.identity])
    assert report.signer_fingerprint == pair.signer


def test_a_validly_signed_package_names_its_real_signer(pair: Target, original: h.Members) -> None:
    mallory = SigningKeyPair.generate()  # a key nobody trusted
    path = h.write(pair.tmp / "m.evt", h.plain_tar(h.sign_members(original, mallory)), pair.recipient)
    # Anyone can sign: a key this vault never trusted is refused, by its fingerprint, nothing written.
    shown = re.escape(sshsig.fingerprint(mallory.public))  # as people are shown it (ssh-keygen -l)
    refused(pair, path.read_bytes(), f"signed by {shown}, a key this vault has not trusted")
    # Trusting it is the user's explicit act (--expect-signer), and then the package is merged.
    report = import_package(pair.b, path, [pair.identity], mallory.fingerprint)
    assert report.signer_fingerprint == mallory.fingerprint and report.newly_trusted


def test_an_unexpected_signer_is_refused(pair: Target, original: h.Members) -> None:
    plain = h.plain_tar(h.sign_members(original, attacker()))
    expected = pair.signer
    refused(pair, sealed(pair, plain), "not by the expected key", expect_signer=expected)


# --- names and member types ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("../evil", "unsafe name"),
        ("media/../../etc/passwd", "unsafe name"),
        ("/etc/passwd", "absolute or unsafe name"),
        ("C:\\evil", "absolute or unsafe name"),
        ("./manifest.json", "unsafe name"),
        ("media//x", "unsafe name"),
    ],
)
def test_unsafe_names(pair: Target, original: h.Members, name: str, match: str) -> None:
    for position in (0, 4):  # first member, and after a valid start
        entries = list(original)
        entries.insert(position, (name, b"x"))
        refused(pair, sealed(pair, h.plain_tar(entries)), match)


def test_non_ascii_name(pair: Target) -> None:
    plain = h.tar_of([(h.header("caf\xc3\xa9".encode("latin-1"), 1), b"x")])
    refused(pair, sealed(pair, plain), "non-ASCII name")


@pytest.mark.parametrize(
    ("typeflag", "linkname", "match"),
    [
        (b"2", b"/etc/passwd", "symbolic link"),
        (b"1", b"manifest.json", "hard link"),
        (b"3", b"", "device file"),
        (b"4", b"", "device file"),
        (b"5", b"", "directory entry"),
        (b"6", b"", "named pipe"),
        (b"S", b"", "sparse file"),
        (b"x", b"", "PAX extended header"),
        (b"L", b"", "GNU long-name record"),
        (b"Z", b"", "unknown type"),
    ],
)
def test_member_types_other_than_regular_files(
    pair: Target, original: h.Members, typeflag: bytes, linkname: bytes, match: str
) -> None:
    for position in (0, 2):
        items = [(h.header(n, len(d)), d) for n, d in original]
        items.insert(position, (h.header("media/link", 0, typeflag=typeflag, linkname=linkname), b""))
        refused(pair, sealed(pair, h.tar_of(items)), match)


def test_gnu_and_old_tar_headers_are_refused(pair: Target) -> None:
    gnu = h.tar_of([(h.header(fmt.MANIFEST, 2, magic=b"ustar  \x00"), b"{}")])
    refused(pair, sealed(pair, gnu), "not a POSIX ustar archive")
    v7 = h.tar_of([(h.header(fmt.MANIFEST, 2, magic=b"\0" * 8), b"{}")])
    refused(pair, sealed(pair, v7), "not a POSIX ustar archive")


def test_duplicate_names(pair: Target, original: h.Members) -> None:
    by_name = dict(original)
    for name in (fmt.RECORDS, fmt.MANIFEST, fmt.SIGNATURE):
        entries = [*original[:3], (name, by_name[name]), *original[3:]]
        refused(pair, sealed(pair, h.plain_tar(entries)), "twice")
    entries = [*original, original[-1]]  # the same media file again, at the end
    refused(pair, sealed(pair, h.plain_tar(entries)), "twice")


def test_extra_and_missing_members(pair: Target, original: h.Members) -> None:
    refused(pair, sealed(pair, h.plain_tar([*original, ("extra.txt", b"x")])), "manifest does not list")
    # (padded with zeros so its size still fits what the manifest announces)
    refused(pair, sealed(pair, h.plain_tar(original[:-1]) + b"\0" * 20_480), "is missing")
    refused(pair, sealed(pair, h.plain_tar(original[:-1])), "announces")
    refused(pair, sealed(pair, h.plain_tar([original[1], original[0], *original[2:]])), "first file")
    swapped = [*original[:2], original[3], original[2], *original[4:]]
    refused(pair, sealed(pair, h.plain_tar(swapped)), "where its manifest lists")


# --- sizes, counts, bombs -----------------------------------------------------------------------


def test_too_many_files_is_refused_before_reading_them(
    pair: Target, original: h.Members, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fmt, "MAX_FILES", 3)
    # Signed by its maker, so only the count can refuse it. The files themselves are not even
    # in the archive: the refusal comes from the manifest, before any of them is looked for.
    signed = h.sign_members(original, attacker())
    refused(pair, sealed(pair, h.plain_tar(signed[:2])), "lists 4 files")


def test_announced_sizes_beyond_the_package_are_a_bomb(pair: Target, original: h.Members) -> None:
    signed = h.sign_members(original, attacker())
    manifest = json.loads(signed[0][1])
    manifest["files"][-1]["size"] = 10 * 1024**3  # a 10 GiB "photo" in a package of a few KiB
    body = fmt.canonical_json(manifest)
    mallory = attacker()
    manifest["signer_public_key"] = mallory.public.hex()
    manifest["signer_fingerprint"] = mallory.fingerprint
    body = fmt.canonical_json(manifest)
    signature = fmt.signature_document(mallory.public, mallory.sign(fmt.SIGNATURE_CONTEXT + body))
    plain = h.plain_tar([(fmt.MANIFEST, body), (fmt.SIGNATURE, signature), *signed[2:]])
    start = time.monotonic()
    refused(pair, sealed(pair, plain), "announces .* bytes but the package holds only")
    assert time.monotonic() - start < 1


def test_impossible_sizes_in_the_manifest(pair: Target, original: h.Members) -> None:
    signed = h.sign_members(original, attacker())
    manifest = json.loads(signed[0][1])
    manifest["files"][0]["size"] = fmt.MAX_RECORDS_BYTES + 1
    mallory = attacker()
    manifest["signer_public_key"], manifest["signer_fingerprint"] = mallory.public.hex(), mallory.fingerprint
    body = fmt.canonical_json(manifest)
    signature = fmt.signature_document(mallory.public, mallory.sign(fmt.SIGNATURE_CONTEXT + body))
    refused(pair, sealed(pair, h.plain_tar([(fmt.MANIFEST, body), (fmt.SIGNATURE, signature)])), "impossible size")


def test_header_size_disagreeing_with_the_manifest(pair: Target, original: h.Members) -> None:
    name, data = original[-1]
    items = [(h.header(n, len(d)), d) for n, d in original[:-1]]
    items.append((h.header(name, len(data) - 100), data[:-100]))  # shorter than the signed size
    refused(pair, sealed(pair, h.tar_of(items)), "differs from the size its manifest gives")


def test_header_announcing_more_than_the_stream_holds(pair: Target, original: h.Members) -> None:
    items = [(h.header(n, len(d)), d) for n, d in original]
    name, data = original[2]
    items[2] = (h.header(name, 2 * 1024**3), data)  # a lying size field: 2 GiB
    start = time.monotonic()
    refused(pair, sealed(pair, h.tar_of(items)), "announces more data than the package holds")
    assert time.monotonic() - start < 1


def test_header_size_smaller_than_the_data(pair: Target, original: h.Members) -> None:
    # The manifest is read with the size its header gives; what is left over is not a header.
    name, data = original[0]
    items = [(h.header(name, len(data) - 10), data), *((h.header(n, len(d)), d) for n, d in original[1:])]
    refused(pair, sealed(pair, h.tar_of(items)), "longer than its header says|damaged|not valid JSON")


def test_size_fields_in_binary_or_garbage(pair: Target, original: h.Members) -> None:
    name, data = original[0]
    binary = b"\x80" + b"\0" * 3 + (len(data)).to_bytes(8, "big")
    refused(pair, sealed(pair, h.tar_of([(h.header(name, 0, size_field=binary), data)])), "binary size")
    refused(pair, sealed(pair, h.tar_of([(h.header(name, 0, size_field=b"12x45678901\0"), data)])), "invalid size")


def test_bad_header_checksum(pair: Target, original: h.Members) -> None:
    plain = bytearray(h.plain_tar(original))
    plain[10] ^= 0x01  # inside the first header's name
    refused(pair, sealed(pair, bytes(plain)), "checksum")


def test_data_after_the_end_of_the_archive(pair: Target, original: h.Members) -> None:
    plain = h.plain_tar(original) + b"\0" * 512 + b"hidden payload"
    refused(pair, sealed(pair, plain), "data after the end")


# --- age layer ----------------------------------------------------------------------------------


def test_scrypt_work_factor_bomb_is_refused_in_under_a_second(pair: Target, monkeypatch: pytest.MonkeyPatch) -> None:
    def b64(n: int) -> bytes:
        return base64.b64encode(os.urandom(n)).rstrip(b"=")

    hostile = (
        b"age-encryption.org/v1\n-> scrypt "
        + b64(16)
        + b" 23\n"
        + b64(32)
        + b"\n--- "
        + b64(32)
        + b"\n"
        + os.urandom(4096)
    )

    def never(*args: object) -> None:
        raise AssertionError("pyrage was asked to decrypt a hostile header")

    monkeypatch.setattr(pyrage, "decrypt_io", never)
    start = time.monotonic()
    refused(pair, hostile, "scrypt work factor 2\\^23")
    assert time.monotonic() - start < 1


@pytest.mark.parametrize("cut", [0.5, 0.999, "header"])
def test_truncated_age_file(pair: Target, original: h.Members, cut: float | str) -> None:
    data = sealed(pair, h.plain_tar(original))
    end = data.index(b"\n---") + 10 if cut == "header" else int(len(data) * float(cut))
    refused(pair, data[:end], "truncated|cannot be decrypted")


def test_the_last_byte_missing(pair: Target, original: h.Members) -> None:
    refused(pair, sealed(pair, h.plain_tar(original))[:-1], "cannot be decrypted")


def test_tampered_ciphertext(pair: Target, original: h.Members) -> None:
    data = bytearray(sealed(pair, h.plain_tar(original)))
    data[len(data) // 2] ^= 0x40
    refused(pair, bytes(data), "cannot be decrypted")


def test_wrong_identity(pair: Target, original: h.Members) -> None:
    refused(pair, sealed(pair, h.plain_tar(original)), "none of the given identities", age.Identity.generate())


def test_not_an_age_file(pair: Target, original: h.Members) -> None:
    refused(pair, h.plain_tar(original), "age header was refused: age header is too large")
    refused(pair, b"", "age header was refused: not an age-encrypted file")
    refused(pair, b"PK\x03\x04" + b"\0" * 100, "age header was refused: not an age-encrypted file")


def test_a_zip_is_not_a_package(pair: Target) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", b"0" * 10_000_000)  # a small zip bomb, never unpacked
    refused(pair, sealed(pair, buf.getvalue()), "not a POSIX ustar archive|checksum")


# --- what is signed -----------------------------------------------------------------------------


def test_tampered_manifest(pair: Target, original: h.Members) -> None:
    manifest = json.loads(original[0][1])
    manifest["case_id"] = "00000000-0000-4000-8000-000000000000"
    entries = replace(original, fmt.MANIFEST, fmt.canonical_json(manifest))
    refused(pair, sealed(pair, h.plain_tar(entries)), "signature does not verify")
    # Even a change that keeps the meaning (another JSON spelling) breaks the signature.
    respelled = json.dumps(json.loads(original[0][1]), indent=1).encode()
    refused(pair, sealed(pair, h.plain_tar(replace(original, fmt.MANIFEST, respelled))), "signature does not verify")


def test_tampered_signature(pair: Target, original: h.Members) -> None:
    sig = json.loads(original[1][1])
    flipped = ("0" if sig["signature"][0] != "0" else "1") + sig["signature"][1:]
    bad = fmt.canonical_json({**sig, "signature": flipped})
    refused(pair, sealed(pair, h.plain_tar(replace(original, fmt.SIGNATURE, bad))), "signature does not verify")
    other = fmt.canonical_json({**sig, "algorithm": "rsa"})
    refused(pair, sealed(pair, h.plain_tar(replace(original, fmt.SIGNATURE, other))), "unsupported algorithm")


def test_the_signature_is_checked_before_the_manifest_is_parsed(pair: Target, original: h.Members) -> None:
    # Not JSON at all, and its (trusted) sender's genuine signature: refused for the signature,
    # so the manifest was never parsed.
    refused(pair, sealed(pair, h.plain_tar(replace(original, fmt.MANIFEST, b"[" * 100_000))), "signature does not")
    # A version 1 signature file (no key beside it) is refused by name, not read the old way.
    sig = json.loads(original[1][1])
    old = fmt.canonical_json({"algorithm": sig["algorithm"], "signature": sig["signature"]})
    refused(pair, sealed(pair, h.plain_tar(replace(original, fmt.SIGNATURE, old))), "older Evidence Vault")
    # A manifest naming another signer than the key that signed it.
    mallory = attacker()
    manifest = json.loads(original[0][1])
    body = fmt.canonical_json(manifest)
    signature = fmt.signature_document(mallory.public, mallory.sign(fmt.SIGNATURE_CONTEXT + body))
    entries = replace(original, fmt.SIGNATURE, signature)
    refused(pair, sealed(pair, h.plain_tar(entries)), "names another signer than the key that signed it")


def test_tampered_records(pair: Target, original: h.Members) -> None:
    records = original[2][1].replace(b"Follow up with the embassy.", b"Follow up with the EMBASSY.")
    refused(pair, sealed(pair, h.plain_tar(replace(original, fmt.RECORDS, records))), "records.json does not match")


def test_tampered_photo(pair: Target, original: h.Members) -> None:
    name, data = original[-1]
    changed = data[:-1] + bytes([data[-1] ^ 1])
    refused(pair, sealed(pair, h.plain_tar(replace(original, name, changed))), "does not match the signed manifest")


def test_tampered_custody_entry(pair: Target, original: h.Members) -> None:
    custody = json.loads(original[3][1])
    custody["entries"][0]["actor"] = "Mallory"
    signed = h.sign_members(replace(original, fmt.CUSTODY, fmt.canonical_json(custody)), attacker())
    refused(pair, sealed(pair, h.plain_tar(signed)), "does not match its own hash")


def test_newer_format_version(pair: Target, original: h.Members) -> None:
    signed = h.sign_members(original, attacker(), version=fmt.VERSION + 1)
    refused(pair, sealed(pair, h.plain_tar(signed)), "newer Evidence Vault")
    signed = h.sign_members(original, attacker(), algorithms={**fmt.ALGORITHMS, "hash": "md5"})
    refused(pair, sealed(pair, h.plain_tar(signed)), "algorithms this version does not support")


Mutation = Callable[[dict[str, object]], None]


def _records_mutation(pair: Target, original: h.Members, mutate: Mutation, match: str) -> None:
    records = json.loads(original[2][1])
    mutate(records)
    signed = h.sign_members(replace(original, fmt.RECORDS, fmt.canonical_json(records)), attacker())
    refused(pair, sealed(pair, h.plain_tar(signed)), match)


@pytest.mark.parametrize(
    ("mutate", "match"),
    [
        (lambda r: r["testimonies"][0].update(person_id="00000000-0000-4000-8000-000000000000"), "does not contain"),
        (lambda r: r["notes"][0].update(case_id="00000000-0000-4000-8000-000000000000"), "another case"),
        (lambda r: r["persons"][0].update(role="god"), "invalid person role"),
        (lambda r: r["persons"][0].update(id="../../x"), "invalid person id"),
        (lambda r: r["persons"][0].update(protected="no"), "invalid person protected"),
        (lambda r: r["sites"][0].update(lat="11"), "invalid site lat"),
        (lambda r: r["testimonies"][0].update(redacted_spans=[[0, 10**6]]), "redacted span"),
        (lambda r: r["testimonies"][0]["revisions"][0].update(revision=99), "revision numbers"),
        (lambda r: r["media"][0]["versions"][0].update(transformations={"media_type": "x"}), "transformations"),
        (lambda r: r["media"][0]["original"].update(sha256="0" * 64), "disagree"),
        (lambda r: r["case"].update(extra="field"), "malformed case"),
        (lambda r: r["notes"].append(r["notes"][0]), "same id twice"),
        (lambda r: r["sites"][0].update(lat=91.0, lon=10.0), "latitude 91.0 is outside"),
        (lambda r: r["sites"][0].update(lat=10.0, lon=None), "both latitude and longitude"),
        (
            lambda r: r.update(
                remembered=[{"person_id": r["notes"][0]["id"], "kind": "name", "value": "X Y", "pseudonym": "P"}]
            ),
            "not a person",
        ),
        (
            lambda r: r.update(
                remembered=[{"person_id": r["persons"][0]["id"], "kind": "shoe size", "value": "44", "pseudonym": "P"}]
            ),
            "remembered identifier kind",
        ),
        (
            lambda r: r.update(
                remembered=[{"person_id": r["persons"][0]["id"], "kind": "name", "value": " ", "pseudonym": "P"}]
            ),
            "remembered identifier",
        ),
        (
            lambda r: r.update(
                remembered=[{"person_id": r["persons"][0]["id"], "kind": "name", "value": "x" * 1001, "pseudonym": "P"}]
            ),
            "too long",
        ),
        (lambda r: r.update(remembered="all"), "no valid remembered list"),
        (lambda r: r.update(forgotten=[]), "unknown sections"),
    ],
)
def test_records_that_do_not_hold_together(pair: Target, original: h.Members, mutate: Mutation, match: str) -> None:
    _records_mutation(pair, original, mutate, match)


def test_json_tricks(pair: Target, original: h.Members) -> None:
    def attempt(records: bytes, match: str) -> None:
        signed = h.sign_members(replace(original, fmt.RECORDS, records), attacker())
        refused(pair, sealed(pair, h.plain_tar(signed)), match)

    attempt(b'{"format": 1, "format": 2}', "duplicate key")
    attempt(b"[" * 100_000 + b"]" * 100_000, "not valid JSON")
    attempt(b'{"a": NaN}', "not valid JSON")
    attempt(b"\xff\xfe", "not valid JSON")
    infinite = original[2][1].replace(b'"lat":11.6', b'"lat":1e999')
    assert infinite != original[2][1]
    attempt(infinite, "invalid site lat")  # JSON has no infinity, but Python reads 1e999 as one
