"""Identity memory in a transfer package: former names travel with the case.

A protected person's former names, aliases, phones and e-mails live in the sender's
``identity_memory`` (``identities.py``), not in the person's row. A package that carried only the
rows would hand the receiver a person renamed to "Dara Sokha" whose testimony still says "Sok
Dara", and the receiver's export would print the old name (its leak gate knows only what its vault
knows). So records.json carries a ``remembered`` section, and the merge only ever adds it to the
receiver's memory (never removes, never loosens), like every other identifier.

What travels:

* everything remembered about every person in the package (current and former identifiers,
  also of a person made public since: the receiver then redacts them as the sender does);
* redaction tombstones (deleted protected persons, identifiers still remembered) whose names,
  phones or e-mails occur in any text of the package (transcripts and their revisions, notes,
  summaries, captions, site names, document text...), matched exactly as the export's redactor
  matches them. Those are the ones the receiver's exports of this case could print. Tombstones
  that do not occur in the case stay home: a package never hands a colleague the names of sources
  of other cases. (A tombstone has no link to a case any more; the texts are the only honest
  measure of which ones the case needs.)

A package without the section (from an older version) is read as carrying none. An older reader
refuses a package with it ("unknown sections"): it fails closed rather than dropping names.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .. import db, identities
from ..identities import IdentifierKind
from ..model import now_utc
from ..redaction.engine import DEFAULT_REGIONS
from ..redaction.normalize import clean, fold
from ..redaction.phones import digit_view
from ..redaction.registry import Registry
from . import format as fmt
from .format import BadPackage

SECTION = "remembered"
MAX_VALUE_CHARS = 1000  # a name or an e-mail; anything longer is not an identifier


@dataclass(frozen=True)
class RememberedRow:
    person_id: str
    kind: IdentifierKind
    value: str
    pseudonym: str

    def to_json(self) -> dict[str, str]:
        return {"person_id": self.person_id, "kind": self.kind.value, "value": self.value, "pseudonym": self.pseudonym}


# --- sending -------------------------------------------------------------------------------------


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _rows(conn: db.Connection, person_id: str) -> list[RememberedRow]:
    rows = conn.execute(
        "SELECT kind, value, pseudonym FROM identity_memory WHERE person_id = ? ORDER BY recorded, rowid", (person_id,)
    )
    out = []
    for kind, value, pseudonym in rows:
        try:
            out.append(RememberedRow(person_id, IdentifierKind(kind), str(value), str(pseudonym)))
        except ValueError:
            continue  # a kind this version does not know: nothing it could send
    return out


def tombstones_in(conn: db.Connection, texts: list[str]) -> list[str]:
    """Ids of redaction tombstones whose identifiers occur in any of ``texts``."""
    memory = [m for m in identities.remembered(conn) if m.count]
    live = {str(r[0]) for r in conn.execute("SELECT id FROM persons")}
    stand_ins = [identities.stand_in(m, m.person_id) for m in memory if m.person_id not in live]
    if not stand_ins or not texts:
        return []
    registry = Registry(stand_ins, DEFAULT_REGIONS)
    found: set[int] = set()
    for text in texts:
        folded = fold(text).text
        names = registry.find_names(folded)
        for match in [*names, *registry.find_split_names(folded, names)]:
            found.update(match.owners)
        for phone in registry.find_phones(digit_view(clean(text).text)):
            found.update(phone.owners)
        if len(found) == len(registry.entries):
            break
    return sorted(registry.entries[i].person_id for i in found)


def collect(conn: db.Connection, records: dict[str, Any]) -> list[dict[str, str]]:
    """The ``remembered`` section of a package whose records.json is ``records``."""
    out: list[RememberedRow] = []
    for person in records["persons"]:
        out.extend(_rows(conn, person["id"]))
    for person_id in tombstones_in(conn, [s for s in _strings(records) if s.strip()]):
        out.extend(_rows(conn, person_id))
    return [r.to_json() for r in out]


# --- receiving -----------------------------------------------------------------------------------


def _row(obj: Any) -> RememberedRow:
    if not isinstance(obj, dict) or set(obj) != {"person_id", "kind", "value", "pseudonym"}:
        raise BadPackage("records.json has a malformed remembered identifier")
    person_id = fmt.check_value(fmt.Col.UUID, obj["person_id"], "remembered person")
    kind = fmt.check_value(fmt.Col.ENUM, obj["kind"], "remembered identifier kind", IdentifierKind)
    value = fmt.check_value(fmt.Col.REQUIRED, obj["value"], "remembered identifier")
    pseudonym = fmt.check_value(fmt.Col.TEXT, obj["pseudonym"], "remembered pseudonym")
    if len(value) > MAX_VALUE_CHARS or len(pseudonym) > MAX_VALUE_CHARS:
        raise BadPackage("records.json has a remembered identifier that is too long")
    return RememberedRow(person_id, IdentifierKind(kind), value.strip(), pseudonym.strip())


def parse(obj: dict[str, Any], other_ids: set[str]) -> tuple[RememberedRow, ...]:
    """The section, validated; ``other_ids`` are the package's non-person record ids."""
    if SECTION not in obj:
        return ()
    rows = tuple(fmt.check_list(obj, SECTION, _row))
    if any(r.person_id in other_ids for r in rows):
        raise BadPackage("records.json remembers identifiers under the id of a record that is not a person")
    return rows


def merge(conn: db.Connection, rows: tuple[RememberedRow, ...]) -> int:
    """Add the package's remembered identifiers to this vault's memory (inside the import's
    transaction); returns how many were new here. Only adds: nothing here is ever removed."""
    if not rows:
        return 0
    now = now_utc()
    taken = {str(r[0]) for r in conn.execute("SELECT pseudonym FROM persons")} | identities.taken_pseudonyms(conn)
    labels: dict[str, str] = {}
    added = 0
    for row in rows:
        label = labels.get(row.person_id)
        if label is None:
            label = _label(conn, row, taken)
            labels[row.person_id] = label
        cur = conn.execute(
            "INSERT OR IGNORE INTO identity_memory(person_id, kind, value, pseudonym, recorded) VALUES (?, ?, ?, ?, ?)",
            (row.person_id, row.kind.value, row.value, label, now),
        )
        added += int(getattr(cur, "rowcount", 0) or 0)
    return added


def _label(conn: db.Connection, row: RememberedRow, taken: set[str]) -> str:
    """The pseudonym this vault shows for the person: its own person's, its own tombstone's, or
    the sender's (made unique here, so a label never names two people)."""
    person = conn.execute("SELECT pseudonym FROM persons WHERE id = ?", (row.person_id,)).fetchone()
    if person is not None:
        return str(person[0])
    known = conn.execute(
        "SELECT pseudonym FROM identity_memory WHERE person_id = ? LIMIT 1", (row.person_id,)
    ).fetchone()
    if known is not None:
        return str(known[0])
    wanted = row.pseudonym or "Former person"
    label, n = wanted, 2
    while label in taken:
        label = f"{wanted} ({n})"
        n += 1
    taken.add(label)
    return label
