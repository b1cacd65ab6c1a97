"""Text redaction for exports: protected persons, detectors, manual spans, and the leak gate.

A pure library (no I/O, no vault access): build a ``Redactor`` from the vault's persons and the
export's settings, call ``redact`` on every text that goes into the export, then ``leaks`` on
every final artefact (HTML, PDF text, JSON, file names, metadata dumps); an export with any
leak must not be written.

Decisions (privacy first: when in doubt, redact):

* Matching is on NFKC + casefolded text with an offset map back to the original, so 'ﬁ',
  'ＷＡＮＧ', 'ß' and decomposed accents redact exactly the original characters.
* Latin names are diacritic-insensitive in both directions ("Nguyen Van An" <-> "Nguyễn Văn
  An", "Đặng" <-> "Dang"); marks of other scripts (Thai, Khmer, ...) are significant.
* Latin-style names match whole words only ("Ana" never in "Banana"); separators inside a name
  are flexible ("wang_ming", "Wang-Ming", "WangMing", "wang.ming"); two-part names also match
  reversed ("Sok Dara" / "Dara Sok"). Chinese, Japanese, Korean, Thai, Lao, Khmer and Myanmar
  names match as substrings, with or without spaces/line breaks inside.
* Longest match wins; overlapping hits merge into one redaction; manual > person > detector.
* Pseudonym replaces a name; "[REDACTED: phone of <pseudonym>]" / "[REDACTED: email of
  <pseudonym>]" replace a protected person's contacts; "[REDACTED: <kind>]" a detector hit;
  "[REDACTED]" a manual span.
* Public persons are never matched, but never shield a protected name either.
* One-character names/aliases are ignored (with a warning), very short ones are warned about.
"""

from .detectors import ALL_DETECTORS, DetectorHit, DetectorKind
from .engine import (
    DEFAULT_REGIONS,
    MANUAL_REPLACEMENT,
    Leak,
    LeakKind,
    RedactedText,
    Redaction,
    RedactionReason,
    Redactor,
    detector_hits,
    mask,
)
from .normalize import fold_text, normalise_for_leak_scan
from .registry import RegistryWarning

__all__ = [
    "ALL_DETECTORS",
    "DEFAULT_REGIONS",
    "MANUAL_REPLACEMENT",
    "DetectorHit",
    "DetectorKind",
    "Leak",
    "LeakKind",
    "RedactedText",
    "Redaction",
    "RedactionReason",
    "Redactor",
    "RegistryWarning",
    "detector_hits",
    "fold_text",
    "mask",
    "normalise_for_leak_scan",
]
