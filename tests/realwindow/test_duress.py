"""The duress passphrase in a real window, keyboard only: typed at the lock screen under someone's
eyes, it looks like any unlock and opens the decoy, while the real vault is gone from the disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from crypto.secret import SecretStr
from evidence_app.duress import setup_duress
from evidence_app.errors import EvidenceError
from evidence_app.records.cases import add_case, list_cases
from evidence_app.records.persons import add_person, list_persons
from evidence_app.vault import Vault
from tests.realwindow.conftest import App
from tests.realwindow.test_day import MAIN, PASSPHRASE, UNLOCK, _rows, _unlocked

DURESS = "only market prices and recipes here"


def _prepare(app: App, decoy_dir: Path) -> None:
    with Vault.create(decoy_dir, SecretStr(DURESS), author="R")[0] as decoy:
        add_case(decoy, "Market prices 2025")
        add_case(decoy, "Family recipes")
    with Vault.create(app.vault, SecretStr(PASSPHRASE), author="R")[0] as real:
        case = add_case(real, "Compound K5 labour case")
        add_person(real, "王小明", case_id=case.id, phones=["+855 12 345 678"])
        setup_duress(real, SecretStr(DURESS), decoy_dir)


def test_the_duress_passphrase_at_the_lock_screen_opens_the_decoy(make_app: Callable[..., App], tmp_path: Path) -> None:
    app = make_app()
    _prepare(app, tmp_path / "decoy")
    app.start()
    state = app.wait_active(UNLOCK)
    assert state["default_button"] == "Unlock"
    app.wait_focus("Passphrase")
    app.type(DURESS)
    app.key("KP_Enter")
    # Nothing tells the onlooker: the main window comes up as after any unlock, with the decoy's
    # two cases, and no message box in front of it.
    state = app.wait_for("the main window after the duress passphrase", _unlocked, timeout=60)
    _rows(app, "cases", 2)
    assert [w["title"] for w in app.state()["windows"] if w.get("modal")] == []
    assert app.state()["active"]["title"] == MAIN
    app.screenshot("20-decoy-open")

    # Lock, and the real passphrase opens nothing any more: the wrong-passphrase message, the app alive.
    app.key("ctrl+l")
    app.wait_active(UNLOCK)
    app.wait_focus("Passphrase")
    app.type(PASSPHRASE)
    app.key("Return")
    app.wait_for("the wrong-passphrase message", lambda s: bool(s.get("errors")), timeout=60)
    assert app.state()["active"]["title"] == UNLOCK and not app.state()["unlocked"]
    app.screenshot("21-real-passphrase-refused")
    app.key("ctrl+a")
    app.type(DURESS)
    app.key("Return")
    app.wait_for("the decoy again", _unlocked, timeout=60)
    app.key("ctrl+q")
    assert app.wait_exit(30) == 0

    # On disk: the folder is the decoy, the real records cannot be opened with anything typed.
    with Vault.open(app.vault, passphrase=SecretStr(DURESS)) as vault:
        assert sorted(c.title for c in list_cases(vault)) == ["Family recipes", "Market prices 2025"]
        assert list_persons(vault) == []
    with pytest.raises(EvidenceError):
        Vault.open(app.vault, passphrase=SecretStr(PASSPHRASE))
    everything = b"".join(p.read_bytes() for p in app.vault.rglob("*") if p.is_file())
    assert "王小明".encode() not in everything and b"Compound K5" not in everything
