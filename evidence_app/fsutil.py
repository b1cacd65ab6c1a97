"""Durable, private file writes.

Every file the app writes goes through here: written to a temporary name in the destination's
directory, fsynced, renamed over the target with ``os.replace`` and the directory fsynced, so a
crash leaves either the old file or the new one, never half of one. Files are created owner-only
(0600) and directories 0700 from the first byte, not chmod-ed afterwards.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_PREFIX = ".tmp-"


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, DIR_MODE)


def fsync_dir(path: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals renames
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _open_private_new(path: Path) -> BinaryIO:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, FILE_MODE)
    return os.fdopen(fd, "wb")


def open_private_new(path: Path) -> BinaryIO:
    """A new owner-only file (0600 from the first byte), never an existing one or a link."""
    return _open_private_new(path)


def temp_path_for(target: Path) -> Path:
    return target.parent / f"{TEMP_PREFIX}{secrets.token_hex(8)}"


@contextlib.contextmanager
def atomic_writer(target: Path, temp: Path | None = None) -> Iterator[BinaryIO]:
    """Yields a file to write; on normal exit it atomically becomes ``target``. On an exception the
    temporary file is removed and ``target`` is untouched. ``temp`` (from ``temp_path_for``) lets a
    caller record the temporary name first, to clean it up after a kill (Vault.output_writer)."""
    tmp = temp if temp is not None else temp_path_for(target)
    fh = _open_private_new(tmp)
    try:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())
        fh.close()
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        fh.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def atomic_write_bytes(target: Path, data: bytes) -> None:
    with atomic_writer(target) as fh:
        fh.write(data)


def remove_stale_temps(directory: Path) -> int:
    """Remove temporary files left by a process that was killed mid-write. Only our own prefix."""
    removed = 0
    if not directory.is_dir():
        return 0
    for entry in directory.iterdir():
        if entry.name.startswith(TEMP_PREFIX) and entry.is_file():
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
                removed += 1
    return removed


def durable_unlink(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    fsync_dir(path.parent)


def overwrite_in_place(path: Path) -> None:
    """Overwrite a file's bytes with random ones where they lie and fsync (the crypto-erase of a
    vault header: ``wipe`` and the duress passphrase). SSDs and copy-on-write file systems may
    still keep the old blocks; see docs/THREAT_MODEL.md."""
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.write(secrets.token_bytes(size))
        fh.flush()
        os.fsync(fh.fileno())
