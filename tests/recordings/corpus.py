"""Generated recordings and documents carrying identifying metadata in every place their formats
allow. Everything is made here, from scratch (PyAV, mutagen, pikepdf, zipfile, exiftool): no
sample file is downloaded or shipped.

Every identifying value contains a marker starting with ``ZQX``; the sanitized copies must contain
none of them, whatever exiftool says.
"""

from __future__ import annotations

import base64
import io
import shutil
import struct
import subprocess
import zipfile
from fractions import Fraction
from pathlib import Path
from typing import Any

import av
import numpy as np

EXIFTOOL = shutil.which("exiftool")
PDFTOTEXT = shutil.which("pdftotext")

MARKERS = (
    "ZQXARTIST",
    "ZQXCOMMENT",
    "ZQXRECORDER",
    "ZQXPLACE",
    "ZQXPRIV",
    "ZQXAPE",
    "ZQXPICTURE",
    "ZQXDEVICE",
    "ZQXIXML",
    "ZQXCART",
    "ZQXAPPDATA",
    "ZQXMAKE",
    "ZQXMODEL",
    "ZQXSOFT",
    "ZQXXMP",
    "ZQXAUTHOR",
    "ZQXTRACK",
    "ZQXPRODUCER",
    "ZQXANNOT",
    "ZQXEMBED",
    "ZQXJS",
    "ZQXOLDREV",
    "ZQXCOMPANY",
    "ZQXREVIEWER",
    "ZQXUSER",
    "ZQXNOTES",
    "ZQXDELETED",
    "ZQXCOMMENTTEXT",
    "ZQXID3V1",
    "ZQXLOCNAME",
)
GPS_ISO6709 = "+10.6231+103.5210/"
DURATION = 1.0
RATE = 16000


def marker_hits(data: bytes) -> list[str]:
    return [m for m in MARKERS if m.encode() in data]


def sine(seconds: float = DURATION, rate: int = RATE, channels: int = 1, freq: float = 440.0) -> Any:
    t = np.arange(int(seconds * rate)) / rate
    wave = (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)
    return np.tile(wave, (channels, 1))


def encode_audio(
    fmt: str,
    codec: str,
    *,
    rate: int = RATE,
    channels: int = 1,
    seconds: float = DURATION,
    options: dict[str, str] | None = None,
) -> bytes:
    """A tone encoded with PyAV (bit-exact muxing: no encoder tag of its own)."""
    buffer = io.BytesIO()
    layout = "stereo" if channels == 2 else "mono"
    with av.open(buffer, "w", format=fmt, options={"fflags": "+bitexact"}) as out:
        stream: Any = out.add_stream(codec, rate=rate, layout=layout)
        if options:
            stream.codec_context.options = options
        samples = sine(seconds, rate, channels)
        step = 1024
        for start in range(0, samples.shape[1], step):
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(samples[:, start : start + step]), format="fltp", layout=layout
            )
            frame.sample_rate = rate
            frame.pts = start
            frame.time_base = Fraction(1, rate)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return buffer.getvalue()


def small_jpeg(marker: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 10, 10)).save(buffer, "JPEG", comment=marker.encode())
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# Audio


def dirty_mp3(path: Path) -> Path:
    from mutagen.apev2 import APEv2
    from mutagen.id3 import APIC, COMM, ID3, PRIV, TDRC, TPE1, TSSE, TXXX

    path.write_bytes(encode_audio("mp3", "libmp3lame"))
    tags = ID3()
    tags.add(TPE1(encoding=3, text="ZQXARTIST"))
    tags.add(COMM(encoding=3, lang="eng", desc="", text="ZQXCOMMENT interview"))
    tags.add(TDRC(encoding=3, text="2025-03-01 10:00:00"))
    tags.add(TSSE(encoding=3, text="ZQXRECORDER Zoom H1n"))
    tags.add(TXXX(encoding=3, desc="Location", text=f"ZQXPLACE {GPS_ISO6709}"))
    tags.add(PRIV(owner="ZQXPRIV", data=b"ZQXPRIV-data"))
    tags.add(APIC(encoding=3, mime="image/jpeg", type=3, desc="cover", data=small_jpeg("ZQXPICTURE")))
    tags.save(path, v1=2)  # v1=2: also write an ID3v1 tag at the end
    ape = APEv2()
    ape["Artist"] = "ZQXAPE"
    ape.save(path)
    return path


