"""What parsing in a separate parser process costs per photo (evidence_app/media/isolation.py).

Inspects and sanitizes the same camera-sized JPEGs three ways in one run: in this process on one
thread (how intake worked before isolation), in this process on two threads (the old intake
pipeline's two workers), and through a pool of two parser processes fed by two threads (intake
now). Also the start of one parser process (Python, every format's library, the sandbox).

Usage: python bench/bench_isolation.py [--count 60] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_photos import make_corpus
from bench.common import write_result
from evidence_app.media.base import MediaType
from evidence_app.media.isolation import ParserPool, sanitize_here


def _timed_threads(datas: list[bytes], workers: int, run: object) -> float:
    assert callable(run)
    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        for done in pool.map(run, datas):
            assert done.working is not None
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--width", type=int, default=4032)
    ap.add_argument("--height", type=int, default=3024)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="evbench-isolation-", dir=os.environ.get("BENCH_TMP")))
    try:
        files = make_corpus(tmp, args.count, args.width, args.height)
        datas = [f.read_bytes() for f in files]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sanitize_here(datas[0], MediaType.JPEG)  # every library loaded before timing
    one_thread = _timed_threads(datas, 1, lambda d: sanitize_here(d, MediaType.JPEG))
    two_threads = _timed_threads(datas, 2, lambda d: sanitize_here(d, MediaType.JPEG))
    starts = []
    for _ in range(3):
        start = time.perf_counter()
        with ParserPool(1) as pool:
            sandbox, _ = pool.status()
        starts.append(time.perf_counter() - start)
    with ParserPool(2) as pool:
        pool.run(datas[0], MediaType.JPEG)  # both children started outside the timing
        pool.run(datas[1], MediaType.JPEG)
        isolated = _timed_threads(datas, 2, lambda d: pool.run(d, MediaType.JPEG))
    n = len(datas)
    result = {
        "parser_isolation": {
            "count": n,
            "width": args.width,
            "height": args.height,
            "mb": sum(map(len, datas)) / 2**20,
            "sandbox": sandbox.value,
            "in_process_1_thread_ms": 1000 * one_thread / n,
            "in_process_2_threads_ms": 1000 * two_threads / n,
            "isolated_2_processes_ms": 1000 * isolated / n,
            "isolated_vs_in_process_2_threads": isolated / two_threads,
            "parser_start_ms": 1000 * min(starts),
        }
    }
    write_result(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
