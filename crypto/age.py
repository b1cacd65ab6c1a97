"""Recipient encryption in the age format (pyrage), for blobs, bundles and transfers.

Every stream is read and written in chunks: memory stays flat however large the file. Before a
foreign age file is handed to pyrage its header is read and checked here (size, stanza types,
scrypt work factor), so a hostile file cannot make us spend minutes in scrypt; an armored file
(``age -a``, PEM-style base64) is vetted the same way, from its decoded header.

Recipients and identities are what ``age`` itself takes: X25519 (``age1...``,
``AGE-SECRET-KEY-1...``) and SSH keys (``ssh-ed25519``/``ssh-rsa`` public keys; their private
keys, passphrase-protected or not), a recipients file of such lines, and identity files that are
themselves passphrase-encrypted with ``age -p``. pyrage does the age work (its ``ssh`` and
``passphrase`` modules); what it cannot do is open a passphrase-protected SSH private key, so
``cryptography`` (with ``bcrypt`` for OpenSSH's KDF) opens it here, in memory, and hands pyrage
the unprotected key: it never touches a disk.
"""

from __future__ import annotations

import base64
import binascii
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

import pyrage

from .errors import CryptoError, DecryptionFailed
from .secret import SecretBytes, SecretStr

AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
SSH_RECIPIENT_TYPES = ("ssh-ed25519", "ssh-rsa")
MAX_HEADER = 16 * 1024
MAX_SCRYPT_LOG2 = 18
MAX_STANZAS = 64


class Reader(Protocol):
    def read(self, n: int = -1, /) -> bytes: ...


class Writer(Protocol):
    def write(self, data: bytes, /) -> int: ...


class BadRecipient(CryptoError):
    """A string that is not an age recipient (age1..., ssh-ed25519 or ssh-rsa)."""


class PassphraseNeeded(CryptoError):
    """An identity file is passphrase-protected and no passphrase was given."""


@dataclass(frozen=True)
class Identity:
    """An X25519 identity (AGE-SECRET-KEY-1...). The secret string never prints."""

    secret: SecretStr

    @classmethod
    def generate(cls) -> Identity:
        return cls(SecretStr(str(pyrage.x25519.Identity.generate())))

    @classmethod
    def from_seed(cls, seed: SecretBytes) -> Identity:
        """The identity whose X25519 secret is these 32 bytes (a key derived for one purpose, e.g.
        the decoy vault's package). pyrage only parses strings, so the bech32 string is built here
        (BIP 173, as age-keygen writes it); a test checks it against pyrage."""
        if len(seed) != 32:
            raise ValueError("an X25519 secret has 32 bytes")
        text = _bech32("age-secret-key-", seed.reveal()).upper()
        return cls.parse(text)

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


@dataclass(frozen=True)
class SshIdentity:
    """An SSH private key (ed25519 or RSA) as an age identity, unprotected, in memory only."""

    key: SecretBytes = field(repr=False)

    def _native(self) -> pyrage.ssh.Identity:
        return pyrage.ssh.Identity.from_buffer(bytes(self.key.reveal()))  # pyrage takes bytes only


DecryptIdentity = Identity | SshIdentity
# Asked for when an identity file turns out to be passphrase-protected (``age -d`` prompts too).
PassphraseSource = Callable[[], SecretStr]


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            chk ^= gen if (top >> i) & 1 else 0
    return chk


def _bech32(hrp: str, data: bytes | bytearray) -> str:
    acc, bits, words = 0, 0, []
    for byte in data:
        acc, bits = (acc << 8) | byte, bits + 8
        while bits >= 5:
            bits -= 5
            words.append((acc >> bits) & 31)
    if bits:
        words.append((acc << (5 - bits)) & 31)
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    polymod = _bech32_polymod(expanded + words + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[w] for w in words + checksum)


MAX_IDENTITY_FILE = 64 * 1024
_SSH_PRIVATE_BEGIN = (b"-----BEGIN OPENSSH PRIVATE KEY-----", b"-----BEGIN RSA PRIVATE KEY-----")


def read_identity_file(path: Path, passphrase: PassphraseSource | None = None) -> list[DecryptIdentity]:
    """The identities of a file as ``age -d -i`` takes it: X25519 lines as ``age-keygen`` writes
    them (comments and blank lines ignored), an SSH private key (ed25519 or RSA, passphrase-protected
    or not), or such an identity file encrypted with ``age -p`` (armored or not). ``passphrase`` is
    asked only when the file needs one. Errors never echo a line: it may be a mistyped secret key."""
    raw = _read_small(path)
    stripped = raw.lstrip()
    if stripped.startswith((AGE_MAGIC, ARMOR_BEGIN)):
        return _identities_in(path, _open_protected_identities(path, raw, passphrase))
    if stripped.startswith(_SSH_PRIVATE_BEGIN):
        return [_ssh_identity(path, raw, passphrase)]
    return _identities_in(path, raw)


