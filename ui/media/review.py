"""The review of a photo, on the Media tab's Compare-and-redact page: the original and the working
copy side by side, boxes drawn with the mouse or the keyboard, Suggest faces and Read text (jobs),
the suggestion list with Accept / Reject, and Apply, which burns the boxes into a new working copy.

Suggestions are kept like `media faces` and `media ocr` keep them (evidence_app/picture_text.py),
so the review is the same in the window and the CLI and a later visit finds its states again.

Privacy rules (ui/media/__init__.py): the two pictures are decoded on a pool thread and kept only
in this widget; ``discard()`` (the vault is locking) drops them with every box and suggestion, and
the generation counter makes a job that finishes after that do nothing: it never shows a picture
again, never touches the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from evidence_app import media_service as ms
from evidence_app import picture_text
from evidence_app.media import redact as media_redact
from evidence_app.model import MediaItem, MediaKind
from evidence_app.suggestions import suggest_faces

from ..errors import show_error
from ..jobs import JobRunner
from ..session import Session
from .canvas import ACCEPTED, REJECTED, SUGGESTED, ImageCanvas, ImageView, Suggestion
from .thumbnails import decode_image, orientation_of


class PhotoReview(QWidget):
    """The pictures, boxes and suggestions of the photo shown (``show_item``)."""

    preview_loaded = Signal(str)  # item id: both pictures are shown
    faces_found = Signal(object)  # list[Box]
    text_read = Signal(object)  # picture_text.PictureText
    suggestions_loaded = Signal(str)  # item id: its stored suggestions are in the list
    applied = Signal(object)  # MediaItem with the new working copy
    busy_changed = Signal(bool)
    failed = Signal(object)  # the exception

    def __init__(
        self, session: Session, jobs: JobRunner, blocked: Callable[[], bool], parent: QWidget | None = None
    ) -> None:
        """``blocked`` says whether the tab runs something that must not meet a redaction (an import)."""
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self._blocked = blocked
        self.item: MediaItem | None = None
        self._generation = 0
        self._busy = False

        self.original_view = ImageView(self.tr("Original, as imported"), self)
        self.canvas = ImageCanvas(self.tr("Working copy: drag, or press N, to draw a redaction box"), self)
        self.canvas.box_drawn.connect(self.add_box)
        self.canvas.boxes_changed.connect(self.update_controls)
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
        self.pair = QSplitter(Qt.Orientation.Horizontal, self)  # the main window remembers its position
        self.pair.addWidget(original_box)
        self.pair.addWidget(working_box)

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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pair, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.boxes_label)
        layout.addWidget(self.suggestion_list)
        self.update_controls()

    # --- jobs ----------------------------------------------------------------------------------

    def _start(self, fn: Callable[[Callable[[int, str], None]], Any], on_done: Callable[[Any], None]) -> None:
        generation = self._generation

        def finished(result: Any) -> None:
            if generation == self._generation:
                on_done(result)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._set_busy(False)
                self.failed.emit(exc)
                show_error(self, exc)

        self.jobs.start(fn, on_finished=finished, on_failed=failed)

    @property
    def busy(self) -> bool:
        """A face search, a reading or a redaction of this review is running."""
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.update_controls()
        self.busy_changed.emit(busy)

    def _showing(self, item_id: str) -> bool:
        return self.item is not None and self.item.id == item_id

    # --- the item shown ------------------------------------------------------------------------

    def show_item(self, item: MediaItem | None) -> None:
        """Show ``item`` (a photo is decoded in a job; another kind shows no picture), or nothing."""
        self.item = item
        self.canvas.set_image(None)
        self.canvas.clear_boxes()
        self.original_view.set_image(None)
        self.suggestion_list.clear()
        if item is not None and item.kind is MediaKind.PHOTO:
            self._load_preview(item)
            if item.working is not None:
                self._load_suggestions(item)
            self.canvas.placeholder = self.tr("Loading…")
        elif item is not None:
            self.canvas.set_image(None, self.tr("No picture for this kind of file."))
            self.original_view.set_image(None, self.tr("No picture for this kind of file."))
        self.update_controls()

    def _load_preview(self, item: MediaItem) -> None:
        vault = self.session.vault
        item_id = item.id

        def work(_p: Callable[[int, str], None]) -> tuple[QImage, QImage | None]:
            original = decode_image(ms.read_original(vault, item), orientation=orientation_of(item))
            working = decode_image(ms.read_working(vault, item)) if item.working is not None else None
            return original, working

        def done(result: tuple[QImage, QImage | None]) -> None:
            if not self._showing(item_id):
                return
            original, working = result
            self.original_view.set_image(original, self.tr("The original could not be shown."))
            self.canvas.set_image(working, self.tr("There is no working copy to show."))
            self.update_controls()
            self.preview_loaded.emit(item_id)

        self._start(work, done)

    def discard(self) -> None:
        """Drop both pictures, every box and suggestion (the vault is locking); late jobs do nothing."""
        self._generation += 1
        self._busy = False
        self.item = None
        self.canvas.set_image(None)
        self.canvas.clear_boxes()
        self.original_view.set_image(None)
        self.suggestion_list.clear()
        self.boxes_label.clear()
        self.update_controls()

    # --- boxes and redaction -------------------------------------------------------------------

    def update_controls(self) -> None:
        item = self.item
        photo = item is not None and item.kind is MediaKind.PHOTO and item.working is not None
        ready = photo and self.canvas.image is not None and not self._busy and not self._blocked()
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
        self.update_controls()

    def clear_boxes(self) -> None:
        self.canvas.clear_boxes()
        self.suggestion_list.clear()
        self.update_controls()

    def redaction_boxes(self) -> list[media_redact.Box]:
        boxes = [media_redact.Box(r.x(), r.y(), r.width(), r.height()) for r in self.canvas.boxes]
        boxes += [s.box for s in self.canvas.suggestions if s.state == ACCEPTED]
        return boxes

    def apply_redaction(self) -> bool:
        item = self.item
        boxes = self.redaction_boxes()
        if item is None or not boxes or self._busy or self._blocked():
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
            self.applied.emit(new_item)

        self._start(lambda _p: ms.redact_photo(vault, item_id, boxes, reason=reason), done)
        return True

    # --- suggestions ---------------------------------------------------------------------------

    def suggest_faces(self) -> bool:
        item = self.item
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
            if not self._showing(item_id):
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
        item = self.item
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
            if not self._showing(item_id):
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

    def reload_suggestions(self) -> None:
        """Show the stored suggestions again (a reading in the background added some)."""
        if self.item is not None and self.item.working is not None and not self._busy:
            self._load_suggestions(self.item)

    def _load_suggestions(self, item: MediaItem) -> None:
        """The suggestions stored for this working copy (`media faces`, `media ocr`, an earlier review)."""
        vault = self.session.vault
        item_id = item.id

        def done(stored: list[picture_text.Suggestion]) -> None:
            if not self._showing(item_id) or self._busy:
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
        self.update_controls()

    def _set_state(self, index: int, state: str) -> None:
        if 0 <= index < len(self.canvas.suggestions):
            suggestion = self.canvas.suggestions[index]
            suggestion.state = state
            item = self.item
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
