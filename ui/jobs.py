"""Background jobs: long work (unlock, vault creation, later imports and exports) runs on a thread
pool so the GUI thread never blocks.

A job wraps a plain callable that takes a progress callback::

    def work(progress: Progress) -> Vault:
        progress(0, "")
        return Vault.open(root, passphrase=secret)

    job = runner.start(work, on_finished=..., on_failed=...)

``JobSignals`` lives in the GUI thread; the worker only emits, so every slot runs in the GUI
thread (queued connections). The runner keeps each job alive until its last signal was delivered.
Errors never go to a log: the exception object is handed to ``failed`` and the UI explains it.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
Progress = Callable[[int, str], None]
"""``progress(percent, message)``; percent is 0-100, or -1 when the amount of work is unknown."""
Counted = Callable[[int, int], None]
"""``counted(done, total)`` for work that goes item by item (an import of many files)."""
DEFERRED_FULL_THRESHOLD = 1_000_000  # young collections before a full one (never, in practice)
LOWERED_NICENESS = 10
"""The nice value of the threads running long work that the window must not wait behind (an
export): on a loaded machine the GUI thread then gets a core before them."""


class JobSignals(QObject):
    progress = Signal(int, str)
    counted = Signal(int, int)  # done, total (CountedJob)
    finished = Signal(object)  # the callable's return value
    failed = Signal(object)  # the exception it raised
    done = Signal()  # after finished or failed, always


@contextlib.contextmanager
def _full_collections_deferred() -> Iterator[None]:
    """No automatic full garbage collection while a lowered job runs; one after it, in the GUI
    thread (``JobRunner._forget``).

    Why: an export makes hundreds of thousands of objects (the pages, the records), and each
    full collection walks them all holding the interpreter lock (40-50 ms each, several per
    export, measured), so the window waits. Young collections go on as usual; what survives them
    is collected once, when the work is done and most of it is freed. Not in this thread: at its
    lowered priority on a loaded machine it is taken off its core in the middle of the collection,
    still holding the lock (measured: a collection of about 20 ms of work took 113 ms, the window's
    longest stall). The GUI thread, at normal priority, runs it when ``lowered_done`` reaches it
    (ui/app.py, which also freezes what survives). Only the lowered pool's single thread does
    this, so two jobs never overlap here."""
    first, second, _third = gc.get_threshold()
    gc.set_threshold(first, second, DEFERRED_FULL_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(first, second, _third)
        gc.collect(1)  # the young generations only: a few thousand objects at most


class Job(QRunnable, Generic[T]):
    """Runs ``fn(progress)`` on a pool thread and reports through ``signals``."""

    def __init__(self, fn: Callable[[Progress], T]) -> None:
        super().__init__()
        # The pool deletes the job after ``run``; ``signals`` (created in the GUI thread) is kept
        # alive by the runner until ``done`` was delivered.
        self.signals = JobSignals()
        self._fn = fn

    def _report(self, percent: int, message: str) -> None:
        self.signals.progress.emit(percent, message)

    lowered = False  # set by the runner: run at LOWERED_NICENESS

    def run(self) -> None:
        if self.lowered and sys.platform.startswith("linux"):
            # A nice value belongs to a thread on Linux (and is inherited by the threads this work
            # starts). The lowered pool's threads only ever run lowered work: none is raised again
            # (an unprivileged process cannot).
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOWERED_NICENESS)
        try:
            with _full_collections_deferred() if self.lowered else contextlib.nullcontext():
                result = self._fn(self._report)
        except Exception as exc:  # reported to the GUI thread, which explains it to the person
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            self.signals.done.emit()


class CountedJob(Job[T]):
    """A job whose work reports ``counted(done, total)`` instead of a percent and a message."""

    def __init__(self, fn: Callable[[Counted], T]) -> None:
        super().__init__(lambda _progress: fn(self._count))

    def _count(self, done: int, total: int) -> None:
        self.signals.counted.emit(done, total)


class JobRunner(QObject):
    """Starts jobs on its own thread pool and keeps them alive until they are done."""

    lowered_done = Signal()
    """In the GUI thread, after a lowered job's last signal: the time for the full garbage
    collection it deferred (``_full_collections_deferred``)."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # Long work the window must keep answering beside (``lowered=True``): a pool of its own,
        # whose thread runs at LOWERED_NICENESS. Why: on a loaded machine the GUI thread waits for a
        # core behind a busy worker of its own process; lowered, the worker yields the core to it.
        # It still holds the interpreter lock while it runs Python, which the GUI thread gets back
        # within the switch interval (ui/app.py shortens it).
        self._lowered = QThreadPool(self)
        self._lowered.setMaxThreadCount(1)
        self._running: list[JobSignals] = []

    def start(
        self,
        fn: Callable[[Progress], T],
        on_finished: Callable[[T], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, str], None] | None = None,
        lowered: bool = False,
    ) -> Job[T]:
        """Run ``fn`` on the pool; with ``lowered`` on the lowered pool (one job at a time)."""
        job: Job[T] = Job(fn)
        job.lowered = lowered
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        return self._run(job, on_finished, on_failed)

    def start_counted(
        self,
        fn: Callable[[Counted], T],
        on_finished: Callable[[T], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        on_counted: Callable[[int, int], None] | None = None,
    ) -> Job[T]:
        """Like ``start``, for work that reports ``(done, total)`` as it goes."""
        job: Job[T] = CountedJob(fn)
        if on_counted is not None:
            job.signals.counted.connect(on_counted)
        return self._run(job, on_finished, on_failed)

    def _run(
        self, job: Job[T], on_finished: Callable[[T], None] | None, on_failed: Callable[[Exception], None] | None
    ) -> Job[T]:
        if on_finished is not None:
            job.signals.finished.connect(on_finished)
        if on_failed is not None:
            job.signals.failed.connect(on_failed)
        signals = job.signals
        lowered = job.lowered
        signals.done.connect(lambda: self._forget(signals, lowered))
        self._running.append(signals)
        (self._lowered if job.lowered else self._pool).start(job)
        return job

    def _forget(self, signals: JobSignals, lowered: bool = False) -> None:
        if signals in self._running:
            self._running.remove(signals)
        if lowered:
            self.lowered_done.emit()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every started job has returned (used at shutdown and in tests)."""
        return self._pool.waitForDone(msecs) and self._lowered.waitForDone(msecs)