def _read_small(path: Path) -> bytes:
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
    return raw


def _ask(path: Path, passphrase: PassphraseSource | None) -> SecretStr:
    if passphrase is None:
        raise PassphraseNeeded(f"{path} is passphrase-protected: give its passphrase")
    return passphrase()


def _open_protected_identities(path: Path, raw: bytes, passphrase: PassphraseSource | None) -> bytes:
    """An identity file encrypted with ``age -p``: its header is vetted (scrypt work factor)
    before the passphrase is asked for and tried."""
    try:
        check_header(io.BytesIO(raw))
    except DecryptionFailed as exc:
        raise CryptoError(f"{path} is an age file that cannot be an identity file: {exc}") from None
    secret = _ask(path, passphrase)
    try:
        return bytes(pyrage.passphrase.decrypt(raw, secret.reveal()))
    except pyrage.DecryptError:
        raise CryptoError(f"the passphrase of {path} is wrong, or the file is damaged") from None


def _ssh_identity(path: Path, raw: bytes, passphrase: PassphraseSource | None) -> SshIdentity:
    try:
        pyrage.ssh.Identity.from_buffer(raw)
        return SshIdentity(SecretBytes(raw))
    except pyrage.IdentityError as exc:
        if "decrypted" not in str(exc):
            raise CryptoError(f"{path} is not an SSH private key age can use (ed25519 or RSA)") from None
    secret = _ask(path, passphrase)
    from cryptography.exceptions import UnsupportedAlgorithm
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

    try:
        if raw.lstrip().startswith(_SSH_PRIVATE_BEGIN[0]):
            key: object = serialization.load_ssh_private_key(raw, secret.reveal().encode("utf-8"))
        else:
            key = serialization.load_pem_private_key(raw, secret.reveal().encode("utf-8"))
        if not isinstance(key, ed25519.Ed25519PrivateKey | rsa.RSAPrivateKey):
            raise TypeError("not an ed25519 or RSA key")
        plain = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH, serialization.NoEncryption()
        )
        pyrage.ssh.Identity.from_buffer(plain)
    except (ValueError, TypeError, pyrage.IdentityError, UnsupportedAlgorithm):
        raise CryptoError(f"the passphrase of {path} is wrong, or it is not an ed25519 or RSA key") from None
    return SshIdentity(SecretBytes(plain))


def _identities_in(path: Path, raw: bytes) -> list[DecryptIdentity]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CryptoError(f"{path} is not an age identity file") from None
    identities: list[DecryptIdentity] = []
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
    """An age recipient as ``age -r`` takes it: ``age1...`` or an SSH public key line
    (``ssh-ed25519``/``ssh-rsa`` and its base64; the comment, often a name or an address, is
    dropped). Returns the normal form that ``encrypt_stream`` takes."""
    text = text.strip()
    try:
        if text.startswith(SSH_RECIPIENT_TYPES):
            kind, _, rest = text.partition(" ")
            key = f"{kind} {rest.split()[0]}" if rest.split() else kind
            pyrage.ssh.Recipient.from_str(key)
            return key
        return str(pyrage.x25519.Recipient.from_str(text))
    except Exception:
        # Never echo the text: people paste the wrong line, and that line may be a secret key.
        if text.upper().startswith("AGE-SECRET-KEY-"):
            raise BadRecipient("that is a secret age key, not a recipient: give the public key (age1...)") from None
        if text.startswith("-----BEGIN"):
            raise BadRecipient("that is a private key, not a recipient: give the public key (.pub)") from None
        if text.startswith(("ssh-", "ecdsa-", "sk-")):
            raise BadRecipient("age takes only ssh-ed25519 and ssh-rsa keys as SSH recipients") from None
        if text.lower().startswith("age1"):
            raise BadRecipient("not an age X25519 recipient (expected a public key starting with age1)") from None
        raise BadRecipient("not an age recipient (expected age1..., or an ssh-ed25519 or ssh-rsa public key)") from None


MAX_RECIPIENTS_FILE = 1024 * 1024


