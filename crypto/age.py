"""Recipient encryption in the age format (pyrage), for blobs, bundles and transfers.

Every stream is read and written in chunks: memory stays flat however large the file. Before a
foreign age file is handed to pyrage its header is read and checked here (size, stanza types,
scrypt work factor), so a hostile file cannot make us spend minutes in scrypt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

import pyrage

from .errors import CryptoError, DecryptionFailed
from .secret import SecretStr

AGE_X25519 = "age-x25519"
AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_HEADER = 16 * 1024
MAX_SCRYPT_LOG2 = 18
MAX_STANZAS = 64


class Reader(Protocol):
    def read(self, n: int = -1, /) -> bytes: ...


class Writer(Protocol):
    def write(self, data: bytes, /) -> int: ...


class BadRecipient(CryptoError):
    """A string that is not an age X25519 recipient (age1...)."""


@dataclass(frozen=True)
class Identity:
    """An X25519 identity (AGE-SECRET-KEY-1...). The secret string never prints."""

    secret: SecretStr

    @classmethod
    def generate(cls) -> Identity:
        return cls(SecretStr(str(pyrage.x25519.Identity.generate())))

    @classmethod
    def parse(cls, text: str) -> Identity:
        text = text.strip()
        try:
            pyrage.x25519.Identity.from_str(text)
        except Exception:
            raise CryptoError("not an age identity (expected AGE-SECRET-KEY-1...)") from None
        return cls(SecretStr(text))

    @property
    def recipient(self) -> str:
        return str(self._native().to_public())

    def _native(self) -> pyrage.x25519.Identity:
        return pyrage.x25519.Identity.from_str(self.secret.reveal())


MAX_IDENTITY_FILE = 64 * 1024


def read_identity_file(path: Path) -> list[Identity]:
    """The X25519 identities of a file as ``age-keygen`` writes it (comments and blank lines are
    ignored). Errors never echo a line: it may be a mistyped secret key."""
    try:
        with open(path.expanduser(), "rb") as fh:
            raw = fh.read(MAX_IDENTITY_FILE + 1)
    except FileNotFoundError:
        raise CryptoError(f"no such identity file: {path}") from None
    except IsADirectoryError:
        raise CryptoError(f"{path} is a folder, not an identity file") from None
    except OSError as exc:
        raise CryptoError(f"the identity file cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    if len(raw) > MAX_IDENTITY_FILE:
        raise CryptoError(f"{path} is too large to be an age identity file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CryptoError(f"{path} is not an age identity file") from None
    identities = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(Identity.parse(line))
        except CryptoError:
            raise CryptoError(f"{path} is not an age identity file (expected AGE-SECRET-KEY-1... lines)") from None
    if not identities:
        raise CryptoError(f"{path} holds no age identity (AGE-SECRET-KEY-1...)")
    return identities


def parse_recipient(text: str) -> str:
    text = text.strip()
    try:
        return str(pyrage.x25519.Recipient.from_str(text))
    except Exception:
        # Never echo the text: people paste the wrong line, and that line may be a secret key.
        if text.upper().startswith("AGE-SECRET-KEY-"):
            raise BadRecipient("that is a secret age key, not a recipient: give the public key (age1...)") from None
        raise BadRecipient("not an age X25519 recipient (expected a public key starting with age1)") from None


class _Tap:
    """Passes writes through and remembers the first exception the destination raised.

    pyrage does not always report a failing write: for small payloads the error raised by the
    final write is dropped and encrypt_io returns as if all went well (seen with pyrage 1.4 when
    the disk is full). Every caller goes through this tap, so such a failure is re-raised instead
    of a truncated file being taken for a complete one.
    """

    def __init__(self, dest: Writer) -> None:
        self._dest = dest
        self.error: BaseException | None = None
        self.written = 0

    def write(self, data: bytes) -> int:
        try:
            n = self._dest.write(data)
        except BaseException as exc:
            if self.error is None:
                self.error = exc
            raise
        self.written += len(data)
        return len(data) if n is None else n

    def flush(self) -> None:
        flush = getattr(self._dest, "flush", None)
        if flush is not None:
            try:
                flush()
            except BaseException as exc:
                if self.error is None:
                    self.error = exc
                raise


def encrypt_stream(source: Reader, dest: Writer, recipients: list[str]) -> None:
    if not recipients:
        raise ValueError("at least one recipient is needed")
    native = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    tap = _Tap(dest)
    try:
        pyrage.encrypt_io(source, tap, native)
    except pyrage.EncryptError as exc:
        if tap.error is not None:
            raise tap.error from None
        raise CryptoError(f"age encryption failed: {exc}") from None
    if tap.error is not None:
        raise tap.error
    if tap.written == 0:
        raise CryptoError("age encryption produced no output")


def decrypt_stream(source: BinaryIO, dest: Writer, identities: list[Identity]) -> None:
    """Decrypt an age stream. ``source`` must be seekable: its header is vetted first.

    On failure some plaintext may already have been written to ``dest``; callers write into memory
    or into an encrypting sink and discard it, never into a plaintext file.
    """
    start = source.tell()
    check_header(source)
    source.seek(start)
    tap = _Tap(dest)
    try:
        pyrage.decrypt_io(source, tap, [i._native() for i in identities])
    except (pyrage.DecryptError, OSError) as exc:
        if tap.error is not None:  # the destination failed, not the ciphertext
            raise tap.error from None
        # pyrage reports a failed chunk (tampered or truncated payload) as a bare OSError.
        raise DecryptionFailed(_describe(str(exc))) from None
    if tap.error is not None:
        raise tap.error


def check_header(source: Reader) -> None:
    """Read and vet an age v1 header without decrypting anything.

    Rejects: no age magic, headers over 16 KiB, too many stanzas, scrypt stanzas with a work
    factor over 2^18 (age's own default is 2^18; 2^23 and beyond are denial-of-service bait).
    """
    data = b""
    while b"\n---" not in data:
        chunk = source.read(1024)
        if not chunk:
            break
        data += chunk
        if len(data) > MAX_HEADER:
            raise DecryptionFailed("age header is too large")
    if not data.startswith(AGE_MAGIC):
        raise DecryptionFailed("not an age-encrypted file")
    if b"\n---" not in data:
        raise DecryptionFailed("age header is truncated")
    header = data[: data.index(b"\n---")]
    stanzas = [line for line in header.split(b"\n") if line.startswith(b"-> ")]
    if len(stanzas) > MAX_STANZAS:
        raise DecryptionFailed("age header has too many recipients")
    for stanza in stanzas:
        args = stanza[3:].split(b" ")
        if args[0] == b"scrypt":
            try:
                log2 = int(args[2])
            except (IndexError, ValueError):
                raise DecryptionFailed("malformed scrypt stanza in age header") from None
            if log2 > MAX_SCRYPT_LOG2:
                raise DecryptionFailed(f"age file asks for scrypt work factor 2^{log2}; refusing")


def _describe(message: str) -> str:
    lowered = message.lower()
    if "no matching keys" in lowered or "no identity" in lowered:
        return "none of the given identities can decrypt this file"
    if "truncat" in lowered or "eof" in lowered or "unexpected end" in lowered:
        return "the encrypted file is truncated"
    return "the encrypted file is damaged or was not made for this identity"
