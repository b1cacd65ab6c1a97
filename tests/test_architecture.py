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
    """No module below ui/ names Qt or ui, also not inside a function or through importlib."""
    for path in _python_files("crypto", "evidence_app"):
        named = _imports(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and (literal := _literal_import_module(node)):
                named.add(literal.split(".")[0])
        assert not {"PySide6", "shiboken6", "ui"} & named, f"{path} imports Qt or ui/"


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
    # Importing every module of the app first (export, intake, the CLI, ...) adds no format: the
    # registry alone already knew them all.
    everything = (
        "import importlib, pkgutil, evidence_app\n"
        "for info in pkgutil.walk_packages(evidence_app.__path__, prefix='evidence_app.'):\n"
        "    importlib.import_module(info.name)\n" + code.replace(";", "\n")
    )
    after = subprocess.run([sys.executable, "-c", everything], capture_output=True, text=True, cwd=PROJECT, check=True)
    assert after.stdout == out.stdout
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


def _module_names() -> dict[str, Path]:
    names: dict[str, Path] = {}
    for path in _python_files(*PACKAGES):
        parts = list(path.relative_to(PROJECT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _literal_import_module(node: ast.Call) -> str | None:
    """The module named by ``importlib.import_module("x")`` / ``__import__("x")`` with a literal."""
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name in {"import_module", "__import__"} and node.args:
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    return None


def _imported(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    """Every project module ``module`` imports: at module level, inside functions, under
    TYPE_CHECKING, relative or absolute, and through importlib with a literal name.

    ``from pkg import sub`` where ``sub`` is a module depends on ``pkg.sub`` only (Python imports
    the parent package first anyway, so that is no edge back); ``from pkg import name`` of anything
    else depends on ``pkg`` itself, so a submodule taking a name from its own package's
    ``__init__`` (which imports the submodule) is a circle."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                targets.add(sub if sub in known else base)
        elif isinstance(node, ast.Call) and (literal := _literal_import_module(node)):
            targets.add(literal)
    found: set[str] = set()
    for target in targets:
        while target and target not in known:
            target = target.rpartition(".")[0]
        if target and target != module:
            found.add(target)
    return found


def _import_circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    circles.append(sorted(group))
    return circles


# Modules that import whole packages by computed names (``pkgutil.walk_packages`` then
# ``import_module(name)``): the self-tests, so that a frozen bundle missing a module fails there and
# not when a user first needs it. Their walks count as imports of every module of those packages,
# except the ones a walker lists in its own ``NOT_WALKED`` tuple. A computed import anywhere else
# is an edge this check cannot see, so it fails test_computed_imports_are_known_walks.
WALKERS = {"evidence_app.selftest": ("crypto", "evidence_app"), "ui.selftest_qt": ("ui",)}


def _computed_imports(path: Path) -> list[int]:
    """Lines of ``import_module(...)`` / ``__import__(...)`` calls whose module is not a literal."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call) or _literal_import_module(node):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in {"import_module", "__import__"}:
            lines.append(node.lineno)
    return lines


def _not_walked(path: Path) -> set[str]:
    for node in ast.parse(path.read_text(encoding="utf-8"), str(path)).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "NOT_WALKED" for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, tuple), path
            return {str(v) for v in value}
    return set()


def _import_graph() -> dict[str, set[str]]:
    known = _module_names()
    graph = {module: _imported(module, path, known) for module, path in known.items()}
    for walker, packages in WALKERS.items():
        skipped = _not_walked(known[walker])
        walked = {m for m in known if m.split(".")[0] in packages and m not in skipped and m != walker}
        graph[walker] |= walked
    return graph


def test_computed_imports_are_known_walks() -> None:
    """Every import by a computed name is one of the self-tests' whole-package walks (WALKERS),
    whose edges the circle check adds; any other would hide an edge from it."""
    found = {module: lines for module, path in _module_names().items() if (lines := _computed_imports(path))}
    assert set(found) == set(WALKERS), found


def test_no_import_circle_anywhere() -> None:
    """crypto/, evidence_app/ and ui/ import one another without a circle, counting imports inside
    functions, under TYPE_CHECKING and through importlib with a literal name."""
    graph = _import_graph()
    circles = _import_circles(graph)
    assert not circles, "import circles: " + "; ".join(
        " + ".join(f"{m} -> {sorted(graph[m] & set(group))}" for m in group) for group in circles
    )


def test_the_circle_check_sees_hidden_imports(tmp_path: Path) -> None:
    """The detector itself: imports inside a function, relative, under TYPE_CHECKING and through
    importlib with a literal name are edges, and a circle closed by them is found."""
    source = tmp_path / "x.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from .session import Session\n"
        "def f():\n    import importlib\n    importlib.import_module('ui.app')\n"
        "    from .dialogs import NewCaseDialog\n    from . import jobs\n",
        encoding="utf-8",
    )
    known = {name: source for name in ("ui", "ui.x", "ui.app", "ui.dialogs", "ui.jobs", "ui.session")}
    assert _imported("ui.x", source, known) == {"ui.app", "ui.dialogs", "ui.jobs", "ui.session"}
    walker = tmp_path / "walker.py"
    walker.write_text("import importlib\nNAMES = ['ui.app']\nfor n in NAMES:\n    importlib.import_module(n)\n")
    assert _computed_imports(walker) == [4] and _computed_imports(source) == []
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _import_circles(graph) == [["a", "b", "c"]]
