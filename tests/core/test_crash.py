"""Kill -9 at random moments while importing, exporting and changing the passphrase.

After every kill: the vault opens with the old or the new passphrase (never neither), `check`
passes (header, database and cipher integrity, blob hashes, custody chain), no item is
half-present, no temporary file remains in the vault or the export folder, and every bundle in
the export folder is complete and verifies.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PIL import Image

from crypto.secret import SecretStr
from evidence_app import media_service
from evidence_app.errors import WrongPassphrase
from evidence_app.export import verify_bundle
from evidence_app.model import MediaItem
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, PROJECT, NewVault

OTHER = "the other passphrase, also long"

_WORKER = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from crypto.secret import SecretStr
from evidence_app import media_service
from evidence_app.errors import WrongPassphrase
from evidence_app.export import ExportOptions, export_case
from evidence_app.records.cases import list_cases
from evidence_app.vault import Vault

root, photo, outbox, pw_a, pw_b = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4], sys.argv[5]
try:
    v = Vault.open(root, SecretStr(pw_a)); current, other = pw_a, pw_b
except WrongPassphrase:
    v = Vault.open(root, SecretStr(pw_b)); current, other = pw_b, pw_a
case = list_cases(v)[0].id
print("ready", flush=True)
i = 0
while True:
    i += 1
    if i % 2 == 1:
        v.change_passphrase(SecretStr(other))
        current, other = other, current
    media_service.import_file(v, case, photo)
    if i % 2 == 0:
        export_case(v, case, outbox / f"bundle-{os.getpid()}-{i}.zip", ExportOptions())
"""


def _open_either(root: Path) -> Vault:
    try:
        return Vault.open(root, SecretStr(PASSPHRASE))
    except WrongPassphrase:
        return Vault.open(root, SecretStr(OTHER))


def _kill_worker(code: str, args: list[str], seconds: float) -> None:
    """Start ``code`` in a child from the project root, wait for its "ready", let it work for
    ``seconds``, then kill -9 it."""
    child = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line.strip() == "ready", child.stderr.read() if child.stderr else ""
    time.sleep(seconds)
    child.send_signal(signal.SIGKILL)
    child.wait()


@contextmanager
def _whole_after_kill(root: Path, opened: Vault) -> Iterator[tuple[Vault, list[MediaItem]]]:
    """``opened`` (the vault after a kill) passes its check and holds no half-present item; after
    the block, it is closed and no temporary file is left in the vault's folder."""
    with opened as v:
        report = v.check()
        assert report.ok, report.problems
        items = media_service.list_media(v)
        for item in items:
            assert item.working is not None, f"media {item.id} is half-present (no working copy)"
        yield v, items
    assert [p for p in root.rglob(".tmp-*")] == []


def _kill_once(root: Path, photo: Path, outbox: Path, rng: random.Random) -> None:
    # an iteration (re-key, import, export) takes about 2 s
    _kill_worker(_WORKER, [str(root), str(photo), str(outbox), PASSPHRASE, OTHER], rng.uniform(0.0, 3.0))
    with _whole_after_kill(root, _open_either(root)):
        pass
    assert [p for p in outbox.iterdir() if p.name.startswith(".")] == []
    for bundle in outbox.iterdir():
        verify_bundle(bundle)


def _run(new_vault: NewVault, tmp_path: Path, rounds: int) -> None:
    v = new_vault.vault
    case = add_case(v, "Crash case")
    p = add_person(v, "Crash person")
    add_testimony(v, case.id, p.id, "A testimony that is exported again and again.")
    photo = tmp_path / "photo.jpg"
    Image.new("RGB", (320, 240), (120, 60, 30)).save(photo, "JPEG")
    media_service.import_file(v, case.id, photo)
    v.close()
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    rng = random.Random(20261123)
    for _ in range(rounds):
        _kill_once(new_vault.root, photo, outbox, rng)


def test_kill_during_imports_exports_and_rekeying(new_vault: NewVault, tmp_path: Path) -> None:
    _run(new_vault, tmp_path, rounds=6)


@pytest.mark.slow
def test_kill_during_writes_many_times(new_vault: NewVault, tmp_path: Path) -> None:
    _run(new_vault, tmp_path, rounds=100)


_BATCH_WORKER = r"""
import sys
from pathlib import Path
from crypto.secret import SecretStr
from evidence_app import media_service
from evidence_app.records.cases import list_cases
from evidence_app.vault import Vault

root, folder, passphrase = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
v = Vault.open(root, SecretStr(passphrase))
case = list_cases(v)[0].id
print("ready", flush=True)
while True:
    media_service.import_files(v, case, sorted(folder.iterdir()))
"""


def test_kill_during_batched_imports(new_vault: NewVault, tmp_path: Path) -> None:
    """A batch's rows commit together, after all its files are durable: after a kill at any
    moment, every item is whole, the check passes and the items come in whole batches."""
    v = new_vault.vault
    add_case(v, "Batch crash case")
    v.close()
    folder = tmp_path / "photos"
    folder.mkdir()
    count = media_service.BATCH_ITEMS + media_service.BATCH_ITEMS // 2  # a full batch and a half one
    for i in range(count):
        Image.new("RGB", (320, 240), (i * 7 % 256, 90, 200)).save(folder / f"{i:03d}.jpg", "JPEG")
    rng = random.Random(20261203)
    for _ in range(5):
        # one pass of the folder takes about a second
        _kill_worker(_BATCH_WORKER, [str(new_vault.root), str(folder), PASSPHRASE], rng.uniform(0.2, 2.5))
        reopened = Vault.open(new_vault.root, SecretStr(PASSPHRASE))
        with _whole_after_kill(new_vault.root, reopened) as (opened, items):
            assert len(items) % (media_service.BATCH_ITEMS // 2) == 0, len(items)
            assert opened.blobs.all_ids() <= {r[0] for r in opened.conn.execute("SELECT id FROM blobs")}
