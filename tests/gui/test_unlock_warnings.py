"""The window says what the CLI says about failed unlocks: on the unlock dialog, how many failed
attempts are left before the one that wipes (limit on); after unlocking, how many failed since the
last unlock, or that the counter was set back without the key."""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path

from pytestqt.qtbot import QtBot

from crypto import header as vh
from crypto.secret import SecretStr
from evidence_app.vault import Vault
from ui.app import AppController

from .conftest import PASSPHRASE, MakeController, unlock


def _fail(qtbot: QtBot, controller: AppController, times: int) -> None:
    dialog = controller.unlock_dialog
    assert dialog is not None
    for _ in range(times):
        dialog.passphrase_edit.setText("not the passphrase at all")
        with qtbot.waitSignal(dialog.failed, timeout=10_000):
            dialog.unlock_button.click()


def _set_limit(root: Path, limit: int) -> None:
    with Vault.open(root, SecretStr(PASSPHRASE)) as v:
        v.set_failed_unlock_limit(limit)


def test_unlock_dialog_counts_down_to_the_wipe(qtbot: QtBot, make_controller: MakeController, vault_dir: Path) -> None:
    _set_limit(vault_dir, 5)
    controller = make_controller(vault_dir)
    controller.start()
    dialog = controller.unlock_dialog
    assert dialog is not None and not dialog.attempts_label.isVisible()  # nothing failed yet
    _fail(qtbot, controller, 2)
    assert dialog.attempts_label.isVisible()
    text = dialog.attempts_label.text()
    assert "2 of 5" in text and "After 3 more" in text and "wiped" in text
    _fail(qtbot, controller, 2)
    assert "The next failed unlock wipes this vault" in dialog.attempts_label.text()
    assert (vault_dir / "vault.header").exists()
    window = unlock(qtbot, controller)
    box = controller.unlock_warning_box
    assert box is not None and box.isVisible() and box.parent() is window
    assert "Failed unlock attempts since the last unlock: 4" in box.text()
    controller.lock()  # the count starts again: nothing to warn about on the lock screen
    assert controller.unlock_dialog is not None and not controller.unlock_dialog.attempts_label.isVisible()


def test_limit_off_shows_no_countdown_and_no_warning(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    controller = make_controller(vault_dir)
    controller.start()
    _fail(qtbot, controller, 2)
    assert controller.unlock_dialog is not None and not controller.unlock_dialog.attempts_label.isVisible()
    unlock(qtbot, controller)
    assert controller.unlock_warning_box is None


def test_a_counter_set_back_is_said_after_unlocking(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path
) -> None:
    _set_limit(vault_dir, 10)
    controller = make_controller(vault_dir)
    controller.start()
    _fail(qtbot, controller, 3)
    # What someone without the key can do: wind the unauthenticated counter back to zero.
    path = vault_dir / "vault.header"
    body = json.loads(path.read_bytes()[14:-32])
    body["unlock_failures"] = 0
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    prefix = struct.pack(">8sHI", vh.MAGIC, vh.HEADER_VERSION, len(raw)) + raw
    path.write_bytes(prefix + hashlib.sha256(prefix).digest())
    unlock(qtbot, controller)
    box = controller.unlock_warning_box
    assert box is not None and box.isVisible()
    assert "The failed-unlock counter was set back: it read 0" in box.text()


def test_the_attempt_that_wipes_says_so(qtbot: QtBot, make_controller: MakeController, vault_dir: Path) -> None:
    _set_limit(vault_dir, 5)
    controller = make_controller(vault_dir)
    controller.start()
    _fail(qtbot, controller, 5)
    dialog = controller.unlock_dialog
    assert dialog is not None and not (vault_dir / "vault.header").exists()
    assert "the vault has been wiped" in dialog.error_label.text()
    assert not dialog.attempts_label.isVisible()
