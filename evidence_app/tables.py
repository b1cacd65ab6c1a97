"""The record tables, described once: columns and their types, the row <-> dataclass mapping, which
fields search indexes and which fields protect people.

Everything that reads or writes a record row goes through these descriptions: storage
(``records/`` selects ``Table.select()`` and maps rows by column name, never by position), the
search index (``search.indexed_texts`` reads ``Table.indexed``), the transfer package
(``transfer/format.py`` derives its ``TableSpec`` from ``Table.transfer_columns``) and so, through
the records it collects, the export. ``schema.py`` stays the append-only list of migrations that
creates the tables; ``tests/core/test_tables.py`` asserts that the database the migrations build has
exactly these columns, with these SQL types and NULL rules, so the two can never drift apart.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from .media.base import MediaType
from .model import (
    Case,
    CaseStatus,
    Consent,
    ConsentStatus,
    MediaItem,
    MediaKind,
    MediaVersion,
    Note,
    Person,
    RecordKind,
    RiskLevel,
    Role,
    Site,
    Span,
    Stamp,
    Testimony,
)


class Col(Enum):
    """What a column holds: its form in the database and in a transfer package (JSON)."""

    TEXT = "text"
    REQUIRED = "required"  # non-blank text
    OPT_TEXT = "opt-text"
    UUID = "uuid"
    OPT_UUID = "opt-uuid"
    LIST = "list"  # JSON list of strings, stored as JSON text
    BOOL = "bool"  # stored as 0/1
    INT = "int"
    OPT_REAL = "opt-real"
    OPT_DATE = "opt-date"  # YYYY-MM-DD or null
    TIMESTAMP = "timestamp"
    OBJECT = "object"  # JSON object, stored as JSON text
    SPANS = "spans"  # [[start, end], ...], stored as JSON text
    ENUM = "enum"  # text, one of the values of the column's enum

    @property
    def sql_type(self) -> str:
        """The column's declared type in the schema."""
        if self in (Col.BOOL, Col.INT):
            return "INTEGER"
        if self is Col.OPT_REAL:
            return "REAL"
        return "TEXT"

    @property
    def nullable(self) -> bool:
        return self in (Col.OPT_TEXT, Col.OPT_UUID, Col.OPT_REAL, Col.OPT_DATE)


class Guard(Enum):
    """Columns that protect people. A transfer merge never loosens them (transfer/merge.py)."""

    FLAG = "flag"  # a safety flag (protected, private, sensitive, not exportable): set on either side wins
    IDENTIFIERS = "identifiers"  # identifiers of a person redaction hides: the union of both sides


@dataclass(frozen=True)
class Column:
    name: str
    col: Col
    enum: type[Enum] | None = None
    guard: Guard | None = None
    # False for columns that only mean something in this vault (a media item's blob id): they are
    # never written into a transfer package.
    travels: bool = True


@dataclass(frozen=True)
class Table:
    kind: RecordKind
    name: str
    columns: tuple[Column, ...]
    # The fields search indexes, in the order they are indexed (search.indexed_texts).
    indexed: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def transfer_columns(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.travels)

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    def guarded(self, guard: Guard) -> frozenset[str]:
        return frozenset(c.name for c in self.columns if c.guard is guard)

    def select(self, alias: str = "") -> str:
        """The column list of a SELECT that ``row`` maps back (``alias.`` before each name)."""
        prefix = f"{alias}." if alias else ""
        return ", ".join(prefix + name for name in self.names)

    def row(self, values: Sequence[Any]) -> dict[str, Any]:
        """A row selected with ``select()`` as a mapping from column name to database value;
        columns selected after them (``extra`` of a query) are left out."""
        return dict(zip(self.names, values[: len(self.columns)], strict=True))

    def insert(self, row: Mapping[str, Any]) -> tuple[str, list[Any]]:
        """INSERT statement and parameters for a row of database values, every column given."""
        names = list(self.names)
        missing = set(names) - set(row)
        if missing:
            raise KeyError(f"{self.name}: no value for {', '.join(sorted(missing))}")
        # Table and column names come from the fixed descriptions below, never from input.
        sql = f"INSERT INTO {self.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"  # noqa: S608
        return sql, [row[name] for name in names]

    def update(self, row: Mapping[str, Any], names: Sequence[str]) -> tuple[str, list[Any]]:
        """UPDATE statement and parameters setting ``names`` from ``row`` on the row ``row["id"]``."""
        unknown = set(names) - set(self.names) | ({"id"} & set(names))
        if unknown:
            raise KeyError(f"{self.name}: cannot update {', '.join(sorted(unknown))}")
        assignments = ", ".join(f"{name} = ?" for name in names)
        sql = f"UPDATE {self.name} SET {assignments} WHERE id = ?"  # noqa: S608 (fixed descriptions)
        return sql, [*(row[n] for n in names), row["id"]]


