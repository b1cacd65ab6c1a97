"""Disk full and write errors: a write path that fails after N bytes. Clear error, nothing lost,
no half-written file, no temporary file left behind."""

from __future__ import annotations

import errno
import io
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from crypto.secret import SecretStr
from evidence_app import fsutil
from evidence_app.backup import write_backup
from evidence_app.records.cases import add_case, list_cases
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, Cli, NewVault, all_files


class FailingFile:
    """A file object that accepts ``budget`` bytes and then fails like a full disk."""

    def __init__(self, inner: BinaryIO, budget: int) -> None:
        self._inner = inner
        self._budget = budget

    def write(self, data: bytes) -> int:
        if len(data) > self._budget:
            self._inner.write(data[: self._budget])
            self._budget = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self._budget -= len(data)
        return self._inner.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@pytest.fixture
def disk_fills_after(monkeypatch: pytest.MonkeyPatch) -> Any:
    def arm(budget: int) -> None:
        real = fsutil._open_private_new

        def failing(path: Path) -> Any:
            return FailingFile(real(path), budget)

        monkeypatch.setattr(fsutil, "_open_private_new", failing)

    return arm


def _temps(root: Path) -> list[Path]:
    return [p for p in root.rglob(".tmp-*")]


@pytest.mark.parametrize("budget", [0, 100, 70_000])
def test_blob_write_failure_leaves_nothing(new_vault: NewVault, disk_fills_after: Any, budget: int) -> None:
    v = new_vault.vault
    before = v.blobs.all_ids()
    disk_fills_after(budget)
    with pytest.raises(OSError, match="No space"):
        v.blobs.put(io.BytesIO(b"x" * 200_000))
    assert v.blobs.all_ids() == before
    assert _temps(new_vault.root) == []


def test_backup_write_failure_leaves_no_partial_file(
    new_vault: NewVault, disk_fills_after: Any, tmp_path: Path
) -> None:
    add_case(new_vault.vault, "Kept")
    out = tmp_path / "b.evb"
    disk_fills_after(5000)
    with pytest.raises(OSError):
        write_backup(new_vault.vault, out)
    assert not out.exists() and _temps(tmp_path) == []
    assert [c.title for c in list_cases(new_vault.vault)] == ["Kept"]


def test_passphrase_change_failure_keeps_the_old_passphrase(new_vault: NewVault, disk_fills_after: Any) -> None:
    v = new_vault.vault
    header_before = (new_vault.root / "vault.header").read_bytes()
    disk_fills_after(10)
    with pytest.raises(OSError):
        v.change_passphrase(SecretStr("a new passphrase here"))
    v.close()
    assert (new_vault.root / "vault.header").read_bytes() == header_before
    assert _temps(new_vault.root) == []
    Vault.open(new_vault.root, SecretStr(PASSPHRASE)).close()


def test_cli_reports_disk_full_in_one_line(cli_vault: Cli, disk_fills_after: Any, tmp_path: Path) -> None:
    from PIL import Image

    case = cli_vault.ok("case", "add", "--title", "C")
    photo = tmp_path / "p.png"
    Image.new("RGB", (300, 300), (1, 2, 3)).save(photo)
    before = {p: d for p, d in all_files(cli_vault.root).items() if p.name != "vault.db"}
    disk_fills_after(50)
    r = cli_vault("media", "import", "--case", case, str(photo))
    assert r.code == 1
    assert "No space left on device" in r.err and "Traceback" not in r.err
    assert len(r.err.strip().splitlines()) == 1
    after = {p: d for p, d in all_files(cli_vault.root).items() if p.name != "vault.db"}
    assert set(after) == set(before)


def test_a_killed_export_leaves_no_partial_file(new_vault: NewVault, tmp_path: Path, passphrase: SecretStr) -> None:
    """A process killed mid-write cannot clean up; the vault recorded the temporary name first,
    so the next unlock removes the partial file from the researcher's folder."""
    import signal
    import subprocess
    import sys

    from tests.conftest import PROJECT

    out = tmp_path / "outbox" / "bundle.zip"
    out.parent.mkdir()
    new_vault.vault.close()
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from crypto.secret import SecretStr;"
            "from evidence_app.vault import Vault;"
            "v = Vault.open(Path(sys.argv[1]), SecretStr(sys.argv[2]));"
            "w = v.output_writer(Path(sys.argv[3])); fh = w.__enter__(); fh.write(b'PK partial'); fh.flush();"
            "print('writing', flush=True); time.sleep(60)",
            str(new_vault.root),
            PASSPHRASE,
            str(out),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=PROJECT,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "writing"
        partial = list(out.parent.iterdir())
        assert len(partial) == 1 and partial[0].name.startswith(".tmp-")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    with Vault.open(new_vault.root, passphrase) as again:
        assert list(out.parent.iterdir()) == []
        assert again.get_meta("pending_outputs") is None
