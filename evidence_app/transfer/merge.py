"""Merging a verified transfer package into a vault, by UUID, in one transaction.

Policy:

* A record this vault does not have is added exactly as it was (same id, author, times).
* Same id, same content: skipped. Importing a package twice changes nothing the second time.
* Testimonies keep every state. The package's states this vault lacks become revisions; if both
  sides changed the text since they last agreed (a conflict), the version with the later
  ``modified`` is current and the other one is a revision right below it. Reported.
* Other records have no revision table: the later ``modified`` wins. If this vault changed the
  record since the two last exchanged the case (custody log) or the package's version is the
  older one, the losing version is kept whole in a private note (tag ``transfer-conflict``) on
  the case, so nothing is lost, and the conflict is reported; otherwise the package's version is
  the colleague's plain edit and replaces this one like a local edit would.
  Safety flags only ever tighten in a merge: a person stays protected, a note private,
  a site sensitive, a media item not exportable, a withdrawn consent withdrawn, if either side
  says so; a person's aliases, transliterations, phones and emails are the union of both sides,
  because redaction can only hide what the vault knows.
* Media: an original never changes. The same item with another original is refused. Working
  copies this vault lacks are appended as new versions; if this vault's current working copy
  is not in the package (both sides redacted differently), a copy of it (own blob) is appended
  on top, so an import never replaces the copy that exports use with a differently redacted one.
* The source's custody entries are appended to this log as IMPORT entries holding the original
  entry (``history_of``), once each; one more IMPORT entry records the import itself.

Why this is still one file (about 770 lines): ``_Merge`` is one transaction whose steps (cases,
persons, testimonies with revisions, notes, sites, media, custody) apply the single policy above
and fill one report; keeping them beside the policy is what lets a reviewer check that each kind
follows it. The split, if it grows: per-kind steps in ``transfer/merge_kinds.py`` as functions over
the ``_Merge`` state, with ``preflight`` and ``apply`` staying here.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, BinaryIO

from crypto import age
from crypto.secret import SecretStr

from .. import db, identities, tables
from ..blobstore import StoredBlob
from ..custody import Action
from ..errors import IntegrityError
from ..media_service import _insert_blob, get_media
from ..model import ConsentStatus, RecordKind, now_utc
from ..records.cases import get_case
from ..records.notes import get_note
from ..records.persons import get_person, link_person, person_in_case
from ..records.sites import get_site
from ..records.testimonies import get_testimony
from ..streams import piped
from ..tables import Guard
from ..vault import Vault
from . import format as fmt
from . import memory, trust
from .format import ImportRefused, Row
from .package import IncomingMedia, IncomingTestimony, PackageRecords, SourceEntry, origin_of
from .writer import has_media_text, media_text

CONFLICT_TAG = "transfer-conflict"
# Conflict notes get ids derived from what they keep, so a second import of the same package
# finds the note it would write and writes nothing.
_CONFLICT_NAMESPACE = uuid.UUID("6f1d3c1e-4a7b-5c2e-9b51-0e6f0c1d7a42")
_KEPT_STEP = "kept this vault's working copy current after a transfer conflict"


class Outcome(Enum):
    ADDED = "added"
    UNCHANGED = "unchanged"
    UPDATED = "updated"  # the package's version is now current here
    KEPT = "kept"  # this vault's version stayed current; the package's is kept beside it
    MERGED = "merged"  # history (revisions, versions, links) added without a conflict


class Resolution(Enum):
    """How a conflict was settled. Both versions are always kept; these say which one is current
    and where the other went. The window words each in the researcher's language (ui/transfer_tools)."""

    PACKAGE_NEWER_OTHER_IN_NOTE = "package-newer-other-in-note"
    VAULT_NEWER_OTHER_IN_NOTE = "vault-newer-other-in-note"
    PACKAGE_TEXT_CURRENT = "package-text-current"
    VAULT_TEXT_CURRENT = "vault-text-current"
    VAULT_TEXT_CURRENT_MANY = "vault-text-current-many"
    VAULT_WORKING_COPY_CURRENT = "vault-working-copy-current"


