"""Source protection in the desktop app: making a protected person public is a second, explicit act
naming what it forgets; the redaction marks of the testimony editor; the transfer preview."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from evidence_app import identities
from evidence_app.model import RecordKind
from evidence_app.records.cases import add_case, list_cases
from evidence_app.records.persons import add_person, edit_person, get_person, list_persons
from evidence_app.records.testimonies import (
    add_testimony,
    edit_testimony,
    get_testimony,
    list_testimonies,
    mark_redacted,
)
from ui.app import AppController
from ui.dialogs import EditPersonDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _window(controller: AppController) -> MainWindow:
    assert controller.main_window is not None
    return controller.main_window


def test_making_a_person_public_needs_the_forget_box(qtbot: QtBot, unlocked: AppController) -> None:
    window = _window(unlocked)
    vault = window.vault()
    case = add_case(vault, "Compound K")
    window.reload_cases(select=case.id)
    person = add_person(vault, "Sok Dara", case_id=case.id)
    edit_person(vault, person.id, full_name="Dara Sokha")
    dialog = window.edit_record(RecordKind.PERSON, person.id)
    assert isinstance(dialog, EditPersonDialog)
    assert not dialog.forget_check.isVisible()
    dialog.protected_check.setChecked(False)
    assert dialog.forget_check.isVisible() and "exports may then show them" in dialog.forget_check.text()
    dialog.save_clicked()  # without the second box: refused inline, nothing changes
    assert dialog.isVisible() and "forget-identifiers" in dialog.error_label.text()
    assert get_person(vault, person.id).protected
    dialog.forget_check.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        dialog.save_clicked()
    assert not get_person(vault, person.id).protected
    assert identities.remembered(vault.conn, person.id) == []
    assert [e.action for e in vault.custody_entries(person.id)][-2:] == ["forget-identifiers", "edit"]


def _type_over(edit: object, text: str) -> None:
    """Replace the whole text as typing would (an undoable edit that marks the document modified)."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QPlainTextEdit

    assert isinstance(edit, QPlainTextEdit)
    cursor = edit.textCursor()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)


SECRET = "behind the blue pagoda gate"
TEXT = f"The driver waited {SECRET}.\nThen we reached the border."


