"""The issue's end-to-end test: a realistic case exported through the CLI, unzipped, validated
with the ``bagit`` package, verified, and searched byte by byte for anything protected."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from pathlib import Path

import bagit
import pytest

from tests.conftest import Cli, run_app

from .helpers import (
    CHINESE_TEXT,
    EXIF_ARTIST,
    EXIF_SERIAL,
    EXIFTOOL,
    KHMER_TEXT,
    PUBLIC_LATIN,
    PUBLIC_ZH,
    THAI_TEXT,
    XMP_CREATOR,
    Scenario,
)
from .inspect_bundle import PDFTOTEXT, digits, extract

pytestmark = pytest.mark.skipif(EXIFTOOL is None or PDFTOTEXT is None, reason="needs exiftool and pdftotext")

PHONE_DIGITS = ("12345678", "812345678", "977654321")


def test_export_end_to_end(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    out = tmp_path / "out" / "dossier.zip"
    out.parent.mkdir()
    r = cli_vault("export", "--case", scenario.case_id, "--out", str(out), "--organization", "Field Team 3")
    assert r.code == 0, r.err
    assert r.out.strip() == str(out)
    assert "private note" in r.err and "not exportable" in r.err  # left-out items are listed
    assert sorted(os.listdir(out.parent)) == ["dossier.zip"]  # no temporary file left

    bag_dir = extract(out, tmp_path / "unzipped")
    bagit.Bag(str(bag_dir.root)).validate()  # RFC 8493, checked by an independent implementation

    # The payload: generated names only, the withheld photo left out.
    payload = sorted(n.split("/", 1)[1] for n in bag_dir.names if "/data/" in n)
    assert payload == [
        "data/dossier.html",
        "data/dossier.pdf",
        "data/media/0001.jpg",
        "data/media/0002.jpg",
        "data/records.json",
        "data/records.schema.json",
    ]

    # Nothing protected in any extracted byte: names, texts, PDF text, JSON, media metadata.
    everything = bag_dir.everything()
    folded = everything.casefold()
    for secret in scenario.secrets:
        assert secret.casefold() not in folded, f"{secret!r} leaked"
    for what, text in bag_dir.texts.items():
        if "(raw)" in what or "manifest" in what or what.endswith(".sig"):
            continue  # binary or hashes: digit runs there mean nothing
        for number in PHONE_DIGITS:
            assert number not in digits(text), f"a phone number leaked in {what}"
    for marker in (EXIF_ARTIST, EXIF_SERIAL, XMP_CREATOR):
        assert marker not in everything
    for what, text in bag_dir.texts.items():
        if what.endswith("(exiftool)"):
            assert "GPS" not in text and "Artist" not in text and "Serial" not in text, what

    # What must be there is there: public names and text in every script, in every view.
    html = bag_dir.texts["data/dossier.html"]
    records = bag_dir.texts["data/records.json"]
    pdf = bag_dir.texts["data/dossier.pdf (pdftotext)"]
    for text in (html, records, pdf):
        for public in (PUBLIC_LATIN, PUBLIC_ZH, "Source A", "Broker B", THAI_TEXT, CHINESE_TEXT, KHMER_TEXT):
            assert public in text, public
        assert "[REDACTED: phone of Source A]" in text.replace("\n", " ")
        assert "[REDACTED]" in text  # the manual span
    assert "&lt;b&gt;not markup&lt;/b&gt; &amp; done." in html  # escaped, not interpreted
    assert "http" not in html and "xmlns" not in html

    doc = json.loads(records)
    assert (doc["format"], doc["version"]) == ("evidence-vault-dossier-records", 2)
    sensitive = next(s for s in doc["sites"] if s["generalised"])
    assert sensitive == {
        "id": sensitive["id"],
        "ref": "S1",
        "name": None,
        "town": None,
        "province": "Kampot",
        "lat": None,
        "lon": None,
        "generalised": True,
        "coordinates_withheld": True,
    }
    assert all(s["lat"] is None for s in doc["sites"])  # GPS not allowed: no coordinates at all
    assert [m["file"] for m in doc["media"]] == ["media/0001.jpg", "media/0002.jpg"]
    assert not any(n["text"].startswith("PRIVATE") for n in doc["notes"]) and len(doc["notes"]) == 1

    info = bagit.Bag(str(bag_dir.root)).info
    assert info["Source-Organization"] == "Field Team 3"
    assert info["Evidence-Export-Format"] == "evidence-vault-dossier"
    fingerprint = info["Evidence-Signer-Fingerprint"]

    # verify passes (in-process through the CLI), and prints the fingerprint.
    v = cli_vault("verify", str(out))
    assert v.code == 0, v.err
    assert v.out.startswith("OK ") and f"signer fingerprint: {fingerprint}" in v.out
    assert cli_vault("verify", str(out), "--expect-signer", fingerprint.replace(":", "")).code == 0

    # The custody log has the export with the bundle's hash and the signer.
    log = json.loads(cli_vault.ok("log", "--json"))
    exports = [e for e in log if e["action"] == "export"]
    assert len(exports) == 1
    detail = exports[0]["detail"]
    assert detail["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest() == detail["zip_sha256"]
    assert detail["signer"] == fingerprint and detail["encrypted"] is False


def test_zip_entries_are_normalised(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    cli_vault.ok("export", "--case", scenario.case_id, "--out", str(out))
    with zipfile.ZipFile(out) as zf:
        infos = zf.infolist()
        assert zf.comment == b""
    names = [i.filename for i in infos]
    assert names == sorted(names)
    assert len({n.split("/")[0] for n in names}) == 1 and names[0].startswith("dossier-")
    for info in infos:
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.extra == b"" and info.comment == b""
        assert info.create_system == 3 and info.external_attr >> 16 == stat.S_IFREG | 0o644
    assert os.stat(out).st_mode & 0o777 == 0o600


def test_verify_needs_no_vault_and_no_passphrase(cli_vault: Cli, scenario: Scenario, tmp_path: Path) -> None:
    out = tmp_path / "b.zip"
    cli_vault.ok("export", "--case", scenario.case_id, "--out", str(out))
    # A recipient's machine: no vault, no passphrase, nothing on standard input.
    env = {"EVIDENCE_VAULT": str(tmp_path / "no-vault-here"), "HOME": str(tmp_path)}
    r = run_app("verify", str(out), env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("OK ")
    assert not (tmp_path / "no-vault-here").exists()
