"""Turning exceptions into a sentence a researcher understands, plus what to do next.

Nothing here logs: an error is shown once, in a dialog (or inline), and forgotten. Messages of
the core's ``EvidenceError``s never contain secrets or record content; messages of other
exceptions are not shown at all (only their kind), since we cannot know what they hold.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from evidence_app.errors import (
    EvidenceError,
    IntegrityError,
    InvalidInput,
    NotFound,
    UnsupportedMedia,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)

from .i18n import module_tr

_CTX = "Errors"


def _tr(text: str) -> str:
    return module_tr(_CTX, text)


# Sentence ends of the interface's scripts: a dialog's own translated message also reaches
# sentence() (raised as InvalidInput), and Chinese or Khmer must not get a Latin full stop after
# their own ("。." or "។.").
_SENTENCE_ENDS = (".", "!", "?", "\u2026", "\u3002", "\uff01", "\uff1f", "\u17d4", "\u17d5")


def sentence(core_message: str) -> str:
    """A core message (never secret or record content) as a sentence; "" if there is none."""
    text = core_message.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith(_SENTENCE_ENDS) else text + "."


def explain(exc: BaseException, folder: Path | None = None, recovery: bool = False) -> tuple[str, str]:
    """``(title, message)`` for ``exc``: what happened and what to do next."""
    where = str(folder) if folder is not None else _tr("the vault folder")
    if isinstance(exc, WrongPassphrase):
        if recovery:
            detail = str(exc).strip()
            detail = "" if detail in {"", "wrong recovery key"} else " " + sentence(detail)
            return _tr("Wrong recovery key"), _tr(
                "The recovery key is not right.{detail} Check each group of characters against your "
                "written copy and try again."
            ).format(detail=detail)
        return _tr("Wrong passphrase"), _tr(
            "The passphrase is not right. Check Caps Lock and the keyboard language, then try again."
        )
    if isinstance(exc, VaultInUse):
        return _tr("Vault already open"), _tr(
            "The vault is open in another Evidence Vault window. Close it and try again."
        )
    if isinstance(exc, VaultNotFound):
        return _tr("No vault found"), _tr(
            "There is no vault in {folder}. If it is on a removable drive, connect the drive and try again."
        ).format(folder=where)
    if isinstance(exc, VaultCorrupt):
        return _tr("Vault damaged"), _tr(
            "The vault cannot be read because some of its files are damaged or missing. Do not change "
            "the files in {folder}; restore the vault from your latest backup, or ask your technical "
            "contact for help."
        ).format(folder=where)
    if isinstance(exc, VaultExists):
        return _tr("Folder not empty"), _tr(
            "A new vault needs an empty folder, and {folder} already holds files. Choose another "
            "folder or move those files away."
        ).format(folder=where)
    if isinstance(exc, InvalidInput):
        return _tr("Please check what you entered"), sentence(str(exc))
    if isinstance(exc, NotFound):
        return _tr("Record not found"), _tr(
            "This record no longer exists; it may have been deleted. Reload the case and try again."
        )
    if isinstance(exc, IntegrityError):
        return _tr("Integrity problem"), _tr(
            "Some stored evidence failed its integrity check. Do not change the vault; run a vault "
            "check and restore from a backup if needed."
        )
    if isinstance(exc, UnsupportedMedia):
        return _tr("File not supported"), sentence(str(exc))
    if isinstance(exc, EvidenceError):
        return _tr("Could not finish"), sentence(str(exc))
    if isinstance(exc, OSError):
        return _tr("Could not use the disk"), _tr(
            "The vault folder could not be read or written. Check that the drive is connected, not "
            "full, and that you may write to it, then try again."
        )
    return _tr("Something went wrong"), _tr(
        "Something unexpected went wrong ({kind}). Nothing more was saved. Lock the vault, unlock it "
        "again and retry; if it happens again, tell your technical contact."
    ).format(kind=type(exc).__name__)


def show_error(
    parent: QWidget | None, exc: BaseException, folder: Path | None = None, recovery: bool = False
) -> QMessageBox:
    """A non-blocking, window-modal message box (``open()``, never ``exec()``)."""
    title, message = explain(exc, folder, recovery)
    return show_message(parent, title, message)


def show_message(parent: QWidget | None, title: str, message: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(message)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)
    box.open()
    return box
