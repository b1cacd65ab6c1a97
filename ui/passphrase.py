"""Choosing a passphrase: the fields shared by vault creation and passphrase change, and the
dialog that changes the passphrase of the open vault.

A change from the menu asks for the current passphrase first, so somebody who finds the laptop
unlocked cannot lock its owner out. After an unlock with the recovery key the app opens the same
dialog without that question (the recovery key already proved it), because a person who needed
the recovery key has most likely forgotten the passphrase.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crypto.secret import SecretStr
from evidence_app.errors import InvalidInput, WrongPassphrase
from evidence_app.strength import MIN_PASSPHRASE

from .enterkey import only_default
from .errors import explain, show_error
from .inline_error import error_label, show_inline_error
from .jobs import JobRunner, Progress
from .strength import MAX_SCORE, estimate

if TYPE_CHECKING:
    from evidence_app.vault import Vault  # types only: the vault loads after the unlock dialog (#18)


def secret_field(parent: QWidget, accessible_name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    # No drag out of the field and no context menu (copy/paste of the secret through the clipboard).
    edit.setDragEnabled(False)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return edit


def busy_bar(parent: QWidget, name: str) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # indeterminate: Argon2id gives no progress
    bar.setTextVisible(False)
    bar.setAccessibleName(name)
    bar.hide()
    return bar


class NewPassphraseFields(QWidget):
    """New passphrase typed twice, a show toggle and a zxcvbn strength meter. ``changed`` fires on
    every keystroke; ``acceptable`` says whether the two fields agree and are long enough."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase_edit = secret_field(self, self.tr("New passphrase"))
        self.confirm_edit = secret_field(self, self.tr("Repeat the passphrase"))
        self.show_check = QCheckBox(self.tr("&Show what I type"), self)
        self.show_check.toggled.connect(self._toggle_echo)
        self.strength_bar = QProgressBar(self)
        self.strength_bar.setRange(0, MAX_SCORE)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel(self)
        self.strength_label.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Use at least {n} characters. A sentence of four or more unusual words is strong and "
                "easy to remember. Nobody can reset a forgotten passphrase."
            ).format(n=MIN_PASSPHRASE),
            self,
        )
        self.hint.setWordWrap(True)
        self.match_label = QLabel(self)
        self.match_label.setWordWrap(True)
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.textChanged.connect(self._update)

        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("New &passphrase:"), self.passphrase_edit)
        self.form.addRow(self.tr("&Repeat passphrase:"), self.confirm_edit)
        self.form.addRow("", self.show_check)
        self.form.addRow(self.tr("Strength:"), self.strength_bar)
        self.form.addRow("", self.strength_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.match_label)
        self._update()

    def _toggle_echo(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)

    def _strength_text(self, passphrase: str, score: int, warning: str) -> str:
        """One rule, one message: below the minimum length it says how many characters are
        missing (and Create stays disabled); from there on zxcvbn's score and its warning, which
        are advice (Create is enabled, as the hint says)."""
        if not passphrase:
            return ""
        missing = MIN_PASSPHRASE - len(passphrase)
        if missing > 0 or not passphrase.strip():
            return self.tr("Too short: at least {n} characters ({missing} more).").format(
                n=MIN_PASSPHRASE, missing=max(missing, 1)
            )
        words = [self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong")]
        text = words[max(0, min(score, MAX_SCORE))]
        # zxcvbn's warning is English only; shown as it is rather than hidden.
        return f"{text}. {warning}" if warning else text

    def _update(self) -> None:
        passphrase = self.passphrase_edit.text()
        strength = estimate(passphrase)
        self.strength_bar.setValue(strength.score)
        text = self._strength_text(passphrase, strength.score, strength.warning)
        self.strength_label.setText(text)
        self.strength_bar.setAccessibleDescription(text)
        confirm = self.confirm_edit.text()
        matches = passphrase == confirm
        self.match_label.setText("" if matches or not confirm else self.tr("The two passphrases differ."))
        self.changed.emit()

    @property
    def acceptable(self) -> bool:
        passphrase = self.passphrase_edit.text()
        return len(passphrase) >= MIN_PASSPHRASE and bool(passphrase.strip()) and passphrase == self.confirm_edit.text()

    def secret(self) -> SecretStr:
        return SecretStr(self.passphrase_edit.text())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase_edit, self.confirm_edit, self.show_check):
            widget.setEnabled(not busy)

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.confirm_edit.clear()
        self.show_check.setChecked(False)


