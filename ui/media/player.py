"""Playback of a recording's working copy, from memory only (see ``AudioPlayer``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QStyle, QVBoxLayout, QWidget

if TYPE_CHECKING:  # imported for real only when a recording is first shown (see AudioPlayer)
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

# What the player is told the stream is called. FFmpeg prints it in its log lines: never a file name.
_AUDIO_SOURCE_URL = "evidence:working-copy"


def _clock(ms: int) -> str:
    seconds = max(0, ms) // 1000
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02}:{rest % 60:02}" if hours else f"{rest // 60}:{rest % 60:02}"


class AudioPlayer(QWidget):
    """Plays a recording's working copy from memory: the decrypted bytes go into a QBuffer handed
    to QMediaPlayer.setSourceDevice, so the plaintext never touches disk (no temporary file, which
    playing "a file" would need). ``unload()`` stops playback and drops the buffer; the tab calls it
    when another item is shown and when the vault locks.

    QtMultimedia is imported on first use, not with this module: the app starts without loading
    the multimedia stack, and a machine where it cannot be loaded (a missing system audio library)
    gets a sentence saying playback is unavailable while everything else works. Only sanitized
    working copies of recordings are played, never an original."""

    loaded = Signal()  # a recording was handed to the player
    changed = Signal()  # media status, playback state, duration or availability changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player: QMediaPlayer | None = None
        self.output: QAudioOutput | None = None
        self.buffer: QBuffer | None = None
        self.unavailable: str | None = None  # why playback cannot work on this machine, once known
        self._loading = False  # a recording is being decrypted for the player
        self._play_when_loaded = False  # Play was pressed while it was
        self._updating_slider = False
        self.setAccessibleName(self.tr("Recording player"))
        style = self.style()
        self.play_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay), self.tr("Pla&y"), self)
        self.play_button.setAccessibleName(self.tr("Play the recording"))
        self.play_button.setToolTip(self.tr("Play the working copy (Alt+Y; Space while the player has focus)"))
        self.play_button.clicked.connect(self.play)
        self.pause_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaPause), self.tr("Paus&e"), self
        )
        self.pause_button.setAccessibleName(self.tr("Pause the recording"))
        self.pause_button.setToolTip(self.tr("Pause (Alt+E; Space while the player has focus)"))
        self.pause_button.clicked.connect(self.pause)
        self.stop_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaStop), self.tr("Stop"), self)
        self.stop_button.setAccessibleName(self.tr("Stop the recording and go back to the start"))
        self.stop_button.setToolTip(self.tr("Stop and go back to the start (the Stop media key works too)"))
        self.stop_button.clicked.connect(self.stop)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Position in the recording"))
        self.slider.setToolTip(self.tr("Arrows: 1 second, Page Up/Down: 10 seconds, Home/End: start/end"))
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(10_000)
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(self._seek)
        self.time_label = QLabel(self)
        self.time_label.setAccessibleName(self.tr("Time played and length of the recording"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        # Media keys work anywhere in the window while the player is shown.
        for key, slot in (
            (Qt.Key.Key_MediaTogglePlayPause, self.toggle),
            (Qt.Key.Key_MediaPlay, self.play),
            (Qt.Key.Key_MediaPause, self.pause),
            (Qt.Key.Key_MediaStop, self.stop),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.play_button, self.pause_button, self.stop_button):
            row.addWidget(button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._update()

    # --- the backend ---------------------------------------------------------------------------

    def ensure_backend(self) -> bool:
        """Load QtMultimedia and make the player, once; False (and a message) if that cannot work."""
        if self.player is not None:
            return True
        if self.unavailable is not None:
            return False
        try:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
        except ImportError as exc:  # e.g. libQt6Multimedia cannot find the system's audio library
            return self._set_unavailable(str(exc))
        player = QMediaPlayer(self)
        if not player.isAvailable():  # no multimedia backend plugin could be loaded
            player.deleteLater()
            return self._set_unavailable("no multimedia backend")
        output = QAudioOutput(self)
        player.setAudioOutput(output)
        player.positionChanged.connect(self._position_changed)
        player.durationChanged.connect(self._duration_changed)
        player.mediaStatusChanged.connect(self._status_changed)
        player.playbackStateChanged.connect(lambda _state: self._update())
        player.errorOccurred.connect(self._error)
        self.player, self.output = player, output
        return True

    def _set_unavailable(self, reason: str) -> bool:
        self.unavailable = reason
        self.message.setText(
            self.tr(
                "Playback is unavailable on this computer: its multimedia libraries could not be loaded. "
                "The recording is kept safely in the vault."
            )
        )
        self.message.setVisible(True)
        self._update()
        self.changed.emit()
        return False

    # --- loading -------------------------------------------------------------------------------

    def load(self, data: bytes) -> bool:
        """Hand decrypted working-copy bytes to the player (in memory only)."""
        self.unload()
        if not self.ensure_backend():
            return False
        assert self.player is not None
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.buffer = buffer
        self.message.setVisible(False)
        self.player.setSourceDevice(buffer, QUrl(_AUDIO_SOURCE_URL))
        self._update()
        self.loaded.emit()
        if self._play_when_loaded:
            self.play()
        return True

    def expect(self) -> None:
        """A recording is being decrypted for this player: Play now means play once it is here."""
        self.unload()
        self._loading = True
        self._update()

    def unload(self) -> None:
        """Stop and forget the recording: the player holds no source, the buffer is emptied and
        dropped (locking calls this; Python cannot zero the memory, see THREAT_MODEL.md)."""
        self._loading = False
        self._play_when_loaded = False
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())  # also clears the source device
        if self.buffer is not None:
            self.buffer.close()
            self.buffer.setData(QByteArray())
            self.buffer.deleteLater()
            self.buffer = None
        self._updating_slider = True
        self.slider.setRange(0, 0)
        self._updating_slider = False
        self._update()

    # --- controls ------------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        if self.player is None:
            return False
        return self.player.playbackState() == self.player.PlaybackState.PlayingState

    def play(self) -> None:
        if self.player is not None and self.buffer is not None:
            self.player.play()
        elif self._loading:
            self._play_when_loaded = True

    def pause(self) -> None:
        self._play_when_loaded = False
        if self.player is not None and self.buffer is not None:
            self.player.pause()

    def stop(self) -> None:
        self._play_when_loaded = False
        if self.player is not None and self.buffer is not None:
            self.player.stop()

    def seek(self, position_ms: int, play: bool = True) -> bool:
        """Go to ``position_ms`` (a word clicked in the transcript) and play from there."""
        if self.player is None or self.buffer is None:
            return False
        self.player.setPosition(max(0, position_ms))
        if play:
            self.play()
        return True

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Space reaches here from the slider and labels (buttons take their own Space).
        if event.key() == Qt.Key.Key_Space and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.toggle()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- player signals ------------------------------------------------------------------------

    def _seek(self, value: int) -> None:
        if not self._updating_slider and self.player is not None and self.buffer is not None:
            self.player.setPosition(value)

    def _position_changed(self, position: int) -> None:
        self._updating_slider = True
        self.slider.setValue(position)
        self._updating_slider = False
        self._update_time()

    def _duration_changed(self, duration: int) -> None:
        self._updating_slider = True
        self.slider.setRange(0, max(0, duration))
        self._updating_slider = False
        self._update_time()
        self.changed.emit()

    def _status_changed(self, _status: object) -> None:
        self._loading = False
        self._update()
        self.changed.emit()

    def _error(self, _error: object, text: str) -> None:
        self.message.setText(self.tr("The recording could not be played: {reason}").format(reason=text))
        self.message.setVisible(True)
        self.changed.emit()

    def _update_time(self) -> None:
        position = self.player.position() if self.player is not None and self.buffer is not None else 0
        self.time_label.setText(f"{_clock(position)} / {_clock(self.slider.maximum())}")

    def _update(self) -> None:
        ready = self.player is not None and (self.buffer is not None or self._loading)
        for widget in (self.play_button, self.pause_button, self.stop_button):
            widget.setEnabled(ready)
        self.slider.setEnabled(self.player is not None and self.buffer is not None)
        self._update_time()
