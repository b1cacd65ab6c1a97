"""Known-answer tests: every primitive as we call it gives the published (or pinned) output."""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from crypto import aead, kdf, recovery, signing
from crypto import header as vault_header
from crypto.secret import SecretBytes, SecretStr


def test_argon2id_rfc9106_vector() -> None:
    # RFC 9106 section 5.3.
    out = Argon2id(
        salt=b"\x02" * 16,
        length=32,
        iterations=3,
        lanes=4,
        memory_cost=32,
        ad=b"\x04" * 12,
        secret=b"\x03" * 8,
    ).derive(b"\x01" * 32)
    assert out.hex() == "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"


def test_our_argon2id_derivation_is_pinned() -> None:
    params = kdf.Argon2Params(memory_kib=64, iterations=2, lanes=1, salt=bytes(range(16)))
    key = kdf.derive(SecretStr("correct horse"), params)
    expected = Argon2id(salt=bytes(range(16)), length=32, iterations=2, lanes=1, memory_cost=64).derive(
        b"correct horse"
    )
    assert key.reveal() == expected
    assert key.reveal().hex() == "9c87c06898bc18516669b54a8b95d36e622946494d7a55c26f391a0406068c19"


def test_aes_gcm_nist_vector() -> None:
    # McGrew & Viega GCM spec, test case 15 (AES-256, 96-bit IV), without AAD.
    key = bytes.fromhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
    iv = bytes.fromhex("cafebabefacedbaddecaf888")
    pt = bytes.fromhex(
        "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525"
        "b16aedf5aa0de657ba637b391aafd255"
    )
    ct = (
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838"
        "c5f61e6393ba7a0abcc9f662898015ad"
        "b094dac5d93471bdec1a502270e3cc6c"
    )
    nonce, sealed = aead.seal(SecretBytes(key), pt, b"", nonce=iv)
    assert nonce == iv and sealed.hex() == ct
    assert aead.open_sealed(SecretBytes(key), iv, sealed, b"") == pt


def test_hkdf_rfc5869_case1() -> None:
    okm = HKDF(algorithm=hashes.SHA256(), length=42, salt=bytes(range(13)), info=bytes(range(0xF0, 0xFA))).derive(
        b"\x0b" * 22
    )
    assert okm.hex() == ("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865")


def test_ed25519_rfc8032_test1() -> None:
    seed = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    pair = signing.SigningKeyPair.from_private(SecretBytes(seed))
    assert pair.public.hex() == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    sig = pair.sign(b"")
    assert sig.hex() == (
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b"
        "d25bf5f0595bbe24655141438e7a100b"
    )
    signing.verify(pair.public, b"", sig)
    assert pair.fingerprint.replace(":", "") == hashlib.sha256(pair.public).hexdigest()


def test_recovery_key_format_is_pinned() -> None:
    typed = recovery.format_key(bytes(range(20)))
    assert typed.reveal() == recovery.format_key(bytes(range(20))).reveal()
    groups = typed.reveal().split("-")
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    # Independent encoding: RFC 4648 base32, letters mapped onto Crockford's alphabet.
    rfc = base64.b32encode(bytes(range(20))).decode()
    crockford = rfc.translate(str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
    assert typed.reveal().replace("-", "")[:32] == crockford
    assert typed.reveal() == "000G-40R4-0M30-E209-185G-R38E-1W81-24GK-A36C"
    assert recovery.parse(typed).reveal() == bytes(range(20))
    # Lower case, spaces and look-alike letters are accepted.
    sloppy = typed.reveal().lower().replace("-", " ").replace("0", "o")
    assert recovery.parse(SecretStr(sloppy)).reveal() == bytes(range(20))


def test_recovery_kek_is_pinned_and_lives_in_a_zeroable_buffer() -> None:
    """The recovery key's key-encryption key: HKDF-SHA256 as an independent call computes it, held
    in the bytearray HKDF wrote (``wipe`` zeroes the only copy; it was immutable ``bytes`` before)."""
    raw, salt = SecretBytes(bytes(range(20))), bytes(range(16))
    kek = recovery.derive(raw, salt)
    expected = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=recovery._HKDF_INFO).derive(bytes(range(20)))
    assert kek.reveal() == expected
    held = kek._value  # the buffer HKDF wrote: adopted, not copied from a bytes result
    assert isinstance(held, bytearray) and bytes(held) == expected
    kek.wipe()  # zeroes it in place, then empties it
    assert held == bytearray() and len(kek) == 0


def test_subkeys_are_independent_and_pinned() -> None:
    key = SecretBytes(bytes(32))
    a, b = vault_header.subkey(key, "database"), vault_header.subkey(key, "backup-v1")
    assert a != b
    expected = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"evidence-vault/subkey/backup-v1").derive(
        bytes(32)
    )
    assert b.reveal() == expected


def test_age_write_failures_are_never_swallowed() -> None:
    """pyrage drops the error of a failing final write for small payloads; we must not."""
    import errno
    import io

    import pytest

    from crypto import age

    class Full:
        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    identity = age.Identity.generate()
    for size in (0, 10, 1000, 200_000):
        with pytest.raises(OSError, match="No space"):
            age.encrypt_stream(io.BytesIO(b"x" * size), Full(), [identity.recipient])
    sealed = io.BytesIO()
    age.encrypt_stream(io.BytesIO(b"secret"), sealed, [identity.recipient])
    sealed.seek(0)
    with pytest.raises(OSError, match="No space"):
        age.decrypt_stream(sealed, Full(), [identity])


def test_bad_recipients_are_never_echoed() -> None:
    import pytest

    from crypto import age
    from crypto.errors import CryptoError

    secret = age.Identity.generate().secret.reveal()
    for text in (secret, secret.lower(), "age1nottherightlength"):
        with pytest.raises(CryptoError) as info:
            age.parse_recipient(text)
        assert text not in str(info.value) and text[15:40] not in str(info.value)
