"""A state dump for the real-window acceptance suite (tests/realwindow/), off unless asked for.

The suite drives the app with real key presses under Xvfb and must read back what a user sees
without relying on pixels. When (and only when) the environment variable ``EVIDENCE_UI_TEST_STATE``
names a file, the app rewrites that file as JSON a few times a second: the controller's state,
the visible top-level windows (title, object name), the active window and the focused widget
(class, accessible name, whether it is a password field, a short digest of a plain single-line
field's text), and in the main window the row counts
of its lists, the status bar's message and visible inline error lines; in any window, the text of
a few named status lines (a tool's result, the export's summary and result, the media tab's and
the search's status, the video face review's status and frame) and the row counts (and current
rows) of a few named lists (search results, media, face suggestions, face tracks, the dossier
preview's pages), the screen places of the video review's time line and frame (so the suite can
click and draw on them with the real mouse), plus the active wizard page's title. It never contains
field contents, passphrases or record text beyond what those lines show on screen anyway.
``EVIDENCE_UI_TEST_IDLE_MS`` shortens the auto-lock so the suite need not wait minutes; it too
is ignored unless the state file is asked for.

Without the variable nothing here runs: production behaviour is unchanged.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from evidence_app import fsutil

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .session import Session


class Observed(Protocol):
    """What the state dump reads from the app controller. A Protocol, not ``ui.app``: that module
    imports this one, and importing it back would make a circle."""

    @property
    def state(self) -> str: ...

    @property
    def session(self) -> Session: ...

    @property
    def main_window(self) -> MainWindow | None: ...

    @property
    def state_changed(self) -> SignalInstance: ...


STATE_ENV = "EVIDENCE_UI_TEST_STATE"
IDLE_ENV = "EVIDENCE_UI_TEST_IDLE_MS"
_INTERVAL_MS = 150


@dataclass(frozen=True)
class WidgetInfo:
    cls: str
    name: str
    accessible_name: str
    enabled: bool
    password: bool
    # A single-line field's text as a short SHA-256 digest (empty for a password field or any other
    # widget): the suite checks that what it typed arrived whole, without the state file ever
    # holding what was typed.
    text_digest: str


@dataclass(frozen=True)
class WindowInfo:
    cls: str
    name: str
    title: str
    modal: bool


@dataclass(frozen=True)
class State:
    state: str
    unlocked: bool
    windows: list[WindowInfo]
    active: WindowInfo | None
    focus: WidgetInfo | None
    default_button: str | None
    # Main window only: rows in the case list and in each record tab, the current tab, the status
    # bar's message (what the user sees there; the suite checks counts, not content).
    rows: dict[str, int]
    current_tab: str
    status: str
    errors: list[str]  # the active window's visible inline error lines
    # Visible status lines the suite reads (a tool's result, the export's summary and result, the
    # media tab's status), by object name; and the row counts of visible lists (search results,
    # media, face suggestions, the dossier preview's pages), by object name.
    labels: dict[str, str]
    counts: dict[str, int]
    page: str  # the title of the active wizard's current page
    # Where a few named widgets are on the screen (x, y, width, height; the video review's time line
    # and frame, which the suite clicks and draws on with the real mouse), and the current row of
    # the counted lists.
    places: dict[str, list[int]]
    current: dict[str, int]


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def requested_state_file() -> Path | None:
    raw = os.environ.get(STATE_ENV, "")
    return Path(raw) if raw else None


def idle_override_ms() -> int | None:
    if requested_state_file() is None:
        return None
    raw = os.environ.get(IDLE_ENV, "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else None


def _window(widget: QWidget) -> WindowInfo:
    return WindowInfo(type(widget).__name__, widget.objectName(), widget.windowTitle(), widget.isModal())


def _default_button(window: QWidget | None) -> str | None:
    from PySide6.QtWidgets import QPushButton

    if window is None:
        return None
    for button in window.findChildren(QPushButton):
        if button.isDefault() and button.isVisible():
            return button.text().replace("&", "")
    return None


def _errors(window: QWidget | None) -> list[str]:
    from PySide6.QtWidgets import QLabel

    if window is None:
        return []
    return [label.text() for label in window.findChildren(QLabel, "errorLabel") if label.isVisible()]


LABELS = (
    "toolResult",
    "exportResult",
    "dryRunSummary",
    "canvasStatus",
    "boxesLabel",
    "mediaStatus",
    "searchStatus",
    "videoFacesStatus",
    "videoFrameLabel",
)
COUNTED = (
    "searchResults",
    "mediaGrid",
    "faceSuggestions",
    "dryRunReport",
    "leakProblems",
    "dossierPages",
    "faceTracks",
)
PLACED = ("faceTimeline", "videoFrame")


def _labels() -> dict[str, str]:
    from PySide6.QtWidgets import QLabel

    found: dict[str, str] = {}
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for label in window.findChildren(QLabel):
            if label.objectName() in LABELS and label.isVisible():
                found[label.objectName()] = label.text()
    return found


def _counts() -> dict[str, int]:
    from PySide6.QtWidgets import QAbstractItemView, QScrollArea

    found: dict[str, int] = {}
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if view.objectName() in COUNTED and view.isVisible() and model is not None:
                found[view.objectName()] = model.rowCount()
        for area in window.findChildren(QScrollArea, "dossierPages"):
            inner = area.widget()
            if area.isVisible() and inner is not None:
                found["dossierPages"] = sum(
                    1 for child in inner.children() if isinstance(child, QWidget) and child.accessibleName()
                )
    return found


def _places() -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in window.findChildren(QWidget):
            if widget.objectName() in PLACED and widget.isVisible():
                corner = widget.mapToGlobal(widget.rect().topLeft())
                found[widget.objectName()] = [corner.x(), corner.y(), widget.width(), widget.height()]
    return found


def _current() -> dict[str, int]:
    from PySide6.QtWidgets import QAbstractItemView

    found: dict[str, int] = {}
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for view in window.findChildren(QAbstractItemView):
            if view.objectName() in COUNTED and view.isVisible():
                found[view.objectName()] = view.currentIndex().row()
    return found


def _page(window: QWidget | None) -> str:
    from PySide6.QtWidgets import QWizard

    if isinstance(window, QWizard) and window.currentPage() is not None:
        return window.currentPage().title()
    return ""


def snapshot(controller: Observed) -> State:
    windows = [_window(w) for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle()]
    active = QApplication.activeWindow()
    focus = QApplication.focusWidget()
    focus_info = None
    if focus is not None:
        focus_info = WidgetInfo(
            type(focus).__name__,
            focus.objectName(),
            focus.accessibleName(),
            focus.isEnabled(),
            isinstance(focus, QLineEdit) and focus.echoMode() != QLineEdit.EchoMode.Normal,
            text_digest(focus.text())
            if isinstance(focus, QLineEdit) and focus.echoMode() == QLineEdit.EchoMode.Normal
            else "",
        )
    rows: dict[str, int] = {}
    current_tab = status = ""
    window = controller.main_window
    if window is not None and window.isVisible():
        rows["cases"] = window.case_model.rowCount()
        for view in window.tab_views:
            model = view.model()
            rows[view.accessibleName()] = model.rowCount() if model is not None else 0
        current_tab = window.tabs.tabText(window.tabs.currentIndex()).replace("&", "")
        status = window.statusBar().currentMessage()
    return State(
        controller.state,
        controller.session.is_unlocked,
        windows,
        _window(active) if active is not None else None,
        focus_info,
        _default_button(active),
        rows,
        current_tab,
        status,
        _errors(active),
        _labels(),
        _counts(),
        _page(active),
        _places(),
        _current(),
    )


class StateDump(QObject):
    def __init__(self, controller: Observed, parent: QObject, path: Path) -> None:
        super().__init__(parent)
        self._controller = controller
        self._path = path
        self._last = ""
        self._timer = QTimer(self)
        self._timer.setInterval(_INTERVAL_MS)
        self._timer.timeout.connect(self.write)
        self._timer.start()
        controller.state_changed.connect(self.write)
        # Once more as soon as the event loop runs: the first window is shown by then, and a reader
        # timing the start (bench/bench_start.py) should not wait for the timer's first tick.
        QTimer.singleShot(0, self.write)

    def write(self) -> None:
        text = json.dumps(asdict(snapshot(self._controller)), ensure_ascii=False)
        if text != self._last:
            fsutil.atomic_write_bytes(self._path, text.encode("utf-8"))
            self._last = text


def install(controller: Observed, parent: QObject) -> StateDump | None:
    """``controller`` is the app controller, ``parent`` the object that keeps the dump alive (the same)."""
    path = requested_state_file()
    return StateDump(controller, parent, path) if path is not None else None
