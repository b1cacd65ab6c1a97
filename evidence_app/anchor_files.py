"""Reading the custody head that a backup, dossier bundle or transfer package carries, for
``check --against``.

Each file is authenticated first and only then is its head read, so a forged file cannot make
``check`` say the log is anchored: a backup by its AEAD key wrap and per-member hashes (with the
open vault's key); a dossier bundle by ``verify`` (zip, BagIt manifests, the SSH signature over the
payload manifest that lists ``data/records.json``, whose ``bundle.custody_head`` is the head); a
transfer package by the signature over its manifest's raw bytes (the manifest holds the head).
Bundles and packages must be signed by this vault's own key: another vault's head says nothing
about this log. Encrypted bundles and packages need an identity they were encrypted to.
"""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Sequence
from pathlib import Path

from crypto import age, sshsig
from crypto.errors import CryptoError

from . import backup
from .anchor import CustodyHead
from .errors import InvalidInput
from .export.errors import BundleInvalid
from .export.formats import RECORDS_JSON
from .export.verify import verify_bundle
from .streams import decrypting
from .transfer.format import BadPackage
from .transfer.reader import read_manifest
from .vault import Vault

_ZIP = b"PK\x03\x04"
_HASH = re.compile(r"[0-9a-f]{64}")


def head_of(path: Path, vault: Vault, identities: Sequence[age.DecryptIdentity] = ()) -> CustodyHead:
    """The custody head recorded in ``path``; raises InvalidInput naming what is wrong."""
    path = path.expanduser()
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block
            raise InvalidInput(f"{path} is not a regular file")
        with open(path, "rb") as fh:
            magic = fh.read(64)
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {path}") from None
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
    if magic.startswith(backup.MAGIC):
        info = backup.check_backup_with_vault(path, vault)
        if info.custody_head is None:
            raise InvalidInput(f"{path.name} is a backup from before custody heads were recorded")
        return info.custody_head
    if magic.startswith(_ZIP):
        return _bundle_head(path, vault, ())
    if age.is_age(magic):  # binary or armored (age -a)
        if not identities:
            raise InvalidInput(
                f"{path.name} is age-encrypted (a dossier bundle or transfer package): give --identity FILE"
                " with an identity it was encrypted to"
            )
        if _decrypts_to_zip(path, identities):
            return _bundle_head(path, vault, identities)
        return _package_head(path, vault, identities)
    raise InvalidInput(f"{path.name} is not an Evidence Vault backup, dossier bundle or transfer package")


def _decrypts_to_zip(path: Path, identities: Sequence[age.DecryptIdentity]) -> bool:
    """Whether the age file's plaintext starts as a zip (a bundle) rather than a tar (a package).
    Only the first chunk is decrypted; the age header is vetted before pyrage sees it."""
    try:
        with open(path, "rb") as fh:
            age.check_header(fh)
            fh.seek(0)
            with decrypting(fh, identities, drain=False) as plain:
                start = plain.read(len(_ZIP))
    except CryptoError as exc:
        raise InvalidInput(f"{path.name} cannot be decrypted with the given identity: {exc}") from None
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror}") from None
    return start == _ZIP


def _own_signer(vault: Vault, path: Path, fingerprint: str, shown: str) -> None:
    """``fingerprint`` in team transfer's hex groups (compared); ``shown`` as ssh-keygen -l prints
    it, the form `transfer fingerprint` and `signing-key` show, so the user can compare by eye."""
    keys = vault.signing_keypair()
    if fingerprint != keys.fingerprint:
        raise InvalidInput(
            f"{path.name} is signed by {shown}, not by this vault ({sshsig.fingerprint(keys.public)}): its custody"
            " head says nothing about this vault's log"
        )


def _bundle_head(path: Path, vault: Vault, identities: Sequence[age.DecryptIdentity]) -> CustodyHead:
    try:
        result = verify_bundle(path, identities, capture=RECORDS_JSON)
    except BundleInvalid as exc:
        raise InvalidInput(f"{path.name} is not a sound dossier bundle: {exc}") from None
    _own_signer(vault, path, result.transfer_fingerprint, result.fingerprint)
    if result.captured is None:
        raise InvalidInput(f"{path.name} holds no {RECORDS_JSON}")
    try:
        head = json.loads(result.captured)["bundle"]["custody_head"]
        seq, digest = head["seq"], head["hash"]
    except (ValueError, KeyError, TypeError):
        raise InvalidInput(f"{path.name}: {RECORDS_JSON} carries no custody head") from None
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1 or not isinstance(digest, str):
        raise InvalidInput(f"{path.name}: the custody head in {RECORDS_JSON} is malformed")
    if not _HASH.fullmatch(digest):
        raise InvalidInput(f"{path.name}: the custody head in {RECORDS_JSON} is malformed")
    return CustodyHead(seq, digest)


def _package_head(path: Path, vault: Vault, identities: Sequence[age.DecryptIdentity]) -> CustodyHead:
    try:
        manifest = read_manifest(path, list(identities))
    except BadPackage as exc:
        raise InvalidInput(f"{path.name} is not a sound transfer package: {exc.reason}") from None
    _own_signer(vault, path, manifest.signer_fingerprint, sshsig.fingerprint(manifest.signer_public_key))
    return manifest.custody_head
