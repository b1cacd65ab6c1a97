"""The recovery key screen (issue #12): the key in the bundled monospace font whose zero is
slashed, so 0 and O are told apart on screen and paper; printing to a printer, never to a file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from pytestqt.qtbot import QtBot

from crypto.secret import SecretStr
from ui import recovery_print
from ui.fonts import KEY_FONT_FAMILY, key_font
from ui.unlock import RecoveryKeyDialog

KEY = "BP8S-STCR-R394-4ZR3-XEJ3-19N7-XY4N-AR0J-79HQ"


def _glyph(font: QFont, char: str) -> QImage:
    image = QImage(64, 64, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRect(0, 0, 64, 64), Qt.AlignmentFlag.AlignCenter, char)
    painter.end()
    return image


def _ink_in_middle(image: QImage) -> int:
    """Dark pixels in the middle of the glyph's box: a slashed or dotted zero has some, an O none."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).lightness() < 128:
                xs.append(x)
                ys.append(y)
    cx, cy = (min(xs) + max(xs)) // 2, (min(ys) + max(ys)) // 2
    return sum(1 for dx in range(-2, 3) for dy in range(-2, 3) if image.pixelColor(cx + dx, cy + dy).lightness() < 128)


def test_the_key_is_shown_in_the_bundled_font_with_a_slashed_zero(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog(SecretStr(KEY))
    qtbot.addWidget(dialog)
    dialog.show()
    font = dialog.key_label.font()
    assert QFontInfo(font).family() == KEY_FONT_FAMILY  # the bundled file, not a system fallback
    zero, oh = _glyph(font, "0"), _glyph(font, "O")
    assert zero != oh
    assert _ink_in_middle(zero) > 0  # the slash
    assert _ink_in_middle(oh) == 0


def test_the_print_dialog_offers_no_file_and_the_page_carries_the_key(qtbot: QtBot) -> None:
    printer = QPrinter()
    dialog = recovery_print.print_dialog(printer, None)
    qtbot.addWidget(dialog)
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    assert printer.outputFileName() == ""
    if recovery_print.has_printer():  # without one, Qt itself falls back to its PDF writer
        assert printer.outputFormat() == QPrinter.OutputFormat.NativeFormat

    page = QImage(850, 1100, QImage.Format.Format_Grayscale8)  # a letter page at 100 dpi
    page.fill(QColor("white"))
    assert recovery_print.paint_on(page, SecretStr(KEY))
    inked_rows = [
        y for y in range(page.height()) if any(page.pixelColor(x, y).lightness() < 128 for x in range(0, 850, 2))
    ]
    assert inked_rows and inked_rows[0] > 50 and inked_rows[-1] < 1050  # inside the margins
    assert QFontInfo(key_font(20)).family() == KEY_FONT_FAMILY


def test_without_a_printer_the_screen_says_so_and_prints_nothing(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog(SecretStr(KEY))
    qtbot.addWidget(dialog)
    dialog.show()
    if recovery_print.has_printer():
        pytest.skip("this machine has a printer: the test would print on it")
    assert dialog.print_key() is False
    assert dialog.print_status.isVisible()
    assert dialog.print_status.text() == recovery_print.no_printer_text()
    assert not dialog.continue_button.isEnabled()  # printing is no substitute for the confirmation
