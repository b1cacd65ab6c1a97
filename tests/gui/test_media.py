"""The Media tab: import with progress (and a responsive event loop), the metadata panel, boxes,
face suggestions; plus the export wizard and the panic wipe."""

from __future__ import annotations

import io
import itertools
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.export import verify_bundle
from evidence_app.export import writer as export_writer
from evidence_app.export.errors import ExportRefused, GateFinding
from evidence_app.media import redact as media_redact
from evidence_app.model import RecordKind
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from evidence_app.vault import Vault
from evidence_app.vaultbase import HEADER_NAME
from ui.app import AppController
from ui.export_wizard import PAGE_DRY_RUN, PAGE_RECIPIENTS, PAGE_RESULT, ExportWizard
from ui.main_window import MainWindow
from ui.media.tab import MediaTab
from ui.wipe import WipeDialog

pytestmark = pytest.mark.gui


def make_jpeg(
    path: Path, size: tuple[int, int] = (64, 48), gps: bool = False, colour: tuple[int, int, int] = (120, 160, 200)
) -> Path:
    image = Image.new("RGB", size, colour)
    exif = Image.Exif()
    if gps:
        exif[0x010F] = "DemoCam"
        ifd = exif.get_ifd(0x8825)
        ifd[1] = "N"
        ifd[2] = (10.0, 37.0, 12.0)
        ifd[3] = "E"
        ifd[4] = (103.0, 31.0, 12.0)
    image.save(path, "JPEG", exif=exif.tobytes(), quality=90)
    return path


def _window(controller: AppController) -> MainWindow:
    assert controller.main_window is not None
    return controller.main_window


def _case(window: MainWindow, title: str = "Media case") -> str:
    case = add_case(window.vault(), title)
    window.reload_cases(select=case.id)
    return case.id


def _media_tab(qtbot: QtBot, window: MainWindow) -> MediaTab:
    tab = window.show_media()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    return tab


def _import(qtbot: QtBot, tab: MediaTab, paths: list[Path], timeout: int = 30_000) -> list[ms.ImportResult]:
    with qtbot.waitSignal(tab.import_finished, timeout=timeout) as blocker:
        assert tab.import_paths(paths)
    qtbot.waitUntil(lambda: tab.model.rowCount() >= len([p for p in paths if p.suffix == ".jpg"]), timeout=10_000)
    results: list[ms.ImportResult] = blocker.args[0]
    return results


def _select_with_preview(qtbot: QtBot, tab: MediaTab, item_id: str) -> None:
    with qtbot.waitSignal(tab.photo_review.preview_loaded, timeout=10_000):
        tab.view.setCurrentIndex(tab.model.index(-1, 0))
        assert tab.select_item(item_id)


# --- import --------------------------------------------------------------------------------------


