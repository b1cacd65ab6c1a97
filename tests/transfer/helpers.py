"""Taking packages apart and putting hostile ones together (test side only, in memory)."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from pathlib import Path
from typing import Any

import pyrage

from crypto import age
from crypto.signing import SigningKeyPair
from evidence_app.transfer import format as fmt

Members = list[tuple[str, bytes]]


def decrypt(path: Path, identity: age.DecryptIdentity) -> bytes:
    return bytes(pyrage.decrypt(path.read_bytes(), [identity._native()]))


def encrypt(plain: bytes, recipient: str) -> bytes:
    return bytes(pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(recipient)]))


def members(tar_bytes: bytes) -> Members:
    out: Members = []
    with tarfile.open(fileobj=io.BytesIO(tar_bytes), mode="r:") as tar:
        for info in tar:
            fh = tar.extractfile(info)
            assert fh is not None
            out.append((info.name, fh.read()))
    return out


def header(
    name: str | bytes,
    size: int,
    typeflag: bytes = b"0",
    magic: bytes = b"ustar\x0000",
    linkname: bytes = b"",
    size_field: bytes | None = None,
) -> bytes:
    """A tar header block built by hand, so any field can lie."""
    raw_name = name.encode() if isinstance(name, str) else name
    block = bytearray(512)
    block[0 : len(raw_name[:100])] = raw_name[:100]
    block[100:108] = b"0000600\0"
    block[108:116] = b"0000000\0"
    block[116:124] = b"0000000\0"
    block[124:136] = size_field if size_field is not None else b"%011o\0" % size
    block[136:148] = b"00000000000\0"
    block[156:157] = typeflag
    block[157 : 157 + len(linkname)] = linkname
    block[257:265] = magic
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


def tar_of(items: list[tuple[bytes, bytes]], end: bool = True) -> bytes:
    """Concatenate (header, data) pairs, padding data to blocks, then the end marker."""
    out = bytearray()
    for head, data in items:
        out += head + data
        if len(data) % 512:
            out += b"\0" * (512 - len(data) % 512)
    if end:
        out += b"\0" * 1024
    return bytes(out)


def plain_tar(entries: Members) -> bytes:
    return tar_of([(header(name, len(data)), data) for name, data in entries])


def sign_members(entries: Members, keypair: SigningKeyPair, **manifest_changes: Any) -> Members:
    """Rebuild manifest.json and manifest.sig over ``entries`` (records, custody, media...), signed
    by ``keypair``: a package that is hostile but validly signed, to reach the checks behind the
    signature."""
    by_name = dict(entries)
    old = json.loads(by_name[fmt.MANIFEST])
    body = [(n, d) for n, d in entries if n not in (fmt.MANIFEST, fmt.SIGNATURE)]
    manifest = {
        **old,
        "signer_public_key": keypair.public.hex(),
        "signer_fingerprint": keypair.fingerprint,
        "files": [{"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in body],
        **manifest_changes,
    }
    manifest_bytes = fmt.canonical_json(manifest)
    signature = fmt.signature_document(keypair.public, keypair.sign(fmt.SIGNATURE_CONTEXT + manifest_bytes))
    return [(fmt.MANIFEST, manifest_bytes), (fmt.SIGNATURE, signature), *body]


def write(path: Path, plain: bytes, recipient: str) -> Path:
    path.write_bytes(encrypt(plain, recipient))
    return path
