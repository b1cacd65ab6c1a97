"""SSH signatures (OpenSSH's SSHSIG, PROTOCOL.sshsig) over the vault's Ed25519 signing key.

A dossier's recipient checks the signature with ``ssh-keygen -Y verify``, which ships with
OpenSSH on Linux, macOS and Windows 10+: no Evidence Vault needed. Written here over
``cryptography`` because no well-kept Python library produces SSHSIG (``cryptography`` reads and
writes OpenSSH keys, not signatures); the format is small and fixed, and the tests check every
signature with the real ssh-keygen.

Format: the signed data is ``"SSHSIG" || string(namespace) || string("") || string("sha512") ||
string(SHA-512(message))``; the signature blob is ``"SSHSIG" || uint32(1) || string(public key) ||
string(namespace) || string("") || string("sha512") || string(string("ssh-ed25519") ||
string(signature))``, armored as ``-----BEGIN SSH SIGNATURE-----``. The namespace keeps a
signature made for one purpose from being valid for another.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct

from . import signing
from .errors import SignatureInvalid
from .secret import SecretBytes

MAGIC = b"SSHSIG"
VERSION = 1
KEY_TYPE = b"ssh-ed25519"
HASH_ALGORITHM = b"sha512"
BEGIN = "-----BEGIN SSH SIGNATURE-----"
END = "-----END SSH SIGNATURE-----"
MAX_ARMORED = 4096  # an Ed25519 SSHSIG is under 400 bytes armored


class MalformedSignature(SignatureInvalid):
    """The file is not a well-formed Ed25519 SSHSIG for the namespace (as opposed to a
    well-formed signature that does not verify: plain ``SignatureInvalid``)."""


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def public_blob(public: bytes) -> bytes:
    """The OpenSSH wire form of an Ed25519 public key."""
    return _string(KEY_TYPE) + _string(public)


def public_line(public: bytes, comment: str = "") -> str:
    """``ssh-ed25519 AAAA... [comment]``, as in an authorized_keys or .pub file."""
    line = f"{KEY_TYPE.decode()} {base64.b64encode(public_blob(public)).decode('ascii')}"
    return f"{line} {comment}" if comment else line


def allowed_signers_line(public: bytes, principal: str, namespace: str) -> str:
    """One line of an ssh-keygen allowed_signers file, limited to ``namespace``."""
    return f'{principal} namespaces="{namespace}" {public_line(public)}'


def fingerprint(public: bytes) -> str:
    """``SHA256:...`` exactly as ``ssh-keygen -l`` prints it for this key."""
    digest = hashlib.sha256(public_blob(public)).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


def _signed_data(message: bytes, namespace: str) -> bytes:
    return (
        MAGIC
        + _string(namespace.encode("utf-8"))
        + _string(b"")
        + _string(HASH_ALGORITHM)
        + _string(hashlib.sha512(message).digest())
    )


def sign(private: SecretBytes, message: bytes, namespace: str) -> bytes:
    """The armored SSH signature of ``message`` (bytes of a ``.sig`` file, newline-terminated)."""
    keys = signing.SigningKeyPair.from_private(private)
    public = keys.public
    raw = keys.sign(_signed_data(message, namespace))
    blob = (
        MAGIC
        + struct.pack(">I", VERSION)
        + _string(public_blob(public))
        + _string(namespace.encode("utf-8"))
        + _string(b"")
        + _string(HASH_ALGORITHM)
        + _string(_string(KEY_TYPE) + _string(raw))
    )
    body = base64.b64encode(blob).decode("ascii")
    lines = [body[i : i + 70] for i in range(0, len(body), 70)]
    return ("\n".join([BEGIN, *lines, END]) + "\n").encode("ascii")


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def take(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise MalformedSignature("the SSH signature is truncated")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def uint32(self) -> int:
        return int(struct.unpack(">I", self.take(4))[0])

    def string(self) -> bytes:
        return self.take(self.uint32())

    def end(self) -> None:
        if self.pos != len(self.data):
            raise MalformedSignature("the SSH signature is malformed")


def verify(armored: bytes, message: bytes, namespace: str) -> bytes:
    """Check an armored SSH signature over ``message`` in ``namespace``; returns the signer's raw
    Ed25519 public key. Raises MalformedSignature (one line) for a file that is not such a
    signature, SignatureInvalid for one that does not verify."""
    if len(armored) > MAX_ARMORED:
        raise MalformedSignature("the SSH signature file is too large")
    try:
        text = armored.decode("ascii").strip()
    except UnicodeDecodeError:
        raise MalformedSignature("the SSH signature is not ASCII armor") from None
    if not (text.startswith(BEGIN) and text.endswith(END)):
        raise MalformedSignature("the file is not an SSH signature")
    try:
        blob = base64.b64decode("".join(text[len(BEGIN) : -len(END)].split()), validate=True)
    except (binascii.Error, ValueError):
        raise MalformedSignature("the SSH signature's armor is not base64") from None
    r = _Reader(blob)
    if r.take(len(MAGIC)) != MAGIC or r.uint32() != VERSION:
        raise MalformedSignature("the SSH signature has an unknown format or version")
    key = _Reader(r.string())
    if key.string() != KEY_TYPE:
        raise MalformedSignature("the SSH signature is not made with an Ed25519 key")
    public = key.string()
    key.end()
    if r.string() != namespace.encode("utf-8"):
        raise MalformedSignature(f"the SSH signature is not for the namespace {namespace}")
    r.string()  # reserved
    if r.string() != HASH_ALGORITHM:
        raise MalformedSignature("the SSH signature uses an unsupported hash")
    sig = _Reader(r.string())
    r.end()
    if sig.string() != KEY_TYPE:
        raise MalformedSignature("the SSH signature is malformed")
    raw = sig.string()
    sig.end()
    if len(public) != 32 or len(raw) != 64:
        raise MalformedSignature("the SSH signature is malformed")
    signing.verify(public, _signed_data(message, namespace), raw)
    return public