class ChangePassphraseDialog(QDialog):
    """Re-wraps the vault key under a new passphrase (only the header changes; nothing is
    re-encrypted). Emits ``changed`` after the new header is on disk."""

    changed = Signal()
    failed = Signal(object)

    def __init__(
        self, vault: Callable[[], Vault], jobs: JobRunner, after_recovery: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self._busy = False
        self._closing = False
        self.after_recovery = after_recovery
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change the passphrase"))
        if after_recovery:
            intro_text = self.tr(
                "You opened the vault with the recovery key. Choose a new passphrase now, so you do not "
                "need the key again. Your recovery key stays valid; keep the paper safe."
            )
        else:
            intro_text = self.tr(
                "Type your current passphrase, then the new one twice. Only the key that protects the vault is "
                "re-wrapped: this takes a second, and the recovery key stays valid."
            )
        self.intro = QLabel(intro_text, self)
        self.intro.setWordWrap(True)
        self.current_edit = secret_field(self, self.tr("Current passphrase"))
        self.current_edit.setVisible(not after_recovery)
        self.fields = NewPassphraseFields(self)
        if not after_recovery:
            self.fields.form.insertRow(0, self.tr("C&urrent passphrase:"), self.current_edit)
        self.error_label = error_label(self)
        self.progress = busy_bar(self, self.tr("Changing the passphrase"))

        self.buttons = QDialogButtonBox(self)
        self.change_button = QPushButton(self.tr("&Change passphrase"), self)
        self.change_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Not now") if after_recovery else self.tr("Cancel"), self)
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.change_button.clicked.connect(self.try_change)
        self.cancel_button.clicked.connect(self.reject)
        self.fields.changed.connect(self._update)
        self.current_edit.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        only_default(self, self.change_button)
        self._update()
        (self.fields.passphrase_edit if after_recovery else self.current_edit).setFocus()

    def _update(self) -> None:
        ready = self.fields.acceptable and not self._busy
        if not self.after_recovery:
            ready = ready and bool(self.current_edit.text())
        self.change_button.setEnabled(ready)

    def try_change(self) -> None:
        if self._busy or not self.change_button.isEnabled():
            return
        new = self.fields.secret()
        current = None if self.after_recovery else SecretStr(self.current_edit.text())
        vault = self._vault()

        def work(progress: Progress) -> None:
            progress(-1, "")
            if current is not None:
                vault.verify_passphrase(current)
            vault.change_passphrase(new)

        self._set_busy(True)
        self.error_label.hide()
        self._jobs.start(work, on_finished=self._done, on_failed=self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.current_edit.setEnabled(not busy)
        self.fields.set_busy(busy)
        self._update()

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.current_edit.clear()
        self.fields.clear()
        if not self._closing:
            self.accept()
        self.changed.emit()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self._inline(self.tr("That is not the current passphrase. Nothing was changed."))
            self.current_edit.selectAll()
            self.current_edit.setFocus()
        elif isinstance(exc, InvalidInput):
            self._inline(explain(exc)[1])
        else:
            show_error(self, exc)
        self.failed.emit(exc)

    def _inline(self, message: str) -> None:
        show_inline_error(self.error_label, message)

    def reject(self) -> None:
        if self._busy:
            return  # the header is being rewritten; closing now would hide whether it worked
        self._closing = True
        self.current_edit.clear()
        self.fields.clear()
        super().reject()
