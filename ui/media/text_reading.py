"""Reading the text in photos in the background, so the first export does not read them all.

After an import, after a redaction (the new working copy: a reading belongs to one version) and,
after an unlock, for every photo never read, the text in each new photo is read by
``evidence_app.picture_text.read_unread_photos``, exactly as `media ocr` reads and stores it; the
export's picture gate then finds the reading and reads nothing again.

Why a thread of its own and not a pool job: it runs for minutes, and the pool's two threads are the
grid's thumbnails and previews. It is background work: Tesseract, where nearly all of its time
goes, runs at niceness 10, one photo at a time, so the window and an import get the cores first.
The thread itself keeps the window's priority: it holds the interpreter lock except inside calls
that release it (decoding and scaling do, decryption does not), and a lowered thread preempted
while holding it on a loaded machine would keep the GUI thread waiting (a priority inversion).
It uses a database connection of its own (evidence_app/worker_connection.py), never the window's.

``stop()`` (the vault is locking) sets the cancel flag, which kills Tesseract within a quarter of a
second, and waits briefly for the thread; a reading is stored in one transaction or not at all, and
closing the vault closes the worker's connection in any case. A result arriving after ``stop()``
is dropped (the generation counter).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..session import Session

if TYPE_CHECKING:
    from evidence_app.vault import Vault
    from evidence_app.worker_connection import WorkerVault

STOP_WAIT_SECONDS = 5.0


class TextReader(QObject):
    """The queue of photos to read and the one thread reading them."""

    item_read = Signal(str)  # a photo's reading is stored
    idle = Signal()  # the queue is done, or the reading stopped
    _read = Signal(int, str)  # generation, item id (from the thread)
    _done = Signal(int)  # generation

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._mutex = threading.Lock()
        self._queue: list[str] = []
        self._everything = False
        self._thread: threading.Thread | None = None
        self._cancel = threading.Event()
        self._generation = 0
        self.worker: WorkerVault | None = None  # the connection of the last reading (tests look at it)
        self.error: str | None = None  # why the last reading stopped early, if it did
        self._read.connect(self._on_read)
        self._done.connect(self._on_done)

    @property
    def running(self) -> bool:
        with self._mutex:
            return self._thread is not None

    def read(self, item_ids: Sequence[str] | None = None) -> None:
        """Read these photos (those never read), or with None every unread photo of the vault."""
        if not self._session.is_unlocked:
            return
        vault = self._session.vault
        with self._mutex:
            if item_ids is None:
                self._everything = True
            else:
                self._queue.extend(item_ids)
            if self._thread is not None:
                return  # the running thread takes them next
            self._thread = threading.Thread(
                target=self._run, args=(vault, self._cancel, self._generation), name="text-reader", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        """Stop reading (the vault is locking): Tesseract is killed, nothing half-stored remains."""
        with self._mutex:
            thread, self._thread = self._thread, None
            self._cancel.set()
            self._cancel = threading.Event()
            self._generation += 1
            self._queue.clear()
            self._everything = False
        if thread is not None:
            thread.join(STOP_WAIT_SECONDS)

    def _take(self, cancel: threading.Event) -> tuple[bool, list[str] | None]:
        """(True, ids or None for everything) to read next, or (False, None): nothing is left and
        the thread ends (a ``read`` after this starts a new one)."""
        with self._mutex:
            if cancel.is_set():
                return False, None
            if self._everything:
                self._everything = False
                self._queue.clear()  # every unread photo includes them
                return True, None
            if self._queue:
                batch, self._queue = self._queue, []
                return True, batch
            if self._thread is threading.current_thread():
                self._thread = None
            return False, None

    def _run(self, vault: Vault, cancel: threading.Event, generation: int) -> None:
        from evidence_app import picture_text
        from evidence_app.worker_connection import open_worker

        try:
            with open_worker(vault) as view:
                self.worker = view
                while True:
                    more, batch = self._take(cancel)
                    if not more:
                        break
                    picture_text.read_unread_photos(
                        view, batch, cancel, lambda item_id: self._emit_read(generation, item_id)
                    )
        except Exception as exc:  # locked meanwhile, or a reading failed: what is unread the export reads
            self.error = f"{type(exc).__name__}: {exc}"
        finally:
            with self._mutex:
                if self._thread is threading.current_thread():
                    self._thread = None
            with contextlib.suppress(RuntimeError):  # the window (and this object) may be gone
                self._done.emit(generation)

    def _emit_read(self, generation: int, item_id: str) -> None:
        with contextlib.suppress(RuntimeError):
            self._read.emit(generation, item_id)

    def _on_read(self, generation: int, item_id: str) -> None:
        if generation == self._generation:
            self.item_read.emit(item_id)

    def _on_done(self, generation: int) -> None:
        if generation == self._generation and not self.running:
            self.idle.emit()
