"""Faces in video: found frame by frame, followed between detections, burnt into a new working copy.

Two passes over the working copy, both decoded by PyAV from bytes in memory or, for a stored video,
from its sealed scratch file by ranges (``media_service.working_file``: encrypted, nameless; nothing
decrypted is written to a file in clear, not even for a moment):

1. **Scan** (`scan_faces`): every ``detect_every``-th frame goes through the face detector
   (CenterFace, or the Haar cascades without the `faces` extra: `redact.face_regions`; every
   third of those frames searched at up to 1280 px, the others at 640 px: `FULL_EVERY`). Each
   detection is linked to the track of the same face (overlap with where the track is predicted
   to be, or a centre close enough for a face that moved fast). The result is a list of
   `FaceTrack`: detections at key frames and the range of frames the track covers. A track is a
   suggestion, reviewed like a photo's face box (accept, reject).
2. **Burn** (`burn_faces`): every frame is decoded again; each track covering it gives a box
   (interpolated between its key frames, padded); the boxes are filled with black (or blurred)
   and the frame is re-encoded with H.264. The audio packets are copied as they are. The new file
   then goes through the intake sanitizer like any imported video (x264 writes its version and
   options into an SEI unit; the sanitizer removes it and checks that no metadata is left).

Why a face does not slip through a frame or two: a detector misses a face now and then (motion
blur, a turned head); a track keeps its box through up to ``MAX_MISSED`` failed detections in a
row, interpolated between the detections on either side, and holds it ``HOLD_SECONDS`` before
its first and after its last detection (more than the frames between two detections, so a face
entering or leaving between two detection frames is covered too). Between key frames a box grows
by half of the motion since the last key, in case the face did not move in a straight line.
What this cannot promise: a face that is in view for fewer frames than ``detect_every`` and is
never on a detection frame, or one the detector never finds at all (docs/THREAT_MODEL.md). The
review is the researcher's.

Memory: frames are streamed one at a time; the scan keeps only the boxes. A stored video is read
from its sealed scratch file and burnt into others (``burn_faces_to``: the encoder's output, then
the sanitizer's clean copy), so a long video is never whole in memory (#18); ``burn_faces`` keeps
both in memory (a short video handed as bytes). Both passes report progress and stop on
``cancel`` (`Cancelled`, nothing stored).
"""

from __future__ import annotations

import io
import itertools
import math
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from fractions import Fraction
from typing import Any, BinaryIO

import numpy as np
from PIL import Image

from ..errors import EvidenceError, InvalidInput
from .avtools import MUX_OPTIONS, MUXERS, Source, open_input, probe
from .base import InvalidMedia, MediaType
from .photo_limits import guarded
from .redact import Box, FaceDetector, default_face_detector, face_regions

DETECT_EVERY = 2
"""Frames between two runs of the detector (1 = every frame). CenterFace takes about 0.4 s on a
720p frame on a 2-core laptop; every second frame keeps a one-minute phone video within minutes."""
DETECT_MAX_SIDE = 1280
"""Frames are searched at most this large (a face 24 px high in a 1080p frame is 16 px here)."""
DETECT_FAST_SIDE = 640
FULL_EVERY = 3
"""Of the detection frames, every third is searched at `DETECT_MAX_SIDE` and the two between at
`DETECT_FAST_SIDE` (about a fifth of the time on a 720p frame): a face too small to be found at
640 px is then found every ``detect_every * FULL_EVERY`` frames and followed between (the link
reach and the hold below are wide enough for that); the faces large enough are found on every
detection frame as before. Frames no larger than `DETECT_FAST_SIDE` are always searched whole."""
MAX_MISSED = 3
"""Detections in a row a track may miss and still be the same face (its box is kept through them)."""
HOLD_SECONDS = 0.25
"""A track's box is held this long before its first and after its last detection."""
MIN_HOLD_FRAMES = 3
PADDING = 0.35
"""Each box grows by 35% of the face's width/height on every side (photos: a fifth). A quarter
left the hair or shoulder beside a moving face uncovered in a few frames, enough for the detector,
run again on the exported copy, to report a face there (4 frames of a one-minute video,
bench/bench_video_faces.py); at 35% it reports none."""
MATCH_IOU = 0.2
BLUR_BLOCK = 12
"""Blur: the region is first shrunk to blocks of at least this many pixels, then smoothed."""
_MAX_FRAMES = 2_000_000  # about 18 hours at 30 fps; more is hostile

