"""Faces in video: `media redact ID --faces` on a video built from the labelled face set, checked the
way a recipient would: every frame of the exported working copy decoded and searched again by the
detector, the sound still there, exiftool finding no metadata."""

from __future__ import annotations

import io
import json
import threading
from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from PIL import Image

from bench import face_set
from evidence_app.errors import InvalidInput
from evidence_app.media import faces_dnn, video_faces
from evidence_app.media.base import MediaType
from evidence_app.media.redact import Box, FaceDetector, face_regions
from evidence_app.media.registry import sanitizer_for
from tests.conftest import Cli
from tests.recordings.exiftool_allow import exiftool_json, leaks

from . import face_video
from .transcript_check import EXIFTOOL

pytestmark = pytest.mark.skipif(not faces_dnn.available(), reason="the faces extra (CenterFace model) is missing")


def _frames(data: bytes) -> list[Image.Image]:
    with av.open(io.BytesIO(data), mode="r") as container:
        return [Image.fromarray(frame.to_ndarray(format="rgb24")) for frame in container.decode(video=0)]


def _frames_with_faces(frames: list[Image.Image]) -> list[int]:
    return [i for i, image in enumerate(frames) if face_regions(image, FaceDetector.CENTERFACE)]


def _working(raw: bytes) -> bytes:
    out = io.BytesIO()
    sanitizer_for(MediaType.MP4).sanitize(io.BytesIO(raw), out)
    return out.getvalue()


@pytest.fixture(scope="module")
def raw_video() -> bytes:
    return face_video.write()


@pytest.fixture(scope="module")
def working_and_scan(raw_video: bytes) -> tuple[bytes, video_faces.FaceScan]:
    work = _working(raw_video)
    return work, video_faces.scan_faces(work, MediaType.MP4)


def _dark(image: Image.Image, rect: face_set.Rect) -> float:
    """Mean brightness of the labelled face area inside the frame."""
    x, y, w, h = rect
    left, top = max(0, int(x)), max(0, int(y))
    right, bottom = min(image.width, int(x + w)), min(image.height, int(y + h))
    return float(np.asarray(image.convert("L"))[top:bottom, left:right].mean())


def test_every_exported_frame_of_a_redacted_video_shows_no_face(
    cli_vault: Cli, tmp_path: Path, raw_video: bytes
) -> None:
    path = tmp_path / "phone.mp4"
    path.write_bytes(raw_video)
    original_frames = _frames(raw_video)
    # The video really shows faces, nearly everywhere (else the check below proves nothing).
    assert len(_frames_with_faces(original_frames)) >= 0.9 * len(original_frames)

    case = cli_vault.ok("case", "add", "--title", "C")
    item = cli_vault.ok("media", "import", "--case", case, str(path))
    r = cli_vault("media", "faces", item, "--json")
    assert r.code == 0, r.err
    listed = json.loads(r.out)
    assert listed["frames"] == len(original_frames) and len(listed["tracks"]) >= 2
    assert "face track(s)" in r.err and "watch the video yourself" in r.err

    r = cli_vault("media", "redact", item, "--faces")
    assert r.code == 0, r.err
    assert r.out.strip() == "2" and "working copy v2" in r.err
    out = tmp_path / "exported.mp4"
    cli_vault.ok("media", "export-working", item, "--out", str(out))
    exported = out.read_bytes()

    frames = _frames(exported)
    assert len(frames) == len(original_frames)
    assert frames[0].size == face_video.SIZE
    assert _frames_with_faces(frames) == []  # the detector, run again on EVERY frame, finds nothing
    # Independent of the detector: where the labels say a face is (and no other person covers
    # it), the exported frame is black.
    for i, (_, labels) in enumerate(face_video.frames()):
        if len(labels) == 1 and labels[0][0] >= 0:
            assert _dark(frames[i], labels[0]) < 20, i

    with av.open(io.BytesIO(exported), mode="r") as container:
        assert [s.type for s in container.streams] == ["video", "audio"]
        sound = np.concatenate([f.to_ndarray().ravel() for f in container.decode(audio=0)])
    assert abs(len(sound) / 44100 - face_video.SECONDS) < 0.1 and float(np.abs(sound).max()) > 0.2

    for secret in (*face_video.METADATA.values(), "x264 - core", "Lavf", "Lavc"):
        assert secret.encode() not in exported, secret
    if EXIFTOOL:
        (record,) = exiftool_json([out])
        assert leaks(record) == []

    log = cli_vault.ok("log")
    assert "redact" in log


