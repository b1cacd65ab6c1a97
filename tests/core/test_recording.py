"""Recording into the vault without Qt: PCM -> FLAC in memory -> a sealed item with markers."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import av
import numpy as np
import pytest

from evidence_app import media_service as ms
from evidence_app import recording as rec
from evidence_app.errors import InvalidInput
from evidence_app.media.base import MediaType
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from evidence_app.vault import Vault


def sine_pcm(freq: float, seconds: float, rate: int = 48000, channels: int = 1) -> bytes:
    t = np.arange(int(rate * seconds)) / rate
    wave = (0.5 * 32767 * np.sin(2 * np.pi * freq * t)).astype("<i2")
    return np.repeat(wave, channels).tobytes()


def decode(data: bytes) -> tuple[np.ndarray, int]:
    with av.open(io.BytesIO(data), mode="r", format="flac") as container:
        stream = container.streams.audio[0]
        rate = int(stream.codec_context.sample_rate)
        parts = [frame.to_ndarray().reshape(-1) for frame in container.decode(stream)]
    return np.concatenate(parts), rate


def peak_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64)))
    return float(np.fft.rfftfreq(samples.size, 1 / rate)[int(np.argmax(spectrum[1:])) + 1])


def test_live_encoder_is_lossless_and_keeps_no_vendor_string() -> None:
    pcm = sine_pcm(440, 1.5)
    enc = rec.LiveEncoder(rec.PcmFormat(48000, 1))
    for start in range(0, len(pcm), 4801):  # odd chunk sizes: half frames are carried over
        enc.feed(pcm[start : start + 4801])
    assert enc.recorded_ms == 1500
    flac = enc.finish()
    assert flac.startswith(b"fLaC") and b"Lavf" not in flac and b"Lavc" not in flac
    samples, rate = decode(flac)
    assert rate == 48000
    assert samples.tobytes() == pcm  # lossless, bit for bit
    with pytest.raises(RuntimeError):
        enc.feed(pcm)


def test_empty_recording_is_refused() -> None:
    enc = rec.LiveEncoder(rec.PcmFormat(16000, 1))
    with pytest.raises(InvalidInput, match="nothing was recorded"):
        enc.finish()
    with pytest.raises(InvalidInput):
        rec.PcmFormat(12345, 1)
    with pytest.raises(InvalidInput):
        rec.PcmFormat(48000, 6)


def test_level_meter() -> None:
    assert rec.level_of(b"") == 0.0
    assert rec.level_of(bytes(200)) == 0.0
    assert 0.49 < rec.level_of(sine_pcm(300, 0.1)) < 0.51


def test_recording_is_stored_sealed_with_markers_and_testimony(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "Interviews")
    person = add_person(vault, "Witness A")
    testimony = add_testimony(vault, case.id, person.id, "typed later")
    fmt = rec.PcmFormat(44100, 2)
    pcm = sine_pcm(1000, 2.0, 44100, 2)
    flac = rec.encode_flac(pcm, fmt)
    markers = [rec.Marker(500, "names the\nrecruiter\u202e"), rec.Marker(1500, "")]
    item = rec.store_recording(vault, case.id, flac, markers, testimony_id=testimony.id, started="2026-12-02T18:30:05Z")
    assert item.media_type == MediaType.FLAC.value
    assert item.original_name == "recording 2026-12-02 18-30-05.flac"
    assert item.original_sha256 == hashlib.sha256(flac).hexdigest()
    assert ms.read_original(vault, item) == flac
    samples, rate = decode(ms.read_working(vault, item))
    assert rate == 44100 and samples.size == 2 * 44100 * 2
    assert abs(peak_hz(samples[::2], rate) - 1000) < 2
    assert rec.list_markers(vault, item.id) == [rec.Marker(500, "names the recruiter"), rec.Marker(1500, "")]
    rec.set_marker_label(vault, item.id, 1500, "interpreter pause")
    assert rec.list_markers(vault, item.id)[1].label == "interpreter pause"
    with pytest.raises(InvalidInput):
        rec.set_marker_label(vault, item.id, 42, "none there")
    linked = vault.conn.execute("SELECT media_id FROM testimony_media WHERE testimony_id = ?", (testimony.id,))
    assert [r[0] for r in linked] == [item.id]
    entries = vault.conn.execute("SELECT action, detail FROM custody WHERE object_id = ? ORDER BY seq", (item.id,))
    logged = [(a, '"recorded_in_app": true' in d) for a, d in entries]
    assert logged == [("import", False), ("edit", True), ("edit", False)]  # the last: the relabel
    # Nothing but the vault's own files: the PCM and FLAC never reach a file.
    assert not [p for p in tmp_path.rglob("*") if p.suffix in (".flac", ".wav", ".pcm")]
    raw = b"".join(p.read_bytes() for p in (tmp_path / "vault").rglob("*") if p.is_file())
    assert flac[:4096] not in raw
    ms.delete_media(vault, item.id)
    assert rec.list_markers(vault, item.id) == []


def test_a_failing_part_stores_nothing(vault: Vault) -> None:
    case = add_case(vault, "Interviews")
    other = add_case(vault, "Other")
    person = add_person(vault, "Witness B")
    testimony = add_testimony(vault, other.id, person.id, "text")
    flac = rec.encode_flac(sine_pcm(440, 0.5), rec.PcmFormat(48000, 1))
    with pytest.raises(InvalidInput, match="another case"):
        rec.store_recording(vault, case.id, flac, testimony_id=testimony.id)
    with pytest.raises(InvalidInput, match="outside"):
        rec.store_recording(vault, case.id, flac, [rec.Marker(-5, "x")])
    assert ms.list_media(vault, case.id) == []
    assert vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0


def test_a_failure_inside_the_transaction_leaves_no_row_and_no_blob_file(
    vault: Vault, new_vault: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fault injection: the testimony link fails after the blobs were written (as a full disk would)."""
    case = add_case(vault, "Interviews")
    person = add_person(vault, "Witness C")
    testimony = add_testimony(vault, case.id, person.id, "text")
    flac = rec.encode_flac(sine_pcm(440, 0.5), rec.PcmFormat(48000, 1))

    def fail(*_args: object) -> None:
        raise OSError("no space left on device")

    monkeypatch.setattr(ms, "attach_to_testimony", fail)
    with pytest.raises(OSError):
        rec.store_recording(vault, case.id, flac, [rec.Marker(100, "x")], testimony_id=testimony.id)
    assert ms.list_media(vault, case.id) == []
    assert vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM media_markers").fetchone()[0] == 0
    root: Path = new_vault.root  # type: ignore[attr-defined]
    assert [p for p in (root / "blobs").rglob("*") if p.is_file()] == []
