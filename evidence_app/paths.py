"""Where things live by default."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "EvidenceVault"


def default_vault_dir() -> Path:
    """The platform's per-user data folder (e.g. ~/.local/share/EvidenceVault/vault on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "vault"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False))
