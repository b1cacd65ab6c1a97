"""``evidence-app rekey`` and ``evidence-app recovery-key rotate``, through the CLI.

The attack first: a copy of the header taken before a passphrase change keeps opening the vault
with the old passphrase (and the old recovery key). After ``rekey`` the same copy, put back, opens
nothing; the new passphrase and the new recovery key do, and nothing was lost. A re-key killed at
each of its steps (and in the middle of the database's re-encryption) leaves a vault that opens
with the old or the new passphrase, passes ``check`` and still holds every record.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from evidence_app.vaultbase import HEADER_NAME, REKEY_ANCHOR_NAME, REKEY_HEADER_NAME
from tests.conftest import PASSPHRASE, PROJECT, Cli

NEW = "a brand new passphrase for the vault"
NAME = "Wang Ming"


def _secret_file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def _person(cli: Cli) -> str:
    return cli.ok("person", "add", "--name", NAME, "--phone", "+855 12 345 678")


def _as(cli: Cli, passphrase: str, *argv: str) -> tuple[int, str, str]:
    r = cli(*argv, env={"EVIDENCE_PASSPHRASE": passphrase})
    return r.code, r.out, r.err


def test_an_old_header_copy_opens_nothing_after_rekey(cli: Cli, tmp_path: Path) -> None:
    old_recovery = cli.ok("init", "--author", "Tester")
    person = _person(cli)
    old_header = tmp_path / "old.header"
    shutil.copy2(cli.root / HEADER_NAME, old_header)
    old_recovery_file = _secret_file(tmp_path, "old-recovery", old_recovery)

    # The attack on a passphrase change: the old header copy still opens with the old passphrase.
    cli.ok("passphrase", "change", "--new-passphrase-file", _secret_file(tmp_path, "new", NEW))
    changed = (cli.root / HEADER_NAME).read_bytes()
    shutil.copy2(old_header, cli.root / HEADER_NAME)
    assert _as(cli, PASSPHRASE, "person", "show", person)[0] == 0
    (cli.root / HEADER_NAME).write_bytes(changed)

    # rekey (keeping the same passphrase is allowed: the key changes all the same)
    r = cli("rekey", "--new-passphrase-file", _secret_file(tmp_path, "same", NEW), env={"EVIDENCE_PASSPHRASE": NEW})
    assert r.code == 0, r.err
    new_recovery = r.out.strip()
    assert new_recovery and new_recovery != old_recovery and "RECOVERY KEY" in r.err
    assert not (cli.root / REKEY_HEADER_NAME).exists() and not (cli.root / REKEY_ANCHOR_NAME).exists()
    assert not (cli.root / "vault.db-journal").exists()

    code, out, _ = _as(cli, NEW, "person", "show", person)
    assert code == 0 and NAME in out
    assert _as(cli, NEW, "check")[0] == 0
    code, out, _ = _as(cli, NEW, "log")
    assert "\trekey\t" in out
    # The old recovery key no longer opens the vault; the new one does.
    r = cli("list", "persons", "--recovery-key-file", old_recovery_file)
    assert r.code == 1 and r.err.strip() == "evidence-app: wrong recovery key"
    r = cli("list", "persons", "--recovery-key-file", _secret_file(tmp_path, "new-recovery", new_recovery))
    assert r.code == 0 and NAME in r.out

    # The old header put back: neither the old passphrase, nor the same one, nor the old recovery key
    # opens the database. One line, exit 1, nothing changed on disk.
    shutil.copy2(old_header, cli.root / HEADER_NAME)
    before = sorted((p.name, p.read_bytes()) for p in cli.root.iterdir() if p.is_file() and p.name != HEADER_NAME)
    for attempt in (
        cli("list", "persons", env={"EVIDENCE_PASSPHRASE": PASSPHRASE}),
        cli("list", "persons", "--recovery-key-file", old_recovery_file),
    ):
        assert attempt.code == 1
        assert attempt.err.count("\n") == 1 and "cannot be decrypted" in attempt.err, attempt.err
        assert "older copy from before the vault was re-keyed" in attempt.err
        assert NAME not in attempt.out
    after = sorted((p.name, p.read_bytes()) for p in cli.root.iterdir() if p.is_file() and p.name != HEADER_NAME)
    assert [n for n, _ in after] == [n for n, _ in before] and after == before


def test_rekey_refuses_a_short_passphrase_and_changes_nothing(cli_vault: Cli, tmp_path: Path) -> None:
    before = {p.name: p.read_bytes() for p in cli_vault.root.iterdir() if p.is_file() and p.name != "vault.lock"}
    r = cli_vault("rekey", "--new-passphrase-file", _secret_file(tmp_path, "short", "short"))
    assert r.code == 1 and r.err.count("\n") == 1 and "at least" in r.err
    after = {p.name: p.read_bytes() for p in cli_vault.root.iterdir() if p.is_file() and p.name != "vault.lock"}
    assert set(after) == set(before) and after[HEADER_NAME] == before[HEADER_NAME]
    assert cli_vault("list", "persons").code == 0


def test_recovery_key_rotate(cli: Cli, tmp_path: Path) -> None:
    old = cli.ok("init", "--author", "Tester")
    _person(cli)
    old_file = _secret_file(tmp_path, "old", old)
    assert cli("list", "persons", "--recovery-key-file", old_file).code == 0

    r = cli("recovery-key", "rotate")
    assert r.code == 0, r.err
    new = r.out.strip()
    assert new and new != old and "NEW RECOVERY KEY" in r.err

    r = cli("list", "persons", "--recovery-key-file", old_file)
    assert r.code == 1 and r.err.strip() == "evidence-app: wrong recovery key"
    r = cli("list", "persons", "--recovery-key-file", _secret_file(tmp_path, "new", new))
    assert r.code == 0 and NAME in r.out
    assert cli.ok("list", "persons")  # the passphrase is unchanged
    assert "\trecovery-key-rotate\t" in cli.ok("log")
    assert cli("check").code == 0


# --- a re-key interrupted at every step -------------------------------------------------------------

_WORKER = r"""
import os, signal, sys
from pathlib import Path
from crypto.secret import SecretStr
from evidence_app import db, fsutil, rekey
from evidence_app.vault import Vault