def test_blur_leaves_no_face_for_the_detector_and_a_rejected_track_stays(
    working_and_scan: tuple[bytes, video_faces.FaceScan],
) -> None:
    work, scan = working_and_scan
    blurred, out_type, steps = video_faces.burn_faces(work, MediaType.MP4, scan, video_faces.VideoStyle.BLUR)
    assert out_type is MediaType.MP4 and "blurred" in steps[0]
    frames = _frames(blurred)
    assert _frames_with_faces(frames) == []
    # The cameraman's track left out: his face is back in the frames he is in, the astronaut's is not.
    frame = 45
    (cameraman,) = [t for t in scan.tracks if t.first <= frame <= t.last and t.keys[0][0] >= 20]
    kept, _, _ = video_faces.burn_faces(
        work, MediaType.MP4, scan.with_states({cameraman.number: video_faces.TrackState.REJECTED})
    )
    image = _frames(kept)[frame]
    astronaut_label, cameraman_label = face_video.frames()[frame][1]
    assert _dark(image, cameraman_label) > 60 and _dark(image, astronaut_label) < 20
    found = face_regions(image, FaceDetector.CENTERFACE)
    assert len(found) == 1 and face_set.iou(found[0], cameraman_label) > 0.4
    with pytest.raises(InvalidInput, match="no face track 99"):
        scan.with_states({99: video_faces.TrackState.REJECTED})


def test_a_phone_video_held_upright_is_searched_and_written_upright(raw_video: bytes) -> None:
    """Phones store portrait video sideways with a display rotation: the faces are found on the
    upright picture (a sideways face is missed) and the new copy is upright, with no rotation."""
    buffer = io.BytesIO()
    upright = face_video.frames()[:30]
    with av.open(buffer, mode="w", format="mp4") as container:
        stream: Any = container.add_stream("libx264", rate=face_video.FPS)
        stream.height, stream.width = face_video.SIZE  # stored sideways
        stream.pix_fmt = "yuv420p"
        stream.set_display_rotation(-90)  # shown turned a quarter clockwise
        for i, (image, _) in enumerate(upright):
            sideways = np.ascontiguousarray(np.rot90(np.asarray(image), k=1))
            frame = av.VideoFrame.from_ndarray(sideways, format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, face_video.FPS)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    work = _working(buffer.getvalue())
    scan = video_faces.scan_faces(work, MediaType.MP4)
    assert (scan.width, scan.height) == face_video.SIZE and scan.tracks
    data, _, _ = video_faces.burn_faces(work, MediaType.MP4, scan)
    frames = _frames(data)
    assert frames[0].size == face_video.SIZE
    with av.open(io.BytesIO(data), mode="r") as container:
        assert next(container.decode(video=0)).rotation == 0
    assert _frames_with_faces(frames) == []
    for i, (_, labels) in enumerate(upright):
        if labels[0][0] >= 0:
            assert _dark(frames[i], labels[0]) < 20, i


def _track(keys: list[tuple[int, face_set.Rect]], every: int = 2) -> video_faces.FaceTrack:
    building: list[Any] = []
    for frame, rect in keys:
        video_faces._link(building, frame, [rect], every * (video_faces.MAX_MISSED + 1))
    (one,) = building
    hold = 3 + every - 1
    return video_faces.FaceTrack(1, tuple(one.keys), max(0, keys[0][0] - hold), keys[-1][0] + hold)