def read_recipients_file(path: Path) -> list[str]:
    """The recipients of a file as ``age -R`` takes it: one recipient per line (age1..., or an SSH
    public key line as in authorized_keys or a .pub file), ``#`` comments and blank lines ignored.
    A bad line is named by its number, never echoed."""
    try:
        with open(path.expanduser(), "rb") as fh:
            raw = fh.read(MAX_RECIPIENTS_FILE + 1)
    except FileNotFoundError:
        raise CryptoError(f"no such recipients file: {path}") from None
    except IsADirectoryError:
        raise CryptoError(f"{path} is a folder, not a recipients file") from None
    except OSError as exc:
        raise CryptoError(f"the recipients file cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    if len(raw) > MAX_RECIPIENTS_FILE:
        raise CryptoError(f"{path} is too large to be a recipients file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CryptoError(f"{path} is not a recipients file (not UTF-8 text)") from None
    recipients = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            recipients.append(parse_recipient(line))
        except BadRecipient as exc:
            raise BadRecipient(f"{path} line {number}: {exc}") from None
    if not recipients:
        raise CryptoError(f"{path} holds no recipient")
    return recipients


def _native_recipient(text: str) -> pyrage.x25519.Recipient | pyrage.ssh.Recipient:
    if text.startswith(SSH_RECIPIENT_TYPES):
        return pyrage.ssh.Recipient.from_str(text)
    return pyrage.x25519.Recipient.from_str(text)


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
    native = [_native_recipient(r) for r in recipients]
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


def encrypt_bytes(data: bytes, recipients: list[str]) -> bytes:
    """The age file of ``data`` already in memory, in one call (#18): a stream fed in 8 KiB reads
    costs a Python call per read, about three times the encryption itself for a 4 MB photo. To
    X25519 recipients it is written by age_seal.py, off the interpreter lock; to SSH ones by pyrage."""
    if not recipients:
        raise ValueError("at least one recipient is needed")
    if not any(r.startswith(SSH_RECIPIENT_TYPES) for r in recipients):
        from . import age_seal

        return age_seal.seal(data, recipients)
    try:
        return bytes(pyrage.encrypt(data, [_native_recipient(r) for r in recipients]))
    except pyrage.EncryptError as exc:
        raise CryptoError(f"age encryption failed: {exc}") from None


def encrypt_bytes_into(data: bytes, recipients: list[str], out: bytearray) -> memoryview:
    """:func:`encrypt_bytes` written into ``out``, a buffer reused from one call to the next
    (``age_seal.seal_into``); a view of the file, to be released before ``out`` is used again."""
    if not recipients:
        raise ValueError("at least one recipient is needed")
    if not any(r.startswith(SSH_RECIPIENT_TYPES) for r in recipients):
        from . import age_seal

        return age_seal.seal_into(data, recipients, out)
    return memoryview(encrypt_bytes(data, recipients))


def decrypt_stream(source: BinaryIO, dest: Writer, identities: Sequence[DecryptIdentity]) -> None:
    """Decrypt an age stream, binary or armored. ``source`` must be seekable: its header is vetted first.

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


def is_age(head: bytes) -> bool:
    """Whether bytes start an age file: binary, or armored (``age -a``)."""
    return head.startswith(AGE_MAGIC) or head.lstrip().startswith(ARMOR_BEGIN)


def _dearmored_head(source: Reader, first: bytes) -> io.BytesIO:
    """The first bytes of an armored age file, decoded: enough to vet its header. Lines are read
    up to the bound of a header (base64 grows it by 4/3, plus line ends)."""
    data = first
    limit = MAX_HEADER * 4 // 3 + MAX_HEADER // 32 + len(ARMOR_BEGIN) + 16
    while len(data) < limit:
        chunk = source.read(4096)
        if not chunk:
            break
        data += chunk
    lines = data.lstrip().split(b"\n")[1:]
    decoded = bytearray()
    for line in lines:
        line = line.strip()
        if line.startswith(ARMOR_END) or not line:
            break
        try:
            decoded += base64.b64decode(line, validate=True)
        except (binascii.Error, ValueError):
            if len(line) % 4:  # the last, cut line of what was read: decode what is whole
                break
            raise DecryptionFailed("the armored age file is not valid base64") from None
        if len(decoded) > MAX_HEADER:
            break
    return io.BytesIO(bytes(decoded))


def check_header(source: Reader) -> None:
    """Read and vet an age v1 header without decrypting anything (armored files are decoded first).

    Rejects: no age magic, headers over 16 KiB, too many stanzas, scrypt stanzas with a work
    factor over 2^18 (age's own default is 2^18; 2^23 and beyond are denial-of-service bait).
    """
    first = source.read(len(ARMOR_BEGIN) + 4)
    if first.lstrip().startswith(b"-----BEGIN"):
        source = _dearmored_head(source, first)
        first = b""
    data = first
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
