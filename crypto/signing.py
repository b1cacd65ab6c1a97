"""Ed25519 signing key of a vault: signs exported bundles so a recipient can check who made them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .errors import SignatureInvalid
from .secret import SecretBytes

SIGNATURE_ED25519 = "ed25519"


@dataclass(frozen=True)
class SigningKeyPair:
    private: SecretBytes  # raw 32-byte seed
    public: bytes  # raw 32-byte public key

    @classmethod
    def generate(cls) -> SigningKeyPair:
        key = Ed25519PrivateKey.generate()
        return cls.from_private(SecretBytes(key.private_bytes_raw()))

    @classmethod
    def from_private(cls, private: SecretBytes) -> SigningKeyPair:
        key = Ed25519PrivateKey.from_private_bytes(private.reveal())
        return cls(private, key.public_key().public_bytes_raw())

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.private.reveal()).sign(message)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)


def fingerprint(public: bytes) -> str:
    """SHA-256 of the raw public key, hex, in groups of four for reading aloud over a phone."""
    digest = hashlib.sha256(public).hexdigest()
    return ":".join(digest[i : i + 4] for i in range(0, 64, 4))


def verify(public: bytes, message: bytes, signature: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        raise SignatureInvalid("signature does not verify") from None
