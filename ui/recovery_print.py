"""Printing the recovery key on paper, from the screen that shows it once.

To a printer only: the print dialog offers no "print to file", because a PDF of the key on the
disk is exactly the copy the key must not have (anyone who finds it can open the vault, and the
file outlives the session). The page is drawn by ``draw_key_page`` (also used by the tests, on an
image): a title, the key in the key font (ui/fonts.py, a slashed zero) and what to do with it.
Nothing else from the vault is printed (no folder, no name). Qt sends the page to the system's
print spooler, which may keep it until printed; docs/THREAT_MODEL.md says so.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPaintDevice, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QWidget

from crypto.secret import SecretStr

from .fonts import key_font
from .i18n import module_tr


def _tr(text: str) -> str:
    return module_tr("RecoveryKeyPrint", text)


def page_texts() -> tuple[str, str]:
    title = _tr("Evidence Vault recovery key")
    advice = _tr(
        "Keep this paper somewhere safe, away from the computer. With this key anyone can open the "
        "vault, and nobody can make a new one if it is lost."
    )
    return title, advice


def draw_key_page(painter: QPainter, page: QRect, key: SecretStr) -> None:
    """Draw the key page into ``page`` (device pixels of a printer or an image)."""
    title, advice = page_texts()
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    margin = int(dpi * 0.8)
    area = page.adjusted(margin, margin, -margin, -margin)
    y = area.top()
    title_font = QFont(painter.font())
    title_font.setPointSize(18)
    title_font.setBold(True)
    painter.setFont(title_font)
    line = QFontMetrics(title_font, device).height()
    painter.drawText(QRectF(area.left(), y, area.width(), line * 2), Qt.AlignmentFlag.AlignLeft, title)
    y += line * 3
    # The key on one line if it fits the page, in the key font (0 slashed, never read as O).
    size = 22
    while size > 10:
        font = key_font(size)
        if QFontMetrics(font, device).horizontalAdvance(key.reveal()) <= area.width():
            break
        size -= 1
    painter.setFont(font)
    line = QFontMetrics(font, device).height()
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWrapAnywhere
    painter.drawText(QRectF(area.left(), y, area.width(), line * 3), flags, key.reveal())
    y += line * 4
    body = QFont(title_font)
    body.setPointSize(12)
    body.setBold(False)
    painter.setFont(body)
    painter.drawText(QRectF(area.left(), y, area.width(), area.bottom() - y), Qt.TextFlag.TextWordWrap, advice)


def print_dialog(printer: QPrinter, parent: QWidget | None) -> QPrintDialog:
    """The system's print dialog for ``printer``, without the print-to-file choice."""
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    printer.setOutputFileName("")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print the recovery key"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
    return dialog


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinterNames())


def no_printer_text() -> str:
    return _tr("No printer is set up on this computer. Write the key down by hand.")


def print_key(key: SecretStr, parent: QWidget | None) -> bool:
    """Ask for a printer and print the key page; False if the person cancels. Only call it when
    ``has_printer()``: without one, Qt's dialog would offer nothing but a file."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = print_dialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or printer.outputFileName():
        return False  # never a file, whatever the platform's dialog allowed
    return paint_on(printer, key)


def paint_on(device: QPaintDevice, key: SecretStr) -> bool:
    painter = QPainter()
    if not painter.begin(device):
        return False
    try:  # a printer's (0, 0) is the corner of its printable area, and width/height are that area's
        draw_key_page(painter, QRect(0, 0, device.width(), device.height()), key)
    finally:
        painter.end()
    return True
