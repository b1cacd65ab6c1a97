"""Faces in video: the vault side of `media/video_faces.py` (`media faces ID` and `media redact ID --faces`).

The working copy is decrypted piece by piece into a sealed scratch file (``media_service.working_file``:
encrypted, nameless), scanned and burnt from there into other sealed scratch files, so a long video
is never whole in memory (#18); the result is stored as the next working version with a `redact`
custody entry naming the tracks covered and left out. Nothing is stored when the job is cancelled
or fails.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import BinaryIO

from . import media_service as ms
from .custody import Action
from .errors import InvalidInput
from .media import video_faces
from .media.base import MediaType
from .media.redact import Box
from .model import MediaItem, MediaKind
from .vault import Vault


def scan_video_faces(
    vault: Vault,
    item_id: str,
    detect_every: int | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> video_faces.FaceScan:
    """The face tracks (``media.video_faces.FaceScan``) of a video's current working copy, decoded
    from its sealed scratch file. The same working copy and detector give the same tracks and
    numbers every time."""
    item = ms.get_media(vault, item_id)
    if item.kind is not MediaKind.VIDEO:
        raise InvalidInput("face tracks apply to videos")
    every = video_faces.DETECT_EVERY if detect_every is None else detect_every
    media_type = ms.working_type(vault, item)
    with ms.working_file(vault, item) as source:
        return video_faces.scan_faces(source, media_type, None, every, progress, cancel)


def redact_video_faces(
    vault: Vault,
    item_id: str,
    style: str = "fill",
    reject: Iterable[int] = (),
    detect_every: int | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    cancel: threading.Event | None = None,
    scan: video_faces.FaceScan | None = None,
    add_boxes: Sequence[tuple[int, Box]] = (),
    followed: Sequence[tuple[int, Box, video_faces.FaceTrack]] = (),
) -> MediaItem:
    """Find the faces of a video (or take ``scan``, made on the current working copy) and burn the box
    of every track not in ``reject`` into every frame it covers: a new working version, re-encoded,
    audio copied. The original and earlier versions are unchanged. Nothing is stored on cancel.

    ``add_boxes`` are boxes drawn on a frame, followed here (`follow_box`); ``followed`` are boxes
    already followed (the window follows a box when it is drawn, to show where it went): (frame,
    box, track), their tracks numbered after the scan's."""
    item = ms.get_media(vault, item_id)
    if item.kind is not MediaKind.VIDEO:
        raise InvalidInput("--faces applies to videos (photos: media faces ID --apply)")
    chosen = video_faces.VideoStyle(style)
    media_type = ms.working_type(vault, item)
    with ms.working_file(vault, item) as data:
        scan, drawn, out, out_type, steps = _burn(
            vault, data, media_type, chosen, reject, detect_every, progress, cancel, scan, add_boxes, followed
        )
    rejected = sorted(set(reject))
    with out:
        if cancel is not None and cancel.is_set():
            raise video_faces.Cancelled("cancelled; nothing was changed")
        detail = _detail(scan, drawn, rejected, chosen)
        return ms.add_working_version(vault, item, out, out_type, steps, Action.REDACT, detail)


Drawn = list[tuple[int, Box, video_faces.FaceTrack]]


def _burn(
    vault: Vault,
    data: BinaryIO,
    media_type: MediaType,
    chosen: video_faces.VideoStyle,
    reject: Iterable[int],
    detect_every: int | None,
    progress: Callable[[str, int, int], None] | None,
    cancel: threading.Event | None,
    scan: video_faces.FaceScan | None,
    add_boxes: Sequence[tuple[int, Box]],
    followed: Sequence[tuple[int, Box, video_faces.FaceTrack]],
) -> tuple[video_faces.FaceScan, Drawn, BinaryIO, MediaType, list[str]]:
    from .scratch import scratch_room

    every = video_faces.DETECT_EVERY if detect_every is None else detect_every
    if scan is None:
        scan = video_faces.scan_faces(data, media_type, None, every, progress, cancel)
    rejected = sorted(set(reject))
    scan = scan.with_states({n: video_faces.TrackState.REJECTED for n in rejected})
    # Boxes the researcher drew on a frame (faces the detector missed), each followed as a track.
    drawn = [(f, b, t) for f, b, t in followed]
    drawn += [
        (frame, box, video_faces.follow_box(data, media_type, frame, box, len(scan.tracks) + len(drawn) + i, cancel))
        for i, (frame, box) in enumerate(add_boxes, start=1)
    ]
    numbers = {t.number for t in scan.tracks}
    if any(t.number in numbers for _, _, t in drawn):
        raise InvalidInput("a followed box has the number of a face track already found")
    scan = scan.with_tracks([t for _, _, t in drawn])
    out, out_type, steps = video_faces.burn_faces_to(
        data, media_type, scan, lambda: scratch_room(vault.root), chosen, progress, cancel
    )
    return scan, drawn, out, out_type, steps


def _detail(
    scan: video_faces.FaceScan, drawn: Drawn, rejected: list[int], chosen: video_faces.VideoStyle
) -> dict[str, object]:
    return {
        "faces": {
            "tracks": len(scan.tracks) - len(rejected),
            "rejected_tracks": rejected,
            "added_boxes": [
                {"frame": f, "box": [b.x, b.y, b.w, b.h], "followed_from": t.keys[0][0], "followed_to": t.keys[-1][0]}
                for f, b, t in drawn
            ],
            "frames": scan.frames,
            "detector": scan.detector.value,
            "detect_every": scan.detect_every,
        },
        "style": chosen.value,
        "reason": "faces",
    }