def dirty_m4a(path: Path) -> Path:
    from mutagen.mp4 import MP4, MP4Cover

    path.write_bytes(encode_audio("ipod", "aac"))
    audio = MP4(path)
    if audio.tags is None:
        audio.add_tags()
    tags = audio.tags
    assert tags is not None
    tags["\xa9ART"] = ["ZQXARTIST"]
    tags["\xa9cmt"] = ["ZQXCOMMENT"]
    tags["\xa9day"] = ["2025-03-01T10:00:00Z"]
    tags["\xa9too"] = ["ZQXRECORDER iPhone Voice Memos"]
    tags["covr"] = [MP4Cover(small_jpeg("ZQXPICTURE"), imageformat=MP4Cover.FORMAT_JPEG)]
    audio.save()
    return path


def _flac_picture_b64(marker: str) -> str:
    from mutagen.flac import Picture

    picture = Picture()
    picture.type = 3
    picture.mime = "image/jpeg"
    picture.data = small_jpeg(marker)
    return base64.b64encode(picture.write()).decode("ascii")


def dirty_ogg(path: Path, codec: str) -> Path:
    from mutagen.oggopus import OggOpus
    from mutagen.oggvorbis import OggVorbis

    if codec == "opus":
        path.write_bytes(encode_audio("ogg", "libopus", rate=48000))
        audio: Any = OggOpus(path)
    else:
        path.write_bytes(encode_audio("ogg", "vorbis", channels=2, options={"strict": "-2"}))
        audio = OggVorbis(path)
    audio["artist"] = "ZQXARTIST"
    audio["comment"] = "ZQXCOMMENT"
    audio["date"] = "2025-03-01"
    audio["location"] = f"ZQXPLACE {GPS_ISO6709}"
    audio["encoder"] = "ZQXRECORDER"
    audio["metadata_block_picture"] = _flac_picture_b64("ZQXPICTURE")
    audio.save()
    return path


def _id3v23(text: str) -> bytes:
    body = b"\x03" + text.encode("utf-8") + b"\x00"
    frame = b"TIT2" + struct.pack(">I", len(body)) + b"\x00\x00" + body
    size = len(frame)
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x03\x00\x00" + syncsafe + frame


def dirty_flac(path: Path, leading_id3: bool = False) -> Path:
    from mutagen.flac import FLAC, Picture

    path.write_bytes(encode_audio("flac", "flac"))
    audio = FLAC(path)
    audio["artist"] = "ZQXARTIST"
    audio["comment"] = "ZQXCOMMENT"
    audio["date"] = "2025-03-01"
    audio["location"] = "ZQXPLACE"
    picture = Picture()
    picture.type = 3
    picture.mime = "image/jpeg"
    picture.data = small_jpeg("ZQXPICTURE")
    audio.add_picture(picture)
    audio.save()
    data = path.read_bytes()
    # An APPLICATION block (id "ZQXA") right after STREAMINFO, by hand: mutagen cannot write one.
    streaminfo_end = 4 + 4 + 34
    app_body = b"ZQXA" + b"ZQXAPPDATA"
    first_header = data[4]
    head = data[:4] + bytes([first_header & 0x7F]) + data[5:streaminfo_end]
    app_block = bytes([2]) + len(app_body).to_bytes(3, "big") + app_body
    data = head + app_block + data[streaminfo_end:]
    data += b"TAG" + b"ZQXID3V1".ljust(125, b"\x00")
    if leading_id3:
        data = _id3v23("ZQXARTIST") + data
    path.write_bytes(data)
    return path


