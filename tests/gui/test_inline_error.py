"""An inline error that appears after a dialog was shown must not squeeze the fields above it.

Seen in the real window: after a wrong passphrase the unlock dialog kept its height, the red
message took its space, and the passphrase field shrank to half its height with its dots cut."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.conftest import MakeController
from ui.inline_error import show_inline_error
from ui.unlock import UnlockDialog

MESSAGE = "The passphrase is not right. Check Caps Lock and the keyboard language, then try again."


def _assert_nothing_squeezed(field: QLineEdit, label: QLabel) -> None:
    QApplication.processEvents()
    assert field.height() >= field.sizeHint().height(), (field.height(), field.sizeHint().height())
    assert label.isVisible() and label.height() >= label.heightForWidth(label.width())


def test_a_wrong_passphrase_message_keeps_the_passphrase_field_whole(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    dialog = controller.unlock_dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase_edit.setText("a wrong passphrase")
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.try_unlock()
    assert dialog.error_label.accessibleName() == dialog.error_label.text() != ""
    _assert_nothing_squeezed(dialog.passphrase_edit, dialog.error_label)


def test_a_long_message_in_a_narrow_window_grows_the_window(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    dialog = controller.unlock_dialog
    assert isinstance(dialog, UnlockDialog)
    before = dialog.height()
    show_inline_error(dialog.error_label, " ".join([MESSAGE] * 4))
    _assert_nothing_squeezed(dialog.passphrase_edit, dialog.error_label)
    assert dialog.height() > before and dialog.error_label.accessibleName().startswith("The passphrase")
