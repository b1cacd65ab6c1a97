"""crypto/age_seal.py writes age v1 files that pyrage and the ``age`` tool read, and that cannot be
cut short unnoticed (#18)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

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


def test_seal_into_one_buffer_writes_each_file_whole(tmp_path: Path) -> None:
    """The writer of a batch seals copy after copy into one buffer (#18): a smaller file after a
    larger one must not carry the larger one's tail, and every file must open with the ``age``
    tool and pyrage alike."""
    identity = pyrage.x25519.Identity.generate()
    (tmp_path / "id.txt").write_text(str(identity) + "\n")
    buffer = bytearray()
    for size in (200_001, 65537, 0, 65536, 131072, 1):
        data = os.urandom(size)
        sealed = age_seal.seal_into(data, [str(identity.to_public())], buffer)
        try:
            (tmp_path / "blob.age").write_bytes(sealed)
            assert len(sealed) == len(age_seal.seal(data, [str(identity.to_public())]))
        finally:
            sealed.release()
        assert pyrage.decrypt((tmp_path / "blob.age").read_bytes(), [identity]) == data
        plain = subprocess.run(
            ["age", "-d", "-i", str(tmp_path / "id.txt"), str(tmp_path / "blob.age")], capture_output=True, check=True
        ).stdout
        assert plain == data
    assert len(buffer) >= 200_001
