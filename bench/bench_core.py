"""Benchmarks of the vault core (issue: vault core). Prints JSON; bench/run renders docs/BENCHMARKS.md.

Figures: unlock time with the KDF parameters tuned on this machine; blob import/export MB/s
against `cp` of the same bytes; peak RSS of a process importing a 2 GB file; search latency
(median, p90) over N testimonies of ~2 KB for a Latin word and a 2-character Chinese name.

Usage: python bench/bench_core.py [--docs 100000] [--big-mb 2048] [--blob-mb 256] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from evidence_app.records.cases import add_case
from evidence_app.records.lookup import search as search_records
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import WORDS, spread, write_result
from crypto.secret import SecretStr
from evidence_app import db, search
from evidence_app.vault import Vault

PW = SecretStr("benchmark passphrase")


def bench_unlock(tmp: Path) -> dict[str, object]:
    vault, _ = Vault.create(tmp / "unlock", PW)
    vault.close()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        Vault.open(tmp / "unlock", PW).close()
        times.append(time.perf_counter() - start)
    kdf = json.loads((tmp / "unlock" / "vault.header").read_bytes()[14:-32])["slots"][0]["kdf"]
    return {
        "seconds": spread(times, p90=True),
        "kdf": {k: kdf[k] for k in ("alg", "memory_kib", "iterations", "lanes")},
    }


def _write_random(path: Path, mb: int) -> None:
    block = os.urandom(1024 * 1024)
    with open(path, "wb") as fh:
        for i in range(mb):
            fh.write(i.to_bytes(8, "little") + block[8:])


def bench_blobs(tmp: Path, mb: int) -> dict[str, object]:
    src = tmp / "blob-src.bin"
    _write_random(src, mb)
    vault, _ = Vault.create(tmp / "blobs", PW)
    imp, exp, cp = [], [], []
    with vault:
        for _ in range(3):
            start = time.perf_counter()
            with open(src, "rb") as fh:
                blob = vault.blobs.put(fh)
            imp.append(mb / (time.perf_counter() - start))
            out = tmp / "blob-out.bin"
            start = time.perf_counter()
            with open(out, "wb") as fh:
                vault.blobs.read_into(blob.id, blob.identity, fh, blob.sha256)
                fh.flush()
                os.fsync(fh.fileno())
            exp.append(mb / (time.perf_counter() - start))
            out.unlink()
            start = time.perf_counter()
            subprocess.run(["cp", str(src), str(out)], check=True)
            subprocess.run(["sync", str(out)], check=True)
            cp.append(mb / (time.perf_counter() - start))
            out.unlink()
    src.unlink()
    return {
        "mb": mb,
        "import_mb_s": spread(imp, p90=True),
        "export_mb_s": spread(exp, p90=True),
        "cp_mb_s": spread(cp, p90=True),
        "import_vs_cp": statistics.median(imp) / statistics.median(cp),
        "export_vs_cp": statistics.median(exp) / statistics.median(cp),
    }


_RSS_CHILD = r"""
import sys
from pathlib import Path
from bench.common import PeakSampler, status_kib
from crypto.secret import SecretStr
from evidence_app.vault import Vault

# Argon2id's 256 MiB during unlock would dominate ru_maxrss, so sample the resident size while
# the import runs instead.
with Vault.open(Path(sys.argv[1]), SecretStr(sys.argv[2])) as v:
    before = status_kib()
    with PeakSampler(interval=0.02) as sampled, open(sys.argv[3], "rb") as fh:
        v.blobs.put(fh)
print(before, sampled.peak)
"""


def bench_big_import_rss(tmp: Path, mb: int) -> dict[str, object]:
    src = tmp / "big.bin"
    _write_random(src, mb)
    vault, _ = Vault.create(tmp / "big", PW)
    vault.close()
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _RSS_CHILD, str(tmp / "big"), PW.reveal(), str(src)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    elapsed = time.perf_counter() - start
    before, peak = (int(x) for x in out.stdout.split())
    src.unlink()
    return {
        "mb": mb,
        "peak_rss_during_import_mib": peak / 1024,
        "rss_before_import_mib": before / 1024,
        "growth_mib": (peak - before) / 1024,
        "seconds": elapsed,
    }


NAMES = ["王明", "李华", "张伟", "刘洋", "陈静", "杨勇", "赵磊", "黄敏"]


def bench_search(tmp: Path, docs: int) -> dict[str, object]:
    rng = random.Random(7)
    vault, _ = Vault.create(tmp / "search", PW)
    with vault:
        case = add_case(vault, "Benchmark case")
        person = add_person(vault, "Benchmark person")
        start = time.perf_counter()
        batch = 2000
        for first in range(0, docs, batch):
            with db.transaction(vault.conn):
                for i in range(first, min(docs, first + batch)):
                    words = [rng.choice(WORDS) for _ in range(330)]
                    if i % 50 == 0:
                        words.insert(rng.randrange(len(words)), rng.choice(NAMES))
                    if i % 97 == 0:
                        words.insert(rng.randrange(len(words)), "sihanoukville")
                    add_testimony(vault, case.id, person.id, " ".join(words))
        build = time.perf_counter() - start
        results: dict[str, object] = {
            "docs": docs,
            "build_seconds": build,
            "db_mib": (tmp / "search" / "vault.db").stat().st_size / 2**20,
        }
        for label, query in (("latin_word", "sihanoukville"), ("chinese_2char_name", "王明")):
            times, match_times = [], []
            hits = matches = 0
            expression = search.build_query(query)
            for _ in range(30):
                s = time.perf_counter()
                hits = len(search_records(vault, query, limit=50))
                times.append((time.perf_counter() - s) * 1000)
                s = time.perf_counter()
                matches = len(
                    vault.conn.execute(
                        "SELECT rowid FROM search_fts WHERE search_fts MATCH ?", (expression,)
                    ).fetchall()
                )
                match_times.append((time.perf_counter() - s) * 1000)
            results[label] = {
                "query": query,
                "hits_returned": hits,
                "ms": spread(times, p90=True),
                "all_matches": matches,
                "match_only_ms": spread(match_times, p90=True),
            }
    return results


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--big-mb", type=int, default=2048)
    ap.add_argument("--blob-mb", type=int, default=256)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--only", choices=["unlock", "blobs", "big_import", "search"], action="append")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="evbench-", dir=os.environ.get("BENCH_TMP")))
    try:
        runs: dict[str, Callable[[], dict[str, object]]] = {
            "unlock": lambda: bench_unlock(tmp),
            "blobs": lambda: bench_blobs(tmp, args.blob_mb),
            "big_import": lambda: bench_big_import_rss(tmp, args.big_mb),
            "search": lambda: bench_search(tmp, args.docs),
        }
        result = {name: run() for name, run in runs.items() if not args.only or name in args.only}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_result(result, args.out, ascii_only=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
