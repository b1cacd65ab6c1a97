"""Which transfer signers this vault trusts.

Anyone who knows this vault's age recipient can encrypt a package to it; the signature only says
WHICH key signed. So a package is merged only if its signer is trusted: this vault's own key, or a
key the researcher confirmed once (its fingerprint checked with the sender in person or by phone)
with ``--expect-signer FP``, which records it in ``trusted_signers`` (schema V4; its public key
since V6) and the custody log. The decision is taken right after the signature is verified and
before anything is written.

Fingerprints as people see them: the SSH SHA-256 form (``SHA256:...``, what ``ssh-keygen -l``
prints and what the dossier export and ``signing-key`` show). Inside, a signer is still known by
``crypto.signing.fingerprint`` (hex of SHA-256 of the raw key), which packages carry in their
manifest; ``--expect-signer`` takes either form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crypto import signing, sshsig

from .. import db
from ..custody import Action
from ..errors import InvalidInput
from ..model import now_utc
from ..vault import Vault
from .format import BadPackage

_SSH_FORM = re.compile(r"^(?i:SHA256:)?([A-Za-z0-9+/]{43})=?$")


def shown(public: bytes) -> str:
    """The fingerprint people are shown and read out: as ``ssh-keygen -l`` prints it."""
    return sshsig.fingerprint(public)


@dataclass(frozen=True)
class Expected:
    """A signer named by a person: the SSH form, or the hex groups older versions showed."""

    ssh: str | None  # the 43 base64 characters (case-sensitive)
    hex: str | None  # 64 hex digits, lower case

    def matches(self, public: bytes) -> bool:
        if self.ssh is not None:
            return shown(public).removeprefix("SHA256:") == self.ssh
        return signing.fingerprint(public).replace(":", "") == self.hex


def parse_expected(text: str) -> Expected:
    """``--expect-signer``'s value, checked before the package is opened (a typo is not worth
    decrypting it for)."""
    digits = re.sub(r"[\s:]", "", text).lower()
    if re.fullmatch(r"[0-9a-f]{64}", digits):
        return Expected(ssh=None, hex=digits)
    match = _SSH_FORM.match(re.sub(r"\s", "", text))
    if match:
        return Expected(ssh=match.group(1), hex=None)
    raise InvalidInput(
        f"--expect-signer {text[:80]!r} is not a signer fingerprint (SHA256:... as 'transfer fingerprint'"
        " prints it on the sender's vault, or the 64 hex digits older versions showed)"
    )


@dataclass(frozen=True)
class TrustedSigner:
    fingerprint: str  # crypto.signing form (internal)
    added: str
    actor: str
    shown: str  # the SSH form, or the hex form for a key trusted before its public key was kept


def trusted(vault: Vault) -> list[TrustedSigner]:
    rows = vault.conn.execute(
        "SELECT fingerprint, added, actor, public_key FROM trusted_signers ORDER BY added, fingerprint"
    )
    return [TrustedSigner(str(a), str(b), str(c), shown(bytes(d)) if d else str(a)) for a, b, c, d in rows]


def is_trusted(vault: Vault, fingerprint: str) -> bool:
    if fingerprint == vault.signing_keypair().fingerprint:
        return True
    row = vault.conn.execute("SELECT 1 FROM trusted_signers WHERE fingerprint = ?", (fingerprint,)).fetchone()
    return row is not None


class UntrustedSigner(BadPackage):
    """A sound signature by a key this vault has not trusted (nothing past the signature was read)."""

    def __init__(self, signer: str) -> None:
        super().__init__(
            f"it is signed by {signer}, a key this vault has not trusted before; check that fingerprint with"
            f" the sender (in person or by phone), then import again with --expect-signer {signer}"
        )
        self.signer = signer


def decide(vault: Vault, public: bytes, expected: Expected | None) -> None:
    """Refuse a package whose verified signer is not trusted here (nothing is written yet)."""
    signer = shown(public)
    if expected is not None:
        if not expected.matches(public):
            wanted = f"SHA256:{expected.ssh}" if expected.ssh else expected.hex
            raise BadPackage(f"it is signed by {signer}, not by the expected key {wanted}")
        return
    if not is_trusted(vault, signing.fingerprint(public)):
        raise UntrustedSigner(signer)


def record(vault: Vault, signer: str, public: bytes | None = None) -> bool:
    """Trust ``signer`` (a ``crypto.signing`` fingerprint; ``public``: its key, kept so the key can
    be listed as people know it) from now on, inside the import's transaction; False if it
    already was."""
    if public is not None and signing.fingerprint(public) != signer:
        raise ValueError("the public key is not the signer's")
    if is_trusted(vault, signer):
        return False
    with db.transaction(vault.conn):
        vault.conn.execute(
            "INSERT INTO trusted_signers(fingerprint, added, actor, public_key) VALUES (?, ?, ?, ?)",
            (signer, now_utc(), vault.author, public),
        )
        vault.log(Action.TRUST_SIGNER, "signer", signer, {"key": shown(public)} if public is not None else {})
    return True
