"""crypto/age_seal.py writes age v1 files that pyrage and the ``age`` tool read, and that cannot be
cut short unnoticed (#18)."""

from __future__ import annotations

import os

import pyrage
import pytest

from crypto import age_seal
from crypto.errors import CryptoError


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, 131072, 200_001])
def test_pyrage_decrypts_what_seal_writes(size: int) -> None:
    identities = [pyrage.x25519.Identity.generate() for _ in range(2)]
    data = os.urandom(size)
    sealed = age_seal.seal(data, [str(i.to_public()) for i in identities])
    for identity in identities:  # each recipient's stanza opens it
        assert pyrage.decrypt(sealed, [identity]) == data
    assert age_seal.seal(data, [str(identities[0].to_public())]) != sealed  # a new file key and nonce


@pytest.mark.parametrize("size", [65536, 131072, 150_000])
def test_a_file_cut_at_a_chunk_boundary_does_not_decrypt(size: int) -> None:
    identity = pyrage.x25519.Identity.generate()
    sealed = age_seal.seal(os.urandom(size), [str(identity.to_public())])
    last = size % 65536 or 65536
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(sealed[: len(sealed) - (last + 16)], [identity])


def test_recipient_key_reads_pyrage_recipients_and_refuses_others() -> None:
    recipient = str(pyrage.x25519.Identity.generate().to_public())
    assert len(age_seal.recipient_key(recipient)) == 32
    assert age_seal.recipient_key(recipient.upper()) == age_seal.recipient_key(recipient)
    flipped = recipient[:-1] + ("q" if recipient[-1] != "q" else "p")
    for bad in (flipped, "age1", "ssh-ed25519 AAAA", recipient[:10] + recipient[10:].upper(), "age2" + recipient[4:]):
        with pytest.raises(CryptoError):
            age_seal.recipient_key(bad)
    with pytest.raises(ValueError, match="at least one recipient"):
        age_seal.seal(b"x", [])
