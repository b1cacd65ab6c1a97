"""Exported file names: a name typed without an extension gets ``.zip`` (``.zip.age`` when
encrypted to recipients), an encrypted export is never written as a bare ``.zip``, and the wizard
suggests ``<case>-<date>.zip``. Checked on the files the export really writes."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crypto import age
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.sites import add_site
from evidence_app.records.testimonies import add_testimony
from ui.app import AppController
from ui.export_wizard import PAGE_RESULT, ExportWizard, export_path, suggested_name
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
JOB_TIMEOUT = 60_000


@pytest.mark.parametrize(
    ("typed", "encrypted", "written"),
    [
        ("dossier", False, "dossier.zip"),
        ("dossier", True, "dossier.zip.age"),
        ("dossier.zip", True, "dossier.zip.age"),
        ("dossier.ZIP", False, "dossier.zip"),
        ("dossier.zip.age", True, "dossier.zip.age"),
        ("dossier.zip.age", False, "dossier.zip"),  # no recipients: not encrypted, so not .age
        ("dossier.age", True, "dossier.zip.age"),
        ("report.v2", False, "report.v2.zip"),
        ("  dossier  ", False, "dossier.zip"),
    ],
)
def test_export_path_has_the_one_right_extension(typed: str, encrypted: bool, written: str) -> None:
    assert export_path(f"/tmp/out/{typed}", encrypted) == Path("/tmp/out") / written


def test_a_folder_gets_a_file_inside_it(tmp_path: Path) -> None:
    assert export_path(str(tmp_path), True) == tmp_path / "dossier.zip.age"
    assert export_path(f"{tmp_path}/", False) == tmp_path / "dossier.zip"


def test_suggested_name_is_case_and_date() -> None:
    day = dt.date(2026, 3, 9)
    assert suggested_name("Compound K", day) == "Compound-K-2026-03-09.zip"
    assert suggested_name("Sihanoukville / Golden Fortune", day) == "Sihanoukville-Golden-Fortune-2026-03-09.zip"
    assert suggested_name("金凤园区", day) == "金凤园区-2026-03-09.zip"
    assert suggested_name("../..", day) == "dossier-2026-03-09.zip"


def _wizard(qtbot: QtBot, controller: AppController) -> tuple[MainWindow, ExportWizard]:
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    vault = window.vault()
    case = add_case(vault, "Compound K")
    person = add_person(vault, "Chann Dara", case_id=case.id)
    add_testimony(vault, case.id, person.id, "We were moved at night.")
    window.reload_cases(select=case.id)
    wizard = window.open_export_wizard()
    assert wizard is not None
    with qtbot.waitSignal(wizard.dry_run_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    wizard.next()
    return window, wizard


def test_wizard_suggests_and_enforces_the_extension(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    _window, wizard = _wizard(qtbot, unlocked)
    page = wizard.recipients_page
    suggested = Path(page.out_edit.text())
    assert suggested.name == f"Compound-K-{dt.date.today().isoformat()}.zip"
    # Adding a recipient turns the name into .zip.age on screen at once; removing it turns it back.
    identity = age.Identity.generate()
    page.recipients_edit.setPlainText(identity.recipient)
    assert page.out_edit.text().endswith(".zip.age")
    page.recipients_edit.setPlainText("")
    assert page.out_edit.text().endswith(".zip") and not page.out_edit.text().endswith(".age")

    # Typed without extension: the file written ends in .zip and is a zip.
    page.out_edit.setText(str(tmp_path / "dossier"))
    with qtbot.waitSignal(wizard.export_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    assert wizard.currentId() == PAGE_RESULT
    assert (tmp_path / "dossier.zip").is_file() and not (tmp_path / "dossier").exists()
    assert zipfile.is_zipfile(tmp_path / "dossier.zip")
    wizard.close()


def test_an_encrypted_export_is_never_a_bare_zip(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    _window, wizard = _wizard(qtbot, unlocked)
    page = wizard.recipients_page
    identity = age.Identity.generate()
    page.out_edit.setText(str(tmp_path / "dossier.zip"))
    page.recipients_edit.setPlainText(identity.recipient)
    page.out_edit.setText(str(tmp_path / "dossier.zip"))  # typed after the recipients, still .zip
    with qtbot.waitSignal(wizard.export_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    written = tmp_path / "dossier.zip.age"
    assert written.is_file() and not (tmp_path / "dossier.zip").exists()
    assert page.out_edit.text() == str(written)
    assert written.read_bytes().startswith(b"age-encryption.org/v1")  # what age and rage expect
    wizard.close()


def test_the_suggested_name_is_the_redacted_title(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    """A sensitive site (or a protected person) named in the case title: the suggested file name is
    made from the dossier's redacted title, so the leak gate, which checks the bundle's file name,
    does not refuse the name the wizard itself offered (seen in the real window)."""
    window = unlocked.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    vault = window.vault()
    case = add_case(vault, "Raid at Riverside Shelter, Koh Kong")
    add_site(vault, case.id, "Riverside Shelter", province="Koh Kong", sensitive=True)
    person = add_person(vault, "Chann Dara", case_id=case.id)
    add_testimony(vault, case.id, person.id, "Chann Dara was moved to Riverside Shelter.")
    window.reload_cases(select=case.id)
    wizard = window.open_export_wizard()
    assert wizard is not None
    with qtbot.waitSignal(wizard.dry_run_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    wizard.next()
    page = wizard.recipients_page
    page.recipients_edit.setPlainText(age.Identity.generate().recipient)
    name = Path(page.out_edit.text()).name
    assert name == f"Raid-at-Koh-Kong-{dt.date.today().isoformat()}.zip.age", name
    page.out_edit.setText(str(tmp_path / name))
    with qtbot.waitSignal(wizard.export_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    assert wizard.currentId() == PAGE_RESULT
    assert (tmp_path / name).is_file(), wizard.result_page.result_label.text()
    wizard.close()


def test_an_ssh_key_is_a_recipient_the_page_names(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    """The export takes SSH public keys as age recipients; the page says so (it named only age1…)
    and a bundle encrypted to an ssh-ed25519 key is written from it."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    ssh_key = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
        .decode()
    )
    _window, wizard = _wizard(qtbot, unlocked)
    page = wizard.recipients_page
    assert "ssh-ed25519" in page.subTitle() and "age1" in page.subTitle()
    assert "SSH" in page.recipients_edit.accessibleName()
    page.recipients_edit.setPlainText(f"{ssh_key} dara@laptop")
    page.out_edit.setText(str(tmp_path / "dossier"))
    with qtbot.waitSignal(wizard.export_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    written = tmp_path / "dossier.zip.age"
    header = written.read_bytes()[:200]
    assert header.startswith(b"age-encryption.org/v1") and b"-> ssh-ed25519 " in header
    wizard.close()


def test_a_file_name_the_gate_would_refuse_is_asked_again(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    """A protected name typed into the file name is refused on the recipients page, where it can be
    changed, not after Export on a page without a way back (the leak gate refused it there)."""
    _window, wizard = _wizard(qtbot, unlocked)
    page = wizard.recipients_page
    out = tmp_path / "out"
    out.mkdir()
    page.out_edit.setText(str(out / "Chann-Dara-interview"))
    wizard.next()  # what Export does: the page is validated first
    assert "Choose another name" in page.error_label.text()
    assert wizard.currentPage() is page and list(out.iterdir()) == []
    page.out_edit.setText(str(out / "interview"))
    with qtbot.waitSignal(wizard.export_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    assert (out / "interview.zip").is_file()
    wizard.close()


def test_another_case_chosen_after_back_gets_its_own_name(qtbot: QtBot, unlocked: AppController) -> None:
    """Back to the first page and another case chosen: the suggested name is that case's, not the
    first one's (it kept the first case's name); a name the researcher typed is kept."""
    window, wizard = _wizard(qtbot, unlocked)
    page = wizard.recipients_page
    assert Path(page.out_edit.text()).name.startswith("Compound-K-")
    vault = window.vault()
    other = add_case(vault, "Boat crew")
    wizard.back()
    wizard.back()
    combo = wizard.options_page.case_combo
    combo.addItem(other.title, other.id)
    combo.setCurrentIndex(combo.findData(other.id))
    with qtbot.waitSignal(wizard.dry_run_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    wizard.next()
    assert Path(page.out_edit.text()).name == f"Boat-crew-{dt.date.today().isoformat()}.zip"
    page.out_edit.setText("/tmp/typed-by-me.zip")
    wizard.back()
    wizard.next()
    assert page.out_edit.text() == "/tmp/typed-by-me.zip"
    wizard.close()
