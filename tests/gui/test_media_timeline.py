"""The face-track time line on its own: where a click lands (a bar: that track and the frame under
the pointer, clamped to the track; the scale: only the frame), the keys (Up/Down track, Left/Right
a frame, Page Up/Down a second, Home/End the track's ends), and many tracks scrolling in the panel
instead of pushing the frame off the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from evidence_app.media import video_faces
from evidence_app.media.redact import FaceDetector
from ui.media.timeline import ROW, SCALE, TrackTimeline, bars_of

pytestmark = pytest.mark.gui


def _scan(count: int) -> video_faces.FaceScan:
    tracks = tuple(
        video_faces.FaceTrack(
            n, ((10 * n, (0.0, 0.0, 10.0, 10.0)), (10 * n + 20, (5.0, 0.0, 10.0, 10.0))), 10 * n, 10 * n + 30
        )
        for n in range(1, count + 1)
    )
    return video_faces.FaceScan(400, 640, 360, 25.0, 2, FaceDetector.CENTERFACE, tracks)


def test_clicks_and_keys_choose_a_track_and_a_frame(qtbot: QtBot) -> None:
    timeline = TrackTimeline()
    qtbot.addWidget(timeline)
    timeline.resize(800, 200)
    scan = _scan(3)
    states = {2: video_faces.TrackState.REJECTED}
    timeline.set_bars(bars_of(scan, states), scan.frames, scan.fps)
    assert [b.covered for b in timeline.bars] == [True, False, True]
    timeline.show()
    qtbot.waitExposed(timeline)
    rows: list[int] = []
    frames: list[int] = []
    timeline.row_chosen.connect(rows.append)
    timeline.frame_chosen.connect(frames.append)

    # On the second bar's middle: that track, a frame inside it.
    middle = timeline.bar_rect(1).center().toPoint()
    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    assert rows == [1] and 20 <= frames[-1] <= 50
    # Beside the third bar (far right of its row): the track's last frame, not the frame under the pointer.
    QTest.mouseClick(
        timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(790, SCALE + 2 * ROW + ROW // 2)
    )
    assert rows == [1, 2] and frames[-1] == scan.tracks[2].last
    # On the scale: the frame under the pointer, the track stays.
    QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(790, 5))
    assert rows == [1, 2] and frames[-1] == timeline.frame_at_x(790) > 300

    QTest.keyClick(timeline, Qt.Key.Key_Up)  # the second track; the frame moved into it
    assert timeline.row == 1 and timeline.frame == scan.tracks[1].last
    QTest.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.frame == scan.tracks[1].first
    QTest.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.frame == scan.tracks[1].first + 1
    QTest.keyClick(timeline, Qt.Key.Key_PageDown)  # one second: 25 frames
    assert timeline.frame == scan.tracks[1].first + 26
    QTest.keyClick(timeline, Qt.Key.Key_End)
    assert timeline.frame == scan.tracks[1].last
    QTest.keyClick(timeline, Qt.Key.Key_Down)
    assert timeline.row == 2 and rows[-1] == 2
    timeline.grab().save("/dev/null", "PNG")  # paints without error (bars, hatching, scale, the frame line)


def test_many_tracks_scroll_and_the_chosen_one_is_shown(qtbot: QtBot) -> None:
    from ui.media.video_review import TIMELINE_ROWS, VideoFacesPanel

    class _Session:
        is_unlocked = True

    panel = VideoFacesPanel(_Session(), None)  # type: ignore[arg-type]  # nothing here runs a job
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    scan = _scan(30)
    panel.timeline.set_bars(bars_of(scan, {}), scan.frames, scan.fps)
    panel._fit_timeline()
    panel.show()
    qtbot.waitExposed(panel)
    area = panel.timeline_area
    assert area.height() == SCALE + ROW * TIMELINE_ROWS + 4 < panel.timeline.height()
    panel._row_visible(25)
    bar = panel.timeline.bar_rect(25)
    top = panel.timeline.mapTo(area.viewport(), bar.topLeft().toPoint()).y()
    assert 0 <= top <= area.viewport().height() - ROW // 2
