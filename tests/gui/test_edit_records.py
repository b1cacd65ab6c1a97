"""Editing and deleting existing records in the desktop app: the edit dialogs, F2/Enter/double-click,
Delete with its confirmation, the context menu, and what the core refuses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from crypto.secret import SecretStr
from evidence_app.errors import NotFound
from evidence_app.model import Case, CaseStatus, ConsentStatus, RecordKind, RiskLevel
from evidence_app.records.cases import add_case, get_case, list_cases
from evidence_app.records.lookup import search
from evidence_app.records.notes import add_note, get_note
from evidence_app.records.persons import add_person, get_person
from evidence_app.records.sites import add_site, get_site
from evidence_app.records.testimonies import add_testimony, list_testimonies
from evidence_app.vault import Vault
from ui.app import AppController
from ui.dialogs import EditCaseDialog, EditNoteDialog, EditPersonDialog, EditSiteDialog
from ui.main_window import TAB_CUSTODY, TAB_NOTES, TAB_PERSONS, TAB_SITES, TAB_TESTIMONIES, MainWindow

from .conftest import PASSPHRASE

pytestmark = pytest.mark.gui


def _window(controller: AppController) -> MainWindow:
    assert controller.main_window is not None
    return controller.main_window


def _case(window: MainWindow, title: str = "Compound K") -> Case:
    case = add_case(window.vault(), title)
    window.reload_cases(select=case.id)
    assert window.current_case_id == case.id
    return case


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts need the active window; offscreen activates windows asynchronously."""
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _edits(vault: Vault, record_id: str) -> list[list[str]]:
    return [list(e.detail["fields"]) for e in vault.custody_entries(record_id) if e.action == "edit"]


def _box_button(box: QMessageBox, delete: bool) -> QPushButton:
    button = box.findChild(QPushButton, "deleteButton") if delete else box.button(QMessageBox.StandardButton.Cancel)
    assert isinstance(button, QPushButton)
    return button


def _row_click(qtbot: QtBot, view: QAbstractItemView, row: int, double: bool = False) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- editing -----------------------------------------------------------------------------------------


