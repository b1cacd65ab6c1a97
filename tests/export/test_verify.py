"""verify: tampering, forged signers and hostile zips, each refused with one clear line (exit 1)."""

from __future__ import annotations

import base64
import io
import stat
import struct
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from crypto import kdf, signing, sshsig
from crypto.secret import SecretStr
from crypto.signing import SigningKeyPair
from evidence_app.export import ExportOptions, export_case
from evidence_app.export.formats import INFO_PUBLIC_KEY
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from evidence_app.vault import Vault
from tests.conftest import Cli

from .bundles import entries, replace, resign, retag, rezip
from .helpers import TRANSCRIPT, dirty_jpeg


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[bytes, str]]:
    """One real bundle (a case with a testimony and a photo), and its signer's fingerprint."""
    from evidence_app.media_service import import_file

    tmp = tmp_path_factory.mktemp("made")
    with kdf.allow_weak_parameters_for_tests():
        vault, _ = Vault.create(tmp / "vault", SecretStr("correct horse battery staple"), author="T")
    with vault:
        case = add_case(vault, "Case")
        person = add_person(vault, "Sok Dara", pseudonym="Source A", case_id=case.id)
        add_testimony(vault, case.id, person.id, TRANSCRIPT)
        import_file(vault, case.id, dirty_jpeg(tmp / "p.jpg", (9, 99, 199)))
        result = export_case(vault, case.id, tmp / "b.zip", ExportOptions())
    yield (tmp / "b.zip").read_bytes(), result.fingerprint


def _fails(cli: Cli, tmp_path: Path, data: bytes, *args: str) -> str:
    path = tmp_path / "bundle.zip"
    path.write_bytes(data)
    r = cli("verify", str(path), *args)
    assert r.code == 1, (r.out, r.err)
    assert r.out == ""
    lines = r.err.strip().splitlines()
    assert len(lines) == 1, r.err
    return lines[0]


