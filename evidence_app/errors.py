"""User-facing errors. Each message is one plain sentence a researcher can act on, and never
contains a passphrase, a key, or the content of a record."""

from __future__ import annotations


class EvidenceError(Exception):
    """Base class: the CLI prints ``str(exc)`` on one line and exits 1."""


class WrongPassphrase(EvidenceError):
    pass


class VaultNotFound(EvidenceError):
    pass


class VaultExists(EvidenceError):
    pass


class VaultInUse(EvidenceError):
    pass


class VaultCorrupt(EvidenceError):
    pass


class NotFound(EvidenceError):
    pass


class InvalidInput(EvidenceError):
    pass


class UnsupportedMedia(EvidenceError):
    pass


class IntegrityError(EvidenceError):
    pass
