"""The dossier's fonts are parsed once per process and shared, and added to a PDF on first use:
each PDF still embeds its own subset, of the fonts it draws with only, whatever was laid out
before it or beside it in another thread (the dry run and the export, the window's preview)."""

from __future__ import annotations

import io
import re
import threading

import pikepdf

from evidence_app.export import pdfdoc

LATIN = ["She was promised a job in a hotel, then the office took her passport.", "Tiếng Việt: người phụ nữ"]
KHMER_CHINESE = ["ខ្មែរ ភាសាខ្មែរ ស្ត្រី", "中文 受害者 诈骗园区"]
THAI = ["ผู้หญิง น้ำ ที่นี่ ไม่ได้", "園區 ไทย"]


def _sample(lines: list[str]) -> bytes:
    """The self-test's one page, without what differs from one second to the next (its creation
    date, and the file id fpdf2 derives from the whole output)."""
    pdf = pdfdoc.sample_pdf(lines)
    pdf = re.sub(rb"/CreationDate \(D:[0-9Z+\-']*\)", b"", pdf)
    return re.sub(rb"/ID \[<[0-9A-Fa-f]+><[0-9A-Fa-f]+>\]", b"", pdf)


def _fonts(pdf: bytes) -> dict[str, int]:
    """Embedded font name (subset tag dropped) -> bytes of its font file."""
    out: dict[str, int] = {}
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for obj in doc.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
                out[str(obj.FontName).split("+", 1)[1]] = len(obj.FontFile2.read_raw_bytes())
    return out


def test_a_pdf_embeds_only_the_fonts_it_draws_with() -> None:
    assert set(_fonts(_sample(LATIN))) == {"NotoSans"}
    assert set(_fonts(_sample(KHMER_CHINESE))) == {"NotoSans", "NotoSansKhmer", "DroidSansFallback"}
    assert set(_fonts(_sample(THAI))) == {"NotoSans", "NotoSansThai", "DroidSansFallback"}


def test_each_pdf_gets_its_own_subset_whatever_came_before() -> None:
    first = _sample(THAI)
    _sample(KHMER_CHINESE)  # other glyphs of the same shared DroidSansFallback
    again = _sample(THAI)
    assert again == first
    # The subset holds this PDF's Chinese glyph, not the 2 x 4 of the other one's nor the font's 49,000.
    assert _fonts(again)["DroidSansFallback"] < _fonts(_sample(KHMER_CHINESE))["DroidSansFallback"]


def test_pdfs_laid_out_at_once_in_two_threads_are_those_laid_out_alone() -> None:
    alone = {name: _sample(lines) for name, lines in (("km", KHMER_CHINESE), ("th", THAI))}
    results: dict[str, list[bytes]] = {"km": [], "th": []}
    errors: list[BaseException] = []

    def render(name: str, lines: list[str]) -> None:
        try:
            for _ in range(4):
                results[name].append(_sample(lines))
        except BaseException as exc:  # reported by the test thread
            errors.append(exc)

    threads = [threading.Thread(target=render, args=args) for args in (("km", KHMER_CHINESE), ("th", THAI))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    for name, pdfs in results.items():
        assert pdfs == [alone[name]] * 4, name
