"""Layout in the window (issue #12): columns sized to what they show, a case list wide enough for
titles, windows that fit the screen, and sizes remembered across locks and runs with nothing but
sizes in the settings file. The offscreen screen is 800x800, smaller than the old default sizes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.model import Role
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from tests.gui.conftest import MakeController, unlock
from tests.gui.test_media import make_jpeg
from ui.app import AppController
from ui.fonts import register_fonts
from ui.languages import LANGUAGES, SOURCE_LANGUAGE, install_translators
from ui.layout import FRAME_ALLOWANCE, available_size
from ui.main_window import TAB_CUSTODY, TAB_PERSONS, MainWindow
from ui.settings import Settings

LONG_NAME = "Sokha Chanthavong-Rattanakosin 王小明"
CASE_TITLE = "Compound K5 labour case"


def _fill(window: MainWindow) -> None:
    vault = window.vault()
    case = add_case(vault, CASE_TITLE)
    add_person(vault, LONG_NAME, case_id=case.id, phones=["+855 12 345 678"])
    add_person(vault, "Official", role=Role.OFFICIAL, protected=False, case_id=case.id)
    window.reload_cases(select=case.id)


def _show_tab(qtbot: QtBot, window: MainWindow, tab: int) -> None:
    window.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: window.tab_models[tab].rowCount() > 0)
    QApplication.processEvents()  # the fitting runs once the rows are in


def test_columns_fit_their_content_and_the_last_does_not_take_all(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    _fill(window)
    _show_tab(qtbot, window, TAB_PERSONS)
    view = window.person_view
    header = view.horizontalHeader()
    # The name is not cut: the Name column takes the spare width and is at least as wide as it.
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert view.columnWidth(0) >= view.sizeHintForColumn(0)
    last = header.count() - 1
    assert header.sectionResizeMode(last) == QHeaderView.ResizeMode.Interactive
    assert view.columnWidth(last) <= max(view.sizeHintForColumn(last), header.sectionSizeHint(last))
    # Every other column shows its header and its cells whole.
    for column in range(1, header.count()):
        assert view.columnWidth(column) >= header.sectionSizeHint(column), column

    _show_tab(qtbot, window, TAB_CUSTODY)
    custody = window.custody_view
    time_column = 1
    assert custody.columnWidth(time_column) >= custody.sizeHintForColumn(time_column)  # "2026-12-02 17:00:00"
    assert custody.horizontalHeader().sectionResizeMode(3) == QHeaderView.ResizeMode.Stretch  # Action


def test_the_case_list_is_wide_enough_for_a_title(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    _fill(window)
    QApplication.processEvents()
    needed = window.case_view.fontMetrics().horizontalAdvance(CASE_TITLE)
    assert window.case_view.viewport().width() >= needed


def test_windows_open_no_larger_than_the_screen(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    room = available_size(window)
    # The main window as small as it can be fits a 1366x768 laptop; it opens no larger than the
    # screen unless its minimum is larger (the offscreen screen is 800x800).
    smallest = window.minimumSizeHint()
    assert smallest.width() + FRAME_ALLOWANCE.width() <= 1366
    assert smallest.height() + FRAME_ALLOWANCE.height() <= 768
    assert window.width() + FRAME_ALLOWANCE.width() <= max(room.width(), smallest.width() + FRAME_ALLOWANCE.width())
    assert window.height() + FRAME_ALLOWANCE.height() <= room.height()
    vault = window.vault()
    case = add_case(vault, CASE_TITLE)
    person = add_person(vault, "P", case_id=case.id)
    testimony = add_testimony(vault, case.id, person.id, "text")
    editor = window.open_testimony(testimony.id)
    assert editor is not None
    assert editor.width() + FRAME_ALLOWANCE.width() <= room.width()
    assert editor.height() + FRAME_ALLOWANCE.height() <= room.height()
    # Its buttons are inside the window, not below the screen's edge.
    button = editor.save_button
    assert editor.rect().contains(button.mapTo(editor, button.rect().bottomRight()))


def test_sizes_are_remembered_across_a_lock_and_hold_nothing_else(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    _fill(window)
    _show_tab(qtbot, window, TAB_PERSONS)
    window.person_view.horizontalHeader().resizeSection(2, 173)  # the user drags the Protected column
    window.splitter.setSizes([311, 600])
    cases_width = window.splitter.sizes()[0]
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)

    unlocked.lock()
    text = Settings().path.read_text(encoding="utf-8")
    assert LONG_NAME not in text and CASE_TITLE not in text and "Official" not in text
    layout_keys = [key for key in list(Settings().keys()) if key.startswith("layout/")]
    assert "layout/mainWindow.columns.persons" in layout_keys and "layout/mainWindow.window" in layout_keys

    window = unlock(qtbot, unlocked)
    qtbot.waitUntil(window.isMaximized)  # a maximised window comes back maximised
    assert window.splitter.sizes()[0] == cases_width
    _show_tab(qtbot, window, TAB_PERSONS)
    assert window.person_view.columnWidth(2) == 173  # the user's width, not fitted over again


def test_settings_store_layout_only_under_known_names_and_as_base64() -> None:
    settings = Settings()
    with pytest.raises(KeyError):
        settings.set_layout("mainWindow.columns.anything", "AAAA")
    with pytest.raises(ValueError, match="base64"):
        settings.set_layout("mainWindow.window", "Compound K5 labour case")
    settings.set_layout("mainWindow.window", "AAAA")
    assert settings.layout("mainWindow.window") == "AAAA"


@pytest.fixture(params=[language.code for language in LANGUAGES])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    register_fonts()  # as ui.app.run does: the bundled Khmer and Thai fonts set the widths
    assert install_translators(qapp, code) == code
    yield code
    install_translators(qapp, SOURCE_LANGUAGE)


def test_the_media_buttons_never_widen_the_media_tab(
    language: str, qtbot: QtBot, make_controller: MakeController, vault_dir: Path, tmp_path: Path
) -> None:
    """Five buttons in one row were wider than the rest of the Media tab in Khmer and cut their
    labels in a 1100 px window: the buttons' page must need no more width than the tab's other
    page (the original and the working copy side by side) needs anyway."""
    controller = make_controller(vault_dir)  # built after the language is installed
    controller.start()
    window = unlock(qtbot, controller)
    vault = window.vault()
    case = add_case(vault, CASE_TITLE)
    photo, _ = ms.import_file(vault, case.id, make_jpeg(tmp_path / "p.jpg"))
    window.reload_cases(select=case.id)
    tab = window.show_media()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert tab.select_item(photo.id)
    details, compare = tab.right_tabs.widget(0), tab.right_tabs.widget(1)
    assert details is not None and compare is not None
    assert details.minimumSizeHint().width() <= compare.minimumSizeHint().width(), language
    for button in tab.item_actions.buttons:
        assert button.width() >= button.sizeHint().width(), (language, button.text())
