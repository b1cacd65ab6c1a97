"""What an export holds, counted per kind: the window's dry-run and finish pages say it in a
researcher's words ("3 testimonies, 2 protected persons shown by pseudonym, 7 photos") instead of
listing file names, record ids or redaction codes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..model import RecordKind
from ..redaction import DetectorKind, RedactionReason
from .collect import Dossier, ExclusionReason, ExportReport
from .places import GeneralisedBecause


@dataclass(frozen=True)
class ContentCounts:
    testimonies: int
    protected_persons: int  # shown by pseudonym only
    named_persons: int  # public persons (officials...), shown by name
    sites: int
    sensitive_sites: int  # only their province is exported
    sites_without_coordinates: int  # coordinates held but left out
    notes: int  # shared notes (private ones never leave)
    media: tuple[tuple[str, int], ...]  # (MediaKind value, count), sorted by kind
    protected_redactions: int  # names and contacts of protected persons
    site_redactions: int  # names and towns of sensitive sites
    manual_redactions: int  # spans the researcher marked
    detector_redactions: tuple[tuple[DetectorKind | None, int], ...]  # per detector
    kept: int  # detector hits the export allows
    private_notes: int  # left out
    recordings: int  # left out (audio, video) unless asked for
    other_left_out: int  # media left out for another reason (not exportable, no clean copy...)


def count(dossier: Dossier, report: ExportReport) -> ContentCounts:
    media = Counter(m.kind for m in dossier.media)
    detectors = Counter(r.detector for r in report.redactions if r.reason is RedactionReason.DETECTOR)
    left_out = Counter(e.reason for e in report.exclusions)
    private_notes = sum(
        1 for e in report.exclusions if e.kind is RecordKind.NOTE and e.reason is ExclusionReason.PRIVATE_NOTE
    )
    return ContentCounts(
        testimonies=len(dossier.testimonies),
        protected_persons=sum(1 for p in dossier.persons if p.protected),
        named_persons=sum(1 for p in dossier.persons if not p.protected),
        sites=len(dossier.sites),
        sensitive_sites=sum(1 for g in report.generalisations if g.because is GeneralisedBecause.SENSITIVE),
        sites_without_coordinates=sum(1 for g in report.generalisations if g.because is GeneralisedBecause.COORDINATES),
        notes=len(dossier.notes),
        media=tuple(sorted(media.items())),
        protected_redactions=sum(
            1 for r in report.redactions if r.reason is RedactionReason.PROTECTED_PERSON and not r.sensitive_site
        ),
        site_redactions=sum(1 for r in report.redactions if r.sensitive_site),
        manual_redactions=sum(1 for r in report.redactions if r.reason is RedactionReason.MANUAL),
        detector_redactions=tuple(sorted(detectors.items(), key=lambda kv: kv[0].value if kv[0] else "")),
        kept=len(report.kept),
        private_notes=private_notes,
        recordings=left_out[ExclusionReason.RECORDING],
        other_left_out=len(report.exclusions) - private_notes - left_out[ExclusionReason.RECORDING],
    )
