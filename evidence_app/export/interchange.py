"""The case for other tools: FollowTheMoney entities (``export --format ftm``) and Uwazi's CSV import
(``export --format uwazi-csv``), made from the same redacted ``Dossier`` as the signed bundle and
refused by the same leak gate.

What must never happen here: anything but the redacted ``Dossier`` values reaching the output (no
vault id, no original, no person's name but a public one), and an output written before the gate
has read every byte of it. Both are built in memory, read back by the gate (``Redactor.leaks``
decodes JSON escapes and CSV is plain text), then written atomically (optionally through age),
with a custody entry committed before the rename, exactly as the bundle is.

FtM (https://followthemoney.tech): one entity per line as JSON (``{"id", "schema",
"properties"}``, every value a list of strings), the interchange the ``ftm`` tools and Aleph read.
The case is a ``Project``; persons ``Person`` (by pseudonym, or a public person's name) linked to
it by ``ProjectParticipant``; sites ``Address`` (a sensitive one by its province only); testimonies
``PlainText`` with their transcript as ``bodyText`` and a ``Documentation`` link to the person who
gave them; notes ``Note``; photos ``Image`` and other files ``Document``/``Audio``/``Video`` (described
by file name, type, date and caption: the JSON carries no file bytes). Ids are the stable
pseudonymous ids of records.json. The entity JSON is written here, not by the ``followthemoney``
library: that library needs PyICU, a database layer and an RDF stack at run time, for what is a
few dozen lines of JSON; the tests check every entity with the library itself.

Uwazi (https://uwazi.readthedocs.io, "Import CSV"): a zip holding ``import.csv`` and the files it
names, at the zip's root. Columns are template property names (lower case, no spaces);
``title`` is required; ``attachments`` lists file names separated by ``|``; a geolocation is
``lat|lon``; dates are ``YYYY-MM-DD``. One template takes every row, told apart by ``record_type``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from ..custody import Action
from ..recipients import parse_recipients
from ..vault import Vault
from .bag import BagFile, Writer, write_zip
from .collect import Collected, Dossier, ExportOptions, ExportReport, collect
from .errors import ExportRefused, GateFinding
from .leakgate import Artefact, check_media, scan_texts
from .picture_gate import check_picture_text, read_unread
from .summary import ContentCounts
from .summary import count as count_contents


class Format(Enum):
    DOSSIER = "dossier"
    FTM = "ftm"
    UWAZI_CSV = "uwazi-csv"


FTM_FILE = "entities.ftm.json"
UWAZI_CSV = "import.csv"
UWAZI_COLUMNS = (
    "title",
    "record_type",
    "record_id",
    "person",
    "date",
    "place",
    "language",
    "summary",
    "transcript",
    "role",
    "town",
    "province",
    "geolocation",
    "caption",
    "attachments",
)


# --- FollowTheMoney -------------------------------------------------------------------------------


def _entity(entity_id: str, schema: str, **props: str | Sequence[str] | None) -> dict[str, Any]:
    properties: dict[str, list[str]] = {}
    for name, value in props.items():
        values = [value] if isinstance(value, str) else list(value or [])
        values = [v for v in values if v and v.strip()]
        if values:
            properties[name] = values
    return {"id": entity_id, "schema": schema, "properties": properties}


def ftm_entities(d: Dossier) -> list[dict[str, Any]]:
    """The redacted case as FtM entities (see the module's docstring for the mapping)."""
    case_id = f"case-{d.case_ref}"
    out = [
        _entity(
            case_id,
            "Project",
            name=d.title,
            description=d.description,
            status=d.status,
            projectId=d.case_ref,
            notes="Redacted dossier: protected persons appear only by pseudonym, sensitive sites by province only.",
        )
    ]
    for p in d.persons:
        note = "Protected person: shown by pseudonym only" if p.protected else "Public person, named"
        out.append(_entity(p.uid, "Person", name=p.label, notes=note, summary=f"Role in the case: {p.role}"))
        out.append(_entity(f"{case_id}-{p.uid}", "ProjectParticipant", project=case_id, participant=p.uid, role=p.role))
    for s in d.sites:
        coordinates = {} if s.lat is None or s.lon is None else {"latitude": repr(s.lat), "longitude": repr(s.lon)}
        full = ", ".join(v for v in (s.name, s.town, s.province) if v)
        out.append(
            _entity(
                s.uid,
                "Address",
                name=s.label,
                full=full or s.label,
                city=s.town,
                region=s.province,
                notes="Sensitive site: province only" if s.generalised else None,
                **coordinates,
            )
        )
    for t in d.testimonies:
        out.append(
            _entity(
                t.uid,
                "PlainText",
                title=f"Testimony {t.ref}: {t.person_label}",
                bodyText=t.transcript,
                summary=t.summary,
                date=t.date,
                keywords=[v for v in (t.place, t.language) if v],
            )
        )
        out.append(
            _entity(f"{t.uid}-{t.person_uid}", "Documentation", document=t.uid, entity=t.person_uid, role="testimony")
        )
        for m_uid in t.media_uids:
            out.append(
                _entity(f"{t.uid}-{m_uid}", "Documentation", document=m_uid, entity=t.person_uid, role="attachment")
            )
    for n in d.notes:
        out.append(_entity(n.uid, "Note", description=n.text, entity=n.person_uid or case_id))
    for m in d.media:
        schema = {"photo": "Image", "audio": "Audio", "video": "Video"}.get(m.kind, "Document")
        extension = m.file_name.rsplit(".", 1)[-1]
        out.append(
            _entity(
                m.uid,
                schema,
                title=m.title,
                fileName=m.file_name,
                mimeType=m.media_type.value,
                extension=extension,
                fileSize=str(m.size),
                date=m.capture_date,
                description=m.caption,
                keywords=m.place,
            )
        )
    return out


def ftm_bytes(d: Dossier) -> bytes:
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in ftm_entities(d)]
    return ("\n".join(lines) + "\n").encode("utf-8")


