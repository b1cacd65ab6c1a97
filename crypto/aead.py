"""AES-256-GCM sealing of small values (wrapped keys). Bulk data uses age (see ``crypto.age``)."""

from __future__ import annotations

import os

from .errors import CryptoError
from .secret import SecretBytes

AEAD_AES_256_GCM = "aes-256-gcm"
NONCE_LEN = 12
KEY_LEN = 32
TAG_LEN = 16


class AeadFailure(CryptoError):
    """Authentication failed: wrong key, or the sealed value or its context was changed."""


def seal(key: SecretBytes, plaintext: bytes | bytearray, aad: bytes, nonce: bytes | None = None) -> tuple[bytes, bytes]:
    """Encrypt ``plaintext`` bound to ``aad``. Returns (nonce, ciphertext+tag). ``nonce`` is only
    passed by known-answer tests; real callers always get a fresh random one."""
    if len(key) != KEY_LEN:
        raise ValueError("AES-256-GCM needs a 32-byte key")
    nonce = os.urandom(NONCE_LEN) if nonce is None else nonce
    if len(nonce) != NONCE_LEN:
        raise ValueError("AES-GCM nonce must be 12 bytes")
    # Imported on first use: the app's start reads a vault header before any key work (#18).
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return nonce, AESGCM(key.reveal()).encrypt(nonce, plaintext, aad)


def open_sealed(key: SecretBytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    if len(key) != KEY_LEN or len(nonce) != NONCE_LEN:
        raise AeadFailure("malformed sealed value")
    # Imported on first use: the app's start reads a vault header before any key work (#18).
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return AESGCM(key.reveal()).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        raise AeadFailure("authentication failed") from None


def open_sealed_secret(key: SecretBytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> SecretBytes:
    """``open_sealed`` for a key: decrypted straight into the SecretBytes' own buffer, so no
    immutable ``bytes`` copy of it is left in memory."""
    if len(key) != KEY_LEN or len(nonce) != NONCE_LEN or len(ciphertext) < TAG_LEN:
        raise AeadFailure("malformed sealed value")
    # Imported on first use: the app's start reads a vault header before any key work (#18).
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    buffer = bytearray(len(ciphertext) - TAG_LEN)
    try:
        AESGCM(key.reveal()).decrypt_into(nonce, ciphertext, aad, buffer)
    except InvalidTag:
        buffer[:] = bytes(len(buffer))
        raise AeadFailure("authentication failed") from None
    return SecretBytes.adopt(buffer)
