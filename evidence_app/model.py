"""The evidence model. Records are plain frozen dataclasses; the vault turns them into rows.

Every record has a UUID, created/modified times (UTC, ISO 8601) and the author from the vault's
settings. Free-text fields accept any Unicode.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class CaseStatus(Enum):
    OPEN = "open"
    CLOSED = "closed"
    ARCHIVED = "archived"


class Role(Enum):
    SOURCE = "source"
    WITNESS = "witness"
    PERPETRATOR = "perpetrator"
    OFFICIAL = "official"
    OTHER = "other"


class ConsentStatus(Enum):
    GIVEN = "given"
    LIMITED = "limited"
    WITHDRAWN = "withdrawn"
    UNKNOWN = "unknown"


class RiskLevel(Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    UNKNOWN = "unknown"


class MediaKind(Enum):
    PHOTO = "photo"
    AUDIO = "audio"
    VIDEO = "video"
    DOCUMENT = "document"


class RecordKind(Enum):
    CASE = "case"
    PERSON = "person"
    TESTIMONY = "testimony"
    NOTE = "note"
    SITE = "site"
    MEDIA = "media"


@dataclass(frozen=True)
class Stamp:
    author: str
    created: str
    modified: str


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    description: str
    status: CaseStatus
    tags: tuple[str, ...]
    stamp: Stamp


@dataclass(frozen=True)
class Consent:
    status: ConsentStatus = ConsentStatus.UNKNOWN
    scope: str = ""
    date: dt.date | None = None


@dataclass(frozen=True)
class Person:
    id: str
    full_name: str
    aliases: tuple[str, ...]
    transliterations: tuple[str, ...]
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    nationality: str
    languages: tuple[str, ...]
    role: Role
    protected: bool
    pseudonym: str
    consent: Consent
    risk: RiskLevel
    notes: str
    tags: tuple[str, ...]
    stamp: Stamp


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) of a text."""

    start: int
    end: int


@dataclass(frozen=True)
class Testimony:
    id: str
    case_id: str
    person_id: str
    interview_date: dt.date | None
    place: str
    interviewer: str
    interpreter: str
    language: str
    transcript: str
    summary: str
    redacted_spans: tuple[Span, ...]
    revision: int
    tags: tuple[str, ...]
    media_ids: tuple[str, ...]
    stamp: Stamp


@dataclass(frozen=True)
class TestimonyRevision:
    testimony_id: str
    revision: int
    snapshot: dict[str, Any]
    author: str
    saved: str


@dataclass(frozen=True)
class Note:
    id: str
    case_id: str
    person_id: str | None
    text: str
    private: bool
    tags: tuple[str, ...]
    stamp: Stamp


@dataclass(frozen=True)
class Site:
    id: str
    case_id: str
    name: str
    town: str
    province: str
    lat: float | None
    lon: float | None
    sensitive: bool
    tags: tuple[str, ...]
    stamp: Stamp


@dataclass(frozen=True)
class MediaVersion:
    version: int
    blob_id: str
    sha256: str
    size: int
    transformations: tuple[str, ...]
    author: str
    created: str


@dataclass(frozen=True)
class MediaItem:
    id: str
    case_id: str
    kind: MediaKind
    media_type: str
    original_blob: str
    original_sha256: str
    original_size: int
    original_name: str
    caption: str
    capture_date: str | None
    place: str
    inspection: dict[str, Any]
    not_exportable: str | None
    versions: tuple[MediaVersion, ...]
    tags: tuple[str, ...]
    stamp: Stamp

    @property
    def working(self) -> MediaVersion | None:
        return self.versions[-1] if self.versions else None


@dataclass(frozen=True)
class CustodyEntry:
    seq: int
    at: str
    actor: str
    action: str
    object_kind: str
    object_id: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class SearchHit:
    kind: RecordKind
    item_id: str
    case_id: str | None
    title: str
    snippet: str


@dataclass
class CheckReport:
    """What ``check`` found. ``problems`` empty means the vault is sound."""

    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)
    # Not problems of the vault itself, but worth a look (quarantined stray files).
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def to_jsonable(record: object) -> Any:
    """A record as plain JSON types (enums by value, dates as ISO strings)."""

    def convert(value: Any) -> Any:
        if isinstance(value, Enum):
            return value.value
        if isinstance(value, (dt.date, dt.datetime)):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: convert(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [convert(v) for v in value]
        return value

    return convert(asdict(record))  # type: ignore[call-overload]
