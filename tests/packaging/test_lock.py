"""The hashed lock (requirements/lock.txt) covers every dependency pyproject.toml names, pins each
to one version that pyproject allows, with SHA-256 hashes; and everything that installs Python
packages (scripts/setup, CI through it, the installer builds) installs from it with --require-hashes.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name

from tests.conftest import PROJECT

LOCK = PROJECT / "requirements" / "lock.txt"
BUILD_IN = PROJECT / "requirements" / "build.in"
INSTALLERS = ("scripts/setup", "packaging/macos/build-macos", "packaging/windows/build.ps1")


def _pyproject() -> dict[str, object]:
    with open(PROJECT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)


def _declared() -> list[Requirement]:
    """Runtime dependencies, every extra, the build system's requires and requirements/build.in."""
    data = _pyproject()
    project = data["project"]
    assert isinstance(project, dict)
    texts: list[str] = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        texts += extra
    build = data["build-system"]
    assert isinstance(build, dict)
    texts += build["requires"]
    texts += [
        line.strip()
        for line in BUILD_IN.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return [Requirement(t) for t in texts]


def _entries() -> dict[str, tuple[Requirement, list[str]]]:
    """The lock's requirements (name -> requirement, hashes), joined over backslash lines."""
    text = LOCK.read_text(encoding="utf-8")
    entries: dict[str, tuple[Requirement, list[str]]] = {}
    logical = re.sub(r"\\\n", " ", text)
    for line in logical.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        assert not line.startswith(("-", " ")), f"the lock has an option or stray line: {line[:80]!r}"
        spec, *options = re.split(r"\s+--", line.strip())
        hashes = [o.removeprefix("hash=") for o in options if o.startswith("hash=")]
        assert len(hashes) == len(options), f"only --hash options belong in the lock: {line[:80]!r}"
        requirement = Requirement(spec.strip())
        name = canonicalize_name(requirement.name)
        assert name not in entries, f"{name} is pinned twice"
        entries[name] = (requirement, hashes)
    return entries


def test_every_declared_dependency_is_pinned_in_the_lock_within_its_range() -> None:
    entries = _entries()
    missing = []
    for declared in _declared():
        name = canonicalize_name(declared.name)
        if name not in entries:
            missing.append(name)
            continue
        pinned = entries[name][0]
        (spec,) = pinned.specifier  # exactly one specifier ...
        assert spec.operator == "==", f"{name} is not pinned to one version in the lock: {pinned}"  # ... an exact pin
        assert declared.specifier.contains(spec.version, prereleases=True), (
            f"the lock pins {name}=={spec.version}, which pyproject.toml does not allow ({declared.specifier})"
        )
    assert not missing, f"pyproject.toml names packages the lock does not pin: {missing}"


def test_every_line_of_the_lock_is_an_exact_pin_with_sha256_hashes() -> None:
    entries = _entries()
    assert len(entries) > 30  # the whole tree, not only the direct dependencies
    for name, (requirement, hashes) in entries.items():
        assert [s.operator for s in requirement.specifier] == ["=="], f"{name} is not pinned exactly"
        assert hashes, f"{name} has no hash in the lock"
        for digest in hashes:
            assert re.fullmatch(r"sha256:[0-9a-f]{64}", digest), f"{name} has a malformed hash {digest[:80]!r}"


def test_floors_exclude_the_known_vulnerable_cryptography_and_pillow() -> None:
    declared: dict[str, SpecifierSet] = {canonicalize_name(r.name): r.specifier for r in _declared()}
    # Last vulnerable releases (pyproject.toml names the advisories): never allowed, never locked.
    for name, vulnerable in (("cryptography", "49.0.0"), ("pillow", "12.2.0")):
        assert not declared[name].contains(vulnerable), f"pyproject.toml still allows {name} {vulnerable}"
        (pin,) = _entries()[name][0].specifier
        assert SpecifierSet(f">{vulnerable}").contains(pin.version)


def _lines(path: str) -> list[str]:
    text = (PROJECT / path).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_setup_and_the_installer_builds_install_only_from_the_lock_with_hashes() -> None:
    for path in INSTALLERS:
        installs = [line for line in _lines(path) if "pip" in line and "install" in line]
        assert installs, f"{path} installs nothing"
        from_lock = [line for line in installs if "--require-hashes" in line]
        assert len(from_lock) == 1 and re.search(r"requirements[/\\]+lock\.txt", from_lock[0]), path
        assert "--only-binary" in from_lock[0], path
        rest = [line for line in installs if line not in from_lock]
        # The project itself, and nothing else: no dependency resolved outside the lock, no extras.
        assert len(rest) == 1 and "--no-deps" in rest[0] and "--no-build-isolation" in rest[0], (path, rest)
        assert installs.index(from_lock[0]) < installs.index(rest[0]), path
        assert not any("[dev" in line or "[packaging" in line or "--upgrade" in line for line in installs), path
    # The Linux bundle is built in the venv scripts/setup made: no install of its own.
    build = _lines("scripts/build-linux")
    assert "bash scripts/setup" in build
    assert not any("pip" in line and "install" in line for line in build)


def test_setup_reinstalls_when_the_lock_changes() -> None:
    stamp = next(line for line in _lines("scripts/setup") if line.startswith("stamp="))
    assert "requirements/lock.txt" in stamp and "pyproject.toml" in stamp


def test_the_lock_says_how_it_was_made_and_the_routine_is_documented() -> None:
    header = LOCK.read_text(encoding="utf-8").splitlines()[:3]
    assert any(line.strip() == "#    tools/update-lock" for line in header)
    script = (PROJECT / "tools" / "update-lock").read_text(encoding="utf-8")
    assert "--generate-hashes" in script and "--only-binary :all:" in script
    assert all(f"--extra {extra}" in script for extra in _pyproject()["project"]["optional-dependencies"])  # type: ignore[index]
    contributing = Path(PROJECT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "tools/update-lock" in contributing and "requirements/lock.txt" in contributing
