"""The Details page of a media item: what the original carried (the risky findings first, in
words, marked for the eye and for a screen reader), its hashes, and every working copy version
with the transformations that made it.

Only what the inspection recorded at import is shown: nothing here reads the file again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from evidence_app import media_service as ms
from evidence_app.media.base import Category, Inspection
from evidence_app.model import MediaItem

from ..i18n import QT_TRANSLATE_NOOP

_CATEGORY_LABELS = {
    Category.GPS: QT_TRANSLATE_NOOP("MediaDetails", "GPS"),
    Category.DEVICE: QT_TRANSLATE_NOOP("MediaDetails", "Device"),
    Category.SERIAL: QT_TRANSLATE_NOOP("MediaDetails", "Serial number"),
    Category.OWNER: QT_TRANSLATE_NOOP("MediaDetails", "Owner"),
    Category.DATE: QT_TRANSLATE_NOOP("MediaDetails", "Date"),
    Category.SOFTWARE: QT_TRANSLATE_NOOP("MediaDetails", "Software"),
    Category.XMP: QT_TRANSLATE_NOOP("MediaDetails", "XMP"),
    Category.IPTC: QT_TRANSLATE_NOOP("MediaDetails", "IPTC"),
    Category.PHOTOSHOP: QT_TRANSLATE_NOOP("MediaDetails", "Photoshop"),
    Category.MAKERNOTE: QT_TRANSLATE_NOOP("MediaDetails", "Maker note"),
    Category.COMMENT: QT_TRANSLATE_NOOP("MediaDetails", "Comment"),
    Category.THUMBNAIL: QT_TRANSLATE_NOOP("MediaDetails", "Embedded thumbnail"),
    Category.ICC: QT_TRANSLATE_NOOP("MediaDetails", "Colour profile"),
    Category.TRAILING_DATA: QT_TRANSLATE_NOOP("MediaDetails", "Hidden trailing data"),
    Category.TEXT: QT_TRANSLATE_NOOP("MediaDetails", "Text"),
    Category.STRUCTURE: QT_TRANSLATE_NOOP("MediaDetails", "Structure"),
    Category.OTHER: QT_TRANSLATE_NOOP("MediaDetails", "Other"),
}
RISKY_BACKGROUND = QColor(255, 224, 178)


class MediaDetails(QListWidget):
    """One line per fact of the selected item; ``show_item(None)`` empties it (and so does locking)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mediaDetails")
        self.setAccessibleName(self.tr("What the original file carried, hashes and versions"))
        self.setWordWrap(True)

    def show_item(self, item: MediaItem | None) -> None:
        self.clear()
        if item is not None:
            for text, risky in self.describe(item):
                self._line(text, risky)

    def _line(self, text: str, risky: bool) -> None:
        entry = QListWidgetItem(text)
        if risky:
            entry.setBackground(RISKY_BACKGROUND)
            entry.setForeground(QColor("#7a2e00"))
            font = QFont(entry.font())
            font.setBold(True)
            entry.setFont(font)
            entry.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self.tr("risky"))
        self.addItem(entry)

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
