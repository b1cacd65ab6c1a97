"""Hostile media is parsed in a child process that never holds the vault key or the database.

Pillow, libheif, PDFium, FFmpeg and qpdf are large C parsers; a file made to exploit one of them
must not run in the process that holds the vault key, the open database and every decrypted
record. So intake hands the file to a separate parser process and takes back only the inspection
(JSON) and the clean copy:

- a photo or a document goes over a pipe as bytes, and its clean copy comes back as bytes;
- a recording (audio, video) is never read into the vault process's memory (#18): the parser is
  handed a read-only descriptor of the user's file (SCM_RIGHTS over a Unix socket) and reads it
  where it lies, and its clean copy comes back in frames of at most 1 MiB, each encrypted into the
  working copy's blob as it arrives (``ParserPool.stream``). Where no descriptor can be handed
  over (Windows), the parser asks for the ranges it reads over its pipes and the vault process
  answers each from the file (media/pipefile.py): the same reading where it lies, by requests. No
  plaintext temporary file is made on either side; a parser that needs to seek seeks in the
  user's file, not in a copy;

- the child is a fresh program (exec'd, never forked from the vault process): it starts with none
  of the parent's memory, no database handle and a minimal environment;
- it runs under resource limits (address space, CPU time, no file may grow, no core dump) and, on
  Linux where bubblewrap is installed and works, in a sandbox with no network, a read-only system,
  an empty /tmp, no /proc and the home folder hidden;
- a crash, a hang past the deadline or a malformed answer is a one-line refusal of that file in
  the parent; the child is discarded and the next file gets a new one.

What this does NOT protect: the answer itself. A parser compromised by one file can still return a
"clean" copy that is not clean (the export's leak gate inspects every working copy again) or one
made to attack the parsers that later read working copies in the app's own process (thumbnails,
export). docs/THREAT_MODEL.md says so.

There is no in-process fallback: if no parser process can start, intake refuses (an import that
quietly parsed hostile files next to the key would be worse than one that stops).

Why this is still one file (about 750 lines): both ends of the protocol (the frames, the parser's
loop and the vault process's pool) change together and are read together when one is checked
against the other. The split: an ``isolation/`` package with ``frames.py`` (framing, limits),
``child.py`` (the parser process: limits, requests, streamed answers) and ``pool.py`` (start,
sandbox, watchdog, ``ParserPool``, ``StreamedAnswer``), re-exported from its ``__init__``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import json
import os
import queue
import shutil
import signal
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, Any

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

from ..errors import EvidenceError, InvalidInput, UnsupportedMedia
from . import fdpass, pipefile
from .base import Inspection, InvalidMedia, MediaType, SanitizeResult
from .filesource import pread

PROTOCOL = "evidence-vault-sanitizer"
PROTOCOL_VERSION = 2
CHILD_FLAG = "--sanitizer-child"  # hidden; the frozen bundle's launcher hands it to child_main()
FILES_ENV = "PARSER_FILES_FD"  # the child's end of the socket that hands it files

STREAMS = fdpass.AVAILABLE
"""Whether a parser process can be handed a file descriptor here (not on Windows: a recording is
then read by ranges over the parser's pipes, ``pipefile``)."""
FRAME_BYTES = 1024 * 1024  # a streamed clean copy arrives in frames of this size
MAX_STREAM_FRAME = 4 * FRAME_BYTES

MAX_HEADER_BYTES = 64 * 1024 * 1024  # an inspection, with the text a document carries
MAX_OUTPUT_BYTES = 2 * 1024 * 1024 * 1024  # a clean copy (text becomes a PDF, BMP a PNG: may grow)
START_TIMEOUT_S = 60.0  # the first start of a freshly installed app can be slow (antivirus)
BASE_TIMEOUT_S = 120.0
TIMEOUT_PER_MIB_S = 1.0  # a 512 MiB recording remuxed on a slow laptop
ADDRESS_SPACE_BYTES = 6 * 1024 * 1024 * 1024
CPU_SECONDS = 4 * 3600

_HEADER = struct.Struct(">I")
_PAYLOAD = struct.Struct(">Q")

# The only errors a child may raise in the parent, by name; anything else is a parser failure.
_ERRORS: dict[str, type[EvidenceError]] = {
    "InvalidMedia": InvalidMedia,
    "UnsupportedMedia": UnsupportedMedia,
    "InvalidInput": InvalidInput,
}


class Sandbox(Enum):
    BUBBLEWRAP = "bubblewrap"  # no network, read-only system, private /tmp, home hidden; plus limits
    LIMITS = "limits"  # resource limits only (no bubblewrap, or it cannot run here)


@dataclass(frozen=True)
class Sanitized:
    """What a parser process returns for one file. ``working``/``result`` are None when no clean
    copy can be made with certainty; ``not_exportable`` then says why."""

    inspection: Inspection
    working: bytes | None
    result: SanitizeResult | None
    not_exportable: str | None


class ParserFailed(InvalidMedia):
    """The parser process crashed, hung or answered nonsense on a file: the file is refused."""


# --------------------------------------------------------------------------------------------
# Framing: [u32 header length][JSON header][u64 payload length][payload]


def _write_frame(out: IO[bytes], header: dict[str, Any], payload: bytes = b"") -> None:
    encoded = json.dumps(header, ensure_ascii=False).encode("utf-8")
    out.write(_HEADER.pack(len(encoded)))
    out.write(encoded)
    out.write(_PAYLOAD.pack(len(payload)))
    out.write(payload)
    out.flush()


def _read_exact(src: IO[bytes], size: int) -> bytes:
    """``size`` bytes (already checked against the frame's limit), or EOFError. One buffered read
    fills one bytes object in place as the bytes arrive (pages are touched only as they are
    written), so a 500 MB recording is held once, not once in chunks and again joined (#18)."""
    data = src.read(size)
    if len(data) != size:
        raise EOFError("the stream ended")
    return data


def _read_frame(src: IO[bytes], max_header: int, max_payload: int) -> tuple[dict[str, Any], bytes]:
    (header_len,) = _HEADER.unpack(_read_exact(src, _HEADER.size))
    if header_len > max_header:
        raise ValueError("header too large")
    header = json.loads(_read_exact(src, header_len).decode("utf-8"))
    if not isinstance(header, dict):
        raise ValueError("header is not an object")
    (payload_len,) = _PAYLOAD.unpack(_read_exact(src, _PAYLOAD.size))
    if payload_len > max_payload:
        raise ValueError("payload too large")
    return header, _read_exact(src, payload_len)


# --------------------------------------------------------------------------------------------
# The child


def sanitize_here(data: bytes, media_type: MediaType) -> Sanitized:
    """Inspect and sanitize in THIS process. Only the parser process calls it (and the tests of
    the sanitizers themselves); the vault process goes through ``ParserPool``."""
    from .base import NotSanitizable
    from .registry import sanitizer_for

    sanitizer = sanitizer_for(media_type)
    with sanitizer.one_file():
        inspection = sanitizer.inspect(io.BytesIO(data))
        working = io.BytesIO()
        try:
            result = sanitizer.sanitize(io.BytesIO(data), working)
        except NotSanitizable as exc:
            # Kept, sealed, never exported: whatever the sanitizer wrote so far is thrown away.
            return Sanitized(inspection, None, None, exc.reason)
    return Sanitized(inspection, working.getvalue(), result, None)


class _FrameWriter:
    """The destination a sanitizer writes a streamed clean copy to: frames of at most 1 MiB on
    the parser's output, each sent as soon as it is full (nothing is held beyond one frame)."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._buffer = bytearray()
        self.size = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data).cast("B")
        self.size += len(view)
        while len(view):
            take = min(len(view), FRAME_BYTES - len(self._buffer))
            self._buffer += view[:take]
            view = view[take:]
            if len(self._buffer) == FRAME_BYTES:
                self.flush()
        return len(data)

    def flush(self) -> None:
        if self._buffer:
            _write_frame(self._out, {"chunk": True}, bytes(self._buffer))
            self._buffer.clear()

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        return self.size


def sanitize_file(fd: int, size: int, media_type: MediaType, dst: _FrameWriter) -> Sanitized:
    """Inspect and sanitize the first ``size`` bytes of the file ``fd`` in THIS process (the
    parser process), writing the clean copy to ``dst`` as it is made. The returned ``working``
    is b"" (the bytes went to ``dst``) or None when no clean copy could be made."""
    from .filesource import FileReader

    return sanitize_source(lambda: FileReader(fd, size), media_type, dst)


def sanitize_source(opened: Callable[[], io.RawIOBase], media_type: MediaType, dst: _FrameWriter) -> Sanitized:
    """``sanitize_file`` for a file ``opened`` gives afresh (a descriptor's view, or the ranges
    the vault process sends over the pipes: ``pipefile.PipeSource``)."""
    from .base import NotSanitizable
    from .filesource import CHUNK
    from .registry import sanitizer_for

    sanitizer = sanitizer_for(media_type)
    inspection = sanitizer.inspect(io.BufferedReader(opened(), CHUNK))
    try:
        result = sanitizer.sanitize(io.BufferedReader(opened(), CHUNK), dst)  # type: ignore[arg-type]
    except NotSanitizable as exc:
        return Sanitized(inspection, None, None, exc.reason)  # the frames sent are discarded
    dst.flush()
    return Sanitized(inspection, b"", result, None)


def _apply_limits() -> None:
    from .. import hygiene

    hygiene.harden_process()
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        # No file may be written (the sanitizers work in memory); a write fails instead of
        # killing the process with SIGXFSZ, so it becomes an ordinary refusal.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
        resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_BYTES, ADDRESS_SPACE_BYTES))


def _answer(data: bytes, media_type: MediaType) -> tuple[dict[str, Any], bytes]:
    return _answer_with(lambda: sanitize_here(data, media_type))


def _answer_file(
    files: fdpass.Channel, request: dict[str, Any], media_type: MediaType, out: IO[bytes]
) -> tuple[dict[str, Any], bytes]:
    try:
        fds = files.receive(1)
    except OSError:
        fds = []
    if len(fds) != 1:
        for fd in fds:
            os.close(fd)
        return {"status": "failed", "reason": "no file was handed over"}, b""
    try:
        size = int(request["file"]["size"])
        return _answer_with(lambda: sanitize_file(fds[0], size, media_type, _FrameWriter(out)))
    except (KeyError, TypeError, ValueError):
        return {"status": "failed", "reason": "malformed file request"}, b""
    finally:
        os.close(fds[0])


def _answer_piped(
    request: dict[str, Any], media_type: MediaType, src: IO[bytes], out: IO[bytes]
) -> tuple[dict[str, Any], bytes]:
    """A recording read by ranges over the pipes (no descriptor could be handed over): each read
    is a request on ``out`` answered on ``src`` (``pipefile``)."""

    def fetch(offset: int, length: int) -> bytes:
        _write_frame(out, {"read": offset, "length": length})
        header, data = _read_frame(src, MAX_HEADER_BYTES, pipefile.MAX_READ)
        if header.get("data") is not True or len(data) > length:
            raise InvalidMedia("the vault process did not send the part of the file asked for")
        return data

    try:
        size = int(request["file"]["size"])
    except (KeyError, TypeError, ValueError):
        return {"status": "failed", "reason": "malformed file request"}, b""
    source = lambda: pipefile.PipeSource(fetch, size)  # noqa: E731 (a fresh view for each pass)
    return _answer_with(lambda: sanitize_source(source, media_type, _FrameWriter(out)))


def _answer_with(run: Callable[[], Sanitized]) -> tuple[dict[str, Any], bytes]:
    try:
        done = run()
    except EvidenceError as exc:
        name = next((n for n, cls in _ERRORS.items() if type(exc) is cls), "InvalidMedia")
        return {"status": "refused", "error": name, "reason": str(exc)}, b""
    except MemoryError:
        return {"status": "refused", "error": "InvalidMedia", "reason": "the file needs more memory than allowed"}, b""
    except Exception as exc:  # a parser bug on a hostile file: refuse the file, keep serving
        return {"status": "failed", "reason": type(exc).__name__}, b""
    header: dict[str, Any] = {
        "status": "ok",
        "inspection": done.inspection.to_json(),
        "text": done.inspection.text,
        "not_exportable": done.not_exportable,
        "result": None
        if done.result is None
        else {
            "output_type": done.result.output_type.value,
            "transformations": list(done.result.transformations),
            # An e-mail's attachments: their bytes follow the working copy in the payload.
            "attachments": [{"name": name, "size": len(data)} for name, data in done.result.attachments],
        },
        "working": done.working is not None,
    }
    attached = [data for _, data in done.result.attachments] if done.result is not None else []
    # Joined only when there are attachments: a photo's clean copy is sent as it is, not copied.
    return header, b"".join([done.working or b"", *attached]) if attached else done.working or b""


PARSER_NICENESS = 10
"""Parsing is background work: on a loaded machine the window's event loop, at the normal
priority, must get the CPU before the parsers (a timer tick came 120-180 ms late during an import
of 200 photos while other processes kept both cores busy). At niceness 10 a parser gets about a
tenth of the share of a normal process that wants the core, and all of an idle one."""


def _lower_priority() -> None:
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(PARSER_NICENESS)


def child_main() -> int:
    """The parser process: a hello, then one answer per request until its input closes."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print from a library must never corrupt the answers
    _lower_priority()
    from . import registry  # noqa: F401  (every format loads before the limits apply)

    files: fdpass.Channel | None = None
    if STREAMS and os.environ.get(FILES_ENV, "").isdigit():
        with contextlib.suppress(OSError, ValueError):
            files = fdpass.adopt(int(os.environ[FILES_ENV]))
    _apply_limits()
    hello = {"protocol": PROTOCOL, "version": PROTOCOL_VERSION, "pid": os.getpid(), "files": files is not None}
    _write_frame(stdout, hello)
    while True:
        try:
            request, data = _read_frame(stdin, MAX_HEADER_BYTES, MAX_OUTPUT_BYTES)
        except EOFError:
            return 0
        try:
            media_type = MediaType(request["media_type"])
        except (KeyError, ValueError):
            _write_frame(stdout, {"status": "refused", "error": "InvalidMedia", "reason": "unknown media type"})
            continue
        piped = isinstance(request.get("file"), dict) and request["file"].get("pipe") is True
        if piped:
            header, payload = _answer_piped(request, media_type, stdin, stdout)
        elif "file" in request and files is not None:
            header, payload = _answer_file(files, request, media_type, stdout)
        else:
            header, payload = _answer(data, media_type)
        _write_frame(stdout, header, payload)


# --------------------------------------------------------------------------------------------
# The parent


def _package_root() -> Path:
    return Path(__file__).resolve().parents[2]  # the folder holding evidence_app/ and crypto/


def _child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]  # the bundle's own executable (ui/launcher.py)
    return [sys.executable, "-m", "evidence_app.media.sanitizer_child"]


