"""records.json as data: validated against the records.schema.json shipped beside it (with the
``jsonschema`` library, as a recipient's pipeline would), references by stable ids that a delete
does not renumber, a SHA-256 per media file, every redaction's kind, truthful site flags."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from crypto.secret import SecretStr
from evidence_app import media_service as ms
from evidence_app.model import RecordKind
from evidence_app.records.deletion import delete_record
from evidence_app.records.persons import list_persons
from evidence_app.records.sites import list_sites
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, Cli

from .helpers import Scenario
from .inspect_bundle import PDFTOTEXT, extract

pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext")


def _export(cli_vault: Cli, case_id: str, tmp_path: Path, name: str) -> tuple[dict[str, Any], dict[str, Any], Path]:
    out = tmp_path / f"{name}.zip"
    r = cli_vault("export", "--case", case_id, "--out", str(out))
    assert r.code == 0, r.err
    bag = extract(out, tmp_path / name)
    records = json.loads(bag.texts["data/records.json"])
    schema = json.loads(bag.texts["data/records.schema.json"])
    return records, schema, bag.root


def test_records_validate_against_the_shipped_schema(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    records, schema, root = _export(cli_vault, scenario.case_id, tmp_path, "one")
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    validator.validate(records)
    assert records["version"] == 2

    # The schema is strict, not a rubber stamp: an extra field, a wrong hash and a bad reference fail.
    broken = json.loads(json.dumps(records))
    broken["media"][0]["sha256"] = "0" * 63
    assert not validator.is_valid(broken)
    broken = json.loads(json.dumps(records))
    broken["persons"][0]["full_name"] = "x"
    assert not validator.is_valid(broken)
    broken = json.loads(json.dumps(records))
    broken["testimonies"][0]["person"] = "P1"  # a position, not an id
    assert not validator.is_valid(broken)

    # Every reference resolves to a record of the right kind.
    persons = {p["id"] for p in records["persons"]}
    media = {m["id"]: m for m in records["media"]}
    every_id = persons | set(media) | {r["id"] for k in ("sites", "testimonies", "notes") for r in records[k]}
    assert len(every_id) == sum(len(records[k]) for k in ("persons", "sites", "testimonies", "notes", "media"))
    for t in records["testimonies"]:
        assert t["person"] in persons
        assert all(m in media for m in t["media"])
    assert all(n["person"] is None or n["person"] in persons for n in records["notes"])

    # Each media file's SHA-256 is that of the file in the bag (sha256sum media/0001.jpg).
    assert media
    for m in media.values():
        assert m["sha256"] == hashlib.sha256((root / "data" / m["file"]).read_bytes()).hexdigest()

    # Every redaction is listed by record, field and kind, never by its text.
    kinds = {(r["field"], r["kind"]) for r in records["redactions"]}
    assert ("transcript", "manual") in kinds
    assert ("transcript", "protected_person") in kinds
    assert any(k == "detector:phone" for _, k in kinds)
    assert {r["record"] for r in records["redactions"]} <= every_id | {records["bundle"]["case_ref"]}

    # Sites: the sensitive one is generalised; the other kept its name but not its coordinates
    # (GPS not allowed), and says so instead of claiming nothing was changed.
    sensitive, court = records["sites"]
    assert (sensitive["generalised"], sensitive["coordinates_withheld"]) == (True, True)
    assert (court["generalised"], court["coordinates_withheld"]) == (False, True)
    assert court["lat"] is None and court["name"] == "Provincial Court"


def test_ids_survive_a_delete_and_leak_no_vault_id(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    before, _, _ = _export(cli_vault, scenario.case_id, tmp_path, "before")
    with Vault.open(cli_vault.root, SecretStr(PASSPHRASE)) as vault:
        first_site = list_sites(vault, scenario.case_id)[0]
        delete_record(vault, RecordKind.SITE, first_site.id)
        ms.delete_media(vault, scenario.media_ids[0])
        vault_ids = {scenario.case_id, scenario.testimony_id, *scenario.media_ids, first_site.id}
        vault_ids |= {p.id for p in list_persons(vault, scenario.case_id)}
    after, _, _ = _export(cli_vault, scenario.case_id, tmp_path, "after")

    # The positions moved (S2 is now S1, 0002 is now 0001); the ids did not.
    assert [s["ref"] for s in after["sites"]] == ["S1"]
    assert after["sites"][0]["id"] == before["sites"][1]["id"]
    assert [m["ref"] for m in after["media"]] == ["0001"]
    assert after["media"][0]["id"] == before["media"][1]["id"]
    assert after["media"][0]["sha256"] == before["media"][1]["sha256"]
    assert [p["id"] for p in after["persons"]] == [p["id"] for p in before["persons"]]
    assert after["testimonies"][0]["id"] == before["testimonies"][0]["id"]
    gone = before["media"][0]["id"]
    assert after["testimonies"][0]["media"] == [m for m in before["testimonies"][0]["media"] if m != gone]
    assert after["bundle"]["case_ref"] == before["bundle"]["case_ref"]

    # Pseudonymous: none of the vault's own record ids (nor a prefix of one) is in the export.
    text = json.dumps(after) + json.dumps(before)
    for vault_id in vault_ids:
        assert vault_id[:8] not in text
