"""dossier.html marks each paragraph with its language and direction (an Arabic answer inside an
English interview is right to left; a Khmer or Thai paragraph is tagged for screen readers)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from evidence_app.export.collect import ExportOptions
from evidence_app.export.formats import DOSSIER_HTML
from evidence_app.export.writer import prepare
from evidence_app.model import Role
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from evidence_app.vault import Vault

from .helpers import KHMER_TEXT, THAI_TEXT, build_case

ARABIC = "كانوا يأخذون جوازات السفر"
ENGLISH = "Where were you kept after the border?"


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str | None, str | None, str]] = []
        self._open: tuple[str | None, str | None] | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p":
            a = dict(attrs)
            self._open, self._text = (a.get("lang"), a.get("dir")), ""

    def handle_data(self, data: str) -> None:
        self._text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "p" and self._open is not None:
            self.found.append((*self._open, self._text))
            self._open = None


def test_each_paragraph_has_its_lang_and_dir(vault: Vault, tmp_path: Path) -> None:
    scenario = build_case(vault, tmp_path)
    official = add_person(vault, "Witness Official", role=Role.OFFICIAL, protected=False, case_id=scenario.case_id)
    add_testimony(vault, scenario.case_id, official.id, f"{ENGLISH}\n\n{ARABIC}\n\n{KHMER_TEXT}\n\n{THAI_TEXT}")
    prepared = prepare(vault, scenario.case_id, ExportOptions())
    assert not prepared.findings
    html = next(f.data for f in prepared.files if f.path == DOSSIER_HTML).decode()
    parser = _Paragraphs()
    parser.feed(html)
    by_text = {text.strip(): (lang, direction) for lang, direction, text in parser.found}
    assert by_text[ENGLISH] == ("en", "ltr")
    assert by_text[ARABIC] == ("ar", "rtl")
    assert by_text[KHMER_TEXT] == ("km", "ltr")
    assert by_text[THAI_TEXT] == ("th", "ltr")
