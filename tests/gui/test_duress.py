"""Preferences > Duress passphrase in the window: asks for the current passphrase, sets the duress
passphrase, and unlocking with it then shows the decoy while the real vault is gone."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from evidence_app.duress import duress_is_set
from ui.app import AppController
from ui.duress import DuressDialog

from .conftest import PASSPHRASE, unlock

DURESS = "only market prices and recipes here"


def _open(qtbot: QtBot, controller: AppController) -> DuressDialog:
    preferences = controller.open_preferences()
    assert preferences.duress_button.isEnabled()
    preferences.duress_button.click()
    dialog = controller.duress_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _fill(dialog: DuressDialog, current: str) -> None:
    dialog.current_edit.setText(current)
    dialog.fields.passphrase_edit.setText(DURESS)
    dialog.fields.confirm_edit.setText(DURESS)


def test_duress_passphrase_set_in_preferences_opens_the_decoy(
    qtbot: QtBot, unlocked: AppController, vault_dir: Path
) -> None:
    controller = unlocked
    controller.session.vault.add_case(title="Compound K, real testimonies")
    dialog = _open(qtbot, controller)
    assert "No duress passphrase is set" in dialog.status_label.text()
    _fill(dialog, "not my passphrase at all")
    assert dialog.set_button.isEnabled()
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.set_button.click()
    assert "not the current passphrase" in dialog.error_label.text()
    assert not duress_is_set(controller.session.vault)
    _fill(dialog, PASSPHRASE)
    with qtbot.waitSignal(dialog.completed, timeout=20_000):
        dialog.set_button.click()
    assert duress_is_set(controller.session.vault)
    assert controller.main_window is not None
    assert "duress passphrase is set" in controller.main_window.statusBar().currentMessage()

    controller.lock()
    unlock(qtbot, controller, DURESS)  # looks like any unlock
    assert controller.session.vault.list_cases() == []  # the (empty) decoy
    assert controller.unlock_warning_box is None
    controller.lock()
    dialog_unlock = controller.unlock_dialog
    assert dialog_unlock is not None
    dialog_unlock.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog_unlock.failed, timeout=10_000):
        dialog_unlock.unlock_button.click()
    assert dialog_unlock.error_label.isVisible()  # the real passphrase opens nothing any more
    assert (vault_dir / "vault.header").exists()
