"""Recording an interview straight into the vault: PCM in memory -> FLAC in memory -> a sealed item.

The window's recorder (ui/recorder.py) hands the microphone's 16-bit PCM to a :class:`LiveEncoder`,
which encodes it to FLAC (PyAV, lossless) on its own thread as it arrives, so only the compressed
recording grows in memory and stopping (or a lock) has only the last fraction of a second left to
encode. :func:`store_recording` then takes the FLAC bytes through the same intake as an imported
file (``media_service.prepare_data``: detected from its bytes, inspected and sanitized in a parser
process) and stores the original sealed with its SHA-256, its working copy, the markers and,
if asked, the link to a testimony, in one transaction.

No audio is ever written to a file: not the PCM, not the FLAC, not a temporary file. The PCM of
each chunk lives in this process's memory until it is encoded; Python cannot wipe those buffers, so
they stay in freed memory until reused (docs/THREAT_MODEL.md says so).

Markers are time stamps in the recording (milliseconds of recorded audio: a pause does not count)
with a label the researcher types; they are stored encrypted in the database (``media_markers``).
"""

from __future__ import annotations

import io
import queue
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import db
from .custody import Action
from .errors import InvalidInput
from .model import MediaItem, now_utc
from .records.cases import get_case
from .records.testimonies import get_testimony
from .vault import Vault

MAX_LABEL_CHARS = 200
MAX_MARKERS = 10_000
MAX_FLAC_BYTES = 480 * 1024 * 1024
"""Where a recording stops on its own: below intake's 512 MB limit for one audio file, so what was
recorded is always accepted (about 2 hours of 48 kHz mono: 1 minute of a tone with noise took 3.9 MB)."""
SAMPLE_RATES = (8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000, 88200, 96000)


@dataclass(frozen=True)
class PcmFormat:
    """Signed 16-bit little-endian interleaved PCM (what the recorder asks the microphone for)."""

    sample_rate: int
    channels: int

    def __post_init__(self) -> None:
        if self.sample_rate not in SAMPLE_RATES:
            raise InvalidInput(f"a recording at {self.sample_rate} Hz is not supported")
        if self.channels not in (1, 2):
            raise InvalidInput(f"a recording with {self.channels} channels is not supported (mono or stereo)")

    @property
    def bytes_per_frame(self) -> int:
        return 2 * self.channels

    def ms_of(self, nbytes: int) -> int:
        return nbytes // self.bytes_per_frame * 1000 // self.sample_rate


@dataclass(frozen=True)
class Marker:
    position_ms: int
    label: str


def clean_label(label: str) -> str:
    """A marker's label on one line: control and format characters become spaces, at most 200 characters."""
    text = "".join(" " if unicodedata.category(ch) in {"Cc", "Cf", "Zl", "Zp"} else ch for ch in label)
    return " ".join(text.split())[:MAX_LABEL_CHARS]


