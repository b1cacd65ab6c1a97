"""The Sites tab's map-free overview: the case's sites placed by their coordinates (north up,
east right) with their names, sensitive sites drawn red and named as such, sites without
coordinates listed; emptied when the vault locks."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from evidence_app.records.cases import add_case
from evidence_app.records.sites import add_site
from ui.app import AppController
from ui.main_window import TAB_SITES
from ui.sites_overview import SENSITIVE_COLOUR

pytestmark = pytest.mark.gui


def test_overview_places_the_sites_of_the_case(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    vault = window.vault()
    case = add_case(vault, "Koh Kong sites")
    other = add_case(vault, "Another case")
    add_site(vault, case.id, "Compound K5", lat=11.6177, lon=102.9835)
    add_site(vault, case.id, "Safe house", lat=11.40, lon=103.20, sensitive=True)
    add_site(vault, case.id, "Border post", lat=12.10, lon=102.60)
    add_site(vault, case.id, "Office", town="Phnom Penh")
    add_site(vault, other.id, "Elsewhere", lat=13.0, lon=104.0)
    window.reload_cases(select=case.id)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(TAB_SITES)
    overview = window.sites_overview
    assert overview.isVisible() and overview.accessibleName() == "Sites overview"

    plotted = {p.name: p for p in overview.plotted()}
    assert set(plotted) == {"Compound K5", "Safe house", "Border post"}  # only this case's, with coordinates
    assert [s.name for s in overview.unplaced] == ["Office"]
    k5, safe, border = plotted["Compound K5"], plotted["Safe house"], plotted["Border post"]
    assert border.at.y() < k5.at.y() < safe.at.y()  # north is up
    assert border.at.x() < k5.at.x() < safe.at.x()  # east is right
    assert safe.sensitive and not k5.sensitive
    for p in plotted.values():
        assert overview.rect().contains(p.at.toPoint())
    assert overview.accessibleDescription() == "3 of 4 site(s) placed by their coordinates; 1 sensitive."

    image = overview.grab().toImage()
    ratio = image.devicePixelRatio()
    red = QColor(SENSITIVE_COLOUR).name()
    at = safe.at
    assert image.pixelColor(int(at.x() * ratio), int(at.y() * ratio)).name() == red  # the sensitive diamond
    assert image.pixelColor(int(k5.at.x() * ratio), int(k5.at.y() * ratio)).name() != red

    # A site added to the case shows once the tab reloads (as after saving the site dialog).
    add_site(vault, case.id, "Port", lat=11.0, lon=103.5)
    window.refresh_records()
    assert "Port" in {p.name for p in overview.plotted()}

    unlocked.lock()
    assert overview.plotted() == [] and overview.unplaced == []
