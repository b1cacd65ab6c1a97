"""Persons: adding, reading, listing, editing, pseudonyms, links to cases, and what the vault
remembers of a protected person's identifiers (identities.py) when they change or are forgotten.

Functions over an open vault (``vault`` first), as media_service.py has them."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from .. import db, identities, tables
from ..custody import Action
from ..errors import InvalidInput, NotFound
from ..model import (
    Consent,
    Person,
    RiskLevel,
    Role,
    now_utc,
)
from ..vaultbase import VaultBase
from . import cases, common

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _letters(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = _LETTERS[r] + out
    return out


# The persons a case names (``p`` is the person row): linked to it, or named by one of its testimonies
# or notes. Each test is an index probe, so the cost does not grow with the case's testimonies.
PERSON_IN_CASE = (
    "(EXISTS (SELECT 1 FROM case_persons cp WHERE cp.case_id = :case AND cp.person_id = p.id)"
    " OR EXISTS (SELECT 1 FROM testimonies pt WHERE pt.person_id = p.id AND pt.case_id = :case)"
    " OR EXISTS (SELECT 1 FROM notes pn WHERE pn.person_id = p.id AND pn.case_id = :case))"
)


def _person(row: Any) -> Person:
    return tables.person_from_row(tables.PERSONS.row(row))


def _check_pseudonym_free(vault: VaultBase, pseudonym: str, person_id: str = "") -> None:
    """A label names one person only: not another current person, nor a deleted one whose
    identifiers exports still replace by it (identities.py), or a dossier would merge the two."""
    if vault.conn.execute("SELECT 1 FROM persons WHERE pseudonym = ? AND id != ?", (pseudonym, person_id)).fetchone():
        raise InvalidInput(f"the pseudonym {pseudonym!r} is already used by another person")
    if pseudonym in identities.taken_pseudonyms(vault.conn):
        raise InvalidInput(
            f"the pseudonym {pseudonym!r} belonged to a deleted person whose names exports still replace by it;"
            " choose another"
        )


def suggest_pseudonym(vault: VaultBase, role: Role) -> str:
    prefix = "Source" if role is Role.SOURCE else role.value.capitalize()
    taken = {r[0] for r in vault.conn.execute("SELECT pseudonym FROM persons")}
    taken |= identities.taken_pseudonyms(vault.conn)
    n = 0
    while f"{prefix} {_letters(n)}" in taken:
        n += 1
    return f"{prefix} {_letters(n)}"


def add_person(
    vault: VaultBase,
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
        cases.get_case(vault, case_id)
    consent = consent or Consent()
    pseudonym = (pseudonym or "").strip() or suggest_pseudonym(vault, role)
    _check_pseudonym_free(vault, pseudonym)
    person = Person(
        str(uuid.uuid4()),
        common.required(full_name, "name"),
        common.clean_list(aliases),
        common.clean_list(transliterations),
        common.phones(phones),
        common.emails(emails),
        nationality.strip(),
        common.clean_list(languages),
        role,
        protected,
        pseudonym,
        consent,
        risk,
        notes,
        common.clean_list(tags),
        common.new_stamp(vault),
    )
    with db.transaction(vault.conn):
        _write_person(vault, person, insert=True)
        if case_id is not None:
            link_person(vault, case_id, person.id)
        vault.log(Action.CREATE, "person", person.id)
    return person


def _write_person(vault: VaultBase, p: Person, insert: bool) -> None:
    row = tables.person_row(p)
    if insert:
        vault.conn.execute(*tables.PERSONS.insert(row))
    else:
        # Everything but the identity and the creation stamp.
        names = [n for n in tables.PERSONS.names if n not in ("id", "author", "created")]
        vault.conn.execute(*tables.PERSONS.update(row, names))
    vault.search_index.put(p)
    identities.remember(vault.conn, p)


def get_person(vault: VaultBase, person_id: str) -> Person:
    row = vault.conn.execute(f"SELECT {tables.PERSONS.select()} FROM persons WHERE id = ?", (person_id,)).fetchone()
    if row is None:
        raise NotFound(f"no person with id {person_id!r}")
    return _person(row)


def edit_person(vault: VaultBase, person_id: str, *, forget_identifiers: bool = False, **changes: Any) -> Person:
    """Change a person. Old identifiers of a protected person stay remembered (identities.py);
    making a protected person public needs ``forget_identifiers``: their names may then appear
    in exports, so what the vault remembers of them is forgotten, in the custody log."""
    person = get_person(vault, person_id)
    going_public = person.protected and changes.get("protected") is False
    if going_public and not forget_identifiers:
        raise InvalidInput(
            "making a protected person public lets their name appear in exports and forgets every former"
            " name, alias, phone and e-mail kept for redaction; confirm with --forget-identifiers"
        )
    validators: dict[str, Callable[[Any], Any]] = {
        "full_name": lambda v: common.required(v, "name"),
        "aliases": common.clean_list,
        "transliterations": common.clean_list,
        "phones": common.phones,
        "emails": common.emails,
        "languages": common.clean_list,
        "tags": common.clean_list,
    }
    for key, value in list(changes.items()):
        if not hasattr(person, key) or key in {"id", "stamp"}:
            raise InvalidInput(f"cannot edit {key} of a person")
        if key in validators:
            changes[key] = validators[key](value)
    if "pseudonym" in changes:
        changes["pseudonym"] = common.required(changes["pseudonym"], "pseudonym")
        _check_pseudonym_free(vault, changes["pseudonym"], person_id)
    new = replace(person, **changes, stamp=replace(person.stamp, modified=now_utc()))
    with db.transaction(vault.conn):
        if going_public:
            forget_identifiers_of(vault, person_id, "made public")
        _write_person(vault, new, insert=False)
        vault.log(Action.EDIT, "person", new.id, {"fields": sorted(changes)})
    return new


def forget_identifiers_of(vault: VaultBase, person_id: str, why: str) -> int:
    forgotten = identities.forget(vault.conn, person_id)
    # Counts only: the custody log never holds the identifiers themselves.
    vault.log(Action.FORGET_IDENTIFIERS, "person", person_id, {"identifiers": forgotten, "why": why})
    return forgotten


def forget_deleted_person(vault: VaultBase, person_id: str) -> int:
    """Forget the redaction tombstone of a person deleted earlier (explicit act, logged)."""
    if vault.conn.execute("SELECT 1 FROM persons WHERE id = ?", (person_id,)).fetchone():
        raise InvalidInput("the person still exists: delete it with --forget-identifiers")
    with db.transaction(vault.conn):
        forgotten = forget_identifiers_of(vault, person_id, "tombstone forgotten")
    if not forgotten:
        raise NotFound(f"nothing is remembered about a person with id {person_id!r}")
    return forgotten


def list_persons(
    vault: VaultBase, case_id: str | None = None, *, offset: int = 0, limit: int | None = None
) -> list[Person]:
    """Persons oldest first, of the whole vault or those ``case_id`` names (linked to it, or named
    by its testimonies or notes); ``offset``/``limit`` select a page (default: all of them)."""
    params = common.page_params(offset, limit)
    where = ""
    if case_id is not None:
        cases.get_case(vault, case_id)
        where = f" WHERE {PERSON_IN_CASE}"
        params["case"] = case_id
    sql = f"SELECT {tables.PERSONS.select('p')} FROM persons p{where} ORDER BY p.created, p.id{common.PAGE}"
    return [_person(r) for r in vault.conn.execute(sql, params)]


def person_in_case(vault: VaultBase, case_id: str, person_id: str) -> bool:
    """Whether the person belongs to the case (linked, or named by its testimonies or notes)."""
    sql = f"SELECT 1 FROM persons p WHERE p.id = :person AND {PERSON_IN_CASE}"
    return vault.conn.execute(sql, {"case": case_id, "person": person_id}).fetchone() is not None


def link_person(vault: VaultBase, case_id: str, person_id: str) -> None:
    vault.conn.execute("INSERT OR IGNORE INTO case_persons(case_id, person_id) VALUES (?, ?)", (case_id, person_id))