# The English sentences (CLI, custody log); {names} are ids and revision or version numbers only,
# never record content.
RESOLUTION_TEXT: dict[Resolution, str] = {
    Resolution.PACKAGE_NEWER_OTHER_IN_NOTE: (
        "the package's newer version is current; the other is kept in private note {note}"
    ),
    Resolution.VAULT_NEWER_OTHER_IN_NOTE: (
        "this vault's newer version is current; the other is kept in private note {note}"
    ),
    Resolution.PACKAGE_TEXT_CURRENT: (
        "both sides edited it; the package's newer text is current (revision {current}), this vault's is kept as"
        " revision {kept}"
    ),
    Resolution.VAULT_TEXT_CURRENT: (
        "both sides edited it; this vault's newer text stays current (now revision {current}), the package's is kept"
        " as revision {kept}"
    ),
    Resolution.VAULT_TEXT_CURRENT_MANY: (
        "both sides edited it; this vault's newer text stays current (now revision {current}), the package's is kept"
        " as revisions {first}-{last}"
    ),
    Resolution.VAULT_WORKING_COPY_CURRENT: (
        "both sides made working copies; the package's are now versions {first}-{last}, this vault's current one"
        " stays current as version {current}"
    ),
}


@dataclass(frozen=True)
class Conflict:
    kind: RecordKind
    record_id: str
    how: Resolution
    values: tuple[tuple[str, str], ...] = ()  # the sentence's ids and numbers, never record content

    @property
    def resolution(self) -> str:
        return RESOLUTION_TEXT[self.how].format(**dict(self.values))


@dataclass
class ImportReport:
    file_name: str
    package_id: str
    case_id: str
    source_vault_id: str
    source_author: str
    signer_fingerprint: str  # crypto.signing form (internal)
    signer_key: str  # as people are shown it: SSH SHA-256 (trust.shown)
    created: str
    outcomes: dict[RecordKind, Counter[Outcome]] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    blobs_stored: int = 0
    history_entries: int = 0
    remembered_added: int = 0  # identifiers of protected persons new to this vault's memory
    manifest_sha256: str = ""
    records: list[tuple[RecordKind, str, Outcome]] = field(default_factory=list)  # every record, in order
    dry_run: bool = False
    newly_trusted: bool = False

    def count(self, outcome: Outcome) -> int:
        return sum(c[outcome] for c in self.outcomes.values())

    def tally(self) -> list[tuple[Outcome, list[tuple[RecordKind, int]]]]:
        """Per outcome (in ``Outcome`` order), the kinds of record it happened to and how many;
        outcomes that did not happen are left out. What the CLI prints and the app shows."""
        out: list[tuple[Outcome, list[tuple[RecordKind, int]]]] = []
        for outcome in Outcome:
            kinds = [(kind, counter[outcome]) for kind, counter in self.outcomes.items() if counter[outcome]]
            if kinds:
                out.append((outcome, kinds))
        return out


@dataclass(frozen=True)
class Package:
    manifest: fmt.Manifest
    records: PackageRecords
    custody: tuple[SourceEntry, ...]
    blobs: dict[str, StoredBlob]  # member name -> blob written for this import
    manifest_sha256: str = ""  # what a preview names, so the import commits exactly that package


def _rows(vault: Vault, spec: fmt.TableSpec, record_id: str) -> Row | None:
    sql = f"SELECT {', '.join(spec.names)} FROM {spec.table} WHERE id = ?"  # noqa: S608 (fixed specs)
    r = vault.conn.execute(sql, (record_id,)).fetchone()
    if r is None:
        return None
    return {name: fmt.from_db(col, value) for (name, col), value in zip(spec.columns, r, strict=True)}


def _media_state(vault: Vault, item_id: str) -> tuple[str, str, list[tuple[int, str, str, str]]] | None:
    """(case id, original sha256, [(version, blob id, sha256, transformations)]) of a local item."""
    row = vault.conn.execute(
        "SELECT m.case_id, b.sha256 FROM media m JOIN blobs b ON b.id = m.original_blob WHERE m.id = ?", (item_id,)
    ).fetchone()
    if row is None:
        return None
    versions = [
        (int(v[0]), str(v[1]), str(v[2]), str(v[3]))
        for v in vault.conn.execute(
            "SELECT v.version, v.blob, b.sha256, v.transformations FROM media_versions v JOIN blobs b ON b.id = v.blob"
            " WHERE v.media_id = ? ORDER BY v.version",
            (item_id,),
        )
    ]
    return str(row[0]), str(row[1]), versions


def _new_versions(media: IncomingMedia, local_shas: set[str]) -> list[Any]:
    """The package's working copies this vault lacks, first occurrence of each content."""
    seen = set(local_shas)
    out = []
    for version in media.versions:
        if version.blob.sha256 not in seen:
            seen.add(version.blob.sha256)
            out.append(version)
    return out


