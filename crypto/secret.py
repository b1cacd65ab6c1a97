"""A bytes holder for key material that never prints and compares in constant time."""

from __future__ import annotations

import hmac
from typing import NoReturn


class SecretBytes:
    """Key material. ``repr``/``str`` never show the value; pickling is refused so a secret cannot
    end up in a cache, a crash report or a multiprocessing queue by accident."""

    __slots__ = ("_value",)

    def __init__(self, value: bytes | bytearray) -> None:
        if not isinstance(value, (bytes, bytearray)):
            raise TypeError("SecretBytes holds bytes")
        self._value = bytes(value)

    def reveal(self) -> bytes:
        """The raw bytes, for handing to a primitive. Never log or format the result."""
        return self._value

    def __len__(self) -> int:
        return len(self._value)

    def __repr__(self) -> str:
        return f"<SecretBytes: {len(self._value)} bytes, hidden>"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SecretBytes):
            return NotImplemented
        return hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        raise TypeError("SecretBytes is not hashable")

    def __reduce__(self) -> NoReturn:
        raise TypeError("SecretBytes cannot be pickled")

    def __bytes__(self) -> NoReturn:
        # bytes(secret) would be an easy way to leak into a format string; use reveal() on purpose.
        raise TypeError("use reveal() to get the raw bytes of a SecretBytes")


class SecretStr:
    """A passphrase or recovery key as typed by a person. Same guarantees as ``SecretBytes``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("SecretStr holds str")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def encode(self) -> SecretBytes:
        return SecretBytes(self._value.encode("utf-8"))

    def __len__(self) -> int:
        return len(self._value)

    def __repr__(self) -> str:
        return "<SecretStr: hidden>"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SecretStr):
            return NotImplemented
        return hmac.compare_digest(self._value.encode("utf-8"), other._value.encode("utf-8"))

    def __hash__(self) -> int:
        raise TypeError("SecretStr is not hashable")

    def __reduce__(self) -> NoReturn:
        raise TypeError("SecretStr cannot be pickled")
