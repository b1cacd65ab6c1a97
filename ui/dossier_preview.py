"""A look at the dossier's pages before the export is written: the PDF the export would write
(already built in memory by the dry run) drawn page by page in a job, shown as pictures in a scroll
view. Nothing touches the disk; closing the dialog, or locking the vault, drops the pictures.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evidence_app.export.preview import PagePictures, render_pages

from .errors import explain
from .jobs import JobRunner


class DossierPreview(QDialog):
    shown = Signal(int)  # pages shown
    failed = Signal(str)

    def __init__(self, pdf: bytes, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierPreview")
        self.setWindowTitle(self.tr("Preview of the dossier"))
        self.status = QLabel(self.tr("Drawing the pages…"), self)
        self.status.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Drawing the pages"))
        self.pages_widget = QWidget(self)
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.page_view = QScrollArea(self)
        self.page_view.setObjectName("dossierPages")
        self.page_view.setAccessibleName(self.tr("Dossier pages"))
        self.page_view.setWidget(self.pages_widget)
        self.page_view.setWidgetResizable(True)
        self.page_view.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.page_view, 1)
        layout.addWidget(buttons)
        self.page_labels: list[QLabel] = []
        self._closed = False
        self.resize(880, 760)
        jobs.start(lambda _p: render_pages(pdf), on_finished=self._show, on_failed=self._failed)

    def _show(self, pictures: PagePictures) -> None:
        if self._closed:
            return
        self.busy.setVisible(False)
        for n, page in enumerate(pictures.pages, start=1):
            image = QImage(page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888)
            label = QLabel(self.pages_widget)
            label.setPixmap(QPixmap.fromImage(image))  # copies the pixels: the bytes may go
            label.setAccessibleName(self.tr("Page {n} of {total}").format(n=n, total=pictures.total))
            label.setFrameShape(QLabel.Shape.Box)
            self.pages_layout.addWidget(label)
            self.page_labels.append(label)
        if len(pictures.pages) < pictures.total:
            self.status.setText(
                self.tr("The first {n} of {total} pages, as the export will write them.").format(
                    n=len(pictures.pages), total=pictures.total
                )
            )
        else:
            self.status.setText(
                self.tr("{total} page(s), as the export will write them. Nothing has been saved yet.").format(
                    total=pictures.total
                )
            )
        self.shown.emit(len(self.page_labels))

    def _failed(self, exc: Exception) -> None:
        if self._closed:
            return
        self.busy.setVisible(False)
        message = explain(exc)[1]
        self.status.setText(message)
        self.failed.emit(message)

    def done(self, result: int) -> None:
        self._closed = True
        for label in self.page_labels:
            label.clear()  # the pictures of the dossier go with the dialog
        self.page_labels.clear()
        super().done(result)