Rect = tuple[float, float, float, float]  # x, y, w, h in upright frame pixels
Progress = Callable[[str, int, int], None]  # (phase "scan", "follow" or "burn", frames done, frames expected)


class Cancelled(EvidenceError):
    """The researcher stopped the job; nothing was stored."""


class VideoStyle(Enum):
    FILL = "fill"  # solid black: nothing of the face survives
    BLUR = "blur"  # a coarse blur: keeps the scene readable; a blur can sometimes be partly reversed


class TrackState(Enum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class FaceTrack:
    """One face followed through the video: the detector's boxes at key frames (unpadded) and the
    frames the track covers (from the first to the last frame given a box, holds included)."""

    number: int
    keys: tuple[tuple[int, Rect], ...]
    first: int
    last: int
    state: TrackState = TrackState.SUGGESTED

    def box_at(self, frame: int, width: int, height: int) -> Box | None:
        """The padded box over this face at ``frame``, clipped to the frame; None outside the track."""
        if frame < self.first or frame > self.last or not self.keys:
            return None
        before = [k for k in self.keys if k[0] <= frame]
        after = [k for k in self.keys if k[0] >= frame]
        if before and after:
            (f0, r0), (f1, r1) = before[-1], after[0]
            if f1 == f0:
                rect, slack = r0, (0.0, 0.0)
            else:
                t = (frame - f0) / (f1 - f0)
                rect = _lerp(r0, r1, t)
                # The face may not have moved in a straight line between the two keys.
                slack = (
                    abs(r1[0] - r0[0]) / 2 + abs(r1[2] - r0[2]) / 2,
                    abs(r1[1] - r0[1]) / 2 + abs(r1[3] - r0[3]) / 2,
                )
        else:
            # Before the first or after the last detection: the nearest box, and also where the
            # face would be if it kept moving as between its two nearest keys (the union of both).
            near, nxt = (self.keys[0], self.keys[1:2]) if after else (self.keys[-1], self.keys[-2:-1])
            rect, slack = near[1], (0.0, 0.0)
            if nxt:
                (fa, ra), (fb, rb) = near, nxt[0]
                steps = (frame - fa) / (fa - fb) if fa != fb else 0.0
                moved = (ra[0] + (ra[0] - rb[0]) * steps, ra[1] + (ra[1] - rb[1]) * steps, ra[2], ra[3])
                rect = _union(rect, moved)
        return _padded(rect, slack, width, height)

    def to_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "first_frame": self.first,
            "last_frame": self.last,
            "detections": len(self.keys),
            "keys": [[f, *(round(v, 1) for v in r)] for f, r in self.keys],
            "state": self.state.value,
        }


@dataclass(frozen=True)
class FaceScan:
    """What `scan_faces` found: the tracks, and the frame geometry they refer to (upright pixels)."""

    frames: int
    width: int
    height: int
    fps: float
    detect_every: int
    detector: FaceDetector
    tracks: tuple[FaceTrack, ...]
    frame_pts: tuple[int, ...] = ()
    """Each frame's presentation time stamp, in decoding order, when they all exist and increase
    (so `frame_at` can seek to a frame instead of decoding every frame before it); else empty."""

    def seconds(self, frame: int) -> float:
        return frame / self.fps if self.fps > 0 else 0.0

    def with_states(self, states: dict[int, TrackState]) -> FaceScan:
        """The same scan with some tracks accepted or rejected (by number; unknown numbers are an error)."""
        known = {t.number for t in self.tracks}
        missing = sorted(set(states) - known)
        if missing:
            raise InvalidInput(f"no face track {missing[0]} in this video (it has {len(self.tracks)})")
        return replace(self, tracks=tuple(replace(t, state=states.get(t.number, t.state)) for t in self.tracks))

    def with_tracks(self, extra: Sequence[FaceTrack]) -> FaceScan:
        """The same scan with tracks the researcher added (`follow_box`), clipped to the video."""
        clipped = [replace(t, last=min(t.last, self.frames - 1)) for t in extra]
        return replace(self, tracks=self.tracks + tuple(clipped))

    def to_json(self) -> dict[str, object]:
        return {
            "frames": self.frames,
            "width": self.width,
            "height": self.height,
            "fps": round(self.fps, 3),
            "detect_every": self.detect_every,
            "detector": self.detector.value,
            "tracks": [t.to_json() for t in self.tracks],
        }


