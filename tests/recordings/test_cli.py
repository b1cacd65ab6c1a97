"""Recordings and documents through ``evidence-app media ...`` and ``evidence-app search``."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from evidence_app.cli import build_parser
from tests.conftest import Cli

from . import corpus as c
from .test_corpus import pdftotext


def _mixed_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "mp3": c.dirty_mp3(tmp_path / "interview.mp3"),
        "pdf": tmp_path / "contract.pdf",
        "docx": tmp_path / "statement.docx",
        "mp4": c.encode_video(tmp_path / "phone.mp4", "mp4"),
        "mpeg4": c.encode_video(tmp_path / "old-camera.mp4", "mp4", codec="mpeg4", gps_track=False),
        "bad": tmp_path / "broken.m4a",
    }
    c.text_pdf(files["pdf"])
    files["docx"].write_bytes(c.docx(["Recruiter Sokha took the passports"]))
    files["bad"].write_bytes(c.encode_audio("ipod", "aac")[:900])
    return files


def test_import_show_redact_export_and_search(cli_vault: Cli, tmp_path: Path) -> None:
    case = cli_vault.ok("case", "add", "--title", "Recordings")
    files = _mixed_files(tmp_path)
    order = ["mp3", "pdf", "docx", "mp4", "mpeg4", "bad"]
    r = cli_vault("media", "import", "--case", case, *(str(files[k]) for k in order))
    assert r.code == 1, r.err  # one file was refused, the others went in
    ids = dict(zip(order, r.out.split(), strict=False))
    assert len(r.out.split()) == 5
    assert "broken.m4a" in r.err and "truncated" in r.err
    assert "gps" in r.err.lower()  # the inspection summary names what was removed
    assert "sealed only, not exportable" in r.err

    shown = json.loads(cli_vault.ok("media", "show", ids["pdf"], "--json"))
    assert shown["media_type"] == "application/pdf" and shown["kind"] == "document"
    assert shown["inspection"]["facts"]["pages"] == "2"
    assert "text" not in shown["inspection"]  # the text lives in its own encrypted table
    assert shown["not_exportable"] is None and len(shown["versions"]) == 1

    mp3 = json.loads(cli_vault.ok("media", "show", ids["mp3"], "--json"))
    assert mp3["kind"] == "audio" and float(mp3["inspection"]["facts"]["duration"]) > 0.9

    # A video whose codec cannot be vouched for is kept, sealed, and never exported.
    stuck = json.loads(cli_vault.ok("media", "show", ids["mpeg4"], "--json"))
    assert stuck["versions"] == [] and "mpeg4" in stuck["not_exportable"]
    assert "not exportable:" in cli_vault.ok("media", "show", ids["mpeg4"])
    r = cli_vault("media", "export-working", ids["mpeg4"], "--out", str(tmp_path / "x.mp4"))
    assert r.code == 1 and "not exportable" in r.err and "mpeg4" in r.err
    assert not (tmp_path / "x.mp4").exists()
    cli_vault.ok("media", "export-original", ids["mpeg4"], "--out", str(tmp_path / "original.mp4"))
    assert (tmp_path / "original.mp4").read_bytes() == files["mpeg4"].read_bytes()

    assert cli_vault.ok("media", "redact", ids["mp3"], "--mute", "0.2-0.5") == "2"
    assert cli_vault.ok("media", "redact", ids["mp3"], "--mute", "0.6-0.7", "--mute", "0.8-0.9", "--tone") == "3"
    r = cli_vault("media", "redact", ids["mp3"], "--mute", "0.5-0.2")
    assert r.code == 1 and "invalid span" in r.err

    assert cli_vault.ok("media", "redact", ids["pdf"], "--box", "1,0,120,1275,110") == "2"
    r = cli_vault("media", "redact", ids["pdf"], "--box", "0,120,1275,110")
    assert r.code == 1 and "PAGE,X,Y,W,H" in r.err
    out = tmp_path / "redacted.pdf"
    cli_vault.ok("media", "export-working", ids["pdf"], "--out", str(out))
    assert pdftotext(out.read_bytes()).strip() == ""
    assert len(pdfium.PdfDocument(out.read_bytes())) == 2

    hits = cli_vault.ok("search", "ZQXNAMEONPAGE")
    assert ids["pdf"] in hits
    assert ids["docx"] in cli_vault.ok("search", "passports")
    # Editing the caption re-indexes the item: its document text must stay searchable.
    cli_vault.ok("media", "edit", ids["pdf"], "--caption", "Employment contract")
    assert ids["pdf"] in cli_vault.ok("search", "ZQXNAMEONPAGE")
    assert ids["pdf"] in cli_vault.ok("search", "employment")

    with pytest.raises(SystemExit), redirect_stdout(io.StringIO()) as help_out:
        build_parser().parse_args(["media", "redact", "--help"])
    help_text = " ".join(help_out.getvalue().split())
    assert "PAGE,X,Y,W,H with PAGE from 1" in help_text and "START-END" in help_text

    cli_vault.ok("delete", "media", ids["pdf"])
    assert ids["pdf"] not in cli_vault("search", "ZQXNAMEONPAGE").out