# --- Uwazi CSV import -----------------------------------------------------------------------------


def uwazi_rows(d: Dossier) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    files = {m.uid: m.file_name for m in d.media}
    for t in d.testimonies:
        rows.append(
            {
                "title": f"Testimony {t.ref}: {t.person_label}",
                "record_type": "testimony",
                "record_id": t.uid,
                "person": t.person_label,
                "date": t.date or "",
                "place": t.place,
                "language": t.language,
                "summary": t.summary,
                "transcript": t.transcript,
                "attachments": "|".join(files[u] for u in t.media_uids if u in files),
            }
        )
    for p in d.persons:
        rows.append({"title": p.label, "record_type": "person", "record_id": p.uid, "role": p.role})
    for s in d.sites:
        geo = "" if s.lat is None or s.lon is None else f"{s.lat!r}|{s.lon!r}"
        rows.append(
            {
                "title": s.label,
                "record_type": "site",
                "record_id": s.uid,
                "town": s.town or "",
                "province": s.province,
                "geolocation": geo,
            }
        )
    for n in d.notes:
        title = f"Note {n.ref}" + (f" (about {n.person_label})" if n.person_label else "")
        rows.append(
            {
                "title": title,
                "record_type": "note",
                "record_id": n.uid,
                "person": n.person_label or "",
                "summary": n.text,
            }
        )
    for m in d.media:
        rows.append(
            {
                "title": m.title,
                "record_type": m.kind,
                "record_id": m.uid,
                "date": m.capture_date or "",
                "place": m.place,
                "caption": m.caption,
                "attachments": m.file_name,
            }
        )
    return rows


def uwazi_csv(d: Dossier) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=UWAZI_COLUMNS, lineterminator="\r\n", extrasaction="raise")
    writer.writeheader()
    for row in uwazi_rows(d):
        writer.writerow({c: row.get(c, "") for c in UWAZI_COLUMNS})
    return buffer.getvalue().encode("utf-8")


# --- prepare, gate, write -------------------------------------------------------------------------


