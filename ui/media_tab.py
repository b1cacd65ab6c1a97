"""The Media tab of a case: a thumbnail grid, import with progress and cancel, what each original
carried, original and working copy side by side, redaction boxes (mouse or keyboard) and face
suggestions, and playback of a recording's working copy.

Privacy rules kept here:

* thumbnails and previews are decoded in memory from bytes the media service returns, on a pool
  thread (ui.jobs), and kept only in this widget's memory; ``discard()`` drops them on lock;
* nothing decrypted is ever written to disk (no thumbnail cache, no temporary file for audio:
  recordings play from a memory buffer, and locking stops them and drops the buffer);
* every import, redaction and face detection runs as a job; the GUI thread never waits for them.

Why this is still one file (about 1.5k lines): five widgets share the tab's job runner and the
privacy rules above (decoded pixels and audio live only in this widget and ``discard()`` drops them
all). Each class depends only on the ones above it, so the split is mechanical: a ``ui/media/``
package with ``thumbnails.py`` (decode_image, orientation_of), ``model.py`` (MediaListModel),
``canvas.py`` (ImageView, ImageCanvas, Suggestion), ``player.py`` (AudioPlayer) and ``tab.py``
(MediaTab).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QShortcut,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSlider,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evidence_app import media_service as ms
from evidence_app.media import redact as media_redact
from evidence_app.media.base import Category, Inspection
from evidence_app.model import MediaItem, MediaKind
from evidence_app.suggestions import suggest_faces

from .errors import explain, show_error
from .filedialogs import PathMode, ask_path
from .i18n import QT_TRANSLATE_NOOP
from .jobs import Counted, JobRunner
from .media_actions import MediaActions
from .recorder import RecorderDialog
from .session import Session

if TYPE_CHECKING:  # imported for real only when a recording is first shown (see AudioPlayer)
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

THUMB_SIZE = 160


def decode_image(data: bytes, max_side: int | None = None, orientation: int = 1) -> QImage:
    """Decode image bytes in memory, optionally turned upright and scaled down.

    ``QImage.fromData`` reads through a C++ buffer: a Python-side QBuffer/QImageReader on a pool
    thread can deadlock (Qt's image-plugin lock held while the binding waits for the GIL)."""
    image = QImage.fromData(data)
    if image.isNull():
        return image
    if orientation in (2, 4, 5, 7):
        image = image.flipped(Qt.Orientation.Horizontal if orientation in (2, 5, 7) else Qt.Orientation.Vertical)
    rotation = {3: 180, 5: 270, 6: 90, 7: 90, 8: 270}.get(orientation, 0)
    if rotation:
        image = image.transformed(QTransform().rotate(rotation))
    if max_side is not None and max(image.width(), image.height()) > max_side:
        image = image.scaled(
            max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def orientation_of(item: MediaItem) -> int:
    """The EXIF orientation the original recorded (the working copy is always upright)."""
    fact = str(item.inspection.get("facts", {}).get("orientation", "1")).split(" ", 1)[0]
    return int(fact) if fact.isdigit() and 1 <= int(fact) <= 8 else 1


# --- the grid model --------------------------------------------------------------------------------


MEDIA_PAGE = 200  # items read from the vault per page of the grid


class MediaListModel(QAbstractListModel):
    """Media items of one case, a page at a time as the grid scrolls (``fetch(offset, limit)``);
    thumbnails are asked for when a row is first painted."""

    thumbnail_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[MediaItem] = []
        self.thumbs: dict[str, QPixmap] = {}
        self._requested: set[str] = set()
        self._fetch: Callable[[int, int], list[MediaItem]] | None = None
        self._exhausted = True
        style = parent.style() if parent is not None else None
        self._photo_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon) if style else QIcon()
        self._audio_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume) if style else QIcon()
        self._sealed_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else QIcon()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.caption or ms.escape_name(item.original_name)
        if role == Qt.ItemDataRole.DecorationRole:
            thumb = self.thumbs.get(item.id)
            if thumb is not None:
                return thumb
            if item.working is None:
                return self._sealed_icon
            if item.kind is MediaKind.PHOTO:
                if item.id not in self._requested:
                    self._requested.add(item.id)
                    self.thumbnail_wanted.emit(item.id)
                return self._photo_icon
            return self._audio_icon if item.kind is MediaKind.AUDIO else self._photo_icon
        if role == Qt.ItemDataRole.ToolTipRole:
            if item.not_exportable:
                return self.tr("Not exportable: {reason}").format(reason=item.not_exportable)
            return ms.escape_name(item.original_name)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ms.escape_name(item.original_name)
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        page = self._fetch(len(self.items), MEDIA_PAGE)
        if len(page) < MEDIA_PAGE:
            self._exhausted = True
        if page:
            self.beginInsertRows(QModelIndex(), len(self.items), len(self.items) + len(page) - 1)
            self.items.extend(page)
            self.endInsertRows()

    def set_items(
        self, items: list[MediaItem], fetch: Callable[[int, int], list[MediaItem]] | None = None, exhausted: bool = True
    ) -> None:
        """The first pages; ``fetch`` reads further ones unless ``exhausted``."""
        self._fetch, self._exhausted = fetch, exhausted or fetch is None
        self.beginResetModel()
        keep = {i.id: i.working.sha256 if i.working else "" for i in items}
        old = {i.id: i.working.sha256 if i.working else "" for i in self.items}
        for item_id in list(self.thumbs):
            if keep.get(item_id) != old.get(item_id):
                self.thumbs.pop(item_id, None)
                self._requested.discard(item_id)
        self.items = list(items)
        self.endResetModel()

    def set_thumbnail(self, item_id: str, image: QImage) -> None:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                self.thumbs[item_id] = QPixmap.fromImage(image)
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
                return

    def replace(self, item: MediaItem) -> None:
        for row, old in enumerate(self.items):
            if old.id == item.id:
                self.items[row] = item
                self.thumbs.pop(item.id, None)
                self._requested.discard(item.id)
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
                return

    def row_of(self, item_id: str) -> int:
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)

    def item(self, row: int) -> MediaItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def clear(self) -> None:
        self._fetch, self._exhausted = None, True
        self.beginResetModel()
        self.items = []
        self.thumbs.clear()
        self._requested.clear()
        self.endResetModel()