def _child_env() -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", os.defpath), "PYTHONNOUSERSITE": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    if not getattr(sys, "frozen", False):
        # This process's own code first, then whatever path it was started with.
        env["PYTHONPATH"] = os.pathsep.join([str(_package_root()), *filter(None, [os.environ.get("PYTHONPATH")])])
    for name in ("SYSTEMROOT", "LANG", "LC_ALL"):  # Windows needs SYSTEMROOT to start Python at all
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def _bubblewrap_prefix() -> list[str] | None:
    if not sys.platform.startswith("linux"):
        return None
    bwrap = shutil.which("bwrap")
    if bwrap is None:
        return None
    prefix = [bwrap, "--die-with-parent", "--unshare-all", "--new-session", "--ro-bind", "/", "/"]
    # No /proc at all (an empty tmpfs over the host's): through /proc/self/fd a parser could open
    # the file it was handed (a recording, read-only) again for writing, and overwrite the
    # user's original where it lies; without /proc no path leads back to that file.
    prefix += ["--dev", "/dev", "--tmpfs", "/proc", "--tmpfs", "/tmp"]  # noqa: S108 (a private, empty /tmp inside the sandbox)
    home = Path.home()
    needed = {Path(p).resolve() for p in (sys.prefix, sys.base_prefix, sys.exec_prefix, Path(sys.executable).parent)}
    needed.add(_package_root())
    if home != Path("/") and home.exists():
        prefix += ["--tmpfs", str(home)]  # the user's own files stay out of the parser's reach
        for path in sorted(needed):
            if path.is_relative_to(home):
                prefix += ["--ro-bind", str(path), str(path)]
    return [*prefix, "--"]


