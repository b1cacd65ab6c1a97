"""``evidence-app case|person|testimony|note|site ...``: adding, changing and showing records."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import InvalidInput
from ..marks import reanchor
from ..model import CaseStatus, Consent, ConsentStatus, RecordKind, RiskLevel, Role, Span, to_jsonable
from ..records.cases import add_case, edit_case
from ..records.common import parse_date
from ..records.lookup import resolve_id
from ..records.notes import add_note, edit_note
from ..records.persons import add_person, edit_person, get_person
from ..records.sites import add_site, edit_site
from ..records.testimonies import (
    add_testimony,
    edit_testimony,
    get_testimony,
    mark_redacted,
    mark_reviews,
    testimony_history,
    unmark_redacted,
)
from ._common import (
    Parser,
    command,
    enum_arg,
    float_arg,
    one_line,
    open_vault,
    output,
    print_json,
    read_text,
    subcommands,
    tags,
)


def cmd_case_add(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        print(add_case(v, args.title, args.description or "", tags=args.tag).id)
    return 0


def cmd_case_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.description is not None:
        changes["description"] = args.description
    if args.status is not None:
        changes["status"] = args.status
    if not changes:
        raise InvalidInput("nothing to change: give --title, --description or --status")
    with open_vault(args) as v:
        edit_case(v, resolve_id(v, RecordKind.CASE, args.id), **changes)
    return 0


def cmd_person_add(args: argparse.Namespace) -> int:
    consent = Consent(args.consent, args.consent_scope or "", parse_date(args.consent_date, "consent date"))
    with open_vault(args) as v:
        case_id = resolve_id(v, RecordKind.CASE, args.case) if args.case else None
        person = add_person(
            v,
            args.name,
            aliases=args.alias,
            transliterations=args.transliteration,
            phones=args.phone,
            emails=args.email,
            nationality=args.nationality or "",
            languages=args.language,
            role=args.role,
            protected=not args.public,
            pseudonym=args.pseudonym,
            consent=consent,
            risk=args.risk,
            notes=args.notes or "",
            tags=args.tag,
            case_id=case_id,
        )
        print(person.id)
    return 0


def cmd_person_edit(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        person = get_person(v, resolve_id(v, RecordKind.PERSON, args.id))
        changes: dict[str, Any] = {}
        if args.name is not None:
            changes["full_name"] = args.name
        if args.pseudonym is not None:
            changes["pseudonym"] = args.pseudonym
        if args.public:
            changes["protected"] = False
        if args.protected:
            changes["protected"] = True
        for option, field in (
            ("add_alias", "aliases"),
            ("add_transliteration", "transliterations"),
            ("add_phone", "phones"),
            ("add_email", "emails"),
        ):
            if getattr(args, option):
                changes[field] = (*getattr(person, field), *getattr(args, option))
        for field in ("role", "risk", "notes"):
            if getattr(args, field) is not None:
                changes[field] = getattr(args, field)
        if args.consent is not None or args.consent_scope is not None or args.consent_date is not None:
            old = person.consent
            changes["consent"] = Consent(
                args.consent or old.status,
                old.scope if args.consent_scope is None else args.consent_scope,
                old.date if args.consent_date is None else parse_date(args.consent_date, "consent date"),
            )
        if not changes:
            raise InvalidInput("nothing to change")
        if args.forget_identifiers and not args.public:
            raise InvalidInput("--forget-identifiers goes with --public (or with delete person)")
        edit_person(v, person.id, forget_identifiers=args.forget_identifiers, **changes)
    return 0


def cmd_person_show(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        p = get_person(v, resolve_id(v, RecordKind.PERSON, args.id))
    if args.json:
        print_json(to_jsonable(p), sys.stdout)
        return 0
    print(
        f"id: {p.id}\nname: {p.full_name}\npseudonym: {p.pseudonym}\n"
        f"protected: {'yes' if p.protected else 'no (public figure)'}\nrole: {p.role.value}\n"
        f"aliases: {', '.join(p.aliases)}\ntransliterations: {', '.join(p.transliterations)}\n"
        f"phones: {', '.join(p.phones)}\nemails: {', '.join(p.emails)}\n"
        f"consent: {p.consent.status.value} {p.consent.scope} {p.consent.date or ''}\nrisk: {p.risk.value}"
    )
    return 0


def cmd_testimony_attach(args: argparse.Namespace) -> int:
    from ..media_service import attach_to_testimony

    with open_vault(args) as v:
        tid = resolve_id(v, RecordKind.TESTIMONY, args.id)
        for media in args.media:
            attach_to_testimony(v, tid, resolve_id(v, RecordKind.MEDIA, media))
    return 0


def cmd_testimony_detach(args: argparse.Namespace) -> int:
    from ..media_service import detach_from_testimony

    with open_vault(args) as v:
        tid = resolve_id(v, RecordKind.TESTIMONY, args.id)
        for media in args.media:
            detach_from_testimony(v, tid, resolve_id(v, RecordKind.MEDIA, media))
    return 0


def cmd_testimony_add(args: argparse.Namespace) -> int:
    text = read_text(args.text_file)
    summary = read_text(args.summary_file) if args.summary_file else ""
    date = parse_date(args.date, "interview date")
    with open_vault(args) as v:
        t = add_testimony(
            v,
            resolve_id(v, RecordKind.CASE, args.case),
            resolve_id(v, RecordKind.PERSON, args.person),
            text,
            interview_date=date,
            place=args.place or "",
            interviewer=args.interviewer or "",
            interpreter=args.interpreter or "",
            language=args.language or "",
            summary=summary,
            tags=args.tag,
        )
        print(t.id)
    return 0


def cmd_testimony_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.text_file:
        changes["transcript"] = read_text(args.text_file)
    if args.summary_file:
        changes["summary"] = read_text(args.summary_file)
    if args.date is not None:
        changes["interview_date"] = parse_date(args.date, "interview date")
    for field in ("place", "language", "interviewer", "interpreter"):
        if getattr(args, field) is not None:
            changes[field] = getattr(args, field)
    if not changes:
        raise InvalidInput("nothing to change")
    with open_vault(args) as v:
        tid = resolve_id(v, RecordKind.TESTIMONY, args.id)
        old = get_testimony(v, tid)
        t = edit_testimony(v, tid, **changes)
        print(t.revision)
        if "transcript" in changes and old.transcript != t.transcript:
            # The same re-anchoring the edit made: nothing is dropped silently.
            for line in reanchor(old.transcript, t.transcript, old.redacted_spans, ()).describe():
                sys.stderr.write(line + "\n")
    return 0


def _parse_span(text: str) -> Span:
    try:
        start, end = (int(x) for x in text.split("-", 1))
    except ValueError:
        raise InvalidInput(f"invalid span {text!r}: use START-END (character offsets)") from None
    if start >= end:
        raise InvalidInput(f"invalid span {text!r}: the end must be after the start")
    return Span(start, end)


def cmd_testimony_mark(args: argparse.Namespace) -> int:
    spans = [_parse_span(s) for s in args.span]
    with open_vault(args) as v:
        tid = resolve_id(v, RecordKind.TESTIMONY, args.id)
        for span in spans:
            mark_redacted(v, tid, span.start, span.end)
    return 0


def cmd_testimony_unmark(args: argparse.Namespace) -> int:
    spans = [_parse_span(s) for s in args.span]
    with open_vault(args) as v:
        tid = resolve_id(v, RecordKind.TESTIMONY, args.id)
        for span in spans:
            unmark_redacted(v, tid, span.start, span.end)
    return 0


def cmd_testimony_show(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        t = get_testimony(v, resolve_id(v, RecordKind.TESTIMONY, args.id))
        if args.json:
            print_json(to_jsonable(t), sys.stdout)
        else:
            print(
                f"id: {t.id}\ncase: {t.case_id}\nperson: {t.person_id}\ndate: {t.interview_date or ''}\n"
                f"place: {t.place}\nlanguage: {t.language}\nrevision: {t.revision}\n"
                f"redacted spans: {', '.join(f'{s.start}-{s.end}' for s in t.redacted_spans) or 'none'}"
            )
            review = mark_reviews(v, t.id)
            if review:
                print(f"marks to review (kept over changed words): {', '.join(f'{s.start}-{s.end}' for s in review)}")
            print()
            print(t.transcript)
    return 0


def cmd_testimony_history(args: argparse.Namespace) -> int:
    from ..transcripts import MACHINE_NOTE, machine_revisions

    with open_vault(args) as v:
        testimony_id = resolve_id(v, RecordKind.TESTIMONY, args.id)
        history = testimony_history(v, testimony_id)
        machine = machine_revisions(v, testimony_id)
        output(
            args,
            history,
            lambda r: (
                f"{r.revision}\t{r.saved}\t{r.author}\t{one_line(str(r.snapshot['transcript']), 50)}"
                + (f"\t({MACHINE_NOTE})" if r.revision in machine else "")
            ),
        )
    return 0


def cmd_note_add(args: argparse.Namespace) -> int:
    text = read_text(args.text_file)
    with open_vault(args) as v:
        person = resolve_id(v, RecordKind.PERSON, args.person) if args.person else None
        print(add_note(v, resolve_id(v, RecordKind.CASE, args.case), text, person, args.private, args.tag).id)
    return 0


def cmd_note_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.text_file:
        changes["text"] = read_text(args.text_file)
    if args.private is not None:
        changes["private"] = args.private
    if args.no_person:
        changes["person_id"] = None
    with open_vault(args) as v:
        if args.person:
            changes["person_id"] = resolve_id(v, RecordKind.PERSON, args.person)
        if not changes:
            raise InvalidInput("nothing to change")
        edit_note(v, resolve_id(v, RecordKind.NOTE, args.id), **changes)
    return 0


def cmd_site_add(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        site = add_site(
            v,
            resolve_id(v, RecordKind.CASE, args.case),
            args.name,
            args.town or "",
            args.province or "",
            args.lat,
            args.lon,
            args.sensitive,
            args.tag,
        )
        print(site.id)
    return 0


def cmd_site_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    for field in ("name", "town", "province", "lat", "lon", "sensitive"):
        if getattr(args, field) is not None:
            changes[field] = getattr(args, field)
    if args.no_coordinates:
        if "lat" in changes or "lon" in changes:
            raise InvalidInput("give --lat and --lon, or --no-coordinates, not both")
        changes["lat"] = changes["lon"] = None
    if not changes:
        raise InvalidInput("nothing to change")
    with open_vault(args) as v:
        edit_site(v, resolve_id(v, RecordKind.SITE, args.id), **changes)
    return 0


# --- parsers -----------------------------------------------------------------------------------


def _case(parser: Parser) -> None:
    case = subcommands(parser)
    sp = command(case, "add", cmd_case_add, "add a case; prints its id")
    sp.add_argument("--title", required=True)
    sp.add_argument("--description")
    tags(sp)
    sp = command(case, "edit", cmd_case_edit, "change a case")
    sp.add_argument("id")
    sp.add_argument("--title")
    sp.add_argument("--description")
    sp.add_argument("--status", type=enum_arg(CaseStatus))


def _person(parser: Parser) -> None:
    person = subcommands(parser)
    sp = command(person, "add", cmd_person_add, "add a person (protected unless --public); prints the id")
    sp.add_argument("--name", required=True)
    sp.add_argument("--alias", action="append", default=[])
    sp.add_argument("--transliteration", action="append", default=[])
    sp.add_argument("--phone", action="append", default=[])
    sp.add_argument("--email", action="append", default=[])
    sp.add_argument("--pseudonym")
    sp.add_argument("--public", action="store_true", help="a public figure: the name may appear in exports")
    sp.add_argument("--role", type=enum_arg(Role), default=Role.SOURCE)
    sp.add_argument("--nationality")
    sp.add_argument("--language", action="append", default=[])
    sp.add_argument("--consent", type=enum_arg(ConsentStatus), default=ConsentStatus.UNKNOWN)
    sp.add_argument("--consent-scope")
    sp.add_argument("--consent-date", metavar="YYYY-MM-DD")
    sp.add_argument("--risk", type=enum_arg(RiskLevel), default=RiskLevel.UNKNOWN)
    sp.add_argument("--notes")
    sp.add_argument("--case", help="link the person to a case")
    tags(sp)
    sp = command(person, "edit", cmd_person_edit, "change a person")
    sp.add_argument("id")
    sp.add_argument("--name")
    sp.add_argument("--pseudonym")
    protection = sp.add_mutually_exclusive_group()
    protection.add_argument("--public", action="store_true", default=None, help="may be named in exports")
    protection.add_argument("--protected", action="store_true", default=None, help="never named in exports")
    sp.add_argument(
        "--forget-identifiers",
        action="store_true",
        help="with --public: forget the former names, phones and e-mails kept for redaction (logged)",
    )
    sp.add_argument("--add-alias", action="append", default=[])
    sp.add_argument("--add-transliteration", action="append", default=[])
    sp.add_argument("--add-phone", action="append", default=[])
    sp.add_argument("--add-email", action="append", default=[])
    sp.add_argument("--role", type=enum_arg(Role))
    sp.add_argument("--consent", type=enum_arg(ConsentStatus))
    sp.add_argument("--consent-scope")
    sp.add_argument("--consent-date", metavar="YYYY-MM-DD")
    sp.add_argument("--risk", type=enum_arg(RiskLevel))
    sp.add_argument("--notes")
    sp = command(person, "show", cmd_person_show, "show a person")
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")


def _testimony(parser: Parser) -> None:
    testimony = subcommands(parser)
    sp = command(testimony, "add", cmd_testimony_add, "add a testimony; prints its id")
    sp.add_argument("--case", required=True)
    sp.add_argument("--person", required=True)
    sp.add_argument("--text-file", required=True, metavar="FILE", help="UTF-8 transcript ('-' = stdin)")
    sp.add_argument("--summary-file", metavar="FILE")
    sp.add_argument("--date", metavar="YYYY-MM-DD")
    sp.add_argument("--place")
    sp.add_argument("--language")
    sp.add_argument("--interviewer")
    sp.add_argument("--interpreter")
    tags(sp)
    sp = command(testimony, "edit", cmd_testimony_edit, "change a testimony (the old text is kept as a revision)")
    sp.add_argument("id")
    sp.add_argument("--text-file", metavar="FILE")
    sp.add_argument("--summary-file", metavar="FILE")
    sp.add_argument("--date", metavar="YYYY-MM-DD")
    sp.add_argument("--place")
    sp.add_argument("--language")
    sp.add_argument("--interviewer")
    sp.add_argument("--interpreter")
    sp = command(testimony, "mark", cmd_testimony_mark, "mark spans of a transcript as redacted")
    sp.add_argument("id")
    sp.add_argument("--span", action="append", required=True, metavar="START-END")
    sp = command(testimony, "unmark", cmd_testimony_unmark, "remove one redaction mark (as testimony show lists it)")
    sp.add_argument("id")
    sp.add_argument("--span", action="append", required=True, metavar="START-END")
    sp = command(testimony, "attach", cmd_testimony_attach, "attach media items (e.g. the recording) to a testimony")
    sp.add_argument("id")
    sp.add_argument("--media", action="append", required=True, metavar="MEDIA_ID")
    sp = command(
        testimony, "detach", cmd_testimony_detach, "detach media items from a testimony (they stay in the case)"
    )
    sp.add_argument("id")
    sp.add_argument("--media", action="append", required=True, metavar="MEDIA_ID")
    sp = command(testimony, "show", cmd_testimony_show, "show a testimony")
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")
    sp = command(testimony, "history", cmd_testimony_history, "list every revision of a testimony")
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")


def _note(parser: Parser) -> None:
    note = subcommands(parser)
    sp = command(note, "add", cmd_note_add, "add a note; prints its id")
    sp.add_argument("--case", required=True)
    sp.add_argument("--person")
    sp.add_argument("--text-file", required=True, metavar="FILE")
    sp.add_argument("--private", action="store_true", help="never leaves the vault")
    tags(sp)
    sp = command(note, "edit", cmd_note_edit, "change a note")
    sp.add_argument("id")
    sp.add_argument("--text-file", metavar="FILE", help="the new UTF-8 text ('-' = stdin)")
    about = sp.add_mutually_exclusive_group()
    about.add_argument("--person", help="the person the note is about")
    about.add_argument("--no-person", action="store_true", help="the note is about nobody in particular")
    privacy = sp.add_mutually_exclusive_group()
    privacy.add_argument("--private", action="store_true", default=None, help="never leaves the vault")
    privacy.add_argument("--shared", dest="private", action="store_false", default=None, help="may be exported")


def _site(parser: Parser) -> None:
    site = subcommands(parser)
    sp = command(site, "add", cmd_site_add, "add a site; prints its id")
    sp.add_argument("--case", required=True)
    sp.add_argument("--name", required=True)
    sp.add_argument("--town")
    sp.add_argument("--province")
    sp.add_argument("--lat", type=float_arg)
    sp.add_argument("--lon", type=float_arg)
    sp.add_argument("--sensitive", action="store_true", help="exports show only the province")
    tags(sp)
    sp = command(site, "edit", cmd_site_edit, "change a site")
    sp.add_argument("id")
    sp.add_argument("--name")
    sp.add_argument("--town")
    sp.add_argument("--province")
    sp.add_argument("--lat", type=float_arg)
    sp.add_argument("--lon", type=float_arg)
    sp.add_argument("--no-coordinates", action="store_true", help="forget the latitude and longitude")
    sensitivity = sp.add_mutually_exclusive_group()
    sensitivity.add_argument("--sensitive", action="store_true", default=None, help="exports show only the province")
    sensitivity.add_argument(
        "--not-sensitive", dest="sensitive", action="store_false", default=None, help="exports may show the site"
    )


PARSERS = {"case": _case, "person": _person, "testimony": _testimony, "note": _note, "site": _site}
