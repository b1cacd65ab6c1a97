"""Creating, reading, editing and deleting evidence records (everything but media bytes).

Rows are described in tables.py (columns, types, row <-> dataclass by column name, indexed and
guarded fields); this module holds the rules: validation, the one write path (row, search index
and custody entry in one transaction) and delete rules.

Why this is still one file (about 1k lines): every record kind shares the validation helpers and
the write path in ``RecordsMixin``, and ``Vault`` exposes these methods to the CLI, the UI and the
transfer merge. The split belongs with moving the callers to functions over an open vault (the
style media_service.py already uses): one module per kind (cases, persons, testimonies, notes,
sites) holding its create/edit/delete rules as functions taking the vault.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from . import db, identities, marks, search, tables
from .custody import Action
from .errors import InvalidInput, NotFound
from .model import (
    Case,
    CaseStatus,
    Consent,
    CustodyEntry,
    Note,
    Person,
    RecordKind,
    RiskLevel,
    Role,
    SearchHit,
    Site,
    Span,
    Stamp,
    Testimony,
    TestimonyRevision,
    now_utc,
)
from .vaultbase import VaultBase

_TABLES = {kind: table.name for kind, table in tables.BY_KIND.items()}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_ID_PREFIX = 6


def parse_date(text: str | None, what: str = "date") -> dt.date | None:
    if text is None or text == "":
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"invalid {what} {text!r}: use YYYY-MM-DD") from None


def _required(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise InvalidInput(f"{what} must not be empty")
    return value


def _clean_list(values: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for v in values:
        v = v.strip()
        if v and v not in out:
            out.append(v)
    return tuple(out)


def _phones(values: Iterable[str]) -> tuple[str, ...]:
    phones = _clean_list(values)
    for p in phones:
        digits = sum(ch.isdigit() for ch in p)
        if digits < 5 or not re.fullmatch(r"[+\d\s().\-/]+", p):
            raise InvalidInput(f"not a phone number: {p!r}")
    return phones


def _emails(values: Iterable[str]) -> tuple[str, ...]:
    emails = _clean_list(values)
    for e in emails:
        if not _EMAIL.match(e):
            raise InvalidInput(f"not an email address: {e!r}")
    return emails


_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = _LETTERS[r] + out
    return out


# --- reading rows and pages -------------------------------------------------------------------------
# Every listing is ordered by (created, id) (custody by seq) and pages with LIMIT/OFFSET in SQL; the
# indexes of schema V3 make a case's page an index-ordered read, so its cost does not grow with the
# case. A page's rows come from one query (a testimony's media ids ride along in a subquery), never
# one query per row.

_SQLITE_MAX = 2**63 - 1
_PAGE = " LIMIT :limit OFFSET :offset"


def page_params(offset: int, limit: int | None) -> dict[str, Any]:
    """The ``:offset`` and ``:limit`` parameters of ``_PAGE`` (``limit=None``: to the end), checked.

    Refused rather than passed on: SQLite reads a negative LIMIT as "no limit" and a negative
    OFFSET as 0, so a caller's arithmetic slip would silently return the wrong rows.
    """
    for name, value in (("offset", offset), ("limit", limit)):
        if value is None and name == "limit":
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(f"the {name} of a page must be a whole number, not {value!r}")
        if not 0 <= value <= _SQLITE_MAX:
            raise InvalidInput(f"the {name} of a page must be 0 or more, not {value}")
    return {"offset": offset, "limit": -1 if limit is None else limit}


# The persons a case names (``p`` is the person row): linked to it, or named by one of its testimonies
# or notes. Each test is an index probe, so the cost does not grow with the case's testimonies.
_PERSON_IN_CASE = (
    "(EXISTS (SELECT 1 FROM case_persons cp WHERE cp.case_id = :case AND cp.person_id = p.id)"
    " OR EXISTS (SELECT 1 FROM testimonies pt WHERE pt.person_id = p.id AND pt.case_id = :case)"
    " OR EXISTS (SELECT 1 FROM notes pn WHERE pn.person_id = p.id AND pn.case_id = :case))"
)


def _case(row: Any) -> Case:
    return tables.case_from_row(tables.CASES.row(row))


def _person(row: Any) -> Person:
    return tables.person_from_row(tables.PERSONS.row(row))


# Selected FROM testimonies t; after the table's columns, the JSON list of its attached media ids.
_TESTIMONY_COLUMNS = (
    tables.TESTIMONIES.select("t")
    + ", (SELECT json_group_array(tm.media_id) FROM testimony_media tm WHERE tm.testimony_id = t.id)"
)


def _testimony(row: Any) -> Testimony:
    return tables.testimony_from_row(tables.TESTIMONIES.row(row), json.loads(row[len(tables.TESTIMONIES.columns)]))


def _note(row: Any) -> Note:
    return tables.note_from_row(tables.NOTES.row(row))


def _site(row: Any) -> Site:
    return tables.site_from_row(tables.SITES.row(row))


_CUSTODY_COLUMNS = "c.seq, c.at, c.actor, c.action, c.object_kind, c.object_id, c.detail, c.prev_hash, c.hash"
# The case an entry's detail names; indexed as written here (schema V3, custody_case).
_DETAIL_CASE = "iif(json_valid(detail), json_extract(detail, '$.case'), NULL)"
# The custody entries of a case: the case's own, those naming the case in their detail (creations,
# edits and deletions of its records, so a deleted record's history stays visible), and those of
# every testimony, note, site and person the case holds now. Two equivalent queries:
# * scan: the log in seq order, each entry tested with index probes; quick while the case's
#   entries are dense in the log (a big case), slow for a small case among many other entries;
# * lookup: the case's record ids, their entries and the entries naming the case, found through
#   the custody indexes; cost follows the size of the case, whatever the size of the log.
_CUSTODY_OF_CASE = (
    "(c.object_id = :case"
    f" OR {_DETAIL_CASE.replace('detail', 'c.detail')} = :case"
    " OR EXISTS (SELECT 1 FROM testimonies ct WHERE ct.id = c.object_id AND ct.case_id = :case)"
    " OR EXISTS (SELECT 1 FROM notes cn WHERE cn.id = c.object_id AND cn.case_id = :case)"
    " OR EXISTS (SELECT 1 FROM sites cs WHERE cs.id = c.object_id AND cs.case_id = :case)"
    " OR EXISTS (SELECT 1 FROM media cm WHERE cm.id = c.object_id AND cm.case_id = :case)"
    f" OR EXISTS (SELECT 1 FROM persons p WHERE p.id = c.object_id AND {_PERSON_IN_CASE}))"
)
_CUSTODY_OF_CASE_LOOKUP = (
    "c.seq IN ("
    "SELECT ce.seq FROM custody ce WHERE ce.object_id IN ("
    " SELECT :case"
    " UNION ALL SELECT id FROM testimonies WHERE case_id = :case"
    " UNION ALL SELECT id FROM notes WHERE case_id = :case"
    " UNION ALL SELECT id FROM sites WHERE case_id = :case"
    # Photos and recordings: their redactions and new versions are the case's custody too.
    " UNION ALL SELECT id FROM media WHERE case_id = :case"
    f" UNION ALL SELECT p.id FROM persons p WHERE {_PERSON_IN_CASE})"
    f" UNION ALL SELECT cd.seq FROM custody cd WHERE {_DETAIL_CASE.replace('detail', 'cd.detail')} = :case)"
)
# From this many testimonies, notes or sites, a case's custody entries are found by the scan.
CUSTODY_SCAN_FROM = 2000


def _custody(row: Any) -> CustodyEntry:
    return CustodyEntry(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6]), row[7], row[8])


class RecordsMixin(VaultBase):
    # --- ids -----------------------------------------------------------------------------------

    def resolve_id(self, kind: RecordKind, text: str) -> str:
        """A full id, or a unique prefix of at least six characters, to the full id."""
        table = _TABLES[kind]
        text = text.strip().lower()
        row = self.conn.execute(f"SELECT id FROM {table} WHERE id = ?", (text,)).fetchone()
        if row:
            return str(row[0])
        if len(text) >= MIN_ID_PREFIX and re.fullmatch(r"[0-9a-f-]+", text):
            rows = self.conn.execute(
                f"SELECT id FROM {table} WHERE id LIKE ? LIMIT 2",
                (text + "%",),
            ).fetchall()
            if len(rows) == 1:
                return str(rows[0][0])
            if len(rows) > 1:
                raise InvalidInput(f"id prefix {text!r} matches more than one {kind.value}")
        raise NotFound(f"no {kind.value} with id {text!r}")

    def _new_stamp(self) -> Stamp:
        now = now_utc()
        return Stamp(self.author, now, now)

    # --- search index --------------------------------------------------------------------------

    def search(self, query: str, limit: int = 50, case_id: str | None = None) -> list[SearchHit]:
        hits = []
        for kind, item_id, hit_case in self.search_index.find(query, limit, case_id):
            title, body = self._describe(kind, item_id)
            hits.append(SearchHit(kind, item_id, hit_case, title, search.find_snippet(body, query)))
        return hits

    def _describe(self, kind: RecordKind, item_id: str) -> tuple[str, str]:
        if kind is RecordKind.CASE:
            c = self.get_case(item_id)
            return c.title, c.description or c.title
        if kind is RecordKind.PERSON:
            p = self.get_person(item_id)
            return p.full_name, " ".join((p.full_name, *p.aliases, *p.transliterations, p.notes))
        if kind is RecordKind.TESTIMONY:
            t = self.get_testimony(item_id)
            return f"Testimony of {self.get_person(t.person_id).full_name}", t.transcript
        if kind is RecordKind.NOTE:
            n = self.get_note(item_id)
            return "Private note" if n.private else "Note", n.text
        if kind is RecordKind.SITE:
            s = self.get_site(item_id)
            return s.name, " ".join((s.name, s.town, s.province))
        row = self.conn.execute("SELECT original_name, caption FROM media WHERE id = ?", (item_id,)).fetchone()
        return (row[0] or "media", row[1] or "") if row else ("media", "")

    # --- cases ---------------------------------------------------------------------------------

    def add_case(
        self,
        title: str,
        description: str = "",
        status: CaseStatus = CaseStatus.OPEN,
        tags: Iterable[str] = (),
    ) -> Case:
        case = Case(
            str(uuid.uuid4()),
            _required(title, "case title"),
            description.strip(),
            status,
            _clean_list(tags),
            self._new_stamp(),
        )
        with db.transaction(self.conn):
            self.conn.execute(*tables.CASES.insert(tables.case_row(case)))
            self.search_index.put(case)
            self.log(Action.CREATE, "case", case.id)
        return case

    def get_case(self, case_id: str) -> Case:
        row = self.conn.execute(f"SELECT {tables.CASES.select()} FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            raise NotFound(f"no case with id {case_id!r}")
        return _case(row)

    def list_cases(self, *, offset: int = 0, limit: int | None = None) -> list[Case]:
        """Cases oldest first; ``offset``/``limit`` select a page (default: all of them)."""
        sql = f"SELECT {tables.CASES.select()} FROM cases ORDER BY created, id{_PAGE}"
        return [_case(r) for r in self.conn.execute(sql, page_params(offset, limit))]

    def edit_case(self, case_id: str, **changes: Any) -> Case:
        case = self.get_case(case_id)
        allowed = {"title", "description", "status", "tags"}
        unknown = set(changes) - allowed
        if unknown:
            raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))} of a case")
        if "title" in changes:
            changes["title"] = _required(changes["title"], "case title")
        if "tags" in changes:
            changes["tags"] = _clean_list(changes["tags"])
        new = replace(case, **changes, stamp=replace(case.stamp, modified=now_utc()))
        with db.transaction(self.conn):
            self.conn.execute(
                *tables.CASES.update(tables.case_row(new), ("title", "description", "status", "tags", "modified"))
            )
            self.search_index.put(new)
            self.log(Action.EDIT, "case", new.id, {"fields": sorted(changes)})
        return new

    # --- persons -------------------------------------------------------------------------------

    def _check_pseudonym_free(self, pseudonym: str, person_id: str = "") -> None:
        """A label names one person only: not another current person, nor a deleted one whose
        identifiers exports still replace by it (identities.py), or a dossier would merge the two."""
        if self.conn.execute(
            "SELECT 1 FROM persons WHERE pseudonym = ? AND id != ?", (pseudonym, person_id)
        ).fetchone():
            raise InvalidInput(f"the pseudonym {pseudonym!r} is already used by another person")
        if pseudonym in identities.taken_pseudonyms(self.conn):
            raise InvalidInput(
                f"the pseudonym {pseudonym!r} belonged to a deleted person whose names exports still replace by it;"
                " choose another"
            )

    def suggest_pseudonym(self, role: Role) -> str:
        prefix = "Source" if role is Role.SOURCE else role.value.capitalize()
        taken = {r[0] for r in self.conn.execute("SELECT pseudonym FROM persons")}
        taken |= identities.taken_pseudonyms(self.conn)
        n = 0
        while f"{prefix} {_letters(n)}" in taken:
            n += 1
        return f"{prefix} {_letters(n)}"

    def add_person(
        self,
        full_name: str,
        aliases: Iterable[str] = (),
        transliterations: Iterable[str] = (),
        phones: Iterable[str] = (),
        emails: Iterable[str] = (),
        nationality: str = "",
        languages: Iterable[str] = (),
        role: Role = Role.SOURCE,
        protected: bool = True,
        pseudonym: str | None = None,
        consent: Consent | None = None,
        risk: RiskLevel = RiskLevel.UNKNOWN,
        notes: str = "",
        tags: Iterable[str] = (),
        case_id: str | None = None,
    ) -> Person:
        if case_id is not None:
            self.get_case(case_id)
        consent = consent or Consent()
        pseudonym = (pseudonym or "").strip() or self.suggest_pseudonym(role)
        self._check_pseudonym_free(pseudonym)
        person = Person(
            str(uuid.uuid4()),
            _required(full_name, "name"),
            _clean_list(aliases),
            _clean_list(transliterations),
            _phones(phones),
            _emails(emails),
            nationality.strip(),
            _clean_list(languages),
            role,
            protected,
            pseudonym,
            consent,
            risk,
            notes,
            _clean_list(tags),
            self._new_stamp(),
        )
        with db.transaction(self.conn):
            self._write_person(person, insert=True)
            if case_id is not None:
                self.link_person(case_id, person.id)
            self.log(Action.CREATE, "person", person.id)
        return person

    def _write_person(self, p: Person, insert: bool) -> None:
        row = tables.person_row(p)
        if insert:
            self.conn.execute(*tables.PERSONS.insert(row))
        else:
            # Everything but the identity and the creation stamp.
            names = [n for n in tables.PERSONS.names if n not in ("id", "author", "created")]
            self.conn.execute(*tables.PERSONS.update(row, names))
        self.search_index.put(p)
        identities.remember(self.conn, p)

    def get_person(self, person_id: str) -> Person:
        row = self.conn.execute(f"SELECT {tables.PERSONS.select()} FROM persons WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise NotFound(f"no person with id {person_id!r}")
        return _person(row)

    def edit_person(self, person_id: str, *, forget_identifiers: bool = False, **changes: Any) -> Person:
        """Change a person. Old identifiers of a protected person stay remembered (identities.py);
        making a protected person public needs ``forget_identifiers``: their names may then appear
        in exports, so what the vault remembers of them is forgotten, in the custody log."""
        person = self.get_person(person_id)
        going_public = person.protected and changes.get("protected") is False
        if going_public and not forget_identifiers:
            raise InvalidInput(
                "making a protected person public lets their name appear in exports and forgets every former"
                " name, alias, phone and e-mail kept for redaction; confirm with --forget-identifiers"
            )
        validators: dict[str, Callable[[Any], Any]] = {
            "full_name": lambda v: _required(v, "name"),
            "aliases": _clean_list,
            "transliterations": _clean_list,
            "phones": _phones,
            "emails": _emails,
            "languages": _clean_list,
            "tags": _clean_list,
        }
        for key, value in list(changes.items()):
            if not hasattr(person, key) or key in {"id", "stamp"}:
                raise InvalidInput(f"cannot edit {key} of a person")
            if key in validators:
                changes[key] = validators[key](value)
        if "pseudonym" in changes:
            changes["pseudonym"] = _required(changes["pseudonym"], "pseudonym")
            self._check_pseudonym_free(changes["pseudonym"], person_id)
        new = replace(person, **changes, stamp=replace(person.stamp, modified=now_utc()))
        with db.transaction(self.conn):
            if going_public:
                self._forget_identifiers(person_id, "made public")
            self._write_person(new, insert=False)
            self.log(Action.EDIT, "person", new.id, {"fields": sorted(changes)})
        return new

    def _forget_identifiers(self, person_id: str, why: str) -> int:
        forgotten = identities.forget(self.conn, person_id)
        # Counts only: the custody log never holds the identifiers themselves.
        self.log(Action.FORGET_IDENTIFIERS, "person", person_id, {"identifiers": forgotten, "why": why})
        return forgotten

    def forget_deleted_person(self, person_id: str) -> int:
        """Forget the redaction tombstone of a person deleted earlier (explicit act, logged)."""
        if self.conn.execute("SELECT 1 FROM persons WHERE id = ?", (person_id,)).fetchone():
            raise InvalidInput("the person still exists: delete it with --forget-identifiers")
        with db.transaction(self.conn):
            forgotten = self._forget_identifiers(person_id, "tombstone forgotten")
        if not forgotten:
            raise NotFound(f"nothing is remembered about a person with id {person_id!r}")
        return forgotten

    def list_persons(self, case_id: str | None = None, *, offset: int = 0, limit: int | None = None) -> list[Person]:
        """Persons oldest first, of the whole vault or those ``case_id`` names (linked to it, or named
        by its testimonies or notes); ``offset``/``limit`` select a page (default: all of them)."""
        params = page_params(offset, limit)
        where = ""
        if case_id is not None:
            self.get_case(case_id)
            where = f" WHERE {_PERSON_IN_CASE}"
            params["case"] = case_id
        sql = f"SELECT {tables.PERSONS.select('p')} FROM persons p{where} ORDER BY p.created, p.id{_PAGE}"
        return [_person(r) for r in self.conn.execute(sql, params)]

    def person_in_case(self, case_id: str, person_id: str) -> bool:
        """Whether the person belongs to the case (linked, or named by its testimonies or notes)."""
        sql = f"SELECT 1 FROM persons p WHERE p.id = :person AND {_PERSON_IN_CASE}"
        return self.conn.execute(sql, {"case": case_id, "person": person_id}).fetchone() is not None

    def link_person(self, case_id: str, person_id: str) -> None:
        self.conn.execute("INSERT OR IGNORE INTO case_persons(case_id, person_id) VALUES (?, ?)", (case_id, person_id))

    # --- testimonies ---------------------------------------------------------------------------

    def add_testimony(
        self,
        case_id: str,
        person_id: str,
        transcript: str,
        interview_date: dt.date | None = None,
        place: str = "",
        interviewer: str = "",
        interpreter: str = "",
        language: str = "",
        summary: str = "",
        tags: Iterable[str] = (),
    ) -> Testimony:
        self.get_case(case_id)
        self.get_person(person_id)
        if not transcript.strip():
            raise InvalidInput("the transcript is empty")
        t = Testimony(
            str(uuid.uuid4()),
            case_id,
            person_id,
            interview_date,
            place.strip(),
            interviewer.strip(),
            interpreter.strip(),
            language.strip(),
            transcript,
            summary,
            (),
            1,
            _clean_list(tags),
            (),
            self._new_stamp(),
        )
        with db.transaction(self.conn):
            self.conn.execute(*tables.TESTIMONIES.insert(tables.testimony_row(t)))
            self.link_person(case_id, person_id)
            self.search_index.put(t)
            self.log(Action.CREATE, "testimony", t.id, {"case": case_id, "person": person_id})
        return t

    def get_testimony(self, testimony_id: str) -> Testimony:
        row = self.conn.execute(
            f"SELECT {_TESTIMONY_COLUMNS} FROM testimonies t WHERE t.id = ?", (testimony_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no testimony with id {testimony_id!r}")
        return _testimony(row)

    def list_testimonies(
        self, case_id: str | None = None, *, offset: int = 0, limit: int | None = None
    ) -> list[Testimony]:
        """Testimonies oldest first, of the vault or of ``case_id``; ``offset``/``limit`` select a page
        (default: all of them)."""
        return [
            _testimony(r) for r in self._listing_page(tables.TESTIMONIES, _TESTIMONY_COLUMNS, case_id, offset, limit)
        ]

    def _listing_page(
        self, table: tables.Table, columns: str, case_id: str | None, offset: int, limit: int | None
    ) -> list[Any]:
        """One page of ``table`` (aliased ``t``) in (created, id) order, of one case or of the vault."""
        params = page_params(offset, limit)
        where = ""
        if case_id is not None:
            self.get_case(case_id)
            where = " WHERE t.case_id = :case"
            params["case"] = case_id
        sql = f"SELECT {columns} FROM {table.name} t{where} ORDER BY t.created, t.id{_PAGE}"
        return self.conn.execute(sql, params).fetchall()

    def list_custody(
        self,
        object_id: str | None = None,
        *,
        case_id: str | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[CustodyEntry]:
        """Custody entries in log order: all of them, those of one record (``object_id``) and/or
        those of a case (``case_id``: see ``_CUSTODY_OF_CASE``); ``offset``/``limit`` select a page
        (default: all of them). ``custody_entries`` still streams the whole log for the chain check."""
        params = page_params(offset, limit)
        conditions = []
        if object_id is not None:
            conditions.append("c.object_id = :object")
            params["object"] = object_id
        if case_id is not None:
            self.get_case(case_id)
            # With object_id, the object index already narrows the entries to one record's.
            if object_id is not None or self._case_size_reaches(case_id, CUSTODY_SCAN_FROM):
                conditions.append(_CUSTODY_OF_CASE)
            else:
                conditions.append(_CUSTODY_OF_CASE_LOOKUP)
            params["case"] = case_id
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        sql = f"SELECT {_CUSTODY_COLUMNS} FROM custody c{where} ORDER BY c.seq{_PAGE}"
        return [_custody(r) for r in self.conn.execute(sql, params)]

    def _case_size_reaches(self, case_id: str, size: int) -> bool:
        """Whether the case holds at least ``size`` testimonies, notes and sites; reads at most
        ``size`` index entries, however big the case."""
        held = self.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM testimonies WHERE case_id = :case"
            " UNION ALL SELECT 1 FROM notes WHERE case_id = :case"
            " UNION ALL SELECT 1 FROM sites WHERE case_id = :case LIMIT :size)",
            {"case": case_id, "size": size},
        ).fetchone()[0]
        return int(held) >= size

    def edit_testimony(self, testimony_id: str, **changes: Any) -> Testimony:
        """Change a testimony, keeping its current state as a revision first."""
        current = self.get_testimony(testimony_id)
        editable = {
            "transcript",
            "summary",
            "interview_date",
            "place",
            "interviewer",
            "interpreter",
            "language",
            "tags",
            "redacted_spans",
            "person_id",
        }
        unknown = set(changes) - editable
        if unknown:
            raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))} of a testimony")
        if "transcript" in changes and not changes["transcript"].strip():
            raise InvalidInput("the transcript is empty")
        if "tags" in changes:
            changes["tags"] = _clean_list(changes["tags"])
        if "person_id" in changes:
            self.get_person(changes["person_id"])
        new = replace(
            current,
            **changes,
            revision=current.revision + 1,
            stamp=replace(current.stamp, modified=now_utc(), author=self.author),
        )
        reviews = self.mark_reviews(testimony_id)
        mark_detail: dict[str, int] = {}
        if "transcript" in changes and "redacted_spans" not in changes and new.transcript != current.transcript:
            # Each mark follows its words into the new text (marks.py); dropped and changed ones are
            # reported by the caller (it can compute the same re-anchoring first) and counted here.
            moved = marks.reanchor(current.transcript, new.transcript, current.redacted_spans, reviews)
            new = replace(new, redacted_spans=moved.spans)
            reviews = moved.review
            mark_detail = {"marks_dropped": len(moved.dropped), "marks_to_review": len(moved.flagged)}
        else:
            reviews = tuple(r for r in reviews if any(r.start < s.end and s.start < r.end for s in new.redacted_spans))
        _check_spans(new.transcript, new.redacted_spans)
        with db.transaction(self.conn):
            self._set_mark_reviews(new.id, reviews)
            snapshot = tables.testimony_snapshot(current)
            self.conn.execute(
                "INSERT INTO testimony_revisions(testimony_id, revision, snapshot, author, saved)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    current.id,
                    current.revision,
                    json.dumps(snapshot, ensure_ascii=False),
                    current.stamp.author,
                    current.stamp.modified,
                ),
            )
            # Everything but the identity, the case and the creation time (the author is the editor's).
            names = [n for n in tables.TESTIMONIES.names if n not in ("id", "case_id", "created")]
            self.conn.execute(*tables.TESTIMONIES.update(tables.testimony_row(new), names))
            self.search_index.put(new)
            detail: dict[str, Any] = {"fields": sorted(changes), "revision": new.revision, **mark_detail}
            self.log(Action.EDIT, "testimony", new.id, detail)
        return new

    def mark_redacted(self, testimony_id: str, start: int, end: int) -> Testimony:
        """Add a redaction mark. Marking over a mark flagged for review confirms it (clears the flag)."""
        t = self.get_testimony(testimony_id)
        spans = marks.merge_spans([*t.redacted_spans, Span(start, end)])
        _check_spans(t.transcript, spans)
        with db.transaction(self.conn):
            reviews = self.mark_reviews(testimony_id)
            edited = self.edit_testimony(testimony_id, redacted_spans=spans)
            self._set_mark_reviews(testimony_id, [r for r in reviews if not (r.start < end and start < r.end)])
        return edited

    def unmark_redacted(self, testimony_id: str, start: int, end: int) -> Testimony:
        """Remove the one redaction mark START-END (exactly as ``testimony show`` lists it)."""
        t = self.get_testimony(testimony_id)
        target = Span(start, end)
        if target not in t.redacted_spans:
            marked = ", ".join(f"{s.start}-{s.end}" for s in t.redacted_spans) or "none"
            raise InvalidInput(f"the testimony has no redaction mark {start}-{end} (its marks: {marked})")
        return self.edit_testimony(testimony_id, redacted_spans=tuple(s for s in t.redacted_spans if s != target))

    def mark_reviews(self, testimony_id: str) -> tuple[Span, ...]:
        """Marks an edit kept over changed words: the researcher should check what they cover now."""
        rows = self.conn.execute(
            "SELECT start, end FROM mark_reviews WHERE testimony_id = ? ORDER BY start, end", (testimony_id,)
        )
        return tuple(Span(int(a), int(b)) for a, b in rows)

    def _set_mark_reviews(self, testimony_id: str, spans: Iterable[Span]) -> None:
        self.conn.execute("DELETE FROM mark_reviews WHERE testimony_id = ?", (testimony_id,))
        for span in spans:
            self.conn.execute(
                "INSERT OR IGNORE INTO mark_reviews(testimony_id, start, end) VALUES (?, ?, ?)",
                (testimony_id, span.start, span.end),
            )

    def testimony_history(self, testimony_id: str) -> list[TestimonyRevision]:
        current = self.get_testimony(testimony_id)
        revisions = [
            TestimonyRevision(testimony_id, int(r[0]), json.loads(r[1]), r[2], r[3])
            for r in self.conn.execute(
                "SELECT revision, snapshot, author, saved FROM testimony_revisions WHERE testimony_id = ?"
                " ORDER BY revision",
                (testimony_id,),
            )
        ]
        revisions.append(
            TestimonyRevision(
                testimony_id,
                current.revision,
                tables.testimony_snapshot(current),
                current.stamp.author,
                current.stamp.modified,
            )
        )
        return revisions

    # --- notes and sites -----------------------------------------------------------------------

    def add_note(
        self,
        case_id: str,
        text: str,
        person_id: str | None = None,
        private: bool = False,
        tags: Iterable[str] = (),
    ) -> Note:
        self.get_case(case_id)
        if person_id is not None:
            self.get_person(person_id)
        if not text.strip():
            raise InvalidInput("the note is empty")
        note = Note(str(uuid.uuid4()), case_id, person_id, text, private, _clean_list(tags), self._new_stamp())
        with db.transaction(self.conn):
            self.conn.execute(*tables.NOTES.insert(tables.note_row(note)))
            self.search_index.put(note)
            self.log(Action.CREATE, "note", note.id, {"case": case_id, "private": private})
        return note

    def get_note(self, note_id: str) -> Note:
        row = self.conn.execute(f"SELECT {tables.NOTES.select()} FROM notes WHERE id = ?", (note_id,)).fetchone()
        if row is None:
            raise NotFound(f"no note with id {note_id!r}")
        return _note(row)

    def list_notes(self, case_id: str | None = None, *, offset: int = 0, limit: int | None = None) -> list[Note]:
        """Notes oldest first, of the vault or of ``case_id``; ``offset``/``limit`` select a page
        (default: all of them)."""
        return [_note(r) for r in self._listing_page(tables.NOTES, tables.NOTES.select("t"), case_id, offset, limit)]

    def edit_note(self, note_id: str, **changes: Any) -> Note:
        """Change a note's text, person, privacy or tags. A note stays in its case."""
        note = self.get_note(note_id)
        unknown = set(changes) - {"text", "person_id", "private", "tags"}
        if unknown:
            raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))} of a note")
        if "text" in changes and not changes["text"].strip():
            raise InvalidInput("the note is empty")
        if changes.get("person_id") is not None:
            self.get_person(changes["person_id"])
        if "private" in changes:
            changes["private"] = bool(changes["private"])
        if "tags" in changes:
            changes["tags"] = _clean_list(changes["tags"])
        new = replace(note, **changes, stamp=replace(note.stamp, modified=now_utc()))
        with db.transaction(self.conn):
            self.conn.execute(
                *tables.NOTES.update(tables.note_row(new), ("text", "person_id", "private", "tags", "modified"))
            )
            self.search_index.put(new)
            # "case" as in the create entry: the case's custody view finds the entry even after a deletion.
            self.log(Action.EDIT, "note", new.id, {"case": new.case_id, "fields": sorted(changes)})
        return new

    def add_site(
        self,
        case_id: str,
        name: str,
        town: str = "",
        province: str = "",
        lat: float | None = None,
        lon: float | None = None,
        sensitive: bool = False,
        tags: Iterable[str] = (),
    ) -> Site:
        self.get_case(case_id)
        check_coordinates(lat, lon)
        site = Site(
            str(uuid.uuid4()),
            case_id,
            _required(name, "site name"),
            town.strip(),
            province.strip(),
            lat,
            lon,
            sensitive,
            _clean_list(tags),
            self._new_stamp(),
        )
        with db.transaction(self.conn):
            self.conn.execute(*tables.SITES.insert(tables.site_row(site)))
            self.search_index.put(site)
            self.log(Action.CREATE, "site", site.id, {"case": case_id})
        return site

    def get_site(self, site_id: str) -> Site:
        row = self.conn.execute(f"SELECT {tables.SITES.select()} FROM sites WHERE id = ?", (site_id,)).fetchone()
        if row is None:
            raise NotFound(f"no site with id {site_id!r}")
        return _site(row)

    def list_sites(self, case_id: str | None = None, *, offset: int = 0, limit: int | None = None) -> list[Site]:
        """Sites oldest first, of the vault or of ``case_id``; ``offset``/``limit`` select a page
        (default: all of them)."""
        return [_site(r) for r in self._listing_page(tables.SITES, tables.SITES.select("t"), case_id, offset, limit)]

    def edit_site(self, site_id: str, **changes: Any) -> Site:
        """Change a site's name, place, coordinates, sensitivity or tags. A site stays in its case."""
        site = self.get_site(site_id)
        unknown = set(changes) - {"name", "town", "province", "lat", "lon", "sensitive", "tags"}
        if unknown:
            raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))} of a site")
        if "name" in changes:
            changes["name"] = _required(changes["name"], "site name")
        for key in ("town", "province"):
            if key in changes:
                changes[key] = changes[key].strip()
        if "sensitive" in changes:
            changes["sensitive"] = bool(changes["sensitive"])
        if "tags" in changes:
            changes["tags"] = _clean_list(changes["tags"])
        new = replace(site, **changes, stamp=replace(site.stamp, modified=now_utc()))
        check_coordinates(new.lat, new.lon)
        with db.transaction(self.conn):
            names = ("name", "town", "province", "lat", "lon", "sensitive", "tags", "modified")
            self.conn.execute(*tables.SITES.update(tables.site_row(new), names))
            self.search_index.put(new)
            self.log(Action.EDIT, "site", new.id, {"case": new.case_id, "fields": sorted(changes)})
        return new

    # --- deleting ------------------------------------------------------------------------------

    def delete_refusal(self, kind: RecordKind, record_id: str) -> str | None:
        """Why ``delete_record`` would refuse this record, or ``None`` if it may be deleted.

        Cases that still hold records and persons that testimonies or notes still name are never
        deleted: the records pointing at them would lose their case or their author.
        """
        if kind is RecordKind.MEDIA:
            return "media items are deleted through the media service"
        table = _TABLES[kind]
        if not self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone():
            raise NotFound(f"no {kind.value} with id {record_id!r}")
        if kind is RecordKind.CASE:
            counts = {
                t: self.conn.execute(f"SELECT count(*) FROM {t} WHERE case_id = ?", (record_id,)).fetchone()[0]
                for t in ("testimonies", "notes", "sites", "media")
            }
            if any(counts.values()):
                return f"the case still holds {_count_list(counts)}; delete those first"
        if kind is RecordKind.PERSON:
            counts = {
                t: self.conn.execute(f"SELECT count(*) FROM {t} WHERE person_id = ?", (record_id,)).fetchone()[0]
                for t in ("testimonies", "notes")
            }
            if any(counts.values()):
                return (
                    f"the person is named in {_count_list(counts)}; delete those or give them to another person first"
                )
        return None

    def delete_record(self, kind: RecordKind, record_id: str, *, forget_identifiers: bool = False) -> None:
        """Delete one record. Cases and persons that other records still point at are refused.

        A protected person's identifiers stay remembered as its redaction tombstone unless
        ``forget_identifiers`` is given (the explicit act; logged)."""
        if forget_identifiers and kind is not RecordKind.PERSON:
            raise InvalidInput("--forget-identifiers only applies to a person")
        refusal = self.delete_refusal(kind, record_id)
        if refusal is not None:
            raise InvalidInput(refusal)
        table = _TABLES[kind]
        detail: dict[str, Any] = {}
        if kind in (RecordKind.TESTIMONY, RecordKind.NOTE, RecordKind.SITE):
            # Keep the case in the entry: the record is gone, but the case's custody view still shows
            # that it was deleted.
            row = self.conn.execute(f"SELECT case_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
            detail["case"] = row[0]
        with db.transaction(self.conn):
            if kind is RecordKind.PERSON:
                if forget_identifiers:
                    self._forget_identifiers(record_id, "deleted")
                else:
                    kept = identities.remembered(self.conn, record_id)
                    detail["identifiers_kept"] = kept[0].count if kept else 0
            self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
            self.search_index.drop(record_id)
            self.log(Action.DELETE, kind.value, record_id, detail)


_SINGULAR = {"testimonies": "testimony", "notes": "note", "sites": "site", "media": "media item"}
_PLURAL = {"testimonies": "testimonies", "notes": "notes", "sites": "sites", "media": "media items"}


def _count_list(counts: dict[str, int]) -> str:
    """``{"testimonies": 2, "notes": 1, "sites": 0}`` -> ``"2 testimonies and 1 note"``."""
    parts = [f"{n} {(_SINGULAR if n == 1 else _PLURAL)[t]}" for t, n in counts.items() if n]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def check_coordinates(lat: float | None, lon: float | None) -> None:
    """The one rule for a site's position: adding and editing a site, and the window's site form."""
    if (lat is None) != (lon is None):
        raise InvalidInput("give both latitude and longitude, or neither")
    if lat is not None and not (math.isfinite(lat) and -90 <= lat <= 90):
        raise InvalidInput(f"latitude {lat} is outside -90..90")
    if lon is not None and not (math.isfinite(lon) and -180 <= lon <= 180):
        raise InvalidInput(f"longitude {lon} is outside -180..180")


def _check_spans(text: str, spans: Iterable[Span]) -> None:
    for s in spans:
        if not (0 <= s.start < s.end <= len(text)):
            raise InvalidInput(f"span {s.start}-{s.end} is outside the text (length {len(text)})")
