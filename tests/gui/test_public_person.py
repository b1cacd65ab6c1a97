"""A public person (an official) is shown as public: "No" in the Protected column, no pseudonym
offered or shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from evidence_app.model import Role
from evidence_app.records.persons import add_person
from ui.app import AppController
from ui.dialogs import NewPersonDialog
from ui.models import person_model


def test_protected_column_says_no_and_public_pseudonym_is_not_shown(qtbot: QtBot, unlocked: AppController) -> None:
    vault = unlocked.session.vault
    official = add_person(vault, "Sok Dara", role=Role.OFFICIAL, protected=False)
    source = add_person(vault, "王小明", role=Role.SOURCE, protected=True)
    columns = person_model()._columns
    texts = {person.full_name: [column.text(person) for column in columns] for person in (official, source)}
    headers = [c.title for c in columns]
    protected, pseudonym = headers.index("Protected"), headers.index("Pseudonym")
    assert texts["Sok Dara"][protected] == "No"
    assert "Official" not in texts["Sok Dara"][pseudonym]
    assert texts["王小明"][protected] == "Yes" and texts["王小明"][pseudonym] == source.pseudonym


def test_new_person_dialog_hides_the_pseudonym_for_a_public_person(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    dialog = window.open_new_person_dialog()
    assert isinstance(dialog, NewPersonDialog)
    assert dialog.form.isRowVisible(dialog.pseudonym_edit)
    dialog.protected_check.setChecked(False)
    assert not dialog.form.isRowVisible(dialog.pseudonym_edit)
    dialog.protected_check.setChecked(True)
    assert dialog.form.isRowVisible(dialog.pseudonym_edit)
