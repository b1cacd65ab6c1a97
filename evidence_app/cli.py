"""The ``evidence-app`` command line: the contract other tools and users script against.

Exit codes: 0 success; 1 any failure, with one line on stderr and no traceback; 2 usage errors.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TextIO

from crypto.errors import CryptoError
from crypto.secret import SecretStr

from . import __version__, hygiene
from .errors import EvidenceError, InvalidInput
from .model import (
    CaseStatus,
    Consent,
    ConsentStatus,
    RecordKind,
    RiskLevel,
    Role,
    Span,
    to_jsonable,
)
from .paths import default_vault_dir
from .records import parse_date
from .vault import Vault, wipe

MAX_TEXT_FILE = 64 * 1024 * 1024
PROG = "evidence-app"


class UsageError(Exception):
    """Bad command-line usage: exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


# --- secrets from the outside world ------------------------------------------------------------


class _Stdin:
    """Lines of standard input, read once, shared by every option that says ``-``."""

    _lines: list[str] | None = None

    @classmethod
    def line(cls, index: int) -> str:
        if cls._lines is None:
            cls._lines = sys.stdin.read().splitlines()
        if index >= len(cls._lines):
            raise InvalidInput("standard input ended before every secret that should come from it was read")
        return cls._lines[index]


def _read_secret_file(spec: str, stdin_index: int = 0) -> SecretStr:
    if spec == "-":
        return SecretStr(_Stdin.line(stdin_index))
    try:
        with open(spec, encoding="utf-8") as fh:
            text = fh.read(64 * 1024)
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {spec}") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{spec} is not UTF-8 text") from None
    lines = text.splitlines()
    return SecretStr(lines[0] if lines else "")


def _prompt(label: str) -> SecretStr:
    if not sys.stdin.isatty():
        raise InvalidInput("no passphrase given: use --passphrase-file FILE, EVIDENCE_PASSPHRASE, or run in a terminal")
    return SecretStr(getpass.getpass(label))


def _passphrase(args: argparse.Namespace) -> SecretStr:
    spec = getattr(args, "passphrase_file", None)
    if spec:
        return _read_secret_file(spec)
    env = os.environ.get("EVIDENCE_PASSPHRASE")
    if env is not None:
        return SecretStr(env)
    return _prompt("Vault passphrase: ")


def _new_passphrase(args: argparse.Namespace, option: str, stdin_index: int) -> SecretStr:
    spec = getattr(args, option, None)
    if spec:
        return _read_secret_file(spec, stdin_index)
    if option == "passphrase_file" and os.environ.get("EVIDENCE_PASSPHRASE") is not None:
        return SecretStr(os.environ["EVIDENCE_PASSPHRASE"])
    first = _prompt("New passphrase: ")
    if _prompt("Repeat the new passphrase: ") != first:
        raise InvalidInput("the two passphrases differ")
    return first


def _vault_dir(args: argparse.Namespace) -> Path:
    if getattr(args, "vault", None):
        return Path(args.vault)
    env = os.environ.get("EVIDENCE_VAULT")
    return Path(env) if env else default_vault_dir()


def _open(args: argparse.Namespace) -> Vault:
    root = _vault_dir(args)
    recovery = _recovery_key(args)
    if recovery is not None:
        return Vault.open(root, recovery_key=recovery)
    return Vault.open(root, passphrase=_passphrase(args))


def _recovery_key(args: argparse.Namespace) -> SecretStr | None:
    spec = getattr(args, "recovery_key_file", None)
    return _read_secret_file(spec) if spec else None


def _read_text(spec: str) -> str:
    if spec == "-":
        return sys.stdin.read()
    try:
        size = os.path.getsize(spec)
        if size > MAX_TEXT_FILE:
            raise InvalidInput(f"{spec} is larger than {MAX_TEXT_FILE // (1024 * 1024)} MB")
        with open(spec, encoding="utf-8-sig") as fh:
            return fh.read()
    except FileNotFoundError:
        raise InvalidInput(f"no such file: {spec}") from None
    except IsADirectoryError:
        raise InvalidInput(f"{spec} is a folder, not a text file") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"{spec} is not UTF-8 text") from None


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def _enum(enum: type[Any]) -> Callable[[str], Any]:
    def convert(text: str) -> Any:
        try:
            return enum(text)
        except ValueError:
            choices = ", ".join(e.value for e in enum)
            raise argparse.ArgumentTypeError(f"{text!r} is not one of: {choices}") from None

    convert.__name__ = enum.__name__
    return convert


