"""The dirty corpus through every sanitizer: nothing identifying survives, everything still plays,
opens and keeps its length or page count."""

from __future__ import annotations

import io
import shutil
import subprocess

import av
import pypdfium2 as pdfium
import pytest
from mutagen import File as MutagenFile

from evidence_app.media.base import Category, MediaType

from . import corpus as c
from .conftest import Cleaned
from .exiftool_allow import leaks

AUDIO = ("mp3", "m4a", "opus", "vorbis", "flac", "flac-id3", "wav", "wav-extensible")
VIDEO = ("mp4", "mov")
OFFICE = ("docx", "xlsx", "pptx", "odt")
ALL = (*AUDIO, *VIDEO, "pdf", *OFFICE)
DEMUXER = {
    MediaType.MP3: "mp3",
    MediaType.M4A: "mov",
    MediaType.OGG: "ogg",
    MediaType.FLAC: "flac",
    MediaType.WAV: "wav",
    MediaType.MP4: "mov",
    MediaType.MOV: "mov",
}


def decoded_seconds(data: bytes, media_type: MediaType) -> dict[str, float]:
    """Fully decode every audio and video stream; seconds of audio and number of video frames."""
    out = {"audio": 0.0, "video_frames": 0.0}
    with av.open(io.BytesIO(data), "r", format=DEMUXER[media_type]) as container:
        for frame in container.decode(*container.streams.audio, *container.streams.video):
            if isinstance(frame, av.AudioFrame):
                out["audio"] += frame.samples / frame.sample_rate
            else:
                out["video_frames"] += 1
    return out


def decoded_pcm(data: bytes) -> bytes:
    with av.open(io.BytesIO(data), "r") as container:
        return b"".join(bytes(frame.to_ndarray().tobytes()) for frame in container.decode(audio=0))


def pdftotext(data: bytes, page: int | None = None) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler) is not installed")
    args = [exe, "-q"] + (["-f", str(page), "-l", str(page)] if page else []) + ["-", "-"]
    return subprocess.run(args, input=data, capture_output=True, check=True, timeout=60).stdout.decode()


@pytest.mark.parametrize("name", ALL)
def test_exiftool_finds_nothing_identifying(cleaned: dict[str, Cleaned], name: str) -> None:
    item = cleaned[name]
    assert leaks(item.exiftool) == [], name
    assert c.marker_hits(item.output.read_bytes()) == []
    if name not in OFFICE:  # office files are compressed: their markers are checked via inspection
        assert c.marker_hits(item.source.read_bytes()), "the dirty file must carry the markers"


@pytest.mark.parametrize("name", ALL)
def test_inspection_reports_what_was_there(cleaned: dict[str, Cleaned], name: str) -> None:
    item = cleaned[name]
    categories = {f.category for f in item.inspection.risky}
    expected = {
        "mp3": {Category.OWNER, Category.DATE, Category.SOFTWARE, Category.GPS, Category.THUMBNAIL, Category.COMMENT},
        "m4a": {Category.OWNER, Category.DATE, Category.SOFTWARE, Category.GPS, Category.THUMBNAIL, Category.DEVICE},
        "opus": {Category.OWNER, Category.DATE, Category.GPS, Category.THUMBNAIL},
        "vorbis": {Category.OWNER, Category.DATE, Category.GPS, Category.THUMBNAIL},
        "flac": {Category.OWNER, Category.DATE, Category.THUMBNAIL, Category.OTHER},
        "flac-id3": {Category.OWNER, Category.THUMBNAIL},
        "wav": {Category.OWNER, Category.DATE, Category.SOFTWARE, Category.DEVICE},
        "wav-extensible": {Category.OWNER, Category.DEVICE},
        "mp4": {Category.GPS, Category.DEVICE, Category.SOFTWARE, Category.DATE, Category.OWNER, Category.XMP},
        "mov": {Category.GPS, Category.DEVICE, Category.SOFTWARE, Category.DATE, Category.OWNER, Category.XMP},
        "pdf": {Category.OWNER, Category.XMP, Category.COMMENT, Category.OTHER},
        "docx": {
            Category.OWNER,
            Category.DATE,
            Category.SOFTWARE,
            Category.COMMENT,
            Category.THUMBNAIL,
            Category.SERIAL,
        },
        "xlsx": {Category.OWNER, Category.DATE, Category.SOFTWARE},
        "pptx": {Category.OWNER, Category.COMMENT},
        "odt": {Category.OWNER, Category.DATE, Category.SOFTWARE},
    }[name]
    assert expected <= categories, (name, categories)
    text = " ".join(f"{f.key} {f.value}" for f in item.inspection.findings)
    if name in ("mp4", "mov"):
        assert "ISO6709" in text and "ZQXMAKE" in text and "mov_text" in text  # the timed GPS track


@pytest.mark.parametrize("name", AUDIO)
def test_audio_still_decodes_with_its_duration(cleaned: dict[str, Cleaned], name: str) -> None:
    item = cleaned[name]
    clean = item.output.read_bytes()
    original = decoded_seconds(item.source.read_bytes(), item.media_type)
    after = decoded_seconds(clean, item.result.output_type)
    assert after["audio"] == pytest.approx(original["audio"], abs=0.03)
    assert after["audio"] == pytest.approx(c.DURATION, abs=0.1)
    tags = MutagenFile(io.BytesIO(clean))
    assert tags is not None
    assert not tags.tags, (name, tags.tags)
    assert float(item.inspection.facts["duration"]) == pytest.approx(c.DURATION, abs=0.1)