def preflight(vault: Vault, records: PackageRecords) -> set[str]:
    """Refuse a package that cannot merge (before any blob is written); return the media members
    whose bytes must be stored (the others are already here and are only checked)."""
    tables = {
        RecordKind.CASE: [records.case],
        RecordKind.PERSON: list(records.persons),
        RecordKind.TESTIMONY: [t.row for t in records.testimonies],
        RecordKind.NOTE: list(records.notes),
        RecordKind.SITE: list(records.sites),
        RecordKind.MEDIA: [m.row for m in records.media],
    }
    for kind, rows in tables.items():
        for row in rows:
            other = vault.search_index.kind_of(row["id"])
            if other is not None and other != kind.value:
                raise ImportRefused(f"the id {row['id']} is a {other} in this vault but a {kind.value} in the package")
            if "case_id" in row:
                spec = _SPECS[kind]
                local = vault.conn.execute(
                    f"SELECT case_id FROM {spec.table} WHERE id = ?",  # noqa: S608 (fixed specs)
                    (row["id"],),
                ).fetchone()
                if local is not None and local[0] != row["case_id"]:
                    raise ImportRefused(f"{kind.value} {row['id']} belongs to another case in this vault")
    for person_id in {r.person_id for r in records.remembered}:
        other = vault.search_index.kind_of(person_id)
        if other is not None and other != RecordKind.PERSON.value:
            raise ImportRefused(f"the id {person_id} is a {other} in this vault but a person in the package")
    needed: set[str] = set()
    for media in records.media:
        state = _media_state(vault, media.row["id"])
        if state is None:
            needed.add(media.original.member)
            needed.update(v.blob.member for v in media.versions)
            continue
        if state[1] != media.original.sha256:
            raise ImportRefused(
                f"media item {media.row['id']} has a different original in this vault than in the package"
            )
        needed.update(v.blob.member for v in _new_versions(media, {v[2] for v in state[2]}))
    return needed


# What protects people, as the tables describe it (tables.Guard): never loosened by a merge.
_GUARDS = {kind: {c.name: c.guard for c in t.columns if c.guard is not None} for kind, t in tables.BY_KIND.items()}
_SPECS = fmt.SPECS


def _snapshot_key(snapshot: Row) -> bytes:
    return fmt.canonical_json({name: snapshot[name] for name, _ in fmt.SNAPSHOT_COLUMNS})


def _union(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *second]))


def _pseudonym_matches(local: str, incoming: str) -> bool:
    """This vault's pseudonym is the package's, or the package's renamed by an earlier import."""
    return local == incoming or re.fullmatch(re.escape(incoming) + r" \(\d+\)", local) is not None


