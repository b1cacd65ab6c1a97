"""Redaction boxes drawn with the keyboard alone: every step below is a key press (qtbot.keyClick),
the box lands in upright-image pixels, and the tab's own Apply button burns it into a new working
copy."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.media import redact as media_redact
from evidence_app.model import MediaItem
from evidence_app.records.cases import add_case
from tests.gui.test_media import make_jpeg
from ui.app import AppController
from ui.media.canvas import ImageCanvas
from ui.media.tab import MediaTab

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _photo_tab(qtbot: QtBot, controller: AppController, path: Path) -> tuple[MediaTab, MediaItem]:
    window = controller.main_window
    assert window is not None
    case = add_case(window.vault(), "Keyboard case")
    window.reload_cases(select=case.id)
    tab = window.show_media()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    with qtbot.waitSignal(tab.import_finished, timeout=30_000) as imported:
        assert tab.import_paths([path])
    [result] = imported.args[0]
    assert result.item is not None
    qtbot.waitUntil(lambda: tab.model.row_of(result.item.id) >= 0, timeout=10_000)
    with qtbot.waitSignal(tab.photo_review.preview_loaded, timeout=10_000):
        tab.view.setCurrentIndex(tab.model.index(-1, 0))
        assert tab.select_item(result.item.id)
    tab.right_tabs.setCurrentIndex(1)
    return tab, result.item


def _focus(qtbot: QtBot, controller: AppController, widget: QWidget) -> None:
    """Keys go where the focus is, as for a person: a key sent elsewhere may be taken by a window
    shortcut meant for the focused widget (the lists' Delete, say)."""
    window = controller.main_window
    assert window is not None
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=5_000)