_STAMP = (Column("author", Col.TEXT), Column("created", Col.TIMESTAMP), Column("modified", Col.TIMESTAMP))

CASES = Table(
    RecordKind.CASE,
    "cases",
    (
        Column("id", Col.UUID),
        Column("title", Col.REQUIRED),
        Column("description", Col.TEXT),
        Column("status", Col.ENUM, CaseStatus),
        Column("tags", Col.LIST),
        *_STAMP,
    ),
    indexed=("title", "description", "tags"),
)
PERSONS = Table(
    RecordKind.PERSON,
    "persons",
    (
        Column("id", Col.UUID),
        Column("full_name", Col.REQUIRED),
        Column("aliases", Col.LIST, guard=Guard.IDENTIFIERS),
        Column("transliterations", Col.LIST, guard=Guard.IDENTIFIERS),
        Column("phones", Col.LIST, guard=Guard.IDENTIFIERS),
        Column("emails", Col.LIST, guard=Guard.IDENTIFIERS),
        Column("nationality", Col.TEXT),
        Column("languages", Col.LIST),
        Column("role", Col.ENUM, Role),
        Column("protected", Col.BOOL, guard=Guard.FLAG),
        Column("pseudonym", Col.REQUIRED),
        Column("consent", Col.ENUM, ConsentStatus),
        Column("consent_scope", Col.TEXT),
        Column("consent_date", Col.OPT_DATE),
        Column("risk", Col.ENUM, RiskLevel),
        Column("notes", Col.TEXT),
        Column("tags", Col.LIST),
        *_STAMP,
    ),
    indexed=("full_name", "aliases", "transliterations", "phones", "emails", "pseudonym", "notes", "tags"),
)
TESTIMONIES = Table(
    RecordKind.TESTIMONY,
    "testimonies",
    (
        Column("id", Col.UUID),
        Column("case_id", Col.UUID),
        Column("person_id", Col.UUID),
        Column("interview_date", Col.OPT_DATE),
        Column("place", Col.TEXT),
        Column("interviewer", Col.TEXT),
        Column("interpreter", Col.TEXT),
        Column("language", Col.TEXT),
        Column("transcript", Col.REQUIRED),
        Column("summary", Col.TEXT),
        Column("redacted_spans", Col.SPANS),
        Column("revision", Col.INT),
        Column("tags", Col.LIST),
        *_STAMP,
    ),
    indexed=("transcript", "summary", "place", "interviewer", "interpreter", "language", "tags"),
)
NOTES = Table(
    RecordKind.NOTE,
    "notes",
    (
        Column("id", Col.UUID),
        Column("case_id", Col.UUID),
        Column("person_id", Col.OPT_UUID),
        Column("text", Col.REQUIRED),
        Column("private", Col.BOOL, guard=Guard.FLAG),
        Column("tags", Col.LIST),
        *_STAMP,
    ),
    indexed=("text", "tags"),
)
SITES = Table(
    RecordKind.SITE,
    "sites",
    (
        Column("id", Col.UUID),
        Column("case_id", Col.UUID),
        Column("name", Col.REQUIRED),
        Column("town", Col.TEXT),
        Column("province", Col.TEXT),
        Column("lat", Col.OPT_REAL),
        Column("lon", Col.OPT_REAL),
        Column("sensitive", Col.BOOL, guard=Guard.FLAG),
        Column("tags", Col.LIST),
        *_STAMP,
    ),
    indexed=("name", "town", "province", "tags"),
)
# The blob reference does not travel: blobs are local (own ids, own identities) and a transfer
# package carries them as members named after the item. A media item's document and OCR text
# (media_text, media_ocr) is indexed after these fields (search.indexed_texts).
MEDIA = Table(
    RecordKind.MEDIA,
    "media",
    (
        Column("id", Col.UUID),
        Column("case_id", Col.UUID),
        Column("kind", Col.ENUM, MediaKind),
        Column("media_type", Col.ENUM, MediaType),
        Column("original_blob", Col.TEXT, travels=False),
        Column("original_name", Col.TEXT),
        Column("caption", Col.TEXT),
        Column("capture_date", Col.OPT_TEXT),
        Column("place", Col.TEXT),
        Column("inspection", Col.OBJECT),
        Column("not_exportable", Col.OPT_TEXT, guard=Guard.FLAG),
        Column("tags", Col.LIST),
        *_STAMP,
    ),
    indexed=("caption", "place", "tags"),
)

