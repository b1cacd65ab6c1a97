"""The packaging recipes are consistent: spec, installer, entitlements, build scripts, audit."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import plistlib
import shutil
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import evidence_app
from tests.conftest import PROJECT

PACKAGING = PROJECT / "packaging"
SPEC = PACKAGING / "evidence-app.spec"


def _load(name: str) -> ModuleType:
    # By path: a top-level "packaging" import would be the PyPI library, not this folder.
    spec = importlib.util.spec_from_file_location(f"_evidence_packaging_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spec_constants() -> dict[str, object]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))
    values: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue
    return values


def test_spec_parses_and_names_the_console_script_entry_point() -> None:
    constants = _spec_constants()
    scripts = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert constants["ENTRY_POINT"] == scripts["evidence-app"] == "ui.launcher:main"
    module_name, func = str(constants["ENTRY_POINT"]).split(":")
    assert callable(getattr(importlib.import_module(module_name), func))
    assert constants["APP_NAME"] == "evidence-app"


def test_spec_bundles_only_the_qt_modules_the_ui_uses() -> None:
    expected = {"QtCore", "QtGui", "QtWidgets", "QtDBus", "QtMultimedia", "QtPrintSupport"}
    assert _spec_constants()["QT_MODULES"] == expected
    used: set[str] = set()
    for path in (PROJECT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                used.add(node.module.split(".")[1])
    assert used <= {"QtCore", "QtGui", "QtWidgets", "QtDBus", "QtMultimedia", "QtPrintSupport"}, (
        f"ui/ imports {used}: add them to the spec's QT_MODULES"
    )
    # QtNetwork only because the QtMultimedia binding imports it; the app itself never does
    assert _spec_constants()["QT_BINDING_DEPENDENCIES"] == {"QtNetwork"}


def test_spec_and_installers_read_the_version_instead_of_repeating_it() -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert "read_version()" in text
    iss = (PACKAGING / "windows" / "evidence-app.iss").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss
    ps1 = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "packaging\\version.py" in ps1 and "/DAppVersion=$Version" in ps1


def test_version_helper_reads_the_package_version() -> None:
    version = _load("version")
    assert version.read_version() == evidence_app.__version__
    assert version.numeric_parts("1.2.3") == (1, 2, 3, 0)
    assert version.numeric_parts("2.0.1rc2") == (2, 0, 1, 0)
    assert version.numeric_parts("3.1") == (3, 1, 0, 0)


def test_windows_installer_is_per_user_by_default() -> None:
    iss = (PACKAGING / "windows" / "evidence-app.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in iss
    assert "DefaultDirName={autopf}\\" in iss  # {userpf} = %LOCALAPPDATA%\Programs when not elevated
    assert "SetupIconFile=..\\..\\resources\\icons\\evidence-app.ico" in iss
    assert (PROJECT / "resources" / "icons" / "evidence-app.ico").is_file()


def test_macos_entitlements_are_minimal() -> None:
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as fh:
        entitlements = plistlib.load(fh)
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}
    assert not any("network" in key for key in entitlements)


@pytest.mark.parametrize("script", ["scripts/build-linux", "packaging/macos/build-macos"])
def test_build_scripts_are_valid_bash(script: str) -> None:
    subprocess.run(["bash", "-n", str(PROJECT / script)], check=True)


def test_ci_runs_the_tests_first_then_the_linux_bundle() -> None:
    steps = [
        line.strip()
        for line in (PROJECT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert "set -euo pipefail" in steps
    assert steps.index("bash scripts/test") < steps.index("bash scripts/build-linux")


def test_release_workflow_builds_and_self_tests_on_each_platform() -> None:
    workflow = (PROJECT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    for needle in ("windows-latest", "macos-latest", "ubuntu-latest", "--self-test", "upload-artifact"):
        assert needle in workflow


def test_audit_flags_build_paths_tests_extra_qt_and_plain_sqlite(tmp_path: Path) -> None:
    audit = _load("audit_bundle")
    bundle = tmp_path / "bundle"
    internal = bundle / "_internal"
    (internal / "PySide6").mkdir(parents=True)
    (internal / "__pycache__").mkdir()
    (internal / "libQt6Core.so.6").write_bytes(b"\x7fELF")
    (internal / "libQt6Network.so.6").write_bytes(b"\x7fELF")
    (internal / "PySide6" / "QtQml.abi3.so").write_bytes(b"\x7fELF")
    (internal / "_sqlite3.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    (internal / "sqlcipher3").mkdir()
    (internal / "sqlcipher3" / "_sqlite3.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    (internal / "config.txt").write_text(f"built in {Path.home()}/src\n")

    problems: list[str] = []
    notes: list[str] = []
    audit.audit_contents(bundle, problems)
    audit.audit_build_paths(bundle, problems, notes)
    text = "\n".join(problems)
    assert "__pycache__" in text
    assert "libQt6Network.so.6" in text and "libQt6Core" not in text
    assert "QtQml.abi3.so" in text
    assert "_internal/_sqlite3" in text and "sqlcipher3/_sqlite3" not in text
    assert "config.txt names the build machine's" in text


def test_audit_allows_what_qtmultimedia_needs_only_next_to_it(tmp_path: Path) -> None:
    audit = _load("audit_bundle")
    bundle = tmp_path / "bundle"
    internal = bundle / "_internal"
    (internal / "PySide6" / "Qt" / "plugins" / "multimedia").mkdir(parents=True)
    for name in ("libQt6Core.so.6", "libQt6Multimedia.so.6", "libQt6Network.so.6", "libQt6Quick.so.6"):
        (internal / name).write_bytes(b"\x7fELF")
    for name in ("QtMultimedia.abi3.so", "QtNetwork.abi3.so", "QtQuick.abi3.so"):
        (internal / "PySide6" / name).write_bytes(b"\x7fELF")
    plugins = internal / "PySide6" / "Qt" / "plugins" / "multimedia"
    (plugins / "libffmpegmediaplugin.so").write_bytes(b"\x7fELF")
    (plugins / "libgstreamermediaplugin.so").write_bytes(b"\x7fELF")
    problems: list[str] = []
    audit.audit_contents(bundle, problems)
    text = "\n".join(problems)
    assert "libQt6Network" not in text and "libQt6Quick" not in text and "QtNetwork.abi3" not in text
    assert "QtMultimedia.abi3" not in text and "ffmpegmediaplugin" not in text
    assert "QtQuick.abi3.so" in text  # the libraries may come with the FFmpeg plugin, the binding may not
    assert "libgstreamermediaplugin.so: multimedia backend other than FFmpeg" in text
    # without QtMultimedia, QtNetwork is flagged again
    (internal / "libQt6Multimedia.so.6").unlink()
    (internal / "PySide6" / "QtMultimedia.abi3.so").unlink()
    problems = []
    audit.audit_contents(bundle, problems)
    assert any("libQt6Network.so.6" in p for p in problems) and any("QtNetwork.abi3.so" in p for p in problems)


def test_icon_files_exist() -> None:
    icons = PROJECT / "resources" / "icons"
    for name in ("evidence-app.png", "evidence-app.ico", "evidence-app.icns"):
        assert (icons / name).stat().st_size > 1000


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_build_outputs_are_ignored_by_git() -> None:
    out = subprocess.run(
        ["git", "check-ignore", "dist/evidence-app", "build/pyinstaller"], cwd=PROJECT, capture_output=True, text=True
    )
    assert out.stdout.split() == ["dist/evidence-app", "build/pyinstaller"]
