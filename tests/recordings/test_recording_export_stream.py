"""A long recording is muted, disguised and exported in flat memory (#18).

The working copy is decrypted piece by piece into a sealed scratch file and read by ranges;
each step (mute, disguise, the sanitizer's clean copy) writes into another; the leak gate
inspects the result where it lies, and the zip entry is read from it in pieces. Measured for
real: the resident size of this process sampled from /proc while a 600 MB WAV is exported with
a muted span (the other cases use smaller files and tracemalloc, with a bound well under the
file). The muted spans are checked silent in what a recipient gets, by FFmpeg's own demuxer and decoder;
the samples around them must not be.

The transcript is stored with known word times (transcripts.store_transcript) instead of being
recognised: fifty minutes of speech recognition would not fit in the suite, and the mapping
from recognised words to spans is tested with real speech in test_transcription.py.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import struct
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from bench.common import PeakSampler, rss_kib
from evidence_app import media_service as ms
from evidence_app import transcripts
from evidence_app.custody import Action
from evidence_app.export import writer
from evidence_app.export.collect import ExportOptions
from evidence_app.media import speech
from evidence_app.model import MediaItem
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person, list_persons
from evidence_app.vault import Vault

MIB = 1024 * 1024
RATE, CHANNELS = 48_000, 2
BYTES_PER_SECOND = RATE * CHANNELS * 2


def noise_wav(path: Path, audio_bytes: int) -> None:
    """A 48 kHz stereo 16-bit WAV of loud noise (no run of silent samples), written in chunks."""
    fmt = struct.pack("<HHIIHH", 1, CHANNELS, RATE, BYTES_PER_SECOND, 4, 16)
    with open(path, "wb") as fh:
        fh.write(b"RIFF" + struct.pack("<I", 4 + 24 + 8 + audio_bytes) + b"WAVE")
        fh.write(b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", audio_bytes))
        block = bytes(b | 0x40 for b in os.urandom(4 * MIB))  # every sample far from zero
        left = audio_bytes
        while left:
            piece = block[: min(left, len(block))]
            fh.write(piece)
            left -= len(piece)


def said(item: MediaItem, vault: Vault, seconds: float, words: list[tuple[float, float, str]]) -> None:
    """Store a transcript of ``item`` with these words (start, end, text) at these times."""
    segment = speech.Segment(words[0][0], words[-1][1], tuple(speech.Word(a, b, w, 0.99) for a, b, w in words))
    transcripts.store_transcript(vault, item, speech.Transcript("base", "en", "chosen", 1.0, seconds, (segment,)))


def name_at(start: float) -> list[tuple[float, float, str]]:
    words = [(start - 0.6, start - 0.3, " My"), (start - 0.3, start, " name"), (start, start + 0.5, " Maria")]
    return [*words, (start + 0.5, start + 1.0, " Santos.")]


def decoded(path: Path, start: float, length: float) -> bytes:
    """Samples of ``path`` (interleaved s16) from ``start`` for ``length`` seconds, as FFmpeg's
    own WAV demuxer and PCM decoder give them (PyAV, opened on the file by name: none of the
    app's code is on this path)."""
    import av

    out = bytearray()
    with av.open(str(path)) as container:
        stream = container.streams.audio[0]
        assert stream.time_base is not None
        container.seek(int(start / stream.time_base), stream=stream)
        rate = stream.codec_context.sample_rate
        first, last = round(start * rate), round((start + length) * rate)
        for frame in container.decode(stream):
            assert frame.pts is not None and frame.format.name == "s16"
            at = round(frame.pts * stream.time_base * rate)
            if at >= last:
                break
            data = bytes(frame.planes[0])[: frame.samples * 2 * len(frame.layout.channels)]
            width = 2 * len(frame.layout.channels)
            lo, hi = max(first, at), min(last, at + frame.samples)
            if hi > lo:
                out += data[(lo - at) * width : (hi - at) * width]
    assert len(out) == (last - first) * 2 * len(frame.layout.channels), "the decoder gave fewer samples"
    return bytes(out)


def loudest(samples: bytes) -> int:
    values = struct.unpack(f"<{len(samples) // 2}h", samples)
    return max((abs(v) for v in values), default=0)


def exported(bundle: Path, tmp_path: Path, suffix: str = ".wav") -> Path:
    """The bundle's recording, copied out of the zip as a recipient would (in pieces)."""
    with zipfile.ZipFile(bundle) as zf:
        (name,) = [n for n in zf.namelist() if "/data/media/" in n and n.endswith(suffix)]
        out = tmp_path / f"received{suffix}"
        with zf.open(name) as entry, open(out, "wb") as fh:
            shutil.copyfileobj(entry, fh, 4 * MIB)
    return out


def _case_with_recording(vault: Vault, tmp_path: Path, audio_bytes: int) -> tuple[str, MediaItem]:
    case = add_case(vault, "Long interview", "Recorded in the field.")
    if not list_persons(vault):
        add_person(vault, "Maria Santos", pseudonym="Source A")
    source = tmp_path / "interview.wav"
    noise_wav(source, audio_bytes)
    (result,) = ms.import_files(vault, case.id, [source])
    source.unlink()
    assert result.item is not None and result.item.working is not None, result.error
    return case.id, result.item


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="resident size is read from /proc")
def test_a_600_mb_recording_is_exported_muted_in_flat_memory(vault: Vault, tmp_path: Path) -> None:
    audio = 600 * MIB
    seconds = audio / BYTES_PER_SECOND
    case_id, item = _case_with_recording(vault, tmp_path, audio)
    said(item, vault, seconds, [*name_at(100.0), *name_at(3000.0)])
    # The libraries (PyAV, the sanitizers, the PDF) loaded by a first, small export.
    (tmp_path / "small").mkdir()
    small_case, small = _case_with_recording(vault, tmp_path / "small", MIB)
    said(small, vault, MIB / BYTES_PER_SECOND, name_at(1.0))
    warm = writer.prepare(vault, small_case, ExportOptions(include_recordings=True), dt.date(2025, 6, 1))
    warm.close()
    before = rss_kib()
    out = tmp_path / "bundle.zip"
    started = time.monotonic()
    with PeakSampler() as sampled:
        prepared = _export(vault, case_id, ExportOptions(include_recordings=True), out)
    growth = (sampled.peak - before) / 1024
    print(f"600 MiB WAV exported muted: {time.monotonic() - started:.1f} s, +{growth:.0f} MiB resident")
    assert growth < 96, f"+{growth:.0f} MiB while exporting a {audio // MIB} MiB recording"
    (note,) = prepared.report.muted
    assert [s.span.label() for s in note.spans] == ["99.800-101.250 s", "2999.800-3001.250 s"]
    received = exported(out, tmp_path)
    assert received.stat().st_size == 44 + audio  # the length kept, sample for sample
    for start, end in ((99.8, 101.25), (2999.8, 3001.25)):
        assert loudest(decoded(received, start + 0.01, end - start - 0.02)) == 0
        assert loudest(decoded(received, start - 1.0, 0.9)) > 8000  # the rest is as it was
        assert loudest(decoded(received, end + 0.1, 0.9)) > 8000


