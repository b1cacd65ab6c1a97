"""The export wizard in a researcher's words: the dry run and finish pages count what the dossier
holds per kind (no record ids, no ``protected_person``, no file counts of the bag), the dossier's
pages can be looked at before anything is written (drawn in memory, off the GUI thread), and the
finish page opens the folder the dossier went to."""

from __future__ import annotations

import json
import os
import re
import zipfile
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.export import writer as export_writer
from evidence_app.export.interchange import Format, OutputResult, PreparedOutput
from evidence_app.model import Role
from evidence_app.records.cases import add_case
from evidence_app.records.notes import add_note
from evidence_app.records.persons import add_person
from evidence_app.records.sites import add_site
from evidence_app.records.testimonies import add_testimony
from ui.app import AppController
from ui.export_wizard import PAGE_DRY_RUN, PAGE_RESULT, ExportWizard
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
JOB_TIMEOUT = 60_000
ID_LIKE = re.compile(r"\b[0-9a-f]{8}\b")


def _jpeg(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (64, 48), colour).save(path, "JPEG", quality=90)
    return path


def _day_case(qtbot: QtBot, controller: AppController, tmp_path: Path) -> tuple[MainWindow, str]:
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    vault = window.vault()
    case = add_case(vault, "Compound K5")
    source = add_person(vault, "王小明", phones=["+855 12 345 678"], case_id=case.id)
    add_person(vault, "Sok Chea", role=Role.OFFICIAL, protected=False, case_id=case.id)
    add_site(vault, case.id, "Safe house", province="Koh Kong", lat=11.6177, lon=102.9835, sensitive=True)
    add_testimony(vault, case.id, source.id, "王小明 said they took his phone, +855 12 345 678, at the gate.")
    add_note(vault, case.id, "Call back 王小明 on Friday.", private=True)
    add_note(vault, case.id, "The compound has two gates.")
    for n, colour in enumerate(((10, 20, 30), (200, 100, 50))):
        ms.import_file(vault, case.id, _jpeg(tmp_path / f"photo{n}.jpg", colour))
    window.reload_cases(select=case.id)
    return window, case.id


