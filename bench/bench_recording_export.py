"""Peak memory of exporting one large WAV recording with a muted span (and, asked, disguised voices).

Writes a PCM WAV of ``--mb`` MB (stereo, 48 kHz, 16 bit, noise; RF64 over 4 GB) with
bench_audio.write_wav, imports it into a new vault, and stores a transcript of it in which a
protected person's name is said twice (transcripts.store_transcript, known word times: fifty
minutes of speech recognition are not what is measured). Then, in a fresh process that unlocks
the vault (Argon2id), exports the case as ``export --include-recordings`` does
(``writer.export_case``; ``--disguise`` adds ``--disguise-voices``), sampling the process's resident
size from ``/proc/self/status`` while it runs and reading its high-water mark (``VmHWM``: the
unlock included) at the end. The bundle's recording is then checked: its length kept, the muted
spans silent (FFmpeg's WAV demuxer and decoder through PyAV), the noise around them not.

Usage: python bench/bench_recording_export.py [--mb 600] [--disguise] [--out FILE]   (BENCH_TMP: where)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from bench.common import write_result

PW = "bench export passphrase, not a secret"

_SETUP = r"""
import sys
from pathlib import Path
from crypto.secret import SecretStr
from evidence_app import media_service, transcripts
from evidence_app.media import speech
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.vault import Vault

seconds = float(sys.argv[4])
with Vault.open(Path(sys.argv[1]), SecretStr(sys.argv[2])) as v:
    case = add_case(v, "bench")
    add_person(v, "Maria Santos", pseudonym="Source A")
    (result,) = media_service.import_files(v, case.id, [Path(sys.argv[3])])
    assert result.error is None and result.item is not None, result.error
    words = []
    for at in (100.0, seconds - 200.0):
        words += [speech.Word(at - 0.3, at, " name", 0.99), speech.Word(at, at + 0.5, " Maria", 0.99),
                  speech.Word(at + 0.5, at + 1.0, " Santos.", 0.99)]
    segment = speech.Segment(words[0].start, words[-1].end, tuple(words))
    transcripts.store_transcript(v, result.item, speech.Transcript("base", "en", "chosen", 1.0, seconds, (segment,)))
    print(case.id)
"""

_EXPORT = r"""
import sys, time
from pathlib import Path
from bench.common import PeakSampler, status_kib
from crypto.secret import SecretStr
from evidence_app.vault import Vault

sampled = PeakSampler().start()
start = time.perf_counter()
with Vault.open(Path(sys.argv[1]), SecretStr(sys.argv[2])) as v:
    unlocked = time.perf_counter()
    after_unlock = status_kib()
    unlock_peak, sampled.peaks[0] = sampled.peak, after_unlock  # Argon2id's, then the export's own
    # As `evidence-app export` does: the export's modules load after the unlock, never beside Argon2id.
    from evidence_app.export import writer
    from evidence_app.export.collect import ExportOptions
    options = ExportOptions(include_recordings=True, disguise_voices=sys.argv[5] == "1")
    result = writer.export_case(v, sys.argv[3], Path(sys.argv[4]), options)
    muted = [s.span.label().removesuffix(" s") for n in result.report.muted for s in n.spans]
    if not muted:
        sys.exit("nothing was muted: " + "; ".join(e.describe() for e in result.report.exclusions))
seconds = time.perf_counter() - unlocked
sampled.stop()
print(after_unlock, sampled.peak, status_kib("VmHWM"), unlocked - start, seconds, "|".join(muted), unlock_peak)
"""


def check(bundle: Path, spans: list[tuple[float, float]]) -> dict[str, object]:
    import zipfile

    import av
    import numpy as np

    with zipfile.ZipFile(bundle) as zf:
        (name,) = [n for n in zf.namelist() if "/data/media/" in n and n.endswith(".wav")]
        size = zf.getinfo(name).file_size
        with zf.open(name) as entry, av.open(entry, mode="r") as container:
            stream = container.streams.audio[0]
            assert stream.time_base is not None
            loudest = []
            for start, end in spans:
                around = []
                for a, b in ((start - 1.0, start - 0.1), (start + 0.01, end - 0.01), (end + 0.1, end + 1.0)):
                    container.seek(int(a / stream.time_base), stream=stream)
                    top = 0
                    for frame in container.decode(stream):
                        assert frame.pts is not None
                        at = float(frame.pts * stream.time_base)
                        if at >= b:
                            break
                        values = frame.to_ndarray().reshape(-1, len(frame.layout.channels))
                        rate = frame.sample_rate
                        lo, hi = max(0, round((a - at) * rate)), min(frame.samples, round((b - at) * rate))
                        if hi > lo:
                            top = max(top, int(np.abs(values[lo:hi].astype(np.int32)).max()))
                    around.append(top)
                loudest.append(around)
    return {"entry_bytes": size, "loudest_before_inside_after": loudest}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=int, default=600)
    ap.add_argument("--disguise", action="store_true")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    from bench.bench_audio import CHANNELS, RATE, write_wav
    from crypto.secret import SecretStr
    from evidence_app.vault import Vault

    tmp = Path(tempfile.mkdtemp(prefix="evbench-export-", dir=os.environ.get("BENCH_TMP")))
    try:
        wav = tmp / "interview.wav"
        write_wav(wav, args.mb)
        seconds = (args.mb * 1024 * 1024 // (CHANNELS * 2)) / RATE
        vault, _ = Vault.create(tmp / "vault", SecretStr(PW), author="Bench")
        vault.close()
        setup = subprocess.run(
            [sys.executable, "-c", _SETUP, str(tmp / "vault"), PW, str(wav), str(seconds)],
            capture_output=True,
            text=True,
            check=False,
            cwd=PROJECT,
        )
        if setup.returncode != 0:
            raise SystemExit(f"the import failed: {setup.stderr[-3000:]}")
        wav.unlink()  # the vault holds it now; the disk is needed for the export
        case_id = setup.stdout.split()[-1]
        bundle = tmp / "bundle.zip"
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                _EXPORT,
                str(tmp / "vault"),
                PW,
                case_id,
                str(bundle),
                "1" if args.disguise else "0",
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=PROJECT,
        )
        if out.returncode != 0:
            raise SystemExit(f"the export failed: {out.stderr[-3000:]}")
        after_unlock, peak, hwm, unlock_s, export_s, muted, unlock_peak = out.stdout.split()
        spans = [(float(m.split("-")[0]), float(m.split("-")[1])) for m in muted.split("|")]
        verified = check(bundle, spans)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    result = {
        "recording_export": {
            "file_mib": args.mb,
            "disguised": args.disguise,
            "unlock_seconds": float(unlock_s),
            "export_seconds": float(export_s),
            "resident_peak_during_unlock_mib": int(unlock_peak) / 1024,
            "resident_after_unlock_mib": int(after_unlock) / 1024,
            "resident_peak_during_export_mib": int(peak) / 1024,
            "high_water_mark_mib": int(hwm) / 1024,
            "muted": muted.split("|"),
            **verified,
        }
    }
    write_result(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
