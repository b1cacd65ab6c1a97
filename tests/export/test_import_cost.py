"""The export package loads fpdf only when a dossier is rendered: ``evidence-app verify`` (run by
recipients) and the GUI, which imports the package at start-up, never pay for the PDF layout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from evidence_app.records.cases import add_case
from tests.conftest import PASSPHRASE, NewVault

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_export_package_does_not_load_fpdf() -> None:
    code = "import sys, evidence_app.export, evidence_app.export.dossier; print('fpdf' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr


# Run as `evidence-app export` runs, in a fresh interpreter: which export modules are resident at
# the moment Argon2id derives the key (the unlock's own 256 MiB comes on top of whatever is loaded).
_AT_UNLOCK = """
import json, sys
from crypto import kdf
from evidence_app.cli import main

loaded_at_unlock = []
real_derive = kdf.derive
def watched(passphrase, params):
    loaded_at_unlock.append(sorted(m for m in sys.modules if m.startswith("evidence_app.export") or m == "fpdf"))
    return real_derive(passphrase, params)
kdf.derive = watched
with kdf.allow_weak_parameters_for_tests():
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "loaded": loaded_at_unlock}))
"""


def test_the_export_command_loads_the_export_modules_only_after_the_unlock(new_vault: NewVault, tmp_path: Path) -> None:
    # #18: the export's peak memory includes the unlock; the export's libraries (about 50 MiB) must
    # not sit beside Argon2id's memory. A bad recipient is still refused before the passphrase.
    case = add_case(new_vault.vault, "Compound interviews")
    new_vault.vault.close()
    env = {**os.environ, "EVIDENCE_VAULT": str(new_vault.root), "EVIDENCE_PASSPHRASE": PASSPHRASE}
    for fmt in ("dossier", "ftm"):
        argv = ["export", "--case", case.id, "--format", fmt, "--out", str(tmp_path / f"out-{fmt}.zip"), "--dry-run"]
        run = subprocess.run(
            [sys.executable, "-c", _AT_UNLOCK, *argv], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, run.stderr
        report = json.loads(run.stdout.strip().splitlines()[-1])
        assert report["code"] == 0, run.stderr
        assert report["loaded"], "the vault was never unlocked"
        assert report["loaded"][0] == [], f"{fmt}: loaded before the unlock: {report['loaded'][0]}"

    bad = subprocess.run(
        [
            sys.executable,
            "-c",
            _AT_UNLOCK,
            "export",
            "--case",
            case.id,
            "--out",
            str(tmp_path / "x.zip"),
            "--recipient",
            "age1nonsense",
        ],
        cwd=ROOT,
        env={**env, "EVIDENCE_PASSPHRASE": "not the passphrase"},
        capture_output=True,
        text=True,
    )
    report = json.loads(bad.stdout.strip().splitlines()[-1])
    assert report["code"] != 0 and report["loaded"] == [], "a bad recipient must be refused before the unlock"
    assert "Traceback" not in bad.stderr and bad.stderr.strip().count("\n") == 0, bad.stderr
