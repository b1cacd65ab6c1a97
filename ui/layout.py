"""Window sizes, splitter positions and table columns: fitted to the screen and the content, and
remembered across runs and locks (ui/settings.py keeps them; they hold sizes only, never content).

* ``fit_to_screen`` gives a window its preferred size, but never more than the screen it opens on
  (a 1366x768 laptop must show the whole testimony editor, buttons included).
* ``ColumnFitter`` sizes a table's columns to their header and the rows loaded so far (each capped,
  so one long cell cannot push the others out), and lets one chosen column take the spare width,
  instead of Qt's default where the last column takes everything and names and times are cut.
  Once the user drags a column, the user's widths win and are what is remembered.
* ``LayoutMemory`` restores a window's geometry (maximised included), splitters and columns from
  the settings when the window is built, and writes them back when it closes or the vault locks.
"""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableView, QWidget

from .settings import Settings

# Room for the window manager's frame and title bar around a window's client area.
FRAME_ALLOWANCE = QSize(16, 48)
# A fitted column is at most this many average character widths wide (the user may widen it).
MAX_COLUMN_CHARS = 32


def available_size(widget: QWidget | None = None) -> QSize:
    """The usable size of the screen the widget is on (the primary screen if none)."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1366, 768)
    return screen.availableGeometry().size()


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` to ``width`` x ``height``, shrunk to fit the screen with its frame."""
    room = available_size(widget) - FRAME_ALLOWANCE
    size = QSize(min(width, room.width()), min(height, room.height()))
    widget.resize(size)
    return size


def _encode(state: QByteArray) -> str:
    return base64.b64encode(bytes(state.data())).decode("ascii")


def _decode(text: str | None) -> QByteArray | None:
    if not text:
        return None
    try:
        return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
    except (binascii.Error, ValueError):
        return None


class ColumnFitter(QObject):
    """Columns sized to content, ``stretch`` taking the spare width; see the module docstring."""

    def __init__(self, view: QTableView, stretch: int) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.user_sized = False
        self._fitting = False
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._resized)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self._timer.start)
        self.fit()

    def _resized(self, logical: int, _old: int, _new: int) -> None:
        if not self._fitting and logical != self.stretch:
            self.user_sized = True  # the user dragged a column: from now on the user's widths win

    def fit(self) -> None:
        if self.user_sized:
            return
        header = self.view.horizontalHeader()
        cap = self.view.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
        self._fitting = True
        try:
            for column in range(header.count()):
                if column == self.stretch:
                    continue
                wanted = max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))
                header.resizeSection(column, min(wanted, cap))
        finally:
            self._fitting = False

    def save_state(self) -> QByteArray | None:
        return self.view.horizontalHeader().saveState() if self.user_sized else None

    def restore_state(self, state: QByteArray) -> bool:
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            restored = header.restoreState(state) and header.count() == self.view.model().columnCount()
        finally:
            self._fitting = False
        # Whatever was stored, the chosen column stretches and the others stay the user's to drag.
        header.setStretchLastSection(False)
        for column in range(header.count()):
            mode = QHeaderView.ResizeMode.Stretch if column == self.stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
        self.user_sized = restored
        if not restored:
            self.fit()
        return restored


class _OnFirstShow(QObject):
    def __init__(self, splitter: QSplitter, state: QByteArray | None, sizes: list[int]) -> None:
        super().__init__(splitter)
        self.splitter = splitter
        self.state = state
        self.sizes = sizes
        splitter.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Show:
            self.splitter.removeEventFilter(self)
            QTimer.singleShot(0, self._apply)  # after the window's layout has sized the splitter
        return False

    def _apply(self) -> None:
        if (self.state is None or not self.splitter.restoreState(self.state)) and self.sizes:
            total = sum(self.splitter.sizes())
            first = self.sizes[:-1]
            self.splitter.setSizes([*first, max(total - sum(first), 0)])
        self.deleteLater()


class LayoutMemory:
    """What one window restores when it is built and stores when it closes (see module docstring).

    ``settings`` may be None (a window built without preferences, as in some tests): then nothing
    is restored or stored, and the fitting still happens."""

    def __init__(self, settings: Settings | None, prefix: str) -> None:
        self.settings = settings
        self.prefix = prefix
        self._window: QWidget | None = None
        self._splitters: dict[str, QSplitter] = {}
        self._tables: dict[str, ColumnFitter] = {}

    def _load(self, part: str) -> QByteArray | None:
        if self.settings is None:
            return None
        return _decode(self.settings.layout(f"{self.prefix}.{part}"))

    def _store(self, part: str, state: QByteArray | None) -> None:
        if self.settings is not None:
            self.settings.set_layout(f"{self.prefix}.{part}", _encode(state) if state is not None else None)

    def window(self, widget: QWidget, width: int, height: int) -> None:
        """The stored geometry (size, place, maximised) if any, else the preferred size fitted to
        the screen."""
        self._window = widget
        state = self._load("window")
        if state is not None and widget.restoreGeometry(state):
            room = available_size(widget)
            if widget.width() <= room.width() and widget.height() <= room.height():
                return
        fit_to_screen(widget, width, height)

    def splitter(self, splitter: QSplitter, name: str, sizes: list[int]) -> None:
        """The stored splitter position if any, else ``sizes``; applied when the splitter is first
        shown, because before that its layout has not given it its width and Qt would rescale them."""
        self._splitters[name] = splitter
        splitter.setChildrenCollapsible(False)
        _OnFirstShow(splitter, self._load(f"splitter.{name}"), sizes)

    def table(self, view: QTableView, name: str, stretch: int) -> ColumnFitter:
        fitter = ColumnFitter(view, stretch)
        self._tables[name] = fitter
        state = self._load(f"columns.{name}")
        if state is not None:
            fitter.restore_state(state)
        return fitter

    def save(self) -> None:
        """Store what is shown now. A window that was never shown stores nothing (its sizes are
        the defaults, not anything the user chose)."""
        if self.settings is None:
            return
        if self._window is not None and self._window.isVisible():
            self._store("window", self._window.saveGeometry())
        for name, splitter in self._splitters.items():
            if splitter.isVisible():
                self._store(f"splitter.{name}", splitter.saveState())
        for name, fitter in self._tables.items():
            state = fitter.save_state()
            if state is not None:
                self._store(f"columns.{name}", state)
        self.settings.sync()
