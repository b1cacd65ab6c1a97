"""The testimony editor: edit the transcript and the interview's details (each save is a new
revision), mark redactions, attach the recording and other media of the case, see the revision
history.

Redactions are marked on the saved text: select words and press Ctrl+R. The span is stored by the
vault as character offsets into the transcript (``TextMap`` converts from Qt's UTF-16 document
positions) and shown with a dark highlight. When the text changes, the core re-anchors each mark to
its words (``evidence_app/marks.py``); the editor names every mark a save would drop or flag, in the
"Unsaved changes" question (whose default is Cancel, never Save) and after the save.

A lock never saves: unsaved work is kept as an encrypted draft in the vault (``save_before_lock``,
``evidence_app/drafts.py``) and offered again after unlock (``offer_draft``: restore, discard, later).

Why this is still one file (about 790 lines): the editor's text, marks, details, attachments,
drafts and closing all act on one document and one "modified" state, and the lock, close and save
paths must agree on it; one class keeps them in step. The split, if it grows: the details form
(``_build_details`` .. ``_details_edited``) into ``ui/testimony_details.py`` and the draft offer into
``ui/testimony_drafts.py``, both as widgets the editor owns.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app import drafts
from evidence_app import media_service as ms
from evidence_app.errors import InvalidInput, NotFound
from evidence_app.marks import Reanchored, reanchor
from evidence_app.model import MediaItem, MediaKind, Span, Testimony, TestimonyRevision
from evidence_app.records.common import parse_date
from evidence_app.records.persons import get_person, list_persons
from evidence_app.records.testimonies import (
    edit_testimony,
    get_testimony,
    mark_redacted,
    mark_reviews,
    testimony_history,
    unmark_redacted,
)

from .dialogs import VaultGetter
from .errors import explain, show_error
from .layout import LayoutMemory
from .models import ListSource, RecordTableModel, person_label, revision_model
from .settings import Settings
from .textmap import TextMap, document_text


def redaction_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#202020"))
    fmt.setForeground(QColor("#ffffff"))
    return fmt


class TestimonyEditor(QWidget):
    """A window of its own (child of the main window, so it closes when the vault locks)."""

    saved = Signal(object)  # Testimony, after each stored change

    def __init__(
        self, vault: VaultGetter, testimony_id: str, parent: QWidget | None = None, settings: Settings | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._vault = vault
        self.testimony_id = testimony_id
        self.testimony: Testimony | None = None
        self._map: TextMap | None = None
        self._discarding = False
        self._close_box: QMessageBox | None = None
        self._draft_box: QMessageBox | None = None
        self._from_draft = False  # the text in the editor came from a kept draft
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
        self.text_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text_edit.customContextMenuRequested.connect(
            lambda pos: self.build_context_menu(pos).popup(self.text_edit.mapToGlobal(pos))
        )
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAccessibleName(self.tr("Editor messages"))

        self.save_action = QAction(self.tr("&Save as new revision"), self)
        # Ctrl+Enter too: the key people reach for to "send" a finished text.
        self.save_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Save), QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")]
        )
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

        self._build_details()
        self._build_attachments()

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
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("testimonyTabs")
        self.tabs.addTab(self.text_edit, self.tr("&Transcript"))
        self.tabs.addTab(self.details_page, self.tr("&Details"))
        self.tabs.addTab(self.media_page, self.tr("&Media"))
        left_layout.addWidget(self.tabs, 1)
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
        # Fits a 1366x768 screen; size, splitter and columns as the user left them last time.
        self.layout_memory = LayoutMemory(settings, "testimonyEditor")
        self.layout_memory.table(self.history_view, "history", 2)  # By
        self.layout_memory.splitter(splitter, "main", [620, 400])
        self.layout_memory.window(self, 1040, 680)
        self.load()
        self.text_edit.setFocus()

    # --- loading -------------------------------------------------------------------------------

    def load(self) -> None:
        """(Re)load the testimony from the vault; unsaved edits are replaced."""
        testimony = get_testimony(self._vault(), self.testimony_id)
        self.testimony = testimony
        self.text_edit.setPlainText(testimony.transcript)
        self.text_edit.document().setModified(False)
        self._fill_details(testimony)
        self._refresh_marks(testimony)
        self._fill_attachments()
        self.status_label.clear()

    def _refresh_marks(self, testimony: Testimony) -> None:
        """After a stored change that kept the text: new spans, header and history."""
        self.testimony = testimony
        self._map = TextMap(testimony.transcript, self.text_edit.document().toRawText())
        self._apply_highlights(testimony.redacted_spans)
        person = None
        with contextlib.suppress(Exception):  # a missing person only shortens the header
            person = get_person(self._vault(), testimony.person_id)
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
        self.history_model.set_source(ListSource(lambda: reversed(testimony_history(vault(), testimony_id))))
        self.preview_edit.clear()
        self.redact_action.setEnabled(self._map.ok)
        self.redact_button.setEnabled(self._map.ok)
        if not self._map.ok:
            self.status_label.setText(
                self.tr(
                    "This transcript contains characters the editor cannot show exactly, so redactions "
                    "cannot be marked here."
                )
            )

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
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self.text_edit.extraSelections()]

    def _modification_changed(self, modified: bool) -> None:
        if modified and self.testimony is not None and self.testimony.redacted_spans:
            self.status_label.setText(
                self.tr(
                    "You changed the text. Its {n} redaction marks follow their words when you save; a mark whose "
                    "words you delete is dropped and named."
                ).format(n=len(self.testimony.redacted_spans))
            )
        elif not modified:
            self.status_label.clear()

    def pending_marks(self) -> Reanchored | None:
        """What saving the typed text would do to the redaction marks (None: text unchanged)."""
        t = self.testimony
        if t is None or not self.text_edit.document().isModified():
            return None
        typed = document_text(self.text_edit.document().toRawText())
        return reanchor(t.transcript, typed, t.redacted_spans, mark_reviews(self._vault(), t.id))

    def marks_report(self, moved: Reanchored | None) -> str:
        """The dropped and flagged marks, by their words, for the researcher's eyes only."""
        if moved is None:
            return ""
        lines = [
            self.tr("The redaction mark over “{words}” will be dropped: its words are gone.").format(words=c.words)
            for c in moved.dropped
        ]
        lines += [
            self.tr("The redaction mark over “{words}” will cover changed words: review it.").format(words=c.words)
            for c in moved.flagged
        ]
        return "\n".join(lines)

    # --- actions -------------------------------------------------------------------------------

    @property
    def is_modified(self) -> bool:
        return self.text_edit.document().isModified() or self._details_differ()

    def save(self) -> bool:
        """Store the edited text and details as one new revision. False if nothing was saved."""
        if not self.is_modified:
            self.status_label.setText(self.tr("No changes to save."))
            return False
        try:
            changes = self.details_changes()
            moved = self.pending_marks()
            if self.text_edit.document().isModified():
                changes["transcript"] = document_text(self.text_edit.document().toRawText())
            testimony = edit_testimony(self._vault(), self.testimony_id, **changes)
        except Exception as exc:
            self.status_label.setText(explain(exc)[1])
            return False
        self.text_edit.document().setModified(False)
        if self._from_draft:
            self._from_draft = False
            with contextlib.suppress(Exception):  # the revision is saved; a stale draft is only offered again
                drafts.discard(self._vault(), self.testimony_id, "saved")
        self._fill_details(testimony)
        self._refresh_marks(testimony)
        report = self.marks_report(moved).replace(self.tr("will be dropped"), self.tr("was dropped"))
        report = report.replace(self.tr("will cover"), self.tr("now covers"))
        saved = self.tr("Saved as revision {n}.").format(n=testimony.revision)
        self.status_label.setText(f"{saved}\n{report}" if report else saved)
        self.saved.emit(testimony)
        return True

    def mark_selection_redacted(self) -> bool:
        """Store the selected text as a redacted span (Ctrl+R)."""
        cursor = self.text_edit.textCursor()
        if not cursor.hasSelection():
            self.status_label.setText(self.tr("Select the words to redact first, then press Ctrl+R."))
            return False
        if self.is_modified:
            self.status_label.setText(
                self.tr("Save the changed text first (Ctrl+S), then select the words again and press Ctrl+R.")
            )
            return False
        if self._map is None or not self._map.ok:
            return False
        start = self._map.to_text(cursor.selectionStart())
        end = self._map.to_text(cursor.selectionEnd())
        if end <= start:
            return False
        try:
            testimony = mark_redacted(self._vault(), self.testimony_id, start, end)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._refresh_marks(testimony)
        self.status_label.setText(self.tr("Marked as redacted. Exports will hide this passage."))
        self.saved.emit(testimony)
        return True

    def mark_at(self, position: int) -> Span | None:
        """The stored redaction mark under a document position, if any."""
        if self._map is None or not self._map.ok or self.testimony is None or self.is_modified:
            return None
        at = self._map.to_text(position)
        return next((s for s in self.testimony.redacted_spans if s.start <= at < s.end), None)

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The text's usual menu, plus "Remove this redaction mark" over a mark."""
        menu = self.text_edit.createStandardContextMenu(pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        span = self.mark_at(self.text_edit.cursorForPosition(pos).position())
        if span is not None:
            menu.addSeparator()
            action = menu.addAction(self.tr("Remove this redaction &mark"))
            action.setObjectName("unmarkAction")
            action.triggered.connect(lambda _checked=False, s=span: self.unmark(s))
        return menu

    def unmark(self, span: Span) -> bool:
        """Remove one redaction mark; exports then show its words."""
        try:
            testimony = unmark_redacted(self._vault(), self.testimony_id, span.start, span.end)
        except Exception as exc:
            show_error(self, exc)
            return False
        self._refresh_marks(testimony)
        self.status_label.setText(self.tr("Redaction mark removed. Exports will show this passage."))
        self.saved.emit(testimony)
        return True

    def _show_revision(self, current: QModelIndex, previous: QModelIndex) -> None:
        revision = self.history_model.record(current.row()) if current.isValid() else None
        text = revision.snapshot.get("transcript", "") if revision is not None else ""
        self.preview_edit.setPlainText(str(text))

    # --- details -------------------------------------------------------------------------------

    def _build_details(self) -> None:
        self.details_page = QWidget(self)
        self.person_combo = QComboBox(self.details_page)
        self.person_combo.setAccessibleName(self.tr("Person interviewed"))
        self.date_edit = QLineEdit(self.details_page)
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD, or empty if unknown"))
        self.date_edit.setAccessibleName(self.tr("Interview date"))
        self.place_edit = QLineEdit(self.details_page)
        self.place_edit.setAccessibleName(self.tr("Place of the interview"))
        self.interviewer_edit = QLineEdit(self.details_page)
        self.interviewer_edit.setAccessibleName(self.tr("Interviewer"))
        self.interpreter_edit = QLineEdit(self.details_page)
        self.interpreter_edit.setAccessibleName(self.tr("Interpreter"))
        self.language_edit = QLineEdit(self.details_page)
        self.language_edit.setAccessibleName(self.tr("Language"))
        self.tags_edit = QLineEdit(self.details_page)
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.summary_edit = QPlainTextEdit(self.details_page)
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.summary_edit.setTabChangesFocus(True)
        note = QLabel(
            self.tr("Interviewer and interpreter never leave the vault: exports leave them out."), self.details_page
        )
        note.setWordWrap(True)
        form = QFormLayout(self.details_page)
        form.addRow(self.tr("&Person:"), self.person_combo)
        form.addRow(self.tr("Intervie&w date:"), self.date_edit)
        form.addRow(self.tr("P&lace:"), self.place_edit)
        form.addRow(self.tr("&Interviewer:"), self.interviewer_edit)
        form.addRow(self.tr("Interpret&er:"), self.interpreter_edit)
        form.addRow(self.tr("Lan&guage:"), self.language_edit)
        form.addRow(self.tr("T&ags:"), self.tags_edit)
        form.addRow(self.tr("S&ummary:"), self.summary_edit)
        form.addRow("", note)
        for edit in (
            self.date_edit,
            self.place_edit,
            self.interviewer_edit,
            self.interpreter_edit,
            self.language_edit,
            self.tags_edit,
        ):
            edit.textChanged.connect(self._details_edited)
        self.summary_edit.textChanged.connect(self._details_edited)
        self.person_combo.currentIndexChanged.connect(self._details_edited)

    def _fill_details(self, testimony: Testimony) -> None:
        vault = self._vault()
        persons = list_persons(vault, testimony.case_id)
        if all(p.id != testimony.person_id for p in persons):
            with contextlib.suppress(Exception):
                persons.append(get_person(vault, testimony.person_id))
        self._filling = True
        try:
            self.person_combo.clear()
            for person in persons:
                self.person_combo.addItem(person_label(person), person.id)
            self.person_combo.setCurrentIndex(self.person_combo.findData(testimony.person_id))
            self.date_edit.setText(testimony.interview_date.isoformat() if testimony.interview_date else "")
            self.place_edit.setText(testimony.place)
            self.interviewer_edit.setText(testimony.interviewer)
            self.interpreter_edit.setText(testimony.interpreter)
            self.language_edit.setText(testimony.language)
            self.tags_edit.setText(", ".join(testimony.tags))
            self.summary_edit.setPlainText(testimony.summary)
        finally:
            self._filling = False

    def details_changes(self) -> dict[str, object]:
        """The detail fields that differ from the stored testimony, as ``edit_testimony`` takes them.
        Raises InvalidInput for a date that is not a date."""
        t = self.testimony
        if t is None:
            return {}
        typed: dict[str, object] = {
            "person_id": self.person_combo.currentData() or t.person_id,
            "interview_date": parse_date(self.date_edit.text().strip() or None, "interview date"),
            "place": self.place_edit.text().strip(),
            "interviewer": self.interviewer_edit.text().strip(),
            "interpreter": self.interpreter_edit.text().strip(),
            "language": self.language_edit.text().strip(),
            "tags": tuple(tag.strip() for tag in self.tags_edit.text().split(",") if tag.strip()),
            "summary": self.summary_edit.toPlainText(),
        }
        return {name: value for name, value in typed.items() if value != getattr(t, name)}

    def _details_differ(self) -> bool:
        try:
            return bool(self.details_changes())
        except InvalidInput:
            return True  # a half-typed date is a change too: closing must ask

    def _details_edited(self) -> None:
        if getattr(self, "_filling", False):
            return
        if self._details_differ():
            self.status_label.setText(self.tr("Details changed: save them with Ctrl+S."))
        elif not self.text_edit.document().isModified():
            self.status_label.clear()

    # --- attached media ------------------------------------------------------------------------

    def _build_attachments(self) -> None:
        self.media_page = QWidget(self)
        self.media_list = QListWidget(self.media_page)
        self.media_list.setObjectName("attachedMedia")
        self.media_list.setAccessibleName(self.tr("Media attached to this testimony"))
        self.attach_button = QPushButton(self.tr("&Attach media of this case…"), self.media_page)
        self.attach_button.clicked.connect(self.open_attach_dialog)
        self.detach_button = QPushButton(self.tr("D&etach"), self.media_page)
        self.detach_button.setToolTip(self.tr("Remove the link; the item stays in the case"))
        self.detach_button.clicked.connect(self.detach_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.detach_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.media_page)
        layout.addWidget(
            QLabel(self.tr("The recording of this interview and other media it refers to:"), self.media_page)
        )
        layout.addWidget(self.media_list, 1)
        layout.addLayout(buttons)

    def media_label(self, item: MediaItem) -> str:
        kind = {
            MediaKind.PHOTO: self.tr("Photo"),
            MediaKind.AUDIO: self.tr("Recording"),
            MediaKind.VIDEO: self.tr("Video"),
        }.get(item.kind, self.tr("Document"))
        name = item.caption or ms.escape_name(item.original_name)
        date = f" · {item.capture_date}" if item.capture_date else ""
        return f"{kind}: {name}{date}"

    def _fill_attachments(self) -> None:
        self.media_list.clear()
        testimony = self.testimony
        if testimony is None:
            return
        vault = self._vault()
        for media_id in testimony.media_ids:
            try:
                item = ms.get_media(vault, media_id)
            except NotFound:
                continue  # deleted meanwhile
            entry = QListWidgetItem(self.media_label(item), self.media_list)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
        self.detach_button.setEnabled(self.media_list.count() > 0)

    def attachable(self) -> list[MediaItem]:
        """Media of the testimony's case that are not attached yet."""
        if self.testimony is None:
            return []
        attached = set(self.testimony.media_ids)
        return [m for m in ms.list_media(self._vault(), self.testimony.case_id) if m.id not in attached]

    def open_attach_dialog(self) -> AttachMediaDialog | None:
        items = self.attachable()
        if not items:
            self.status_label.setText(
                self.tr(
                    "Every media item of this case is attached already. Import the recording in the Media tab first."
                )
            )
            return None
        dialog = AttachMediaDialog([(self.media_label(i), i.id) for i in items], self)
        dialog.chosen.connect(self.attach)
        dialog.open()
        return dialog

    def attach(self, media_ids: list[str]) -> None:
        try:
            for media_id in media_ids:
                ms.attach_to_testimony(self._vault(), self.testimony_id, media_id)
        except Exception as exc:
            show_error(self, exc)
        self._reload_attachments()
        self.status_label.setText(self.tr("Attached {n} item(s).").format(n=len(media_ids)))

    def detach_selected(self) -> bool:
        entry = self.media_list.currentItem()
        if entry is None:
            self.status_label.setText(self.tr("Select the item to detach first."))
            return False
        try:
            ms.detach_from_testimony(self._vault(), self.testimony_id, str(entry.data(Qt.ItemDataRole.UserRole)))
        except Exception as exc:
            show_error(self, exc)
            return False
        self._reload_attachments()
        self.status_label.setText(self.tr("Detached. The item is still in the case."))
        return True

    def _reload_attachments(self) -> None:
        # Attachments do not make a revision; only media_ids is taken over, so typed but unsaved
        # details and text stay as they are.
        if self.testimony is not None:
            fresh = get_testimony(self._vault(), self.testimony_id)
            self.testimony = replace(self.testimony, media_ids=fresh.media_ids)
        self._fill_attachments()

    # --- closing -------------------------------------------------------------------------------

    def save_before_lock(self) -> None:
        """Called just before the vault locks: keep unsaved work as an encrypted draft inside the
        vault (``evidence_app.drafts``), never as a revision; it is offered again after unlock."""
        if self.testimony is None or not self.is_modified:
            return
        with contextlib.suppress(Exception):  # locking must go on; then the text is dropped
            t = self.testimony
            moved = self.pending_marks()
            typed = document_text(self.text_edit.document().toRawText()) if moved is not None else t.transcript
            spans = moved.spans if moved is not None else t.redacted_spans
            drafts.keep(self._vault(), t.id, typed, spans, self._draft_details(), t.revision)

    def _draft_details(self) -> dict[str, object]:
        """The changed details as far as they can be stored (a half-typed date is left out)."""
        try:
            return self.details_changes()
        except InvalidInput:
            saved_date = self.date_edit.text()
            self.date_edit.setText(
                self.testimony.interview_date.isoformat() if self.testimony and self.testimony.interview_date else ""
            )
            try:
                return self.details_changes()
            finally:
                self.date_edit.setText(saved_date)

    # --- drafts --------------------------------------------------------------------------------

    def offer_draft(self) -> QMessageBox | None:
        """Ask what to do with the draft kept for this testimony at the last lock, if any:
        restore it into the editor, discard it (deleted), or keep it for later."""
        draft = drafts.get(self._vault(), self.testimony_id)
        if draft is None or self._draft_box is not None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved edit kept as a draft"),
            self.tr(
                "When the vault locked, this testimony had changes that were not saved. They were kept as a "
                "draft inside the encrypted vault, not as a revision. Restore them into the editor?"
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("draftBox")
        info = self.tr("Kept {when}, while editing revision {n}.").format(when=draft.saved, n=draft.base_revision)
        current = self.testimony.revision if self.testimony is not None else draft.base_revision
        if current != draft.base_revision:
            info += "\n" + self.tr(
                "The testimony has changed since (it is revision {n} now). Saving the restored draft keeps "
                "the current text as a revision."
            ).format(n=current)
        box.setInformativeText(info)
        restore = box.addButton(self.tr("&Restore the draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard the draft"), QMessageBox.ButtonRole.DestructiveRole)
        later = box.addButton(self.tr("Keep it for &later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)  # restoring writes nothing; the user still saves or not
        box.setEscapeButton(later)

        def answered(_result: int) -> None:
            self._draft_box = None
            clicked = box.clickedButton()
            box.deleteLater()
            if clicked is restore:
                self.restore_draft(draft)
            elif clicked is discard:
                self.discard_draft()

        box.finished.connect(answered)
        self._draft_box = box
        box.open()
        return box

    def restore_draft(self, draft: drafts.Draft) -> None:
        """Put the draft's text, marks and details into the editor, unsaved (Ctrl+S saves them)."""
        t = self.testimony
        if t is None:
            return
        self.text_edit.setPlainText(draft.transcript)
        self.text_edit.document().setModified(draft.transcript != t.transcript)
        draft_map = TextMap(draft.transcript, self.text_edit.document().toRawText())
        if draft_map.ok:
            kept_map, self._map = self._map, draft_map
            self._apply_highlights(draft.redacted_spans)
            self._map = kept_map
        with contextlib.suppress(Exception):  # a detail that no longer fits (a deleted person) stays as saved
            self._fill_details(replace(t, **draft.details))
        self._from_draft = True
        self.status_label.setText(
            self.tr("The draft is back in the editor, not saved yet: save it with Ctrl+S, or close to discard it.")
        )

    def discard_draft(self) -> bool:
        gone = drafts.discard(self._vault(), self.testimony_id)
        self._from_draft = False
        if gone:
            self.status_label.setText(self.tr("The draft was discarded."))
        return gone

    def discard(self) -> None:
        """Drop the text and close without asking (the vault is locking)."""
        self._discarding = True
        if self._close_box is not None:
            self._close_box.close()
        if self._draft_box is not None:
            self._draft_box.close()
        self.text_edit.setExtraSelections([])
        self.text_edit.clear()
        self.text_edit.document().clearUndoRedoStacks()
        self.preview_edit.clear()
        self.history_model.clear()
        self.summary_edit.clear()
        self.media_list.clear()
        self.person_combo.clear()
        for edit in (
            self.date_edit,
            self.place_edit,
            self.interviewer_edit,
            self.interpreter_edit,
            self.language_edit,
            self.tags_edit,
        ):
            edit.clear()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._discarding or not self.is_modified:
            self.layout_memory.save()
            event.accept()
            return
        event.ignore()
        if self._close_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("The testimony has changes that are not saved. Save them as a new revision?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        marks = ""
        with contextlib.suppress(Exception):  # the question must still be asked
            marks = self.marks_report(self.pending_marks())
        if marks:
            box.setInformativeText(marks)
        # Enter alone neither saves (a save may drop marks) nor discards: it goes back to the text.
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
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
            if self._from_draft:
                with contextlib.suppress(Exception):
                    self.discard_draft()  # the researcher threw the restored edit away: the draft goes too
            self._discarding = True
            self.close()


class AttachMediaDialog(QDialog):
    """Pick one or more media items of the case to attach."""

    chosen = Signal(list)  # media ids

    def __init__(self, entries: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach media"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Media of this case"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for text, media_id in entries:
            entry = QListWidgetItem(text, self.list)
            entry.setData(Qt.ItemDataRole.UserRole, media_id)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Attach"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("&Choose what to attach (Ctrl or Shift selects several):"), self)
        prompt.setBuddy(self.list)
        layout.addWidget(prompt)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(480, 360)

    def accept(self) -> None:
        ids = [str(e.data(Qt.ItemDataRole.UserRole)) for e in self.list.selectedItems()]
        super().accept()
        if ids:
            self.chosen.emit(ids)
