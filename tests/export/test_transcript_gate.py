"""The leak gate reads the pages of document transcripts, not only photos.

An e-mail (like every Office, OpenDocument, RTF, HTML, EPUB or text file) is flattened into a PDF
of page images the app draws from the text it read. Those pages show the From line and the body:
a protected person's name and phone number there must refuse the export exactly as they do in a
photo, without OCR (the gate reads the text the pages were drawn from), until the researcher
allows the text of that item or boxes it out.
"""

from __future__ import annotations

import json
import shutil
from email.message import EmailMessage
from pathlib import Path

import pytest

from evidence_app.picture_text import read_pages
from tests.conftest import Cli

from .inspect_bundle import PDFTOTEXT, extract

NAME = "Sok Dara"
PHONE = "+855 12 345 678"
TESSERACT = shutil.which("tesseract")


def email_from_the_source(path: Path) -> None:
    message = EmailMessage()
    message["From"] = f"{NAME} <dara@example.org>"
    message["To"] = "Field Team <team@example.net>"
    message["Subject"] = "The meeting"
    message["Date"] = "Tue, 01 Dec 2026 10:00:00 +0700"
    message["Message-ID"] = "<zqx1@example.org>"
    message.set_content(f"We meet at the market gate on Friday.\nCall me on {PHONE} before you come.\n")
    path.write_bytes(message.as_bytes())


@pytest.fixture
def email_item(cli_vault: Cli, tmp_path: Path) -> tuple[str, str]:
    path = tmp_path / "meeting.eml"
    email_from_the_source(path)
    case = cli_vault.ok("case", "add", "--title", "C")
    cli_vault.ok("person", "add", "--name", NAME, "--phone", PHONE, "--case", case)
    item = cli_vault.ok("media", "import", "--case", case, str(path)).split()[0]
    shown = json.loads(cli_vault.ok("media", "show", item, "--json"))
    assert shown["media_type"] == "message/rfc822"
    return case, item


def _leaks(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("LEAK")]


def test_a_protected_name_and_phone_on_an_email_transcript_refuse_the_export(
    cli_vault: Cli, email_item: tuple[str, str], tmp_path: Path
) -> None:
    case, item = email_item
    r = cli_vault("export", "--case", case, "--dry-run")
    assert r.code == 1, r.out + r.err
    leaks = [line for line in _leaks(r.out) if "text on the pages" in line]
    assert any("name of Source A" in line for line in leaks), r.out
    assert any("phone number of Source A" in line for line in leaks), r.out
    assert NAME not in r.out + r.err and "345 678" not in r.out + r.err  # masked, never shown whole
    assert "was not read" not in r.out  # no OCR needed: the pages' own text was read
    # Allowed for this item: the export goes through, says so, and the bundle holds the transcript.
    out = tmp_path / "bundle.zip"
    r = cli_vault("export", "--case", case, "--dry-run", "--allow-text-in", item[:8])
    assert r.code == 0 and "Leak gate: passed" in r.out, r.out + r.err
    assert "text in the picture allowed" in r.out
    r = cli_vault("export", "--case", case, "--out", str(out), "--allow-text-in", item[:8])
    assert r.code == 0 and out.is_file(), r.out + r.err
    bundle = extract(out, tmp_path / "x")
    documents = [n for n in bundle.names if n.split("/")[-2:-1] == ["media"] and n.endswith(".pdf")]
    assert len(documents) == 1, bundle.names
    # The recipient's tools: the transcript is page images (pdftotext finds no text in it), and no
    # other file of the bundle carries the name or the number the researcher allowed on the pages.
    assert PDFTOTEXT is not None
    texts = {k: v for k, v in bundle.texts.items() if not k.endswith("(raw)")}
    assert texts[documents[0].split("/", 1)[1] + " (pdftotext)"].strip() == ""
    for what, text in texts.items():
        assert NAME not in text and "345 678" not in text and "12345678" not in text, what
    if TESSERACT is not None:  # what was allowed really is on the page
        page_text = read_pages((bundle.root / documents[0].split("/", 1)[1]).read_bytes(), True)[0].text
        assert NAME in page_text and "345" in page_text


@pytest.mark.skipif(TESSERACT is None, reason="boxing the text out goes through media ocr (Tesseract)")
def test_the_email_transcript_passes_once_the_name_and_phone_are_boxed_out(
    cli_vault: Cli, email_item: tuple[str, str]
) -> None:
    case, item = email_item
    read = json.loads(cli_vault.ok("media", "ocr", item, "--json"))
    kinds = sorted(s["kind"] for s in read["suggestions"])
    assert kinds.count("protected_person") >= 2, read["suggestions"]
    cli_vault.ok("media", "suggestions", item, "--accept", "all")
    cli_vault.ok("media", "redact", item, "--suggested")
    again = json.loads(cli_vault.ok("media", "ocr", item, "--json"))  # the redacted pages, read again
    assert NAME not in again["text"] and "345 678" not in again["text"] and "market gate" in again["text"]
    r = cli_vault("export", "--case", case, "--dry-run")
    assert r.code == 0 and "Leak gate: passed" in r.out, r.out + r.err
