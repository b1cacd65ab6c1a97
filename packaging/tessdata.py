"""Collect the Tesseract models a Windows or macOS bundle ships, checked against pinned SHA-256s.

    python packaging/tessdata.py SOURCE_FOLDER DEST_FOLDER

The six models the app reads with (evidence_app/media/ocr.py LANGUAGES) are the files of Debian's
``tesseract-ocr-{eng,khm,chi-sim,tha,vie,ind}`` 1:4.1.0-2 packages (tessdata_fast 4.1.0, Apache
2.0), the very files the Linux build reads. SOURCE_FOLDER is any folder that holds them: on a
Debian/Ubuntu machine ``/usr/share/tesseract-ocr/5/tessdata`` (the release workflow collects them
there and hands them to the Windows and macOS jobs), or Homebrew's ``share/tessdata`` (formula
``tesseract-lang``). Each file is copied only if its SHA-256 is the pinned one: a model from
another release would read differently from the Linux build, and one changed on the way is not
what was reviewed. Exit status 1 with one line per missing or differing file; nothing is left in
DEST_FOLDER then.

Importable without PyInstaller (tests/packaging/test_tessdata.py runs it on the Debian files).
"""

from __future__ import annotations

import hashlib
import hmac
import shutil
import sys
import tempfile
from pathlib import Path

MODELS: dict[str, str] = {
    "eng": "7d4322bd2a7749724879683fc3912cb542f19906c83bcc1a52132556427170b2",
    "khm": "47f110575341b322052f3becbefee61a3ecf1ef549352b5d4d33d28afe30d099",
    "chi_sim": "a5fcb6f0db1e1d6d8522f39db4e848f05984669172e584e8d76b6b3141e1f730",
    "tha": "294227cc2d1292b0acb28d61d4115c88252b96d466ca90b417cf4cf0c67bf07c",
    "vie": "79df64caf7bcfb2a27df5042ecb6121e196eada34da774956995747636d5bfa1",
    "ind": "69786901da87ab8766c1ea7fbb10b28f2110c14da3f6c8f2735df131fba95d88",
}
MAX_MODEL_BYTES = 64 * 1024 * 1024  # the largest (eng) is 4 MB


class ModelMismatch(Exception):
    pass


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        read = 0
        while chunk := fh.read(1 << 20):
            read += len(chunk)
            if read > MAX_MODEL_BYTES:
                raise ModelMismatch(f"{path.name}: larger than any Tesseract model of the app")
            digest.update(chunk)
    return digest.hexdigest()


def problems(source: Path) -> list[str]:
    """One line per model that is missing from ``source`` or is not the pinned file."""
    found: list[str] = []
    for lang, pinned in MODELS.items():
        path = source / f"{lang}.traineddata"
        if not path.is_file():
            found.append(f"{path}: missing")
            continue
        try:
            actual = _sha256(path)
        except ModelMismatch as exc:
            found.append(str(exc))
            continue
        if not hmac.compare_digest(actual, pinned):
            found.append(f"{path}: SHA-256 {actual}, expected {pinned} (Debian's 1:4.1.0-2)")
    return found


def collect(source: Path, dest: Path) -> list[Path]:
    """Copy the six checked models into ``dest`` (created; must not exist yet). All or nothing."""
    wrong = problems(source)
    if wrong:
        raise ModelMismatch("; ".join(wrong))
    if dest.exists():
        raise ModelMismatch(f"{dest} exists already; give a new folder")
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".tessdata-", dir=dest.parent))
    try:
        for lang in MODELS:
            shutil.copyfile(source / f"{lang}.traineddata", staging / f"{lang}.traineddata")
        wrong = problems(staging)  # what was copied is what was checked
        if wrong:
            raise ModelMismatch("; ".join(wrong))
        staging.rename(dest)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return sorted(dest.iterdir())


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: python packaging/tessdata.py SOURCE_FOLDER DEST_FOLDER\n")
        return 2
    try:
        files = collect(Path(argv[0]), Path(argv[1]))
    except (ModelMismatch, OSError) as exc:
        sys.stderr.write(f"tessdata: {exc}\n")
        return 1
    sys.stderr.write(f"tessdata: {len(files)} checked models in {argv[1]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
