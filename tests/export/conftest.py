"""Export test fixtures: a vault holding the scenario."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from pathlib import Path

import pytest

from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, Cli

from .helpers import Scenario, build_case


@pytest.fixture
def scenario(cli_vault: Cli, tmp_path: Path) -> Scenario:
    """The scenario in the CLI's vault (closed again, so CLI commands can open it)."""
    from crypto.secret import SecretStr

    media_dir = tmp_path / "camera"
    media_dir.mkdir()
    with Vault.open(cli_vault.root, SecretStr(PASSPHRASE)) as vault:
        return build_case(vault, media_dir)
