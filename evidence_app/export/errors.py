"""Errors of the export and verify services (one plain line each, never a protected string)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import EvidenceError


@dataclass(frozen=True)
class GateFinding:
    """One reason the leak gate refused an export. ``where`` names the artefact (``records.json``,
    ``dossier.pdf text``, ``media/0001.jpg metadata``); ``what`` is safe to print: leaks come from
    ``Leak.describe()``, which masks the offending text."""

    where: str
    what: str

    def describe(self) -> str:
        return f"{self.where}: {self.what}"


class ExportRefused(EvidenceError):
    """The leak gate found something that must not leave the vault; nothing was written."""

    def __init__(self, findings: Sequence[GateFinding]) -> None:
        self.findings = tuple(findings)
        super().__init__(
            f"the export was refused: {len(self.findings)} possible leak(s) found by the leak gate; nothing was written"
        )


class BundleInvalid(EvidenceError):
    """A bundle that fails verification: malformed, hostile, tampered or badly signed."""