class _Merge:
    def __init__(self, vault: Vault, package: Package, report: ImportReport) -> None:
        self.vault = vault
        self.conn = vault.conn
        self.package = package
        self.report = report
        self.now = now_utc()
        self.case_id = package.records.case["id"]
        self.used_blobs: set[str] = set()
        self.identities: dict[str, age.Identity] = {}
        self.written: list[StoredBlob] = []  # blobs the merge itself wrote; removed if it fails
        self.last_transfer = self._last_transfer_seq()

    def _last_transfer_seq(self) -> int:
        """The custody seq of this vault's latest transfer (either way) of this case, or 0."""
        rows = self.conn.execute(
            "SELECT seq, detail FROM custody WHERE object_kind = 'case' AND object_id = ?"
            " AND action IN (?, ?) ORDER BY seq DESC",
            (self.case_id, Action.EXPORT.value, Action.IMPORT.value),
        )
        for seq, detail in rows:
            if json.loads(detail).get("what") == "transfer":
                return int(seq)
        return 0

    def _changed_here_since_transfer(self, record_id: str) -> bool:
        """Whether this vault changed the record after the two vaults last exchanged the case.
        If not, a newer version in the package is the colleague's plain edit of what both had:
        an update, not a conflict."""
        if self.last_transfer == 0:
            return True
        row = self.conn.execute(
            "SELECT 1 FROM custody WHERE object_id = ? AND seq > ? AND action IN (?, ?, ?) LIMIT 1",
            (record_id, self.last_transfer, Action.CREATE.value, Action.EDIT.value, Action.REDACT.value),
        ).fetchone()
        return row is not None

    # --- bookkeeping ---------------------------------------------------------------------------

    def _count(self, kind: RecordKind, outcome: Outcome) -> None:
        self.report.outcomes.setdefault(kind, Counter())[outcome] += 1

    def _log(self, kind: RecordKind, record_id: str, outcome: Outcome, **extra: Any) -> None:
        self._count(kind, outcome)
        self.report.records.append((kind, record_id, outcome))
        if outcome is Outcome.UNCHANGED:
            return
        detail = {
            "transfer": self.package.manifest.package_id,
            "from_vault": self.package.manifest.source_vault_id,
            "result": outcome.value,
            **extra,
        }
        self.vault.log(Action.IMPORT, kind.value, record_id, detail)

    def _conflict(self, kind: RecordKind, record_id: str, how: Resolution, **values: object) -> None:
        self.report.conflicts.append(Conflict(kind, record_id, how, tuple((k, str(v)) for k, v in values.items())))

    # --- rows ----------------------------------------------------------------------------------

    def _insert(self, spec: fmt.TableSpec, row: Row, **extra: Any) -> None:
        names = [*spec.names, *extra]
        values = [fmt.to_db(col, row[name]) for name, col in spec.columns] + list(extra.values())
        self.conn.execute(
            f"INSERT INTO {spec.table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",  # noqa: S608
            values,
        )

    def _update(self, spec: fmt.TableSpec, row: Row) -> None:
        columns = [(name, col) for name, col in spec.columns if name != "id"]
        assignments = ", ".join(f"{name} = ?" for name, _ in columns)
        self.conn.execute(
            f"UPDATE {spec.table} SET {assignments} WHERE id = ?",  # noqa: S608 (fixed specs)
            [*(fmt.to_db(col, row[name]) for name, col in columns), row["id"]],
        )

    def _index(self, spec: fmt.TableSpec, row: Row) -> None:
        """Index a merged record the way the vault indexes its own (search.indexed_texts)."""
        v, kind, rid = self.vault, spec.kind, row["id"]
        index = v.search_index
        if kind is RecordKind.CASE:
            index.put(get_case(v, rid))
        elif kind is RecordKind.PERSON:
            index.put(get_person(v, rid))
        elif kind is RecordKind.NOTE:
            index.put(get_note(v, rid))
        elif kind is RecordKind.SITE:
            index.put(get_site(v, rid))
        elif kind is RecordKind.MEDIA:
            index.put(get_media(v, rid), media_text(v, rid) or "")
        else:
            index.put(get_testimony(v, rid))

    def _pseudonym_taken(self, pseudonym: str, person_id: str) -> bool:
        """Used by another person here, or by a redaction tombstone (identities.py): a label
        never names two people, also when one of them was deleted."""
        row = self.conn.execute(
            "SELECT 1 FROM persons WHERE pseudonym = ? AND id != ?"
            " UNION ALL SELECT 1 FROM identity_memory m WHERE m.pseudonym = ? AND m.person_id != ?"
            " AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = m.person_id) LIMIT 1",
            (pseudonym, person_id, pseudonym, person_id),
        ).fetchone()
        return row is not None

    def _free_pseudonym(self, row: Row) -> Row:
        wanted = row["pseudonym"]
        if not self._pseudonym_taken(wanted, row["id"]):
            return row
        n = 2
        while self._pseudonym_taken(f"{wanted} ({n})", row["id"]):
            n += 1
        self.report.notices.append(
            # Named by pseudonyms only: the record id means nothing to the researcher reading it.
            f"an imported person's pseudonym {wanted!r} is used by another person here; "
            f"the imported person is {wanted} ({n}) now"
        )
        return {**row, "pseudonym": f"{wanted} ({n})"}

    def _tighten(self, spec: fmt.TableSpec, winner: Row, loser: Row, local: Row) -> Row:
        """The winner, with every safety flag either side set, and (persons) every identifier."""
        merged = dict(winner)
        for name, guard in _GUARDS[spec.kind].items():
            if guard is Guard.FLAG:  # set on either side: set (a reason not to export: either one)
                merged[name] = winner[name] or loser[name]
            else:
                merged[name] = _union(winner[name], loser[name])
        if spec is fmt.PERSONS:
            if ConsentStatus.WITHDRAWN.value in (winner["consent"], loser["consent"]):
                merged["consent"] = ConsentStatus.WITHDRAWN.value
            if merged["pseudonym"] != local["pseudonym"] and (
                _pseudonym_matches(local["pseudonym"], merged["pseudonym"])
                or self._pseudonym_taken(merged["pseudonym"], local["id"])
            ):
                merged["pseudonym"] = local["pseudonym"]
        return merged

    def _keep_version(self, spec: fmt.TableSpec, version: Row, current_is: str) -> str | None:
        """Keep a version that is no longer current in a private note on the case. Returns the
        note's id, or None if an earlier import already kept exactly this version."""
        body = fmt.canonical_json(version)
        key = f"{spec.kind.value}:{version['id']}:{fmt.sha256_hex(body)}"
        note_id = str(uuid.uuid5(_CONFLICT_NAMESPACE, key))
        if self.conn.execute("SELECT 1 FROM notes WHERE id = ?", (note_id,)).fetchone():
            return None
        text = (
            f"Transfer conflict on {spec.kind.value} {version['id']}.\n"
            f"The current version is {current_is}. The other version (modified {version['modified']},"
            f" by {version['author']}) is kept here whole so that nothing is lost:\n\n"
            + json.dumps(version, ensure_ascii=False, indent=2, sort_keys=True)
        )
        note = {
            "id": note_id,
            "case_id": self.case_id,
            "person_id": version["id"] if spec is fmt.PERSONS else None,
            "text": text,
            "private": True,  # it may hold anything; private notes never leave in an export
            "tags": [CONFLICT_TAG],
            "author": self.vault.author,
            "created": self.now,
            "modified": self.now,
        }
        self._insert(fmt.NOTES, note)
        self._index(fmt.NOTES, note)
        self.vault.log(
            Action.CREATE, "note", note_id, {"case": self.case_id, "private": True, "transfer_conflict": key}
        )
        return note_id

    def _covers(self, spec: fmt.TableSpec, merged: Row, other: Row, ignore: frozenset[str] = frozenset()) -> bool:
        """True if nothing of ``other`` is lost by keeping ``merged``: every field is equal, or
        merged holds it (identifier lists), or merged is the stricter value (safety flags)."""
        guards = _GUARDS[spec.kind]
        for name, col in spec.columns:
            a, b = merged[name], other[name]
            if a == b or name in ignore:
                continue
            guard = guards.get(name)
            if guard is Guard.IDENTIFIERS and set(b) <= set(a):
                continue
            # A flag set (True, or a reason not to export) is the stricter value.
            if guard is Guard.FLAG and (a is True if col is fmt.Col.BOOL else a is not None):
                continue
            if spec is fmt.PERSONS and name == "consent" and a == ConsentStatus.WITHDRAWN.value:
                continue
            if spec is fmt.PERSONS and name == "pseudonym" and _pseudonym_matches(a, b):
                continue
            return False
        return True

    def merge_row(self, spec: fmt.TableSpec, incoming: Row, **insert_extra: Any) -> tuple[Outcome, str | None]:
        """Add, skip or merge one row; returns the outcome and the conflict note's id, if any."""
        rid = incoming["id"]
        local = _rows(self.vault, spec, rid)
        if local is None:
            if spec is fmt.PERSONS:
                incoming = self._free_pseudonym(incoming)
            self._insert(spec, incoming, **insert_extra)
            self._index(spec, incoming)
            return Outcome.ADDED, None
        if self._covers(spec, local, incoming):
            return Outcome.UNCHANGED, None
        incoming_wins = fmt.newer(incoming["modified"], local["modified"])
        if spec is fmt.PERSONS and incoming_wins and not person_in_case(self.vault, self.case_id, rid):
            # A package may only change records of its own case: a person this vault knows outside
            # that case keeps its fields (a UUID alone must not rename a protected person); the
            # package can still add identifiers and tighten protection (``_tighten``).
            incoming_wins = False
            self.report.notices.append(
                f"person {rid}: not part of case {self.case_id} in this vault, so only identifiers and"
                " protection were taken from the package"
            )
        winner, loser = (incoming, local) if incoming_wins else (local, incoming)
        merged = self._tighten(spec, winner, loser, local)
        changed = merged != local
        if changed:
            self._update(spec, merged)
            self._index(spec, merged)
            tightened = [name for name in spec.names if merged[name] != winner[name]]
            if tightened:
                self.report.notices.append(
                    f"{spec.kind.value} {rid}: kept {', '.join(tightened)} from both versions (never loosened)"
                )
        note_id = None
        fast_forward = incoming_wins and not self._changed_here_since_transfer(rid)
        # Only content counts here: a version that differs in its time stamp alone needs no note.
        if not fast_forward and not self._covers(spec, merged, loser, frozenset({"modified", "author"})):
            current = "the package's (newer)" if incoming_wins else "this vault's (newer)"
            note_id = self._keep_version(spec, loser, current)
        if not changed and note_id is None:
            return Outcome.UNCHANGED, None  # merged by an earlier import of this package
        if note_id is not None:
            how = Resolution.PACKAGE_NEWER_OTHER_IN_NOTE if incoming_wins else Resolution.VAULT_NEWER_OTHER_IN_NOTE
            self._conflict(spec.kind, rid, how, note=note_id)
        return (Outcome.UPDATED if changed else Outcome.KEPT), note_id

    def row(self, spec: fmt.TableSpec, incoming: Row) -> None:
        outcome, note_id = self.merge_row(spec, incoming)
        if spec is fmt.PERSONS:
            # A merge only ever adds to what is remembered (identities.py): a name the package
            # replaces stays remembered, the package's new name is remembered too.
            identities.remember(self.conn, get_person(self.vault, incoming["id"]))
        self._log(spec.kind, incoming["id"], outcome, conflict_note=note_id)

    # --- testimonies ---------------------------------------------------------------------------

    def _add_revision(self, testimony_id: str, number: int, snapshot: Row, author: str, saved: str) -> None:
        self.conn.execute(
            "INSERT INTO testimony_revisions(testimony_id, revision, snapshot, author, saved) VALUES (?, ?, ?, ?, ?)",
            (testimony_id, number, json.dumps(snapshot, ensure_ascii=False), author, saved),
        )

    def _link_media(self, t: IncomingTestimony) -> int:
        added = 0
        for media_id in t.media:
            cur = self.conn.execute(
                "INSERT OR IGNORE INTO testimony_media(testimony_id, media_id) VALUES (?, ?)", (t.row["id"], media_id)
            )
            added += int(getattr(cur, "rowcount", 0) or 0)
        return added

    def testimony(self, t: IncomingTestimony) -> None:
        kind, rid, row = RecordKind.TESTIMONY, t.row["id"], t.row
        local = _rows(self.vault, fmt.TESTIMONIES, rid)
        link_person(self.vault, self.case_id, row["person_id"])  # as add_testimony does
        if local is None:
            self._insert(fmt.TESTIMONIES, row)
            for r in t.revisions:
                self._add_revision(rid, r.revision, r.snapshot, r.author, r.saved)
            self._link_media(t)
            self._index(fmt.TESTIMONIES, row)
            self._log(kind, rid, Outcome.ADDED)
            return
        history = [
            (json.loads(r[0]), str(r[1]), str(r[2]))
            for r in self.conn.execute(
                "SELECT snapshot, author, saved FROM testimony_revisions WHERE testimony_id = ? ORDER BY revision",
                (rid,),
            )
        ]
        local_current = {name: local[name] for name, _ in fmt.SNAPSHOT_COLUMNS}
        known = {_snapshot_key(s) for s, _, _ in history} | {_snapshot_key(local_current)}
        incoming_current = {name: row[name] for name, _ in fmt.SNAPSHOT_COLUMNS}
        states = [(r.snapshot, r.author, r.saved) for r in t.revisions]
        states.append((incoming_current, row["author"], row["modified"]))
        new: list[tuple[Row, str, str]] = []
        seen = set(known)
        for state in states:
            key = _snapshot_key(state[0])
            if key not in seen:
                seen.add(key)
                new.append(state)
        links = self._link_media(t)
        if not new:
            self._log(kind, rid, Outcome.MERGED if links else Outcome.UNCHANGED, media_links=links)
            return
        m = int(local["revision"])
        incoming_keys = {_snapshot_key(s) for s, _, _ in states}
        fast_forward = _snapshot_key(local_current) in incoming_keys
        if _snapshot_key(incoming_current) in known:
            # The package's current text is already here: only earlier states are new. They go
            # below this vault's current text, which keeps its content and gets the top number.
            self._insert_below(rid, m, new)
            outcome = Outcome.MERGED
            conflict: tuple[Resolution, dict[str, int]] | None = None
        elif fast_forward or fmt.newer(row["modified"], local["modified"]):
            # This vault's current text becomes a revision (as an edit would make it), then the
            # package's states this vault lacks, the last of them current.
            self._add_revision(rid, m, local_current, local["author"], local["modified"])
            for i, (snapshot, author, saved) in enumerate(new[:-1], start=1):
                self._add_revision(rid, m + i, snapshot, author, saved)
            top = m + len(new)
            assignments = ", ".join(f"{name} = ?" for name, _ in fmt.SNAPSHOT_COLUMNS)
            self.conn.execute(
                f"UPDATE testimonies SET {assignments}, revision = ?, author = ?, modified = ? WHERE id = ?",  # noqa: S608
                (
                    *(fmt.to_db(col, row[name]) for name, col in fmt.SNAPSHOT_COLUMNS),
                    top,
                    row["author"],
                    row["modified"],
                    rid,
                ),
            )
            outcome = Outcome.UPDATED
            conflict = None if fast_forward else (Resolution.PACKAGE_TEXT_CURRENT, {"current": top, "kept": m})
        else:
            top = self._insert_below(rid, m, new)
            outcome = Outcome.KEPT
            conflict = (
                (Resolution.VAULT_TEXT_CURRENT_MANY, {"current": top, "first": m, "last": top - 1})
                if len(new) > 1
                else (Resolution.VAULT_TEXT_CURRENT, {"current": top, "kept": m})
            )
        self._index(fmt.TESTIMONIES, row)
        if conflict is not None:
            self._conflict(kind, rid, conflict[0], **conflict[1])
        self._log(kind, rid, outcome, revisions_added=len(new), conflict=conflict is not None)

    def _insert_below(self, rid: str, m: int, new: list[tuple[Row, str, str]]) -> int:
        """Store ``new`` as revisions m, m+1, ... and move the current text to the top number.
        Revision numbers stay unique and the current one the highest, as edit_testimony needs."""
        for i, (snapshot, author, saved) in enumerate(new):
            self._add_revision(rid, m + i, snapshot, author, saved)
        top = m + len(new)
        self.conn.execute("UPDATE testimonies SET revision = ? WHERE id = ?", (top, rid))
        return top

    # --- media ---------------------------------------------------------------------------------

    def _blob(self, member: str) -> StoredBlob:
        blob = self.package.blobs[member]
        _insert_blob(self.vault, blob, self.now)
        self.used_blobs.add(blob.id)
        self.report.blobs_stored += 1
        return blob

    def _add_text(self, media: IncomingMedia) -> None:
        """Text extracted from a document at intake. It comes from the original, which is the
        same on both sides, so it is only ever missing here, never different."""
        if media.text is None or not has_media_text(self.vault):
            return
        rid = media.row["id"]
        if self.conn.execute("SELECT 1 FROM media_text WHERE media_id = ?", (rid,)).fetchone():
            return
        self.conn.execute("INSERT INTO media_text(media_id, text) VALUES (?, ?)", (rid, media.text))
        local = _rows(self.vault, fmt.MEDIA, rid)
        assert local is not None
        self._index(fmt.MEDIA, local)

    def _copy_blob(self, blob_id: str, sha256: str) -> StoredBlob:
        """A new blob with the same plaintext (streamed, never on disk): every version owns its
        blob, as media_service.delete_media expects."""
        identity = self.identities.get(blob_id)
        if identity is None:
            row = self.conn.execute("SELECT identity FROM blobs WHERE id = ?", (blob_id,)).fetchone()
            identity = age.Identity(SecretStr(str(row[0])))
        key = identity

        def produce(sink: BinaryIO) -> None:
            self.vault.blobs.read_into(blob_id, key, sink, sha256)

        with piped(produce) as source:
            copy = self.vault.blobs.put(source)
            self.written.append(copy)  # before piped re-raises a failure of the reading side
        if copy.sha256 != sha256:
            raise IntegrityError(f"blob {blob_id} changed while it was copied")
        _insert_blob(self.vault, copy, self.now)
        return copy

    def _add_version(self, item_id: str, number: int, blob_id: str, transformations: Any, author: str, at: str) -> None:
        self.conn.execute(
            "INSERT INTO media_versions(media_id, version, blob, transformations, author, created)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (item_id, number, blob_id, json.dumps(transformations, ensure_ascii=False), author, at),
        )

    def media(self, media: IncomingMedia) -> None:
        kind, rid = RecordKind.MEDIA, media.row["id"]
        state = _media_state(self.vault, rid)
        if state is None:
            original = self._blob(media.original.member)
            self.merge_row(fmt.MEDIA, media.row, original_blob=original.id)
            self._add_text(media)
            for v in media.versions:
                blob = self._blob(v.blob.member)
                self._add_version(rid, v.version, blob.id, v.transformations, v.author, v.created)
            self._log(kind, rid, Outcome.ADDED)
            return
        outcome, note_id = self.merge_row(fmt.MEDIA, media.row)
        self._add_text(media)
        versions = state[2]
        new = _new_versions(media, {v[2] for v in versions})
        diverged_conflict = False
        if new:
            by_sha: dict[str, tuple[str, Any]] = {sha: (blob, json.loads(tr)) for _, blob, sha, tr in versions}
            number = max((v[0] for v in versions), default=0)
            for v in new:
                number += 1
                blob = self._blob(v.blob.member)
                self._add_version(rid, number, blob.id, v.transformations, v.author, v.created)
                by_sha[v.blob.sha256] = (blob.id, v.transformations)
                self.identities[blob.id] = blob.identity
            incoming_shas = {v.blob.sha256 for v in media.versions}
            local_current = versions[-1][2] if versions else None
            diverged = local_current is not None and local_current not in incoming_shas
            # If the package knows this vault's current working copy, its own current one is
            # newer; if not, both sides made copies the other lacks and this vault's stays
            # current, so an import never swaps the copy exports use for a differently redacted one.
            wanted = local_current if diverged and local_current else media.versions[-1].blob.sha256
            if new[-1].blob.sha256 != wanted:
                number += 1
                blob_id, transformations = by_sha[wanted]
                steps = [*transformations.get("steps", []), _KEPT_STEP]
                kept = {**transformations, "steps": steps}
                copy = self._copy_blob(blob_id, wanted)
                self._add_version(rid, number, copy.id, kept, self.vault.author, self.now)
            if diverged:
                diverged_conflict = True
                self._conflict(
                    kind,
                    rid,
                    Resolution.VAULT_WORKING_COPY_CURRENT,
                    first=number - len(new),
                    last=number - 1,
                    current=number,
                )
            if outcome is Outcome.UNCHANGED:
                outcome = Outcome.MERGED
        self._log(kind, rid, outcome, conflict_note=note_id, versions_added=len(new), conflict=diverged_conflict)

    # --- custody -------------------------------------------------------------------------------

    def history(self) -> None:
        known: set[str] = set()
        for e in self.vault.custody_entries():
            known.add(e.hash)
            nested = e.detail.get("history_of") if e.action == Action.IMPORT.value else None
            if isinstance(nested, dict) and isinstance(nested.get("hash"), str):
                known.add(nested["hash"])
        source = self.package.manifest.source_vault_id
        for entry in self.package.custody:
            origin = origin_of(entry, source)
            if origin["vault"] == self.vault.vault_id or origin["hash"] in known:
                continue  # this vault's own history coming back, or already recorded
            known.add(origin["hash"])
            self.vault.log(
                Action.IMPORT,
                entry.object_kind,
                entry.object_id,
                {"history_of": origin, "transfer": self.package.manifest.package_id},
            )
            self.report.history_entries += 1

    # --- all -----------------------------------------------------------------------------------

    def run(self) -> None:
        records = self.package.records
        # The source's history first, so each record's log reads in order: its life in the
        # source vault, then its arrival here.
        self.history()
        self.row(fmt.CASES, records.case)
        for person in records.persons:
            self.row(fmt.PERSONS, person)
        for person_id in records.case_persons:
            link_person(self.vault, self.case_id, person_id)
        # After the persons: a merged person's label is the one its remembered names get.
        self.report.remembered_added = memory.merge(self.conn, records.remembered)
        if self.report.remembered_added:
            self.report.notices.append(
                f"{self.report.remembered_added} former or current identifiers of protected persons were added to"
                " this vault's redaction memory (exports redact them)"
            )
        for site in records.sites:
            self.row(fmt.SITES, site)
        for note in records.notes:
            self.row(fmt.NOTES, note)
        for media in records.media:
            self.media(media)
        for testimony in records.testimonies:
            self.testimony(testimony)