PIPE_BYTES = 1024 * 1024
"""The size asked for each pipe to and from a parser (Linux's default is 64 KiB, and 1 MiB the most
an unprivileged process may ask for): a 4 MB photo and its clean copy cross in a few reads instead
of about 70 each way, each one a wake-up of the other process and a take of the interpreter lock
by the thread that reads (#18)."""


def _widen(*pipes: IO[bytes] | None) -> None:
    setsize = getattr(fcntl, "F_SETPIPE_SZ", None) if fcntl is not None else None
    if setsize is None:
        return
    for pipe in pipes:
        if pipe is not None:
            with contextlib.suppress(OSError):  # a lower limit here: the pipe keeps its size
                fcntl.fcntl(pipe.fileno(), setsize, PIPE_BYTES)


class _Child:
    """One parser process and its pipes."""

    def __init__(self, prefix: list[str] | None, command: list[str], pass_files: bool = True) -> None:
        env = _child_env()
        ours: fdpass.Channel | None = None
        theirs: fdpass.Channel | None = None
        if STREAMS and pass_files:
            # The socket a file descriptor is handed over on (the pipes carry only bytes). The
            # child's end is its only inherited descriptor besides the standard ones.
            ours, theirs = fdpass.pair()
            env[FILES_ENV] = str(theirs.fileno())
        try:
            self.proc = subprocess.Popen(
                [*(prefix or []), *command],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                env=env,
                cwd="/" if os.name == "posix" else None,
                pass_fds=(theirs.fileno(),) if theirs is not None else (),
            )
        except BaseException:
            if ours is not None:
                ours.close()
            raise
        finally:
            if theirs is not None:
                theirs.close()
        self.files = ours
        self.sandbox = Sandbox.BUBBLEWRAP if prefix else Sandbox.LIMITS
        _widen(self.proc.stdin, self.proc.stdout)
        hello, _ = self._exchange(None, b"", START_TIMEOUT_S)
        if hello.get("protocol") != PROTOCOL or hello.get("version") != PROTOCOL_VERSION:
            self.kill()
            raise ParserFailed("the parser process speaks another protocol version")
        self.pid = int(hello.get("pid", 0))
        self.takes_files = ours is not None and hello.get("files") is True

    def _watchdog(self, timeout: float) -> tuple[threading.Timer, threading.Event]:
        timed_out = threading.Event()

        def expire() -> None:
            timed_out.set()
            self.kill()

        watchdog = threading.Timer(timeout, expire)
        watchdog.daemon = True
        watchdog.start()
        return watchdog, timed_out

    def _exchange(self, request: dict[str, Any] | None, data: bytes, timeout: float) -> tuple[dict[str, Any], bytes]:
        stdin, stdout = self.proc.stdin, self.proc.stdout
        assert stdin is not None and stdout is not None
        watchdog, timed_out = self._watchdog(timeout)
        try:
            if request is not None:
                _write_frame(stdin, request, data)
            return _read_frame(stdout, MAX_HEADER_BYTES, MAX_OUTPUT_BYTES)
        except _PIPE_ERRORS as exc:
            raise self._failure(exc, timed_out, timeout) from None
        finally:
            watchdog.cancel()

    @contextlib.contextmanager
    def stream(self, fd: int, size: int, media_type: MediaType) -> Iterator[StreamedAnswer]:
        """Hand the file ``fd`` (its first ``size`` bytes) to the parser, or where it cannot take a
        descriptor, answer its requests for ranges of it (``pipefile``); yield its answer, whose
        clean copy is read from it in frames. A stream left before its end kills the parser."""
        stdin, stdout = self.proc.stdin, self.proc.stdout
        assert stdin is not None and stdout is not None
        timeout = BASE_TIMEOUT_S + TIMEOUT_PER_MIB_S * size / (1024 * 1024)
        watchdog, timed_out = self._watchdog(timeout)
        piped = not self.takes_files
        answer = StreamedAnswer(self, stdout, media_type, timed_out, timeout, MAX_STREAMED_GROWTH * size + FRAME_BYTES)
        if piped:
            answer.serve(stdin, lambda offset, length: pread(fd, length, offset), size)
        try:
            try:
                if piped:
                    _write_frame(stdin, {"media_type": media_type.value, "file": {"size": size, "pipe": True}})
                else:
                    assert self.files is not None
                    self.files.send(fd)
                    _write_frame(stdin, {"media_type": media_type.value, "file": {"size": size}})
            except _PIPE_ERRORS as exc:
                raise self._failure(exc, timed_out, timeout) from None
            yield answer
        finally:
            watchdog.cancel()
            if not answer.finished:
                self.kill()  # mid-answer: its next frames would be taken for the next file's

    def _failure(self, exc: BaseException, timed_out: threading.Event, timeout: float) -> ParserFailed:
        """The one-line refusal for a broken exchange; the child is killed first."""
        self.kill()
        if timed_out.is_set():
            return ParserFailed(f"the file took the parser more than {timeout:.0f} s; it was stopped")
        code = self.proc.wait()
        # Killed by a signal: Popen reports -N; bubblewrap exits with 128 + N for its child.
        signum = -code if code < 0 else code - 128 if self.sandbox is Sandbox.BUBBLEWRAP and code > 128 else 0
        if signum:
            try:
                name = signal.Signals(signum).name
            except ValueError:
                name = f"signal {signum}"
            return ParserFailed(f"the file crashed the parser ({name})")
        if isinstance(exc, (OSError, EOFError)):
            return ParserFailed(f"the parser process stopped (exit code {code})")
        return ParserFailed("the parser process gave a malformed answer")

    def run(self, data: bytes, media_type: MediaType) -> Sanitized:
        timeout = BASE_TIMEOUT_S + TIMEOUT_PER_MIB_S * len(data) / (1024 * 1024)
        header, payload = self._exchange({"media_type": media_type.value}, data, timeout)
        try:
            return _decode_answer(header, payload, media_type)
        except ParserFailed:
            self.kill()
            raise

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            if self.proc.stdin is not None:
                self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            self.proc.wait()
        with contextlib.suppress(OSError):
            if self.proc.stdout is not None:
                self.proc.stdout.close()
        if self.files is not None:
            self.files.close()


