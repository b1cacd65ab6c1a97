"""``export --format ftm`` and ``--format uwazi-csv``: the case for FollowTheMoney tools and for
Uwazi's CSV import, from the same redacted content and through the same leak gate as the dossier.
Every output is scanned byte by byte for what is protected; FtM entities are checked with the
``followthemoney`` library itself; the Uwazi zip is read as Uwazi's importer reads it."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

from evidence_app.export import interchange
from evidence_app.export.collect import Dossier
from tests.conftest import Cli

from .helpers import EXIFTOOL, KHMER_TEXT, PUBLIC_LATIN, PUBLIC_ZH, SOK_DARA, THAI_TEXT, Scenario
from .inspect_bundle import digits

pytestmark = pytest.mark.skipif(EXIFTOOL is None, reason="needs exiftool")
PHONE_DIGITS = ("12345678", "812345678", "977654321")


def _no_secret(scenario: Scenario, text: str, where: str, binary: bool = False) -> None:
    folded = text.casefold()
    for secret in scenario.secrets:
        assert secret.casefold() not in folded, f"{secret!r} leaked in {where}"
    for number in () if binary else PHONE_DIGITS:  # digit runs in image data mean nothing
        assert number not in digits(text), f"a phone number leaked in {where}"


def test_ftm_entities_are_valid_and_redacted(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    from followthemoney import model

    out = tmp_path / "case.ftm.json"
    r = cli_vault("export", "--case", scenario.case_id, "--format", "ftm", "--out", str(out))
    assert r.code == 0, r.err
    assert r.out.strip() == str(out) and sorted(os.listdir(tmp_path)) == ["camera", "case.ftm.json", "vault"]
    text = out.read_text(encoding="utf-8")
    _no_secret(scenario, text, "the FtM entities")
    lines = [json.loads(line) for line in text.splitlines()]
    by_schema: dict[str, list[dict[str, object]]] = {}
    ids = set()
    for data in lines:
        proxy = model.get_proxy(data, cleaned=False)  # the library parses and cleans every value
        assert proxy.schema.name == data["schema"] and not proxy.schema.abstract
        cleaned = proxy.to_dict()["properties"]
        for name, values in data["properties"].items():
            # Nothing the library would drop or change: every value is valid for its property type.
            assert sorted(cleaned.get(name, [])) == sorted(values), (data["schema"], name, values)
        assert proxy.schema.validate(data) is None, data
        assert data["id"] not in ids
        ids.add(data["id"])
        by_schema.setdefault(data["schema"], []).append(data)
    # Every reference points at an entity of the file.
    for data in lines:
        proxy = model.get_proxy(data)
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in ids, (data["schema"], prop.name, value)
    assert {"Project", "Person", "ProjectParticipant", "Address", "PlainText", "Documentation", "Note", "Image"} <= set(
        by_schema
    )
    names = {n for p in by_schema["Person"] for n in p["properties"]["name"]}  # type: ignore[index]
    assert {"Source A", "Broker B", PUBLIC_LATIN, PUBLIC_ZH} <= names
    body = " ".join(b for t in by_schema["PlainText"] for b in t["properties"]["bodyText"])  # type: ignore[index]
    for public in (PUBLIC_LATIN, PUBLIC_ZH, KHMER_TEXT, THAI_TEXT):
        assert public in body
    assert "[REDACTED: phone of Source A]" in body and "[REDACTED]" in body
    sensitive = [a for a in by_schema["Address"] if "Sensitive site: province only" in str(a["properties"])]
    assert sensitive and all("latitude" not in a["properties"] for a in by_schema["Address"])  # type: ignore[operator]
    log = json.loads(cli_vault.ok("log", "--json"))
    (entry,) = [e for e in log if e["action"] == "export"]
    assert entry["detail"]["what"] == "ftm" and entry["detail"]["file"] == "case.ftm.json"


def test_uwazi_csv_zip_follows_the_csv_import(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    out = tmp_path / "uwazi.zip"
    r = cli_vault("export", "--case", scenario.case_id, "--format", "uwazi-csv", "--out", str(out))
    assert r.code == 0, r.err
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert zf.testzip() is None
        table = zf.read("import.csv").decode("utf-8")
        files = {n: zf.read(n) for n in names if n != "import.csv"}
    # import.csv and the files it names, at the zip's root (Uwazi looks them up by name there).
    assert "import.csv" in names and all("/" not in n for n in names)
    rows = list(csv.DictReader(io.StringIO(table)))
    assert rows and list(rows[0]) == list(interchange.UWAZI_COLUMNS)
    assert all(c == c.lower() and " " not in c for c in rows[0])  # template property names
    assert all(row["title"] for row in rows)  # title is required
    named = {f for row in rows for f in row["attachments"].split("|") if f}
    assert named == set(files) and len(files) == 2
    for row in rows:
        if row["date"]:
            assert len(row["date"]) == 10 and row["date"][4] == "-"
        if row["geolocation"]:
            lat, lon = row["geolocation"].split("|")
            float(lat), float(lon)
    testimony = next(r for r in rows if r["record_type"] == "testimony")
    assert "[REDACTED: phone of Source A]" in testimony["transcript"] and PUBLIC_LATIN in testimony["transcript"]
    assert {r["record_type"] for r in rows} >= {"testimony", "person", "site", "note", "photo"}
    # Nothing protected anywhere: the table, the names, the photos' bytes and metadata.
    _no_secret(scenario, table, "import.csv")
    for name, data in files.items():
        _no_secret(scenario, data.decode("latin-1"), name, binary=True)
        path = tmp_path / name
        path.write_bytes(data)
        tags = subprocess.run([EXIFTOOL or "exiftool", "-a", "-G1", str(path)], capture_output=True, text=True).stdout
        assert "GPS" not in tags and "Artist" not in tags and "Serial" not in tags, name


def test_a_protected_name_never_comes_out(
    cli_vault: Cli, scenario: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Were either format ever built from unredacted text, the gate reads the name in the output
    and refuses: nothing is written, the dry run says LEAK."""
    real_entities, real_rows = interchange.ftm_entities, interchange.uwazi_rows

    def leaky_entities(d: Dossier) -> list[dict[str, object]]:
        return [*real_entities(d), {"id": "x", "schema": "Note", "properties": {"description": [f"{SOK_DARA}"]}}]

    def leaky_rows(d: Dossier) -> list[dict[str, str]]:
        return [*real_rows(d), {"title": "Note", "summary": "call +855 12 345 678"}]

    monkeypatch.setattr(interchange, "ftm_entities", leaky_entities)
    monkeypatch.setattr(interchange, "uwazi_rows", leaky_rows)
    for fmt in ("ftm", "uwazi-csv"):
        out = tmp_path / f"out.{fmt}"
        r = cli_vault("export", "--case", scenario.case_id, "--format", fmt, "--out", str(out))
        assert r.code == 1 and "leak" in r.err and not out.exists(), (fmt, r.err)
        assert SOK_DARA not in r.err and "345 678" not in r.err  # the finding never echoes the secret
        dry = cli_vault("export", "--case", scenario.case_id, "--format", fmt, "--dry-run")
        assert dry.code == 1 and "LEAK" in dry.out
    assert [f for f in os.listdir(tmp_path) if f.startswith("out")] == []


