"""Errors raised by the crypto package. Messages never contain key material or passphrases."""


class CryptoError(Exception):
    """Base class for every error of this package."""


class WrongSecret(CryptoError):
    """The passphrase or recovery key does not open any key slot."""


class HeaderCorrupt(CryptoError):
    """The vault header is damaged, truncated or has been tampered with."""


class UnsupportedFormat(CryptoError):
    """A format id, version or algorithm id this build does not know."""


class BadRecoveryKey(CryptoError):
    """A recovery key that is mistyped (bad characters, length or checksum)."""


class SignatureInvalid(CryptoError):
    """An Ed25519 signature that does not verify."""


class DecryptionFailed(CryptoError):
    """An age stream that could not be decrypted (wrong identity, truncated or tampered)."""