def test_a_face_the_detector_misses_for_a_few_frames_stays_covered() -> None:
    # Found on frames 10, 12, missed on 14, 16, 18, found again on 20 (moving right 4 px a frame).
    track = _track([(10, (100, 50, 40, 50)), (12, (108, 50, 40, 50)), (20, (140, 50, 40, 50))])
    for frame in range(10, 21):
        box = track.box_at(frame, 640, 360)
        assert box is not None
        face_x = 100 + (frame - 10) * 4
        assert box.x <= face_x and box.x + box.w >= face_x + 40 and box.y <= 50 and box.y + box.h >= 100
    # Held (and carried along its motion) before the first and after the last detection.
    before, after = track.box_at(track.first, 640, 360), track.box_at(track.last, 640, 360)
    assert before is not None and before.x <= 100 - (10 - track.first) * 4
    assert after is not None and after.x + after.w >= 140 + 40 + (track.last - 20) * 4
    assert track.box_at(track.last + 1, 640, 360) is None


def test_a_detection_far_away_or_after_a_long_gap_is_another_face() -> None:
    building: list[Any] = []
    reach = 2 * (video_faces.MAX_MISSED + 1)
    video_faces._link(building, 0, [(10, 10, 40, 40), (300, 10, 40, 40)], reach)
    video_faces._link(building, 2, [(14, 10, 40, 40), (300, 12, 40, 40)], reach)
    assert [len(b.keys) for b in building] == [2, 2]
    video_faces._link(building, 2 + reach + 2, [(14, 10, 40, 40)], reach)
    assert [len(b.keys) for b in building] == [2, 2, 1]


def test_cancel_stores_nothing_and_bad_requests_are_one_line(cli_vault: Cli, tmp_path: Path, raw_video: bytes) -> None:
    stop = threading.Event()
    seen: list[int] = []

    def progress(phase: str, done: int, total: int) -> None:
        seen.append(done)
        if done == 5:
            stop.set()

    with pytest.raises(video_faces.Cancelled):
        video_faces.scan_faces(_working(raw_video), MediaType.MP4, progress=progress, cancel=stop)
    assert seen[-1] == 5

    photo = tmp_path / "group.png"
    next(s for s in face_set.build() if s.name == "frontal-60px").image.save(photo)
    case = cli_vault.ok("case", "add", "--title", "C")
    item = cli_vault.ok("media", "import", "--case", case, str(photo))
    r = cli_vault("media", "redact", item, "--faces")
    assert r.code == 1 and "applies to videos" in r.err and "Traceback" not in r.err
    r = cli_vault("media", "redact", item, "--box", "1,1,5,5", "--style", "blur")
    assert r.code == 1 and "--style blur is for --faces" in r.err
    r = cli_vault("media", "redact", item, "--faces", "--style", "pixelate")
    assert r.code == 1 and "fill or --style blur" in r.err


def test_a_box_drawn_on_one_frame_follows_the_face_and_is_burnt_in(
    cli_vault: Cli, tmp_path: Path, working_and_scan: tuple[bytes, video_faces.FaceScan], raw_video: bytes
) -> None:
    """A face the detector missed: boxed by hand on frame 15, followed from there forwards and
    backwards (the detector's own tracks all left out, so only the drawn box covers it)."""
    work, _ = working_and_scan
    labelled = face_video.frames()
    x, y, w, h = (round(v) for v in labelled[15][1][0])  # the astronaut, walking right
    track = video_faces.follow_box(work, MediaType.MP4, 15, Box(x, y, w, h), 1)
    followed = dict(track.keys)
    # Back to where she walks in at the left edge (frame 5), held a quarter second before that.
    assert min(followed) <= 8 and track.first == 0 and max(followed) >= 40
    for frame in range(8, 41):
        assert face_set.iou(followed[frame], labelled[frame][1][0]) > 0.6, frame
    # The cameraman, boxed in the middle of his second on screen: followed only while he is there.
    cx, cy, cw, ch = (round(v) for v in labelled[45][1][1])
    his = dict(video_faces.follow_box(work, MediaType.MP4, 45, Box(cx, cy, cw, ch), 2).keys)
    assert 25 <= min(his) <= 30 and 60 <= max(his) <= 64, (min(his), max(his))
    for frame in range(30, 61):
        assert face_set.iou(his[frame], labelled[frame][1][1]) > 0.6, frame

    path = tmp_path / "phone.mp4"
    path.write_bytes(raw_video)
    case = cli_vault.ok("case", "add", "--title", "C")
    item = cli_vault.ok("media", "import", "--case", case, str(path))
    numbers = [t["number"] for t in json.loads(cli_vault.ok("media", "faces", item, "--json"))["tracks"]]
    rejects = [arg for n in numbers for arg in ("--reject-track", str(n))]
    r = cli_vault("media", "redact", item, "--faces", *rejects, "--add-box", f"15:{x},{y},{w},{h}")
    assert r.code == 0, r.err
    out = tmp_path / "out.mp4"
    cli_vault.ok("media", "export-working", item, "--out", str(out))
    frames = _frames(out.read_bytes())
    assert _dark(frames[20], labelled[20][1][0]) < 20 and _dark(frames[40], labelled[40][1][0]) < 20
    assert _dark(frames[10], labelled[10][1][0]) < 20  # before the frame it was drawn on: followed back
    assert _dark(frames[45], labelled[45][1][1]) > 60  # the cameraman's track was left out
    r = cli_vault("media", "redact", item, "--faces", "--add-box", "5:1,2")
    assert r.code == 1 and "X,Y,W,H" in r.err and "Traceback" not in r.err


