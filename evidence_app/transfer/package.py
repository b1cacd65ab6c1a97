"""The contents of a transfer package, parsed and validated: records.json and custody.json.

Nothing here touches the vault. Every row is checked column by column against the table specs
(format.py) and every reference inside the package is checked to point inside the package, so the
merge never meets a value the database or the rest of the app would choke on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ..custody import entry_hash
from ..errors import InvalidInput
from ..media.base import MediaType
from ..records.common import check_coordinates
from . import format as fmt
from . import memory
from .format import BadPackage, Row


@dataclass(frozen=True)
class Revision:
    revision: int
    snapshot: Row
    author: str
    saved: str


@dataclass(frozen=True)
class IncomingTestimony:
    row: Row
    revisions: tuple[Revision, ...]
    media: tuple[str, ...]


@dataclass(frozen=True)
class BlobRef:
    member: str
    sha256: str
    size: int


@dataclass(frozen=True)
class IncomingVersion:
    version: int
    blob: BlobRef
    transformations: dict[str, Any]
    author: str
    created: str


@dataclass(frozen=True)
class IncomingMedia:
    row: Row
    original: BlobRef
    versions: tuple[IncomingVersion, ...]
    text: str | None  # text extracted from a document at intake (derived from the original)


@dataclass(frozen=True)
class PackageRecords:
    case: Row
    persons: tuple[Row, ...]
    case_persons: tuple[str, ...]
    testimonies: tuple[IncomingTestimony, ...]
    notes: tuple[Row, ...]
    sites: tuple[Row, ...]
    media: tuple[IncomingMedia, ...]
    # Former and current identifiers of protected persons (memory.py); () from older packages.
    remembered: tuple[memory.RememberedRow, ...] = ()

    def all_ids(self) -> set[str]:
        ids = {self.case["id"]}
        ids.update(p["id"] for p in self.persons)
        ids.update(t.row["id"] for t in self.testimonies)
        ids.update(n["id"] for n in self.notes)
        ids.update(s["id"] for s in self.sites)
        ids.update(m.row["id"] for m in self.media)
        return ids


@dataclass(frozen=True)
class SourceEntry:
    """One custody entry of the source vault, as it was in its chain."""

    seq: int
    at: str
    actor: str
    action: str
    object_kind: str
    object_id: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "object_kind": self.object_kind,
            "object_id": self.object_id,
            "detail": self.detail,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


def _header(obj: Any, kind: str) -> dict[str, Any]:
    if not isinstance(obj, dict) or obj.get("format") != kind or obj.get("version") != fmt.MEMBERS_VERSION:
        raise BadPackage(f"{kind} has an unknown format or version")
    return obj


def _revision(obj: Any) -> Revision:
    if not isinstance(obj, dict) or set(obj) != {"revision", "snapshot", "author", "saved"}:
        raise BadPackage("records.json has a malformed testimony revision")
    return Revision(
        fmt.check_value(fmt.Col.INT, obj["revision"], "revision number"),
        fmt.check_snapshot(obj["snapshot"]),
        fmt.check_value(fmt.Col.TEXT, obj["author"], "revision author"),
        fmt.check_value(fmt.Col.TIMESTAMP, obj["saved"], "revision time"),
    )


def _testimony(obj: Any) -> IncomingTestimony:
    row = fmt.check_row(fmt.TESTIMONIES, obj, frozenset({"revisions", "media"}))
    revisions = tuple(fmt.check_list(obj, "revisions", _revision))
    numbers = [r.revision for r in revisions]
    # The current revision always has the highest number (records.edit_testimony's invariant).
    if len(set(numbers)) != len(numbers) or any(n >= row["revision"] for n in numbers):
        raise BadPackage("records.json has a testimony with inconsistent revision numbers")
    media = tuple(fmt.check_list(obj, "media", lambda v: fmt.check_value(fmt.Col.UUID, v, "media link")))
    return IncomingTestimony(row, revisions, media)


def _transformations(value: Any) -> dict[str, Any]:
    # media_service.working_type reads media_type; media show reads steps.
    if (
        not isinstance(value, dict)
        or value.get("media_type") not in {t.value for t in MediaType}
        or not isinstance(value.get("steps"), list)
        or not all(isinstance(s, str) for s in value["steps"])
    ):
        raise BadPackage("records.json has a media version with invalid transformations")
    return value


def _blob_ref(obj: Any, member: str, files: dict[str, fmt.FileEntry]) -> BlobRef:
    if not isinstance(obj, dict) or not {"sha256", "size"} <= set(obj):
        raise BadPackage("records.json has a malformed media blob reference")
    entry = files.get(member)
    if entry is None or entry.sha256 != obj["sha256"] or entry.size != obj["size"]:
        raise BadPackage(f"records.json and the manifest disagree about {member}")
    return BlobRef(member, entry.sha256, entry.size)


def _media(obj: Any, files: dict[str, fmt.FileEntry]) -> IncomingMedia:
    row = fmt.check_row(fmt.MEDIA, obj, frozenset({"original", "versions", "text"}))
    prefix = f"media/{row['id']}/"
    original = obj["original"]
    if not isinstance(original, dict) or set(original) != {"sha256", "size"}:
        raise BadPackage("records.json has a malformed media original")
    versions: list[IncomingVersion] = []
    raw_versions = obj["versions"]
    if not isinstance(raw_versions, list):
        raise BadPackage("records.json has a malformed media version list")
    for raw in raw_versions:
        keys = {"version", "transformations", "author", "created", "sha256", "size"}
        if not isinstance(raw, dict) or set(raw) != keys:
            raise BadPackage("records.json has a malformed media version")
        number = fmt.check_value(fmt.Col.INT, raw["version"], "media version number")
        versions.append(
            IncomingVersion(
                number,
                _blob_ref(raw, f"{prefix}v{number}", files),
                _transformations(raw["transformations"]),
                fmt.check_value(fmt.Col.TEXT, raw["author"], "media version author"),
                fmt.check_value(fmt.Col.TIMESTAMP, raw["created"], "media version time"),
            )
        )
    numbers = [v.version for v in versions]
    if numbers != sorted(set(numbers)):
        raise BadPackage("records.json has a media item with inconsistent version numbers")
    text = fmt.check_value(fmt.Col.OPT_TEXT, obj["text"], "media text")
    return IncomingMedia(row, _blob_ref(original, f"{prefix}original", files), tuple(versions), text)


def parse_records(data: bytes, manifest: fmt.Manifest) -> PackageRecords:
    obj = _header(fmt.parse_json(data, "records.json"), fmt.RECORDS_FORMAT)
    keys = {"format", "version", "case", "persons", "case_persons", "testimonies", "notes", "sites", "media"}
    if set(obj) - {memory.SECTION} != keys:
        raise BadPackage("records.json has missing or unknown sections")
    files = {f.name: f for f in manifest.files}
    records = PackageRecords(
        fmt.check_row(fmt.CASES, obj["case"]),
        tuple(fmt.check_list(obj, "persons", lambda v: fmt.check_row(fmt.PERSONS, v))),
        tuple(fmt.check_list(obj, "case_persons", lambda v: fmt.check_value(fmt.Col.UUID, v, "case link"))),
        tuple(fmt.check_list(obj, "testimonies", _testimony)),
        tuple(fmt.check_list(obj, "notes", lambda v: fmt.check_row(fmt.NOTES, v))),
        tuple(fmt.check_list(obj, "sites", _site)),
        tuple(fmt.check_list(obj, "media", lambda v: _media(v, files))),
    )
    others = records.all_ids() - {p["id"] for p in records.persons}
    records = replace(records, remembered=memory.parse(obj, others))
    _check_references(records, manifest)
    return records


def _site(obj: Any) -> Row:
    row = fmt.check_row(fmt.SITES, obj)
    try:
        check_coordinates(row["lat"], row["lon"])  # the rule adding and editing a site follow
    except InvalidInput as exc:
        raise BadPackage(f"records.json has a site whose position is invalid: {exc}") from None
    return row


def _check_references(records: PackageRecords, manifest: fmt.Manifest) -> None:
    case_id = records.case["id"]
    if case_id != manifest.case_id:
        raise BadPackage("records.json holds another case than its manifest names")
    rows: list[Row] = [
        records.case,
        *records.persons,
        *(t.row for t in records.testimonies),
        *records.notes,
        *records.sites,
        *(m.row for m in records.media),
    ]
    # Ids are unique across kinds too: the search index is keyed by id alone.
    if len({r["id"] for r in rows}) != len(rows):
        raise BadPackage("records.json uses the same id twice")
    for row in rows[1:]:
        if "case_id" in row and row["case_id"] != case_id:
            raise BadPackage("records.json has a record of another case")
    persons = {p["id"] for p in records.persons}
    media = {m.row["id"] for m in records.media}
    if not set(records.case_persons) <= persons:
        raise BadPackage("records.json links a person it does not contain")
    for t in records.testimonies:
        if t.row["person_id"] not in persons or not set(t.media) <= media:
            raise BadPackage("records.json has a testimony naming a person or media item it does not contain")
    for n in records.notes:
        if n["person_id"] is not None and n["person_id"] not in persons:
            raise BadPackage("records.json has a note naming a person it does not contain")
    referenced = {m.original.member for m in records.media} | {v.blob.member for m in records.media for v in m.versions}
    listed = {f.name for f in manifest.files if fmt.MEDIA_MEMBER.match(f.name)}
    if referenced != listed:
        raise BadPackage("the manifest lists media files that records.json does not describe, or the reverse")


_HASH = re.compile(r"[0-9a-f]{64}")


def _entry(obj: Any) -> SourceEntry:
    keys = {"seq", "at", "actor", "action", "object_kind", "object_id", "detail", "prev_hash", "hash"}
    if not isinstance(obj, dict) or set(obj) != keys:
        raise BadPackage("custody.json has a malformed entry")
    texts = ("at", "actor", "action", "object_kind", "object_id")
    if (
        not isinstance(obj["seq"], int)
        or isinstance(obj["seq"], bool)
        or not all(isinstance(obj[k], str) for k in texts)
        or not isinstance(obj["detail"], dict)
        or not all(isinstance(obj[k], str) and _HASH.fullmatch(obj[k]) for k in ("prev_hash", "hash"))
    ):
        raise BadPackage("custody.json has a malformed entry")
    entry = SourceEntry(**obj)
    # Each entry must still carry its own hash: the chain itself cannot be checked from a subset.
    actual = entry_hash(
        entry.seq,
        entry.at,
        entry.actor,
        entry.action,
        entry.object_kind,
        entry.object_id,
        entry.detail,
        entry.prev_hash,
    )
    if actual != entry.hash:
        raise BadPackage(f"custody.json entry {entry.seq} does not match its own hash")
    return entry


def parse_custody(data: bytes, manifest: fmt.Manifest, records: PackageRecords) -> tuple[SourceEntry, ...]:
    obj = _header(fmt.parse_json(data, "custody.json"), fmt.CUSTODY_FORMAT)
    if set(obj) != {"format", "version", "vault_id", "entries"} or obj["vault_id"] != manifest.source_vault_id:
        raise BadPackage("custody.json does not belong to the vault its manifest names")
    entries = tuple(fmt.check_list(obj, "entries", _entry))
    ids = records.all_ids()
    if any(e.object_id not in ids for e in entries):
        raise BadPackage("custody.json has entries about records the package does not hold")
    return entries


def origin_of(entry: SourceEntry, source_vault_id: str) -> dict[str, Any]:
    """The original entry a custody entry stands for: itself, or, if it is a record of history
    the source had imported from a third vault, that vault's entry (so history is never nested
    deeper at each hop, and a vault's own entries coming back are recognised)."""
    nested = entry.detail.get("history_of") if entry.action == "import" else None
    if (
        isinstance(nested, dict)
        and isinstance(nested.get("vault"), str)
        and isinstance(nested.get("hash"), str)
        and _HASH.fullmatch(nested["hash"])
    ):
        return nested
    return {"vault": source_vault_id, **entry.to_json()}
