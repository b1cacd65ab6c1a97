"""Playing a recording's working copy inside the Media tab: from memory (QBuffer), never through a
file; keyboard controls; locking stops playback and drops the buffer; a machine without the
multimedia libraries is told so and the rest of the tab works.

Offscreen machines may have no audio device: the assertions are on the player's media status,
duration and position (which advance without one), never on sound."""

from __future__ import annotations

import math
import os
import struct
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from evidence_app import media_service as ms
from evidence_app.records.cases import add_case
from tests.conftest import PROJECT
from tests.recordings import corpus
from ui.app import AppController
from ui.media.player import AudioPlayer
from ui.media.tab import MediaTab

pytestmark = pytest.mark.gui

RATE = 16_000


def make_wav(path: Path, seconds: float, marker: str = "") -> Path:
    """A 16-bit mono WAV tone; ``marker`` is written into the samples themselves, so it survives
    sanitizing (which keeps the audio data byte for byte) and sits in the decrypted working copy."""
    samples = bytearray()
    for i in range(int(seconds * RATE)):
        samples += struct.pack("<h", int(9000 * math.sin(2 * math.pi * 440 * i / RATE)))
    stamp = marker.encode()
    if stamp:
        samples[RATE : RATE + len(stamp)] = stamp  # a few samples of noise half a second in
    fmt = struct.pack("<HHIIHH", 1, 1, RATE, RATE * 2, 2, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(samples)) + samples
    path.write_bytes(b"RIFF" + struct.pack("<I", len(body)) + body)
    return path


def _media_tab(qtbot: QtBot, controller: AppController) -> MediaTab:
    window = controller.main_window
    assert window is not None
    case = add_case(window.vault(), "Recordings")
    window.reload_cases(select=case.id)
    tab = window.show_media()
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    tab.right_tabs.setCurrentIndex(0)  # Details: where a selected recording's player is
    return tab


def _import_and_load(qtbot: QtBot, tab: MediaTab, path: Path) -> str:
    """Import one recording; the tab selects it and hands its working copy to the player."""
    with (
        qtbot.waitSignal(tab.audio_loaded, timeout=30_000) as loaded,
        qtbot.waitSignal(tab.import_finished, timeout=30_000) as imported,
    ):
        assert tab.import_paths([path])
    [result] = imported.args[0]
    assert result.item is not None, result.error
    item_id: str = result.item.id
    assert loaded.args == [item_id]
    return item_id


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=5_000)


def _statuses() -> tuple[object, ...]:
    from PySide6.QtMultimedia import QMediaPlayer

    s = QMediaPlayer.MediaStatus
    return s.LoadedMedia, s.BufferingMedia, s.BufferedMedia, s.EndOfMedia