TABLES: tuple[Table, ...] = (CASES, PERSONS, TESTIMONIES, NOTES, SITES, MEDIA)
BY_KIND: Mapping[RecordKind, Table] = {t.kind: t for t in TABLES}

# A testimony revision's snapshot (testimony_revisions.snapshot, JSON): the testimony's own content,
# without its identity, case, revision number and stamp, which the revision row holds.
SNAPSHOT_FIELDS: tuple[str, ...] = (
    "person_id",
    "interview_date",
    "place",
    "interviewer",
    "interpreter",
    "language",
    "transcript",
    "summary",
    "redacted_spans",
    "tags",
)


# --- database values -------------------------------------------------------------------------------


def json_value(col: Col, value: Any) -> Any:
    """A database value as its JSON value (lists, objects and spans parsed, flags as bools)."""
    if col in (Col.LIST, Col.OBJECT, Col.SPANS):
        return json.loads(value)
    if col is Col.BOOL:
        return bool(value)
    return value


def db_value(col: Col, value: Any) -> Any:
    """A JSON value (as ``json_value`` gives it) as the database stores it."""
    if col in (Col.LIST, Col.OBJECT, Col.SPANS):
        return json.dumps(value, ensure_ascii=False)
    if col is Col.BOOL:
        return int(value)
    return value


