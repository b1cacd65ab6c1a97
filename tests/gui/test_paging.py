"""Lists stay lazy: a model holds the batches its view has shown and asks the core for one page per
batch; scrolling fetches the rest, and a refresh shows rows added since."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from crypto import kdf
from crypto.secret import SecretStr
from evidence_app import db
from evidence_app.model import RecordKind
from evidence_app.records.cases import add_case, list_cases
from evidence_app.records.deletion import delete_record
from evidence_app.records.history import list_custody
from evidence_app.records.persons import add_person, list_persons
from evidence_app.records.testimonies import add_testimony, list_testimonies
from evidence_app.vault import Vault
from ui import main_window
from ui.main_window import TAB_CUSTODY, TAB_TESTIMONIES, MainWindow
from ui.models import DEFAULT_BATCH, Column, PagedSource, RecordTableModel

from .conftest import PASSPHRASE, MakeController, unlock

pytestmark = pytest.mark.gui

COUNT = 1000


@pytest.fixture(scope="module")
def big_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed vault whose one case holds 1,000 testimonies (made through the core API in one
    transaction). Shared by the module: each test opens it and leaves its rows as they were."""
    root = tmp_path_factory.mktemp("paging") / "vault"
    with kdf.allow_weak_parameters_for_tests():
        vault, _ = Vault.create(root, SecretStr(PASSPHRASE), author="Tester")
    with vault:
        case = add_case(vault, "A big case")
        person = add_person(vault, "Speaker", case_id=case.id)
        with db.transaction(vault.conn):
            for i in range(COUNT):
                add_testimony(vault, case.id, person.id, f"Testimony number {i}")
    return root


Calls = list[tuple[int, int]]


def spy(monkeypatch: pytest.MonkeyPatch, caller: ModuleType, name: str) -> Calls:
    """Record the (offset, limit) of every call ``caller`` makes to the real listing ``name``."""
    calls: Calls = []
    real = getattr(caller, name)

    def recorded(*args: Any, offset: int = 0, limit: int | None = None, **kwargs: Any) -> Any:
        calls.append((offset, -1 if limit is None else limit))
        return real(*args, offset=offset, limit=limit, **kwargs)

    monkeypatch.setattr(caller, name, recorded)
    return calls


def scroll_to_end(qtbot: QtBot, view: QTableView, model: RecordTableModel[Any], rows: int) -> None:
    """Scroll down as a reader would: the view asks the model for more at the bottom."""

    def at_end() -> bool:
        view.scrollToBottom()
        return model.rowCount() == rows and not model.canFetchMore()

    qtbot.waitUntil(at_end, timeout=10_000)


@pytest.fixture
def opened(big_dir: Path) -> Iterator[Vault]:
    with Vault.open(big_dir, SecretStr(PASSPHRASE)) as vault:
        yield vault


def test_model_fetches_only_what_it_shows(qtbot: QtBot, opened: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = opened
    [case] = list_cases(vault)
    calls = spy(monkeypatch, sys.modules[__name__], "list_testimonies")
    model: RecordTableModel[Any] = RecordTableModel(
        [Column("Date", lambda t: t.stamp.created), Column("Transcript", lambda t: t.transcript)],
        key=lambda t: t.id,
        batch=100,
    )
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    model.set_source(PagedSource(lambda o, n: list_testimonies(vault, case.id, offset=o, limit=n)))
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)  # let the view settle: it must not fetch while its last row is out of sight
    assert model.rowCount() == 100 and model.canFetchMore()
    assert calls == [(0, 100)]
    assert model.index(0, 1).data() == "Testimony number 0"

    scroll_to_end(qtbot, view, model, COUNT)
    assert calls == [(offset, 100) for offset in range(0, COUNT + 1, 100)]  # the last one finds nothing more
    assert [model.index(r, 1).data() for r in range(COUNT)] == [f"Testimony number {i}" for i in range(COUNT)]


def test_window_pages_its_tabs_and_refresh_shows_new_rows(
    qtbot: QtBot, make_controller: MakeController, big_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = make_controller(big_dir)
    controller.start()
    window: MainWindow = unlock(qtbot, controller)
    vault = controller.session.vault
    [case] = list_cases(vault)
    assert window.current_case_id == case.id and window.tabs.currentIndex() == TAB_TESTIMONIES
    qtbot.waitExposed(window)

    testimonies = spy(monkeypatch, main_window, "list_testimonies")
    custody = spy(monkeypatch, main_window, "list_custody")
    cases = spy(monkeypatch, main_window, "list_cases")
    window.reload_cases()
    qtbot.wait(50)
    assert cases == [(0, DEFAULT_BATCH)]
    assert testimonies == [(0, DEFAULT_BATCH)]  # one page for the visible tab; the others wait
    assert window.testimony_model.rowCount() == DEFAULT_BATCH and custody == []

    window.tabs.setCurrentIndex(TAB_CUSTODY)
    qtbot.wait(50)
    assert custody == [(0, DEFAULT_BATCH)]
    shown = [window.custody_model.record(r) for r in range(window.custody_model.rowCount())]
    assert shown == list_custody(vault, case_id=case.id, limit=DEFAULT_BATCH)

    window.tabs.setCurrentIndex(TAB_TESTIMONIES)
    scroll_to_end(qtbot, window.testimony_view, window.testimony_model, COUNT)
    assert [o for o, _ in testimonies] == list(range(0, COUNT + 1, DEFAULT_BATCH))

    # A testimony added after loading is not in the loaded rows; after a refresh it is (at the end).
    added = add_testimony(vault, case.id, list_persons(vault, case.id)[0].id, "Added later")
    try:
        assert window.testimony_model.row_of(added.id) == -1
        window.refresh_records()
        assert window.testimony_model.rowCount() == DEFAULT_BATCH
        assert window.select_record(RecordKind.TESTIMONY, added.id)
        assert window.testimony_model.row_of(added.id) == COUNT
    finally:
        delete_record(vault, RecordKind.TESTIMONY, added.id)
