"""Collecting a case for export: what goes out (redacted) and what stays in (with the reason).

Rules, privacy first:

* Every text that leaves goes through ONE ``Redactor`` built from every person of the vault (a
  protected person of another case may be named here too): case title and description,
  transcripts (with the researcher's manual spans), summaries, places, languages, notes,
  captions, site names/towns/provinces, public persons' names.
* Protected persons appear by pseudonym only; public persons (``protected = False``) by name.
  Nothing else about a person leaves: no aliases, contacts, nationality, consent, risk or notes.
* ``private`` notes never leave. Interviewers and interpreters are not exported (they are at risk
  too). Vault ids, original file names and original hashes are not exported.
* ``sensitive`` sites are generalised to their province: no name, town or coordinates. Their names
  and towns are also redacted wherever they appear in free text (a transcript naming the safe
  house would undo the generalisation), as "[REDACTED: sensitive site]".
* Coordinates of ordinary sites leave only when the export allows GPS (``--allow gps``): they are
  exactly what the GPS detector exists to catch.
* Media: the CURRENT working copy only, renamed ``0001.jpg`` ...; an item that is marked not
  exportable, has no working copy, cannot be read, or has no inspector that could prove it clean
  is left out and listed, never exported raw.

Why this is still one file (just over 700 lines): the rules above act across every kind of record
in one pass over the case (one redactor, one set of refs and uids), and the output dataclasses are
read next to the pass that fills them. It would split by moving those dataclasses (about 220 lines,
``ExportOptions`` to ``Collected``) to their own module, which the renderers would then import.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING, BinaryIO

from .. import identities
from .. import media_service as ms
from ..errors import EvidenceError, InvalidInput, UnsupportedMedia
from ..media.base import Inspection, MediaType
from ..media.detect import detect_bytes
from ..media.registry import sanitizer_for
from ..model import Consent, MediaItem, MediaKind, Person, RecordKind, RiskLevel, Role, Site, Span
from ..records.cases import get_case
from ..records.notes import list_notes
from ..records.persons import get_person, list_persons
from ..records.sites import list_sites
from ..records.testimonies import list_testimonies
from ..redaction import (
    DEFAULT_REGIONS,
    DetectorKind,
    Redaction,
    RedactionReason,
    Redactor,
    detector_hits,
    fold_text,
)
from ..transcripts import MutedNote, for_export
from ..vault import Vault
from .content import Content, Deferred, HasContent, working_copy
from .places import Generalisation, GeneralisedBecause, Where

if TYPE_CHECKING:
    from ..scratch import ScratchFile

SITE_LABEL = "[REDACTED: sensitive site]"
_SITE_ID_PREFIX = "sensitive-site:"
# Working copies that can be shown inline in the dossier (Qt and browsers both decode these).
INLINE_IMAGE_TYPES = frozenset({MediaType.JPEG, MediaType.PNG})


@dataclass(frozen=True)
class ExportOptions:
    allowed: frozenset[DetectorKind] = frozenset()
    regions: tuple[str, ...] = DEFAULT_REGIONS
    organization: str = ""  # Source-Organization in bag-info.txt (redacted like any text)
    # Audio and video carry voices and faces no metadata check can see; a source can be recognised
    # from them. They leave only when the researcher asks for it, export by export.
    include_recordings: bool = False
    disguise_voices: bool = False  # McAdams on exported audio (transcripts.for_export); no expert is fooled
    # Media ids whose pictures may show text the gate would refuse (export --allow-text-in).
    allowed_picture_text: frozenset[str] = frozenset()


class ExclusionReason(Enum):
    PRIVATE_NOTE = "private note: private notes never leave the vault"
    NOT_EXPORTABLE = "marked not exportable"
    NO_WORKING_COPY = "no working copy (the original never leaves raw)"
    NO_INSPECTOR = "no inspector for its type, so it cannot be shown to be free of metadata"
    UNREADABLE = "its working copy could not be read or inspected"
    TYPE_MISMATCH = "its working copy is not of the type recorded for it"
    RECORDING = "a recording: voices identify people; include recordings explicitly to export it"
    UNMUTED_VIDEO = "a video whose transcript has redacted words that could not be muted in its sound"


@dataclass(frozen=True)
class Exclusion:
    kind: RecordKind
    item_id: str
    reason: ExclusionReason
    detail: str = ""  # e.g. the researcher's not-exportable reason; shown locally, never exported

    def describe(self) -> str:
        extra = f" ({self.detail})" if self.detail else ""
        return f"{self.kind.value} {self.item_id[:8]}: {self.reason.value}{extra}"


@dataclass(frozen=True)
class RedactionNote:
    """One redaction for the dry-run listing; ``context`` never shows protected text."""

    where: str
    reason: RedactionReason
    label: str
    context: str
    place: Where | None = None
    detector: DetectorKind | None = None  # which detector, for a detector hit

    @property
    def sensitive_site(self) -> bool:
        """A sensitive site's name or town (shielded like a protected person, but not a person)."""
        return self.reason is RedactionReason.PROTECTED_PERSON and self.label == SITE_LABEL


