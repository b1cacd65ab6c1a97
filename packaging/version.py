"""Prints the app's version, read from its one source: ``__version__`` in evidence_app/__init__.py.

The PyInstaller spec, scripts/build-linux, packaging/macos/build-macos and
packaging/windows/build.ps1 (which hands it to Inno Setup) all read it here, so a release changes
exactly one line. The file is parsed, not imported: the build tools need no app dependencies.

    python packaging/version.py          -> the version, e.g. 1.2.3
    python packaging/version.py --win    -> four numbers for Windows version resources, e.g. 1.2.3.0
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "evidence_app" / "__init__.py"


def read_version(source: Path = SOURCE) -> str:
    tree = ast.parse(source.read_text(encoding="utf-8"), str(source))
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise SystemExit(f"no __version__ = '...' in {source}")


def numeric_parts(version: str) -> tuple[int, int, int, int]:
    """``1.2.3rc1`` -> (1, 2, 3, 0): Windows file/product versions are four 16-bit numbers."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    numbers += [0] * (4 - len(numbers))
    major, minor, patch, build = numbers[:4]
    return major, minor, patch, build


def main(argv: list[str]) -> int:
    version = read_version()
    if argv[1:] == ["--win"]:
        print(".".join(str(n) for n in numeric_parts(version)))
    else:
        print(version)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
