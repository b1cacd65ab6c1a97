"""The export package loads fpdf only when a dossier is rendered: ``evidence-app verify`` (run by
recipients) and the GUI, which imports the package at start-up, never pay for the PDF layout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_export_package_does_not_load_fpdf() -> None:
    code = "import sys, evidence_app.export, evidence_app.export.dossier; print('fpdf' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
