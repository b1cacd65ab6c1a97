"""The text in imported photos is read in the background (ui/media/text_reading.py), stored as
`media ocr` stores it, so the first export reads nothing again; a lock stops the reading with
nothing half-stored and the reader's own database connection closed; the next unlock reads the rest."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import QRect, QTimer
from pytestqt.qtbot import QtBot

from crypto.secret import SecretStr
from evidence_app import media_service as ms
from evidence_app import picture_text
from evidence_app.export import ExportOptions, prepare
from evidence_app.media import ocr
from evidence_app.records.persons import add_person
from evidence_app.vault import Vault
from tests.media.test_picture_text import FONT, NAME
from ui.app import AppController
from ui.main_window import MainWindow
from ui.media.tab import MediaTab

from .conftest import PASSPHRASE, unlock
from .test_media import _case, _import, _media_tab, _select_with_preview, _window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(
        shutil.which("tesseract") is None and not os.environ.get("CI"),
        reason="Tesseract is not installed (scripts/setup installs it; CI fails instead of skipping)",
    ),
]

WORDS = ["harbour", "lantern", "orchard", "granite", "meadow", "copper"]


def _photo(path: Path, word: str, line: str = "", size: tuple[int, int] = (900, 300)) -> Path:
    font = ImageFont.truetype(str(FONT), 40)
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.text((40, 40), f"The {word} report", font=font, fill="black")
    if line:
        draw.text((40, 140), line, font=font, fill="black")
    image.save(path, quality=92)
    return path


def _readings(vault: Vault) -> list[dict[str, object]]:
    """The custody entries of OCR readings (one per reading stored, `media ocr`'s or the export's)."""
    return [e.detail["ocr"] | {"item": e.object_id} for e in vault.custody_entries() if "ocr" in e.detail]


def _media_case(qtbot: QtBot, unlocked: AppController, protected: bool = True) -> tuple[MainWindow, str, MediaTab]:
    """The main window with a new case chosen (``NAME`` a protected person in it, unless told
    not) and its media tab shown."""
    window = _window(unlocked)
    case_id = _case(window)
    if protected:
        add_person(window.vault(), NAME, case_id=case_id)
    return window, case_id, _media_tab(qtbot, window)


def _wait_until_read(qtbot: QtBot, window: MainWindow, readings: int, timeout: int = 90_000) -> None:
    """Until ``readings`` readings are stored and the window's background reader has stopped."""
    qtbot.waitUntil(
        lambda: len(_readings(window.vault())) == readings and not window.media_tab.text_reader.running,
        timeout=timeout,
    )


def _export_findings(vault: Vault, case_id: str, readings: int) -> list[str]:
    """The findings of preparing the case's export, which must read no photo again: the custody
    log still holds exactly ``readings`` readings afterwards."""
    prepared = prepare(vault, case_id, ExportOptions())
    assert len(_readings(vault)) == readings
    return [str(f) for f in prepared.findings]


