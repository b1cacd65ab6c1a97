"""--dry-run lists and writes nothing; the leak gate refuses and leaves nothing behind."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
from pathlib import Path

import pytest

from crypto.secret import SecretStr
from evidence_app import media_service
from evidence_app.export import ExportOptions, export_case, pdfdoc, prepare
from evidence_app.export import collect as collect_module
from evidence_app.export.bag import write_zip
from evidence_app.export.places import Where
from evidence_app.redaction import DetectorKind
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, Cli

from .helpers import EXIFTOOL, MANUAL_SECRET, PUBLIC_LATIN, SITE_NAME, SOK_DARA, Scenario

pytestmark = pytest.mark.skipif(EXIFTOOL is None, reason="needs exiftool")


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


def test_dry_run_lists_everything_and_writes_nothing(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    before = _files(tmp_path)
    r = cli_vault("export", "--case", scenario.case_id, "--dry-run")
    assert r.code == 0, r.err
    assert _files(tmp_path) - before == set() or all(
        p.is_relative_to(cli_vault.root) for p in _files(tmp_path) - before
    )
    out = r.out
    assert "Dry run: nothing was written" in out
    assert "transcript: manual -> [REDACTED]" in out
    assert "protected_person -> Source A" in out
    assert "detector -> [REDACTED: phone]" in out
    assert "[REDACTED: sensitive site]" in out
    assert "private note" in out and "marked not exportable (faces not yet blurred)" in out
    assert "sensitive, only its province is exported" in out
    assert "coordinates left out" in out
    assert "Leak gate: passed" in out
    # The listing itself never shows what it redacts.
    for secret in (SOK_DARA, MANUAL_SECRET, SITE_NAME, "+855 97 765 4321", "012 345 678"):
        assert secret not in out
    assert PUBLIC_LATIN in out  # context around the redactions is shown


def test_dry_run_shows_allowed_detector_hits(cli_vault: Cli, scenario: Scenario) -> None:
    r = cli_vault("export", "--case", scenario.case_id, "--dry-run", "--allow", "phone", "--allow", "GPS")
    assert r.code == 0, r.err
    assert "phone kept: " in r.out and "+855 97 765 4321" in r.out
    assert "012 345 678" not in r.out  # a protected person's phone is never "allowed"


def test_export_requires_out_unless_dry_run(cli_vault: Cli, scenario: Scenario) -> None:
    r = cli_vault("export", "--case", scenario.case_id)
    assert r.code == 2 and "--out" in r.err
    r = cli_vault("export", "--case", scenario.case_id, "--dry-run", "--allow", "nonsense")
    assert r.code == 2


def test_leak_gate_refuses_a_missed_redaction(
    cli_vault: Cli, scenario: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A redaction bug (here: the case title is not redacted) is caught by the gate."""
    real = collect_module._Texts.__call__

    def buggy(self: collect_module._Texts, where: Where, text: str, spans: object = (), **where_in: str) -> str:
        return text if str(where) == "case title" else real(self, where, text, spans, **where_in)  # type: ignore[arg-type]

    monkeypatch.setattr(collect_module._Texts, "__call__", buggy)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    r = cli_vault("export", "--case", scenario.case_id, "--out", str(out_dir / "b.zip"))
    assert r.code == 1
    assert "refused" in r.err.splitlines()[-1] and "nothing was written" in r.err
    assert "leak: records.json: name of Source A" in r.err
    assert "leak: dossier.pdf text: name of Source A" in r.err
    assert SOK_DARA not in r.err  # the list masks what it found
    assert os.listdir(out_dir) == []
    log = json.loads(cli_vault.ok("log", "--json"))
    assert not [e for e in log if e["action"] == "export"]


