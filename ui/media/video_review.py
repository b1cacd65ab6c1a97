"""The faces of a video, in the Media tab: find them (a job with progress and Cancel), review the
tracks on a time line (ui/media/timeline.py) and on the frames they cover, add a box for a face
the detector missed and let it follow, then cover them in a new working copy.

The work is `evidence_app.video_redaction` (the same as `media faces ID` and `media redact ID
--faces --add-box`): every track is covered unless the researcher leaves it uncovered. A box drawn
on the frame shown is followed forwards and backwards (`video_faces.follow_box`, a job) and becomes
a track like the others. The working copy's bytes (decrypted, in memory) are kept while its tracks
are reviewed, so a click on the time line decodes one frame (a seek) instead of decrypting the
whole video again; they, the frame shown and the tracks are dropped with the panel's state
(``discard()``) when the vault locks or another item is shown. Nothing decrypted is written to a file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evidence_app import media_service as ms
from evidence_app import video_redaction
from evidence_app.media import video_faces
from evidence_app.media.base import MediaType
from evidence_app.media.redact import Box
from evidence_app.model import MediaItem

from ..errors import show_error
from ..jobs import JobRunner
from ..session import Session
from .canvas import ACCEPTED, SUGGESTED, ImageCanvas, Suggestion
from .timeline import ROW, SCALE, TrackTimeline, bars_of

FRAME_SIDE = 960  # the frame shown is kept at most this large
TIMELINE_ROWS = 6  # tracks shown on the time line at once; more scroll


@dataclass
class _Found:
    scan: video_faces.FaceScan
    data: bytes  # the working copy the scan was made on (decrypted, in memory; dropped on discard)
    media_type: MediaType
    frame: int
    image: QImage | None  # that frame, scaled to at most FRAME_SIDE


@dataclass(frozen=True)
class _Added:
    """A box the researcher drew on a frame, and the track it was followed into."""

    frame: int
    box: Box
    track: video_faces.FaceTrack


def _image(pixels: Any) -> QImage:
    """A frame's pixels as a QImage at most FRAME_SIDE large (made in the job: QImage is not a widget)."""
    height, width = pixels.shape[:2]
    image = QImage(pixels.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    if max(width, height) > FRAME_SIDE:
        image = image.scaled(
            FRAME_SIDE, FRAME_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


class VideoFacesPanel(QWidget):
    """Find faces; the tracks on a time line and in a list, with Cover / Leave uncovered; the frame
    shown with every box on it, where a box can be drawn and followed; Cover faces."""

    tracks_found = Signal(object)  # FaceScan, or None when cancelled
    box_followed = Signal(object)  # the FaceTrack a drawn box became, or None when cancelled
    frame_shown = Signal(int)  # a decoded frame is on screen
    covered = Signal(object)  # the MediaItem with the new working copy
    busy_changed = Signal(bool)

    def __init__(self, session: Session, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self.item: MediaItem | None = None
        self.found: _Found | None = None
        self.added: list[_Added] = []
        self.states: dict[int, video_faces.TrackState] = {}
        self.frame = -1  # the frame asked for (the image shows ``shown_frame`` until it is decoded)
        self.shown_frame = -1
        self._cancel: threading.Event | None = None
        self._generation = 0
        self._fetching: threading.Event | None = None  # the frame being decoded
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(40)  # arrow keys held down decode only the frame they stop on
        self._fetch_timer.timeout.connect(self._fetch)

        self.find_button = QPushButton(self.tr("Find fac&es in the video"), self)
        self.find_button.setToolTip(self.tr("Look for faces in every frame and follow them; you review each track"))
        self.find_button.clicked.connect(self.find_faces)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cover_track_button = QPushButton(self.tr("&Keep this face covered"), self)
        self.cover_track_button.clicked.connect(lambda: self.set_state(self._row(), True))
        self.leave_button = QPushButton(self.tr("&Leave uncovered"), self)
        self.leave_button.clicked.connect(lambda: self.set_state(self._row(), False))
        self.add_box_button = QPushButton(self.tr("Add a bo&x on this frame"), self)
        self.add_box_button.setToolTip(
            self.tr(
                "For a face without a box: draw one on the frame with the mouse, or place it with the "
                "keyboard; it is followed forwards and backwards through the video"
            )
        )
        self.add_box_button.clicked.connect(self.start_box)
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
        self.timeline = TrackTimeline(self)
        self.timeline.row_chosen.connect(self._timeline_row)
        self.timeline.frame_chosen.connect(self.show_frame)
        # Many tracks (a crowd) scroll inside a few rows' height, so the frame keeps its room.
        self.timeline_area = QScrollArea(self)
        self.timeline_area.setWidget(self.timeline)
        self.timeline_area.setWidgetResizable(True)
        self.timeline_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_area.setFrameShape(QFrame.Shape.NoFrame)
        self.timeline_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the time line itself
        self.track_list = QListWidget(self)
        self.track_list.setObjectName("faceTracks")
        self.track_list.setAccessibleName(self.tr("Face tracks"))
        self.track_list.currentRowChanged.connect(self._show_track)
        self.preview = ImageCanvas(self.tr("The frame shown, with the face boxes on it"), self)
        self.preview.setObjectName("videoFrame")
        self.preview.setMinimumSize(240, 160)
        self.preview.box_drawn.connect(self._box_drawn)
        self.frame_label = QLabel(self)
        self.frame_label.setObjectName("videoFrameLabel")

        top = QHBoxLayout()
        for widget in (self.find_button, self.cancel_button, self.style_box, self.apply_button):
            top.addWidget(widget)
        top.addStretch(1)
        review = QHBoxLayout()
        review.addWidget(self.cover_track_button)
        review.addWidget(self.leave_button)
        review.addWidget(self.add_box_button)
        review.addStretch(1)
        review.addWidget(self.frame_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)
        layout.addLayout(review)
        layout.addWidget(self.timeline_area)
        layout.addWidget(self.track_list)
        self.track_list.setMaximumHeight(140)
        self._update()

    # --- state ---------------------------------------------------------------------------------

    def _row(self) -> int:
        return self.track_list.currentRow()

    def tracks(self) -> list[video_faces.FaceTrack]:
        """The tracks in the list's order: the detector's, then the boxes drawn and followed."""
        if self.found is None:
            return []
        return [*self.found.scan.tracks, *(a.track for a in self.added)]

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
        """Stop a running job (its result is ignored), drop the tracks, the frame shown and the
        working copy's bytes."""
        self._generation += 1
        if self._cancel is not None:
            self._cancel.set()
        if self._fetching is not None:
            self._fetching.set()
        self._fetching = None
        self._fetch_timer.stop()
        self._set_busy(None)
        self.found = None
        self.added = []
        self.states = {}
        self.item = None
        self.frame = self.shown_frame = -1
        self.track_list.clear()
        self.timeline.set_bars([], 0, 0.0)
        self._fit_timeline()
        self.preview.clear_boxes()
        self.preview.set_image(None, self._placeholder())
        self.frame_label.setText("")
        self.status.setText("")
        self._update()

    def _placeholder(self) -> str:
        return self.tr("Find faces in the video: its face tracks are shown here, on their frames and on a time line.")

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
        has_tracks = bool(self.tracks())
        self.cover_track_button.setEnabled(has_tracks and not self.busy)
        self.leave_button.setEnabled(has_tracks and not self.busy)
        self.add_box_button.setEnabled(
            ready and self.found is not None and self.preview.image is not None and not self.busy
        )
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
        self.added = []
        self.states = {}
        self.track_list.clear()
        self.timeline.set_bars([], 0, 0.0)
        self._fit_timeline()
        self.preview.set_image(None)

        def work(report: Callable[[int, str], None], cancel: threading.Event) -> _Found | None:
            try:
                current = ms.get_media(vault, item_id)
                data, media_type = ms.read_working(vault, current), ms.working_type(vault, current)
                scan = video_faces.scan_faces(
                    data,
                    media_type,
                    None,
                    video_faces.DETECT_EVERY,
                    lambda _phase, done, total: report(
                        min(99, done * 100 // max(1, total)), finding.format(done=done, total=total)
                    ),
                    cancel,
                )
                # The first track's frame, shown at once (the others are decoded when chosen).
                frame = scan.tracks[0].keys[len(scan.tracks[0].keys) // 2][0] if scan.tracks else 0
                image = _image(video_faces.frame_at(data, media_type, scan, frame, cancel))
            except video_faces.Cancelled:
                return None
            return _Found(scan, data, media_type, frame, image)

        def done(found: _Found | None) -> None:
            if found is None:
                self.status.setText(self.tr("Stopped; nothing was changed."))
                self.tracks_found.emit(None)
                return
            self.found = found
            self.states = {t.number: video_faces.TrackState.SUGGESTED for t in found.scan.tracks}
            self.frame = self.shown_frame = found.frame
            self.preview.set_image(found.image, self.tr("No frame to show."))
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
        """The list, the time line and the boxes on the frame shown, after the tracks or their states changed."""
        row = self.track_list.currentRow()
        self.track_list.blockSignals(True)
        self.track_list.clear()
        found = self.found
        if found is not None:
            scan = found.scan
            drawn = {a.track.number: a.frame for a in self.added}
            for track in self.tracks():
                left_out = self.states.get(track.number) is video_faces.TrackState.REJECTED
                state = self.tr("left uncovered") if left_out else self.tr("will be covered")
                start, end = f"{scan.seconds(track.first):.2f}", f"{scan.seconds(track.last + 1):.2f}"
                if track.number in drawn:
                    text = self.tr("Face {n} (box drawn on frame {frame}): {start}–{end} s: {state}").format(
                        n=track.number, frame=drawn[track.number], start=start, end=end, state=state
                    )
                else:
                    text = self.tr("Face {n}: {start}–{end} s, {count} detection(s): {state}").format(
                        n=track.number, start=start, end=end, count=len(track.keys), state=state
                    )
                self.track_list.addItem(text)
            self.timeline.set_bars(bars_of(scan, self.states, [a.track for a in self.added]), scan.frames, scan.fps)
        self._fit_timeline()
        if 0 <= row < self.track_list.count():
            self.track_list.setCurrentRow(row)
        self.track_list.blockSignals(False)
        self.timeline.set_row(self.track_list.currentRow())
        self._show_boxes()
        self._update()

    def _show_track(self, row: int) -> None:
        """A track chosen in the list: its bar is marked, and one of its frames is shown (the frame
        shown stays if the track covers it)."""
        tracks = self.tracks()
        self.timeline.set_row(row)
        self._row_visible(row)
        if not 0 <= row < len(tracks):
            return
        track = tracks[row]
        if not track.first <= self.frame <= track.last:
            self.show_frame(track.keys[len(track.keys) // 2][0])

    def _fit_timeline(self) -> None:
        """The time line's area as high as its rows, up to TIMELINE_ROWS of them (then it scrolls)."""
        self.timeline.adjustSize()
        rows = min(TIMELINE_ROWS, max(1, len(self.timeline.bars)))
        self.timeline_area.setFixedHeight(min(self.timeline.sizeHint().height(), SCALE + ROW * rows + 4))

    def _row_visible(self, row: int) -> None:
        if row >= 0:
            self.timeline_area.ensureVisible(0, SCALE + row * ROW + ROW // 2, 0, ROW)

    def _timeline_row(self, row: int) -> None:
        if row != self.track_list.currentRow():
            self.track_list.setCurrentRow(row)

    def set_state(self, row: int, cover: bool) -> None:
        tracks = self.tracks()
        if not 0 <= row < len(tracks):
            return
        number = tracks[row].number
        self.states[number] = video_faces.TrackState.ACCEPTED if cover else video_faces.TrackState.REJECTED
        self._refresh()
        if row + 1 < self.track_list.count():
            self.track_list.setCurrentRow(row + 1)

    # --- the frame shown -----------------------------------------------------------------------

    def show_frame(self, frame: int) -> None:
        """Show ``frame`` with every box on it: decoded in a job (a seek), the last one asked for wins."""
        found = self.found
        if found is None or not 0 <= frame < found.scan.frames:
            return
        self.frame = frame
        self.timeline.set_frame(frame)
        self._frame_text()
        if frame != self.shown_frame:
            self._fetch_timer.start()

    def _frame_text(self) -> None:
        found = self.found
        if found is None or self.frame < 0:
            self.frame_label.setText("")
            return
        self.frame_label.setText(
            self.tr("Frame {n} of {total} ({seconds} s)").format(
                n=self.frame, total=found.scan.frames, seconds=f"{found.scan.seconds(self.frame):.2f}"
            )
        )

    def _fetch(self) -> None:
        found = self.found
        if found is None or self._fetching is not None or self.frame == self.shown_frame:
            return  # a frame being decoded: the one asked for last is fetched when it is done
        generation, frame, cancel = self._generation, self.frame, threading.Event()
        self._fetching = cancel

        def finished(image: QImage | None) -> None:
            if generation != self._generation:
                return
            self._fetching = None
            if image is not None:
                self.shown_frame = frame
                self.preview.set_image(image, self.tr("No frame to show."))
                self._show_boxes()
                self._update()
                self.frame_shown.emit(frame)
            if self.frame != self.shown_frame:
                self._fetch()

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._fetching = None
                show_error(self, exc)

        def work(_report: Callable[[int, str], None]) -> QImage | None:
            try:
                return _image(video_faces.frame_at(found.data, found.media_type, found.scan, frame, cancel))
            except video_faces.Cancelled:
                return None

        self.jobs.start(work, finished, failed)

    def _scale(self) -> float:
        """Video pixels per pixel of the frame shown."""
        found, image = self.found, self.preview.image
        if found is None or image is None or image.width() == 0:
            return 1.0
        return found.scan.width / image.width()

    def _show_boxes(self) -> None:
        """Every track's box on the frame shown: filled when it will be covered, dashed when not."""
        found = self.found
        self.preview.suggestions = []
        if found is not None and self.shown_frame >= 0 and self.preview.image is not None:
            scale = self._scale()
            for track in self.tracks():
                box = track.box_at(self.shown_frame, found.scan.width, found.scan.height)
                if box is None:
                    continue
                left_out = self.states.get(track.number) is video_faces.TrackState.REJECTED
                shown = Box(
                    round(box.x / scale),
                    round(box.y / scale),
                    max(1, round(box.w / scale)),
                    max(1, round(box.h / scale)),
                )
                self.preview.suggestions.append(Suggestion(shown, SUGGESTED if left_out else ACCEPTED, track.number))
        self.preview.update()

    # --- a box drawn and followed --------------------------------------------------------------

    def start_box(self) -> None:
        """A box to place on the frame shown with the keyboard (the mouse can draw one at any time)."""
        if self.preview.image is None or self.found is None:
            return
        self.preview.setFocus()
        self.preview.start_box()

    def _box_drawn(self, rect: QRect) -> None:
        self.preview.boxes = []  # the box becomes a track (drawn as one) once it was followed
        self.preview.update()
        self.follow(self.shown_frame, rect)

    def follow(self, frame: int, rect: QRect) -> bool:
        """Follow a box drawn on ``frame`` (in the pixels of the frame shown) through the video, in a
        job with progress and Cancel; it becomes a track that will be covered."""
        found = self.found
        if found is None or self.busy or frame < 0 or not self.session.is_unlocked:
            return False
        scale = self._scale()
        box = Box(
            round(rect.x() * scale),
            round(rect.y() * scale),
            max(1, round(rect.width() * scale)),
            max(1, round(rect.height() * scale)),
        ).clip(found.scan.width, found.scan.height)
        number = max((t.number for t in self.tracks()), default=0) + 1
        following = self.tr("Following the box: frame {done} of about {total}")

        def work(report: Callable[[int, str], None], cancel: threading.Event) -> _Added | None:
            try:
                track = video_faces.follow_box(
                    found.data,
                    found.media_type,
                    frame,
                    box,
                    number,
                    cancel,
                    lambda _phase, done, total: report(
                        min(99, done * 100 // max(1, total)), following.format(done=done, total=total)
                    ),
                )
            except video_faces.Cancelled:
                return None
            return _Added(frame, box, replace(track, last=min(track.last, found.scan.frames - 1)))

        def done(added: _Added | None) -> None:
            if added is None:
                self.status.setText(self.tr("Stopped; the box was not added."))
                self.box_followed.emit(None)
                return
            self.added.append(added)
            self.states[added.track.number] = video_faces.TrackState.ACCEPTED
            self._refresh()
            self.track_list.setCurrentRow(self.track_list.count() - 1)
            scan = found.scan
            self.status.setText(
                self.tr(
                    "Face {n} added: the box was followed from {start} s to {end} s. Look at the frames "
                    "around both ends: where it lost the face, draw another box there."
                ).format(
                    n=added.track.number,
                    start=f"{scan.seconds(added.track.keys[0][0]):.2f}",
                    end=f"{scan.seconds(added.track.keys[-1][0] + 1):.2f}",
                )
            )
            self.box_followed.emit(added.track)

        self._start(work, done)
        return True

    # --- cover ---------------------------------------------------------------------------------

    def cover_faces(self) -> bool:
        item, found = self.item, self.found
        if item is None or found is None or self.busy or not self.session.is_unlocked:
            return False
        vault, item_id = self.session.vault, item.id
        detected = {t.number for t in found.scan.tracks}
        rejected = [n for n, s in self.states.items() if s is video_faces.TrackState.REJECTED and n in detected]
        followed = [
            (a.frame, a.box, a.track)
            for a in self.added
            if self.states.get(a.track.number) is not video_faces.TrackState.REJECTED
        ]
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
                    followed=followed,
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
