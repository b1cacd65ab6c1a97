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


def _type_over(edit: object, text: str) -> None:
    """Replace the whole text as typing would (an undoable edit that marks the document modified)."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QPlainTextEdit

    assert isinstance(edit, QPlainTextEdit)
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)


SECRET = "behind the blue pagoda gate"
TEXT = f"The driver waited {SECRET}.\nThen we reached the border."


def test_editor_keeps_marks_names_dropped_ones_and_never_defaults_to_save(
    qtbot: QtBot, unlocked: AppController
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = _window(unlocked)
    vault = window.vault()
    case = vault.add_case("Escape route")
    window.reload_cases(select=case.id)
    person = vault.add_person("Keo Sophal", case_id=case.id)
    t = vault.add_testimony(case.id, person.id, TEXT)
    start = TEXT.index(SECRET)
    vault.mark_redacted(t.id, start, start + len(SECRET))
    editor = window.open_testimony(t.id)
    assert editor is not None

    # A line added at the top: the mark follows its words.
    _type_over(editor.text_edit, "Second session.\n" + TEXT)
    assert "follow their words" in editor.status_label.text()
    assert editor.save()
    saved = vault.get_testimony(t.id)
    [span] = saved.redacted_spans
    assert saved.transcript[span.start : span.end] == SECRET

    # The context menu removes one mark (and offers it only over a mark).
    inside = editor.text_edit.document().find("pagoda").selectionStart()
    cursor = editor.text_edit.textCursor()
    cursor.setPosition(inside)
    editor.text_edit.setTextCursor(cursor)
    pos = editor.text_edit.cursorRect(cursor).center()
    menu = editor.build_context_menu(pos)
    [unmark] = [a for a in menu.actions() if a.objectName() == "unmarkAction"]
    unmark.trigger()
    assert vault.get_testimony(t.id).redacted_spans == ()
    menu.close()
    vault.mark_redacted(t.id, span.start, span.end)
    editor.load()

    # Deleting the marked words: the close question names the mark, and Enter does not save.
    _type_over(editor.text_edit, editor.text_edit.toPlainText().replace(f" {SECRET}", ""))
    editor.close()
    box = editor._close_box
    assert box is not None
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert SECRET in box.informativeText() and "dropped" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible() and vault.get_testimony(t.id).revision == saved.revision + 2
    assert editor.save()
    assert SECRET in editor.status_label.text() and "was dropped" in editor.status_label.text()
    assert vault.get_testimony(t.id).redacted_spans == ()
