"""The faces of a video reviewed in a real window with the real mouse and keyboard: found with
Alt+E, one detected track left uncovered with Alt+L, its bar clicked on the time line to see a
frame, a box dragged around the face on another frame and followed, Alt+Y covers the faces in a
new working copy, which the vault (opened after the app quit) holds with those faces black."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import av
import numpy as np
import pytest
from PIL import Image

from crypto.secret import SecretStr
from evidence_app import media_service as ms
from evidence_app.media import faces_dnn
from evidence_app.records.cases import list_cases
from evidence_app.vault import Vault
from tests.media import face_video
from tests.realwindow.conftest import App
from tests.realwindow.test_casework import _first_run, _label
from tests.realwindow.test_day import PASSPHRASE, _rows
from ui.media import timeline as tl

pytestmark = pytest.mark.skipif(not faces_dnn.available(), reason="the faces extra (CenterFace model) is missing")


def _frame_of(state: dict[str, Any]) -> int:
    found = re.match(r"Frame (\d+) of", state.get("labels", {}).get("videoFrameLabel", ""))
    return int(found.group(1)) if found else -1


def _frame(app: App) -> int:
    return _frame_of(app.state())


def _timeline_point(state: dict[str, Any], row: int, frame: int) -> tuple[float, float]:
    """The screen point of ``frame`` on the bar of ``row`` (the time line's own geometry)."""
    x, y, width, _ = state["places"]["faceTimeline"]
    span = width - tl.LABELS - 6
    return x + tl.LABELS + span * (
        frame + 0.5
    ) / face_video.FPS / face_video.SECONDS, y + tl.SCALE + row * tl.ROW + tl.ROW / 2


def _step_to(app: App, frame: int) -> None:
    """Arrow keys on the focused time line until the frame shown is ``frame``."""
    for _ in range(20):
        now = _frame(app)
        if now == frame:
            return
        app.key("Right" if now < frame else "Left")
    app.wait_for(
        f"frame {frame}", lambda s: s.get("labels", {}).get("videoFrameLabel", "").startswith(f"Frame {frame} of")
    )


def test_review_the_faces_of_a_video_on_the_time_line_with_the_mouse(
    make_app: Callable[..., App], tmp_path: Path
) -> None:
    video = tmp_path / "phone.mp4"
    video.write_bytes(face_video.write())
    app = make_app()
    app.start()
    _first_run(app)
    app.key("ctrl+n")
    app.wait_active("New case")
    app.type("Video case")
    app.key("Return")
    _rows(app, "cases", 1)
    app.key("ctrl+i")
    app.wait_active("Import files into the case")
    app.type(str(video))
    app.key("Return")
    app.wait_for("the video in the media grid", lambda s: s.get("counts", {}).get("mediaGrid") == 1, timeout=60)
    _label(app, "mediaStatus", lambda t: t.startswith("Imported"), "the import's status line", timeout=60)

    app.key("alt+c")  # the Compare and redact page: the face review of a video
    app.key("alt+e")  # Find faces in the video
    state = _label(app, "videoFacesStatus", lambda t: "face track(s) in 75 frames" in t, "the face tracks", timeout=180)
    assert state["counts"]["faceTracks"] == 3 and state["current"]["faceTracks"] == 0
    app.screenshot("40-video-tracks")
    app.key("alt+l")  # Leave uncovered: the astronaut's detected track (the first one)
    state = app.wait_for("the next track", lambda s: s.get("current", {}).get("faceTracks") == 1)

    # A click in the middle of the cameraman's bar (row 1): his track, frame 45 under the pointer.
    app.click(*_timeline_point(state, 1, 45))
    app.wait_for("frame 45", lambda s: abs(_frame_of(s) - 45) <= 1, timeout=20)
    assert app.state()["current"]["faceTracks"] == 1
    app.screenshot("41-timeline-clicked")

    # The astronaut's row at frame 15 (the keyboard fixes the exact frame), and a box dragged around her face.
    app.click(*_timeline_point(app.state(), 0, 15))
    state = app.wait_for("the astronaut's track", lambda s: s.get("current", {}).get("faceTracks") == 0)
    _step_to(app, 15)
    state = app.state()
    cx, cy, cw, ch = state["places"]["videoFrame"]
    width, height = face_video.SIZE
    scale = min(cw / width, ch / height)
    left, top = cx + (cw - width * scale) / 2, cy + (ch - height * scale) / 2
    fx, fy, fw, fh = face_video.frames()[15][1][0]
    app.drag((left + fx * scale, top + fy * scale), (left + (fx + fw) * scale, top + (fy + fh) * scale))
    state = _label(app, "videoFacesStatus", lambda t: t.startswith("Face 4 added"), "the box followed", timeout=60)
    assert state["counts"]["faceTracks"] == 4 and state["current"]["faceTracks"] == 3
    app.screenshot("42-box-drawn-and-followed")

    app.key("alt+y")  # Cover faces in a new copy
    # The new copy is shown at once (its tracks not searched yet); the media status says it was saved.
    state = _label(app, "mediaStatus", lambda t: t.startswith("Saved working copy v2"), "the covered copy", timeout=180)
    assert state["counts"]["faceTracks"] == 0
    app.screenshot("43-faces-covered")
    app.key("ctrl+shift+q")
    assert app.wait_exit() == 0

    with Vault.open(app.vault, passphrase=SecretStr(PASSPHRASE)) as vault:
        [item] = ms.list_media(vault, list_cases(vault)[0].id)
        entry = [e for e in vault.custody_entries() if e.object_id == item.id][-1]
        assert entry.detail["faces"]["rejected_tracks"] == [1]
        [added] = entry.detail["faces"]["added_boxes"]
        assert added["frame"] == 15 and added["followed_from"] <= 10 and added["followed_to"] >= 40
        data = ms.read_working(vault, ms.get_media(vault, item.id))
    with av.open(io.BytesIO(data), mode="r") as container:
        frames = [
            np.asarray(Image.fromarray(f.to_ndarray(format="rgb24")).convert("L")) for f in container.decode(video=0)
        ]
    labels = face_video.frames()
    for i, person in ((10, 0), (15, 0), (30, 0), (40, 0), (45, 1)):
        x, y, w, h = (max(0, int(v)) for v in labels[i][1][person])
        assert float(frames[i][y : y + h, x : x + w].mean()) < 20, (i, person)
