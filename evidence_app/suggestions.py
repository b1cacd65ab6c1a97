"""Suggested redaction boxes on a photo's working copy, for the researcher to review.

One entry point for the CLI (`media faces`) and the desktop app (Suggest faces): decrypt the
current working copy in memory, run the face detector, return padded boxes with the version
they were found on. A suggestion is never a decision: detectors miss faces (docs/THREAT_MODEL.md).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from . import media_service as ms
from .errors import InvalidInput
from .media import redact as media_redact
from .media.redact import Box, FaceDetector, default_face_detector
from .model import MediaKind
from .vault import Vault


@dataclass(frozen=True)
class FaceSuggestions:
    item_id: str
    version: int  # the working-copy version the boxes are on
    detector: FaceDetector
    boxes: tuple[Box, ...]


def suggest_faces(vault: Vault, item_id: str, detector: FaceDetector | None = None) -> FaceSuggestions:
    """Face boxes (padded by 20%, overlapping ones merged) on the item's current working copy."""
    item = ms.get_media(vault, item_id)
    if item.kind is not MediaKind.PHOTO:
        raise InvalidInput("face detection applies to photos")
    if item.working is None:
        raise InvalidInput("this item has no working copy")
    chosen = detector or default_face_detector()
    boxes = media_redact.detect_faces(io.BytesIO(ms.read_working(vault, item)), chosen)
    return FaceSuggestions(item.id, item.working.version, chosen, tuple(boxes))
