"""bench/common.py, which every benchmark's figures pass through: the resident-size readings and
their sampler see memory a process takes, the spread is of the samples given, and the JSON result
is written and printed the way bench/render.py and docs/BENCHMARKS.md read it."""

from __future__ import annotations

import json
import mmap
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.common import PeakSampler, largest_descendant_kib, spread, status_kib, status_mib, write_result
from tests.conftest import PROJECT

linux = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")


@linux
def test_the_sampler_sees_memory_taken_and_given_back_while_it_runs() -> None:
    before = status_kib()
    assert before > 0 and status_kib("VmHWM") >= before and status_mib() > 0
    # Fresh pages of its own (not the heap, which may hold freed memory still resident), each one
    # touched: resident, not only mapped.
    with PeakSampler(interval=0.001) as sampled, mmap.mmap(-1, 64 * 1024 * 1024) as held:
        for page in range(0, len(held), mmap.PAGESIZE):
            held[page] = 1
        deadline = time.monotonic() + 10  # a loaded machine may run the sampler late
        while sampled.peak - before < 60 * 1024 and time.monotonic() < deadline:
            time.sleep(0.01)
    assert sampled.peak - before >= 60 * 1024  # KiB
    assert status_kib("NoSuchField") == 0 and status_kib(pid=2**22 + 1) == 0


@linux
def test_a_childs_resident_size_is_seen() -> None:
    code = "b = bytearray(48 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096]); import time; time.sleep(5)"
    child = subprocess.Popen([sys.executable, "-c", code])
    try:
        with PeakSampler(largest_descendant_kib, interval=0.01) as sampled:
            deadline = time.monotonic() + 5
            while sampled.peak < 48 * 1024 and time.monotonic() < deadline:
                time.sleep(0.05)
        assert sampled.peak >= 48 * 1024
    finally:
        child.kill()
        child.wait()


def test_spread_and_the_written_result(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert spread([3.0, 1.0, 2.0]) == {"median": 2.0, "min": 1.0, "max": 3.0, "n": 3}
    assert list(spread([5.0, 1.0], p90=True)) == ["median", "min", "max", "p90", "n"]
    result = {"name": {"figure": 1.5, "place": "Phnom Penh · ភ្នំពេញ"}}
    out = tmp_path / "r.json"
    write_result(result, out)
    text = out.read_text(encoding="utf-8")
    assert text == json.dumps(result, indent=2) + "\n" and capsys.readouterr().out == text
    write_result(result, out, ascii_only=False, show=False)
    assert "ភ្នំពេញ" in out.read_text(encoding="utf-8") and capsys.readouterr().out == ""
    write_result(result, None, show=False)  # nowhere to write: printed
    assert json.loads(capsys.readouterr().out) == result


def test_child_processes_of_the_benchmarks_can_import_it() -> None:
    """The benchmarks' ``python -c`` children run from the project root and import bench.common."""
    out = subprocess.run(
        [sys.executable, "-c", "from bench.common import status_kib; print(status_kib() >= 0)"],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT,
    )
    assert out.stdout.strip() == "True"
