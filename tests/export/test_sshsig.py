"""crypto.sshsig on its own: a signature that does not verify is told apart from a file that is
not a well-formed SSHSIG, and no byte after a field is ignored (the checks through the real
ssh-keygen are in test_recipient_tools)."""

from __future__ import annotations

import base64
from collections.abc import Callable

import pytest

from crypto import sshsig
from crypto.errors import SignatureInvalid
from crypto.signing import SigningKeyPair

NS = "evidence-vault"


def _rearmor(armored: bytes, change: Callable[[bytes], bytes]) -> bytes:
    """The armored signature with its binary blob changed by ``change``."""
    lines = armored.decode("ascii").strip().splitlines()
    blob = change(base64.b64decode("".join(lines[1:-1])))
    return f"{sshsig.BEGIN}\n{base64.b64encode(blob).decode()}\n{sshsig.END}\n".encode()


def test_round_trip_and_what_fails_how() -> None:
    keys = SigningKeyPair.generate()
    armored = sshsig.sign(keys.private, b"manifest", NS)
    assert sshsig.verify(armored, b"manifest", NS) == keys.public

    with pytest.raises(SignatureInvalid) as altered:
        sshsig.verify(armored, b"manifest!", NS)
    assert not isinstance(altered.value, sshsig.MalformedSignature)
    assert str(altered.value) == "signature does not verify"

    with pytest.raises(sshsig.MalformedSignature, match="namespace"):
        sshsig.verify(armored, b"manifest", "file")
    with pytest.raises(sshsig.MalformedSignature, match="not an SSH signature"):
        sshsig.verify(b"not base64!\n", b"manifest", NS)
    with pytest.raises(sshsig.MalformedSignature, match="malformed"):
        sshsig.verify(_rearmor(armored, lambda b: b + b"\x00"), b"manifest", NS)
    with pytest.raises(sshsig.MalformedSignature, match="truncated"):
        sshsig.verify(_rearmor(armored, lambda b: b[:-10]), b"manifest", NS)
