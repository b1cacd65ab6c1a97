"""Raw AAC (ADTS), Windows Media (WMV/ASF), 3GP (every 3GPP brand) and QuickTime without 'ftyp':
samples written by FFmpeg in the test, copies re-read by exiftool and PyAV."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import av
import numpy as np
import pytest

from evidence_app import media_service as ms
from evidence_app.errors import UnsupportedMedia
from evidence_app.media.base import MediaType
from evidence_app.media.detect import detect_bytes
from tests.recordings.exiftool_allow import exiftool_json, leaks

from . import av_samples
from .transcript_check import EXIFTOOL

METADATA = {"title": "ZQXTITLE", "artist": "ZQXARTIST", "comment": "ZQXCOMMENT", "author": "ZQXAUTHOR"}


def _id3(artist: str) -> bytes:
    body = b"\x00" + artist.encode()
    frame = b"TPE1" + struct.pack(">I", len(body)) + b"\x00\x00" + body
    size = len(frame)
    syncsafe = bytes(((size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F))
    return b"ID3\x03\x00\x00" + syncsafe + frame


def _import(data: bytes, tmp_path: Path, name: str = "input.bin") -> ms.PreparedImport:
    path = tmp_path / name
    path.write_bytes(data)
    return ms.prepare_import(path)


def _clean_and_checked(prepared: ms.PreparedImport, tmp_path: Path, secrets: tuple[str, ...]) -> bytes:
    assert prepared.working is not None, prepared.not_exportable
    copy = prepared.working
    for secret in (*secrets, "Lavc", "Lavf", "x264 - core"):
        for encoded in (secret.encode(), secret.encode("utf-16-le")):
            assert encoded not in copy, secret
    if EXIFTOOL:
        path = tmp_path / "copy.bin"
        path.write_bytes(copy)
        (record,) = exiftool_json([path])
        # The AMR configuration box must hold a vendor code and decoder version: both blanked.
        assert [x for x in leaks(record) if x not in ("Track2:EncoderVendor=", "Track2:EncoderVersion=0")] == []
    return copy


def _decoded_audio(data: bytes) -> np.ndarray:
    with av.open(io.BytesIO(data), mode="r") as container:
        return np.concatenate([f.to_ndarray().ravel() for f in container.decode(audio=0)])


def test_raw_aac_behind_an_id3_tag_becomes_an_m4a_with_the_same_sound(tmp_path: Path) -> None:
    adts = av_samples.write("adts", audio="aac")
    assert b"Lavc" in adts  # FFmpeg's AAC encoder names itself in a fill element
    data = _id3("ZQXARTIST Sok") + adts
    assert detect_bytes(adts) is MediaType.AAC and detect_bytes(data) is MediaType.AAC
    prepared = _import(data, tmp_path, "voice.aac")
    assert prepared.media_type is MediaType.AAC
    assert any(f.key == "ID3v2 tag" for f in prepared.inspection.findings)
    assert prepared.result is not None and prepared.result.output_type is MediaType.M4A
    copy = _clean_and_checked(prepared, tmp_path, ("ZQXARTIST",))
    assert detect_bytes(copy) is MediaType.M4A
    assert np.array_equal(_decoded_audio(copy), _decoded_audio(adts))  # the same frames: the same sound


def test_windows_media_is_re_encoded_to_mp4_without_its_asf_header(tmp_path: Path) -> None:
    data = av_samples.write("asf", video="wmv2", audio="wmav2", metadata=METADATA)
    assert "ZQXTITLE".encode("utf-16-le") in data
    assert detect_bytes(data) is MediaType.ASF
    prepared = _import(data, tmp_path, "clip.wmv")
    assert {f.value for f in prepared.inspection.findings} >= {"ZQXTITLE", "ZQXCOMMENT"}
    assert prepared.result is not None and prepared.result.output_type is MediaType.MP4
    assert any("re-encoded" in s for s in prepared.result.transformations)
    copy = _clean_and_checked(prepared, tmp_path, tuple(METADATA.values()))
    with av.open(io.BytesIO(copy), mode="r") as container:
        assert [s.codec_context.name for s in container.streams] == ["h264", "aac"]
        assert abs(float(container.duration or 0) / av.time_base - 1.0) < 0.2
        frame = next(container.decode(video=0)).to_ndarray(format="rgb24")
        assert frame.shape[:2] == (64, 96) and frame[:, :40].mean() > 150  # the picture survives


def test_3gp_with_amr_speech_is_remuxed_into_3gp(tmp_path: Path) -> None:
    data = av_samples.write("3gp", video="libx264", audio="amr_nb", rate=8000, metadata=METADATA)
    for brand in (b"3gp6", b"3gp7", b"3ge7", b"3gg6"):  # brands the MP4 list never named, too
        variant = data[:8] + brand + data[12:]
        assert detect_bytes(variant) is MediaType.THREEGP
    prepared = _import(data[:8] + b"3gp7" + data[12:], tmp_path, "phone.3gp")
    assert prepared.media_type is MediaType.THREEGP
    assert prepared.result is not None and prepared.result.output_type is MediaType.THREEGP
    copy = _clean_and_checked(prepared, tmp_path, tuple(METADATA.values()))
    with av.open(io.BytesIO(copy), mode="r") as container:
        assert sorted(s.codec_context.name for s in container.streams) == ["amrnb", "h264"]


def test_quicktime_without_a_file_type_box_is_accepted(tmp_path: Path) -> None:
    mov = av_samples.write("mov", video="libx264", audio="aac", metadata=METADATA)
    assert mov[4:8] == b"ftyp"
    old = (
        struct.pack(">I", struct.unpack(">I", mov[:4])[0])
        + b"free"
        + bytes(len(mov[8 : struct.unpack(">I", mov[:4])[0]]))
    )
    old += mov[len(old) :]
    assert detect_bytes(old) is MediaType.MOV
    prepared = _import(old, tmp_path, "old.mov")
    assert prepared.result is not None and prepared.result.output_type is MediaType.MOV
    copy = _clean_and_checked(prepared, tmp_path, ("ZQXTITLE", "ZQXARTIST", "ZQXCOMMENT"))
    assert copy[4:8] == b"ftyp"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: av_samples.write("adts", audio="aac")[:5], "AAC recording|not recognised|truncated"),
        (lambda: av_samples.write("asf", video="wmv2", audio="wmav2")[:3000], "Windows Media file"),
        (lambda: b"\x00\x00\x00\x10mdat" + b"\x00" * 8, "damaged or incomplete"),
    ],
    ids=["aac-stub", "wmv-header-only", "quicktime-without-moov"],
)
def test_truncated_aac_wmv_and_old_quicktime_are_refused(make: object, message: str, tmp_path: Path) -> None:
    assert callable(make)
    with pytest.raises(UnsupportedMedia, match=message) as refused:
        _import(make(), tmp_path)
    assert "\n" not in str(refused.value)


def test_3gp_with_h263_video_is_kept_sealed(tmp_path: Path) -> None:
    data = av_samples.write("3gp", video="h263", audio="amr_nb", rate=8000, size=(176, 144))
    prepared = _import(data, tmp_path, "old-phone.3gp")
    assert prepared.working is None and "h263" in (prepared.not_exportable or "")
