"""The recording box on a media item's Details page: what the recording is, and the player
(``AudioPlayer``, player.py) with its working copy.

The working copy is decrypted on a pool thread only for a player that can play it, straight into
the player's memory buffer, and the grid reloading the same version keeps what is playing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from evidence_app import media_service as ms
from evidence_app.media.base import Inspection
from evidence_app.model import MediaItem, MediaKind

from ..session import Session
from .player import AudioPlayer

# The tab's way of running a job: (work, on_done); it drops results that arrive after a lock.
StartJob = Callable[[Callable[[Callable[[int, str], None]], Any], Callable[[Any], None]], None]


class RecordingPane(QWidget):
    """Hidden unless a recording is shown; ``loaded`` carries the id whose copy is in the player."""

    loaded = Signal(str)

    def __init__(self, session: Session, start: StartJob, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._start = start
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.player = AudioPlayer(self)
        self.player.loaded.connect(self._loaded)
        self._key: tuple[str, str] | None = None  # (item id, working SHA-256) in or on its way to the player
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.player)
        self.setVisible(False)

    @staticmethod
    def _key_of(item: MediaItem | None) -> tuple[str, str] | None:
        if item is None or item.kind is not MediaKind.AUDIO or item.working is None:
            return None
        return item.id, item.working.sha256

    def leave(self, item: MediaItem | None) -> None:
        """Another item is about to be shown: hide, and stop unless it is the same recording."""
        if self._key_of(item) != self._key:  # the list reloads often: keep what is playing
            self.player.unload()
            self._key = None
        self.setVisible(False)

    def show_recording(self, item: MediaItem) -> None:
        inspection = Inspection.from_json(item.inspection)
        facts = ", ".join(f"{k}: {v}" for k, v in sorted(inspection.facts.items()))
        self.label.setText(self.tr("Recording ({type}). {facts}").format(type=item.media_type, facts=facts))
        self.setVisible(True)
        key = self._key_of(item)
        if key is None or key == self._key:
            return
        if self.player.ensure_backend():  # nothing is decrypted for a player that cannot play
            self._key = key
            self._load(item)

    def _load(self, item: MediaItem) -> None:
        """Decrypt the working copy on a pool thread; the bytes go straight into the player's buffer."""
        vault = self._session.vault
        key = self._key
        self.player.expect()

        def done(data: bytes) -> None:
            if key == self._key and self._session.is_unlocked:  # still the item shown
                self.player.load(data)

        self._start(lambda _p: ms.read_working(vault, item), done)

    def _loaded(self) -> None:
        if self._key is not None:
            self.loaded.emit(self._key[0])

    def discard(self) -> None:
        """The vault is locking: stop, drop the buffer (the player keeps no source), hide."""
        self.player.unload()
        self._key = None
        self.setVisible(False)