def _chunk(cid: bytes, body: bytes) -> bytes:
    return cid + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) % 2 else b"")


def _info_list() -> bytes:
    items = [
        (b"IART", b"ZQXARTIST\x00"),
        (b"ICMT", b"ZQXCOMMENT\x00"),
        (b"ICRD", b"2025-03-01\x00"),
        (b"ISFT", b"ZQXRECORDER\x00"),
    ]
    return _chunk(b"LIST", b"INFO" + b"".join(_chunk(cid, body) for cid, body in items))


def _bext() -> bytes:
    body = bytearray(602)
    body[0:16] = b"ZQXCOMMENT bext "
    body[256:266] = b"ZQXDEVICE "
    body[288:297] = b"ZQXPLACE1"
    body[320:330] = b"2025-03-01"
    body[330:338] = b"10:00:00"
    return bytes(body)


def dirty_wav(path: Path, extensible: bool = False) -> Path:
    """A hand-built WAV: LIST/INFO, bext, iXML, cart, id3 chunk and an odd-sized chunk (padding)."""
    channels = 2 if extensible else 1
    samples = sine(channels=channels)
    if extensible:
        ints = (samples.T * (2**23 - 1)).astype("<i4").reshape(-1)
        pcm = b"".join(int(v & 0xFFFFFF).to_bytes(3, "little") for v in ints)
        bits, block = 24, 3 * channels
        guid = bytes.fromhex("0100000000001000800000aa00389b71")
        fmt = struct.pack("<HHIIHH", 0xFFFE, channels, RATE, RATE * block, block, bits)
        fmt += struct.pack("<HHI", 22, bits, 0x3) + guid
    else:
        pcm = (samples[0] * 32767).astype("<i2").tobytes()
        bits, block = 16, 2
        fmt = struct.pack("<HHIIHH", 1, channels, RATE, RATE * block, block, bits)
    chunks = [
        _chunk(b"fmt ", fmt),
        _info_list(),
        _chunk(b"bext", _bext()),
        _chunk(b"odd ", b"ZQX"[:3]),  # 3 bytes + a pad byte
        _chunk(b"iXML", b"<BWFXML><NOTE>ZQXIXML</NOTE></BWFXML>"),
        _chunk(b"cart", b"0101" + b"ZQXCART".ljust(64, b" ")),
        _chunk(b"data", pcm),
        _chunk(b"id3 ", _id3v23("ZQXARTIST")),
    ]
    payload = b"WAVE" + b"".join(chunks)
    path.write_bytes(b"RIFF" + struct.pack("<I", len(payload)) + payload)
    return path


# ---------------------------------------------------------------------------------------------
# Video


def encode_video(
    path: Path,
    fmt: str,
    *,
    codec: str = "libx264",
    seconds: float = DURATION,
    fps: int = 10,
    size: int = 64,
    gps_track: bool = True,
) -> Path:
    """H.264 (or ``codec``) video with AAC audio and, optionally, a timed text track of GPS
    positions like those some phones and drones write."""
    with av.open(str(path), "w", format=fmt) as out:
        video: Any = out.add_stream(codec, rate=fps, options={"preset": "ultrafast"} if codec == "libx264" else {})
        video.width = video.height = size
        video.pix_fmt = "yuv420p"
        audio: Any = out.add_stream("aac", rate=RATE, layout="mono")
        text: Any = None
        if gps_track:
            text = out.add_mux_stream("mov_text")
            text.time_base = Fraction(1, 1000)
        for i in range(int(seconds * fps)):
            frame = av.VideoFrame.from_ndarray(np.full((size, size, 3), (i * 20) % 255, np.uint8), format="rgb24")
            frame.pts = i
            for packet in video.encode(frame):
                out.mux(packet)
        for packet in video.encode(None):
            out.mux(packet)
        samples = sine()
        for start in range(0, samples.shape[1], 1024):
            audio_frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(samples[:, start : start + 1024]), format="fltp", layout="mono"
            )
            audio_frame.sample_rate = RATE
            audio_frame.pts = start
            audio_frame.time_base = Fraction(1, RATE)
            for packet in audio.encode(audio_frame):
                out.mux(packet)
        for packet in audio.encode(None):
            out.mux(packet)
        if text is not None:
            for i in range(3):
                body = f"ZQXTRACK GPS 10.62{i} N 103.52{i} E".encode()
                packet = av.Packet(len(body).to_bytes(2, "big") + body)
                packet.stream = text
                packet.pts = packet.dts = i * 300
                packet.duration = 300
                packet.time_base = text.time_base
                out.mux(packet)
    return path


