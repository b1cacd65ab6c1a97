"""What every command family of the CLI shares: the parser class, the global options, reading
secrets and text from the outside world, opening the vault, and the output helpers.

Kept light on purpose: ``evidence-app --help`` imports this module and nothing of the domain, so
the vault, the media stack and the export stack are imported inside the functions that use them.
"""

from __future__ import annotations

import argparse
import functools
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeAlias, TypeVar

from ..errors import InvalidInput

if TYPE_CHECKING:
    from crypto.secret import SecretStr

    from ..vault import Vault

MAX_TEXT_FILE = 64 * 1024 * 1024
PROG = "evidence-app"

Handler: TypeAlias = Callable[[argparse.Namespace], int]
E = TypeVar("E", bound=Enum)


class UsageError(Exception):
    """Bad command-line usage: exit status 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of exiting, so ``main`` decides the exit status."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


Subcommands: TypeAlias = "argparse._SubParsersAction[Parser]"


@functools.cache
def global_options() -> Parser:
    """The options every command accepts, before or after its name (a parent parser)."""
    g = Parser(add_help=False)
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


# The global options that take a value: the command-name scan in main.py must skip their values.
VALUE_OPTIONS = ("--vault", "--passphrase-file", "--recovery-key-file")


def subcommands(parser: Parser) -> Subcommands:
    """The subcommands of a command group (``case add``, ``media import``, ...)."""
    return parser.add_subparsers(dest="sub", required=True, parser_class=Parser)


def command(group: Subcommands, name: str, func: Handler, help_text: str) -> Parser:
    """One subcommand of a group: its parser, with the global options and its handler."""
    sp = group.add_parser(name, parents=[global_options()], help=help_text, description=help_text)
    sp.set_defaults(func=func)
    return sp


def tags(sp: Parser) -> None:
    sp.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")


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


def read_secret_file(spec: str, stdin_index: int = 0) -> SecretStr:
    from crypto.secret import SecretStr

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
    from crypto.secret import SecretStr

    if not sys.stdin.isatty():
        raise InvalidInput("no passphrase given: use --passphrase-file FILE, EVIDENCE_PASSPHRASE, or run in a terminal")
    return SecretStr(getpass.getpass(label))


def passphrase(args: argparse.Namespace) -> SecretStr:
    from crypto.secret import SecretStr

    spec = getattr(args, "passphrase_file", None)
    if spec:
        return read_secret_file(spec)
    env = os.environ.get("EVIDENCE_PASSPHRASE")
    if env is not None:
        return SecretStr(env)
    return _prompt("Vault passphrase: ")


def new_passphrase(args: argparse.Namespace, option: str, stdin_index: int) -> SecretStr:
    from crypto.secret import SecretStr

    spec = getattr(args, option, None)
    if spec:
        return read_secret_file(spec, stdin_index)
    if option == "passphrase_file" and os.environ.get("EVIDENCE_PASSPHRASE") is not None:
        return SecretStr(os.environ["EVIDENCE_PASSPHRASE"])
    first = _prompt("New passphrase: ")
    if _prompt("Repeat the new passphrase: ") != first:
        raise InvalidInput("the two passphrases differ")
    return first


def secret_twice(args: argparse.Namespace, option: str, stdin_index: int, label: str) -> SecretStr:
    """A new secret from the file ``option`` names, else typed twice at a prompt."""
    spec = getattr(args, option, None)
    if spec:
        return read_secret_file(spec, stdin_index)
    first = _prompt(label)
    if _prompt(f"Repeat the {label[0].lower()}{label[1:]}") != first:
        raise InvalidInput("the two passphrases differ")
    return first


def recovery_key(args: argparse.Namespace) -> SecretStr | None:
    spec = getattr(args, "recovery_key_file", None)
    return read_secret_file(spec) if spec else None


def vault_dir(args: argparse.Namespace) -> Path:
    if getattr(args, "vault", None):
        return Path(args.vault)
    env = os.environ.get("EVIDENCE_VAULT")
    if env:
        return Path(env)
    from ..paths import default_vault_dir

    return default_vault_dir()


def open_vault(args: argparse.Namespace) -> Vault:
    """The vault the options name, unlocked with the recovery key or the passphrase."""
    from ..vault import Vault

    root = vault_dir(args)
    recovery = recovery_key(args)
    if recovery is not None:
        vault = Vault.open(root, recovery_key=recovery)
    else:
        vault = Vault.open(root, passphrase=passphrase(args))
    for warning in vault.unlock_warnings:
        sys.stderr.write(f"{PROG}: warning: {warning}\n")
    return vault


def read_text(spec: str) -> str:
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


# --- argument types ----------------------------------------------------------------------------


def float_arg(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def enum_arg(enum: type[E]) -> Callable[[str], E]:
    def convert(text: str) -> E:
        try:
            return enum(text)
        except ValueError:
            choices = ", ".join(str(e.value) for e in enum)
            raise argparse.ArgumentTypeError(f"{text!r} is not one of: {choices}") from None

    convert.__name__ = enum.__name__
    return convert


# --- output ------------------------------------------------------------------------------------


def print_json(obj: Any, out: TextIO) -> None:
    json.dump(obj, out, ensure_ascii=False, indent=2, sort_keys=True)
    out.write("\n")


def output(args: argparse.Namespace, records: Sequence[Any], line: Callable[[Any], str]) -> None:
    """Records as a JSON array with --json, else one tab-separated line each."""
    if args.json:
        from ..model import to_jsonable

        print_json([to_jsonable(r) for r in records], sys.stdout)
    else:
        for r in records:
            print(line(r))


def one_line(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
