"""Keyboard access: no two Alt+letter mnemonics are live in the main window at the same time.

When two visible controls share a letter, Qt treats Alt+letter as ambiguous: a menu does not open
and a button only takes focus. So every state of the window (each case tab, each page of the
media tab, a recording selected so the player shows) is checked for clashes among the menu bar,
tab bars, buttons, check boxes, group boxes and labels with buddies.

Every test runs once per interface language (ui/languages.py): a translated label must keep a
mnemonic that stays unique in its window too."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from tests.media import face_video
from ui.app import AppController
from ui.languages import LANGUAGES, SOURCE_LANGUAGE, install_translators
from ui.main_window import MainWindow

from .test_media import make_jpeg

pytestmark = pytest.mark.gui


CHECKED = [language.code for language in LANGUAGES]  # every language, Vietnamese and Indonesian too


@pytest.fixture(autouse=True, params=CHECKED)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Installed before the app controller builds any window (autouse fixtures come first)."""
    code = str(request.param)
    assert install_translators(qapp, code) == code
    yield code
    install_translators(qapp, SOURCE_LANGUAGE)


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def live_mnemonics(window: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        letter = _letter(text)
        if letter is not None:
            found[letter].append(f"{what} {text!r}")

    for bar in window.findChildren(QMenuBar):
        for action in bar.actions():
            if action.isVisible():
                add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i), "tab")
    return found


def _clashes(window: QWidget) -> dict[str, list[str]]:
    QApplication.processEvents()
    return {letter: where for letter, where in live_mnemonics(window).items() if len(where) > 1}


def test_no_mnemonic_is_shared_in_any_state_of_the_main_window(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, wav_file: Path
) -> None:
    window = unlocked.main_window
    assert isinstance(window, MainWindow)
    vault = window.vault()
    case = add_case(vault, "Mnemonics")
    photo, _ = ms.import_file(vault, case.id, make_jpeg(tmp_path / "p.jpg"))
    recording, _ = ms.import_file(vault, case.id, wav_file)
    video_file = tmp_path / "v.mp4"
    video_file.write_bytes(face_video.write())
    video, _ = ms.import_file(vault, case.id, video_file)  # its page shows the face track review
    window.reload_cases(select=case.id)
    window.show()
    qtbot.waitExposed(window)

    problems: dict[str, dict[str, list[str]]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
        if window.tabs.currentWidget() is not window.media_tab:
            if clashes := _clashes(window):
                problems[window.tabs.tabText(index)] = clashes
            continue
        tab = window.media_tab
        qtbot.waitUntil(lambda: window.media_tab.model.rowCount() == 3, timeout=10_000)
        for item in (photo, recording, video):
            assert tab.select_item(item.id)
            for page in range(tab.right_tabs.count()):
                tab.right_tabs.setCurrentIndex(page)
                if clashes := _clashes(window):
                    problems[f"media {item.kind.value}, page {tab.right_tabs.tabText(page)}"] = clashes
    assert not problems, problems


@pytest.fixture
def wav_file(tmp_path: Path) -> Path:
    import wave

    path = tmp_path / "r.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x01" * 8000)
    return path


def test_no_mnemonic_is_shared_in_the_testimony_editor(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert isinstance(window, MainWindow)
    vault = window.vault()
    case = add_case(vault, "Mnemonics")
    person = add_person(vault, "P", case_id=case.id)
    testimony = add_testimony(vault, case.id, person.id, "text")
    window.reload_cases(select=case.id)
    editor = window.open_testimony(testimony.id)
    assert editor is not None
    qtbot.waitExposed(editor)
    problems = {}
    for page in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(page)
        if clashes := _clashes(editor):
            problems[editor.tabs.tabText(page)] = clashes
    assert not problems, problems


def test_no_mnemonic_is_shared_in_any_dialog(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert isinstance(window, MainWindow)
    vault = window.vault()
    case = add_case(vault, "Mnemonics")
    add_person(vault, "P", case_id=case.id)
    window.reload_cases(select=case.id)
    openers = {
        "new case": window.open_new_case_dialog,
        "new person": window.open_new_person_dialog,
        "new testimony": window.open_new_testimony_dialog,
        "new note": window.open_new_note_dialog,
        "new site": window.open_new_site_dialog,
        "wipe": window.open_wipe_dialog,
        "preferences": unlocked.open_preferences,
        "change passphrase": unlocked.open_change_passphrase,
        "duress passphrase": lambda: unlocked.open_duress(),
        "check backup": window.tools.open_check_backup,
        "restore": window.tools.open_restore,
        "backup": window.tools.open_backup,
        "verify": window.tools.open_verify,
        "transfer export": window.tools.open_transfer_export,
        "transfer import": window.tools.open_transfer_import,
        "export wizard": window.open_export_wizard,
    }
    problems = {}
    for name, open_dialog in openers.items():
        dialog = open_dialog()
        assert dialog is not None
        qtbot.waitExposed(dialog)
        assert live_mnemonics(dialog), name  # the check sees the dialog's controls
        if clashes := _clashes(dialog):
            problems[name] = clashes
        dialog.close()
    assert not problems, problems
