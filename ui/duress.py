"""Preferences > Duress passphrase: set (or remove) a second passphrase that opens a decoy vault
and crypto-erases this one (evidence_app/duress.py). Asks for the current passphrase first, as a
passphrase change does: someone who finds the laptop unlocked must not plant one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crypto.secret import SecretStr
from evidence_app.duress import duress_is_set, remove_duress, setup_duress
from evidence_app.errors import InvalidInput, WrongPassphrase
from evidence_app.vault import Vault

from .desktop import start_app_window
from .enterkey import only_default
from .errors import explain, show_error
from .filedialogs import PathMode, ask_path
from .inline_error import error_label, show_inline_error
from .jobs import JobRunner, Progress
from .passphrase import NewPassphraseFields, busy_bar, secret_field


class DuressDialog(QDialog):
    """Emits ``completed`` with a sentence for the status bar after the header is on disk."""

    completed = Signal(str)
    failed = Signal(object)

    def __init__(self, vault: Callable[[], Vault], jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._busy = False
        self.setObjectName("duressDialog")
        self.setWindowTitle(self.tr("Duress passphrase"))
        self.intro = QLabel(
            self.tr(
                "A duress passphrase is a second passphrase for when you are forced to unlock. It opens a "
                "decoy vault with harmless content and, at the same moment, destroys this vault for good: "
                "only a backup made before, opened with your real passphrase or the recovery key, brings "
                "it back.\n\nPrepare the decoy first as a separate vault whose passphrase is the duress "
                "passphrase: New decoy vault… opens one in a second window, on an empty folder you choose. "
                "Add harmless cases there, close that window, then set the duress passphrase here with that "
                "folder. It is packed into this vault and its folder is then wiped. Without a decoy folder "
                "the decoy is an empty vault."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.current_edit = secret_field(self, self.tr("Current passphrase"))
        self.fields = NewPassphraseFields(self)
        self.fields.form.insertRow(0, self.tr("C&urrent passphrase:"), self.current_edit)
        self.decoy_edit = QLineEdit(self)
        self.decoy_edit.setAccessibleName(self.tr("Decoy vault folder"))
        self.decoy_edit.setPlaceholderText(self.tr("Empty: an empty decoy vault"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.clicked.connect(self._choose)
        decoy_row = QHBoxLayout()
        decoy_row.addWidget(self.decoy_edit)
        decoy_row.addWidget(self.choose_button)
        self.new_decoy_button = QPushButton(self.tr("&New decoy vault…"), self)
        self.new_decoy_button.clicked.connect(self._new_decoy)
        decoy_row.addWidget(self.new_decoy_button)
        decoy_label = QLabel(self.tr("&Decoy vault:"), self)
        decoy_label.setBuddy(self.decoy_edit)  # Alt+D reaches the field inside the row
        self.fields.form.addRow(decoy_label, decoy_row)
        self.error_label = error_label(self)
        self.progress = busy_bar(self, self.tr("Setting the duress passphrase"))

        self.buttons = QDialogButtonBox(self)
        self.set_button = QPushButton(self.tr("S&et duress passphrase"), self)
        self.set_button.setDefault(True)
        self.remove_button = QPushButton(self.tr("Re&move it"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.buttons.addButton(self.set_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.set_button.clicked.connect(self.try_set)
        self.remove_button.clicked.connect(self.try_remove)
        self.cancel_button.clicked.connect(self.reject)
        self.fields.changed.connect(self._update)
        self.current_edit.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.status_label)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        only_default(self, self.set_button)
        self._is_set = False
        try:
            self._is_set = duress_is_set(vault())
        except Exception:  # locked meanwhile: the dialog is closed by the lock anyway
            self._is_set = False
        self.status_label.setText(
            self.tr("A duress passphrase is set. Setting a new one replaces it and its decoy.")
            if self._is_set
            else self.tr("No duress passphrase is set.")
        )
        self._update()
        self.current_edit.setFocus()

    def _choose(self) -> None:
        ask_path(
            self,
            self.tr("Choose the decoy vault folder"),
            PathMode.FOLDER,
            lambda paths: self.decoy_edit.setText(str(paths[0])) if paths else None,
        )

    def _new_decoy(self) -> None:
        ask_path(self, self.tr("Choose an empty folder for the decoy vault"), PathMode.FOLDER, self._start_decoy)

    def _start_decoy(self, paths: list[Path]) -> None:
        if not paths:
            return
        folder = paths[0]
        if folder.is_dir() and any(folder.iterdir()) and not (folder / "vault.header").exists():
            show_inline_error(
                self.error_label, self.tr("That folder is not empty. Choose an empty folder for the decoy vault.")
            )
            return
        self.error_label.hide()
        self.decoy_edit.setText(str(folder))
        if not start_app_window(folder):
            show_inline_error(self.error_label, self.tr("A second window could not be started."))

    def _update(self) -> None:
        current = bool(self.current_edit.text())
        self.set_button.setEnabled(self.fields.acceptable and current and not self._busy)
        self.remove_button.setEnabled(self._is_set and current and not self._busy)

    def _run(self, work: Callable[[Vault], str]) -> None:
        current = SecretStr(self.current_edit.text())
        vault = self._vault()

        def job(progress: Progress) -> str:
            progress(-1, "")
            vault.verify_passphrase(current)
            return work(vault)

        self._set_busy(True)
        self.error_label.hide()
        self._jobs.start(job, on_finished=self._done, on_failed=self._failed)

    def try_set(self) -> None:
        if self._busy or not self.set_button.isEnabled():
            return
        secret = self.fields.secret()
        folder = self.decoy_edit.text().strip()
        decoy = Path(folder) if folder else None
        message = self.tr("The duress passphrase is set.")

        def work(vault: Vault) -> str:
            setup_duress(vault, secret, decoy)
            return message

        self._run(work)

    def try_remove(self) -> None:
        if self._busy or not self.remove_button.isEnabled():
            return
        message = self.tr("The duress passphrase was removed.")

        def work(vault: Vault) -> str:
            remove_duress(vault)
            return message

        self._run(work)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for widget in (self.current_edit, self.decoy_edit, self.choose_button, self.new_decoy_button):
            widget.setEnabled(not busy)
        self.fields.set_busy(busy)
        self._update()

    def _done(self, message: str) -> None:
        self._set_busy(False)
        self.current_edit.clear()
        self.fields.clear()
        self.accept()
        self.completed.emit(message)

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

    def reject(self) -> None:
        if self._busy:
            return  # the header is being rewritten; closing now would hide whether it worked
        self.current_edit.clear()
        self.fields.clear()
        super().reject()
