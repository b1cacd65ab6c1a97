"""The case's Custody log tab shows what ``evidence-app log`` shows for the case's photos: the
import and every redaction (a new working version), not only the text records' entries."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.custody import Action
from evidence_app.media.redact import Box
from evidence_app.records.cases import add_case
from evidence_app.records.history import list_custody
from ui.app import AppController
from ui.main_window import TAB_CUSTODY

pytestmark = pytest.mark.gui


def test_photo_redactions_are_in_the_case_custody_tab(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = unlocked.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    vault = window.vault()
    case = add_case(vault, "Compound K")
    other = add_case(vault, "Other case")
    photo = tmp_path / "gate.jpg"
    Image.new("RGB", (64, 48), (120, 160, 200)).save(photo, "JPEG")
    item, _ = ms.import_file(vault, case.id, photo)
    ms.redact_photo(vault, item.id, [Box(4, 4, 20, 16)])
    ms.import_file(vault, other.id, photo)

    # Everything the log has about this photo, in log order.
    in_log = [e.seq for e in vault.custody_entries() if e.object_id == item.id]
    assert any(e.action == Action.REDACT.value for e in vault.custody_entries() if e.object_id == item.id)
    shown = [e.seq for e in list_custody(vault, case_id=case.id) if e.object_id == item.id]
    assert shown == in_log
    # The query used for big cases (and with a record id) agrees.
    assert [e.seq for e in list_custody(vault, item.id, case_id=case.id)] == in_log
    # The other case's photo is not in this case's log.
    assert all(e.object_id != item.id for e in list_custody(vault, case_id=other.id))

    window.reload_cases(select=case.id)
    window.tabs.setCurrentIndex(TAB_CUSTODY)
    model = window.custody_model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    rows = [e for e in (model.record(r) for r in range(model.rowCount())) if e is not None]
    assert [e.seq for e in rows if e.object_id == item.id] == in_log
    assert Action.REDACT.value in {e.action for e in rows}
