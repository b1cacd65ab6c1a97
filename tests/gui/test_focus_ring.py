"""The keyboard focus is marked by a clearly visible ring (ui/focusring.py), read from the pixels
of the window as it is drawn: around the focused field, nowhere else, and it moves with Tab."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.records.cases import add_case
from ui import focusring
from ui.app import AppController
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def rings(qapp: QApplication) -> Iterator[None]:
    """Installed for these tests only: the other GUI tests run without the ring, as before."""
    focusring.install(qapp)
    yield
    focusring.uninstall(qapp)


def _edge_pixels(image: QImage, widget: QWidget, window: QWidget) -> list[QColor]:
    top_left = widget.mapTo(window, QPoint(0, 0))
    x, y, w, h = top_left.x(), top_left.y(), widget.width(), widget.height()
    return [image.pixelColor(x + w // 2, y), image.pixelColor(x + w // 2, y + h - 1), image.pixelColor(x, y + h // 2)]


def _ringed(image: QImage, widget: QWidget, window: QWidget) -> bool:
    colour = focusring.ring_colour(window.palette()).rgb()
    return all(pixel.rgb() == colour for pixel in _edge_pixels(image, widget, window))


def test_the_focused_field_has_a_ring_that_moves_with_the_focus(
    qtbot: QtBot, make_controller: object, vault_dir: Path
) -> None:
    controller: AppController = make_controller(vault_dir)  # type: ignore[operator]
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None
    dialog.activateWindow()
    dialog.passphrase_edit.setFocus()
    qtbot.waitUntil(dialog.passphrase_edit.hasFocus)
    image = dialog.grab().toImage()
    assert _ringed(image, dialog.passphrase_edit, dialog)
    assert not _ringed(image, dialog.unlock_button, dialog)

    dialog.unlock_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.unlock_button.hasFocus)
    image = dialog.grab().toImage()
    assert _ringed(image, dialog.unlock_button, dialog)
    assert not _ringed(image, dialog.passphrase_edit, dialog)


def test_a_table_that_fills_its_tab_still_shows_the_ring(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert isinstance(window, MainWindow)
    window.reload_cases(select=add_case(window.vault(), "A case").id)
    window.activateWindow()
    window.testimony_view.setFocus()
    qtbot.waitUntil(window.testimony_view.hasFocus)
    assert _ringed(window.grab().toImage(), window.testimony_view, window)
