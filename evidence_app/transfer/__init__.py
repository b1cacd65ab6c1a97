"""Team transfer: a full, unredacted, signed and age-encrypted copy of one case, for a
colleague's vault, merged there by UUID. See format.py for the package, merge.py for the policy."""

from __future__ import annotations

from .format import BadPackage, ImportRefused
from .merge import Conflict, ImportReport, Outcome
from .preview import Change, Preview, PreviewItem, SignerStatus, preview_package
from .reader import import_package, load_identities
from .writer import ExportSummary, export_case

__all__ = [
    "BadPackage",
    "Change",
    "Conflict",
    "ExportSummary",
    "ImportRefused",
    "ImportReport",
    "Outcome",
    "Preview",
    "PreviewItem",
    "SignerStatus",
    "export_case",
    "import_package",
    "load_identities",
    "preview_package",
]
