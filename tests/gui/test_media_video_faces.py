"""The Media tab on a video: Find faces runs in a job with progress and Cancel, each face track is
shown on one of its frames with its box and as a bar on the time line, one is left uncovered, a box
drawn on a frame is followed, Cover faces makes a new working copy in which the detector finds only
the faces left uncovered; locking drops every decoded frame."""

from __future__ import annotations

import io
import itertools
import time
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.media import faces_dnn
from evidence_app.media.redact import FaceDetector, face_regions
from evidence_app.media.video_faces import FaceScan as VideoScan
from tests.media import face_video
from ui.app import AppController
from ui.media.tab import MediaTab
from ui.media.video_review import VideoFacesPanel

from .test_media import _case, _import, _media_tab, _window

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not faces_dnn.available(), reason="the faces extra (CenterFace model) is missing"),
]


def _video_tab(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> tuple[MediaTab, str]:
    window = _window(unlocked)
    _case(window)
    tab = _media_tab(qtbot, window)
    path = tmp_path / "phone.mp4"
    path.write_bytes(face_video.write())
    [result] = _import(qtbot, tab, [path])
    assert result.item is not None
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert tab.select_item(result.item.id)
    window.tabs.setCurrentWidget(tab)
    tab.right_tabs.setCurrentIndex(1)
    return tab, result.item.id


def test_find_review_and_cover_the_faces_of_a_video(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    tab, item_id = _video_tab(qtbot, unlocked, tmp_path)
    panel = tab.video_faces
    assert panel.isVisible() and not tab.photo_review.isVisible()
    assert panel.find_button.isEnabled() and not panel.apply_button.isEnabled()

    ticks: list[float] = []
    timer = QTimer(panel)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    seen: list[int] = []
    panel.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(panel.tracks_found, timeout=120_000) as blocker:
        assert panel.find_faces()
        assert panel.cancel_button.isEnabled() and not panel.find_button.isEnabled()
    timer.stop()
    scan = blocker.args[0]
    assert scan is not None and len(scan.tracks) >= 2
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 10 and max(gaps) < 1.0  # the window kept answering while faces were found
    assert seen and max(seen) >= 50  # progress went up
    assert panel.track_list.count() == len(scan.tracks)
    assert panel.track_list.item(0).text().endswith("will be covered")
    assert panel.preview.image is not None  # the first track's frame, with its box

    window = _window(unlocked)
    window.resize(1400, 900)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "video-review.png"))  # looked at by hand when this changes

    # The cameraman (who shows up a second in) is left uncovered.
    frame = 45
    (cameraman,) = [t for t in scan.tracks if t.first <= frame <= t.last and t.keys[0][0] >= 20]
    row = [t.number for t in scan.tracks].index(cameraman.number)
    panel.set_state(row, cover=False)
    assert panel.track_list.item(row).text().endswith("left uncovered")
    with qtbot.waitSignal(tab.redaction_applied, timeout=120_000) as applied:
        assert panel.apply_button.isEnabled()
        panel.apply_button.click()
    new = applied.args[0]
    assert new.working.version == 2
    vault = window.vault()
    entry = [e for e in vault.custody_entries() if e.object_id == item_id][-1]
    assert entry.detail["faces"]["rejected_tracks"] == [cameraman.number]
    with av.open(io.BytesIO(ms.read_working(vault, ms.get_media(vault, item_id))), mode="r") as container:
        frames = [Image.fromarray(f.to_ndarray(format="rgb24")) for f in container.decode(video=0)]
    _, labels = face_video.frames()[frame]
    found = face_regions(frames[frame], FaceDetector.CENTERFACE)
    assert len(found) == 1  # only the face left uncovered
    x, _y, w, _h = labels[1]
    assert abs((found[0][0] + found[0][2] / 2) - (x + w / 2)) < w / 2
    ax, ay, aw, ah = (int(v) for v in labels[0])  # the astronaut's face: covered, black
    assert float(np.asarray(frames[frame].convert("L"))[ay : ay + ah, ax : ax + aw].mean()) < 20
    assert panel.track_list.count() == 0  # the new copy has not been searched yet


def test_cancel_stops_finding_faces_and_changes_nothing(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    tab, item_id = _video_tab(qtbot, unlocked, tmp_path)
    panel = tab.video_faces
    with qtbot.waitSignal(panel.tracks_found, timeout=120_000) as blocker:
        assert panel.find_faces()
        qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=60_000)
        panel.cancel_button.click()
    assert blocker.args[0] is None
    assert "nothing was changed" in panel.status.text() and panel.track_list.count() == 0
    assert panel.find_button.isEnabled() and not panel.apply_button.isEnabled()
    assert len(ms.get_media(tab.session.vault, item_id).versions) == 1


def _found(qtbot: QtBot, tab: MediaTab) -> VideoScan:
    panel = tab.video_faces
    with qtbot.waitSignal(panel.tracks_found, timeout=120_000) as blocker:
        assert panel.find_faces()
    scan: VideoScan = blocker.args[0]
    assert scan is not None and len(scan.tracks) >= 2
    return scan


def _to_frame(qtbot: QtBot, panel: VideoFacesPanel, frame: int) -> None:
    """The time line's scale clicked near ``frame``, then arrow keys to it exactly; the frame decoded."""
    timeline = panel.timeline
    x = next(x for x in range(timeline.width()) if timeline.frame_at_x(x) >= frame)
    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, 5))
    while timeline.frame != frame:
        QTest.keyClick(timeline, Qt.Key.Key_Right if timeline.frame < frame else Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: panel.shown_frame == frame, timeout=20_000)


