"""Which transfer signers this vault trusts.

Anyone who knows this vault's age recipient can encrypt a package to it; the signature only says
WHICH key signed. So a package is merged only if its signer is trusted: this vault's own key, or a
fingerprint the researcher confirmed once (checked with the sender in person or by phone) with
``--expect-signer FP``, which records it in ``trusted_signers`` (schema V4) and the custody log.
The decision is taken right after the signature is verified and before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import db
from ..custody import Action
from ..model import now_utc
from ..vault import Vault
from .format import BadPackage


@dataclass(frozen=True)
class TrustedSigner:
    fingerprint: str
    added: str
    actor: str


def trusted(vault: Vault) -> list[TrustedSigner]:
    rows = vault.conn.execute("SELECT fingerprint, added, actor FROM trusted_signers ORDER BY added, fingerprint")
    return [TrustedSigner(str(a), str(b), str(c)) for a, b, c in rows]


def is_trusted(vault: Vault, fingerprint: str) -> bool:
    if fingerprint == vault.signing_keypair().fingerprint:
        return True
    row = vault.conn.execute("SELECT 1 FROM trusted_signers WHERE fingerprint = ?", (fingerprint,)).fetchone()
    return row is not None


def decide(vault: Vault, signer: str, expected: str | None) -> None:
    """Refuse a package whose verified signer is not trusted here (nothing is written yet)."""
    if expected is not None:
        if expected != signer:
            raise BadPackage(f"it is signed by {signer}, not by the expected key {expected}")
        return
    if not is_trusted(vault, signer):
        raise BadPackage(
            f"it is signed by {signer}, a key this vault has not trusted before; check that fingerprint with"
            f" the sender (in person or by phone), then import again with --expect-signer {signer}"
        )


def record(vault: Vault, signer: str) -> bool:
    """Trust ``signer`` from now on (inside the import's transaction); False if it already was."""
    if is_trusted(vault, signer):
        return False
    with db.transaction(vault.conn):
        vault.conn.execute(
            "INSERT INTO trusted_signers(fingerprint, added, actor) VALUES (?, ?, ?)", (signer, now_utc(), vault.author)
        )
        vault.log(Action.TRUST_SIGNER, "signer", signer, {})
    return True