def test_untouched_bundle_verifies(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    path = tmp_path / "b.zip"
    path.write_bytes(made[0])
    r = cli("verify", str(path))
    assert r.code == 0, r.err
    assert made[1] in r.out


# --- tampering --------------------------------------------------------------------------------


def test_tampered_payload_file(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    data = replace(made[0], "data/records.json", lambda b: b.replace(b"Source A", b"Source Z"))
    assert "data/records.json does not match its checksum in manifest-sha256.txt" in _fails(cli, tmp_path, data)


def test_tampered_photo(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    data = replace(made[0], "data/media/0001.jpg", lambda b: b[:-10] + b"0123456789")
    assert "data/media/0001.jpg does not match its checksum" in _fails(cli, tmp_path, data)


def test_tampered_manifest(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    def edit(b: bytes) -> bytes:
        return b"0" * 64 + b[64:]

    data = replace(made[0], "/manifest-sha256.txt", edit)
    assert "manifest-sha256.txt does not match its checksum in tagmanifest-sha256.txt" in _fails(cli, tmp_path, data)


def test_tampered_tag_manifest(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    data = replace(made[0], "tagmanifest-sha256.txt", lambda b: b"0" * 64 + b[64:])
    assert "does not match its checksum in tagmanifest-sha256.txt" in _fails(cli, tmp_path, data)


def test_tampered_signed_manifest_breaks_the_signature(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    """Even with the (unsigned) tag manifests recomputed, a changed payload manifest fails the SSH signature."""

    def edit(files: dict[str, bytes]) -> None:
        files["manifest-sha512.txt"] += b"\n"

    data = retag(made[0], edit)
    assert "signature in manifest-sha512.txt.sig does not verify" in _fails(cli, tmp_path, data)


def test_tampered_signature(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    def flip(files: dict[str, bytes]) -> None:
        lines = files["manifest-sha512.txt.sig"].split(b"\n")
        body = bytearray(lines[-3])  # the last full line of base64: inside the Ed25519 signature
        body[5] = ord("B") if body[5] != ord("B") else ord("C")
        lines[-3] = bytes(body)
        files["manifest-sha512.txt.sig"] = b"\n".join(lines)

    data = retag(made[0], flip)
    assert "does not verify" in _fails(cli, tmp_path, data)

    def garble(files: dict[str, bytes]) -> None:
        files["manifest-sha512.txt.sig"] = b"not base64!\n"

    assert "not an SSH signature" in _fails(cli, tmp_path, retag(made[0], garble))


def test_forged_bundle_claiming_the_real_fingerprint(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    """A forger changes the records, re-hashes everything and signs with their own key, but keeps
    the real signer's fingerprint in bag-info: the key does not match the fingerprint."""
    forger = SigningKeyPair.generate()

    def edit(files: dict[str, bytes]) -> None:
        files["data/records.json"] = files["data/records.json"].replace(b"Source A", b"Source Z")

    data = resign(made[0], forger, edit, claimed_fingerprint=made[1])
    message = _fails(cli, tmp_path, data)
    assert "signer fingerprint in bag-info.txt" in message and "is not that of its public key" in message


def test_wrong_signer_is_reported_and_refused_when_expected(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    """A consistent forgery verifies as a bundle, but names the forger's fingerprint, which the
    recipient compares out of band (or with --fingerprint)."""
    forger = SigningKeyPair.generate()
    data = resign(made[0], forger)
    path = tmp_path / "forged.zip"
    path.write_bytes(data)
    r = cli("verify", str(path))
    forger_fp = sshsig.fingerprint(forger.public)
    assert r.code == 0 and forger_fp in r.out and made[1] not in r.out
    message = _fails(cli, tmp_path, data, "--fingerprint", made[1])
    assert f"signed by key {forger_fp}, not by the expected key" in message


def _transfer_form(bundle: bytes) -> str:
    """The signer's key as team transfer and the app's "My transfer fingerprint" dialog show it."""
    info = next(data for name, data in entries(bundle) if name.endswith("/bag-info.txt")).decode()
    key = next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith(INFO_PUBLIC_KEY))
    return signing.fingerprint(base64.b64decode(key))


def test_the_transfer_form_of_the_signer_fingerprint_is_accepted_too(
    cli: Cli, tmp_path: Path, made: tuple[bytes, str]
) -> None:
    """A researcher may read out the fingerprint the app's transfer dialog shows; it names the same
    key, so a recipient who checks a dossier with it must get the same answer as with SHA256:…"""
    path = tmp_path / "b.zip"
    path.write_bytes(made[0])
    hex_form = _transfer_form(made[0])
    r = cli("verify", str(path), "--fingerprint", hex_form)
    assert r.code == 0, r.err
    forged = resign(made[0], SigningKeyPair.generate())
    message = _fails(cli, tmp_path, forged, "--fingerprint", hex_form)
    assert f"not by the expected key {hex_form}" in message


def test_unsigned_extra_files_are_refused(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    items = entries(made[0])
    top = items[0][0].split("/")[0]
    data = rezip([*items, (f"{top}/NOTES.txt", b"trust me")])
    assert "outside data/ that no signature covers" in _fails(cli, tmp_path, data)
    data = rezip([*items, (f"{top}/data/extra.txt", b"more")])
    assert "data/extra.txt is not listed in manifest-sha256.txt" in _fails(cli, tmp_path, data)
    data = rezip([(n, d) for n, d in items if not n.endswith("0001.jpg")])
    assert "data/media/0001.jpg is listed in manifest-sha256.txt but missing" in _fails(cli, tmp_path, data)


def test_not_a_bundle(cli: Cli, tmp_path: Path) -> None:
    assert "not a zip file" in _fails(cli, tmp_path, b"hello, this is not a zip at all" * 10)
    assert "no such file" in cli("verify", str(tmp_path / "missing.zip")).err


# --- hostile zips -----------------------------------------------------------------------------

TOP = "dossier-2025-01-01"


def test_zip_slip_names(cli: Cli, tmp_path: Path) -> None:
    for name in (f"{TOP}/../../evil.txt", f"{TOP}/data/../../x", "../x", f"{TOP}/data/.."):
        assert "leaves its folder" in _fails(cli, tmp_path, rezip([(name, b"x")])), name
    assert not (tmp_path.parent / "evil.txt").exists()


def test_absolute_names(cli: Cli, tmp_path: Path) -> None:
    for name in ("/etc/passwd", "C:/Windows/x.txt", "\\\\server\\share\\x"):
        assert "absolute name" in _fails(cli, tmp_path, rezip([(name, b"x")])), name


def test_odd_names(cli: Cli, tmp_path: Path) -> None:
    for name in (f"{TOP}/data\\x.txt", f"{TOP}/data/\u202egpj.exe", f"{TOP}//x", f"{TOP}/data/.hidden", f"{TOP}/./x"):
        message = _fails(cli, tmp_path, rezip([(name, b"x")]))
        assert "backslash" in message or "unexpected name" in message, name


def test_symlink_entries(cli: Cli, tmp_path: Path) -> None:
    def link(info: zipfile.ZipInfo) -> None:
        info.external_attr = (stat.S_IFLNK | 0o777) << 16

    data = rezip([(f"{TOP}/data/records.json", b"/etc/passwd")], tweak=link)
    assert "symbolic link" in _fails(cli, tmp_path, data)

    def fifo(info: zipfile.ZipInfo) -> None:
        info.external_attr = (stat.S_IFIFO | 0o644) << 16

    assert "not a regular file" in _fails(cli, tmp_path, rezip([(f"{TOP}/data/x", b"")], tweak=fifo))


def test_duplicate_names(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    items = entries(made[0])
    records = next((n, d) for n, d in items if n.endswith("records.json"))
    with pytest.warns(UserWarning, match="Duplicate name"):
        data = rezip([*items, (records[0], b'{"forged": true}')])
    assert "holds the name" in _fails(cli, tmp_path, data) and "twice" in _fails(cli, tmp_path, data)
    data = rezip([*items, (records[0].replace("records", "RECORDS"), b"{}")])
    assert "twice" in _fails(cli, tmp_path, data)


def test_zip_bomb_by_ratio(cli: Cli, tmp_path: Path) -> None:
    bomb = rezip([(f"{TOP}/data/dossier.html", bytes(30 * 1024 * 1024))])
    assert len(bomb) < 100_000
    started = time.monotonic()
    assert "zip bomb" in _fails(cli, tmp_path, bomb)
    assert time.monotonic() - started < 1.0  # refused from the directory, nothing inflated


def test_zip_bomb_by_entry_count(cli: Cli, tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for n in range(10_001):
            zf.writestr(f"{TOP}/data/{n}.txt", b"")
    assert "10001 entries" in _fails(cli, tmp_path, buf.getvalue())


def _central(data: bytes, name: str) -> int:
    """Offset of the central directory record of ``name`` (walking from the end record)."""
    eocd = data.rindex(b"PK\x05\x06")
    count, _, offset = struct.unpack_from("<HII", data, eocd + 10)
    for _ in range(count):
        assert data[offset : offset + 4] == b"PK\x01\x02"
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, offset + 28)
        if data[offset + 46 : offset + 46 + name_len].decode() == name:
            return int(offset)
        offset += 46 + name_len + extra_len + comment_len
    raise AssertionError(name)


def _patch_sizes(data: bytes, name: str, compressed: int | None = None, uncompressed: int | None = None) -> bytes:
    out = bytearray(data)
    at = _central(data, name)
    if compressed is not None:
        struct.pack_into("<I", out, at + 20, compressed)
    if uncompressed is not None:
        struct.pack_into("<I", out, at + 24, uncompressed)
    return bytes(out)


def test_lying_size_fields(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    bundle = made[0]
    name = next(n for n, _ in entries(bundle) if n.endswith("records.json"))
    with zipfile.ZipFile(io.BytesIO(bundle)) as zf:
        info = zf.getinfo(name)
    smaller = _patch_sizes(bundle, name, uncompressed=info.file_size - 100)
    message = _fails(cli, tmp_path, smaller)
    assert "is damaged" in message or "size fields" in message  # the local header holds the true size
    larger = _patch_sizes(bundle, name, uncompressed=info.file_size + 100)
    message = _fails(cli, tmp_path, larger)
    assert "is damaged" in message or "shorter than its declared size" in message or "size fields" in message
    overlapping = _patch_sizes(bundle, name, compressed=info.compress_size + 5000)
    message = _fails(cli, tmp_path, overlapping)
    assert "overlaps the next one" in message or "size fields" in message  # local header: the true size
    photo = next(n for n, _ in entries(bundle) if n.endswith(".jpg"))
    stored_lie = _patch_sizes(bundle, photo, uncompressed=50)
    assert "size fields of the zip entry" in _fails(cli, tmp_path, stored_lie)
    huge = _patch_sizes(bundle, name, uncompressed=0xFFFFFFF0)
    assert "too large" in _fails(cli, tmp_path, huge)


def test_data_before_the_first_entry(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    assert "unexpected data before its first entry" in _fails(cli, tmp_path, b"MZ" + b"\0" * 100 + made[0])


def test_zip_comment_and_trailing_data(cli: Cli, tmp_path: Path, made: tuple[bytes, str]) -> None:
    assert "comment or data after its end" in _fails(cli, tmp_path, made[0] + b"trailing")
