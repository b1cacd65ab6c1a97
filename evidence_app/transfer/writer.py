"""Writing a transfer package: one case, complete and unredacted, for a colleague's vault.

The archive is produced by a thread into a pipe, encrypted by age to the recipients as it flows,
into a temporary file renamed into place at the end. Media plaintext goes from each blob's own age
file, through memory in chunks, straight into the package's age stream: nothing plaintext is ever
written to disk, and a failure anywhere leaves no file behind.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from crypto import age, sshsig
from crypto.errors import CryptoError
from crypto.secret import SecretStr

from .. import db
from ..custody import Action
from ..errors import InvalidInput
from ..model import now_utc, to_jsonable
from ..records.cases import get_case
from ..records.persons import list_persons
from ..streams import piped
from ..vault import Vault
from . import format as fmt
from . import memory
from .tarstream import TarWriter


@dataclass(frozen=True)
class _BlobMember:
    name: str
    blob_id: str
    identity: age.Identity
    sha256: str
    size: int


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    package_id: str
    case_id: str
    counts: dict[str, int]
    files: int
    custody_entries: int
    signer_fingerprint: str  # crypto.signing form (internal)
    recipients: tuple[str, ...]
    signer_key: str = ""  # as people are shown it: SSH SHA-256, as ssh-keygen -l prints it


def _rows(vault: Vault, spec: fmt.TableSpec, where: str, params: Sequence[Any]) -> list[fmt.Row]:
    columns = ", ".join(spec.names)
    sql = f"SELECT {columns} FROM {spec.table} WHERE {where} ORDER BY created, id"  # noqa: S608 (fixed specs)
    return [
        {name: fmt.from_db(col, value) for (name, col), value in zip(spec.columns, r, strict=True)}
        for r in vault.conn.execute(sql, tuple(params)).fetchall()
    ]


def collect_records(vault: Vault, case_id: str) -> tuple[dict[str, Any], list[_BlobMember]]:
    """Every record of the case as package rows, and the blobs to stream after them."""
    case = _rows(vault, fmt.CASES, "id = ?", (case_id,))
    if not case:
        get_case(vault, case_id)  # raises NotFound with the usual message
    person_ids = [p.id for p in list_persons(vault, case_id)]
    persons = [row for pid in person_ids for row in _rows(vault, fmt.PERSONS, "id = ?", (pid,))]
    linked = [
        str(r[0])
        for r in vault.conn.execute(
            "SELECT person_id FROM case_persons WHERE case_id = ? ORDER BY person_id", (case_id,)
        )
    ]
    testimonies = []
    for row in _rows(vault, fmt.TESTIMONIES, "case_id = ?", (case_id,)):
        revisions = [
            {
                "revision": int(r[0]),
                "snapshot": fmt.parse_json(r[1].encode("utf-8"), "a revision"),
                "author": r[2],
                "saved": r[3],
            }
            for r in vault.conn.execute(
                "SELECT revision, snapshot, author, saved FROM testimony_revisions WHERE testimony_id = ?"
                " ORDER BY revision",
                (row["id"],),
            )
        ]
        media = [
            str(r[0])
            for r in vault.conn.execute(
                "SELECT media_id FROM testimony_media WHERE testimony_id = ? ORDER BY media_id", (row["id"],)
            )
        ]
        testimonies.append({**row, "revisions": revisions, "media": media})
    blobs: list[_BlobMember] = []
    media_rows = []
    for row in _rows(vault, fmt.MEDIA, "case_id = ?", (case_id,)):
        original = vault.conn.execute(
            "SELECT b.id, b.identity, b.sha256, b.size FROM media m JOIN blobs b ON b.id = m.original_blob"
            " WHERE m.id = ?",
            (row["id"],),
        ).fetchone()
        blobs.append(_blob(f"media/{row['id']}/original", original))
        versions = []
        for v in vault.conn.execute(
            "SELECT v.version, v.transformations, v.author, v.created, b.id, b.identity, b.sha256, b.size"
            " FROM media_versions v JOIN blobs b ON b.id = v.blob WHERE v.media_id = ? ORDER BY v.version",
            (row["id"],),
        ).fetchall():
            blobs.append(_blob(f"media/{row['id']}/v{int(v[0])}", v[4:]))
            versions.append(
                {
                    "version": int(v[0]),
                    "transformations": fmt.parse_json(str(v[1]).encode("utf-8"), "a media version"),
                    "author": v[2],
                    "created": v[3],
                    "sha256": v[6],
                    "size": int(v[7]),
                }
            )
        media_rows.append(
            {
                **row,
                "original": {"sha256": original[2], "size": int(original[3])},
                "versions": versions,
                "text": media_text(vault, row["id"]),
            }
        )
    records = {
        "format": fmt.RECORDS_FORMAT,
        "version": fmt.MEMBERS_VERSION,
        "case": case[0],
        "persons": persons,
        "case_persons": linked,
        "testimonies": testimonies,
        "notes": _rows(vault, fmt.NOTES, "case_id = ?", (case_id,)),
        "sites": _rows(vault, fmt.SITES, "case_id = ?", (case_id,)),
        "media": media_rows,
    }
    # Former names and tombstones the case's texts need (memory.py): exports there redact them too.
    records[memory.SECTION] = memory.collect(vault.conn, records)
    return records, blobs


def has_media_text(vault: Vault) -> bool:
    row = vault.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'media_text'").fetchone()
    return row is not None


def media_text(vault: Vault, item_id: str) -> str | None:
    """Text extracted from a document at intake (schema 2), or None."""
    if not has_media_text(vault):
        return None
    row = vault.conn.execute("SELECT text FROM media_text WHERE media_id = ?", (item_id,)).fetchone()
    return None if row is None else str(row[0])


def _blob(name: str, row: Sequence[Any]) -> _BlobMember:
    return _BlobMember(name, str(row[0]), age.Identity(SecretStr(str(row[1]))), str(row[2]), int(row[3]))


def _filler(vault: Vault, blob: _BlobMember) -> Callable[[BinaryIO], object]:
    def fill(sink: BinaryIO) -> object:
        # read_into checks the blob's SHA-256 at its end: a damaged blob fails the export.
        return vault.blobs.read_into(blob.blob_id, blob.identity, sink, blob.sha256)

    return fill


def record_ids(records: dict[str, Any]) -> set[str]:
    ids = {records["case"]["id"]}
    for key in ("persons", "testimonies", "notes", "sites", "media"):
        ids.update(r["id"] for r in records[key])
    return ids


def collect_custody(vault: Vault, ids: set[str]) -> dict[str, Any]:
    """The custody entries about the transferred records, as they are in this vault's chain."""
    entries = [to_jsonable(e) for e in vault.custody_entries() if e.object_id in ids]
    return {
        "format": fmt.CUSTODY_FORMAT,
        "version": fmt.MEMBERS_VERSION,
        "vault_id": vault.vault_id,
        "entries": entries,
    }


