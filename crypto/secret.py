"""A bytes holder for key material that never prints, compares in constant time and can be zeroed."""

from __future__ import annotations

import hmac
import os
from typing import NoReturn


class SecretBytes:
    """Key material. ``repr``/``str`` never show the value; pickling is refused so a secret cannot
    end up in a cache, a crash report or a multiprocessing queue by accident.

    The value lives in a ``bytearray`` owned by this object, so ``wipe`` can overwrite it in place
    (the vault key is wiped when the vault closes). A ``bytes`` object handed to the constructor is
    copied and cannot be zeroed (Python's ``bytes`` are immutable); code that must leave no copy
    behind fills a ``bytearray`` itself and hands it over with ``adopt`` (``random``,
    ``aead.open_sealed_secret``, ``derive_into``)."""

    __slots__ = ("_value",)

    def __init__(self, value: bytes | bytearray) -> None:
        if not isinstance(value, (bytes, bytearray)):
            raise TypeError("SecretBytes holds bytes")
        self._value = bytearray(value)

    @classmethod
    def adopt(cls, buffer: bytearray) -> SecretBytes:
        """Take ``buffer`` itself (no copy): from now on only this object should hold it."""
        if not isinstance(buffer, bytearray):
            raise TypeError("adopt takes a bytearray")
        secret = cls.__new__(cls)
        secret._value = buffer
        return secret

    @classmethod
    def random(cls, size: int) -> SecretBytes:
        """``size`` random bytes read straight into the buffer (no intermediate ``bytes`` copy
        where ``/dev/urandom`` exists; on Windows ``os.urandom``'s result is copied and left)."""
        buffer = bytearray(size)
        try:
            with open("/dev/urandom", "rb", buffering=0) as fh:
                if fh.readinto(buffer) != size:
                    raise OSError("short read")
        except OSError:
            buffer[:] = os.urandom(size)
        return cls.adopt(buffer)

    def reveal(self) -> bytearray:
        """The raw bytes (the buffer itself, not a copy), for handing to a primitive. Never log,
        format, keep or change the result."""
        return self._value

    def wipe(self) -> None:
        """Overwrite the value with zeros and forget it; the object is empty afterwards."""
        self._value[:] = bytes(len(self._value))
        del self._value[:]

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
