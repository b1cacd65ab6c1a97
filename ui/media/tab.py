"""The Media tab of a case: a thumbnail grid, import with progress and cancel, what each original
carried, original and working copy side by side, redaction boxes (mouse or keyboard) and face
suggestions, and playback of a recording's working copy.

The tab lays out and connects the widgets of this package (see ui/media/__init__.py for which
module holds what) and runs every piece of work as a job; the privacy rules written there are kept
here: ``discard()`` drops every decoded picture, recording and item when the vault locks, and the
generation counter makes a job that finishes after a lock or a case change do nothing.

Why this is still one file: besides the wiring it holds the photo review (Suggest faces, Read
text, the suggestion list, Accept/Reject, Apply), whose methods share the canvas, the list and the
busy state with the grid. It would split by moving that review into a ``PhotoReview`` widget of its
own, as the video's face tracks already are (video_review.py), leaving the tab its layout and jobs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app import media_service as ms
from evidence_app import picture_text
from evidence_app.media import redact as media_redact
from evidence_app.model import MediaItem, MediaKind
from evidence_app.suggestions import suggest_faces

from ..errors import show_error
from ..filedialogs import PathMode, ask_path
from ..jobs import JobRunner
from ..recorder import RecorderDialog
from ..session import Session
from . import model as media_model
from .actions import MediaActions
from .canvas import ACCEPTED, REJECTED, SUGGESTED, ImageCanvas, ImageView, Suggestion
from .details import MediaDetails
from .importing import ImportPanel
from .model import MediaListModel
from .recording import RecorderHookup
from .recording_pane import RecordingPane
from .thumbnails import THUMB_SIZE, decode_image, orientation_of
from .transcript import TranscriptPanel
from .video_review import VideoFacesPanel


class MediaTab(QWidget):
    """Everything about the photos and recordings of one case."""

    items_loaded = Signal()
    import_progress = Signal(int, int)  # done, total
    import_finished = Signal(object)  # list[ImportResult]
    thumbnail_ready = Signal(str)
    preview_loaded = Signal(str)
    audio_loaded = Signal(str)  # item id: its working copy is in the player
    redaction_applied = Signal(object)  # MediaItem
    faces_found = Signal(object)  # list[Box]
    text_read = Signal(object)  # picture_text.PictureText
    suggestions_loaded = Signal(str)  # item id: its stored suggestions are in the list
    job_failed = Signal(object)  # the exception

    def __init__(self, session: Session, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self.case_id: str | None = None
        self._generation = 0
        self._busy = False
        self.pending_select: str | None = None  # an item to select once the list is loaded
        self.setAcceptDrops(True)

        # grid and import
        self.model = MediaListModel(self)
        self.model.thumbnail_wanted.connect(self._load_thumbnail)
        self.view = QListView(self)
        self.view.setObjectName("mediaGrid")
        self.view.setAccessibleName(self.tr("Media of the case"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
        self.view.setGridSize(QSize(THUMB_SIZE + 24, THUMB_SIZE + 40))
        self.view.setUniformItemSizes(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.setAcceptDrops(False)  # the tab takes the drop

        self.importer = ImportPanel(jobs, self)
        self.importer.import_button.clicked.connect(self.open_import_dialog)
        self.importer.started.connect(self._update_redaction_controls)
        self.importer.ended.connect(self._update_redaction_controls)
        self.importer.progress.connect(self.import_progress.emit)
        self.importer.failed.connect(self.job_failed.emit)
        self.importer.imported.connect(self._imported)
        self.status_label = self.importer.status_label
        self.failures = self.importer.failures
        self.record_button = QPushButton(self.tr("Record intervie&w…"), self)
        self.record_button.setObjectName("recordButton")
        self.record_button.setToolTip(
            self.tr("Record from the microphone straight into the vault (no file is written)")
        )
        self.record_button.clicked.connect(self.open_recorder)
        self.recorder_hookup = RecorderHookup(session, jobs, self)
        self.recorder_hookup.saved.connect(lambda item: self.reload(select=item.id))
        self.importer.add_button(self.record_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.importer)
        left_layout.addWidget(self.view, 1)

        # details
        self.not_exportable_label = QLabel(self)
        self.not_exportable_label.setObjectName("notExportable")
        self.not_exportable_label.setWordWrap(True)
        self.not_exportable_label.setStyleSheet("QLabel { color: #a00000; font-weight: bold; }")
        self.not_exportable_label.setVisible(False)
        self.details = MediaDetails(self)

        # side by side
        self.original_view = ImageView(self.tr("Original, as imported"), self)
        self.canvas = ImageCanvas(self.tr("Working copy: drag, or press N, to draw a redaction box"), self)
        self.canvas.box_drawn.connect(self.add_box)
        self.canvas.boxes_changed.connect(self._update_redaction_controls)
        self.canvas_status = QLabel(self.canvas.status_text(), self)
        self.canvas_status.setObjectName("canvasStatus")
        self.canvas_status.setWordWrap(True)
        self.canvas.keyboard_box_changed.connect(lambda: self.canvas_status.setText(self.canvas.status_text()))
        original_box = QWidget(self)
        ol = QVBoxLayout(original_box)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(QLabel(self.tr("Original (sealed, never exported)"), self))
        ol.addWidget(self.original_view, 1)
        working_box = QWidget(self)
        wl = QVBoxLayout(working_box)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(QLabel(self.tr("Working copy (drag, or press N, to draw boxes)"), self))
        wl.addWidget(self.canvas, 1)
        wl.addWidget(self.canvas_status)
        pair = QSplitter(Qt.Orientation.Horizontal, self)
        self.pair = pair  # the main window remembers its position (ui/layout.py)
        pair.addWidget(original_box)
        pair.addWidget(working_box)

        self.faces_button = QPushButton(self.tr("Su&ggest faces"), self)
        self.faces_button.setToolTip(self.tr("Look for faces in the working copy; you review each suggestion"))
        self.faces_button.clicked.connect(self.suggest_faces)
        self.text_button = QPushButton(self.tr("Read te&xt"), self)
        self.text_button.setObjectName("readTextButton")
        self.text_button.setToolTip(
            self.tr(
                "Read the text in the working copy (OCR, kept encrypted and searchable); a protected "
                "person's name, a phone or an e-mail found in it becomes a suggestion you review"
            )
        )
        self.text_button.clicked.connect(self.read_text)
        self.accept_button = QPushButton(self.tr("Acc&ept"), self)
        self.accept_button.setToolTip(self.tr("Redact the selected suggestion"))
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button = QPushButton(self.tr("Re&ject"), self)
        self.reject_button.setToolTip(self.tr("Do not redact the selected suggestion"))
        self.reject_button.clicked.connect(self.reject_current)
        self.clear_button = QPushButton(self.tr("C&lear boxes"), self)
        self.clear_button.clicked.connect(self.clear_boxes)
        self.apply_button = QPushButton(self.tr("Appl&y redaction"), self)
        self.apply_button.setToolTip(self.tr("Burn the boxes into a new working copy; the original is kept"))
        self.apply_button.clicked.connect(self.apply_redaction)
        self.suggestion_list = QListWidget(self)
        self.suggestion_list.setObjectName("faceSuggestions")
        self.suggestion_list.setAccessibleName(self.tr("Suggested boxes: faces and text"))
        self.suggestion_list.setMaximumHeight(90)
        buttons = QHBoxLayout()
        for button in (
            self.faces_button,
            self.text_button,
            self.accept_button,
            self.reject_button,
            self.clear_button,
            self.apply_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.boxes_label = QLabel(self)
        self.boxes_label.setObjectName("boxesLabel")
        self.audio_box = RecordingPane(session, self._start, self)
        self.audio_box.loaded.connect(self.audio_loaded.emit)
        self.audio = self.audio_box.player
        self.audio_label = self.audio_box.label
        # The transcript beside the player: a click on a word plays the recording from there.
        self.transcript = TranscriptPanel(session, jobs, self)
        self.transcript.seek_requested.connect(self.audio.seek)
        self.transcript.failed.connect(self.job_failed.emit)

        self.photo_review = QWidget(self)
        pl = QVBoxLayout(self.photo_review)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(pair, 1)
        pl.addLayout(buttons)
        pl.addWidget(self.boxes_label)
        pl.addWidget(self.suggestion_list)
        # A video's page: its face tracks (ui/media/video_review.py) instead of the two pictures.
        self.video_faces = VideoFacesPanel(session, jobs, self)
        self.video_faces.covered.connect(self._video_covered)
        self.video_faces.setVisible(False)
        viewer = QWidget(self)
        vl = QVBoxLayout(viewer)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(self.photo_review, 1)
        vl.addWidget(self.video_faces, 1)

        self.right_tabs = QTabWidget(self)
        details_page = QWidget(self)
        dl = QVBoxLayout(details_page)
        dl.addWidget(self.not_exportable_label)
        dl.addWidget(self.audio_box)  # first page: a selected recording can be played at once
        dl.addWidget(self.transcript, 2)
        dl.addWidget(self.details, 1)
        self.item_actions = MediaActions(session, jobs, lambda: self.current_item, self)
        self.item_actions.changed.connect(self._item_changed)
        self.model.modelReset.connect(self.item_actions.refresh)  # a reload leaves nothing selected
        self.item_actions.deleted.connect(lambda _id: self.reload())
        self.item_actions.saved_copy.connect(
            lambda path: self.status_label.setText(self.tr("Saved a decrypted copy to {path}.").format(path=path))
        )
        # Three to a row: five in one row cut their labels in longer languages (seen in Khmer).
        item_buttons = QGridLayout()
        for index, button in enumerate(self.item_actions.buttons):
            item_buttons.addWidget(button, index // 3, index % 3)
        item_buttons.setColumnStretch(3, 1)
        dl.addLayout(item_buttons)
        self.right_tabs.addTab(details_page, self.tr("&Details"))
        self.right_tabs.addTab(viewer, self.tr("&Compare and redact"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter  # the main window remembers its position (ui/layout.py)
        splitter.addWidget(left)
        splitter.addWidget(self.right_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_redaction_controls()

    # --- helpers -------------------------------------------------------------------------------

    def _start(
        self,
        fn: Callable[[Callable[[int, str], None]], Any],
        on_done: Callable[[Any], None],
        on_progress: Callable[[int, str], None] | None = None,
    ) -> None:
        generation = self._generation

        def finished(result: Any) -> None:
            if generation == self._generation:
                on_done(result)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._set_busy(False)
                self.job_failed.emit(exc)
                show_error(self, exc)

        def progress(percent: int, message: str) -> None:
            if generation == self._generation and on_progress is not None:
                on_progress(percent, message)

        self.jobs.start(fn, on_finished=finished, on_failed=failed, on_progress=progress)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_redaction_controls()

    @property
    def current_item(self) -> MediaItem | None:
        return self.model.item(self.view.currentIndex().row())

    # --- case and list -------------------------------------------------------------------------

    def set_case(self, case_id: str | None) -> None:
        self.case_id = case_id
        self._show_item(None)
        self.importer.clear()
        self.reload()

    def reload(self, select: str | None = None) -> None:
        case_id = self.case_id
        if case_id is None or not self.session.is_unlocked:
            self.model.clear()
            return
        vault = self.session.vault
        keep = select or self.pending_select or (self.current_item.id if self.current_item else None)
        self.pending_select = None

        def first_pages(_p: Callable[[int, str], None]) -> tuple[list[MediaItem], bool]:
            # The first page, and on up to the item to select (after an import it is the newest).
            items: list[MediaItem] = []
            while True:
                page_size = media_model.MEDIA_PAGE
                page = ms.list_media(vault, case_id, offset=len(items), limit=page_size)
                items += page
                if len(page) < page_size:
                    return items, True
                if keep is None or any(item.id == keep for item in page):
                    return items, False

        def fetch(offset: int, limit: int) -> list[MediaItem]:
            if not self.session.is_unlocked or case_id != self.case_id:
                return []
            return ms.list_media(self.session.vault, case_id, offset=offset, limit=limit)

        def loaded(result: tuple[list[MediaItem], bool]) -> None:
            if case_id != self.case_id:
                return
            items, exhausted = result
            self.model.set_items(items, fetch, exhausted)
            if not items:
                self.status_label.setText(self.tr("No photos or recordings yet. Use Import files or drop files here."))
            row = self.model.row_of(keep) if keep else -1
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 0))
                self._show_item(self.model.item(row))
            self.items_loaded.emit()

        self._start(first_pages, loaded)

    def _load_thumbnail(self, item_id: str) -> None:
        if not self.session.is_unlocked:
            return
        vault = self.session.vault
        row = self.model.row_of(item_id)
        item = self.model.item(row)
        if item is None:
            return

        def work(_p: Callable[[int, str], None]) -> tuple[str, QImage]:
            return item_id, decode_image(ms.read_working(vault, item), THUMB_SIZE)

        def done(result: tuple[str, QImage]) -> None:
            if not result[1].isNull():
                self.model.set_thumbnail(result[0], result[1])
                self.thumbnail_ready.emit(result[0])

        self._start(work, done)

    # --- import --------------------------------------------------------------------------------

    def open_import_dialog(self) -> QFileDialog:
        return ask_path(self, self.tr("Import files into the case"), PathMode.OPEN_FILES, self.import_paths)

    def open_recorder(self) -> RecorderDialog | None:
        """The recorder of this case (ui/recorder.py); a saved recording is selected in the grid."""
        return self.recorder_hookup.open(self.case_id)

    @property
    def recorder(self) -> RecorderDialog | None:
        return self.recorder_hookup.dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[Path]) -> bool:
        """Import files in a job (ui/media/importing.py); Cancel stops after the current file."""
        if self.case_id is None or self._busy or not self.session.is_unlocked:
            return False
        return self.importer.start(self.session.vault, self.case_id, paths)

    def cancel_import(self) -> None:
        self.importer.cancel()

    def _imported(self, results: list[ms.ImportResult], select: str | None) -> None:
        self.reload(select)
        self.import_finished.emit(results)

    @property
    def importing(self) -> bool:
        return self.importer.running

    # --- details -------------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_item(self.model.item(current.row()) if current.isValid() else None)

    def select_item(self, item_id: str) -> bool:
        row = self.model.row_of(item_id)
        while row < 0 and self.model.canFetchMore():  # e.g. a search hit further down the grid
            self.model.fetchMore()
            row = self.model.row_of(item_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def _show_item(self, item: MediaItem | None) -> None:
        self.details.clear()
        self.canvas.set_image(None)
        self.canvas.clear_boxes()
        self.original_view.set_image(None)
        self.suggestion_list.clear()
        self.audio_box.leave(item)
        self.not_exportable_label.setVisible(bool(item and item.not_exportable))
        video = item is not None and item.kind is MediaKind.VIDEO
        self.video_faces.show_item(item if video else None)
        self.video_faces.setVisible(video)
        self.photo_review.setVisible(not video)
        self.item_actions.refresh()
        if item is None:
            self.transcript.show_item(None)
            self._update_redaction_controls()
            return
        if item.not_exportable:
            self.not_exportable_label.setText(
                self.tr(
                    "Not exportable: {reason}. The original is kept sealed in the vault and is never "
                    "included in an export."
                ).format(reason=item.not_exportable)
            )
        self.details.show_item(item)
        if item.kind is MediaKind.PHOTO:
            self._load_preview(item)
            if item.working is not None:
                self._load_suggestions(item)
            self.canvas.placeholder = self.tr("Loading…")
        else:
            self.canvas.set_image(None, self.tr("No picture for this kind of file."))
            self.original_view.set_image(None, self.tr("No picture for this kind of file."))
        if item.kind is MediaKind.AUDIO:
            self.audio_box.show_recording(item)
        self.transcript.show_item(item)
        self._update_redaction_controls()

    def describe(self, item: MediaItem) -> list[tuple[str, bool]]:
        """The detail lines of an item: (text, risky)."""
        return self.details.describe(item)

    def _load_preview(self, item: MediaItem) -> None:
        vault = self.session.vault
        item_id = item.id

        def work(_p: Callable[[int, str], None]) -> tuple[QImage, QImage | None]:
            original = decode_image(ms.read_original(vault, item), orientation=orientation_of(item))
            working = decode_image(ms.read_working(vault, item)) if item.working is not None else None
            return original, working

        def done(result: tuple[QImage, QImage | None]) -> None:
            current = self.current_item
            if current is None or current.id != item_id:
                return
            original, working = result
            self.original_view.set_image(original, self.tr("The original could not be shown."))
            self.canvas.set_image(working, self.tr("There is no working copy to show."))
            self._update_redaction_controls()
            self.preview_loaded.emit(item_id)

        self._start(work, done)

    # --- redaction -----------------------------------------------------------------------------

    def _update_redaction_controls(self) -> None:
        item = self.current_item
        photo = item is not None and item.kind is MediaKind.PHOTO and item.working is not None
        ready = photo and self.canvas.image is not None and not self._busy and not self.importing
        pending = bool(self.canvas.boxes) or any(s.state == ACCEPTED for s in self.canvas.suggestions)
        self.faces_button.setEnabled(ready)
        self.text_button.setEnabled(ready)
        self.apply_button.setEnabled(ready and pending)
        self.clear_button.setEnabled(bool(self.canvas.boxes or self.canvas.suggestions))
        has_suggestions = bool(self.canvas.suggestions)
        self.accept_button.setEnabled(has_suggestions)
        self.reject_button.setEnabled(has_suggestions)
        n_boxes = len(self.canvas.boxes)
        n_faces = sum(1 for s in self.canvas.suggestions if s.state == ACCEPTED and s.source == "face")
        n_text = sum(1 for s in self.canvas.suggestions if s.state == ACCEPTED and s.source != "face")
        self.boxes_label.setText(
            self.tr("Boxes to burn in: {n} drawn, {m} accepted face(s), {t} accepted text box(es).").format(
                n=n_boxes, m=n_faces, t=n_text
            )
            if photo
            else ""
        )

    def add_box(self, rect: QRect) -> None:
        """A box in image coordinates of the upright working image (what the mouse gesture gives)."""
        if self.canvas.image is None:
            return
        clipped = rect.normalized().intersected(QRect(0, 0, self.canvas.image.width(), self.canvas.image.height()))
        if clipped.width() < 1 or clipped.height() < 1:
            return
        self.canvas.boxes.append(clipped)
        self.canvas.update()
        self._update_redaction_controls()

    def clear_boxes(self) -> None:
        self.canvas.clear_boxes()
        self.suggestion_list.clear()
        self._update_redaction_controls()

    def redaction_boxes(self) -> list[media_redact.Box]:
        boxes = [media_redact.Box(r.x(), r.y(), r.width(), r.height()) for r in self.canvas.boxes]
        boxes += [s.box for s in self.canvas.suggestions if s.state == ACCEPTED]
        return boxes

    def apply_redaction(self) -> bool:
        item = self.current_item
        boxes = self.redaction_boxes()
        if item is None or not boxes or self._busy or self.importing:
            return False
        vault = self.session.vault
        accepted = [s for s in self.canvas.suggestions if s.state == ACCEPTED]
        if self.canvas.boxes:
            reason = "manual"
        else:
            reason = "faces" if all(s.source == "face" for s in accepted) else "suggested"
        item_id = item.id
        self._set_busy(True)
        self.boxes_label.setText(self.tr("Burning {n} box(es) into a new working copy…").format(n=len(boxes)))

        def done(new_item: MediaItem) -> None:
            self._set_busy(False)
            self.model.replace(new_item)
            if self.current_item is not None and self.current_item.id == item_id:
                self._show_item(new_item)
            version = new_item.working.version if new_item.working else 0
            self.status_label.setText(
                self.tr("Saved working copy v{n}. The original and earlier versions are kept.").format(n=version)
            )
            self.redaction_applied.emit(new_item)

        self._start(lambda _p: ms.redact_photo(vault, item_id, boxes, reason=reason), done)
        return True

    def suggest_faces(self) -> bool:
        item = self.current_item
        if item is None or item.working is None or self._busy:
            return False
        vault = self.session.vault
        item_id = item.id
        self._set_busy(True)
        self.boxes_label.setText(self.tr("Looking for faces… this can take a few seconds."))

        def work(_p: Callable[[int, str], None]) -> tuple[list[media_redact.Box], list[picture_text.Suggestion]]:
            found = suggest_faces(vault, item_id)
            # Kept like `media faces` keeps them: the review is the same in the window and the CLI.
            picture_text.store_face_suggestions(vault, item_id, found.version, found.boxes)
            return list(found.boxes), picture_text.suggestions(vault, item_id)

        def done(result: tuple[list[media_redact.Box], list[picture_text.Suggestion]]) -> None:
            self._set_busy(False)
            if self.current_item is None or self.current_item.id != item_id:
                return
            boxes, stored = result
            self.show_stored_suggestions(stored, focus=bool(boxes))
            if not boxes:
                self.boxes_label.setText(
                    self.tr("No faces were found. Face detection misses faces: look at the picture yourself.")
                )
            self.faces_found.emit(boxes)

        self._start(work, done)
        return True

    def read_text(self) -> bool:
        """OCR of the working copy in a job (Tesseract takes seconds); the text suggestions join the list."""
        item = self.current_item
        if item is None or item.working is None or item.kind is not MediaKind.PHOTO or self._busy:
            return False
        vault = self.session.vault
        item_id = item.id
        self._set_busy(True)
        self.boxes_label.setText(self.tr("Reading the text in the picture… this can take a few seconds."))

        def work(_p: Callable[[int, str], None]) -> tuple[picture_text.PictureText, list[picture_text.Suggestion]]:
            read = picture_text.read_text(vault, item_id)
            return read, picture_text.suggestions(vault, item_id)

        def done(result: tuple[picture_text.PictureText, list[picture_text.Suggestion]]) -> None:
            self._set_busy(False)
            if self.current_item is None or self.current_item.id != item_id:
                return
            read, stored = result
            self.show_stored_suggestions(stored, focus=bool(read.suggestions))
            self.boxes_label.setText(
                self.tr(
                    "Read {w} word(s); {n} box(es) suggested over text to redact. OCR misses and misreads "
                    "text: look at the picture yourself."
                ).format(w=len(read.result.words), n=len(read.suggestions))
            )
            self.text_read.emit(read)

        self._start(work, done)
        return True

    def _load_suggestions(self, item: MediaItem) -> None:
        """The suggestions stored for this working copy (`media faces`, `media ocr`, an earlier review)."""
        vault = self.session.vault
        item_id = item.id

        def done(stored: list[picture_text.Suggestion]) -> None:
            current = self.current_item
            if current is None or current.id != item_id or self._busy:
                return
            self.show_stored_suggestions(stored, focus=False)
            self.suggestions_loaded.emit(item_id)

        self._start(lambda _p: picture_text.suggestions(vault, item_id), done)

    def show_stored_suggestions(self, stored: Sequence[picture_text.Suggestion], focus: bool) -> None:
        self.canvas.suggestions = [
            Suggestion(s.box, s.state.value, s.number, s.source, s.kind) for s in stored if s.page == 0
        ]
        self._refresh_suggestions()
        if focus and self.canvas.suggestions:
            self.suggestion_list.setCurrentRow(0)
            self.suggestion_list.setFocus()

    def _refresh_suggestions(self) -> None:
        row = self.suggestion_list.currentRow()
        self.suggestion_list.clear()
        states = {SUGGESTED: self.tr("to review"), ACCEPTED: self.tr("will be redacted"), REJECTED: self.tr("rejected")}
        kinds = {
            "protected_person": self.tr("a protected person"),
            "phone": self.tr("phone"),
            "email": self.tr("e-mail"),
            "passport": self.tr("passport"),
        }
        for number, s in enumerate(self.canvas.suggestions, 1):
            n, x, y, w, h = s.number or number, s.box.x, s.box.y, s.box.w, s.box.h
            if s.source == "face":
                line = self.tr("Face {n} at {x},{y} ({w}×{h}): {state}").format(
                    n=n, x=x, y=y, w=w, h=h, state=states[s.state]
                )
            else:
                line = self.tr("Text {n} ({kind}) at {x},{y} ({w}×{h}): {state}").format(
                    n=n, kind=kinds.get(s.kind, s.kind), x=x, y=y, w=w, h=h, state=states[s.state]
                )
            self.suggestion_list.addItem(line)
        if 0 <= row < self.suggestion_list.count():
            self.suggestion_list.setCurrentRow(row)
        self.canvas.update()
        self._update_redaction_controls()

    def _set_state(self, index: int, state: str) -> None:
        if 0 <= index < len(self.canvas.suggestions):
            suggestion = self.canvas.suggestions[index]
            suggestion.state = state
            item = self.current_item
            if suggestion.number and item is not None and self.session.is_unlocked:
                # Kept, so `media suggestions`, `media redact --suggested` and a later visit see it.
                vault, item_id, number = self.session.vault, item.id, suggestion.number
                self._start(
                    lambda _p: picture_text.set_states(vault, item_id, [number], picture_text.State(state)),
                    lambda _r: None,
                )
            self._refresh_suggestions()
            if index + 1 < self.suggestion_list.count():
                self.suggestion_list.setCurrentRow(index + 1)

    def accept_current(self) -> None:
        self.accept_suggestion(self.suggestion_list.currentRow())

    def reject_current(self) -> None:
        self.reject_suggestion(self.suggestion_list.currentRow())

    def accept_suggestion(self, index: int) -> None:
        self._set_state(index, ACCEPTED)

    def reject_suggestion(self, index: int) -> None:
        self._set_state(index, REJECTED)

    def _video_covered(self, new_item: MediaItem) -> None:
        self.model.replace(new_item)
        if self.current_item is not None and self.current_item.id == new_item.id:
            self._show_item(new_item)
        version = new_item.working.version if new_item.working else 0
        self.status_label.setText(
            self.tr("Saved working copy v{n}. The original and earlier versions are kept.").format(n=version)
        )
        self.redaction_applied.emit(new_item)

    # --- locking -------------------------------------------------------------------------------

    def _item_changed(self, item: MediaItem) -> None:
        self.model.replace(item)
        current = self.current_item
        if current is not None and current.id == item.id:
            self._show_item(item)

    def discard(self) -> None:
        """Drop every thumbnail, preview, recording and item (the vault is locking); stop an import."""
        self._generation += 1
        self.item_actions.discard()
        self.video_faces.discard()  # stops finding or covering faces; drops the review frames
        self.recorder_hookup.discard()
        self.transcript.discard()  # stops a transcription; the transcript shown is gone
        self.importer.discard()  # stops an import after the current file
        self.audio_box.discard()  # stops playback; the player keeps no source and the buffer is gone
        self.model.clear()
        self.canvas.set_image(None)
        self.canvas.clear_boxes()
        self.original_view.set_image(None)
        self.details.clear()
        self.suggestion_list.clear()
        self.case_id = None
