"""The building blocks of the Tools menu's dialogs (``ui/tools.py``, ``ui/transfer_tools.py``):
``ToolDialog`` (a form, a Run button, a job with progress, a result and details), ``PathField``
(a path typed or chosen, with no folder history left behind) and ``SecretRows`` (a passphrase or
the recovery key), and the labels several of them show. See ``ui/tools.py`` for what the tools
must never do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crypto.secret import SecretStr
from evidence_app.model import RecordKind
from evidence_app.transfer import Outcome
from evidence_app.vault import Vault

from .enterkey import only_default
from .errors import explain, show_error
from .filedialogs import PathMode, ask_path
from .i18n import QT_TRANSLATE_NOOP, module_tr
from .jobs import JobRunner, Progress
from .passphrase import secret_field

VaultGetter = Callable[[], Vault]
BACKUP_SUFFIX = "evb"
TRANSFER_SUFFIX = "evt"
_CTX = "Tools"


def _tr(text: str) -> str:
    return module_tr(_CTX, text)


OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.ADDED: QT_TRANSLATE_NOOP("Tools", "New in this vault"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("Tools", "Already here, unchanged"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("Tools", "Updated to the package's version"),
    Outcome.KEPT: QT_TRANSLATE_NOOP("Tools", "Conflicts (this vault's version kept, the package's kept beside it)"),
    Outcome.MERGED: QT_TRANSLATE_NOOP("Tools", "History added"),
}
KIND_LABELS: dict[RecordKind, str] = {
    RecordKind.CASE: QT_TRANSLATE_NOOP("Tools", "cases"),
    RecordKind.PERSON: QT_TRANSLATE_NOOP("Tools", "persons"),
    RecordKind.TESTIMONY: QT_TRANSLATE_NOOP("Tools", "testimonies"),
    RecordKind.NOTE: QT_TRANSLATE_NOOP("Tools", "notes"),
    RecordKind.SITE: QT_TRANSLATE_NOOP("Tools", "sites"),
    RecordKind.MEDIA: QT_TRANSLATE_NOOP("Tools", "media items"),
}
# The keys of ``ExportSummary.counts``.
COUNT_LABELS: dict[str, str] = {
    "persons": QT_TRANSLATE_NOOP("Tools", "persons"),
    "testimonies": QT_TRANSLATE_NOOP("Tools", "testimonies"),
    "notes": QT_TRANSLATE_NOOP("Tools", "notes"),
    "sites": QT_TRANSLATE_NOOP("Tools", "sites"),
    "media": QT_TRANSLATE_NOOP("Tools", "media items"),
}


def _size(n: int) -> str:
    return QLocale().formattedDataSize(n)


# --- building blocks ---------------------------------------------------------------------------


class PathField(QWidget):
    """A path typed or chosen with Browse…; the picker never leaves a folder history behind."""

    def __init__(
        self, mode: PathMode, caption: str, accessible_name: str, parent: QWidget | None = None, suffix: str = ""
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.caption = caption
        self.suffix = suffix
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.setAccessibleName(self.tr("Browse for: {what}").format(what=accessible_name))
        self.browse_button.setAutoDefault(False)
        # Not in the Tab chain: a Tab from the path towards a passphrase must never land on
        # Browse, or a space in the passphrase opens the picker and the rest of the secret is
        # typed into it (and echoed in its error box). F4 in the field opens the picker instead.
        self.browse_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.browse_button.setToolTip(self.tr("Choose with the file picker (F4 in the field)"))
        self.browse_button.clicked.connect(self.browse)
        browse_key = QShortcut(QKeySequence(Qt.Key.Key_F4), self)
        browse_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        browse_key.activated.connect(self.browse)
        self.setFocusProxy(self.edit)  # a label's buddy (Alt+letter) lands in the text field
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse_button)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        # Typed relative paths are taken from the home folder, where the pickers start, not from
        # wherever the app happened to be launched.
        return (Path.home() / Path(text).expanduser()).resolve() if text else None

    def set_path(self, path: Path | str) -> None:
        self.edit.setText(str(path))

    def browse(self) -> QFileDialog:
        return ask_path(
            self, self.caption, self.mode, lambda paths: self.edit.setText(str(paths[0])), suffix=self.suffix
        )


class SecretRows:
    """Passphrase field, "use the recovery key instead" and "show what I type", added to a form."""

    def __init__(self, dialog: QDialog, form: QFormLayout, label: str, accessible_name: str) -> None:
        self.edit = secret_field(dialog, accessible_name)
        self.label = QLabel(label, dialog)
        self.label.setBuddy(self.edit)
        self.recovery_check = QCheckBox(_tr("Use the recovery &key instead"), dialog)
        self.show_check = QCheckBox(_tr("S&how what I type"), dialog)
        self.show_check.toggled.connect(
            lambda on: self.edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        )
        form.addRow(self.label, self.edit)
        form.addRow("", self.recovery_check)
        form.addRow("", self.show_check)

    @property
    def recovery(self) -> bool:
        return self.recovery_check.isChecked()

    def take(self) -> tuple[SecretStr | None, SecretStr | None]:
        """``(passphrase, recovery_key)``, one of them set; the field is emptied at once."""
        secret = SecretStr(self.edit.text())
        self.edit.clear()
        return (None, secret) if self.recovery else (secret, None)


class ToolDialog(QDialog):
    """A form, a Run button, a progress bar, a result text and a list of problems or details.

    ``succeeded`` carries the service's return value, ``failed`` the exception (after it was
    explained). Results of a job that ends after the dialog closed are dropped."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        name: str,
        title: str,
        intro: str,
        run_text: str,
        jobs: JobRunner,
        parent: QWidget | None = None,
        vault_busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.jobs = jobs
        self._vault_busy = vault_busy
        self._generation = 0
        self.busy = False
        self.error_folder: Path | None = None
        self.recovery_used = False
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.result_label = QLabel(self)
        self.result_label.setObjectName("toolResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details = QListWidget(self)
        self.details.setObjectName("toolDetails")
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setWordWrap(True)
        self.details.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.run_button = QPushButton(run_text, self)
        self.run_button.clicked.connect(self.start)
        self.buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        # While a job runs the run button is disabled and the focus may land on Close: Enter must
        # still never close the dialog (the job's result would be reported to nobody).
        only_default(self, self.run_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    # --- subclasses ----------------------------------------------------------------------------

    def start(self) -> bool:
        """Start the tool's job; False (with the reason shown) if it cannot start."""
        raise NotImplementedError

    def handle_failure(self, exc: Exception) -> bool:
        """Show a failure that is a result (a damaged backup, a bundle that does not verify)
        in the dialog; True if it was handled, else it goes to ``show_error``."""
        return False

    # --- helpers -------------------------------------------------------------------------------

    def tell(self, text: str, details: list[str] | None = None) -> None:
        self.result_label.setText(text)
        self.details.clear()
        for line in details or []:
            self.details.addItem(line)
        self.details.setVisible(bool(details))

    def run_job(
        self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None], working: str, determinate: bool = False
    ) -> bool:
        if self.busy:
            return False
        if self._vault_busy is not None and self._vault_busy():
            self.tell(
                self.tr(
                    "Another task is still running in this window (an import, an export or a "
                    "tool). Try again when it has finished."
                )
            )
            return False
        self.busy = True
        self.run_button.setEnabled(False)
        self.progress.setRange(0, 100 if determinate else 0)
        self.progress.setValue(0)
        self.progress.show()
        self.tell(working)
        generation = self._generation

        def finished(result: Any) -> None:
            if generation == self._generation:
                self._idle()
                on_done(result)
                self.succeeded.emit(result)

        def failed(exc: Exception) -> None:
            if generation != self._generation:
                return
            self._idle()
            if not self.handle_failure(exc):
                # The reason itself stays in the dialog after the message box is closed ("Could
                # not finish" alone left the researcher guessing which field was wrong).
                _title, message = explain(exc, self.error_folder, self.recovery_used)
                self.tell(self.tr("Not done: {message}").format(message=message))
                show_error(self, exc, self.error_folder, self.recovery_used)
            self.failed.emit(exc)

        def progress(percent: int, _message: str) -> None:
            if generation == self._generation and determinate and percent >= 0:
                self.progress.setValue(percent)

        self.jobs.start(fn, on_finished=finished, on_failed=failed, on_progress=progress)
        return True

    def _idle(self) -> None:
        self.busy = False
        self.run_button.setEnabled(True)
        self.progress.hide()

    def done(self, result: int) -> None:
        self._generation += 1  # a job still running reports to nobody
        super().done(result)
