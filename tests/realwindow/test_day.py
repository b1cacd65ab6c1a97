"""A researcher's day in a real window, keyboard only (real key presses through xdotool).

Every step waits for what the user would see (the active window's title, where the focus is,
the rows in a list) and checks that the app is still running."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crypto.secret import SecretStr
from evidence_app.records.cases import list_cases
from evidence_app.records.persons import list_persons
from evidence_app.vault import Vault
from evidence_app.vaultbase import HEADER_NAME
from tests.realwindow.conftest import App

PASSPHRASE = "correct horse battery staple"
MAIN = "Evidence Vault"
UNLOCK = "Unlock Evidence Vault"


def _rows(app: App, name: str, count: int) -> dict[str, Any]:
    return app.wait_for(f"{count} rows in {name}", lambda s: s.get("rows", {}).get(name) == count)


def _unlocked(state: dict[str, Any]) -> bool:
    return bool(state.get("unlocked")) and (state.get("active") or {}).get("title") == MAIN


def _unlock_with(app: App, key: str) -> None:
    state = app.wait_active(UNLOCK)
    assert state["state"] == "locked" and not state["unlocked"]
    app.wait_focus("Passphrase")
    assert app.state()["default_button"] == "Unlock"  # nothing else is what Enter presses
    assert app.state()["focus"]["password"]  # what is typed is not shown
    app.type(PASSPHRASE)
    app.key(key)
    # While unlocking, the focus stays in the field and Unlock stays the default: never Quit.
    busy = app.state()
    if busy.get("active", {}) and busy["active"]["title"] == UNLOCK:
        assert busy["default_button"] in ("Unlock", None)
    app.wait_for("the main window after unlocking", _unlocked)
    app.assert_alive()


def _typed_records_arrived_whole(app: App) -> None:
    """The vault, opened outside the app after it ended, holds what was typed letter for letter:
    a row count would not notice a Chinese character dropped on the way (xdotool has done that)."""
    with Vault.open(app.vault, passphrase=SecretStr(PASSPHRASE)) as vault:
        assert [case.title for case in list_cases(vault)] == ["Compound K5 labour case"]
        [person] = list_persons(vault)
        assert (person.full_name, person.phones, person.protected) == ("王小明", ("+855 12 345 678",), True)


def test_a_day_with_the_keyboard_only(make_app: Callable[..., App]) -> None:
    app = make_app(idle_ms=12_000)
    app.start()

    # First run: name, passphrase twice, Enter creates the vault.
    app.wait_active("Create an Evidence Vault")
    app.wait_focus("Your name")
    app.type("Dara K")
    app.key("Tab")
    app.wait_focus("New passphrase")
    app.type(PASSPHRASE)
    app.key("Tab")
    app.wait_focus("Repeat the passphrase")
    app.type(PASSPHRASE)
    app.screenshot("01-first-run")
    assert app.state()["default_button"] == "Create vault"
    app.key("Return")

    # The recovery key, shown once; it cannot be skipped without ticking the box.
    app.wait_active("Your recovery key", timeout=60)
    app.screenshot("02-recovery-key")
    app.key("Escape")  # does not skip the confirmation
    app.assert_alive()
    assert app.state()["active"]["title"] == "Your recovery key"
    app.key("space")
    app.key("Return")
    app.wait_for("the main window", _unlocked)
    app.screenshot("03-main-window-empty")

    # Lock with Ctrl+L, unlock with Return: the app must not quit.
    app.key("ctrl+l")
    _unlock_with(app, "Return")

    # A case, typed and saved with Enter.
    app.key("ctrl+n")
    app.wait_active("New case")
    app.type("Compound K5 labour case")
    app.key("Return")
    _rows(app, "cases", 1)

    # A protected person with a Chinese name and a phone.
    app.key("ctrl+shift+p")
    app.wait_active("New person")
    app.type("王小明")
    app.key("alt+h")
    app.type("+855 12 345 678")
    app.screenshot("04-new-person")
    app.key("Return")
    _rows(app, "Persons", 1)
    app.screenshot("05-person-saved")

    # Wrong passphrase after Ctrl+L: an inline message, still locked, still running.
    app.key("ctrl+l")
    app.wait_active(UNLOCK)
    app.wait_focus("Passphrase")
    app.type("not my passphrase")
    app.key("Return")
    state = app.wait_for("the wrong-passphrase message", lambda s: bool(s.get("errors")))
    assert "passphrase is not right" in state["errors"][0]
    assert state["state"] == "locked" and state["focus"]["accessible_name"] == "Passphrase"
    app.screenshot("06-wrong-passphrase")
    app.assert_alive()
    app.key("ctrl+a")
    app.key("BackSpace")
    app.type(PASSPHRASE)
    app.key("KP_Enter")
    app.wait_for("the main window after keypad Enter", _unlocked)
    _rows(app, "cases", 1)

    # Auto-lock after the idle time, then unlock with keypad Enter.
    app.wait_for("auto-lock", lambda s: s.get("state") == "locked", timeout=40)
    app.screenshot("07-auto-locked")
    _unlock_with(app, "KP_Enter")

    # Quick exit: every window gone at once, the app ends cleanly.
    app.key("ctrl+shift+q")
    assert app.wait_exit() == 0
    assert app.state().get("state") == "closed"
    _typed_records_arrived_whole(app)


def test_panic_wipe_from_the_lock_screen(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.start()
    app.wait_active("Create an Evidence Vault")
    app.type("R")
    app.key("Tab")
    app.type(PASSPHRASE)
    app.key("Tab")
    app.type(PASSPHRASE)
    app.key("Return")
    app.wait_active("Your recovery key", timeout=60)
    app.key("space")
    app.key("Return")
    app.wait_for("the main window", _unlocked)
    app.key("ctrl+l")
    app.wait_active(UNLOCK)

    # Shortcut, four letters, Enter: about two seconds. A wrong word and Enter wipe nothing.
    app.key("ctrl+shift+Delete")
    app.wait_active("Wipe the vault")
    app.type("wipe")
    app.key("Return")
    app.assert_alive()
    assert app.state()["active"]["title"] == "Wipe the vault"  # neither wiped nor silently cancelled
    assert (app.vault / HEADER_NAME).is_file()
    app.screenshot("10-wipe-wrong-word")
    app.key("ctrl+a")
    app.type("WIPE")
    app.key("Return")
    app.wait_active("Create an Evidence Vault")
    assert not (app.vault / HEADER_NAME).exists()
    app.screenshot("11-wiped")
    app.assert_alive()
