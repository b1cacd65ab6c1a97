"""No label or button text is cut in any interface language (issue #12: each language checked in
the window). A control narrower than its text needs is a cut label; the main screens are opened
at the size they get on a 1366x768 laptop, with the bundled fonts the app registers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from crypto.secret import SecretStr
from evidence_app import media_service as ms
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from tests.gui.conftest import MakeController, unlock
from tests.gui.test_media import make_jpeg
from ui.fonts import register_fonts
from ui.jobs import JobRunner
from ui.languages import LANGUAGES, SOURCE_LANGUAGE, install_translators
from ui.layout import FRAME_ALLOWANCE
from ui.main_window import MainWindow
from ui.unlock import FirstRunDialog, RecoveryKeyDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True, params=[language.code for language in LANGUAGES])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    code = str(request.param)
    register_fonts()
    assert install_translators(qapp, code) == code
    yield code
    install_translators(qapp, SOURCE_LANGUAGE)


def cut_controls(window: QWidget) -> list[str]:
    QApplication.processEvents()
    cut = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if (isinstance(widget, QAbstractButton) and widget.text()) or (
            isinstance(widget, QLabel) and widget.text() and not widget.wordWrap()
        ):
            text = widget.text()
        else:
            continue
        if widget.width() < widget.sizeHint().width():
            cut.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {widget.sizeHint().width()}")
    return cut


def test_first_run_and_recovery_key(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = FirstRunDialog(tmp_path / "vault", JobRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    key = RecoveryKeyDialog(SecretStr("BP8S-STCR-R394-4ZR3-XEJ3-19N7-XY4N-AR0J-79HQ"))
    qtbot.addWidget(key)
    key.show()
    qtbot.waitExposed(key)
    assert not cut_controls(dialog) and not cut_controls(key), (cut_controls(dialog), cut_controls(key))


def test_main_window_editor_and_dialogs(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, tmp_path: Path
) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    window = unlock(qtbot, controller)
    assert isinstance(window, MainWindow)
    vault = window.vault()
    case = add_case(vault, "Compound K5 labour case")
    person = add_person(vault, "王小明", case_id=case.id)
    testimony = add_testimony(vault, case.id, person.id, "text")
    photo, _ = ms.import_file(vault, case.id, make_jpeg(tmp_path / "p.jpg"))
    window.reload_cases(select=case.id)
    # As small as it can be, the window fits a 1366x768 laptop in every language.
    smallest = window.minimumSizeHint() + FRAME_ALLOWANCE
    assert smallest.width() <= 1366 and smallest.height() <= 768, smallest
    window.resize(1100, 700)
    problems: dict[str, list[str]] = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if window.tabs.currentWidget() is window.media_tab:
            qtbot.waitUntil(lambda: window.media_tab.model.rowCount() == 1, timeout=10_000)
            assert window.media_tab.select_item(photo.id)
            for page in range(window.media_tab.right_tabs.count()):
                window.media_tab.right_tabs.setCurrentIndex(page)
                if cut := cut_controls(window):
                    problems[f"media page {page}"] = cut
        elif cut := cut_controls(window):
            problems[f"tab {index}"] = cut
    editor = window.open_testimony(testimony.id)
    assert editor is not None
    qtbot.waitExposed(editor)
    smallest = editor.minimumSizeHint() + FRAME_ALLOWANCE
    assert smallest.width() <= 1366 and smallest.height() <= 768, smallest
    for page in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(page)
        if cut := cut_controls(editor):
            problems[f"editor page {page}"] = cut
    editor.close()
    for name, opener in {
        "new person": window.open_new_person_dialog,
        "new testimony": window.open_new_testimony_dialog,
        "new site": window.open_new_site_dialog,
        "preferences": controller.open_preferences,
        "wipe": window.open_wipe_dialog,
    }.items():
        dialog = opener()
        qtbot.waitExposed(dialog)
        if cut := cut_controls(dialog):
            problems[name] = cut
        dialog.close()
    assert not problems, problems