def test_a_frame_found_by_seeking_is_the_frame_decoded_in_order(
    working_and_scan: tuple[bytes, video_faces.FaceScan],
) -> None:
    """The review shows one frame by seeking to the key frame before it (the scan keeps each
    frame's time stamp): the pixels are those of the same frame decoded from the start."""
    work, scan = working_and_scan
    assert len(scan.frame_pts) == scan.frames
    in_order = video_faces.frames_at(work, MediaType.MP4, set(range(scan.frames)))
    for frame in (0, 1, 24, 25, 37, 50, scan.frames - 1):
        assert np.array_equal(video_faces.frame_at(work, MediaType.MP4, scan, frame), in_order[frame]), frame
    # Without time stamps (a container that has none) the frame is decoded from the start.
    plain = replace(scan, frame_pts=())
    assert np.array_equal(video_faces.frame_at(work, MediaType.MP4, plain, 37), in_order[37])
    with pytest.raises(InvalidInput, match="no frame 75"):
        video_faces.frame_at(work, MediaType.MP4, scan, scan.frames)


def test_a_small_face_found_only_at_full_size_is_covered_in_every_frame() -> None:
    """Two detection frames of three are searched at 640 px (`FULL_EVERY`): a face 28 px high in a
    720p frame is found only on the full-size ones (every sixth frame) and must still be covered in
    every frame between; the large face is found on every detection frame."""
    clip = face_video.small_and_large()
    work = _working(face_video.write(audio=False, clip=clip))
    scan = video_faces.scan_faces(work, MediaType.MP4)
    assert (scan.width, scan.height) == face_video.SMALL_SIZE
    spacing = video_faces.DETECT_EVERY * video_faces.FULL_EVERY
    small, large = (
        next(t for t in scan.tracks if face_set.iou(t.keys[0][1], clip[t.keys[0][0]][1][person]) > 0.3)
        for person in (0, 1)
    )
    assert small is not large
    assert all(f % spacing == 0 for f, _ in small.keys) and len(small.keys) >= len(clip) // spacing - 1
    assert len(large.keys) >= len(clip) // video_faces.DETECT_EVERY - 1
    data, _, _ = video_faces.burn_faces(work, MediaType.MP4, scan)
    frames = _frames(data)
    assert len(frames) == len(clip)
    for i, (_, labels) in enumerate(clip):
        assert _dark(frames[i], labels[0]) < 20 and _dark(frames[i], labels[1]) < 20, i
    # The detector, at full size, on the frames furthest from a full-size detection.
    for i in range(spacing // 2, len(clip), spacing):
        assert face_regions(frames[i], FaceDetector.CENTERFACE, max_side=1280) == [], i
