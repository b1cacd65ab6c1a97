"""The Media tab of a case: a thumbnail grid, import with progress and cancel, what each original
carried, original and working copy side by side, redaction boxes (mouse or keyboard) and face
suggestions, and playback of a recording's working copy.

The tab lays out and connects the widgets of this package (see ui/media/__init__.py for which
module holds what) and runs every piece of work as a job; the privacy rules written there are kept
here: ``discard()`` drops every decoded picture, recording and item when the vault locks, and the
generation counter makes a job that finishes after a lock or a case change do nothing.

The photo review (the two pictures, Suggest faces, Read text, the suggestion list, Accept /
Reject, Apply) is ``PhotoReview`` (review.py), as a video's face tracks are ``VideoFacesPanel``
(video_review.py); the tab shows the selected item in whichever fits and keeps the grid in step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app import media_service as ms
from evidence_app.model import MediaItem, MediaKind

from ..errors import show_error
from ..filedialogs import PathMode, ask_path
from ..jobs import JobRunner
from ..recorder import RecorderDialog
from ..session import Session
from . import model as media_model
from .actions import MediaActions
from .details import MediaDetails
from .importing import ImportPanel
from .model import MediaListModel
from .recording import RecorderHookup
from .recording_pane import RecordingPane
from .review import PhotoReview
from .text_reading import TextReader
from .thumbnails import THUMB_SIZE, decode_image
from .transcript import TranscriptPanel
from .video_review import VideoFacesPanel


class MediaTab(QWidget):
    """Everything about the photos and recordings of one case."""

    items_loaded = Signal()
    import_progress = Signal(int, int)  # done, total
    import_finished = Signal(object)  # list[ImportResult]
    thumbnail_ready = Signal(str)
    audio_loaded = Signal(str)  # item id: its working copy is in the player
    redaction_applied = Signal(object)  # MediaItem
    job_failed = Signal(object)  # the exception

    def __init__(self, session: Session, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self.case_id: str | None = None
        self._generation = 0
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
        self.importer.progress.connect(self.import_progress.emit)
        self.importer.failed.connect(self.job_failed.emit)
        self.importer.imported.connect(self._imported)
        # The text in new photos is read in the background (text_reading.py), so an export need not.
        self.text_reader = TextReader(session, self)
        self.text_reader.item_read.connect(self._text_read_in_background)
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

        # A photo's page: the two pictures and their review (ui/media/review.py).
        self.photo_review = PhotoReview(session, jobs, lambda: self.importing, self)
        self.photo_review.applied.connect(self._new_working_copy)
        self.photo_review.failed.connect(self.job_failed.emit)
        # No redaction while an import writes to the vault (one writer at a time).
        self.importer.started.connect(self.photo_review.update_controls)
        self.importer.ended.connect(self.photo_review.update_controls)
        self.pair = self.photo_review.pair  # the main window remembers its position (ui/layout.py)
        self.audio_box = RecordingPane(session, self._start, self)
        self.audio_box.loaded.connect(self.audio_loaded.emit)
        self.audio = self.audio_box.player
        self.audio_label = self.audio_box.label
        # The transcript beside the player: a click on a word plays the recording from there.
        self.transcript = TranscriptPanel(session, jobs, self)
        self.transcript.seek_requested.connect(self.audio.seek)
        self.transcript.failed.connect(self.job_failed.emit)

        # A video's page: its face tracks (ui/media/video_review.py) instead of the two pictures.
        self.video_faces = VideoFacesPanel(session, jobs, self)
        self.video_faces.covered.connect(self._new_working_copy)
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
                self.job_failed.emit(exc)
                show_error(self, exc)

        def progress(percent: int, message: str) -> None:
            if generation == self._generation and on_progress is not None:
                on_progress(percent, message)

        self.jobs.start(fn, on_finished=finished, on_failed=failed, on_progress=progress)

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
        if self.case_id is None or self.photo_review.busy or not self.session.is_unlocked:
            return False
        return self.importer.start(self.session.vault, self.case_id, paths)

    def cancel_import(self) -> None:
        self.importer.cancel()

    def _imported(self, results: list[ms.ImportResult], select: str | None) -> None:
        self.reload(select)
        photos = [r.item.id for r in results if r.item is not None and r.item.kind is MediaKind.PHOTO]
        if photos:
            self.text_reader.read(photos)
        self.import_finished.emit(results)

    def read_unread_text(self) -> None:
        """Read in the background the text of every photo of the vault never read (after an unlock)."""
        self.text_reader.read(None)

    def _text_read_in_background(self, item_id: str) -> None:
        # The photo shown was just read: its new text suggestions join the review's list.
        current = self.current_item
        if current is not None and current.id == item_id:
            self.photo_review.reload_suggestions()

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
        self.audio_box.leave(item)
        self.not_exportable_label.setVisible(bool(item and item.not_exportable))
        video = item is not None and item.kind is MediaKind.VIDEO
        self.video_faces.show_item(item if video else None)
        self.video_faces.setVisible(video)
        self.photo_review.setVisible(not video)
        self.photo_review.show_item(item)
        self.item_actions.refresh()
        if item is None:
            self.transcript.show_item(None)
            return
        if item.not_exportable:
            self.not_exportable_label.setText(
                self.tr(
                    "Not exportable: {reason}. The original is kept sealed in the vault and is never "
                    "included in an export."
                ).format(reason=item.not_exportable)
            )
        self.details.show_item(item)
        if item.kind is MediaKind.AUDIO:
            self.audio_box.show_recording(item)
        self.transcript.show_item(item)

    def describe(self, item: MediaItem) -> list[tuple[str, bool]]:
        """The detail lines of an item: (text, risky)."""
        return self.details.describe(item)

    # --- redaction -----------------------------------------------------------------------------

    def _new_working_copy(self, new_item: MediaItem) -> None:
        """A photo redacted or a video's faces covered: the grid and the page show the new copy."""
        self.model.replace(new_item)
        if self.current_item is not None and self.current_item.id == new_item.id:
            self._show_item(new_item)
        version = new_item.working.version if new_item.working else 0
        self.status_label.setText(
            self.tr("Saved working copy v{n}. The original and earlier versions are kept.").format(n=version)
        )
        if new_item.kind is MediaKind.PHOTO:
            # The reading of the earlier version no longer counts (the gate reads the working copy it
            # exports): the new version is read in the background too, so the next export need not.
            self.text_reader.read([new_item.id])
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
        self.text_reader.stop()  # Tesseract is killed; a reading is stored whole or not at all
        self.item_actions.discard()
        self.video_faces.discard()  # stops finding or covering faces; drops the review frames
        self.recorder_hookup.discard()
        self.transcript.discard()  # stops a transcription; the transcript shown is gone
        self.importer.discard()  # stops an import after the current file
        self.audio_box.discard()  # stops playback; the player keeps no source and the buffer is gone
        self.photo_review.discard()  # drops both pictures, the boxes and the suggestions
        self.model.clear()
        self.details.clear()
        self.case_id = None