def test_editor_keeps_marks_names_dropped_ones_and_never_defaults_to_save(
    qtbot: QtBot, unlocked: AppController
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = _window(unlocked)
    vault = window.vault()
    case = add_case(vault, "Escape route")
    window.reload_cases(select=case.id)
    person = add_person(vault, "Keo Sophal", case_id=case.id)
    t = add_testimony(vault, case.id, person.id, TEXT)
    start = TEXT.index(SECRET)
    mark_redacted(vault, t.id, start, start + len(SECRET))
    editor = window.open_testimony(t.id)
    assert editor is not None

    # A line added at the top: the mark follows its words.
    _type_over(editor.text_edit, "Second session.\n" + TEXT)
    assert "follow their words" in editor.status_label.text()
    assert editor.save()
    saved = get_testimony(vault, t.id)
    [span] = saved.redacted_spans
    assert saved.transcript[span.start : span.end] == SECRET

    # The context menu removes one mark (and offers it only over a mark).
    inside = editor.text_edit.document().find("pagoda").selectionStart()
    cursor = editor.text_edit.textCursor()
    cursor.setPosition(inside)
    editor.text_edit.setTextCursor(cursor)
    pos = editor.text_edit.cursorRect(cursor).center()
    menu = editor.build_context_menu(pos)
    [unmark] = [a for a in menu.actions() if a.objectName() == "unmarkAction"]
    unmark.trigger()
    assert get_testimony(vault, t.id).redacted_spans == ()
    menu.close()
    mark_redacted(vault, t.id, span.start, span.end)
    editor.load()

    # Deleting the marked words: the close question names the mark, and Enter does not save.
    _type_over(editor.text_edit, editor.text_edit.toPlainText().replace(f" {SECRET}", ""))
    editor.close()
    box = editor._close_box
    assert box is not None
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert SECRET in box.informativeText() and "dropped" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible() and get_testimony(vault, t.id).revision == saved.revision + 2
    assert editor.save()
    assert SECRET in editor.status_label.text() and "was dropped" in editor.status_label.text()
    assert get_testimony(vault, t.id).redacted_spans == ()


# --- the transfer preview ----------------------------------------------------------------------


def _vault_state(vault: object) -> tuple[object, ...]:
    from evidence_app.transfer.trust import trusted
    from evidence_app.vault import Vault

    assert isinstance(vault, Vault)
    return (
        [c.id for c in list_cases(vault)],
        [p.id for p in list_persons(vault)],
        [e.hash for e in vault.custody_entries()],
        trusted(vault),
        sorted(vault.blobs.all_ids()),
    )


def test_transfer_import_previews_first_and_commits_only_on_accept(
    qtbot: QtBot, unlocked: AppController, tmp_path: object, passphrase: object
) -> None:
    from pathlib import Path

    from crypto import age
    from evidence_app import transfer
    from evidence_app.transfer import SignerStatus
    from evidence_app.transfer.trust import shown
    from evidence_app.vault import Vault
    from ui.transfer_tools import TransferImportDialog

    assert isinstance(tmp_path, Path)
    window = _window(unlocked)
    bob = window.vault()
    key = age.Identity.generate()
    key_file = tmp_path / "bob.key"
    key_file.write_text(f"# public key: {key.recipient}\n{key.secret.reveal()}\n")
    alice, _ = Vault.create(tmp_path / "alice", passphrase, author="Alice")  # type: ignore[arg-type]
    with alice:
        case = add_case(alice, "Compound K")
        source = add_person(alice, "Sok Dara", pseudonym="Source K", case_id=case.id)
        add_testimony(alice, case.id, source.id, "We crossed at night.")
        package = tmp_path / "compound-k.evt"
        transfer.export_case(alice, case.id, [key.recipient], package)
        alice_fp = shown(alice.signing_keypair().public)

    def open_filled() -> TransferImportDialog:
        dialog = window.tools.open_transfer_import()
        assert isinstance(dialog, TransferImportDialog)
        dialog.package.set_path(package)
        dialog.identity.set_path(key_file)
        qtbot.waitUntil(lambda: not dialog.jobs.busy, timeout=10_000)
        return dialog

    def job(dialog: TransferImportDialog, act: object) -> object:
        qtbot.waitUntil(lambda: not dialog.jobs.busy, timeout=10_000)
        with qtbot.waitSignal(dialog.succeeded, timeout=60_000) as blocker:
            act()  # type: ignore[operator]
        return blocker.args[0]

    before = _vault_state(bob)
    dialog = open_filled()
    assert not dialog.import_button.isVisible()
    preview = job(dialog, dialog.run_button.click)  # Preview: an untrusted key, fingerprint only
    assert preview.status is SignerStatus.UNTRUSTED  # type: ignore[attr-defined]
    assert alice_fp in dialog.result_label.text() and "has not trusted" in dialog.result_label.text()
    assert dialog.trust_check.isVisible() and not dialog.import_button.isVisible()
    assert _vault_state(bob) == before
    # Ticking "I checked this fingerprint" previews the whole merge, still writing nothing.
    preview = job(dialog, lambda: dialog.trust_check.setChecked(True))
    assert preview.status is SignerStatus.NAMED  # type: ignore[attr-defined]
    details = [dialog.details.item(i).text() for i in range(dialog.details.count())]
    assert "New person: Source K" in details and "New case: Compound K" in details
    assert not any("Sok Dara" in line for line in details)  # a protected person by pseudonym
    text = dialog.result_label.text()
    assert "Nothing is imported yet" in text and "New in this vault: cases 1, persons 1, testimonies 1" in text
    assert "trusts this key from now on" in text and dialog.import_button.isVisible()
    assert _vault_state(bob) == before
    dialog.close()  # Cancel: nothing was written, not even the trust
    assert _vault_state(bob) == before

    dialog = open_filled()
    job(dialog, dialog.run_button.click)
    job(dialog, lambda: dialog.trust_check.setChecked(True))
    assert _vault_state(bob) == before
    report = job(dialog, dialog.import_button.click)  # Accept
    assert report.case_id == case.id and report.newly_trusted  # type: ignore[attr-defined]
    assert [c.id for c in list_cases(bob)] == [case.id]
    assert "trusted from now on" in dialog.result_label.text() and not dialog.import_button.isVisible()
    # The case by its title, not by its id or the sender's vault id.
    assert "Imported the case “Compound K” from Alice's vault." in dialog.result_label.text()
    assert case.id not in dialog.result_label.text()
    assert [e.action for e in bob.custody_entries()][-1] == "import"
    assert "trust-signer" in [e.action for e in bob.custody_entries()]
    assert window.current_case_id == case.id
    dialog.close()

    # Both sides edit the testimony: the conflict is said in words, the record by its label from
    # the package, never by its id.
    [testimony] = list_testimonies(bob, case.id)
    edit_testimony(bob, testimony.id, transcript="We crossed at night, Bob's reading.")
    with Vault.open(tmp_path / "alice", passphrase=passphrase) as alice_again:  # type: ignore[arg-type]
        edit_testimony(alice_again, testimony.id, transcript="We crossed at night, by boat.")
        again = tmp_path / "compound-k-2.evt"
        transfer.export_case(alice_again, case.id, [key.recipient], again)
    dialog = open_filled()
    dialog.package.set_path(again)
    job(dialog, dialog.run_button.click)
    details = [dialog.details.item(i).text() for i in range(dialog.details.count())]
    [line] = [d for d in details if d.startswith("In conflict, testimony") and "both sides edited it" in d]
    assert testimony.id not in line and testimony.id[:8] not in line, line
    assert "is kept as revision" in line


def test_every_conflict_resolution_is_worded_in_the_window() -> None:
    """Each way a merge settles a conflict has its sentence for the window, with the numbers the
    core's sentence has (a private note's id is left out there: it means nothing to a researcher)."""
    import string

    from evidence_app.transfer.merge import RESOLUTION_TEXT, Resolution
    from ui.transfer_tools import RESOLUTION_LABELS

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert set(RESOLUTION_LABELS) == set(Resolution) == set(RESOLUTION_TEXT)
    for how in Resolution:
        assert fields(RESOLUTION_LABELS[how]) == fields(RESOLUTION_TEXT[how]) - {"note"}, how