_PIPE_ERRORS = (OSError, EOFError, ValueError, UnicodeDecodeError, struct.error, MemoryError)
MAX_STREAMED_GROWTH = 2
"""A streamed clean copy larger than twice its original (plus a frame) is an attack on the disk."""


class StreamedAnswer:
    """A parser's answer for a file it was handed: ``read`` gives the clean copy as it arrives
    (frames, never the whole), ``result()`` the inspection and what was done, after the last
    frame. Read it from one thread; its first error kills the parser (a one-line ParserFailed)."""

    def __init__(
        self,
        child: _Child,
        src: IO[bytes],
        media_type: MediaType,
        timed_out: threading.Event,
        timeout: float,
        limit: int,
    ) -> None:
        self._child, self._src, self._media_type = child, src, media_type
        self._timed_out, self._timeout, self._limit = timed_out, timeout, limit
        self._pending = memoryview(b"")
        self._final: tuple[dict[str, Any], bytes] | None = None
        self._requests: tuple[IO[bytes], Callable[[int, int], bytes], int] | None = None
        self.size = 0

    def serve(self, to_child: IO[bytes], read_at: Callable[[int, int], bytes], size: int) -> None:
        """Answer the parser's requests for ranges of the file (``pipefile``) as they come."""
        self._requests = (to_child, read_at, size)

    @property
    def finished(self) -> bool:
        return self._final is not None

    def _answer_request(self, header: dict[str, Any]) -> None:
        assert self._requests is not None
        to_child, read_at, size = self._requests
        try:
            data = pipefile.serve(read_at, size, header)
        except ValueError:
            self._child.kill()
            raise ParserFailed("the parser process asked for a part of the file that is not there") from None
        try:
            _write_frame(to_child, {"data": True}, data)
        except _PIPE_ERRORS as exc:
            raise self._child._failure(exc, self._timed_out, self._timeout) from None

    def read(self, n: int = -1) -> bytes:
        while not self._pending and self._final is None:
            try:
                header, payload = _read_frame(self._src, MAX_HEADER_BYTES, MAX_STREAM_FRAME)
            except _PIPE_ERRORS as exc:
                raise self._child._failure(exc, self._timed_out, self._timeout) from None
            if "read" in header and self._requests is not None:
                self._answer_request(header)
                continue
            if header.get("chunk") is True:
                self.size += len(payload)
                if self.size > self._limit:
                    self._child.kill()
                    raise ParserFailed("the parser's clean copy grew far beyond the original; it was stopped")
                self._pending = memoryview(payload)
            else:
                self._final = (header, payload)
        take = len(self._pending) if n is None or n < 0 else min(n, len(self._pending))
        out, self._pending = self._pending[:take], self._pending[take:]
        return bytes(out)

    def result(self) -> Sanitized:
        """The decoded answer (after the rest of the clean copy, if unread, is skipped). When it
        has a clean copy, ``working`` is b"": the bytes were the ones ``read`` gave."""
        while self.read(FRAME_BYTES):
            pass
        assert self._final is not None
        header, payload = self._final
        try:
            done = _decode_answer(header, payload, self._media_type)
        except ParserFailed:
            self._child.kill()
            raise
        if done.result is not None and (done.working or done.result.attachments):
            self._child.kill()
            raise ParserFailed("the parser process gave a malformed answer")
        return done


