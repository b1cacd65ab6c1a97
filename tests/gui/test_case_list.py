"""The case list is narrow: a long case title is cut there, so its tooltip holds the whole title
(then the description's first line), escaped so that markup in a title shows as typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from evidence_app.records.cases import add_case
from ui.app import AppController

pytestmark = pytest.mark.gui

LONG = "Labour trafficking on fishing boats out of Koh Kong and Sihanoukville, 2021 to 2024 <b>raids</b>"


def test_a_long_case_title_is_whole_in_its_tooltip(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    vault = window.vault()
    add_case(vault, LONG, description="Boats seen at the pier.\nSecond line.")
    bare = add_case(vault, "Short")
    window.reload_cases(select=bare.id)
    model = window.case_model
    tips = {model.index(r, 0).data(): model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)}
    tip = tips[LONG]
    assert "Labour trafficking on fishing boats out of Koh Kong and Sihanoukville, 2021 to 2024" in tip
    assert "&lt;b&gt;raids&lt;/b&gt;" in tip and "<b>" not in tip
    assert "Boats seen at the pier." in tip and "Second line" not in tip
    assert "Short" in tips["Short"]
