"""``verify``: check a dossier bundle as its recipient does. No vault, no passphrase.

The bundle is hostile input until proven otherwise. In this order:

1. age: with identities, the age header is vetted first (``crypto.age.check_header``: a scrypt
   work factor of 2^23 is refused at once, before pyrage sees the file), then the bundle is
   decrypted INTO MEMORY only (bounded by the file size, itself bounded). A failed or truncated
   decryption leaves nothing behind: there is no plaintext file to leave.
2. zip, from its end-of-central-directory record and central directory, BEFORE decompressing
   anything: entry count, central directory size, multi-disk and comment fields; then per entry
   its name (no absolute names, drive letters, backslashes, ``..``/``.``/empty components, only
   generated-looking ASCII names, one top folder), type (no symlinks or special files from the
   external attributes), encryption flag, method (stored/deflate only), declared sizes, ratio,
   duplicates (exact and case-folded); then every local header must agree with the directory and
   no two entries may share bytes (overlapping entries are how small zips become huge).
   Reading an entry stops at its declared size; a size or CRC that lies fails the read.
3. BagIt (RFC 8493): bagit.txt; both tag manifests list exactly the bag's tag files and their
   hashes match; the SSH signature (``manifest-sha512.txt.sig``, SSHSIG, namespace
   evidence-vault: the same check as ``ssh-keygen -Y verify``) verifies over the payload manifest,
   by the key bag-info names; both payload manifests list exactly the files under data/ and every
   hash matches; Payload-Oxum matches.

Any failure raises ``BundleInvalid`` with one line saying what failed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from crypto import age, signing, sshsig
from crypto.errors import CryptoError, SignatureInvalid

from .errors import BundleInvalid
from .formats import (
    BAG_INFO,
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
    INFO_VERSION,
    MANIFEST,
    MANIFEST_SHA256,
    MAX_CENTRAL_DIRECTORY,
    MAX_DECRYPTED_BUNDLE,
    MAX_ENTRIES,
    MAX_ENTRY_SIZE,
    MAX_RATIO,
    MAX_TAG_FILE,
    MAX_TOTAL_SIZE,
    PAYLOAD_DIR,
    RATIO_FLOOR,
    SAFE_COMPONENT,
    SIGNATURE_ALGORITHM,
    SIGNATURE_FILE,
    SIGNATURE_NAMESPACE,
    TAG_FILES,
    TAG_MANIFEST,
    TAG_MANIFEST_SHA256,
    TAG_MANIFESTS,
)

_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_LOCAL = b"PK\x03\x04"
_EOCD_STRUCT = struct.Struct("<4sHHHHIIH")
_LOCATOR_STRUCT = struct.Struct("<4sIQI")
_EOCD64_STRUCT = struct.Struct("<4sQHHIIQQQQ")
_LOCAL_STRUCT = struct.Struct("<4sHHHHHIIIHH")
_FLAG_ENCRYPTED = 0x1
_FLAG_DATA_DESCRIPTOR = 0x8
_FLAG_UTF8 = 0x800
_MANIFEST_LINE = re.compile(r"^([0-9a-fA-F]{64}|[0-9a-fA-F]{128})[ \t]+(\S.*)$")
_ALLOWED_TAG_FILES = frozenset({*TAG_FILES, *TAG_MANIFESTS})
_ALGORITHM = {MANIFEST: "sha512", MANIFEST_SHA256: "sha256", TAG_MANIFEST: "sha512", TAG_MANIFEST_SHA256: "sha256"}


@dataclass(frozen=True)
class VerifyResult:
    fingerprint: str  # as ssh-keygen -l prints it
    # The same key as team transfer and the app's "My transfer fingerprint" show it (hex groups):
    # a recipient may have been given either form by the researcher.
    transfer_fingerprint: str
    encrypted: bool
    top: str
    payload_files: int
    payload_bytes: int
    bagging_date: str
    export_format: str
    # The bytes of the payload file ``verify_bundle(capture=...)`` asked for, read in the same pass
    # that checked its hashes (None if not asked for or not in the bag).
    captured: bytes | None = None


def read_identities(path: Path, passphrase: age.PassphraseSource | None = None) -> list[age.DecryptIdentity]:
    """The identities of a file as ``age -d -i`` takes it (X25519 lines, an SSH private key, or
    either encrypted with a passphrase; ``passphrase`` is asked only if it is)."""
    try:
        return age.read_identity_file(path, passphrase)
    except CryptoError as exc:
        raise BundleInvalid(str(exc)) from None


def verify_bundle(
    path: Path,
    identities: Sequence[age.DecryptIdentity] = (),
    expected_fingerprint: str | None = None,
    *,
    capture: str | None = None,
) -> VerifyResult:
    """Verify the bundle at ``path``; ``capture`` names a payload file (``data/records.json``) to
    return the verified bytes of, from the same read that checked them (no second read of a file
    that could have changed in between)."""
    path = path.expanduser()
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or a device would block or never end
            raise BundleInvalid(f"{path} is not a regular file")
        fh = open(path, "rb")  # noqa: SIM115 (closed below)
    except FileNotFoundError:
        raise BundleInvalid(f"no such file: {path}") from None
    except OSError as exc:
        raise BundleInvalid(f"{path} cannot be read ({exc.strerror or exc.__class__.__name__})") from None
    with fh:
        size = _size(fh)
        encrypted = _starts_as_age(fh)
        if encrypted:
            if not identities:
                raise BundleInvalid("the bundle is age-encrypted: give --identity FILE to decrypt it")
            plain = _decrypt(fh, size, identities)
            with plain:
                result = _verify_zip(plain, len(plain.getbuffer()), encrypted=True, capture=capture)
        else:
            result = _verify_zip(fh, size, encrypted=False, capture=capture)
    if expected_fingerprint is not None and not _same_key(expected_fingerprint, result):
        raise BundleInvalid(
            f"the bundle is signed by key {result.fingerprint}, not by the expected key {expected_fingerprint.strip()}"
        )
    return result


def is_encrypted(path: Path) -> bool:
    """Whether the file at ``path`` is an age file (a bundle exported to recipients), so the
    desktop app can ask for an identity file before verifying. Only its first line is read; a
    missing file or anything not a regular file is "not encrypted" and ``verify_bundle`` says why."""
    path = path.expanduser()
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # never open a FIFO: it could block for ever
            return False
        with open(path, "rb") as fh:
            return _starts_as_age(fh)
    except OSError:
        return False


def _starts_as_age(fh: BinaryIO) -> bool:
    head = fh.read(64)
    fh.seek(0)
    return age.is_age(head)


def _same_key(expected: str, result: VerifyResult) -> bool:
    if _norm_fp(expected) == _norm_fp(result.fingerprint):
        return True
    hex_form = re.sub(r"[\s:]", "", expected).lower()
    return hex_form == result.transfer_fingerprint.replace(":", "")


def _norm_fp(text: str) -> str:
    """An SSH fingerprint as given by a person: spaces dropped, the ``SHA256:`` prefix optional.
    Base64 is case-sensitive, so the case is kept."""
    text = re.sub(r"\s", "", text)
    return re.sub(r"^SHA256:?", "", text, flags=re.IGNORECASE)


def _size(fh: BinaryIO) -> int:
    fh.seek(0, io.SEEK_END)
    size = fh.tell()
    fh.seek(0)
    return size


def _decrypt(fh: BinaryIO, size: int, identities: Sequence[age.DecryptIdentity]) -> io.BytesIO:
    # age adds bytes to the plaintext, never removes them: the file size bounds the memory used.
    if size > MAX_DECRYPTED_BUNDLE + 1024 * 1024:
        raise BundleInvalid("the encrypted bundle is larger than verify accepts")
    try:
        age.check_header(fh)
    except CryptoError as exc:
        raise BundleInvalid(f"the encrypted bundle was refused: {exc}") from None
    fh.seek(0)
    plain = io.BytesIO()
    try:
        age.decrypt_stream(fh, plain, list(identities))
    except CryptoError as exc:
        plain.close()  # whatever was decrypted before the failure is dropped with the buffer
        raise BundleInvalid(f"the bundle could not be decrypted: {exc}") from None
    plain.seek(0)
    return plain


# --- zip structure ----------------------------------------------------------------------------


def _show(name: str) -> str:
    return repr(name[:80])


def _check_eocd(fp: BinaryIO, size: int) -> None:
    """Counts and sizes from the end-of-central-directory record, before zipfile parses anything."""
    if size < _EOCD_STRUCT.size:
        raise BundleInvalid("the bundle is not a zip file (too short)")
    tail_len = min(size, _EOCD_STRUCT.size + 0xFFFF)
    fp.seek(size - tail_len)
    tail = fp.read(tail_len)
    pos = tail.rfind(_EOCD)
    if pos < 0 or pos + _EOCD_STRUCT.size > len(tail):
        raise BundleInvalid("the bundle is not a zip file (no end of central directory)")
    _, disk, cd_disk, n_disk, n_total, cd_size, _cd_offset, comment_len = _EOCD_STRUCT.unpack_from(tail, pos)
    if comment_len or pos + _EOCD_STRUCT.size != len(tail):
        raise BundleInvalid("the zip has a comment or data after its end: not a bundle made by Evidence Vault")
    if disk or cd_disk or n_disk != n_total:
        raise BundleInvalid("the zip spans several disks: not a bundle made by Evidence Vault")
    if n_total == 0xFFFF or cd_size == 0xFFFFFFFF:
        eocd_at = size - tail_len + pos
        if eocd_at < _LOCATOR_STRUCT.size:
            raise BundleInvalid("the zip's zip64 end record is missing")
        fp.seek(eocd_at - _LOCATOR_STRUCT.size)
        sig, _, record_at, _ = _LOCATOR_STRUCT.unpack(fp.read(_LOCATOR_STRUCT.size))
        if sig != _EOCD64_LOCATOR or record_at > size - _EOCD64_STRUCT.size:
            raise BundleInvalid("the zip's zip64 end record is missing or damaged")
        fp.seek(record_at)
        record = fp.read(_EOCD64_STRUCT.size)
        if len(record) < _EOCD64_STRUCT.size or record[:4] != _EOCD64:
            raise BundleInvalid("the zip's zip64 end record is damaged")
        n_total, cd_size = _EOCD64_STRUCT.unpack(record)[7:9]
    if n_total > MAX_ENTRIES:
        raise BundleInvalid(f"the zip has {n_total} entries; a bundle has at most {MAX_ENTRIES}")
    if cd_size > MAX_CENTRAL_DIRECTORY:
        raise BundleInvalid("the zip's central directory is too large")
    fp.seek(0)


def _check_name(name: str) -> list[str]:
    """The path components of a safe entry name; raises for anything else."""
    if not name or len(name) > 400:
        raise BundleInvalid(f"the zip has an entry with an empty or overlong name {_show(name)}")
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise BundleInvalid(f"the zip has an entry with an absolute name {_show(name)}")
    if "\\" in name or "\x00" in name:
        raise BundleInvalid(f"the zip has an entry name with a backslash or NUL {_show(name)}")
    parts = (name[:-1] if name.endswith("/") else name).split("/")
    if ".." in parts:
        raise BundleInvalid(f"the zip has an entry that leaves its folder {_show(name)}")
    if any(not SAFE_COMPONENT.match(p) for p in parts):
        raise BundleInvalid(f"the zip has an entry with an unexpected name {_show(name)}")
    return parts


def _entry_kind(info: zipfile.ZipInfo) -> str:
    """'file' or 'dir'; raises for symlinks and special files (from the unix mode bits)."""
    is_dir = info.filename.endswith("/")
    mode = info.external_attr >> 16
    if info.create_system == 3 and mode:
        kind = stat.S_IFMT(mode)
        if kind == stat.S_IFLNK:
            raise BundleInvalid(f"the zip has a symbolic link {_show(info.filename)}")
        if kind not in (stat.S_IFREG, stat.S_IFDIR) or (kind == stat.S_IFDIR) != is_dir:
            raise BundleInvalid(f"the zip has an entry that is not a regular file {_show(info.filename)}")
    return "dir" if is_dir else "file"


def _check_entries(zf: zipfile.ZipFile) -> tuple[str, dict[str, zipfile.ZipInfo]]:
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleInvalid(f"the zip has {len(infos)} entries; a bundle has at most {MAX_ENTRIES}")
    tops: set[str] = set()
    files: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        parts = _check_name(name)
        tops.add(parts[0])
        key = name.casefold()
        if key in folded:
            raise BundleInvalid(f"the zip holds the name {_show(name)} twice")
        folded.add(key)
        if info.flag_bits & _FLAG_ENCRYPTED:
            raise BundleInvalid(f"the zip entry {_show(name)} uses zip encryption")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleInvalid(f"the zip entry {_show(name)} uses an unsupported compression method")
        if _entry_kind(info) == "dir":
            if info.file_size or info.compress_size:
                raise BundleInvalid(f"the zip folder entry {_show(name)} has content")
            continue
        if len(parts) < 2:
            raise BundleInvalid(f"the zip has a file outside the bundle folder {_show(name)}")
        if info.file_size > MAX_ENTRY_SIZE:
            raise BundleInvalid(f"the zip entry {_show(name)} declares {info.file_size} bytes: too large")
        if info.compress_type == zipfile.ZIP_STORED and info.file_size != info.compress_size:
            raise BundleInvalid(f"the size fields of the zip entry {_show(name)} disagree")
        if info.file_size > RATIO_FLOOR and info.file_size > max(1, info.compress_size) * MAX_RATIO:
            raise BundleInvalid(f"the zip entry {_show(name)} expands more than {MAX_RATIO}x: refusing a zip bomb")
        total += info.file_size
        if total > MAX_TOTAL_SIZE:
            raise BundleInvalid("the zip's entries add up to more than a bundle may hold: refusing a zip bomb")
        files["/".join(parts[1:])] = info
    if len(tops) != 1:
        raise BundleInvalid("the zip must hold exactly one top folder (the bag)")
    return tops.pop(), files


def _check_layout(fp: BinaryIO, zf: zipfile.ZipFile, size: int) -> None:
    """Every local header agrees with the central directory and no two entries share bytes."""
    cd_start = int(getattr(zf, "start_dir", size))
    spans: list[tuple[int, int, str]] = []
    for info in zf.infolist():
        name = info.filename
        fp.seek(info.header_offset)
        head = fp.read(_LOCAL_STRUCT.size)
        if len(head) < _LOCAL_STRUCT.size or head[:4] != _LOCAL:
            raise BundleInvalid(f"the zip entry {_show(name)} has no valid local header")
        _, _, flags, method, _, _, _, csize, usize, name_len, extra_len = _LOCAL_STRUCT.unpack(head)
        raw_name = fp.read(name_len)
        local_name = raw_name.decode("utf-8" if flags & _FLAG_UTF8 else "cp437", "replace")
        if local_name != info.orig_filename:
            raise BundleInvalid(f"the zip entry {_show(name)} has a different name in its local header")
        if method != info.compress_type:
            raise BundleInvalid(f"the zip entry {_show(name)} has a different method in its local header")
        declared = not flags & _FLAG_DATA_DESCRIPTOR and 0xFFFFFFFF not in (csize, usize)
        if declared and (csize, usize) != (info.compress_size, info.file_size):
            raise BundleInvalid(f"the size fields of the zip entry {_show(name)} disagree")
        start = info.header_offset
        end = start + _LOCAL_STRUCT.size + name_len + extra_len + info.compress_size
        spans.append((start, end, name))
    spans.sort()
    if spans and spans[0][0] != 0:
        raise BundleInvalid("the zip has unexpected data before its first entry")
    for (_, end, name), (next_start, _, _) in zip(spans, [*spans[1:], (cd_start, 0, "")], strict=True):
        if end > next_start:
            raise BundleInvalid(f"the zip entry {_show(name)} overlaps the next one: refusing a zip bomb")


def _read_tag_file(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_TAG_FILE:
        raise BundleInvalid(f"{_show(info.filename)} is larger than a tag file may be")
    data = bytearray()
    _stream(zf, info, data.extend)
    return bytes(data)


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, consume: Callable[[bytes], object]) -> int:
    """Feed the entry's bytes to ``consume``; never more than its declared size is accepted."""
    count = 0
    try:
        with zf.open(info) as src:
            while True:
                chunk = src.read(min(1024 * 1024, info.file_size - count + 1))
                if not chunk:
                    break
                count += len(chunk)
                if count > info.file_size:
                    raise BundleInvalid(f"the zip entry {_show(info.filename)} holds more than its declared size")
                consume(chunk)
    except BundleInvalid:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, RuntimeError, NotImplementedError):
        raise BundleInvalid(
            f"the zip entry {_show(info.filename)} is damaged (its data, size or checksum fields do not agree)"
        ) from None
    if count != info.file_size:
        raise BundleInvalid(f"the zip entry {_show(info.filename)} is shorter than its declared size")
    return count


