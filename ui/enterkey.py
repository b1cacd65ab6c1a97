"""Which button Enter presses in a dialog.

Qt's default: every push button in a dialog is "auto-default", so whichever button has (or
last had) keyboard focus becomes the one Enter presses. When a dialog disables its fields while
a job runs, focus jumps to the next button, Quit say, and the very Enter key press that started
the job then presses Quit too. That quit the app on every unlock in a real window. So in the
dialogs where Enter matters, exactly one button may ever be pressed by Enter; every other button
needs Space or a click.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton


def only_default(dialog: QDialog, default: QPushButton | None) -> None:
    """Make ``default`` the only button Enter can press in ``dialog`` (``None``: no button at all).

    Call it after every button exists (a QDialogButtonBox creates its standard buttons eagerly)."""
    for button in dialog.findChildren(QPushButton):
        is_default = button is default
        button.setAutoDefault(is_default)
        button.setDefault(is_default)
