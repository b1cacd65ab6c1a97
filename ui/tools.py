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

The dialogs' building blocks (``ToolDialog``, ``PathField``, ``SecretRows``) are in
``ui/tool_base.py``, the team transfer dialogs in ``ui/transfer_tools.py``; this module holds the
vault tools (check, backup, check backup, restore, verify) and the menu wiring (``ToolActions``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from crypto.secret import SecretStr
from evidence_app import backup
from evidence_app.errors import IntegrityError, InvalidInput, VaultCorrupt
from evidence_app.export import verify as bundle_verify
from evidence_app.export.errors import BundleInvalid
from evidence_app.model import CheckReport
from evidence_app.transfer.trust import shown as shown_fingerprint
from evidence_app.vault import Vault

from .errors import explain, sentence, show_error
from .filedialogs import PathMode
from .jobs import JobRunner, Progress
from .passphrase import secret_field
from .session import Session
from .tool_base import (
    BACKUP_SUFFIX,
    PathField,
    SecretRows,
    ToolDialog,
    VaultGetter,
    _size,
    _tr,
)
from .transfer_tools import FingerprintDialog, TransferExportDialog, TransferImportDialog

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


class _PassphraseWanted(Exception):
    """The identity file needs a passphrase and none was typed: asked for, not an error."""


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
        # A protected identity (an SSH key with a passphrase, an ``age -p`` file) is opened with
        # this; the field is asked for only when the file turns out to need it.
        self.identity_passphrase = secret_field(self, self.tr("Passphrase of the identity file, if it has one"))
        self.signer_edit = QLineEdit(self)
        self.signer_edit.setAccessibleName(self.tr("Expected signer fingerprint (optional)"))
        for text, field in (
            (self.tr("&Bundle (.zip or .age):"), self.bundle),
            (self.tr("&Identity file (for .age):"), self.identity),
            (self.tr("Identity &passphrase (if it has one):"), self.identity_passphrase),
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
        typed = self.identity_passphrase.text()
        secret = SecretStr(typed) if typed else None

        def passphrase() -> SecretStr:
            if secret is None:
                raise _PassphraseWanted
            return secret

        def work(_p: Progress) -> bundle_verify.VerifyResult | _PassphraseWanted | None:
            if identity is None and bundle_verify.is_encrypted(path):
                return None  # asked for below, in the app's words (the service's names a CLI option)
            identities = []
            if identity is not None:
                try:
                    identities = bundle_verify.read_identities(identity, passphrase)
                except _PassphraseWanted:
                    return _PassphraseWanted()
                except BundleInvalid as exc:  # the reader's own key file, not the bundle, is at fault
                    raise InvalidInput(f"your identity file {identity.name} could not be read: {exc}") from None
            return bundle_verify.verify_bundle(path, identities, expected)

        self.expected = expected
        return self.run_job(work, self._show, self.tr("Verifying the bundle…"))

    def _show(self, result: bundle_verify.VerifyResult | _PassphraseWanted | None) -> None:
        if isinstance(result, _PassphraseWanted):
            self.verified = None
            self.tell(
                self.tr(
                    "Your identity file is protected by a passphrase. Type it in Identity passphrase, "
                    "then verify again."
                )
            )
            self.identity_passphrase.setFocus()
            return
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
