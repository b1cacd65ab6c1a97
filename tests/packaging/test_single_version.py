"""One version number, in one place: evidence_app/__init__.py (CHANGELOG.md records releases)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

import evidence_app
from tests.conftest import PROJECT

ALLOWED = {"evidence_app/__init__.py", "CHANGELOG.md"}


def _repo_files() -> list[str]:
    out = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=PROJECT,
        capture_output=True,
        check=True,
    )
    return [name for name in out.stdout.decode("utf-8", "replace").split("\0") if name]


@pytest.mark.skipif(shutil.which("git") is None or not (PROJECT / ".git").exists(), reason="needs a git checkout")
def test_the_version_string_appears_only_in_its_source_and_the_changelog() -> None:
    version = evidence_app.__version__
    # The literal, not part of a longer number (so 1.2.3 matches neither 11.2.3 nor 1.2.3.4).
    pattern = re.compile(rb"(?<![\d.])" + re.escape(version.encode()) + rb"(?!\.?\d)")
    offenders = []
    for name in _repo_files():
        if name in ALLOWED:
            continue
        path = PROJECT / name
        if not path.is_file():
            continue  # deleted in the work tree
        data = path.read_bytes()
        if b"\0" in data[:8192]:
            continue  # binary (icons, fonts)
        if pattern.search(data):
            offenders.append(name)
    assert offenders == [], f"the version {version} is repeated in {offenders}; read it from evidence_app.__version__"


def test_changelog_has_an_entry_for_the_current_version() -> None:
    changelog = (PROJECT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
    assert f"## [{evidence_app.__version__}] - " in changelog