def test_leak_gate_refuses_media_with_metadata(
    cli_vault: Cli, scenario: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were the raw original ever taken for the working copy, its GPS would stop the export."""
    monkeypatch.setattr(media_service, "read_working", media_service.read_original)
    # The export also reads a working copy again in pieces (its zip entry, #18): that way too.
    monkeypatch.setattr(
        media_service,
        "working_stream",
        lambda vault, item: lambda: iter([media_service.read_original(vault, item)]),
    )
    r = cli_vault("export", "--case", scenario.case_id, "--out", str(tmp_path / "b.zip"))
    assert r.code == 1
    assert "leak: media/0001.jpg metadata: identifying metadata remains: gps" in r.err
    assert not (tmp_path / "b.zip").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]


def test_renderer_failure_is_one_line_and_writes_nothing(
    cli_vault: Cli, scenario: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(d: object, fingerprint: str, images: object) -> bytes:
        raise RuntimeError(f"boom {d}")

    monkeypatch.setattr(pdfdoc, "render_pdf", broken)
    r = cli_vault("export", "--case", scenario.case_id, "--out", str(tmp_path / "b.zip"))
    assert r.code == 1
    assert r.err.strip() == "evidence-app: the dossier PDF could not be rendered (RuntimeError)"
    assert not (tmp_path / "b.zip").exists()


def test_existing_output_is_never_overwritten(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    target = tmp_path / "b.zip"
    target.write_bytes(b"keep me")
    r = cli_vault("export", "--case", scenario.case_id, "--out", str(target))
    assert r.code == 1 and "already exists" in r.err
    assert target.read_bytes() == b"keep me"


def test_allow_gps_exports_ordinary_site_coordinates_only(cli_vault: Cli, scenario: Scenario) -> None:
    with Vault.open(cli_vault.root, SecretStr(PASSPHRASE)) as vault:
        prepared = prepare(vault, scenario.case_id, ExportOptions(allowed=frozenset({DetectorKind.GPS})))
    assert not prepared.findings
    sites = {s.ref: s for s in prepared.collected.dossier.sites}
    assert (sites["S1"].lat, sites["S1"].name) == (None, None)  # sensitive: never
    assert (sites["S2"].lat, sites["S2"].lon) == (10.6, 104.2)


def test_same_case_same_day_gives_the_same_bundle(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    """No hidden timestamps, random ids or paths: the same case in the same state on the same day
    makes the same bytes. (Each export is logged, and the custody head it records is part of the
    bundle, so an export made AFTER another one differs: by that head and its bundle id.)"""
    day = dt.date(2025, 5, 17)
    zips = []
    with Vault.open(cli_vault.root, SecretStr(PASSPHRASE)) as vault:
        for _ in range(2):
            prepared = prepare(vault, scenario.case_id, ExportOptions(), today=day)
            sink = io.BytesIO()
            write_zip(sink, prepared.top, prepared.files)
            zips.append(sink.getvalue())
        exported = export_case(vault, scenario.case_id, tmp_path / "1.zip", ExportOptions(), today=day)
    assert zips[0] == zips[1]
    assert (tmp_path / "1.zip").read_bytes() == zips[0]
    assert exported.zip_sha256 == hashlib.sha256(zips[0]).hexdigest()


def test_recordings_stay_out_unless_included(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    """A voice identifies a source whatever the metadata says: audio leaves only on request."""
    import wave
    import zipfile

    recording = tmp_path / "interview.wav"
    with wave.open(str(recording), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x01" * 8000)
    audio_id = cli_vault.ok("media", "import", "--case", scenario.case_id, str(recording))
    r = cli_vault("export", "--case", scenario.case_id, "--dry-run")
    assert r.code == 0, r.err
    assert f"media {audio_id[:8]}: a recording: voices identify people" in r.out
    without = tmp_path / "without.zip"
    cli_vault.ok("export", "--case", scenario.case_id, "--out", str(without))
    with zipfile.ZipFile(without) as z:
        assert not any(n.endswith(".wav") for n in z.namelist())
    with_audio = tmp_path / "with.zip"
    cli_vault.ok("export", "--case", scenario.case_id, "--out", str(with_audio), "--include-recordings")
    with zipfile.ZipFile(with_audio) as z:
        assert any(n.endswith(".wav") for n in z.namelist())


def test_leak_gate_refuses_a_protected_name_in_the_bundles_file_name(
    cli_vault: Cli, scenario: Scenario, tmp_path: Path
) -> None:
    """The file name leaves with the bundle: a source's name typed into it refuses the export."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    r = cli_vault("export", "--case", scenario.case_id, "--out", str(out_dir / f"{SOK_DARA} interview.zip"))
    assert r.code == 1, r.err
    assert "leak: the bundle's file name: name of Source A" in r.err
    assert SOK_DARA not in r.err
    assert os.listdir(out_dir) == []
    log = json.loads(cli_vault.ok("log", "--json"))
    assert not [e for e in log if e["action"] == "export"]
    cli_vault.ok("export", "--case", scenario.case_id, "--out", str(out_dir / "interview.zip"))
    assert os.listdir(out_dir) == ["interview.zip"]
