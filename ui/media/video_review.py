"""The faces of a video, in the Media tab: find them (a job with progress and Cancel), review the
tracks one by one on a frame of each with its box, then cover them in a new working copy.

The work is `evidence_app.video_redaction` (the same as `media faces ID` and `media redact ID
--faces`): every track is covered unless the researcher leaves it uncovered. The frames shown for
review are decoded in the job, scaled down, and dropped with the panel's state (``discard()``) when
the vault locks or another item is shown; nothing decrypted is written to a file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app import media_service as ms
from evidence_app import video_redaction
from evidence_app.media import video_faces
from evidence_app.media.redact import Box
from evidence_app.model import MediaItem

from ..errors import show_error
from ..jobs import JobRunner
from ..session import Session
from .canvas import ImageView

PREVIEW_SIDE = 480  # the review frames are kept at most this large


@dataclass
class _Found:
    scan: video_faces.FaceScan
    previews: dict[int, QImage]  # track number -> its frame, box drawn


def _preview(pixels: Any, box: Box | None) -> QImage:
    height, width = pixels.shape[:2]
    image = QImage(pixels.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    if box is not None:
        painter = QPainter(image)
        painter.setPen(QPen(QColor("yellow"), max(2, width // 200), Qt.PenStyle.DashLine))
        painter.drawRect(QRect(box.x, box.y, box.w, box.h))
        painter.end()
    return image.scaled(PREVIEW_SIDE, PREVIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio)


class VideoFacesPanel(QWidget):
    """Find faces, the list of face tracks with Cover / Leave uncovered, and Cover faces."""

    tracks_found = Signal(object)  # FaceScan, or None when cancelled
    covered = Signal(object)  # the MediaItem with the new working copy
    busy_changed = Signal(bool)

    def __init__(self, session: Session, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self.item: MediaItem | None = None
        self.found: _Found | None = None
        self.states: dict[int, video_faces.TrackState] = {}
        self._cancel: threading.Event | None = None
        self._generation = 0

        self.find_button = QPushButton(self.tr("Find face&s in the video"), self)
        self.find_button.setToolTip(self.tr("Look for faces in every frame and follow them; you review each track"))
        self.find_button.clicked.connect(self.find_faces)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cover_track_button = QPushButton(self.tr("C&over this face"), self)
        self.cover_track_button.clicked.connect(lambda: self.set_state(self._row(), True))
        self.leave_button = QPushButton(self.tr("Leave &uncovered"), self)
        self.leave_button.clicked.connect(lambda: self.set_state(self._row(), False))
        self.style_box = QComboBox(self)
        self.style_box.setAccessibleName(self.tr("How faces are covered"))
        self.style_box.addItem(self.tr("Black boxes"), video_faces.VideoStyle.FILL.value)
        self.style_box.addItem(self.tr("Blur (can sometimes be partly reversed)"), video_faces.VideoStyle.BLUR.value)
        self.apply_button = QPushButton(self.tr("Cover faces in a new cop&y"), self)
        self.apply_button.setObjectName("coverFacesButton")
        self.apply_button.setToolTip(
            self.tr("Burn the boxes into every frame of a new working copy (sound kept); the original is kept")
        )
        self.apply_button.clicked.connect(self.cover_faces)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("videoFacesStatus")
        self.status.setWordWrap(True)
        self.track_list = QListWidget(self)
        self.track_list.setObjectName("faceTracks")
        self.track_list.setAccessibleName(self.tr("Face tracks"))
        self.track_list.currentRowChanged.connect(self._show_track)
        self.preview = ImageView(self.tr("A frame of the selected face track"), self)
        self.preview.setMinimumSize(240, 160)

        top = QHBoxLayout()
        for widget in (self.find_button, self.cancel_button, self.style_box, self.apply_button):
            top.addWidget(widget)
        top.addStretch(1)
        review = QHBoxLayout()
        review.addWidget(self.cover_track_button)
        review.addWidget(self.leave_button)
        review.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.track_list)
        layout.addLayout(review)
        self._update()

    # --- state ---------------------------------------------------------------------------------

    def _row(self) -> int:
        return self.track_list.currentRow()

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def show_item(self, item: MediaItem | None) -> None:
        """A video to review (or None); whatever was found for another item is dropped."""
        if item is not None and self.item is not None and item.id == self.item.id and item.working == self.item.working:
            return
        self.discard()
        self.item = item
        self._update()

    def discard(self) -> None:
        """Stop a running job (its result is ignored) and drop the tracks and frames."""
        self._generation += 1
        if self._cancel is not None:
            self._cancel.set()
        self._set_busy(None)
        self.found = None
        self.states = {}
        self.item = None
        self.track_list.clear()
        self.preview.set_image(None)
        self.status.setText("")
        self._update()

    def _set_busy(self, cancel: threading.Event | None) -> None:
        self._cancel = cancel
        self.progress.setVisible(cancel is not None)
        self.progress.setValue(0)
        self._update()
        self.busy_changed.emit(cancel is not None)

    def _update(self) -> None:
        ready = self.item is not None and self.item.working is not None and self.session.is_unlocked
        self.find_button.setEnabled(ready and not self.busy)
        self.cancel_button.setEnabled(self.busy)
        has_tracks = self.found is not None and bool(self.found.scan.tracks)
        self.cover_track_button.setEnabled(has_tracks and not self.busy)
        self.leave_button.setEnabled(has_tracks and not self.busy)
        covered = sum(1 for s in self.states.values() if s is not video_faces.TrackState.REJECTED)
        self.apply_button.setEnabled(ready and has_tracks and covered > 0 and not self.busy)

    def _start(
        self, fn: Callable[[Callable[[int, str], None], threading.Event], Any], done: Callable[[Any], None]
    ) -> None:
        generation = self._generation
        cancel = threading.Event()
        self._set_busy(cancel)

        def finished(result: Any) -> None:
            if generation == self._generation:
                self._set_busy(None)
                done(result)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._set_busy(None)
                self.status.setText(self.tr("Not done."))
                show_error(self, exc)

        def progress(percent: int, message: str) -> None:
            if generation == self._generation:
                self.progress.setValue(percent)
                self.status.setText(message)

        self.jobs.start(lambda report: fn(report, cancel), finished, failed, progress)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Stopping…"))

    # --- find ----------------------------------------------------------------------------------

    def find_faces(self) -> bool:
        item = self.item
        if item is None or item.working is None or self.busy or not self.session.is_unlocked:
            return False
        vault, item_id = self.session.vault, item.id
        finding = self.tr("Finding faces: frame {done} of about {total}")
        self.found = None
        self.states = {}
        self.track_list.clear()
        self.preview.set_image(None)

        def work(report: Callable[[int, str], None], cancel: threading.Event) -> _Found | None:
            try:
                scan = video_redaction.scan_video_faces(
                    vault,
                    item_id,
                    progress=lambda _phase, done, total: report(
                        min(99, done * 100 // max(1, total)), finding.format(done=done, total=total)
                    ),
                    cancel=cancel,
                )
                data = ms.read_working(vault, ms.get_media(vault, item_id))
                middle = {t.number: t.keys[len(t.keys) // 2][0] for t in scan.tracks}
                pixels = video_faces.frames_at(data, ms.working_type(vault, item), set(middle.values()), cancel)
            except video_faces.Cancelled:
                return None
            previews = {
                t.number: _preview(pixels[middle[t.number]], t.box_at(middle[t.number], scan.width, scan.height))
                for t in scan.tracks
                if middle[t.number] in pixels
            }
            return _Found(scan, previews)

        def done(found: _Found | None) -> None:
            if found is None:
                self.status.setText(self.tr("Stopped; nothing was changed."))
                self.tracks_found.emit(None)
                return
            self.found = found
            self.states = {t.number: video_faces.TrackState.SUGGESTED for t in found.scan.tracks}
            self._refresh()
            count = len(found.scan.tracks)
            self.status.setText(
                self.tr(
                    "{n} face track(s) in {frames} frames. Every track is covered unless you leave it "
                    "uncovered. Face detection misses faces: watch the new working copy yourself."
                ).format(n=count, frames=found.scan.frames)
            )
            if count:
                self.track_list.setCurrentRow(0)
                self.track_list.setFocus()
            self.tracks_found.emit(found.scan)

        self._start(work, done)
        return True

    def _refresh(self) -> None:
        row = self.track_list.currentRow()
        self.track_list.clear()
        if self.found is None:
            return
        scan = self.found.scan
        for track in scan.tracks:
            left_out = self.states.get(track.number) is video_faces.TrackState.REJECTED
            self.track_list.addItem(
                self.tr("Face {n}: {start}–{end} s, {count} detection(s): {state}").format(
                    n=track.number,
                    start=f"{scan.seconds(track.first):.2f}",
                    end=f"{scan.seconds(track.last + 1):.2f}",
                    count=len(track.keys),
                    state=self.tr("left uncovered") if left_out else self.tr("will be covered"),
                )
            )
        if 0 <= row < self.track_list.count():
            self.track_list.setCurrentRow(row)
        self._update()

    def _show_track(self, row: int) -> None:
        if self.found is None or not 0 <= row < len(self.found.scan.tracks):
            self.preview.set_image(None)
            return
        number = self.found.scan.tracks[row].number
        self.preview.set_image(self.found.previews.get(number), self.tr("No frame to show."))

    def set_state(self, row: int, cover: bool) -> None:
        if self.found is None or not 0 <= row < len(self.found.scan.tracks):
            return
        number = self.found.scan.tracks[row].number
        self.states[number] = video_faces.TrackState.ACCEPTED if cover else video_faces.TrackState.REJECTED
        self._refresh()
        if row + 1 < self.track_list.count():
            self.track_list.setCurrentRow(row + 1)

    # --- cover ---------------------------------------------------------------------------------

    def cover_faces(self) -> bool:
        item, found = self.item, self.found
        if item is None or found is None or self.busy or not self.session.is_unlocked:
            return False
        vault, item_id = self.session.vault, item.id
        rejected = [n for n, s in self.states.items() if s is video_faces.TrackState.REJECTED]
        style = str(self.style_box.currentData())
        scan = found.scan
        covering = self.tr("Covering faces: frame {done} of {total}")

        def work(report: Callable[[int, str], None], cancel: threading.Event) -> MediaItem | None:
            try:
                return video_redaction.redact_video_faces(
                    vault,
                    item_id,
                    style,
                    rejected,
                    scan=scan,
                    progress=lambda _phase, done, total: report(
                        min(99, done * 100 // max(1, total)), covering.format(done=done, total=total)
                    ),
                    cancel=cancel,
                )
            except video_faces.Cancelled:
                return None

        def done(new_item: MediaItem | None) -> None:
            if new_item is None:
                self.status.setText(self.tr("Stopped; nothing was changed."))
                return
            version = new_item.working.version if new_item.working else 0
            self.status.setText(
                self.tr(
                    "Saved working copy v{n} with the faces covered. The original and earlier versions are kept."
                ).format(n=version)
            )
            self.covered.emit(new_item)

        self._start(work, done)
        return True
