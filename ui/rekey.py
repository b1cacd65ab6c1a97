"""Vault > Re-key vault… and Vault > New recovery key…: the desktop side of ``evidence-app rekey``
and ``evidence-app recovery-key rotate`` (evidence_app/rekey.py does the work).

Both ask for the current passphrase first (somebody who finds the laptop unlocked must not be able
to lock its owner out), run in a job (a re-key re-encrypts the whole database), and hand the new
recovery key to the app, which shows it once in ``RecoveryKeyDialog``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crypto.secret import SecretStr
from evidence_app.errors import InvalidInput, WrongPassphrase

from .enterkey import only_default
from .errors import explain, show_error
from .inline_error import error_label, show_inline_error
from .jobs import JobRunner, Progress
from .passphrase import NewPassphraseFields, busy_bar, secret_field

if TYPE_CHECKING:
    from evidence_app.vault import Vault  # types only: the vault loads after the unlock dialog (#18)


class RekeyDialog(QDialog):
    """``rotate_only`` False: a new vault key (new passphrase, which may be the same, and a new
    recovery key). True: only a new recovery key. ``rekeyed`` carries the new recovery key."""

    rekeyed = Signal(object)
    failed = Signal(object)

    def __init__(
        self, vault: Callable[[], Vault], jobs: JobRunner, rotate_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._busy = False
        self.rotate_only = rotate_only
        self.setObjectName("recoveryKeyRotateDialog" if rotate_only else "rekeyDialog")
        if rotate_only:
            self.setWindowTitle(self.tr("New recovery key"))
            text = self.tr(
                "Makes a new recovery key and shows it once. The old recovery key stops opening this vault "
                "(write the new one on paper and destroy the old paper). Copies of the vault made before, and "
                "backups, still open with the old key: use Re-key vault for old copies, and destroy old backups."
            )
        else:
            self.setWindowTitle(self.tr("Re-key the vault"))
            text = self.tr(
                "Makes a new key for the whole vault and re-encrypts the database with it. Use it when an old "
                "copy of the vault folder or an old passphrase may be in someone else's hands: after this, old "
                "copies of the vault's key file open nothing, even with the old passphrase.\n\nYou get a new "
                "recovery key (shown once; the old paper stops working). The new passphrase may be the same as "
                "the current one. Backups made before stay readable with their old passphrase and key: destroy "
                "them. This can take a minute for a large vault; if the computer stops during it, the vault "
                "opens with the old or the new passphrase."
            )
        self.intro = QLabel(text, self)
        self.intro.setWordWrap(True)
        self.current_edit = secret_field(self, self.tr("Current passphrase"))
        self.fields = NewPassphraseFields(self)
        self.fields.setVisible(not rotate_only)
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase:"), self.current_edit)
        self.error_label = error_label(self)
        self.progress = busy_bar(self, self.windowTitle())

        self.buttons = QDialogButtonBox(self)
        self.run_button = QPushButton(
            self.tr("&Make a new recovery key") if rotate_only else self.tr("Re-&key the vault"), self
        )
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.reject)
        self.fields.changed.connect(self._update)
        self.current_edit.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        only_default(self, self.run_button)
        self._update()
        self.current_edit.setFocus()

    def _update(self) -> None:
        ready = bool(self.current_edit.text()) and not self._busy
        if not self.rotate_only:
            ready = ready and self.fields.acceptable
        self.run_button.setEnabled(ready)

    def run(self) -> None:
        if self._busy or not self.run_button.isEnabled():
            return
        current = SecretStr(self.current_edit.text())
        new = None if self.rotate_only else self.fields.secret()
        vault = self._vault()

        def work(progress: Progress) -> SecretStr:
            progress(-1, "")
            vault.verify_passphrase(current)
            return vault.rotate_recovery_key() if new is None else vault.rekey(new)

        self._set_busy(True)
        self.error_label.hide()
        self._jobs.start(work, on_finished=self._finished, on_failed=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.current_edit.setEnabled(not busy)
        self.fields.set_busy(busy)
        self._update()

    def _finished(self, key: object) -> None:
        self._set_busy(False)
        self._clear()
        self.accept()
        self.rekeyed.emit(key)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            show_inline_error(self.error_label, self.tr("That is not the current passphrase. Nothing was changed."))
            self.current_edit.selectAll()
            self.current_edit.setFocus()
        elif isinstance(exc, InvalidInput):
            show_inline_error(self.error_label, explain(exc)[1])
        else:
            show_error(self, exc)
        self.failed.emit(exc)

    def _clear(self) -> None:
        self.current_edit.clear()
        self.fields.clear()

    def reject(self) -> None:
        if self._busy:
            return  # the vault is being re-keyed; closing now would hide whether it worked
        self._clear()
        super().reject()
