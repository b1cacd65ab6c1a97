"""The desktop app: ``run(vault_dir)`` and the controller that moves between first run, unlock,
the main window and back to unlock when the vault locks.

States: ``first_run`` (create a vault) -> ``recovery_key`` (shown once) -> ``unlocked``;
``locked`` (unlock dialog) -> ``unlocked`` -> ``locked`` ... The app keeps running while locked;
closing the unlock dialog or the main window quits.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from crypto.secret import SecretStr
from evidence_app.errors import VaultCorrupt, VaultNotFound
from evidence_app.vaultfiles import read_header

from . import focusring, testhook
from .autolock import AutoLock
from .capture_guard import CaptureGuard
from .errors import show_error, show_message
from .fonts import register_fonts
from .jobs import JobRunner
from .languages import effective_language, install_translators
from .passphrase import ChangePassphraseDialog
from .screenlock import ScreenLockWatcher
from .session import Session
from .settings import Settings
from .unlock import FirstRunDialog, RecoveryKeyDialog, UnlockDialog
from .wipe import WipeDialog

if TYPE_CHECKING:
    # Imported where first used, not here: the main window pulls in the export wizard and with
    # it every media format, numpy, av and pikepdf (about a second), and the preferences dialog
    # pulls in phonenumbers; the vault (database, blob store, search, records), the duress and
    # re-key dialogs are needed only once a vault is open. None of that may delay the unlock
    # dialog (#18; tests/gui/test_start_imports.py checks).
    from evidence_app.vault import Vault

    from .dialogs import PreferencesDialog
    from .duress import DuressDialog
    from .main_window import MainWindow
    from .rekey import RekeyDialog

APP_NAME = "Evidence Vault"


GUI_SWITCH_INTERVAL = 0.001  # seconds (Python's default: 0.005)


class AppController(QObject):
    """Owns the session, the auto-lock and whichever window is showing."""

    state_changed = Signal(str)
    quit_requested = Signal()
    wiped = Signal()

    def __init__(
        self,
        vault_dir: Path,
        settings: Settings | None = None,
        idle_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The GUI thread needs the interpreter lock for every Python slot and event filter it runs
        # (three filters see every event); while a job runs Python it waits up to this interval
        # for each, behind each busy thread in turn. 1 ms instead of 5 keeps that wait short.
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)
        self.vault_dir = vault_dir.expanduser()
        self.settings = settings if settings is not None else Settings()
        self.session = Session(self)
        self.jobs = JobRunner(self)
        self.jobs.lowered_done.connect(self._after_lowered_job)
        self._fixed_idle_ms = idle_ms
        self.autolock = AutoLock(self._idle_ms(), self.settings.lock_on_minimise, self)
        self.autolock.lock_requested.connect(self.lock)
        # Screen lock / sleep: watched only while unlocked and if the preference is on.
        self.screenlock = ScreenLockWatcher(self)
        self.screenlock.lock_requested.connect(self.lock)
        # Every window of the app is kept out of screenshots and screen sharing where the OS can.
        self.capture_guard = CaptureGuard(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.capture_guard)
        self.session.unlocked.connect(self._on_unlocked)
        self.session.locked.connect(self._on_locked)
        self.main_window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.first_run_dialog: FirstRunDialog | None = None
        self.recovery_dialog: RecoveryKeyDialog | None = None
        self.change_passphrase_dialog: ChangePassphraseDialog | None = None
        self.rekey_dialog: RekeyDialog | None = None
        self.rekey_resumed_box: QMessageBox | None = None
        self.new_recovery_key_dialog: RecoveryKeyDialog | None = None
        self._pending_vault: Vault | None = None
        self._shutting_down = False
        self._wiping = False
        self.unlock_warning_box: QMessageBox | None = None
        self.duress_dialog: DuressDialog | None = None
        self.state = "starting"

    def _idle_ms(self) -> int:
        if self._fixed_idle_ms is not None:
            return self._fixed_idle_ms
        return self.settings.autolock_minutes * 60_000

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # --- start ---------------------------------------------------------------------------------

    def start(self) -> None:
        try:
            read_header(self.vault_dir)
        except VaultNotFound:
            self.show_first_run()
            return
        except VaultCorrupt as exc:
            self.show_unlock()
            show_error(self.unlock_dialog, exc, self.vault_dir)
            return
        except OSError as exc:
            self.show_unlock()
            show_error(self.unlock_dialog, exc, self.vault_dir)
            return
        self.show_unlock()

    def show_first_run(self) -> FirstRunDialog:
        dialog = FirstRunDialog(self.vault_dir, self.jobs)
        dialog.created.connect(self._vault_created)
        dialog.rejected.connect(self._quit)
        self.first_run_dialog = dialog
        self._set_state("first_run")
        dialog.show()
        return dialog

    def _vault_created(self, vault: Vault, recovery_key: SecretStr) -> None:
        if self._shutting_down:
            vault.close()
            return
        self.settings.write_defaults()
        self._pending_vault = vault
        if self.first_run_dialog is not None:
            self.first_run_dialog.deleteLater()
            self.first_run_dialog = None
        dialog = RecoveryKeyDialog(recovery_key)
        del recovery_key
        dialog.confirmed.connect(self._recovery_key_confirmed)
        self.recovery_dialog = dialog
        self._set_state("recovery_key")
        dialog.show()

    def _recovery_key_confirmed(self) -> None:
        if self.recovery_dialog is not None:
            self.recovery_dialog.deleteLater()
            self.recovery_dialog = None
        vault, self._pending_vault = self._pending_vault, None
        if vault is not None:
            self.session.start(vault)

    def show_unlock(self) -> UnlockDialog:
        if self.unlock_dialog is None:
            self.unlock_dialog = UnlockDialog(self.vault_dir, self.jobs)
            self.unlock_dialog.unlocked.connect(self._vault_opened)
            self.unlock_dialog.rejected.connect(self._quit)
            self.unlock_dialog.wipe_requested.connect(self.open_wipe_from_lock_screen)
            self.unlock_dialog.quick_exit_requested.connect(self.quick_exit)
        dialog = self.unlock_dialog
        dialog.reset()
        self._set_state("locked")
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _vault_opened(self, vault: Vault) -> None:
        if self._shutting_down or self.session.is_unlocked:
            vault.close()
            return
        self.session.start(vault)

    # --- unlocked ------------------------------------------------------------------------------

    def _on_unlocked(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
        from .main_window import MainWindow  # after unlock only: see the note at the top

        window = MainWindow(self.session, jobs=self.jobs, settings=self.settings)
        window.lock_requested.connect(self.lock)
        window.wipe_requested.connect(self.wipe_vault)
        window.quit_requested.connect(self._quit)
        window.quick_exit_requested.connect(self.quick_exit)
        window.preferences_requested.connect(self.open_preferences)
        window.change_passphrase_requested.connect(self.open_change_passphrase)
        window.rekey_requested.connect(self.open_rekey)
        window.rotate_recovery_key_requested.connect(lambda: self.open_rekey(rotate_only=True))
        window.set_autolock_minutes(self.settings.autolock_minutes)
        self.main_window = window
        window.show()
        self.autolock.idle_ms = self._idle_ms()
        self.autolock.lock_on_minimise = self.settings.lock_on_minimise
        self.autolock.start()
        if self.settings.lock_on_screen_lock:
            self.screenlock.start()
        self._set_state("unlocked")
        self.show_unlock_warnings(self.session.vault)
        self.show_rekey_resumed(self.session.vault)
        window.offer_drafts()  # an edit the last lock interrupted, kept as a draft, never a revision
        window.media_tab.read_unread_text()  # photos imported before and never read (in the background)
        # Everything the window and its modules hold is long-lived: moved out of the collector's
        # reach, a full collection (which holds the interpreter lock, in whichever thread starts it,
        # so the GUI thread waits) walks only what was made since. Measured in an export: a full
        # collection took 114-126 ms over about 220,000 objects, 20 ms after this.
        gc.freeze()
        if self.session.vault.opened_with_recovery_key:
            self.open_change_passphrase(after_recovery=True)

    def show_unlock_warnings(self, vault: Vault) -> QMessageBox | None:
        """What the CLI prints after an unlock, said in the window: failed attempts since the
        last unlock, or a failed-unlock counter that was set back without the key."""
        if vault.counter_reset is not None:
            read, seen = vault.counter_reset
            message = self.tr(
                "The failed-unlock counter was set back: it read {read}, but the last unlock left it at "
                "{seen}. Someone may have tried passphrases on this vault and hidden it. If you did not "
                "expect this, change the passphrase."
            ).format(read=read, seen=seen)
        elif vault.failed_unlocks_before:
            message = self.tr(
                "Failed unlock attempts since the last unlock: {count}. If they were not yours, someone "
                "may have tried to guess your passphrase."
            ).format(count=vault.failed_unlocks_before)
        else:
            self.unlock_warning_box = None
            return None
        box = show_message(self.main_window, self.tr("Failed unlock attempts"), message)
        box.setObjectName("unlockWarningBox")
        self.unlock_warning_box = box
        return box

    def show_rekey_resumed(self, vault: Vault) -> QMessageBox | None:
        """An unlock that completed or undid a re-key a crash interrupted says so (the CLI prints it)."""
        from evidence_app.rekey import Resumed  # loaded with the open vault already

        if vault.rekey_resumed is Resumed.COMPLETED:
            message = self.tr(
                "A re-key of this vault was interrupted and has now been completed: the old passphrase and "
                "the old recovery key no longer open it. Its new recovery key was never shown, so make one "
                "now with Vault > New recovery key, and write it on paper."
            )
        elif vault.rekey_resumed is Resumed.UNDONE:
            message = self.tr(
                "A re-key of this vault was interrupted before it changed the vault and has been undone: "
                "the vault keeps its previous passphrase and recovery key. Re-key it again if you meant to."
            )
        else:
            self.rekey_resumed_box = None
            return None
        box = show_message(self.main_window, self.tr("Interrupted re-key"), message)
        box.setObjectName("rekeyResumedBox")
        self.rekey_resumed_box = box
        return box

    def open_change_passphrase(self, after_recovery: bool = False) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(lambda: self.session.vault, self.jobs, after_recovery, self.main_window)
        dialog.changed.connect(self._passphrase_changed)
        self.change_passphrase_dialog = dialog
        dialog.open()
        return dialog

    def open_rekey(self, rotate_only: bool = False) -> RekeyDialog:
        from .rekey import RekeyDialog  # on first use: see the note at the top

        dialog = RekeyDialog(lambda: self.session.vault, self.jobs, rotate_only, self.main_window)
        dialog.rekeyed.connect(self._show_new_recovery_key)
        self.rekey_dialog = dialog
        dialog.open()
        return dialog

    def _show_new_recovery_key(self, key: object) -> None:
        """The new recovery key of a re-key or rotation, shown once like the first one."""
        if not isinstance(key, SecretStr) or self.main_window is None:
            return
        dialog = RecoveryKeyDialog(key, self.main_window)
        del key
        self.new_recovery_key_dialog = dialog
        dialog.open()

    def _passphrase_changed(self) -> None:
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(self.tr("The passphrase was changed."), 10_000)

    def open_preferences(self) -> PreferencesDialog:
        from .dialogs import PreferencesDialog  # on first use: see the note at the top

        dialog = PreferencesDialog(
            self.settings, self.main_window, vault=(lambda: self.session.vault) if self.session.is_unlocked else None
        )
        dialog.changed.connect(self._preferences_changed)
        dialog.duress_requested.connect(lambda: self.open_duress(dialog))
        dialog.open()
        return dialog

    def open_duress(self, parent: QWidget | None = None) -> DuressDialog | None:
        if not self.session.is_unlocked:
            return None
        from .duress import DuressDialog  # on first use: see the note at the top

        dialog = DuressDialog(lambda: self.session.vault, self.jobs, parent or self.main_window)
        dialog.completed.connect(self._duress_changed)
        self.duress_dialog = dialog
        dialog.open()
        return dialog

    def _duress_changed(self, message: str) -> None:
        if self.main_window is not None:
            self.main_window.statusBar().showMessage(message, 10_000)

    def _preferences_changed(self) -> None:
        self.autolock.idle_ms = self._idle_ms()
        self.autolock.lock_on_minimise = self.settings.lock_on_minimise
        if self.settings.lock_on_screen_lock and self.session.is_unlocked:
            self.screenlock.start()
        else:
            self.screenlock.stop()
        if self.main_window is not None:
            self.main_window.set_autolock_minutes(self.settings.autolock_minutes)

    def _after_lowered_job(self) -> None:
        """The full collection an export (a lowered job, ui/jobs.py) deferred, here in the GUI
        thread at normal priority, and what survives it moved out of the collector's reach like
        the window at unlock: the export's modules (imported after the unlock), their caches, the
        parsed fonts. Measured after the first export of a session: 44,000 objects, 27 ms of CPU
        for this collection; without the freeze every later full collection, in whichever thread,
        walked them all again, with the lock held. Undone at lock, as the unlock's freeze is."""
        gc.collect()
        if self.session.is_unlocked:
            gc.freeze()

    # --- locking -------------------------------------------------------------------------------

    def lock(self) -> None:
        self.session.lock()

    def _on_locked(self) -> None:
        gc.unfreeze()  # the window and what it held become collectable again (nothing kept past a lock)
        self.autolock.stop()
        self.screenlock.stop()
        dialog, self.change_passphrase_dialog = self.change_passphrase_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reject()  # a half-typed new passphrase must not survive the lock
        rekey, self.rekey_dialog = self.rekey_dialog, None
        if rekey is not None and shiboken6.isValid(rekey):
            rekey.reject()
        shown, self.new_recovery_key_dialog = self.new_recovery_key_dialog, None
        if shown is not None and shiboken6.isValid(shown):
            shown.key_label.clear()  # no recovery key on a locked screen
            shown.done(0)
        window, self.main_window = self.main_window, None
        if not self._shutting_down and not self._wiping:
            self.show_unlock()  # first, so there is always a window
        if window is not None:
            window.discard()
            window.deleteLater()
        if self._shutting_down:
            self._set_state("closed")

    # --- quick exit and panic wipe --------------------------------------------------------------

    def quick_exit(self) -> None:
        """Hide every window at once (before anything slow), then lock and quit. An open editor
        still saves its text as a revision while locking, as on any lock."""
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()
        QCoreApplication.processEvents()  # the windows leave the screen now, not after the lock
        self._quit()

    def open_wipe_from_lock_screen(self) -> WipeDialog | None:
        dialog = self.unlock_dialog
        if dialog is None or self._shutting_down or dialog.findChild(WipeDialog) is not None:
            return None
        wipe_dialog = WipeDialog(self.vault_dir, dialog)
        wipe_dialog.confirmed.connect(self.wipe_vault)
        wipe_dialog.open()
        return wipe_dialog

    def wipe_vault(self) -> bool:
        """Close the session (dropping everything decrypted), wait for running jobs, crypto-erase
        the vault, then show the first-run screen. Confirmation is the caller's (WipeDialog)."""
        if self._shutting_down:
            return False
        self._wiping = True
        try:
            self.session.lock()
            self.jobs.wait()
            QCoreApplication.processEvents()  # deliver what finished jobs still had to say
            try:
                from evidence_app.vault import wipe  # on first use: see the note at the top

                wipe(self.vault_dir)
            except Exception as exc:
                self.show_unlock()
                show_error(self.unlock_dialog, exc, self.vault_dir)
                return False
        finally:
            self._wiping = False
        if self.unlock_dialog is not None:
            self.unlock_dialog.hide()
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        self.show_first_run()
        self.wiped.emit()
        return True

    # --- quitting ------------------------------------------------------------------------------

    def _quit(self) -> None:
        self.shutdown()
        self.quit_requested.emit()

    def shutdown(self) -> None:
        """Lock, close every window and wait for background jobs (idempotent)."""
        if self._shutting_down:
            return
        self._shutting_down = True
        self.autolock.stop()
        self.screenlock.stop()
        self.session.lock()
        self.jobs.wait()
        QCoreApplication.processEvents()  # deliver results of finished jobs: they close their vaults
        for dialog in (self.unlock_dialog, self.first_run_dialog, self.recovery_dialog):
            if dialog is not None:
                dialog.hide()
                dialog.deleteLater()
        self.unlock_dialog = self.first_run_dialog = self.recovery_dialog = None
        vault, self._pending_vault = self._pending_vault, None
        if vault is not None:
            vault.close()
        self.session.clear_clipboard()
        self._set_state("closed")


def run(vault_dir: Path) -> int:
    """Start the desktop app on the vault in ``vault_dir``; returns the exit code."""
    existing = QApplication.instance()
    app = cast(QApplication, existing) if existing is not None else QApplication(sys.argv[:1])
    # No organisation name: nothing should pick a default QSettings location. Our preferences go
    # to an explicit INI file (ui.settings).
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setQuitOnLastWindowClosed(False)
    settings = Settings()
    install_translators(app, effective_language(settings.language))
    register_fonts()
    focusring.install(app)
    # Both test-hook calls do nothing unless the real-window suite asked for them (ui/testhook.py).
    controller = AppController(vault_dir, settings, idle_ms=testhook.idle_override_ms())
    dump = testhook.install(controller, controller)
    controller.quit_requested.connect(app.quit)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
        del dump