def _decode_answer(header: dict[str, Any], payload: bytes, media_type: MediaType) -> Sanitized:
    """The child's answer, read as untrusted input: anything unexpected is a refusal."""
    status = header.get("status")
    if status == "refused":
        cls = _ERRORS.get(str(header.get("error")), InvalidMedia)
        raise cls(str(header.get("reason", "the file was refused")))
    if status == "failed":
        raise ParserFailed(f"the parser failed on this file ({str(header.get('reason', 'error'))[:80]})")
    if status != "ok":
        raise ParserFailed("the parser process gave a malformed answer")
    try:
        inspection = Inspection.from_json(header["inspection"])
        text = header.get("text", "")
        if not isinstance(text, str):
            raise TypeError("text")
        inspection = dataclasses.replace(inspection, text=text)
        raw = header.get("result")
        result = None
        working = payload
        if raw is not None:
            attachments: list[tuple[str, bytes]] = []
            sizes = [(str(a["name"]), int(a["size"])) for a in raw.get("attachments", [])]
            if any(size < 0 for _, size in sizes) or sum(size for _, size in sizes) > len(payload):
                raise ValueError("attachment sizes")
            offset = len(payload) - sum(size for _, size in sizes)
            working = payload[:offset]
            for name, size in sizes:
                attachments.append((name, payload[offset : offset + size]))
                offset += size
            result = SanitizeResult(
                MediaType(raw["output_type"]), tuple(str(t) for t in raw["transformations"]), tuple(attachments)
            )
        not_exportable = header.get("not_exportable")
        has_working = header.get("working") is True
    except (KeyError, TypeError, ValueError, AttributeError):
        raise ParserFailed("the parser process gave a malformed answer") from None
    if inspection.media_type is not media_type:
        raise ParserFailed("the parser process answered for another file type")
    if has_working and result is not None and not_exportable is None:
        return Sanitized(inspection, working, result, None)  # b"" for a streamed answer
    if not has_working and result is None and isinstance(not_exportable, str) and not payload:
        return Sanitized(inspection, None, None, not_exportable)
    raise ParserFailed("the parser process gave a malformed answer")