def _lerp(a: Rect, b: Rect, t: float) -> Rect:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, a[3] + (b[3] - a[3]) * t)


def _union(a: Rect, b: Rect) -> Rect:
    left, top = min(a[0], b[0]), min(a[1], b[1])
    right, bottom = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return (left, top, right - left, bottom - top)


def _padded(rect: Rect, slack: tuple[float, float], width: int, height: int) -> Box | None:
    x, y, w, h = rect
    pad_w, pad_h = w * PADDING + slack[0], h * PADDING + slack[1]
    left, top = max(0, math.floor(x - pad_w)), max(0, math.floor(y - pad_h))
    right, bottom = min(width, math.ceil(x + w + pad_w)), min(height, math.ceil(y + h + pad_h))
    if right <= left or bottom <= top:
        return None
    return Box(left, top, right - left, bottom - top)


def _iou(a: Rect, b: Rect) -> float:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union > 0 else 0.0


@dataclass
class _Building:
    keys: list[tuple[int, Rect]] = field(default_factory=list)

    def predicted(self, frame: int) -> Rect:
        f1, r1 = self.keys[-1]
        if len(self.keys) < 2:
            return r1
        f0, r0 = self.keys[-2]
        return _lerp(r0, r1, (frame - f0) / (f1 - f0)) if f1 != f0 else r1


def _link(tracks: list[_Building], frame: int, found: Sequence[Rect], reach: int) -> None:
    """Add this frame's detections to the tracks they continue; the others start new tracks."""
    open_tracks = [t for t in tracks if frame - t.keys[-1][0] <= reach]
    pairs: list[tuple[float, int, int]] = []
    for ti, track in enumerate(open_tracks):
        guess = track.predicted(frame)
        gx, gy = guess[0] + guess[2] / 2, guess[1] + guess[3] / 2
        for di, det in enumerate(found):
            score = _iou(guess, det)
            if score < MATCH_IOU:
                # A face that moved fast: close to where it was predicted, and of a similar size.
                dist = math.hypot(det[0] + det[2] / 2 - gx, det[1] + det[3] / 2 - gy)
                size = max(det[2], det[3], guess[2], guess[3])
                similar = 0.5 < (det[2] * det[3]) / max(1e-6, guess[2] * guess[3]) < 2.0
                if not similar or dist > size:
                    continue
                score = MATCH_IOU * (1 - dist / size) / 2
            pairs.append((score, ti, di))
    used_t: set[int] = set()
    used_d: set[int] = set()
    for _, ti, di in sorted(pairs, key=lambda p: -p[0]):
        if ti in used_t or di in used_d:
            continue
        used_t.add(ti)
        used_d.add(di)
        open_tracks[ti].keys.append((frame, found[di]))
    for di, det in enumerate(found):
        if di not in used_d:
            tracks.append(_Building([(frame, det)]))


def _upright(frame: Any) -> Any:
    """The frame's pixels as RGB, turned as the display matrix says (a phone held upright)."""
    pixels = frame.to_ndarray(format="rgb24")
    turns = round(float(frame.rotation or 0) / 90) % 4
    return np.ascontiguousarray(np.rot90(pixels, k=turns)) if turns else pixels


def _video_stream(container: Any) -> Any:
    videos = [s for s in container.streams.video]
    if not videos:
        raise InvalidMedia("the video has no video stream")
    if len(videos) > 1:
        raise InvalidInput(f"the video has {len(videos)} video streams; face redaction handles videos with one")
    return videos[0]