def test_encrypted_to_a_recipient_and_dry_run(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    from crypto import age

    identity = age.Identity.generate()
    out = tmp_path / "case.ftm.json.age"
    r = cli_vault(
        "export", "--case", scenario.case_id, "--format", "ftm", "--out", str(out), "--recipient", identity.recipient
    )
    assert r.code == 0, r.err
    plain = io.BytesIO()
    with open(out, "rb") as fh:
        age.decrypt_stream(fh, plain, [identity])
    assert plain.getvalue().startswith(b'{"id"')
    dry = cli_vault("export", "--case", scenario.case_id, "--format", "uwazi-csv", "--dry-run")
    assert dry.code == 0 and "Leak gate: passed." in dry.out and "nothing was written" in dry.out


@pytest.mark.parametrize("fmt", ["ftm", "uwazi-csv"])
def test_a_protected_name_in_the_file_name_refuses_the_export(
    cli_vault: Cli, scenario: Scenario, tmp_path: Path, fmt: str
) -> None:
    """The file's own name travels with it (a mail attachment, an upload log), as the bundle's does."""
    out = tmp_path / f"{SOK_DARA} interview.{'ftm.json' if fmt == 'ftm' else 'zip'}"
    r = cli_vault("export", "--case", scenario.case_id, "--format", fmt, "--out", str(out))
    assert r.code == 1 and "leak gate" in r.err and "Traceback" not in r.err, r.err
    assert not out.exists() and not any(p.name.startswith(SOK_DARA) for p in tmp_path.iterdir())
