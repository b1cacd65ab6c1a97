"""A recording's zip entry is decrypted from its blob piece by piece, never held whole (#18).

Measured with tracemalloc (every bytes object is a Python allocation) around the writing of a
prepared bundle that carries a 48 MiB WAV, to an age-encrypted bundle (the zip is made in a
thread and piped into age) and to a plain zip: before, the entry's bytes were decrypted whole
(and the zip window held them once more). The bundle is read back: the entry is the working copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import struct
import subprocess
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from crypto import age
from evidence_app import media_service as ms
from evidence_app.export import writer
from evidence_app.export.collect import ExportOptions
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault

MIB = 1024 * 1024
AUDIO = 48 * MIB


def _wav(path: Path) -> None:
    fmt = struct.pack("<HHIIHH", 1, 2, 48_000, 192_000, 4, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", AUDIO)
    with open(path, "wb") as fh:
        fh.write(b"RIFF" + struct.pack("<I", len(body) + AUDIO) + body)
        block = os.urandom(4 * MIB)
        for _ in range(AUDIO // len(block)):
            fh.write(block)


@pytest.mark.parametrize("encrypted", [False, True], ids=["zip", "age"])
def test_a_recordings_zip_entry_streams_from_its_blob(vault: Vault, tmp_path: Path, encrypted: bool) -> None:
    case = add_case(vault, "Interviews", "Recordings.")
    source = tmp_path / "interview.wav"
    _wav(source)
    (result,) = ms.import_files(vault, case.id, [source])
    assert result.item is not None and result.item.working is not None
    identity = age.Identity.generate()
    recipients = [identity.recipient] if encrypted else []
    out = tmp_path / ("bundle.zip.age" if encrypted else "bundle.zip")
    prepared = writer.prepare(vault, case.id, ExportOptions(include_recordings=True), dt.date(2025, 6, 1))
    try:
        tracemalloc.start()
        try:
            writer._write_prepared(vault, case.id, out, prepared, recipients)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    finally:
        prepared.close()
    assert peak < AUDIO // 4, f"{peak / MIB:.0f} MiB while writing a {AUDIO // MIB} MiB recording"
    bundle = out
    if encrypted:
        key = tmp_path / "id.txt"
        key.write_text(identity.secret.reveal() + "\n")
        bundle = tmp_path / "bundle.zip"
        subprocess.run(["age", "-d", "-i", str(key), "-o", str(bundle), str(out)], check=True)
    with zipfile.ZipFile(bundle) as zf:
        (name,) = [n for n in zf.namelist() if "/data/media/" in n and n.endswith(".wav")]
        digest = hashlib.sha256()
        with zf.open(name) as entry:
            while chunk := entry.read(4 * MIB):
                digest.update(chunk)
    assert digest.hexdigest() == result.item.working.sha256
