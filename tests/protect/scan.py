"""Reading an exported bundle the way an adversary would, for the source-protection tests: the raw
bytes of every file (also of every file inside a zip inside the bundle, e.g. an office document),
``pdftotext`` of every PDF, and every file name, all searched for protected strings."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import Cli

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext (poppler-utils)")


@dataclass
class Views:
    """What a reader gets out of a bundle: (where, text) pairs."""

    parts: list[tuple[str, str]] = field(default_factory=list)

    def add_bytes(self, where: str, data: bytes) -> None:
        self.parts.append((where + " (utf-8)", data.decode("utf-8", "replace")))
        self.parts.append((where + " (utf-16)", data.decode("utf-16-le", "replace")))
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as inner:
                for name in inner.namelist():
                    self.parts.append((f"{where}!{name} (name)", name))
                    self.add_bytes(f"{where}!{name}", inner.read(name))
        if data[:5] == b"%PDF-":
            self.parts.append((where + " (pdftotext)", pdf_text(data)))

    def leaks(self, secrets: list[str]) -> list[str]:
        found = []
        for secret in secrets:
            needle = secret.casefold()
            squeezed = re.sub(r"\s+", "", needle)
            for where, text in self.parts:
                folded = text.casefold()
                if needle in folded or (len(squeezed) >= 5 and squeezed in re.sub(r"\s+", "", folded)):
                    found.append(f"{secret!r} in {where}")
        return found


def pdf_text(data: bytes) -> str:
    assert PDFTOTEXT is not None
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(data)
        fh.flush()
        return subprocess.run(
            [PDFTOTEXT, "-enc", "UTF-8", fh.name, "-"], capture_output=True, check=True
        ).stdout.decode("utf-8", "replace")


def read_bundle(bundle: Path) -> Views:
    views = Views()
    views.parts.append(("bundle file name", bundle.name))
    views.add_bytes(bundle.name, bundle.read_bytes())
    return views


def export(cli: Cli, case: str, out: Path, *extra: str) -> Views:
    """``evidence-app export`` through the CLI, which must succeed; the bundle read back."""
    out.parent.mkdir(parents=True, exist_ok=True)
    r = cli("export", "--case", case, "--out", str(out), *extra)
    assert r.code == 0, r.err
    return read_bundle(out)
