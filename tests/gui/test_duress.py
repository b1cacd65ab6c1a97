"""Preferences > Duress passphrase in the window: asks for the current passphrase, sets the duress
passphrase, and unlocking with it then shows the decoy while the real vault is gone."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from evidence_app.duress import duress_is_set
from evidence_app.records.cases import add_case, list_cases
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
    add_case(controller.session.vault, title="Compound K, real testimonies")
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
    assert list_cases(controller.session.vault) == []  # the (empty) decoy
    assert controller.unlock_warning_box is None
    controller.lock()
    dialog_unlock = controller.unlock_dialog
    assert dialog_unlock is not None
    dialog_unlock.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog_unlock.failed, timeout=10_000):
        dialog_unlock.unlock_button.click()
    assert dialog_unlock.error_label.isVisible()  # the real passphrase opens nothing any more
    assert (vault_dir / "vault.header").exists()


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                arguments = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if marker.encode() in arguments:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the second window's process from /proc")
def test_new_decoy_vault_opens_a_second_window_without_the_apps_environment(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The decoy is prepared in the window, not with a command-line flag: New decoy vault… starts a
    second window of the app on an empty folder, and that window inherits no passphrase."""
    monkeypatch.setenv("EVIDENCE_PASSPHRASE", PASSPHRASE)
    dialog = _open(qtbot, unlocked)
    assert "--vault" not in dialog.intro.text()
    busy = tmp_path / "not-empty"
    busy.mkdir()
    (busy / "holiday.jpg").write_bytes(b"x")
    dialog._start_decoy([busy])
    assert "not empty" in dialog.error_label.text() and dialog.decoy_edit.text() == ""
    folder = tmp_path / "decoy"
    folder.mkdir()
    dialog._start_decoy([folder])
    assert dialog.decoy_edit.text() == str(folder)
    qtbot.waitUntil(lambda: bool(_processes_with(str(folder))), timeout=10_000)
    [pid] = _processes_with(str(folder))
    try:
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        names = {item.split(b"=", 1)[0] for item in environ if item}
        assert b"EVIDENCE_PASSPHRASE" not in names and PASSPHRASE.encode() not in b"\0".join(environ)
        time.sleep(2)  # the second window is waiting for its first passphrase, not gone
        assert Path(f"/proc/{pid}").exists()
    finally:
        os.kill(pid, signal.SIGKILL)
