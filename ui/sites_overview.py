"""A map-free overview of a case's sites: each site with coordinates is a dot placed by its
longitude and latitude (an equirectangular projection, scaled by the cosine of the middle
latitude so distances look right), with its name beside it; sensitive sites are drawn as red
diamonds and named "(sensitive)". Sites without coordinates are listed below the plot.

No map tiles and no data set: nothing to download, nothing that could leak where the researcher
looks. Drawn with QPainter from the sites the Sites tab loads; emptied when the vault locks.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from evidence_app.model import Site

MARGIN = 28.0
DOT = 5.0
SENSITIVE_COLOUR = QColor("#b00020")
SITE_COLOUR = QColor("#1f4e8c")


@dataclass(frozen=True)
class PlottedSite:
    name: str
    sensitive: bool
    lat: float
    lon: float
    at: QPointF  # where it is drawn, in widget coordinates


class SitesOverview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sitesOverview")
        self.setAccessibleName(self.tr("Sites overview"))
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._sites: list[Site] = []

    def set_sites(self, sites: list[Site]) -> None:
        self._sites = list(sites)
        self.setAccessibleDescription(self.summary())
        self.update()

    def clear(self) -> None:
        self.set_sites([])

    @property
    def placed(self) -> list[Site]:
        return [s for s in self._sites if s.lat is not None and s.lon is not None]

    @property
    def unplaced(self) -> list[Site]:
        return [s for s in self._sites if s.lat is None or s.lon is None]

    def summary(self) -> str:
        if not self._sites:
            return self.tr("No sites in this case yet.")
        sensitive = sum(1 for s in self._sites if s.sensitive)
        return self.tr("{placed} of {total} site(s) placed by their coordinates; {sensitive} sensitive.").format(
            placed=len(self.placed), total=len(self._sites), sensitive=sensitive
        )

    def _plot_rect(self) -> QRectF:
        text_rows = 1 + (1 if self.unplaced else 0)
        bottom = MARGIN + text_rows * self.fontMetrics().height()
        width = max(1.0, self.width() - 2 * MARGIN - 120)  # room for the names right of the dots
        return QRectF(MARGIN, MARGIN + 14, width, max(1.0, self.height() - MARGIN - 14 - bottom))

    def plotted(self) -> list[PlottedSite]:
        """Every site with coordinates and where it is drawn (north up, east right)."""
        placed = self.placed
        if not placed:
            return []
        lats = [float(s.lat) for s in placed if s.lat is not None]
        lons = [float(s.lon) for s in placed if s.lon is not None]
        squeeze = max(0.1, math.cos(math.radians((min(lats) + max(lats)) / 2)))
        xs = [lon * squeeze for lon in lons]
        span_x = max(max(xs) - min(xs), 1e-6)
        span_y = max(max(lats) - min(lats), 1e-6)
        rect = self._plot_rect()
        scale = min(rect.width() / span_x, rect.height() / span_y)
        if len(placed) == 1 or (max(xs) == min(xs) and max(lats) == min(lats)):
            scale = 0.0  # one place: in the middle
        mid_x, mid_y = (max(xs) + min(xs)) / 2, (max(lats) + min(lats)) / 2
        centre = rect.center()
        out = []
        for site, x, lat in zip(placed, xs, lats, strict=True):
            at = QPointF(centre.x() + (x - mid_x) * scale, centre.y() - (lat - mid_y) * scale)
            out.append(PlottedSite(site.name, site.sensitive, lat, float(site.lon or 0.0), at))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        rect = self._plot_rect()
        painter.setPen(QPen(self.palette().mid().color(), 1, Qt.PenStyle.DashLine))
        painter.drawRect(rect.adjusted(-DOT * 2, -DOT * 2, DOT * 2, DOT * 2))
        painter.setPen(self.palette().text().color())
        metrics = self.fontMetrics()
        painter.drawText(
            QPointF(MARGIN, MARGIN - 8), self.tr("North ↑   (not a map: sites placed by their coordinates)")
        )
        for site in self.plotted():
            colour = SENSITIVE_COLOUR if site.sensitive else SITE_COLOUR
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(colour)
            if site.sensitive:
                p = site.at
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(p.x(), p.y() - DOT - 2),
                            QPointF(p.x() + DOT + 2, p.y()),
                            QPointF(p.x(), p.y() + DOT + 2),
                            QPointF(p.x() - DOT - 2, p.y()),
                        ]
                    )
                )
            else:
                painter.drawEllipse(site.at, DOT, DOT)
            label = site.name + (" " + self.tr("(sensitive)") if site.sensitive else "")
            font = QFont(self.font())
            font.setBold(site.sensitive)
            painter.setFont(font)
            painter.setPen(colour if site.sensitive else self.palette().text().color())
            painter.drawText(QPointF(site.at.x() + DOT + 4, site.at.y() + metrics.ascent() / 2 - 1), label)
        painter.setFont(self.font())
        painter.setPen(self.palette().text().color())
        y = self.height() - MARGIN / 2
        if self.unplaced:
            names = ", ".join(s.name + (" " + self.tr("(sensitive)") if s.sensitive else "") for s in self.unplaced)
            painter.drawText(QPointF(MARGIN, y), self.tr("Without coordinates: {names}").format(names=names))
            y -= metrics.height()
        painter.drawText(QPointF(MARGIN, y), self.summary())
        painter.end()
