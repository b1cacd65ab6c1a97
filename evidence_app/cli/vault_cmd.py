"""``evidence-app init|check|passphrase|backup|restore|wipe|settings``: the vault's life cycle."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path

from crypto.secret import SecretStr

from ..errors import InvalidInput
from ._common import (
    PROG,
    Parser,
    command,
    new_passphrase,
    open_vault,
    passphrase,
    recovery_key,
    secret_twice,
    subcommands,
    vault_dir,
)


def _show_recovery_key(key: SecretStr, done: str, instead: str) -> None:
    """Print a new recovery key (already in force) on standard output and make sure it got there.
    If it cannot be written (a full disk, a closed pipe), say in one line what was done all the
    same and what to do, instead of an error that reads as if nothing had changed."""
    try:
        sys.stdout.write(key.reveal() + "\n")
        sys.stdout.flush()
    except OSError as exc:
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (the unwritable buffer goes)
        raise InvalidInput(
            f"{done}, but the new recovery key could not be written to standard output"
            f" ({exc.strerror or exc.__class__.__name__}): {instead}"
        ) from None


def cmd_init(args: argparse.Namespace) -> int:
    from ..strength import estimate
    from ..vault import Vault

    chosen = new_passphrase(args, "passphrase_file", 0)
    strength = estimate(chosen.reveal())
    if strength.score < 3 and len(chosen) >= 8:
        hint = f" ({strength.warning})" if strength.warning else ""
        sys.stderr.write(
            f"Warning: this passphrase is easy to guess{hint}. A long sentence of unrelated "
            "words is stronger; change it with 'evidence-app passphrase change'.\n"
        )
    vault, key = Vault.create(vault_dir(args), chosen, author=args.author or "")
    with vault:
        _show_recovery_key(
            key,
            f"the vault was created at {vault.root}",
            "the passphrase opens it; run 'evidence-app recovery-key rotate' to get a recovery key",
        )
        sys.stderr.write(
            f"Vault created at {vault.root}.\nThe line above is your RECOVERY KEY. It is shown only this once:"
            " write it on paper and keep it apart from this computer. With it, the vault can be opened"
            " if the passphrase is forgotten.\n"
        )
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    if args.backup:
        from ..backup import check_backup

        recovery = recovery_key(args)
        info = check_backup(Path(args.backup), None if recovery else passphrase(args), recovery)
        print(f"OK backup of vault {info.vault_id} made {info.created}: {info.files} files, {info.blobs} blobs")
        return 0
    if args.identity and not args.against:
        raise InvalidInput("--identity decrypts the file given to --against; give --against FILE too")
    with open_vault(args) as v:
        report = v.check()
        if args.against:
            from ..anchor_files import head_of
            from ..transfer.reader import load_identities

            source = Path(args.against)
            identities = [i for spec in args.identity for i in load_identities(Path(spec))]
            recorded = head_of(source, v, identities)
            problem = v.check_against(recorded, source.name)
            if problem:
                report.problems.append(problem)
            else:
                report.checked.append(f"custody log holds {recorded.short()} from {source.name}")
    for problem in report.problems:
        print(f"PROBLEM {problem}")
    for note in report.notes:
        print(f"NOTE {note}")
    if report.ok:
        print("OK " + ", ".join(report.checked))
        return 0
    sys.stderr.write(f"{PROG}: the vault has {len(report.problems)} problem(s)\n")
    return 1


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        stdin_index = 1 if getattr(args, "passphrase_file", None) == "-" else 0
        new = new_passphrase(args, "new_passphrase_file", stdin_index)
        v.change_passphrase(new)
    sys.stderr.write("Passphrase changed. The recovery key is unchanged.\n")
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        stdin_index = 1 if getattr(args, "passphrase_file", None) == "-" else 0
        new = new_passphrase(args, "new_passphrase_file", stdin_index)
        key = v.rekey(new)
        _show_recovery_key(
            key,
            "the vault was re-keyed",
            "the NEW passphrase opens it and the old recovery key no longer does; run"
            " 'evidence-app recovery-key rotate' to get a recovery key",
        )
    sys.stderr.write(
        "Vault re-keyed: a new vault key encrypts the database, wrapped under the new passphrase and the"
        " NEW RECOVERY KEY on the line above (shown only this once: write it on paper; the old recovery key"
        " no longer opens the vault). Old copies of the header no longer open this database; backups made"
        " before now still open with their old passphrase and recovery key.\n"
    )
    return 0


def cmd_recovery_key_rotate(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        key = v.rotate_recovery_key()
        _show_recovery_key(
            key,
            "the recovery key was replaced",
            "the old recovery key no longer opens the vault; run 'evidence-app recovery-key rotate' again",
        )
    sys.stderr.write(
        "The line above is the NEW RECOVERY KEY, shown only this once: write it on paper and keep it apart"
        " from this computer. The old recovery key no longer opens this vault (old copies of the header and"
        " backups made before now still open with it; 'evidence-app rekey' revokes old header copies).\n"
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from ..backup import write_backup

    with open_vault(args) as v:
        out = write_backup(v, Path(args.out))
    print(out)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ..backup import restore_backup

    recovery = recovery_key(args)
    info = restore_backup(Path(args.from_file), vault_dir(args), None if recovery else passphrase(args), recovery)
    print(f"restored vault {info.vault_id} to {vault_dir(args)}")
    return 0


def cmd_wipe(args: argparse.Namespace) -> int:
    if not args.yes:
        raise InvalidInput("wipe destroys the vault for good; repeat with --yes to confirm")
    from ..vault import wipe

    root = vault_dir(args)
    wipe(root)
    sys.stderr.write(
        f"The vault at {root} was wiped: its key was overwritten and its files deleted. A backup of it"
        " still opens with its passphrase or the paper recovery key; copies of the old files may"
        " remain on SSDs and copy-on-write or synced folders until the space is reused.\n"
    )
    return 0


def cmd_duress_setup(args: argparse.Namespace) -> int:
    from ..duress import setup_duress

    with open_vault(args) as v:
        stdin_index = 1 if getattr(args, "passphrase_file", None) == "-" else 0
        chosen = secret_twice(args, "duress_passphrase_file", stdin_index, "Duress passphrase: ")
        result = setup_duress(v, chosen, Path(args.decoy) if args.decoy else None)
    where = (
        f"the decoy vault from {result.decoy_folder_wiped} ({result.media_files} media files); that folder was wiped"
        if result.decoy_folder_wiped is not None
        else "an empty decoy vault (prepare one with harmless content and pass it with --decoy DIR)"
    )
    sys.stderr.write(
        f"Duress passphrase set: it opens {where}, and at the same moment crypto-erases this vault. Only a"
        " backup made before then, opened with the real passphrase or the recovery key, brings it back."
        " See docs/THREAT_MODEL.md for what an examiner can still see.\n"
    )
    return 0


def cmd_duress_remove(args: argparse.Namespace) -> int:
    from ..duress import remove_duress

    with open_vault(args) as v:
        remove_duress(v)
    sys.stderr.write("The duress passphrase and its decoy vault were removed.\n")
    return 0


LIMIT_CHOICES = ("off", "5", "10", "20")


def cmd_settings_set(args: argparse.Namespace) -> int:
    limit = 0 if args.value == "off" else int(args.value)
    with open_vault(args) as v:
        v.set_failed_unlock_limit(limit)
    if limit:
        sys.stderr.write(
            f"Warning: after {limit} failed unlocks in a row the vault is wiped for good, without asking."
            " Only a backup opened with its passphrase or the paper recovery key brings it back. This does"
            " not stop someone who copied the vault folder first: they can guess against the copy.\n"
        )
    else:
        sys.stderr.write("The failed-unlock limit is off.\n")
    return 0


def cmd_settings_show(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        limit = v.failed_unlock_limit
    print(f"failed-unlock-limit {limit or 'off'}")
    return 0


# --- parsers (the top-level help of each command is in main.py's table) ------------------------


def _init(sp: Parser) -> None:
    sp.set_defaults(func=cmd_init)
    sp.add_argument("--author", help="your name as it appears in the custody log")


def _check(sp: Parser) -> None:
    sp.set_defaults(func=cmd_check)
    sp.add_argument("--backup", metavar="FILE", help="check a backup file instead of the vault")
    sp.add_argument(
        "--against",
        metavar="FILE",
        help="also prove the custody log still holds the custody head recorded in a backup, a dossier bundle"
        " or a transfer package this vault made",
    )
    sp.add_argument(
        "--identity",
        action="append",
        default=[],
        metavar="AGE_IDENTITY_FILE",
        help="decrypt an age-encrypted bundle or transfer package given to --against (repeatable)",
    )


def _passphrase(parser: Parser) -> None:
    pp = subcommands(parser)
    sp = command(pp, "change", cmd_passphrase_change, "change the passphrase (the data is not re-encrypted)")
    sp.add_argument("--new-passphrase-file", metavar="FILE")


def _rekey(sp: Parser) -> None:
    sp.set_defaults(func=cmd_rekey)
    sp.add_argument("--new-passphrase-file", metavar="FILE", help="the new passphrase (may be the same one)")


def _recovery_key(parser: Parser) -> None:
    rp = subcommands(parser)
    command(rp, "rotate", cmd_recovery_key_rotate, "print a new recovery key once; the old one stops working")


def _backup(sp: Parser) -> None:
    sp.set_defaults(func=cmd_backup)
    sp.add_argument("--out", required=True, metavar="FILE")


def _restore(sp: Parser) -> None:
    sp.set_defaults(func=cmd_restore)
    sp.add_argument("--from", dest="from_file", required=True, metavar="FILE")


def _wipe(sp: Parser) -> None:
    sp.set_defaults(func=cmd_wipe)
    sp.add_argument("--yes", action="store_true")


def _settings(parser: Parser) -> None:
    sp_all = subcommands(parser)
    sp = command(sp_all, "set", cmd_settings_set, "change a setting kept in the vault header")
    sp.add_argument("name", choices=["failed-unlock-limit"])
    sp.add_argument("value", choices=LIMIT_CHOICES, help="wipe after this many failed unlocks in a row, or off")
    command(sp_all, "show", cmd_settings_show, "show the settings kept in the vault header")


def _duress(parser: Parser) -> None:
    sp_all = subcommands(parser)
    sp = command(
        sp_all,
        "setup",
        cmd_duress_setup,
        "set a duress passphrase: it opens a decoy vault and crypto-erases this one",
    )
    sp.add_argument("--duress-passphrase-file", metavar="FILE", help="read the duress passphrase from FILE")
    sp.add_argument(
        "--decoy",
        metavar="DIR",
        help="a vault you prepared with harmless content, whose passphrase is the duress passphrase"
        " (packed into this vault, then wiped); default: an empty decoy",
    )
    command(sp_all, "remove", cmd_duress_remove, "remove the duress passphrase and its decoy vault")


PARSERS = {
    "init": _init,
    "check": _check,
    "passphrase": _passphrase,
    "rekey": _rekey,
    "recovery-key": _recovery_key,
    "backup": _backup,
    "restore": _restore,
    "wipe": _wipe,
    "settings": _settings,
    "duress": _duress,
}
