"""Pipes between a thread and the caller, for formats streamed through age (backups, transfers).

Plaintext only ever flows through an OS pipe in memory: a producer thread writes a tar into one
end while the caller encrypts from the other (``piped``), or a thread decrypts an age file into
a pipe the caller parses (``decrypting``). Neither ever touches the disk.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import BinaryIO

from crypto import age

CHUNK = 1024 * 1024


@contextlib.contextmanager
def piped(produce: Callable[[BinaryIO], None]) -> Iterator[BinaryIO]:
    """Run ``produce(writer)`` in a thread; yield the reading end of the pipe it writes to.

    A failure of the producer is re-raised in the caller's thread when the block ends, so a tar
    cut short by an error can never be mistaken for a complete one."""
    r, w = os.pipe()
    reader, writer = os.fdopen(r, "rb"), os.fdopen(w, "wb")
    failure: list[BaseException] = []

    def run() -> None:
        try:
            produce(writer)
        except BaseException as exc:  # re-raised in the caller's thread
            failure.append(exc)
        finally:
            with contextlib.suppress(OSError):
                writer.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield reader
    finally:
        reader.close()
        thread.join()
    if failure:
        raise failure[0]


@contextlib.contextmanager
def decrypting(
    source: BinaryIO, identities: Sequence[age.DecryptIdentity], *, drain: bool = True
) -> Iterator[BinaryIO]:
    """Yield a stream of the plaintext of the age stream in ``source`` (decrypted in a thread).

    age authenticates each 64 KiB chunk, but a stream cut at a chunk boundary is only detected at
    its end: the block is drained and the decryption's own error raised on exit, so the caller
    must not commit anything before this context has exited without an error. ``drain=False``
    is for a caller that reads only a prefix (which age has authenticated chunk by chunk) and
    vouches for it otherwise: the rest is never decrypted and the stream's end never checked.
    """
    r, w = os.pipe()
    reader, writer = os.fdopen(r, "rb"), os.fdopen(w, "wb")
    failure: list[BaseException] = []

    def run() -> None:
        try:
            age.decrypt_stream(source, writer, list(identities))
        except BaseException as exc:
            failure.append(exc)
        finally:
            with contextlib.suppress(OSError):
                writer.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield reader
        if not drain:
            early = list(failure)  # a failure before the close is the decryption's own
            reader.close()  # the thread's next write fails and it ends; that failure is expected
            thread.join()
            if early:
                raise early[0]
            return
        # drain so the decrypting thread can finish and report a truncated tail
        while reader.read(CHUNK):
            pass
    except BaseException:
        # If decryption had already failed, the caller's error (a short read, a broken header)
        # is only its consequence: report the real cause. A failure that comes later is the
        # broken pipe caused by the caller stopping, and must not hide the caller's reason.
        early = list(failure)
        reader.close()
        thread.join()
        if early:
            raise early[0] from None
        raise
    reader.close()
    thread.join()
    if failure:
        raise failure[0]