VIDEO_EXIFTOOL_ARGS = (
    "-Keys:GPSCoordinates=10.6231 N, 103.5210 E, 5 m Above Sea Level",
    "-UserData:GPSCoordinates=10.6231 N, 103.5210 E",
    "-ItemList:GPSCoordinates=10.6231 N, 103.5210 E",
    "-Keys:Make=ZQXMAKE",
    "-Keys:Model=ZQXMODEL",
    "-Keys:Software=ZQXSOFT",
    "-Keys:CreationDate=2025:03:01 10:00:00+07:00",
    "-Keys:LocationName=ZQXLOCNAME",
    "-UserData:Make=ZQXMAKE",
    "-UserData:Model=ZQXMODEL",
    "-UserData:Author=ZQXAUTHOR",
    "-ItemList:Artist=ZQXARTIST",
    "-ItemList:Comment=ZQXCOMMENT",
    "-XMP-dc:Creator=ZQXXMP",
    "-QuickTime:CreateDate=2025:03:01 10:00:00",
    "-Rotation=90",
)


def exiftool_write(paths: list[Path], *args: str) -> None:
    assert EXIFTOOL is not None
    subprocess.run(
        [EXIFTOOL, "-q", "-q", "-overwrite_original", "-m", *args, *map(str, paths)],
        check=True,
        capture_output=True,
        timeout=120,
    )


# ---------------------------------------------------------------------------------------------
# PDF


def text_pdf(
    path: Path | None = None,
    pages: int = 2,
    words: str = "Contract of ZQXNAMEONPAGE paid 500 USD",
    dirty: bool = True,
    media_box: tuple[float, float] = (612, 792),
    **save: Any,
) -> bytes:
    """A PDF with real text (Helvetica) and, when dirty, Info, XMP, an annotation, an attachment,
    JavaScript and bytes from an "earlier revision" after the end."""
    import pikepdf

    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)
    )
    for number in range(1, pages + 1):
        content = f"BT /F1 24 Tf 72 700 Td ({words} page {number}) Tj ET".encode()
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=pikepdf.Array([0, 0, *media_box]),
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
            Contents=pdf.make_stream(content),
        )
        if dirty and number == 1:
            page.Annots = pikepdf.Array(
                [
                    pdf.make_indirect(
                        pikepdf.Dictionary(
                            Type=pikepdf.Name.Annot,
                            Subtype=pikepdf.Name.Text,
                            Rect=pikepdf.Array([10, 10, 30, 30]),
                            Contents=pikepdf.String("ZQXANNOT note"),
                            T=pikepdf.String("ZQXAUTHOR"),
                        )
                    )
                ]
            )
        pdf.pages.append(pikepdf.Page(pdf.make_indirect(page)))
    if dirty:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:creator"] = ["ZQXXMP"]
        pdf.docinfo["/Author"] = "ZQXAUTHOR"
        pdf.docinfo["/Producer"] = "ZQXPRODUCER"
        pdf.docinfo["/Creator"] = "ZQXSOFT"
        pdf.attachments["secret.txt"] = pikepdf.AttachedFileSpec(pdf, b"ZQXEMBED attachment")
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('ZQXJS')"))
    buffer = io.BytesIO()
    pdf.save(buffer, **save)
    data = buffer.getvalue()
    if dirty:
        data += b"\n% ZQXOLDREV an earlier revision\n%%EOF\n"
    if path is not None:
        path.write_bytes(data)
    return data


