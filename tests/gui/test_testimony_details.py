"""The testimony editor beyond the transcript: the interview's details and the media attached to it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person, link_person
from evidence_app.records.testimonies import add_testimony, get_testimony, list_testimonies, mark_redacted
from ui import testimony_editor
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _setup(window: MainWindow, tmp_path: Path) -> tuple[str, str, str, list[str]]:
    vault = window.vault()
    case = add_case(vault, "Case of the boat")
    first = add_person(vault, "Chan Thy")
    second = add_person(vault, "Sok Dara")
    link_person(vault, case.id, first.id)
    link_person(vault, case.id, second.id)
    add_testimony(vault, case.id, first.id, "He took our passports at the border.")
    media = []
    for i in range(2):
        path = tmp_path / f"photo{i}.jpg"
        Image.new("RGB", (64, 48), (40 * i, 80, 120)).save(path, "JPEG")
        item, _ = ms.import_file(vault, case.id, path, caption=f"photo {i}")
        media.append(item.id)
    window.reload_cases(select=case.id)
    return case.id, first.id, second.id, media


def _open(qtbot: QtBot, window: MainWindow, testimony_id: str) -> testimony_editor.TestimonyEditor:
    editor = window.open_testimony(testimony_id)
    assert isinstance(editor, testimony_editor.TestimonyEditor)
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def test_details_are_saved_as_one_new_revision(qtbot: QtBot, unlocked: Any, tmp_path: Path) -> None:
    window = unlocked.main_window
    _, first, second, _ = _setup(window, tmp_path)
    vault = window.vault()
    [testimony] = list_testimonies(vault)
    mark_redacted(vault, testimony.id, 3, 7)
    editor = _open(qtbot, window, testimony.id)
    assert editor.person_combo.currentData() == first
    assert not editor.is_modified

    editor.tabs.setCurrentWidget(editor.details_page)
    editor.person_combo.setCurrentIndex(editor.person_combo.findData(second))
    editor.date_edit.setText("2025-03-01")
    editor.place_edit.setText("Poipet")
    editor.interviewer_edit.setText("AB")
    editor.interpreter_edit.setText("CD")
    editor.language_edit.setText("km")
    editor.tags_edit.setText("passports, border ,")
    editor.summary_edit.setPlainText("Passports confiscated.")
    assert editor.is_modified and "save them" in editor.status_label.text()

    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = get_testimony(vault, testimony.id)
    assert saved.person_id == second and saved.interview_date == dt.date(2025, 3, 1)
    assert (saved.place, saved.interviewer, saved.interpreter, saved.language) == ("Poipet", "AB", "CD", "km")
    assert saved.tags == ("passports", "border") and saved.summary == "Passports confiscated."
    assert saved.revision == testimony.revision + 2  # the mark, then this one save
    assert len(saved.redacted_spans) == 1  # details do not touch the redaction marks
    assert not editor.is_modified

    editor.date_edit.setText("March")
    assert editor.is_modified
    assert not editor.save()
    assert "interview date" in editor.status_label.text()
    assert get_testimony(vault, testimony.id).revision == saved.revision  # nothing stored
    editor.date_edit.setText("")
    assert editor.save()
    assert get_testimony(vault, testimony.id).interview_date is None


def test_attach_and_detach_media(qtbot: QtBot, unlocked: Any, tmp_path: Path) -> None:
    window = unlocked.main_window
    _, _, _, media = _setup(window, tmp_path)
    vault = window.vault()
    [testimony] = list_testimonies(vault)
    editor = _open(qtbot, window, testimony.id)
    editor.tabs.setCurrentWidget(editor.media_page)
    assert editor.media_list.count() == 0

    dialog = editor.open_attach_dialog()
    assert dialog is not None and dialog.list.count() == 2
    dialog.list.item(1).setSelected(True)
    dialog.list.item(0).setSelected(False)
    with qtbot.waitSignal(dialog.chosen):
        dialog.accept()
    assert get_testimony(vault, testimony.id).media_ids == (media[1],)
    assert editor.media_list.count() == 1 and "photo 1" in editor.media_list.item(0).text()
    assert [m.id for m in editor.attachable()] == [media[0]]

    editor.media_list.setCurrentRow(0)
    assert editor.detach_selected()
    assert get_testimony(vault, testimony.id).media_ids == ()
    assert editor.media_list.count() == 0
    assert len(ms.list_media(vault)) == 2  # the items stay in the case
    assert not editor.is_modified  # attachments are stored at once, they are not unsaved edits
