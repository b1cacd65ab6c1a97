"""Kill -9 in the middle of writes: the vault must open, pass `check`, and hold no temp files."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crypto.secret import SecretStr
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, PROJECT, NewVault

_WRITER = r"""
import io, os, sys
from pathlib import Path
from crypto.secret import SecretStr
from evidence_app import db
from evidence_app.vault import Vault
v = Vault.open(Path(sys.argv[1]), SecretStr(sys.argv[2]))
case = v.add_case("crash case")
person = v.add_person("crash person")
print("ready", flush=True)
i = 0
while True:
    i += 1
    v.add_testimony(case.id, person.id, f"testimony {i} " + "x" * 2000)
    blob = v.blobs.put(io.BytesIO(os.urandom(256 * 1024)))
    with db.transaction(v.conn):
        v.conn.execute("INSERT INTO blobs(id, identity, sha256, size, created) VALUES (?, ?, ?, ?, 'now')",
                       (blob.id, blob.identity.secret.reveal(), blob.sha256, blob.size))
    if i % 5 == 0:
        v.change_passphrase(SecretStr(sys.argv[2]))
"""


def _kill_once(root: Path, rng: random.Random) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(root), PASSPHRASE],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "ready", child.stderr.read() if child.stderr else ""
    time.sleep(rng.uniform(0.0, 0.4))
    child.send_signal(signal.SIGKILL)
    child.wait()
    with Vault.open(root, SecretStr(PASSPHRASE)) as v:
        report = v.check()
        assert report.ok, report.problems
    leftovers = [p for p in root.rglob(".tmp-*")]
    assert leftovers == []


def _run(new_vault: NewVault, rounds: int) -> None:
    new_vault.vault.close()
    rng = random.Random(20261123)
    for _ in range(rounds):
        _kill_once(new_vault.root, rng)


def test_kill_during_writes(new_vault: NewVault) -> None:
    _run(new_vault, rounds=8)


@pytest.mark.slow
def test_kill_during_writes_many_times(new_vault: NewVault) -> None:
    _run(new_vault, rounds=100)