def test_the_tracks_on_a_time_line_a_drawn_box_followed_and_covered(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    """Each track is a bar over the video's time; a click on a bar shows that frame with the track's
    box; every detected track left uncovered and a box drawn with the mouse on frame 15 around the
    astronaut: it is followed forwards and backwards and only it is covered in the new copy."""
    tab, item_id = _video_tab(qtbot, unlocked, tmp_path)
    panel = tab.video_faces
    window = _window(unlocked)
    window.resize(1400, 900)
    scan = _found(qtbot, tab)
    timeline = panel.timeline
    assert [b.number for b in timeline.bars] == [t.number for t in scan.tracks]
    assert not any(b.added for b in timeline.bars) and all(b.covered for b in timeline.bars)

    # A click on the middle of the cameraman's bar: his track is chosen, that frame is shown with his box.
    (cameraman,) = [t for t in scan.tracks if t.first <= 45 <= t.last and t.keys[0][0] >= 20]
    row = [t.number for t in scan.tracks].index(cameraman.number)
    middle = timeline.bar_rect(row).center().toPoint()
    with qtbot.waitSignal(panel.frame_shown, timeout=20_000) as shown:
        QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    frame = shown.args[0]
    assert cameraman.first <= frame <= cameraman.last and frame == timeline.frame
    assert panel.track_list.currentRow() == row and timeline.row == row
    boxes = {s.number: s for s in panel.preview.suggestions}
    assert boxes[cameraman.number].state == "accepted"  # will be covered: drawn filled
    assert str(frame) in panel.frame_label.text()
    window.grab().save(str(tmp_path / "timeline.png"))  # looked at by hand when this changes

    # Every detected track left uncovered: its bar is hatched, its box dashed.
    for r in range(len(scan.tracks)):
        panel.set_state(r, cover=False)
    assert not any(b.covered for b in timeline.bars) and not panel.apply_button.isEnabled()
    assert panel.track_list.item(row).text().endswith("left uncovered")

    # Frame 15, and a box dragged with the mouse around the astronaut (the frame is shown at full size here).
    _to_frame(qtbot, panel, 15)
    labels = face_video.frames()
    x, y, w, h = (round(v) for v in labels[15][1][0])
    canvas = panel.preview
    corner = canvas.to_widget(QRect(x, y, w, h))
    with qtbot.waitSignal(panel.box_followed, timeout=60_000) as followed:
        QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner.topLeft())
        QTest.mouseMove(canvas, corner.center())
        QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner.bottomRight())
    track = followed.args[0]
    assert track is not None and track.keys[0][0] <= 10 and track.keys[-1][0] >= 40  # both ways
    assert timeline.bars[-1].added and timeline.bars[-1].covered and timeline.bars[-1].number == track.number
    assert panel.track_list.currentRow() == len(scan.tracks)
    assert "box drawn on frame 15" in panel.track_list.currentItem().text()
    assert panel.apply_button.isEnabled()
    window.grab().save(str(tmp_path / "timeline-added.png"))

    with qtbot.waitSignal(tab.redaction_applied, timeout=120_000):
        panel.apply_button.click()
    vault = window.vault()
    entry = [e for e in vault.custody_entries() if e.object_id == item_id][-1]
    assert sorted(entry.detail["faces"]["rejected_tracks"]) == [t.number for t in scan.tracks]
    [added] = entry.detail["faces"]["added_boxes"]
    assert added["frame"] == 15 and added["followed_from"] <= 10 and added["followed_to"] >= 40
    with av.open(io.BytesIO(ms.read_working(vault, ms.get_media(vault, item_id))), mode="r") as container:
        frames = [Image.fromarray(f.to_ndarray(format="rgb24")) for f in container.decode(video=0)]

    def dark(i: int, person: int) -> float:
        ax, ay, aw, ah = (max(0, int(v)) for v in labels[i][1][person])
        return float(np.asarray(frames[i].convert("L"))[ay : ay + ah, ax : ax + aw].mean())

    for i in (10, 15, 30, 40):
        assert dark(i, 0) < 20, i  # the astronaut, covered by the box drawn on frame 15 (before it, too)
    assert dark(45, 1) > 60  # the cameraman, left uncovered
    found = face_regions(frames[45], FaceDetector.CENTERFACE)
    assert len(found) == 1  # only his face


def test_locking_drops_the_frame_shown_the_tracks_and_the_video(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    tab, _ = _video_tab(qtbot, unlocked, tmp_path)
    panel = tab.video_faces
    _found(qtbot, tab)
    _to_frame(qtbot, panel, 30)
    assert panel.preview.image is not None and panel.found is not None and panel.timeline.bars
    unlocked.lock()
    assert panel.found is None and panel.preview.image is None and panel.preview.suggestions == []
    assert panel.timeline.bars == [] and panel.track_list.count() == 0 and panel.added == []
    assert panel.frame_label.text() == ""


def test_cancel_stops_following_a_box_and_covering_the_faces(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    tab, item_id = _video_tab(qtbot, unlocked, tmp_path)
    panel = tab.video_faces
    scan = _found(qtbot, tab)
    with qtbot.waitSignal(panel.box_followed, timeout=60_000) as followed:
        assert panel.follow(panel.shown_frame, QRect(10, 10, 40, 40))
        assert panel.cancel_button.isEnabled() and not panel.apply_button.isEnabled()
        panel.cancel_button.click()
    assert followed.args[0] is None and panel.added == [] and "not added" in panel.status.text()
    assert [b.number for b in panel.timeline.bars] == [t.number for t in scan.tracks]

    covered: list[object] = []
    panel.covered.connect(covered.append)
    panel.apply_button.click()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=60_000)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    assert covered == [] and "nothing was changed" in panel.status.text()
    assert len(ms.get_media(tab.session.vault, item_id).versions) == 1
    assert panel.timeline.bars and panel.apply_button.isEnabled()  # the review is still there to apply again