class ParserPool:
    """Up to ``size`` parser processes, each serving one file at a time; thread-safe. A child that
    failed is discarded, never reused. ``close()`` ends them all (a context manager does it)."""

    def __init__(self, size: int = 1, command: list[str] | None = None, pass_files: bool = True) -> None:
        """``pass_files=False``: recordings are read over the pipes even where a descriptor could
        be handed over (the path Windows takes, so that it is tested everywhere)."""
        self._size = max(1, size)
        self._pass_files = pass_files
        self._command = command or _child_command()
        self._idle: queue.LifoQueue[_Child] = queue.LifoQueue()
        self._started = 0
        self._lock = threading.Lock()
        self._closed = False
        self._all: list[_Child] = []

    def __enter__(self) -> ParserPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self) -> _Child:
        global _BWRAP_USABLE
        child: _Child | None = None
        prefix = _bubblewrap_prefix() if _BWRAP_USABLE is not False else None
        if prefix is not None:
            # Tried for real rather than probed first (a probe costs a second parser start): a
            # parser that cannot say hello inside bubblewrap means the sandbox cannot run here.
            try:
                child = _Child(prefix, self._command, self._pass_files)
                _BWRAP_USABLE = True
            except (OSError, ParserFailed):
                _BWRAP_USABLE = False
        if child is None:
            try:
                child = _Child(None, self._command, self._pass_files)
            except OSError as exc:
                raise ParserFailed(
                    f"the isolated parser could not start ({exc.strerror or exc}); nothing was imported"
                ) from None
        with self._lock:
            self._all.append(child)
        return child

    @contextlib.contextmanager
    def _child(self) -> Iterator[_Child]:
        with self._lock:
            if self._closed:
                raise ParserFailed("the parser pool is closed")
            try:
                child: _Child | None = self._idle.get_nowait()
            except queue.Empty:
                child = None
        if child is None or not child.alive():
            child = self._spawn()
        ok = False
        try:
            yield child
            ok = True
        finally:
            if ok and child.alive() and not self._closed:
                self._idle.put(child)
            else:
                child.kill()
                child.close()

    def run(self, data: bytes, media_type: MediaType) -> Sanitized:
        with self._child() as child:
            return child.run(data, media_type)

    @contextlib.contextmanager
    def stream(self, fd: int, size: int, media_type: MediaType) -> Iterator[StreamedAnswer]:
        """Parse the file ``fd`` in a parser process, which reads it where it lies (handed over, or
        by ranges over its pipes); the clean copy is read from the yielded answer as it is made
        (``StreamedAnswer``)."""
        with self._child() as child, child.stream(fd, size, media_type) as answer:
            yield answer

    def status(self) -> tuple[Sandbox, int]:
        """The sandbox a new child gets, and the pid of a running child (0 if none)."""
        with self._child() as child:
            return child.sandbox, child.pid

    def close(self) -> None:
        with self._lock:
            self._closed = True
            children, self._all = self._all, []
        for child in children:
            child.close()


