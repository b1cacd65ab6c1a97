"""The Media tab's Record button: at most one recorder dialog (ui/recorder.py) per tab, raised
again rather than opened twice, and dropped when the vault locks.

The dialog itself stores what it recorded at ``Session.about_to_lock``, before ``discard()`` runs
here, so dropping it never loses a recording.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..jobs import JobRunner
from ..recorder import RecorderDialog
from ..session import Session


class RecorderHookup(QObject):
    """Opens the recorder for a case; ``saved`` carries the stored MediaItem."""

    saved = Signal(object)  # MediaItem

    def __init__(self, session: Session, jobs: JobRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._session = session
        self._jobs = jobs
        self._parent = parent
        self.dialog: RecorderDialog | None = None

    def open(self, case_id: str | None) -> RecorderDialog | None:
        """The recorder of ``case_id`` (None while no case is open or the vault is locked)."""
        if case_id is None or not self._session.is_unlocked:
            return None
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return self.dialog
        dialog = RecorderDialog(self._session, self._jobs, case_id, self._parent)
        dialog.saved.connect(self.saved.emit)
        self.dialog = dialog
        dialog.open()
        return dialog

    def discard(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.discard()  # it stored its recording at about_to_lock already
