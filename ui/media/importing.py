"""Importing files into a case from the Media tab: the Import and Cancel buttons, the progress bar,
the status line and the list of files that could not be imported.

The import runs as one counted job (ui.jobs) through ``media_service.import_files``; Cancel stops
after the current file, and locking (``discard()``) stops it too and makes its late results do
nothing. While it runs, the tab starts no other write on the vault (``running``).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app import media_service as ms
from evidence_app.vault import Vault

from ..errors import explain
from ..jobs import Counted, JobRunner


class ImportPanel(QWidget):
    """The import row (Import, any buttons the tab adds, Cancel, progress), the status line and the
    failure list. ``status_label`` also carries the tab's other messages."""

    started = Signal()
    progress = Signal(int, int)  # done, total
    imported = Signal(object, object)  # list[ImportResult], the id of the item to select (or None)
    ended = Signal()  # finished, failed or cancelled: the tab may start other work again
    failed = Signal(object)  # the exception

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self._generation = 0
        self._cancel: threading.Event | None = None
        self.import_button = QPushButton(self.tr("&Import files…"), self)
        self.import_button.setToolTip(self.tr("Add photos or recordings to this case (you can also drop files here)"))
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Import progress"))
        self.progress_bar.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("mediaStatus")
        self.status_label.setWordWrap(True)
        self.failures = QListWidget(self)
        self.failures.setObjectName("importFailures")
        self.failures.setAccessibleName(self.tr("Files that could not be imported"))
        self.failures.setVisible(False)
        self.failures.setMaximumHeight(110)
        self._buttons = [self.import_button, self.cancel_button]  # in tab order
        self._row = QHBoxLayout()
        self._row.addWidget(self.import_button)
        self._row.addWidget(self.cancel_button)
        self._row.addWidget(self.progress_bar, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.failures)

    def add_button(self, button: QPushButton) -> None:
        """Another button in the import row, after Import (the tab's Record button)."""
        index = self._row.indexOf(self.cancel_button)
        self._row.insertWidget(index, button)
        # Tab reaches it where it is shown, not after the failure list (made before it was added).
        self._buttons.insert(len(self._buttons) - 1, button)
        for first, second in zip(self._buttons, self._buttons[1:], strict=False):
            QWidget.setTabOrder(first, second)

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def clear(self) -> None:
        """A new case: no status and no failures of the previous one."""
        self.failures.clear()
        self.failures.setVisible(False)
        self.status_label.clear()

    def start(self, vault: Vault, case_id: str, paths: Sequence[Path]) -> bool:
        """Import files into ``case_id`` in a job (False if one is running already)."""
        if self._cancel is not None:
            return False
        files = list(paths)
        cancel = threading.Event()
        self._cancel = cancel
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.started.emit()
        self.progress_bar.setRange(0, len(files))
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.failures.clear()
        self.failures.setVisible(False)
        self.status_label.setText(self.tr("Importing {n} file(s)…").format(n=len(files)))

        def work(counted: Counted) -> list[ms.ImportResult]:
            def report(done: int, total: int, _path: Path) -> None:
                counted(done, total)

            return ms.import_files(vault, case_id, files, progress=report, cancel=cancel)

        generation = self._generation

        def finished(results: list[ms.ImportResult]) -> None:
            if generation == self._generation:
                self._imported(results, len(files))

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._ended()
                self.status_label.setText(explain(exc)[1])
                self.failed.emit(exc)

        def progress(done: int, total: int) -> None:
            if generation == self._generation:
                self.progress_bar.setValue(done)
                self.status_label.setText(self.tr("Imported {done} of {total}…").format(done=done, total=total))
                self.progress.emit(done, total)

        self.jobs.start_counted(work, on_finished=finished, on_failed=failed, on_counted=progress)
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Stopping after the current file…"))

    def _ended(self) -> None:
        self._cancel = None
        self.import_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress_bar.setVisible(False)
        self.ended.emit()

    def _imported(self, results: list[ms.ImportResult], asked: int) -> None:
        cancelled = self._cancel is not None and self._cancel.is_set()
        self._ended()
        good = [r for r in results if r.item is not None]
        bad = [r for r in results if r.item is None]
        sealed = [r for r in good if r.item is not None and r.item.not_exportable]
        parts = [self.tr("Imported {n} file(s).").format(n=len(good))]
        if sealed:
            parts.append(self.tr("{n} kept sealed only (not exportable).").format(n=len(sealed)))
        if bad:
            parts.append(self.tr("{n} could not be imported; see the list below.").format(n=len(bad)))
        if cancelled:
            picked = sum(1 for r in results if r.attachment_of is None)  # e-mail attachments came on top
            parts.append(self.tr("Import cancelled: {n} file(s) were not imported.").format(n=asked - picked))
        self.status_label.setText(" ".join(parts))
        for r in bad:
            entry = QListWidgetItem(
                self.tr("{name}: {reason}").format(name=ms.escape_name(r.source.name), reason=r.error or "")
            )
            entry.setForeground(QColor("#a00000"))
            self.failures.addItem(entry)
        self.failures.setVisible(bool(bad))
        select = good[-1].item.id if good and good[-1].item is not None else None
        self.imported.emit(results, select)

    def discard(self) -> None:
        """The vault is locking: stop an import after the current file and forget its results."""
        self._generation += 1
        if self._cancel is not None:
            self._cancel.set()
        self._cancel = None
        self.failures.clear()