def _tesseract_niceness() -> list[int]:
    """The nice value of each Tesseract child of this process reading a picture (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        if name == "tesseract" and int(fields[1]) == os.getpid():
            try:  # a reading (tesseract stdin stdout ...), not the one-off listing of its languages
                reading = b"stdin" in (stat.parent / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if reading:
                found.append(int(fields[16]))
    return found


def test_imported_photos_are_read_in_the_background_and_the_export_reads_nothing_again(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    window, case_id, tab = _media_case(qtbot, unlocked)
    paths = [
        _photo(tmp_path / f"{w}.jpg", w, f"Call {NAME} tonight" if i == 0 else "") for i, w in enumerate(WORDS[:3])
    ]
    ticks: list[float] = []
    timer = QTimer(tab)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    niceness: list[int] = []
    if sys.platform.startswith("linux"):
        timer.timeout.connect(lambda: niceness.extend(_tesseract_niceness()))
    timer.start(20)
    results = _import(qtbot, tab, paths)
    ids = [r.item.id for r in results if r.item is not None]
    assert len(ids) == 3
    _wait_until_read(qtbot, window, 3)
    timer.stop()
    assert tab.text_reader.error is None
    vault = window.vault()
    # Stored as `media ocr` stores it: the words of each working copy, the protected name suggested.
    for item_id, word in zip(ids, WORDS, strict=False):
        text = picture_text.ocr_text(vault, item_id, 1)
        assert text is not None and word in text, text
    suggested = picture_text.suggestions(vault, ids[0])
    assert [s.kind for s in suggested if s.source == "text"] == ["protected_person"]
    assert sorted(str(r["item"]) for r in _readings(vault)) == sorted(ids)
    if sys.platform.startswith("linux"):
        assert niceness and set(niceness) == {ocr.BACKGROUND_NICENESS}, niceness
    # The window kept answering while Tesseract read (it ran beside the event loop, not in it).
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 1.0
    # The reader's own connection is closed once it has nothing left to read.
    assert tab.text_reader.worker is not None and tab.text_reader.worker.closed
    # The first export reads no photo again: no new reading in the custody log.
    findings = _export_findings(vault, case_id, readings=3)
    assert any("text in the picture" in f for f in findings), findings


def test_a_lock_stops_the_reading_whole_and_the_next_unlock_reads_the_rest(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, vault_dir: Path
) -> None:
    window, _, tab = _media_case(qtbot, unlocked, protected=False)
    # Larger pictures, so that reading all six takes several seconds and the lock comes mid-way.
    paths = [_photo(tmp_path / f"{w}.jpg", w, "x " * 30, size=(2400, 1600)) for w in WORDS]
    results = _import(qtbot, tab, paths, timeout=60_000)
    ids = [r.item.id for r in results if r.item is not None]
    reader = tab.text_reader
    with qtbot.waitSignal(reader.item_read, timeout=60_000):
        pass
    worker = reader.worker
    assert worker is not None and not worker.closed
    started = time.monotonic()
    unlocked.lock()
    assert time.monotonic() - started < 5.0  # Tesseract is killed, not waited for
    assert not reader.running and worker.closed
    with pytest.raises(Exception, match="closed"):
        worker.conn.execute("SELECT 1")
    if sys.platform.startswith("linux"):
        qtbot.waitUntil(lambda: not _tesseract_niceness(), timeout=5_000)  # no Tesseract left running

    # Every reading stored is whole (its words, its suggestions and its custody entry together); the
    # others are not there at all.
    with Vault.open(vault_dir, SecretStr(PASSPHRASE)) as vault:
        logged = {str(r["item"]): r for r in _readings(vault)}
        rows = vault.conn.execute("SELECT media_id, version, words FROM media_ocr").fetchall()
        assert {str(r[0]) for r in rows} == set(logged)
        for item_id, version, words in rows:
            assert logged[str(item_id)]["version"] == version == 1
            assert logged[str(item_id)]["words"] == len(json.loads(words))
        assert 1 <= len(logged) < len(ids), "the lock came after every photo was read: make the pictures larger"
        unread = picture_text.unread_photos(vault)
        assert sorted(unread) == sorted(set(ids) - set(logged))

    # The next unlock reads the photos left unread, each once.
    window = unlock(qtbot, unlocked)
    _wait_until_read(qtbot, window, len(ids), timeout=120_000)
    assert sorted(str(r["item"]) for r in _readings(window.vault())) == sorted(ids)
    assert picture_text.unread_photos(window.vault()) == []
    assert all(ms.get_media(window.vault(), i).working is not None for i in ids)


def test_a_redacted_photos_new_working_copy_is_read_too_and_the_export_reads_nothing(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    window, case_id, tab = _media_case(qtbot, unlocked)
    [result] = _import(qtbot, tab, [_photo(tmp_path / "note.jpg", WORDS[0], f"Call {NAME} tonight")])
    assert result.item is not None
    item_id = result.item.id
    _wait_until_read(qtbot, window, 1)
    _select_with_preview(qtbot, tab, item_id)
    # The line with the protected name burnt out in the window: a new working copy (version 2).
    tab.photo_review.canvas.box_drawn.emit(QRect(0, 120, 900, 100))
    with qtbot.waitSignal(tab.redaction_applied, timeout=30_000) as blocker:
        tab.photo_review.apply_button.click()
    assert blocker.args[0].working.version == 2
    # The new version is read in the background as the import's was, with nobody asking.
    _wait_until_read(qtbot, window, 2)
    assert tab.text_reader.error is None
    vault = window.vault()
    assert sorted(int(str(r["version"])) for r in _readings(vault)) == [1, 2]
    text = picture_text.ocr_text(vault, item_id, 2)
    assert text is not None and WORDS[0] in text and NAME.split()[0] not in text, text
    assert picture_text.unread_photos(vault) == []
    # The export's gate reads no photo again (no new reading in the custody log) and, the name
    # being burnt out, finds nothing in the picture.
    findings = _export_findings(vault, case_id, readings=2)
    assert not any("text in the picture" in f for f in findings), findings