def level_of(pcm: bytes) -> float:
    """Peak level of a chunk of 16-bit PCM, 0.0 (silence) to 1.0 (full scale), for the meter."""
    import numpy as np

    samples = np.frombuffer(pcm[: len(pcm) // 2 * 2], dtype="<i2")
    if samples.size == 0:
        return 0.0
    return float(min(1.0, int(np.abs(samples.astype(np.int32)).max()) / 32767.0))


class _FlacWriter:
    """PyAV's FLAC encoder writing into a BytesIO; fed whole frames of PCM, never a file."""

    def __init__(self, fmt: PcmFormat) -> None:
        import av

        from .media.avtools import MUX_OPTIONS

        self.fmt = fmt
        self.out = io.BytesIO()
        self.container: Any = av.open(self.out, mode="w", format="flac", options=dict(MUX_OPTIONS))
        self.layout = "mono" if fmt.channels == 1 else "stereo"
        self.stream: Any = self.container.add_stream("flac", rate=fmt.sample_rate)
        self.stream.layout = self.layout
        self.stream.format = "s16"
        self.samples = 0

    def write(self, pcm: bytes) -> None:
        import av
        import numpy as np

        count = len(pcm) // self.fmt.bytes_per_frame
        if count == 0:
            return
        array = np.frombuffer(pcm[: count * self.fmt.bytes_per_frame], dtype="<i2").reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(array, format="s16", layout=self.layout)
        frame.sample_rate = self.fmt.sample_rate
        frame.pts = self.samples
        self.samples += count
        for packet in self.stream.encode(frame):
            self.container.mux(packet)

    def close(self) -> bytes:
        from .media.audio_decode import _rebuild_flac

        for packet in self.stream.encode(None):
            self.container.mux(packet)
        self.container.close()
        # FFmpeg's muxer writes a VORBIS_COMMENT with its vendor string: the sealed original of a
        # recording made here carries STREAMINFO and the audio frames only.
        return _rebuild_flac(self.out.getvalue())

    def size(self) -> int:
        return self.out.tell()


def encode_flac(pcm: bytes, fmt: PcmFormat) -> bytes:
    """All of ``pcm`` as one FLAC file in memory."""
    if len(pcm) < fmt.bytes_per_frame:
        raise InvalidInput("nothing was recorded")
    writer = _FlacWriter(fmt)
    writer.write(pcm)
    return writer.close()


class LiveEncoder:
    """Encodes PCM to FLAC on its own thread while it is being recorded.

    ``feed()`` is cheap (it queues the chunk); ``finish()`` encodes what is left and returns the
    FLAC bytes. ``full`` turns true when the recording nears the intake limit: the recorder then
    stops and stores it. Thread-safe for one feeding thread and one finishing thread.
    """

    def __init__(self, fmt: PcmFormat) -> None:
        self.fmt = fmt
        self._queue: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()
        self._writer = _FlacWriter(fmt)
        self._error: BaseException | None = None
        self._fed = 0
        self._carry = b""
        self._finished = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="evidence-record-encode", daemon=True)
        self._thread.start()

    @property
    def recorded_ms(self) -> int:
        """Milliseconds of audio fed so far."""
        return self.fmt.ms_of(self._fed)

    @property
    def full(self) -> bool:
        return self._writer.size() >= MAX_FLAC_BYTES

    def feed(self, pcm: bytes) -> None:
        with self._lock:
            if self._finished:
                raise RuntimeError("the recording has been finished")
            data = self._carry + pcm
            whole = len(data) // self.fmt.bytes_per_frame * self.fmt.bytes_per_frame
            self._carry = data[whole:]
            if whole:
                self._fed += whole
                self._queue.put(data[:whole])

    def _run(self) -> None:
        while True:
            chunk = self._queue.get()
            if chunk is None:
                return
            if self._error is None:
                try:
                    self._writer.write(chunk)
                except BaseException as exc:  # reported by finish()
                    self._error = exc

    def finish(self) -> bytes:
        """Wait for the encoder, close the FLAC stream and return it (InvalidInput if empty)."""
        with self._lock:
            if self._finished:
                raise RuntimeError("the recording has been finished")
            self._finished = True
            self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise InvalidInput(f"the recording could not be encoded: {self._error}") from self._error
        if self._fed == 0:
            raise InvalidInput("nothing was recorded")
        return self._writer.close()

    def abandon(self) -> None:
        """Stop the thread and drop what was encoded (the recording is thrown away)."""
        with self._lock:
            if self._finished:
                return
            self._finished = True
            self._queue.put(None)
        self._thread.join()
        self._writer.out = io.BytesIO()


def recording_name(started: str) -> str:
    """``recording 2026-12-02 18-30-05.flac`` from an ISO time stamp (the item's original name)."""
    stamp = started.replace("T", " ").replace(":", "-")[:19]
    return f"recording {stamp}.flac"


def _insert_markers(vault: Vault, item_id: str, markers: Sequence[Marker]) -> None:
    for marker in markers:
        vault.conn.execute(
            "INSERT OR REPLACE INTO media_markers(media_id, position_ms, label) VALUES (?, ?, ?)",
            (item_id, int(marker.position_ms), clean_label(marker.label)),
        )


def _checked(markers: Sequence[Marker], duration_ms: int | None = None) -> list[Marker]:
    if len(markers) > MAX_MARKERS:
        raise InvalidInput(f"a recording can carry at most {MAX_MARKERS} markers")
    out = []
    for marker in markers:
        if marker.position_ms < 0 or (duration_ms is not None and marker.position_ms > duration_ms + 1000):
            raise InvalidInput(f"a marker at {marker.position_ms} ms lies outside the recording")
        out.append(Marker(int(marker.position_ms), clean_label(marker.label)))
    return out


def store_recording(
    vault: Vault,
    case_id: str,
    flac: bytes,
    markers: Sequence[Marker] = (),
    testimony_id: str | None = None,
    caption: str = "",
    started: str | None = None,
) -> MediaItem:
    """Store a recording made in the app like an imported file, with its markers and, if given,
    attached to ``testimony_id``; all in one transaction (nothing stored if any part fails)."""
    from . import media_service as ms

    get_case(vault, case_id)
    if testimony_id is not None and get_testimony(vault, testimony_id).case_id != case_id:
        raise InvalidInput("the testimony belongs to another case than the recording")
    checked = _checked(markers)
    prepared = ms.prepare_data(Path(recording_name(started or now_utc())), flac)
    item: MediaItem | None = None
    try:
        # One transaction: store_import's joins it, so the item, its markers, the testimony link
        # and the custody entries commit together or not at all.
        with db.transaction(vault.conn):
            item = ms.store_import(vault, case_id, prepared, caption)
            _insert_markers(vault, item.id, checked)
            if testimony_id is not None:
                ms.attach_to_testimony(vault, testimony_id, item.id)
            vault.log(Action.EDIT, "media", item.id, {"recorded_in_app": True, "markers": len(checked)})
    except BaseException:
        if item is not None:  # rolled back after its blobs were written: they go too
            for blob_id in (item.original_blob, *(v.blob_id for v in item.versions)):
                vault.blobs.discard(blob_id)
        raise
    return ms.get_media(vault, item.id)


def list_markers(vault: Vault, item_id: str) -> list[Marker]:
    rows = vault.conn.execute(
        "SELECT position_ms, label FROM media_markers WHERE media_id = ? ORDER BY position_ms", (item_id,)
    ).fetchall()
    return [Marker(int(r[0]), str(r[1])) for r in rows]


def set_marker_label(vault: Vault, item_id: str, position_ms: int, label: str) -> None:
    """Label (or relabel) the marker of ``item_id`` at ``position_ms``."""
    with db.transaction(vault.conn):
        cur = vault.conn.execute(
            "UPDATE media_markers SET label = ? WHERE media_id = ? AND position_ms = ?",
            (clean_label(label), item_id, int(position_ms)),
        )
        if cur.rowcount == 0:
            raise InvalidInput(f"the item has no marker at {position_ms} ms")
        vault.log(Action.EDIT, "media", item_id, {"marker_ms": int(position_ms)})
