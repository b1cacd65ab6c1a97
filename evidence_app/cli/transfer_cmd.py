"""``evidence-app transfer ...`` commands: hand a whole case to a colleague's vault."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..model import RecordKind
from ._common import Parser, command, open_vault, subcommands


def cmd_transfer_export(args: argparse.Namespace) -> int:
    from ..transfer import export_case

    with open_vault(args) as v:
        summary = export_case(v, v.resolve_id(RecordKind.CASE, args.case), args.recipient, Path(args.out))
    print(summary.path)
    counts = ", ".join(f"{n} {what}" for what, n in summary.counts.items())
    sys.stderr.write(
        f"Transfer package of case {summary.case_id}: {counts}; {summary.files} files,"
        f" {summary.custody_entries} custody entries.\n"
        f"Signed by this vault's key {summary.signer_fingerprint}.\n"
        "It is NOT redacted: it holds every name, note and original. Only the recipients' age identities open it.\n"
    )
    return 0


def cmd_transfer_import(args: argparse.Namespace) -> int:
    from ..transfer import import_package, load_identities

    identities = load_identities(Path(args.identity))
    with open_vault(args) as v:
        report = import_package(v, Path(args.file), identities, args.expect_signer)
    print(f"imported case {report.case_id} from vault {report.source_vault_id} ({report.source_author})")
    print(f"signed by {report.signer_fingerprint}")
    for outcome, kinds in report.tally():
        print(f"{outcome.value}: {', '.join(f'{n} {kind.value}' for kind, n in kinds)}")
    print(f"media files stored: {report.blobs_stored}; custody history entries: {report.history_entries}")
    for notice in report.notices:
        print(f"note: {notice}")
    print(f"conflicts: {len(report.conflicts)}")
    for conflict in report.conflicts:
        print(f"  {conflict.kind.value} {conflict.record_id}: {conflict.resolution}")
    if args.expect_signer is None:
        sys.stderr.write(
            "Check the signer fingerprint above with the sender (in person or by phone);"
            " --expect-signer makes the import refuse any other key.\n"
        )
    return 0


def cmd_transfer_fingerprint(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        print(v.signing_keypair().fingerprint)
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
    sp.add_argument("--recipient", action="append", required=True, metavar="AGE_RECIPIENT", help="age1... (repeatable)")
    sp.add_argument("--out", required=True, metavar="FILE")
    sp = command(transfer, "import", cmd_transfer_import, "merge a colleague's transfer package into this vault")
    sp.add_argument("file", metavar="FILE")
    sp.add_argument("--identity", required=True, metavar="FILE", help="age identity file (age-keygen format)")
    sp.add_argument("--expect-signer", metavar="FINGERPRINT", help="refuse the package unless this key signed it")
    command(transfer, "fingerprint", cmd_transfer_fingerprint, "print this vault's signing key fingerprint")


PARSERS = {"transfer": _transfer}