def _expected_frames(stream: Any, duration: float) -> int:
    if stream.frames:
        return int(stream.frames)
    rate = float(stream.average_rate or stream.guessed_rate or 30)
    return max(1, round(duration * rate))


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("cancelled; nothing was changed")


def scan_faces(
    data: Source,
    media_type: MediaType,
    detector: FaceDetector | None = None,
    detect_every: int = DETECT_EVERY,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> FaceScan:
    """Find and follow the faces of a video working copy (pass 1). Tracks are numbered from 1 in
    the order they appear (then left to right), so the same video and detector give the same numbers."""
    if detect_every < 1:
        raise InvalidInput("faces are detected every 1 or more frames")
    chosen = detector or default_face_detector()
    what = "video"
    duration = probe(data, media_type, what).duration
    building: list[_Building] = []
    # A small face is found only on the full-size detection frames: a track stays open for two of
    # those (one missed), and at least MAX_MISSED missed detections of a face found on every one.
    reach = detect_every * max(MAX_MISSED + 1, 2 * FULL_EVERY)
    stamps: list[int | None] = []
    count = width = height = 0
    with open_input(data, media_type, what) as container:
        stream = _video_stream(container)
        expected = _expected_frames(stream, duration)
        fps = float(stream.average_rate or stream.guessed_rate or 0) or (expected / duration if duration else 0.0)
        stream.thread_type = "AUTO"
        with guarded(what):
            for frame in container.decode(stream):
                _check(cancel)
                if count % detect_every == 0:
                    pixels = _upright(frame)
                    height, width = pixels.shape[:2]
                    full = (count // detect_every) % FULL_EVERY == 0
                    side = DETECT_MAX_SIDE if full else DETECT_FAST_SIDE
                    found = face_regions(Image.fromarray(pixels), chosen, max_side=side)
                    _link(building, count, found, reach)
                stamps.append(frame.pts)
                count += 1
                if count > _MAX_FRAMES:
                    raise InvalidMedia("the video has too many frames; refused")
                if progress is not None:
                    progress("scan", count, max(expected, count))
    if count == 0:
        raise InvalidMedia("the video has no frames")
    # Held at least as long as the frames between two full-size detections (a small face entering
    # or leaving between two of them is covered too).
    spacing = detect_every * (FULL_EVERY if max(width, height) > DETECT_FAST_SIDE else 1)
    hold = max(MIN_HOLD_FRAMES, math.ceil(HOLD_SECONDS * fps)) + spacing - 1
    ordered = sorted(building, key=lambda b: (b.keys[0][0], b.keys[0][1][0]))
    tracks = tuple(
        FaceTrack(n, tuple(b.keys), max(0, b.keys[0][0] - hold), min(count - 1, b.keys[-1][0] + hold))
        for n, b in enumerate(ordered, start=1)
    )
    # Time stamps that all exist and increase identify a frame for seeking; any other kind would not.
    known = [p for p in stamps if p is not None]
    seekable = len(known) == len(stamps) and all(b > a for a, b in itertools.pairwise(known))
    frame_pts = tuple(int(p) for p in known) if seekable else ()
    return FaceScan(count, width, height, fps, detect_every, chosen, tracks, frame_pts)


FOLLOW_MIN_SCORE = 0.6
"""A box drawn by the researcher is followed while the picture under it still matches this well
(normalised correlation of the grey pixels, 1 = identical); below it the face is taken as lost."""
FOLLOW_SIDE = 640  # frames are matched at most this large
FOLLOW_BACK_BYTES = 64 * 1024 * 1024
"""The frames before the drawn one are kept (grey, at most `FOLLOW_SIDE`) for following the face
backwards, up to this many bytes: about 10 s of a 16:9 video. Earlier than that the box is only held."""


class _Matcher:
    """Looks for the picture under a drawn box again, frame after frame, near where it last was."""

    def __init__(self, template: Any, rect: Rect, scale: float) -> None:
        self.template, self.last, self.scale = template, rect, scale

    def find(self, grey: Any) -> Rect | None:
        import cv2

        th, tw = self.template.shape[:2]
        last, scale = self.last, self.scale
        # Search a window twice the box's size around where it last was.
        cx, cy = (last[0] + last[2] / 2) * scale, (last[1] + last[3] / 2) * scale
        left, top = max(0, int(cx - tw)), max(0, int(cy - th))
        right, bottom = min(grey.shape[1], int(cx + tw)), min(grey.shape[0], int(cy + th))
        window = grey[top:bottom, left:right]
        if window.shape[0] < th or window.shape[1] < tw:
            return None  # the box has left the frame
        result = cv2.matchTemplate(window, self.template, cv2.TM_CCOEFF_NORMED)
        _, best, _, at = cv2.minMaxLoc(result)
        if best < FOLLOW_MIN_SCORE:
            return None
        self.last = ((left + at[0]) / scale, (top + at[1]) / scale, last[2], last[3])
        return self.last


def follow_box(
    data: Source,
    media_type: MediaType,
    frame: int,
    box: Box,
    number: int,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
) -> FaceTrack:
    """A track from a box the researcher drew at ``frame`` (a face the detector missed): the picture
    under it is looked for again in each following frame, near where it was, until it is lost
    (`FOLLOW_MIN_SCORE`) or the video ends, and the same backwards from ``frame`` (through the
    frames kept, `FOLLOW_BACK_BYTES`); the box is then held like a detected track's on both ends."""
    import cv2

    if frame < 0:
        raise InvalidInput("the frame of a box counts from 0")
    keys: list[tuple[int, Rect]] = []
    earlier: deque[tuple[int, Any]] = deque()
    kept = 0
    matcher: _Matcher | None = None
    scale = 1.0
    fps = 0.0
    count = 0
    expected = 0
    with open_input(data, media_type, "video") as container, guarded("video"):
        stream = _video_stream(container)
        fps = float(stream.average_rate or stream.guessed_rate or 30)
        expected = int(stream.frames or 0)
        for count, decoded in enumerate(container.decode(stream)):
            _check(cancel)
            if progress is not None:
                progress("follow", count + 1, max(expected, count + 1))
            pixels = _upright(decoded)
            height, width = pixels.shape[:2]
            scale = min(1.0, FOLLOW_SIDE / max(width, height))
            grey = cv2.cvtColor(pixels, cv2.COLOR_RGB2GRAY)
            if scale < 1.0:
                grey = cv2.resize(grey, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA)
            if count < frame:
                earlier.append((count, grey))
                kept += grey.nbytes
                while kept > FOLLOW_BACK_BYTES and earlier:
                    kept -= earlier.popleft()[1].nbytes
                continue
            if matcher is None:
                clipped = box.clip(width, height)
                x, y = round(clipped.x * scale), round(clipped.y * scale)
                w, h = max(4, round(clipped.w * scale)), max(4, round(clipped.h * scale))
                drawn = (float(clipped.x), float(clipped.y), float(clipped.w), float(clipped.h))
                matcher = _Matcher(grey[y : y + h, x : x + w].copy(), drawn, scale)
                keys.append((count, drawn))
                continue
            found = matcher.find(grey)
            if found is None:
                break
            keys.append((count, found))
        if matcher is not None:
            # Backwards from the drawn frame, through the frames kept (newest first).
            back = _Matcher(matcher.template, keys[0][1], scale)
            while earlier:
                _check(cancel)
                number_back, grey = earlier.pop()
                found = back.find(grey)
                if found is None:
                    break
                keys.insert(0, (number_back, found))
            earlier.clear()
    if matcher is None:
        raise InvalidInput(f"the video has no frame {frame} (it has {count + 1})")
    hold = max(MIN_HOLD_FRAMES, math.ceil(HOLD_SECONDS * fps))
    return FaceTrack(number, tuple(keys), max(0, keys[0][0] - hold), keys[-1][0] + hold, TrackState.ACCEPTED)


def frames_at(
    data: Source, media_type: MediaType, wanted: set[int], cancel: threading.Event | None = None
) -> dict[int, Any]:
    """Upright RGB pixels of the frames numbered in ``wanted`` (for reviewing tracks: one frame of
    each), decoded in one streaming pass that stops after the last one wanted."""
    out: dict[int, Any] = {}
    if not wanted:
        return out
    last = max(wanted)
    with open_input(data, media_type, "video") as container, guarded("video"):
        stream = _video_stream(container)
        for count, frame in enumerate(container.decode(stream)):
            _check(cancel)
            if count in wanted:
                out[count] = _upright(frame)
            if count >= last:
                break
    return out


def frame_at(
    data: Source, media_type: MediaType, scan: FaceScan, frame: int, cancel: threading.Event | None = None
) -> Any:
    """Upright RGB pixels of one frame (numbered as ``scan`` numbers them), for the review: found by
    seeking to the key frame before it and decoding from there when the scan kept the time stamps,
    else by decoding every frame before it."""
    if not 0 <= frame < scan.frames:
        raise InvalidInput(f"the video has no frame {frame} (it has {scan.frames})")
    if frame < len(scan.frame_pts):
        target = scan.frame_pts[frame]
        with open_input(data, media_type, "video") as container, guarded("video"):
            stream = _video_stream(container)
            container.seek(target, stream=stream, backward=True, any_frame=False)
            for decoded in container.decode(stream):
                _check(cancel)
                if decoded.pts is None or decoded.pts > target:
                    break  # not where the scan saw it: decode from the start instead
                if decoded.pts == target:
                    return _upright(decoded)
    found = frames_at(data, media_type, {frame}, cancel)
    if frame not in found:
        raise InvalidMedia(f"frame {frame} could not be decoded")
    return found[frame]


def _blur(pixels: Any, box: Box) -> None:
    import cv2

    region = pixels[box.y : box.y + box.h, box.x : box.x + box.w]
    small = cv2.resize(region, (max(1, box.w // BLUR_BLOCK), max(1, box.h // BLUR_BLOCK)), interpolation=cv2.INTER_AREA)
    back = cv2.resize(small, (box.w, box.h), interpolation=cv2.INTER_LINEAR)
    sigma = max(2.0, min(box.w, box.h) / 8)
    region[...] = cv2.GaussianBlur(back, (0, 0), sigma)


def burn_faces(
    data: Source,
    media_type: MediaType,
    scan: FaceScan,
    style: VideoStyle = VideoStyle.FILL,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[bytes, MediaType, list[str]]:
    """``burn_faces_to`` in memory: returns (bytes, type, steps)."""
    clean, out_type, steps = burn_faces_to(data, media_type, scan, io.BytesIO, style, progress, cancel)
    return clean.read(), out_type, steps


def burn_faces_to(
    data: Source,
    media_type: MediaType,
    scan: FaceScan,
    room: Callable[[], BinaryIO],
    style: VideoStyle = VideoStyle.FILL,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[BinaryIO, MediaType, list[str]]:
    """Pass 2: a new video with the boxes of every track not rejected burnt into every frame it
    covers, re-encoded with H.264 (audio copied), sanitized. The encoder writes into a file from
    ``room`` (seekable: the MP4 muxer goes back for its index), the sanitizer into another. Returns
    (the clean file from its start, which the caller closes; type; steps)."""
    tracks = [t for t in scan.tracks if t.state is not TrackState.REJECTED]
    if not tracks:
        raise InvalidInput("no face track to redact (none found, or all of them rejected)")
    what = "video"
    duration = probe(data, media_type, what).duration
    out_type = media_type if media_type in MUXERS else MediaType.MP4
    buffer = room()
    try:
        clean = _burn(data, media_type, scan, style, progress, cancel, tracks, buffer, out_type, duration, room)
    finally:
        buffer.close()
    return clean


def _burn(
    data: Source,
    media_type: MediaType,
    scan: FaceScan,
    style: VideoStyle,
    progress: Progress | None,
    cancel: threading.Event | None,
    tracks: list[FaceTrack],
    buffer: BinaryIO,
    out_type: MediaType,
    duration: float,
    room: Callable[[], BinaryIO],
) -> tuple[BinaryIO, MediaType, list[str]]:
    import av

    from .registry import sanitizer_for

    what = "video"
    # x264 wants even sides: an odd last row or column of the upright frame is cut off.
    width, height = scan.width - scan.width % 2, scan.height - scan.height % 2
    covered = 0
    count = 0
    with open_input(data, media_type, what) as container, guarded(what):
        stream = _video_stream(container)
        stream.thread_type = "AUTO"
        audio = [s for s in container.streams.audio]
        output = av.open(buffer, mode="w", format=MUXERS[out_type], options=dict(MUX_OPTIONS))
        try:
            rate = stream.average_rate or stream.guessed_rate or Fraction(30)
            out_video: Any = output.add_stream("libx264", rate=rate)
            out_video.width, out_video.height = width, height
            out_video.pix_fmt = "yuv420p"
            out_video.time_base = stream.time_base
            out_video.codec_context.time_base = stream.time_base
            out_video.options = {"crf": "18", "preset": "veryfast"}
            out_video.metadata.clear()
            out_audio: dict[int, Any] = {}
            for a in audio:
                copy = output.add_stream_from_template(a)
                copy.metadata.clear()
                out_audio[a.index] = copy
            output.metadata.clear()
            last_pts = -1
            for packet in container.demux(stream, *audio):
                if packet.stream_index in out_audio:
                    if packet.dts is None and packet.size == 0:
                        continue
                    packet.stream = out_audio[packet.stream_index]
                    output.mux(packet)
                    continue
                for frame in packet.decode():
                    _check(cancel)
                    pixels = _upright(frame)[:height, :width]
                    if pixels.shape[0] != height or pixels.shape[1] != width:
                        raise InvalidMedia("the video changes frame size midway; face redaction needs one size")
                    boxes = [b for b in (t.box_at(count, width, height) for t in tracks) if b is not None]
                    for box in boxes:
                        # Even corners: the colour planes have half the resolution, a box on an
                        # odd pixel would leave a half-covered colour sample at its edge.
                        x0, y0 = box.x - box.x % 2, box.y - box.y % 2
                        x1, y1 = (
                            min(width, box.x + box.w + (box.x + box.w) % 2),
                            min(height, box.y + box.h + (box.y + box.h) % 2),
                        )
                        even = Box(x0, y0, x1 - x0, y1 - y0)
                        if style is VideoStyle.FILL:
                            pixels[even.y : even.y + even.h, even.x : even.x + even.w] = 0
                        else:
                            _blur(pixels, even)
                    covered += 1 if boxes else 0
                    new = av.VideoFrame.from_ndarray(np.ascontiguousarray(pixels), format="rgb24")
                    pts = frame.pts if frame.pts is not None and frame.pts > last_pts else last_pts + 1
                    new.pts, new.time_base = pts, stream.time_base
                    last_pts = pts
                    for out_packet in out_video.encode(new):
                        output.mux(out_packet)
                    count += 1
                    if progress is not None:
                        progress("burn", count, max(scan.frames, count))
            for out_packet in out_video.encode(None):
                output.mux(out_packet)
        finally:
            output.close()
    if count != scan.frames:
        raise InvalidMedia(f"the video gave {count} frames, not the {scan.frames} that were scanned; nothing changed")
    # The encoder's output goes through the intake sanitizer like any imported file.
    buffer.seek(0)
    clean = room()
    try:
        result = sanitizer_for(out_type).sanitize(buffer, clean)
        new_duration = probe(clean, out_type, what).duration
        if abs(new_duration - duration) > 0.15 + 0.005 * duration:
            raise InvalidMedia(
                f"redaction changed the length of the video ({duration:.2f} s became {new_duration:.2f} s)"
            )
    except BaseException:
        clean.close()
        raise
    clean.seek(0)
    label = "filled with black" if style is VideoStyle.FILL else "blurred (a blur can sometimes be partly reversed)"
    steps = [
        f"covered {len(tracks)} face track(s) in {covered} of {count} frame(s): {label}"
        f" (detector {scan.detector.value}, every {scan.detect_every} frame(s), boxes held between detections)",
        f"re-encoded the video with H.264 (libx264) at {width}x{height}, upright"
        + (f"; {len(audio)} audio stream(s) copied as they were" if audio else ""),
    ]
    steps += list(result.transformations)
    return clean, out_type, steps
