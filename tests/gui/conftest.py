"""GUI test fixtures: an app controller per test, driven offscreen through pytest-qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from crypto.secret import SecretStr
from ui.app import AppController
from ui.main_window import MainWindow
from ui.settings import Settings

MakeController = Callable[..., AppController]
NO_BUS = "unix:path=/nonexistent/evidence-vault-tests-no-bus"
PASSPHRASE = "correct horse battery staple"  # the root conftest's passphrase fixture


@pytest.fixture(autouse=True)
def _same_passphrase(passphrase: SecretStr) -> None:
    assert passphrase.reveal() == PASSPHRASE


@pytest.fixture
def make_controller(qtbot: QtBot) -> Iterator[MakeController]:
    made: list[AppController] = []

    def make(vault_dir: Path, idle_ms: int = 600_000) -> AppController:
        controller = AppController(vault_dir, Settings(), idle_ms=idle_ms)
        # Never the desktop's real buses: a screen lock on the developer's machine must not lock
        # test vaults, and tests must not take sleep inhibitors. Screen-lock tests use a private bus.
        controller.screenlock.session_address = controller.screenlock.system_address = NO_BUS
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()
        controller.deleteLater()


@pytest.fixture
def vault_dir(new_vault: Any) -> Path:
    """A vault made through the core API, closed again so the app can open it."""
    new_vault.vault.close()
    root: Path = new_vault.root
    return root


def unlock(qtbot: QtBot, controller: AppController, passphrase: str = PASSPHRASE) -> MainWindow:
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase_edit.setText(passphrase)
    with qtbot.waitSignal(controller.session.unlocked, timeout=10_000):
        dialog.unlock_button.click()
    assert controller.main_window is not None
    return controller.main_window


@pytest.fixture
def unlocked(qtbot: QtBot, make_controller: MakeController, vault_dir: Path) -> AppController:
    controller = make_controller(vault_dir)
    controller.start()
    unlock(qtbot, controller)
    return controller
