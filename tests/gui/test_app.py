"""The desktop app end to end: first run, unlock, records, redaction, search, locking, leaks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from crypto.secret import SecretStr
from evidence_app.db import DatabaseError
from evidence_app.model import RecordKind, Span
from evidence_app.records.cases import add_case, list_cases
from evidence_app.records.notes import list_notes
from evidence_app.records.persons import add_person, get_person, list_persons
from evidence_app.records.sites import list_sites
from evidence_app.records.testimonies import (
    add_testimony,
    get_testimony,
    list_testimonies,
    mark_redacted,
    testimony_history,
)
from evidence_app.vault import Vault
from ui import testimony_editor
from ui.app import AppController
from ui.main_window import TAB_PERSONS, TAB_TESTIMONIES, MainWindow
from ui.settings import ALLOWED_KEYS

from .conftest import PASSPHRASE, MakeController, unlock

pytestmark = pytest.mark.gui

CASE_MARKER = "Xq7CaseMarkerKampot"
PERSON_MARKER = "Zv9PersonMarkerSrey"
TRANSCRIPT = "She was taken to the boat in Kampot by a man called Dara. Later they moved her to Koh Kong."


def _window(controller: AppController) -> MainWindow:
    assert controller.main_window is not None
    return controller.main_window


def _assert_closed(vault: Vault) -> None:
    with pytest.raises(DatabaseError):  # the connection is closed: nothing can be read any more
        list_cases(vault)


def _open_editor(qtbot: QtBot, window: MainWindow, testimony_id: str) -> testimony_editor.TestimonyEditor:
    editor = window.open_testimony(testimony_id)
    assert isinstance(editor, testimony_editor.TestimonyEditor)
    qtbot.waitExposed(editor)
    editor.activateWindow()  # offscreen activates windows asynchronously
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _add_case_person_testimony(
    qtbot: QtBot, window: MainWindow, case_title: str = CASE_MARKER, person_name: str = PERSON_MARKER
) -> tuple[str, str, str]:
    """Through the dialogs, as a researcher would. Returns (case id, person id, testimony id)."""
    vault = window.vault()
    dialog = window.open_new_case_dialog()
    QTest.keyClicks(dialog.title_edit, case_title)
    dialog.description_edit.setPlainText("Recruitment through a fishing agency")
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [case] = [c for c in list_cases(vault) if c.title == case_title]
    assert window.current_case_id == case.id

    dialog2 = window.open_new_person_dialog()
    assert dialog2.protected_check.isChecked()  # protected is the default
    QTest.keyClicks(dialog2.name_edit, person_name)
    dialog2.languages_edit.setText("km, th")
    QTest.mouseClick(dialog2.save_button, Qt.MouseButton.LeftButton)
    [person] = [p for p in list_persons(vault, case.id) if p.full_name == person_name]
    assert person.protected and person.pseudonym.startswith("Source")
    assert person.languages == ("km", "th")

    dialog3 = window.open_new_testimony_dialog()
    assert dialog3.case_combo.currentData() == case.id
    dialog3.person_combo.setCurrentIndex(dialog3.person_combo.findData(person.id))
    dialog3.place_edit.setText("Phnom Penh")
    dialog3.language_edit.setText("km")
    dialog3.transcript_edit.setPlainText(TRANSCRIPT)
    QTest.mouseClick(dialog3.save_button, Qt.MouseButton.LeftButton)
    [testimony] = list_testimonies(vault, case.id)
    assert testimony.person_id == person.id and testimony.transcript == TRANSCRIPT
    return case.id, person.id, testimony.id


# --- first run and unlock ---------------------------------------------------------------------------


def test_first_run_creates_vault_and_shows_recovery_key_once(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path
) -> None:
    root = tmp_path / "new-vault"
    controller = make_controller(root)
    controller.start()
    assert controller.state == "first_run"
    dialog = controller.first_run_dialog
    assert dialog is not None and dialog.isVisible()

    QTest.keyClicks(dialog.author_edit, "R. Researcher")
    QTest.keyClicks(dialog.passphrase_edit, "short")
    assert not dialog.create_button.isEnabled()
    assert dialog.strength_bar.value() == 0
    dialog.passphrase_edit.setText(PASSPHRASE)
    assert dialog.strength_bar.value() >= 3
    dialog.confirm_edit.setText(PASSPHRASE + "x")
    assert not dialog.create_button.isEnabled()
    assert dialog.match_label.text()
    dialog.confirm_edit.setText(PASSPHRASE)
    assert dialog.create_button.isEnabled()

    QTest.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.state == "recovery_key", timeout=10_000)
    key_dialog = controller.recovery_dialog
    assert key_dialog is not None and key_dialog.isVisible()
    recovery_key = key_dialog.key_label.text()
    assert len(recovery_key.replace("-", "")) == 36
    assert not key_dialog.continue_button.isEnabled()
    key_dialog.reject()  # Escape / window close cannot skip the confirmation
    assert key_dialog.isVisible() and controller.state == "recovery_key"

    key_dialog.written_check.setChecked(True)
    assert key_dialog.continue_button.isEnabled()
    QTest.mouseClick(key_dialog.continue_button, Qt.MouseButton.LeftButton)
    assert controller.state == "unlocked"
    assert key_dialog.key_label.text() == ""  # not kept on screen or in the widget
    window = _window(controller)
    assert window.isVisible()
    assert window.vault().author == "R. Researcher"

    controller.shutdown()
    with Vault.open(root, passphrase=SecretStr(PASSPHRASE)) as vault:
        assert vault.author == "R. Researcher"
    with Vault.open(root, recovery_key=SecretStr(recovery_key)) as vault:
        assert vault.vault_id


def test_unlock_wrong_then_right_passphrase(qtbot: QtBot, make_controller: MakeController, vault_dir: Path) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    assert controller.state == "locked"
    dialog = controller.unlock_dialog
    assert dialog is not None
    assert not dialog.error_label.isVisible()

    QTest.keyClicks(dialog.passphrase_edit, "not the passphrase")
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    assert dialog.error_label.isVisible()
    assert "passphrase is not right" in dialog.error_label.text()
    assert controller.state == "locked" and not controller.session.is_unlocked
    assert not dialog.findChildren(QMessageBox)  # shown plainly in the dialog, no extra box

    window = unlock(qtbot, controller)
    assert controller.state == "unlocked"
    assert window.isVisible() and not dialog.isVisible()
    assert dialog.passphrase_edit.text() == ""


def test_unlock_with_recovery_key(qtbot: QtBot, make_controller: MakeController, new_vault: Any) -> None:
    new_vault.vault.close()
    controller = make_controller(new_vault.root)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.recovery_check.setChecked(True)
    dialog.passphrase_edit.setText("AAAA-BBBB")
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.unlock_button.click()
    assert "recovery key is not right" in dialog.error_label.text()
    dialog.passphrase_edit.setText(new_vault.recovery_key.reveal().lower())
    with qtbot.waitSignal(controller.session.unlocked, timeout=10_000):
        dialog.unlock_button.click()
    assert controller.state == "unlocked"


def test_vault_in_use_is_explained_in_a_dialog(qtbot: QtBot, make_controller: MakeController, new_vault: Any) -> None:
    controller = make_controller(new_vault.root)  # new_vault is still open: the folder is locked
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.passphrase_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.unlock_button.click()
    boxes = dialog.findChildren(QMessageBox)
    assert boxes and "open in another Evidence Vault window. Close it and try again." in boxes[-1].text()
    assert controller.state == "locked"


# --- records -----------------------------------------------------------------------------------------


def test_add_case_protected_person_and_testimony(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    case_id, person_id, testimony_id = _add_case_person_testimony(qtbot, window)
    assert window.tabs.currentIndex() == TAB_TESTIMONIES
    assert window.testimony_model.row_of(testimony_id) == 0
    # Double-clicking the row opens the editor.
    view = window.testimony_view
    qtbot.waitExposed(window)
    rect = view.visualRect(window.testimony_model.index(0, 1))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # QTest needs the press
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert testimony_id in window.editors and window.editors[testimony_id].isVisible()
    assert window.autolock_label.text() == "Locks after 5 min without use"
    # Lists show protected persons by pseudonym only.
    person = get_person(window.vault(), person_id)
    shown = window.testimony_model.index(0, 0).data()
    assert shown == person.pseudonym and PERSON_MARKER not in shown
    window.tabs.setCurrentIndex(TAB_PERSONS)
    assert window.person_model.row_of(person_id) == 0

    note_dialog = window.open_new_note_dialog()
    note_dialog.text_edit.setPlainText("Follow up with the shelter")
    note_dialog.private_check.setChecked(True)
    note_dialog.save_clicked()
    [note] = list_notes(window.vault(), case_id)
    assert note.private

    site_dialog = window.open_new_site_dialog()
    site_dialog.name_edit.setText("Harbour warehouse")
    site_dialog.lat_edit.setText("not a number")
    site_dialog.save_clicked()  # refused inline; the dialog stays open with the text
    assert site_dialog.isVisible() and "latitude" in site_dialog.error_label.text()
    site_dialog.lat_edit.setText("10.6")
    site_dialog.lon_edit.setText("104.2")
    site_dialog.sensitive_check.setChecked(True)
    site_dialog.save_clicked()
    [site] = list_sites(window.vault(), case_id)
    assert site.sensitive and site.lat == pytest.approx(10.6)

    window.tabs.setCurrentIndex(4)
    actions = {window.custody_model.index(r, 3).data() for r in range(window.custody_model.rowCount())}
    assert "create" in actions


def test_empty_case_title_is_refused_inline(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    dialog = window.open_new_case_dialog()
    dialog.save_clicked()
    assert dialog.isVisible() and "Case title must not be empty" in dialog.error_label.text()
    assert list_cases(window.vault()) == []


def test_ctrl_r_marks_redacted_span(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    _, _, testimony_id = _add_case_person_testimony(qtbot, window)
    editor = _open_editor(qtbot, window, testimony_id)
    start = TRANSCRIPT.index("Dara")
    cursor = editor.text_edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Dara"), QTextCursor.MoveMode.KeepAnchor)
    editor.text_edit.setTextCursor(cursor)
    editor.text_edit.setFocus()
    with qtbot.waitSignal(editor.saved):
        QTest.keyClick(editor.text_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)

    stored = get_testimony(window.vault(), testimony_id)
    assert stored.redacted_spans == (Span(start, start + 4),)
    assert stored.transcript[start : start + 4] == "Dara"
    assert editor.highlighted_spans() == [(start, start + 4)]
    assert editor.history_model.rowCount() == 2  # the mark is a new revision
    assert window.testimony_model.index(0, 5).data() == "1"


def test_redaction_offsets_with_astral_characters_and_crlf(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    vault = window.vault()
    case = add_case(vault, "Case")
    person = add_person(vault, "Someone")
    text = "𠀀𠀁 line one\r\nname: 李小龍 end"
    testimony = add_testimony(vault, case.id, person.id, text)
    window.reload_cases(select=case.id)
    editor = window.open_testimony(testimony.id)
    assert editor is not None
    raw = editor.text_edit.document().toRawText()
    qt_start = len(raw[: raw.index("李")].encode("utf-16-le")) // 2
    cursor = editor.text_edit.textCursor()
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_start + 3, QTextCursor.MoveMode.KeepAnchor)
    editor.text_edit.setTextCursor(cursor)
    assert editor.mark_selection_redacted()
    [span] = get_testimony(vault, testimony.id).redacted_spans
    assert text[span.start : span.end] == "李小龍"


def test_editing_saves_a_revision(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    _, _, testimony_id = _add_case_person_testimony(qtbot, window)
    editor = _open_editor(qtbot, window, testimony_id)
    assert not editor.save()  # nothing changed
    editor.text_edit.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor.text_edit, " She escaped in May.")
    QTest.keyClick(editor.text_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = get_testimony(window.vault(), testimony_id)
    assert stored.revision == 2 and stored.transcript.endswith("She escaped in May.")
    history = testimony_history(window.vault(), testimony_id)
    assert [r.revision for r in history] == [1, 2]
    assert editor.history_model.rowCount() == 2
    editor.history_view.setCurrentIndex(editor.history_model.index(1, 0))  # oldest (newest first)
    assert editor.preview_edit.toPlainText() == TRANSCRIPT


def test_search_finds_the_testimony_and_selects_it(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    case_id, _, testimony_id = _add_case_person_testimony(qtbot, window)
    other = add_case(window.vault(), "Another case")
    window.reload_cases(select=other.id)
    assert window.current_case_id == other.id

    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_dock.isVisible()
    QTest.keyClicks(window.search_edit, "boat")
    QTest.keyClick(window.search_edit, Qt.Key.Key_Return)
    hits = [window.search_model.hit(r) for r in range(window.search_model.rowCount())]
    assert [(h.kind, h.item_id) for h in hits if h] == [(RecordKind.TESTIMONY, testimony_id)]

    assert window.search_results.currentIndex().row() == 0
    window.search_results.setFocus()
    QTest.keyClick(window.search_results, Qt.Key.Key_Return)  # Enter activates the result
    assert window.current_case_id == case_id
    assert window.tabs.currentIndex() == TAB_TESTIMONIES
    selected = window.testimony_view.currentIndex()
    assert window.testimony_model.record(selected.row()).id == testimony_id  # type: ignore[union-attr]

    window.search_edit.setText("nothingmatchesthis")
    window.run_search()
    assert window.search_model.rowCount() == 0 and window.search_status.text() == "Nothing found."


# --- locking -----------------------------------------------------------------------------------------


def test_autolock_after_idle_time(qtbot: QtBot, make_controller: MakeController, vault_dir: Path) -> None:
    controller = make_controller(vault_dir, idle_ms=200)
    controller.start()
    window = unlock(qtbot, controller)
    vault = controller.session.vault
    with qtbot.waitSignal(controller.session.locked, timeout=5_000):
        pass
    assert controller.state == "locked"
    _assert_closed(vault)
    assert not controller.session.is_unlocked
    assert controller.main_window is None
    assert window.case_model.rowCount() == 0
    assert controller.unlock_dialog is not None and controller.unlock_dialog.isVisible()
    # and it unlocks again
    unlock(qtbot, controller)
    assert controller.state == "unlocked"


def test_user_input_postpones_autolock(qtbot: QtBot, make_controller: MakeController, vault_dir: Path) -> None:
    controller = make_controller(vault_dir, idle_ms=400)
    controller.start()
    window = unlock(qtbot, controller)
    for _ in range(4):
        qtbot.wait(150)
        QTest.keyClick(window.case_view, Qt.Key.Key_Down)
    assert controller.state == "unlocked"
    qtbot.waitUntil(lambda: controller.state == "locked", timeout=5_000)


def test_lock_on_minimise(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    assert unlocked.settings.lock_on_minimise
    window.showMinimized()
    qtbot.waitUntil(lambda: unlocked.state == "locked", timeout=5_000)


def test_lock_now_clears_clipboard_text_the_app_placed(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    _, _, testimony_id = _add_case_person_testimony(qtbot, window)
    clipboard = QGuiApplication.clipboard()
    editor = window.open_testimony(testimony_id)
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.text_edit.selectAll()
    editor.text_edit.copy()  # Ctrl+C in the transcript
    assert clipboard.text() == TRANSCRIPT

    vault = unlocked.session.vault
    window.lock_action.trigger()  # Ctrl+L
    assert unlocked.state == "locked"
    _assert_closed(vault)
    assert clipboard.text() == ""

    # Text that another application put there is left alone.
    window = unlock(qtbot, unlocked)
    unlocked.session.copy_text("copied by the app")
    assert clipboard.text() == "copied by the app"
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert unlocked.state == "locked" and clipboard.text() == ""
    clipboard.setText("someone else's text")
    window = unlock(qtbot, unlocked)
    window.lock_action.trigger()
    assert clipboard.text() == "someone else's text"


def test_lock_during_an_edit_keeps_a_draft_never_a_revision(
    qtbot: QtBot, unlocked: AppController, vault_dir: Path
) -> None:
    """Auto-lock / Ctrl+L during an edit: the unsaved text (and its marks) is kept as an encrypted
    draft inside the vault, no revision is made, and after unlock the draft is offered again."""
    from evidence_app import drafts

    window = _window(unlocked)
    _, _, testimony_id = _add_case_person_testimony(qtbot, window)
    vault = window.vault()
    text = get_testimony(vault, testimony_id).transcript
    mark_redacted(vault, testimony_id, 0, 4)
    before = get_testimony(vault, testimony_id)
    revisions = len(testimony_history(vault, testimony_id))
    editor = window.open_testimony(testimony_id)
    assert editor is not None
    editor.text_edit.moveCursor(QTextCursor.MoveOperation.Start)
    editor.text_edit.insertPlainText("Unsaved words. ")  # before the mark: it moves with its words
    editor.place_edit.setText("Unsaved place")
    window.lock_action.trigger()  # Ctrl+L, as the auto-lock does
    assert unlocked.state == "locked"
    with Vault.open(vault_dir, passphrase=SecretStr(PASSPHRASE)) as stored:
        assert get_testimony(stored, testimony_id) == before  # no new revision, nothing changed
        assert len(testimony_history(stored, testimony_id)) == revisions
        [draft] = drafts.pending(stored)
        assert draft.transcript == "Unsaved words. " + text and draft.base_revision == before.revision
        assert [(s.start, s.end) for s in draft.redacted_spans] == [(15, 19)]
        assert draft.details == {"place": "Unsaved place"}
        assert [e.action for e in stored.custody_entries(testimony_id)][-1] == "draft"

    # After unlock the testimony opens and offers the draft; Restore puts it back, unsaved.
    window = unlock(qtbot, unlocked)
    editor = window.editors.get(testimony_id)
    assert editor is not None and editor.isVisible()
    box = editor._draft_box
    assert box is not None and box.objectName() == "draftBox" and "not as a revision" in box.text()
    assert box.defaultButton().text() == "&Restore the draft"
    box.defaultButton().click()
    assert editor.text_edit.toPlainText() == "Unsaved words. " + text and editor.is_modified
    assert editor.place_edit.text() == "Unsaved place"
    assert editor.highlighted_spans() == [(15, 19)]
    assert get_testimony(window.vault(), testimony_id).revision == before.revision  # still nothing saved
    assert editor.save()  # the researcher's own save makes the revision and uses up the draft
    saved = get_testimony(window.vault(), testimony_id)
    assert saved.revision == before.revision + 1 and saved.transcript.startswith("Unsaved words.")
    assert saved.place == "Unsaved place" and drafts.pending(window.vault()) == []

    # "Later" keeps it: the editor offers it again when the testimony is opened next. Discard deletes it.
    editor.text_edit.moveCursor(QTextCursor.MoveOperation.End)
    editor.text_edit.insertPlainText(" Second thoughts.")
    window.lock_action.trigger()
    window = unlock(qtbot, unlocked)
    editor = window.editors.get(testimony_id)
    assert editor is not None and editor._draft_box is not None
    editor._draft_box.escapeButton().click()  # Keep it for later
    assert editor._draft_box is None and len(drafts.pending(window.vault())) == 1
    assert editor.text_edit.toPlainText() == saved.transcript  # nothing restored
    editor.close()
    qtbot.waitUntil(lambda: testimony_id not in window.editors, timeout=5_000)
    editor = window.open_testimony(testimony_id)
    assert editor is not None and editor._draft_box is not None
    [discard] = [b for b in editor._draft_box.buttons() if b.text() == "&Discard the draft"]
    discard.click()
    assert drafts.pending(window.vault()) == [] and not editor.is_modified
    assert get_testimony(window.vault(), testimony_id).revision == saved.revision
    assert list(window.vault().custody_entries(testimony_id))[-1].detail["draft"] == "discarded"


# --- nothing sensitive outside the vault ---------------------------------------------------------------


def test_no_case_or_person_names_outside_the_vault(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path
) -> None:
    home = Path.home()
    root = tmp_path / "vault"
    controller = make_controller(root)
    controller.start()
    dialog = controller.first_run_dialog
    assert dialog is not None
    dialog.author_edit.setText("Tester")
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_edit.setText(PASSPHRASE)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: controller.recovery_dialog is not None, timeout=10_000)
    assert controller.recovery_dialog is not None
    controller.recovery_dialog.written_check.setChecked(True)
    controller.recovery_dialog.continue_button.click()
    window = _window(controller)
    _add_case_person_testimony(qtbot, window)
    window.search_edit.setText(PERSON_MARKER)
    window.run_search()
    prefs = controller.open_preferences()
    prefs.minutes_spin.setValue(7)
    prefs.save()
    assert controller.settings.autolock_minutes == 7
    controller.lock()
    controller.shutdown()
    QApplication.processEvents()

    settings_file = controller.settings.path
    assert settings_file.is_file() and settings_file.is_relative_to(home)
    assert {"autolock/minutes", "autolock/lock_on_minimise"} <= set(controller.settings.keys()) <= ALLOWED_KEYS
    markers = [CASE_MARKER, PERSON_MARKER, "Kampot", "Dara", PASSPHRASE]
    checked = 0
    for path in [*home.rglob("*"), *root.rglob("*")]:
        if path.is_file():
            data = path.read_bytes()
            checked += 1
            for marker in markers:
                for encoding in ("utf-8", "utf-16-le"):
                    assert marker.encode(encoding) not in data, f"{marker!r} found in {path}"
    assert checked >= 2
