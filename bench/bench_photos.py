"""Photo intake benchmark: importing N camera-sized JPEGs (hash + inspect + strip + encrypt + store)
against `exiftool -all=` stripping the same files in one process, measured in the same run, and
against the floor of #18 on both cores: read + SHA-256 + 1/8-scale decode check + age-encrypt and
write both copies + one sync per batch, in two processes (the goal: the import at most 1.2x it).

Usage: python bench/bench_photos.py [--count 1000] [--width 4032 --height 3024] [--repeat N] [--out FILE]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image

from evidence_app.records.cases import add_case

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import write_result
from crypto.secret import SecretStr
from evidence_app import media_service
from evidence_app.vault import Vault


def make_corpus(folder: Path, count: int, width: int, height: int) -> list[Path]:
    """Camera-like JPEGs: textured pixels (so entropy data has a realistic size) with GPS,
    serial, maker fields and an embedded thumbnail added by exiftool."""
    rng = np.random.default_rng(5)
    base = folder / "base.jpg"
    gradient = np.linspace(0, 255, width, dtype=np.float32)[None, :, None]
    noise = rng.normal(0, 12, (height, width, 3)).astype(np.float32)  # ~4 MB at 12 MP, q=92
    pixels = np.clip(gradient + noise + 40, 0, 255).astype(np.uint8)
    Image.fromarray(pixels, "RGB").save(base, "JPEG", quality=92)
    thumb = folder / "thumb.jpg"
    Image.fromarray(pixels[::20, ::20], "RGB").save(thumb, "JPEG", quality=80)
    subprocess.run(
        [
            "exiftool",
            "-q",
            "-overwrite_original",
            "-Make=Canon",
            "-Model=EOS R6",
            "-SerialNumber=083012345678",
            "-Artist=Field Researcher",
            "-GPSLatitude=10.6231",
            "-GPSLatitudeRef=N",
            "-GPSLongitude=103.521",
            "-GPSLongitudeRef=E",
            "-DateTimeOriginal=2025:03:01 10:00:00",
            f"-ThumbnailImage<={thumb}",
            str(base),
        ],
        check=True,
    )
    files = []
    for i in range(count):
        path = folder / f"IMG_{i:04d}.jpg"
        shutil.copyfile(base, path)
        files.append(path)
    return files


def durable_write_floor(folder: Path, sizes: list[int]) -> float:
    """Seconds to write ``sizes`` bytes as one file each with write + fsync, nothing else: what
    making the original and the working copy durable costs on this disk before any hashing or
    encryption. Random bytes, so no layer below can shortcut them."""
    folder.mkdir()
    chunk = os.urandom(max(sizes))
    start = time.perf_counter()
    for i, size in enumerate(sizes):
        fd = os.open(folder / f"f{i}", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, chunk[:size])
            os.fsync(fd)
        finally:
            os.close(fd)
    elapsed = time.perf_counter() - start
    shutil.rmtree(folder)
    return elapsed


FLOOR_BATCH = 20  # photos per batch: their files are fsynced together, then the folder once


def _floor_batch(job: tuple[list[str], str]) -> None:
    """One batch of the both-cores floor, in a worker process: each photo read, hashed, decoded
    at 1/8 scale and encrypted twice (one pyrage call per copy: the bytes are in memory), both
    copies written; then every file of the batch fsynced and the folder once."""
    import hashlib

    import pyrage

    paths, out = job
    recipient = pyrage.x25519.Identity.generate().to_public()
    written = []
    for path in paths:
        data = Path(path).read_bytes()
        hashlib.sha256(data).hexdigest()
        with Image.open(path) as image:
            image.draft(image.mode, (image.width // 8, image.height // 8))
            image.load()
        for copy in ("o", "w"):
            sealed = pyrage.encrypt(data, [recipient])
            target = Path(out) / f"{Path(path).stem}.{copy}"
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, sealed)
            finally:
                os.close(fd)
            written.append(target)
    for target in written:
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    fd = os.open(out, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def both_cores_floor(folder: Path, files: list[Path], workers: int = 2) -> float:
    """Seconds for the floor of #18 over ``files`` on ``workers`` processes (each a core, no
    shared interpreter lock), batches of ``FLOOR_BATCH``."""
    from concurrent.futures import ProcessPoolExecutor

    folder.mkdir()
    names = [str(f) for f in files]
    jobs = [(names[i : i + FLOOR_BATCH], str(folder)) for i in range(0, len(names), FLOOR_BATCH)]
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_floor_batch, jobs[:1]))  # the workers started and their modules loaded
        for leftover in folder.iterdir():
            leftover.unlink()
        start = time.perf_counter()
        list(pool.map(_floor_batch, jobs))
        elapsed = time.perf_counter() - start
    shutil.rmtree(folder)
    return elapsed


def decode_check_floor(files: list[Path]) -> float:
    """Seconds for the 1/8-scale decode the import runs on every JPEG to refuse garbled image
    data (libjpeg entropy-decodes every block even at 1/8 scale), one core."""
    start = time.perf_counter()
    for path in files:
        with Image.open(path) as image:
            image.draft(image.mode, (image.width // 8, image.height // 8))
            image.load()
    return time.perf_counter() - start


def import_once(root: Path, files: list[Path]) -> tuple[float, list[str], list[int]]:
    """Seconds for ``media_service.import_files`` of ``files`` into a new vault at ``root``; the
    errors; the sizes of every stored copy."""
    vault, _ = Vault.create(root, SecretStr("benchmark passphrase"))
    with vault:
        case = add_case(vault, "bench")
        start = time.perf_counter()
        results = media_service.import_files(vault, case.id, files)
        elapsed = time.perf_counter() - start
        failed = [r.error for r in results if r.error is not None]
        sizes = []
        for r in results:
            if r.item is not None:
                sizes.append(r.item.original_size)
                sizes += [v.size for v in r.item.versions]
    shutil.rmtree(root)
    return elapsed, failed, sizes


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--width", type=int, default=4032)
    ap.add_argument("--height", type=int, default=3024)
    ap.add_argument(
        "--repeat", type=int, default=1, help="import and both-cores floor alternated this many times (median)"
    )
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="evbench-photos-", dir=os.environ.get("BENCH_TMP")))
    try:
        corpus = tmp / "corpus"
        corpus.mkdir()
        files = make_corpus(corpus, args.count, args.width, args.height)
        mb = sum(f.stat().st_size for f in files) / 2**20
        # The import and its floor alternate, so a change of the machine's load between them
        # weighs on both; each pair's ratio is reported, and the median of them.
        pairs: list[dict[str, object]] = []
        imports: list[float] = []
        floors: list[float] = []
        failed: list[str] = []
        sizes: list[int] = []
        for round_ in range(max(1, args.repeat)):
            load_before = os.getloadavg()[0]
            # Each side starts on an idle disk: the corpus just written (834 MB at 200 photos) and
            # the other side's deleted files would otherwise still be written back during the
            # first timed run, slowing its fsyncs and not the other's.
            os.sync()
            ours, failed, sizes = import_once(tmp / f"vault-{round_}", files)
            os.sync()
            floor = both_cores_floor(tmp / f"both-cores-floor-{round_}", files)
            imports.append(ours)
            floors.append(floor)
            pairs.append(
                {
                    "import_seconds": ours,
                    "floor_seconds": floor,
                    "ratio": ours / floor,
                    "load_average_1min": [load_before, os.getloadavg()[0]],
                }
            )
        ours, floor = statistics.median(imports), statistics.median(floors)
        stripped = tmp / "stripped"
        stripped.mkdir()
        start = time.perf_counter()
        subprocess.run(["exiftool", "-q", "-all=", "-o", str(stripped) + "/", *map(str, files)], check=True)
        exiftool = time.perf_counter() - start
        write_floor = durable_write_floor(tmp / "floor", sizes)
        sample = files[: min(len(files), 200)]
        decode_floor = decode_check_floor(sample) * len(files) / len(sample)
        result = {
            "photo_import": {
                "count": args.count,
                "width": args.width,
                "height": args.height,
                "corpus_mb": mb,
                "import_seconds": ours,
                "import_ms_per_photo": 1000 * ours / args.count,
                "exiftool_strip_seconds": exiftool,
                "exiftool_ms_per_photo": 1000 * exiftool / args.count,
                "import_vs_exiftool": ours / exiftool,
                "failed": failed[:5],
                "durable_write_seconds": write_floor,
                "durable_write_mb": sum(sizes) / 2**20,
                "durable_write_ms_per_photo": 1000 * write_floor / args.count,
                "decode_check_ms_per_photo": 1000 * decode_floor / args.count,
                "both_cores_floor_seconds": floor,
                "both_cores_floor_ms_per_photo": 1000 * floor / args.count,
                "import_vs_both_cores_floor": statistics.median(i / f for i, f in zip(imports, floors, strict=True)),
                "pairs": pairs,
            }
        }
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_result(result, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
