"""Checks every text-transcript working copy (legacy Office, RTF, HTML, EPUB, e-mail, ODS/ODP/ODG)
with tools that are not this app's code: PDFium renders it and finds no text layer, exiftool
(``-a -G1 -s -ee -u -U``) finds only structure, pdfinfo opens it, and no secret is in its bytes."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

import pypdfium2 as pdfium

from tests.recordings.exiftool_allow import exiftool_json, leaks

EXIFTOOL = shutil.which("exiftool")
PDFINFO = shutil.which("pdfinfo")


def check_transcript(pdf: bytes, secrets: Iterable[str], tmp_path: Path, name: str = "copy.pdf") -> None:
    assert pdf.startswith(b"%PDF-")
    for secret in secrets:
        for encoded in (secret.encode(), secret.encode("utf-16-le"), secret.encode("utf-16-be")):
            assert encoded not in pdf, secret
    doc = pdfium.PdfDocument(pdf)
    try:
        assert len(doc) >= 1
        assert doc.get_metadata_dict(skip_empty=True) == {}
        page = doc[0]
        assert page.get_textpage().get_text_range().strip() == ""  # pixels only, no text layer
        assert page.render(scale=0.5).to_pil().convert("L").getextrema()[0] < 100  # the text is drawn
    finally:
        doc.close()
    path = tmp_path / name
    path.write_bytes(pdf)
    if EXIFTOOL:
        (record,) = exiftool_json([path])
        assert leaks(record) == [], name
    if PDFINFO:
        info = subprocess.run([PDFINFO, str(path)], capture_output=True, check=False, timeout=60)
        assert info.returncode == 0, info.stderr
