"""The leak gate checks real identifiers, not the app's own output: a case holding a PDF, an office
document, a photo, an audio and a video file (real files written by other programs) exports, and the
bundle, read back byte by byte, holds none of what the sources carried; a PDF's /ID that did not
come from the app's own flattener is still an identifier."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pikepdf
import pytest

from evidence_app.media.base import Category
from evidence_app.media.detect import detect_bytes
from evidence_app.media.pdf import build_pdf, read_flattened
from evidence_app.media.registry import sanitizer_for
from tests.conftest import Cli

from .scan import export, needs_pdftotext

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "samples" / "outside-corpus" / "mat2-tests-data"
FILES = ("dirty.pdf", "dirty.docx", "dirty.jpg", "dirty.mp3", "dirty.mp4")

pytestmark = [
    needs_pdftotext,
    pytest.mark.skipif(not all((CORPUS / f).exists() for f in FILES), reason="needs the outside corpus"),
]

SOURCE = "Sok Dara"


def _source_strings(data: bytes) -> list[str]:
    """The values of every risky finding of an original that are literally in its bytes (author,
    serial, software, GPS text ...; short generic words such as "Python" are left out, the README
    may say them): none of them may reach a bundle."""
    media_type = detect_bytes(data)
    assert media_type is not None
    inspection = sanitizer_for(media_type).inspect(io.BytesIO(data))
    return [f.value for f in inspection.risky if len(f.value) >= 8 and f.value.encode() in data]


def _pdf_id(data: bytes) -> list[bytes]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return [bytes(x) for x in pdf.trailer.get("/ID", [])]


def test_a_case_with_every_kind_of_media_exports(cli_vault: Cli, tmp_path: Path) -> None:
    case = cli_vault.ok("case", "add", "--title", "Compound case")
    cli_vault.ok("person", "add", "--name", SOURCE, "--case", case)
    files = [Path(shutil.copy(CORPUS / name, tmp_path / name)) for name in FILES]
    r = cli_vault("media", "import", "--case", case, *map(str, files))
    assert r.code == 0, r.err
    out = tmp_path / "out" / "d.zip"
    # Refused before: "serial document ID" of the app's own flattened copies.
    views = export(cli_vault, case, out, "--include-recordings")

    secrets = [s for f in files for s in _source_strings(f.read_bytes())]
    assert any("PDFeXpress" in s for s in secrets) and len(secrets) >= 5, secrets
    assert views.leaks([SOURCE, *secrets]) == []

    with zipfile.ZipFile(out) as bundle:
        media = {n: bundle.read(n) for n in bundle.namelist() if "/media/" in f"/{n}" and not n.endswith("/")}
    assert len(media) == len(FILES), sorted(media)
    source_id = _pdf_id((CORPUS / "dirty.pdf").read_bytes())
    assert source_id
    pdfs = [d for d in media.values() if d.startswith(b"%PDF-")]
    assert len(pdfs) == 2  # the PDF and the office document, both flattened
    for data in pdfs:
        ids = _pdf_id(data)
        assert not set(ids) & set(source_id)  # the source's document ID is gone
        assert not any(i in data for i in source_id)
        pdf_type = detect_bytes(data)
        assert pdf_type is not None
        finding = {f.key: f for f in sanitizer_for(pdf_type).inspect(io.BytesIO(data)).findings}
        assert not finding["document ID"].risky  # derived by the app, reported, not a leak


def test_a_foreign_document_id_on_a_flattened_looking_pdf_is_still_an_identifier(tmp_path: Path) -> None:
    """A PDF dressed up as the app's flattened copy (as a transfer package could carry) but with an
    /ID from elsewhere keeps that /ID counted as a serial; the gate refuses it."""
    original = (CORPUS / "dirty.pdf").read_bytes()
    media_type = detect_bytes(original)
    assert media_type is not None
    clean = io.BytesIO()
    sanitizer_for(media_type).sanitize(io.BytesIO(original), clean)
    own = clean.getvalue()
    assert not [f for f in sanitizer_for(media_type).inspect(io.BytesIO(own)).risky]

    with pikepdf.open(io.BytesIO(own)) as pdf:
        pdf.trailer.ID = pikepdf.Array([pikepdf.String(b"\x01" * 16), pikepdf.String(b"\x02" * 16)])
        forged = io.BytesIO()
        pdf.save(forged, static_id=False)
    assert read_flattened(forged.getvalue())  # still looks exactly like a flattened copy
    risky = sanitizer_for(media_type).inspect(io.BytesIO(forged.getvalue())).risky
    assert [(f.category, f.key) for f in risky] == [(Category.SERIAL, "document ID")]

    # The check rests on the flattener being deterministic: the same pages give the same bytes.
    rebuilt = io.BytesIO()
    build_pdf(read_flattened(own), rebuilt)
    assert rebuilt.getvalue() == own
