"""The export's dry run and result in a researcher's words: what the dossier holds, counted per
kind ("3 testimonies, 2 protected persons shown by pseudonym, 7 photos"), where each redaction is
("Testimony T1, transcript") and why ("a protected person's name or contact"), instead of record
ids, codes such as ``protected_person`` or the bag's file count.

The numbers come from ``evidence_app.export.summary``; this module only words them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from evidence_app.export.collect import Exclusion, ExclusionReason, KeptHit, RedactionNote
from evidence_app.export.errors import GateFinding
from evidence_app.export.places import Generalisation, GeneralisedBecause, Where
from evidence_app.export.summary import ContentCounts
from evidence_app.model import RecordKind
from evidence_app.redaction import DetectorKind, RedactionReason
from evidence_app.transcripts import MutedSpan

from .labels import detector_label


class ReportWords(QObject):
    """Wording only (a QObject for ``self.tr``); holds nothing."""

    @staticmethod
    def _n(n: int, one: str, many: str) -> str:
        return one if n == 1 else many.format(n=n)

    # --- what the dossier holds ----------------------------------------------------------------

    def contents(self, c: ContentCounts) -> str:
        parts = [
            self._n(c.testimonies, self.tr("1 testimony"), self.tr("{n} testimonies")),
        ]
        if c.protected_persons:
            parts.append(
                self._n(
                    c.protected_persons,
                    self.tr("1 protected person shown by pseudonym"),
                    self.tr("{n} protected persons shown by pseudonym"),
                )
            )
        if c.named_persons:
            parts.append(
                self._n(c.named_persons, self.tr("1 public person named"), self.tr("{n} public persons named"))
            )
        if c.sites:
            sites = self._n(c.sites, self.tr("1 site"), self.tr("{n} sites"))
            if c.sensitive_sites:
                sites += " " + self._n(
                    c.sensitive_sites,
                    self.tr("(1 sensitive: only its province)"),
                    self.tr("({n} sensitive: only their province)"),
                )
            parts.append(sites)
        if c.notes:
            parts.append(self._n(c.notes, self.tr("1 shared note"), self.tr("{n} shared notes")))
        media_words = {
            "photo": (self.tr("1 photo"), self.tr("{n} photos")),
            "document": (self.tr("1 document"), self.tr("{n} documents")),
            "audio": (self.tr("1 audio recording"), self.tr("{n} audio recordings")),
            "video": (self.tr("1 video"), self.tr("{n} videos")),
        }
        for kind, n in c.media:
            one, many = media_words.get(kind, (self.tr("1 media file"), self.tr("{n} media files")))
            parts.append(self._n(n, one, many))
        return ", ".join(parts)

    def redactions(self, c: ContentCounts) -> str:
        parts: list[str] = []
        if c.protected_redactions:
            parts.append(
                self._n(
                    c.protected_redactions,
                    self.tr("1 name or contact of a protected person"),
                    self.tr("{n} names or contacts of protected persons"),
                )
            )
        if c.site_redactions:
            parts.append(
                self._n(
                    c.site_redactions,
                    self.tr("1 name or town of a sensitive site"),
                    self.tr("{n} names or towns of sensitive sites"),
                )
            )
        if c.manual_redactions:
            parts.append(
                self._n(c.manual_redactions, self.tr("1 passage you marked"), self.tr("{n} passages you marked"))
            )
        for kind, n in c.detector_redactions:
            what = detector_label(kind) if kind is not None else self.tr("Other details")
            parts.append(self.tr("{what}: {n}").format(what=what, n=n))
        if not parts:
            return self.tr("Nothing needed hiding.")
        return self.tr("Hidden: {list}.").format(list="; ".join(parts))

    def left_out(self, c: ContentCounts) -> str:
        parts: list[str] = []
        if c.private_notes:
            parts.append(self._n(c.private_notes, self.tr("1 private note"), self.tr("{n} private notes")))
        if c.recordings:
            parts.append(self._n(c.recordings, self.tr("1 recording"), self.tr("{n} recordings")))
        if c.other_left_out:
            parts.append(self._n(c.other_left_out, self.tr("1 media file"), self.tr("{n} media files")))
        if c.sites_without_coordinates:
            parts.append(
                self._n(
                    c.sites_without_coordinates,
                    self.tr("the coordinates of 1 site"),
                    self.tr("the coordinates of {n} sites"),
                )
            )
        if not parts:
            return self.tr("Nothing is left out.")
        return self.tr("Left out: {list}.").format(list=", ".join(parts))

    # --- one line each -------------------------------------------------------------------------

    def where(self, place: Where | None, fallback: str = "") -> str:
        if place is None:
            return fallback
        records = {
            "case": self.tr("The case"),
            "person": self.tr("Person {ref}"),
            "site": self.tr("Site {ref}"),
            "testimony": self.tr("Testimony {ref}"),
            "note": self.tr("Note {ref}"),
            "media": self.tr("Media file {ref}"),
            "organization": self.tr("Your organisation's name"),
        }
        ref = str(int(place.ref)) if place.ref.isdigit() else place.ref
        record = records.get(place.record, place.record).format(ref=ref)
        fields = {
            "title": self.tr("title"),
            "description": self.tr("description"),
            "name": self.tr("name"),
            "town": self.tr("town"),
            "province": self.tr("province"),
            "place": self.tr("place"),
            "language": self.tr("language"),
            "summary": self.tr("summary"),
            "transcript": self.tr("transcript"),
            "caption": self.tr("caption"),
        }
        if not place.field_name:
            return record
        return self.tr("{record}, {field}").format(record=record, field=fields.get(place.field_name, place.field_name))

    def redaction(self, r: RedactionNote) -> str:
        if r.sensitive_site:
            why = self.tr("a sensitive site's name or town")
        elif r.reason is RedactionReason.PROTECTED_PERSON:
            why = self.tr("a protected person's name or contact")
        elif r.reason is RedactionReason.MANUAL:
            why = self.tr("a passage you marked")
        else:
            why = detector_label(r.detector) if r.detector is not None else self.tr("a detail found in the text")
        return self.tr("{where}: {why}, shown as “{label}”: {context}").format(
            where=self.where(r.place, r.where), why=why, label=r.label, context=r.context
        )

    def kept(self, k: KeptHit) -> str:
        return self.tr("{where}: {what} kept (you allowed it): {context}").format(
            where=self.where(k.place, k.where), what=detector_label(k.kind), context=k.context
        )

    def exclusion(self, e: Exclusion) -> str:
        if e.kind is RecordKind.NOTE:
            what = self.tr("A private note")
        elif e.reason is ExclusionReason.RECORDING:
            what = self.tr("A video") if e.detail == "video" else self.tr("An audio recording")
        else:
            what = self.tr("A media file")
        reasons = {
            ExclusionReason.PRIVATE_NOTE: self.tr("private notes never leave the vault"),
            ExclusionReason.NOT_EXPORTABLE: self.tr("you marked it not to be exported"),
            ExclusionReason.NO_WORKING_COPY: self.tr("it has no cleaned working copy (originals never leave)"),
            ExclusionReason.NO_INSPECTOR: self.tr("its type cannot be checked for hidden details"),
            ExclusionReason.UNREADABLE: self.tr("its working copy could not be read"),
            ExclusionReason.TYPE_MISMATCH: self.tr("its working copy is not of the type recorded for it"),
            ExclusionReason.RECORDING: self.tr(
                "voices identify people; tick “Include recordings” on the first page to export it"
            ),
            ExclusionReason.UNMUTED_VIDEO: self.tr(
                "its transcript has redacted words that could not be muted in its sound"
            ),
        }
        line = self.tr("{what}: {why}").format(what=what, why=reasons[e.reason])
        if e.reason is ExclusionReason.NOT_EXPORTABLE and e.detail:
            line = self.tr("{line} (your reason: {reason})").format(line=line, reason=e.detail)
        return line

    def muted(self, ref: str, muted: MutedSpan) -> str:
        """A span an exported recording has muted, with why (never the words: they may be a name)."""
        names = {"protected person": self.tr("a protected person's name"), "manual mark": self.tr("your mark")}
        why = ", ".join(names.get(r) or self._detector_name(r) for r in muted.reasons)
        number = str(int(ref)) if ref.isdigit() else ref
        return self.tr("{where}: {start}–{end} s muted ({why})").format(
            where=self.tr("Media file {ref}").format(ref=number),
            start=f"{muted.span.start:.2f}",
            end=f"{muted.span.end:.2f}",
            why=why,
        )

    @staticmethod
    def _detector_name(value: str) -> str:
        try:
            return detector_label(DetectorKind(value))
        except ValueError:
            return value

    def generalisation(self, g: Generalisation) -> str:
        if g.because is GeneralisedBecause.SENSITIVE:
            why = self.tr("sensitive, so only its province is shown")
        else:
            why = self.tr("its coordinates are left out (tick “GPS coordinates” on the first page to keep them)")
        return self.tr("{where}: {why}").format(where=self.where(g.place), why=why)

    def finding(self, f: GateFinding) -> str:
        artefacts = {
            "dossier.html": self.tr("the dossier (web page)"),
            "dossier.pdf text": self.tr("the dossier (PDF)"),
            "dossier.pdf document info": self.tr("the PDF's document properties"),
            "records.json": self.tr("the data file (records.json)"),
            "bag-info.txt": self.tr("the bundle's description"),
            "file names": self.tr("the file names in the bundle"),
        }
        where = artefacts.get(f.where, f.where)
        return self.tr("In {where}: {what}").format(where=where, what=f.what)