# --- image views -----------------------------------------------------------------------------------


SUGGESTED, ACCEPTED, REJECTED = "suggested", "accepted", "rejected"


@dataclass
class Suggestion:
    box: media_redact.Box
    state: str = SUGGESTED


class ImageView(QWidget):
    """Shows an image scaled to fit. Subclass ImageCanvas adds boxes drawn with the mouse."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.image: QImage | None = None
        self.placeholder = ""
        self.setMinimumSize(160, 120)

    def set_image(self, image: QImage | None, placeholder: str = "") -> None:
        self.image = image if image is not None and not image.isNull() else None
        self.placeholder = placeholder
        self.update()

    def image_rect(self) -> tuple[float, float, float]:
        """(scale, left, top) of the image inside the widget."""
        if self.image is None:
            return 1.0, 0.0, 0.0
        iw, ih = self.image.width(), self.image.height()
        scale = min(self.width() / iw, self.height() / ih)
        return scale, (self.width() - iw * scale) / 2, (self.height() - ih * scale) / 2

    def to_widget(self, rect: QRect) -> QRect:
        scale, left, top = self.image_rect()
        return QRect(
            round(left + rect.x() * scale),
            round(top + rect.y() * scale),
            max(1, round(rect.width() * scale)),
            max(1, round(rect.height() * scale)),
        )

    def to_image(self, point: QPoint) -> QPoint:
        scale, left, top = self.image_rect()
        if self.image is None or scale <= 0:
            return QPoint(0, 0)
        x = min(max(0, round((point.x() - left) / scale)), self.image.width())
        y = min(max(0, round((point.y() - top) / scale)), self.image.height())
        return QPoint(x, y)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self.image is None:
            painter.drawText(
                self.rect().adjusted(8, 8, -8, -8),
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                self.placeholder,
            )
        else:
            scale, left, top = self.image_rect()
            target = QRect(
                round(left), round(top), round(self.image.width() * scale), round(self.image.height() * scale)
            )
            painter.drawImage(target, self.image)
            self.paint_overlay(painter)
        painter.end()

    def paint_overlay(self, painter: QPainter) -> None:
        pass


def _span(a: QPoint, b: QPoint) -> QRect:
    """The rectangle between two corner points (pixel edges, so the width is |dx|)."""
    return QRect(min(a.x(), b.x()), min(a.y(), b.y()), abs(a.x() - b.x()), abs(a.y() - b.y()))


class ImageCanvas(ImageView):
    """The working copy: drag with the mouse, or use the keyboard, to draw a redaction box (image
    coordinates of the upright image, which is what the working copy is).

    Keyboard (the canvas takes focus with Tab or a click): N or Insert starts a new box in the
    middle of the picture, arrows move it, Shift+arrows resize it, Ctrl makes the steps ten times
    bigger, Enter adds it, Esc cancels it. Tab and Shift+Tab go through the boxes already drawn
    (after the last one, Tab moves on to the next control, so focus is never trapped); arrows then
    move the selected box and Delete removes it."""

    box_drawn = Signal(QRect)
    boxes_changed = Signal()  # a drawn box was moved, resized or removed with the keyboard
    keyboard_box_changed = Signal()  # the box being placed or the selection changed (status text)

    MIN_SIDE = 2  # what a mouse gesture must also reach before it counts as a box

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.boxes: list[QRect] = []
        self.suggestions: list[Suggestion] = []
        self._origin: QPoint | None = None
        self._current: QRect | None = None
        self.pending: QRect | None = None  # a box being placed with the keyboard, not added yet
        self.selected = -1  # index into ``boxes`` chosen with Tab, or -1
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        hint = self.keyboard_hint()
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)

    def keyboard_hint(self) -> str:
        return self.tr(
            "Keyboard: N new box, arrows move, Shift+arrows resize, Ctrl bigger steps, Enter adds, "
            "Esc cancels, Tab goes through the boxes, Delete removes the selected one."
        )

    def status_text(self) -> str:
        """What a keyboard user is working on, in words (shown under the canvas and read out)."""
        if self.pending is not None:
            r = self.pending
            return self.tr("New box at {x},{y}, {w}×{h} pixels: Enter adds it, Esc cancels.").format(
                x=r.x(), y=r.y(), w=r.width(), h=r.height()
            )
        if 0 <= self.selected < len(self.boxes):
            r = self.boxes[self.selected]
            return self.tr("Box {n} of {m} at {x},{y}, {w}×{h} pixels: arrows move it, Delete removes it.").format(
                n=self.selected + 1, m=len(self.boxes), x=r.x(), y=r.y(), w=r.width(), h=r.height()
            )
        return self.keyboard_hint()

    def set_image(self, image: QImage | None, placeholder: str = "") -> None:
        self.pending = None
        self.selected = -1
        super().set_image(image, placeholder)
        self.keyboard_box_changed.emit()

    def clear_boxes(self) -> None:
        self.boxes = []
        self.suggestions = []
        self.pending = None
        self.selected = -1
        self.update()
        self.keyboard_box_changed.emit()

    # --- mouse ---------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.image is not None and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self._origin = self.to_image(event.position().toPoint())
            self._current = QRect(self._origin, self._origin)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._origin is not None:
            self._current = _span(self._origin, self.to_image(event.position().toPoint()))
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._origin is None:
            return
        rect = _span(self._origin, self.to_image(event.position().toPoint()))
        self._origin = self._current = None
        self.update()
        if rect.width() >= self.MIN_SIDE and rect.height() >= self.MIN_SIDE:
            self.box_drawn.emit(rect)

    # --- keyboard ------------------------------------------------------------------------------

    def keyboard_steps(self) -> tuple[int, int]:
        """(step, Ctrl step) in image pixels: 1 % of the longer side, so a 4000-pixel photo does
        not need hundreds of key presses; never less than one pixel."""
        if self.image is None:
            return 1, 10
        step = max(1, max(self.image.width(), self.image.height()) // 100)
        return step, step * 10

    def start_box(self) -> None:
        """A new box in the middle of the picture, a quarter of its shorter side wide and high."""
        if self.image is None:
            return
        w, h = self.image.width(), self.image.height()
        side = min(max(self.MIN_SIDE, min(w, h) // 4), w, h)
        self.pending = QRect((w - side) // 2, (h - side) // 2, side, side)
        self.selected = -1
        self._changed()

    def _changed(self) -> None:
        self.update()
        self.keyboard_box_changed.emit()

    def _moved(self, rect: QRect, dx: int, dy: int, resize: bool) -> QRect:
        """``rect`` moved (or resized) by (dx, dy) image pixels, kept inside the picture."""
        assert self.image is not None
        w, h = self.image.width(), self.image.height()
        if resize:
            width = min(max(self.MIN_SIDE, rect.width() + dx), w - rect.x())
            height = min(max(self.MIN_SIDE, rect.height() + dy), h - rect.y())
            return QRect(rect.x(), rect.y(), width, height)
        x = min(max(0, rect.x() + dx), w - rect.width())
        y = min(max(0, rect.y() + dy), h - rect.height())
        return QRect(x, y, rect.width(), rect.height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.image is None or self._origin is not None:
            super().keyPressEvent(event)
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        plain = mods == Qt.KeyboardModifier.NoModifier
        arrows = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in (Qt.Key.Key_N, Qt.Key.Key_Insert) and plain:
            self.start_box()
        elif key in arrows and not mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier):
            step = self.keyboard_steps()[1 if ctrl else 0]
            dx, dy = (d * step for d in arrows[Qt.Key(key)])
            if self.pending is not None:
                self.pending = self._moved(self.pending, dx, dy, shift)
            elif 0 <= self.selected < len(self.boxes):
                self.boxes[self.selected] = self._moved(self.boxes[self.selected], dx, dy, shift)
                self.boxes_changed.emit()
            else:
                super().keyPressEvent(event)
                return
            self._changed()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pending is not None:
            rect, self.pending = self.pending, None
            self._changed()
            self.box_drawn.emit(rect)
        elif key == Qt.Key.Key_Escape and (self.pending is not None or self.selected >= 0):
            self.pending = None
            self.selected = -1
            self._changed()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and 0 <= self.selected < len(self.boxes):
            del self.boxes[self.selected]
            self.selected = -1
            self._changed()
            self.boxes_changed.emit()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab selects the next drawn box; past the last one (or with none) focus moves on."""
        if self.pending is None and self.boxes and self.image is not None:
            index = self.selected + 1 if next else (self.selected - 1 if self.selected >= 0 else len(self.boxes) - 1)
            if 0 <= index < len(self.boxes):
                self.selected = index
                self._changed()
                return True
            if self.selected >= 0:
                self.selected = -1
                self._changed()
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # --- painting ------------------------------------------------------------------------------

    def paint_overlay(self, painter: QPainter) -> None:
        painter.setBrush(QBrush(QColor(0, 0, 0, 160)))
        painter.setPen(QPen(QColor("red"), 2))
        for box in self.boxes:
            painter.drawRect(self.to_widget(box))
        for number, suggestion in enumerate(self.suggestions, 1):
            if suggestion.state == REJECTED:
                continue
            b = suggestion.box
            rect = self.to_widget(QRect(b.x, b.y, b.w, b.h))
            if suggestion.state == ACCEPTED:
                painter.setBrush(QBrush(QColor(0, 0, 0, 160)))
                painter.setPen(QPen(QColor("red"), 2))
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor("yellow"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
            painter.drawText(rect.topLeft() + QPoint(4, 14), str(number))
        if self._current is not None:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("cyan"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(self.to_widget(self._current))
        # The box under keyboard control: a thick outline in two colours, visible on any picture.
        active = (
            self.pending
            if self.pending is not None
            else (self.boxes[self.selected] if 0 <= self.selected < len(self.boxes) else None)
        )
        if active is not None:
            rect = self.to_widget(active)
            painter.setBrush(QBrush(QColor(0, 255, 255, 60)) if self.pending is not None else Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("black"), 4))
            painter.drawRect(rect)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("cyan"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
            painter.end()


# --- audio playback --------------------------------------------------------------------------------

# What the player is told the stream is called. FFmpeg prints it in its log lines: never a file name.
_AUDIO_SOURCE_URL = "evidence:working-copy"


def _clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02}:{rest % 60:02}" if hours else f"{rest // 60}:{rest % 60:02}"


class AudioPlayer(QWidget):
    """Plays a recording's working copy from memory: the decrypted bytes go into a QBuffer handed
    to QMediaPlayer.setSourceDevice, so the plaintext never touches disk (no temporary file, which
    playing "a file" would need). ``unload()`` stops playback and drops the buffer; the tab calls it
    when another item is shown and when the vault locks.

    QtMultimedia is imported on first use, not with this module: the app starts without loading
    the multimedia stack, and a machine where it cannot be loaded (a missing system audio library)
    gets a sentence saying playback is unavailable while everything else works. Only sanitized
    working copies of recordings are played, never an original."""

    loaded = Signal()  # a recording was handed to the player
    changed = Signal()  # media status, playback state, duration or availability changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player: QMediaPlayer | None = None
        self.output: QAudioOutput | None = None
        self.buffer: QBuffer | None = None
        self.unavailable: str | None = None  # why playback cannot work on this machine, once known
        self._loading = False  # a recording is being decrypted for the player
        self._play_when_loaded = False  # Play was pressed while it was
        self._updating_slider = False
        self.setAccessibleName(self.tr("Recording player"))
        style = self.style()
        self.play_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay), self.tr("Pla&y"), self)
        self.play_button.setAccessibleName(self.tr("Play the recording"))
        self.play_button.setToolTip(self.tr("Play the working copy (Alt+Y; Space while the player has focus)"))
        self.play_button.clicked.connect(self.play)
        self.pause_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaPause), self.tr("Paus&e"), self
        )
        self.pause_button.setAccessibleName(self.tr("Pause the recording"))
        self.pause_button.setToolTip(self.tr("Pause (Alt+E; Space while the player has focus)"))
        self.pause_button.clicked.connect(self.pause)
        self.stop_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaStop), self.tr("Stop"), self)
        self.stop_button.setAccessibleName(self.tr("Stop the recording and go back to the start"))
        self.stop_button.setToolTip(self.tr("Stop and go back to the start (the Stop media key works too)"))
        self.stop_button.clicked.connect(self.stop)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Position in the recording"))
        self.slider.setToolTip(self.tr("Arrows: 1 second, Page Up/Down: 10 seconds, Home/End: start/end"))
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(10_000)
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(self._seek)
        self.time_label = QLabel(self)
        self.time_label.setAccessibleName(self.tr("Time played and length of the recording"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        # Media keys work anywhere in the window while the player is shown.
        for key, slot in (
            (Qt.Key.Key_MediaTogglePlayPause, self.toggle),
            (Qt.Key.Key_MediaPlay, self.play),
            (Qt.Key.Key_MediaPause, self.pause),
            (Qt.Key.Key_MediaStop, self.stop),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.play_button, self.pause_button, self.stop_button):
            row.addWidget(button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._update()

    # --- the backend ---------------------------------------------------------------------------

    def ensure_backend(self) -> bool:
        """Load QtMultimedia and make the player, once; False (and a message) if that cannot work."""
        if self.player is not None:
            return True
        if self.unavailable is not None:
            return False
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError as exc:  # e.g. libQt6Multimedia cannot find the system's audio library
            return self._set_unavailable(str(exc))
        player = QMediaPlayer(self)
        if not player.isAvailable():  # no multimedia backend plugin could be loaded
            player.deleteLater()
            return self._set_unavailable("no multimedia backend")
        output = QAudioOutput(self)
        player.setAudioOutput(output)
        player.positionChanged.connect(self._position_changed)
        player.durationChanged.connect(self._duration_changed)
        player.mediaStatusChanged.connect(self._status_changed)
        player.playbackStateChanged.connect(lambda _state: self._update())
        player.errorOccurred.connect(self._error)
        self.player, self.output = player, output
        return True

    def _set_unavailable(self, reason: str) -> bool:
        self.unavailable = reason
        self.message.setText(
            self.tr(
                "Playback is unavailable on this computer: its multimedia libraries could not be loaded. "
                "The recording is kept safely in the vault."
            )
        )
        self.message.setVisible(True)
        self._update()
        self.changed.emit()
        return False

    # --- loading -------------------------------------------------------------------------------

    def load(self, data: bytes) -> bool:
        """Hand decrypted working-copy bytes to the player (in memory only)."""
        self.unload()
        if not self.ensure_backend():
            return False
        assert self.player is not None
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.buffer = buffer
        self.message.setVisible(False)
        self.player.setSourceDevice(buffer, QUrl(_AUDIO_SOURCE_URL))
        self._update()
        self.loaded.emit()
        if self._play_when_loaded:
            self.play()
        return True

    def expect(self) -> None:
        """A recording is being decrypted for this player: Play now means play once it is here."""
        self.unload()
        self._loading = True
        self._update()

    def unload(self) -> None:
        """Stop and forget the recording: the player holds no source, the buffer is emptied and
        dropped (locking calls this; Python cannot zero the memory, see THREAT_MODEL.md)."""
        self._loading = False
        self._play_when_loaded = False
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())  # also clears the source device
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
            self.buffer.deleteLater()
            self.buffer = None
        self._updating_slider = True
        self.slider.setRange(0, 0)
        self._updating_slider = False
        self._update()

    # --- controls ------------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        if self.player is None:
            return False
        return self.player.playbackState() == self.player.PlaybackState.PlayingState

    def play(self) -> None:
        if self.player is not None and self.buffer is not None:
            self.player.play()
        elif self._loading:
            self._play_when_loaded = True

    def pause(self) -> None:
        self._play_when_loaded = False
        if self.player is not None and self.buffer is not None:
            self.player.pause()

    def stop(self) -> None:
        self._play_when_loaded = False
        if self.player is not None and self.buffer is not None:
            self.player.stop()

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Space reaches here from the slider and labels (buttons take their own Space).
        if event.key() == Qt.Key.Key_Space and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- player signals ------------------------------------------------------------------------

    def _seek(self, value: int) -> None:
        if not self._updating_slider and self.player is not None and self.buffer is not None:
            self.player.setPosition(value)

    def _position_changed(self, position: int) -> None:
        self._updating_slider = True
        self.slider.setValue(position)
        self._updating_slider = False
        self._update_time()

    def _duration_changed(self, duration: int) -> None:
        self._updating_slider = True
        self.slider.setRange(0, max(0, duration))
        self._updating_slider = False
        self._update_time()
        self.changed.emit()

    def _status_changed(self, _status: object) -> None:
        self._loading = False
        self._update()
        self.changed.emit()

    def _error(self, _error: object, text: str) -> None:
        self.message.setText(self.tr("The recording could not be played: {reason}").format(reason=text))
        self.message.setVisible(True)
        self.changed.emit()

    def _update_time(self) -> None:
        position = self.player.position() if self.player is not None and self.buffer is not None else 0
        self.time_label.setText(f"{_clock(position)} / {_clock(self.slider.maximum())}")

    def _update(self) -> None:
        ready = self.player is not None and (self.buffer is not None or self._loading)
        for widget in (self.play_button, self.pause_button, self.stop_button):
            widget.setEnabled(ready)
        self.slider.setEnabled(self.player is not None and self.buffer is not None)
        self._update_time()


# --- the tab ---------------------------------------------------------------------------------------


_CATEGORY_LABELS = {
    Category.GPS: QT_TRANSLATE_NOOP("MediaTab", "GPS"),
    Category.DEVICE: QT_TRANSLATE_NOOP("MediaTab", "Device"),
    Category.SERIAL: QT_TRANSLATE_NOOP("MediaTab", "Serial number"),
    Category.OWNER: QT_TRANSLATE_NOOP("MediaTab", "Owner"),
    Category.DATE: QT_TRANSLATE_NOOP("MediaTab", "Date"),
    Category.SOFTWARE: QT_TRANSLATE_NOOP("MediaTab", "Software"),
    Category.XMP: QT_TRANSLATE_NOOP("MediaTab", "XMP"),
    Category.IPTC: QT_TRANSLATE_NOOP("MediaTab", "IPTC"),
    Category.PHOTOSHOP: QT_TRANSLATE_NOOP("MediaTab", "Photoshop"),
    Category.MAKERNOTE: QT_TRANSLATE_NOOP("MediaTab", "Maker note"),
    Category.COMMENT: QT_TRANSLATE_NOOP("MediaTab", "Comment"),
    Category.THUMBNAIL: QT_TRANSLATE_NOOP("MediaTab", "Embedded thumbnail"),
    Category.ICC: QT_TRANSLATE_NOOP("MediaTab", "Colour profile"),
    Category.TRAILING_DATA: QT_TRANSLATE_NOOP("MediaTab", "Hidden trailing data"),
    Category.TEXT: QT_TRANSLATE_NOOP("MediaTab", "Text"),
    Category.STRUCTURE: QT_TRANSLATE_NOOP("MediaTab", "Structure"),
    Category.OTHER: QT_TRANSLATE_NOOP("MediaTab", "Other"),
}
RISKY_BACKGROUND = QColor(255, 224, 178)


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
    job_failed = Signal(object)  # the exception

    def __init__(self, session: Session, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self.case_id: str | None = None
        self._generation = 0
        self._cancel: threading.Event | None = None
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

        self.import_button = QPushButton(self.tr("&Import files…"), self)
        self.import_button.setToolTip(self.tr("Add photos or recordings to this case (you can also drop files here)"))
        self.import_button.clicked.connect(self.open_import_dialog)
        self.record_button = QPushButton(self.tr("Record intervie&w…"), self)
        self.record_button.setObjectName("recordButton")
        self.record_button.setToolTip(
            self.tr("Record from the microphone straight into the vault (no file is written)")
        )
        self.record_button.clicked.connect(self.open_recorder)
        self.recorder: RecorderDialog | None = None
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("mediaStatus")
        self.status_label.setWordWrap(True)
        self.failures = QListWidget(self)
        self.failures.setObjectName("importFailures")
        self.failures.setAccessibleName(self.tr("Files that could not be imported"))
        self.failures.setVisible(False)
        self.failures.setMaximumHeight(110)

        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.record_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.progress, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.status_label)
        left_layout.addWidget(self.failures)
        left_layout.addWidget(self.view, 1)

        # details
        self.not_exportable_label = QLabel(self)
        self.not_exportable_label.setObjectName("notExportable")
        self.not_exportable_label.setWordWrap(True)
        self.not_exportable_label.setStyleSheet("QLabel { color: #a00000; font-weight: bold; }")
        self.not_exportable_label.setVisible(False)
        self.details = QListWidget(self)
        self.details.setObjectName("mediaDetails")
        self.details.setAccessibleName(self.tr("What the original file carried, hashes and versions"))
        self.details.setWordWrap(True)

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
        self.accept_button = QPushButton(self.tr("Acc&ept"), self)
        self.accept_button.setToolTip(self.tr("Redact the selected face suggestion"))
        self.accept_button.clicked.connect(self.accept_current)
        self.reject_button = QPushButton(self.tr("Re&ject"), self)
        self.reject_button.setToolTip(self.tr("Do not redact the selected face suggestion"))
        self.reject_button.clicked.connect(self.reject_current)
        self.clear_button = QPushButton(self.tr("C&lear boxes"), self)
        self.clear_button.clicked.connect(self.clear_boxes)
        self.apply_button = QPushButton(self.tr("Appl&y redaction"), self)
        self.apply_button.setToolTip(self.tr("Burn the boxes into a new working copy; the original is kept"))
        self.apply_button.clicked.connect(self.apply_redaction)
        self.suggestion_list = QListWidget(self)
        self.suggestion_list.setObjectName("faceSuggestions")
        self.suggestion_list.setAccessibleName(self.tr("Face suggestions"))
        self.suggestion_list.setMaximumHeight(90)
        buttons = QHBoxLayout()
        for button in (self.faces_button, self.accept_button, self.reject_button, self.clear_button, self.apply_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.boxes_label = QLabel(self)
        self.boxes_label.setObjectName("boxesLabel")
        self.audio_label = QLabel(self)
        self.audio_label.setWordWrap(True)
        self.audio = AudioPlayer(self)
        self.audio.loaded.connect(self._audio_loaded)
        self._audio_key: tuple[str, str] | None = None  # (item id, working SHA-256) in or on its way to the player
        self.audio_box = QWidget(self)
        al = QVBoxLayout(self.audio_box)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(self.audio_label)
        al.addWidget(self.audio)
        self.audio_box.setVisible(False)

        viewer = QWidget(self)
        vl = QVBoxLayout(viewer)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.addWidget(pair, 1)
        vl.addLayout(buttons)
        vl.addWidget(self.boxes_label)
        vl.addWidget(self.suggestion_list)

        self.right_tabs = QTabWidget(self)
        details_page = QWidget(self)
        dl = QVBoxLayout(details_page)
        dl.addWidget(self.not_exportable_label)
        dl.addWidget(self.audio_box)  # first page: a selected recording can be played at once
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
        self.failures.clear()
        self.failures.setVisible(False)
        self.status_label.clear()
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
                page = ms.list_media(vault, case_id, offset=len(items), limit=MEDIA_PAGE)
                items += page
                if len(page) < MEDIA_PAGE:
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
        if self.case_id is None or not self.session.is_unlocked:
            return None
        if self.recorder is not None and self.recorder.isVisible():
            self.recorder.raise_()
            return self.recorder
        dialog = RecorderDialog(self.session, self.jobs, self.case_id, self)
        dialog.saved.connect(lambda item: self.reload(select=item.id))
        self.recorder = dialog
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def import_paths(self, paths: Sequence[Path]) -> bool:
        """Import files in a job; progress in the bar; Cancel stops after the current file."""
        case_id = self.case_id
        if case_id is None or self._cancel is not None or self._busy or not self.session.is_unlocked:
            return False
        vault = self.session.vault
        files = list(paths)
        cancel = threading.Event()
        self._cancel = cancel
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self._update_redaction_controls()
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.failures.clear()
        self.failures.setVisible(False)
        self.status_label.setText(self.tr("Importing {n} file(s)…").format(n=len(files)))

        def work(counted: Counted) -> list[ms.ImportResult]:
            def report(done: int, total: int, _path: Path) -> None:
                counted(done, total)

            return ms.import_files(vault, case_id, files, progress=report, cancel=cancel)

        def on_progress(done: int, total: int) -> None:
            self.progress.setValue(done)
            self.status_label.setText(self.tr("Imported {done} of {total}…").format(done=done, total=total))
            self.import_progress.emit(done, total)

        generation = self._generation

        def finished(results: list[ms.ImportResult]) -> None:
            if generation == self._generation:
                self._imported(results, len(files))

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._import_ended()
                self.status_label.setText(explain(exc)[1])
                self.job_failed.emit(exc)

        def progress(done: int, total: int) -> None:
            if generation == self._generation:
                on_progress(done, total)

        self.jobs.start_counted(work, on_finished=finished, on_failed=failed, on_counted=progress)
        return True

    def cancel_import(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Stopping after the current file…"))

    def _import_ended(self) -> None:
        self._cancel = None
        self._update_redaction_controls()
        self.import_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _imported(self, results: list[ms.ImportResult], asked: int) -> None:
        cancelled = self._cancel is not None and self._cancel.is_set()
        self._import_ended()
        good = [r for r in results if r.item is not None]
        bad = [r for r in results if r.item is None]
        sealed = [r for r in good if r.item is not None and r.item.not_exportable]
        parts = [self.tr("Imported {n} file(s).").format(n=len(good))]
        if sealed:
            parts.append(self.tr("{n} kept sealed only (not exportable).").format(n=len(sealed)))
        if bad:
            parts.append(self.tr("{n} could not be imported; see the list below.").format(n=len(bad)))
        if cancelled:
            picked = sum(1 for r in results if r.attachment_of is None)  # e-mail attachments came on top
            parts.append(self.tr("Import cancelled: {n} file(s) were not imported.").format(n=asked - picked))
        self.status_label.setText(" ".join(parts))
        for r in bad:
            entry = QListWidgetItem(
                self.tr("{name}: {reason}").format(name=ms.escape_name(r.source.name), reason=r.error or "")
            )
            entry.setForeground(QColor("#a00000"))
            self.failures.addItem(entry)
        self.failures.setVisible(bool(bad))
        select = good[-1].item.id if good and good[-1].item is not None else None
        self.reload(select)
        self.import_finished.emit(results)

    @property
    def importing(self) -> bool:
        return self._cancel is not None

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
        if self._audio_key_of(item) != self._audio_key:  # the list reloads often: keep what is playing
            self.audio.unload()
            self._audio_key = None
        self.audio_box.setVisible(False)
        self.not_exportable_label.setVisible(bool(item and item.not_exportable))
        self.item_actions.refresh()
        if item is None:
            self._update_redaction_controls()
            return
        if item.not_exportable:
            self.not_exportable_label.setText(
                self.tr(
                    "Not exportable: {reason}. The original is kept sealed in the vault and is never "
                    "included in an export."
                ).format(reason=item.not_exportable)
            )
        for text, risky in self.describe(item):
            self._detail(text, risky)
        if item.kind is MediaKind.PHOTO:
            self._load_preview(item)
            self.canvas.placeholder = self.tr("Loading…")
        else:
            self.canvas.set_image(None, self.tr("No picture for this kind of file."))
            self.original_view.set_image(None, self.tr("No picture for this kind of file."))
        if item.kind is MediaKind.AUDIO:
            self._show_audio(item)
        self._update_redaction_controls()

    def _detail(self, text: str, risky: bool = False, heading: bool = False) -> None:
        entry = QListWidgetItem(text)
        if risky:
            entry.setBackground(RISKY_BACKGROUND)
            entry.setForeground(QColor("#7a2e00"))
            font = QFont(entry.font())
            font.setBold(True)
            entry.setFont(font)
            entry.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("risky"))
        if heading:
            font = QFont(entry.font())
            font.setBold(True)
            entry.setFont(font)
        self.details.addItem(entry)

    def describe(self, item: MediaItem) -> list[tuple[str, bool]]:
        """The detail lines of an item: (text, risky)."""
        lines: list[tuple[str, bool]] = []
        inspection = Inspection.from_json(item.inspection)
        size = f" {inspection.width}×{inspection.height}" if inspection.width and inspection.height else ""
        lines.append(
            (
                self.tr("File: {name} ({type}{size})").format(
                    name=ms.escape_name(item.original_name), type=inspection.media_type.value, size=size
                ),
                False,
            )
        )
        for label, value in (
            (self.tr("Caption"), item.caption),
            (self.tr("Date taken"), item.capture_date or ""),
            (self.tr("Place"), item.place),
            (self.tr("Tags"), ", ".join(item.tags)),
        ):
            if value:
                lines.append((f"{label}: {value}", False))
        risky = inspection.risky
        if risky:
            lines.append(
                (
                    self.tr("The original carried {n} risky item(s); they are NOT in the working copy:").format(
                        n=len(risky)
                    ),
                    False,
                )
            )
            # the position first: it is what endangers people most
            for finding in sorted(risky, key=lambda f: (f.category is not Category.GPS, "position" not in f.key)):
                label = self.tr(_CATEGORY_LABELS.get(finding.category, finding.category.value))
                lines.append((f"⚠ {label}: {finding.value}   ({finding.key})", True))
        else:
            lines.append((self.tr("No identifying metadata was found in the original."), False))
        for finding in inspection.findings:
            if not finding.risky:
                label = self.tr(_CATEGORY_LABELS.get(finding.category, finding.category.value))
                lines.append((f"{label}: {finding.key} = {finding.value}", False))
        for key, value in sorted(inspection.facts.items()):
            lines.append((f"{key}: {value}", False))
        lines.append(
            (
                self.tr("Original SHA-256: {sha} ({size} bytes)").format(
                    sha=item.original_sha256, size=item.original_size
                ),
                False,
            )
        )
        if not item.versions:
            lines.append((self.tr("No working copy: only the sealed original exists."), False))
        for version in item.versions:
            lines.append(
                (
                    self.tr("Working copy v{n}: SHA-256 {sha} ({size} bytes), {when}").format(
                        n=version.version, sha=version.sha256, size=version.size, when=version.created
                    ),
                    False,
                )
            )
            lines.extend((f"    • {step}", False) for step in version.transformations)
        return lines

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

    # --- audio ---------------------------------------------------------------------------------

    def _show_audio(self, item: MediaItem) -> None:
        inspection = Inspection.from_json(item.inspection)
        facts = ", ".join(f"{k}: {v}" for k, v in sorted(inspection.facts.items()))
        self.audio_label.setText(self.tr("Recording ({type}). {facts}").format(type=item.media_type, facts=facts))
        self.audio_box.setVisible(True)
        key = self._audio_key_of(item)
        if key is None or key == self._audio_key:
            return
        if self.audio.ensure_backend():  # nothing is decrypted for a player that cannot play
            self._audio_key = key
            self._load_audio(item)

    @staticmethod
    def _audio_key_of(item: MediaItem | None) -> tuple[str, str] | None:
        if item is None or item.kind is not MediaKind.AUDIO or item.working is None:
            return None
        return item.id, item.working.sha256

    def _load_audio(self, item: MediaItem) -> None:
        """Decrypt the working copy on a pool thread; the bytes go straight into the player's buffer."""
        vault = self.session.vault
        key = self._audio_key
        self.audio.expect()

        def done(data: bytes) -> None:
            if key == self._audio_key and self.session.is_unlocked:  # still the item shown
                self.audio.load(data)

        self._start(lambda _p: ms.read_working(vault, item), done)

    def _audio_loaded(self) -> None:
        item = self.current_item
        if item is not None:
            self.audio_loaded.emit(item.id)

    # --- redaction -----------------------------------------------------------------------------

    def _update_redaction_controls(self) -> None:
        item = self.current_item
        photo = item is not None and item.kind is MediaKind.PHOTO and item.working is not None
        ready = photo and self.canvas.image is not None and not self._busy and self._cancel is None
        pending = bool(self.canvas.boxes) or any(s.state == ACCEPTED for s in self.canvas.suggestions)
        self.faces_button.setEnabled(ready)
        self.apply_button.setEnabled(ready and pending)
        self.clear_button.setEnabled(bool(self.canvas.boxes or self.canvas.suggestions))
        has_suggestions = bool(self.canvas.suggestions)
        self.accept_button.setEnabled(has_suggestions)
        self.reject_button.setEnabled(has_suggestions)
        n_boxes = len(self.canvas.boxes)
        n_accepted = sum(1 for s in self.canvas.suggestions if s.state == ACCEPTED)
        self.boxes_label.setText(
            self.tr("Boxes to burn in: {n} drawn, {m} accepted face(s).").format(n=n_boxes, m=n_accepted)
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
        reason = "faces" if not self.canvas.boxes else "manual"
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

        def work(_p: Callable[[int, str], None]) -> list[media_redact.Box]:
            return list(suggest_faces(vault, item_id).boxes)

        def done(boxes: list[media_redact.Box]) -> None:
            self._set_busy(False)
            if self.current_item is None or self.current_item.id != item_id:
                return
            self.set_suggestions(boxes)
            self.faces_found.emit(boxes)

        self._start(work, done)
        return True

    def set_suggestions(self, boxes: Sequence[media_redact.Box]) -> None:
        self.canvas.suggestions = [Suggestion(b) for b in boxes]
        self._refresh_suggestions()
        if boxes:
            self.suggestion_list.setCurrentRow(0)
            self.suggestion_list.setFocus()
        else:
            self.boxes_label.setText(
                self.tr("No faces were found. Face detection misses faces: look at the picture yourself.")
            )

    def _refresh_suggestions(self) -> None:
        row = self.suggestion_list.currentRow()
        self.suggestion_list.clear()
        states = {SUGGESTED: self.tr("to review"), ACCEPTED: self.tr("will be redacted"), REJECTED: self.tr("rejected")}
        for number, s in enumerate(self.canvas.suggestions, 1):
            self.suggestion_list.addItem(
                self.tr("Face {n} at {x},{y} ({w}×{h}): {state}").format(
                    n=number, x=s.box.x, y=s.box.y, w=s.box.w, h=s.box.h, state=states[s.state]
                )
            )
        if 0 <= row < self.suggestion_list.count():
            self.suggestion_list.setCurrentRow(row)
        self.canvas.update()
        self._update_redaction_controls()

    def _set_state(self, index: int, state: str) -> None:
        if 0 <= index < len(self.canvas.suggestions):
            self.canvas.suggestions[index].state = state
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
        recorder, self.recorder = self.recorder, None
        if recorder is not None:
            recorder.discard()  # it stored its recording at about_to_lock already
        if self._cancel is not None:
            self._cancel.set()
        self._cancel = None
        self.audio.unload()  # stops playback; the player keeps no source and the buffer is gone
        self._audio_key = None
        self.audio_box.setVisible(False)
        self.model.clear()
        self.canvas.set_image(None)
        self.canvas.clear_boxes()
        self.original_view.set_image(None)
        self.details.clear()
        self.failures.clear()
        self.suggestion_list.clear()
        self.case_id = None
