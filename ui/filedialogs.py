"""The one way the app asks for a file or folder: Qt's own (non-native) dialog, started in the
home folder, that leaves no history behind. Qt saves a dialog's recent folders (QtProject.conf)
when it is destroyed; case folders and file names there would outlive a lock."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QWidget


class PathMode(Enum):
    OPEN_FILE = "open"
    OPEN_FILES = "open many"
    SAVE_FILE = "save"
    FOLDER = "folder"


def forget_file_dialog(dialog: QFileDialog) -> None:
    """Before Qt's file dialog is destroyed (when it saves its state): leave no folder history."""
    dialog.setHistory([])
    dialog.setDirectory(QDir.homePath())
    dialog.deleteLater()


def ask_path(
    parent: QWidget,
    title: str,
    mode: PathMode,
    chosen: Callable[[list[Path]], object],
    suggested: str = "",
    suffix: str = "",
) -> QFileDialog:
    """Open the dialog (not modal to the app: it reports through ``chosen``) and return it."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if mode is PathMode.OPEN_FILE:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    elif mode is PathMode.OPEN_FILES:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    elif mode is PathMode.SAVE_FILE:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        # Every save in the app refuses an existing file with its own message; Qt offering to
        # overwrite first would only promise what then does not happen.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        if suffix:
            dialog.setDefaultSuffix(suffix)
    else:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
    if suggested:
        dialog.selectFile(suggested)

    def accepted() -> None:
        paths = [Path(p) for p in dialog.selectedFiles()]
        forget_file_dialog(dialog)
        if paths:
            chosen(paths)

    dialog.accepted.connect(accepted)
    dialog.rejected.connect(lambda: forget_file_dialog(dialog))
    dialog.open()
    return dialog