root, point, old, new = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

if point == "before-pending-header":
    real_write = fsutil.atomic_write_bytes
    def write(target, data):
        if target.name == rekey.REKEY_HEADER_NAME:
            die()
        real_write(target, data)
    rekey.fsutil.atomic_write_bytes = write
elif point in ("before-database", "after-database"):
    real_rekey = db.rekey
    def rekey_db(*args):
        if point == "before-database":
            die()
        real_rekey(*args)
        die()
    rekey.db.rekey = rekey_db
elif point == "before-header":
    real_replace = os.replace
    def replace(src, dst):
        if Path(dst).name == rekey.HEADER_NAME:
            die()
        real_replace(src, dst)
    rekey.os.replace = replace
elif point == "after-header":
    real_discard = rekey._discard
    def discard(path):
        if path.name == rekey.REKEY_ANCHOR_NAME:
            die()
        real_discard(path)
    rekey._discard = discard

v = Vault.open(root, SecretStr(old))
print("ready", flush=True)
sys.stdin.readline()
v.rekey(SecretStr(new))
print("done", flush=True)
"""


def _interrupted_rekey(root: Path, point: str, kill_mid_database: bool = False) -> str:
    child = subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(root), point, PASSPHRASE, NEW],
        cwd=PROJECT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    assert child.stdout.readline().strip() == "ready", child.stderr.read() if child.stderr else ""
    child.stdin.write("go\n")
    child.stdin.flush()
    if kill_mid_database:
        journal = root / "vault.db-journal"
        deadline = time.monotonic() + 120
        while child.poll() is None and time.monotonic() < deadline:
            # Past the page cache (2000 pages): SQLCipher has begun writing re-encrypted pages into
            # vault.db itself, so only the hot journal can bring the old key's pages back.
            with contextlib.suppress(FileNotFoundError):
                if journal.stat().st_size >= 12 * 1024 * 1024:
                    break
            time.sleep(0.0005)
        child.send_signal(signal.SIGKILL)
    _, err = child.communicate(timeout=180)
    assert child.returncode == -signal.SIGKILL, err
    return err


@pytest.mark.parametrize(
    ("point", "opens_with"),
    [
        ("before-pending-header", PASSPHRASE),
        ("before-database", PASSPHRASE),
        ("after-database", NEW),
        ("before-header", NEW),
        ("after-header", NEW),
    ],
)
def test_a_rekey_killed_at_each_step_leaves_an_openable_vault(
    cli_vault: Cli, tmp_path: Path, point: str, opens_with: str
) -> None:
    person = _person(cli_vault)
    old_header = tmp_path / "old.header"
    shutil.copy2(cli_vault.root / HEADER_NAME, old_header)
    _interrupted_rekey(cli_vault.root, point)

    other = NEW if opens_with == PASSPHRASE else PASSPHRASE
    code, _, err = _as(cli_vault, other, "list", "persons")
    assert code == 1 and err.count("\n") == 1, err
    if point == "before-database":
        assert "interrupted before its database was re-encrypted" in err
    if point == "after-database":
        assert "interrupted after its database was re-encrypted" in err and "new passphrase" in err

    code, out, err = _as(cli_vault, opens_with, "person", "show", person)
    assert code == 0 and NAME in out, err
    if opens_with == NEW and point != "after-header":
        assert "interrupted re-key was completed" in err and "recovery-key rotate" in err
    assert not (cli_vault.root / REKEY_HEADER_NAME).exists()
    assert not (cli_vault.root / REKEY_ANCHOR_NAME).exists()
    code, out, err = _as(cli_vault, opens_with, "check")
    assert code == 0 and out.startswith("OK"), out + err
    log = _as(cli_vault, opens_with, "log")[1]
    assert log.count("\trekey\t") == (1 if opens_with == NEW else 0)

    if opens_with == NEW:  # completed: the old header copy opens nothing
        shutil.copy2(old_header, cli_vault.root / HEADER_NAME)
        code, _, err = _as(cli_vault, PASSPHRASE, "list", "persons")
        assert code == 1 and "cannot be decrypted" in err


def test_a_rekey_killed_while_the_database_is_rewritten(cli_vault: Cli, tmp_path: Path) -> None:
    """SIGKILL once the re-encryption's rollback journal holds half the database: the database is
    rolled back to the old key (or, if the kill came late, is wholly under the new one), never half
    of each."""
    from crypto.secret import SecretStr
    from evidence_app import db
    from evidence_app.vault import Vault

    person = _person(cli_vault)
    with Vault.open(cli_vault.root, SecretStr(PASSPHRASE)) as v, db.transaction(v.conn):
        v.set_meta("test-padding", "x" * (24 * 1024 * 1024))  # ~6000 pages to re-encrypt
    before = (cli_vault.root / "vault.db").read_bytes()
    _interrupted_rekey(cli_vault.root, "mid-database", kill_mid_database=True)
    # Killed mid-transaction: the journal is there, and part of the database was already rewritten.
    assert (cli_vault.root / "vault.db-journal").stat().st_size > 0
    assert (cli_vault.root / "vault.db").read_bytes() != before

    opened = [pw for pw in (PASSPHRASE, NEW) if _as(cli_vault, pw, "person", "show", person)[0] == 0]
    assert len(opened) == 1
    code, out, err = _as(cli_vault, opened[0], "check")
    assert code == 0 and out.startswith("OK"), out + err
    assert not (cli_vault.root / REKEY_HEADER_NAME).exists()


def test_rekey_keeps_the_failed_unlock_limit_and_the_duress_passphrase(cli: Cli, tmp_path: Path) -> None:
    from tests.hardening.test_duress import DURESS, _decoy, _setup

    cli.ok("init", "--author", "Tester")
    _person(cli)
    assert cli("settings", "set", "failed-unlock-limit", "10").code == 0
    _setup(cli, tmp_path, _decoy(cli, tmp_path))
    r = cli("rekey", "--new-passphrase-file", _secret_file(tmp_path, "new", NEW))
    assert r.code == 0, r.err
    assert _as(cli, NEW, "settings", "show")[1].strip() == "failed-unlock-limit 10"
    code, _, err = _as(cli, "not the passphrase at all", "list", "persons")
    assert code == 1 and "failed unlock 1 of 10" in err
    # The duress slot wraps the decoy's own key, so it survives the re-key: the duress passphrase
    # still opens the decoy (and crypto-erases the real vault).
    code, out, err = _as(cli, DURESS, "list", "cases")
    assert code == 0 and "Market prices" in out, err
    assert NAME not in _as(cli, DURESS, "list", "persons")[1]


def test_backups_after_a_rekey_carry_the_new_key_and_older_ones_keep_theirs(cli_vault: Cli, tmp_path: Path) -> None:
    """What the threat model says a re-key cannot revoke: a backup made before it."""
    _person(cli_vault)
    before, after = tmp_path / "before.evb", tmp_path / "after.evb"
    cli_vault.ok("backup", "--out", str(before))
    assert cli_vault("rekey", "--new-passphrase-file", _secret_file(tmp_path, "new", NEW)).code == 0
    r = cli_vault("backup", "--out", str(after), env={"EVIDENCE_PASSPHRASE": NEW})
    assert r.code == 0, r.err
    assert _as(cli_vault, NEW, "check", "--backup", str(after))[0] == 0
    assert _as(cli_vault, PASSPHRASE, "check", "--backup", str(after))[0] == 1
    assert _as(cli_vault, PASSPHRASE, "check", "--backup", str(before))[0] == 0  # not revoked
    restored = tmp_path / "restored"
    r = cli_vault("restore", "--from", str(after), "--vault", str(restored), env={"EVIDENCE_PASSPHRASE": NEW})
    assert r.code == 0, r.err
    assert NAME in _as(cli_vault, NEW, "list", "persons", "--vault", str(restored))[1]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["rekey", "recovery-key rotate"])
def test_a_new_recovery_key_that_cannot_be_printed_says_what_was_done(cli: Cli, tmp_path: Path, command: str) -> None:
    """Standard output full (or a closed pipe): the re-key or rotation is done and the old
    recovery key revoked, so the one-line error says that and what to do. It used to say only
    'No space left on device', as if nothing had changed."""
    old_recovery = cli.ok("init", "--author", "Tester")
    argv = command.split()
    if command == "rekey":
        argv += ["--new-passphrase-file", _secret_file(tmp_path, "new", NEW)]
    env = {"EVIDENCE_VAULT": str(cli.root), "EVIDENCE_PASSPHRASE": PASSPHRASE, "PATH": "/usr/bin:/bin"}
    with open("/dev/full", "w", encoding="utf-8") as full:
        child = subprocess.run(
            [sys.executable, "-m", "ui.launcher", *argv],
            cwd=PROJECT,
            env=env,
            stdout=full,
            capture_output=False,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
            check=False,
        )
    lines = child.stderr.strip().splitlines()
    assert child.returncode == 1 and len(lines) == 1, child.stderr
    assert "could not be written to standard output (No space left on device)" in lines[0]
    assert "old recovery key no longer" in lines[0] and "recovery-key rotate" in lines[0]
    key_file = _secret_file(tmp_path, "old-recovery", old_recovery)
    r = cli("list", "cases", "--recovery-key-file", key_file, env={"EVIDENCE_PASSPHRASE": ""})
    assert r.code == 1  # what the message says: the old recovery key is revoked
