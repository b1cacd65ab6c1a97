"""What can be done with one media item besides looking at it and redacting it: edit its
description, save a decrypted copy of the original or the working copy where the researcher asks,
delete it, and show the keys that recover its files by hand with the standard ``age`` tool.

Saving a copy writes plaintext outside the vault, so it happens only on an explicit request, to
a path the person chose (Qt's file dialog keeps no history of it), and the custody log records it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app import media_service as ms
from evidence_app.model import MediaItem

from ..errors import explain, show_error
from ..filedialogs import PathMode, ask_path
from ..inline_error import error_label, show_inline_error
from ..jobs import JobRunner, Progress
from ..session import Session


class MediaInfoDialog(QDialog):
    """Caption, capture date, place and tags of an item. Only changed fields are stored, so the
    custody entry names exactly what changed; the files themselves never change here."""

    saved = Signal(object)  # MediaItem

    def __init__(self, session: Session, item: MediaItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.item = item
        self.setWindowTitle(self.tr("Media details"))  # no caption in the title: task switchers show it
        self.caption_edit = QLineEdit(item.caption, self)
        self.caption_edit.setAccessibleName(self.tr("Caption"))
        self.date_edit = QLineEdit(item.capture_date or "", self)
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD, or empty if unknown"))
        self.date_edit.setAccessibleName(self.tr("Date taken"))
        self.place_edit = QLineEdit(item.place, self)
        self.place_edit.setAccessibleName(self.tr("Place"))
        self.tags_edit = QLineEdit(", ".join(item.tags), self)
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.error_label = error_label(self)
        note = QLabel(
            self.tr(
                "Captions and places are searchable in the vault and are redacted like any "
                "text when the case is exported."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Caption:"), self.caption_edit)
        form.addRow(self.tr("&Date taken:"), self.date_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Tags:"), self.tags_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.caption_edit.setFocus()

    def changes(self) -> dict[str, object]:
        item = self.item
        typed: dict[str, object] = {}
        if self.caption_edit.text().strip() != item.caption:
            typed["caption"] = self.caption_edit.text().strip()
        if self.date_edit.text().strip() != (item.capture_date or ""):
            typed["capture_date"] = self.date_edit.text().strip()
        if self.place_edit.text().strip() != item.place:
            typed["place"] = self.place_edit.text().strip()
        tags = tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip())
        if tags != item.tags:
            typed["tags"] = tags
        return typed

    def save(self) -> bool:
        changes = self.changes()
        if not changes:
            self.accept()
            return False
        try:
            item = ms.edit_media(self._session.vault, self.item.id, **changes)  # type: ignore[arg-type]
        except Exception as exc:
            show_inline_error(self.error_label, explain(exc)[1])
            return False
        self.accept()
        self.saved.emit(item)
        return True


class RecoveryKeysDialog(QDialog):
    """The blob files of an item and the age identities that decrypt them, for recovery with the
    standard tool if this app can no longer run. Anyone holding an identity and the file can read
    it: the dialog says so, shows them only on request and copies through the session, so locking
    clears the clipboard."""

    def __init__(self, session: Session, keys: list[ms.BlobKey], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Recovery keys of a media item"))
        warning = QLabel(
            self.tr(
                "Each key below decrypts one file of this item with the standard age tool "
                "(age -d -i key.txt FILE > out). Anyone with a key and the file can read it: never store "
                "these keys next to the vault, and close this window when you are done. This view is recorded "
                "in the custody log."
            ),
            self,
        )
        warning.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Files and keys"))
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._lines = [f"{k.role}\n  {k.path}\n  sha256 {k.sha256}\n  {k.identity.reveal()}" for k in keys]
        self.text.setPlainText("\n\n".join(self._lines))
        self.copy_button = QPushButton(self.tr("&Copy all"), self)
        self.copy_button.setToolTip(self.tr("The clipboard is cleared when the vault locks"))
        self.copy_button.clicked.connect(self.copy)
        close = QPushButton(self.tr("Close"), self)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.resize(720, 360)
        self.finished.connect(lambda _r: self._forget())

    def copy(self) -> None:
        self._session.copy_text("\n\n".join(self._lines))

    def _forget(self) -> None:
        self.text.clear()
        self._lines = []


class MediaActions(QObject):
    """The item buttons of the media tab. ``current`` gives the selected item; ``changed`` and
    ``deleted`` tell the tab to refresh."""

    changed = Signal(object)  # MediaItem
    deleted = Signal(str)  # item id
    saved_copy = Signal(object)  # Path
    failed = Signal(object)

    def __init__(
        self, session: Session, jobs: JobRunner, current: Callable[[], MediaItem | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._jobs = jobs
        self._current = current
        self._parent = parent
        self.delete_box: QMessageBox | None = None
        self.edit_button = QPushButton(self.tr("Descri&be…"), parent)
        self.edit_button.setToolTip(self.tr("Caption, date taken, place and tags"))
        self.edit_button.clicked.connect(self.edit_info)
        self.save_working_button = QPushButton(self.tr("Save c&lean copy…"), parent)
        self.save_working_button.setToolTip(
            self.tr("Write the decrypted working copy (no metadata, with its redactions) to a file you choose")
        )
        self.save_working_button.clicked.connect(lambda: self.ask_save(original=False))
        self.save_original_button = QPushButton(self.tr("Save ori&ginal…"), parent)
        self.save_original_button.setToolTip(
            self.tr("Write the decrypted original, with all its metadata, to a file you choose")
        )
        self.save_original_button.clicked.connect(lambda: self.ask_save(original=True))
        self.keys_button = QPushButton(self.tr("Recovery &keys…"), parent)
        self.keys_button.setToolTip(self.tr("Show how to decrypt this item's files with the standard age tool"))
        self.keys_button.clicked.connect(self.show_keys)
        self.delete_button = QPushButton(self.tr("Delete item…"), parent)
        self.delete_button.setAccessibleName(self.tr("Delete this media item"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.buttons = (
            self.edit_button,
            self.save_working_button,
            self.save_original_button,
            self.keys_button,
            self.delete_button,
        )
        self.refresh()

    def refresh(self) -> None:
        item = self._current()
        for button in self.buttons:
            button.setEnabled(item is not None)
        exportable = item is not None and item.working is not None and not item.not_exportable
        self.save_working_button.setEnabled(exportable)

    # --- description ---------------------------------------------------------------------------

    def edit_info(self) -> MediaInfoDialog | None:
        item = self._current()
        if item is None:
            return None
        dialog = MediaInfoDialog(self._session, item, self._parent)
        dialog.saved.connect(self.changed.emit)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    # --- decrypted copies ----------------------------------------------------------------------

    def ask_save(self, original: bool) -> QMessageBox | QFileDialog | None:
        item = self._current()
        if item is None:
            return None
        extension = Path(item.original_name).suffix if original else ""
        if not original and item.working is not None:
            extension = ms.extension_for(ms.working_type(self._session.vault, item))
        suggested = ("original" if original else "working-copy") + extension
        title = self.tr("Save the original as") if original else self.tr("Save the clean copy as")

        def pick() -> QFileDialog:
            return ask_path(
                self._parent,
                title,
                PathMode.SAVE_FILE,
                lambda paths: self.save_copy(item.id, paths[0], original),
                suggested=suggested,
            )

        if not original:
            return pick()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Save the original?"),
            self.tr(
                "The original still carries everything listed as risky (position, camera serial, owner…). "
                "Once saved it is an ordinary, unencrypted file: keep it only on an encrypted drive, and never "
                "share it. Saving is recorded in the custody log."
            ),
            QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        go = box.addButton(self.tr("Choose where to save…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: pick() if box.clickedButton() is go else None)
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()
        return box

    def save_copy(self, item_id: str, target: Path, original: bool) -> None:
        """Decrypt into ``target`` off the GUI thread. The core refuses an existing file."""
        vault = self._session.vault

        def work(_progress: Progress) -> Path:
            if original:
                ms.export_original(vault, item_id, target)
            else:
                ms.export_working(vault, item_id, target)
            return target

        def failed(exc: Exception) -> None:
            show_error(self._parent, exc)
            self.failed.emit(exc)

        self._jobs.start(work, on_finished=self.saved_copy.emit, on_failed=failed)

    # --- keys ----------------------------------------------------------------------------------

    def show_keys(self) -> RecoveryKeysDialog | None:
        item = self._current()
        if item is None:
            return None
        try:
            keys = ms.blob_keys(self._session.vault, item.id)
        except Exception as exc:
            show_error(self._parent, exc)
            return None
        dialog = RecoveryKeysDialog(self._session, keys, self._parent)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    # --- deleting ------------------------------------------------------------------------------

    def ask_delete(self) -> QMessageBox | None:
        item = self._current()
        if item is None:
            return None
        name = item.caption or ms.escape_name(item.original_name)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete media item"),
            self.tr(
                "Delete “{name}” with its original and every working copy? This cannot be undone: the keys of "
                "its files are destroyed. The custody log keeps an entry saying it was deleted, when and by "
                "whom."
            ).format(name=name),
            QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        item_id = item.id

        def answered(_result: int) -> None:
            self.delete_box = None
            if box.clickedButton() is delete:
                self.delete(item_id)
            box.deleteLater()

        box.finished.connect(answered)
        self.delete_box = box
        box.open()
        return box

    def delete(self, item_id: str) -> bool:
        try:
            ms.delete_media(self._session.vault, item_id)
        except Exception as exc:
            show_error(self._parent, exc)
            return False
        self.deleted.emit(item_id)
        return True

    def discard(self) -> None:
        """The vault is locking: close a pending question without acting on it."""
        if self.delete_box is not None:
            box, self.delete_box = self.delete_box, None
            box.finished.disconnect()
            box.close()
            box.deleteLater()
