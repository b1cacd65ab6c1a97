"""The Media tab's transcript of a recording: Transcribe… runs offline speech recognition
(evidence_app/transcripts.py) on a pool thread with progress and Cancel, and the transcript is
shown beside the player; a click on a word seeks the player to it and plays.

What must never happen: the transcript shown after the vault locked (``discard()`` clears it and
asks a running transcription to stop; the generation counter makes a late result do nothing), or
the window blocked while the model works (a one-hour interview takes tens of minutes).
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evidence_app import transcripts
from evidence_app.media import speech
from evidence_app.model import MediaItem, MediaKind

from ..errors import show_error
from ..jobs import JobRunner
from ..session import Session

# The interview languages the issue names first; any other Whisper code works from the CLI.
LANGUAGE_CHOICES = (
    ("en", "English"),
    ("zh", "中文"),
    ("km", "ខ្មែរ"),
    ("vi", "Tiếng Việt"),
    ("id", "Bahasa Indonesia"),
    ("th", "ไทย"),
)


def _language_name(code: str) -> str:
    return dict(LANGUAGE_CHOICES).get(code, code)


def _clock(seconds: float) -> str:
    whole = max(0, int(seconds))
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02}:{rest % 60:02}" if hours else f"{rest // 60}:{rest % 60:02}"


def transcript_html(transcript: speech.Transcript, links: bool = True) -> str:
    """One line per segment, its start time first; every word a link to its position (ms), or
    plain words (``links=False``: a video's, which the recording player does not play)."""
    lines = []
    for segment in transcript.segments:
        words = " ".join(
            f'<a href="seek:{round(w.start * 1000)}" style="text-decoration:none">{html.escape(w.text.strip())}</a>'
            if links
            else html.escape(w.text.strip())
            for w in segment.words
            if w.text.strip()
        )
        lines.append(f"<p><span style='color:#666'>[{_clock(segment.start)}]</span> {words}</p>")
    return "".join(lines)


class LanguageDialog(QDialog):
    """Which language the recording is in: detected by the model, or chosen (detection is
    unreliable on short clips and on speech through an interpreter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transcribe the recording"))
        self.language = QComboBox(self)
        self.language.setObjectName("transcriptLanguage")
        self.language.addItem(self.tr("Detect it"), None)
        for code, name in LANGUAGE_CHOICES:
            self.language.addItem(name, code)
        form = QFormLayout()
        form.addRow(self.tr("Language spoken:"), self.language)
        note = QLabel(
            self.tr(
                "The speech is recognised on this computer; nothing is sent anywhere. The transcript is a draft:"
                " check it against the recording."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        data = self.language.currentData()
        return str(data) if data else None


class TranscriptPanel(QWidget):
    """Transcribe button, progress with Cancel, and the clickable transcript of the item shown."""

    transcribed = Signal(object)  # transcripts.StoredTranscript
    seek_requested = Signal(int)  # position in ms
    failed = Signal(object)  # the exception (not for a cancel)

    def __init__(self, session: Session, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs
        self.item: MediaItem | None = None
        self.stored: transcripts.StoredTranscript | None = None
        self._generation = 0
        self._cancel: threading.Event | None = None  # set while a transcription runs
        self.dialog: LanguageDialog | None = None
        self.transcribe_button = QPushButton(self.tr("Transcribe…"), self)
        self.transcribe_button.setObjectName("transcribeButton")
        self.transcribe_button.setToolTip(
            self.tr("Recognise the speech offline; the transcript is kept encrypted with the recording")
        )
        self.transcribe_button.clicked.connect(self.open_dialog)
        self.cancel_button = QPushButton(self.tr("Stop transcribing"), self)
        self.cancel_button.setObjectName("cancelTranscription")
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.status = QLabel(self)
        self.status.setObjectName("transcriptStatus")
        self.status.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setObjectName("transcriptText")
        self.text.setAccessibleName(self.tr("Transcript: click a word to hear it"))
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._clicked)
        row = QHBoxLayout()
        row.addWidget(self.transcribe_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.text, 1)
        self._update()

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def show_item(self, item: MediaItem | None) -> None:
        """Show the stored transcript of a recording (or nothing for another kind of item)."""
        if item is not None and self.item is not None and item.id == self.item.id and self.running:
            self.item = item
            return
        if self.running and self._cancel is not None:
            self._cancel.set()  # another item is shown: the one being transcribed is not wanted now
        self._generation += 1
        self._cancel = None
        # A video's transcript is what its export mutes by: it is made and shown here too.
        recording = item is not None and item.kind in (MediaKind.AUDIO, MediaKind.VIDEO)
        self.item = item if item is not None and recording and item.working else None
        self.stored = None
        self.text.clear()
        self.status.clear()
        if self.item is not None and self.session.is_unlocked:
            self.stored = transcripts.load_transcript(self.session.vault, self.item.id)
            self._render()
        self._update()

    def _render(self) -> None:
        if self.stored is None:
            self.text.clear()
            self.status.setText(self.tr("No transcript yet."))
            return
        t = self.stored.transcript
        playable = self.item is not None and self.item.kind is MediaKind.AUDIO
        self.text.setHtml(transcript_html(t, links=playable))
        # A screen reader must not promise what a video's plain words cannot do.
        self.text.setAccessibleName(
            self.tr("Transcript: click a word to hear it") if playable else self.tr("Transcript")
        )
        self.status.setText(
            self.tr("Machine transcript ({language}, {words} words): check it against the recording.").format(
                language=t.language, words=len(t.words)
            )
        )

    def language_notes(self, check: transcripts.LanguageCheck) -> list[str]:
        """What the transcript's text says about its language, when it calls for a look (as
        ``LanguageCheck.notes`` says it on the command line)."""
        out: list[str] = []
        label = _language_name(check.label)
        if check.source == "detected" and check.probability < transcripts.UNSURE_DETECTION:
            out.append(
                self.tr(
                    "The language was hard to tell ({language} is a guess): if the recording is in another"
                    " language, transcribe it again with that language chosen."
                ).format(language=label)
            )
        read = check.read
        if read is not None and check.agrees is False:
            out.append(
                self.tr(
                    "The text reads as {read}, not {language}: if the recording is in {read}, transcribe it"
                    " again with {read} chosen; if not, its words are probably wrong."
                ).format(read=_language_name(read.language), language=label)
            )
        if read is not None and read.mixed:
            parts = ", ".join(f"{_language_name(code)} {count}" for code, count in read.segments)
            out.append(
                self.tr(
                    "Its lines read as several languages ({parts}), perhaps an interpreted interview: every"
                    " line was written in {language}, so lines in another language may be a translation."
                ).format(parts=parts, language=label)
            )
        return out

    def _update(self) -> None:
        audio = self.item is not None
        self.setVisible(audio)
        self.transcribe_button.setEnabled(audio and not self.running and speech.available())
        self.cancel_button.setVisible(self.running)
        self.progress.setVisible(self.running)
        if audio and not speech.available():
            self.status.setText(self.tr("Transcription is not installed in this copy of the app."))

    def open_dialog(self) -> LanguageDialog | None:
        if self.item is None or self.running:
            return None
        dialog = LanguageDialog(self)
        dialog.accepted.connect(lambda: self.start(dialog.chosen()))
        self.dialog = dialog
        dialog.open()
        return dialog

    def start(self, language: str | None) -> bool:
        """Transcribe the item shown on a pool thread; False if nothing can be started."""
        item = self.item
        if item is None or self.running or not self.session.is_unlocked:
            return False
        vault = self.session.vault
        cancel = threading.Event()
        self._cancel = cancel
        generation = self._generation
        self.progress.setValue(0)
        self.status.setText(self.tr("Transcribing…"))
        self._update()

        def work(
            progress: Callable[[int, str], None],
        ) -> tuple[transcripts.StoredTranscript, transcripts.LanguageCheck]:
            stored = transcripts.transcribe_item(
                vault,
                item.id,
                language=language,
                progress=lambda done, total: progress(int(100 * done / total) if total > 0 else -1, ""),
                cancelled=cancel.is_set,
            )
            # Read here, off the GUI thread: the first reading loads the identifier's model.
            return stored, transcripts.check_language(stored.transcript)

        def finished(result: tuple[transcripts.StoredTranscript, transcripts.LanguageCheck]) -> None:
            if generation != self._generation:
                return
            stored, check = result
            self._cancel = None
            self.stored = stored
            self._render()
            notes = self.language_notes(check)
            if notes:
                self.status.setText("\n".join([self.status.text(), *notes]))
            self._update()
            self.transcribed.emit(stored)

        def failed(exc: Exception) -> None:
            if generation != self._generation:
                return
            self._cancel = None
            self._render()
            self._update()
            if isinstance(exc, speech.TranscriptionCancelled):
                self.status.setText(self.tr("Transcription stopped; nothing was stored."))
                return
            self.failed.emit(exc)
            show_error(self, exc)

        def progressed(percent: int, _message: str) -> None:
            if generation == self._generation and percent >= 0:
                self.progress.setValue(percent)

        self.jobs.start(work, on_finished=finished, on_failed=failed, on_progress=progressed)
        return True

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Stopping…"))

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "seek":
            try:
                self.seek_requested.emit(int(url.path()))
            except ValueError:
                return

    def discard(self) -> None:
        """The vault is locking: stop a transcription, forget the transcript shown."""
        if self._cancel is not None:
            self._cancel.set()
        self._generation += 1
        self._cancel = None
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.item = None
        self.stored = None
        self.text.clear()
        self.status.clear()
        self._update()