@dataclass(frozen=True)
class KeptHit:
    """A detector hit the export allows, so it stays in the text."""

    where: str
    kind: DetectorKind
    context: str
    place: Where | None = None


@dataclass
class ExportReport:
    redactions: list[RedactionNote] = field(default_factory=list)
    muted: list[MutedNote] = field(default_factory=list)
    kept: list[KeptHit] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)
    generalisations: list[Generalisation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PersonOut:
    ref: str
    uid: str  # stable pseudonymous id (see record_uid)
    label: str  # pseudonym, or the name of a public person
    role: str
    protected: bool


@dataclass(frozen=True)
class SiteOut:
    ref: str
    uid: str
    name: str | None
    town: str | None
    province: str
    lat: float | None
    lon: float | None
    generalised: bool
    coordinates_withheld: bool  # the vault holds coordinates that this export leaves out

    @property
    def label(self) -> str:
        if self.name:
            return self.name
        return f"a site in {self.province}" if self.province else "a site (location withheld)"


@dataclass(frozen=True)
class TestimonyOut:
    ref: str
    uid: str
    person_uid: str
    person_ref: str
    person_label: str
    date: str | None
    place: str
    language: str
    summary: str
    transcript: str
    media_refs: tuple[str, ...]
    media_uids: tuple[str, ...]


@dataclass(frozen=True)
class NoteOut:
    ref: str
    uid: str
    person_uid: str | None
    person_ref: str | None
    person_label: str | None
    text: str


@dataclass(frozen=True)
class MediaOut(HasContent):
    ref: str  # "0001"
    uid: str
    file_name: str  # "0001.jpg"
    media_type: MediaType
    kind: str
    caption: str
    place: str
    capture_date: str | None
    width: int | None
    height: int | None
    # The working copy, decrypted again for each use (content.py): a case's photos are never
    # all in memory at once. ``data``, ``size`` and ``sha256`` (as sha256sum prints it) from it.
    content: Content = field(repr=False)

    @property
    def inline(self) -> bool:
        return self.media_type in INLINE_IMAGE_TYPES

    @property
    def title(self) -> str:
        """How the dossier names the item: by its caption's first line, not by ``0001.jpg``."""
        first = next((line.strip() for line in self.caption.splitlines() if line.strip()), "")
        if first:
            return first if len(first) <= 90 else first[:89].rstrip() + "\u2026"
        noun = "Photo" if self.kind == "photo" else self.kind.capitalize()
        return f"{noun} {int(self.ref)}"


@dataclass(frozen=True)
class RedactionOut:
    """One redaction as records.json lists it: which record and field, and of what kind. Never
    the replaced text or its position (a position plus the length would hint at a name)."""

    record_uid: str
    field_name: str
    kind: str  # "protected_person", "manual", or "detector:<kind>" (e.g. "detector:phone")


@dataclass(frozen=True)
class TimelineEvent:
    date: str
    what: str


@dataclass(frozen=True)
class CustodySummary:
    """What the custody log says about the case at export time (no actor names, no times of day:
    they would identify the researcher). ``head_hash`` is the hash of the log's last entry before
    this export, so a recipient can later ask the researcher to show the log up to that entry."""

    head_seq: int
    head_hash: str
    case_entries: int
    actions: tuple[tuple[str, int], ...]  # (action, count) for this case's records, sorted by action
    first_day: str | None
    last_day: str | None


@dataclass(frozen=True)
class Dossier:
    """The redacted content of one export: what every artefact of the bundle is made from."""

    export_date: str
    title: str
    description: str
    status: str
    persons: tuple[PersonOut, ...]
    sites: tuple[SiteOut, ...]
    testimonies: tuple[TestimonyOut, ...]
    notes: tuple[NoteOut, ...]
    media: tuple[MediaOut, ...]
    timeline: tuple[TimelineEvent, ...]
    organization: str
    allowed: tuple[str, ...]
    regions: tuple[str, ...]
    custody: CustodySummary
    case_ref: str  # pseudonymous, stable for the case in this vault: never the vault's own id
    bundle_id: str  # of this export: case, custody head and export day
    redactions: tuple[RedactionOut, ...] = ()


@dataclass(frozen=True)
class Collected:
    dossier: Dossier
    report: ExportReport
    redactor: Redactor
    # The sealed scratch files the exported recordings are read from (gate, zip): closed by
    # ``close`` (writer.PreparedBundle.close), or with the process; never named on disk.
    scratch: tuple[BinaryIO, ...] = field(default=(), repr=False, compare=False)

    def close(self) -> None:
        for f in self.scratch:
            f.close()


class _Texts:
    """Redacts one text at a time and keeps the dry-run record of what it did."""

    def __init__(self, redactor: Redactor, options: ExportOptions, report: ExportReport) -> None:
        self.redactor = redactor
        self.options = options
        self.report = report
        self.kinds: list[RedactionOut] = []

    def __call__(
        self, place: Where, text: str, spans: Sequence[Span] = (), *, uid: str = "", field_name: str = ""
    ) -> str:
        where = str(place)
        if not text:
            return text
        result = self.redactor.redact(text, spans)
        for r in result.redactions:
            if uid:
                kind = f"detector:{r.detail}" if r.reason is RedactionReason.DETECTOR else r.reason.value
                self.kinds.append(RedactionOut(uid, field_name, kind))
            context = self.redactor.context(text, r, manual_spans=spans)
            detector = _detector(r.detail) if r.reason is RedactionReason.DETECTOR else None
            self.report.redactions.append(
                RedactionNote(where, r.reason, r.replacement.strip(), context, place, detector)
            )
        if self.options.allowed:
            for hit in detector_hits(text, self.options.allowed, self.options.regions):
                if any(r.start < hit.end and hit.start < r.end for r in result.redactions):
                    continue  # partly redacted for a stronger reason: not kept as such
                shown = Redaction(
                    hit.start,
                    hit.end,
                    text[hit.start : hit.end],
                    text[hit.start : hit.end],
                    RedactionReason.DETECTOR,
                    hit.kind.value,
                )
                context = self.redactor.context(text, shown, manual_spans=spans)
                self.report.kept.append(KeptHit(where, hit.kind, context, place))
        return result.text


def _within(needle: str, haystack: str) -> bool:
    return bool(haystack) and fold_text(needle).strip() in fold_text(haystack)


def site_shields(sites: Sequence[Site]) -> list[Person]:
    """Sensitive sites' names and towns as protected 'persons', so the redactor hides them in free
    text. A name or town that is part of the site's own province is not shielded: the province is
    what the export shows anyway, and shielding it would make the export impossible."""
    shields: list[Person] = []
    for site in sites:
        if not site.sensitive:
            continue
        names = [n for n in (site.name, site.town) if n.strip() and not _within(n, site.province)]
        if not names:
            continue
        shields.append(
            Person(
                id=_SITE_ID_PREFIX + site.id,
                full_name=names[0],
                aliases=tuple(names[1:]),
                transliterations=(),
                phones=(),
                emails=(),
                nationality="",
                languages=(),
                role=Role.OTHER,
                protected=True,
                pseudonym=SITE_LABEL,
                consent=Consent(),
                risk=RiskLevel.UNKNOWN,
                notes="",
                tags=(),
                stamp=site.stamp,
            )
        )
    return shields


def build_redactor(vault: Vault, options: ExportOptions) -> Redactor:
    # Every identifier a protected person ever had, deleted persons' tombstones included.
    persons = [*identities.redaction_persons(vault.conn, list_persons(vault)), *site_shields(list_sites(vault))]
    return Redactor(persons, allowed_detectors=options.allowed, regions=options.regions)


_DAY = re.compile(r"^(\d{4})[:\-](\d{2})[:\-](\d{2})")


def day_of(text: str | None) -> str | None:
    """The calendar day of an ISO or EXIF-style timestamp; the time of day never leaves."""
    match = _DAY.match(text or "")
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def _detector(value: str) -> DetectorKind | None:
    try:
        return DetectorKind(value)
    except ValueError:
        return None


def _short(item_id: str) -> str:
    return item_id[:8]


def collect(vault: Vault, case_id: str, options: ExportOptions, today: dt.date | None = None) -> Collected:
    """The redacted content of ``case_id``, the dry-run report, and the redactor (for the gate)."""
    case = get_case(vault, case_id)
    report = ExportReport()
    redactor = build_redactor(vault, options)
    for warning in redactor.warnings:
        owner = (
            f"sensitive site {_short(warning.person_id[len(_SITE_ID_PREFIX) :])}"
            if warning.person_id.startswith(_SITE_ID_PREFIX)
            else f"person {_short(warning.person_id)}"
        )
        report.warnings.append(f"{owner}: {warning.message}")
    texts = _Texts(redactor, options, report)
    case_ref = _letters(_digest("evidence-vault-case-ref-v1", vault.signing_keypair().public.hex(), case.id))

    def uid(prefix: str, record_id: str) -> str:
        return record_uid(case_ref, prefix, record_id)

    title = texts(Where("case", field_name="title"), case.title, uid=case_ref, field_name="title")
    description = texts(
        Where("case", field_name="description"), case.description, uid=case_ref, field_name="description"
    )

    persons: list[PersonOut] = []
    person_refs: dict[str, PersonOut] = {}
    for n, person in enumerate(list_persons(vault, case.id), start=1):
        ref = f"P{n}"
        person_uid = uid("p", person.id)
        if person.protected:
            label = person.pseudonym
        else:
            label = texts(Where("person", ref, person.id, "name"), person.full_name, uid=person_uid, field_name="label")
        out = PersonOut(ref, person_uid, label, person.role.value, person.protected)
        persons.append(out)
        person_refs[person.id] = out

    sites: list[SiteOut] = []
    allow_gps = DetectorKind.GPS in options.allowed
    case_sites = list_sites(vault, case.id)
    for n, site in enumerate(case_sites, start=1):
        ref = f"S{n}"
        where = Where("site", ref, site.id)
        site_uid = uid("s", site.id)
        province = texts(replace(where, field_name="province"), site.province, uid=site_uid, field_name="province")
        has_coordinates = site.lat is not None or site.lon is not None
        if site.sensitive:
            sites.append(SiteOut(ref, site_uid, None, None, province, None, None, True, has_coordinates))
            report.generalisations.append(Generalisation(where, GeneralisedBecause.SENSITIVE))
            continue
        lat, lon = (site.lat, site.lon) if allow_gps else (None, None)
        if has_coordinates and not allow_gps:
            report.generalisations.append(Generalisation(where, GeneralisedBecause.COORDINATES))
        sites.append(
            SiteOut(
                ref,
                site_uid,
                texts(replace(where, field_name="name"), site.name, uid=site_uid, field_name="name"),
                texts(replace(where, field_name="town"), site.town, uid=site_uid, field_name="town"),
                province,
                lat,
                lon,
                False,
                has_coordinates and not allow_gps,
            )
        )

    # Each kind of record is listed once: the same lists feed the dossier and the custody summary.
    case_media = ms.list_media(vault, case.id)
    case_testimonies = list_testimonies(vault, case.id)
    case_notes = list_notes(vault, case.id)
    keep: list[BinaryIO] = []  # the exported recordings' sealed scratch files, closed with the export
    media, media_refs = _collect_media(vault, case_media, texts, report, uid, keep)
    media_uids = {m.ref: m.uid for m in media}

    testimonies: list[TestimonyOut] = []
    for n, t in enumerate(case_testimonies, start=1):
        ref = f"T{n}"
        where = Where("testimony", ref, t.id)
        t_uid = uid("t", t.id)
        who = person_refs.get(t.person_id)
        if who is None:  # not linked to the case: still only ever shown by its export label
            who = _person_out(vault, t.person_id, f"P{len(persons) + 1}", uid("p", t.person_id), texts)
            persons.append(who)
            person_refs[t.person_id] = who
        testimonies.append(
            TestimonyOut(
                ref,
                t_uid,
                who.uid,
                who.ref,
                who.label,
                t.interview_date.isoformat() if t.interview_date else None,
                texts(replace(where, field_name="place"), t.place, uid=t_uid, field_name="place"),
                texts(replace(where, field_name="language"), t.language, uid=t_uid, field_name="language"),
                texts(replace(where, field_name="summary"), t.summary, uid=t_uid, field_name="summary"),
                texts(
                    replace(where, field_name="transcript"),
                    t.transcript,
                    t.redacted_spans,
                    uid=t_uid,
                    field_name="transcript",
                ),
                tuple(media_refs[m] for m in t.media_ids if m in media_refs),
                tuple(media_uids[media_refs[m]] for m in t.media_ids if m in media_refs),
            )
        )

    notes: list[NoteOut] = []
    for note in case_notes:
        if note.private:
            report.exclusions.append(Exclusion(RecordKind.NOTE, note.id, ExclusionReason.PRIVATE_NOTE))
            continue
        ref = f"N{len(notes) + 1}"
        who = person_refs.get(note.person_id) if note.person_id else None
        if note.person_id and who is None:
            who = _person_out(vault, note.person_id, f"P{len(persons) + 1}", uid("p", note.person_id), texts)
            persons.append(who)
            person_refs[note.person_id] = who
        notes.append(
            NoteOut(
                ref,
                uid("n", note.id),
                who.uid if who else None,
                who.ref if who else None,
                who.label if who else None,
                texts(Where("note", ref, note.id), note.text, uid=uid("n", note.id), field_name="text"),
            )
        )

    timeline = _timeline(testimonies, media, sites, [s.stamp.created for s in case_sites])
    organization = texts(Where("organization"), " ".join(options.organization.split()))
    export_date = (today or dt.date.today()).isoformat()
    record_ids = {case.id, *(t.id for t in case_testimonies), *(s.id for s in case_sites)}
    record_ids |= {n.id for n in case_notes} | {m.id for m in case_media}
    custody = _custody_summary(vault, record_ids)
    bundle_id = _letters(_digest("evidence-vault-bundle-id-v1", case_ref, custody.head_hash, export_date))
    dossier = Dossier(
        export_date=export_date,
        title=title,
        description=description,
        status=case.status.value,
        persons=tuple(persons),
        sites=tuple(sites),
        testimonies=tuple(testimonies),
        notes=tuple(notes),
        media=tuple(media),
        timeline=tuple(timeline),
        organization=organization,
        allowed=tuple(sorted(k.value for k in options.allowed)),
        regions=tuple(options.regions),
        custody=custody,
        case_ref=case_ref,
        bundle_id=bundle_id,
        redactions=tuple(texts.kinds),
    )
    return Collected(dossier, report, redactor, tuple(keep))


def record_uid(case_ref: str, prefix: str, record_id: str) -> str:
    """A record's id in records.json: keyed by the case's pseudonymous ref, so it is the same in
    every export of the case and deleting a record renumbers nothing, yet the vault's own record
    id never leaves it. ``prefix`` says the kind (p, s, t, n, m)."""
    return prefix + "-" + _letters(_digest("evidence-vault-record-id-v1", case_ref, prefix, record_id), 12)


def _digest(*parts: str) -> bytes:
    return hashlib.sha256("\n".join(parts).encode("utf-8")).digest()


# The export's own identifiers are written in letters only (no 0/1/l/o to misread): digits in
# them would look like phone or card numbers to the leak gate and to a reader.
_ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz"


def _letters(digest: bytes, length: int = 16) -> str:
    number = int.from_bytes(digest, "big")
    out = []
    for _ in range(length):
        number, index = divmod(number, len(_ID_ALPHABET))
        out.append(_ID_ALPHABET[index])
    return "".join(out)


def _custody_summary(vault: Vault, record_ids: set[str]) -> CustodySummary:
    head_seq, head_hash = 0, ""
    counts: dict[str, int] = {}
    days: list[str] = []
    for entry in vault.custody_entries():
        head_seq, head_hash = entry.seq, entry.hash
        if entry.object_id in record_ids:
            counts[entry.action] = counts.get(entry.action, 0) + 1
            day = day_of(entry.at)
            if day:
                days.append(day)
    return CustodySummary(
        head_seq=head_seq,
        head_hash=head_hash,
        case_entries=sum(counts.values()),
        actions=tuple(sorted(counts.items())),
        first_day=min(days) if days else None,
        last_day=max(days) if days else None,
    )


def _person_out(vault: Vault, person_id: str, ref: str, person_uid: str, texts: _Texts) -> PersonOut:
    person = get_person(vault, person_id)
    label = (
        person.pseudonym
        if person.protected
        else texts(Where("person", ref, field_name="name"), person.full_name, uid=person_uid, field_name="label")
    )
    return PersonOut(ref, person_uid, label, person.role.value, person.protected)


def _collect_media(
    vault: Vault,
    items: Sequence[MediaItem],
    texts: _Texts,
    report: ExportReport,
    uid: Callable[[str, str], str],
    keep: list[BinaryIO],
) -> tuple[list[MediaOut], dict[str, str]]:
    out: list[MediaOut] = []
    refs: dict[str, str] = {}
    for item in items:

        def exclude(reason: ExclusionReason, detail: str = "", item_id: str = item.id) -> None:
            report.exclusions.append(Exclusion(RecordKind.MEDIA, item_id, reason, detail))

        if item.kind in (MediaKind.AUDIO, MediaKind.VIDEO) and not texts.options.include_recordings:
            exclude(ExclusionReason.RECORDING, item.kind.value)
            continue
        if item.not_exportable:
            # The researcher's reason is shown on screen only, yet redacted like everything else:
            # listings get pasted into messages.
            reason = texts.redactor.redact(" ".join(item.not_exportable.split())[:200]).text
            exclude(ExclusionReason.NOT_EXPORTABLE, reason)
            continue
        if item.working is None:
            exclude(ExclusionReason.NO_WORKING_COPY)
            continue
        try:
            media_type = ms.working_type(vault, item)
        except (InvalidInput, ValueError, KeyError, TypeError):
            exclude(ExclusionReason.NO_WORKING_COPY)
            continue
        try:
            sanitizer = sanitizer_for(media_type)
        except UnsupportedMedia:
            exclude(ExclusionReason.NO_INSPECTOR, media_type.value)
            continue
        content: Content
        if item.kind in (MediaKind.AUDIO, MediaKind.VIDEO):  # muted where its transcript is redacted
            ref = f"{len(out) + 1:04d}"
            recording = _recording(vault, item, media_type, texts, report, ref, exclude, keep)
            if recording is None:
                continue
            content, media_type, inspection = recording
        else:
            try:
                data = ms.read_working(vault, item)
            except EvidenceError:
                exclude(ExclusionReason.UNREADABLE)
                continue
            if detect_bytes(data) is not media_type:
                exclude(ExclusionReason.TYPE_MISMATCH, media_type.value)
                continue
            ref = f"{len(out) + 1:04d}"
            try:
                inspection = sanitizer.inspect(io.BytesIO(data))
            except (EvidenceError, ValueError, OSError):
                exclude(ExclusionReason.UNREADABLE)
                continue
            content = working_copy(vault, item, data)
        file_name = f"{ref}.{ms.extension_for(media_type)}"
        where = Where("media", ref, item.id)
        m_uid = uid("m", item.id)
        out.append(
            MediaOut(
                ref=ref,
                uid=m_uid,
                file_name=file_name,
                media_type=media_type,
                kind=item.kind.value,
                caption=texts(replace(where, field_name="caption"), item.caption, uid=m_uid, field_name="caption"),
                place=texts(replace(where, field_name="place"), item.place, uid=m_uid, field_name="place"),
                capture_date=day_of(item.capture_date),
                width=inspection.width,
                height=inspection.height,
                content=content,
            )
        )
        refs[item.id] = ref
    return out, refs


_HEAD = 64 * 1024


def _head(source: BinaryIO) -> bytes:
    """Enough of a recording's start to tell its type (an ID3v2 tag first: what follows it)."""
    source.seek(0)
    head = source.read(_HEAD)
    if head.startswith(b"ID3") and len(head) >= 10:
        tag = (head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F)
        head += source.read(min(tag + 20, 16 * 1024 * 1024))
    source.seek(0)
    return head


def _recording(
    vault: Vault,
    item: MediaItem,
    media_type: MediaType,
    texts: _Texts,
    report: ExportReport,
    ref: str,
    exclude: Callable[[ExclusionReason, str], None],
    keep: list[BinaryIO],
) -> tuple[Deferred, MediaType, Inspection] | None:
    """A recording as it leaves (muted where its transcript is redacted, disguised if asked), read
    and written by ranges (#18): its working copy is decrypted piece by piece into a sealed scratch
    file (media_service.working_file), muted and disguised from file to file (transcripts.for_export),
    inspected where it lies, and its size and digests taken in one more pass. The last file is
    kept (``keep``) until the export is written: the gate and the zip read it again, each reading
    checked against those digests. None: left out (``exclude`` says why)."""
    from ..scratch import ScratchFile, scratch_room

    try:
        source = ms.working_file(vault, item)
    except EvidenceError:
        exclude(ExclusionReason.UNREADABLE, "")
        return None
    made: BinaryIO | None = None  # a file for_export made (muted, disguised), if any
    kept = False
    try:
        if detect_bytes(_head(source)) is not media_type:
            exclude(ExclusionReason.TYPE_MISMATCH, media_type.value)
            return None
        audio = for_export(
            vault,
            item,
            source,
            media_type,
            texts.redactor,
            ref,
            texts.options.disguise_voices,
            lambda: scratch_room(vault.root),
        )
        if audio.left_out:
            exclude(ExclusionReason[audio.left_out], audio.detail)
            return None
        made = None if audio.file is source else audio.file
        result, media_type = audio.file, audio.media_type
        assert isinstance(result, ScratchFile)
        try:
            inspection = sanitizer_for(media_type).inspect(result.scratch.open())
        except (EvidenceError, ValueError, OSError):
            exclude(ExclusionReason.UNREADABLE, "")
            return None
        report.muted += audio.muted
        report.warnings += audio.warnings
        content = _kept(result)
        keep.append(result)
        kept = True
        return content, media_type, inspection
    finally:
        if made is not None and not kept:
            made.close()
        if not (kept and made is None):  # the working copy's scratch, unless it is what leaves
            source.close()


_PIECE = 1024 * 1024


def _kept(f: ScratchFile) -> Deferred:
    """What the export knows of a kept scratch file: its size and digests (one pass), its pieces
    and a seekable view for each later reading (content.Deferred checks the pieces against the
    digests; the view reads chunks the scratch authenticates)."""
    sha256, sha512, crc, size = hashlib.sha256(), hashlib.sha512(), 0, 0

    def pieces() -> Iterator[bytes]:
        with f.pieces() as reader:
            while piece := reader.read(_PIECE):
                yield piece

    for piece in pieces():
        sha256.update(piece)
        sha512.update(piece)
        crc = zlib.crc32(piece, crc)
        size += len(piece)
    return Deferred(
        size,
        sha256.hexdigest(),
        sha512.hexdigest(),
        load=lambda: b"".join(pieces()),
        crc32=crc,
        stream=pieces,
        seekable=f.scratch.open,
    )


def _timeline(
    testimonies: Sequence[TestimonyOut], media: Sequence[MediaOut], sites: Sequence[SiteOut], site_created: list[str]
) -> list[TimelineEvent]:
    events: list[tuple[str, int, TimelineEvent]] = []
    for t in testimonies:
        if t.date:
            # The place is shown only when it says something the label does not ("Interview with
            # Source A (Source A)" when the place held the source's redacted name).
            place = f", {t.place}" if t.place and fold_text(t.place) != fold_text(t.person_label) else ""
            events.append((t.date, 0, TimelineEvent(t.date, f"Testimony {t.ref}: {t.person_label}{place}")))
    for m in media:
        if m.capture_date:
            events.append((m.capture_date, 1, TimelineEvent(m.capture_date, f"{m.title} taken")))
    for site, created in zip(sites, site_created, strict=True):
        day = day_of(created)
        if day:
            events.append((day, 2, TimelineEvent(day, f"Site {site.ref} recorded: {site.label}")))
    events.sort(key=lambda e: (e[0], e[1]))
    return [e[2] for e in events]
