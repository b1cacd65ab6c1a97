"""``evidence-app transfer ...`` commands: hand a whole case to a colleague's vault."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..model import RecordKind
from ..records.lookup import resolve_id
from ._common import Parser, UsageError, command, open_vault, subcommands


def cmd_transfer_export(args: argparse.Namespace) -> int:
    from ..recipients import parse_recipients
    from ..transfer import export_case

    if not args.recipient and not args.recipients_file:
        # A package for nobody cannot be opened by anyone: a usage error, before the vault is opened.
        raise UsageError("transfer export: give at least one --recipient or --recipients-file")
    # Read and checked before the passphrase is asked: a bad key line fails at once, never echoed.
    recipients = parse_recipients(args.recipient, [Path(f) for f in args.recipients_file])
    with open_vault(args) as v:
        summary = export_case(v, resolve_id(v, RecordKind.CASE, args.case), recipients, Path(args.out))
    print(summary.path)
    counts = ", ".join(f"{n} {what}" for what, n in summary.counts.items())
    sys.stderr.write(
        f"Transfer package of case {summary.case_id}: {counts}; {summary.files} files,"
        f" {summary.custody_entries} custody entries.\n"
        f"Signed by this vault's key {summary.signer_key}.\n"
        "It is NOT redacted: it holds every name, note and original. Only the recipients' age identities open it.\n"
    )
    return 0


_SIGNER_WORDS = {
    "own": "this vault's own key",
    "trusted": "trusted here before",
    "named": "not trusted before; the import trusts it from then on (--expect-signer)",
}
_CHANGE_WORDS = {"add": "add", "change": "change", "conflict": "keep both versions (in conflict) of"}


def cmd_transfer_import(args: argparse.Namespace) -> int:
    from ..transfer import import_package, load_identities, preview_package

    identities = load_identities(Path(args.identity))
    with open_vault(args) as v:
        if args.dry_run:
            # The same preview the window shows before its import (transfer/preview.py).
            preview = preview_package(v, Path(args.file), identities, args.expect_signer)
            if preview.report is None:
                assert preview.untrusted is not None
                raise preview.untrusted
            report = preview.report
        else:
            report = import_package(v, Path(args.file), identities, args.expect_signer)
    would = "would be " if report.dry_run else ""
    print(
        f"{'dry run: ' if report.dry_run else ''}case {report.case_id} from vault {report.source_vault_id}"
        f" ({report.source_author})"
    )
    print(f"signed by {report.signer_key}")
    if args.dry_run:
        print(f"signer: {_SIGNER_WORDS[preview.status.value]}")
        for item in preview.items:
            print(f"would {_CHANGE_WORDS[item.change.value]} {item.kind.value} {item.record_id}")
    for outcome, kinds in report.tally():
        print(f"{would}{outcome.value}: {', '.join(f'{n} {kind.value}' for kind, n in kinds)}")
    print(f"media files {would}stored: {report.blobs_stored}; custody history entries: {report.history_entries}")
    for notice in report.notices:
        print(f"note: {notice}")
    print(f"conflicts: {len(report.conflicts)}")
    for conflict in report.conflicts:
        print(f"  conflict {conflict.kind.value} {conflict.record_id}: {conflict.resolution}")
    if report.dry_run:
        sys.stderr.write("Dry run: nothing was written to this vault.\n")
    elif report.newly_trusted:
        sys.stderr.write(f"Packages signed by {report.signer_key} are trusted from now on.\n")
    return 0


def cmd_transfer_trusted(args: argparse.Namespace) -> int:
    from ..transfer.trust import shown, trusted

    with open_vault(args) as v:
        print(f"{shown(v.signing_keypair().public)}\t(this vault's own key)")
        for signer in trusted(v):
            print(f"{signer.shown}\ttrusted {signer.added} by {signer.actor}")
    return 0


def cmd_transfer_fingerprint(args: argparse.Namespace) -> int:
    from ..transfer.trust import shown

    with open_vault(args) as v:
        print(shown(v.signing_keypair().public))  # as ssh-keygen -l prints it, like signing-key
    return 0


def _transfer(parser: Parser) -> None:
    transfer = subcommands(parser)
    sp = command(
        transfer,
        "export",
        cmd_transfer_export,
        "write a full, unredacted, signed package of a case, encrypted to age recipients",
    )
    sp.add_argument("--case", required=True)
    sp.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar="AGE_RECIPIENT",
        help="age1..., or an ssh-ed25519 or ssh-rsa public key (repeatable)",
    )
    sp.add_argument(
        "--recipients-file",
        action="append",
        default=[],
        metavar="F",
        help="encrypt to every recipient in this file, one per line, as age -R takes it (repeatable)",
    )
    sp.add_argument("--out", required=True, metavar="FILE")
    sp = command(transfer, "import", cmd_transfer_import, "merge a colleague's transfer package into this vault")
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--identity", required=True, metavar="FILE", help="age identity file (age-keygen format)")
    sp.add_argument(
        "--expect-signer",
        metavar="FINGERPRINT",
        help="refuse the package unless this key signed it (SHA256:... as 'transfer fingerprint' prints it);"
        " trusts the key from then on",
    )
    sp.add_argument("--dry-run", action="store_true", help="list what the import would add, change or conflict with")
    command(transfer, "trusted", cmd_transfer_trusted, "list the signers whose packages this vault accepts")
    command(transfer, "fingerprint", cmd_transfer_fingerprint, "print this vault's signing key fingerprint")


PARSERS = {"transfer": _transfer}
