"""Export benchmark: a redacted, signed dossier bundle (HTML + PDF + records + clean photos, leak
gate, BagIt manifests, Ed25519 signature) against a plain zip of the same photo files, measured
in the same run.

Usage: python bench/bench_export.py [--photos 40] [--testimonies 200] [--repeat 3] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from PIL import Image

from crypto.secret import SecretStr
from evidence_app import db, media_service
from evidence_app.export import ExportOptions, export_case
from evidence_app.vault import Vault


def spread(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "n": len(samples)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=40)
    ap.add_argument("--testimonies", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="evbench-export-", dir=os.environ.get("BENCH_TMP")))
    try:
        rng = np.random.default_rng(3)
        vault, _ = Vault.create(tmp / "vault", SecretStr("benchmark passphrase"))
        with vault:
            case = vault.add_case("Benchmark case", "Compound visits and interviews.")
            source = vault.add_person("Sok Dara", aliases=["索达拉"], phones=["+855 12 345 678"])
            with db.transaction(vault.conn):
                for i in range(args.testimonies):
                    vault.add_testimony(
                        case.id,
                        source.id,
                        f"Interview {i}: Sok Dara described the compound. "
                        + "We worked long hours and the guards kept our passports. " * 30,
                    )
            for i in range(args.photos):
                path = tmp / f"p{i}.jpg"
                pixels = np.clip(rng.normal(128, 30, (1536, 2048, 3)), 0, 255).astype(np.uint8)
                Image.fromarray(pixels, "RGB").save(path, "JPEG", quality=85)
                media_service.import_file(vault, case.id, path)
            working = [media_service.read_working(vault, item) for item in media_service.list_media(vault, case.id)]
            bundle_times, zip_times = [], []
            size = 0
            for n in range(args.repeat):
                out = tmp / f"bundle{n}.zip"
                start = time.perf_counter()
                export_case(vault, case.id, out, ExportOptions())
                bundle_times.append(time.perf_counter() - start)
                size = out.stat().st_size
                plain = tmp / f"plain{n}.zip"
                start = time.perf_counter()
                with zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as z:
                    for index, data in enumerate(working, start=1):
                        z.writestr(f"media/{index:04d}.jpg", data)
                with open(plain, "rb") as fh:
                    os.fsync(fh.fileno())
                zip_times.append(time.perf_counter() - start)
        result = {
            "export": {
                "photos": args.photos,
                "testimonies": args.testimonies,
                "media_mb": sum(map(len, working)) / 2**20,
                "bundle_mb": size / 2**20,
                "bundle_seconds": spread(bundle_times),
                "plain_zip_seconds": spread(zip_times),
                "bundle_vs_plain_zip": statistics.median(bundle_times) / statistics.median(zip_times),
            }
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    text = json.dumps(result, indent=2)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
