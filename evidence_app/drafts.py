"""Testimony drafts: an unsaved edit kept when the vault locks, offered again after unlock.

A lock (auto-lock, Ctrl+L, screen lock, quick exit) must never turn half-typed text into a
revision the researcher did not ask for: a revision is evidence (it goes into the custody log, into
transfers, and its text is what the next export redacts). So the editor hands its unsaved text,
the redaction marks re-anchored to it, and the edited details to ``keep``, which stores them in
``testimony_drafts`` (schema V4, details V7), inside the encrypted database like every record:
no plaintext file is ever written. After unlock the app offers each draft again; ``discard``
deletes it. One draft per testimony: keeping another replaces it.

The custody log records that a draft was kept or dropped (``draft`` entries with the testimony's
revision it was based on), never its content.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from . import db
from .custody import Action
from .errors import InvalidInput, NotFound
from .model import Span, now_utc
from .vaultbase import VaultBase

# The testimony fields a draft may carry beside its text, as ``edit_testimony`` takes them.
DETAIL_FIELDS = ("person_id", "interview_date", "place", "interviewer", "interpreter", "language", "tags", "summary")


@dataclass(frozen=True)
class Draft:
    testimony_id: str
    base_revision: int  # the testimony's revision the edit started from
    transcript: str
    redacted_spans: tuple[Span, ...]  # the marks, over the draft's text
    details: dict[str, Any]  # changed details only, in edit_testimony's types
    saved: str


def _details_to_json(details: dict[str, Any]) -> str:
    unknown = set(details) - set(DETAIL_FIELDS)
    if unknown:
        raise InvalidInput(f"a draft cannot keep {', '.join(sorted(unknown))}")
    out: dict[str, Any] = {}
    for name, value in details.items():
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[name] = value
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def _details_from_json(text: str) -> dict[str, Any]:
    raw = json.loads(text)
    out: dict[str, Any] = {}
    for name, value in raw.items() if isinstance(raw, dict) else ():
        if name not in DETAIL_FIELDS:
            continue
        if name == "interview_date" and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        elif name == "tags" and isinstance(value, list):
            value = tuple(str(v) for v in value)
        out[name] = value
    return out


def keep(
    vault: VaultBase,
    testimony_id: str,
    transcript: str,
    spans: tuple[Span, ...] | list[Span],
    details: dict[str, Any] | None = None,
    base_revision: int | None = None,
) -> Draft:
    """Store (or replace) the draft of ``testimony_id``; logged. Nothing else changes: the
    testimony, its revisions and its marks stay as they are."""
    row = vault.conn.execute("SELECT revision, case_id FROM testimonies WHERE id = ?", (testimony_id,)).fetchone()
    if row is None:
        raise NotFound(f"no testimony {testimony_id}")
    spans = tuple(sorted(spans, key=lambda s: (s.start, s.end)))
    for s in spans:
        if not (0 <= s.start < s.end <= len(transcript)):
            raise InvalidInput(f"span {s.start}-{s.end} is outside the draft's text (length {len(transcript)})")
    base = int(row[0]) if base_revision is None else base_revision
    saved = now_utc()
    with db.transaction(vault.conn):
        vault.conn.execute(
            "INSERT OR REPLACE INTO testimony_drafts(testimony_id, base_revision, transcript, redacted_spans, saved,"
            " details) VALUES (?, ?, ?, ?, ?, ?)",
            (
                testimony_id,
                base,
                transcript,
                json.dumps([[s.start, s.end] for s in spans]),
                saved,
                _details_to_json(details or {}),
            ),
        )
        detail = {"draft": "kept", "base_revision": base, "case": str(row[1])}
        vault.log(Action.DRAFT, "testimony", testimony_id, detail)
    return Draft(testimony_id, base, transcript, spans, dict(details or {}), saved)


def _draft(row: Any) -> Draft:
    spans = tuple(Span(int(a), int(b)) for a, b in json.loads(row[3]))
    return Draft(str(row[0]), int(row[1]), str(row[2]), spans, _details_from_json(str(row[5])), str(row[4]))


_COLUMNS = "testimony_id, base_revision, transcript, redacted_spans, saved, details"


def get(vault: VaultBase, testimony_id: str) -> Draft | None:
    row = vault.conn.execute(
        f"SELECT {_COLUMNS} FROM testimony_drafts WHERE testimony_id = ?",  # noqa: S608 (fixed columns)
        (testimony_id,),
    ).fetchone()
    return None if row is None else _draft(row)


def pending(vault: VaultBase) -> list[Draft]:
    """Every kept draft, oldest first (what the app offers after unlock)."""
    rows = vault.conn.execute(f"SELECT {_COLUMNS} FROM testimony_drafts ORDER BY saved, testimony_id")  # noqa: S608
    return [_draft(r) for r in rows]


def discard(vault: VaultBase, testimony_id: str, why: str = "discarded") -> bool:
    """Delete the draft (the researcher discarded it, or saved it as a revision: ``why``); logged.
    False if there was none."""
    case = vault.conn.execute("SELECT case_id FROM testimonies WHERE id = ?", (testimony_id,)).fetchone()
    with db.transaction(vault.conn):
        cur = vault.conn.execute("DELETE FROM testimony_drafts WHERE testimony_id = ?", (testimony_id,))
        gone = bool(getattr(cur, "rowcount", 0))
        if gone:
            detail = {"draft": why} if case is None else {"draft": why, "case": str(case[0])}
            vault.log(Action.DRAFT, "testimony", testimony_id, detail)
    return gone
