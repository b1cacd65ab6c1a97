"""Text in pictures: Tesseract OCR, run as a child process on bytes held in memory.

The decrypted picture never touches the disk: its upright pixels are encoded as an uncompressed BMP
(a PNG of a camera photo took 2 s of zlib per picture here, longer than Tesseract's own reading,
and Tesseract only unpacks it again) straight into the pipe of ``tesseract stdin stdout ... tsv``,
a block at a time (never a whole BMP in memory: 14.7 MB for a 2560 px copy, held for as long as
Tesseract ran, one per reading in flight); the words with their boxes come back on the other pipe.
Why the binary and not pytesseract: pytesseract writes the image to a temporary file (plaintext
on disk); tesserocr needs a compiler and Tesseract's headers to install. The binary and its
language data come from Debian (`tesseract-ocr`, `tesseract-ocr-{eng,khm,chi-sim,tha,vie,ind}`;
scripts/setup installs them).
The Windows and macOS bundles carry their own program in ``tesseract/`` with the same six models
(the files of Debian's packages, pinned by SHA-256: packaging/tessdata.py, docs/PACKAGING.md);
that copy is used before any on PATH, with its own models only.

Recognition is a suggestion like face detection: Tesseract misreads, skips stylised, handwritten,
small or skewed text, and text it cannot read is not seen by the redaction engine.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

from PIL import Image

from ..errors import EvidenceError, UnsupportedMedia
from .photo_limits import guarded

LANGUAGES = ("eng", "khm", "chi_sim", "tha", "vie", "ind")
"""The Tesseract models the app asks for, when installed: English, Khmer, Simplified Chinese, Thai,
Vietnamese, Indonesian (the languages of the interface)."""
MAX_SIDE = 2560
"""Larger pictures are read from a downscaled copy (boxes are scaled back): a 12-megapixel photo at
full size took 7 s on the 2-core test machine, at 2560 px about 3 s; text smaller than about 10 px
in the downscaled copy is not read."""
TIMEOUT_SECONDS = 300
MAX_OUTPUT_BYTES = 32 * 1024 * 1024
MIN_CONFIDENCE = 30.0  # words Tesseract itself barely believes are dropped (noise read as text)


class OcrUnavailable(UnsupportedMedia):
    """Tesseract or its language data is not installed."""


class OcrCancelled(EvidenceError):
    """The reading was stopped (``cancel`` was set): Tesseract was killed, nothing was read."""


BACKGROUND_NICENESS = 10
"""Tesseract reading in the background (after an import, in the window) runs at this niceness, as
the parser processes do (media/isolation.py): the window and an import get the cores first."""


@dataclass(frozen=True)
class Word:
    text: str
    x: int
    y: int
    w: int
    h: int
    confidence: float
    line: int  # words of one line share this number (in reading order)
    page: int = 0  # of a document, from 1; 0 on a photo

    def to_json(self) -> dict[str, object]:
        return {
            "page": self.page,
            "text": self.text,
            "x": self.x,
            "y": self.y,
            "w": self.w,
            "h": self.h,
            "confidence": round(self.confidence, 1),
            "line": self.line,
        }


@dataclass(frozen=True)
class OcrResult:
    languages: tuple[str, ...]
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        """The words joined by spaces, one line of text per line read."""
        lines: list[list[str]] = []
        current = None
        for word in self.words:
            if word.line != current:
                lines.append([])
                current = word.line
            lines[-1].append(word.text)
        return "\n".join(" ".join(line) for line in lines)

    def spans(self) -> list[tuple[int, int, Word]]:
        """Where each word sits in ``text``: (start, end, word)."""
        out: list[tuple[int, int, Word]] = []
        offset = 0
        previous = None
        for word in self.words:
            if previous is not None:
                offset += 1  # the space or the line break before this word
            out.append((offset, offset + len(word.text), word))
            offset += len(word.text)
            previous = word
        return out


BUNDLED_FOLDER = "tesseract"
"""Inside a frozen bundle: ``tesseract/tesseract[.exe]`` (with its libraries on Windows) and
``tesseract/tessdata/*.traineddata`` (packaging/evidence-app.spec puts them there)."""


def bundled() -> tuple[Path, Path] | None:
    """(program, model folder) of the Tesseract shipped inside this frozen bundle, if it has one."""
    root = getattr(sys, "_MEIPASS", None)
    if root is None:
        return None
    folder = Path(root) / BUNDLED_FOLDER
    program = folder / ("tesseract.exe" if os.name == "nt" else "tesseract")
    data = folder / "tessdata"
    return (program, data) if program.is_file() and data.is_dir() else None


def _program() -> tuple[str, str | None]:
    """The Tesseract to run and the model folder to give it (None: its own default, or the
    user's TESSDATA_PREFIX)."""
    shipped = bundled()
    if shipped is not None:
        return str(shipped[0]), str(shipped[1])
    found = shutil.which("tesseract")
    if found is None:
        raise OcrUnavailable("text recognition needs Tesseract (Debian: tesseract-ocr); it is not installed")
    return found, os.environ.get("TESSDATA_PREFIX")


def tesseract() -> str:
    return _program()[0]


def installed_languages() -> tuple[str, ...]:
    """Which of LANGUAGES Tesseract has data for, in LANGUAGES order (asked once per Tesseract
    program: it was asked again for every picture, a process start each time)."""
    return _languages_of(*_program())


@functools.lru_cache(maxsize=4)
def _languages_of(program: str, data_folder: str | None) -> tuple[str, ...]:
    proc = _run([program, "--list-langs"], b"", 30, data_folder)
    have = {line.strip() for line in proc.decode("utf-8", "replace").splitlines()[1:]}
    langs = tuple(lang for lang in LANGUAGES if lang in have)
    if not langs:
        raise OcrUnavailable(
            "Tesseract has none of the language data the app uses (Debian: tesseract-ocr-eng, -khm, -chi-sim, "
            "-tha, -vie, -ind)"
        )
    return langs


@dataclass(frozen=True)
class Bitmap:
    """What Tesseract is given of a picture: its pixels in RGB, at most MAX_SIDE on a side."""

    image: Image.Image
    scale: float  # of ``image`` to the picture's own pixels (the boxes are scaled back by it)


def bitmap_of(image: Image.Image) -> Bitmap:
    """The copy of an upright picture that Tesseract reads. A caller that drops ``image`` after
    this (``picture_text.read_photo``) does not hold the full-size pixels while Tesseract runs."""
    width, height = image.size
    scale = min(1.0, MAX_SIDE / max(width, height))
    with guarded("photo"):
        copy = image.convert("RGB")
        if scale < 1.0:
            copy = copy.resize((max(1, round(width * scale)), max(1, round(height * scale))), Image.Resampling.LANCZOS)
    return Bitmap(copy, scale)


class _Blocks:
    """A file to PIL with ``write`` only (no ``fileno``): PIL then encodes a block at a time and
    hands each to ``write`` (the pipe's own buffered writer, which writes every byte or raises),
    instead of its C loop that ignores a short write to a file descriptor."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out

    def write(self, data: bytes) -> int:
        return self._out.write(data)

    def flush(self) -> None:
        self._out.flush()


def recognise(
    image: Image.Image | Bitmap,
    languages: tuple[str, ...] | None = None,
    *,
    cancel: threading.Event | None = None,
    niceness: int = 0,
) -> OcrResult:
    """The words Tesseract reads in an upright picture (or its ``bitmap_of``), with boxes in the
    picture's pixels. Setting ``cancel`` kills Tesseract and raises OcrCancelled; ``niceness``
    lowers its priority (POSIX)."""
    langs = languages or installed_languages()
    bitmap = image if isinstance(image, Bitmap) else bitmap_of(image)

    def send(pipe: IO[bytes]) -> None:
        with guarded("photo"):
            bitmap.image.save(
                cast(IO[bytes], _Blocks(pipe)), format="BMP"
            )  # no metadata, no compression: the pixels only

    program, data_folder = _program()
    # "-c tessedit_create_tsv=1", not the "tsv" config file: a bundled model folder then needs
    # the models only (the output is byte for byte the same).
    argv = [program, "stdin", "stdout", "-l", "+".join(langs), "-c", "tessedit_create_tsv=1"]
    tsv = _run(argv, send, TIMEOUT_SECONDS, data_folder, cancel=cancel, niceness=niceness)
    return OcrResult(langs, tuple(_parse_tsv(tsv.decode("utf-8", "replace"), bitmap.scale)))


_PASSED_ENV = ("PATH", "TESSDATA_PREFIX", "LANG", "LC_ALL", "LC_CTYPE", "SYSTEMROOT")


def _start(argv: list[str], env: dict[str, str], niceness: int) -> subprocess.Popen[bytes]:
    """Tesseract, started at ``niceness`` from its first instruction. On Linux a nice value belongs
    to a thread and a child inherits its starter's, so it is started from a short-lived thread that
    lowered its own (preexec_fn is unsafe in a program with threads); elsewhere it is lowered right
    after the start."""

    def popen() -> subprocess.Popen[bytes]:
        return subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)

    if not niceness or not hasattr(os, "setpriority"):
        return popen()
    if not sys.platform.startswith("linux"):
        proc = popen()
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, proc.pid, niceness)
        return proc
    started: list[subprocess.Popen[bytes] | OSError] = []

    def lowered() -> None:
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)  # this thread only
        try:
            started.append(popen())
        except OSError as exc:
            started.append(exc)

    starter = threading.Thread(target=lowered, name="tesseract-start")
    starter.start()
    starter.join()
    if isinstance(started[0], OSError):
        raise started[0]
    return started[0]


def _run(
    argv: list[str],
    data: bytes | Callable[[IO[bytes]], None],
    timeout: float,
    data_folder: str | None = None,
    *,
    cancel: threading.Event | None = None,
    niceness: int = 0,
) -> bytes:
    # One thread: the machine's cores are shared with the app's own jobs. No shell, fixed argv.
    # Only what Tesseract needs of the environment (TESSDATA_PREFIX, if set, points at the
    # language data): never the app's own, which may hold EVIDENCE_PASSPHRASE (readable by any
    # process of the user in /proc/PID/environ, and no business of a third-party program's).
    env = {name: os.environ[name] for name in _PASSED_ENV if name in os.environ}
    if data_folder is not None:
        env["TESSDATA_PREFIX"] = data_folder  # a bundled program reads its own models only
    env["OMP_THREAD_LIMIT"] = "1"
    if cancel is not None and cancel.is_set():
        raise OcrCancelled("text recognition was stopped")
    try:
        proc = _start(argv, env, niceness)
    except OSError as exc:
        raise OcrUnavailable(f"Tesseract could not be started ({exc.strerror})") from None
    # The pipes are served by a thread of their own (communicate() cannot be resumed while input
    # is still being sent), so this one can watch the clock and ``cancel`` and kill Tesseract.
    # ``data`` is bytes or a function that writes them into the pipe as they are made (Tesseract
    # reads its whole input before it writes anything, so nothing waits on its output meanwhile).
    outcome: list[tuple[bytes, bytes]] = []

    def talk() -> None:
        if isinstance(data, bytes):
            outcome.append(proc.communicate(data))
            return
        pipe, proc.stdin = proc.stdin, None  # communicate() must not flush or close it again
        assert pipe is not None
        # A Tesseract that stopped reading (killed, failed) breaks the pipe: its exit status and
        # stderr, read below, say why.
        with contextlib.suppress(BrokenPipeError):
            try:
                data(pipe)
            finally:
                pipe.close()
        outcome.append(proc.communicate())

    talker = threading.Thread(target=talk, name="tesseract", daemon=True)
    talker.start()
    deadline = time.monotonic() + timeout
    try:
        while talker.is_alive():
            left = deadline - time.monotonic()
            if left <= 0:
                raise EvidenceError(f"text recognition took longer than {int(timeout)} s and was stopped")
            if cancel is not None and cancel.is_set():
                raise OcrCancelled("text recognition was stopped")
            talker.join(min(left, 0.25) if cancel is not None else left)
    finally:
        if talker.is_alive() or proc.poll() is None:
            proc.kill()
            talker.join()
    if not outcome:
        raise EvidenceError("Tesseract failed: its output could not be read")
    stdout, stderr = outcome[0]
    if proc.returncode != 0:
        last = (stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        raise EvidenceError(f"Tesseract failed: {last[:200]}")
    if len(stdout) > MAX_OUTPUT_BYTES:
        raise EvidenceError("Tesseract returned more text than a picture can hold; refused")
    return stdout


def _parse_tsv(tsv: str, scale: float) -> list[Word]:
    words: list[Word] = []
    lines: dict[tuple[int, int, int, int], int] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != 12 or cells[0] != "5":
            continue
        text = cells[11].strip()
        try:
            page, block, par, line = (int(c) for c in cells[1:5])
            left, top, w, h = (int(c) for c in cells[6:10])
            confidence = float(cells[10])
        except ValueError:
            continue
        if not text or confidence < MIN_CONFIDENCE or w <= 0 or h <= 0:
            continue
        number = lines.setdefault((page, block, par, line), len(lines))
        words.append(
            Word(
                text,
                int(left / scale),
                int(top / scale),
                max(1, round(w / scale)),
                max(1, round(h / scale)),
                confidence,
                number,
            )
        )
    return words
