"""Hostile and broken recordings and documents: a clear one-line error, nothing half-imported,
quickly. (A PDF with a broken xref is repaired by PDFium and imported cleanly.)"""

from __future__ import annotations

import io
import struct
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import av
import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest

from evidence_app import media_service as ms
from evidence_app.errors import UnsupportedMedia
from evidence_app.media.base import InvalidMedia, MediaType
from evidence_app.media.registry import sanitizer_for
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault

from . import corpus as c


def refused(vault: Vault, path: Path, match: str, seconds: float = 15.0) -> str:
    """Import must fail with a short one-line message matching ``match`` and store nothing."""
    case = add_case(vault, "Bad input")
    blobs_before = vault.blobs.all_ids()
    started = time.monotonic()
    with pytest.raises(UnsupportedMedia, match=match) as info:
        ms.import_file(vault, case.id, path)
    assert time.monotonic() - started < seconds
    message = str(info.value)
    assert message and "\n" not in message and len(message) < 300, message
    assert vault.blobs.all_ids() == blobs_before
    assert ms.list_media(vault) == []
    assert vault.conn.execute("SELECT count(*) FROM media_text").fetchone()[0] == 0
    return message


def test_truncated_mp3(vault: Vault, tmp_path: Path) -> None:
    data = c.encode_audio("mp3", "libmp3lame", seconds=2)
    path = tmp_path / "cut.mp3"
    path.write_bytes(data[: len(data) - 37])
    refused(vault, path, "truncated")


def test_truncated_wav(vault: Vault, tmp_path: Path) -> None:
    data = c.dirty_wav(tmp_path / "full.wav").read_bytes()
    path = tmp_path / "cut.wav"
    path.write_bytes(data[: data.index(b"data") + 2000])
    refused(vault, path, "truncated")


def test_truncated_flac(vault: Vault, tmp_path: Path) -> None:
    data = c.encode_audio("flac", "flac", seconds=2)
    path = tmp_path / "cut.flac"
    path.write_bytes(data[:-300])
    refused(vault, path, "truncated")


