"""New testimony (and the other record forms): Esc asks before a typed transcript is thrown away,
Ctrl+S and Ctrl+Enter save from inside the transcript, and a lock closes the form without asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony, get_testimony, list_testimonies
from ui.app import AppController
from ui.dialogs import NewTestimonyDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

TRANSCRIPT = "他们拿走了我的护照。 They took my passport at the gate."


def _window(controller: AppController) -> MainWindow:
    assert controller.main_window is not None
    return controller.main_window


def _new_testimony(qtbot: QtBot, window: MainWindow) -> NewTestimonyDialog:
    vault = window.vault()
    case = add_case(vault, "Compound K")
    window.reload_cases(select=case.id)
    person = add_person(vault, "Sok Dara", case_id=case.id)
    dialog = NewTestimonyDialog(window.vault, case.id, person.id, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.transcript_edit.hasFocus()
    return dialog


def _question(qtbot: QtBot, dialog: NewTestimonyDialog) -> QMessageBox:
    box = dialog.findChild(QMessageBox, "discardQuestion")
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    return box


def test_esc_asks_before_a_typed_transcript_is_discarded(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    dialog = _new_testimony(qtbot, window)
    dialog.transcript_edit.insertPlainText(TRANSCRIPT)  # QTest types ASCII only

    QTest.keyClick(dialog.transcript_edit, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    # Enter in the question goes back to the text, which is untouched.
    QTest.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.transcript_edit.toPlainText() == TRANSCRIPT
    # Esc in the question too.
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    box = _question(qtbot, dialog)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and dialog.transcript_edit.toPlainText() == TRANSCRIPT
    # Only an explicit Discard throws it away; nothing was stored.
    QTest.keyClick(dialog.transcript_edit, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    with qtbot.waitSignal(dialog.rejected):
        box.button(QMessageBox.StandardButton.Discard).click()
    assert not dialog.isVisible()
    assert list_testimonies(window.vault()) == []


def test_esc_on_an_empty_form_closes_without_asking(qtbot: QtBot, unlocked: AppController) -> None:
    dialog = _new_testimony(qtbot, _window(unlocked))
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog.transcript_edit, Qt.Key.Key_Escape)
    assert dialog.findChild(QMessageBox, "discardQuestion") is None


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.KeypadModifier),
    ],
    ids=["ctrl-s", "ctrl-return", "ctrl-keypad-enter"],
)
def test_ctrl_s_and_ctrl_enter_save_from_the_transcript(
    qtbot: QtBot, unlocked: AppController, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    window = _window(unlocked)
    dialog = _new_testimony(qtbot, window)
    dialog.transcript_edit.insertPlainText(TRANSCRIPT)  # QTest types ASCII only
    with qtbot.waitSignal(dialog.saved):
        QTest.keyClick(dialog.transcript_edit, key, modifiers)
    assert not dialog.isVisible()
    [stored] = list_testimonies(window.vault())
    assert stored.transcript == TRANSCRIPT  # no stray newline from the Enter


def test_enter_alone_is_a_new_line_in_the_transcript(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    dialog = _new_testimony(qtbot, window)
    QTest.keyClicks(dialog.transcript_edit, "first line")
    QTest.keyClick(dialog.transcript_edit, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.transcript_edit, "second line")
    assert dialog.isVisible() and dialog.transcript_edit.toPlainText() == "first line\nsecond line"
    assert list_testimonies(window.vault()) == []


def test_locking_closes_a_typed_form_without_asking(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    dialog = _new_testimony(qtbot, window)
    dialog.transcript_edit.insertPlainText(TRANSCRIPT)  # QTest types ASCII only
    unlocked.lock()
    assert unlocked.main_window is None or not unlocked.main_window.isVisible()
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_ctrl_enter_saves_in_the_testimony_editor(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    vault = window.vault()
    case = add_case(vault, "Compound K")
    person = add_person(vault, "Sok Dara", case_id=case.id)
    testimony = add_testimony(vault, case.id, person.id, "first")
    editor = window.open_testimony(testimony.id)
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.text_edit.setFocus()
    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    QTest.keyClicks(editor.text_edit, " and second")
    QTest.keyClick(editor.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = get_testimony(vault, testimony.id)
    assert saved.transcript == "first and second" and saved.revision == testimony.revision + 1