def test_import_shows_progress_failures_and_risky_gps(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(unlocked)
    case_id = _case(window)
    tab = _media_tab(qtbot, window)
    photos = [make_jpeg(tmp_path / "with-gps.jpg", gps=True), make_jpeg(tmp_path / "plain.jpg")]
    bad = tmp_path / "notes\u202egpj.txt"
    bad.write_bytes(b"\x00\x01not a photo\x9a")  # unrecognisable bytes (plain text would be a document)
    progress: list[tuple[int, int]] = []
    tab.import_progress.connect(lambda done, total: progress.append((done, total)))
    results = _import(qtbot, tab, [*photos, bad])
    assert progress[-1] == (3, 3)
    assert [r.item is not None for r in results] == [True, True, False]
    assert len(ms.list_media(window.vault(), case_id)) == 2
    # the failed file is listed, with its name escaped (no hidden right-to-left override)
    assert tab.failures.isVisible() or not tab.isVisible()
    failure = tab.failures.item(0).text()
    assert "\\u202e" in failure and "\u202e" not in failure
    # thumbnails come in, made in memory
    qtbot.waitUntil(lambda: len(tab.model.thumbs) == 2, timeout=10_000)
    assert all(max(p.width(), p.height()) <= 160 for p in tab.model.thumbs.values())
    # the metadata panel lists what the original carried, the GPS position highlighted
    gps_item = next(r.item for r in results if r.source.name == "with-gps.jpg")
    assert gps_item is not None
    _select_with_preview(qtbot, tab, gps_item.id)
    lines = tab.describe(gps_item)
    risky = [text for text, is_risky in lines if is_risky]
    assert any(text.startswith("⚠ GPS: 10.62") and "103.52" in text for text in risky), risky
    highlighted = [
        tab.details.item(i) for i in range(tab.details.count()) if tab.details.item(i).text().startswith("⚠ GPS")
    ]
    assert highlighted and highlighted[0].font().bold()
    assert any("SHA-256" in tab.details.item(i).text() for i in range(tab.details.count()))
    assert tab.photo_review.original_view.image is not None and tab.photo_review.canvas.image is not None
    assert tab.photo_review.canvas.image.width() == 64


def test_drop_files_imports_them(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(unlocked)
    case_id = _case(window)
    tab = _media_tab(qtbot, window)
    photo = make_jpeg(tmp_path / "dropped.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(tab.import_finished, timeout=10_000):
        tab.dropEvent(event)
    assert len(ms.list_media(window.vault(), case_id)) == 1


def test_cancel_stops_an_import(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(unlocked)
    case_id = _case(window)
    tab = _media_tab(qtbot, window)
    paths = [make_jpeg(tmp_path / f"p{i:03}.jpg") for i in range(40)]

    def cancel_at_two(done: int, _total: int) -> None:
        if done == 2:
            tab.cancel_import()

    tab.import_progress.connect(cancel_at_two)
    with qtbot.waitSignal(tab.import_finished, timeout=30_000) as blocker:
        tab.import_paths(paths)
    imported = len(blocker.args[0])
    assert 2 <= imported < 40
    assert len(ms.list_media(window.vault(), case_id)) == imported
    assert "cancelled" in tab.status_label.text()


def test_event_loop_never_stalls_during_an_import_of_200_photos(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    window = _window(unlocked)
    case_id = _case(window)
    tab = _media_tab(qtbot, window)
    paths = [make_jpeg(tmp_path / f"s{i:03}.jpg", colour=(i, 100, 200 - i // 2)) for i in range(200)]
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    progress: list[int] = []
    tab.import_progress.connect(lambda done, _total: progress.append(done))
    timer.start()
    try:
        with qtbot.waitSignal(tab.import_finished, timeout=60_000):
            assert tab.import_paths(paths)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 200, timeout=10_000)
    finally:
        timer.stop()
    assert progress[-1] == 200 and len(progress) == 200
    assert len(ms.list_media(window.vault(), case_id)) == 200
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 10
    assert max(gaps) < 0.100, f"the GUI thread stalled for {max(gaps) * 1000:.0f} ms"


# --- redaction -----------------------------------------------------------------------------------


def _one_photo(qtbot: QtBot, window: MainWindow, tmp_path: Path, size: tuple[int, int] = (64, 48)) -> Any:
    _case(window)
    tab = _media_tab(qtbot, window)
    [result] = _import(qtbot, tab, [make_jpeg(tmp_path / "one.jpg", size=size)])
    assert result.item is not None
    _select_with_preview(qtbot, tab, result.item.id)
    return tab, result.item


def test_draw_a_box_and_apply_makes_a_new_version(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(unlocked)
    tab, item = _one_photo(qtbot, window, tmp_path)
    assert not tab.photo_review.apply_button.isEnabled()
    tab.photo_review.canvas.box_drawn.emit(QRect(8, 8, 16, 16))  # what the mouse gesture emits (image pixels)
    assert tab.photo_review.redaction_boxes() == [media_redact.Box(8, 8, 16, 16)]
    assert tab.photo_review.apply_button.isEnabled()
    with qtbot.waitSignal(tab.redaction_applied, timeout=10_000) as blocker:
        tab.photo_review.apply_button.click()
    new = blocker.args[0]
    assert new.working.version == 2
    stored = ms.get_media(window.vault(), item.id)
    assert [v.version for v in stored.versions] == [1, 2]
    pixels = Image.open(io.BytesIO(ms.read_working(window.vault(), stored))).convert("RGB")
    assert pixels.getpixel((12, 12)) == (0, 0, 0)
    assert pixels.getpixel((50, 40)) != (0, 0, 0)


def test_mouse_drag_draws_a_box_in_image_coordinates(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(unlocked)
    tab, _item = _one_photo(qtbot, window, tmp_path)
    window.tabs.setCurrentWidget(tab)
    tab.right_tabs.setCurrentIndex(1)
    canvas = tab.photo_review.canvas
    canvas.resize(128, 96)  # scale 2: widget pixel (20, 20) is image pixel (10, 10)
    scale, left, top = canvas.image_rect()
    start = QPoint(round(left + 10 * scale), round(top + 10 * scale))
    end = QPoint(round(left + 30 * scale), round(top + 20 * scale))
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    [box] = tab.photo_review.redaction_boxes()
    assert (box.x, box.y, box.w, box.h) == (10, 10, 20, 10)


def test_face_suggestions_accept_one_reject_one(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(unlocked)
    tab, item = _one_photo(qtbot, window, tmp_path, size=(96, 64))
    suggested = [media_redact.Box(0, 0, 24, 24), media_redact.Box(48, 16, 24, 24)]
    monkeypatch.setattr(media_redact, "detect_faces", lambda _src, _detector=None: list(suggested))
    with qtbot.waitSignal(tab.photo_review.faces_found, timeout=10_000):
        assert tab.photo_review.suggest_faces()
    assert tab.photo_review.suggestion_list.count() == 2
    assert not tab.photo_review.apply_button.isEnabled()  # suggestions are not applied until accepted
    tab.photo_review.accept_suggestion(0)
    tab.photo_review.reject_suggestion(1)
    assert tab.photo_review.redaction_boxes() == [suggested[0]]
    with qtbot.waitSignal(tab.redaction_applied, timeout=10_000):
        tab.photo_review.apply_redaction()
    stored = ms.get_media(window.vault(), item.id)
    assert len(stored.versions) == 2
    entry = [e for e in window.vault().custody_entries() if e.object_id == item.id][-1]
    assert entry.detail["boxes"] == [[0, 0, 24, 24]] and entry.detail["reason"] == "faces"


def test_locking_drops_thumbnails(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(unlocked)
    tab, _item = _one_photo(qtbot, window, tmp_path)
    qtbot.waitUntil(lambda: bool(tab.model.thumbs), timeout=10_000)
    unlocked.lock()
    assert not tab.model.thumbs and tab.model.rowCount() == 0 and tab.photo_review.canvas.image is None


def test_the_photo_review_drops_its_pictures_and_jobs_finishing_later_show_nothing(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    window = _window(unlocked)
    tab, item = _one_photo(qtbot, window, tmp_path)
    review = tab.photo_review
    review.canvas.box_drawn.emit(QRect(2, 2, 8, 8))
    assert review.original_view.image is not None and review.redaction_boxes()
    review.show_item(item)  # a preview and the stored suggestions on their way in pool jobs
    shown: list[str] = []
    review.preview_loaded.connect(shown.append)
    review.suggestions_loaded.connect(shown.append)
    review.discard()  # what locking calls
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    qtbot.wait(50)  # the jobs' finished signals are queued to this thread
    assert shown == []
    assert review.original_view.image is None and review.canvas.image is None
    assert not review.redaction_boxes() and review.suggestion_list.count() == 0 and review.item is None
    assert not review.faces_button.isEnabled() and not review.apply_button.isEnabled()


# --- export wizard -------------------------------------------------------------------------------


def _wizard_to_recipients(qtbot: QtBot, window: MainWindow) -> ExportWizard:
    wizard = window.open_export_wizard()
    assert wizard is not None
    assert wizard.options_page.case_id() == window.current_case_id
    with qtbot.waitSignal(wizard.dry_run_finished, timeout=30_000):
        wizard.next()
    assert wizard.currentId() == PAGE_DRY_RUN
    return wizard


def test_export_through_the_wizard(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(unlocked)
    case_id = _case(window, "Export case")
    vault = window.vault()
    person = add_person(vault, "Sokha Demo")
    add_testimony(vault, case_id, person.id, "Sokha Demo said the agent called from +855 12 345 678.")
    tab = _media_tab(qtbot, window)
    _import(qtbot, tab, [make_jpeg(tmp_path / "gps.jpg", gps=True)])
    wizard = _wizard_to_recipients(qtbot, window)
    report = [wizard.dry_run_page.report.item(i).text() for i in range(wizard.dry_run_page.report.count())]
    assert any(line.startswith("Redactions (") for line in report)
    assert any("phone" in line for line in report)
    assert wizard.dry_run_page.isComplete()
    wizard.next()
    assert wizard.currentId() == PAGE_RECIPIENTS
    page = wizard.recipients_page
    page.recipients_edit.setPlainText("AGE-SECRET-KEY-1NOTAREALKEY")
    out = tmp_path / "out" / "bundle.zip"
    out.parent.mkdir()
    page.out_edit.setText(str(out))
    wizard.next()
    assert wizard.currentId() == PAGE_RECIPIENTS  # refused, explained, the secret not echoed
    assert "secret" in page.error_label.text() and "NOTAREALKEY" not in page.error_label.text()
    page.recipients_edit.setPlainText("")
    with qtbot.waitSignal(wizard.export_finished, timeout=30_000) as blocker:
        wizard.next()
    assert wizard.currentId() == PAGE_RESULT
    result = blocker.args[0]
    assert out.is_file() and zipfile.is_zipfile(out)
    verified = verify_bundle(out)
    assert verified.fingerprint == result.fingerprint
    text = wizard.result_page.result_label.text()
    assert str(out) in text and result.fingerprint in text


def test_leak_gate_problems_are_listed(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(unlocked)
    _case(window, "Leaky case")
    finding = GateFinding("records.json", "protected name S*** found")
    monkeypatch.setattr(export_writer, "check_media", lambda *_a, **_k: [finding])
    wizard = _wizard_to_recipients(qtbot, window)
    page = wizard.dry_run_page
    assert not page.isComplete()  # the dry run already shows the leak: no way forward
    texts = [page.report.item(i).text() for i in range(page.report.count())]
    assert "✗ In the data file (records.json): protected name S*** found" in texts
    # and if the gate refuses at export time, the result page lists the problems
    wizard.result_page.show_error(ExportRefused([finding]))
    assert wizard.result_page.problems.count() == 1
    assert "nothing was written" in wizard.result_page.result_label.text().lower()


# --- panic wipe and preferences ------------------------------------------------------------------


def test_panic_wipe_needs_the_exact_word(qtbot: QtBot, unlocked: AppController, vault_dir: Path) -> None:
    window = _window(unlocked)
    dialog = window.open_wipe_dialog()
    assert isinstance(dialog, WipeDialog)
    for word in ("", "wipe", "WIPE ", "Wipe"):
        dialog.word_edit.setText(word)
        assert not dialog.wipe_button.isEnabled()
        assert not dialog.confirm()
    assert (vault_dir / HEADER_NAME).is_file()
    dialog.word_edit.setText("WIPE")
    assert dialog.wipe_button.isEnabled()
    with qtbot.waitSignal(unlocked.wiped, timeout=10_000):
        dialog.wipe_button.click()
    assert not (vault_dir / HEADER_NAME).exists()
    assert not unlocked.session.is_unlocked
    assert unlocked.state == "first_run" and unlocked.first_run_dialog is not None


def test_preferences_store_only_choices_and_author_in_vault(qtbot: QtBot, unlocked: AppController) -> None:
    from evidence_app.redaction import DetectorKind

    dialog = unlocked.open_preferences()
    dialog.author_edit.setText("Field Researcher 2")
    dialog.detector_checks[DetectorKind.URL].setChecked(True)
    dialog.regions_edit.setText("kh, th")
    dialog.save()
    assert unlocked.session.vault.author == "Field Researcher 2"
    assert unlocked.settings.default_detectors == frozenset({DetectorKind.URL})
    assert unlocked.settings.phone_regions == ("KH", "TH")
    assert "Field Researcher 2" not in unlocked.settings.path.read_text()


def test_locking_during_an_import_stops_it_cleanly(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, vault_dir: Path, passphrase: Any
) -> None:
    window = _window(unlocked)
    case_id = _case(window)
    tab = _media_tab(qtbot, window)
    paths = [make_jpeg(tmp_path / f"l{i:03}.jpg") for i in range(60)]

    def lock_at_three(done: int, _total: int) -> None:
        if done == 3:
            unlocked.lock()

    tab.import_progress.connect(lock_at_three)
    assert tab.import_paths(paths)
    qtbot.waitUntil(lambda: unlocked.state == "locked", timeout=20_000)
    assert not unlocked.jobs.busy or unlocked.jobs.wait(10_000)
    with Vault.open(vault_dir, passphrase=passphrase) as vault:
        count = len(ms.list_media(vault, case_id))
        assert 3 <= count < 60
        assert not vault.check(verify_blobs=True).problems


def test_a_media_search_hit_opens_the_media_tab(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(unlocked)
    _case(window)
    tab = _media_tab(qtbot, window)
    [_first, second] = _import(qtbot, tab, [make_jpeg(tmp_path / "a.jpg"), make_jpeg(tmp_path / "b.jpg")])
    assert second.item is not None
    window.tabs.setCurrentIndex(0)
    with qtbot.waitSignal(tab.items_loaded, timeout=10_000):
        assert window.select_record(RecordKind.MEDIA, second.item.id)
    assert window.tabs.currentWidget() is tab
    assert tab.current_item is not None and tab.current_item.id == second.item.id


def test_import_dialog_leaves_no_folder_history(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = _window(unlocked)
    case_id = _case(window)
    tab = _media_tab(qtbot, window)
    secret_dir = tmp_path / "Xq7SecretFolderName"
    secret_dir.mkdir()
    photo = make_jpeg(secret_dir / "picked.jpg")
    tab.open_import_dialog()
    [dialog] = [d for d in tab.findChildren(QFileDialog) if d.isVisible()]
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setDirectory(str(secret_dir))
    dialog.selectFile(str(photo))
    with qtbot.waitSignal(tab.import_finished, timeout=10_000):
        dialog.accept()
    assert len(ms.list_media(window.vault(), case_id)) == 1
    qtbot.waitUntil(lambda: not tab.findChildren(QFileDialog), timeout=5_000)
    for path in Path.home().rglob("*"):
        if path.is_file():
            assert b"Xq7SecretFolderName" not in path.read_bytes(), path


def test_gui_session_with_a_marker_photo_leaves_no_plaintext(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A marker photo imported, shown as a thumbnail and previewed in the window: afterwards no
    marker in the vault folder, the temp folder the process uses, or the home folder."""
    import tempfile

    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    marker = "CANARYGUIPHOTO7Q2"
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    photo = inputs / f"{marker}.jpg"
    image = Image.new("RGB", (64, 48), (9, 99, 199))
    exif = Image.Exif()
    exif[0x013B] = marker  # Artist
    exif[0x010E] = marker  # ImageDescription
    image.save(photo, "JPEG", exif=exif.tobytes(), quality=90)
    window = _window(unlocked)
    case_title = "CANARYGUICASE7Q2"
    case_id = _case(window, case_title)
    tab = _media_tab(qtbot, window)
    results = _import(qtbot, tab, [photo])
    assert [r.error for r in results] == [None]
    item_id = ms.list_media(window.vault(), case_id)[0].id
    _select_with_preview(qtbot, tab, item_id)
    unlocked.lock()
    QApplication.processEvents()
    for root in (unlocked.vault_dir, temp, Path.home()):
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                for text in (marker, case_title):
                    for encoding in ("utf-8", "utf-16-le"):
                        assert text.encode(encoding) not in data, f"{text} in {path}"
