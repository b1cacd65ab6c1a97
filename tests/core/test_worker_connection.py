"""A worker thread's own connection to the open vault (evidence_app/worker_connection.py): it sees
and writes the same database, its writes are whole even when the vault closes during one, and the
vault closes it (connection and key copy) on close and before a re-key."""

from __future__ import annotations

import threading
import time

import pytest

from crypto.secret import SecretStr
from evidence_app import db
from evidence_app.records.cases import add_case, get_case
from evidence_app.vault import Vault
from evidence_app.worker_connection import open_worker
from tests.conftest import NewVault


def test_two_threads_each_on_its_own_connection_read_and_write_the_same_vault(vault: Vault) -> None:
    case = add_case(vault, "Shared")
    failures: list[BaseException] = []

    def work() -> None:
        try:
            with open_worker(vault) as worker:
                for i in range(300):
                    assert get_case(worker, case.id).title == "Shared"
                    with db.transaction(worker.conn):
                        worker.set_meta("worker-counter", str(i))
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    # Meanwhile the vault's own connection reads and writes too (what the window does).
    for i in range(300):
        assert get_case(vault, case.id).title == "Shared"
        with db.transaction(vault.conn):
            vault.set_meta("main-counter", str(i))
    thread.join(60)
    assert not failures, failures
    assert vault.get_meta("worker-counter") == "299" and vault.get_meta("main-counter") == "299"


def test_closing_the_vault_waits_for_the_workers_transaction_and_closes_it(
    new_vault: NewVault, passphrase: SecretStr
) -> None:
    vault, root = new_vault.vault, new_vault.root
    worker = open_worker(vault)
    in_transaction = threading.Event()
    outcome: list[str] = []

    def write_slowly() -> None:
        try:
            with db.transaction(worker.conn):
                worker.set_meta("first-half", "1")
                in_transaction.set()
                time.sleep(0.5)  # the vault is asked to close now
                worker.set_meta("second-half", "1")
            outcome.append("committed")
        except Exception as exc:
            outcome.append(f"failed: {exc}")

    thread = threading.Thread(target=write_slowly)
    thread.start()
    assert in_transaction.wait(10)
    vault.close()  # waits for the transaction in progress on the worker, then closes it
    thread.join(10)
    assert outcome == ["committed"]
    assert worker.closed and bytes(worker._vault_key.reveal()) == bytes(len(worker._vault_key))
    with pytest.raises(Exception, match="closed"):
        worker.conn.execute("SELECT 1")
    with Vault.open(root, passphrase) as again:
        assert again.get_meta("first-half") == again.get_meta("second-half") == "1"
    with pytest.raises(Exception, match="locked"):
        open_worker(vault)


def test_a_rekey_closes_the_workers_first(vault: Vault) -> None:
    worker = open_worker(vault)
    assert worker.get_meta("vault_id") == vault.get_meta("vault_id")
    vault.rekey(SecretStr("a brand new passphrase for this vault"))
    assert worker.closed
    with pytest.raises(Exception, match="closed"):
        worker.conn.execute("SELECT 1")
    # The vault itself goes on under the new key, and a new worker opens with it.
    with open_worker(vault) as fresh:
        assert fresh.get_meta("vault_id") == vault.get_meta("vault_id")
