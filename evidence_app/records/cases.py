"""Cases: adding, reading, listing and editing them (deleting: deletion.py).

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
    Case,
    CaseStatus,
    now_utc,
)
from ..vaultbase import VaultBase
from . import common


def _case(row: Any) -> Case:
    return tables.case_from_row(tables.CASES.row(row))


def add_case(
    vault: VaultBase,
    title: str,
    description: str = "",
    status: CaseStatus = CaseStatus.OPEN,
    tags: Iterable[str] = (),
) -> Case:
    case = Case(
        str(uuid.uuid4()),
        common.required(title, "case title"),
        description.strip(),
        status,
        common.clean_list(tags),
        common.new_stamp(vault),
    )
    with db.transaction(vault.conn):
        vault.conn.execute(*tables.CASES.insert(tables.case_row(case)))
        vault.search_index.put(case)
        vault.log(Action.CREATE, "case", case.id)
    return case


def get_case(vault: VaultBase, case_id: str) -> Case:
    row = vault.conn.execute(f"SELECT {tables.CASES.select()} FROM cases WHERE id = ?", (case_id,)).fetchone()
    if row is None:
        raise NotFound(f"no case with id {case_id!r}")
    return _case(row)


def list_cases(vault: VaultBase, *, offset: int = 0, limit: int | None = None) -> list[Case]:
    """Cases oldest first; ``offset``/``limit`` select a page (default: all of them)."""
    sql = f"SELECT {tables.CASES.select()} FROM cases ORDER BY created, id{common.PAGE}"
    return [_case(r) for r in vault.conn.execute(sql, common.page_params(offset, limit))]


def edit_case(vault: VaultBase, case_id: str, **changes: Any) -> Case:
    case = get_case(vault, case_id)
    allowed = {"title", "description", "status", "tags"}
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))} of a case")
    if "title" in changes:
        changes["title"] = common.required(changes["title"], "case title")
    if "tags" in changes:
        changes["tags"] = common.clean_list(changes["tags"])
    new = replace(case, **changes, stamp=replace(case.stamp, modified=now_utc()))
    with db.transaction(vault.conn):
        vault.conn.execute(
            *tables.CASES.update(tables.case_row(new), ("title", "description", "status", "tags", "modified"))
        )
        vault.search_index.put(new)
        vault.log(Action.EDIT, "case", new.id, {"fields": sorted(changes)})
    return new
