"""A tool that fails keeps the reason in its own window, not only the message box's title: the
transfer import with a key the package was not encrypted to said "Not done: Could not finish."
(seen in the real window), the reason only in the box on top."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crypto import age
from crypto.secret import SecretStr
from evidence_app import transfer
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault
from ui.app import AppController
from ui.transfer_tools import TransferImportDialog

pytestmark = pytest.mark.gui


def test_the_reason_stays_in_the_dialog(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    window = unlocked.main_window
    assert window is not None
    for_someone_else = age.Identity.generate()
    mine = age.Identity.generate()
    key_file = tmp_path / "mine.key"
    key_file.write_text(f"{mine.secret.reveal()}\n")
    alice, _ = Vault.create(tmp_path / "alice", SecretStr("correct horse battery staple"), author="Alice")
    with alice:
        case = add_case(alice, "Compound K")
        package = tmp_path / "k.evt"
        transfer.export_case(alice, case.id, [for_someone_else.recipient], package)
    dialog = window.tools.open_transfer_import()
    assert isinstance(dialog, TransferImportDialog)
    dialog.package.set_path(package)
    dialog.identity.set_path(key_file)
    with qtbot.waitSignal(dialog.failed, timeout=60_000):
        dialog.run_button.click()
    text = dialog.result_label.text()
    assert text.startswith("Not done: ") and "cannot be decrypted" in text, text
    assert "Could not finish" not in text
    dialog.close()
