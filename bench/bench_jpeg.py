"""JPEG strip benchmark: the lossless strip of one camera-sized JPEG (4000x3000) with the scan-tail
cut found by libjpeg's own end-of-data report (1/8-scale decodes), against the same strip with the
pixel-comparing tail search it replaced (full-size decodes), measured alternately in the same run;
and the strip of the same photo saved progressive (every scan's end measured on its own).

Usage: python bench/bench_jpeg.py [--width 4000 --height 3000] [--runs 7] [--out FILE]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import write_result
from evidence_app.media import jpeg, jpeg_scans


def camera_like(width: int, height: int) -> bytes:
    rng = np.random.default_rng(5)
    gradient = np.linspace(0, 255, width, dtype=np.float32)[None, :, None]
    noise = rng.normal(0, 12, (height, width, 3)).astype(np.float32)  # ~4 MB at 12 MP, q=92
    pixels = np.clip(gradient + noise + 40, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels, "RGB").save(out, "JPEG", quality=92)
    return out.getvalue()


def progressive(data: bytes) -> bytes:
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).save(out, "JPEG", quality=92, progressive=True)
    return out.getvalue()


def strip(data: bytes) -> None:
    jpeg.JpegSanitizer().sanitize(io.BytesIO(data), io.BytesIO())


def strip_with_pixel_search(data: bytes) -> None:
    """The strip as it was before: the tail found by comparing full decodes."""
    fast, last_byte = jpeg_scans._trim_scan, jpeg_scans._needs_last_byte

    def by_pixels(out: bytes, scan_len: int, *, last_byte_tested: bool = False) -> tuple[int, bytes, bool]:
        return (*jpeg_scans._trim_by_pixels(out, scan_len), False)

    def untested(before: bytes, scan: bytes) -> bool:
        return False  # every scan goes to the (pixel-comparing) tail search, as before

    jpeg_scans._trim_scan = by_pixels
    jpeg_scans._needs_last_byte = untested
    try:
        strip(data)
    finally:
        jpeg_scans._trim_scan, jpeg_scans._needs_last_byte = fast, last_byte


def eighth_decode(data: bytes) -> None:
    image = Image.open(io.BytesIO(data))
    image.draft(image.mode, (image.width // 8, image.height // 8))
    image.load()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--width", type=int, default=4000)
    parser.add_argument("--height", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    clean = camera_like(args.width, args.height)
    dirty = clean[:-2] + b"hidden note after the last scan " * 4 + clean[-2:]
    clean_progressive = progressive(clean)
    jobs: dict[str, tuple[Callable[[bytes], None], bytes]] = {
        "clean_ms": (strip, clean),
        "clean_pixel_search_ms": (strip_with_pixel_search, clean),
        "tail_ms": (strip, dirty),
        "tail_pixel_search_ms": (strip_with_pixel_search, dirty),
        "eighth_decode_ms": (eighth_decode, clean),
        "progressive_ms": (strip, clean_progressive),
        "progressive_eighth_decode_ms": (eighth_decode, clean_progressive),
    }
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(args.runs):  # alternate, so load on the machine hits every job alike
        for name, (job, data) in jobs.items():
            start = time.perf_counter()
            job(data)
            times[name].append((time.perf_counter() - start) * 1000)
    result: dict[str, Any] = {"width": args.width, "height": args.height, "mb": len(clean) / 1e6, "runs": args.runs}
    for name, values in times.items():
        result[name] = {"median": statistics.median(values), "min": min(values), "max": max(values)}
    med = {name: result[name]["median"] for name in times}
    result["clean_speedup"] = med["clean_pixel_search_ms"] / med["clean_ms"]
    result["tail_speedup"] = med["tail_pixel_search_ms"] / med["tail_ms"]
    result["clean_vs_eighth_decode"] = med["clean_ms"] / med["eighth_decode_ms"]
    result["progressive_vs_eighth_decode"] = med["progressive_ms"] / med["progressive_eighth_decode_ms"]
    result["progressive_scans"] = clean_progressive.count(b"\xff\xda")
    write_result({"jpeg_strip": result}, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
