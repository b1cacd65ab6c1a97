"""Team transfer: a full, unredacted, signed and age-encrypted copy of one case, for a
colleague's vault, merged there by UUID. See format.py for the package, merge.py for the policy."""

from __future__ import annotations

from .format import BadPackage, ImportRefused
from .merge import Conflict, ImportReport, Outcome
from .reader import import_package, load_identities
from .writer import ExportSummary, export_case

__all__ = [
    "BadPackage",
    "Conflict",
    "ExportSummary",
    "ImportRefused",
    "ImportReport",
    "Outcome",
    "export_case",
    "import_package",
    "load_identities",
]