def test_a_recording_plays_from_memory_and_locking_drops_it(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    marker = f"CANARYAUDIO{uuid.uuid4().hex[:10].upper()}"
    inputs = tmp_path / "inputs"  # the researcher's own file: plaintext by their choice
    inputs.mkdir()
    wav = make_wav(inputs / "interview.wav", seconds=3.0, marker=marker)
    tab = _media_tab(qtbot, unlocked)
    loads: list[str] = []
    tab.audio_loaded.connect(loads.append)
    item_id = _import_and_load(qtbot, tab, wav)
    # the marker is really in the decrypted working copy the player was given
    item = ms.get_media(unlocked.session.vault, item_id)
    assert marker.encode() in ms.read_working(unlocked.session.vault, item)

    audio = tab.audio
    assert audio.unavailable is None, f"playback unavailable here: {audio.unavailable} (scripts/setup installs it)"
    player = audio.player
    assert player is not None and audio.buffer is not None
    assert player.sourceDevice() is audio.buffer  # fed from memory, not from a file or URL
    assert not player.source().isLocalFile()
    assert tab.audio_box.isVisibleTo(tab)
    qtbot.waitUntil(lambda: player.mediaStatus() in _statuses() and player.duration() > 0, timeout=10_000)
    assert abs(player.duration() - 3000) <= 20, player.duration()
    assert audio.slider.maximum() == player.duration()
    assert audio.time_label.text() == "0:00 / 0:03"
    for button in (audio.play_button, audio.pause_button, audio.stop_button):
        assert button.isEnabled() and button.accessibleName()
    assert audio.slider.accessibleName()

    # Play with the keyboard: Space on the focused Play button
    _focus(qtbot, audio.play_button)
    QTest.keyClick(audio.play_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: audio.playing and player.position() > 200, timeout=10_000)
    assert player.mediaStatus() in _statuses()
    # Space while the position slider has the focus pauses
    _focus(qtbot, audio.slider)
    QTest.keyClick(audio.slider, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.playbackState() == player.PlaybackState.PausedState, timeout=5_000)
    # the slider seeks: Home to the start, then one step (1 s) to the right
    QTest.keyClick(audio.slider, Qt.Key.Key_Home)
    QTest.keyClick(audio.slider, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: abs(player.position() - 1000) <= 50, timeout=5_000)
    assert audio.time_label.text().startswith("0:01 / ")
    # Alt+Y (the Play button's mnemonic) plays again from anywhere in the window
    window = unlocked.main_window
    assert window is not None
    _focus(qtbot, tab.view)
    QTest.keyClick(tab.view, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: audio.playing, timeout=5_000)

    # decrypted once, although the list reloaded around it; and playing was never interrupted
    assert loads == [item_id]

    unlocked.lock()
    QApplication.processEvents()
    assert player.playbackState() == player.PlaybackState.StoppedState
    assert player.source().isEmpty() and player.sourceDevice() is None
    assert audio.buffer is None
    assert not audio.play_button.isEnabled()

    # nothing decrypted reached the disk: no marker in the vault folder, HOME or the temp folder
    for root in (unlocked.vault_dir, Path.home(), temp):
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink():
                data = path.read_bytes()
                for encoding in ("utf-8", "utf-16-le"):
                    assert marker.encode(encoding) not in data, f"the recording's marker is in {path}"


def test_an_mp3_loads_with_its_duration_and_stop_goes_back_to_the_start(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    mp3 = tmp_path / "memo.mp3"
    mp3.write_bytes(corpus.encode_audio("mp3", "libmp3lame", seconds=2.0))
    tab = _media_tab(qtbot, unlocked)
    _import_and_load(qtbot, tab, mp3)
    audio = tab.audio
    player = audio.player
    assert player is not None
    qtbot.waitUntil(lambda: player.mediaStatus() in _statuses() and player.duration() > 0, timeout=10_000)
    assert abs(player.duration() - 2000) <= 100, player.duration()  # MP3 frames: ~26 ms of padding
    _focus(qtbot, audio.play_button)
    QTest.keyClick(audio.play_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.position() > 100, timeout=10_000)
    _focus(qtbot, audio.stop_button)
    QTest.keyClick(audio.stop_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: player.playbackState() == player.PlaybackState.StoppedState, timeout=5_000)
    assert player.position() == 0
    # another item shown: the previous recording is dropped from the player
    tab.view.setCurrentIndex(tab.model.index(-1, 0))
    assert audio.buffer is None and player.sourceDevice() is None and not tab.audio_box.isVisibleTo(tab)


def test_without_the_multimedia_libraries_the_tab_says_so_and_still_works(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a machine whose libQt6Multimedia cannot load (e.g. no libpulse) looks like to Python.
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    tab = _media_tab(qtbot, unlocked)
    with qtbot.waitSignal(tab.import_finished, timeout=30_000) as imported:
        assert tab.import_paths([make_wav(tmp_path / "field.wav", seconds=1.0)])
    [result] = imported.args[0]
    assert result.item is not None
    qtbot.waitUntil(lambda: tab.current_item is not None and tab.audio_box.isVisibleTo(tab), timeout=10_000)
    audio = tab.audio
    assert audio.player is None and audio.buffer is None and audio.unavailable
    assert audio.message.isVisibleTo(tab) and "unavailable" in audio.message.text()
    assert not audio.play_button.isEnabled() and not audio.slider.isEnabled()
    # the rest of the tab goes on: details are listed, the recording is described
    details = [tab.details.item(i).text() for i in range(tab.details.count())]
    assert any("SHA-256" in line for line in details)
    assert "Recording" in tab.audio_label.text()
    audio.play()  # pressing Play anyway does nothing and raises nothing
    assert isinstance(audio, AudioPlayer) and audio.player is None


def test_qtmultimedia_is_loaded_only_when_a_recording_is_shown() -> None:
    """The app starts without the multimedia stack, and only ui/ ever imports it."""
    code = "import sys\nimport ui.media.tab, ui.main_window, ui.app\nprint('PySide6.QtMultimedia' in sys.modules)\n"
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.strip() == "False"
    for package in ("crypto", "evidence_app"):
        for path in (PROJECT / package).rglob("*.py"):
            assert "QtMultimedia" not in path.read_text(encoding="utf-8"), path