@pytest.mark.parametrize("name", ["mp3", "flac", "flac-id3", "wav"])
def test_audio_payload_is_copied_bit_for_bit(cleaned: dict[str, Cleaned], name: str) -> None:
    item = cleaned[name]
    clean, source = item.output.read_bytes(), item.source.read_bytes()
    if name == "mp3":
        # The frames between the tags, each its own size, with the audio data unchanged: only the
        # Xing/Info frame's encoder tag and reservoir bytes no frame uses are blanked.
        from evidence_app.media.audio import _mp3_frames

        clean_frames, source_frames = _mp3_frames(clean)[0], _mp3_frames(source)[0]
        assert [n for _, n in clean_frames] == [n for _, n in source_frames]
        assert sum(n for _, n in clean_frames) == len(clean)
        assert decoded_pcm(clean) == decoded_pcm(source)
    elif name.startswith("flac"):
        assert clean[:4] == b"fLaC" and clean[4] == 0x80  # STREAMINFO is the last (only) block
        assert clean[42:] in source
    else:
        assert clean[clean.index(b"data") + 8 :] in source


def test_wav_keeps_only_fmt_and_data(cleaned: dict[str, Cleaned]) -> None:
    for name in ("wav", "wav-extensible"):
        clean = cleaned[name].output.read_bytes()
        ids, pos = [], 12
        while pos + 8 <= len(clean):
            size = int.from_bytes(clean[pos + 4 : pos + 8], "little")
            ids.append(clean[pos : pos + 4])
            pos += 8 + size + (size & 1)
        assert ids == [b"fmt ", b"data"]
        assert pos == len(clean)
    extensible = cleaned["wav-extensible"].output.read_bytes()
    assert int.from_bytes(extensible[20:22], "little") == 0xFFFE and int.from_bytes(extensible[16:20], "little") == 40


@pytest.mark.parametrize("name", VIDEO)
def test_video_is_remuxed_not_reencoded(cleaned: dict[str, Cleaned], name: str) -> None:
    item = cleaned[name]
    clean, source = item.output.read_bytes(), item.source.read_bytes()
    assert item.result.output_type is item.media_type
    with av.open(io.BytesIO(clean), format="mov") as container:
        assert sorted(s.type for s in container.streams) == ["audio", "video"]
    original = decoded_seconds(source, item.media_type)
    after = decoded_seconds(clean, item.media_type)
    assert after == pytest.approx(original, abs=0.03)
    # libx264 writes its settings into an SEI unit; filter_units removed it.
    assert b"x264 - core" in source and b"x264 - core" not in clean
    assert item.exiftool.get("Composite:Rotation") == 90  # the display matrix is kept
    assert "dropped stream 2 (subtitle mov_text): subtitle" in item.result.transformations


def test_pdf_is_flattened(cleaned: dict[str, Cleaned]) -> None:
    item = cleaned["pdf"]
    source, clean = item.source.read_bytes(), item.output.read_bytes()
    assert "ZQXNAMEONPAGE" in pdftotext(source)
    assert pdftotext(clean).strip() == ""  # no text layer at all
    assert "ZQXNAMEONPAGE" in item.inspection.text  # but the text is kept for search
    doc = pdfium.PdfDocument(clean)
    try:
        assert len(doc) == 2
        page = doc[0]
        image = page.render(scale=0.5).to_pil().convert("L")
        assert image.getextrema()[0] < 100  # the text is there, as pixels
        assert doc.get_metadata_dict(skip_empty=True) == {}
        assert doc.count_attachments() == 0
    finally:
        doc.close()


@pytest.mark.parametrize("name", OFFICE)
def test_office_working_copy_is_a_text_only_pdf(cleaned: dict[str, Cleaned], name: str) -> None:
    item = cleaned[name]
    assert item.result.output_type is MediaType.PDF
    clean = item.output.read_bytes()
    assert pdftotext(clean).strip() == ""
    doc = pdfium.PdfDocument(clean)
    try:
        assert len(doc) >= 1
        image = doc[0].render(scale=1).to_pil().convert("L")
        assert image.getextrema()[0] < 100
    finally:
        doc.close()
    text = item.inspection.text
    for hidden in ("ZQXDELETED", "ZQXCOMMENTTEXT", "ZQXNOTES"):
        assert hidden not in text
    expected = {
        "docx": ["Payment of 500 USD", "Kept inserted", "Cell A1", "Header text"],
        "xlsx": ["Sheet: Payments", "Broker fee", "Dara  |  1500"],
        "pptx": ["Slide 1\nRecruitment routes", "Slide 2\nBorder crossing at night"],
        "odt": ["Title", "Statement of the witness  continues\ttabbed", "Second paragraph ends"],
    }[name]
    for fragment in expected:
        assert fragment in text, (fragment, text)
    if name == "xlsx":  # a hidden sheet is content the reader of the workbook never sees
        assert "hidden debt ledger" not in text and "Hidden" not in text
        assert "hidden sheet" in item.inspection.facts["hidden content removed"]