def _digests(zf: zipfile.ZipFile, info: zipfile.ZipInfo, keep: bytearray | None = None) -> tuple[dict[str, str], int]:
    sha512, sha256 = hashlib.sha512(), hashlib.sha256()

    def both(chunk: bytes) -> None:
        sha512.update(chunk)
        sha256.update(chunk)
        if keep is not None:
            keep.extend(chunk)

    count = _stream(zf, info, both)
    return {"sha512": sha512.hexdigest(), "sha256": sha256.hexdigest()}, count


# --- BagIt ------------------------------------------------------------------------------------


def _parse_manifest(data: bytes, what: str) -> dict[str, str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleInvalid(f"{what} is not UTF-8 text") from None
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _MANIFEST_LINE.match(line)
        if not match:
            raise BundleInvalid(f"{what} line {number} is malformed")
        path = match[2].strip()
        parts = path.split("/")
        if ".." in parts or not all(SAFE_COMPONENT.match(p) for p in parts):
            # Only names a bundle can hold: also keeps control characters out of the messages.
            raise BundleInvalid(f"{what} line {number} names an unexpected path {_show(path)}")
        if path in entries:
            raise BundleInvalid(f"{what} lists {_show(path)} twice")
        entries[path] = match[1].lower()
    return entries


def _parse_bag_info(data: bytes) -> dict[str, list[str]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleInvalid(f"{BAG_INFO} is not UTF-8 text") from None
    fields: dict[str, list[str]] = {}
    last: str | None = None
    for line in text.splitlines():
        if not line.strip():
            continue
        if line[0] in " \t" and last is not None:
            fields[last][-1] += " " + line.strip()
            continue
        label, sep, value = line.partition(":")
        if not sep or not label.strip():
            raise BundleInvalid(f"{BAG_INFO} has a malformed line")
        last = label.strip()
        fields.setdefault(last, []).append(value.strip())
    return fields


def _one(fields: dict[str, list[str]], label: str) -> str:
    values = fields.get(label, [])
    if len(values) != 1:
        raise BundleInvalid(f"{BAG_INFO} must name {label} exactly once")
    return values[0]


def _check_bagit_txt(data: bytes) -> None:
    fields = _parse_bag_info(data)
    version = fields.get("BagIt-Version", [""])
    encoding = fields.get("Tag-File-Character-Encoding", [""])
    if version[0] not in ("1.0", "0.97") or encoding[0].upper() != "UTF-8":
        raise BundleInvalid(f"{BAGIT_TXT} does not declare BagIt 1.0 in UTF-8")


def _verify_zip(fp: BinaryIO, size: int, encrypted: bool, capture: str | None = None) -> VerifyResult:
    _check_eocd(fp, size)
    try:
        zf = zipfile.ZipFile(fp)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, struct.error):
        raise BundleInvalid("the bundle is not a readable zip file") from None
    with zf:
        top, files = _check_entries(zf)
        _check_layout(fp, zf, size)
        for name in files:
            if not name.startswith(PAYLOAD_DIR + "/") and name not in _ALLOWED_TAG_FILES:
                raise BundleInvalid(f"the bag holds a file outside data/ that no signature covers: {_show(name)}")
        for required in (*TAG_FILES, *TAG_MANIFESTS):
            if required not in files:
                raise BundleInvalid(f"the bag has no {required}")

        tag_data = {name: _read_tag_file(zf, files[name]) for name in (*TAG_FILES, *TAG_MANIFESTS)}
        _check_bagit_txt(tag_data[BAGIT_TXT])
        problems: list[str] = []
        for tag_manifest_name in TAG_MANIFESTS:
            tag_manifest = _parse_manifest(tag_data[tag_manifest_name], tag_manifest_name)
            if set(tag_manifest) != set(TAG_FILES):
                raise BundleInvalid(f"{tag_manifest_name} must list exactly {', '.join(TAG_FILES)}")
            algorithm = _ALGORITHM[tag_manifest_name]
            problems += [
                f"{name} does not match its checksum in {tag_manifest_name}"
                for name in TAG_FILES
                if hashlib.new(algorithm, tag_data[name]).hexdigest() != tag_manifest[name]
            ]
        if problems:
            raise BundleInvalid("; ".join(problems))

        info = _parse_bag_info(tag_data[BAG_INFO])
        fingerprint, public = _check_signature(info, tag_data[MANIFEST], tag_data[SIGNATURE_FILE])

        manifests = {name: _parse_manifest(tag_data[name], name) for name in (MANIFEST, MANIFEST_SHA256)}
        payload = {name: zinfo for name, zinfo in files.items() if name.startswith(PAYLOAD_DIR + "/")}
        missing: list[str] = []
        extra: list[str] = []
        for name, manifest in manifests.items():
            gone = sorted(set(manifest) - set(payload))
            more = sorted(set(payload) - set(manifest))
            missing += gone
            extra += more
            problems += [f"{p} is listed in {name} but missing" for p in gone]
            problems += [f"{p} is not listed in {name}" for p in more]
        total = 0
        captured: bytearray | None = None
        for name in sorted(payload):
            keep = bytearray() if name == capture else None
            digests, count = _digests(zf, payload[name], keep)
            if keep is not None:
                captured = keep
            total += count
            for manifest_name, manifest in manifests.items():
                if name in manifest and digests[_ALGORITHM[manifest_name]] != manifest[name]:
                    problems.append(f"{name} does not match its checksum in {manifest_name}")
        oxum = _one(info, "Payload-Oxum")
        if oxum != f"{total}.{len(payload)}" and not missing and not extra:
            actual = f"{total} bytes in {len(payload)} files"
            problems.append(f"Payload-Oxum {_show(oxum)} does not match the payload ({actual})")
        if problems:
            shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
            raise BundleInvalid(shown)
        return VerifyResult(
            fingerprint=fingerprint,
            transfer_fingerprint=signing.fingerprint(public),
            encrypted=encrypted,
            top=top,
            payload_files=len(payload),
            payload_bytes=total,
            bagging_date=_one(info, "Bagging-Date"),
            export_format=f"{_one(info, INFO_FORMAT)}/{_one(info, INFO_VERSION)}",
            captured=None if captured is None else bytes(captured),
        )


def _check_signature(info: dict[str, list[str]], manifest: bytes, sig_file: bytes) -> tuple[str, bytes]:
    if _one(info, INFO_FORMAT) != BUNDLE_FORMAT:
        raise BundleInvalid(f"the bag is not an Evidence Vault dossier ({INFO_FORMAT} differs)")
    if _one(info, INFO_VERSION) != str(BUNDLE_VERSION):
        raise BundleInvalid(f"dossier bundle version {_one(info, INFO_VERSION)[:20]!r} is not supported")
    expected = {
        INFO_HASH: HASH_ALGORITHM,
        INFO_SIG_ALG: SIGNATURE_ALGORITHM,
        INFO_SIG_NAMESPACE: SIGNATURE_NAMESPACE,
        INFO_SIG_FILE: SIGNATURE_FILE,
    }
    for label, value in expected.items():
        if _one(info, label) != value:
            raise BundleInvalid(f"{BAG_INFO} names an unsupported {label}")
    try:
        public = base64.b64decode(_one(info, INFO_PUBLIC_KEY), validate=True)
    except (binascii.Error, ValueError):
        public = b""
    if len(public) != 32:
        raise BundleInvalid(f"{BAG_INFO} holds no valid signer public key")
    claimed = _one(info, INFO_FINGERPRINT)
    actual = sshsig.fingerprint(public)
    if claimed != actual:
        raise BundleInvalid(
            f"the signer fingerprint in {BAG_INFO} {_show(claimed)} is not that of its public key ({actual})"
        )
    try:
        signer = sshsig.verify(sig_file, manifest, SIGNATURE_NAMESPACE)
    except sshsig.MalformedSignature as exc:
        raise BundleInvalid(f"{SIGNATURE_FILE}: {exc}") from None
    except SignatureInvalid:
        raise BundleInvalid(f"the signature in {SIGNATURE_FILE} does not verify: the bundle was altered") from None
    if signer != public:
        raise BundleInvalid(f"{SIGNATURE_FILE} is signed by another key than the one {BAG_INFO} names")
    return actual, public
