"""One-file encrypted backups of a whole vault, and restoring them.

Layout::

    magic "EVBACKUP" | u16 version | u32 n | vault header (n bytes, as on disk)
    | u32 m | nonce + AES-256-GCM(backup key, age identity)      (m bytes)
    | age stream, to that identity, of a tar: vault.db, blobs/xx/<id>.age, manifest.json

The vault header travels in the clear as it does on disk (it only holds wrapped keys), so the
vault's own passphrase or recovery key opens the backup. The backup key is derived from the vault
key; the age identity is fresh per backup. manifest.json (last member) lists every member's
SHA-256; reading a backup checks each one. Nothing in the archive is plaintext: the database and
blobs inside the tar are the vault's encrypted files, and the tar itself is age-encrypted.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import secrets
import shutil
import struct
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from crypto import aead, age
from crypto import header as vault_header
from crypto.errors import BadRecoveryKey, CryptoError, HeaderCorrupt, UnsupportedFormat, WrongSecret
from crypto.secret import SecretBytes, SecretStr

from . import anchor, db, fsutil
from .anchor import CustodyHead
from .custody import Action
from .errors import IntegrityError, InvalidInput, VaultCorrupt, VaultExists, WrongPassphrase
from .model import now_utc
from .streams import decrypting, piped
from .vault import Vault
from .vaultbase import BLOBS_DIR, DB_NAME, HEADER_NAME

MAGIC = b"EVBACKUP"
VERSION = 1
_PREFIX = struct.Struct(">8sHI")
_LEN = struct.Struct(">I")
MANIFEST = "manifest.json"
_MEMBER = re.compile(r"^(vault\.db|manifest\.json|blobs/[0-9a-f]{2}/[0-9a-f]{32}\.age)$")
MAX_MANIFEST = 64 * 1024 * 1024
_PURPOSE = "backup-v1"


def _wrap_aad(header_bytes: bytes) -> bytes:
    return MAGIC + struct.pack(">H", VERSION) + hashlib.sha256(header_bytes).digest()


def write_backup(vault: Vault, out: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """Write a backup of ``vault`` to ``out`` atomically. Refuses to overwrite an existing file."""
    out = vault.check_output_target(out)
    vault.log(Action.BACKUP, "vault", vault.vault_id, {"file": out.name})
    header_bytes = (vault.root / HEADER_NAME).read_bytes()
    identity = age.Identity.generate()
    nonce, wrapped = aead.seal(
        vault.subkey(_PURPOSE), identity.secret.reveal().encode("ascii"), _wrap_aad(header_bytes)
    )
    members = [(DB_NAME, vault.root / DB_NAME)]
    for blob_id in sorted(vault.blobs.all_ids()):
        path = vault.blobs.path_of(blob_id)
        members.append((path.relative_to(vault.root).as_posix(), path))
    total = len(members)

    head_json = anchor.head_to_json(vault.custody_head())  # the head including this backup's entry

    def produce_tar(sink: BinaryIO) -> None:
        manifest: dict[str, dict[str, object]] = {}
        with tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT) as tar:
            for done, (name, path) in enumerate(members, start=1):
                digest = hashlib.sha256()
                # The database is copied inside a write transaction: no other thread or process
                # can change it half-way through the copy. Blob files never change once written.
                with db.transaction(vault.conn) if name == DB_NAME else contextlib.nullcontext():
                    size = path.stat().st_size
                    with open(path, "rb") as fh:
                        tar.addfile(_tarinfo(name, size), _HashingFile(fh, digest))
                manifest[name] = {"sha256": digest.hexdigest(), "size": size}
                if progress:
                    progress(done, total)
            body = json.dumps(
                {
                    "format": "evidence-vault-backup",
                    "version": VERSION,
                    "vault_id": vault.vault_id,
                    "created": now_utc(),
                    "custody_head": head_json,
                    "files": manifest,
                },
                sort_keys=True,
                indent=1,
            ).encode("utf-8")
            tar.addfile(_tarinfo(MANIFEST, len(body)), io.BytesIO(body))

    with vault.output_writer(out) as fh:
        fh.write(_PREFIX.pack(MAGIC, VERSION, len(header_bytes)) + header_bytes)
        fh.write(_LEN.pack(len(nonce + wrapped)) + nonce + wrapped)
        with piped(produce_tar) as reader:
            age.encrypt_stream(reader, fh, [identity.recipient])
    return out


@dataclass(frozen=True)
class BackupInfo:
    vault_id: str
    created: str
    files: int
    blobs: int
    custody_head: CustodyHead | None = None  # None: a backup from before custody heads


def check_backup(path: Path, passphrase: SecretStr | None = None, recovery_key: SecretStr | None = None) -> BackupInfo:
    """Decrypt and verify every member of a backup against its manifest. Writes nothing."""
    return _read_backup(path, passphrase, recovery_key, staging=None)


def check_backup_with_vault(path: Path, vault: Vault) -> BackupInfo:
    """``check_backup`` with the open vault's key instead of a passphrase (no Argon2id run). Only a
    backup of this vault, made with its current vault key, can be read this way."""
    return _read_backup(path, None, None, staging=None, backup_key=vault.subkey(_PURPOSE), vault_id=vault.vault_id)


def restore_backup(
    path: Path, target: Path, passphrase: SecretStr | None = None, recovery_key: SecretStr | None = None
) -> BackupInfo:
    """Restore into ``target``, which must not exist or be an empty folder. Everything is
    unpacked and verified in a staging folder first; only then is it moved into place."""
    target = target.expanduser()
    if (target / HEADER_NAME).exists() or (target / DB_NAME).exists():
        raise VaultExists(f"there is already a vault at {target}; restore refuses to overwrite it")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise VaultExists(f"{target} exists and is not an empty folder; restore refuses to overwrite it")
    fsutil.make_private_dir(target.parent)
    staging = target.parent / f".restore-{secrets.token_hex(6)}"
    fsutil.make_private_dir(staging)
    try:
        info = _read_backup(path, passphrase, recovery_key, staging=staging)
        if target.exists():
            target.rmdir()
        os.replace(staging, target)
        fsutil.fsync_dir(target.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    with Vault.open(target, passphrase, recovery_key, adopt_database=True) as vault:
        vault.log(Action.RESTORE, "vault", vault.vault_id, {"file": path.name})
    return info


def _read_backup(
    path: Path,
    passphrase: SecretStr | None,
    recovery_key: SecretStr | None,
    staging: Path | None,
    backup_key: SecretBytes | None = None,
    vault_id: str | None = None,
) -> BackupInfo:
    try:
        fh = open(path.expanduser(), "rb")  # noqa: SIM115 (closed below)
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {path}") from None
    with fh:
        prefix = fh.read(_PREFIX.size)
        if len(prefix) < _PREFIX.size:
            raise VaultCorrupt("the backup file is truncated")
        magic, version, header_len = _PREFIX.unpack(prefix)
        if magic != MAGIC:
            raise VaultCorrupt(f"{path} is not an Evidence Vault backup")
        if version != VERSION:
            raise VaultCorrupt(f"backup format version {version} is not supported")
        if header_len > vault_header.MAX_BODY + 1024:
            raise VaultCorrupt("the backup file is damaged (header length)")
        header_bytes = fh.read(header_len)
        try:
            header = vault_header.VaultHeader.from_bytes(header_bytes)
            if backup_key is not None:
                if header.vault_id != vault_id:
                    raise InvalidInput(f"{path.name} is a backup of another vault")
                vault_key = None
            elif recovery_key is not None:
                vault_key = header.unlock_with_recovery_key(recovery_key)
            elif passphrase is not None:
                vault_key = header.unlock_with_passphrase(passphrase)
            else:
                raise InvalidInput("a passphrase or a recovery key is needed to read the backup")
        except (WrongSecret, BadRecoveryKey) as exc:
            raise WrongPassphrase(str(exc)) from None
        except (HeaderCorrupt, UnsupportedFormat) as exc:
            raise VaultCorrupt(f"the backup's vault header: {exc}") from None
        raw_len = fh.read(_LEN.size)
        if len(raw_len) < _LEN.size:
            raise VaultCorrupt("the backup file is truncated")
        (wrap_len,) = _LEN.unpack(raw_len)
        wrap = fh.read(min(wrap_len, 4096))
        try:
            key = backup_key if vault_key is None else vault_header.subkey(vault_key, _PURPOSE)
            assert key is not None
            identity = age.Identity(
                SecretStr(
                    aead.open_sealed(
                        key, wrap[: aead.NONCE_LEN], wrap[aead.NONCE_LEN :], _wrap_aad(header_bytes)
                    ).decode("ascii")
                )
            )
        except (aead.AeadFailure, UnicodeDecodeError):
            raise VaultCorrupt("the backup file is damaged (its key wrap does not verify)") from None
        return _unpack(fh, identity, header.vault_id, header_bytes, staging)


def _unpack(
    fh: BinaryIO, identity: age.Identity, vault_id: str, header_bytes: bytes, staging: Path | None
) -> BackupInfo:
    seen: dict[str, tuple[str, int]] = {}
    manifest: dict[str, object] | None = None
    errors: list[str] = []

    def consume(reader: BinaryIO) -> None:
        nonlocal manifest
        with tarfile.open(fileobj=reader, mode="r|") as tar:
            for member in tar:
                name = member.name
                if not member.isreg() or not _MEMBER.match(name) or name in seen:
                    raise IntegrityError(f"the backup contains an unexpected entry {name[:80]!r}")
                src = tar.extractfile(member)
                assert src is not None
                if name == MANIFEST:
                    if member.size > MAX_MANIFEST:
                        raise IntegrityError("the backup manifest is too large")
                    manifest = json.loads(src.read())
                    seen[name] = ("", member.size)
                    continue
                digest = hashlib.sha256()
                sink: BinaryIO | None = None
                if staging is not None:
                    dest = staging / name
                    fsutil.make_private_dir(dest.parent)
                    sink = open(dest, "xb")  # noqa: SIM115
                try:
                    while chunk := src.read(1024 * 1024):
                        digest.update(chunk)
                        if sink is not None:
                            sink.write(chunk)
                    if sink is not None:
                        sink.flush()
                        os.fsync(sink.fileno())
                finally:
                    if sink is not None:
                        sink.close()
                seen[name] = (digest.hexdigest(), member.size)

    try:
        with decrypting(fh, [identity]) as reader:
            consume(reader)
    except (CryptoError, tarfile.TarError, ValueError, EOFError) as exc:
        raise VaultCorrupt(f"the backup is damaged or truncated ({exc})") from None
    if manifest is None:
        raise VaultCorrupt("the backup has no manifest (it is truncated or damaged)")
    files = manifest.get("files")
    if manifest.get("vault_id") != vault_id or not isinstance(files, dict):
        raise VaultCorrupt("the backup manifest does not belong to its vault header")
    for name, entry in files.items():
        if name not in seen:
            errors.append(f"{name} is missing")
        elif not isinstance(entry, dict) or entry.get("sha256") != seen[name][0]:
            errors.append(f"{name} does not match its checksum")
    extra = set(seen) - set(files) - {MANIFEST}
    errors.extend(f"{name} is not in the manifest" for name in sorted(extra))
    if DB_NAME not in seen:
        errors.append("the database is missing")
    if errors:
        raise VaultCorrupt("the backup is damaged: " + "; ".join(errors[:5]))
    # Each member's bytes are proven by the manifest; the key by the header. Restoring then opens
    # the database and `check` proves its pages.
    if staging is not None:
        fsutil.atomic_write_bytes(staging / HEADER_NAME, header_bytes)
        fsutil.make_private_dir(staging / BLOBS_DIR)
    blobs = sum(1 for n in seen if n.startswith(BLOBS_DIR + "/"))
    created = manifest.get("created")
    head: CustodyHead | None = None
    if "custody_head" in manifest:
        try:
            head = anchor.head_from_json(manifest["custody_head"])
        except ValueError as exc:
            raise VaultCorrupt(f"the backup manifest: {exc}") from None
    return BackupInfo(vault_id, str(created), len(seen) - 1, blobs, head)


def _tarinfo(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = 0
    info.uname = info.gname = ""
    return info


class _HashingFile:
    def __init__(self, fh: BinaryIO, digest: hashlib._Hash) -> None:
        self._fh = fh
        self._digest = digest

    def read(self, n: int = -1) -> bytes:
        data = self._fh.read(n)
        self._digest.update(data)
        return data
