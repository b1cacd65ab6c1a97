"""Export test fixtures: the Qt PDF renderer registered (offscreen), a vault holding the scenario."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_app.rendering import set_pdf_renderer
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, Cli
from ui.pdf_renderer import render_pdf

from .helpers import Scenario, build_case


@pytest.fixture(autouse=True)
def _qt_pdf_renderer() -> Iterator[None]:
    set_pdf_renderer(render_pdf)
    yield
    set_pdf_renderer(None)


@pytest.fixture
def scenario(cli_vault: Cli, tmp_path: Path) -> Scenario:
    """The scenario in the CLI's vault (closed again, so CLI commands can open it)."""
    from crypto.secret import SecretStr

    media_dir = tmp_path / "camera"
    media_dir.mkdir()
    with Vault.open(cli_vault.root, SecretStr(PASSPHRASE)) as vault:
        return build_case(vault, media_dir)
