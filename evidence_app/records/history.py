"""Reading the custody log: all of it, one record's entries or a case's (``list_custody``). Writing
it is ``VaultBase.log``, inside the transaction of the change it records.

Functions over an open vault (``vault`` first), as media_service.py has them."""

from __future__ import annotations

import json
from typing import Any

from ..model import (
    CustodyEntry,
)
from ..vaultbase import VaultBase
from . import cases, common, persons

_CUSTODY_COLUMNS = "c.seq, c.at, c.actor, c.action, c.object_kind, c.object_id, c.detail, c.prev_hash, c.hash"


# The case an entry's detail names; indexed as written here (schema V3, custody_case).
DETAIL_CASE = "iif(json_valid(detail), json_extract(detail, '$.case'), NULL)"


# The custody entries of a case: the case's own, those naming the case in their detail (creations,
# edits and deletions of its records, so a deleted record's history stays visible), and those of
# every testimony, note, site and person the case holds now. Two equivalent queries:
# * scan: the log in seq order, each entry tested with index probes; quick while the case's
#   entries are dense in the log (a big case), slow for a small case among many other entries;
# * lookup: the case's record ids, their entries and the entries naming the case, found through
#   the custody indexes; cost follows the size of the case, whatever the size of the log.
_CUSTODY_OF_CASE = (
    "(c.object_id = :case"
    f" OR {DETAIL_CASE.replace('detail', 'c.detail')} = :case"
    " OR EXISTS (SELECT 1 FROM testimonies ct WHERE ct.id = c.object_id AND ct.case_id = :case)"
    " OR EXISTS (SELECT 1 FROM notes cn WHERE cn.id = c.object_id AND cn.case_id = :case)"
    " OR EXISTS (SELECT 1 FROM sites cs WHERE cs.id = c.object_id AND cs.case_id = :case)"
    " OR EXISTS (SELECT 1 FROM media cm WHERE cm.id = c.object_id AND cm.case_id = :case)"
    f" OR EXISTS (SELECT 1 FROM persons p WHERE p.id = c.object_id AND {persons.PERSON_IN_CASE}))"
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
    f" UNION ALL SELECT p.id FROM persons p WHERE {persons.PERSON_IN_CASE})"
    f" UNION ALL SELECT cd.seq FROM custody cd WHERE {DETAIL_CASE.replace('detail', 'cd.detail')} = :case)"
)


# From this many testimonies, notes or sites, a case's custody entries are found by the scan.
CUSTODY_SCAN_FROM = 2000


def _custody(row: Any) -> CustodyEntry:
    return CustodyEntry(row[0], row[1], row[2], row[3], row[4], row[5], json.loads(row[6]), row[7], row[8])


def list_custody(
    vault: VaultBase,
    object_id: str | None = None,
    *,
    case_id: str | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> list[CustodyEntry]:
    """Custody entries in log order: all of them, those of one record (``object_id``) and/or
    those of a case (``case_id``: see ``_CUSTODY_OF_CASE``); ``offset``/``limit`` select a page
    (default: all of them). ``custody_entries`` still streams the whole log for the chain check."""
    params = common.page_params(offset, limit)
    conditions = []
    if object_id is not None:
        conditions.append("c.object_id = :object")
        params["object"] = object_id
    if case_id is not None:
        cases.get_case(vault, case_id)
        # With object_id, the object index already narrows the entries to one record's.
        if object_id is not None or _case_size_reaches(vault, case_id, CUSTODY_SCAN_FROM):
            conditions.append(_CUSTODY_OF_CASE)
        else:
            conditions.append(_CUSTODY_OF_CASE_LOOKUP)
        params["case"] = case_id
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    sql = f"SELECT {_CUSTODY_COLUMNS} FROM custody c{where} ORDER BY c.seq{common.PAGE}"
    return [_custody(r) for r in vault.conn.execute(sql, params)]


def _case_size_reaches(vault: VaultBase, case_id: str, size: int) -> bool:
    """Whether the case holds at least ``size`` testimonies, notes and sites; reads at most
    ``size`` index entries, however big the case."""
    held = vault.conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM testimonies WHERE case_id = :case"
        " UNION ALL SELECT 1 FROM notes WHERE case_id = :case"
        " UNION ALL SELECT 1 FROM sites WHERE case_id = :case LIMIT :size)",
        {"case": case_id, "size": size},
    ).fetchone()[0]
    return int(held) >= size
