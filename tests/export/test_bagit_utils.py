"""The dossier bag checked by bagit-utils, a strict BagIt validator: every tag file (the SSH
signature too) in both tag manifests, SHA-512 and SHA-256 manifests both right, no warnings.
Tampering that a lax validator lets through (an unlisted tag file, a changed payload byte) is
reported as invalid."""

from __future__ import annotations

from pathlib import Path

import bagit_utils
import pytest

from tests.conftest import Cli

from .helpers import Scenario
from .inspect_bundle import PDFTOTEXT, extract

pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext")


def _problems(report: bagit_utils.common.ValidationReport) -> list[str]:
    return [f"{i.level}: {i.message}" for i in report.issues if i.level in ("warning", "error")]


def test_bagit_utils_accepts_the_bag_and_catches_tampering(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    out = tmp_path / "dossier.zip"
    r = cli_vault("export", "--case", scenario.case_id, "--out", str(out))
    assert r.code == 0, r.err
    root = extract(out, tmp_path / "x").root

    report = bagit_utils.Bag(root, load=True).validate()
    assert report.valid, str(report)
    assert not _problems(report), _problems(report)
    for algorithm in ("sha512", "sha256"):  # both payload manifests agree with the files
        each = bagit_utils.Bag(root, load=True).validate_manifests(algorithm)
        assert each.valid and not _problems(each), str(each)

    # A changed payload byte is caught.
    records = root / "data" / "records.json"
    original = records.read_bytes()
    records.write_bytes(original.replace(b'"version": 2', b'"version": 3'))
    assert not bagit_utils.Bag(root, load=True).validate().valid
    records.write_bytes(original)
    assert bagit_utils.Bag(root, load=True).validate().valid

    # A tag file that no tag manifest lists (as the signature once was) is caught too.
    (root / "extra-tag.txt").write_text("unlisted\n")
    assert not bagit_utils.Bag(root, load=True).validate().valid
