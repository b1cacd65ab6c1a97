"""Text redaction for exports: protected persons, detectors, manual spans, and the leak gate.

A pure library (no I/O, no vault access): build a ``Redactor`` from the vault's persons and the
export's settings, call ``redact`` on every text that goes into the export, then ``leaks`` on
every final artefact; an export with any leak must not be written.
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