# ---------------------------------------------------------------------------------------------
# Office documents

_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:creator>ZQXAUTHOR</dc:creator><cp:lastModifiedBy>ZQXREVIEWER</cp:lastModifiedBy>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-01T10:00:00Z</dcterms:created>'
    "</cp:coreProperties>"
)
_APP = (
    '<?xml version="1.0" encoding="UTF-8"?><Properties'
    ' xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>ZQXSOFT Word</Application><Company>ZQXCOMPANY</Company><TotalTime>42</TotalTime></Properties>"
)


def _zip(entries: list[tuple[str, bytes | str]], stored_first: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for index, (name, body) in enumerate(entries):
            raw = body.encode("utf-8") if isinstance(body, str) else body
            method = zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            zf.writestr(zipfile.ZipInfo(name, (2025, 3, 1, 10, 0, 0)), raw, compress_type=method)
    return buffer.getvalue()


def _rels(*rels: tuple[str, str, str, str]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"' + (f' TargetMode="{mode}"' if mode else "") + "/>"
        for rid, rtype, target, mode in rels
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_RELS}">{items}</Relationships>'


def _content_types(main: str, part: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{_CT}">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/{part}" ContentType="{main}"/></Types>'
    )


def docx(body_paragraphs: list[str] | None = None, document_xml: str | None = None, header: bool = True) -> bytes:
    paragraphs = body_paragraphs or ["Payment of 500 USD to the recruiter", "Signed in Phnom Penh"]
    body = "".join(f'<w:p w:rsidR="00AB12CD"><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    body += (
        '<w:p><w:r><w:t>Kept </w:t></w:r><w:del w:id="1" w:author="ZQXREVIEWER" w:date="2025-03-01T10:00:00Z">'
        "<w:r><w:delText>ZQXDELETED words</w:delText></w:r></w:del>"
        '<w:ins w:id="2" w:author="ZQXREVIEWER"><w:r><w:t>inserted</w:t></w:r></w:ins></w:p>'
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell A1</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Cell B1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    )
    xml = document_xml or (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
        f"<w:body>{body}</w:body></w:document>"
    )
    header_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:hdr xmlns:w="{_W}"><w:p><w:r><w:t>Header text</w:t>'
        "</w:r></w:p></w:hdr>"
        if header
        else f'<w:hdr xmlns:w="{_W}"/>'
    )
    comments = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:comments xmlns:w="{_W}"><w:comment w:id="0"'
        ' w:author="ZQXREVIEWER"><w:p><w:r><w:t>ZQXCOMMENTTEXT</w:t></w:r></w:p></w:comment></w:comments>'
    )
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return _zip(
        [
            (
                "[Content_Types].xml",
                _content_types(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    "word/document.xml",
                ),
            ),
            ("_rels/.rels", _rels(("rId1", f"{office}/officeDocument", "word/document.xml", ""))),
            ("word/document.xml", xml),
            (
                "word/_rels/document.xml.rels",
                _rels(
                    ("rId1", f"{office}/header", "header1.xml", ""),
                    ("rId2", f"{office}/hyperlink", "file:///C:/Users/ZQXUSER/contract.docx", "External"),
                    ("rId3", f"{office}/image", "media/image1.jpg", ""),
                ),
            ),
            ("word/header1.xml", header_xml),
            ("word/comments.xml", comments),
            ("word/media/image1.jpg", small_jpeg("ZQXPICTURE")),
            ("docProps/core.xml", _CORE),
            ("docProps/app.xml", _APP),
        ]
    )


