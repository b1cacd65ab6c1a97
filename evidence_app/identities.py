"""Identity memory: a protected person's identifiers are never forgotten by ordinary work.

Redaction can only hide what the vault knows. Before this module, the redaction set of an export
was built from today's person records alone, so a rename put the old name back into every export
where a testimony still said it, and deleting a protected person took all of their identifiers out
of the redaction set and the leak gate.

Now every name, alias, transliteration, phone and e-mail a protected person has ever had is kept
in ``identity_memory`` (schema V4, inside the encrypted database like every record):

* every write of a protected person (create, edit, transfer merge) adds its current identifiers;
  nothing but ``forget`` removes any;
* deleting a protected person leaves its rows in place: they are its redaction tombstone, with the
  pseudonym it had, so later exports still replace its identifiers by that pseudonym;
* ``forget`` (``delete person ID --forget-identifiers``, or making a person public with the same
  flag) is the only way out, and the caller logs it in the custody log.

``redaction_persons`` is what the export's redactor (and so the leak gate) is built from: current
persons with their remembered identifiers added, plus one protected stand-in per tombstone.
Privacy first: a remembered identifier is redacted even where a public person's current name
happens to contain it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from . import db
from .model import Consent, Person, RiskLevel, Role, Stamp, now_utc


class IdentifierKind(Enum):
    NAME = "name"
    ALIAS = "alias"
    TRANSLITERATION = "transliteration"
    PHONE = "phone"
    EMAIL = "email"


_NAMES = (IdentifierKind.NAME, IdentifierKind.ALIAS, IdentifierKind.TRANSLITERATION)


@dataclass(frozen=True)
class Remembered:
    """Everything remembered about one person (current or deleted)."""

    person_id: str
    pseudonym: str
    names: tuple[str, ...]  # names, aliases and transliterations, oldest first
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    recorded: str  # when the first identifier was remembered

    @property
    def count(self) -> int:
        return len(self.names) + len(self.phones) + len(self.emails)


def _identifiers(person: Person) -> list[tuple[IdentifierKind, str]]:
    out = [(IdentifierKind.NAME, person.full_name)]
    out += [(IdentifierKind.ALIAS, a) for a in person.aliases]
    out += [(IdentifierKind.TRANSLITERATION, t) for t in person.transliterations]
    out += [(IdentifierKind.PHONE, p) for p in person.phones]
    out += [(IdentifierKind.EMAIL, e) for e in person.emails]
    return [(k, v.strip()) for k, v in out if v.strip()]


def remember(conn: db.Connection, person: Person) -> None:
    """Add a protected person's current identifiers (a public person adds nothing). Call inside
    the transaction that writes the person, so the record and its memory commit together."""
    if not person.protected:
        return
    now = now_utc()
    with db.transaction(conn):
        for kind, value in _identifiers(person):
            conn.execute(
                "INSERT OR IGNORE INTO identity_memory(person_id, kind, value, pseudonym, recorded)"
                " VALUES (?, ?, ?, ?, ?)",
                (person.id, kind.value, value, person.pseudonym, now),
            )
        # The tombstone's label follows the person's latest pseudonym.
        conn.execute("UPDATE identity_memory SET pseudonym = ? WHERE person_id = ?", (person.pseudonym, person.id))


def remembered(conn: db.Connection, person_id: str | None = None) -> list[Remembered]:
    """The memory of one person, or of everybody (in the order they were first remembered)."""
    sql = "SELECT person_id, kind, value, pseudonym, recorded FROM identity_memory"
    params: tuple[str, ...] = ()
    if person_id is not None:
        sql += " WHERE person_id = ?"
        params = (person_id,)
    sql += " ORDER BY recorded, rowid"
    groups: dict[str, tuple[str, list[str], list[str], list[str], str]] = {}
    for pid, kind, value, pseudonym, recorded_at in conn.execute(sql, params):
        entry = groups.setdefault(pid, (pseudonym, [], [], [], recorded_at))
        target = {IdentifierKind.PHONE.value: entry[2], IdentifierKind.EMAIL.value: entry[3]}.get(kind, entry[1])
        if value not in target:
            target.append(value)
    return [
        Remembered(pid, pseudonym, tuple(names), tuple(phones), tuple(emails), recorded_at)
        for pid, (pseudonym, names, phones, emails, recorded_at) in groups.items()
    ]


def forget(conn: db.Connection, person_id: str) -> int:
    """Remove everything remembered about one person; returns how many identifiers went. The
    caller must have the user's explicit consent and log it (custody) in the same transaction."""
    with db.transaction(conn):
        cur = conn.execute("DELETE FROM identity_memory WHERE person_id = ?", (person_id,))
    return int(getattr(cur, "rowcount", 0) or 0)


def tombstone_ids(conn: db.Connection, prefix: str) -> list[str]:
    """Ids of deleted persons whose identifiers are still remembered, starting with ``prefix``."""
    rows = conn.execute(
        "SELECT DISTINCT person_id FROM identity_memory m WHERE person_id LIKE ?"
        " AND NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = m.person_id)",
        (prefix.strip().lower() + "%",),
    )
    return [str(r[0]) for r in rows]


def taken_pseudonyms(conn: db.Connection) -> set[str]:
    """Pseudonyms of tombstones: not handed out again, so a label never names two people."""
    rows = conn.execute(
        "SELECT DISTINCT pseudonym FROM identity_memory m"
        " WHERE NOT EXISTS (SELECT 1 FROM persons p WHERE p.id = m.person_id)"
    )
    return {str(r[0]) for r in rows}


def _union(first: Iterable[str], second: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*first, *second]))


def stand_in(memory: Remembered, person_id: str) -> Person:
    """A protected person that holds only remembered identifiers, for the redactor."""
    return Person(
        id=person_id,
        full_name=memory.names[0] if memory.names else "",
        aliases=memory.names[1:],
        transliterations=(),
        phones=memory.phones,
        emails=memory.emails,
        nationality="",
        languages=(),
        role=Role.OTHER,
        protected=True,
        pseudonym=memory.pseudonym,
        consent=Consent(),
        risk=RiskLevel.UNKNOWN,
        notes="",
        tags=(),
        stamp=Stamp("", memory.recorded, memory.recorded),
    )


def redaction_persons(conn: db.Connection, persons: Sequence[Person]) -> list[Person]:
    """``persons`` with every remembered identifier added to the protected ones, plus a protected
    stand-in for every deleted (or since made public) person whose identifiers are remembered."""
    memory = {m.person_id: m for m in remembered(conn)}
    out: list[Person] = []
    for person in persons:
        m = memory.pop(person.id, None)
        if m is None:
            out.append(person)
        elif person.protected:
            extra = [n for n in m.names if n != person.full_name]
            out.append(
                replace(
                    person,
                    aliases=_union(person.aliases, extra),
                    phones=_union(person.phones, m.phones),
                    emails=_union(person.emails, m.emails),
                )
            )
        else:
            # Public now, yet never forgotten (not through this app's commands): privacy first.
            out.append(person)
            out.append(stand_in(m, f"former:{person.id}"))
    out.extend(stand_in(m, m.person_id) for m in memory.values() if m.count)
    return out
