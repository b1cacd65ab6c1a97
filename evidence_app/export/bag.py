"""Writing the bundle: a BagIt bag (RFC 8493) with an SSH signature of its payload manifest, in a zip.

Bag (top folder ``dossier-YYYY-MM-DD-<bundle id>/``, unique per export)::

    bagit.txt                    BagIt-Version 1.0, UTF-8
    bag-info.txt                 Bagging-Date, Payload-Oxum, format/version, algorithm ids,
                                 the signer's raw public key (base64) and its SSH fingerprint
    README.txt                   what the bundle is and the three commands that check it
    manifest-sha512.txt          every payload file (the signed file)
    manifest-sha512.txt.sig      SSHSIG (namespace evidence-vault) of manifest-sha512.txt
    manifest-sha256.txt          every payload file again, for tools that want SHA-256
    tagmanifest-sha512.txt       every tag file above
    tagmanifest-sha256.txt       the same, SHA-256
    data/dossier.html, data/dossier.pdf, data/records.json, data/media/0001.jpg ...
    data/shown/0001.jpg ...      downscaled copies of large photos, as the HTML and PDF show them

The signature covers the payload manifest, which covers every payload byte; what must be signed
(case reference, bundle id, custody head, signer) is in data/records.json. A recipient checks it
with ``ssh-keygen -Y verify`` and the payload with any BagIt validator.

Zip: entries sorted by name, all dated 1980-01-01 00:00, mode 0644 regular files from a "unix"
creator, no comments, no extra fields, no directory entries; names are generated, never a user
name, a path or a title. Media and the PDF are stored (already compressed), text is deflated.
Sizes and CRCs are in every local header (no data descriptors), so stream readers (Java's
ZipInputStream) read it; the zip is streamed to its sink entry by entry (``_EntryWindow``): a
text entry is held while it is deflated, a stored file whose size and CRC are known beforehand
(photos, shown copies, the PDF) goes to the sink piece by piece, never the whole zip.
"""

from __future__ import annotations

import base64
import os
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from crypto import sshsig
from crypto.signing import SigningKeyPair

from .. import __version__
from ..errors import EvidenceError
from .content import Content, Deferred, digest_of, size_of
from .content import read as read_content
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
    INFO_SIG_FILE,
    INFO_SIG_NAMESPACE,
    INFO_SIGNER_SSH,
    INFO_VERSION,
    MANIFEST,
    MANIFEST_SHA256,
    README_TXT,
    SIGNATURE_ALGORITHM,
    SIGNATURE_FILE,
    SIGNATURE_NAMESPACE,
    SIGNATURE_PRINCIPAL,
    TAG_MANIFEST,
    TAG_MANIFEST_SHA256,
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
    content: Content = field(repr=False)  # the bytes, or a photo read again from the vault (content.py)
    compress: bool = True

    @property
    def data(self) -> bytes:
        return read_content(self.content)

    @property
    def size(self) -> int:
        return size_of(self.content)


class Writer(Protocol):
    def write(self, data: bytes, /) -> int: ...


def top_folder(export_date: str, bundle_id: str) -> str:
    """Unique per export: two bundles of one day unpack side by side without mixing."""
    return f"dossier-{export_date}-{bundle_id[:8]}"


def _info_value(value: str) -> str:
    """One line, no control characters: a value cannot smuggle another bag-info field in."""
    return " ".join("".join(c if c.isprintable() else " " for c in value).split())


def _manifest(files: Sequence[BagFile], algorithm: str = "sha512") -> bytes:
    lines = [f"{digest_of(f.content, algorithm)}  {f.path}\n" for f in sorted(files, key=lambda f: f.path)]
    return "".join(lines).encode("utf-8")


