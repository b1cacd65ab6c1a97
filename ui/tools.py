"""The vault tools of the command line, in the desktop app (the Tools menu): check the vault, back
it up, check and restore a backup, verify a dossier bundle, and team transfer (export a case for a
colleague, import a colleague's package, show this vault's signing fingerprint).

Each tool calls the evidence_app service its CLI command calls; nothing here checks, parses or
encrypts anything itself. Work that touches the disk or runs Argon2id is a job on the window's
``JobRunner``, so the window stays responsive and locking waits for it.

What must never happen:

* a folder or file name chosen in a file picker reaching Qt's own settings (QtProject.conf keeps
  a folder history in plain text, and names of folders and files are often names of cases, places
  and people): pickers are Qt's non-native dialog, emptied of history before it is destroyed by
  ``ui.filedialogs``;
* a passphrase staying in a field after its job has its ``SecretStr`` copy;
* two jobs using the open vault at once (a backup copying the database while an import writes it
  would save a torn file): a vault tool starts only when the window's job runner is idle.

Dialogs take every path in a text field (Browse… only fills the field), so they can be driven in
tests and by keyboard.

Why this is still one file (about 1k lines): eight small dialogs (50 to 100 lines each) on one
``ToolDialog`` base with ``PathField`` and ``SecretRows``, plus the menu wiring; one file keeps the
file-picker rule above in one place. The split: a ``ui/tools/`` package with ``base.py``
(ToolDialog, PathField, SecretRows), ``vault_tools.py`` (check, backup, check backup, restore),
``bundle.py`` (verify a dossier), ``transfer.py`` (export, import, fingerprint) and ``actions.py``
(ToolActions, add_tool_actions).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crypto.secret import SecretStr
from evidence_app import backup
from evidence_app import transfer as team_transfer
from evidence_app.errors import IntegrityError, InvalidInput, VaultCorrupt
from evidence_app.export import verify as bundle_verify
from evidence_app.export.errors import BundleInvalid
from evidence_app.model import CheckReport, RecordKind
from evidence_app.transfer import ExportSummary, ImportReport, Outcome
from evidence_app.transfer.trust import shown as shown_fingerprint
from evidence_app.vault import Vault

from .enterkey import only_default
from .errors import explain, sentence, show_error
from .filedialogs import PathMode, ask_path
from .i18n import QT_TRANSLATE_NOOP, module_tr
from .jobs import JobRunner, Progress
from .passphrase import secret_field
from .session import Session

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
                title, _message = explain(exc, self.error_folder, self.recovery_used)
                self.tell(self.tr("Not done: {reason}.").format(reason=title))
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


# --- the vault ---------------------------------------------------------------------------------


class CheckVaultDialog(ToolDialog):
    def __init__(
        self,
        vault: VaultGetter,
        jobs: JobRunner,
        parent: QWidget | None = None,
        vault_busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(
            "checkVaultDialog",
            _tr("Check the vault"),
            _tr(
                "Checks the vault header, the database, every stored media file and the custody log. "
                "Nothing is changed."
            ),
            _tr("&Check now"),
            jobs,
            parent,
            vault_busy,
        )
        self.vault = vault
        self.report: CheckReport | None = None

    def start(self) -> bool:
        vault = self.vault()
        return self.run_job(
            lambda _p: vault.check(), self._show, self.tr("Checking every file of the vault… this can take a while.")
        )

    def _show(self, report: CheckReport) -> None:
        self.report = report
        if report.ok:
            self.tell(
                self.tr("All good: the vault passed every check ({checked}).").format(checked=", ".join(report.checked))
            )
            return
        self.tell(
            self.tr(
                "The check found {n} problem(s), listed below. Do not change the files in the vault folder. "
                "Restore the vault from your latest backup (Tools > Restore a backup…), or show this list to "
                "your technical contact."
            ).format(n=len(report.problems)),
            list(report.problems),
        )


class BackupDialog(ToolDialog):
    def __init__(
        self,
        vault: VaultGetter,
        jobs: JobRunner,
        parent: QWidget | None = None,
        vault_busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(
            "backupDialog",
            _tr("Back up the vault"),
            _tr(
                "Writes the whole vault to one encrypted file. The vault's passphrase or its recovery key "
                "opens it. Keep backups on another drive, away from this computer."
            ),
            _tr("&Back up"),
            jobs,
            parent,
            vault_busy,
        )
        self.vault = vault
        self.out = PathField(
            PathMode.SAVE_FILE, self.tr("Save the backup as"), self.tr("Backup file to write"), self, BACKUP_SUFFIX
        )
        label = QLabel(self.tr("&Save the backup as:"), self)
        label.setBuddy(self.out.edit)
        self.form.addRow(label, self.out)

    def start(self) -> bool:
        out = self.out.path()
        if out is None:
            self.tell(self.tr("Choose the file to write the backup to (a new file)."))
            return False
        vault = self.vault()
        self.error_folder = out.parent

        def work(progress: Progress) -> tuple[Path, int]:
            written = backup.write_backup(vault, out, lambda done, total: progress(done * 100 // max(total, 1), ""))
            return written, written.stat().st_size

        return self.run_job(work, self._show, self.tr("Writing the backup…"), determinate=True)

    def _show(self, result: tuple[Path, int]) -> None:
        path, size = result
        self.tell(
            self.tr(
                "The backup was written to:\n{path}\nSize: {size}.\n\nIt is encrypted; the vault's passphrase or "
                "recovery key opens it. Check it now and then with Tools > Check a backup…"
            ).format(path=path, size=_size(size))
        )


class _BackupReader(ToolDialog):
    """Shared by checking and restoring a backup: the backup file and the secret that opens it."""

    def __init__(
        self, name: str, title: str, intro: str, run_text: str, jobs: JobRunner, parent: QWidget | None
    ) -> None:
        super().__init__(name, title, intro, run_text, jobs, parent)
        self.file = PathField(PathMode.OPEN_FILE, self.tr("Choose a backup file"), self.tr("Backup file"), self)
        label = QLabel(self.tr("&Backup file:"), self)
        label.setBuddy(self.file.edit)
        self.form.addRow(label, self.file)

    def add_secret(self) -> None:
        self.secret = SecretRows(
            self, self.form, self.tr("&Passphrase:"), self.tr("Passphrase the vault had when the backup was made")
        )
        self.secret.edit.setToolTip(self.tr("The passphrase the vault had when the backup was made"))
        # Secrets first: the dialog opens in the passphrase field and Tab goes on to the paths.
        chain = [self.secret.edit, self.secret.recovery_check, self.secret.show_check, self.file.edit]
        folder = getattr(self, "folder", None)
        if isinstance(folder, PathField):
            chain.append(folder.edit)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.secret.edit.setFocus()

    def inputs(self) -> tuple[Path, SecretStr | None, SecretStr | None] | None:
        source = self.file.path()
        if source is None:
            self.tell(self.tr("Choose the backup file."))
            return None
        if not self.secret.edit.text():
            self.tell(
                self.tr(
                    "Type the passphrase the vault had when the backup was made, or tick "
                    '"Use the recovery key instead" and type the recovery key.'
                )
            )
            return None
        self.recovery_used = self.secret.recovery
        passphrase, recovery_key = self.secret.take()
        return source, passphrase, recovery_key

    def handle_failure(self, exc: Exception) -> bool:
        if isinstance(exc, (VaultCorrupt, IntegrityError)):
            self.tell(
                self.tr(
                    "This backup did not pass the check: {reason} Do not rely on it: make a new backup of the "
                    "vault now and keep the damaged file only for your technical contact."
                ).format(reason=sentence(str(exc)) or explain(exc)[1])
            )
            return True
        return False


class CheckBackupDialog(_BackupReader):
    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            "checkBackupDialog",
            _tr("Check a backup"),
            _tr("Decrypts a backup in memory and compares every file in it with its checksum. Nothing is written."),
            _tr("&Check the backup"),
            jobs,
            parent,
        )
        self.add_secret()

    def start(self) -> bool:
        given = self.inputs()
        if given is None:
            return False
        source, passphrase, recovery_key = given
        self.error_folder = source.parent
        return self.run_job(
            lambda _p: backup.check_backup(source, passphrase, recovery_key),
            self._show,
            self.tr("Checking the backup…"),
        )

    def _show(self, info: backup.BackupInfo) -> None:
        self.tell(
            self.tr(
                "The backup is sound: every one of its {files} files matches its checksum ({blobs} of them are "
                "media files).\nVault {vault}, backed up {created}."
            ).format(files=info.files, blobs=info.blobs, vault=info.vault_id, created=info.created)
        )


class RestoreDialog(_BackupReader):
    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            "restoreDialog",
            _tr("Restore a backup"),
            _tr("Restores a backup into a new, empty folder. The vault open now is not touched."),
            _tr("&Restore"),
            jobs,
            parent,
        )
        self.folder = PathField(
            PathMode.FOLDER, self.tr("Choose a new, empty folder"), self.tr("New vault folder"), self
        )
        label = QLabel(self.tr("&New vault folder:"), self)
        label.setBuddy(self.folder.edit)
        self.form.addRow(label, self.folder)
        self.add_secret()

    def start(self) -> bool:
        target = self.folder.path()
        if target is None:
            self.tell(self.tr("Choose a new, empty folder for the restored vault."))
            return False
        given = self.inputs()
        if given is None:
            return False
        source, passphrase, recovery_key = given
        self.error_folder = target
        return self.run_job(
            lambda _p: backup.restore_backup(source, target, passphrase, recovery_key),
            lambda info: self._show(info, target),
            self.tr("Checking and restoring the backup…"),
        )

    def _show(self, info: backup.BackupInfo, target: Path) -> None:
        self.tell(
            self.tr(
                "The vault was restored to:\n{folder}\n(backup made {created}, {files} files checked).\n\n"
                "Evidence Vault opens one vault folder at a time, so this window stays on your current vault. "
                "To work in the restored one, quit and start the app with its folder:\n"
                'evidence-app --vault "{folder}"\n'
                "It opens with the passphrase or recovery key you just used."
            ).format(folder=target, created=info.created, files=info.files)
        )


# --- bundles -----------------------------------------------------------------------------------


class VerifyBundleDialog(ToolDialog):
    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            "verifyBundleDialog",
            _tr("Verify a bundle"),
            _tr(
                "Checks a dossier bundle as its recipient would: its files, their checksums and the "
                "signature. It needs no vault; an encrypted bundle (.age) is decrypted in memory only."
            ),
            _tr("&Verify"),
            jobs,
            parent,
        )
        self.bundle = PathField(PathMode.OPEN_FILE, self.tr("Choose a bundle"), self.tr("Bundle file"), self)
        self.identity = PathField(
            PathMode.OPEN_FILE,
            self.tr("Choose your age identity file"),
            self.tr("Age identity file, for encrypted bundles"),
            self,
        )
        self.signer_edit = QLineEdit(self)
        self.signer_edit.setAccessibleName(self.tr("Expected signer fingerprint (optional)"))
        for text, field in (
            (self.tr("&Bundle (.zip or .age):"), self.bundle),
            (self.tr("&Identity file (for .age):"), self.identity),
            (self.tr("&Expected signer (optional):"), self.signer_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field.edit if isinstance(field, PathField) else field)
            self.form.addRow(label, field)
        self.verified: bundle_verify.VerifyResult | None = None
        self.expected: str | None = None

    def start(self) -> bool:
        path = self.bundle.path()
        if path is None:
            self.tell(self.tr("Choose the bundle to verify."))
            return False
        identity = self.identity.path()
        expected = self.signer_edit.text().strip() or None

        def work(_p: Progress) -> bundle_verify.VerifyResult | None:
            if identity is None and bundle_verify.is_encrypted(path):
                return None  # asked for below, in the app's words (the service's names a CLI option)
            identities = []
            if identity is not None:
                try:
                    identities = bundle_verify.read_identities(identity)
                except BundleInvalid as exc:  # the reader's own key file, not the bundle, is at fault
                    raise InvalidInput(f"your identity file {identity.name} could not be read: {exc}") from None
            return bundle_verify.verify_bundle(path, identities, expected)

        self.expected = expected
        return self.run_job(work, self._show, self.tr("Verifying the bundle…"))

    def _show(self, result: bundle_verify.VerifyResult | None) -> None:
        self.verified = result
        if result is None:
            self.tell(
                self.tr(
                    "This bundle is encrypted. Choose the age identity file it was encrypted to "
                    "(your key file), then verify again."
                )
            )
            return
        lines = [
            self.tr("The bundle verified: {n} file(s), {size}, match the manifests and the signature is valid.").format(
                n=result.payload_files, size=_size(result.payload_bytes)
            ),
            self.tr("Signer fingerprint:\n{fp}").format(fp=result.fingerprint),
        ]
        if result.encrypted:
            lines.append(self.tr("It was decrypted in memory only; nothing was written."))
        if self.expected is not None:
            lines.append(self.tr("It is signed by the key you expected."))
        else:
            lines.append(
                self.tr(
                    "Compare this fingerprint with the one the sender gave you by another channel "
                    "(a call, in person). If they differ, do not trust the bundle."
                )
            )
        self.tell(
            "\n\n".join(lines),
            [
                self.tr("Bag: {top}").format(top=result.top),
                self.tr("Format: {fmt}").format(fmt=result.export_format),
                self.tr("Bagged on: {date}").format(date=result.bagging_date),
            ],
        )

    def handle_failure(self, exc: Exception) -> bool:
        if isinstance(exc, BundleInvalid):
            self.verified = None
            self.tell(
                self.tr(
                    "The bundle did NOT verify: {reason} Do not trust its contents; ask the sender for a new copy."
                ).format(reason=sentence(str(exc)))
            )
            return True
        return False


# --- team transfer -----------------------------------------------------------------------------


class TransferExportDialog(ToolDialog):
    def __init__(
        self,
        vault: VaultGetter,
        jobs: JobRunner,
        case_id: str | None = None,
        parent: QWidget | None = None,
        vault_busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(
            "transferExportDialog",
            _tr("Export a case for a colleague"),
            _tr(
                "Writes a complete copy of one case for a colleague's Evidence Vault, signed by this vault "
                "and encrypted to your colleague's age public key."
            ),
            _tr("&Write the package"),
            jobs,
            parent,
            vault_busy,
        )
        self.vault = vault
        self.warning = QLabel(
            self.tr(
                "This package is NOT redacted: it holds every name, private note and original of the case. "
                "Only the colleagues whose keys you give can open it."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { color: #a00000; font-weight: bold; }")
        self.form.addRow(self.warning)
        self.case_combo = QComboBox(self)
        self.case_combo.setAccessibleName(self.tr("Case to transfer"))
        for case in vault().list_cases():
            self.case_combo.addItem(case.title, case.id)
        if case_id is not None and (index := self.case_combo.findData(case_id)) >= 0:
            self.case_combo.setCurrentIndex(index)
        self.recipients_edit = QPlainTextEdit(self)
        self.recipients_edit.setAccessibleName(self.tr("Colleague's age public keys, one per line"))
        self.recipients_edit.setPlaceholderText("age1…")
        self.recipients_edit.setTabChangesFocus(True)
        self.recipients_edit.setFixedHeight(80)
        self.out = PathField(
            PathMode.SAVE_FILE, self.tr("Save the package as"), self.tr("Package file to write"), self, TRANSFER_SUFFIX
        )
        for text, field in (
            (self.tr("&Case:"), self.case_combo),
            (self.tr("Colleague's &public key(s), one per line:"), self.recipients_edit),
            (self.tr("&Save as:"), self.out),
        ):
            label = QLabel(text, self)
            label.setBuddy(field.edit if isinstance(field, PathField) else field)
            self.form.addRow(label, field)
        self.summary: ExportSummary | None = None

    def recipients(self) -> list[str]:
        return [line.strip() for line in self.recipients_edit.toPlainText().splitlines() if line.strip()]

    def start(self) -> bool:
        case_id = self.case_combo.currentData()
        if not isinstance(case_id, str):
            self.tell(self.tr("There is no case to transfer yet."))
            return False
        recipients = self.recipients()
        if not recipients:
            self.tell(
                self.tr(
                    "Give your colleague's age public key (it starts with age1). They can read it from their key file."
                )
            )
            return False
        out = self.out.path()
        if out is None:
            self.tell(self.tr("Choose the file to write the package to (a new file)."))
            return False
        vault = self.vault()
        self.error_folder = out.parent
        return self.run_job(
            lambda _p: team_transfer.export_case(vault, case_id, recipients, out),
            self._show,
            self.tr("Writing, signing and encrypting the package…"),
        )

    def _show(self, summary: ExportSummary) -> None:
        self.summary = summary
        counts = ", ".join(
            f"{QCoreApplication.translate(_CTX, COUNT_LABELS.get(key, key))}: {n}" for key, n in summary.counts.items()
        )
        self.tell(
            self.tr(
                "The package was written to:\n{path}\n{counts}; {files} files, {custody} custody entries.\n\n"
                "Signed by this vault's key:\n{fp}\n\nRead this fingerprint to your colleague by phone or in person "
                "so they can check the package comes from you. Send the file only to them."
            ).format(
                path=summary.path,
                counts=counts,
                files=summary.files,
                custody=summary.custody_entries,
                fp=summary.signer_key,
            )
        )


class TransferImportDialog(ToolDialog):
    imported = Signal(str)  # the case id

    def __init__(
        self,
        vault: VaultGetter,
        jobs: JobRunner,
        parent: QWidget | None = None,
        vault_busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(
            "transferImportDialog",
            _tr("Import a colleague's package"),
            _tr(
                "Merges a case a colleague exported for you into this vault. The whole package is checked "
                "first; if anything is wrong, nothing is imported."
            ),
            _tr("I&mport"),
            jobs,
            parent,
            vault_busy,
        )
        self.vault = vault
        self.package = PathField(PathMode.OPEN_FILE, self.tr("Choose the package"), self.tr("Package file"), self)
        self.identity = PathField(
            PathMode.OPEN_FILE, self.tr("Choose your age identity file"), self.tr("Your age identity file"), self
        )
        self.signer_edit = QLineEdit(self)
        self.signer_edit.setAccessibleName(self.tr("Sender's fingerprint (optional)"))
        self.signer_edit.setToolTip(self.tr("If given, a package signed by any other key is refused"))
        for text, field in (
            (self.tr("&Package:"), self.package),
            (self.tr("Your age &identity file:"), self.identity),
            (self.tr("Sender's &fingerprint (optional):"), self.signer_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field.edit if isinstance(field, PathField) else field)
            self.form.addRow(label, field)
        self.report: ImportReport | None = None
        self.expected: str | None = None

    def start(self) -> bool:
        package = self.package.path()
        if package is None:
            self.tell(self.tr("Choose the package file your colleague sent."))
            return False
        identity = self.identity.path()
        if identity is None:
            self.tell(self.tr("Choose your age identity file: the key file whose public key you gave your colleague."))
            return False
        expected = self.signer_edit.text().strip() or None
        vault = self.vault()
        self.expected = expected

        def work(_p: Progress) -> ImportReport:
            identities = team_transfer.load_identities(identity)
            return team_transfer.import_package(vault, package, identities, expected)

        return self.run_job(work, self._show, self.tr("Checking and importing the package…"))

    def _show(self, report: ImportReport) -> None:
        self.report = report
        lines = [
            self.tr("Imported case {case} from {author}'s vault ({vault}).").format(
                case=report.case_id, author=report.source_author, vault=report.source_vault_id
            ),
            self.tr("Signed by:\n{fp}").format(fp=report.signer_key),
            self.tr("Media files stored: {blobs}; custody history entries: {history}; conflicts: {n}.").format(
                blobs=report.blobs_stored, history=report.history_entries, n=len(report.conflicts)
            ),
        ]
        if self.expected is None:
            lines.append(
                self.tr(
                    "Check this fingerprint with the sender (by phone or in person). Next time, "
                    'type it in "Sender\'s fingerprint" and any other key is refused.'
                )
            )
        details = [
            f"{QCoreApplication.translate(_CTX, OUTCOME_LABELS[outcome])}: "
            + ", ".join(f"{QCoreApplication.translate(_CTX, KIND_LABELS[kind])} {n}" for kind, n in kinds)
            for outcome, kinds in report.tally()
        ]
        details += [self.tr("Note: {notice}").format(notice=notice) for notice in report.notices]
        details += [
            self.tr("Conflict, {kind} {id}: {resolution}").format(
                kind=conflict.kind.value, id=conflict.record_id, resolution=conflict.resolution
            )
            for conflict in report.conflicts
        ]
        self.tell("\n\n".join(lines), details)
        self.imported.emit(report.case_id)


class FingerprintDialog(QDialog):
    """This vault's signing key fingerprint, large and selectable, to read out to a colleague."""

    def __init__(self, fingerprint: str, copy: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprintDialog")
        self.setWindowTitle(self.tr("My transfer fingerprint"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fingerprint = fingerprint
        intro = QLabel(
            self.tr(
                "This vault signs every package and bundle it exports with its own key. Read this fingerprint "
                "to your colleague by phone or in person; they compare it with the one their app shows when "
                "they import or verify what you sent."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.fingerprint_label = QLabel(fingerprint, self)
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self.fingerprint_label.setAccessibleName(self.tr("Signing key fingerprint"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.clicked.connect(lambda: copy(self.fingerprint))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(buttons)


# --- the menu ----------------------------------------------------------------------------------


class _Importing(Protocol):
    @property
    def importing(self) -> bool: ...


class ToolsHost(Protocol):
    """What the Tools menu needs from the main window. A Protocol, not ``ui.main_window``: that
    module imports this one, and importing it back would make a circle."""

    jobs: JobRunner
    session: Session

    @property
    def media_tab(self) -> _Importing: ...

    @property
    def current_case_id(self) -> str | None: ...

    def vault(self) -> Vault: ...

    def reload_cases(self, select: str | None = None) -> None: ...


class ToolActions(QObject):
    """The Tools menu of the main window and the dialogs behind it."""

    def __init__(self, host: ToolsHost, parent: QWidget, menu: QMenu) -> None:
        super().__init__(parent)
        self.host = host
        self.window = parent
        self.menu = menu
        menu.setObjectName("toolsMenu")
        self.check_vault_action = self._add(
            self.tr("&Check vault…"),
            self.open_check_vault,
            self.tr("Check the vault's files, database and custody log"),
        )
        self.backup_action = self._add(
            self.tr("&Back up vault…"), self.open_backup, self.tr("Write one encrypted backup file of the whole vault")
        )
        self.check_backup_action = self._add(
            self.tr("Check a bac&kup…"),
            self.open_check_backup,
            self.tr("Check that a backup file is complete and undamaged"),
        )
        self.restore_action = self._add(
            self.tr("&Restore a backup…"), self.open_restore, self.tr("Restore a backup into a new folder")
        )
        menu.addSeparator()
        self.verify_action = self._add(
            self.tr("&Verify a bundle…"),
            self.open_verify,
            self.tr("Check a dossier bundle's files and signature (no vault needed)"),
        )
        menu.addSeparator()
        self.transfer_export_action = self._add(
            self.tr("&Export case for a colleague…"),
            self.open_transfer_export,
            self.tr("A complete, unredacted, encrypted copy of a case for a colleague's vault"),
        )
        self.transfer_import_action = self._add(
            self.tr("&Import a colleague's package…"),
            self.open_transfer_import,
            self.tr("Merge a case a colleague exported for you"),
        )
        self.fingerprint_action = self._add(
            self.tr("Show my transfer &fingerprint"),
            self.open_fingerprint,
            self.tr("This vault's signing key, to compare with a colleague"),
        )

    def _add(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def vault_busy(self) -> bool:
        """One job on the open vault at a time (see the module docstring)."""
        return self.host.media_tab.importing or self.host.jobs.busy

    def _open(self, dialog: QDialog) -> None:
        dialog.open()

    def open_check_vault(self) -> CheckVaultDialog:
        dialog = CheckVaultDialog(self.host.vault, self.host.jobs, self.window, self.vault_busy)
        self._open(dialog)
        dialog.start()
        return dialog

    def open_backup(self) -> BackupDialog:
        dialog = BackupDialog(self.host.vault, self.host.jobs, self.window, self.vault_busy)
        self._open(dialog)
        return dialog

    def open_check_backup(self) -> CheckBackupDialog:
        dialog = CheckBackupDialog(self.host.jobs, self.window)
        self._open(dialog)
        return dialog

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.host.jobs, self.window)
        self._open(dialog)
        return dialog

    def open_verify(self) -> VerifyBundleDialog:
        dialog = VerifyBundleDialog(self.host.jobs, self.window)
        self._open(dialog)
        return dialog

    def open_transfer_export(self) -> TransferExportDialog:
        dialog = TransferExportDialog(
            self.host.vault, self.host.jobs, self.host.current_case_id, self.window, self.vault_busy
        )
        self._open(dialog)
        return dialog

    def open_transfer_import(self) -> TransferImportDialog:
        dialog = TransferImportDialog(self.host.vault, self.host.jobs, self.window, self.vault_busy)
        dialog.imported.connect(lambda case_id: self.host.reload_cases(select=case_id))
        self._open(dialog)
        return dialog

    def open_fingerprint(self) -> FingerprintDialog | None:
        try:
            fingerprint = shown_fingerprint(self.host.vault().signing_keypair().public)  # as ssh-keygen -l
        except Exception as exc:
            show_error(self.window, exc)
            return None
        dialog = FingerprintDialog(fingerprint, self.host.session.copy_text, self.window)
        self._open(dialog)
        return dialog


def add_tool_actions(host: ToolsHost, parent: QWidget, menu: QMenu) -> ToolActions:
    """Fill ``menu`` (the window's Tools menu) with the vault tools; keep the result alive.
    ``host`` is the main window's services, ``parent`` the widget the dialogs open over (both
    the main window)."""
    return ToolActions(host, parent, menu)
