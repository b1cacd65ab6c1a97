"""Redaction of recordings (muted spans) and of flattened documents (burned page boxes)."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from typing import Any

import av
import numpy as np
import pypdfium2 as pdfium
import pytest

from evidence_app import media_service as ms
from evidence_app.errors import InvalidInput
from evidence_app.media.base import InvalidMedia
from evidence_app.media.pdf import PageBox, read_flattened
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault

from . import corpus as c
from .test_corpus import pdftotext

# Page 1 of corpus.text_pdf: 24 pt Helvetica on a baseline 700 pt above the bottom of a 792 pt
# page, i.e. about 190 px from the top at 150 dpi. This box covers the whole line.
TEXT_LINE_BOX = PageBox(1, 0, 120, 1275, 110)


def samples(data: bytes, fmt: str) -> tuple[Any, int]:
    """Mono float samples of the first audio stream and the sample rate."""
    chunks = []
    with av.open(io.BytesIO(data), "r", format=fmt) as container:
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate
        for frame in container.decode(stream):
            values = frame.to_ndarray().astype(np.float64)
            if not frame.format.is_planar:
                values = values.reshape(-1, frame.layout.nb_channels).T
            if frame.format.name.startswith("s16"):
                values = values / 32768.0
            chunks.append(values[0])
    return np.concatenate(chunks), rate


def rms(values: Any) -> float:
    return float(np.sqrt(np.mean(np.square(values)))) if len(values) else 0.0


def import_(vault: Vault, path: Path) -> Any:
    item, _ = ms.import_file(vault, add_case(vault, "C").id, path)
    return item


@pytest.mark.parametrize(
    ("name", "fmt", "codec", "tolerance"),
    [
        ("tone.wav", "wav", "pcm_s16le", 1e-9),
        ("tone.flac", "flac", "flac", 1e-9),
        ("tone.mp3", "mp3", "libmp3lame", 0.01),
        ("tone.m4a", "ipod", "aac", 0.01),
        ("tone.opus", "ogg", "libopus", 0.01),
    ],
)
def test_mute_silences_the_span_and_keeps_the_rest(
    vault: Vault, tmp_path: Path, name: str, fmt: str, codec: str, tolerance: float
) -> None:
    path = tmp_path / name
    path.write_bytes(c.encode_audio(fmt, codec, seconds=2.0, rate=48000 if codec == "libopus" else c.RATE))
    item = import_(vault, path)
    before, rate = samples(ms.read_working(vault, item), {"ipod": "mov"}.get(fmt, fmt))
    muted = ms.mute_recording(vault, item.id, ["0.5-1.25"])
    assert [v.version for v in muted.versions] == [1, 2]
    after, _ = samples(ms.read_working(vault, muted), {"ipod": "mov"}.get(fmt, fmt))
    assert len(after) / rate == pytest.approx(len(before) / rate, abs=0.05)
    margin = int(0.05 * rate)  # lossy codecs smear a few milliseconds around the edges
    inside = after[int(0.5 * rate) + margin : int(1.25 * rate) - margin]
    assert rms(inside) <= tolerance
    outside_after = after[int(1.5 * rate) : int(1.9 * rate)]
    outside_before = before[int(1.5 * rate) : int(1.9 * rate)]
    assert rms(outside_after) == pytest.approx(rms(outside_before), rel=0.1)
    assert ms.read_original(vault, muted) == path.read_bytes()
    assert muted.original_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    entry = list(vault.custody_entries(item.id))[-1]
    assert entry.action == "redact" and entry.detail["mute"] == [[0.5, 1.25]]


def test_mute_with_a_tone_and_several_spans(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "tone.wav"
    path.write_bytes(c.encode_audio("wav", "pcm_s16le", seconds=2.0))
    item = import_(vault, path)
    muted = ms.mute_recording(vault, item.id, ["0.2-0.4", "1.5-1.75"], tone=True)
    after, rate = samples(ms.read_working(vault, muted), "wav")
    for a, b in ((0.2, 0.4), (1.5, 1.75)):
        span = after[int(a * rate) : int(b * rate)]
        assert rms(span) == pytest.approx(0.2 / np.sqrt(2), rel=0.05)  # the 1 kHz tone, not the voice
        spectrum = np.abs(np.fft.rfft(span))
        assert np.fft.rfftfreq(len(span), 1 / rate)[int(np.argmax(spectrum))] == pytest.approx(1000, abs=10)


@pytest.mark.parametrize("span", ["5-3", "abc", "1", "-1-2", "nan-2"])
def test_invalid_spans(vault: Vault, tmp_path: Path, span: str) -> None:
    path = tmp_path / "tone.wav"
    path.write_bytes(c.encode_audio("wav", "pcm_s16le"))
    item = import_(vault, path)
    with pytest.raises(InvalidInput):
        ms.mute_recording(vault, item.id, [span])


def test_span_after_the_end_and_mute_on_a_document(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "tone.wav"
    path.write_bytes(c.encode_audio("wav", "pcm_s16le"))
    item = import_(vault, path)
    with pytest.raises(InvalidInput, match="after the end"):
        ms.mute_recording(vault, item.id, ["30-31"])
    pdf = tmp_path / "doc.pdf"
    c.text_pdf(pdf, dirty=False)
    # A document cannot be muted (a video can: its sound is, so the message names both).
    with pytest.raises(InvalidInput, match="applies to recordings"):
        ms.mute_recording(vault, import_(vault, pdf).id, ["0-1"])
    with pytest.raises(InvalidInput, match="documents"):
        ms.redact_document(vault, item.id, [TEXT_LINE_BOX])


def test_pdf_box_burns_the_covered_text(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "contract.pdf"
    c.text_pdf(path)
    item = import_(vault, path)
    v1 = ms.read_working(vault, item)
    redacted = ms.redact_document(vault, item.id, [TEXT_LINE_BOX])
    v2 = ms.read_working(vault, redacted)
    assert pdftotext(v2, page=1).strip() == ""
    doc = pdfium.PdfDocument(v2)
    try:
        assert len(doc) == 2
        image = doc[0].render(scale=150 / 72).to_pil().convert("L")
    finally:
        doc.close()
    box = TEXT_LINE_BOX
    region = image.crop((box.x + 2, box.y + 2, box.x + box.w - 2, box.y + box.h - 2))
    assert region.getextrema()[1] < 40  # solid black where the name was
    before_pages, after_pages = read_flattened(v1), read_flattened(v2)
    assert after_pages[1].jpeg == before_pages[1].jpeg  # other pages untouched
    assert after_pages[0].jpeg != before_pages[0].jpeg


def test_pdf_box_outside_the_document(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "contract.pdf"
    c.text_pdf(path, dirty=False)
    item = import_(vault, path)
    with pytest.raises(InvalidMedia, match="page 3 does not exist"):
        ms.redact_document(vault, item.id, [PageBox(3, 0, 0, 10, 10)])
    with pytest.raises(InvalidMedia, match="outside the page"):
        ms.redact_document(vault, item.id, [PageBox(1, 5000, 0, 10, 10)])
    assert len(ms.get_media(vault, item.id).versions) == 1


def test_office_working_copy_can_be_boxed(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "statement.docx"
    path.write_bytes(c.docx())
    item = import_(vault, path)
    redacted = ms.redact_document(vault, item.id, [PageBox(1, 100, 100, 600, 80)])
    assert len(redacted.versions) == 2
    assert read_flattened(ms.read_working(vault, redacted))[0].gray