def readme(fingerprint: str) -> bytes:
    """README.txt at the bag's top: what this is and how a recipient checks it with their own tools."""
    text = f"""Evidence Vault dossier (redacted)

data/dossier.pdf     the report, to read and print
data/dossier.html    the same report for a browser (pictures from data/media/)
data/records.json    the same content as data
data/media/          the exported photos and files, at full resolution
data/shown/          smaller copies of the large photos, as the report shows them

Signed by the key with the fingerprint
    {fingerprint}
Compare it with the one the sender gave you by another channel (in person, by phone).

Check it with your own tools (OpenSSH ships with Linux, macOS and Windows 10+), in this folder:

1. Make the allowed_signers file from the sender's key line (they give it to you with
   `evidence-app signing-key --format allowed-signers`), or from bag-info.txt:
       {SIGNATURE_PRINCIPAL} namespaces="{SIGNATURE_NAMESPACE}" ssh-ed25519 AAAA...
   and check its fingerprint: ssh-keygen -l -f allowed_signers
2. Check the signature of the payload manifest:
       ssh-keygen -Y verify -f allowed_signers -I {SIGNATURE_PRINCIPAL} -n {SIGNATURE_NAMESPACE} \\
           -s {SIGNATURE_FILE} < {MANIFEST}
3. Check every file against the manifest (with the bagit package from PyPI):
       bagit.py --validate .
   or without Python: sha512sum -c {MANIFEST}

Or, with Evidence Vault: evidence-app verify BUNDLE.zip
"""
    return text.encode("utf-8")


def bag_info_fields(
    payload: Sequence[BagFile], export_date: str, keys: SigningKeyPair, organization: str
) -> list[tuple[str, str]]:
    fields = [
        ("Bag-Software-Agent", f"Evidence Vault {__version__}"),
        ("Bagging-Date", export_date),
        ("External-Description", "Redacted evidence dossier"),
        ("Payload-Oxum", f"{sum(f.size for f in payload)}.{len(payload)}"),
    ]
    if organization.strip():
        fields.append(("Source-Organization", organization))
    fields += [
        (INFO_FORMAT, BUNDLE_FORMAT),
        (INFO_VERSION, str(BUNDLE_VERSION)),
        (INFO_HASH, HASH_ALGORITHM),
        (INFO_SIG_ALG, SIGNATURE_ALGORITHM),
        (INFO_SIG_NAMESPACE, SIGNATURE_NAMESPACE),
        (INFO_SIG_FILE, SIGNATURE_FILE),
        (INFO_PUBLIC_KEY, base64.b64encode(keys.public).decode("ascii")),
        (INFO_SIGNER_SSH, sshsig.allowed_signers_line(keys.public, SIGNATURE_PRINCIPAL, SIGNATURE_NAMESPACE)),
        (INFO_FINGERPRINT, sshsig.fingerprint(keys.public)),
    ]
    return [(k, _info_value(v)) for k, v in fields]


def render_bag_info(fields: Sequence[tuple[str, str]]) -> bytes:
    return "".join(f"{k}: {v}\n" for k, v in fields).encode("utf-8")


def build_bag(payload: Sequence[BagFile], info: Sequence[tuple[str, str]], keys: SigningKeyPair) -> list[BagFile]:
    """Every file of the bag, payload and tag files, signed, sorted by path."""
    paths = [f.path for f in payload]
    if len(set(paths)) != len(paths) or not all(p.startswith("data/") for p in paths):
        raise ValueError("payload paths must be unique and under data/")
    manifest = BagFile(MANIFEST, _manifest(payload))
    tag_files = [
        BagFile(BAGIT_TXT, BAGIT_DECLARATION),
        BagFile(BAG_INFO, render_bag_info(info)),
        BagFile(README_TXT, readme(sshsig.fingerprint(keys.public))),
        manifest,
        BagFile(MANIFEST_SHA256, _manifest(payload, "sha256")),
        BagFile(SIGNATURE_FILE, sshsig.sign(keys.private, manifest.data, SIGNATURE_NAMESPACE)),
    ]
    tag_manifests = [
        BagFile(TAG_MANIFEST, _manifest(tag_files)),
        BagFile(TAG_MANIFEST_SHA256, _manifest(tag_files, "sha256")),
    ]
    return sorted([*payload, *tag_files, *tag_manifests], key=lambda f: f.path)


_CHUNK = 1024 * 1024