_BWRAP_USABLE: bool | None = None
_BWRAP_LOCK = threading.Lock()


def _bubblewrap_usable(command: list[str]) -> bool:
    """Whether bubblewrap can start the parser here (user namespaces may be forbidden, e.g. by
    AppArmor or inside a container), for the tests and the self-test; the pool finds out by trying.
    Probed once per app run: the child says hello and, its input being empty, exits 0."""
    with _BWRAP_LOCK:  # the import's worker threads start their parsers at the same moment: probe once
        return _probe_bubblewrap(command) if _BWRAP_USABLE is None else _BWRAP_USABLE


def _probe_bubblewrap(command: list[str]) -> bool:
    global _BWRAP_USABLE
    if _BWRAP_USABLE is None:
        prefix = _bubblewrap_prefix()
        if prefix is None:
            _BWRAP_USABLE = False
        else:
            try:
                probe = subprocess.run(
                    [*prefix, *command],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    env=_child_env(),
                    timeout=START_TIMEOUT_S,
                    check=False,
                )
                _BWRAP_USABLE = probe.returncode == 0
            except (OSError, subprocess.TimeoutExpired):
                _BWRAP_USABLE = False
    return _BWRAP_USABLE


def sanitize_isolated(data: bytes, media_type: MediaType, pool: ParserPool | None = None) -> Sanitized:
    """Inspect and sanitize ``data`` in a parser process (``pool``'s, or a new one for this file)."""
    if pool is not None:
        return pool.run(data, media_type)
    with ParserPool(1) as own:
        return own.run(data, media_type)
