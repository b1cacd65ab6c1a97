"""Source protection in the desktop app: making a protected person public is a second, explicit act
naming what it forgets; the redaction marks of the testimony editor; the transfer preview."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from evidence_app import identities
from evidence_app.model import RecordKind
from ui.app import AppController
from ui.dialogs import EditPersonDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _window(controller: AppController) -> MainWindow:
    assert controller.main_window is not None
    return controller.main_window


def test_making_a_person_public_needs_the_forget_box(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    vault = window.vault()
    case = vault.add_case("Compound K")
    window.reload_cases(select=case.id)
    person = vault.add_person("Sok Dara", case_id=case.id)
    vault.edit_person(person.id, full_name="Dara Sokha")
    dialog = window.edit_record(RecordKind.PERSON, person.id)
    assert isinstance(dialog, EditPersonDialog)
    assert not dialog.forget_check.isVisible()
    dialog.protected_check.setChecked(False)
    assert dialog.forget_check.isVisible() and "exports may then show them" in dialog.forget_check.text()
    dialog.save_clicked()  # without the second box: refused inline, nothing changes
    assert dialog.isVisible() and "forget-identifiers" in dialog.error_label.text()
    assert vault.get_person(person.id).protected
    dialog.forget_check.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        dialog.save_clicked()
    assert not vault.get_person(person.id).protected
    assert identities.remembered(vault.conn, person.id) == []
    assert [e.action for e in vault.custody_entries(person.id)][-2:] == ["forget-identifiers", "edit"]