def _keys(qtbot: QtBot, canvas: ImageCanvas, *presses: Qt.Key | tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    for press in presses:
        key, modifier = press if isinstance(press, tuple) else (press, Qt.KeyboardModifier.NoModifier)
        QTest.keyClick(canvas, key, modifier)


def _rect(box: media_redact.Box) -> tuple[int, int, int, int]:
    return box.x, box.y, box.w, box.h


def test_a_box_drawn_with_keys_only_is_burnt_in(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    tab, item = _photo_tab(qtbot, unlocked, make_jpeg(tmp_path / "kb.jpg", size=(64, 48)))
    canvas = tab.photo_review.canvas
    assert canvas.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable with Tab
    _focus(qtbot, unlocked, canvas)
    assert "N new box" in canvas.toolTip() and "N new box" in tab.photo_review.canvas_status.text()
    assert canvas.keyboard_steps() == (1, 10)  # 1 % of the longer side (64 px), at least one pixel

    # N: a 12x12 box (a quarter of the shorter side) in the middle of the 64x48 picture
    _keys(qtbot, canvas, Qt.Key.Key_N)
    assert canvas.pending == QRect(26, 18, 12, 12)
    assert "26,18" in tab.photo_review.canvas_status.text()
    assert not tab.photo_review.redaction_boxes()  # not added before Enter
    _keys(
        qtbot,
        canvas,
        Qt.Key.Key_Right,
        Qt.Key.Key_Right,
        Qt.Key.Key_Right,  # x 26 -> 29
        (Qt.Key.Key_Up, CTRL),  # y 18 -> 8 (Ctrl: ten times the step)
        (Qt.Key.Key_Right, SHIFT),
        (Qt.Key.Key_Right, SHIFT),  # width 12 -> 14
        (Qt.Key.Key_Down, CTRL | SHIFT),
        (Qt.Key.Key_Down, CTRL | SHIFT),  # height 12 -> 32
        (Qt.Key.Key_Down, CTRL | SHIFT),
    )  # 42 would pass the bottom edge (8 + 42 > 48): kept at 40
    assert canvas.pending == QRect(29, 8, 14, 40)
    _keys(qtbot, canvas, Qt.Key.Key_Return)
    assert canvas.pending is None
    assert [_rect(b) for b in tab.photo_review.redaction_boxes()] == [(29, 8, 14, 40)]

    # a second box, cancelled with Esc: nothing changes
    _keys(qtbot, canvas, Qt.Key.Key_Insert, Qt.Key.Key_Left, Qt.Key.Key_Escape)
    assert canvas.pending is None and len(tab.photo_review.redaction_boxes()) == 1

    # Apply, by keyboard too: the button takes Space
    assert tab.photo_review.apply_button.isEnabled()
    _focus(qtbot, unlocked, tab.photo_review.apply_button)
    with qtbot.waitSignal(tab.redaction_applied, timeout=10_000) as applied:
        QTest.keyClick(tab.photo_review.apply_button, Qt.Key.Key_Space)
    assert applied.args[0].working.version == 2
    stored = ms.get_media(unlocked.session.vault, item.id)
    pixels = Image.open(io.BytesIO(ms.read_working(unlocked.session.vault, stored))).convert("RGB")
    for x, y in ((31, 10), (36, 28), (41, 46)):  # inside the box, near its corners and middle
        assert pixels.getpixel((x, y)) == (0, 0, 0), (x, y)
    for x, y in ((20, 20), (50, 20), (36, 4)):  # left, right and above it: the picture is untouched
        assert max(pixels.getpixel((x, y))) > 60, (x, y)


def test_tab_cycles_boxes_and_delete_removes_the_selected_one(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    tab, _item = _photo_tab(qtbot, unlocked, make_jpeg(tmp_path / "cycle.jpg", size=(200, 100)))
    canvas = tab.photo_review.canvas
    assert canvas.keyboard_steps() == (2, 20)
    _focus(qtbot, unlocked, canvas)
    # first box: the default 25x25 in the middle, moved 20 px left; second: moved 20 px right
    _keys(
        qtbot,
        canvas,
        Qt.Key.Key_N,
        (Qt.Key.Key_Left, CTRL),
        Qt.Key.Key_Enter,
        Qt.Key.Key_N,
        (Qt.Key.Key_Right, CTRL),
        Qt.Key.Key_Return,
    )
    first, second = (67, 37, 25, 25), (107, 37, 25, 25)
    assert [_rect(b) for b in tab.photo_review.redaction_boxes()] == [first, second]

    _keys(qtbot, canvas, Qt.Key.Key_Tab)
    assert canvas.selected == 0 and "Box 1 of 2" in tab.photo_review.canvas_status.text()
    _keys(qtbot, canvas, Qt.Key.Key_Tab)
    assert canvas.selected == 1
    _keys(qtbot, canvas, Qt.Key.Key_Backtab)
    assert canvas.selected == 0
    # the selected box moves with the arrows
    _keys(qtbot, canvas, Qt.Key.Key_Down, Qt.Key.Key_Down)
    first = (67, 41, 25, 25)
    assert [_rect(b) for b in tab.photo_review.redaction_boxes()] == [first, second]
    _keys(qtbot, canvas, Qt.Key.Key_Tab, Qt.Key.Key_Delete)
    assert [_rect(b) for b in tab.photo_review.redaction_boxes()] == [first]
    assert canvas.selected == -1
    assert "1 drawn" in tab.photo_review.boxes_label.text()
    _keys(qtbot, canvas, Qt.Key.Key_Tab, Qt.Key.Key_Delete)
    assert tab.photo_review.redaction_boxes() == []
    assert not tab.photo_review.apply_button.isEnabled()  # nothing left to burn in


def test_tab_leaves_the_canvas_after_the_last_box(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    """Focus is never trapped: past the last box (or with none) Tab moves to the next control."""
    tab, _item = _photo_tab(qtbot, unlocked, make_jpeg(tmp_path / "trap.jpg"))
    canvas = tab.photo_review.canvas
    _focus(qtbot, unlocked, canvas)
    _keys(qtbot, canvas, Qt.Key.Key_Tab)  # no box drawn yet: focus moves on at once
    qtbot.waitUntil(lambda: not canvas.hasFocus(), timeout=5_000)

    _focus(qtbot, unlocked, canvas)
    _keys(qtbot, canvas, Qt.Key.Key_N, Qt.Key.Key_Return, Qt.Key.Key_Tab)
    assert canvas.selected == 0 and canvas.hasFocus()
    _keys(qtbot, canvas, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not canvas.hasFocus(), timeout=5_000)
    assert canvas.selected == -1


def test_focus_and_selection_are_drawn(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    """The focus outline and the box under keyboard control show on screen (checked in pixels)."""
    tab, _item = _photo_tab(qtbot, unlocked, make_jpeg(tmp_path / "outline.jpg", colour=(200, 60, 60)))
    canvas = tab.photo_review.canvas
    canvas.resize(128, 96)
    _focus(qtbot, unlocked, canvas)
    highlight = canvas.palette().highlight().color()
    frame = canvas.grab().toImage()
    assert frame.pixelColor(1, canvas.height() // 2).rgb() == highlight.rgb()  # the focus outline
    _keys(qtbot, canvas, Qt.Key.Key_N)
    assert canvas.pending is not None
    edge = canvas.to_widget(canvas.pending)
    frame = canvas.grab().toImage()
    colour = frame.pixelColor(edge.left(), edge.center().y())
    assert (colour.red(), colour.green(), colour.blue()) in ((0, 0, 0), (0, 255, 255))


def test_keys_do_nothing_without_a_picture(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    tab = window.show_media()
    canvas = tab.photo_review.canvas
    assert canvas.image is None
    _keys(qtbot, canvas, Qt.Key.Key_N, Qt.Key.Key_Right, Qt.Key.Key_Return)
    assert canvas.pending is None and canvas.boxes == []
