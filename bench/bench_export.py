"""Export benchmark: a redacted, signed dossier bundle (HTML + PDF + records + clean photos, leak
gate, BagIt manifests, SSH signature, streamed zip) against `zip` of the same photo files + sync,
measured in the same run, with the export's peak resident memory and the dossier's size.

Each export runs in its own process (the vault is unlocked there, then the peak-RSS counter is
reset through /proc/self/clear_refs, so Argon2id's 256 MiB of the unlock is reported apart).

Usage: python bench/bench_export.py [--photos 40] [--testimonies 200] [--repeat 3] [--read-after-import]
       [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import status_mib, write_result

PASSPHRASE = "benchmark passphrase"  # noqa: S105 (a throwaway vault)
# The bound: dossier.pdf + dossier.html at most 1.5x the photos they show, plus 600 kB.
BOUND_RATIO, BOUND_EXTRA = 1.5, 600_000


def spread(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "n": len(samples)}


def child(vault_dir: Path, case_id: str, out: Path) -> int:
    """One export in this process; prints its time and memory as JSON."""
    from crypto.secret import SecretStr
    from evidence_app.export import ExportOptions, ExportRefused, export_case
    from evidence_app.vault import Vault

    start = time.perf_counter()
    with Vault.open(vault_dir, SecretStr(PASSPHRASE)) as vault:
        unlocked = time.perf_counter()
        unlock_peak = status_mib("VmHWM")
        Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM: the export's own peak from here
        before = status_mib("VmRSS")
        try:
            export_case(vault, case_id, out, ExportOptions())
        except ExportRefused as exc:
            raise SystemExit("; ".join(f.describe() for f in exc.findings)) from None
        done = time.perf_counter()
        peak = status_mib("VmHWM")
    print(
        json.dumps(
            {
                "unlock_seconds": unlocked - start,
                "export_seconds": done - unlocked,
                "unlock_peak_mib": unlock_peak,
                "before_mib": before,
                "peak_mib": peak,
            }
        )
    )
    return 0


def _photo(path: Path, index: int) -> None:
    """A camera-like 12-megapixel JPEG (4000x3000, a few MB): smooth gradients with sensor noise."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(index)
    y, x = np.mgrid[0:3000, 0:4000]
    base = np.stack([(x / 16 + index * 7) % 256, (y / 12) % 256, ((x + y) / 28) % 256], axis=-1)
    pixels = np.clip(base + rng.normal(0, 9, base.shape), 0, 255).astype(np.uint8)
    Image.fromarray(pixels, "RGB").save(path, "JPEG", quality=90)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=40)
    ap.add_argument("--testimonies", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path)
    ap.add_argument(
        "--read-after-import",
        action="store_true",
        help="read the photos' text after the import, as the window does in the background (timed apart)",
    )
    ap.add_argument("--child", nargs=3, metavar=("VAULT", "CASE", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(Path(args.child[0]), args.child[1], Path(args.child[2]))

    from crypto.secret import SecretStr
    from evidence_app import db, media_service, picture_text
    from evidence_app.vault import Vault

    tmp = Path(tempfile.mkdtemp(prefix="evbench-export-", dir=os.environ.get("BENCH_TMP")))
    try:
        vault_dir = tmp / "vault"
        vault, _ = Vault.create(vault_dir, SecretStr(PASSPHRASE))
        with vault:
            case = add_case(vault, "Benchmark case", "Compound visits and interviews.")
            source = add_person(vault, "Sok Dara", aliases=["索达拉"], phones=["+855 12 345 678"])
            with db.transaction(vault.conn):
                for i in range(args.testimonies):
                    add_testimony(
                        vault,
                        case.id,
                        source.id,
                        f"Interview {i}: Sok Dara described the compound. "
                        + "We worked long hours and the guards kept our passports. " * 30,
                    )
            for i in range(args.photos):
                path = tmp / f"p{i}.jpg"
                _photo(path, i)
                media_service.import_file(vault, case.id, path, caption=f"Photo {i} of the compound")
                path.unlink()
            background = 0.0
            if args.read_after_import:
                # What the window's background reader runs after an import (ui/media/text_reading.py),
                # here in the foreground and timed: one photo at a time, Tesseract at niceness 10.
                start = time.perf_counter()
                picture_text.read_unread_photos(vault, None, threading.Event())
                background = time.perf_counter() - start
            photos_dir = tmp / "photos"
            photos_dir.mkdir()
            for index, item in enumerate(media_service.list_media(vault, case.id), start=1):
                (photos_dir / f"{index:04d}.jpg").write_bytes(media_service.read_working(vault, item))
            case_id = case.id
        photo_bytes = sum(p.stat().st_size for p in photos_dir.iterdir())
        runs: list[dict[str, float]] = []
        zip_times: list[float] = []
        sizes: dict[str, int] = {}
        for n in range(args.repeat):
            out = tmp / f"bundle{n}.zip"
            proc = subprocess.run(
                [sys.executable, __file__, "--child", str(vault_dir), case_id, str(out)],
                capture_output=True,
                text=True,
            )
            if proc.returncode:
                raise SystemExit(f"the export failed: {proc.stderr.strip()[-2000:]}")
            runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            sizes["bundle"] = out.stat().st_size
            with zipfile.ZipFile(out) as z:
                for info in z.infolist():
                    for name in ("dossier.pdf", "dossier.html"):
                        if info.filename.endswith("/data/" + name):
                            sizes[name] = info.file_size
            out.unlink()
            plain = tmp / f"plain{n}.zip"
            start = time.perf_counter()
            subprocess.run(["zip", "-q", "-r", str(plain), "photos"], cwd=tmp, check=True)
            subprocess.run(["sync", str(plain)], check=True)
            zip_times.append(time.perf_counter() - start)
            sizes["zip"] = plain.stat().st_size
            plain.unlink()
        export_times = [r["export_seconds"] for r in runs]
        # The first export reads the text of every photo (the picture gate; stored for the next ones,
        # as `media ocr` or the window's reading after an import would have): reported apart.
        first, later = export_times[0], export_times[1:] or export_times
        report = sizes["dossier.pdf"] + sizes["dossier.html"]
        result = {
            "export": {
                "photos": args.photos,
                "testimonies": args.testimonies,
                "photo_mb": photo_bytes / 1e6,
                "bundle_mb": sizes["bundle"] / 1e6,
                "zip_mb": sizes["zip"] / 1e6,
                "pdf_mb": sizes["dossier.pdf"] / 1e6,
                "html_kb": sizes["dossier.html"] / 1e3,
                "report_vs_photos": report / photo_bytes,
                "report_bound_mb": (BOUND_RATIO * photo_bytes + BOUND_EXTRA) / 1e6,
                "report_within_bound": report <= BOUND_RATIO * photo_bytes + BOUND_EXTRA,
                "bundle_vs_photos": sizes["bundle"] / photo_bytes,
                "bundle_seconds": spread(export_times),
                "plain_zip_seconds": spread(zip_times),
                "bundle_vs_plain_zip": statistics.median(export_times) / statistics.median(zip_times),
                "read_after_import": args.read_after_import,
                "background_reading_seconds": background,
                "first_export_seconds": first,
                "first_vs_plain_zip": first / statistics.median(zip_times),
                "later_export_seconds": spread(later),
                "later_vs_plain_zip": statistics.median(later) / statistics.median(zip_times),
                "peak_mib_runs": [r["peak_mib"] for r in runs],
                "unlock_seconds": spread([r["unlock_seconds"] for r in runs]),
                "unlock_peak_mib": max(r["unlock_peak_mib"] for r in runs),
                "before_mib": statistics.median([r["before_mib"] for r in runs]),
                "peak_mib": spread([r["peak_mib"] for r in runs]),
            }
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_result(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
