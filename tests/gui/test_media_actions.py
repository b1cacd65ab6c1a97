"""The media item buttons: edit the description, save decrypted copies where asked, show the
recovery keys, delete an item."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.custody import Action
from evidence_app.records.history import list_custody
from evidence_app.records.lookup import search
from ui.app import AppController

from .test_media import _one_photo, _window

pytestmark = pytest.mark.gui


def test_edit_caption_date_place_tags(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(unlocked)
    tab, item = _one_photo(qtbot, window, tmp_path)
    dialog = tab.item_actions.edit_info()
    assert dialog is not None and dialog.isVisible()
    dialog.caption_edit.setText("Gate of compound K")
    dialog.date_edit.setText("1 March")
    assert not dialog.save()
    assert "capture date" in dialog.error_label.text() and dialog.isVisible()
    assert ms.get_media(window.vault(), item.id).caption == ""  # nothing stored
    dialog.date_edit.setText("2025-03-01")
    dialog.place_edit.setText("Koh Kong")
    dialog.tags_edit.setText("gate, compound")
    with qtbot.waitSignal(dialog.saved):
        assert dialog.save()
    stored = ms.get_media(window.vault(), item.id)
    assert (stored.caption, stored.capture_date, stored.place, stored.tags) == (
        "Gate of compound K",
        "2025-03-01",
        "Koh Kong",
        ("gate", "compound"),
    )
    assert stored.original_sha256 == item.original_sha256 and stored.versions == item.versions
    texts = [tab.details.item(i).text() for i in range(tab.details.count())]
    assert "Caption: Gate of compound K" in texts and "Place: Koh Kong" in texts
    assert tab.model.item(0).caption == "Gate of compound K"
    assert [h.item_id for h in search(window.vault(), "compound")] == [item.id]


def test_save_clean_copy_and_original(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(unlocked)
    tab, item = _one_photo(qtbot, window, tmp_path)
    vault = window.vault()
    actions = tab.item_actions
    assert actions.save_working_button.isEnabled() and actions.save_original_button.isEnabled()

    dialog = actions.ask_save(original=False)
    assert isinstance(dialog, QFileDialog) and dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    clean = tmp_path / "clean.jpg"
    dialog.selectFile(str(clean))
    with qtbot.waitSignal(actions.saved_copy, timeout=10_000):
        dialog.accept()
    assert clean.read_bytes() == ms.read_working(vault, item)
    assert clean.stat().st_mode & 0o077 == 0  # owner-only, like every file the app writes
    if shutil.which("exiftool"):
        out = subprocess.run(
            ["exiftool", "-a", "-G1", "-s", "-GPS*", "-Make", str(clean)], capture_output=True, text=True, check=True
        ).stdout
        assert out.strip() == ""

    box = actions.ask_save(original=True)
    assert isinstance(box, QMessageBox) and "risky" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not [d for d in tab.findChildren(QFileDialog) if d.isVisible()]  # declined: no file dialog

    original = tmp_path / "original.jpg"
    with qtbot.waitSignal(actions.saved_copy, timeout=10_000):
        actions.save_copy(item.id, original, original=True)
    assert original.read_bytes() == ms.read_original(vault, item)
    exports = [e.detail.get("what") for e in vault.custody_entries(item.id) if e.action == Action.EXPORT.value]
    assert exports == ["working", "original"]

    # An existing file is never overwritten.
    with qtbot.waitSignal(actions.failed, timeout=10_000) as failed:
        actions.save_copy(item.id, original, original=False)
    assert "already exists" in str(failed.args[0])
    assert original.read_bytes() == ms.read_original(vault, item)
    for box in window.findChildren(QMessageBox):
        box.close()


def test_recovery_keys_decrypt_with_age_and_leave_the_clipboard_on_lock(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    window = _window(unlocked)
    tab, item = _one_photo(qtbot, window, tmp_path)
    dialog = tab.item_actions.show_keys()
    assert dialog is not None
    text = dialog.text.toPlainText()
    assert "original" in text and "working v1" in text and text.count("AGE-SECRET-KEY-1") == 2
    if shutil.which("age"):
        lines = text.splitlines()
        start = lines.index("original")
        blob_path, identity = lines[start + 1].strip(), lines[start + 3].strip()
        key_file = tmp_path / "key.txt"
        key_file.write_text(identity + "\n")
        out = subprocess.run(["age", "-d", "-i", str(key_file), blob_path], capture_output=True, check=True).stdout
        assert out == ms.read_original(window.vault(), item)
    dialog.copy()
    assert "AGE-SECRET-KEY-1" in QGuiApplication.clipboard().text()
    dialog.accept()
    assert dialog.text.toPlainText() == ""
    unlocked.lock()
    assert "AGE-SECRET-KEY" not in QGuiApplication.clipboard().text()


def test_delete_asks_and_removes_files_and_rows(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(unlocked)
    tab, item = _one_photo(qtbot, window, tmp_path)
    vault = window.vault()
    blob_files = [vault.blobs.path_of(item.original_blob), *(vault.blobs.path_of(v.blob_id) for v in item.versions)]
    assert all(p.exists() for p in blob_files)

    box = tab.item_actions.ask_delete()
    assert box is not None and "cannot be undone" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert ms.get_media(vault, item.id).id == item.id

    box = tab.item_actions.ask_delete()
    assert box is not None
    [delete] = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole]
    with qtbot.waitSignal(tab.items_loaded, timeout=10_000):
        delete.click()
    assert ms.list_media(vault) == [] and tab.model.rowCount() == 0
    assert not any(p.exists() for p in blob_files)
    assert not tab.item_actions.delete_button.isEnabled()
    case_log = list_custody(vault, case_id=item.case_id)
    assert any(e.action == Action.DELETE.value and e.object_id == item.id for e in case_log)
