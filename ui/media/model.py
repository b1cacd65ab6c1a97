"""The media grid's model: the items of one case, a page at a time as the grid scrolls, with the
thumbnails decoded so far.

The paging itself is ``ui.models.Pages``, the same rule the record tables follow (rows by offset,
a short page means the end, no total asked for). Thumbnails are asked for (``thumbnail_wanted``)
when a row is first painted, and kept only in this model's memory; ``clear()`` drops them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QStyle, QWidget

from evidence_app import media_service as ms
from evidence_app.model import MediaItem, MediaKind

from ..models import PagedSource, Pages

MEDIA_PAGE = 200  # items read from the vault per page of the grid (read at each fetch)


class MediaListModel(QAbstractListModel):
    """Media items of one case, a page at a time as the grid scrolls (``fetch(offset, limit)``);
    thumbnails are asked for when a row is first painted."""

    thumbnail_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: Pages[MediaItem] = Pages()
        self.thumbs: dict[str, QPixmap] = {}
        self._requested: set[str] = set()
        style = parent.style() if parent is not None else None
        self._photo_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon) if style else QIcon()
        self._audio_icon = style.standardIcon(QStyle.StandardPixmap.SP_MediaVolume) if style else QIcon()
        self._sealed_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else QIcon()

    @property
    def items(self) -> list[MediaItem]:
        """The items read so far, in grid order."""
        return self._pages.rows

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
        return not parent.isValid() and self._pages.can_fetch()

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._pages.fetch_into(self, MEDIA_PAGE)

    def set_items(
        self, items: list[MediaItem], fetch: Callable[[int, int], list[MediaItem]] | None = None, exhausted: bool = True
    ) -> None:
        """The first pages; ``fetch`` reads further ones unless ``exhausted``."""
        self.beginResetModel()
        keep = {i.id: i.working.sha256 if i.working else "" for i in items}
        old = {i.id: i.working.sha256 if i.working else "" for i in self.items}
        for item_id in list(self.thumbs):
            if keep.get(item_id) != old.get(item_id):
                self.thumbs.pop(item_id, None)
                self._requested.discard(item_id)
        self._pages.start(PagedSource(fetch) if fetch is not None else None, items, exhausted)
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
        """The row of ``item_id`` among the items read so far (no further page is read); -1 if absent."""
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)

    def item(self, row: int) -> MediaItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def clear(self) -> None:
        self.beginResetModel()
        self._pages.start(None)
        self.thumbs.clear()
        self._requested.clear()
        self.endResetModel()
