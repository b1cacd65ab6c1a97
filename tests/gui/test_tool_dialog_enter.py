"""Tools dialogs: Enter only ever presses the dialog's own action button. While a job runs that
button is disabled and the focus moves on to Close; an impatient second Enter must not close the
dialog (its result would then be reported to nobody)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from ui.jobs import JobRunner
from ui.tools import CheckBackupDialog, VerifyBundleDialog


def test_enter_never_presses_close_while_the_action_button_is_disabled(qtbot: QtBot) -> None:
    jobs = JobRunner()
    for make in (CheckBackupDialog, VerifyBundleDialog):
        dialog = make(jobs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
        assert isinstance(close, QPushButton)
        assert [b for b in dialog.findChildren(QPushButton) if b.autoDefault() or b.isDefault()] == [dialog.run_button]
        # As run_job does: the action button disabled while the job runs, the focus on Close.
        dialog.run_button.setEnabled(False)
        close.setFocus()
        QTest.keyClick(close, Qt.Key.Key_Return)
        assert dialog.isVisible(), make.__name__
        dialog.run_button.setEnabled(True)
