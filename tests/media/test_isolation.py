"""Intake parses hostile files in a parser process without the key or the database (#17).

Each attack is reproduced with a real process: a parser that segfaults, one that never answers,
one that answers nonsense; each is a one-line refusal in the vault process, nothing is stored,
and the next file still goes in. The sandbox itself is read back from /proc.
"""

from __future__ import annotations

import io
import os
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PIL import Image

from evidence_app import media_service as ms
from evidence_app.media import isolation
from evidence_app.media.base import InvalidMedia, MediaType
from evidence_app.media.isolation import ParserFailed, ParserPool, Sandbox
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault
from ui import launcher

LINUX = sys.platform.startswith("linux")


def dirty_jpeg(artist: str = "Sok Dara") -> bytes:
    exif = Image.Exif()
    exif[0x013B] = artist
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(buf, format="JPEG", exif=exif.tobytes())
    return buf.getvalue()


def fake_parser(body: str) -> list[str]:
    """A parser process that says hello like the real one, reads one request, then runs ``body``."""
    script = textwrap.dedent(
        """
        import os, signal, sys, time
        from evidence_app.media import isolation
        out, inp = sys.stdout.buffer, sys.stdin.buffer
        hello = {"protocol": isolation.PROTOCOL, "version": isolation.PROTOCOL_VERSION, "pid": os.getpid()}
        isolation._write_frame(out, hello)
        request, data = isolation._read_frame(inp, 1 << 20, 1 << 30)
        """
    ) + textwrap.dedent(body)
    return [sys.executable, "-c", script]


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            found += [int(child), *_descendants(int(child))]
    return found


def _parser_pid(pool: ParserPool) -> int:
    """The real pid of the pool's python parser (under bubblewrap, a grandchild of bwrap)."""
    child = pool._idle.get_nowait()
    pool._idle.put(child)
    for pid in [child.proc.pid, *_descendants(child.proc.pid)]:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        if any(b"sanitizer_child" in a for a in argv) and not argv[0].endswith(b"bwrap"):
            return pid
    raise AssertionError("no parser process found")


