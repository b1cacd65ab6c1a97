"""Face detection: recall and precision at IoU 0.5, CenterFace (the default) beside the Haar cascades.

The labelled set is bench/face_set.py (public-domain and CC0 photos shipped by scikit-image, plus
composites: several faces, small faces, profile, tilt, low light, partial cover, no face). Both
detectors run through the app's own code (`evidence_app.media.redact.face_regions`), on the same
images; overlapping detections of one detector count once (the app merges them too).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import face_set
from evidence_app.media.redact import FaceDetector, face_regions

CATEGORIES = ("frontal", "several", "small", "profile", "tilt", "low light", "partial cover", "no face")


def _dedupe(found: list[face_set.Rect]) -> list[face_set.Rect]:
    kept: list[face_set.Rect] = []
    for rect in sorted(found, key=lambda r: r[2] * r[3], reverse=True):
        if all(face_set.iou(rect, k) < 0.3 for k in kept):
            kept.append(rect)
    return kept


def run(samples: list[face_set.Sample], detector: FaceDetector) -> dict[str, Any]:
    rows: dict[str, dict[str, float]] = {c: {"faces": 0, "found": 0, "detections": 0, "true": 0} for c in CATEGORIES}
    seconds = 0.0
    per_image: list[dict[str, Any]] = []
    for sample in samples:
        started = time.perf_counter()
        found = _dedupe(face_regions(sample.image, detector))
        seconds += time.perf_counter() - started
        hits = face_set.match(sample.faces, found)
        row = rows[sample.category]
        row["faces"] += len(sample.faces)
        row["found"] += hits
        row["detections"] += len(found)
        row["true"] += hits
        per_image.append({"name": sample.name, "faces": len(sample.faces), "matched": hits, "detections": len(found)})
    total = {k: sum(r[k] for r in rows.values()) for k in ("faces", "found", "detections", "true")}
    for row in [*rows.values(), total]:
        row["recall"] = row["found"] / row["faces"] if row["faces"] else float("nan")
        row["precision"] = row["true"] / row["detections"] if row["detections"] else float("nan")
    return {"rows": rows, "total": total, "seconds": seconds, "images": per_image}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="also write the figures as JSON (for bench/render.py)")
    args = parser.parse_args()
    samples = face_set.build()
    results = {d.value: run(samples, d) for d in (FaceDetector.CENTERFACE, FaceDetector.HAAR)}
    print(f"{len(samples)} images, {sum(len(s.faces) for s in samples)} labelled faces")
    print(f"{'':14} {'faces':>5}  {'CenterFace R / P':>17}  {'Haar R / P':>17}")
    for category in (*CATEGORIES, "total"):
        cells = []
        for d in ("centerface", "haar"):
            row = results[d]["total"] if category == "total" else results[d]["rows"][category]
            cells.append(f"{row['recall']:.2f} / {row['precision']:.2f} ({int(row['detections'])})")
        faces = results["centerface"]["total" if category == "total" else "rows"]
        faces = faces["faces"] if category == "total" else faces[category]["faces"]
        print(f"{category:14} {int(faces):5}  {cells[0]:>17}  {cells[1]:>17}")
    for d in ("centerface", "haar"):
        print(f"{d}: {results[d]['seconds']:.1f} s for the set")
    if args.out:
        args.out.write_text(json.dumps({"faces": {"images": len(samples), "detectors": results}}, indent=2))


if __name__ == "__main__":
    main()
