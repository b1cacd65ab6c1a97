"""Peak memory of importing one large recording (intake: parser process, two sealed blobs).

Writes a PCM WAV of ``--mb`` MB (stereo, 48 kHz, 16 bit, with a LIST/INFO chunk the sanitizer
drops; RF64 over 4 GB, as recorders write it), or with ``--format mp3|ogg|m4a`` an MP3 (320 kb/s,
ID3v2 and ID3v1 tags), an Ogg Opus (256 kb/s, comments) or an M4A (AAC 256 kb/s, iTunes tags),
made by ``tests/media/long_recordings.py``, then, in
a fresh process that unlocks the vault, imports it the way the app does
(``media_service.import_files``). The vault process's resident size is sampled from
``/proc/self/status`` while the import runs, and its high-water mark (``VmHWM``: Argon2id's
unlock included) is read at the end; the parser process's (the largest descendant's) resident
size is sampled the same way, next to what a parser process holds after importing a 1 MiB
recording of the same format (its libraries).

Usage: python bench/bench_audio.py [--mb 200] [--format wav|mp3|ogg|m4a] [--out FILE]   (BENCH_TMP: where the files go)
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from bench.common import write_result

PW = "bench audio passphrase, not a secret"
RATE, CHANNELS, BITS = 48_000, 2, 16

_CHILD = r"""
import sys, time
from pathlib import Path
from bench.common import PeakSampler, largest_descendant_kib, status_kib
from crypto.secret import SecretStr
from evidence_app import media_service
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault

with Vault.open(Path(sys.argv[1]), SecretStr(sys.argv[2])) as v:
    case = add_case(v, "bench")
    # the libraries of both processes, on a short recording
    with PeakSampler(largest_descendant_kib) as small:
        (result,) = media_service.import_files(v, case.id, [Path(sys.argv[4])])
    assert result.error is None, result.error
    before = status_kib()
    with PeakSampler(status_kib, largest_descendant_kib) as sampled:
        start = time.perf_counter()
        (result,) = media_service.import_files(v, case.id, [Path(sys.argv[3])])
        seconds = time.perf_counter() - start
    assert result.error is None, result.error
print(before, sampled.peaks[0], small.peak, sampled.peaks[1], seconds, status_kib("VmHWM"))
"""


def write_wav(path: Path, mb: int) -> None:
    frames = mb * 1024 * 1024 // (CHANNELS * BITS // 8)
    data_len = frames * CHANNELS * BITS // 8
    info = b"INFO" + b"IART" + struct.pack("<I", 12) + b"Interviewer\x00"
    fmt = struct.pack("<HHIIHH", 1, CHANNELS, RATE, RATE * CHANNELS * BITS // 8, CHANNELS * BITS // 8, BITS)
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"LIST" + struct.pack("<I", len(info)) + info
    with open(path, "wb") as fh:
        if 4 + len(chunks) + 8 + data_len <= 0xFFFFFFFF:
            fh.write(b"RIFF" + struct.pack("<I", 4 + len(chunks) + 8 + data_len) + b"WAVE" + chunks)
            fh.write(b"data" + struct.pack("<I", data_len))
        else:  # RF64: the sizes in a ds64 chunk (EBU Tech 3306)
            ds64 = struct.pack("<QQQI", 4 + 36 + len(chunks) + 8 + data_len, data_len, frames, 0)
            fh.write(b"RF64" + b"\xff\xff\xff\xff" + b"WAVE" + b"ds64" + struct.pack("<I", len(ds64)) + ds64)
            fh.write(chunks + b"data" + b"\xff\xff\xff\xff")
        block = os.urandom(8 * 1024 * 1024)  # noise (no codec shrinks it); repeated: urandom is slow
        left = data_len
        while left:
            chunk = min(left, len(block))
            fh.write(block[:chunk])
            left -= chunk


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--format", choices=("wav", "mp3", "ogg", "m4a"), default="wav")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    from crypto.secret import SecretStr
    from evidence_app.vault import Vault

    tmp = Path(tempfile.mkdtemp(prefix="evbench-audio-", dir=os.environ.get("BENCH_TMP")))
    try:
        big, small = tmp / f"interview.{args.format}", tmp / f"short.{args.format}"
        if args.format != "wav":
            from tests.media import long_recordings

            writers: dict[str, Callable[[Path, int], int]] = {
                "mp3": long_recordings.write_mp3,
                "ogg": long_recordings.write_ogg,
                "m4a": long_recordings.write_m4a,
            }
            write = writers[args.format]
            write(big, args.mb)
            write(small, 1)
        else:
            write_wav(big, args.mb)
            write_wav(small, 1)
        vault, _ = Vault.create(tmp / "vault", SecretStr(PW), author="Bench")
        vault.close()
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(tmp / "vault"), PW, str(big), str(small)],
            capture_output=True,
            text=True,
            check=False,
            cwd=PROJECT,
        )
        if out.returncode != 0:
            raise SystemExit(f"the import failed: {out.stderr[-3000:]}")
        size_mib = big.stat().st_size / 2**20
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    before, peak, small_child, child, seconds, hwm = out.stdout.split()
    result = {
        "audio_intake": {
            "format": args.format,
            "file_mib": size_mib,
            "seconds": float(seconds),
            "vault_process_before_mib": int(before) / 1024,
            "vault_process_peak_mib": int(peak) / 1024,
            "vault_process_growth_mib": (int(peak) - int(before)) / 1024,
            "vault_growth_vs_file": (int(peak) - int(before)) / 1024 / size_mib,
            "vault_process_high_water_mib": int(hwm) / 1024,
            "parser_peak_small_mib": int(small_child) / 1024,
            "parser_peak_mib": int(child) / 1024,
            "parser_growth_vs_file": (int(child) - int(small_child)) / 1024 / size_mib,
        }
    }
    write_result(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
