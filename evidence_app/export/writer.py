"""``export``: collect, render, gate, then write the signed bundle (optionally age-encrypted).

Order, and what must never happen:

1. collect and redact (``collect``), render the HTML, the PDF (export/pdfdoc.py) and
   records.json, build and sign the bag, all in memory;
2. the leak gate reads every final artefact; any finding raises ``ExportRefused`` BEFORE the
   output file is even opened, so a refused export leaves nothing behind;
3. the zip is written through ``fsutil.atomic_writer`` (temporary file, fsync, rename; the
   temporary file is removed on any exception, so a failure leaves no partial bundle). With
   recipients the zip is produced in a thread into an OS pipe and age reads the pipe: the
   plaintext zip exists only in memory and in the kernel's pipe buffer, NEVER on disk;
4. the custody log entry (bundle SHA-256, zip SHA-256, signer fingerprint) is committed before
   the rename, so a bundle never exists without its entry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Protocol

from crypto import age, sshsig

from .. import fsutil
from ..custody import Action
from ..errors import EvidenceError, InvalidInput
from ..recipients import parse_recipients
from ..streams import piped
from ..vault import Vault
from . import pdf as pdfpost
from . import records_schema
from .bag import FREE_TEXT_INFO, BagFile, Writer, bag_info_fields, build_bag, top_folder, write_zip
from .collect import Collected, ExportOptions, ExportReport, collect
from .dossier import render_html, render_records
from .errors import ExportRefused, GateFinding
from .formats import (
    BUNDLE_FORMAT,
    BUNDLE_VERSION,
    DOSSIER_HTML,
    DOSSIER_PDF,
    MEDIA_DIR,
    RECORDS_JSON,
    RECORDS_SCHEMA,
    SHOWN_DIR,
)
from .images import display_copies
from .leakgate import Artefact, check_display_copies, check_html_references, check_media, scan_texts
from .picture_gate import check_picture_text, read_unread
from .spool import Spool
from .summary import ContentCounts
from .summary import count as count_contents


@dataclass(frozen=True)
class PreparedBundle:
    collected: Collected
    top: str
    files: tuple[BagFile, ...]
    fingerprint: str
    findings: tuple[GateFinding, ...]
    spool: Spool = field(repr=False, compare=False)

    def close(self) -> None:
        """Closes the temporary encrypted storage: the bundle cannot be written after this."""
        self.spool.close()
        self.collected.close()  # the recordings' sealed scratch files

    @property
    def report(self) -> ExportReport:
        return self.collected.report

    @property
    def counts(self) -> ContentCounts:
        return count_contents(self.collected.dossier, self.collected.report)

    @property
    def pdf(self) -> bytes:
        """The dossier PDF exactly as the bundle would hold it (in memory; for the preview)."""
        return next(f.data for f in self.files if f.path == DOSSIER_PDF)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str  # of the file written (the age file when encrypted)
    zip_sha256: str
    fingerprint: str
    encrypted: bool
    report: ExportReport
    media: int
    counts: ContentCounts


def prepare(
    vault: Vault,
    case_id: str,
    options: ExportOptions,
    today: dt.date | None = None,
) -> PreparedBundle:
    """Everything of the bundle, with the leak gate's findings (empty = may be written). What
    would grow with the case (the shown copies) is kept in the bundle's encrypted ``spool``,
    closed by ``PreparedBundle.close`` (or when the bundle is dropped)."""
    read_unread(vault, case_id, options.allowed_picture_text)  # before collecting: see picture_gate
    collected = collect(vault, case_id, options, today)
    spool = Spool(vault.root)
    try:
        return _prepare(vault, collected, options, spool)
    except BaseException:
        spool.close()
        raise


def _prepare(vault: Vault, collected: Collected, options: ExportOptions, spool: Spool) -> PreparedBundle:
    dossier = collected.dossier
    keys = vault.signing_keypair()
    fingerprint = sshsig.fingerprint(keys.public)  # as ssh-keygen -l prints it, everywhere
    shown = display_copies(dossier.media, spool)
    html_text = render_html(dossier, fingerprint, shown)
    try:
        from . import pdfdoc  # fpdf is loaded when a dossier is rendered, not with the package

        # fpdf2 holds what it embeds twice: it is given a tiny stand-in for each picture it
        # can, and the pictures' own bytes go in as the PDF is written to the spool (pdf.py).
        stand_ins = [s for s in map(pdfpost.stand_in, shown.values()) if s is not None]
        laid_out = {ref: picture for ref, picture in shown.items()}
        laid_out.update({s.picture.ref: dataclasses.replace(s.picture, content=s.jpeg) for s in stand_ins})
        raw_pdf = pdfdoc.render_pdf(dossier, fingerprint, laid_out)
    except EvidenceError:
        raise
    except Exception as exc:  # a renderer is foreign code: its failure is one line, not a traceback
        raise EvidenceError(f"the dossier PDF could not be rendered ({exc.__class__.__name__})") from None
    pdf_content = pdfpost.assemble(raw_pdf, {s.jpeg: s for s in stand_ins}, spool)
    del raw_pdf
    pdf_text, pdf_info = pdfpost.read_back(pdf_content)
    records = render_records(dossier, fingerprint)
    payload = [
        BagFile(DOSSIER_HTML, html_text.encode("utf-8")),
        BagFile(DOSSIER_PDF, pdf_content, compress=False),
        BagFile(RECORDS_JSON, records),
        BagFile(RECORDS_SCHEMA, records_schema.schema_bytes()),
        *(BagFile(f"{MEDIA_DIR}/{m.file_name}", m.content, compress=False) for m in dossier.media),
        # Only the downscaled copies: a photo shown as it is is shown from media/ (stored once).
        *(
            BagFile(f"{SHOWN_DIR}/{copy.path.split('/', 1)[1]}", copy.content, compress=False)
            for _, copy in sorted(shown.items())
            if copy.downscaled
        ),
    ]
    info = bag_info_fields(payload, dossier.export_date, keys, dossier.organization)
    files = build_bag(payload, info, keys)
    top = top_folder(dossier.export_date, dossier.bundle_id)

    redactor = collected.redactor
    derived = _derived_hashes(dossier.custody.head_hash, *(m.sha256 for m in dossier.media))
    artefacts = [
        Artefact("dossier.html", derived(html_text)),
        Artefact("dossier.pdf text", derived(pdf_text)),
        Artefact("dossier.pdf document info", pdf_info),
        Artefact("records.json", derived(records.decode("utf-8"))),
        Artefact("bag-info.txt", "\n".join(f"{k}: {v}" for k, v in info if k in FREE_TEXT_INFO)),
        Artefact("file names", "\n".join(f"{top}/{f.path}" for f in files)),
    ]
    findings = [
        *scan_texts(redactor, artefacts),
        *check_html_references(html_text, {f.path.removeprefix("data/") for f in payload}),
        *check_media(redactor, dossier.media),
        *check_display_copies(redactor, dossier.media, shown),
        *check_picture_text(vault, redactor, dossier.media, options.allowed_picture_text, collected.report.warnings),
    ]
    return PreparedBundle(collected, top, tuple(files), fingerprint, tuple(findings), spool)


def _derived_hashes(*hashes: str) -> Callable[[str], str]:
    """The gate's view of a text with the app's own hashes (custody head, media SHA-256) cut
    out: a hex digest can hold a digit run that looks like a phone or card number, or even a
    protected person's number, and refusing the export for it would leave the researcher stuck.
    Only these exact 64-hex values computed by the app are cut; nothing typed by a user is."""
    cut = sorted({h for h in hashes if len(h) == 64 and all(c in "0123456789abcdef" for c in h)})

    def apply(text: str) -> str:
        for h in cut:
            text = text.replace(h, "[hash]")
        return text

    return apply


def export_case(
    vault: Vault,
    case_id: str,
    out: Path,
    options: ExportOptions,
    recipients: list[str] | None = None,
    today: dt.date | None = None,
) -> ExportResult:
    """Write the bundle for ``case_id`` to ``out`` (refuses to overwrite). Raises ExportRefused,
    with the findings, if the leak gate finds anything; then nothing is written."""
    recipients = parse_recipients(recipients or [])
    out = check_target(vault, out)
    prepared = prepare(vault, case_id, options, today)
    try:
        return _write_prepared(vault, case_id, out, prepared, recipients)
    finally:
        prepared.close()


def _write_prepared(
    vault: Vault, case_id: str, out: Path, prepared: PreparedBundle, recipients: list[str]
) -> ExportResult:
    # The bundle's own file name travels with it (mail attachments, shared folders, upload logs):
    # a protected name typed into it, or a case title the dossier itself redacts, must not leave
    # the vault there either.
    named = name_findings(prepared, out.name)
    if prepared.findings or named:
        raise ExportRefused([*prepared.findings, *named])
    dossier = prepared.collected.dossier
    written: dict[str, str] = {}

    def record(file_sha: str, zip_sha: str) -> None:
        written.update(file=file_sha, zip=zip_sha)
        vault.log(
            Action.EXPORT,
            "case",
            case_id,
            {
                "what": "dossier",
                "format": f"{BUNDLE_FORMAT}/{BUNDLE_VERSION}",
                "file": out.name,
                "sha256": file_sha,
                "zip_sha256": zip_sha,
                "signer": prepared.fingerprint,
                "encrypted": bool(recipients),
                "recipients": recipients,
                "media": len(dossier.media),
                "excluded": len(prepared.report.exclusions),
                "allowed": list(dossier.allowed),
                "regions": list(dossier.regions),
            },
        )

    write_bundle(out, prepared.top, prepared.files, recipients, record, vault.output_writer)
    return ExportResult(
        path=out,
        sha256=written["file"],
        zip_sha256=written["zip"],
        fingerprint=prepared.fingerprint,
        encrypted=bool(recipients),
        report=prepared.report,
        media=len(dossier.media),
        counts=prepared.counts,
    )


class _HasRedactor(Protocol):
    @property
    def collected(self) -> Collected: ...


def name_findings(prepared: _HasRedactor, name: str) -> list[GateFinding]:
    """The leak gate on the output's own file name (asked before writing, also by the window)."""
    return list(scan_texts(prepared.collected.redactor, [Artefact("the bundle's file name", name)]))


