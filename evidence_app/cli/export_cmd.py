"""``evidence-app export`` and ``evidence-app verify``.

export: a redacted, signed BagIt bundle of one case (optionally age-encrypted to recipients);
``--dry-run`` lists every redaction, detector hit and left-out item and writes nothing.
verify: checks a bundle's zip structure, manifests, signature and signer; needs no vault and
never asks for a passphrase (recipients run it).

Exit codes as for every command: 0 ok, 1 one-line error on stderr, 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import InvalidInput
from ..model import RecordKind
from ..records.lookup import resolve_id
from ..redaction import DEFAULT_REGIONS, DetectorKind, RedactionReason
from ._common import Parser, UsageError, open_vault, read_secret_file

if TYPE_CHECKING:  # the export package is imported when a command runs, not to build the parser
    from crypto.secret import SecretStr

    from ..export import ExportOptions, ExportReport


def _options(args: argparse.Namespace) -> ExportOptions:
    from ..export import ExportOptions

    regions = tuple(r.upper() for r in args.region) if args.region else DEFAULT_REGIONS
    return ExportOptions(
        allowed=frozenset(args.allow),
        regions=regions,
        organization=args.organization or "",
        include_recordings=args.include_recordings,
        disguise_voices=args.disguise_voices,
    )


def _allow_text_in(v: Any, args: argparse.Namespace, options: ExportOptions) -> ExportOptions:
    import dataclasses

    ids = frozenset(resolve_id(v, RecordKind.MEDIA, i) for i in args.allow_text_in)
    return dataclasses.replace(options, allowed_picture_text=ids)


def _print_report(report: ExportReport, out: TextIO) -> None:
    """The dry-run listing. Contexts come from Redactor.context and never show protected text."""
    out.write(f"Redactions ({len(report.redactions)}):\n")
    for r in report.redactions:
        out.write(f"  {r.where}: {r.reason.value} -> {r.label}: {r.context}\n")
    detector_hits = [r for r in report.redactions if r.reason is RedactionReason.DETECTOR]
    out.write(f"Detector hits redacted: {len(detector_hits)}; allowed and kept ({len(report.kept)}):\n")
    for k in report.kept:
        out.write(f"  {k.where}: {k.kind.value} kept: {k.context}\n")
    if report.muted:
        out.write(f"Muted in recordings ({sum(len(m.spans) for m in report.muted)}):\n")
        for m in report.muted:
            for muted in m.spans:
                out.write(f"  {m.where}: {muted.describe()}\n")
    out.write(f"Left out ({len(report.exclusions)}):\n")
    for e in report.exclusions:
        out.write(f"  {e.describe()}\n")
    if report.generalisations:
        out.write(f"Generalised ({len(report.generalisations)}):\n")
        for g in report.generalisations:
            out.write(f"  {g}\n")
    for w in report.warnings:
        out.write(f"Warning: {w}\n")


def cmd_export(args: argparse.Namespace) -> int:
    from ..recipients import parse_recipients

    # A mistyped recipient is refused before the passphrase is asked; the export's own modules
    # (PDF, fonts, media libraries: about 50 MiB) load only after the unlock, so they are never
    # resident beside Argon2id's memory (#18: the export's peak, unlock included).
    recipients = parse_recipients(args.recipient, [Path(f) for f in args.recipients_file])
    if args.format != "dossier":
        return _export_other(args, recipients)
    with open_vault(args) as v:
        from ..export import ExportRefused, export_case, prepare

        options = _options(args)
        case_id = resolve_id(v, RecordKind.CASE, args.case)
        options = _allow_text_in(v, args, options)
        if args.dry_run:
            prepared = prepare(v, case_id, options)
            print(f"Dry run: nothing was written. Case {case_id[:8]}, {len(prepared.files)} files in the bundle.")
            _print_report(prepared.report, sys.stdout)
            if prepared.findings:
                for finding in prepared.findings:
                    print(f"LEAK {finding.describe()}")
                raise ExportRefused(prepared.findings)
            print(f"Leak gate: passed. Signer fingerprint: {prepared.fingerprint}")
            return 0
        try:
            result = export_case(v, case_id, Path(args.out), options, recipients)
        except ExportRefused as exc:
            for finding in exc.findings:
                sys.stderr.write(f"  leak: {finding.describe()}\n")
            raise
    for exclusion in result.report.exclusions:
        sys.stderr.write(f"left out: {exclusion.describe()}\n")
    for muted in result.report.muted:
        for span in muted.spans:
            sys.stderr.write(f"muted: {muted.where}: {span.describe()}\n")
    for warning in result.report.warnings:
        sys.stderr.write(f"warning: {warning}\n")
    sys.stderr.write(
        f"Exported {'(age-encrypted) ' if result.encrypted else ''}with {len(result.report.redactions)} redaction(s)"
        f" and {result.media} file(s). Signer fingerprint: {result.fingerprint}\n"
        "Give the recipient this fingerprint by another channel so they can check who signed the bundle.\n"
    )
    print(result.path)
    return 0


def _export_other(args: argparse.Namespace, recipients: list[str]) -> int:
    """--format ftm / uwazi-csv: the same redacted content and the same leak gate, another shape."""
    with open_vault(args) as v:
        from ..export import ExportRefused  # after the unlock, as in cmd_export
        from ..export.interchange import Format, export_output, prepare_output

        fmt = Format(args.format)
        options = _options(args)
        case_id = resolve_id(v, RecordKind.CASE, args.case)
        options = _allow_text_in(v, args, options)
        if args.dry_run:
            prepared = prepare_output(v, case_id, options, fmt)
            print(f"Dry run: nothing was written. Case {case_id[:8]}, format {fmt.value}.")
            _print_report(prepared.report, sys.stdout)
            if prepared.findings:
                for finding in prepared.findings:
                    print(f"LEAK {finding.describe()}")
                raise ExportRefused(prepared.findings)
            print("Leak gate: passed.")
            return 0
        try:
            result = export_output(v, case_id, Path(args.out), options, fmt, recipients)
        except ExportRefused as exc:
            for finding in exc.findings:
                sys.stderr.write(f"  leak: {finding.describe()}\n")
            raise
    for exclusion in result.report.exclusions:
        sys.stderr.write(f"left out: {exclusion.describe()}\n")
    for warning in result.report.warnings:
        sys.stderr.write(f"warning: {warning}\n")
    sys.stderr.write(
        f"Exported {fmt.value} {'(age-encrypted) ' if result.encrypted else ''}with"
        f" {len(result.report.redactions)} redaction(s) and {result.media} file(s). It is not signed:"
        " send the signed dossier bundle beside it when the recipient must be able to check its origin.\n"
    )
    print(result.path)
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    # No vault, no passphrase: the recipient of a bundle runs this.
    from ..export import read_identities, verify_bundle

    identities = [i for spec in args.identity for i in read_identities(Path(spec), _identity_passphrase(args, spec))]
    result = verify_bundle(Path(args.file), identities, args.fingerprint)
    print(
        f"OK {result.export_format} bag {result.top}: {result.payload_files} payload files,"
        f" {result.payload_bytes} bytes; manifests and signature verified"
        f"{' (decrypted in memory)' if result.encrypted else ''}"
    )
    print(f"signer fingerprint: {result.fingerprint}")
    if args.fingerprint is None:
        sys.stderr.write(
            "Compare the signer fingerprint with the one the sender gave you by another channel"
            " (or pass it with --expect-signer).\n"
        )
    return 0


def _identity_passphrase(args: argparse.Namespace, spec: str) -> Callable[[], SecretStr]:
    """Asked for only when an identity file is passphrase-protected, as ``age -d`` does: from
    --identity-passphrase-file, or typed at the terminal."""

    def ask() -> SecretStr:
        if args.identity_passphrase_file:
            return read_secret_file(args.identity_passphrase_file)
        if not sys.stdin.isatty():
            raise InvalidInput(
                f"{spec} is passphrase-protected: run in a terminal, or give --identity-passphrase-file FILE"
            )
        import getpass

        from crypto.secret import SecretStr

        return SecretStr(getpass.getpass(f"Passphrase for {spec}: "))

    return ask


def _detector(text: str) -> DetectorKind:
    try:
        return DetectorKind(text.strip().lower())
    except ValueError:
        choices = ", ".join(k.value for k in DetectorKind)
        raise argparse.ArgumentTypeError(f"{text!r} is not one of: {choices}") from None


# --- parsers (the top-level help of each command is in main.py's table) ------------------------


def _export(sp: Parser) -> None:
    sp.set_defaults(func=_require_out)
    sp.add_argument("--case", required=True)
    sp.add_argument("--out", metavar="FILE", help="the bundle to write (a new file)")
    sp.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar="AGE_RECIPIENT",
        help="encrypt the bundle to this age recipient: age1..., or an ssh-ed25519 or ssh-rsa public key (repeatable)",
    )
    sp.add_argument(
        "--recipients-file",
        action="append",
        default=[],
        metavar="F",
        help="encrypt to every recipient in this file, one per line, as age -R takes it (repeatable)",
    )
    sp.add_argument(
        "--allow",
        action="append",
        default=[],
        type=_detector,
        metavar="KIND",
        help=f"keep detector hits of this kind ({', '.join(k.value for k in DetectorKind)}; repeatable)",
    )
    sp.add_argument(
        "--allow-text-in",
        action="append",
        default=[],
        metavar="MEDIA_ID",
        help="let the text in this photo leave as it is (the gate reads the text of every exported photo and"
        " refuses a protected name or phone in it; repeatable)",
    )
    sp.add_argument(
        "--region",
        action="append",
        default=[],
        metavar="CC",
        help=f"phone number region (repeatable; default {' '.join(DEFAULT_REGIONS)})",
    )
    sp.add_argument("--organization", help="Source-Organization for bag-info.txt")
    sp.add_argument(
        "--disguise-voices",
        action="store_true",
        help="with --include-recordings: shift the formants of every voice in the exported audio (McAdams);"
        " it does not defeat an expert or a speaker-recognition system",
    )
    sp.add_argument(
        "--include-recordings",
        action="store_true",
        help="also export audio and video working copies (voices and faces can identify people)",
    )
    sp.add_argument(
        "--format",
        choices=("dossier", "ftm", "uwazi-csv"),
        default="dossier",
        help="dossier (default): the signed BagIt bundle; ftm: FollowTheMoney entities, one JSON per line;"
        " uwazi-csv: a zip with import.csv and the files for Uwazi's CSV import",
    )
    sp.add_argument("--dry-run", action="store_true", help="list redactions and left-out items; write nothing")


def _verify(sp: Parser) -> None:
    sp.set_defaults(func=cmd_verify)
    sp.add_argument("file", metavar="FILE")
    sp.add_argument(
        "--identity",
        action="append",
        default=[],
        metavar="AGE_IDENTITY_FILE",
        help="decrypt an age-encrypted bundle with this identity file, as age -d -i takes it: age-keygen's,"
        " an SSH private key, passphrase-protected or not (repeatable)",
    )
    sp.add_argument(
        "--identity-passphrase-file",
        metavar="FILE",
        help="the passphrase of a protected identity file (- = stdin; default: asked in the terminal)",
    )
    sp.add_argument(
        "--expect-signer",
        "--fingerprint",
        dest="fingerprint",
        metavar="FINGERPRINT",
        help="fail unless the bundle is signed by the key with this fingerprint",
    )


def _require_out(args: argparse.Namespace) -> int:
    if not args.dry_run and not args.out:
        raise UsageError("evidence-app export: --out FILE is required (or --dry-run)")
    return cmd_export(args)


def cmd_signing_key(args: argparse.Namespace) -> int:
    """The vault's Ed25519 signing key as recipients' OpenSSH tools take it."""
    from crypto import sshsig

    from ..export.formats import SIGNATURE_NAMESPACE, SIGNATURE_PRINCIPAL

    with open_vault(args) as v:
        public = v.signing_keypair().public
    if args.format == "allowed-signers":
        print(sshsig.allowed_signers_line(public, SIGNATURE_PRINCIPAL, SIGNATURE_NAMESPACE))
    elif args.format == "ssh":
        print(sshsig.public_line(public))
    else:
        print(sshsig.fingerprint(public))
    return 0


def _signing_key(sp: Parser) -> None:
    sp.set_defaults(func=cmd_signing_key)
    sp.add_argument(
        "--format",
        choices=("allowed-signers", "ssh", "fingerprint"),
        default="fingerprint",
        help="allowed-signers: one line for ssh-keygen -Y verify -f; ssh: the public key;"
        " fingerprint (default): as ssh-keygen -l prints it",
    )


PARSERS = {"export": _export, "verify": _verify, "signing-key": _signing_key}
