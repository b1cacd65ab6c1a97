"""Notes on a case (private ones never leave in an export): adding, reading, listing, editing.

Functions over an open vault (``vault`` first), as media_service.py has them."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .. import db, tables
from ..custody import Action
from ..errors import InvalidInput, NotFound
from ..model import (
    Note,
    now_utc,
)
from ..vaultbase import VaultBase
from . import cases, common, persons


def _note(row: Any) -> Note:
    return tables.note_from_row(tables.NOTES.row(row))


def add_note(
    vault: VaultBase,
    case_id: str,
    text: str,
    person_id: str | None = None,
    private: bool = False,
    tags: Iterable[str] = (),
) -> Note:
    cases.get_case(vault, case_id)
    if person_id is not None:
        persons.get_person(vault, person_id)
    if not text.strip():
        raise InvalidInput("the note is empty")
    note = Note(str(uuid.uuid4()), case_id, person_id, text, private, common.clean_list(tags), common.new_stamp(vault))
    with db.transaction(vault.conn):
        vault.conn.execute(*tables.NOTES.insert(tables.note_row(note)))
        vault.search_index.put(note)
        vault.log(Action.CREATE, "note", note.id, {"case": case_id, "private": private})
    return note


def get_note(vault: VaultBase, note_id: str) -> Note:
    row = vault.conn.execute(f"SELECT {tables.NOTES.select()} FROM notes WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise NotFound(f"no note with id {note_id!r}")
    return _note(row)


def list_notes(
    vault: VaultBase, case_id: str | None = None, *, offset: int = 0, limit: int | None = None
) -> list[Note]:
    """Notes oldest first, of the vault or of ``case_id``; ``offset``/``limit`` select a page
    (default: all of them)."""
    return [
        _note(r) for r in common.listing_page(vault, tables.NOTES, tables.NOTES.select("t"), case_id, offset, limit)
    ]


def edit_note(vault: VaultBase, note_id: str, **changes: Any) -> Note:
    """Change a note's text, person, privacy or tags. A note stays in its case."""
    note = get_note(vault, note_id)
    unknown = set(changes) - {"text", "person_id", "private", "tags"}
    if unknown:
        raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))} of a note")
    if "text" in changes and not changes["text"].strip():
        raise InvalidInput("the note is empty")
    if changes.get("person_id") is not None:
        persons.get_person(vault, changes["person_id"])
    if "private" in changes:
        changes["private"] = bool(changes["private"])
    if "tags" in changes:
        changes["tags"] = common.clean_list(changes["tags"])
    new = replace(note, **changes, stamp=replace(note.stamp, modified=now_utc()))
    with db.transaction(vault.conn):
        vault.conn.execute(
            *tables.NOTES.update(tables.note_row(new), ("text", "person_id", "private", "tags", "modified"))
        )
        vault.search_index.put(new)
        # "case" as in the create entry: the case's custody view finds the entry even after a deletion.
        vault.log(Action.EDIT, "note", new.id, {"case": new.case_id, "fields": sorted(changes)})
    return new