@dataclass(frozen=True)
class PreparedOutput:
    collected: Collected
    format: Format
    files: tuple[BagFile, ...]  # FtM: the one JSON-lines file; Uwazi: import.csv and the media
    findings: tuple[GateFinding, ...]

    @property
    def report(self) -> ExportReport:
        return self.collected.report

    @property
    def counts(self) -> ContentCounts:
        return count_contents(self.collected.dossier, self.collected.report)

    def render(self, sink: Writer) -> None:
        if self.format is Format.FTM:
            sink.write(self.files[0].data)
        else:
            write_zip(sink, "", self.files)  # at the zip's root: Uwazi finds import.csv and the files there


def prepare_output(
    vault: Vault, case_id: str, options: ExportOptions, fmt: Format, today: dt.date | None = None
) -> PreparedOutput:
    """The output of ``fmt`` in memory, with the leak gate's findings (empty = may be written)."""
    if fmt is Format.DOSSIER:
        raise ValueError("the dossier bundle is prepared by writer.prepare")
    if fmt is not Format.FTM:
        read_unread(vault, case_id, options.allowed_picture_text)  # before collecting: see picture_gate
    collected = collect(vault, case_id, options, today)
    d = collected.dossier
    redactor = collected.redactor
    if fmt is Format.FTM:
        data = ftm_bytes(d)
        files: tuple[BagFile, ...] = (BagFile(FTM_FILE, data),)
        findings = scan_texts(redactor, [Artefact(FTM_FILE, data.decode("utf-8"))])
    else:
        table = uwazi_csv(d)
        files = (BagFile(UWAZI_CSV, table), *(BagFile(m.file_name, m.content, compress=False) for m in d.media))
        findings = [
            *scan_texts(
                redactor,
                [Artefact(UWAZI_CSV, table.decode("utf-8")), Artefact("file names", "\n".join(f.path for f in files))],
            ),
            *check_media(redactor, d.media),
            *check_picture_text(vault, redactor, d.media, options.allowed_picture_text, collected.report.warnings),
        ]
    return PreparedOutput(collected, fmt, files, tuple(findings))


@dataclass(frozen=True)
class OutputResult:
    path: Path
    sha256: str
    format: Format
    encrypted: bool
    report: ExportReport
    media: int
    counts: ContentCounts


def export_output(
    vault: Vault,
    case_id: str,
    out: Path,
    options: ExportOptions,
    fmt: Format,
    recipients: list[str] | None = None,
    today: dt.date | None = None,
    check_target: Callable[[Vault, Path], Path] | None = None,
) -> OutputResult:
    """Write ``fmt`` for ``case_id`` to ``out`` (a new file), through age when there are
    recipients. Raises ExportRefused, with the findings, if the gate finds anything; then
    nothing is written. The custody entry commits before the rename."""
    from . import writer as bundle_writer  # the bundle's own checks and atomic, hashed writing

    recipients = parse_recipients(recipients or [])
    out = (check_target or bundle_writer.check_target)(vault, out)
    prepared = prepare_output(vault, case_id, options, fmt, today)
    # The file's own name travels with it, as the bundle's does (writer.export_case).
    named = bundle_writer.name_findings(prepared, out.name)
    if prepared.findings or named:
        raise ExportRefused([*prepared.findings, *named])
    d = prepared.collected.dossier
    written: dict[str, str] = {}

    def record(file_sha: str, plain_sha: str) -> None:
        written["file"] = file_sha
        vault.log(
            Action.EXPORT,
            "case",
            case_id,
            {
                "what": fmt.value,
                "file": out.name,
                "sha256": file_sha,
                "plain_sha256": plain_sha,
                "encrypted": bool(recipients),
                "recipients": recipients,
                "media": len(d.media) if fmt is Format.UWAZI_CSV else 0,
                "excluded": len(prepared.report.exclusions),
                "allowed": list(d.allowed),
                "regions": list(d.regions),
            },
        )

    bundle_writer.write_stream(out, prepared.render, recipients, record, vault.output_writer)
    return OutputResult(
        out,
        written["file"],
        fmt,
        bool(recipients),
        prepared.report,
        len(d.media) if fmt is Format.UWAZI_CSV else 0,
        prepared.counts,
    )


__all__ = ["Format", "OutputResult", "PreparedOutput", "export_output", "prepare_output"]
