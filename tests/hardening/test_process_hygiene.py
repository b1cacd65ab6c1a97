"""Process hygiene: no core dumps, owner-only files, no secret in any message or log."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from tests.conftest import PASSPHRASE, PROJECT, Cli


def test_core_dumps_are_disabled_and_umask_is_private() -> None:
    code = (
        "import os, resource; from evidence_app import hygiene; hygiene.harden_process();"
        "print(resource.getrlimit(resource.RLIMIT_CORE)); print(oct(os.umask(0)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, check=True)
    assert out.stdout.split("\n")[:2] == ["(0, 0)", "0o77"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux-only")
def test_the_process_is_not_dumpable_on_linux() -> None:
    code = (
        "from evidence_app import hygiene; hygiene.harden_process();"
        "import ctypes; print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))"  # PR_GET_DUMPABLE
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT, check=True)
    assert out.stdout.strip() == "0"


def test_no_secret_in_messages_or_logs(cli_vault: Cli, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret_pw = "ZQXsecretPASSPHRASE-42"
    results = [
        cli_vault("list", "cases", env={"EVIDENCE_PASSPHRASE": secret_pw}),
        cli_vault("passphrase", "change", "--new-passphrase-file", "-", stdin="short\n"),
        cli_vault("check", "--backup", "/nonexistent", env={"EVIDENCE_PASSPHRASE": secret_pw}),
    ]
    assert [r.code for r in results] == [1, 1, 1]
    text = "\n".join(r.out + r.err for r in results) + caplog.text
    for secret in (secret_pw, PASSPHRASE, "short"):
        assert secret not in text.replace("shortened", "")


def test_secrets_in_exceptions_do_not_reach_the_user(cli_vault: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """An unexpected internal error prints its type only, never its message (which could carry
    record content), unless EVIDENCE_DEBUG is set by a developer."""
    from evidence_app.cli import lists_cmd

    def explode(*args: object, **kwargs: object) -> None:
        raise ValueError("ZQXrecordCONTENT leaked into an exception")

    monkeypatch.setattr(lists_cmd, "list_cases", explode)
    r = cli_vault("list", "cases")
    assert r.code == 1 and "internal error (ValueError)" in r.err and "ZQX" not in r.err


def test_sqlcipher_wipes_the_memory_it_frees_once_a_vault_is_open(cli_vault: Cli) -> None:
    # A fresh process: the setting is process-wide, so an earlier test must not have set it.
    code = (
        "import sys, sqlcipher3; from pathlib import Path; from crypto.secret import SecretStr;"
        "from evidence_app.vault import Vault;"
        "c = sqlcipher3.connect(':memory:'); print(c.execute('PRAGMA cipher_memory_security').fetchone()[0]);"
        "v = Vault.open(Path(sys.argv[1]), SecretStr(sys.argv[2]));"
        "print(v.conn.execute('PRAGMA cipher_memory_security').fetchone()[0]);"
        "print(c.execute('PRAGMA cipher_memory_security').fetchone()[0]); v.close()"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(cli_vault.root), PASSPHRASE],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    # Off by default in SQLCipher; on after the app opened its vault, for every connection.
    assert out.stdout.split() == ["0", "1", "1"]
    assert out.stderr == ""  # no SQLCipher warning (e.g. a failed mlock) reaches the user
