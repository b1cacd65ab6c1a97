"""Reading a bundle back the way a recipient (or an adversary) would: every byte, as text."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from .helpers import EXIFTOOL

PDFTOTEXT = shutil.which("pdftotext")


@dataclass
class Extracted:
    root: Path  # the bag's top folder on disk
    names: list[str]
    texts: dict[str, str] = field(default_factory=dict)  # what -> text

    def everything(self) -> str:
        return "\n".join([*self.names, *self.texts.values()])


def pdf_text(path: Path) -> str:
    assert PDFTOTEXT is not None, "pdftotext is needed (poppler-utils)"
    return subprocess.run([PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode()


def exiftool_dump(path: Path) -> str:
    assert EXIFTOOL is not None, "exiftool is needed"
    result = subprocess.run([EXIFTOOL, "-a", "-G1", "-s", "-ee", "-u", str(path)], capture_output=True, check=True)
    return result.stdout.decode("utf-8", "replace")


def extract(bundle: Path, into: Path) -> Extracted:
    with zipfile.ZipFile(bundle) as zf:
        names = zf.namelist()
        zf.extractall(into)
    tops = {n.split("/")[0] for n in names}
    assert len(tops) == 1
    root = into / tops.pop()
    out = Extracted(root, names)
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        data = path.read_bytes()
        if path.suffix in {".html", ".json", ".txt", ".sig"}:
            out.texts[rel] = data.decode("utf-8")
        elif path.suffix == ".pdf":
            out.texts[rel + " (pdftotext)"] = pdf_text(path)
            out.texts[rel + " (raw)"] = data.decode("latin-1")
        else:
            out.texts[rel + " (exiftool)"] = exiftool_dump(path)
            out.texts[rel + " (raw)"] = data.decode("latin-1")
    return out


def digits(text: str) -> str:
    """Digits with everything between them removed: a phone number in any writing."""
    return re.sub(r"\D", "", text)
