"""Getting into the vault: the first-run dialog (create a vault), the one-time recovery key
dialog, and the unlock dialog.

Argon2id takes most of a second on purpose, so opening and creating run as background jobs; the
dialogs show a busy bar meanwhile and stay responsive. Passphrases go from the field straight
into a ``SecretStr`` and the field is emptied as soon as the job has its copy.

None of these dialogs calls ``exec()``: they are shown with ``open()``/``show()`` and report
through signals, so they can be driven in tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crypto.secret import SecretStr
from evidence_app.errors import EvidenceError, InvalidInput, WrongPassphrase
from evidence_app.vaultfiles import HEADER_NAME, failed_unlock_status

from .enterkey import only_default
from .errors import explain, show_error
from .fonts import key_font
from .inline_error import error_label, show_inline_error
from .jobs import JobRunner, Progress
from .passphrase import NewPassphraseFields, busy_bar, secret_field
from .wipe import QUICK_EXIT_SHORTCUT, WIPE_SHORTCUT

if TYPE_CHECKING:
    # evidence_app.vault (database, blob store, search, records: about a quarter of a second) is
    # imported by the background job that opens or creates a vault, so it never delays the
    # dialog's first showing (#18; tests/gui/test_start_imports.py checks).
    from evidence_app.vault import Vault


class UnlockDialog(QDialog):
    """Passphrase (or recovery key) in, open ``Vault`` out through ``unlocked``."""

    unlocked = Signal(object)  # Vault
    failed = Signal(object)  # the exception, after it was shown
    wipe_requested = Signal()  # the lock screen's panic wipe (the WipeDialog still asks)
    quick_exit_requested = Signal()

    def __init__(self, vault_dir: Path, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self._jobs = jobs
        self._busy = False
        self._closing = False
        self.setWindowTitle(self.tr("Unlock Evidence Vault"))
        self.setObjectName("unlockDialog")

        self.intro = QLabel(self.tr("Enter your passphrase to unlock the vault."), self)
        self.intro.setWordWrap(True)
        self.folder_label = QLabel(self.tr("Vault folder: {folder}").format(folder=vault_dir), self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)

        self.passphrase_edit = secret_field(self, self.tr("Passphrase"))
        self.secret_label = QLabel(self.tr("&Passphrase:"), self)
        self.secret_label.setBuddy(self.passphrase_edit)
        self.show_check = QCheckBox(self.tr("&Show what I type"), self)
        self.show_check.toggled.connect(self._toggle_echo)
        self.recovery_check = QCheckBox(self.tr("Use the recovery &key instead"), self)
        self.recovery_check.toggled.connect(self._toggle_recovery)

        self.error_label = error_label(self)
        # With a failed-unlock limit on: how many attempts are left before the one that wipes.
        self.attempts_label = error_label(self)
        self.attempts_label.setObjectName("attemptsLabel")
        self.attempts_label.setStyleSheet("QLabel#attemptsLabel { color: #8a4b00; font-weight: bold; }")
        self.progress = busy_bar(self, self.tr("Unlocking"))

        self.buttons = QDialogButtonBox(self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        # The panic wipe is on the lock screen too: that is where a researcher is when somebody
        # demands the laptop. Never the default button; the WipeDialog asks for the word WIPE.
        self.wipe_button = QPushButton(self.tr("&Wipe…"), self)
        self.wipe_button.setToolTip(self.tr("Destroy this vault for good (asks you to type WIPE first)"))
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button.clicked.connect(self.reject)
        self.wipe_button.clicked.connect(self.wipe_requested.emit)
        for sequence, signal in (
            (WIPE_SHORTCUT, self.wipe_requested),
            (QUICK_EXIT_SHORTCUT, self.quick_exit_requested),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(signal.emit)
        self.passphrase_edit.returnPressed.connect(self.try_unlock)

        form = QFormLayout()
        form.addRow(self.secret_label, self.passphrase_edit)
        form.addRow("", self.show_check)
        form.addRow("", self.recovery_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.folder_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.attempts_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        only_default(self, self.unlock_button)
        self.update_attempts_warning()
        self.passphrase_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter means Unlock wherever the focus is (also on Quit or Wipe…, which take Space), and
        # nothing while an unlock is already running. Never Quit.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.try_unlock()
            return
        super().keyPressEvent(event)

    def update_attempts_warning(self) -> None:
        """Read the header (no key needed) and say how many failed unlocks are left before the
        vault is wiped, once there has been a failed one; hidden when the limit is off."""
        try:
            failures, limit = failed_unlock_status(self.vault_dir)
        except (EvidenceError, OSError):
            failures, limit = 0, 0
        left = limit - failures
        if not limit or not failures or left <= 0:
            self.attempts_label.hide()
            return
        if left == 1:
            message = self.tr(
                "Warning: {failures} failed unlocks since the last unlock. The next failed unlock wipes "
                "this vault for good."
            ).format(failures=failures)
        else:
            message = self.tr(
                "Warning: {failures} of {limit} failed unlocks since the last unlock. After {left} more "
                "failed unlocks this vault is wiped for good."
            ).format(failures=failures, limit=limit, left=left)
        show_inline_error(self.attempts_label, message)

    # --- modes ---------------------------------------------------------------------------------

    @property
    def using_recovery_key(self) -> bool:
        return self.recovery_check.isChecked()

    def _toggle_echo(self, show: bool) -> None:
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password)

    def _toggle_recovery(self, recovery: bool) -> None:
        self.passphrase_edit.clear()
        self.error_label.hide()
        if recovery:
            self.secret_label.setText(self.tr("&Recovery key:"))
            self.passphrase_edit.setAccessibleName(self.tr("Recovery key"))
            self.passphrase_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
            self.intro.setText(self.tr("Type the recovery key you wrote down when the vault was created."))
        else:
            self.secret_label.setText(self.tr("&Passphrase:"))
            self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
            self.passphrase_edit.setPlaceholderText("")
            self.intro.setText(self.tr("Enter your passphrase to unlock the vault."))
        self.passphrase_edit.setFocus()

    # --- unlocking -----------------------------------------------------------------------------

    def try_unlock(self) -> None:
        if self._busy:
            return
        typed = self.passphrase_edit.text()
        if not typed:
            self._show_inline(
                self.tr("Type your recovery key first.")
                if self.using_recovery_key
                else self.tr("Type your passphrase first.")
            )
            return
        secret = SecretStr(typed)
        del typed
        recovery = self.using_recovery_key
        root = self.vault_dir

        def work(progress: Progress) -> Vault:
            from evidence_app.vault import Vault  # in the job, beside Argon2: see the imports

            progress(-1, "")
            if recovery:
                return Vault.open(root, recovery_key=secret)
            return Vault.open(root, passphrase=secret)

        self._set_busy(True)
        self.error_label.hide()
        self._jobs.start(work, on_finished=self._opened, on_failed=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        # The passphrase field only turns read-only: disabling it would move the focus (to Quit,
        # in a real window) in the middle of the Enter key press that started the unlock.
        self.passphrase_edit.setReadOnly(busy)
        for widget in (self.unlock_button, self.recovery_check, self.show_check, self.wipe_button):
            widget.setEnabled(not busy)

    def _show_inline(self, message: str) -> None:
        show_inline_error(self.error_label, message)

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        if self._closing:
            vault.close()
            return
        self.passphrase_edit.clear()
        self.error_label.hide()
        self.accept()
        self.unlocked.emit(vault)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.update_attempts_warning()
        if isinstance(exc, WrongPassphrase) and not (self.vault_dir / HEADER_NAME).exists():
            # The failed-unlock limit was reached: the attempt wiped the vault (as the CLI says).
            self._show_inline(
                self.tr(
                    "That was the last failed unlock the limit allows: the vault has been wiped. Only a backup, "
                    "opened with its passphrase or the paper recovery key, brings it back."
                )
            )
        elif isinstance(exc, WrongPassphrase):
            self._show_inline(explain(exc, self.vault_dir, self.using_recovery_key)[1])
            self.passphrase_edit.selectAll()
            self.passphrase_edit.setFocus()
        else:
            self.error_label.hide()
            show_error(self, exc, self.vault_dir)
        self.failed.emit(exc)

    def reject(self) -> None:
        self._closing = True
        self.passphrase_edit.clear()
        super().reject()

    def reset(self) -> None:
        """Ready for another unlock (the dialog is reused after each lock)."""
        self._closing = False
        self.passphrase_edit.clear()
        self.error_label.hide()
        self.recovery_check.setChecked(False)
        self.show_check.setChecked(False)
        self.update_attempts_warning()
        self.passphrase_edit.setFocus()


class FirstRunDialog(QDialog):
    """Creates a vault: author, passphrase twice with a strength hint. Emits ``created`` with the
    open vault and its recovery key, which the caller shows once in ``RecoveryKeyDialog``."""

    created = Signal(object, object)  # Vault, SecretStr (recovery key)
    failed = Signal(object)

    def __init__(self, vault_dir: Path, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self._jobs = jobs
        self._busy = False
        self._closing = False
        self.setWindowTitle(self.tr("Create an Evidence Vault"))
        self.setObjectName("firstRunDialog")

        intro = QLabel(
            self.tr(
                "There is no vault yet. Create one: everything you record is encrypted with a key that "
                "only your passphrase (or the recovery key shown next) can unlock."
            ),
            self,
        )
        intro.setWordWrap(True)
        folder = QLabel(self.tr("Vault folder: {folder}").format(folder=vault_dir), self)
        folder.setWordWrap(True)
        folder.setTextFormat(Qt.TextFormat.PlainText)

        self.author_edit = QLineEdit(self)
        self.author_edit.setAccessibleName(self.tr("Your name"))
        self.author_edit.setPlaceholderText(self.tr("Recorded with every change, e.g. initials"))
        self.fields = NewPassphraseFields(self)
        # Aliases kept for callers and tests that address the fields directly.
        self.passphrase_edit = self.fields.passphrase_edit
        self.confirm_edit = self.fields.confirm_edit
        self.show_check = self.fields.show_check
        self.strength_bar = self.fields.strength_bar
        self.strength_label = self.fields.strength_label
        self.match_label = self.fields.match_label

        self.error_label = error_label(self)
        self.progress = busy_bar(self, self.tr("Creating the vault"))

        self.buttons = QDialogButtonBox(self)
        self.create_button = QPushButton(self.tr("&Create vault"), self)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.clicked.connect(self.try_create)
        self.quit_button.clicked.connect(self.reject)
        self.author_edit.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.author_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        only_default(self, self.create_button)
        self._update()
        self.author_edit.setFocus()

    def _update(self) -> None:
        if not hasattr(self, "create_button"):
            return  # the fields report their first state while the dialog is still being built
        ready = self.fields.acceptable and bool(self.author_edit.text().strip()) and not self._busy
        self.create_button.setEnabled(ready)

    def try_create(self) -> None:
        if self._busy or not self.create_button.isEnabled():
            return
        secret = self.fields.secret()
        author = self.author_edit.text().strip()
        root = self.vault_dir

        def work(progress: Progress) -> tuple[Vault, SecretStr]:
            from evidence_app.vault import Vault  # in the job, beside Argon2: see the imports

            progress(-1, "")
            return Vault.create(root, secret, author=author)

        self._set_busy(True)
        self.error_label.hide()
        self._jobs.start(work, on_finished=self._done, on_failed=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.author_edit.setEnabled(not busy)
        self.fields.set_busy(busy)
        self._update()

    def _done(self, result: tuple[Vault, SecretStr]) -> None:
        vault, recovery_key = result
        self._set_busy(False)
        if self._closing:
            vault.close()
            return
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.accept()
        self.created.emit(vault, recovery_key)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, InvalidInput):
            show_inline_error(self.error_label, explain(exc)[1])
        else:
            show_error(self, exc, self.vault_dir)
        self.failed.emit(exc)

    def reject(self) -> None:
        self._closing = True
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        super().reject()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once. It cannot be dismissed until the person confirms they wrote
    it down. The key is not selectable (no clipboard copy) and is wiped from the label after."""

    confirmed = Signal()

    def __init__(self, recovery_key: SecretStr, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setObjectName("recoveryKeyDialog")
        intro = QLabel(
            self.tr(
                "This is your recovery key. It is shown only this once and is stored nowhere.\n\n"
                "Write it on paper now and keep the paper somewhere safe, away from this computer. If you "
                "forget your passphrase, only this key can open the vault; nobody can recover it for you."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.key_label = QLabel(recovery_key.reveal(), self)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        # A monospace font with a slashed zero (bundled): 0 and O are never mistaken on paper.
        self.key_label.setFont(key_font(max(self.font().pointSize(), 10) + 4))
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self._key: SecretStr | None = recovery_key
        # To a printer only (ui/recovery_print.py: no print-to-file, no copy on the disk).
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_key)
        self.print_status = QLabel(self)
        self.print_status.setWordWrap(True)
        self.print_status.hide()

        self.written_check = QCheckBox(self.tr("I have &written down the recovery key"), self)
        self.continue_button = QPushButton(self.tr("&Continue"), self)
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.written_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.confirm)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(self.written_check)
        layout.addWidget(self.print_status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        only_default(self, self.continue_button)
        self.written_check.setFocus()

    def print_key(self) -> bool:
        if self._key is None:
            return False
        from . import recovery_print  # QtPrintSupport on first use, not before the first dialog (#18)

        if not recovery_print.has_printer():
            self.print_status.setText(recovery_print.no_printer_text())
            self.print_status.show()
            return False
        printed = recovery_print.print_key(self._key, self)
        self.print_status.setVisible(printed)
        self.print_status.setText(
            self.tr("Sent to the printer. Check the page before you tick the box.") if printed else ""
        )
        return printed

    def confirm(self) -> None:
        if not self.written_check.isChecked():
            return
        self._key = None
        self.key_label.clear()
        self.key_label.setAccessibleName("")
        self.accept()
        self.confirmed.emit()

    def reject(self) -> None:
        # Escape or the window's close button must not skip the confirmation.
        if self.written_check.isChecked():
            self.confirm()
