"""The face tracks of a video on its time line: one bar a track, from the first to the last frame
it covers, over the video's length, and a line at the frame shown.

A click on a bar selects that track and shows the frame under the pointer (a click beside a bar:
the nearest frame the track covers); a click on the time scale shows that frame. Keyboard (the
time line takes focus with Tab or a click): Up and Down choose the track, Left and Right step one
frame, Page Up and Page Down one second, Home and End go to the selected track's first and last
frame. The bars only show what the scan found; the frames themselves are decoded by the panel.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from evidence_app.media import video_faces

ROW = 18  # pixels a track's row is high
SCALE = 20  # pixels of the time scale at the top
LABELS = 72  # pixels of the track names on the left


@dataclass(frozen=True)
class Bar:
    """One track as the time line draws it."""

    number: int
    first: int
    last: int
    keys: tuple[int, ...]  # frames with a detection (or a match, for a drawn box)
    covered: bool
    added: bool  # drawn by the researcher and followed, not found by the detector


class TrackTimeline(QWidget):
    row_chosen = Signal(int)  # index into the bars
    frame_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faceTimeline")
        self.setAccessibleName(self.tr("Face tracks over the video's time"))
        hint = self.tr(
            "Click a bar to see its face on that frame. Keyboard: Up and Down choose a track, Left and "
            "Right step one frame, Page Up and Page Down one second, Home and End go to the track's ends."
        )
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bars: list[Bar] = []
        self.frames = 0
        self.fps = 0.0
        self.row = -1
        self.frame = -1

    # --- what is shown -------------------------------------------------------------------------

    def set_bars(self, bars: Sequence[Bar], frames: int, fps: float) -> None:
        self.bars = list(bars)
        self.frames, self.fps = frames, fps
        if self.row >= len(self.bars):
            self.row = len(self.bars) - 1
        if not self.bars:
            self.row = self.frame = -1
        self.updateGeometry()
        self.update()

    def set_row(self, row: int) -> None:
        self.row = row if 0 <= row < len(self.bars) else -1
        self.update()

    def set_frame(self, frame: int) -> None:
        self.frame = frame if 0 <= frame < self.frames else -1
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, SCALE + ROW * max(1, len(self.bars)) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    # --- geometry ------------------------------------------------------------------------------

    def _x(self, frame: float) -> float:
        span = max(1, self.frames)
        return LABELS + (self.width() - LABELS - 6) * frame / span

    def frame_at_x(self, x: float) -> int:
        width = max(1, self.width() - LABELS - 6)
        frame = int((x - LABELS) * max(1, self.frames) / width)
        return min(max(0, frame), max(0, self.frames - 1))

    def bar_rect(self, row: int) -> QRectF:
        """Where the bar of ``row`` is drawn (for tests and for clicks: its middle is on the bar)."""
        bar = self.bars[row]
        top = SCALE + row * ROW + 3
        left = self._x(bar.first)
        return QRectF(left, top, max(2.0, self._x(bar.last + 1) - left), ROW - 6)

    # --- input ---------------------------------------------------------------------------------

    def _choose(self, row: int, frame: int) -> None:
        if row != self.row and 0 <= row < len(self.bars):
            self.row = row
            self.row_chosen.emit(row)
        frame = min(max(0, frame), max(0, self.frames - 1))
        if frame != self.frame:
            self.frame = frame
            self.frame_chosen.emit(frame)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.frames:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        point = event.position()
        frame = self.frame_at_x(point.x())
        row = int((point.y() - SCALE) // ROW) if point.y() >= SCALE else -1
        if 0 <= row < len(self.bars):
            bar = self.bars[row]
            self._choose(row, min(max(frame, bar.first), bar.last))
        else:
            self._choose(self.row, frame)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self.bars or event.modifiers() & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            super().keyPressEvent(event)
            return
        second = max(1, round(self.fps or 1))
        row, frame = max(0, self.row), self.frame if self.frame >= 0 else 0
        if key == Qt.Key.Key_Up:
            row = max(0, row - 1) if self.row >= 0 else 0
            bar = self.bars[row]
            frame = min(max(frame, bar.first), bar.last)
        elif key == Qt.Key.Key_Down:
            row = min(len(self.bars) - 1, row + 1) if self.row >= 0 else 0
            bar = self.bars[row]
            frame = min(max(frame, bar.first), bar.last)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            frame += -1 if key == Qt.Key.Key_Left else 1
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            frame += -second if key == Qt.Key.Key_PageUp else second
        elif key == Qt.Key.Key_Home:
            frame = self.bars[row].first
        elif key == Qt.Key.Key_End:
            frame = self.bars[row].last
        else:
            super().keyPressEvent(event)
            return
        self._choose(row, frame)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text = palette.text().color()
        if self.frames:
            self._paint_scale(painter, text)
        for row, bar in enumerate(self.bars):
            top = SCALE + row * ROW
            if row == self.row:
                painter.fillRect(QRectF(0, top, self.width(), ROW), palette.highlight().color().lighter(170))
            painter.setPen(text)
            name = self.tr("Face {n}").format(n=bar.number) + (" +" if bar.added else "")
            painter.drawText(
                QRectF(4, top, LABELS - 8, ROW), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), name
            )
            rect = self.bar_rect(row)
            if bar.covered:
                # Covered: a solid bar (blue for a box drawn by hand, red for a detected face).
                fill = QColor(40, 90, 200) if bar.added else QColor(200, 40, 40)
                painter.fillRect(rect, fill)
                painter.setPen(QPen(fill.darker(150), 1))
            else:
                # Left uncovered: an outline only, hatched, so it reads as "not covered" in grey scale too.
                painter.fillRect(rect, QColor(0, 0, 0, 0))
                painter.setBrush(Qt.BrushStyle.BDiagPattern)
                painter.setPen(QPen(QColor(110, 110, 110), 1, Qt.PenStyle.DashLine))
                painter.drawRect(rect)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(110, 110, 110), 1))
            for key in bar.keys:  # a tick at each frame the face was found on
                x = self._x(key + 0.5)
                painter.drawLine(QPointF(x, rect.bottom() - 3), QPointF(x, rect.bottom()))
        if 0 <= self.frame < self.frames:
            x = self._x(self.frame + 0.5)
            painter.setPen(QPen(QColor(255, 170, 0), 2))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        if self.hasFocus():
            painter.setPen(QPen(palette.highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_scale(self, painter: QPainter, text: QColor) -> None:
        seconds = self.frames / self.fps if self.fps > 0 else 0.0
        if seconds <= 0:
            return
        width = max(1, self.width() - LABELS - 6)
        # A tick every 1, 2, 5, 10, 15, 30 or 60 s: as many as fit with their labels.
        step = next((s for s in (1, 2, 5, 10, 15, 30, 60, 120, 300) if width / (seconds / s) >= 48), 600)
        painter.setPen(QPen(text, 1))
        t = 0
        while t <= seconds:
            x = self._x(t * self.fps)
            painter.drawLine(QPointF(x, SCALE - 5), QPointF(x, SCALE - 1))
            label = f"{t // 60}:{t % 60:02d}"
            if x + 2 + painter.fontMetrics().horizontalAdvance(label) <= self.width() - 2:
                painter.drawText(QPointF(x + 2, SCALE - 7), label)
            t += step
        painter.drawLine(QPointF(LABELS, SCALE - 1), QPointF(self.width() - 6, SCALE - 1))


def bars_of(
    scan: video_faces.FaceScan | None,
    states: dict[int, video_faces.TrackState],
    added: Sequence[video_faces.FaceTrack] = (),
) -> list[Bar]:
    """The bars of a scan's tracks and of the boxes drawn and followed, in the list's order."""
    if scan is None:
        return []
    return [
        Bar(
            t.number,
            t.first,
            t.last,
            tuple(k for k, _ in t.keys),
            states.get(t.number) is not video_faces.TrackState.REJECTED,
            is_added,
        )
        for tracks, is_added in ((scan.tracks, False), (added, True))
        for t in tracks
    ]
