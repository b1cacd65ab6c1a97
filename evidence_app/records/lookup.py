"""Finding records: a full id or a unique prefix to the full id, and full-text search (the index
itself is search.SearchIndex).

Functions over an open vault (``vault`` first), as media_service.py has them."""

from __future__ import annotations

import re

from .. import tables
from ..errors import InvalidInput, NotFound
from ..model import (
    RecordKind,
    SearchHit,
)
from ..search import find_snippet
from ..vaultbase import VaultBase
from . import cases, notes, persons, sites, testimonies

MIN_ID_PREFIX = 6


def resolve_id(vault: VaultBase, kind: RecordKind, text: str) -> str:
    """A full id, or a unique prefix of at least six characters, to the full id."""
    table = tables.BY_KIND[kind].name
    text = text.strip().lower()
    row = vault.conn.execute(f"SELECT id FROM {table} WHERE id = ?", (text,)).fetchone()
    if row:
        return str(row[0])
    if len(text) >= MIN_ID_PREFIX and re.fullmatch(r"[0-9a-f-]+", text):
        rows = vault.conn.execute(
            f"SELECT id FROM {table} WHERE id LIKE ? LIMIT 2",
            (text + "%",),
        ).fetchall()
        if len(rows) == 1:
            return str(rows[0][0])
        if len(rows) > 1:
            raise InvalidInput(f"id prefix {text!r} matches more than one {kind.value}")
    raise NotFound(f"no {kind.value} with id {text!r}")


def search(vault: VaultBase, query: str, limit: int = 50, case_id: str | None = None) -> list[SearchHit]:
    hits = []
    for kind, item_id, hit_case in vault.search_index.find(query, limit, case_id):
        title, body = _describe(vault, kind, item_id)
        hits.append(SearchHit(kind, item_id, hit_case, title, find_snippet(body, query)))
    return hits


def _describe(vault: VaultBase, kind: RecordKind, item_id: str) -> tuple[str, str]:
    if kind is RecordKind.CASE:
        c = cases.get_case(vault, item_id)
        return c.title, c.description or c.title
    if kind is RecordKind.PERSON:
        p = persons.get_person(vault, item_id)
        return p.full_name, " ".join((p.full_name, *p.aliases, *p.transliterations, p.notes))
    if kind is RecordKind.TESTIMONY:
        t = testimonies.get_testimony(vault, item_id)
        return f"Testimony of {persons.get_person(vault, t.person_id).full_name}", t.transcript
    if kind is RecordKind.NOTE:
        n = notes.get_note(vault, item_id)
        return "Private note" if n.private else "Note", n.text
    if kind is RecordKind.SITE:
        s = sites.get_site(vault, item_id)
        return s.name, " ".join((s.name, s.town, s.province))
    row = vault.conn.execute("SELECT original_name, caption FROM media WHERE id = ?", (item_id,)).fetchone()
    return (row[0] or "media", row[1] or "") if row else ("media", "")
