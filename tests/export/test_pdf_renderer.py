"""The Qt PDF renderer: bundled fonts for every script, nothing loaded but data: URIs, and the
exporter's metadata normalisation."""

from __future__ import annotations

import base64
import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from evidence_app.export import pdf as pdfpost
from evidence_app.rendering import pdf_renderer, set_pdf_renderer
from ui import launcher
from ui.pdf_renderer import render_pdf

from .inspect_bundle import PDFTOTEXT

pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext")

SCRIPTS = {"latin": "Trafficking report", "khmer": "ពលករ ជួញដូរ", "thai": "กรุงเทพมหานคร", "chinese": "工厂老板"}


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    result = subprocess.run([PDFTOTEXT or "", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return unicodedata.normalize("NFKC", result.stdout.decode())  # "ﬃ" ligatures back to letters


def _image_sizes(pdf: bytes) -> list[tuple[int, int]]:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return [(int(i.Width), int(i.Height)) for page in doc.pages for i in page.get_images().values()]


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 0, 0)).save(buf, "PNG")
    return buf.getvalue()


def test_every_script_is_rendered_with_the_bundled_fonts(tmp_path: Path) -> None:
    html = "".join(f"<p>{name}: {text}</p>" for name, text in SCRIPTS.items())
    pdf = render_pdf(f"<html><body>{html}</body></html>", "Scripts")
    text = _text(pdf, tmp_path)
    for value in SCRIPTS.values():
        assert value in text
    pdffonts = shutil.which("pdffonts")
    if pdffonts:
        (tmp_path / "f.pdf").write_bytes(pdf)
        fonts = subprocess.run([pdffonts, str(tmp_path / "f.pdf")], capture_output=True, text=True, check=True).stdout
        for family in ("NotoSans-Regular", "NotoSansKhmer", "NotoSansThai", "DroidSansFallback"):
            assert family in fonts


def test_only_data_uris_are_loaded(tmp_path: Path) -> None:
    picture = tmp_path / "secret.png"
    picture.write_bytes(_png())
    local = f'<p><img src="{picture}"></p><p><img src="file://{picture}"></p><p><img src="secret.png"></p>'
    style = f'<link rel="stylesheet" href="{tmp_path / "x.css"}">'
    (tmp_path / "x.css").write_text("p { color: red }")
    pdf = render_pdf(f"<html><head>{style}</head><body>{local}</body></html>", "t")
    assert (40, 30) not in _image_sizes(pdf)
    inline = f'<p><img src="data:image/png;base64,{base64.b64encode(_png()).decode()}"></p>'
    assert _image_sizes(render_pdf(f"<html><body>{inline}</body></html>", "t")) == [(40, 30)]


def test_normalised_pdf_has_no_dates_xmp_or_random_id() -> None:
    html = "<html><body><p>Same dossier</p></body></html>"
    raw = render_pdf(html, "Title")
    assert b"CreationDate" in raw and b"xmpmeta" in raw  # what Qt writes, and why we normalise
    first = pdfpost.normalise(raw, "Title")
    second = pdfpost.normalise(render_pdf(html, "Title"), "Title")
    assert first == second
    assert b"CreationDate" not in first and b"xmpmeta" not in first and b"Qt " not in first
    text, info = pdfpost.read_back(first)
    assert "Same dossier" in text
    assert info == f"Producer: {pdfpost.PRODUCER}\nTitle: Title"


def test_the_launcher_registers_the_qt_renderer() -> None:
    set_pdf_renderer(None)
    launcher.register_services()
    pdf = pdf_renderer()("<p>via the launcher</p>", "t")
    assert pdf.startswith(b"%PDF-")


def test_page_numbers_never_trip_the_leak_gate(tmp_path: Path) -> None:
    """A footer "11 / 12" above the file name "0002.jpg" used to read as a phone number."""
    import numpy as np
    from PIL import Image

    from crypto.secret import SecretStr
    from evidence_app import db, media_service
    from evidence_app.export import ExportOptions, export_case
    from evidence_app.export import pdf as pdfpost
    from evidence_app.vault import Vault

    vault, _ = Vault.create(tmp_path / "v", SecretStr("a long passphrase"))
    with vault:
        case = vault.add_case("Footer case")
        source = vault.add_person("Sok Dara", phones=["+855 12 345 678"])
        with db.transaction(vault.conn):
            for i in range(20):
                vault.add_testimony(case.id, source.id, f"Interview {i}. " + "We worked long hours. " * 60)
        rng = np.random.default_rng(3)
        for i in range(3):
            photo = tmp_path / f"p{i}.jpg"
            Image.fromarray(rng.integers(0, 255, (300, 400, 3), dtype=np.uint8), "RGB").save(photo, "JPEG")
            media_service.import_file(vault, case.id, photo)
        out = tmp_path / "bundle.zip"
        export_case(vault, case.id, out, ExportOptions())
        import zipfile

        with zipfile.ZipFile(out) as z:
            pdf = next(z.read(n) for n in z.namelist() if n.endswith("dossier.pdf"))
        text, _ = pdfpost.read_back(pdf)
        assert "0002.jpg" in text and " / " not in text
