"""What the process was doing while the GUI thread stalled: a sampler for the event-loop tests.

``Stalls`` records the GUI thread's ticks (a 10 ms timer, as the tests use), samples every other
thread's Python stack every ``every`` seconds from a thread of its own, and times each garbage
collection (``gc.callbacks``: which generation, in which thread, how long). ``report(gap)`` says,
for the longest gaps, which collections overlapped them and where the other threads were (their
innermost frames of the app or of a library, most frequent first). The GUI thread waits for the
interpreter lock when a stall is not Qt's own work; the lock's holder shows here, either as a
collection (which holds it throughout) or as the stack a busy thread was in. A sampler that
cannot run during a gap (the lock held by C code the whole time) samples right after it: the
collection times tell those apart.

Used by tests/gui/test_export_event_loop.py, whose failure message carries this report; usable by
hand around any other window test (``with Stalls() as s: ...; print(s.report(0.05))``).
"""

from __future__ import annotations

import collections
import gc
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from types import FrameType, TracebackType
from typing import Any


@dataclass(frozen=True)
class Collection:
    start: float
    end: float
    generation: int
    thread: str
    collected: int
    cpu: float  # of the collecting thread: what the collection cost, however long it waited for a core


@dataclass
class Stalls:
    every: float = 0.005
    ticks: list[float] = field(default_factory=list)
    collections: list[Collection] = field(default_factory=list)
    samples: list[tuple[float, str, tuple[str, ...]]] = field(default_factory=list)
    _gc_start: dict[int, tuple[float, float]] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None
    _gui: int = 0

    def tick(self) -> None:
        """Connect to the test's timer (runs in the GUI thread)."""
        self.ticks.append(time.monotonic())

    def __enter__(self) -> Stalls:
        self._gui = threading.get_ident()
        gc.callbacks.append(self._on_gc)
        self._thread = threading.Thread(target=self._sample, name="stall-sampler", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        gc.callbacks.remove(self._on_gc)

    def _on_gc(self, phase: str, info: dict[str, Any]) -> None:
        now, cpu = time.monotonic(), time.thread_time()
        ident = threading.get_ident()
        if phase == "start":
            self._gc_start[ident] = (now, cpu)
            return
        start, cpu_start = self._gc_start.pop(ident, (now, cpu))
        name = "GUI" if ident == self._gui else threading.current_thread().name
        self.collections.append(
            Collection(start, now, int(info["generation"]), name, int(info["collected"]), cpu - cpu_start)
        )

    def _sample(self) -> None:
        me = threading.get_ident()
        names = {t.ident: t.name for t in threading.enumerate()}
        while not self._stop.wait(self.every):
            now = time.monotonic()
            for ident, frame in sys._current_frames().items():
                if ident in (me, self._gui):
                    continue
                if ident not in names:
                    names = {t.ident: t.name for t in threading.enumerate()}
                self.samples.append((now, names.get(ident, str(ident)), _where(frame)))

    def gaps(self) -> list[tuple[float, float]]:
        return sorted(zip(self.ticks, self.ticks[1:], strict=False), key=lambda g: g[0] - g[1])

    def report(self, over: float = 0.1, most: int = 3) -> str:
        """The ``most`` longest gaps over ``over`` seconds, with what ran meanwhile; and every full
        collection (the oldest generation), wherever it fell."""
        full = [c for c in self.collections if c.generation == 2]
        lines = [
            f"{len(full)} full collection(s): "
            + ", ".join(f"{(c.end - c.start) * 1000:.1f} ms ({c.cpu * 1000:.1f} ms CPU) in {c.thread}" for c in full)
        ]
        for start, end in self.gaps()[:most]:
            if end - start < over:
                break
            lines.append(f"gap of {(end - start) * 1000:.0f} ms:")
            for c in self.collections:
                if c.end > start and c.start < end:
                    lines.append(
                        f"  gc generation {c.generation} in {c.thread}: {(c.end - c.start) * 1000:.1f} ms"
                        f" ({c.cpu * 1000:.1f} ms CPU), {c.collected} collected"
                    )
            seen = collections.Counter(
                (thread, stack) for at, thread, stack in self.samples if start <= at <= end + self.every
            )
            for (thread, stack), count in seen.most_common(4):
                lines.append(f"  {thread} x{count}: " + " <- ".join(stack))
        return "\n".join(lines)


def _where(frame: FrameType) -> tuple[str, ...]:
    """The innermost frames, as ``file:line function``, up to four."""
    out: list[str] = []
    # Innermost first, four frames, no source lines read: a sample costs microseconds.
    for summary in traceback.StackSummary.extract(traceback.walk_stack(frame), limit=4, lookup_lines=False):
        path = summary.filename
        short = path.split("site-packages/")[-1] if "site-packages/" in path else path.rsplit("/", 2)[-1]
        out.append(f"{short}:{summary.lineno} {summary.name}")
    return tuple(out)
