"""Audits a built PyInstaller bundle before it ships. Run with the build's own Python:

    .venv/bin/python packaging/audit_bundle.py dist/evidence-app

Fails (exit 1) when the bundle carries:
* a path of the build machine: the builder's home folder, /root, or this checkout's path, in any
  text file or Python code object, or in a native library that is not a byte-identical copy of a
  file installed on the build machine (wheels built by their upstream projects may name their own
  build folders, e.g. /root/.cargo/...; that is their provenance, not ours, and is reported);
* test suites, Python caches or development tools (pytest, hypothesis, PyInstaller, pip, ...);
* Qt modules beyond QtCore, QtGui and QtWidgets, other than what the desktop platform plugins link
  (and, only next to QtMultimedia, what QtMultimedia and its FFmpeg backend plugin need), or a
  multimedia backend plugin other than FFmpeg;
* the standard library's plain sqlite3 (only SQLCipher may be there).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import site
import sys
import sysconfig
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN_MODULES = {
    "sqlite3",
    "_sqlite3",
    "tests",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "PyInstaller",
    "setuptools",
    "pip",
    "mypy",
    "ruff",
    "tkinter",
    "_tkinter",
    "IPython",
}
# QtDBus: ui/screenlock.py; QtPrintSupport: printing the recovery key (ui/recovery_print.py).
QT_PYTHON_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtDBus", "QtPrintSupport"}
# Qt libraries: the three modules, plus what the xcb/wayland/cocoa/windows platform plugins link.
QT_LIBRARIES = QT_PYTHON_MODULES | {
    "QtDBus",
    "QtOpenGL",
    "QtXcbQpa",
    "QtWaylandClient",
    "QtWaylandEglClientHwIntegration",
    "QtWlShellIntegration",
}
# QtMultimedia plays recordings in the Media tab. What it brings is allowed only when the bundle
# carries QtMultimedia itself: its binding imports PySide6.QtNetwork and its library links QtNetwork;
# its FFmpeg backend plugin links QtQml/QtQuick (no QML is ever run) and QtConcurrent.
MULTIMEDIA_PYTHON_MODULES = {"QtMultimedia", "QtNetwork"}
MULTIMEDIA_LIBRARIES = {
    "QtMultimedia",
    "QtNetwork",
    "QtConcurrent",
    "QtQml",
    "QtQmlMeta",
    "QtQmlModels",
    "QtQmlWorkerScript",
    "QtQuick",
}
MULTIMEDIA_PLUGINS = {"ffmpegmediaplugin"}  # plugins/multimedia: the FFmpeg backend only
_QT_LIB = re.compile(r"^(?:lib)?Qt6(\w+?)(?:\.so(?:\.\d+)*|\.dll|\.dylib)?$|^Qt(\w+)\.framework$")
_QT_PY = re.compile(r"^(Qt\w+)\.(?:abi3\.so|pyd|.*\.so|pyi)$")


def _needles() -> list[bytes]:
    paths = {str(Path.home()), "/root", str(ROOT)}
    return sorted({f"{p.rstrip(os.sep)}{os.sep}".encode() for p in paths if len(p) > 1})


def _files(bundle: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(bundle):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath, name)
            if not path.is_symlink():
                yield path


def _is_text(data: bytes) -> bool:
    return b"\x00" not in data[:8192]


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _installed_copies(names: set[str]) -> dict[str, list[Path]]:
    """Files with these names installed on the build machine (virtualenv, Python, system libraries)."""
    roots = {Path(p) for p in site.getsitepackages()} | {Path(sys.base_prefix), Path(sysconfig.get_path("stdlib"))}
    roots |= {Path(p) for p in ("/usr/lib", "/lib", "/usr/lib64", "/lib64") if Path(p).is_dir()}
    found: dict[str, list[Path]] = {}
    for root in roots:
        for dirpath, _, filenames in os.walk(root):
            for name in filenames:
                if name in names:
                    found.setdefault(name, []).append(Path(dirpath, name))
    return found


def audit_build_paths(bundle: Path, problems: list[str], notes: list[str]) -> None:
    needles = _needles()
    binary_hits: list[Path] = []
    for path in _files(bundle):
        data = path.read_bytes()
        hit = next((n for n in needles if n in data), None)
        if hit is None:
            continue
        if _is_text(data):
            problems.append(f"{path.relative_to(bundle)} names the build machine's {hit.decode()}")
        else:
            binary_hits.append(path)
    if not binary_hits:
        return
    copies = _installed_copies({p.name for p in binary_hits})
    upstream = 0
    for path in binary_hits:
        digest = _sha256(path)
        if any(_sha256(c) == digest for c in copies.get(path.name, [])):
            upstream += 1
        elif sys.platform.startswith("linux"):
            problems.append(f"{path.relative_to(bundle)} names a build-machine path and is not an installed file")
        else:
            # macOS/Windows: PyInstaller rewrites and re-signs libraries, so copies cannot match.
            notes.append(f"{path.relative_to(bundle)} names a path like the build machine's (unverified)")
    if upstream:
        notes.append(f"{upstream} native libraries name upstream build folders; each is identical to an installed file")


def audit_python_archive(bundle: Path, problems: list[str], notes: list[str]) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    executables = [
        p
        for p in bundle.iterdir()
        if p.is_file() and (p.suffix == ".exe" or (os.access(p, os.X_OK) and p.suffix not in (".so", ".dylib")))
    ]
    if not executables:
        problems.append("no executable at the top of the bundle")
        return
    for exe in executables:
        archive = CArchiveReader(str(exe))
        pyz_names = [n for n in archive.toc if n.endswith(".pyz")]
        if not pyz_names:
            problems.append(f"{exe.name} has no embedded Python archive")
            continue
        pyz = archive.open_embedded_archive(pyz_names[0])
        modules = list(pyz.toc)
        for name in modules:
            if name.split(".")[0] in FORBIDDEN_MODULES:
                problems.append(f"{exe.name}: module {name} must not be bundled")
        absolute = 0
        for name in modules:
            code = pyz.extract(name)
            filename = getattr(code, "co_filename", "")
            if os.path.isabs(filename):
                absolute += 1
                if absolute <= 3:
                    problems.append(f"{exe.name}: module {name} carries the absolute path {filename}")
        notes.append(f"{exe.name}: {len(modules)} Python modules in the archive checked")


def _carries_multimedia(bundle: Path) -> bool:
    for _dirpath, dirnames, filenames in os.walk(bundle):
        for name in (*dirnames, *filenames):
            match = _QT_LIB.match(name)
            if match and "Multimedia" in (match.group(1), match.group(2)):
                return True
    return False


def audit_contents(bundle: Path, problems: list[str]) -> None:
    multimedia = _carries_multimedia(bundle)
    qt_libraries = QT_LIBRARIES | (MULTIMEDIA_LIBRARIES if multimedia else set())
    qt_python_modules = QT_PYTHON_MODULES | (MULTIMEDIA_PYTHON_MODULES if multimedia else set())
    for dirpath, dirnames, filenames in os.walk(bundle):
        here = Path(dirpath)
        for name in dirnames:
            if name in ("__pycache__", "tests", "test"):
                problems.append(f"{(here / name).relative_to(bundle)}: test suite or cache folder")
            match = _QT_LIB.match(name)
            if match and (f"Qt{match.group(2)}" if match.group(2) else "") not in qt_libraries | {""}:
                problems.append(f"{(here / name).relative_to(bundle)}: Qt framework beyond Core/Gui/Widgets")
        for name in filenames:
            rel = (here / name).relative_to(bundle)
            if name.endswith((".pyc", ".pyo")) or name == "conftest.py":
                problems.append(f"{rel}: Python cache or test file")
            if name.startswith("_sqlite3") and "sqlcipher3" not in rel.parts:
                problems.append(f"{rel}: the standard library's plain-SQLite module")
            lib = _QT_LIB.match(name)
            if lib and lib.group(1) and f"Qt{lib.group(1)}" not in qt_libraries:
                problems.append(f"{rel}: Qt library beyond Core/Gui/Widgets")
            if (
                here.name == "multimedia"
                and here.parent.name == "plugins"
                and name.split(".")[0].lower().removeprefix("lib") not in MULTIMEDIA_PLUGINS
            ):
                problems.append(f"{rel}: multimedia backend other than FFmpeg")
            py = _QT_PY.match(name)
            if py and here.name == "PySide6" and py.group(1) not in qt_python_modules:
                problems.append(f"{rel}: PySide6 module beyond QtCore/QtGui/QtWidgets/QtDBus/QtPrintSupport")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the onedir bundle folder, e.g. dist/evidence-app")
    args = parser.parse_args(argv)
    bundle: Path = args.bundle
    if not bundle.is_dir():
        parser.error(f"{bundle} is not a folder")
    problems: list[str] = []
    notes: list[str] = []
    audit_contents(bundle, problems)
    audit_python_archive(bundle, problems, notes)
    audit_build_paths(bundle, problems, notes)
    for note in notes:
        print(f"audit: {note}")
    for problem in problems:
        print(f"audit: FAIL {problem}", file=sys.stderr)
    if problems:
        print(f"audit: {len(problems)} problems in {bundle}", file=sys.stderr)
        return 1
    print(f"audit: {bundle} passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
