"""The recovery key: 160 random bits a person can copy onto paper and type back.

Written in Crockford's base32 (no I, L, O, U; case-insensitive; O/I/L typed by mistake are read as
0/1/1), in groups of four, with a 20-bit checksum so a typo is reported as a typo, not as a wrong
key. Its KEK comes from HKDF-SHA256, not Argon2id: 160 bits of randomness need no stretching.
"""

from __future__ import annotations

import hashlib
import os

from .errors import BadRecoveryKey
from .secret import SecretBytes, SecretStr

KDF_HKDF_SHA256 = "hkdf-sha256"
RECOVERY_BYTES = 20
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(_ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})
_BODY_CHARS = RECOVERY_BYTES * 8 // 5  # 32
_CHECK_CHARS = 4
_HKDF_INFO = b"evidence-vault/recovery-slot/v1"


def _to_b32(value: int, chars: int) -> str:
    return "".join(_ALPHABET[(value >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _checksum(raw: bytes) -> int:
    digest = hashlib.sha256(b"evidence-vault recovery checksum" + raw).digest()
    return int.from_bytes(digest[:3], "big") >> 4  # 20 bits


def format_key(raw: bytes) -> SecretStr:
    body = _to_b32(int.from_bytes(raw, "big"), _BODY_CHARS)
    text = body + _to_b32(_checksum(raw), _CHECK_CHARS)
    return SecretStr("-".join(text[i : i + 4] for i in range(0, len(text), 4)))


def generate() -> tuple[SecretBytes, SecretStr]:
    raw = os.urandom(RECOVERY_BYTES)
    return SecretBytes(raw), format_key(raw)


def parse(typed: SecretStr) -> SecretBytes:
    cleaned = "".join(ch for ch in typed.reveal().upper() if ch not in " -\t\r\n")
    if len(cleaned) != _BODY_CHARS + _CHECK_CHARS:
        raise BadRecoveryKey(f"a recovery key has {_BODY_CHARS + _CHECK_CHARS} characters; this one has {len(cleaned)}")
    value = 0
    for ch in cleaned:
        if ch not in _DECODE:
            raise BadRecoveryKey("the recovery key contains a character that cannot be in one")
        value = (value << 5) | _DECODE[ch]
    check = value & ((1 << (5 * _CHECK_CHARS)) - 1)
    raw = (value >> (5 * _CHECK_CHARS)).to_bytes(RECOVERY_BYTES, "big")
    if check != _checksum(raw):
        raise BadRecoveryKey("the recovery key has a typo (its checksum does not match)")
    return SecretBytes(raw)


def derive(raw: SecretBytes, salt: bytes) -> SecretBytes:
    # Imported on first use: the app's start reads a vault header before any key work (#18).
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    # Derived straight into the buffer the SecretBytes owns (HKDF ``derive_into``), so the
    # key-encryption key never exists as immutable ``bytes`` that could not be zeroed after use.
    buffer = bytearray(32)
    HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO).derive_into(raw.reveal(), buffer)
    return SecretBytes.adopt(buffer)
