"""Faces in video: the scan's speed at 720p, and a one-minute video checked frame by frame.

1. Speed: `tests/media/face_video.small_and_large()` (1280x720, 36 frames, a face 28 px high and
   one 160 px high) scanned with every detection frame at 1280 px (``FULL_EVERY = 1``, as before)
   and with the default (two of three at 640 px), alternating, wall and CPU time per frame.
2. The "Done means" check of #20 on a one-minute video: the 3 s clip of `face_video.frames()`
   (public-domain photos of two people moving over a brick wall, 480x320, 25 fps) played 20 times
   with a tone (so faces also appear and vanish abruptly at every loop), made a working copy by the
   intake sanitizer, scanned and burnt at the defaults, then the detector is run on every frame of
   the new copy and each labelled face area is checked to be black. Real phone footage of people
   is not in the shared samples; this is a composite with moving faces.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import resource
import sys
import time
from fractions import Fraction
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import av
import numpy as np
from PIL import Image

from evidence_app.media import video_faces
from evidence_app.media.base import MediaType
from evidence_app.media.redact import FaceDetector, face_regions
from evidence_app.media.registry import sanitizer_for
from tests.media import face_video

LOOPS = 20  # 20 x 3 s = one minute


def _working(raw: bytes) -> bytes:
    out = io.BytesIO()
    sanitizer_for(MediaType.MP4).sanitize(io.BytesIO(raw), out)
    return out.getvalue()


def _speed() -> dict[str, Any]:
    clip = face_video.small_and_large()
    work = _working(face_video.write(audio=False, clip=clip))
    video_faces.scan_faces(work, MediaType.MP4)  # both networks loaded once
    default = video_faces.FULL_EVERY
    runs: dict[str, list[dict[str, float]]] = {"full": [], "default": []}
    try:
        for _ in range(2):
            for name, every in (("full", 1), ("default", default)):
                video_faces.FULL_EVERY = every
                wall, cpu = time.perf_counter(), time.process_time()
                video_faces.scan_faces(work, MediaType.MP4)
                runs[name].append(
                    {
                        "wall_per_frame": (time.perf_counter() - wall) / len(clip),
                        "cpu_per_frame": (time.process_time() - cpu) / len(clip),
                        "load": os.getloadavg()[0],
                    }
                )
    finally:
        video_faces.FULL_EVERY = default
    return {"frames": len(clip), "size": list(face_video.SMALL_SIZE), "runs": runs}


def _one_minute_video() -> bytes:
    clip = face_video.frames()
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format="mp4") as container:
        video: Any = container.add_stream("libx264", rate=face_video.FPS)
        video.width, video.height = face_video.SIZE
        video.pix_fmt = "yuv420p"
        sound: Any = container.add_stream("aac", rate=44100)
        sound.layout = "mono"
        count = 0
        for _ in range(LOOPS):
            for image, _labels in clip:
                frame = av.VideoFrame.from_ndarray(np.asarray(image), format="rgb24")
                frame.pts, frame.time_base = count, Fraction(1, face_video.FPS)
                count += 1
                container.mux(video.encode(frame))
        container.mux(video.encode(None))
        seconds = count / face_video.FPS
        samples = (np.sin(2 * np.pi * 440 * np.arange(round(44100 * seconds)) / 44100) * 0.3).astype(np.float32)
        for start in range(0, len(samples), 1024):
            piece = av.AudioFrame.from_ndarray(samples[None, start : start + 1024], format="fltp", layout="mono")
            piece.sample_rate, piece.pts = 44100, start
            container.mux(sound.encode(piece))
        container.mux(sound.encode(None))
    return buffer.getvalue()


def _dark(image: Image.Image, rect: tuple[float, float, float, float]) -> float:
    x, y, w, h = rect
    left, top = max(0, int(x)), max(0, int(y))
    right, bottom = min(image.width, int(x + w)), min(image.height, int(y + h))
    return float(np.asarray(image.convert("L"))[top:bottom, left:right].mean())


def _minute() -> dict[str, Any]:
    clip = face_video.frames()
    work = _working(_one_minute_video())
    wall, cpu = time.perf_counter(), time.process_time()
    scan = video_faces.scan_faces(work, MediaType.MP4)
    scan_wall, scan_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall = time.perf_counter()
    covered, _, _ = video_faces.burn_faces(work, MediaType.MP4, scan)
    burn_wall = time.perf_counter() - wall
    found: list[int] = []
    bright: list[int] = []
    faces = 0
    count = 0
    wall = time.perf_counter()
    with av.open(io.BytesIO(covered), mode="r") as container:
        for count, decoded in enumerate(container.decode(video=0), start=1):
            image = Image.fromarray(decoded.to_ndarray(format="rgb24"))
            if face_regions(image, FaceDetector.CENTERFACE):
                found.append(count - 1)
            for label in clip[(count - 1) % len(clip)][1]:
                if label[0] >= 0 and label[0] + label[2] <= face_video.SIZE[0]:
                    faces += 1
                    if _dark(image, label) >= 20:
                        bright.append(count - 1)
    return {
        "frames": count,
        "size": list(face_video.SIZE),
        "seconds": count / face_video.FPS,
        "tracks": len(scan.tracks),
        "scan_wall": scan_wall,
        "scan_cpu": scan_cpu,
        "burn_wall": burn_wall,
        "check_wall": time.perf_counter() - wall,
        "frames_with_a_face_found": found,
        "labelled_faces": faces,
        "labelled_faces_not_black": sorted(set(bright)),
        "load": os.getloadavg()[0],
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    result = {"video_faces": {"speed": _speed(), "minute": _minute()}}
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
