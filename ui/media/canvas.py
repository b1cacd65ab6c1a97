"""The two pictures of the Compare-and-redact page: ``ImageView`` shows the original scaled to fit,
``ImageCanvas`` is the working copy on which redaction boxes are drawn with the mouse or the
keyboard and face suggestions are shown for review.

Boxes are kept in image coordinates of the upright working image (what the working copy always
is), never in widget coordinates, so a resized window never moves a box off a face.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from evidence_app.media import redact as media_redact

SUGGESTED, ACCEPTED, REJECTED = "suggested", "accepted", "rejected"


@dataclass
class Suggestion:
    """A box to review: a face, or text the redaction engine would redact (``kind``: "face",
    "protected_person", "phone", ...). ``number`` is the stored suggestion's number (0: not stored)."""

    box: media_redact.Box
    state: str = SUGGESTED
    number: int = 0
    source: str = "face"
    kind: str = "face"


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
            # The number as the list shows it ("T": text), on a dark tag readable on any picture.
            tag = str(suggestion.number or number) + ("" if suggestion.source == "face" else " T")
            label = painter.fontMetrics().boundingRect(tag).adjusted(-3, -2, 3, 2)
            # Above the box, so it hides nothing of what the box is about (inside at the top edge).
            if rect.top() - label.height() - 1 >= 0:
                label.moveBottomLeft(rect.topLeft() + QPoint(0, -1))
            else:
                label.moveTopLeft(rect.topLeft() + QPoint(1, 1))
            painter.fillRect(label, QColor(0, 0, 0, 200))
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, tag)
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
