"""Layering rules of the design card, enforced."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT

PACKAGES = ["crypto", "evidence_app", "ui"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def _python_files(*roots: str) -> list[Path]:
    return [p for r in roots for p in (PROJECT / r).rglob("*.py")]


def test_core_never_imports_qt() -> None:
    for path in _python_files("crypto", "evidence_app"):
        assert not {"PySide6", "ui"} & _imports(path), f"{path} imports Qt or ui/"


def test_crypto_imports_no_domain_or_database() -> None:
    for path in _python_files("crypto"):
        assert not {"evidence_app", "sqlcipher3", "ui"} & _imports(path), path


def test_nothing_imports_plain_sqlite3() -> None:
    files = _python_files("crypto", "evidence_app", "ui", "tests", "bench", "packaging")
    for path in files:
        assert "sqlite3" not in _imports(path), f"{path} imports the plaintext sqlite3 module"


def test_importing_the_app_loads_neither_qt_nor_sqlite3() -> None:
    code = (
        "import sys, evidence_app.cli, evidence_app.vault, evidence_app.backup, evidence_app.media_service;"
        "bad = [m for m in ('sqlite3', '_sqlite3', 'PySide6') if m in sys.modules]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, check=True)
    assert out.stdout.strip() == "[]"


def _modules_after(argv: list[str]) -> set[str]:
    code = (
        "import contextlib, io, sys\n"
        "from evidence_app.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main({argv!r})\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, check=True)
    return set(out.stdout.split())


def test_cli_help_loads_no_command_family_and_no_domain() -> None:
    """`evidence-app --help` stays quick: no vault, database, media or export stack (issue: start time)."""
    loaded = _modules_after(["--help"])
    heavy = {"evidence_app.vault", "evidence_app.records", "sqlcipher3", "pyrage", "numpy", "cv2", "pikepdf"}
    heavy |= {"pypdfium2", "PySide6", "phonenumbers", "PIL"}
    assert not heavy & loaded
    assert not {m for m in loaded if m.startswith("evidence_app.cli.") and m.endswith("_cmd")}


def test_a_command_loads_only_its_own_family() -> None:
    loaded = _modules_after(["case", "add", "--help"])
    families = {m for m in loaded if m.startswith("evidence_app.cli.") and m.endswith("_cmd")}
    assert families == {"evidence_app.cli.records_cmd"}
    assert not {"cv2", "numpy", "pikepdf", "pypdfium2", "PySide6"} & loaded


def test_one_list_of_unspaced_scripts() -> None:
    """Search and redaction share evidence_app/script_ranges.py; a second copy drifts (the Yi bug)."""
    owners = [
        p.relative_to(PROJECT).as_posix()
        for p in _python_files("evidence_app")
        if "0xAC00" in p.read_text(encoding="utf-8")  # Hangul syllables: in every such list
    ]
    assert owners == ["evidence_app/script_ranges.py"]


def test_one_sanitizer_registry() -> None:
    """Formats are listed only in media/registry.py, which imports them itself: nothing registers
    a sanitizer as a side effect of being imported."""
    code = (
        "from evidence_app.media.registry import registered_types;"
        "from evidence_app.media.base import MediaType;"
        "print(sorted(t.value for t in registered_types()))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, check=True)
    for media_type in ("image/jpeg", "image/png", "audio/mpeg", "application/pdf", "video/mp4"):
        assert media_type in out.stdout
    for path in _python_files("evidence_app"):
        assert "_ensure_sanitizers_loaded" not in path.read_text(encoding="utf-8"), path


def test_one_search_index() -> None:
    """Records, media and the transfer merge index through search.SearchIndex (put/drop/find);
    only it and the schema name the index tables."""
    owners = sorted(
        p.relative_to(PROJECT).as_posix()
        for p in _python_files("evidence_app", "ui")
        if "search_docs" in p.read_text(encoding="utf-8") or "search_fts" in p.read_text(encoding="utf-8")
    )
    assert owners == ["evidence_app/schema.py", "evidence_app/search.py"]


def test_where_is_x_table_names_real_files() -> None:
    """docs/ARCHITECTURE.md's "where is X" table leads to modules and tests that exist."""
    doc = (PROJECT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    table = doc.split("## Where is X", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| ") and "`" in line]
    assert len(rows) >= 30
    for row in rows:
        _feature, module, test = (cell.strip() for cell in row.strip("|").split("|"))
        assert "`tests/" in test, row
        for cell in (module, test):
            for path in cell.split("`")[1::2]:
                if "<" not in path:
                    assert (PROJECT / path).exists(), f"ARCHITECTURE.md names a missing path: {path}"


def test_long_modules_say_why_they_are_one_file() -> None:
    """A module over ~700 lines states at its top why it is still one file and how it would split."""
    for path in _python_files("crypto", "evidence_app", "ui"):
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > 700:
            doc = ast.get_docstring(ast.parse(source)) or ""
            assert "Why this is still one file" in doc and "split" in doc, f"{path}: over 700 lines, no reason"
