"""Decoding photos for the grid and the side-by-side view, in memory only.

The bytes come from the media service (decrypted working copy or original); the QImage made here
lives only in the widgets that show it (ui/media/tab.py drops every one on lock). Nothing is cached
on disk. Called on a pool thread (ui.jobs), so no widget is touched here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTransform

from evidence_app.model import MediaItem

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