@pytest.fixture(params=[Sandbox.BUBBLEWRAP, Sandbox.LIMITS], ids=["bubblewrap", "limits-only"])
def sandbox(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """Both ways a parser runs: in bubblewrap (where it works here) and under limits alone."""
    wanted: Sandbox = request.param
    if wanted is Sandbox.LIMITS:
        monkeypatch.setattr(isolation, "_BWRAP_USABLE", False)
    elif not isolation._bubblewrap_usable(isolation._child_command()):
        pytest.skip("bubblewrap is not installed or cannot run here")
    return wanted


def test_a_photo_is_cleaned_in_another_process() -> None:
    with ParserPool(1) as pool:
        done = pool.run(dirty_jpeg(), MediaType.JPEG)
        assert done.working is not None and b"Sok Dara" not in done.working
        assert done.result is not None and any("Exif" in t for t in done.result.transformations)
        assert any("Exif" in f.key for f in done.inspection.risky)
        assert pool.status()[1] > 0


@pytest.mark.skipif(not LINUX, reason="reads the parser's limits, descriptors and namespaces from /proc")
def test_the_parser_has_no_key_no_database_and_runs_under_limits(vault: Vault, sandbox: Sandbox) -> None:
    """The vault is open in this process (its key in memory, vault.db open); the parser has neither."""
    with ParserPool(1) as pool:
        assert pool.status()[0] is sandbox
        pool.run(dirty_jpeg(), MediaType.JPEG)
        pid = _parser_pid(pool)
        fds = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
        assert not [f for f in fds if "vault" in f or f.endswith(".db")], fds
        assert any("vault.db" in os.readlink(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd"))
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
        assert not [e for e in environ if e.startswith((b"EVIDENCE_VAULT", b"HOME="))], environ
        limits = Path(f"/proc/{pid}/limits").read_text()
        assert [line.split()[3] for line in limits.splitlines() if line.startswith("Max file size")] == ["0"]
        assert str(isolation.ADDRESS_SPACE_BYTES) in next(ln for ln in limits.splitlines() if "address space" in ln)
        assert [line.split()[4] for line in limits.splitlines() if line.startswith("Max core file size")] == ["0"]
        if sandbox is Sandbox.BUBBLEWRAP:
            assert os.readlink(f"/proc/{pid}/ns/net") != os.readlink("/proc/self/ns/net")  # no network
            assert os.readlink(f"/proc/{pid}/ns/mnt") != os.readlink("/proc/self/ns/mnt")


@pytest.mark.skipif(not LINUX, reason="the sandbox is Linux-only")
@pytest.mark.skipif(not LINUX, reason="reads the parser's priority from /proc")
def test_the_parser_runs_below_the_windows_priority(sandbox: Sandbox) -> None:
    """Parsing is background work: the window's event loop gets the CPU first on a busy machine."""
    with ParserPool(1) as pool:
        pool.run(dirty_jpeg(), MediaType.JPEG)
        pid = _parser_pid(pool)
        # Field 19 of /proc/PID/stat is the niceness (after the command name in parentheses).
        nice = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])
        assert nice == min(19, os.getpriority(os.PRIO_PROCESS, 0) + isolation.PARSER_NICENESS)


def test_bubblewrap_is_used_where_it_works() -> None:
    if not isolation._bubblewrap_usable(isolation._child_command()):
        pytest.skip("bubblewrap is not installed or cannot run here")
    with ParserPool(1) as pool:
        assert pool.status()[0] is Sandbox.BUBBLEWRAP


def test_a_parser_that_crashes_is_a_one_line_refusal_and_the_next_file_goes_in(sandbox: Sandbox) -> None:
    crash = fake_parser("import ctypes; ctypes.string_at(0)\n")  # a real segmentation fault
    with ParserPool(1, command=crash) as pool, pytest.raises(ParserFailed) as refused:
        pool.run(dirty_jpeg(), MediaType.JPEG)
    assert "crashed the parser (SIGSEGV)" in str(refused.value) and "\n" not in str(refused.value)
    with ParserPool(1) as pool:
        assert pool.run(dirty_jpeg(), MediaType.JPEG).working is not None


def test_a_parser_that_never_answers_is_stopped_at_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(isolation, "BASE_TIMEOUT_S", 1.5)
    monkeypatch.setattr(isolation, "TIMEOUT_PER_MIB_S", 0.0)
    hang = fake_parser("while True: time.sleep(1)\n")
    started = time.monotonic()
    with ParserPool(1, command=hang) as pool:
        with pytest.raises(ParserFailed, match=r"took the parser more than 2 s; it was stopped"):
            pool.run(dirty_jpeg(), MediaType.JPEG)
        assert all(not c.alive() for c in pool._all)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    "answer",
    [
        'isolation._write_frame(out, {"status": "ok", "inspection": {"media_type": "image/jpeg"}, "working": True})',
        'isolation._write_frame(out, {"status": "ok", "inspection": {"media_type": "image/png", "findings": []},'
        ' "result": {"output_type": "image/png", "transformations": []}, "working": True,'
        ' "not_exportable": None}, b"x")',
        'isolation._write_frame(out, {"status": "ok", "inspection": {"media_type": "image/jpeg"},'
        ' "result": {"output_type": "image/jpeg", "transformations": [], "attachments": [{"name": "a", "size": 9}]},'
        ' "working": True, "not_exportable": None}, b"x")',
        'out.write(b"\\xff\\xff\\xff\\xff"); out.flush(); time.sleep(30)',
        'out.write(b"\\x00\\x00\\x00\\x05[1,2]" + bytes(8)); out.flush()',
        'isolation._write_frame(out, {"status": "refused", "error": "SystemExit", "reason": "x"})',
    ],
)
def test_a_malformed_answer_is_refused(answer: str) -> None:
    with ParserPool(1, command=fake_parser(answer + "\n")) as pool, pytest.raises(InvalidMedia) as refused:
        pool.run(dirty_jpeg(), MediaType.JPEG)
    assert "\n" not in str(refused.value)


def test_import_files_reports_the_crash_and_stores_nothing(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = add_case(vault, "Compound K")
    good, bad = tmp_path / "good.jpg", tmp_path / "bad.jpg"
    good.write_bytes(dirty_jpeg())
    bad.write_bytes(dirty_jpeg("crash me"))
    real = ParserPool.run

    def run(self: ParserPool, data: bytes, media_type: MediaType) -> isolation.Sanitized:
        if b"crash me" in data:
            with ParserPool(1, command=fake_parser("os.kill(os.getpid(), signal.SIGSEGV)\n")) as crashing:
                return real(crashing, data, media_type)
        return real(self, data, media_type)

    monkeypatch.setattr(ParserPool, "run", run)
    results = ms.import_files(vault, case.id, [bad, good])
    assert results[0].item is None and results[0].error is not None
    assert "crashed the parser (SIGSEGV)" in results[0].error
    assert results[1].item is not None
    assert [m.original_name for m in ms.list_media(vault, case.id)] == ["good.jpg"]


def test_the_frozen_launcher_knows_the_parser_flag() -> None:
    assert launcher.PARSER_CHILD_FLAG == isolation.CHILD_FLAG
