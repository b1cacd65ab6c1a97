"""Changing the passphrase in the app: from the Vault menu (current passphrase required) and
straight after an unlock with the recovery key (asked for at once)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from crypto.secret import SecretStr
from evidence_app.errors import WrongPassphrase
from evidence_app.vault import Vault, read_header
from ui.passphrase import ChangePassphraseDialog

from .conftest import PASSPHRASE, MakeController, unlock

NEW = "a quiet river under seven lanterns"


def _fill(dialog: ChangePassphraseDialog, new: str, repeat: str | None = None) -> None:
    dialog.fields.passphrase_edit.setText(new)
    dialog.fields.confirm_edit.setText(new if repeat is None else repeat)


def _lock_and_unlock_with(qtbot: QtBot, controller: Any, passphrase: str) -> None:
    controller.lock()
    unlock(qtbot, controller, passphrase)


def test_change_from_menu_needs_the_current_passphrase(qtbot: QtBot, unlocked: Any) -> None:
    controller = unlocked
    window = controller.main_window
    assert window is not None
    window.change_passphrase_action.trigger()
    dialog = controller.change_passphrase_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.after_recovery
    assert dialog.current_edit.isVisible()

    _fill(dialog, NEW, NEW + "x")
    dialog.current_edit.setText(PASSPHRASE)
    assert not dialog.change_button.isEnabled()
    assert "differ" in dialog.fields.match_label.text()
    _fill(dialog, "short")
    assert not dialog.change_button.isEnabled()  # below the minimum length

    header_before = read_header(controller.vault_dir).to_bytes()
    _fill(dialog, NEW)
    dialog.current_edit.setText("not the passphrase at all")
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.change_button.click()
    assert "not the current passphrase" in dialog.error_label.text()
    assert dialog.isVisible()
    assert read_header(controller.vault_dir).to_bytes() == header_before  # nothing changed

    dialog.current_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.change_button.click()
    assert not dialog.isVisible()
    assert dialog.fields.passphrase_edit.text() == "" and dialog.current_edit.text() == ""

    _lock_and_unlock_with(qtbot, controller, NEW)
    controller.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(controller.vault_dir, passphrase=SecretStr(PASSPHRASE))


def test_recovery_key_unlock_asks_for_a_new_passphrase(
    qtbot: QtBot, make_controller: MakeController, new_vault: Any
) -> None:
    new_vault.vault.close()
    controller = make_controller(new_vault.root)
    controller.start()
    unlock_dialog = controller.unlock_dialog
    assert unlock_dialog is not None
    unlock_dialog.recovery_check.setChecked(True)
    unlock_dialog.passphrase_edit.setText(new_vault.recovery_key.reveal())
    with qtbot.waitSignal(controller.session.unlocked, timeout=10_000):
        unlock_dialog.unlock_button.click()

    dialog = controller.change_passphrase_dialog
    assert dialog is not None and dialog.isVisible() and dialog.after_recovery
    assert not dialog.current_edit.isVisible()  # the recovery key already proved who this is
    _fill(dialog, NEW)
    assert dialog.change_button.isEnabled()
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.change_button.click()

    _lock_and_unlock_with(qtbot, controller, NEW)
    # An ordinary unlock does not ask again.
    assert controller.change_passphrase_dialog is None
    controller.lock()
    with Vault.open(new_vault.root, recovery_key=new_vault.recovery_key) as vault:  # the key stays valid
        assert vault.opened_with_recovery_key


def test_not_now_and_lock_leave_the_passphrase_as_it_was(
    qtbot: QtBot, make_controller: MakeController, new_vault: Any
) -> None:
    new_vault.vault.close()
    controller = make_controller(new_vault.root)
    controller.start()
    unlock_dialog = controller.unlock_dialog
    assert unlock_dialog is not None
    unlock_dialog.recovery_check.setChecked(True)
    unlock_dialog.passphrase_edit.setText(new_vault.recovery_key.reveal())
    with qtbot.waitSignal(controller.session.unlocked, timeout=10_000):
        unlock_dialog.unlock_button.click()
    dialog = controller.change_passphrase_dialog
    assert dialog is not None
    dialog.cancel_button.click()
    assert not dialog.isVisible()

    dialog = controller.open_change_passphrase()
    _fill(dialog, NEW)
    controller.lock()  # a half-typed new passphrase does not survive the lock
    assert not dialog.isVisible()
    assert dialog.fields.passphrase_edit.text() == ""
    unlock(qtbot, controller, PASSPHRASE)
