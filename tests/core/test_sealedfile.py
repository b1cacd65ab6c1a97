"""The nameless sealed file the export's spool and the recordings' scratch files are made of
(evidence_app/sealedfile.py): owner-only and nameless, only sealed bytes on disk, the key never
shown, and a chunk changed, moved, bound to something else or cut short refused in one line."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import pytest

from evidence_app.errors import EvidenceError
from evidence_app.sealedfile import OVERHEAD, SealedFile

PLAIN = b"Testimony of a witness, name withheld. " * 100


def _sealed(folder: Path) -> SealedFile:
    return SealedFile(folder, b"test label", "the test storage", advice="; try again")


def test_owner_only_nameless_and_only_sealed_bytes_on_disk(tmp_path: Path) -> None:
    with _sealed(tmp_path) as sealed:
        sealed.seal_at(0, PLAIN, 0)
        fd = sealed.fileno()
        assert stat.S_IMODE(os.fstat(fd).st_mode) == 0o600
        assert os.listdir(tmp_path) == []  # no name while it is open
        on_disk = os.pread(fd, os.fstat(fd).st_size, 0)
        assert len(on_disk) == len(PLAIN) + OVERHEAD
        assert b"Testimony" not in on_disk and b"withheld" not in on_disk
        assert sealed.open_at(0, len(PLAIN), 0) == PLAIN
    assert os.listdir(tmp_path) == []


def test_the_key_never_prints_or_pickles_and_is_wiped_on_close(tmp_path: Path) -> None:
    sealed = _sealed(tmp_path)
    key = sealed._key
    raw = bytes(key.reveal())
    assert "hidden" in repr(key) and "hidden" in f"{key}" and "the test storage" in repr(sealed)
    for shown in (repr(sealed), str(sealed), repr(vars(sealed)), repr(key), str(key), f"{key}"):
        assert raw.hex() not in shown and repr(raw)[2:-1] not in shown
    with pytest.raises(TypeError):
        pickle.dumps(key)
    sealed.close()
    assert len(key) == 0


@pytest.mark.parametrize("attack", ["flip", "other-binding", "moved", "cut"])
def test_a_changed_moved_rebound_or_short_chunk_is_one_line_error(tmp_path: Path, attack: str) -> None:
    with _sealed(tmp_path) as sealed:
        sealed.seal_at(0, PLAIN, 0)
        slot = len(PLAIN) + OVERHEAD
        sealed.seal_at(slot, PLAIN, slot)
        fd = sealed.fileno()
        offset, bound = slot, slot
        if attack == "flip":
            os.pwrite(fd, bytes([os.pread(fd, 1, slot + 50)[0] ^ 1]), slot + 50)
        elif attack == "other-binding":
            bound = slot + 1
        elif attack == "moved":
            os.pwrite(fd, os.pread(fd, slot, 0), slot)  # the first chunk copied over the second
        else:
            os.ftruncate(fd, slot + slot // 2)
        with pytest.raises(EvidenceError) as err:
            sealed.open_at(offset, len(PLAIN), bound)
        message = str(err.value)
        assert "\n" not in message and message.startswith("the test storage ") and message.endswith("; try again")
        assert ("cut short" if attack == "cut" else "changed on disk") in message


def test_closed_storage_refuses_both_ways(tmp_path: Path) -> None:
    sealed = _sealed(tmp_path)
    sealed.seal_at(0, b"x", 0)
    sealed.close()
    sealed.close()  # twice is harmless
    with pytest.raises(EvidenceError, match="already closed"):
        sealed.seal_at(0, b"x", 0)
    with pytest.raises(EvidenceError, match="already closed"):
        sealed.open_at(0, 1, 0)


def test_a_missing_folder_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(EvidenceError, match="could not be made in the vault's folder"):
        _sealed(tmp_path / "gone")
