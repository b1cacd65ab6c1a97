"""The custody head's hash is printed in dossier.pdf and records.json. A SHA-256 in hex can hold
long digit runs; the leak gate must not take them for a phone or card number and refuse the
export (the researcher could do nothing about it), while a real phone number is still caught."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from evidence_app.export import collect as collect_module
from evidence_app.export.collect import CustodySummary, ExportOptions
from evidence_app.export.writer import prepare
from evidence_app.redaction import DetectorKind, detector_hits
from evidence_app.vault import Vault

from .helpers import build_case

# 64-hex-digit heads holding a Luhn-valid card number and Cambodian and Thai mobile numbers, as
# one digit run and split by hex letters (as a real SHA-256 splits them).
DIGIT_HEADS = (
    ("4111111111111111" + "85512345678" + "66812345678" + "0123456789").ljust(64, "7"),
    "a4111111111111111b0855123456789c0812345678d012345678901e".ljust(64, "f"),
)


@pytest.mark.parametrize("digit_head", DIGIT_HEADS)
def test_a_custody_head_with_long_digit_runs_passes_the_gate(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, digit_head: str
) -> None:
    # The same digits as text are a card and a phone number to the detectors: the test is not vacuous.
    assert detector_hits("card 4111 1111 1111 1111, phone 012 345 678", frozenset(DetectorKind), ("KH",))
    scenario = build_case(vault, tmp_path)
    real = collect_module._custody_summary

    def with_head(v: Vault, record_ids: set[str]) -> CustodySummary:
        return replace(real(v, record_ids), head_hash=digit_head)

    monkeypatch.setattr(collect_module, "_custody_summary", with_head)
    prepared = prepare(vault, scenario.case_id, ExportOptions())
    assert prepared.collected.dossier.custody.head_hash == digit_head
    records = next(f.data for f in prepared.files if f.path == "data/records.json").decode()
    assert digit_head in records
    assert not prepared.findings, prepared.findings
