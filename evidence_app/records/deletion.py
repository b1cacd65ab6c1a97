"""Deleting records, and the rules that refuse it: a case that still holds records, a person that
testimonies or notes still name. Media items are deleted by media_service.delete_media.

Functions over an open vault (``vault`` first), as media_service.py has them."""

from __future__ import annotations

from typing import Any

from .. import db, identities, tables
from ..custody import Action
from ..errors import InvalidInput, NotFound
from ..model import (
    RecordKind,
)
from ..vaultbase import VaultBase
from . import persons


def delete_refusal(vault: VaultBase, kind: RecordKind, record_id: str) -> str | None:
    """Why ``delete_record`` would refuse this record, or ``None`` if it may be deleted.

    Cases that still hold records and persons that testimonies or notes still name are never
    deleted: the records pointing at them would lose their case or their author.
    """
    if kind is RecordKind.MEDIA:
        return "media items are deleted through the media service"
    table = tables.BY_KIND[kind].name
    if not vault.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone():
        raise NotFound(f"no {kind.value} with id {record_id!r}")
    if kind is RecordKind.CASE:
        counts = {
            t: vault.conn.execute(f"SELECT count(*) FROM {t} WHERE case_id = ?", (record_id,)).fetchone()[0]
            for t in ("testimonies", "notes", "sites", "media")
        }
        if any(counts.values()):
            return f"the case still holds {_count_list(counts)}; delete those first"
    if kind is RecordKind.PERSON:
        counts = {
            t: vault.conn.execute(f"SELECT count(*) FROM {t} WHERE person_id = ?", (record_id,)).fetchone()[0]
            for t in ("testimonies", "notes")
        }
        if any(counts.values()):
            return f"the person is named in {_count_list(counts)}; delete those or give them to another person first"
    return None


def delete_record(vault: VaultBase, kind: RecordKind, record_id: str, *, forget_identifiers: bool = False) -> None:
    """Delete one record. Cases and persons that other records still point at are refused.

    A protected person's identifiers stay remembered as its redaction tombstone unless
    ``forget_identifiers`` is given (the explicit act; logged)."""
    if forget_identifiers and kind is not RecordKind.PERSON:
        raise InvalidInput("--forget-identifiers only applies to a person")
    refusal = delete_refusal(vault, kind, record_id)
    if refusal is not None:
        raise InvalidInput(refusal)
    table = tables.BY_KIND[kind].name
    detail: dict[str, Any] = {}
    if kind in (RecordKind.TESTIMONY, RecordKind.NOTE, RecordKind.SITE):
        # Keep the case in the entry: the record is gone, but the case's custody view still shows
        # that it was deleted.
        row = vault.conn.execute(f"SELECT case_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
        detail["case"] = row[0]
    with db.transaction(vault.conn):
        if kind is RecordKind.PERSON:
            if forget_identifiers:
                persons.forget_identifiers_of(vault, record_id, "deleted")
            else:
                kept = identities.remembered(vault.conn, record_id)
                detail["identifiers_kept"] = kept[0].count if kept else 0
        vault.conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
        vault.search_index.drop(record_id)
        vault.log(Action.DELETE, kind.value, record_id, detail)


_SINGULAR = {"testimonies": "testimony", "notes": "note", "sites": "site", "media": "media item"}


_PLURAL = {"testimonies": "testimonies", "notes": "notes", "sites": "sites", "media": "media items"}


def _count_list(counts: dict[str, int]) -> str:
    """``{"testimonies": 2, "notes": 1, "sites": 0}`` -> ``"2 testimonies and 1 note"``."""
    parts = [f"{n} {(_SINGULAR if n == 1 else _PLURAL)[t]}" for t, n in counts.items() if n]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
