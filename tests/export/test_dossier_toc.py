"""The table of contents of dossier.pdf takes exactly the pages it needs, whatever the number of
entries: fpdf2 refuses a placeholder of another size, and the estimate it used (38 entries a page)
made a case with 20 testimonies and 12 photos fail to export at all."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pypdfium2
import pytest

from evidence_app.export import pdfdoc
from evidence_app.export.collect import Dossier, ExportOptions, collect
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from evidence_app.vault import Vault


@pytest.fixture
def base(vault: Vault) -> Dossier:
    case = add_case(vault, "Contents case", "Many testimonies.")
    person = add_person(vault, "Nobody Real", pseudonym="Source K", case_id=case.id)
    add_testimony(vault, case.id, person.id, "Q: Where?\nA: There.", interview_date=dt.date(2024, 5, 2))
    return collect(vault, case.id, ExportOptions(), dt.date(2025, 6, 1)).dossier


@pytest.mark.parametrize("testimonies", [20, 32, 38, 39, 40, 41, 42, 44, 84, 85, 86, 87, 88])
def test_any_number_of_entries_fits_its_contents_pages(base: Dossier, testimonies: int) -> None:
    one = base.testimonies[0]
    many = tuple(dataclasses.replace(one, ref=f"T{n}", uid=f"t-{n}") for n in range(1, testimonies + 1))
    d = dataclasses.replace(base, testimonies=many)
    pdf = pdfdoc.render_pdf(d, "SHA256:test", {})
    doc = pypdfium2.PdfDocument(pdf)
    try:
        toc = [item.get_title() for item in doc.get_toc(max_depth=3)]
        assert f"Testimony T{testimonies}: Source K" in toc
        contents = "".join(
            doc[i].get_textpage().get_text_range() for i in range(1, 1 + pdfdoc._toc_pages(d, pdfdoc._Pdf("x")))
        )
    finally:
        doc.close()
    assert "Contents" in contents and f"Testimony T{testimonies}: Source K" in contents
    assert pdfdoc.toc_entries(d) == len(toc) - 1  # every section but the cover's is listed


def test_long_latin_paragraphs_wrap_within_the_margins_and_read_back(base: Dossier) -> None:
    """Latin paragraphs are broken into lines by the layout itself (words measured once); the
    text comes back in order and no line runs past the right margin."""
    words = [f"word{n}" if n % 7 else f"Tiếng-Việt{n}" for n in range(900)]
    paragraph = " ".join(words)
    one = dataclasses.replace(base.testimonies[0], transcript=paragraph + "\n\nQ: Short one?")
    d = dataclasses.replace(base, testimonies=(one,))
    doc = pypdfium2.PdfDocument(pdfdoc.render_pdf(d, "SHA256:test", {}))
    try:
        text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            limit = page.get_width() - 72 * (pdfdoc.MARGIN_MM - 1) / 25.4
            for k in range(textpage.count_chars()):
                assert textpage.get_charbox(k)[2] <= limit, (i, k)
    finally:
        doc.close()
    assert " ".join(text.split()).find(" ".join(words[:50])) >= 0
    assert words[-1] in text and "Short one?" in text
