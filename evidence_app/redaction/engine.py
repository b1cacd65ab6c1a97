"""The redaction engine: what the exporters call.

``Redactor.redact`` turns a text into its exportable form; ``Redactor.leaks`` is the LEAK GATE
that every final artefact (HTML, PDF text, JSON, file names, metadata dumps) must pass before it
leaves the machine. Both use the same registry and detectors, so whatever ``redact`` produced
passes ``leaks`` (the gate additionally decodes entities/escapes and looks for split names).

Replacements:

* a protected person's name, alias or transliteration -> the pseudonym ("Source A");
* a protected person's phone / e-mail -> "[REDACTED: phone of Source A]" /
  "[REDACTED: email of Source A]" (the pseudonym may be shown, the contact never);
* a detector hit -> "[REDACTED: <kind>]", e.g. "[REDACTED: iban]", unless the kind is allowed;
* a manual span -> "[REDACTED]".

Overlaps: hits that overlap are merged into ONE redaction covering their union (partial
overlaps never leave a fragment of either). The merged redaction takes the reason and
replacement of its strongest member: manual > protected person > detector. Among protected
person matches the longest wins; a match contained in a longer one disappears into it.

What must never happen: a protected string surviving in the output, a replacement that itself
contains a protected string (refused when the registry is built), or a Redaction/Leak whose
``repr`` shows the original text (the field is excluded from repr so it does not end up in logs).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

import phonenumbers

from ..errors import InvalidInput
from ..model import Person, Span
from .chars import is_spaced_word_char
from .detectors import ALL_DETECTORS, KIND_PRIORITY, DetectorHit, DetectorKind, detect
from .matcher import separator_key
from .normalize import MappedText, clean, decode_escapes, fold, fold_text, strip_tags, unescape_html
from .phones import PhoneSpan, digit_view
from .registry import MatchWhat, Registry, RegistryWarning

DEFAULT_REGIONS: tuple[str, ...] = ("KH", "TH", "MM", "VN", "CN", "MY", "US", "GB")
MANUAL_REPLACEMENT = "[REDACTED]"
_MASK = "•"


class RedactionReason(Enum):
    PROTECTED_PERSON = "protected_person"
    DETECTOR = "detector"
    MANUAL = "manual"


# Lower rank wins when hits overlap.
_RANK = {RedactionReason.MANUAL: 0, RedactionReason.PROTECTED_PERSON: 1, RedactionReason.DETECTOR: 2}


@dataclass(frozen=True)
class Redaction:
    """One replaced range [start, end) of the ORIGINAL text.

    ``replacement`` is exactly what replaced it (it may carry a padding space so that a
    pseudonym never glues onto a neighbouring word). ``detail`` is the pseudonym(s) for a
    protected person, the detector kind's value for a detector, "manual" for a manual span.
    """

    start: int
    end: int
    original: str = field(repr=False)
    replacement: str
    reason: RedactionReason
    detail: str


@dataclass(frozen=True)
class RedactedText:
    text: str
    redactions: tuple[Redaction, ...]


class LeakKind(Enum):
    PROTECTED_NAME = "protected_name"
    PROTECTED_NAME_SPLIT = "protected_name_split"  # found only with punctuation/breaks removed
    PROTECTED_EMAIL = "protected_email"
    PROTECTED_PHONE = "protected_phone"
    DETECTOR = "detector"


@dataclass(frozen=True)
class Leak:
    """Something in a final artefact that must not be there.

    ``masked`` and ``context`` are safe to print; ``found`` is the offending text itself (after
    decoding), meant to be shown to the researcher on screen only, and kept out of ``repr``.
    """

    kind: LeakKind
    detail: str  # the person's pseudonym(s), or the detector kind's value
    masked: str
    context: str
    found: str = field(repr=False)
    detector: DetectorKind | None = None

    def describe(self) -> str:
        # A shield without a pseudonym of its own (a sensitive site: "[REDACTED: sensitive site]")
        # is named by what it is: "name of a sensitive site", not "name of [REDACTED: ...]".
        whose = self.detail
        if whose.startswith("[REDACTED: ") and whose.endswith("]"):
            whose = "a " + whose[len("[REDACTED: ") : -1]
        what = {
            LeakKind.PROTECTED_NAME: f"name of {whose}",
            LeakKind.PROTECTED_NAME_SPLIT: f"name of {whose} (split by punctuation or a line break)",
            LeakKind.PROTECTED_EMAIL: f"e-mail address of {whose}",
            LeakKind.PROTECTED_PHONE: f"phone number of {whose}",
            LeakKind.DETECTOR: f"unredacted {self.detail.replace('_', ' ')}",
        }[self.kind]
        return f"{what}: {self.masked} in “{self.context}”"


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    reason: RedactionReason
    replacement: str
    detail: str
    kind: DetectorKind | None = None


def detector_label(kind: DetectorKind) -> str:
    return f"[REDACTED: {kind.value}]"


def mask(value: str) -> str:
    """``value`` with everything but its first character hidden (all of it if very short)."""
    value = " ".join(value.split())
    if len(value) <= 3:
        return _MASK * len(value)
    return value[0] + "".join(" " if c == " " else _MASK for c in value[1:])


def _join_unique(values: Iterable[str]) -> str:
    return " / ".join(dict.fromkeys(values))


class Redactor:
    """Redacts texts for one export.

    ``allowed_detectors``: detector kinds found but NOT redacted (e.g. the export is meant to
    show URLs). ``enabled_detectors``: kinds that run at all; a disabled kind behaves like an
    allowed one in both ``redact`` and ``leaks``. Protected persons' phones and e-mails are
    always redacted, whatever is allowed.
    """

    def __init__(
        self,
        persons: Iterable[Person],
        allowed_detectors: frozenset[DetectorKind] = frozenset(),
        regions: Sequence[str] = DEFAULT_REGIONS,
        enabled_detectors: frozenset[DetectorKind] = ALL_DETECTORS,
        *,
        reverse_two_part_names: bool = True,
    ) -> None:
        supported = phonenumbers.SUPPORTED_REGIONS
        self.regions: tuple[str, ...] = tuple(r.upper() for r in regions)
        for region in self.regions:
            if region not in supported:
                raise InvalidInput(f"Unknown phone region {region!r}; use two-letter country codes such as KH.")
        self.registry = Registry(persons, self.regions, reverse_two_part_names=reverse_two_part_names)
        self.registry.check_labels([MANUAL_REPLACEMENT, *(detector_label(kind) for kind in DetectorKind)])
        self.allowed_detectors = frozenset(allowed_detectors)
        self.enabled_detectors = frozenset(enabled_detectors)
        # Detectors that run: enabled ones, allowed or not (an allowed IBAN still tells the phone
        # detector that its digits are not a phone number). Reported: enabled and not allowed.
        self._reported = self.enabled_detectors - self.allowed_detectors
        self._last: tuple[str, tuple[Span, ...], RedactedText] | None = None

    @property
    def warnings(self) -> tuple[RegistryWarning, ...]:
        return self.registry.warnings

    # --- finding ---------------------------------------------------------------------------

    def _person_hit(self, start: int, end: int, owners: Iterable[int], what: MatchWhat) -> _Hit:
        entries = [self.registry.entries[i] for i in sorted(owners)]
        return _Hit(
            start,
            end,
            RedactionReason.PROTECTED_PERSON,
            _join_unique(e.replacement(what) for e in entries),
            _join_unique(e.label for e in entries),
        )

    def _person_hits(self, folded: MappedText, cleaned: MappedText, phones: Sequence[PhoneSpan]) -> list[_Hit]:
        hits: list[_Hit] = []
        names = self.registry.find_names(folded.text)
        # Split matches are redacted too, so that the leak gate (which reports them) passes
        # whatever redact produced.
        for match in [*names, *self.registry.find_split_names(folded.text, names)]:
            start, end = folded.to_original(match.start, match.end)
            hits.append(self._person_hit(start, end, match.owners, match.what))
        for phone in phones:
            start, end = cleaned.to_original(phone.start, phone.end)
            hits.append(self._person_hit(start, end, phone.owners, MatchWhat.PHONE))
        return hits

    def _detector_hits(self, cleaned: MappedText, phones: Sequence[PhoneSpan]) -> list[_Hit]:
        """Detector hits to redact; a phone the detector finds that belongs to a protected
        person (written in a way the digit index did not cover) becomes a person hit."""
        if not self.enabled_detectors:
            return []
        hits: list[_Hit] = []
        claimed = [(p.start, p.end) for p in phones]
        for hit in detect(cleaned.text, self.enabled_detectors, self.regions, claimed):
            start, end = cleaned.to_original(hit.start, hit.end)
            owners = self.registry.phones.owners_of_e164(hit.e164) if hit.e164 else frozenset()
            if owners:
                hits.append(self._person_hit(start, end, owners, MatchWhat.PHONE))
            elif hit.kind in self._reported:
                label = detector_label(hit.kind)
                hits.append(_Hit(start, end, RedactionReason.DETECTOR, label, hit.kind.value, hit.kind))
        return hits

    def _manual_hits(self, text: str, manual_spans: Sequence[Span]) -> list[_Hit]:
        hits: list[_Hit] = []
        for span in manual_spans:
            if not (0 <= span.start <= span.end <= len(text)):
                # A stale span means the text changed after it was marked: redacting "about
                # there" could expose what was meant to be hidden, so refuse.
                raise InvalidInput("A manual redaction lies outside the text; review the marked redactions.")
            if span.start < span.end:
                hits.append(_Hit(span.start, span.end, RedactionReason.MANUAL, MANUAL_REPLACEMENT, "manual"))
        return hits

    # --- redacting -------------------------------------------------------------------------

    def redact(self, text: str, manual_spans: Sequence[Span] = ()) -> RedactedText:
        """``text`` with every protected string, non-allowed detector hit and manual span
        replaced. Offsets in the result's redactions refer to ``text``.

        A replacement can free a neighbour that was glued to the redacted text: "+855 12 345
        678+66 81 234 5678" hides the second number until the first is replaced, "Ming10°37'N"
        becomes "Source W10°37'N" where "W10°37'N" reads as a coordinate. Whenever a redaction
        touches such a neighbour, the output is searched again and what appears is added (mapped
        back to the original text), so that the output passes the leak gate.
        """
        hits = self._find(text, manual_spans)
        redactions = self._merge(text, hits)
        for _ in range(_MAX_PASSES - 1):
            if not any(_touches_glue(text, r) for r in redactions):
                break
            output = _OutputMap(text, redactions)
            fresh = [
                _Hit(*output.to_original(h.start, h.end), h.reason, h.replacement, h.detail, h.kind)
                for h in self._find(output.text, ())
            ]
            fresh = [h for h in fresh if not any(r.start <= h.start and h.end <= r.end for r in redactions)]
            if not fresh:
                break
            hits.extend(fresh)
            redactions = self._merge(text, hits)
        return RedactedText(_apply(text, redactions), tuple(redactions))

    def _find(self, text: str, manual_spans: Sequence[Span]) -> list[_Hit]:
        hits = self._manual_hits(text, manual_spans)
        folded = fold(text)
        # Numbers are looked for with the manual spans already blanked out, as they will be in
        # the output: a number glued to a manually redacted word stands alone afterwards.
        cleaned = clean(_overwrite(text, [(h.start, h.end) for h in hits]))
        phones = self.registry.find_phones(digit_view(cleaned.text))
        hits.extend(self._person_hits(folded, cleaned, phones))
        hits.extend(self._detector_hits(cleaned, phones))
        return hits

    def _merge(self, text: str, hits: list[_Hit]) -> list[Redaction]:
        """Overlapping hits become one redaction (touching ones stay separate)."""
        hits.sort(key=lambda h: (h.start, -h.end))
        redactions: list[Redaction] = []
        cluster: list[_Hit] = []
        cluster_end = 0
        for hit in hits:
            if cluster and hit.start >= cluster_end:
                redactions.append(self._resolve(text, cluster))
                cluster = []
            if not cluster:
                cluster_end = hit.end
            cluster.append(hit)
            cluster_end = max(cluster_end, hit.end)
        if cluster:
            redactions.append(self._resolve(text, cluster))
        return redactions

    @staticmethod
    def _resolve(text: str, cluster: list[_Hit]) -> Redaction:
        start = min(h.start for h in cluster)
        end = max(h.end for h in cluster)
        reason = min((h.reason for h in cluster), key=_RANK.__getitem__)
        members = [h for h in cluster if h.reason is reason]
        if reason is RedactionReason.MANUAL:
            replacement, detail = MANUAL_REPLACEMENT, "manual"
        elif reason is RedactionReason.PROTECTED_PERSON:
            # Longest match wins: a person match inside a longer one is dropped.
            kept = [
                h
                for h in members
                if not any(
                    o is not h and o.start <= h.start and h.end <= o.end and (o.end - o.start) > (h.end - h.start)
                    for o in members
                )
            ]
            replacement = _join_unique(h.replacement for h in kept)
            detail = _join_unique(h.detail for h in kept)
        else:
            kinds = {h.kind for h in members}
            kind = next(k for k in KIND_PRIORITY if k in kinds)
            replacement, detail = detector_label(kind), kind.value
        # A pseudonym glued to a neighbouring letter could form a new word (and, in theory,
        # another protected name); keep a space between them.
        if replacement[:1].isalnum() and start > 0 and is_spaced_word_char(text[start - 1]):
            replacement = " " + replacement
        if replacement[-1:].isalnum() and end < len(text) and is_spaced_word_char(text[end]):
            replacement = replacement + " "
        return Redaction(start, end, text[start:end], replacement, reason, detail)

    # --- dry run ---------------------------------------------------------------------------

    def _cached_redact(self, text: str, manual_spans: Sequence[Span]) -> RedactedText:
        spans = tuple(manual_spans)
        last = self._last
        if last is not None and last[0] is text and last[1] == spans:
            return last[2]
        result = self.redact(text, spans)
        self._last = (text, spans, result)
        return result

    def context(self, text: str, r: Redaction, width: int = 30, manual_spans: Sequence[Span] = ()) -> str:
        """About ``width`` characters either side of ``r``, for a dry-run listing.

        The hit is shown as its replacement in ⟦ ⟧, and every other redaction inside the
        window is applied too, so the context never shows protected text.
        """
        others = [o for o in self._cached_redact(text, manual_spans).redactions if o.end <= r.start or o.start >= r.end]
        lo, hi = max(0, r.start - width), min(len(text), r.end + width)
        for other in others:  # never cut a redaction in half at the window's edge
            if other.start < lo < other.end:
                lo = other.start
            if other.start < hi < other.end:
                hi = other.end
        pieces: list[str] = []
        pos = lo
        for item in sorted(
            [*[(o, False) for o in others if lo <= o.start and o.end <= hi], (r, True)], key=lambda x: x[0].start
        ):
            redaction, target = item
            pieces.append(text[pos : redaction.start])
            label = redaction.replacement.strip()
            pieces.append(f"⟦{label}⟧" if target else label)
            pos = redaction.end
        pieces.append(text[pos:hi])
        body = " ".join("".join(pieces).split())
        return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")

    # --- leak gate -------------------------------------------------------------------------

    def leaks(self, text: str) -> list[Leak]:
        """Everything in a final artefact that must not leave the machine.

        Looks for every protected name/alias/transliteration, e-mail and phone number, and
        every hit of a detector that is enabled and not allowed. The text is examined as
        given with HTML entities decoded (repeatedly), with markup stripped (a name split by
        tags), and with JSON/URL escapes decoded; invisible characters, soft hyphens, line
        breaks and case never hide a name. An empty list means the text may be exported.
        """
        views = [unescape_html(text)]
        if "<" in text and ">" in text:
            views.append(unescape_html(strip_tags(text)))
        decoded = decode_escapes(views[0])
        if decoded != views[0]:
            views.append(decoded)
        leaks: list[Leak] = []
        reported: Counter[tuple[LeakKind, str, str]] = Counter()
        for view in views:
            seen: Counter[tuple[LeakKind, str, str]] = Counter()
            for leak in self._scan(view):
                key = (leak.kind, leak.detail, separator_key(fold_text(leak.found)))
                seen[key] += 1
                if seen[key] > reported[key]:  # the same finding in another view is not new
                    reported[key] += 1
                    leaks.append(leak)
        return leaks

    def _scan(self, text: str) -> list[Leak]:
        entries = self.registry.entries
        findings: list[tuple[int, int, LeakKind, str, DetectorKind | None]] = []
        folded = fold(text)
        names = self.registry.find_names(folded.text)
        for match in names:
            start, end = folded.to_original(match.start, match.end)
            kind = LeakKind.PROTECTED_EMAIL if match.what is MatchWhat.EMAIL else LeakKind.PROTECTED_NAME
            findings.append((start, end, kind, _join_unique(entries[i].label for i in match.owners), None))
        for match in self.registry.find_split_names(folded.text, names):
            start, end = folded.to_original(match.start, match.end)
            label = _join_unique(entries[i].label for i in match.owners)
            findings.append((start, end, LeakKind.PROTECTED_NAME_SPLIT, label, None))
        cleaned = clean(text)
        view = digit_view(cleaned.text)
        protected_spans: list[tuple[int, int]] = []
        phones = self.registry.find_phones(view)
        for phone in phones:
            start, end = cleaned.to_original(phone.start, phone.end)
            protected_spans.append((start, end))
            label = _join_unique(entries[i].label for i in sorted(phone.owners))
            findings.append((start, end, LeakKind.PROTECTED_PHONE, label, None))
        protected_spans.extend((s, e) for s, e, k, _, _ in findings if k is LeakKind.PROTECTED_EMAIL)
        if self.enabled_detectors:
            claimed = [(p.start, p.end) for p in phones]
            for hit in detect(cleaned.text, self.enabled_detectors, self.regions, claimed):
                start, end = cleaned.to_original(hit.start, hit.end)
                owners = self.registry.phones.owners_of_e164(hit.e164) if hit.e164 else frozenset()
                if any(s < end and start < e for s, e in protected_spans):
                    continue  # already reported as the protected person's phone / e-mail
                if owners:
                    label = _join_unique(entries[i].label for i in sorted(owners))
                    findings.append((start, end, LeakKind.PROTECTED_PHONE, label, None))
                elif hit.kind in self._reported:
                    findings.append((start, end, LeakKind.DETECTOR, hit.kind.value, hit.kind))
        findings.sort(key=lambda f: (f[0], f[1]))
        spans = [(f[0], f[1]) for f in findings]
        return [
            Leak(kind, detail, mask(text[s:e]), _leak_context(text, s, e, spans), text[s:e], detector)
            for s, e, kind, detail, detector in findings
        ]


_MAX_PASSES = 3
_GAP_THEN_DIGIT = re.compile(r"[\s.\-/()+]{1,3}[\d+(]")
_DIGIT_THEN_GAP = re.compile(r"\d[\s.\-/()+]{1,3}$")


# Characters that end every token any matcher or detector reads (names, numbers, e-mails, URLs).
_NON_GLUE = frozenset(',;!?"“”‘’«»「」『』。、，；！？）]}>')


def _glue(char: str) -> bool:
    return not char.isspace() and char not in _NON_GLUE


def _touches_glue(text: str, r: Redaction) -> bool:
    """Whether the text next to ``r`` could combine differently with its replacement than with
    the original: anything but whitespace or closing punctuation right next to it, or a digit
    group a phone-style gap away."""
    if (r.start > 0 and _glue(text[r.start - 1])) or (r.end < len(text) and _glue(text[r.end])):
        return True
    return bool(_DIGIT_THEN_GAP.search(text, max(0, r.start - 4), r.start) or _GAP_THEN_DIGIT.match(text, r.end))


class _OutputMap:
    """The output of a set of redactions, and the way back from output offsets to the original."""

    def __init__(self, text: str, redactions: Sequence[Redaction]) -> None:
        self.text = _apply(text, redactions)
        self._starts: list[int] = []  # output offset where each replacement starts
        self._redactions = list(redactions)
        shift = 0
        for r in redactions:
            self._starts.append(r.start + shift)
            shift += len(r.replacement) - (r.end - r.start)

    def _locate(self, pos: int) -> tuple[int, Redaction | None]:
        """(original offset, None) for an output offset in copied text; (0, the redaction) for
        one inside a replacement."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return pos, None
        r, start = self._redactions[i], self._starts[i]
        if pos < start + len(r.replacement):
            return 0, r
        return r.end + (pos - start - len(r.replacement)), None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original range an output range comes from (whole redactions where it touches one)."""
        first, inside = self._locate(start)
        last, inside_last = self._locate(end - 1)
        return (inside.start if inside else first), (inside_last.end if inside_last else last + 1)


_MANUAL_BLANK = "\u2588"  # visible, not whitespace, not a letter or digit: glues to nothing


def _overwrite(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with ``spans`` overwritten by a neutral character (same length)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = _MANUAL_BLANK * (end - start)
    return "".join(chars)


def _apply(text: str, redactions: Sequence[Redaction]) -> str:
    pieces: list[str] = []
    pos = 0
    for r in redactions:
        pieces.append(text[pos : r.start])
        pieces.append(r.replacement)
        pos = r.end
    pieces.append(text[pos:])
    return "".join(pieces)


_LEAK_WIDTH = 30
_WS = re.compile(r"\s+")


def _leak_context(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """The text around a finding with the finding and every other finding in view masked."""
    lo, hi = max(0, start - _LEAK_WIDTH), min(len(text), end + _LEAK_WIDTH)
    for s, e in spans:
        if s < lo < e:
            lo = s
        if s < hi < e:
            hi = e
    pieces: list[str] = []
    pos = lo
    for s, e in sorted(spans):
        if e <= max(lo, pos) or s >= hi:
            continue
        s = max(s, pos)  # overlapping findings: mask the part not yet masked
        pieces.append(text[pos:s])
        pieces.append("⟦" + mask(text[s:e]) + "⟧" if (s, e) == (start, end) else "⟦" + _MASK * 3 + "⟧")
        pos = e
    pieces.append(text[pos:hi])
    body = _WS.sub(" ", "".join(pieces)).strip()
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(text) else "")


def detector_hits(
    text: str, kinds: frozenset[DetectorKind] = ALL_DETECTORS, regions: Sequence[str] = DEFAULT_REGIONS
) -> list[DetectorHit]:
    """Detector hits in ``text`` with offsets in ``text`` (convenience for tests and tools)."""
    cleaned = clean(text)
    result: list[DetectorHit] = []
    for hit in detect(cleaned.text, kinds, regions):
        start, end = cleaned.to_original(hit.start, hit.end)
        result.append(DetectorHit(start, end, hit.kind, hit.e164))
    return result