def test_truncated_m4a_without_its_index(vault: Vault, tmp_path: Path) -> None:
    data = c.encode_audio("ipod", "aac")  # moov at the end, as a recorder that was interrupted
    path = tmp_path / "cut.m4a"
    path.write_bytes(data[: len(data) // 2])
    refused(vault, path, "truncated|incomplete")


def test_truncated_video_with_index_first(vault: Vault, tmp_path: Path) -> None:
    full = tmp_path / "fast.mp4"
    with av.open(str(full), "w", format="mp4", options={"movflags": "+faststart"}) as out:
        stream = out.add_stream("libx264", rate=10, options={"preset": "ultrafast"})
        stream.width = stream.height = 64
        stream.pix_fmt = "yuv420p"
        for i in range(20):
            frame = av.VideoFrame.from_ndarray(
                np.random.default_rng(i).integers(0, 255, (64, 64, 3), "uint8"), format="rgb24"
            )
            frame.pts = i
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    data = full.read_bytes()
    assert data.index(b"moov") < data.index(b"mdat")
    path = tmp_path / "cut.mp4"
    path.write_bytes(data[: len(data) - 500])
    refused(vault, path, "truncated")


def test_mp3_with_a_50_mb_id3_frame(vault: Vault, tmp_path: Path) -> None:
    payload = 50 * 1024 * 1024
    frame = b"PRIV" + struct.pack(">I", payload) + b"\x00\x00" + b"x\x00" + b"\x00" * (payload - 2)
    size = len(frame)
    header = b"ID3\x03\x00\x00" + bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    path = tmp_path / "huge-tag.mp3"
    path.write_bytes(header + frame + c.encode_audio("mp3", "libmp3lame"))
    refused(vault, path, "50 MB ID3 tag")


def test_mp4_whose_moov_claims_gigabytes(vault: Vault, tmp_path: Path) -> None:
    ftyp = struct.pack(">I4s4sI", 24, b"ftyp", b"isom", 0x200) + b"isomiso2"
    moov = struct.pack(">I4s", 1, b"moov") + struct.pack(">Q", 6 * 1024**3) + b"\x00" * 64
    path = tmp_path / "liar.mp4"
    path.write_bytes(ftyp + moov)
    message = refused(vault, path, "claims")
    assert "moov" in message


def test_encrypted_pdf_is_refused(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "locked.pdf"
    c.text_pdf(path, dirty=False, encryption=pikepdf.Encryption(owner="owner-secret", user="user-secret"))
    refused(vault, path, "password-protected")


def test_pdf_with_only_an_owner_password_opens(vault: Vault, tmp_path: Path) -> None:
    """Restrictions without a user password: anyone can open it, so it is flattened like any PDF."""
    path = tmp_path / "restricted.pdf"
    c.text_pdf(path, dirty=False, encryption=pikepdf.Encryption(owner="owner-secret", user=""))
    item, inspection = ms.import_file(vault, add_case(vault, "C").id, path)
    assert any(f.key == "encryption" for f in inspection.findings)
    assert len(pdfium.PdfDocument(ms.read_working(vault, item))) == 2


def test_pdf_bomb_with_too_many_pages(vault: Vault, tmp_path: Path) -> None:
    pdf = pikepdf.new()
    for _ in range(600):
        pdf.add_blank_page()
    path = tmp_path / "pages.pdf"
    pdf.save(path)
    refused(vault, path, "600 pages", seconds=10)


def test_pdf_bomb_with_a_giant_page(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "giant.pdf"
    c.text_pdf(path, pages=1, dirty=False, media_box=(1_000_000, 1_000_000))
    refused(vault, path, "200 x 200 inches", seconds=10)


def test_pdf_with_a_broken_xref_is_repaired(vault: Vault, tmp_path: Path) -> None:
    data = c.text_pdf(dirty=False)
    start = data.rindex(b"startxref")
    broken = data[:start] + b"startxref\n999999\n%%EOF\n"
    broken = broken.replace(b"xref\n0 ", b"xrex\n0 ")  # and the table itself is unreadable
    path = tmp_path / "broken.pdf"
    path.write_bytes(broken)
    item, inspection = ms.import_file(vault, add_case(vault, "C").id, path)
    assert inspection.facts["pages"] == "2"
    assert "ZQXNAMEONPAGE" in inspection.text
    assert len(pdfium.PdfDocument(ms.read_working(vault, item))) == 2


def _docx_with(entries: list[tuple[str, int]]) -> bytes:
    """A DOCX-shaped ZIP whose listed entries are runs of zeros of the given sizes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        for name, size in entries:
            with zf.open(name, "w", force_zip64=False) as fh:
                chunk = b"\x00" * (1024 * 1024)
                for _ in range(size // len(chunk)):
                    fh.write(chunk)
    return buffer.getvalue()


def test_zip_bomb_disguised_as_docx(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(_docx_with([("word/document.xml", 100 * 1024 * 1024)]))
    assert path.stat().st_size < 1024 * 1024
    refused(vault, path, "zip bomb", seconds=5)


def test_zip_bomb_by_compression_ratio(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "ratio.docx"
    path.write_bytes(_docx_with([("word/document.xml", 16 * 1024 * 1024)]))
    refused(vault, path, "compressed more than", seconds=5)


def test_docx_with_an_entity_bomb(vault: Vault, tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
        "<w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "laughs.docx"
    path.write_bytes(c.docx(document_xml=laughs))
    refused(vault, path, "DOCTYPE")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("junk.flac", b"fLaC" + b"\x00\x01\x02" * 50),
        ("junk.ogg", b"OggS" + b"\x00" * 200),
        ("junk.wav", b"RIFF\x24\x00\x00\x00WAVEjunk" + b"\x00" * 40),
        ("junk.m4a", struct.pack(">I4s4sI", 20, b"ftyp", b"M4A ", 0) + b"M4A " + b"\x00" * 60),
        ("junk.mp3", b"ID3\x03\x00\x00\x00\x00\x00\x05hello" + b"\xff\xfb" + b"\x00" * 100),
        ("junk.pdf", b"%PDF-1.7\nnothing else"),
        ("rf64.wav", b"RF64\xff\xff\xff\xffWAVEds64" + b"\x00" * 40),
    ],
)
def test_garbage_behind_a_valid_signature(vault: Vault, tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    refused(vault, path, ".")


@pytest.mark.parametrize(
    "media_type",
    [
        MediaType.MP3,
        MediaType.WAV,
        MediaType.FLAC,
        MediaType.OGG,
        MediaType.M4A,
        MediaType.MP4,
        MediaType.PDF,
        MediaType.DOCX,
    ],
)
def test_empty_input(media_type: MediaType) -> None:
    sanitizer = sanitizer_for(media_type)
    with pytest.raises(InvalidMedia, match="empty"):
        sanitizer.inspect(io.BytesIO(b""))
    with pytest.raises(InvalidMedia, match="empty"):
        sanitizer.sanitize(io.BytesIO(b""), io.BytesIO())


@pytest.mark.parametrize(
    ("name", "build", "part"),
    [
        ("broken.docx", c.docx, "word/document.xml"),
        ("broken.xlsx", c.xlsx, "xl/workbook.xml"),
        ("broken.pptx", c.pptx, "ppt/presentation.xml"),
        ("broken.odt", c.odt, "content.xml"),
    ],
)
def test_office_document_with_a_broken_main_part(
    vault: Vault, tmp_path: Path, name: str, build: Callable[[], bytes], part: str
) -> None:
    source = zipfile.ZipFile(io.BytesIO(build()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            body = b"<unclosed><tag" if info.filename == part else source.read(info.filename)
            out.writestr(info, body)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue())
    refused(vault, path, "damaged or malformed")
