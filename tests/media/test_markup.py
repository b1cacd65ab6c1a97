"""HTML pages and EPUB books: the text a reader sees, as a flattened PDF; nothing else."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from evidence_app import media_service as ms
from evidence_app.errors import UnsupportedMedia
from evidence_app.media.base import Category, MediaType
from evidence_app.media.detect import detect_bytes
from evidence_app.media.markup import EpubSanitizer, HtmlSanitizer

from .transcript_check import check_transcript

DIRTY_HTML = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<meta name="author" content="ZQXAUTHOR Sok">
<meta name="generator" content="ZQXGENERATOR 4.2">
<title>ZQXTITLE page</title>
<style>.gone { display: none } #away{visibility:hidden} p { color: black }</style>
<script>var tracker = "ZQXSCRIPT";</script>
</head>
<body>
<!-- ZQXCOMMENT written by the editor -->
<h1>Recruitment notice</h1>
<p>Work abroad, <b>good pay</b>. Call the agent&nbsp;today.</p>
<p class="gone">ZQXCLASSHIDDEN</p><div id="away">ZQXIDHIDDEN</div>
<span hidden>ZQXATTRHIDDEN</span><span style="display:none">ZQXINLINEHIDDEN</span>
<a href="https://example.org/ZQXLINK?uid=1">the form</a>
<img src="https://tracker.example/ZQXPIXEL.gif" alt="ZQXALT" title="ZQXIMGTITLE">
<input type="hidden" name="id" value="ZQXINPUT">
<table><tr><td>Fee</td><td>500 USD</td></tr></table>
<noscript>ZQXNOSCRIPT</noscript>
</body></html>
"""
HTML_SECRETS = (
    "ZQXAUTHOR",
    "ZQXGENERATOR",
    "ZQXTITLE",
    "ZQXSCRIPT",
    "ZQXCOMMENT",
    "ZQXCLASSHIDDEN",
    "ZQXIDHIDDEN",
    "ZQXATTRHIDDEN",
    "ZQXINLINEHIDDEN",
    "ZQXLINK",
    "ZQXPIXEL",
    "ZQXALT",
    "ZQXIMGTITLE",
    "ZQXINPUT",
    "ZQXNOSCRIPT",
)


def _clean(sanitizer: HtmlSanitizer | EpubSanitizer, data: bytes) -> bytes:
    out = io.BytesIO()
    assert sanitizer.sanitize(io.BytesIO(data), out).output_type is MediaType.PDF
    return out.getvalue()


def test_dirty_html_becomes_a_transcript_of_what_a_browser_shows(tmp_path: Path) -> None:
    data = DIRTY_HTML.encode()
    assert detect_bytes(data) is MediaType.HTML
    inspection = HtmlSanitizer().inspect(io.BytesIO(data))
    assert inspection.media_type is MediaType.HTML
    text = inspection.text
    assert "Recruitment notice\n" in text
    assert "Work abroad, good pay. Call the agent today." in text
    assert "the form" in text and "Fee\t500 USD" in text.replace(" \t", "\t")
    for secret in HTML_SECRETS:
        assert secret not in text, secret
    removed = inspection.facts["hidden content removed"]
    for kind in ("stylesheet", "hidden element", "styled invisible", "comment", "form value", "script", "noscript"):
        assert kind in removed, (kind, removed)
    keys = {f.key: f for f in inspection.findings}
    assert keys["meta author"].category is Category.OWNER and keys["meta author"].risky
    assert "remote references" in keys and "scripts" in keys
    check_transcript(_clean(HtmlSanitizer(), data), HTML_SECRETS, tmp_path)


def test_html_in_a_declared_legacy_charset_is_read_in_it() -> None:
    data = '<html><head><meta charset="windows-1252"></head><body><p>caf\u00e9 Sihanoukville</p></body></html>'
    inspection = HtmlSanitizer().inspect(io.BytesIO(data.encode("cp1252")))
    assert inspection.text == "caf\u00e9 Sihanoukville"


def _epub(chapters: list[str], *, opf: str | None = None, container: bool = True) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")  # stored, first
        if container:
            z.writestr(
                "META-INF/container.xml",
                '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
                "</rootfiles></container>",
            )
        items = "".join(
            f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(len(chapters))
        )
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        z.writestr(
            "OEBPS/content.opf",
            opf
            or '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
            '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>ZQXCREATOR Dara</dc:creator>'
            "<dc:identifier>urn:uuid:ZQXUUID</dc:identifier><dc:title>Testimonies</dc:title></metadata>"
            f"<manifest>{items}</manifest><spine>{spine}</spine></package>",
        )
        for i, body in enumerate(chapters):
            z.writestr(
                f"OEBPS/c{i}.xhtml",
                f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">'
                f"<head><title>ZQXCHAPTERTITLE</title></head><body>{body}</body></html>",
            )
        z.writestr("OEBPS/cover.jpg", b"\xff\xd8\xff ZQXCOVER")
    return out.getvalue()


def test_dirty_epub_becomes_a_transcript_of_its_chapters_in_reading_order(tmp_path: Path) -> None:
    data = _epub(
        ["<h1>Chapter one</h1><p>The boat left at night.</p>", "<p>Second <span hidden>ZQXHIDDEN</span>part.</p>"]
    )
    assert detect_bytes(data) is MediaType.EPUB
    inspection = EpubSanitizer().inspect(io.BytesIO(data))
    assert inspection.text == "Chapter one\n\nThe boat left at night.\n\nSecond part."
    assert "hidden element" in inspection.facts["hidden content removed"]
    owners = {f.value for f in inspection.findings if f.category is Category.OWNER}
    assert "ZQXCREATOR Dara" in owners
    assert any(f.key == "images" for f in inspection.findings)
    secrets = ("ZQXCREATOR", "ZQXUUID", "ZQXHIDDEN", "ZQXCHAPTERTITLE", "ZQXCOVER")
    check_transcript(_clean(EpubSanitizer(), data), secrets, tmp_path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("<html><body>caf\u00e9</body></html>".encode("cp1252"), r"not valid utf-8; save it as UTF-8"),
        (b'<html><head><meta charset="x-nonsense"></head></html>', "unknown character set"),
        (_epub(["<p>x</p>"], container=False), "no META-INF/container.xml"),
        (
            _epub(
                ["<p>x</p>"],
                opf='<package xmlns="http://www.idpf.org/2007/opf"><spine><itemref idref="gone"/></spine></package>',
            ),
            "a document of its reading order is missing",
        ),
        (_epub(["<p>x</p>"], opf='<!DOCTYPE p [<!ENTITY a "aaaa">]><package/>'), "DOCTYPE/ENTITY"),
        (_epub(["<p>x</p>"])[:300], "EPUB|ZIP|damaged|truncated"),
    ],
    ids=["undeclared-encoding", "unknown-charset", "no-container", "missing-chapter", "entity", "truncated"],
)
def test_broken_html_and_epub_are_refused_with_the_cause(data: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(data)
    with pytest.raises(UnsupportedMedia, match=message) as refused:
        ms.prepare_import(path)
    assert "\n" not in str(refused.value)
