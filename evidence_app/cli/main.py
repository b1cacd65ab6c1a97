"""The ``evidence-app`` command line: the contract other tools and users script against.

Exit codes: 0 success; 1 any failure, with one line on stderr and no traceback; 2 usage errors.

``COMMANDS`` below is the table of contents: every top-level command, its one-line help, and
the family module (``*_cmd.py``) that holds its handlers and the rest of its parser. A run
fills in only the family its command belongs to (``--help`` fills in none), so a command
imports only what it needs; the families are plain imports, seen by the type checker and by
the bundler.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from crypto.errors import CryptoError

from .. import __version__, hygiene
from ..errors import EvidenceError
from ._common import PROG, VALUE_OPTIONS, Parser, Subcommands, UsageError, global_options, vault_dir

Filler = Callable[[Parser], None]


def _records() -> Mapping[str, Filler]:
    from . import records_cmd

    return records_cmd.PARSERS


def _lists() -> Mapping[str, Filler]:
    from . import lists_cmd

    return lists_cmd.PARSERS


def _vault() -> Mapping[str, Filler]:
    from . import vault_cmd

    return vault_cmd.PARSERS


def _media() -> Mapping[str, Filler]:
    from . import media_cmd

    return media_cmd.PARSERS


def _export() -> Mapping[str, Filler]:
    from . import export_cmd

    return export_cmd.PARSERS


def _transfer() -> Mapping[str, Filler]:
    from . import transfer_cmd

    return transfer_cmd.PARSERS


class Command(NamedTuple):
    name: str
    help: str
    family: Callable[[], Mapping[str, Filler]]
    group: bool = False  # has subcommands of its own (``case add``); else runs as it is (``init``)


COMMANDS: tuple[Command, ...] = (
    Command("init", "create a vault and print its recovery key once", _vault),
    Command("case", "cases", _records, group=True),
    Command("person", "persons", _records, group=True),
    Command("testimony", "testimonies", _records, group=True),
    Command("note", "notes", _records, group=True),
    Command("site", "sites", _records, group=True),
    Command("list", "list records", _lists),
    Command("search", "full-text search across the vault", _lists),
    Command("log", "show the custody log", _lists),
    Command("delete", "delete a record", _lists),
    Command("check", "check header, database, blobs and custody log (or a backup)", _vault),
    Command("passphrase", "passphrase", _vault, group=True),
    Command("rekey", "a new vault key: re-encrypt the database, new passphrase and recovery key", _vault),
    Command("recovery-key", "recovery key", _vault, group=True),
    Command("backup", "write one encrypted backup file of the whole vault", _vault),
    Command("restore", "restore a backup into a new vault folder", _vault),
    Command("wipe", "crypto-erase the vault (no passphrase needed)", _vault),
    Command("settings", "settings kept in the vault header (failed-unlock limit)", _vault, group=True),
    Command("duress", "a duress passphrase that opens a decoy vault and erases this one", _vault, group=True),
    Command("media", "photos and other media", _media, group=True),
    Command("export", "write a redacted, signed dossier bundle of a case", _export),
    Command("verify", "check a dossier bundle: zip, manifests, signature, signer (no vault)", _export),
    Command("signing-key", "print the vault's signing key for recipients (allowed_signers line, ssh key)", _export),
    Command("transfer", "hand a whole case to a colleague's vault", _transfer, group=True),
)
_BY_NAME = {c.name: c for c in COMMANDS}


def _command_name(argv: Sequence[str]) -> str | None:
    """The command an argument list names (its first word that is not a global option or the
    value of one), or None if it names none. argparse accepts unique prefixes of long options
    (``--vau DIR``), so a prefix of a value-taking option skips its value too."""
    long_options = (*VALUE_OPTIONS, "--help", "--version")
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if not word.startswith("-") or word == "-":
            return word
        if word.startswith("--") and "=" not in word:
            matches = [o for o in long_options if o.startswith(word)]
            if len(matches) == 1 and matches[0] in VALUE_OPTIONS:
                next(words, None)
    return None


def _add(sub: Subcommands, entry: Command, fill: Filler | None) -> None:
    if entry.group:
        sp = sub.add_parser(entry.name, help=entry.help)
    else:
        sp = sub.add_parser(entry.name, parents=[global_options()], help=entry.help, description=entry.help)
    if fill is not None:
        fill(sp)


def build_parser(argv: Sequence[str] | None = None) -> Parser:
    """The parser of every command; given ``argv``, only the family of the command it names is
    filled in (the others stay one-line entries of ``--help``, which is all argparse reads of them)."""
    p = Parser(
        prog=PROG, parents=[global_options()], description="Evidence Vault: encrypted, offline evidence archive."
    )
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=Parser)
    name = None if argv is None else _command_name(argv)
    wanted = _BY_NAME.get(name) if name is not None else None
    # No argv, or a word that is no command (argparse words that error): fill in everything.
    everything = argv is None or (name is not None and wanted is None)
    families: dict[Callable[[], Mapping[str, Filler]], Mapping[str, Filler]] = {}
    for entry in COMMANDS:
        fill: Filler | None = None
        if everything or entry is wanted:
            fillers = families.get(entry.family)
            if fillers is None:
                fillers = families[entry.family] = entry.family()
            fill = fillers[entry.name]
        _add(sub, entry, fill)
    return p


def main(argv: Sequence[str] | None = None, launch_gui: Callable[[Path], int] | None = None) -> int:
    """Run one command. With no command, ``launch_gui`` (given by the ``ui`` launcher, which
    sits above this package) opens the desktop app on the chosen vault folder."""
    hygiene.harden_process()
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(words)
    try:
        args = parser.parse_args(words)
    except UsageError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    func = getattr(args, "func", None)
    try:
        if func is None:
            if getattr(args, "command", None) or launch_gui is None:
                parser.print_usage(sys.stderr)
                return 2
            return launch_gui(vault_dir(args))
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
