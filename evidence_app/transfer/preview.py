"""What a transfer package would do to this vault, before anything is written.

``preview_package`` is the one preview: ``transfer import --dry-run`` prints it and the window's
import dialog shows it, and only after the researcher accepts it does the dialog import, naming
the previewed manifest (``import_package(expect_manifest=...)``) so what is committed is exactly
the package that was shown.

The merge itself runs in a transaction that is rolled back (``merge.apply(dry_run=True)``), so
the preview is the merge's real outcome, not a guess: every record it would add, change or be in
conflict with, per kind, with a short label from the package (a protected person by pseudonym).

Trust comes first, as on import: a package from a signer this vault has not trusted, and that the
researcher has not named, is read only up to its verified signature; the preview then holds the
signer's fingerprint and no records, so the researcher can compare the fingerprint with the sender
before anything of the package is parsed.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from crypto import age

from ..model import RecordKind
from ..vault import Vault
from . import merge, trust
from .merge import Conflict, ImportReport, Outcome
from .reader import read_package


class SignerStatus(Enum):
    OWN = "own"  # this vault's own key (a case coming back)
    TRUSTED = "trusted"  # trusted at an earlier import
    NAMED = "named"  # not trusted yet, named by the researcher: importing trusts it from then on
    UNTRUSTED = "untrusted"  # neither: nothing past the signature was read


class Change(Enum):
    ADD = "add"
    CHANGE = "change"
    CONFLICT = "conflict"  # both sides changed it; both versions are kept


@dataclass(frozen=True)
class PreviewItem:
    kind: RecordKind
    record_id: str
    change: Change
    label: str  # from the package; a protected person by pseudonym; safe to show (no controls)


@dataclass
class Preview:
    signer: str
    status: SignerStatus
    report: ImportReport | None  # None when the signer is UNTRUSTED
    untrusted: trust.UntrustedSigner | None = None  # the refusal an import would raise
    items: list[PreviewItem] = field(default_factory=list)

    @property
    def manifest_sha256(self) -> str:
        return "" if self.report is None else self.report.manifest_sha256

    @property
    def conflicts(self) -> list[Conflict]:
        return [] if self.report is None else self.report.conflicts

    def counts(self) -> list[tuple[Change, list[tuple[RecordKind, int]]]]:
        """Per change (add, change, conflict), the kinds of record and how many; empty ones left out."""
        out = []
        for change in Change:
            counter = Counter(i.kind for i in self.items if i.change is change)
            kinds = [(kind, counter[kind]) for kind in RecordKind if counter[kind]]
            if kinds:
                out.append((change, kinds))
        return out


_SHOWN = 80
_BIDI = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A)) | {0x200E, 0x200F, 0x061C}


def _safe(text: str) -> str:
    """One short line: controls and line breaks become spaces, bidi overrides go (a label must
    not reorder the dialog's text around it); zero-width joiners of Khmer or Thai stay."""
    chars = []
    for ch in text:
        if ord(ch) in _BIDI:
            continue
        chars.append(" " if unicodedata.category(ch) in {"Cc", "Zl", "Zp"} else ch)
    line = " ".join("".join(chars).split())
    return line if len(line) <= _SHOWN else line[: _SHOWN - 1] + "…"


def _labels(package: merge.Package) -> dict[str, str]:
    r = package.records
    persons = {p["id"]: (p["pseudonym"] if p["protected"] else p["full_name"]) or p["pseudonym"] for p in r.persons}
    labels = {r.case["id"]: r.case["title"]}
    labels.update(persons)
    for t in r.testimonies:
        date = t.row["interview_date"]
        who = persons.get(t.row["person_id"], "")
        labels[t.row["id"]] = f"{who}, {date}" if date else who
    for n in r.notes:
        labels[n["id"]] = n["text"]
    for s in r.sites:
        labels[s["id"]] = s["name"]
    for m in r.media:
        labels[m.row["id"]] = m.row["caption"] or m.row["original_name"]
    return {rid: _safe(str(text)) for rid, text in labels.items()}


_CHANGES = {Outcome.ADDED: Change.ADD, Outcome.UPDATED: Change.CHANGE, Outcome.MERGED: Change.CHANGE}


def preview_package(
    vault: Vault, path: Path, identities: list[age.DecryptIdentity], expect_signer: str | None = None
) -> Preview:
    """The dry run of importing the package at ``path``: nothing is written (the merge is rolled
    back, checked media bytes are discarded, a named signer is not trusted yet). Raises what the
    import would raise, except for an untrusted signer, which is a preview without records."""
    try:
        report, package = read_package(vault, path, identities, expect_signer, dry_run=True)
    except trust.UntrustedSigner as exc:
        return Preview(exc.signer, SignerStatus.UNTRUSTED, None, exc)
    signer = report.signer_key  # as the researcher is shown keys (SSH SHA256:...)
    if report.signer_fingerprint == vault.signing_keypair().fingerprint:
        status = SignerStatus.OWN
    elif report.newly_trusted:  # trusted in the rolled-back transaction only
        status = SignerStatus.NAMED
    else:
        status = SignerStatus.TRUSTED
    labels = _labels(package)
    conflicted = {(c.kind, c.record_id) for c in report.conflicts}
    items = []
    for kind, rid, outcome in report.records:
        change = Change.CONFLICT if (kind, rid) in conflicted or outcome is Outcome.KEPT else _CHANGES.get(outcome)
        if change is not None:
            items.append(PreviewItem(kind, rid, change, labels.get(rid, "")))
    return Preview(signer, status, report, None, items)
