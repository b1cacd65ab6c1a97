"""Sites (places) of a case: adding, reading, listing, editing; a sensitive site's name never
leaves in an export.

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
    Site,
    now_utc,
)
from ..vaultbase import VaultBase
from . import cases, common


def _site(row: Any) -> Site:
    return tables.site_from_row(tables.SITES.row(row))


def add_site(
    vault: VaultBase,
    case_id: str,
    name: str,
    town: str = "",
    province: str = "",
    lat: float | None = None,
    lon: float | None = None,
    sensitive: bool = False,
    tags: Iterable[str] = (),
) -> Site:
    cases.get_case(vault, case_id)
    common.check_coordinates(lat, lon)
    site = Site(
        str(uuid.uuid4()),
        case_id,
        common.required(name, "site name"),
        town.strip(),
        province.strip(),
        lat,
        lon,
        sensitive,
        common.clean_list(tags),
        common.new_stamp(vault),
    )
    with db.transaction(vault.conn):
        vault.conn.execute(*tables.SITES.insert(tables.site_row(site)))
        vault.search_index.put(site)
        vault.log(Action.CREATE, "site", site.id, {"case": case_id})
    return site


def get_site(vault: VaultBase, site_id: str) -> Site:
    row = vault.conn.execute(f"SELECT {tables.SITES.select()} FROM sites WHERE id = ?", (site_id,)).fetchone()
    if row is None:
        raise NotFound(f"no site with id {site_id!r}")
    return _site(row)


def list_sites(
    vault: VaultBase, case_id: str | None = None, *, offset: int = 0, limit: int | None = None
) -> list[Site]:
    """Sites oldest first, of the vault or of ``case_id``; ``offset``/``limit`` select a page
    (default: all of them)."""
    return [
        _site(r) for r in common.listing_page(vault, tables.SITES, tables.SITES.select("t"), case_id, offset, limit)
    ]


def edit_site(vault: VaultBase, site_id: str, **changes: Any) -> Site:
    """Change a site's name, place, coordinates, sensitivity or tags. A site stays in its case."""
    site = get_site(vault, site_id)
    unknown = set(changes) - {"name", "town", "province", "lat", "lon", "sensitive", "tags"}
    if unknown:
        raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))} of a site")
    if "name" in changes:
        changes["name"] = common.required(changes["name"], "site name")
    for key in ("town", "province"):
        if key in changes:
            changes[key] = changes[key].strip()
    if "sensitive" in changes:
        changes["sensitive"] = bool(changes["sensitive"])
    if "tags" in changes:
        changes["tags"] = common.clean_list(changes["tags"])
    new = replace(site, **changes, stamp=replace(site.stamp, modified=now_utc()))
    common.check_coordinates(new.lat, new.lon)
    with db.transaction(vault.conn):
        names = ("name", "town", "province", "lat", "lon", "sensitive", "tags", "modified")
        vault.conn.execute(*tables.SITES.update(tables.site_row(new), names))
        vault.search_index.put(new)
        vault.log(Action.EDIT, "site", new.id, {"case": new.case_id, "fields": sorted(changes)})
    return new
