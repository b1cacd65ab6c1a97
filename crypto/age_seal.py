"""Sealing bytes already in memory as an age file to X25519 recipients, off the interpreter lock (#18).

pyrage's ``encrypt`` holds Python's interpreter lock for the whole call (about 5 ms for a 4 MB
photo), so the import's worker threads, which feed the parser processes, wait for every copy the
storing thread seals. Here the same age v1 file (https://age-encryption.org/v1) is written with
``cryptography``, whose ChaCha20-Poly1305 lets go of the lock on every 64 KiB chunk and runs about
three times as fast. Only encryption is done here; every decryption stays with pyrage (age.py),
and the tests decrypt what this writes with the ``age`` tool and with pyrage.

What must never happen: a file key or a nonce reused, or a stream whose last chunk is not marked
last (a truncated file would then decrypt as complete): both follow the specification below.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Iterator

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import CryptoError

MAGIC = b"age-encryption.org/v1"
X25519_LABEL = b"age-encryption.org/v1/X25519"
CHUNK = 64 * 1024
TAG = 16  # Poly1305's tag after each chunk
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATORS = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate(_GENERATORS):
            chk ^= gen if (top >> i) & 1 else 0
    return chk


def recipient_key(recipient: str) -> bytes:
    """The 32 bytes of an ``age1...`` recipient (bech32, BIP 173, checksum verified)."""
    text = recipient.strip()
    if text.lower() != text and text.upper() != text:
        raise CryptoError("not an age recipient (mixed case)")
    text = text.lower()
    hrp, sep, rest = text.rpartition("1")
    if hrp != "age" or not sep or len(rest) < 7 or any(c not in _BECH32 for c in rest):
        raise CryptoError("not an X25519 age recipient (expected age1...)")
    words = [_BECH32.index(c) for c in rest]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    if _polymod(expanded + words) != 1:
        raise CryptoError("not an age recipient (bad checksum)")
    acc, bits, out = 0, 0, bytearray()
    for word in words[:-6]:
        acc, bits = (acc << 5) | word, bits + 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    if len(out) != 32 or bits >= 5 or acc & ((1 << bits) - 1):
        raise CryptoError("not an X25519 age recipient (wrong length)")
    return bytes(out)


def _hkdf(ikm: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _stanza(file_key: bytes, their_key: bytes) -> bytes:
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(their_key))
    if not any(shared):  # a low-order recipient key: age refuses it too
        raise CryptoError("the age recipient is not a usable X25519 key")
    wrap_key = _hkdf(shared, share + their_key, X25519_LABEL)
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    return b"-> X25519 " + _b64(share) + b"\n" + _b64(body) + b"\n"  # 43 characters: one body line


def _start(recipients: list[str]) -> tuple[bytes, ChaCha20Poly1305]:
    """A new file key: the header (stanzas, MAC) and payload nonce that open the file, and the
    payload's cipher."""
    if not recipients:
        raise ValueError("at least one recipient is needed")
    keys = [recipient_key(r) for r in recipients]
    file_key = os.urandom(16)
    header = MAGIC + b"\n" + b"".join(_stanza(file_key, k) for k in keys) + b"---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    nonce = os.urandom(16)
    return header + b" " + _b64(mac) + b"\n" + nonce, ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))


def _chunks(size: int) -> Iterator[tuple[int, int, bytes]]:
    """(start, end, nonce) of each payload chunk: every chunk full but the last, which is marked
    last and is empty only for empty data."""
    count = max(1, -(-size // CHUNK))
    for index in range(count):
        last = index == count - 1
        yield index * CHUNK, min(size, (index + 1) * CHUNK), index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def seal(data: bytes, recipients: list[str]) -> bytes:
    """The age v1 file of ``data`` for X25519 ``recipients`` (``age1...``), in memory."""
    head, payload = _start(recipients)
    view = memoryview(data)
    pieces = [head]
    for start, end, chunk_nonce in _chunks(len(data)):
        pieces.append(payload.encrypt(chunk_nonce, view[start:end], None))
    return b"".join(pieces)


def seal_into(data: bytes | memoryview, recipients: list[str], out: bytearray) -> memoryview:
    """:func:`seal`, written into ``out`` (grown when too small, never shrunk) instead of new
    memory: a caller sealing one photo after another reuses one buffer, whose pages are already
    mapped, instead of a fresh 4 MB object per copy (#18: each cost about a thousand page faults).
    Returns the file, a view of the start of ``out``; release it before ``out`` is used again."""
    head, payload = _start(recipients)
    size = len(data)
    total = len(head) + size + TAG * max(1, -(-size // CHUNK))
    if len(out) < total:
        out.extend(bytes(total - len(out)))
    view, source = memoryview(out), memoryview(data)
    try:
        view[: len(head)] = head
        at = len(head)
        for start, end, chunk_nonce in _chunks(size):
            step = end - start + TAG
            payload.encrypt_into(chunk_nonce, source[start:end], None, view[at : at + step])
            at += step
        assert at == total
        return view[:total]
    finally:
        view.release()
        source.release()
