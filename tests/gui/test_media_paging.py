"""The media grid reads the vault a page at a time, and still finds the item it has to show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.records.cases import add_case
from ui.app import AppController
from ui.media import model as media_model_module

from .test_media import _window

pytestmark = pytest.mark.gui

PAGE = 3


def _photos(window: Any, tmp_path: Path, count: int) -> tuple[str, list[str]]:
    vault = window.vault()
    case = add_case(vault, "Many photos")
    ids = []
    for i in range(count):
        path = tmp_path / f"p{i}.jpg"
        Image.new("RGB", (16, 16), (i * 20, 90, 140)).save(path, "JPEG")
        item, _ = ms.import_file(vault, case.id, path)
        ids.append(item.id)
    return case.id, ids


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int | None]]:
    seen: list[tuple[int, int | None]] = []
    real = ms.list_media

    def recording(vault: Any, case_id: str | None = None, *, offset: int = 0, limit: int | None = None) -> Any:
        seen.append((offset, limit))
        return real(vault, case_id, offset=offset, limit=limit)

    monkeypatch.setattr(media_model_module, "MEDIA_PAGE", PAGE)
    monkeypatch.setattr(ms, "list_media", recording)
    return seen


def test_grid_pages_and_finds_the_item_to_select(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, calls: list[tuple[int, int | None]]
) -> None:
    window = _window(unlocked)
    case_id, ids = _photos(window, tmp_path, 8)
    tab = window.media_tab
    tab.view.hide()  # a visible view asks for more rows to fill itself; this test drives the paging
    tab.case_id = case_id
    with qtbot.waitSignal(tab.items_loaded, timeout=10_000):
        tab.reload()
    assert calls == [(0, PAGE)]  # one page, never the whole list
    assert [i.id for i in tab.model.items] == ids[:PAGE]
    assert tab.model.canFetchMore()

    calls.clear()
    with qtbot.waitSignal(tab.items_loaded, timeout=10_000):
        tab.reload(select=ids[7])  # e.g. just imported: the newest, on the last page
    assert calls == [(0, PAGE), (3, PAGE), (6, PAGE)]
    assert tab.current_item is not None and tab.current_item.id == ids[7]
    assert not tab.model.canFetchMore()

    calls.clear()
    with qtbot.waitSignal(tab.items_loaded, timeout=10_000):
        tab.reload(select=ids[1])
    assert [i.id for i in tab.model.items] == ids[:PAGE]
    assert tab.select_item(ids[5])  # a search hit further down: pages are read until it is there
    assert calls[1:] == [(3, PAGE)]
    assert [i.id for i in tab.model.items] == ids[:6]
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert [i.id for i in tab.model.items] == ids
    assert all(limit == PAGE for _, limit in calls)