class _DryRun(Exception):
    """Rolls the dry run's transaction back after the merge was computed."""


def apply(
    vault: Vault, package: Package, file_name: str, *, dry_run: bool = False, trust_signer: bool = False
) -> ImportReport:
    """Merge ``package`` into ``vault`` in one transaction. On any error nothing is changed;
    the caller discards the package's blobs. ``dry_run``: computed, reported, rolled back.
    ``trust_signer``: the user named the signer (``--expect-signer``); trust it from now on."""
    manifest = package.manifest
    report = ImportReport(
        file_name,
        manifest.package_id,
        manifest.case_id,
        manifest.source_vault_id,
        manifest.source_author,
        manifest.signer_fingerprint,
        trust.shown(manifest.signer_public_key),
        manifest.created,
    )
    report.dry_run = dry_run
    report.manifest_sha256 = package.manifest_sha256
    merge = _Merge(vault, package, report)
    try:
        with db.transaction(vault.conn):
            if trust_signer:
                report.newly_trusted = trust.record(vault, manifest.signer_fingerprint, manifest.signer_public_key)
            _commit(vault, merge, file_name)
            if dry_run:
                raise _DryRun
    except BaseException as exc:
        # Rolled back (a failure, or the dry run's end): the blobs the merge wrote are noise.
        for blob in merge.written:
            vault.blobs.discard(blob.id)
        if not isinstance(exc, _DryRun):
            raise
    return report


def _commit(vault: Vault, merge: _Merge, file_name: str) -> None:
    package, report, manifest = merge.package, merge.report, merge.package.manifest
    with db.transaction(vault.conn):
        merge.run()
        unused = {b.id for b in package.blobs.values()} - merge.used_blobs
        if unused:  # would be orphans: a bug, and the import must not half-happen
            raise RuntimeError("the import planned blobs it did not use")
        vault.log(
            Action.IMPORT,
            "case",
            manifest.case_id,
            {
                "what": "transfer",
                "file": file_name,
                "package": manifest.package_id,
                "from_vault": manifest.source_vault_id,
                "signer": trust.shown(manifest.signer_public_key),
                **{o.value: report.count(o) for o in Outcome},
                "conflicts": len(report.conflicts),
                "history_entries": report.history_entries,
                "blobs": report.blobs_stored,
                "remembered": report.remembered_added,
            },
        )
