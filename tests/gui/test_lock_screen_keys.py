"""Enter at the lock screen, the panic wipe's confirmation and the quick exit (offscreen).

The same flows run with real key presses in a real window in tests/realwindow/; these pin the
rules they depend on: exactly one button Enter can press, and what Enter does in each dialog."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from evidence_app.vaultbase import HEADER_NAME
from tests.gui.conftest import PASSPHRASE, MakeController, unlock
from ui.unlock import FirstRunDialog, RecoveryKeyDialog, UnlockDialog
from ui.wipe import CONFIRM_WORD, WipeDialog


def _enter_buttons(dialog: object) -> list[str]:
    assert hasattr(dialog, "findChildren")
    return [b.objectName() or b.text() for b in dialog.findChildren(QPushButton) if b.autoDefault() or b.isDefault()]


def test_unlock_is_the_only_button_enter_can_press(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    dialog = controller.unlock_dialog
    assert isinstance(dialog, UnlockDialog)
    assert _enter_buttons(dialog) == [dialog.unlock_button.text()]
    # Enter with the focus on Quit still unlocks, it never quits.
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.quit_button.setFocus()
    with qtbot.waitSignal(controller.session.unlocked, timeout=10_000):
        QTest.keyClick(dialog.quit_button, Qt.Key.Key_Return)
    assert controller.state == "unlocked"


def test_enter_while_unlocking_keeps_the_focus_and_does_not_quit(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    quits: list[bool] = []
    dialog.rejected.connect(lambda: quits.append(True))
    dialog.passphrase_edit.setText("a wrong passphrase")
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
        assert dialog.passphrase_edit.isEnabled() and dialog.passphrase_edit.isReadOnly()
        assert _enter_buttons(dialog) == [dialog.unlock_button.text()]  # Quit never becomes default
        QTest.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)  # a second Enter while busy: nothing
    assert not quits and dialog.isVisible() and not dialog.passphrase_edit.isReadOnly()
    assert controller.state == "locked"


def test_first_run_and_recovery_key_have_one_default_each(
    qtbot: QtBot, make_controller: MakeController, tmp_path: Path
) -> None:
    controller = make_controller(tmp_path / "vault")
    controller.start()
    first = controller.first_run_dialog
    assert isinstance(first, FirstRunDialog)
    assert _enter_buttons(first) == [first.create_button.text()]
    first.author_edit.setText("R")
    first.passphrase_edit.setText(PASSPHRASE)
    first.confirm_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(first.created, timeout=15_000):
        first.create_button.click()
    recovery = controller.recovery_dialog
    assert isinstance(recovery, RecoveryKeyDialog)
    assert _enter_buttons(recovery) == [recovery.continue_button.text()]


def test_wipe_dialog_enter_wipes_only_after_the_word_and_never_cancels(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = WipeDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    confirmed: list[bool] = []
    rejected: list[bool] = []
    dialog.confirmed.connect(lambda: confirmed.append(True))
    dialog.rejected.connect(lambda: rejected.append(True))
    assert _enter_buttons(dialog) == [dialog.wipe_button.text()]
    QTest.keyClicks(dialog.word_edit, "wipe")
    QTest.keyClick(dialog.word_edit, Qt.Key.Key_Return)
    assert not confirmed and not rejected and dialog.isVisible()
    assert CONFIRM_WORD in dialog.error_label.text()  # says why nothing happened
    dialog.word_edit.clear()
    assert dialog.error_label.isHidden()
    QTest.keyClicks(dialog.word_edit, CONFIRM_WORD)
    QTest.keyClick(dialog.word_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert confirmed == [True] and not rejected


def test_wipe_dialog_shows_its_whole_text_even_with_a_long_vault_path(qtbot: QtBot, tmp_path: Path) -> None:
    # Seen in a real window: the label's last line ("Type WIPE ... press Enter") was cut off.
    deep = tmp_path / "Documents" / "Evidence Vault" / "Cambodia 2026 interviews" / "Sihanoukville compound" / "vault"
    dialog = WipeDialog(deep)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    instruction = dialog.findChild(QLabel, "wipeInstruction")
    assert isinstance(instruction, QLabel) and CONFIRM_WORD in instruction.text() and "Enter" in instruction.text()
    for width in (dialog.width(), dialog.minimumSizeHint().width()):
        dialog.resize(width, dialog.minimumSizeHint().height())
        QApplication.processEvents()
        for label in dialog.findChildren(QLabel):
            if label.wordWrap() and label.isVisible():
                assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
                assert dialog.rect().contains(label.mapTo(dialog, label.rect().bottomRight()))


def test_panic_wipe_from_the_lock_screen(qtbot: QtBot, make_controller: MakeController, vault_dir: Path) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.wipe_button.click()
    wipe = dialog.findChild(WipeDialog)
    assert isinstance(wipe, WipeDialog) and wipe.isVisible()
    QTest.keyClicks(wipe.word_edit, CONFIRM_WORD)
    with qtbot.waitSignal(controller.wiped, timeout=10_000):
        QTest.keyClick(wipe.word_edit, Qt.Key.Key_Return)
    assert not (vault_dir / HEADER_NAME).exists()
    assert controller.state == "first_run"


def test_quick_exit_hides_every_window_locks_and_quits(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    window = unlock(qtbot, controller)
    window.open_new_case_dialog()
    with qtbot.waitSignal(controller.quit_requested, timeout=10_000):
        window.quick_exit_action.trigger()
    assert not controller.session.is_unlocked and controller.state == "closed"
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_quick_exit_from_the_lock_screen(qtbot: QtBot, make_controller: MakeController, vault_dir: Path) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    assert controller.unlock_dialog is not None
    with qtbot.waitSignal(controller.quit_requested, timeout=10_000):
        controller.unlock_dialog.quick_exit_requested.emit()
    assert controller.state == "closed"
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_help_and_edit_menus(qtbot: QtBot, make_controller: MakeController, vault_dir: Path) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    window = unlock(qtbot, controller)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Edit" in titles and titles[-1] == "Help"
    lines = window.shortcut_lines()
    assert any(line.startswith("Ctrl+L\t") for line in lines)
    assert any("Quick exit" in line for line in lines) and any("Wipe" in line for line in lines)
    box = window.show_shortcuts()
    assert "Ctrl+Shift+Q" in box.text()
    # Keys and labels in two columns (tab stops ran "Ctrl+Shift+Del" into its label).
    assert box.textFormat() == Qt.TextFormat.RichText
    assert re.search(r"<td[^>]*>Ctrl\+Shift\+Del</td><td>Wipe vault…</td>", box.text()), box.text()
    assert "0.1" in window.show_about().text() or "Evidence Vault" in window.show_about().text()
