"""A hostile header (in the vault or inside a backup) is refused quickly and with bounded memory.

The attack that stalled the machine before: one extra passphrase slot at the old caps (4 GiB,
64 iterations) cost 15 s and 4.2 GB before the refusal, and 200 slots cost one Argon2id run each.
Each case runs the real ``evidence-app`` in a child process and measures that child alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from crypto import header as vh
from crypto import kdf
from tests.conftest import PASSPHRASE, PROJECT, Cli

# Python, the app's imports and SQLCipher: well under this; one 4 GiB derivation: far over.
MAX_RSS_KIB = 400 * 1024
MAX_SECONDS = 10.0  # a shared, loaded machine; the refusal itself takes milliseconds


def _forge(data: bytes, edit: Callable[[dict[str, Any]], None]) -> bytes:
    """Edit the header body and recompute its plain checksum, as an attacker would."""
    body = json.loads(data[14:-32])
    edit(body)
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    prefix = struct.pack(">8sHI", vh.MAGIC, vh.HEADER_VERSION, len(raw)) + raw
    return prefix + hashlib.sha256(prefix).digest()


def _slot(number: int, memory_kib: int, iterations: int) -> dict[str, Any]:
    params = kdf.Argon2Params(memory_kib, iterations, 4, os.urandom(16))
    return {
        "slot": number,
        "kind": "passphrase",
        "kdf": params.to_json(),
        "nonce": os.urandom(12).hex(),
        "wrapped_key": os.urandom(48).hex(),
    }


def _extra_slot_at_old_caps(body: dict[str, Any]) -> None:
    body["slots"].insert(0, _slot(0, 4 * 1024 * 1024, 64))


def _two_extra_slots_at_the_new_caps(body: dict[str, Any]) -> None:
    body["slots"][:0] = [_slot(n, kdf.MAX_MEMORY_KIB, kdf.MAX_ITERATIONS) for n in (3, 4)]


def _two_hundred_slots(body: dict[str, Any]) -> None:
    body["slots"][:0] = [_slot(n, 64 * 1024, 1) for n in range(5, 201)]  # 200 in all (a header has 4)


ATTACKS = {
    "extra-slot-4GiB-64it": (_extra_slot_at_old_caps, "Argon2id"),
    "two-slots-at-caps": (_two_extra_slots_at_the_new_caps, "more work than this app ever chooses"),
    "200-slots": (_two_hundred_slots, "200 key slots"),
}


def _run_measured(*argv: str, env: dict[str, str]) -> tuple[int, str, float, int]:
    """Run the real app; return exit code, stderr, wall seconds and that child's peak RSS (KiB)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    full_env.update(env)
    start = time.monotonic()
    # The app runs as the grandchild of a small trampoline: Linux keeps the high-water mark of the
    # memory a process had before exec, and a child forked straight from this (large) pytest
    # process would report pytest's own peak instead of the app's.
    proc = subprocess.Popen(
        [sys.executable, "-c", _TRAMPOLINE, "-m", "evidence_app.cli", *argv],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=full_env,
        cwd=PROJECT,
    )
    assert proc.stderr is not None and proc.stdout is not None
    err = proc.stderr.read().decode()
    out = proc.stdout.read().decode()
    proc.wait()
    rss = int(out.strip().splitlines()[-1])
    return proc.returncode, err, time.monotonic() - start, rss


# Forks and execs the app, waits for it, prints its own peak RSS (KiB) as the last stdout line and
# exits with its exit code.
_TRAMPOLINE = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, *sys.argv[1:]])
_, status, usage = os.wait4(pid, 0)
sys.stdout.flush()
print(usage.ru_maxrss, flush=True)
sys.exit(os.waitstatus_to_exitcode(status))
"""


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_hostile_vault_header_is_refused_quickly(cli_vault: Cli, attack: str) -> None:
    edit, message = ATTACKS[attack]
    header = cli_vault.root / "vault.header"
    header.write_bytes(_forge(header.read_bytes(), edit))
    before = {p: p.read_bytes() for p in cli_vault.root.rglob("*") if p.is_file()}
    for argv in (("list", "cases"), ("check",)):
        code, err, seconds, rss = _run_measured(
            *argv, env={"EVIDENCE_VAULT": str(cli_vault.root), "EVIDENCE_PASSPHRASE": PASSPHRASE}
        )
        assert code == 1 and len(err.strip().splitlines()) == 1, err
        assert message in err and "Traceback" not in err
        assert seconds < MAX_SECONDS and rss < MAX_RSS_KIB, (seconds, rss)
    assert {p: p.read_bytes() for p in cli_vault.root.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_hostile_header_inside_a_backup_is_refused_quickly(cli_vault: Cli, tmp_path: Path, attack: str) -> None:
    edit, message = ATTACKS[attack]
    backup = tmp_path / "b.evb"
    cli_vault.ok("backup", "--out", str(backup))
    data = backup.read_bytes()
    (n,) = struct.unpack_from(">I", data, 10)
    forged = _forge(data[14 : 14 + n], edit)
    hostile = tmp_path / "hostile.evb"
    hostile.write_bytes(data[:10] + struct.pack(">I", len(forged)) + forged + data[14 + n :])
    for argv in (
        ("check", "--backup", str(hostile)),
        ("restore", "--from", str(hostile), "--vault", str(tmp_path / "r")),
    ):
        code, err, seconds, rss = _run_measured(*argv, env={"EVIDENCE_PASSPHRASE": PASSPHRASE})
        assert code == 1 and len(err.strip().splitlines()) == 1, err
        assert message in err and "Traceback" not in err
        assert seconds < MAX_SECONDS and rss < MAX_RSS_KIB, (seconds, rss)
    assert not (tmp_path / "r").exists()


def test_the_creating_tool_stays_inside_the_caps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Calibration on the fastest machine still writes parameters the reader accepts."""
    monkeypatch.setattr(kdf, "_floor", kdf._REAL_FLOOR)
    monkeypatch.setattr(kdf, "derive", lambda p, params: None)
    ticks = iter([0.0, 0.001] * kdf.CALIBRATION_TRIALS)  # one pass in 1 ms: calibration wants 750 iterations
    params = kdf.new_params(clock=lambda: next(ticks))
    kdf.Argon2Params.from_json(params.to_json())  # raises if out of bounds
    assert params.iterations == kdf.MAX_ITERATIONS and params.memory_kib == kdf.DEFAULT_MEMORY_KIB