def check_target(vault: Vault, out: Path) -> Path:
    out = out.expanduser()
    if out.exists() or out.is_symlink():
        raise InvalidInput(f"{out} already exists; choose a new file name")
    if not out.parent.is_dir():
        raise InvalidInput(f"the folder {out.parent} does not exist")
    if out.parent.resolve() == vault.root.resolve():
        raise InvalidInput("choose a folder outside the vault for the export")
    return out


class _Hashing:
    def __init__(self, sink: Writer) -> None:
        self._sink = sink
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self._sink.write(data)
        self.digest.update(data)
        return len(data)


def write_bundle(
    out: Path,
    top: str,
    files: tuple[BagFile, ...] | list[BagFile],
    recipients: list[str],
    on_written: Callable[[str, str], None],
    opener: Callable[[Path], AbstractContextManager[BinaryIO]] = fsutil.atomic_writer,
) -> None:
    """Zip ``files`` under ``top`` into ``out`` atomically; through age when there are
    recipients. ``on_written(file_sha256, zip_sha256)`` runs after the last byte and before the
    rename; if it raises, the temporary file is removed and ``out`` never appears."""
    write_stream(out, lambda sink: write_zip(sink, top, files), recipients, on_written, opener)


def write_stream(
    out: Path,
    render: Callable[[Writer], None],
    recipients: list[str],
    on_written: Callable[[str, str], None],
    opener: Callable[[Path], AbstractContextManager[BinaryIO]] = fsutil.atomic_writer,
) -> None:
    """Whatever ``render`` writes, into ``out`` atomically; through age when there are recipients
    (the plaintext then exists only in memory and the kernel's pipe buffer, never on disk).
    ``on_written(file_sha256, plain_sha256)`` runs after the last byte and before the rename."""
    with opener(out) as fh:
        file_sink = _Hashing(fh)
        if recipients:
            plain_sink: list[_Hashing] = []

            def produce(pipe: BinaryIO) -> None:
                sink = _Hashing(pipe)
                plain_sink.append(sink)
                render(sink)

            with piped(produce) as reader:
                age.encrypt_stream(reader, file_sink, recipients)
            plain_sha = plain_sink[0].digest.hexdigest()
        else:
            render(file_sink)
            plain_sha = file_sink.digest.hexdigest()
        on_written(file_sink.digest.hexdigest(), plain_sha)
