"""``evidence-app list|search|log|delete``: finding, listing and deleting records."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..errors import EvidenceError
from ..model import RecordKind
from ..records.cases import list_cases
from ..records.deletion import delete_record
from ..records.lookup import resolve_id, search
from ..records.notes import list_notes
from ..records.persons import forget_deleted_person, list_persons
from ..records.sites import list_sites
from ..records.testimonies import list_testimonies
from ._common import Parser, one_line, open_vault, output

if TYPE_CHECKING:
    from ..vault import Vault

_LISTS: dict[str, Callable[[Vault, str | None], list[Any]]] = {
    "cases": lambda v, c: [x for x in list_cases(v) if c is None or x.id == c],
    "persons": lambda v, c: list_persons(v, c),
    "testimonies": lambda v, c: list_testimonies(v, c),
    "notes": lambda v, c: list_notes(v, c),
    "sites": lambda v, c: list_sites(v, c),
}


def _line(kind: str, r: Any) -> str:
    if kind == "cases":
        return f"{r.id}\t{r.status.value}\t{one_line(r.title)}"
    if kind == "persons":
        shown = "public" if not r.protected else "protected"
        return f"{r.id}\t{shown}\t{r.pseudonym}\t{one_line(r.full_name, 40)}"
    if kind == "testimonies":
        return f"{r.id}\t{r.interview_date or '-'}\t{r.person_id[:8]}\t{one_line(r.transcript, 50)}"
    if kind == "notes":
        return f"{r.id}\t{'private' if r.private else 'shared'}\t{one_line(r.text, 50)}"
    if kind == "sites":
        return f"{r.id}\t{'sensitive' if r.sensitive else '-'}\t{one_line(r.name, 30)}\t{r.province}"
    if kind == "media":
        from ..media_service import escape_name

        return f"{r.id}\t{r.kind.value}\t{r.media_type}\t{escape_name(one_line(r.original_name, 40))}"
    raise AssertionError(kind)


def cmd_list(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        case = resolve_id(v, RecordKind.CASE, args.case) if args.case else None
        if args.what == "media":
            from ..media_service import list_media

            records: list[Any] = list_media(v, case)
        else:
            records = _LISTS[args.what](v, case)
        output(args, records, lambda r: _line(args.what, r))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        case = resolve_id(v, RecordKind.CASE, args.case) if args.case else None
        hits = search(v, args.query, limit=args.limit, case_id=case)
        output(args, hits, lambda h: f"{h.kind.value}\t{h.item_id}\t{one_line(h.title, 30)}\t{h.snippet}")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        output(
            args,
            list(v.custody_entries()),
            lambda e: f"{e.seq}\t{e.at}\t{e.actor}\t{e.action}\t{e.object_kind}\t{e.object_id}",
        )
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    kind = RecordKind(args.kind)
    with open_vault(args) as v:
        if kind is RecordKind.PERSON and args.forget_identifiers:
            gone = _forget_tombstone(v, args.id)
            if gone is not None:
                print(f"forgot {gone} identifiers of deleted person {args.id}")
                return 0
        record_id = resolve_id(v, kind, args.id)
        if kind is RecordKind.MEDIA:
            from ..media_service import delete_media

            delete_media(v, record_id)
        else:
            delete_record(v, kind, record_id, forget_identifiers=args.forget_identifiers)
            if kind is RecordKind.PERSON and not args.forget_identifiers:
                print("its names, phones and e-mails stay in the redaction set (--forget-identifiers forgets them)")
    return 0


def _forget_tombstone(v: Vault, text: str) -> int | None:
    """A deleted person's kept identifiers, by id or unique prefix: forgotten; None if no such."""
    from .. import identities

    try:
        resolve_id(v, RecordKind.PERSON, text)
        return None  # still a person: the ordinary delete path forgets and deletes together
    except EvidenceError:
        pass
    ids = identities.tombstone_ids(v.conn, text) if len(text.strip()) >= 6 else []
    if len(ids) != 1:
        return None
    return forget_deleted_person(v, ids[0])


# --- parsers (the top-level help of each command is in main.py's table) ------------------------


def _list(sp: Parser) -> None:
    sp.set_defaults(func=cmd_list)
    sp.add_argument("what", choices=["cases", "persons", "testimonies", "notes", "media", "sites"])
    sp.add_argument("--case")
    sp.add_argument("--json", action="store_true")


def _search(sp: Parser) -> None:
    sp.set_defaults(func=cmd_search)
    sp.add_argument("query")
    sp.add_argument("--case")
    sp.add_argument("--limit", type=int, default=50)
    sp.add_argument("--json", action="store_true")


def _log(sp: Parser) -> None:
    sp.set_defaults(func=cmd_log)
    sp.add_argument("--json", action="store_true")


def _delete(sp: Parser) -> None:
    sp.set_defaults(func=cmd_delete)
    sp.add_argument("kind", choices=[k.value for k in RecordKind])
    sp.add_argument("id")
    sp.add_argument(
        "--forget-identifiers",
        action="store_true",
        help="person: also forget every name, phone and e-mail kept so exports redact them (logged)",
    )


PARSERS = {"list": _list, "search": _search, "log": _log, "delete": _delete}