# --- output ------------------------------------------------------------------------------------


def _print_json(obj: Any, out: TextIO) -> None:
    json.dump(obj, out, ensure_ascii=False, indent=2, sort_keys=True)
    out.write("\n")


def _output(args: argparse.Namespace, records: Sequence[Any], line: Callable[[Any], str]) -> None:
    """Records as a JSON array with --json, else one tab-separated line each."""
    if args.json:
        _print_json([to_jsonable(r) for r in records], sys.stdout)
    else:
        for r in records:
            print(line(r))


def _one_line(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


# --- commands ----------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from .strength import estimate

    passphrase = _new_passphrase(args, "passphrase_file", 0)
    strength = estimate(passphrase.reveal())
    if strength.score < 3 and len(passphrase) >= 8:
        hint = f" ({strength.warning})" if strength.warning else ""
        sys.stderr.write(
            f"Warning: this passphrase is easy to guess{hint}. A long sentence of unrelated "
            "words is stronger; change it with 'evidence-app passphrase change'.\n"
        )
    vault, recovery_key = Vault.create(_vault_dir(args), passphrase, author=args.author or "")
    with vault:
        print(recovery_key.reveal())
        sys.stderr.write(
            f"Vault created at {vault.root}.\nThe line above is your RECOVERY KEY. It is shown only this once:"
            " write it on paper and keep it apart from this computer. With it, the vault can be opened"
            " if the passphrase is forgotten.\n"
        )
    return 0


def cmd_case_add(args: argparse.Namespace) -> int:
    with _open(args) as v:
        print(v.add_case(args.title, args.description or "", tags=args.tag).id)
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
    with _open(args) as v:
        v.edit_case(v.resolve_id(RecordKind.CASE, args.id), **changes)
    return 0


def cmd_person_add(args: argparse.Namespace) -> int:
    consent = Consent(args.consent, args.consent_scope or "", parse_date(args.consent_date, "consent date"))
    with _open(args) as v:
        case_id = v.resolve_id(RecordKind.CASE, args.case) if args.case else None
        person = v.add_person(
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
    with _open(args) as v:
        person = v.get_person(v.resolve_id(RecordKind.PERSON, args.id))
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
        v.edit_person(person.id, forget_identifiers=args.forget_identifiers, **changes)
    return 0


def cmd_person_show(args: argparse.Namespace) -> int:
    with _open(args) as v:
        p = v.get_person(v.resolve_id(RecordKind.PERSON, args.id))
    if args.json:
        _print_json(to_jsonable(p), sys.stdout)
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
    from .media_service import attach_to_testimony

    with _open(args) as v:
        tid = v.resolve_id(RecordKind.TESTIMONY, args.id)
        for media in args.media:
            attach_to_testimony(v, tid, v.resolve_id(RecordKind.MEDIA, media))
    return 0


def cmd_testimony_detach(args: argparse.Namespace) -> int:
    from .media_service import detach_from_testimony

    with _open(args) as v:
        tid = v.resolve_id(RecordKind.TESTIMONY, args.id)
        for media in args.media:
            detach_from_testimony(v, tid, v.resolve_id(RecordKind.MEDIA, media))
    return 0


def cmd_testimony_add(args: argparse.Namespace) -> int:
    text = _read_text(args.text_file)
    summary = _read_text(args.summary_file) if args.summary_file else ""
    date = parse_date(args.date, "interview date")
    with _open(args) as v:
        t = v.add_testimony(
            v.resolve_id(RecordKind.CASE, args.case),
            v.resolve_id(RecordKind.PERSON, args.person),
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
        changes["transcript"] = _read_text(args.text_file)
    if args.summary_file:
        changes["summary"] = _read_text(args.summary_file)
    if args.date is not None:
        changes["interview_date"] = parse_date(args.date, "interview date")
    for field in ("place", "language", "interviewer", "interpreter"):
        if getattr(args, field) is not None:
            changes[field] = getattr(args, field)
    if not changes:
        raise InvalidInput("nothing to change")
    with _open(args) as v:
        t = v.edit_testimony(v.resolve_id(RecordKind.TESTIMONY, args.id), **changes)
        print(t.revision)
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
    with _open(args) as v:
        tid = v.resolve_id(RecordKind.TESTIMONY, args.id)
        for span in spans:
            v.mark_redacted(tid, span.start, span.end)
    return 0


def cmd_testimony_show(args: argparse.Namespace) -> int:
    with _open(args) as v:
        t = v.get_testimony(v.resolve_id(RecordKind.TESTIMONY, args.id))
        if args.json:
            _print_json(to_jsonable(t), sys.stdout)
        else:
            print(
                f"id: {t.id}\ncase: {t.case_id}\nperson: {t.person_id}\ndate: {t.interview_date or ''}\n"
                f"place: {t.place}\nlanguage: {t.language}\nrevision: {t.revision}\n"
                f"redacted spans: {', '.join(f'{s.start}-{s.end}' for s in t.redacted_spans) or 'none'}\n"
            )
            print(t.transcript)
    return 0


def cmd_testimony_history(args: argparse.Namespace) -> int:
    with _open(args) as v:
        history = v.testimony_history(v.resolve_id(RecordKind.TESTIMONY, args.id))
        _output(
            args,
            history,
            lambda r: f"{r.revision}\t{r.saved}\t{r.author}\t{_one_line(str(r.snapshot['transcript']), 50)}",
        )
    return 0


def cmd_note_add(args: argparse.Namespace) -> int:
    text = _read_text(args.text_file)
    with _open(args) as v:
        person = v.resolve_id(RecordKind.PERSON, args.person) if args.person else None
        print(v.add_note(v.resolve_id(RecordKind.CASE, args.case), text, person, args.private, args.tag).id)
    return 0


def cmd_note_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {}
    if args.text_file:
        changes["text"] = _read_text(args.text_file)
    if args.private is not None:
        changes["private"] = args.private
    if args.no_person:
        changes["person_id"] = None
    with _open(args) as v:
        if args.person:
            changes["person_id"] = v.resolve_id(RecordKind.PERSON, args.person)
        if not changes:
            raise InvalidInput("nothing to change")
        v.edit_note(v.resolve_id(RecordKind.NOTE, args.id), **changes)
    return 0


def cmd_site_add(args: argparse.Namespace) -> int:
    with _open(args) as v:
        site = v.add_site(
            v.resolve_id(RecordKind.CASE, args.case),
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
    with _open(args) as v:
        v.edit_site(v.resolve_id(RecordKind.SITE, args.id), **changes)
    return 0


_LISTS: dict[str, Callable[[Vault, str | None], list[Any]]] = {
    "cases": lambda v, c: [x for x in v.list_cases() if c is None or x.id == c],
    "persons": lambda v, c: v.list_persons(c),
    "testimonies": lambda v, c: v.list_testimonies(c),
    "notes": lambda v, c: v.list_notes(c),
    "sites": lambda v, c: v.list_sites(c),
}


def _line(kind: str, r: Any) -> str:
    if kind == "cases":
        return f"{r.id}\t{r.status.value}\t{_one_line(r.title)}"
    if kind == "persons":
        shown = "public" if not r.protected else "protected"
        return f"{r.id}\t{shown}\t{r.pseudonym}\t{_one_line(r.full_name, 40)}"
    if kind == "testimonies":
        return f"{r.id}\t{r.interview_date or '-'}\t{r.person_id[:8]}\t{_one_line(r.transcript, 50)}"
    if kind == "notes":
        return f"{r.id}\t{'private' if r.private else 'shared'}\t{_one_line(r.text, 50)}"
    if kind == "sites":
        return f"{r.id}\t{'sensitive' if r.sensitive else '-'}\t{_one_line(r.name, 30)}\t{r.province}"
    if kind == "media":
        from .media_service import escape_name

        return f"{r.id}\t{r.kind.value}\t{r.media_type}\t{escape_name(_one_line(r.original_name, 40))}"
    raise AssertionError(kind)


def cmd_list(args: argparse.Namespace) -> int:
    with _open(args) as v:
        case = v.resolve_id(RecordKind.CASE, args.case) if args.case else None
        if args.what == "media":
            from .media_service import list_media

            records: list[Any] = list_media(v, case)
        else:
            records = _LISTS[args.what](v, case)
        _output(args, records, lambda r: _line(args.what, r))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as v:
        case = v.resolve_id(RecordKind.CASE, args.case) if args.case else None
        hits = v.search(args.query, limit=args.limit, case_id=case)
        _output(args, hits, lambda h: f"{h.kind.value}\t{h.item_id}\t{_one_line(h.title, 30)}\t{h.snippet}")
    return 0


def cmd_log(args: argparse.Namespace) -> int:
    with _open(args) as v:
        _output(
            args,
            list(v.custody_entries()),
            lambda e: f"{e.seq}\t{e.at}\t{e.actor}\t{e.action}\t{e.object_kind}\t{e.object_id}",
        )
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    kind = RecordKind(args.kind)
    with _open(args) as v:
        if kind is RecordKind.PERSON and args.forget_identifiers:
            gone = _forget_tombstone(v, args.id)
            if gone is not None:
                print(f"forgot {gone} identifiers of deleted person {args.id}")
                return 0
        record_id = v.resolve_id(kind, args.id)
        if kind is RecordKind.MEDIA:
            from .media_service import delete_media

            delete_media(v, record_id)
        else:
            v.delete_record(kind, record_id, forget_identifiers=args.forget_identifiers)
            if kind is RecordKind.PERSON and not args.forget_identifiers:
                print("its names, phones and e-mails stay in the redaction set (--forget-identifiers forgets them)")
    return 0


def _forget_tombstone(v: Vault, text: str) -> int | None:
    """A deleted person's kept identifiers, by id or unique prefix: forgotten; None if no such."""
    from . import identities

    try:
        v.resolve_id(RecordKind.PERSON, text)
        return None  # still a person: the ordinary delete path forgets and deletes together
    except EvidenceError:
        pass
    ids = identities.tombstone_ids(v.conn, text) if len(text.strip()) >= 6 else []
    if len(ids) != 1:
        return None
    return v.forget_deleted_person(ids[0])


def cmd_check(args: argparse.Namespace) -> int:
    if args.backup:
        from .backup import check_backup

        recovery = _recovery_key(args)
        info = check_backup(Path(args.backup), None if recovery else _passphrase(args), recovery)
        print(f"OK backup of vault {info.vault_id} made {info.created}: {info.files} files, {info.blobs} blobs")
        return 0
    with _open(args) as v:
        report = v.check()
    for problem in report.problems:
        print(f"PROBLEM {problem}")
    if report.ok:
        print("OK " + ", ".join(report.checked))
        return 0
    sys.stderr.write(f"{PROG}: the vault has {len(report.problems)} problem(s)\n")
    return 1


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    with _open(args) as v:
        stdin_index = 1 if getattr(args, "passphrase_file", None) == "-" else 0
        new = _new_passphrase(args, "new_passphrase_file", stdin_index)
        v.change_passphrase(new)
    sys.stderr.write("Passphrase changed. The recovery key is unchanged.\n")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from .backup import write_backup

    with _open(args) as v:
        out = write_backup(v, Path(args.out))
    print(out)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from .backup import restore_backup

    recovery = _recovery_key(args)
    info = restore_backup(Path(args.from_file), _vault_dir(args), None if recovery else _passphrase(args), recovery)
    print(f"restored vault {info.vault_id} to {_vault_dir(args)}")
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    if not args.yes:
        raise InvalidInput("wipe destroys the vault for good; repeat with --yes to confirm")
    root = _vault_dir(args)
    wipe(root)
    sys.stderr.write(f"The vault at {root} was wiped; it cannot be recovered.\n")
    return 0


# --- parser ------------------------------------------------------------------------------------


def _globals() -> argparse.ArgumentParser:
    g = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: an option given before the command is not reset by the subcommand's default.
    g.add_argument(
        "--vault",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="vault folder (default: $EVIDENCE_VAULT or the platform's user data folder)",
    )
    g.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the passphrase from FILE ('-' = standard input)",
    )
    g.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="unlock with the recovery key in FILE instead of the passphrase",
    )
    return g


def build_parser() -> argparse.ArgumentParser:
    g = _globals()
    p = _Parser(prog=PROG, parents=[g], description="Evidence Vault: encrypted, offline evidence archive.")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    def cmd(parent: Any, name: str, func: Callable[[argparse.Namespace], int], help_text: str) -> Any:
        sp = parent.add_parser(name, parents=[g], help=help_text, description=help_text)
        sp.set_defaults(func=func)
        return sp

    def tags(sp: Any) -> None:
        sp.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")

    sp = cmd(sub, "init", cmd_init, "create a vault and print its recovery key once")
    sp.add_argument("--author", help="your name as it appears in the custody log")

    case = sub.add_parser("case", help="cases").add_subparsers(dest="sub", required=True, parser_class=_Parser)
    sp = cmd(case, "add", cmd_case_add, "add a case; prints its id")
    sp.add_argument("--title", required=True)
    sp.add_argument("--description")
    tags(sp)
    sp = cmd(case, "edit", cmd_case_edit, "change a case")
    sp.add_argument("id")
    sp.add_argument("--title")
    sp.add_argument("--description")
    sp.add_argument("--status", type=_enum(CaseStatus))

    person = sub.add_parser("person", help="persons").add_subparsers(dest="sub", required=True, parser_class=_Parser)
    sp = cmd(person, "add", cmd_person_add, "add a person (protected unless --public); prints the id")
    sp.add_argument("--name", required=True)
    sp.add_argument("--alias", action="append", default=[])
    sp.add_argument("--transliteration", action="append", default=[])
    sp.add_argument("--phone", action="append", default=[])
    sp.add_argument("--email", action="append", default=[])
    sp.add_argument("--pseudonym")
    sp.add_argument("--public", action="store_true", help="a public figure: the name may appear in exports")
    sp.add_argument("--role", type=_enum(Role), default=Role.SOURCE)
    sp.add_argument("--nationality")
    sp.add_argument("--language", action="append", default=[])
    sp.add_argument("--consent", type=_enum(ConsentStatus), default=ConsentStatus.UNKNOWN)
    sp.add_argument("--consent-scope")
    sp.add_argument("--consent-date", metavar="YYYY-MM-DD")
    sp.add_argument("--risk", type=_enum(RiskLevel), default=RiskLevel.UNKNOWN)
    sp.add_argument("--notes")
    sp.add_argument("--case", help="link the person to a case")
    tags(sp)
    sp = cmd(person, "edit", cmd_person_edit, "change a person")
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
    sp.add_argument("--role", type=_enum(Role))
    sp.add_argument("--consent", type=_enum(ConsentStatus))
    sp.add_argument("--consent-scope")
    sp.add_argument("--consent-date", metavar="YYYY-MM-DD")
    sp.add_argument("--risk", type=_enum(RiskLevel))
    sp.add_argument("--notes")
    sp = cmd(person, "show", cmd_person_show, "show a person")
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")

    testimony = sub.add_parser("testimony", help="testimonies").add_subparsers(
        dest="sub", required=True, parser_class=_Parser
    )
    sp = cmd(testimony, "add", cmd_testimony_add, "add a testimony; prints its id")
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
    sp = cmd(testimony, "edit", cmd_testimony_edit, "change a testimony (the old text is kept as a revision)")
    sp.add_argument("id")
    sp.add_argument("--text-file", metavar="FILE")
    sp.add_argument("--summary-file", metavar="FILE")
    sp.add_argument("--date", metavar="YYYY-MM-DD")
    sp.add_argument("--place")
    sp.add_argument("--language")
    sp.add_argument("--interviewer")
    sp.add_argument("--interpreter")
    sp = cmd(testimony, "mark", cmd_testimony_mark, "mark spans of a transcript as redacted")
    sp.add_argument("id")
    sp.add_argument("--span", action="append", required=True, metavar="START-END")
    sp = cmd(testimony, "attach", cmd_testimony_attach, "attach media items (e.g. the recording) to a testimony")
    sp.add_argument("id")
    sp.add_argument("--media", action="append", required=True, metavar="MEDIA_ID")
    sp = cmd(testimony, "detach", cmd_testimony_detach, "detach media items from a testimony (they stay in the case)")
    sp.add_argument("id")
    sp.add_argument("--media", action="append", required=True, metavar="MEDIA_ID")
    sp = cmd(testimony, "show", cmd_testimony_show, "show a testimony")
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")
    sp = cmd(testimony, "history", cmd_testimony_history, "list every revision of a testimony")
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")

    note = sub.add_parser("note", help="notes").add_subparsers(dest="sub", required=True, parser_class=_Parser)
    sp = cmd(note, "add", cmd_note_add, "add a note; prints its id")
    sp.add_argument("--case", required=True)
    sp.add_argument("--person")
    sp.add_argument("--text-file", required=True, metavar="FILE")
    sp.add_argument("--private", action="store_true", help="never leaves the vault")
    tags(sp)
    sp = cmd(note, "edit", cmd_note_edit, "change a note")
    sp.add_argument("id")
    sp.add_argument("--text-file", metavar="FILE", help="the new UTF-8 text ('-' = stdin)")
    about = sp.add_mutually_exclusive_group()
    about.add_argument("--person", help="the person the note is about")
    about.add_argument("--no-person", action="store_true", help="the note is about nobody in particular")
    privacy = sp.add_mutually_exclusive_group()
    privacy.add_argument("--private", action="store_true", default=None, help="never leaves the vault")
    privacy.add_argument("--shared", dest="private", action="store_false", default=None, help="may be exported")

    site = sub.add_parser("site", help="sites").add_subparsers(dest="sub", required=True, parser_class=_Parser)
    sp = cmd(site, "add", cmd_site_add, "add a site; prints its id")
    sp.add_argument("--case", required=True)
    sp.add_argument("--name", required=True)
    sp.add_argument("--town")
    sp.add_argument("--province")
    sp.add_argument("--lat", type=_float)
    sp.add_argument("--lon", type=_float)
    sp.add_argument("--sensitive", action="store_true", help="exports show only the province")
    tags(sp)
    sp = cmd(site, "edit", cmd_site_edit, "change a site")
    sp.add_argument("id")
    sp.add_argument("--name")
    sp.add_argument("--town")
    sp.add_argument("--province")
    sp.add_argument("--lat", type=_float)
    sp.add_argument("--lon", type=_float)
    sp.add_argument("--no-coordinates", action="store_true", help="forget the latitude and longitude")
    sensitivity = sp.add_mutually_exclusive_group()
    sensitivity.add_argument("--sensitive", action="store_true", default=None, help="exports show only the province")
    sensitivity.add_argument(
        "--not-sensitive", dest="sensitive", action="store_false", default=None, help="exports may show the site"
    )

    sp = cmd(sub, "list", cmd_list, "list records")
    sp.add_argument("what", choices=["cases", "persons", "testimonies", "notes", "media", "sites"])
    sp.add_argument("--case")
    sp.add_argument("--json", action="store_true")

    sp = cmd(sub, "search", cmd_search, "full-text search across the vault")
    sp.add_argument("query")
    sp.add_argument("--case")
    sp.add_argument("--limit", type=int, default=50)
    sp.add_argument("--json", action="store_true")

    sp = cmd(sub, "log", cmd_log, "show the custody log")
    sp.add_argument("--json", action="store_true")

    sp = cmd(sub, "delete", cmd_delete, "delete a record")
    sp.add_argument("kind", choices=[k.value for k in RecordKind])
    sp.add_argument("id")
    sp.add_argument(
        "--forget-identifiers",
        action="store_true",
        help="person: also forget every name, phone and e-mail kept so exports redact them (logged)",
    )

    sp = cmd(sub, "check", cmd_check, "check header, database, blobs and custody log (or a backup)")
    sp.add_argument("--backup", metavar="FILE", help="check a backup file instead of the vault")

    pp = sub.add_parser("passphrase", help="passphrase").add_subparsers(dest="sub", required=True, parser_class=_Parser)
    sp = cmd(pp, "change", cmd_passphrase_change, "change the passphrase (the data is not re-encrypted)")
    sp.add_argument("--new-passphrase-file", metavar="FILE")

    sp = cmd(sub, "backup", cmd_backup, "write one encrypted backup file of the whole vault")
    sp.add_argument("--out", required=True, metavar="FILE")
    sp = cmd(sub, "restore", cmd_restore, "restore a backup into a new vault folder")
    sp.add_argument("--from", dest="from_file", required=True, metavar="FILE")

    sp = cmd(sub, "wipe", cmd_wipe, "crypto-erase the vault (no passphrase needed)")
    sp.add_argument("--yes", action="store_true")

    for module in COMMAND_MODULES:
        importlib.import_module(f"{__package__}.{module}").add_commands(sub, cmd)
    return p


# Each module adds its subcommands with ``add_commands(sub, cmd)``; they import this module lazily.
COMMAND_MODULES: tuple[str, ...] = ("media_cli", "export_cli", "transfer_cli")


def main(argv: Sequence[str] | None = None, launch_gui: Callable[[Path], int] | None = None) -> int:
    """Run one command. With no command, ``launch_gui`` (given by the ``ui`` launcher, which
    sits above this package) opens the desktop app on the chosen vault folder."""
    hygiene.harden_process()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    func = getattr(args, "func", None)
    try:
        if func is None:
            if getattr(args, "command", None) or launch_gui is None:
                parser.print_usage(sys.stderr)
                return 2
            return launch_gui(_vault_dir(args))
        return int(func(args))
    except UsageError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    except (EvidenceError, CryptoError) as exc:
        sys.stderr.write(f"{PROG}: {exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        sys.stderr.write(f"{PROG}: {exc.strerror or exc.__class__.__name__}{where}\n")
        return 1
    except Exception as exc:  # last resort: never a traceback, never record content
        if os.environ.get("EVIDENCE_DEBUG"):
            raise
        sys.stderr.write(f"{PROG}: internal error ({exc.__class__.__name__}); the operation was not completed\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