def _traced_peak(run: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _export(vault: Vault, case_id: str, options: ExportOptions, out: Path) -> writer.PreparedBundle:
    """The case exported to ``out`` as `evidence-app export` does, the gate finding nothing; what
    was prepared (closed: its report) is returned."""
    prepared = writer.prepare(vault, case_id, options, dt.date(2025, 6, 1))
    try:
        assert not prepared.findings, prepared.findings
        writer._write_prepared(vault, case_id, out, prepared, [])
    finally:
        prepared.close()
    return prepared


def test_an_export_with_disguised_voices_streams_and_keeps_the_muted_span_silent(vault: Vault, tmp_path: Path) -> None:
    """Measured against the export of a 1 MiB recording in the same way (the dossier PDF's fonts
    alone take some 40 MiB of Python objects): the difference must not grow with the recording."""
    options = ExportOptions(include_recordings=True, disguise_voices=True)
    (tmp_path / "small").mkdir()
    small_case, small = _case_with_recording(vault, tmp_path / "small", MIB)
    said(small, vault, MIB / BYTES_PER_SECOND, name_at(1.0))
    _export(vault, small_case, options, tmp_path / "warm.zip")  # the libraries loaded
    baseline = _traced_peak(lambda: _export(vault, small_case, options, tmp_path / "small.zip"))
    audio = 24 * MIB
    case_id, item = _case_with_recording(vault, tmp_path, audio)
    said(item, vault, audio / BYTES_PER_SECOND, name_at(20.0))
    out = tmp_path / "bundle.zip"
    peak = _traced_peak(lambda: _export(vault, case_id, options, out))
    growth = peak - baseline
    assert growth < audio // 4, f"+{growth / MIB:.1f} MiB traced while exporting a {audio // MIB} MiB recording"
    received = exported(out, tmp_path)
    assert received.stat().st_size == 44 + audio // 2  # disguised voices are mono; the length is kept
    # The disguise's frames (43 ms) ring a little past the span's edges; inside it is silent.
    assert loudest(decoded(received, 19.8 + 0.15, 1.45 - 0.3)) == 0
    assert loudest(decoded(received, 10.0, 1.0)) > 1000


def test_media_redact_mute_transcript_redactions_streams_into_a_new_working_copy(vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "small").mkdir()
    _, small = _case_with_recording(vault, tmp_path / "small", MIB)
    said(small, vault, MIB / BYTES_PER_SECOND, name_at(1.0))
    transcripts.mute_item(vault, small.id)  # the libraries loaded
    audio = 48 * MIB  # a few fixed 1 MiB buffers (each sealed file's chunk, the readers') are all it holds
    _, item = _case_with_recording(vault, tmp_path, audio)
    said(item, vault, audio / BYTES_PER_SECOND, name_at(30.0))
    result: list[MediaItem] = []
    peak = _traced_peak(lambda: result.append(transcripts.mute_item(vault, item.id)[0]))
    assert peak < audio // 4, f"{peak / MIB:.1f} MiB traced while muting a {audio // MIB} MiB recording"
    (new,) = result
    assert new.working is not None and item.working is not None and new.working.version == item.working.version + 1
    copy = tmp_path / "working.wav"
    ms.export_working(vault, new.id, copy)
    assert copy.stat().st_size == 44 + audio
    assert loudest(decoded(copy, 29.8 + 0.01, 1.45 - 0.02)) == 0
    assert loudest(decoded(copy, 28.5, 0.9)) > 8000
    (entry,) = [e for e in vault.custody_entries() if e.action == Action.REDACT.value and e.object_id == item.id]
    assert entry.detail["mute"] == [[29.8, 31.25]] and entry.detail["reason"] == "transcript"
