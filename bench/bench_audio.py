"""Peak memory of importing one large WAV recording (intake: read, parser process, two sealed blobs).

Writes a PCM WAV of ``--mb`` MB (stereo, 48 kHz, 16 bit, with a LIST/INFO chunk the sanitizer
drops), then, in a fresh process holding an unlocked vault, imports it the way the app does
(``prepare_import`` through a parser process, then ``store_import``). The vault process's resident
size is sampled from ``/proc/self/status`` while the import runs (ru_maxrss would show Argon2id's
unlock instead); the parser process's (the largest descendant's) resident size is sampled the same
way, next to what the same parser process holds after importing a 1-second WAV (its libraries).

Usage: python bench/bench_audio.py [--mb 200] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

PW = "bench audio passphrase, not a secret"
RATE, CHANNELS, BITS = 48_000, 2, 16

_CHILD = r"""
import os, sys, threading, time
from pathlib import Path
from crypto.secret import SecretStr
from evidence_app import media_service
from evidence_app.media.isolation import ParserPool
from evidence_app.vault import Vault

def rss_kib():
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0

def rss_of(pid):
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

def descendants(pid):
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{p}/task/{tid}/children") as fh:
                    kids = [int(k) for k in fh.read().split()]
            except OSError:
                kids = []
            found += kids
            todo += kids
    return found

child_peak = [0]

def children_kib():
    return max([child_peak[0]] + [rss_of(k) for k in descendants(os.getpid())])

with Vault.open(Path(sys.argv[1]), SecretStr(sys.argv[2])) as v:
    case = v.add_case("bench")
    with ParserPool(1) as pool:  # the parser's libraries alone, on a 1-second recording
        media_service.store_import(v, case.id, media_service.prepare_import(Path(sys.argv[4]), pool))
        small_child = children_kib()
    before = rss_kib()
    peak = [before]
    done = threading.Event()
    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_kib())
            child_peak[0] = children_kib()
            time.sleep(0.005)
    t = threading.Thread(target=sample); t.start()
    start = time.perf_counter()
    with ParserPool(1) as pool:
        prepared = media_service.prepare_import(Path(sys.argv[3]), pool)
        media_service.store_import(v, case.id, prepared)
        del prepared
    seconds = time.perf_counter() - start
    done.set(); t.join()
print(before, peak[0], small_child, child_peak[0], seconds)
"""


def write_wav(path: Path, mb: int) -> None:
    frames = mb * 1024 * 1024 // (CHANNELS * BITS // 8)
    data_len = frames * CHANNELS * BITS // 8
    info = b"INFO" + b"IART" + struct.pack("<I", 12) + b"Interviewer\x00"
    fmt = struct.pack("<HHIIHH", 1, CHANNELS, RATE, RATE * CHANNELS * BITS // 8, CHANNELS * BITS // 8, BITS)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"LIST" + struct.pack("<I", len(info)) + info
    with open(path, "wb") as fh:
        fh.write(b"RIFF" + struct.pack("<I", len(body) + 8 + data_len) + body)
        fh.write(b"data" + struct.pack("<I", data_len))
        left = data_len
        while left:
            chunk = min(left, 8 * 1024 * 1024)
            fh.write(os.urandom(chunk))
            left -= chunk


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=200)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    from crypto.secret import SecretStr
    from evidence_app.vault import Vault

    tmp = Path(tempfile.mkdtemp(prefix="evbench-audio-", dir=os.environ.get("BENCH_TMP")))
    try:
        big, small = tmp / "interview.wav", tmp / "short.wav"
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
    before, peak, small_child, child, seconds = out.stdout.split()
    result = {
        "audio_intake": {
            "file_mib": size_mib,
            "seconds": float(seconds),
            "vault_process_before_mib": int(before) / 1024,
            "vault_process_peak_mib": int(peak) / 1024,
            "vault_process_growth_mib": (int(peak) - int(before)) / 1024,
            "vault_growth_vs_file": (int(peak) - int(before)) / 1024 / size_mib,
            "parser_peak_small_mib": int(small_child) / 1024,
            "parser_peak_mib": int(child) / 1024,
            "parser_growth_vs_file": (int(child) - int(small_child)) / 1024 / size_mib,
        }
    }
    text = json.dumps(result, indent=2)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
