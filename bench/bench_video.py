"""Peak memory of importing and exporting one large video, against its size (#18).

Writes an H.264 + AAC MP4 of ``--mb`` MB with a place and a title in its metadata
(``tests/media/av_samples.long_video``: one second of noise encoded once, its packets muxed again
and again, as a long phone video is one long run of packets), then:

* intake, in a fresh process that unlocks the vault: ``media_service.import_files`` as the app
  does. The vault process's resident size is sampled from ``/proc/self/status`` while it runs and
  its high-water mark (``VmHWM``: Argon2id's unlock included) read at the end; the parser process's
  (the largest descendant's) is sampled the same way, next to what a parser holds after importing a
  1 MB video (its libraries);
* export, in another fresh process that unlocks the vault: ``writer.export_case`` with
  ``--include-recordings``, sampled the same way (the export's modules load after the unlock, as
  ``evidence-app export`` does). The bundle's video entry is checked: its size, and that it starts
  with its index.

Every figure comes with the load average read before and after (``/proc/loadavg``): the peaks do
not depend on it, the seconds do.

Usage: python bench/bench_video.py [--mb 600] [--out FILE]   (BENCH_TMP: where the files go; the disk
needs about five times ``--mb``: the file, its two sealed blobs, the export's scratch copy and the bundle)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from bench.common import write_result

PW = "bench video passphrase, not a secret"

_INTAKE = r"""
import sys, time
from pathlib import Path
from bench.common import PeakSampler, largest_descendant_kib, status_kib
from crypto.secret import SecretStr
from evidence_app import media_service
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault

with Vault.open(Path(sys.argv[1]), SecretStr(sys.argv[2])) as v:
    warm = add_case(v, "warm")
    with PeakSampler(largest_descendant_kib) as small:  # the libraries of both processes
        (result,) = media_service.import_files(v, warm.id, [Path(sys.argv[4])])
    assert result.error is None, result.error
    case = add_case(v, "bench")
    before = status_kib()
    with PeakSampler(status_kib, largest_descendant_kib) as sampled:
        start = time.perf_counter()
        (result,) = media_service.import_files(v, case.id, [Path(sys.argv[3])])
        seconds = time.perf_counter() - start
    assert result.error is None and result.item is not None and result.item.working is not None, result.error
print(before, sampled.peaks[0], small.peak, sampled.peaks[1], seconds, status_kib("VmHWM"), case.id,
      result.item.working.size)
"""

_EXPORT = r"""
import sys, time
from pathlib import Path
from bench.common import PeakSampler, status_kib
from crypto.secret import SecretStr
from evidence_app.vault import Vault

sampled = PeakSampler().start()
with Vault.open(Path(sys.argv[1]), SecretStr(sys.argv[2])) as v:
    after_unlock = status_kib()
    unlock_peak, sampled.peaks[0] = sampled.peak, after_unlock  # Argon2id's, then the export's own
    from evidence_app.export import writer
    from evidence_app.export.collect import ExportOptions
    start = time.perf_counter()
    result = writer.export_case(v, sys.argv[3], Path(sys.argv[4]), ExportOptions(include_recordings=True))
    seconds = time.perf_counter() - start
    if result.report.exclusions:
        sys.exit("left out: " + "; ".join(e.describe() for e in result.report.exclusions))
sampled.stop()
print(after_unlock, sampled.peak, status_kib("VmHWM"), seconds, unlock_peak)
"""


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _run(script: str, *args: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=False, cwd=PROJECT
    )
    if out.returncode != 0:
        raise SystemExit(f"the bench's child failed: {out.stderr[-3000:]}")
    return out.stdout.split()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=600)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    from crypto.secret import SecretStr
    from evidence_app.vault import Vault
    from tests.media.av_samples import long_video

    tmp = Path(tempfile.mkdtemp(prefix="evbench-video-", dir=os.environ.get("BENCH_TMP")))
    try:
        big, small = tmp / "crossing.mp4", tmp / "short.mp4"
        made = time.perf_counter()
        packets = long_video(big, args.mb, metadata={"location": "+13.7563+100.5018/", "title": "Crossing"})
        long_video(small, 1)
        made_s = time.perf_counter() - made
        size_mib = big.stat().st_size / 2**20
        vault, _ = Vault.create(tmp / "vault", SecretStr(PW), author="Bench")
        vault.close()
        load_intake = _load()
        before, peak, small_parser, parser, intake_s, intake_hwm, case_id, working = _run(
            _INTAKE, str(tmp / "vault"), PW, str(big), str(small)
        )
        big.unlink()  # the vault holds it now; the disk is needed for the export
        load_export = _load()
        bundle = tmp / "bundle.zip"
        after_unlock, export_peak, export_hwm, export_s, unlock_peak = _run(
            _EXPORT, str(tmp / "vault"), PW, case_id, str(bundle)
        )
        load_end = _load()
        with zipfile.ZipFile(bundle) as zf:
            (name,) = [n for n in zf.namelist() if "/data/media/" in n and n.endswith(".mp4")]
            entry = zf.getinfo(name).file_size
            with zf.open(name) as fh:
                head = fh.read(4 * 1024 * 1024)
        index_first = 0 < head.find(b"moov") < head.find(b"mdat")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    mib = 1024
    result = {
        "video": {
            "file_mib": size_mib,
            "packets": packets,
            "written_in_seconds": made_s,
            "intake": {
                "load_average_before": load_intake,
                "seconds": float(intake_s),
                "vault_process_before_mib": int(before) / mib,
                "vault_process_peak_mib": int(peak) / mib,
                "vault_growth_vs_file": (int(peak) - int(before)) / mib / size_mib,
                "vault_process_high_water_mib": int(intake_hwm) / mib,
                "parser_peak_small_mib": int(small_parser) / mib,
                "parser_peak_mib": int(parser) / mib,
                "parser_growth_vs_file": (int(parser) - int(small_parser)) / mib / size_mib,
                "working_copy_mib": int(working) / 2**20,
            },
            "export": {
                "load_average_before": load_export,
                "load_average_after": load_end,
                "seconds": float(export_s),
                "resident_peak_during_unlock_mib": int(unlock_peak) / mib,
                "resident_after_unlock_mib": int(after_unlock) / mib,
                "resident_peak_during_export_mib": int(export_peak) / mib,
                "export_growth_vs_file": (int(export_peak) - int(after_unlock)) / mib / size_mib,
                "high_water_mark_mib": int(export_hwm) / mib,
                "entry_mib": entry / 2**20,
                "index_first": index_first,
            },
        }
    }
    write_result(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