def _dry_run(qtbot: QtBot, window: MainWindow) -> ExportWizard:
    wizard = window.open_export_wizard()
    assert wizard is not None
    with qtbot.waitSignal(wizard.dry_run_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    assert wizard.currentId() == PAGE_DRY_RUN
    return wizard


def test_dry_run_counts_per_kind_in_plain_words(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window, _case = _day_case(qtbot, unlocked, tmp_path)
    wizard = _dry_run(qtbot, window)
    page = wizard.dry_run_page
    summary = page.summary.text()
    assert summary.startswith(
        "The dossier will hold: 1 testimony, 1 protected person shown by pseudonym, 1 public person named, "
        "1 site (1 sensitive: only its province), 1 shared note, 2 photos."
    ), summary
    assert "Hidden: 2 names or contacts of protected persons." in summary
    assert "Left out: 1 private note." in summary
    lines = [page.report.item(i).text() for i in range(page.report.count())]
    text = "\n".join([page.status.text(), summary, *lines])
    assert "Testimony T1, transcript: a protected person's name or contact, shown as “Source A”" in text
    assert "A private note: private notes never leave the vault" in text
    assert "Site S1: sensitive, so only its province is shown" in text
    for jargon in ("protected_person", "blobs", "file(s) would be", "detector:", "media "):
        assert jargon not in text
    assert not ID_LIKE.search(text), ID_LIKE.search(text)
    assert "王小明" not in text and "+855 12 345 678" not in text
    assert page.isComplete()


def test_preview_draws_the_pages_the_export_would_write(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window, _case = _day_case(qtbot, unlocked, tmp_path)
    vault_root = window.vault().root
    before = sorted(p for p in (*tmp_path.rglob("*"), *vault_root.rglob("*")))
    wizard = _dry_run(qtbot, window)
    page = wizard.dry_run_page
    assert page.preview_button.isEnabled()
    preview = page.open_preview()
    assert preview is not None and preview.isVisible()
    assert preview.page_labels == []  # drawn in a job: the GUI thread did not wait for PDFium
    with qtbot.waitSignal(preview.shown, timeout=JOB_TIMEOUT) as blocker:
        pass
    assert isinstance(page.prepared, export_writer.PreparedBundle)
    document = pypdfium2.PdfDocument(page.prepared.pdf)
    pages = len(document)
    document.close()
    assert blocker.args == [pages] and len(preview.page_labels) == pages >= 1
    first = preview.page_labels[0].pixmap().toImage()
    assert first.width() > 500 and first.height() > first.width()  # an A4 page, portrait
    colours = {first.pixelColor(x, y).name() for x in range(0, first.width(), 7) for y in range(0, 200, 3)}
    assert len(colours) > 2  # the title and text are drawn, not a blank page
    assert preview.page_labels[0].accessibleName() == f"Page 1 of {pages}"
    assert "Nothing has been saved yet" in preview.status.text()
    after = sorted(p for p in (*tmp_path.rglob("*"), *vault_root.rglob("*")))
    assert after == before  # no PDF, no page image, nothing written anywhere we can see
    # Locking closes the preview and drops its pictures with it.
    unlocked.lock()
    assert not preview.isVisible() and preview.page_labels == []


def test_finish_page_in_words_and_show_in_folder(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, _case = _day_case(qtbot, unlocked, tmp_path)
    wizard = _dry_run(qtbot, window)
    wizard.next()
    out = tmp_path / "out" / "k5"
    out.parent.mkdir()
    wizard.recipients_page.out_edit.setText(str(out))
    with qtbot.waitSignal(wizard.export_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    assert wizard.currentId() == PAGE_RESULT
    page = wizard.result_page
    text = page.result_label.text()
    assert f"The dossier was written to:\n{out.parent / 'k5.zip'}" in text
    assert "It holds: 1 testimony, 1 protected person shown by pseudonym" in text
    assert "2 photos" in text and "Left out: 1 private note." in text
    assert "redaction(s)" not in text and "item(s)" not in text
    assert page.folder_button.isVisible()

    # The system's file manager (xdg-open; here a stand-in on PATH that writes down what it was
    # given) is asked for the folder, and gets the session's environment only: a passphrase the app
    # was started with must not live on in a program that outlives it.
    stand_in = tmp_path / "bin"
    stand_in.mkdir()
    seen = tmp_path / "xdg-open.seen"
    script = stand_in / "xdg-open"
    script.write_text(f'#!/bin/sh\n{{ printf "%s\\n" "$1"; env; }} > {seen}.part && mv {seen}.part {seen}\n')
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{stand_in}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.setenv("EVIDENCE_PASSPHRASE", "correct horse battery staple")
    monkeypatch.setenv("HOME", str(tmp_path))
    page.folder_button.click()
    qtbot.waitUntil(seen.is_file, timeout=10_000)
    argument, *environment = seen.read_text().splitlines()
    assert argument == str(out.parent)
    names = {line.split("=", 1)[0] for line in environment if "=" in line}
    assert "EVIDENCE_PASSPHRASE" not in names and "correct horse" not in seen.read_text()
    assert "HOME" in names and "PATH" in names


def test_a_sensitive_sites_name_is_not_called_a_persons(qtbot: QtBot, unlocked: AppController) -> None:
    """A sensitive site's name in the case title is hidden as a site, not as "a protected person's
    name or contact" (the shield is a protected entry inside, but the researcher sees a place)."""
    window = unlocked.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    vault = window.vault()
    case = add_case(vault, "Raid at Riverside Shelter")
    add_site(vault, case.id, "Riverside Shelter", province="Koh Kong", sensitive=True)
    window.reload_cases(select=case.id)
    page = _dry_run(qtbot, window).dry_run_page
    lines = [page.report.item(i).text() for i in range(page.report.count())]
    text = "\n".join([page.summary.text(), *lines])
    assert "The case, title: a sensitive site's name or town, shown as “[REDACTED: sensitive site]”" in text, text
    assert "Hidden: 1 name or town of a sensitive site." in text, text
    assert "protected person" not in text
    assert "Riverside Shelter" not in text


@pytest.mark.parametrize("fmt", [Format.FTM, Format.UWAZI_CSV])
def test_the_wizard_exports_ftm_and_uwazi_through_the_same_gate(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, fmt: Format
) -> None:
    """The formats of ``export --format ftm|uwazi-csv`` are chosen in the wizard: the dry run is
    that format's (no page preview: it has no pages), the file gets its extension, the file name
    goes through the leak gate, and what is written holds the pseudonym, never the source."""
    window, _case = _day_case(qtbot, unlocked, tmp_path)
    wizard = window.open_export_wizard()
    assert wizard is not None
    combo = wizard.options_page.format_combo
    combo.setCurrentIndex(combo.findData(fmt))
    with qtbot.waitSignal(wizard.dry_run_finished, timeout=JOB_TIMEOUT) as blocker:
        wizard.next()
    assert isinstance(blocker.args[0], PreparedOutput) and blocker.args[0].format is fmt
    page = wizard.dry_run_page
    assert not page.preview_button.isEnabled() and page.open_preview() is None
    assert "Left out: 1 private note." in page.summary.text()
    wizard.next()
    recipients = wizard.recipients_page
    out = tmp_path / "out" / "王小明"
    out.parent.mkdir()
    recipients.out_edit.setText(str(out))
    assert not recipients.validatePage()  # a protected name in the file name is asked again
    assert "file name holds a protected person's name" in recipients.error_label.text()
    recipients.out_edit.setText(str(tmp_path / "out" / "k5"))
    suffix = ".ftm.json" if fmt is Format.FTM else ".zip"
    assert recipients.output_path().name == "k5" + suffix
    with qtbot.waitSignal(wizard.export_finished, timeout=JOB_TIMEOUT) as finished:
        wizard.next()
    result = finished.args[0]
    assert isinstance(result, OutputResult) and result.path == tmp_path / "out" / f"k5{suffix}"
    text = wizard.result_page.result_label.text()
    assert text.startswith(f"The export was written to:\n{result.path}") and "It is not signed" in text
    if fmt is Format.FTM:
        entities = [json.loads(line) for line in result.path.read_text(encoding="utf-8").splitlines()]
        assert any(e["schema"] == "Person" and e["properties"]["name"] == ["Source A"] for e in entities)
        raw = result.path.read_bytes()
    else:
        with zipfile.ZipFile(result.path) as bundle:
            assert "import.csv" in bundle.namelist()
            raw = b"".join(bundle.read(name) for name in bundle.namelist())
            assert "Source A" in bundle.read("import.csv").decode("utf-8")
    assert "王小明".encode() not in raw and b"345 678" not in raw and b"Safe house" not in raw
    assert b"Call back" not in raw  # the private note stays in the vault