def export_case(vault: Vault, case_id: str, recipients: Sequence[str], out: Path) -> ExportSummary:
    """Write the transfer package of ``case_id`` to ``out`` (a new file), encrypted to
    ``recipients`` and signed by this vault. Logged in the custody log."""
    out = vault.check_output_target(out)
    try:
        parsed = tuple(dict.fromkeys(age.parse_recipient(r) for r in recipients))
    except CryptoError as exc:  # a mistyped key is the user's input, not a crypto failure
        raise InvalidInput(str(exc)) from None
    if not parsed:
        raise InvalidInput("give at least one --recipient (the age public key of the receiving colleague)")
    get_case(vault, case_id)
    # Everything the database holds is read here, in this thread; the producer thread below only
    # reads blob files with identities it was handed.
    records, blobs = collect_records(vault, case_id)
    custody = collect_custody(vault, record_ids(records))
    records_bytes = fmt.canonical_json(records)
    custody_bytes = fmt.canonical_json(custody)
    files = [
        fmt.FileEntry(fmt.RECORDS, len(records_bytes), fmt.sha256_hex(records_bytes)),
        fmt.FileEntry(fmt.CUSTODY, len(custody_bytes), fmt.sha256_hex(custody_bytes)),
        *(fmt.FileEntry(b.name, b.size, b.sha256) for b in blobs),
    ]
    keypair = vault.signing_keypair()
    # The head before this package's own entry (that entry names the manifest's hash, so it cannot
    # be inside it): `check --against PACKAGE` later proves the log still holds it.
    head = vault.custody_head()
    assert head is not None  # a vault's log starts with its creation
    manifest = fmt.Manifest(
        str(uuid.uuid4()), now_utc(), vault.vault_id, vault.author, case_id, keypair.public, head, tuple(files)
    )
    manifest_bytes = fmt.canonical_json(manifest.to_json())
    fmt.check_writable(manifest_bytes, [(f.name, f.size) for f in files])
    signature_bytes = fmt.signature_document(keypair.public, keypair.sign(fmt.SIGNATURE_CONTEXT + manifest_bytes))

    def produce(sink: BinaryIO) -> None:
        tar = TarWriter(sink)
        tar.add_bytes(fmt.MANIFEST, manifest_bytes)
        tar.add_bytes(fmt.SIGNATURE, signature_bytes)
        tar.add_bytes(fmt.RECORDS, records_bytes)
        tar.add_bytes(fmt.CUSTODY, custody_bytes)
        for blob in blobs:
            tar.add_stream(blob.name, blob.size, _filler(vault, blob))
        tar.close()

    counts = {key: len(records[key]) for key in ("persons", "testimonies", "notes", "sites", "media")}
    with vault.output_writer(out) as fh:
        with piped(produce) as reader:
            age.encrypt_stream(reader, fh, list(parsed))
        # Logged before the rename: if logging fails there is no file; a crash between the two
        # leaves a log entry for a file that does not exist, the safe direction.
        with db.transaction(vault.conn):
            vault.log(
                Action.EXPORT,
                "case",
                case_id,
                {
                    "what": "transfer",
                    "file": out.name,
                    "package": manifest.package_id,
                    "recipients": list(parsed),
                    "manifest_sha256": fmt.sha256_hex(manifest_bytes),
                    "files": len(files),
                    "custody_entries": len(custody["entries"]),
                    **counts,
                },
            )
    return ExportSummary(
        out,
        manifest.package_id,
        case_id,
        counts,
        len(files),
        len(custody["entries"]),
        keypair.fingerprint,
        parsed,
        sshsig.fingerprint(keypair.public),
    )
