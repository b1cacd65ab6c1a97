"""Vault > Re-key vault… and Vault > New recovery key… in the app: current passphrase required,
the new recovery key shown once, and the old header / old recovery key open nothing after."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from crypto.secret import SecretStr
from evidence_app.errors import VaultCorrupt, WrongPassphrase
from evidence_app.vault import Vault
from evidence_app.vaultbase import HEADER_NAME
from ui.rekey import RekeyDialog

from .conftest import PASSPHRASE, MakeController, unlock

NEW = "a quiet river under seven lanterns"


def _start(qtbot: QtBot, make_controller: MakeController, root: Path) -> Any:
    controller = make_controller(root)
    controller.start()
    unlock(qtbot, controller)
    return controller


def test_rekey_from_the_vault_menu(qtbot: QtBot, make_controller: MakeController, new_vault: Any) -> None:
    new_vault.vault.close()
    old_header = (new_vault.root / HEADER_NAME).read_bytes()
    controller = _start(qtbot, make_controller, new_vault.root)
    window = controller.main_window
    assert window.rekey_action in window.menuBar().actions()[0].menu().actions()
    window.rekey_action.trigger()
    dialog = controller.rekey_dialog
    assert isinstance(dialog, RekeyDialog) and dialog.isVisible() and not dialog.rotate_only
    assert "old copies" in dialog.intro.text() and "new recovery key" in dialog.intro.text().lower()

    dialog.fields.passphrase_edit.setText(NEW)
    dialog.fields.confirm_edit.setText(NEW)
    assert not dialog.run_button.isEnabled()  # the current passphrase first
    dialog.current_edit.setText("not the passphrase at all")
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.run_button.click()
    assert "not the current passphrase" in dialog.error_label.text()
    assert (new_vault.root / HEADER_NAME).read_bytes() == old_header

    dialog.current_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.rekeyed, timeout=60_000) as signal:
        dialog.run_button.click()
    key = signal.args[0]
    assert isinstance(key, SecretStr) and key != new_vault.recovery_key
    shown = controller.new_recovery_key_dialog
    assert shown is not None and shown.isVisible() and shown.key_label.text() == key.reveal()

    controller.lock()
    assert not shown.isVisible()
    with pytest.raises(WrongPassphrase):
        Vault.open(new_vault.root, passphrase=SecretStr(PASSPHRASE))
    Vault.open(new_vault.root, recovery_key=key).close()
    (new_vault.root / HEADER_NAME).write_bytes(old_header)
    with pytest.raises(VaultCorrupt, match="re-keyed"):
        Vault.open(new_vault.root, passphrase=SecretStr(PASSPHRASE))


def test_new_recovery_key_from_the_vault_menu(qtbot: QtBot, make_controller: MakeController, new_vault: Any) -> None:
    new_vault.vault.close()
    controller = _start(qtbot, make_controller, new_vault.root)
    controller.main_window.rotate_recovery_key_action.trigger()
    dialog = controller.rekey_dialog
    assert isinstance(dialog, RekeyDialog) and dialog.rotate_only and not dialog.fields.isVisible()
    dialog.current_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.rekeyed, timeout=20_000) as signal:
        dialog.run_button.click()
    key = signal.args[0]
    controller.lock()
    with pytest.raises(WrongPassphrase, match="recovery key"):
        Vault.open(new_vault.root, recovery_key=new_vault.recovery_key)
    Vault.open(new_vault.root, recovery_key=key).close()
    Vault.open(new_vault.root, passphrase=SecretStr(PASSPHRASE)).close()


def test_an_unlock_that_completes_an_interrupted_rekey_says_so(
    qtbot: QtBot, make_controller: MakeController, new_vault: Any
) -> None:
    from tests.core.test_rekey import NEW as REKEYED
    from tests.core.test_rekey import _interrupted_rekey

    new_vault.vault.close()
    _interrupted_rekey(new_vault.root, "after-database")  # killed right after the database changed
    controller = make_controller(new_vault.root)
    controller.start()
    unlock(qtbot, controller, REKEYED)
    box = controller.rekey_resumed_box
    assert box is not None and box.isVisible()
    assert "completed" in box.text() and "New recovery key" in box.text()
