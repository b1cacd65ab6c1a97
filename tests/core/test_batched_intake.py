"""Photos imported in batches (#18): each file's blobs are written, a batch's files fsynced together
and its rows committed in one transaction; the results, the order, the custody log and what the
blob files hold are what a file-by-file import gives. The kill -9 half is in test_crash.py."""

from __future__ import annotations

import hashlib
import subprocess
import threading
from pathlib import Path
from typing import Any, cast

import pytest
from PIL import Image

from crypto import age
from evidence_app import media_service as ms
from evidence_app.custody import Action
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault


def photos(folder: Path, count: int) -> list[Path]:
    """Distinct small JPEGs (each its own SHA-256, so a mix-up of blobs between items shows)."""
    paths = []
    for i in range(count):
        path = folder / f"IMG_{i:03d}.jpg"
        Image.new("RGB", (96, 64), (i * 9 % 256, 255 - i * 5 % 256, 40)).save(path, "JPEG", quality=85)
        paths.append(path)
    return paths


def commits_during(vault: Vault) -> list[str]:
    """Every statement the vault's connection runs from now on (sqlite's own trace callback)."""
    seen: list[str] = []
    cast(Any, vault.conn).set_trace_callback(seen.append)  # not in db.Connection: tests only
    return seen


def test_a_batched_import_keeps_order_errors_and_contents(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "Batches")
    paths = photos(tmp_path, ms.BATCH_ITEMS + 5)
    bad = tmp_path / "garbled.jpg"
    bad.write_bytes(b"\x00\x01not a photo\x9a" * 10)
    paths.insert(7, bad)
    paths.append(bad)
    reported: list[tuple[int, int, Path]] = []
    results = ms.import_files(vault, case.id, paths, progress=lambda d, t, p: reported.append((d, t, p)))

    assert [r.source for r in results] == paths
    assert reported == [(i + 1, len(paths), p) for i, p in enumerate(paths)]
    for result in results:
        if result.source == bad:
            assert result.item is None and result.error is not None and "not recognised" in result.error
            continue
        assert result.error is None and result.item is not None
        assert result.item.original_name == result.source.name
        assert ms.read_original(vault, result.item) == result.source.read_bytes()
        assert result.item.original_sha256 == hashlib.sha256(result.source.read_bytes()).hexdigest()
        assert ms.read_working(vault, result.item)[:2] == b"\xff\xd8"
    imported = [r.item.id for r in results if r.item is not None]
    assert [i.id for i in ms.list_media(vault, case.id)] == imported
    logged = [e.object_id for e in vault.custody_entries() if e.action == Action.IMPORT.value]
    assert logged[-len(imported) :] == imported
    assert list(tmp_path.rglob(".tmp-*")) == [] and list(vault.root.rglob(".tmp-*")) == []
    report = vault.check()
    assert report.ok, report.problems


def test_a_batch_commits_once_after_its_files_are_durable(vault: Vault, tmp_path: Path) -> None:
    """Two batches: the ids of each reserved in one commit, its rows in one more; between the two,
    every blob file of the batch has been fsynced (the recipient's own tool decrypts each)."""
    case = add_case(vault, "Commits")
    paths = photos(tmp_path, 2 * ms.BATCH_ITEMS)
    statements = commits_during(vault)
    results = ms.import_files(vault, case.id, paths)
    cast(Any, vault.conn).set_trace_callback(None)
    assert all(r.error is None for r in results)
    commits = [s for s in statements if s.strip().upper() == "COMMIT"]
    # Per batch: one commit of the reserved ids (40 at a time, so 2 blobs x 20 photos), one of the
    # rows; nothing per photo.
    assert len(commits) == 4, len(commits)
    last = results[-1].item
    assert last is not None
    keys = ms.blob_keys(vault, last.id)
    for key in keys:
        identity_file = tmp_path / "id.txt"
        identity_file.write_text(key.identity.reveal() + "\n")
        plain = subprocess.run(
            ["age", "-d", "-i", str(identity_file), str(key.path)], capture_output=True, check=True
        ).stdout
        assert hashlib.sha256(plain).hexdigest() == key.sha256
        assert key.path.stat().st_mode & 0o777 == 0o600


def test_cancel_between_batches_keeps_the_stored_batch_whole(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "Cancel")
    paths = photos(tmp_path, 2 * ms.BATCH_ITEMS + 3)
    cancel = threading.Event()

    def progress(done: int, total: int, path: Path) -> None:
        if done == ms.BATCH_ITEMS:
            cancel.set()

    results = ms.import_files(vault, case.id, paths, progress=progress, cancel=cancel)
    assert [r.source for r in results] == paths[: ms.BATCH_ITEMS]
    assert len(ms.list_media(vault, case.id)) == ms.BATCH_ITEMS
    assert list(vault.root.rglob(".tmp-*")) == []
    known = {r[0] for r in vault.conn.execute("SELECT id FROM blobs")}
    assert vault.blobs.all_ids() <= known  # no blob file of a photo whose rows were not committed
    report = vault.check()
    assert report.ok, report.problems


@pytest.mark.parametrize("size", [0, 1, 65535, 65536, 65537, 3 * 65536 + 17])
def test_encrypt_bytes_is_what_age_decrypts(tmp_path: Path, size: int) -> None:
    identity = age.Identity.generate()
    data = bytes(range(256)) * (size // 256) + bytes(size % 256)
    sealed = age.encrypt_bytes(data, [identity.recipient])
    (tmp_path / "blob.age").write_bytes(sealed)
    (tmp_path / "id.txt").write_text(identity.secret.reveal() + "\n")
    plain = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "id.txt"), str(tmp_path / "blob.age")], capture_output=True, check=True
    ).stdout
    assert plain == data


def test_encrypt_bytes_needs_a_recipient() -> None:
    with pytest.raises(ValueError, match="at least one recipient"):
        age.encrypt_bytes(b"x", [])
