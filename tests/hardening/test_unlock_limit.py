"""The failed-unlock limit: off by default, N failed unlocks wipe the vault, a counter set back
by someone without the key is detected and reported at the next unlock. Through the CLI."""

from __future__ import annotations

import hashlib
import json
import struct
from pathlib import Path

import pytest

from crypto import header as vh
from crypto.secret import SecretStr
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, Cli

WRONG = {"EVIDENCE_PASSPHRASE": "not the passphrase at all"}


def _body(root: Path) -> dict[str, object]:
    return dict(json.loads((root / "vault.header").read_bytes()[14:-32]))


def _unlock_details(root: Path) -> list[dict[str, object]]:
    """The custody log's unlock entries, read with the key (the newest is this read's own)."""
    with Vault.open(root, SecretStr(PASSPHRASE)) as v:
        return [e.detail for e in v.custody_entries() if e.action == "unlock"][:-1]


def _set_counter(root: Path, value: int) -> None:
    """What an attacker without the key can do: rewrite the unauthenticated counter and the checksum."""
    body = _body(root)
    body["unlock_failures"] = value
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    prefix = struct.pack(">8sHI", vh.MAGIC, vh.HEADER_VERSION, len(raw)) + raw
    (root / "vault.header").write_bytes(prefix + hashlib.sha256(prefix).digest())


def test_off_by_default_and_failures_change_nothing(cli_vault: Cli) -> None:
    assert cli_vault.ok("settings", "show") == "failed-unlock-limit off"
    header = (cli_vault.root / "vault.header").read_bytes()
    for _ in range(25):
        r = cli_vault("list", "cases", env=WRONG)
        assert (r.code, r.err.strip()) == (1, "evidence-app: wrong passphrase")
    assert (cli_vault.root / "vault.header").read_bytes() == header


@pytest.mark.parametrize("limit", [5, 10, 20])
def test_n_failed_unlocks_wipe_the_vault(cli_vault: Cli, limit: int) -> None:
    cli_vault.ok("case", "add", "--title", "Kept until the limit")
    r = cli_vault("settings", "set", "failed-unlock-limit", str(limit))
    assert r.code == 0 and "Warning" in r.err and "copied the vault" in r.err
    assert cli_vault.ok("settings", "show") == f"failed-unlock-limit {limit}"
    for n in range(1, limit):
        r = cli_vault("list", "cases", env=WRONG)
        assert r.code == 1 and f"failed unlock {n} of {limit}" in r.err
    assert cli_vault.root.exists()
    r = cli_vault("list", "cases", env=WRONG)
    assert r.code == 1 and "the vault has been wiped" in r.err and len(r.err.strip().splitlines()) == 1
    assert not (cli_vault.root / "vault.header").exists() and not (cli_vault.root / "vault.db").exists()
    r = cli_vault("list", "cases")  # the right passphrase now finds nothing
    assert r.code == 1 and "no vault" in r.err


def test_a_successful_unlock_starts_the_count_again(cli_vault: Cli) -> None:
    cli_vault.ok("settings", "set", "failed-unlock-limit", "5")
    for _ in range(4):
        assert cli_vault("list", "cases", env=WRONG).code == 1
    r = cli_vault("list", "cases")
    assert r.code == 0 and "4 failed unlock attempt(s) since the last unlock" in r.err
    assert _unlock_details(cli_vault.root)[-1] == {"failed_unlocks": 4}
    for n in range(1, 5):
        assert f"failed unlock {n} of 5" in cli_vault("list", "cases", env=WRONG).err
    assert cli_vault("list", "cases").code == 0


def test_a_counter_set_back_without_the_key_is_detected(cli_vault: Cli) -> None:
    cli_vault.ok("settings", "set", "failed-unlock-limit", "5")
    for _ in range(4):
        assert cli_vault("list", "cases", env=WRONG).code == 1
    _set_counter(cli_vault.root, 0)  # the attacker winds the counter back to try more
    r = cli_vault("list", "cases", env=WRONG)
    assert "failed unlock" in r.err  # (the reset is invisible without the key)
    r = cli_vault("list", "cases")
    assert r.code == 0 and "the failed-unlock counter was set back" in r.err
    (detail,) = _unlock_details(cli_vault.root)[-1:]
    reset = detail["failed_unlock_counter_reset"]
    assert isinstance(reset, list) and reset[0] == 1 and reset[1] > 4


def test_the_limit_itself_cannot_be_switched_off_without_the_key(cli_vault: Cli) -> None:
    cli_vault.ok("settings", "set", "failed-unlock-limit", "5")
    body = _body(cli_vault.root)
    body["unlock_guard"] = {"limit": 0, "seen": 0}
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    prefix = struct.pack(">8sHI", vh.MAGIC, vh.HEADER_VERSION, len(raw)) + raw
    (cli_vault.root / "vault.header").write_bytes(prefix + hashlib.sha256(prefix).digest())
    r = cli_vault("list", "cases")
    assert r.code == 1 and "tampered" in r.err


def test_bad_setting_values_are_usage_errors(cli_vault: Cli) -> None:
    assert cli_vault("settings", "set", "failed-unlock-limit", "7").code == 2
    assert cli_vault("settings", "set", "failed-unlock-limit", "off").code == 0
    assert cli_vault.ok("settings", "show") == "failed-unlock-limit off"