def test_edit_protected_person_in_the_dialog(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    vault = window.vault()
    case = _case(window)
    person = add_person(vault, "Sok Dara", aliases=["Dara"], phones=["012 345 678"], case_id=case.id)
    add_testimony(vault, case.id, person.id, "He drove the van.")
    assert person.protected and person.pseudonym == "Source A"
    assert window.select_record(RecordKind.PERSON, person.id)

    dialog = window.edit_selected()
    assert isinstance(dialog, EditPersonDialog) and dialog.isVisible()
    assert "Sok Dara" not in dialog.windowTitle()  # titles are visible outside the app
    # Filled from the record.
    assert dialog.name_edit.text() == "Sok Dara" and dialog.pseudonym_edit.text() == "Source A"
    assert dialog.aliases_edit.text() == "Dara" and dialog.phones_edit.text() == "012 345 678"
    assert dialog.protected_check.isChecked() and not dialog.public_warning.isVisible()
    assert dialog.consent_combo.currentData() is ConsentStatus.UNKNOWN
    assert not dialog.consent_date_field.known_check.isChecked()

    # A refused value is explained inline; nothing is saved and nothing typed is lost.
    dialog.phones_edit.setText("012 345 678, call me")
    dialog.save_clicked()
    assert dialog.isVisible() and "Not a phone number" in dialog.error_label.text()
    assert get_person(vault, person.id) == person

    dialog.pseudonym_edit.setText("Witness Kappa")
    dialog.aliases_edit.setText("Dara, ដារ៉ា")
    dialog.transliterations_edit.setText("Sok Dara, 索达拉")
    dialog.phones_edit.setText("012 345 678, +855 12 999 888")
    dialog.emails_edit.setText("dara@example.org")
    dialog.consent_combo.setCurrentIndex(dialog.consent_combo.findData(ConsentStatus.LIMITED))
    dialog.consent_scope_edit.setText("quotes only, no photos")
    dialog.consent_date_field.known_check.setChecked(True)
    dialog.consent_date_field.date_edit.setDate(QDate(2025, 3, 1))
    dialog.risk_combo.setCurrentIndex(dialog.risk_combo.findData(RiskLevel.HIGH))
    with qtbot.waitSignal(dialog.saved):
        dialog.save_clicked()
    assert not dialog.isVisible()

    saved = get_person(vault, person.id)
    assert saved.protected and saved.full_name == "Sok Dara" and saved.pseudonym == "Witness Kappa"
    assert saved.aliases == ("Dara", "ដារ៉ា") and saved.transliterations == ("Sok Dara", "索达拉")
    assert saved.phones == ("012 345 678", "+855 12 999 888") and saved.emails == ("dara@example.org",)
    assert (saved.consent.status, saved.consent.scope, saved.consent.date) == (
        ConsentStatus.LIMITED,
        "quotes only, no photos",
        dt.date(2025, 3, 1),
    )
    assert saved.risk is RiskLevel.HIGH
    # The custody entry names exactly the fields that changed.
    assert _edits(vault, person.id) == [
        ["aliases", "consent", "emails", "phones", "pseudonym", "risk", "transliterations"]
    ]

    # The lists show the new pseudonym, the persons tab keeps the person selected.
    assert window.tabs.currentIndex() == TAB_PERSONS
    row = window.person_view.currentIndex().row()
    assert window.person_model.record(row) == saved
    window.tabs.setCurrentIndex(TAB_TESTIMONIES)
    assert window.testimony_model.index(0, 0).data() == "Witness Kappa"

    # Saving an untouched form writes nothing; making the person public is said plainly first.
    window.tabs.setCurrentIndex(TAB_PERSONS)
    again = window.edit_record(RecordKind.PERSON, person.id)
    assert isinstance(again, EditPersonDialog)
    again.save_clicked()
    assert _edits(vault, person.id) == [
        ["aliases", "consent", "emails", "phones", "pseudonym", "risk", "transliterations"]
    ]
    third = window.edit_record(RecordKind.PERSON, person.id)
    assert isinstance(third, EditPersonDialog)
    third.protected_check.setChecked(False)
    assert third.public_warning.isVisible() and "real name" in third.public_warning.text()
    third.reject()
    assert get_person(vault, person.id).protected


def test_edit_case_note_and_site(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    vault = window.vault()
    case = _case(window)
    person = add_person(vault, "Chan Thy", case_id=case.id)
    note = add_note(vault, case.id, "Meet at the pier", tags=["pier"])
    site = add_site(vault, case.id, "Harbour warehouse", town="Kampot", lat=10.6, lon=104.2)
    _activate(qtbot, window)

    # The case, from the case list.
    window.case_view.setFocus()
    case_dialog = window.edit_selected()
    assert isinstance(case_dialog, EditCaseDialog) and case_dialog.title_edit.text() == "Compound K"
    case_dialog.title_edit.setText("Compound K (Koh Kong)")
    case_dialog.save_clicked()
    assert get_case(vault, case.id).title == "Compound K (Koh Kong)"
    assert window.case_model.index(0, 0).data() == "Compound K (Koh Kong)"
    assert window.current_case_id == case.id
    _row_click(qtbot, window.case_view, 0, double=True)  # a double-click on the case opens it too
    [case_dialog] = [d for d in window.findChildren(EditCaseDialog) if d.isVisible()]
    case_dialog.status_combo.setCurrentIndex(case_dialog.status_combo.findData(CaseStatus.CLOSED))
    case_dialog.save_clicked()
    assert get_case(vault, case.id).status is CaseStatus.CLOSED
    assert _edits(vault, case.id) == [["title"], ["status"]]

    # A note: double-click on its row.
    window.tabs.setCurrentIndex(TAB_NOTES)
    _row_click(qtbot, window.note_view, 0, double=True)
    [note_dialog] = [d for d in window.findChildren(EditNoteDialog) if d.isVisible()]
    assert note_dialog.text_edit.toPlainText() == "Meet at the pier" and note_dialog.tags_edit.text() == "pier"
    assert not note_dialog.case_combo.isEnabled() and note_dialog.case_combo.currentData() == case.id
    note_dialog.text_edit.setPlainText("")
    note_dialog.save_clicked()
    assert note_dialog.isVisible() and "The note is empty." in note_dialog.error_label.text()
    note_dialog.text_edit.setPlainText("Meet at the lighthouse instead")
    note_dialog.private_check.setChecked(True)
    note_dialog.person_combo.setCurrentIndex(note_dialog.person_combo.findData(person.id))
    note_dialog.save_clicked()
    edited = get_note(vault, note.id)
    assert (edited.text, edited.private, edited.person_id) == ("Meet at the lighthouse instead", True, person.id)
    assert [h.item_id for h in search(vault, "lighthouse")] == [note.id]
    assert window.tabs.currentIndex() == TAB_NOTES
    assert window.note_model.index(0, 0).data() == "Meet at the lighthouse instead"

    # A site: Enter on its row.
    window.tabs.setCurrentIndex(TAB_SITES)
    window.site_view.setFocus()
    window.site_view.setCurrentIndex(window.site_model.index(0, 0))
    QTest.keyClick(window.site_view, Qt.Key.Key_Return)
    [site_dialog] = [d for d in window.findChildren(EditSiteDialog) if d.isVisible()]
    assert (site_dialog.lat_edit.text(), site_dialog.lon_edit.text()) == ("10.6", "104.2")
    site_dialog.lat_edit.setText("")
    site_dialog.save_clicked()  # only one coordinate: refused, inline
    assert site_dialog.isVisible() and "both latitude and longitude" in site_dialog.error_label.text()
    site_dialog.lon_edit.setText("")
    site_dialog.name_edit.setText("Fish market")
    site_dialog.sensitive_check.setChecked(True)
    site_dialog.save_clicked()
    edited_site = get_site(vault, site.id)
    assert (edited_site.name, edited_site.lat, edited_site.lon, edited_site.sensitive) == (
        "Fish market",
        None,
        None,
        True,
    )
    assert edited_site.town == "Kampot"
    assert _edits(vault, site.id) == [["lat", "lon", "name", "sensitive"]]
    assert window.site_model.index(0, 0).data() == "Fish market"


# --- deleting ----------------------------------------------------------------------------------------


def test_delete_site_declined_then_accepted(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    vault = window.vault()
    case = _case(window)
    first = add_site(vault, case.id, "Harbour warehouse")
    second = add_site(vault, case.id, "Fish market")
    assert window.select_record(RecordKind.SITE, first.id)

    box = window.delete_selected()
    assert box is not None and box.objectName() == "deleteConfirmation" and box.isVisible()
    assert "Harbour warehouse" not in box.windowTitle()
    assert "Delete the site “Harbour warehouse”?" in box.text()
    assert "cannot be undone" in box.informativeText() and "custody log" in box.informativeText()
    assert box.defaultButton() is _box_button(box, delete=False)  # Enter alone never deletes
    _box_button(box, delete=False).click()
    assert not box.isVisible() and get_site(vault, first.id) == first
    assert [e.action for e in vault.custody_entries(first.id)] == ["create"]

    # Through the table's context menu this time.
    view = window.site_view
    pos = view.visualRect(window.site_model.index(0, 0)).center()
    menu = window.open_context_menu(view, pos)
    assert menu is not None and window.edit_action in menu.actions() and window.delete_action in menu.actions()
    window.delete_action.trigger()
    menu.close()
    box = window.delete_box
    assert box is not None and "Harbour warehouse" in box.text()
    _box_button(box, delete=True).click()

    with pytest.raises(NotFound):
        get_site(vault, first.id)
    assert [(e.action, e.detail) for e in vault.custody_entries(first.id)][-1] == ("delete", {"case": case.id})
    # The list is reloaded and the next site is selected; the case's custody tab shows the deletion.
    assert window.site_model.rowCount() == 1
    assert window.site_model.record(window.site_view.currentIndex().row()) == second
    window.tabs.setCurrentIndex(TAB_CUSTODY)
    model = window.custody_model
    rows = [
        (model.index(r, 3).data(), model.index(r, 5).data(Qt.ItemDataRole.ToolTipRole)) for r in range(model.rowCount())
    ]
    assert ("delete", first.id) in rows


def test_keyboard_only_f2_and_delete(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    vault = window.vault()
    case = _case(window)
    site = add_site(vault, case.id, "Harbour warehouse")
    window.tabs.setCurrentIndex(TAB_SITES)
    _activate(qtbot, window)
    window.site_view.setFocus()
    QTest.keyClick(window.site_view, Qt.Key.Key_Down)  # the first row
    assert window.site_view.currentIndex().row() == 0

    QTest.keyClick(window.site_view, Qt.Key.Key_F2)
    [dialog] = [d for d in window.findChildren(EditSiteDialog) if d.isVisible()]
    assert dialog.name_edit.text() == "Harbour warehouse"
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    _activate(qtbot, window)
    window.site_view.setFocus()
    QTest.keyClick(window.site_view, Qt.Key.Key_Delete)
    box = window.delete_box
    assert box is not None and box.isVisible()
    QTest.keyClick(box, Qt.Key.Key_Return)  # the default button is Cancel
    assert not box.isVisible() and get_site(vault, site.id) == site

    _activate(qtbot, window)
    window.site_view.setFocus()
    QTest.keyClick(window.site_view, Qt.Key.Key_Delete)
    box = window.delete_box
    assert box is not None
    QTest.keyClick(box, Qt.Key.Key_D)  # the &Delete button's mnemonic
    qtbot.waitUntil(lambda: window.site_model.rowCount() == 0)
    with pytest.raises(NotFound):
        get_site(vault, site.id)

    # F2 on the case list edits the case; Delete there deletes the (now empty) case.
    _activate(qtbot, window)  # back from the question box
    window.case_view.setFocus()
    QTest.keyClick(window.case_view, Qt.Key.Key_F2)
    [case_dialog] = [d for d in window.findChildren(EditCaseDialog) if d.isVisible()]
    case_dialog.reject()
    _activate(qtbot, window)
    window.case_view.setFocus()
    QTest.keyClick(window.case_view, Qt.Key.Key_Delete)
    box = window.delete_box
    assert box is not None and "Delete the case “Compound K”?" in box.text()
    _box_button(box, delete=True).click()
    assert list_cases(vault) == [] and window.current_case_id is None

    # Outside the lists the keys keep their usual meaning: Delete in the search field deletes text.
    window.show_search()
    window.search_edit.setText("abc")
    window.search_edit.setCursorPosition(0)
    QTest.keyClick(window.search_edit, Qt.Key.Key_Delete)
    assert window.search_edit.text() == "bc" and window.delete_box is None


def test_person_named_in_a_testimony_is_not_deleted(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    vault = window.vault()
    case = _case(window)
    person = add_person(vault, "Sok Dara", case_id=case.id)
    testimony = add_testimony(vault, case.id, person.id, "He drove the van.")
    window.refresh_records()  # added behind the window's back
    assert window.select_record(RecordKind.PERSON, person.id)

    box = window.delete_selected()
    assert box is not None and box.objectName() == "errorBox"  # the reason, not a question
    assert box.text() == ("The person is named in 1 testimony; delete those or give them to another person first.")
    box.close()
    assert get_person(vault, person.id) == person

    # Once the testimony is gone (its open editor closes with it), the person can go too.
    editor = window.open_testimony(testimony.id)
    assert editor is not None
    assert window.select_record(RecordKind.TESTIMONY, testimony.id)
    box = window.delete_selected()
    assert box is not None and "Its earlier revisions are deleted with it" in box.informativeText()
    _box_button(box, delete=True).click()
    assert testimony.id not in window.editors and not editor.isVisible()
    assert list_testimonies(vault, case.id) == []

    assert window.select_record(RecordKind.PERSON, person.id)
    box = window.delete_selected()
    assert box is not None and box.objectName() == "deleteConfirmation"
    assert "“Source A” (Sok Dara)" in box.text()
    assert "whole vault" in box.informativeText() and "stay in the redaction set" in box.informativeText()
    _box_button(box, delete=True).click()
    with pytest.raises(NotFound):
        get_person(vault, person.id)
    assert window.person_model.rowCount() == 0

    # A case that still holds records is refused with what is left in it.
    add_note(vault, case.id, "left behind")
    window.case_view.setFocus()
    box = window.delete_selected()
    assert box is not None and box.objectName() == "errorBox"
    assert box.text() == "The case still holds 1 note; delete those first."
    assert get_case(vault, case.id).id == case.id


def test_nothing_selected_and_locking_with_the_question_open(
    qtbot: QtBot, unlocked: AppController, vault_dir: Path
) -> None:
    window = _window(unlocked)
    case = _case(window)
    window.tabs.setCurrentIndex(TAB_SITES)
    window.site_view.setFocus()
    assert window.delete_selected() is None and window.edit_selected() is None
    assert "Select a row" in window.statusBar().currentMessage()

    site = add_site(window.vault(), case.id, "Harbour warehouse")
    window.refresh_records()
    assert window.select_record(RecordKind.SITE, site.id)
    box = window.delete_selected()
    assert box is not None and box.isVisible()
    unlocked.lock()  # closing the question on lock is not a yes
    assert unlocked.state == "locked"
    with Vault.open(vault_dir, passphrase=SecretStr(PASSPHRASE)) as vault:
        assert get_site(vault, site.id).name == "Harbour warehouse"
