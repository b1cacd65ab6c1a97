"""The unlocked session: the one open ``Vault``, and what must happen when it locks.

Everything in the UI that needs the vault asks the session for it at the moment it needs it;
nothing keeps its own reference. ``lock()``:

1. emits ``about_to_lock`` (an open editor keeps its unsaved work as a draft in the vault, never as
   a revision, while it still can);
2. emits ``locked`` (windows drop their models and close; the app shows the unlock dialog);
3. closes the vault (the database connection, the key, the folder lock);
4. clears the clipboard (and the X11 selection) if it still holds text this app put there.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

if TYPE_CHECKING:
    from evidence_app.vault import Vault  # types only: the vault loads after the unlock dialog (#18)


class VaultLocked(RuntimeError):
    """The vault was asked for while the session is locked (a programming error in the UI)."""


class Session(QObject):
    unlocked = Signal()
    about_to_lock = Signal()
    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._locking = False
        self._placed: set[str] = set()  # clipboard texts this app put there since unlocking
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._clipboard_changed)
        clipboard.selectionChanged.connect(self._selection_changed)

    # --- the vault -----------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise VaultLocked("the vault is locked")
        return self._vault

    def start(self, vault: Vault) -> None:
        """Take ownership of a freshly opened (or created) vault."""
        if self._vault is not None:
            vault.close()
            raise RuntimeError("a vault is already open in this session")
        self._vault = vault
        self.unlocked.emit()

    def lock(self) -> None:
        if self._vault is None or self._locking:
            return
        self._locking = True
        try:
            self.about_to_lock.emit()
            self.locked.emit()
        finally:
            vault, self._vault = self._vault, None
            with contextlib.suppress(Exception):
                vault.close()
            self.clear_clipboard()
            self._locking = False

    # --- clipboard -----------------------------------------------------------------------------

    def copy_text(self, text: str) -> None:
        """Put ``text`` on the clipboard, remembering it so locking can take it back."""
        self._placed.add(text)
        QGuiApplication.clipboard().setText(text, QClipboard.Mode.Clipboard)

    def _ours(self) -> bool:
        """Whether the application that has focus is this one (so a clipboard change is ours)."""
        return QGuiApplication.focusWindow() is not None and self._vault is not None

    def _clipboard_changed(self) -> None:
        # Copies from text fields (Ctrl+C in an editor) do not go through copy_text.
        if self._ours():
            text = QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)
            if text:
                self._placed.add(text)

    def _selection_changed(self) -> None:
        if self._ours():
            text = QGuiApplication.clipboard().text(QClipboard.Mode.Selection)
            if text:
                self._placed.add(text)

    def clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        modes = [QClipboard.Mode.Clipboard]
        if clipboard.supportsSelection():
            modes.append(QClipboard.Mode.Selection)
        for mode in modes:
            owned = clipboard.ownsClipboard() if mode is QClipboard.Mode.Clipboard else clipboard.ownsSelection()
            text = clipboard.text(mode)
            if owned or (text and text in self._placed):
                clipboard.clear(mode)
        self._placed.clear()
