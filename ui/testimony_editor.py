"""The testimony editor: edit the transcript (each save is a new revision), mark redactions, see
the revision history.

Redactions are marked on the saved text: select words and press Ctrl+R. The span is stored by the
vault as character offsets into the transcript (``TextMap`` converts from Qt's UTF-16 document
positions) and shown with a dark highlight. The core drops a testimony's redaction marks when its
text changes, so the editor says so before the person saves a changed text.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.model import Span, Testimony, TestimonyRevision

from .dialogs import VaultGetter
from .errors import explain, show_error
from .models import ListSource, RecordTableModel, person_label, revision_model
from .textmap import TextMap, document_text


def redaction_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#202020"))
    fmt.setForeground(QColor("#ffffff"))
    return fmt


class TestimonyEditor(QWidget):
    """A window of its own (child of the main window, so it closes when the vault locks)."""

    saved = Signal(object)  # Testimony, after each stored change

    def __init__(self, vault: VaultGetter, testimony_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._vault = vault
        self.testimony_id = testimony_id
        self.testimony: Testimony | None = None
        self._map: TextMap | None = None
        self._discarding = False
        self._close_box: QMessageBox | None = None
        self.setObjectName("testimonyEditor")
        # The window title is visible to the window manager, task switchers and screen sharing:
        # no names in it.
        self.setWindowTitle(self.tr("Testimony editor"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.header_label = QLabel(self)
        self.header_label.setTextFormat(Qt.TextFormat.PlainText)
        self.header_label.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("transcriptEdit")
        self.text_edit.setAccessibleName(self.tr("Transcript"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.document().modificationChanged.connect(self._modification_changed)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAccessibleName(self.tr("Editor messages"))

        self.save_action = QAction(self.tr("&Save as new revision"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(self.save)
        self.redact_action = QAction(self.tr("Mark selection as &redacted"), self)
        self.redact_action.setShortcut(QKeySequence("Ctrl+R"))
        self.redact_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.redact_action.triggered.connect(self.mark_selection_redacted)
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.close_action.triggered.connect(self.close)
        for action in (self.save_action, self.redact_action, self.close_action):
            self.addAction(action)

        self.save_button = QPushButton(self.tr("&Save as new revision (Ctrl+S)"), self)
        self.save_button.clicked.connect(self.save)
        self.redact_button = QPushButton(self.tr("Mark &redacted (Ctrl+R)"), self)
        self.redact_button.clicked.connect(self.mark_selection_redacted)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.clicked.connect(self.close)

        self.history_model: RecordTableModel[TestimonyRevision] = revision_model(self)
        self.history_view = QTableView(self)
        self.history_view.setObjectName("historyView")
        self.history_view.setModel(self.history_model)
        self.history_view.setAccessibleName(self.tr("Revision history"))
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.verticalHeader().hide()
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.selectionModel().currentRowChanged.connect(self._show_revision)
        self.preview_edit = QPlainTextEdit(self)
        self.preview_edit.setReadOnly(True)
        self.preview_edit.setAccessibleName(self.tr("Text of the selected revision"))
        self.preview_edit.setTabChangesFocus(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.redact_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.header_label)
        left_layout.addWidget(self.text_edit, 1)
        left_layout.addWidget(self.status_label)
        left_layout.addLayout(buttons)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        history_label = QLabel(self.tr("Revision &history:"), right)
        history_label.setBuddy(self.history_view)
        right_layout.addWidget(history_label)
        right_layout.addWidget(self.history_view, 1)
        right_layout.addWidget(self.preview_edit, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1000, 640)
        self.load()
        self.text_edit.setFocus()

    # --- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        """(Re)load the testimony from the vault; unsaved edits are replaced."""
        testimony = self._vault().get_testimony(self.testimony_id)
        self.testimony = testimony
        self.text_edit.setPlainText(testimony.transcript)
        self.text_edit.document().setModified(False)
        self._refresh_marks(testimony)
        self.status_label.clear()

    def _refresh_marks(self, testimony: Testimony) -> None:
        """After a stored change that kept the text: new spans, header and history."""
        self.testimony = testimony
        self._map = TextMap(testimony.transcript, self.text_edit.document().toRawText())
        self._apply_highlights(testimony.redacted_spans)
        person = None
        with contextlib.suppress(Exception):  # a missing person only shortens the header
            person = self._vault().get_person(testimony.person_id)
        parts = [person_label(person)]
        if testimony.interview_date:
            parts.append(testimony.interview_date.isoformat())
        if testimony.place:
            parts.append(testimony.place)
        parts.append(self.tr("revision {n}").format(n=testimony.revision))
        parts.append(self.tr("{n} redacted passages").format(n=len(testimony.redacted_spans)))
        self.header_label.setText(" · ".join(parts))
        testimony_id = testimony.id
        vault = self._vault
        self.history_model.set_source(ListSource(lambda: reversed(vault().testimony_history(testimony_id))))
        self.preview_edit.clear()
        self.redact_action.setEnabled(self._map.ok)
        self.redact_button.setEnabled(self._map.ok)
        if not self._map.ok:
            self.status_label.setText(self.tr(
                "This transcript contains characters the editor cannot show exactly, so redactions "
                "cannot be marked here."))

    def _apply_highlights(self, spans: tuple[Span, ...]) -> None:
        if self._map is None:
            return
        selections: list[QTextEdit.ExtraSelection] = []
        fmt = redaction_format()
        for span in spans:
            cursor = QTextCursor(self.text_edit.document())
            cursor.setPosition(self._map.to_qt(span.start))
            cursor.setPosition(self._map.to_qt(span.end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.text_edit.setExtraSelections(selections)

    def highlighted_spans(self) -> list[tuple[int, int]]:
        """The highlighted ranges as document positions (for tests and accessibility checks)."""
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd())
                for s in self.text_edit.extraSelections()]

    def _modification_changed(self, modified: bool) -> None:
        if modified and self.testimony is not None and self.testimony.redacted_spans:
            self.status_label.setText(self.tr(
                "You changed the text. Saving it removes its {n} redaction marks; mark them again "
                "after saving.").format(n=len(self.testimony.redacted_spans)))
        elif not modified:
            self.status_label.clear()

    # --- actions -------------------------------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        return self.text_edit.document().isModified()

    def save(self) -> bool:
        """Store the edited text as a new revision. False if nothing was saved."""
        if not self.is_modified:
            self.status_label.setText(self.tr("No changes to save."))
            return False
        text = document_text(self.text_edit.document().toRawText())
        try:
            testimony = self._vault().edit_testimony(self.testimony_id, transcript=text)
        except Exception as exc:
            self.status_label.setText(explain(exc)[1])
            return False
        self.text_edit.document().setModified(False)
        self._refresh_marks(testimony)
        self.status_label.setText(self.tr("Saved as revision {n}.").format(n=testimony.revision))
        self.saved.emit(testimony)
        return True

    def mark_selection_redacted(self) -> bool:
        """Store the selected text as a redacted span (Ctrl+R)."""
        cursor = self.text_edit.textCursor()
        if not cursor.hasSelection():
            self.status_label.setText(self.tr("Select the words to redact first, then press Ctrl+R."))
            return False
        if self.is_modified:
            self.status_label.setText(self.tr(
                "Save the changed text first (Ctrl+S), then select the words again and press Ctrl+R."))
            return False
        if self._map is None or not self._map.ok:
            return False
        start = self._map.to_text(cursor.selectionStart())
        end = self._map.to_text(cursor.selectionEnd())
        if end <= start:
            return False
        try:
            testimony = self._vault().mark_redacted(self.testimony_id, start, end)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._refresh_marks(testimony)
        self.status_label.setText(self.tr("Marked as redacted. Exports will hide this passage."))
        self.saved.emit(testimony)
        return True

    def _show_revision(self, current: QModelIndex, previous: QModelIndex) -> None:
        revision = self.history_model.record(current.row()) if current.isValid() else None
        text = revision.snapshot.get("transcript", "") if revision is not None else ""
        self.preview_edit.setPlainText(str(text))

    # --- closing -------------------------------------------------------------------------------

    def save_before_lock(self) -> None:
        """Called just before the vault locks: keep unsaved work as a revision if possible."""
        if self.is_modified and self.text_edit.toPlainText().strip():
            with contextlib.suppress(Exception):  # locking must go on; then the text is dropped
                self.save()

    def discard(self) -> None:
        """Drop the text and close without asking (the vault is locking)."""
        self._discarding = True
        if self._close_box is not None:
            self._close_box.close()
        self.text_edit.setExtraSelections([])
        self.text_edit.clear()
        self.text_edit.document().clearUndoRedoStacks()
        self.preview_edit.clear()
        self.history_model.clear()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._discarding or not self.is_modified:
            event.accept()
            return
        event.ignore()
        if self._close_box is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                          self.tr("The transcript has changes that are not saved. Save them as a new revision?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.finished.connect(lambda result: self._close_answered(box, result))
        self._close_box = box
        box.open()

    def _close_answered(self, box: QMessageBox, result: int) -> None:
        self._close_box = None
        button = box.standardButton(box.clickedButton())
        box.deleteLater()
        if button == QMessageBox.StandardButton.Save:
            if self.save():
                self._discarding = True
                self.close()
        elif button == QMessageBox.StandardButton.Discard:
            self._discarding = True
            self.close()
