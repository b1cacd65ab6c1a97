"""Tools dialogs: secrets come first in the Tab order and no Browse button sits in the path from
a path field to a secret (a space in the passphrase must never press Browse)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ui.jobs import JobRunner
from ui.tools import CheckBackupDialog, RestoreDialog


def _tab_chain(dialog: QWidget, start: QWidget, steps: int) -> list[QWidget]:
    chain: list[QWidget] = []
    widget = start
    while len(chain) < steps:
        following = widget.nextInFocusChain()
        if following is None or following is start:
            break
        widget = following
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
            and widget.focusProxy() is None
        ):
            chain.append(widget)
    return chain


def test_check_and_restore_backup_put_the_secret_first_and_skip_browse(qtbot: QtBot) -> None:
    jobs = JobRunner()
    for make in (CheckBackupDialog, RestoreDialog):
        dialog = make(jobs)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.focusWidget() is dialog.secret.edit
        after_secret = _tab_chain(dialog, dialog.secret.edit, 4)
        assert after_secret[:3] == [dialog.secret.recovery_check, dialog.secret.show_check, dialog.file.edit]
        browse = dialog.file.browse_button
        assert not browse.focusPolicy() & Qt.FocusPolicy.TabFocus
        # From the path field onwards, no Browse button before the chain returns to the secret.
        for widget in _tab_chain(dialog, dialog.file.edit, 12):
            if widget is dialog.secret.edit:
                break
            assert not (isinstance(widget, QPushButton) and widget.text().startswith("Browse"))
