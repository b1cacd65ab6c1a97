"""The Media tab on a video: Find faces runs in a job with progress and Cancel, each face track is
shown on one of its frames with its box, one is left uncovered, Cover faces makes a new working
copy in which the detector finds only that face."""

from __future__ import annotations

import io
import itertools
import time
from pathlib import Path

import av
import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.media import faces_dnn
from evidence_app.media.redact import FaceDetector, face_regions
from tests.media import face_video
from ui.app import AppController
from ui.media.tab import MediaTab

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
