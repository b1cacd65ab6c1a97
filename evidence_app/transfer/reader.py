"""Reading a transfer package into a vault: vet, decrypt as a stream, verify, store, merge.

Order of trust, and what must never happen:

1. The age header is vetted before pyrage sees the file (no scrypt work factor over 2^18, no
   oversized header): a hostile header costs milliseconds, not minutes.
2. The archive is parsed from the decrypting pipe by a strict reader. The manifest comes first:
   its raw bytes (at most 16 MiB) are held, not parsed, until the Ed25519 signature (the second
   member, which also names the key) verifies over exactly those bytes and the signer is trusted
   here. Only then is the manifest parsed, and nothing it describes is read before that.
3. Every later member must be the next one the signed manifest lists, with the size it lists
   (checked before reading it) and the SHA-256 it lists (checked after).
4. Media plaintext goes from the pipe, in chunks, straight into the vault's blob store, which
   encrypts it; it is never in a plaintext file and never whole in memory.
5. Only when the age stream has ended authentically is anything committed, in one transaction.
   On any failure the transaction rolls back and every blob written is removed: the vault is as
   it was.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from crypto import age
from crypto.errors import CryptoError

from .. import media_service as ms
from ..blobstore import StoredBlob
from ..errors import InvalidInput
from ..media.isolation import ParserPool
from ..model import RecordKind
from ..streams import decrypting
from ..vault import Vault
from . import format as fmt
from . import merge, trust
from .format import BadPackage
from .package import PackageRecords, SourceEntry, parse_custody, parse_records
from .tarstream import TarReader


def load_identities(path: Path) -> list[age.DecryptIdentity]:
    """The age identities in a file as ``age-keygen`` writes it (comments allowed)."""
    try:
        return age.read_identity_file(path)
    except CryptoError as exc:
        raise InvalidInput(str(exc)) from None


def _signed_manifest(tar: TarReader) -> tuple[bytes, bytes, int]:
    """The manifest's raw bytes and the signer's public key, once the signature verified over
    those bytes; and the archive bytes both members took. No JSON of the manifest is parsed."""
    first = tar.next()
    if first is None or first.name != fmt.MANIFEST:
        raise BadPackage("its first file is not the manifest")
    if first.size > fmt.MAX_MANIFEST_BYTES:
        raise BadPackage("its manifest is too large")
    manifest_bytes = tar.read_member(first)
    second = tar.next()
    if second is None or second.name != fmt.SIGNATURE:
        raise BadPackage("its second file is not the manifest's signature")
    if second.size > fmt.MAX_SIGNATURE_BYTES:
        raise BadPackage("its signature file is too large")
    public = fmt.verify_signature(manifest_bytes, tar.read_member(second))
    return manifest_bytes, public, fmt.tar_footprint(first.size) + fmt.tar_footprint(second.size)


def _read(
    vault: Vault,
    plain: BinaryIO,
    budget: int,
    expect_signer: str | None,
    stored: list[StoredBlob],
    expect_manifest: str | None = None,
) -> merge.Package:
    tar = TarReader(plain, budget, fmt.MAX_FILES + 2)
    manifest_bytes, public, prefix_bytes = _signed_manifest(tar)
    manifest_sha256 = fmt.sha256_hex(manifest_bytes)
    if expect_manifest is not None and manifest_sha256 != expect_manifest:
        # The manifest lists every member's hash: another manifest is another package.
        raise BadPackage("it is not the package that was previewed (the file changed since)")
    # The trust decision: after the signature is verified, before the manifest is parsed and
    # before any record is parsed or written.
    trust.decide(vault, public, None if expect_signer is None else trust.parse_expected(expect_signer))
    manifest = fmt.parse_manifest(manifest_bytes, public)
    # What the manifest announces must fit in the file that carries it (the archive is not
    # compressed): a bomb's sizes are refused here, before one of its bytes is read.
    announced = sum(fmt.tar_footprint(f.size) for f in manifest.files) + prefix_bytes
    if announced > budget:
        raise BadPackage(f"its manifest announces {announced} bytes but the package holds only {budget}")
    seen = {fmt.MANIFEST, fmt.SIGNATURE}
    records: PackageRecords | None = None
    custody: tuple[SourceEntry, ...] = ()
    needed: set[str] = set()
    blobs: dict[str, StoredBlob] = {}
    for entry in manifest.files:
        member = tar.next()
        if member is None:
            raise BadPackage(f"{entry.name} is missing (the package is incomplete)")
        if member.name in seen:
            raise BadPackage(f"it contains {member.name!r} twice")
        if member.name != entry.name:
            raise BadPackage(f"it contains {member.name!r} where its manifest lists {entry.name!r}")
        if member.size != entry.size:
            raise BadPackage(f"the size of {member.name!r} differs from the size its manifest gives")
        seen.add(member.name)
        if member.name in (fmt.RECORDS, fmt.CUSTODY):
            data = tar.read_member(member)
            if fmt.sha256_hex(data) != entry.sha256:
                raise BadPackage(f"{member.name} does not match the signed manifest (altered)")
            if member.name == fmt.RECORDS:
                records = parse_records(data, manifest)
                # Refusals that depend on this vault come now, before any blob is written.
                needed = merge.preflight(vault, records)
            else:
                assert records is not None  # the manifest's order puts records.json first
                custody = parse_custody(data, manifest, records)
            continue
        stream = tar.stream(member)
        if member.name in needed:
            blob = vault.blobs.put(stream)  # type: ignore[arg-type]  # a reader is all put needs
            stored.append(blob)
            blobs[member.name] = blob
            digest = blob.sha256
        else:
            stream.drain()  # already in this vault: only checked
            digest = stream.hexdigest()
        if not stream.complete or digest != entry.sha256:
            raise BadPackage(f"{member.name} does not match the signed manifest (altered)")
    extra = tar.next()
    if extra is not None:
        if extra.name in seen:
            raise BadPackage(f"it contains {extra.name!r} twice")
        raise BadPackage(f"it contains {extra.name!r}, which its manifest does not list")
    tar.finish()
    assert records is not None
    return merge.Package(manifest, records, custody, blobs, manifest_sha256)


def read_manifest(path: Path, identities: list[age.DecryptIdentity]) -> fmt.Manifest:
    """The signed manifest of the package at ``path`` (for ``check --against``): decrypted, its
    signature verified over its raw bytes, then parsed. Nothing after it is read or decrypted, and
    nothing is trusted: the caller decides what the signer means. Raises BadPackage."""
    path = path.expanduser()
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise InvalidInput(f"{path} is not a regular file")
        with open(path, "rb") as fh:
            try:
                age.check_header(fh)
            except CryptoError as exc:
                raise BadPackage(f"its age header was refused: {exc}") from None
            fh.seek(0)
            try:
                with decrypting(fh, identities, drain=False) as plain:
                    manifest_bytes, public, _ = _signed_manifest(TarReader(plain, st.st_size, 2))
            except CryptoError as exc:
                raise BadPackage(f"it cannot be decrypted: {exc}") from None
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {path}") from None
    return fmt.parse_manifest(manifest_bytes, public)


def import_package(
    vault: Vault,
    path: Path,
    identities: list[age.DecryptIdentity],
    expect_signer: str | None = None,
    *,
    dry_run: bool = False,
    expect_manifest: str | None = None,
) -> merge.ImportReport:
    """Verify the package at ``path`` completely, then merge it into ``vault`` in one
    transaction. Raises BadPackage or ImportRefused with nothing changed. Only a trusted signer's
    package is merged (``trust``); ``expect_signer`` names the key that must have signed it and
    trusts it from then on. ``dry_run``: the whole merge is computed and rolled back; the report
    lists every record it would add, change or conflict with, and no record is written (media
    bytes checked on the way are discarded, as after any refusal); ``preview.preview_package``
    is the dry run with the words around it. ``expect_manifest``: the SHA-256 of the manifest a
    preview showed; any other package is refused (what is committed is what was previewed)."""
    return read_package(vault, path, identities, expect_signer, dry_run=dry_run, expect_manifest=expect_manifest)[0]


def read_package(
    vault: Vault,
    path: Path,
    identities: list[age.DecryptIdentity],
    expect_signer: str | None = None,
    *,
    dry_run: bool = False,
    expect_manifest: str | None = None,
) -> tuple[merge.ImportReport, merge.Package]:
    """``import_package``, also returning the package as read (for a preview's labels)."""
    if expect_signer is not None:
        trust.parse_expected(expect_signer)  # checked before the package is opened
    path = path.expanduser()
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {path}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InvalidInput(f"{path} is not a regular file")
    stored: list[StoredBlob] = []
    try:
        with open(path, "rb") as fh:
            try:
                age.check_header(fh)
            except CryptoError as exc:
                raise BadPackage(f"its age header was refused: {exc}") from None
            fh.seek(0)
            try:
                with decrypting(fh, identities) as plain:
                    package = _read(vault, plain, st.st_size, expect_signer, stored, expect_manifest)
            except CryptoError as exc:
                raise BadPackage(f"it cannot be decrypted: {exc}") from None
        # Working copies this vault already held (its own, or checked at an earlier import).
        known = {m.row["id"]: _version_shas(vault, m.row["id"]) for m in package.records.media}
        brought = {m.row["id"]: {v.blob.sha256 for v in m.versions} for m in package.records.media}
        report = merge.apply(vault, package, path.name, dry_run=dry_run, trust_signer=expect_signer is not None)
        if dry_run:
            for blob in stored:
                vault.blobs.discard(blob.id)
            return report, package
    except BaseException:
        # The rows were rolled back (or never written): these files are unreadable noise.
        for blob in stored:
            vault.blobs.discard(blob.id)
        raise
    # Committed (outside the try: the merged blobs are the vault's now). Every working copy the
    # package brought goes through this vault's own intake sanitizers, or is sealed as not
    # exportable: never exported on the package's word, also when re-sanitizing fails oddly.
    with ParserPool(1) as parsers:  # one parser process for all the package's media (started if needed)
        for kind, rid, outcome in report.records:
            if kind is RecordKind.MEDIA and outcome in (merge.Outcome.ADDED, merge.Outcome.MERGED):
                current = ms.get_media(vault, rid).working
                if current is None or current.sha256 not in brought.get(rid, set()) - known.get(rid, set()):
                    continue  # the current copy is this vault's own (e.g. kept after a conflict)
                try:
                    notice = ms.resanitize_from_transfer(vault, rid, parsers)
                except Exception:  # any failure seals the item; the import itself stands
                    notice = ms.seal_not_exportable(vault, rid)
                if notice:
                    report.notices.append(notice)
    return report, package


def _version_shas(vault: Vault, item_id: str) -> set[str]:
    rows = vault.conn.execute(
        "SELECT b.sha256 FROM media_versions v JOIN blobs b ON b.id = v.blob WHERE v.media_id = ?", (item_id,)
    ).fetchall()
    return {str(r[0]) for r in rows}
