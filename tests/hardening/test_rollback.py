"""Rollback of the database and stray blob files, attacked through the CLI.

The attack: an older ``vault.db`` is put back (a sync conflict, a partial restore). Before the
rollback record, the next unlock deleted the newer media's blob files as orphans and ``check``
said OK. Now the unlock refuses, names what is missing, and leaves every file as it was.
"""

from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path

from PIL import Image

from tests.conftest import Cli


def _jpeg(path: Path, shade: int) -> Path:
    buf = io.BytesIO()
    Image.new("RGB", (32, 32), (shade, 40, 80)).save(buf, "JPEG")
    path.write_bytes(buf.getvalue())
    return path


def _tree(root: Path) -> dict[str, str]:
    """Every file under the vault (but the lock) with its SHA-256."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "vault.lock"
    }


def test_an_older_database_put_back_is_refused_and_nothing_is_touched(cli_vault: Cli, tmp_path: Path) -> None:
    root = cli_vault.root
    case = cli_vault.ok("case", "add", "--title", "Compound K")
    cli_vault.ok("media", "import", "--case", case, str(_jpeg(tmp_path / "first.jpg", 10)))
    old_db = tmp_path / "vault.db.old"
    shutil.copy2(root / "vault.db", old_db)
    newer = cli_vault.ok("media", "import", "--case", case, str(_jpeg(tmp_path / "second.jpg", 200)))
    cli_vault.ok("case", "add", "--title", "Later case")
    blobs_before = sorted(p.name for p in (root / "blobs").rglob("*.age"))
    assert len(blobs_before) == 4  # original + working copy of each photo

    # The attack: the older database goes back over the newer one.
    shutil.copy2(old_db, root / "vault.db")
    before = _tree(root)
    for argv in (("list", "cases"), ("check",), ("list", "media", "--case", case)):
        r = cli_vault(*argv)
        assert r.code == 1, (argv, r.out)
        assert "older than this vault" in r.err and "are missing" in r.err and "nothing was changed" in r.err
        assert "2 blob file(s) on disk belong to no record" in r.err
        assert "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1
    assert _tree(root) == before  # no blob deleted or moved, no log entry, no record rewritten
    assert sorted(p.name for p in (root / "blobs").rglob("*.age")) == blobs_before

    assert newer  # the newer item existed before the rollback


def test_a_missing_rollback_record_is_refused(cli_vault: Cli) -> None:
    cli_vault.ok("case", "add", "--title", "C")
    (cli_vault.root / "vault.anchor").unlink()
    r = cli_vault("list", "cases")
    assert r.code == 1 and "rollback record vault.anchor is missing" in r.err


def test_a_forged_rollback_record_is_refused(cli_vault: Cli) -> None:
    cli_vault.ok("case", "add", "--title", "C")
    path = cli_vault.root / "vault.anchor"
    path.write_text(path.read_text().replace('"seq": ', '"seq": 9'))
    r = cli_vault("list", "cases")
    assert r.code == 1 and "does not verify" in r.err


def test_stray_blob_files_are_quarantined_never_deleted(cli_vault: Cli, tmp_path: Path) -> None:
    root = cli_vault.root
    case = cli_vault.ok("case", "add", "--title", "Compound K")
    item = cli_vault.ok("media", "import", "--case", case, str(_jpeg(tmp_path / "p.jpg", 10)))
    real = sorted((root / "blobs").rglob("*.age"))[0]
    # What a sync tool leaves beside a blob, and a well-formed blob name no row knows.
    conflict = real.with_name(real.name[:-4] + ".sync-conflict-20260101-120000-ABCDEFG.age")
    conflict.write_bytes(real.read_bytes())
    unknown = root / "blobs" / "ab" / ("ab" + "0" * 30 + ".age")
    unknown.parent.mkdir(exist_ok=True)
    unknown.write_bytes(b"age-encryption.org/v1 someone else's")
    listed = cli_vault.ok("list", "media", "--case", case)  # a stray file never stops the vault opening
    assert item in listed
    assert not conflict.exists() and not unknown.exists()
    quarantined = sorted(p.name for p in (root / "quarantine").iterdir())
    assert len(quarantined) == 2 and any("sync-conflict" in n for n in quarantined)
    assert (
        root / "quarantine" / next(n for n in quarantined if "sync-conflict" in n)
    ).read_bytes() == real.read_bytes()
    r = cli_vault("check")
    assert r.code == 0, r.out + r.err
    assert r.out.count("NOTE quarantined file") == 2
    assert real.is_file()  # the real blob stayed


def test_a_blob_whose_write_was_abandoned_is_removed(cli_vault: Cli, tmp_path: Path) -> None:
    """The one case where a stray blob is deleted: its id was recorded as pending before its write
    and no row ever took it (a crash between the file and the commit)."""
    from crypto.secret import SecretStr
    from evidence_app.vault import Vault
    from tests.conftest import PASSPHRASE

    cli_vault.ok("case", "add", "--title", "C")
    vault = Vault.open(cli_vault.root, SecretStr(PASSPHRASE))
    try:
        stored = vault.blobs.put(io.BytesIO(b"bytes of an import that crashed before its row"))
    finally:
        vault.close()
    assert vault.blobs.path_of(stored.id).is_file()
    cli_vault.ok("list", "cases")
    assert not vault.blobs.path_of(stored.id).exists()
    assert not (cli_vault.root / "quarantine").exists()


def test_blob_files_carry_a_fixed_time_not_the_import_time(cli_vault: Cli, tmp_path: Path) -> None:
    from evidence_app.blobstore import FIXED_TIME

    case = cli_vault.ok("case", "add", "--title", "C")
    cli_vault.ok(
        "media", "import", "--case", case, str(_jpeg(tmp_path / "a.jpg", 1)), str(_jpeg(tmp_path / "b.jpg", 2))
    )
    files = list((cli_vault.root / "blobs").rglob("*.age"))
    assert len(files) == 4
    for path in files:
        assert int(path.stat().st_mtime) == FIXED_TIME and int(path.parent.stat().st_mtime) == FIXED_TIME
