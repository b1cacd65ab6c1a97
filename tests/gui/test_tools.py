"""The Tools menu: vault check, backup / check backup / restore, bundle verification and team
transfer, driven through their dialogs (paths typed into the fields, as Browse… would fill them)
against real vaults, files and jobs."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from crypto import age, sshsig
from crypto.secret import SecretStr
from evidence_app import media_service as ms
from evidence_app.export import writer as export_writer
from evidence_app.export.collect import ExportOptions
from evidence_app.records.cases import add_case, list_cases
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from evidence_app.vault import Vault
from ui.app import AppController
from ui.export_wizard import PAGE_RESULT
from ui.main_window import MainWindow
from ui.tool_base import ToolDialog
from ui.tools import ToolActions

from .conftest import PASSPHRASE, MakeController, unlock

pytestmark = pytest.mark.gui
JOB_TIMEOUT = 60_000


def _window(qtbot: QtBot, controller: AppController) -> MainWindow:
    window = controller.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)  # the unlock job's last signal
    return window


def _tools(window: MainWindow) -> ToolActions:
    tools = window.tools
    assert isinstance(tools, ToolActions)
    return tools


def _jpeg(path: Path, colour: tuple[int, int, int] = (120, 160, 200)) -> Path:
    Image.new("RGB", (64, 48), colour).save(path, "JPEG", quality=90)
    return path


def _case_with_photo(window: MainWindow, tmp_path: Path, title: str = "Tools case") -> tuple[str, str]:
    vault = window.vault()
    case = add_case(vault, title)
    person = add_person(vault, "Chann Dara", case_id=case.id)
    add_testimony(vault, case.id, person.id, "We were moved at night.")
    item, _ = ms.import_file(vault, case.id, _jpeg(tmp_path / "gate.jpg"))
    window.reload_cases(select=case.id)
    return case.id, item.id


def _run(qtbot: QtBot, dialog: ToolDialog, ok: bool = True) -> object:
    signal = dialog.succeeded if ok else dialog.failed
    # The runner forgets a job on its last signal, just after the one the test waited for: a vault
    # tool started before that would (rightly) say another task is running.
    qtbot.waitUntil(lambda: not dialog.jobs.busy, timeout=10_000)
    with qtbot.waitSignal(signal, timeout=JOB_TIMEOUT) as blocker:
        dialog.run_button.click()
        assert dialog.busy, dialog.result_label.text()  # the job started
    assert not dialog.busy and dialog.run_button.isEnabled()
    return blocker.args[0]


def _error_boxes(dialog: ToolDialog) -> list[QMessageBox]:
    return [b for b in dialog.findChildren(QMessageBox) if b.objectName() == "errorBox" and b.isVisible()]


# --- the menu ----------------------------------------------------------------------------------


def test_tools_menu_is_complete_and_keyboard_reachable(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(qtbot, unlocked)
    tools = _tools(window)
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert "T&ools" in menu_titles
    entries = [a for a in tools.menu.actions() if not a.isSeparator()]
    assert len(entries) == 8
    mnemonics = []
    for action in entries:
        text = action.text()
        assert "&" in text and action.statusTip(), text
        mnemonics.append(text[text.index("&") + 1].lower())
    assert len(set(mnemonics)) == len(mnemonics), mnemonics  # one letter per entry
    tools.verify_action.trigger()
    [dialog] = [d for d in window.findChildren(ToolDialog) if d.objectName() == "verifyBundleDialog"]
    assert dialog.isVisible()


# --- checking the vault ------------------------------------------------------------------------


def test_check_of_a_healthy_vault_says_all_good(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(qtbot, unlocked)
    _case_with_photo(window, tmp_path)
    dialog = _tools(window).open_check_vault()  # starts at once
    assert dialog.busy and dialog.progress.isVisible()
    with qtbot.waitSignal(dialog.succeeded, timeout=JOB_TIMEOUT):
        pass
    assert dialog.report is not None and dialog.report.ok
    text = dialog.result_label.text()
    blobs = len(window.vault().blobs.all_ids())
    assert text.startswith("All good") and "custody log" in text and f"{blobs} blobs" in text and blobs >= 1
    assert not dialog.details.isVisible()


def test_check_names_a_damaged_blob(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(qtbot, unlocked)
    _case_id, item_id = _case_with_photo(window, tmp_path)
    vault = window.vault()
    blob_id = vault.conn.execute("SELECT original_blob FROM media WHERE id = ?", (item_id,)).fetchone()[0]
    path = vault.blobs.path_of(blob_id)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    dialog = _tools(window).open_check_vault()
    assert dialog.busy
    with qtbot.waitSignal(dialog.succeeded, timeout=JOB_TIMEOUT):
        pass
    assert dialog.report is not None and not dialog.report.ok
    assert "1 problem" in dialog.result_label.text() and "backup" in dialog.result_label.text()
    problems = [dialog.details.item(i).text() for i in range(dialog.details.count())]
    assert dialog.details.isVisible() and len(problems) == 1
    assert blob_id in problems[0] and item_id in problems[0] and "damaged" in problems[0]


def test_a_vault_tool_waits_for_a_running_job(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(qtbot, unlocked)
    release = threading.Event()
    window.jobs.start(lambda _p: release.wait(30))
    try:
        dialog = _tools(window).open_check_vault()
        assert not dialog.busy and "Another task" in dialog.result_label.text()
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    _run(qtbot, dialog)
    assert dialog.result_label.text().startswith("All good")


# --- backups -----------------------------------------------------------------------------------


def test_backup_check_and_restore(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(qtbot, unlocked)
    case_id, _item = _case_with_photo(window, tmp_path, "Backed-up case")
    tools = _tools(window)

    backup = tmp_path / "drive" / "vault.evb"
    backup.parent.mkdir()
    dialog = tools.open_backup()
    assert not dialog.start() and dialog.result_label.text().startswith("Choose")  # no file yet: nothing runs
    dialog.out.set_path(backup)
    percents: list[int] = []
    dialog.progress.valueChanged.connect(percents.append)
    outcome = _run(qtbot, dialog)
    assert isinstance(outcome, tuple)
    written, size = outcome
    assert written == backup and backup.is_file() and size == backup.stat().st_size > 0
    assert str(backup) in dialog.result_label.text()
    assert percents and percents[-1] == 100
    again = _run(qtbot, dialog, ok=False)  # the file exists now: refused, explained
    assert "already exists" in str(again) and _error_boxes(dialog)

    check = tools.open_check_backup()
    check.file.set_path(backup)
    check.secret.edit.setText("not the passphrase")
    _run(qtbot, check, ok=False)
    assert check.secret.edit.text() == ""  # the secret left the field with the job
    assert any(b.windowTitle() == "Wrong passphrase" for b in _error_boxes(check))
    check.secret.edit.setText(PASSPHRASE)
    info = _run(qtbot, check)
    assert info.vault_id == window.vault().vault_id  # type: ignore[attr-defined]
    assert info.blobs == len(window.vault().blobs.all_ids())  # type: ignore[attr-defined]
    assert check.result_label.text().startswith("The backup is sound")

    damaged = tmp_path / "drive" / "damaged.evb"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 1
    damaged.write_bytes(bytes(data))
    check.file.set_path(damaged)
    check.secret.edit.setText(PASSPHRASE)
    _run(qtbot, check, ok=False)
    assert check.result_label.text().startswith("This backup did not pass the check")

    target = tmp_path / "restored"
    restore = tools.open_restore()
    restore.file.set_path(backup)
    restore.folder.set_path(target)
    restore.secret.edit.setText(PASSPHRASE)
    _run(qtbot, restore)
    text = restore.result_label.text()
    assert str(target) in text and f'evidence-app --vault "{target}"' in text
    with Vault.open(target, SecretStr(PASSPHRASE)) as restored:
        assert [c.id for c in list_cases(restored)] == [case_id]
        assert restored.check().ok
    restore.secret.edit.setText(PASSPHRASE)
    _run(qtbot, restore, ok=False)  # never over an existing vault
    assert any(b.windowTitle() == "Folder not empty" for b in _error_boxes(restore))


def test_browsing_for_a_file_leaves_no_folder_history(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = _window(qtbot, unlocked)
    dialog = _tools(window).open_backup()
    secret_dir = tmp_path / "Zr8SecretCaseFolder"
    secret_dir.mkdir()
    picker = dialog.out.browse()
    assert picker.testOption(QFileDialog.Option.DontUseNativeDialog)
    picker.setDirectory(str(secret_dir))
    picker.selectFile(str(secret_dir / "backup.evb"))
    picker.accept()
    assert dialog.out.path() == secret_dir / "backup.evb"
    qtbot.waitUntil(lambda: not dialog.findChildren(QFileDialog), timeout=5_000)
    for path in Path.home().rglob("*"):
        if path.is_file():
            assert b"Zr8SecretCaseFolder" not in path.read_bytes(), path


# --- bundles -----------------------------------------------------------------------------------


def test_export_through_the_wizard_then_verify_the_bundle(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    window = _window(qtbot, unlocked)
    _case_with_photo(window, tmp_path, "Exported case")
    identity = age.Identity.generate()
    key_file = tmp_path / "recipient-key.txt"
    key_file.write_text(f"# public key: {identity.recipient}\n{identity.secret.reveal()}\n")
    out = tmp_path / "out" / "dossier.zip.age"
    out.parent.mkdir()

    wizard = window.open_export_wizard()
    assert wizard is not None
    with qtbot.waitSignal(wizard.dry_run_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    wizard.next()
    wizard.recipients_page.recipients_edit.setPlainText(identity.recipient)
    wizard.recipients_page.out_edit.setText(str(out))
    with qtbot.waitSignal(wizard.export_finished, timeout=JOB_TIMEOUT):
        wizard.next()
    assert wizard.currentId() == PAGE_RESULT and out.is_file()
    wizard.close()
    fingerprint = sshsig.fingerprint(window.vault().signing_keypair().public)  # as ssh-keygen -l shows it

    dialog = _tools(window).open_verify()
    dialog.bundle.set_path(out)
    _run(qtbot, dialog)  # encrypted, no identity: asked for in the app's words
    assert dialog.verified is None and "encrypted" in dialog.result_label.text()
    assert "--identity" not in dialog.result_label.text()
    bad_key = tmp_path / "not-a-key.txt"
    bad_key.write_text("this is not an age identity\n")
    dialog.identity.set_path(bad_key)
    error = _run(qtbot, dialog, ok=False)  # the reader's own key file is at fault, not the bundle
    assert "identity file not-a-key.txt could not be read" in str(error)
    for box in _error_boxes(dialog):
        assert "did NOT verify" not in box.text()
        box.close()
    dialog.identity.set_path(key_file)
    _run(qtbot, dialog)
    assert dialog.verified is not None and dialog.verified.encrypted
    assert dialog.verified.fingerprint == fingerprint and dialog.verified.payload_files > 0
    text = dialog.result_label.text()
    assert text.startswith("The bundle verified") and fingerprint in text
    assert f"{dialog.verified.payload_files} file(s)" in text

    dialog.signer_edit.setText("0000:1111:2222")
    _run(qtbot, dialog, ok=False)  # the problem is the result: shown in the dialog
    refused = dialog.result_label.text()
    assert refused.startswith("The bundle did NOT verify") and fingerprint in refused
    tampered = tmp_path / "out" / "tampered.zip.age"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 1
    tampered.write_bytes(bytes(data))
    dialog.signer_edit.clear()
    dialog.bundle.set_path(tampered)
    _run(qtbot, dialog, ok=False)
    assert dialog.result_label.text().startswith("The bundle did NOT verify")


def test_verify_asks_for_a_protected_identitys_passphrase(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    """A recipient whose SSH key has a passphrase (ssh-keygen's default) verifies in the window as
    with ``verify --identity-passphrase-file``: asked for when needed, a wrong one said plainly."""
    window = _window(qtbot, unlocked)
    case_id, _item = _case_with_photo(window, tmp_path, "Exported case")
    key = tmp_path / "id_ed25519"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "river delta at dawn", "-C", "", "-f", str(key)],
        capture_output=True,
        check=True,
        timeout=30,
    )
    out = tmp_path / "dossier.zip.age"
    recipient = key.with_suffix(".pub").read_text().strip()
    export_writer.export_case(window.vault(), case_id, out, ExportOptions(), [recipient])

    dialog = _tools(window).open_verify()
    dialog.bundle.set_path(out)
    dialog.identity.set_path(key)
    _run(qtbot, dialog)
    assert dialog.verified is None and "protected by a passphrase" in dialog.result_label.text()
    assert dialog.identity_passphrase.hasFocus() or not dialog.isActiveWindow()
    dialog.identity_passphrase.setText("not the passphrase")
    error = _run(qtbot, dialog, ok=False)
    assert "identity file id_ed25519 could not be read" in str(error), str(error)
    for box in _error_boxes(dialog):
        assert "river delta" not in box.text()
        box.close()
    dialog.identity_passphrase.setText("river delta at dawn")
    _run(qtbot, dialog)
    assert dialog.verified is not None and dialog.verified.encrypted
    assert dialog.result_label.text().startswith("The bundle verified")


# --- team transfer -----------------------------------------------------------------------------


def test_transfer_between_two_vaults_through_the_dialogs(
    qtbot: QtBot,
    unlocked: AppController,
    make_controller: MakeController,
    tmp_path: Path,
    passphrase: SecretStr,
) -> None:
    alice = _window(qtbot, unlocked)
    case_id, item_id = _case_with_photo(alice, tmp_path, "Compound K")
    bob_root = tmp_path / "bob-vault"
    Vault.create(bob_root, passphrase, author="Bob")[0].close()
    bob_controller = make_controller(bob_root)
    bob_controller.start()
    unlock(qtbot, bob_controller)
    bob = _window(qtbot, bob_controller)
    bob_identity = age.Identity.generate()
    bob_key = tmp_path / "bob-key.txt"
    bob_key.write_text(f"# public key: {bob_identity.recipient}\n{bob_identity.secret.reveal()}\n")

    shown = _tools(alice).open_fingerprint()
    assert shown is not None
    alice_fp = alice.vault().signing_keypair().fingerprint
    alice_key = sshsig.fingerprint(alice.vault().signing_keypair().public)  # shown as ssh-keygen -l prints it
    assert shown.fingerprint_label.text() == alice_key

    export = _tools(alice).open_transfer_export()
    assert export.case_combo.currentData() == case_id
    package = tmp_path / "compound-k.evt"
    export.out.set_path(package)
    export.recipients_edit.setPlainText(bob_identity.secret.reveal())  # the wrong line pasted
    _run(qtbot, export, ok=False)
    [box] = _error_boxes(export)
    assert "secret" in box.text() and bob_identity.secret.reveal() not in box.text()
    assert not package.exists()
    export.recipients_edit.setPlainText(bob_identity.recipient)
    summary = _run(qtbot, export)
    assert package.is_file() and summary.signer_fingerprint == alice_fp  # type: ignore[attr-defined]
    assert alice_key in export.result_label.text() and str(package) in export.result_label.text()

    imp = _tools(bob).open_transfer_import()
    imp.package.set_path(package)
    imp.identity.set_path(bob_key)
    imp.signer_edit.setText("abcd:" * 15 + "abcd")  # not Alice's key: refused, nothing imported
    _run(qtbot, imp, ok=False)
    assert _error_boxes(imp) and list_cases(bob.vault()) == []
    imp.signer_edit.setText(shown.fingerprint_label.text())  # read out on the phone
    preview = _run(qtbot, imp)  # the preview first: nothing is imported yet
    assert preview.report is not None and list_cases(bob.vault()) == []  # type: ignore[attr-defined]
    assert imp.import_button.isVisible() and "Nothing is imported yet" in imp.result_label.text()
    qtbot.waitUntil(lambda: not imp.jobs.busy, timeout=10_000)  # the preview job's last signal
    with qtbot.waitSignal(imp.succeeded, timeout=JOB_TIMEOUT) as blocker:
        imp.import_button.click()
    report = blocker.args[0]
    assert report.case_id == case_id and report.signer_fingerprint == alice_fp
    assert [c.id for c in list_cases(bob.vault())] == [case_id]
    assert [m.id for m in ms.list_media(bob.vault(), case_id)] == [item_id]
    assert bob.current_case_id == case_id  # the window shows the imported case
    details = [imp.details.item(i).text() for i in range(imp.details.count())]
    assert any(line.startswith("New in this vault") and "testimonies 1" in line for line in details)
    assert alice_key in imp.result_label.text()
