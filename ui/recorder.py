"""Record an interview from the microphone straight into the vault (the Media tab's Record button).

Thin Qt around evidence_app/recording.py: ``QAudioSource`` delivers 16-bit PCM, which goes to a
``LiveEncoder`` (FLAC in memory, on its own thread) and to the level meter; nothing is written to a
file. Stop stores the recording through intake on a pool thread (ui.jobs): a sealed original with
its SHA-256, the markers and, if chosen, the link to a testimony.

Locking (Ctrl+L, auto-lock, screen lock) stops the recording and stores what was recorded so far
while the vault is still open (``Session.about_to_lock``); a save already running is waited for.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app import recording as rec
from evidence_app.model import MediaItem, now_utc
from evidence_app.records.testimonies import list_testimonies

from .jobs import JobRunner
from .session import Session

if TYPE_CHECKING:  # QtMultimedia loads when recording starts, not with the window (startup time)
    from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource

_RATES = (48000, 44100, 16000)
RING_USECS = 5_000_000
"""Qt's capture ring buffer: Qt 6.11 stops delivering for good once it overflows, and PulseAudio
delivers in bursts, so it holds 5 s (480 KB at 48 kHz) and is emptied every 50 ms."""
PULSE_LATENCY_MSEC = "20"
"""Qt 6.11 leaves PulseAudio's fragment size at its 2 s default with a 21 ms buffer, which a
vanilla PulseAudio server (not PipeWire) answers with almost no audio; libpulse's documented
``PULSE_LATENCY_MSEC`` asks for 20 ms fragments. Set only while the capture stream connects."""
_Taken = tuple[rec.LiveEncoder, list[rec.Marker], str | None]  # the encoder, the markers, the testimony


def _clock(ms: int) -> str:
    seconds = ms // 1000
    return f"{seconds // 3600:d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _input_format(device: QAudioDevice) -> QAudioFormat | None:
    """16-bit mono (or stereo) at a common rate the device takes; None if it takes none."""
    from PySide6.QtMultimedia import QAudioFormat

    for channels in (1, 2):
        for rate in _RATES:
            fmt = QAudioFormat()
            fmt.setSampleRate(rate)
            fmt.setChannelCount(channels)
            fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
            if device.isFormatSupported(fmt):
                return fmt
    return None


@contextlib.contextmanager
def _pulse_fragments() -> Iterator[None]:
    before = os.environ.get("PULSE_LATENCY_MSEC")
    if before is None:
        os.environ["PULSE_LATENCY_MSEC"] = PULSE_LATENCY_MSEC
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("PULSE_LATENCY_MSEC", None)


class RecorderDialog(QDialog):
    """One recording: Record, Pause/Resume, Add marker, Stop and save."""

    saved = Signal(object)  # the stored MediaItem
    failed = Signal(str)

    def __init__(self, session: Session, jobs: JobRunner, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self.case_id = case_id
        self.setObjectName("recorderDialog")
        self.setWindowTitle(self.tr("Record an interview"))
        self.source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self.encoder: rec.LiveEncoder | None = None
        self.markers: list[rec.Marker] = []
        self._started = ""
        self._saving: threading.Event | None = None  # set when a running save has finished
        self.item: MediaItem | None = None

        self.testimony_combo = QComboBox(self)
        self.testimony_combo.setObjectName("recorderTestimony")
        self.testimony_combo.addItem(self.tr("(none: keep it with the case only)"), None)
        for testimony in list_testimonies(session.vault, case_id):
            date = testimony.interview_date.isoformat() if testimony.interview_date else self.tr("no date")
            text = " · ".join(part for part in (date, testimony.place, testimony.language, testimony.id[:8]) if part)
            self.testimony_combo.addItem(text, testimony.id)
        self.meter = QProgressBar(self)
        self.meter.setObjectName("recorderLevel")
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(self.tr("Input level"))
        self.time_label = QLabel(_clock(0), self)
        self.time_label.setObjectName("recorderTime")
        self.status_label = QLabel(self.tr("Ready. Nothing is recorded until you press Record."), self)
        self.status_label.setObjectName("recorderStatus")
        self.status_label.setWordWrap(True)

        self.record_button = QPushButton(self.tr("&Record"), self)
        self.record_button.setObjectName("recorderRecord")
        self.record_button.clicked.connect(self.start)
        self.pause_button = QPushButton(self.tr("&Pause"), self)
        self.pause_button.setObjectName("recorderPause")
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(self.tr("&Stop and save"), self)
        self.stop_button.setObjectName("recorderStop")
        self.stop_button.clicked.connect(self.stop_and_save)

        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("recorderMarkerLabel")
        self.label_edit.setPlaceholderText(self.tr("What happens here (optional)"))
        self.label_edit.returnPressed.connect(self.add_marker)
        self.marker_button = QPushButton(self.tr("Add &marker"), self)
        self.marker_button.setObjectName("recorderMarker")
        self.marker_button.setToolTip(self.tr("Mark this moment of the recording, with the label typed beside it"))
        self.marker_button.clicked.connect(self.add_marker)
        self.marker_list = QListWidget(self)
        self.marker_list.setObjectName("recorderMarkers")
        self.marker_list.setAccessibleName(self.tr("Markers (double-click to change a label)"))
        self.marker_list.itemChanged.connect(self._marker_edited)

        form = QFormLayout()
        testimony_label = QLabel(self.tr("A&ttach to testimony:"), self)
        testimony_label.setBuddy(self.testimony_combo)
        form.addRow(testimony_label, self.testimony_combo)
        level = QHBoxLayout()
        level.addWidget(self.meter, 1)
        level.addWidget(self.time_label)
        form.addRow(self.tr("Level:"), level)
        buttons = QHBoxLayout()
        for button in (self.record_button, self.pause_button, self.stop_button):
            buttons.addWidget(button)
        mark = QHBoxLayout()
        mark.addWidget(self.label_edit, 1)
        mark.addWidget(self.marker_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addLayout(mark)
        layout.addWidget(self.marker_list, 1)

        self.clock = QTimer(self)
        self.clock.setInterval(50)  # empties Qt's ring buffer too
        self.clock.timeout.connect(self._tick)
        session.about_to_lock.connect(self.save_before_lock)
        self._update()

    # --- state -------------------------------------------------------------------------------

    @property
    def recording(self) -> bool:
        return self.encoder is not None

    @property
    def paused(self) -> bool:
        if self.source is None:
            return False
        from PySide6.QtMultimedia import QtAudio

        return self.source.state() == QtAudio.State.SuspendedState

    def _update(self) -> None:
        busy = self._saving is not None and not self._saving.is_set()
        self.record_button.setEnabled(not self.recording and not busy and self.item is None)
        self.pause_button.setEnabled(self.recording)
        self.pause_button.setText(self.tr("Res&ume") if self.paused else self.tr("&Pause"))
        self.stop_button.setEnabled(self.recording)
        self.marker_button.setEnabled(self.recording)
        self.testimony_combo.setEnabled(not busy and self.item is None)

    def _tick(self) -> None:
        self._read()
        if self.encoder is not None:
            self.time_label.setText(_clock(self.encoder.recorded_ms))
            if self.encoder.full:
                self.status_label.setText(self.tr("The recording reached its size limit and was stopped."))
                self.stop_and_save()

    # --- recording ---------------------------------------------------------------------------

    def start(self) -> bool:
        """Open the default microphone and record; False (and a reason shown) if it cannot."""
        if self.recording or self.item is not None:
            return False
        from PySide6.QtMultimedia import QAudioSource, QMediaDevices, QtAudio

        device = QMediaDevices.defaultAudioInput()
        fmt = _input_format(device) if not device.isNull() else None
        if fmt is None:
            self.status_label.setText(self.tr("No microphone that records 16-bit sound was found."))
            return False
        self._begin(rec.PcmFormat(fmt.sampleRate(), fmt.channelCount()))
        self.source = QAudioSource(device, fmt, self)
        self.source.setBufferSize(fmt.bytesForDuration(RING_USECS))
        with _pulse_fragments():
            self._io = self.source.start()
        if self._io is None or self.source.error() != QtAudio.Error.NoError:
            self._drop_source()
            encoder, self.encoder = self.encoder, None
            if encoder is not None:
                encoder.abandon()
            self.clock.stop()
            self.status_label.setText(self.tr("The microphone could not be opened."))
            self._update()
            return False
        self._io.readyRead.connect(self._read)
        return True

    def _begin(self, fmt: rec.PcmFormat) -> None:
        """Recording state: an encoder waiting for PCM (``feed``), the clock running."""
        self.encoder = rec.LiveEncoder(fmt)
        self._started = now_utc()
        self.clock.start()
        self.status_label.setText(self.tr("Recording into the vault. No file is written."))
        self._update()

    def _read(self) -> None:
        if self._io is None or self.encoder is None:
            return
        data = bytes(self._io.readAll().data())
        if data:
            self.feed(data)

    def feed(self, pcm: bytes) -> None:
        """Take a chunk of the microphone's PCM (the level meter shows its peak)."""
        if self.encoder is None:
            return
        self.encoder.feed(pcm)
        self.meter.setValue(round(100 * rec.level_of(pcm)))

    def toggle_pause(self) -> None:
        if self.source is None:
            return
        if self.paused:
            self.source.resume()
            self.status_label.setText(self.tr("Recording into the vault. No file is written."))
        else:
            self._read()
            self.source.suspend()
            self.meter.setValue(0)
            self.status_label.setText(self.tr("Paused: the pause is not part of the recording."))
        self._update()

    def add_marker(self) -> rec.Marker | None:
        if self.encoder is None:
            return None
        self._read()
        position = self.encoder.recorded_ms
        if any(m.position_ms == position for m in self.markers):
            position += 1
        marker = rec.Marker(position, rec.clean_label(self.label_edit.text()))
        self.markers.append(marker)
        self.label_edit.clear()
        item = QListWidgetItem(f"{_clock(position)}  {marker.label}".rstrip())
        item.setData(Qt.ItemDataRole.UserRole, position)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.marker_list.blockSignals(True)
        self.marker_list.addItem(item)
        self.marker_list.blockSignals(False)
        return marker

    def _marker_edited(self, item: QListWidgetItem) -> None:
        position = int(item.data(Qt.ItemDataRole.UserRole))
        text = item.text()
        prefix = _clock(position)
        label = rec.clean_label(text[len(prefix) :] if text.startswith(prefix) else text)
        self.markers = [rec.Marker(m.position_ms, label) if m.position_ms == position else m for m in self.markers]

    def _drop_source(self) -> None:
        if self.source is not None:
            self._read()
            self.source.stop()
            self.source.deleteLater()
        self.source = None
        self._io = None

    def _take(self) -> _Taken | None:
        """Stop the microphone and hand over what was recorded (None if nothing was)."""
        self.clock.stop()
        self._drop_source()
        encoder, self.encoder = self.encoder, None
        self.meter.setValue(0)
        if encoder is None:
            return None
        testimony = self.testimony_combo.currentData()
        return encoder, list(self.markers), testimony if isinstance(testimony, str) else None

    def _store(self, encoder: rec.LiveEncoder, markers: list[rec.Marker], testimony: str | None) -> MediaItem:
        vault = self.session.vault
        flac = encoder.finish()
        return rec.store_recording(vault, self.case_id, flac, markers, testimony, started=self._started)

    def stop_and_save(self) -> bool:
        """Stop and store on a pool thread; ``saved`` or ``failed`` follows."""
        taken = self._take()
        if taken is None:
            return False
        done = threading.Event()
        self._saving = done
        self.status_label.setText(self.tr("Saving the recording into the vault…"))
        self._update()

        def work(_p: Callable[[int, str], None]) -> MediaItem:
            return self._run_store(taken, done)

        self.jobs.start(work, on_finished=self._saved, on_failed=self._failed)
        return True

    def _run_store(
        self, taken: tuple[rec.LiveEncoder, list[rec.Marker], str | None], done: threading.Event
    ) -> MediaItem:
        try:
            return self._store(*taken)
        finally:
            done.set()

    def _saved(self, item: MediaItem) -> None:
        self.item = item
        self.status_label.setText(
            self.tr("Saved in the vault: {name} (SHA-256 {sha}…).").format(
                name=item.original_name, sha=item.original_sha256[:16]
            )
        )
        self._update()
        self.saved.emit(item)

    def _failed(self, exc: Exception) -> None:
        self.status_label.setText(self.tr("The recording could not be saved: {error}").format(error=str(exc)))
        self._update()
        self.failed.emit(str(exc))

    def save_before_lock(self) -> MediaItem | None:
        """The vault is locking: stop and store now, while it is still open (this thread waits)."""
        if self._saving is not None:
            self._saving.wait()  # a save started by Stop finishes before the vault closes
        taken = self._take()
        if taken is None:
            return None
        try:
            item = self._store(*taken)
        except Exception as exc:  # the lock goes on; say what happened
            self._failed(exc)
            return None
        self._saved(item)
        return item

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.recording:
            self.stop_and_save()  # closing never throws a recording away
        super().closeEvent(event)

    def reject(self) -> None:
        if self.recording:
            self.stop_and_save()
        super().reject()

    def discard(self) -> None:
        """On lock, after save_before_lock: drop the markers and close."""
        with contextlib.suppress(RuntimeError, TypeError):
            self.session.about_to_lock.disconnect(self.save_before_lock)
        self.markers.clear()
        self.marker_list.clear()
        self.done(0)