class _EntryWindow:
    """What ``zipfile`` writes into, passed on to a write-only ``sink`` one entry at a time.

    ``zipfile`` writes an entry's sizes and CRC into its local header only when it can seek back
    to the header after the data (otherwise it appends a data descriptor, which Java's
    ZipInputStream rejects for stored entries). This window keeps only the bytes of the entry
    being written and lets ``zipfile`` seek within them; ``commit`` (after each entry, and after
    the central directory) sends them to the sink and forgets them. A seek back before the last
    commit is refused, so nothing already sent can be changed."""

    def __init__(self, sink: Writer) -> None:
        self._sink = sink
        self._committed = 0  # bytes already sent to the sink
        self._buf = bytearray()  # the bytes after them
        self._pos = 0

    def tell(self) -> int:
        return self._pos

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        end = self._committed + len(self._buf)
        target = {os.SEEK_SET: offset, os.SEEK_CUR: self._pos + offset, os.SEEK_END: end + offset}[whence]
        if not self._committed <= target <= end:
            raise OSError("the zip writer cannot seek into bytes it has already sent")
        self._pos = target
        return target

    def write(self, data: bytes | bytearray | memoryview) -> int:
        start = self._pos - self._committed
        view = memoryview(data).cast("B")
        self._buf[start : start + len(view)] = view
        self._pos += len(view)
        return len(view)

    def send(self, data: bytes) -> None:
        """``data`` straight to the sink, after what is already committed (no copy kept)."""
        if self._buf or self._pos != self._committed:
            raise OSError("the zip writer sends data only after a commit")
        self._sink.write(data)
        self._committed += len(data)
        self._pos = self._committed

    def flush(self) -> None:
        pass

    def commit(self) -> None:
        view = memoryview(self._buf)
        try:
            for start in range(0, len(view), _CHUNK):
                self._sink.write(bytes(view[start : start + _CHUNK]))
        finally:
            view.release()
        self._committed += len(self._buf)
        self._pos = self._committed
        self._buf = bytearray()


def write_zip(sink: Writer, top: str, files: Sequence[BagFile]) -> None:
    """Write the bag as a zip to ``sink``, which is only ever written to (a pipe to age, or the
    output file), under the folder ``top`` (``""``: at the zip's root), entry by entry: each
    entry's sizes and CRC are in its local header, never a data descriptor, and at most one
    entry's bytes are buffered at a time."""
    window = _EntryWindow(sink)
    with zipfile.ZipFile(window, mode="w", allowZip64=True) as zf:  # type: ignore[call-overload]
        zf.comment = b""
        for f in sorted(files, key=lambda f: f.path):
            info = zipfile.ZipInfo(f"{top}/{f.path}" if top else f.path, date_time=ZIP_DATE_TIME)
            info.create_system = ZIP_CREATE_SYSTEM_UNIX
            info.external_attr = ZIP_FILE_MODE << 16
            info.compress_type = zipfile.ZIP_DEFLATED if f.compress else zipfile.ZIP_STORED
            info.extra = b""
            info.comment = b""
            if isinstance(f.content, Deferred) and not f.compress and f.content.crc32 >= 0:
                _write_stored(zf, window, info, f.content)
            else:
                zf.writestr(info, f.data)
                window.commit()
    window.commit()


def _write_stored(zf: zipfile.ZipFile, window: _EntryWindow, info: zipfile.ZipInfo, content: Deferred) -> None:
    """A stored entry whose size and CRC are known before its bytes are read (a photo, a shown
    copy, the PDF): its local header is written first with them, then its bytes piece by piece
    straight to the sink, so not even this entry is held whole (the PDF of a large case, a
    long recording). The entry is added to the central directory as ``zipfile`` adds its own.
    Should the bytes read differ from what was recorded, ``pieces`` raises after the last one
    and the caller's atomic writer throws the whole file away."""
    info.file_size = info.compress_size = content.size
    info.CRC = content.crc32
    info.flag_bits = 0
    info.header_offset = window.tell()
    window.send(info.FileHeader(zip64=content.size > zipfile.ZIP64_LIMIT))
    crc = 0
    for piece in content.pieces():
        crc = zlib.crc32(piece, crc)
        window.send(piece)
    if crc != content.crc32:
        raise EvidenceError("a file changed while it was being exported; export again")
    zf.filelist.append(info)
    zf.NameToInfo[info.filename] = info
    zf.start_dir = window.tell()
