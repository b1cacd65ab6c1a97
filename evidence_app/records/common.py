"""What every record kind shares: input validation (dates, phones, e-mails, coordinates, redaction
spans), paging (every listing is ordered by (created, id) and pages with LIMIT/OFFSET in SQL; the
indexes of schema V3 make a case's page an index-ordered read, so its cost does not grow with the
case) and the stamp of a new record."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from typing import Any

from .. import tables
from ..errors import InvalidInput, NotFound
from ..model import (
    Span,
    Stamp,
    now_utc,
)
from ..vaultbase import VaultBase

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def parse_date(text: str | None, what: str = "date") -> dt.date | None:
    if text is None or text == "":
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"invalid {what} {text!r}: use YYYY-MM-DD") from None


def required(value: str, what: str) -> str:
    value = value.strip()
    if not value:
        raise InvalidInput(f"{what} must not be empty")
    return value


def clean_list(values: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for v in values:
        v = v.strip()
        if v and v not in out:
            out.append(v)
    return tuple(out)


def phones(values: Iterable[str]) -> tuple[str, ...]:
    phones = clean_list(values)
    for p in phones:
        digits = sum(ch.isdigit() for ch in p)
        if digits < 5 or not re.fullmatch(r"[+\d\s().\-/]+", p):
            raise InvalidInput(f"not a phone number: {p!r}")
    return phones


def emails(values: Iterable[str]) -> tuple[str, ...]:
    emails = clean_list(values)
    for e in emails:
        if not _EMAIL.match(e):
            raise InvalidInput(f"not an email address: {e!r}")
    return emails


_SQLITE_MAX = 2**63 - 1


PAGE = " LIMIT :limit OFFSET :offset"


def page_params(offset: int, limit: int | None) -> dict[str, Any]:
    """The ``:offset`` and ``:limit`` parameters of ``PAGE`` (``limit=None``: to the end), checked.

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


def require_case(vault: VaultBase, case_id: str) -> None:
    """NotFound unless the case exists (what ``cases.get_case`` says, without reading the row)."""
    if vault.conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
        raise NotFound(f"no case with id {case_id!r}")


def new_stamp(vault: VaultBase) -> Stamp:
    now = now_utc()
    return Stamp(vault.author, now, now)


def listing_page(
    vault: VaultBase, table: tables.Table, columns: str, case_id: str | None, offset: int, limit: int | None
) -> list[Any]:
    """One page of ``table`` (aliased ``t``) in (created, id) order, of one case or of the vault."""
    params = page_params(offset, limit)
    where = ""
    if case_id is not None:
        require_case(vault, case_id)
        where = " WHERE t.case_id = :case"
        params["case"] = case_id
    sql = f"SELECT {columns} FROM {table.name} t{where} ORDER BY t.created, t.id{PAGE}"
    return vault.conn.execute(sql, params).fetchall()


def check_coordinates(lat: float | None, lon: float | None) -> None:
    """The one rule for a site's position: adding and editing a site, and the window's site form."""
    if (lat is None) != (lon is None):
        raise InvalidInput("give both latitude and longitude, or neither")
    if lat is not None and not (math.isfinite(lat) and -90 <= lat <= 90):
        raise InvalidInput(f"latitude {lat} is outside -90..90")
    if lon is not None and not (math.isfinite(lon) and -180 <= lon <= 180):
        raise InvalidInput(f"longitude {lon} is outside -180..180")


def check_spans(text: str, spans: Iterable[Span]) -> None:
    for s in spans:
        if not (0 <= s.start < s.end <= len(text)):
            raise InvalidInput(f"span {s.start}-{s.end} is outside the text (length {len(text)})")