def _list(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def _j(values: Sequence[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _stamp(r: Mapping[str, Any]) -> Stamp:
    return Stamp(r["author"], r["created"], r["modified"])


def _stamp_row(s: Stamp) -> dict[str, Any]:
    return {"author": s.author, "created": s.created, "modified": s.modified}


def spans_json(spans: Sequence[Span]) -> str:
    return json.dumps([[s.start, s.end] for s in spans])


# --- rows <-> records --------------------------------------------------------------------------------
# Each reads a mapping from column name to database value (``Table.row``) and writes one back.


def case_from_row(r: Mapping[str, Any]) -> Case:
    return Case(r["id"], r["title"], r["description"], CaseStatus(r["status"]), _list(r["tags"]), _stamp(r))


def case_row(c: Case) -> dict[str, Any]:
    return {
        "id": c.id,
        "title": c.title,
        "description": c.description,
        "status": c.status.value,
        "tags": _j(c.tags),
        **_stamp_row(c.stamp),
    }


def person_from_row(r: Mapping[str, Any]) -> Person:
    return Person(
        r["id"],
        r["full_name"],
        _list(r["aliases"]),
        _list(r["transliterations"]),
        _list(r["phones"]),
        _list(r["emails"]),
        r["nationality"],
        _list(r["languages"]),
        Role(r["role"]),
        bool(r["protected"]),
        r["pseudonym"],
        Consent(ConsentStatus(r["consent"]), r["consent_scope"], _date(r["consent_date"])),
        RiskLevel(r["risk"]),
        r["notes"],
        _list(r["tags"]),
        _stamp(r),
    )


def person_row(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "full_name": p.full_name,
        "aliases": _j(p.aliases),
        "transliterations": _j(p.transliterations),
        "phones": _j(p.phones),
        "emails": _j(p.emails),
        "nationality": p.nationality,
        "languages": _j(p.languages),
        "role": p.role.value,
        "protected": int(p.protected),
        "pseudonym": p.pseudonym,
        "consent": p.consent.status.value,
        "consent_scope": p.consent.scope,
        "consent_date": _iso(p.consent.date),
        "risk": p.risk.value,
        "notes": p.notes,
        "tags": _j(p.tags),
        **_stamp_row(p.stamp),
    }


def testimony_from_row(r: Mapping[str, Any], media_ids: Sequence[str] = ()) -> Testimony:
    return Testimony(
        r["id"],
        r["case_id"],
        r["person_id"],
        _date(r["interview_date"]),
        r["place"],
        r["interviewer"],
        r["interpreter"],
        r["language"],
        r["transcript"],
        r["summary"],
        tuple(Span(int(a), int(b)) for a, b in json.loads(r["redacted_spans"])),
        int(r["revision"]),
        _list(r["tags"]),
        tuple(sorted(media_ids)),
        _stamp(r),
    )


def testimony_row(t: Testimony) -> dict[str, Any]:
    return {
        "id": t.id,
        "case_id": t.case_id,
        "person_id": t.person_id,
        "interview_date": _iso(t.interview_date),
        "place": t.place,
        "interviewer": t.interviewer,
        "interpreter": t.interpreter,
        "language": t.language,
        "transcript": t.transcript,
        "summary": t.summary,
        "redacted_spans": spans_json(t.redacted_spans),
        "revision": t.revision,
        "tags": _j(t.tags),
        **_stamp_row(t.stamp),
    }


def testimony_snapshot(t: Testimony) -> dict[str, Any]:
    """A testimony's content as a revision keeps it (JSON values, keys ``SNAPSHOT_FIELDS``)."""
    row = testimony_row(t)
    return {name: json_value(TESTIMONIES.column(name).col, row[name]) for name in SNAPSHOT_FIELDS}


def note_from_row(r: Mapping[str, Any]) -> Note:
    return Note(r["id"], r["case_id"], r["person_id"], r["text"], bool(r["private"]), _list(r["tags"]), _stamp(r))


def note_row(n: Note) -> dict[str, Any]:
    return {
        "id": n.id,
        "case_id": n.case_id,
        "person_id": n.person_id,
        "text": n.text,
        "private": int(n.private),
        "tags": _j(n.tags),
        **_stamp_row(n.stamp),
    }


def site_from_row(r: Mapping[str, Any]) -> Site:
    return Site(
        r["id"],
        r["case_id"],
        r["name"],
        r["town"],
        r["province"],
        r["lat"],
        r["lon"],
        bool(r["sensitive"]),
        _list(r["tags"]),
        _stamp(r),
    )


def site_row(s: Site) -> dict[str, Any]:
    return {
        "id": s.id,
        "case_id": s.case_id,
        "name": s.name,
        "town": s.town,
        "province": s.province,
        "lat": s.lat,
        "lon": s.lon,
        "sensitive": int(s.sensitive),
        "tags": _j(s.tags),
        **_stamp_row(s.stamp),
    }


def media_from_row(
    r: Mapping[str, Any], original_sha256: str, original_size: int, versions: Sequence[MediaVersion]
) -> MediaItem:
    """A media item from its row and what the blob table and the versions say about its bytes."""
    return MediaItem(
        r["id"],
        r["case_id"],
        MediaKind(r["kind"]),
        r["media_type"],
        r["original_blob"],
        original_sha256,
        int(original_size),
        r["original_name"],
        r["caption"],
        r["capture_date"],
        r["place"],
        json.loads(r["inspection"]),
        r["not_exportable"],
        tuple(versions),
        _list(r["tags"]),
        _stamp(r),
    )
