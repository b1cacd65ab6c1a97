"""Writing the bundle: a BagIt bag (RFC 8493) with a detached Ed25519 signature, in a zip.

Bag (top folder ``dossier-YYYY-MM-DD/``)::

    bagit.txt                    BagIt-Version 1.0, UTF-8
    bag-info.txt                 Bagging-Date, Payload-Oxum, format/version, algorithm ids,
                                 the signer's raw public key (base64) and its fingerprint
    manifest-sha256.txt          every payload file
    tagmanifest-sha256.txt       bagit.txt, bag-info.txt, manifest-sha256.txt
    tagmanifest-sha256.txt.sig   base64 Ed25519 signature of
                                 "evidence-vault-bagit-v1\\n" || tagmanifest-sha256.txt
    data/dossier.html, data/dossier.pdf, data/records.json, data/media/0001.jpg ...

The signature covers the tag manifest, which covers bag-info.txt (the key and fingerprint) and
the payload manifest, which covers every payload byte. The signature file is the one file no
manifest lists (it cannot be in the manifest it signs); verify accepts exactly that one.

Zip: entries sorted by name, all dated 1980-01-01 00:00, mode 0644 regular files from a "unix"
creator, no comments, no extra fields, no directory entries; names are generated, never a user
name, a path or a title. Media and the PDF are stored (already compressed), text is deflated.
"""

from __future__ import annotations

import base64
import hashlib
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from crypto.signing import SigningKeyPair

from .. import __version__
from .formats import (
    BAG_INFO,
    BAGIT_DECLARATION,
    BAGIT_TXT,
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    HASH_ALGORITHM,
    INFO_FINGERPRINT,
    INFO_FORMAT,
    INFO_HASH,
    INFO_PUBLIC_KEY,
    INFO_SIG_ALG,
    INFO_SIG_CONTEXT,
    INFO_SIG_FILE,
    INFO_VERSION,
    MANIFEST,
    SIGNATURE_ALGORITHM,
    SIGNATURE_CONTEXT,
    SIGNATURE_FILE,
    SIGNED_PREFIX,
    TAG_MANIFEST,
    ZIP_CREATE_SYSTEM_UNIX,
    ZIP_DATE_TIME,
    ZIP_FILE_MODE,
)

# Free-text bag-info fields: the only ones the leak gate has to read (the others are generated
# from hashes, keys, dates and constants).
FREE_TEXT_INFO = ("Source-Organization", "External-Description")


@dataclass(frozen=True)
class BagFile:
    path: str  # relative to the bag's top folder, "/"-separated
    data: bytes = field(repr=False)
    compress: bool = True


class Writer(Protocol):
    def write(self, data: bytes, /) -> int: ...


def top_folder(export_date: str) -> str:
    return f"dossier-{export_date}"


def _info_value(value: str) -> str:
    """One line, no control characters: a value cannot smuggle another bag-info field in."""
    return " ".join("".join(c if c.isprintable() else " " for c in value).split())


def _manifest(files: Sequence[BagFile]) -> bytes:
    lines = [f"{hashlib.sha256(f.data).hexdigest()}  {f.path}\n" for f in sorted(files, key=lambda f: f.path)]
    return "".join(lines).encode("utf-8")


def bag_info_fields(
    payload: Sequence[BagFile], export_date: str, keys: SigningKeyPair, organization: str
) -> list[tuple[str, str]]:
    fields = [
        ("Bag-Software-Agent", f"Evidence Vault {__version__}"),
        ("Bagging-Date", export_date),
        ("External-Description", "Redacted evidence dossier"),
        ("Payload-Oxum", f"{sum(len(f.data) for f in payload)}.{len(payload)}"),
    ]
    if organization.strip():
        fields.append(("Source-Organization", organization))
    fields += [
        (INFO_FORMAT, BUNDLE_FORMAT),
        (INFO_VERSION, str(BUNDLE_VERSION)),
        (INFO_HASH, HASH_ALGORITHM),
        (INFO_SIG_ALG, SIGNATURE_ALGORITHM),
        (INFO_SIG_CONTEXT, SIGNATURE_CONTEXT),
        (INFO_SIG_FILE, SIGNATURE_FILE),
        (INFO_PUBLIC_KEY, base64.b64encode(keys.public).decode("ascii")),
        (INFO_FINGERPRINT, keys.fingerprint),
    ]
    return [(k, _info_value(v)) for k, v in fields]


def render_bag_info(fields: Sequence[tuple[str, str]]) -> bytes:
    return "".join(f"{k}: {v}\n" for k, v in fields).encode("utf-8")


def build_bag(payload: Sequence[BagFile], info: Sequence[tuple[str, str]], keys: SigningKeyPair) -> list[BagFile]:
    """Every file of the bag, payload and tag files, signed, sorted by path."""
    paths = [f.path for f in payload]
    if len(set(paths)) != len(paths) or not all(p.startswith("data/") for p in paths):
        raise ValueError("payload paths must be unique and under data/")
    tag_files = [
        BagFile(BAGIT_TXT, BAGIT_DECLARATION),
        BagFile(BAG_INFO, render_bag_info(info)),
        BagFile(MANIFEST, _manifest(payload)),
    ]
    tag_manifest = BagFile(TAG_MANIFEST, _manifest(tag_files))
    signature = keys.sign(SIGNED_PREFIX + tag_manifest.data)
    sig_file = BagFile(SIGNATURE_FILE, base64.b64encode(signature) + b"\n")
    return sorted([*payload, *tag_files, tag_manifest, sig_file], key=lambda f: f.path)


def write_zip(sink: Writer, top: str, files: Sequence[BagFile]) -> None:
    """Write the bag as a zip to ``sink``, which is only ever written to (a pipe to age, or the
    output file): the zip never needs to seek, so it can stream straight into the encryption."""
    with zipfile.ZipFile(_WriteOnly(sink), mode="w", allowZip64=True) as zf:
        zf.comment = b""
        for f in sorted(files, key=lambda f: f.path):
            info = zipfile.ZipInfo(f"{top}/{f.path}", date_time=ZIP_DATE_TIME)
            info.create_system = ZIP_CREATE_SYSTEM_UNIX
            info.external_attr = ZIP_FILE_MODE << 16
            info.compress_type = zipfile.ZIP_DEFLATED if f.compress else zipfile.ZIP_STORED
            info.extra = b""
            info.comment = b""
            zf.writestr(info, f.data)


class _WriteOnly:
    """Hides ``tell``/``seek`` of the sink, so zipfile always streams (data descriptors) and the
    bytes are the same whether they go to a file or through age."""

    def __init__(self, sink: Writer) -> None:
        self._sink = sink

    def write(self, data: bytes) -> int:
        self._sink.write(data)
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass  # the sink belongs to the caller: zipfile must not close the pipe or the file
