"""Testimonies: adding, reading, listing and editing them. Every edit keeps the state before it as
a revision; redaction marks follow their words through an edit (marks.py) or are flagged for review.

Functions over an open vault (``vault`` first), as media_service.py has them."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .. import db, marks, tables
from ..custody import Action
from ..errors import InvalidInput, NotFound
from ..model import (
    Span,
    Testimony,
    TestimonyRevision,
    now_utc,
)
from ..vaultbase import VaultBase
from . import cases, common, persons

# Selected FROM testimonies t; after the table's columns, the JSON list of its attached media ids.
_TESTIMONY_COLUMNS = (
    tables.TESTIMONIES.select("t")
    + ", (SELECT json_group_array(tm.media_id) FROM testimony_media tm WHERE tm.testimony_id = t.id)"
)


def _testimony(row: Any) -> Testimony:
    return tables.testimony_from_row(tables.TESTIMONIES.row(row), json.loads(row[len(tables.TESTIMONIES.columns)]))


def add_testimony(
    vault: VaultBase,
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
    cases.get_case(vault, case_id)
    persons.get_person(vault, person_id)
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
        common.clean_list(tags),
        (),
        common.new_stamp(vault),
    )
    with db.transaction(vault.conn):
        vault.conn.execute(*tables.TESTIMONIES.insert(tables.testimony_row(t)))
        persons.link_person(vault, case_id, person_id)
        vault.search_index.put(t)
        vault.log(Action.CREATE, "testimony", t.id, {"case": case_id, "person": person_id})
    return t


def get_testimony(vault: VaultBase, testimony_id: str) -> Testimony:
    row = vault.conn.execute(
        f"SELECT {_TESTIMONY_COLUMNS} FROM testimonies t WHERE t.id = ?", (testimony_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"no testimony with id {testimony_id!r}")
    return _testimony(row)


def list_testimonies(
    vault: VaultBase, case_id: str | None = None, *, offset: int = 0, limit: int | None = None
) -> list[Testimony]:
    """Testimonies oldest first, of the vault or of ``case_id``; ``offset``/``limit`` select a page
    (default: all of them)."""
    return [
        _testimony(r)
        for r in common.listing_page(vault, tables.TESTIMONIES, _TESTIMONY_COLUMNS, case_id, offset, limit)
    ]


def edit_testimony(vault: VaultBase, testimony_id: str, **changes: Any) -> Testimony:
    """Change a testimony, keeping its current state as a revision first."""
    current = get_testimony(vault, testimony_id)
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
        changes["tags"] = common.clean_list(changes["tags"])
    if "person_id" in changes:
        persons.get_person(vault, changes["person_id"])
    new = replace(
        current,
        **changes,
        revision=current.revision + 1,
        stamp=replace(current.stamp, modified=now_utc(), author=vault.author),
    )
    reviews = mark_reviews(vault, testimony_id)
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
    common.check_spans(new.transcript, new.redacted_spans)
    with db.transaction(vault.conn):
        _set_mark_reviews(vault, new.id, reviews)
        snapshot = tables.testimony_snapshot(current)
        vault.conn.execute(
            "INSERT INTO testimony_revisions(testimony_id, revision, snapshot, author, saved) VALUES (?, ?, ?, ?, ?)",
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
        vault.conn.execute(*tables.TESTIMONIES.update(tables.testimony_row(new), names))
        vault.search_index.put(new)
        detail: dict[str, Any] = {"fields": sorted(changes), "revision": new.revision, **mark_detail}
        vault.log(Action.EDIT, "testimony", new.id, detail)
    return new


def mark_redacted(vault: VaultBase, testimony_id: str, start: int, end: int) -> Testimony:
    """Add a redaction mark. Marking over a mark flagged for review confirms it (clears the flag)."""
    t = get_testimony(vault, testimony_id)
    spans = marks.merge_spans([*t.redacted_spans, Span(start, end)])
    common.check_spans(t.transcript, spans)
    with db.transaction(vault.conn):
        reviews = mark_reviews(vault, testimony_id)
        edited = edit_testimony(vault, testimony_id, redacted_spans=spans)
        _set_mark_reviews(vault, testimony_id, [r for r in reviews if not (r.start < end and start < r.end)])
    return edited


def unmark_redacted(vault: VaultBase, testimony_id: str, start: int, end: int) -> Testimony:
    """Remove the one redaction mark START-END (exactly as ``testimony show`` lists it)."""
    t = get_testimony(vault, testimony_id)
    target = Span(start, end)
    if target not in t.redacted_spans:
        marked = ", ".join(f"{s.start}-{s.end}" for s in t.redacted_spans) or "none"
        raise InvalidInput(f"the testimony has no redaction mark {start}-{end} (its marks: {marked})")
    return edit_testimony(vault, testimony_id, redacted_spans=tuple(s for s in t.redacted_spans if s != target))


def mark_reviews(vault: VaultBase, testimony_id: str) -> tuple[Span, ...]:
    """Marks an edit kept over changed words: the researcher should check what they cover now."""
    rows = vault.conn.execute(
        "SELECT start, end FROM mark_reviews WHERE testimony_id = ? ORDER BY start, end", (testimony_id,)
    )
    return tuple(Span(int(a), int(b)) for a, b in rows)


def _set_mark_reviews(vault: VaultBase, testimony_id: str, spans: Iterable[Span]) -> None:
    vault.conn.execute("DELETE FROM mark_reviews WHERE testimony_id = ?", (testimony_id,))
    for span in spans:
        vault.conn.execute(
            "INSERT OR IGNORE INTO mark_reviews(testimony_id, start, end) VALUES (?, ?, ?)",
            (testimony_id, span.start, span.end),
        )


def testimony_history(vault: VaultBase, testimony_id: str) -> list[TestimonyRevision]:
    current = get_testimony(vault, testimony_id)
    revisions = [
        TestimonyRevision(testimony_id, int(r[0]), json.loads(r[1]), r[2], r[3])
        for r in vault.conn.execute(
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