def xlsx() -> bytes:
    s = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{s}" xmlns:r="{r}"><sheets>'
        '<sheet name="Payments" sheetId="1" r:id="rId1"/>'
        '<sheet name="Hidden" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>'
    )
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{s}" count="2" uniqueCount="2">'
        "<si><t>Worker</t></si><si><r><t>Broker </t></r><r><t>fee</t></r></si></sst>"
    )
    sheet1 = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{s}"><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Dara</t></is></c><c r="B2"><v>1500</v></c></row>'
        "</sheetData></worksheet>"
    )
    sheet2 = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{s}"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>hidden debt ledger</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return _zip(
        [
            (
                "[Content_Types].xml",
                _content_types(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/workbook.xml"
                ),
            ),
            ("_rels/.rels", _rels(("rId1", f"{office}/officeDocument", "xl/workbook.xml", ""))),
            ("xl/workbook.xml", workbook),
            (
                "xl/_rels/workbook.xml.rels",
                _rels(
                    ("rId1", f"{office}/worksheet", "worksheets/sheet1.xml", ""),
                    ("rId2", f"{office}/worksheet", "worksheets/sheet2.xml", ""),
                ),
            ),
            ("xl/sharedStrings.xml", shared),
            ("xl/worksheets/sheet1.xml", sheet1),
            ("xl/worksheets/sheet2.xml", sheet2),
            ("docProps/core.xml", _CORE),
            ("docProps/app.xml", _APP),
        ]
    )


def pptx() -> bytes:
    p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    presentation = (
        f'<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="{p}" xmlns:r="{r}">'
        '<p:sldIdLst><p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId1"/></p:sldIdLst>'
        "</p:presentation>"
    )

    def slide(text: str) -> str:
        return (
            f'<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:p="{p}" xmlns:a="{a}"><p:cSld><p:spTree>'
            f"<p:sp><p:txBody><a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp>"
            "</p:spTree></p:cSld></p:sld>"
        )

    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    return _zip(
        [
            (
                "[Content_Types].xml",
                _content_types(
                    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
                    "ppt/presentation.xml",
                ),
            ),
            ("_rels/.rels", _rels(("rId1", f"{office}/officeDocument", "ppt/presentation.xml", ""))),
            ("ppt/presentation.xml", presentation),
            (
                "ppt/_rels/presentation.xml.rels",
                _rels(
                    ("rId1", f"{office}/slide", "slides/slide2.xml", ""),
                    ("rId2", f"{office}/slide", "slides/slide1.xml", ""),
                ),
            ),
            ("ppt/slides/slide1.xml", slide("Recruitment routes")),
            ("ppt/slides/slide2.xml", slide("Border crossing at night")),
            ("ppt/notesSlides/notesSlide1.xml", slide("ZQXNOTES speaker notes")),
            ("docProps/core.xml", _CORE),
        ]
    )


def odt(text: str = "Statement of the witness") -> bytes:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    t = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    dc = "http://purl.org/dc/elements/1.1/"
    meta_ns = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}" xmlns:text="{t}"'
        f' xmlns:dc="{dc}"><office:body><office:text>'
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>ZQXDELETED</text:p>'
        "</text:deletion></text:changed-region></text:tracked-changes>"
        f'<text:h>Title</text:h><text:p>{text}<text:s text:c="2"/>continues<text:tab/>tabbed</text:p>'
        "<text:p>Second <text:span>paragraph</text:span><office:annotation><dc:creator>ZQXREVIEWER</dc:creator>"
        "<text:p>ZQXCOMMENTTEXT</text:p></office:annotation> ends</text:p>"
        "</office:text></office:body></office:document-content>"
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="{office}" xmlns:meta="{meta_ns}"'
        f' xmlns:dc="{dc}"><office:meta><meta:generator>ZQXSOFT Writer</meta:generator>'
        "<meta:initial-creator>ZQXAUTHOR</meta:initial-creator><dc:creator>ZQXREVIEWER</dc:creator>"
        "<meta:creation-date>2025-03-01T10:00:00</meta:creation-date></office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest'
        ' xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    )
    return _zip(
        [
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", content),
            ("meta.xml", meta),
            ("META-INF/manifest.xml", manifest),
        ],
        stored_first=True,
    )
