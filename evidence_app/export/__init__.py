"""Redacted, signed dossier bundles (``evidence-app export``) and their verification
(``evidence-app verify``).

What leaves the vault is where sources get hurt, so an export is built in memory, read back by a
leak gate, and only then written. Modules:

* ``collect``  what goes out, redacted (one ``Redactor`` for every text), and what stays in;
* ``dossier``  the HTML report and records.json, from the redacted content only;
* ``pdfdoc``   the PDF laid out with fpdf2 (``textlayer``: its text layer; ``images``: the
               pictures it shows); imported only when a dossier is rendered;
* ``language`` a paragraph's language tag and direction, shared by the HTML and the PDF;
* ``pdf``      the rendered PDF's metadata normalised and its text read back for the gate;
* ``leakgate`` the last look at every final artefact (texts, PDF text, names, media metadata);
* ``bag``      BagIt tag files, the SSH signature, the deterministic zip;
* ``writer``   the export itself: atomic file, optional age encryption through a pipe, custody;
* ``interchange`` the same redacted content as FollowTheMoney entities or Uwazi's CSV import;
* ``verify``   the recipient's check of a bundle, hostile-input safe, without a vault;
* ``formats``  names, versions and limits shared by both sides.

Bundle layout: see ``bag``.
"""

from .collect import (
    Collected,
    Dossier,
    Exclusion,
    ExclusionReason,
    ExportOptions,
    ExportReport,
    KeptHit,
    RedactionNote,
)
from .errors import BundleInvalid, ExportRefused, GateFinding
from .verify import VerifyResult, read_identities, verify_bundle
from .writer import ExportResult, PreparedBundle, export_case, prepare

__all__ = [
    "BundleInvalid",
    "Collected",
    "Dossier",
    "Exclusion",
    "ExclusionReason",
    "ExportOptions",
    "ExportRefused",
    "ExportReport",
    "ExportResult",
    "GateFinding",
    "KeptHit",
    "PreparedBundle",
    "RedactionNote",
    "VerifyResult",
    "export_case",
    "prepare",
    "read_identities",
    "verify_bundle",
]
