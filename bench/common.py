"""What the benchmarks share: resident memory read from ``/proc``, sampled while a step runs, the
spread of repeated timings, the JSON result each script prints and writes for bench/render.py,
and the words synthetic testimonies are made of.

Imported by the scripts (``from bench.common import ...``, the project root on ``sys.path``) and by
the child processes they start with ``python -c`` from the project root (the cwd is on their path).
Linux only where it reads ``/proc``: elsewhere a reading is 0, and the figures say nothing.
"""

from __future__ import annotations

import json
import os
import statistics
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

# The vocabulary of the synthetic testimonies (search, lists): the same words in every benchmark,
# so their texts, drawn with a fixed seed, stay the same from run to run.
WORDS = [
    "the",
    "floor",
    "manager",
    "took",
    "our",
    "passports",
    "and",
    "phones",
    "we",
    "worked",
    "twelve",
    "hours",
    "a",
    "day",
    "scamming",
    "people",
    "online",
    "compound",
    "guards",
    "beat",
    "those",
    "who",
    "failed",
    "quota",
    "transferred",
    "sold",
    "again",
    "border",
    "river",
    "boat",
    "debt",
    "recruiter",
    "promised",
    "job",
    "casino",
    "hotel",
    "office",
    "salary",
    "never",
    "paid",
]


def status_kib(field: str = "VmRSS", pid: int | str = "self") -> int:
    """A ``/proc/<pid>/status`` figure in KiB (``VmRSS``: resident now, ``VmHWM``: its high-water
    mark); 0 if the process is gone or the field is absent."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_kib(pid: int | str = "self") -> int:
    """A process's resident size now, in KiB (0 if it is gone)."""
    return status_kib("VmRSS", pid)


def status_mib(field: str = "VmRSS") -> float:
    """This process's ``status_kib`` in MiB."""
    return status_kib(field) / 1024


def descendants(pid: int) -> list[int]:
    """The process ids below ``pid`` (children of every thread, and theirs)."""
    found: list[int] = []
    todo = [pid]
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


def largest_descendant_kib() -> int:
    """The largest resident size (KiB) among this process's descendants now (a parser process)."""
    return max([0] + [rss_kib(k) for k in descendants(os.getpid())])


class PeakSampler:
    """The highest of each reading (``status_kib`` of this process unless told otherwise), sampled
    every ``interval`` seconds by a thread while the ``with`` block runs (or from ``start`` to
    ``stop``); ``peaks[i]`` starts at the first reading and may be set (to measure from a point
    on). ``peak`` is ``peaks[0]``. The thread is a daemon: a child that exits early is not held."""

    def __init__(self, *reads: Callable[[], int], interval: float = 0.005) -> None:
        self._reads = reads or (status_kib,)
        self._interval = interval
        self.peaks = [read() for read in self._reads]
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @property
    def peak(self) -> int:
        return self.peaks[0]

    def _sample(self) -> None:
        while not self._done.is_set():
            for i, read in enumerate(self._reads):
                self.peaks[i] = max(self.peaks[i], read())
            time.sleep(self._interval)

    def start(self) -> PeakSampler:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def __enter__(self) -> PeakSampler:
        return self.start()

    def __exit__(self, _t: type[BaseException] | None, _e: BaseException | None, _tb: TracebackType | None) -> None:
        self.stop()


def spread(samples: Sequence[float], p90: bool = False) -> dict[str, float]:
    """Median, min, max (and, asked, the 90th percentile) and count of repeated measurements."""
    s = sorted(samples)
    out: dict[str, float] = {"median": statistics.median(s), "min": s[0], "max": s[-1]}
    if p90:
        out["p90"] = s[min(len(s) - 1, round(0.9 * (len(s) - 1)))]
    out["n"] = len(s)
    return out


def write_result(result: Any, out: Path | None, ascii_only: bool = True, show: bool = True) -> None:
    """The result as indented JSON: written to ``out`` (if given, with a final newline, UTF-8) and
    printed (``show=False``: printed only when there is no ``out``)."""
    text = json.dumps(result, indent=2, ensure_ascii=ascii_only)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    if show or not out:
        print(text)
