"""The outside corpus: real files written by other projects, imported through the real intake.

Every file of ``../shared/samples/outside-corpus/`` (exiftool's test images, mat2's dirty and
malformed test files) is imported with :func:`prepare_import`, the CPU half of ``media import``.
Each outcome is asserted from the table below: the working copy's type, or the refusal's true
cause. Each working copy is then

* re-read by ``exiftool -a -G1 -s -ee -u -U``: every tag outside the structural allowlists is a
  leak;
* searched byte by byte (ASCII/UTF-8 and UTF-16) for every identifying value exiftool reports in
  the original;
* decoded again (Pillow, PyAV, pdfinfo); JPEGs must decode to identical pixels and keep their
  orientation.

Every file must finish within a time bound, and no exception other than the app's own one-line
errors may come out (no traceback can reach a user).
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import av
import pytest
from PIL import Image

from evidence_app import media_service as ms
from evidence_app.errors import EvidenceError
from evidence_app.media.base import EXTENSIONS, MediaType
from evidence_app.media.exif_inspect import read_orientation
from tests.recordings import exiftool_allow

from . import exiftool_check

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "outside-corpus"
EXIFTOOL = shutil.which("exiftool")
PDFINFO = shutil.which("pdfinfo")
SECONDS_PER_FILE = 30.0

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the outside corpus is not present beside the project")

# The outcome of every file: the working copy's type, or a fragment of the refusal that names
# its true cause (the format, or the damage). A file added to the corpus without a row fails.
EXPECTED: dict[str, MediaType | str] = {
    "exiftool-t-images/AAC.aac": "the AAC recording is truncated or empty",
    "exiftool-t-images/AFCP.jpg": MediaType.JPEG,
    "exiftool-t-images/AIFF.aif": "the AIFF recording contains no audio data (no SSND chunk, only tags)",
    "exiftool-t-images/APE.ape": "Monkey's Audio (APE) files are not supported",
    "exiftool-t-images/APE.mpc": "Musepack audio files are not supported",
    "exiftool-t-images/ASF.wmv": "the Windows Media file is damaged or malformed",
    "exiftool-t-images/Apple.jpg": MediaType.JPEG,
    "exiftool-t-images/Audible.aa": "the file type is not recognised",
    "exiftool-t-images/BMP.bmp": MediaType.PNG,
    "exiftool-t-images/BPG.bpg": "BPG images are not supported",
    "exiftool-t-images/BigTIFF.btf": "the file type is not recognised",
    "exiftool-t-images/Canon.jpg": MediaType.JPEG,
    "exiftool-t-images/Canon1DmkIII.jpg": MediaType.JPEG,
    "exiftool-t-images/CanonRaw.cr2": "camera raw files (Canon CR2) are not supported",
    "exiftool-t-images/CanonRaw.cr3": "camera raw files (Canon CR3) are not supported",
    "exiftool-t-images/CanonRaw.crw": "camera raw files (Canon CRW) are not supported",
    "exiftool-t-images/CanonVRD.dr4": "the file type is not recognised",
    "exiftool-t-images/CanonVRD.vrd": "the file type is not recognised",
    "exiftool-t-images/CaptureOne.eip": "ZIP archives are not supported",
    "exiftool-t-images/Casio.jpg": MediaType.JPEG,
    "exiftool-t-images/Casio2.jpg": MediaType.JPEG,
    "exiftool-t-images/CasioQVCI.jpg": MediaType.JPEG,
    "exiftool-t-images/DICOM.dcm": "DICOM medical images are not supported",
    "exiftool-t-images/DNG.dng": "the DNG is damaged: its 3516x2328 image needs 140 strips or tiles and has 1",
    "exiftool-t-images/DPX.dpx": "the file type is not recognised",
    "exiftool-t-images/DV.dv": "the file type is not recognised",
    "exiftool-t-images/DjVu.djvu": "DjVu documents are not supported",
    "exiftool-t-images/EXE.a": "programs and libraries are not supported",
    "exiftool-t-images/EXE.dylib": "programs and libraries are not supported",
    "exiftool-t-images/EXE.elf": "programs and libraries are not supported",
    "exiftool-t-images/EXE.exe": "programs and libraries are not supported",
    "exiftool-t-images/EXE.macho": "programs and libraries are not supported",
    "exiftool-t-images/EXE.so": "programs and libraries are not supported",
    "exiftool-t-images/ExifTool.jpg": MediaType.JPEG,
    "exiftool-t-images/ExifTool.jps": MediaType.JPEG,
    "exiftool-t-images/ExifTool.tif": MediaType.TIFF,
    "exiftool-t-images/ExtendedXMP.jpg": MediaType.JPEG,
    "exiftool-t-images/FITS.fits": "FITS images are not supported",
    "exiftool-t-images/FLAC.flac": "the FLAC file is damaged: no audio frame follows its metadata",
    "exiftool-t-images/FLAC.ogg": "the Ogg file is truncated: it ends before the media data it announces",
    "exiftool-t-images/FLIF.flif": "FLIF images are not supported",
    "exiftool-t-images/FLIR.fpf": "the file type is not recognised",
    "exiftool-t-images/FLIR.jpg": MediaType.JPEG,
    "exiftool-t-images/Flash.flv": "Flash video (FLV) files are not supported",
    "exiftool-t-images/Flash.swf": "Flash (SWF) files are not supported",
    "exiftool-t-images/FlashPix.ppt": "legacy PowerPoint presentations (.ppt) are not supported",
    "exiftool-t-images/Font.afm": MediaType.PDF,
    "exiftool-t-images/Font.dfont": "the file type is not recognised",
    "exiftool-t-images/Font.pfa": "PostScript files are not supported",
    "exiftool-t-images/Font.pfb": "the file type is not recognised",
    "exiftool-t-images/Font.pfm": "the file type is not recognised",
    "exiftool-t-images/Font.ttf": "the file type is not recognised",
    "exiftool-t-images/FotoStation.jpg": MediaType.JPEG,
    "exiftool-t-images/FujiFilm.jpg": MediaType.JPEG,
    "exiftool-t-images/FujiFilm.raf": "camera raw files (Fujifilm RAF) are not supported",
    "exiftool-t-images/GE.jpg": MediaType.JPEG,
    "exiftool-t-images/GIF.gif": MediaType.GIF,
    "exiftool-t-images/GIMP.xcf": "GIMP (XCF) images are not supported",
    "exiftool-t-images/GPS.jpg": MediaType.JPEG,
    "exiftool-t-images/Garmin.fit": "the file type is not recognised",
    "exiftool-t-images/GeoTiff.tif": MediaType.TIFF,
    "exiftool-t-images/Geotag.gpx": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/Geotag.igc": MediaType.PDF,
    "exiftool-t-images/Geotag.kml": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/Geotag.log": MediaType.PDF,
    "exiftool-t-images/Geotag.xml": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/Geotag2.log": MediaType.PDF,
    "exiftool-t-images/Geotag3.log": MediaType.PDF,
    "exiftool-t-images/Geotag_DJI_2020-12-02_[07-50-31].csv": MediaType.PDF,
    "exiftool-t-images/GoPro.jpg": MediaType.JPEG,
    "exiftool-t-images/Google.jpg": MediaType.JPEG,
    "exiftool-t-images/HTML.html": "not exportable: the HTML page has no text to transcribe",
    "exiftool-t-images/ICC_Profile.icc": "the file type is not recognised",
    "exiftool-t-images/ICO.ico": "the file type is not recognised",
    "exiftool-t-images/IPTC.jpg": MediaType.JPEG,
    "exiftool-t-images/ISO.iso": "disc images (ISO) are not supported",
    "exiftool-t-images/ITC.itc": "the file type is not recognised",
    "exiftool-t-images/InDesign.indd": "the file type is not recognised",
    "exiftool-t-images/InfiRay.jpg": MediaType.JPEG,
    "exiftool-t-images/JSON.json": "JSON and other data files are not supported",
    "exiftool-t-images/JVC.jpg": MediaType.JPEG,
    "exiftool-t-images/JVC2.jpg": MediaType.JPEG,
    "exiftool-t-images/JXL.jxl": "the JPEG XL image is damaged or truncated",
    "exiftool-t-images/JXL2.jxl": "the JPEG XL image is damaged or truncated",
    "exiftool-t-images/Jpeg2000.j2c": "JPEG 2000 images are not supported",
    "exiftool-t-images/Jpeg2000.jp2": "JPEG 2000 images are not supported",
    "exiftool-t-images/Kodak.jpg": MediaType.JPEG,
    "exiftool-t-images/KyoceraRaw.raw": "the file type is not recognised",
    "exiftool-t-images/LNK.lnk": "the file type is not recognised",
    "exiftool-t-images/LNK.url": "JSON and other data files are not supported",
    "exiftool-t-images/Lytro.lfp": "the file type is not recognised",
    "exiftool-t-images/M2TS.mts": "not exportable: the MPEG transport stream could not be rewritten",
    "exiftool-t-images/MIE.mie": "the file type is not recognised",
    "exiftool-t-images/MIFF.miff": "MIFF images are not supported",
    "exiftool-t-images/MOI.moi": "the file type is not recognised",
    "exiftool-t-images/MP3.mp3": "the file is not a valid MP3: no MPEG audio frames were found",
    "exiftool-t-images/MRC.mrc": "the file type is not recognised",
    "exiftool-t-images/MWG.jpg": MediaType.JPEG,
    "exiftool-t-images/MXF.mxf": "MXF videos are not supported",
    "exiftool-t-images/MacOS.macos": "the file type is not recognised",
    "exiftool-t-images/Matroska.mkv": "the Matroska (MKV) file is truncated: it ends before the media data",
    "exiftool-t-images/Minolta.jpg": MediaType.JPEG,
    "exiftool-t-images/Minolta.mrw": "camera raw files (Minolta MRW) are not supported",
    "exiftool-t-images/Motorola.jpg": MediaType.JPEG,
    "exiftool-t-images/Nikon.jpg": MediaType.JPEG,
    "exiftool-t-images/Nikon.nef": "this TIFF starts with a reduced-size preview (a camera raw file?); not",
    "exiftool-t-images/NikonD2Hs.jpg": MediaType.JPEG,
    "exiftool-t-images/NikonD70.jpg": MediaType.JPEG,
    "exiftool-t-images/OOXML.docx": MediaType.PDF,
    "exiftool-t-images/Olympus.dss": "the file type is not recognised",
    "exiftool-t-images/Olympus.jpg": MediaType.JPEG,
    "exiftool-t-images/Olympus2.jpg": MediaType.JPEG,
    "exiftool-t-images/OlympusE1.jpg": MediaType.JPEG,
    "exiftool-t-images/OpenDoc.ods": "not exportable: the ODS spreadsheet has no text to transcribe",
    "exiftool-t-images/OpenEXR.exr": "OpenEXR images are not supported",
    "exiftool-t-images/Opus.opus": "the Ogg file contains no audio data",
    "exiftool-t-images/PCAP.pcapng": "network captures (pcapng) are not supported",
    "exiftool-t-images/PCX.pcx": "the file type is not recognised",
    "exiftool-t-images/PDF.pdf": MediaType.PDF,
    "exiftool-t-images/PDF2.pdf": MediaType.PDF,
    "exiftool-t-images/PFM.pfm": "Netpbm images (PPM/PGM/PBM/PFM) are not supported",
    "exiftool-t-images/PGF.pgf": "the file type is not recognised",
    "exiftool-t-images/PICT.pict": "the file type is not recognised",
    "exiftool-t-images/PLIST-bin.plist": "property lists are not supported",
    "exiftool-t-images/PLIST-xml.plist": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/PLIST.aae": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/PLUS.xmp": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/PNG.png": MediaType.PNG,
    "exiftool-t-images/PPM.ppm": "Netpbm images (PPM/PGM/PBM/PFM) are not supported",
    "exiftool-t-images/PSP.psp": "the file type is not recognised",
    "exiftool-t-images/Palm.mobi": "the file type is not recognised",
    "exiftool-t-images/Panasonic.jpg": MediaType.JPEG,
    "exiftool-t-images/Panasonic.rw2": "camera raw files (Panasonic RW2) are not supported",
    "exiftool-t-images/Pentax.avi": "the AVI video is truncated or empty",
    "exiftool-t-images/Pentax.jpg": MediaType.JPEG,
    "exiftool-t-images/PhaseOne.iiq": "camera raw files (Phase One IIQ) are not supported",
    "exiftool-t-images/PhotoCD.pcd": "the file type is not recognised",
    "exiftool-t-images/PhotoMechanic.jpg": MediaType.JPEG,
    "exiftool-t-images/Photoshop.psd": MediaType.PNG,
    "exiftool-t-images/PostScript.eps": "PostScript files are not supported",
    "exiftool-t-images/QuickTime.heic": "the HEIC image is truncated: it ends before the media data it announce",
    "exiftool-t-images/QuickTime.m4a": "the M4A file contains no audio or video data",
    "exiftool-t-images/QuickTime.mov": "not exportable: the MOV video uses the mjpeg video codec",
    "exiftool-t-images/RIFF.avi": "the AVI video is truncated or empty",
    "exiftool-t-images/RIFF.wav": "the WAV file is damaged: it needs exactly one 'fmt ' chunk before one ",
    "exiftool-t-images/RIFF.webp": MediaType.WEBP,
    "exiftool-t-images/RTF.rtf": MediaType.PDF,
    "exiftool-t-images/Radiance.hdr": "Radiance HDR images are not supported",
    "exiftool-t-images/Real.ra": "RealAudio files are not supported",
    "exiftool-t-images/Real.ram": MediaType.PDF,
    "exiftool-t-images/Real.rm": "RealMedia files are not supported",
    "exiftool-t-images/Red.r3d": "the file type is not recognised",
    "exiftool-t-images/Ricoh.jpg": MediaType.JPEG,
    "exiftool-t-images/Ricoh2.jpg": MediaType.JPEG,
    "exiftool-t-images/Sanyo.jpg": MediaType.JPEG,
    "exiftool-t-images/Sigma.jpg": MediaType.JPEG,
    "exiftool-t-images/Sigma.x3f": "camera raw files (Sigma X3F) are not supported",
    "exiftool-t-images/SigmaDP2.x3f": "camera raw files (Sigma X3F) are not supported",
    "exiftool-t-images/Sony.jpg": MediaType.JPEG,
    "exiftool-t-images/Sony.pmp": "the file type is not recognised",
    "exiftool-t-images/TNEF.tnef": "the file type is not recognised",
    "exiftool-t-images/Text.csv": MediaType.PDF,
    "exiftool-t-images/Text1.txt": MediaType.PDF,
    "exiftool-t-images/Text2.txt": "the file type is not recognised",
    "exiftool-t-images/Text3.txt": MediaType.PDF,
    "exiftool-t-images/Text4.txt": "the file type is not recognised",
    "exiftool-t-images/Text5.txt": MediaType.PDF,
    "exiftool-t-images/Torrent.torrent": "torrent files are not supported",
    "exiftool-t-images/Unknown.jpg": MediaType.JPEG,
    "exiftool-t-images/VCard.ics": "calendar (ICS) files are not supported",
    "exiftool-t-images/VCard.vcf": "contact cards (VCF) are not supported",
    "exiftool-t-images/Vorbis.ogg": "the Ogg file is truncated: it ends before the media data it announces",
    "exiftool-t-images/WPG.wpg": "the file type is not recognised",
    "exiftool-t-images/WTV.wtv": "the file type is not recognised",
    "exiftool-t-images/Writer.jpg": MediaType.JPEG,
    "exiftool-t-images/XISF.xisf": "the file type is not recognised",
    "exiftool-t-images/XMP.inx": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/XMP.jpg": MediaType.JPEG,
    "exiftool-t-images/XMP.svg": "the SVG image is damaged or malformed: unbound prefix",
    "exiftool-t-images/XMP.xml": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/XMP.xmp": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/XMP2.xmp": "the file type is not recognised",
    "exiftool-t-images/XMP3.xmp": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/XMP4.xmp": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/XMP5.xmp": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/XMP6.xmp": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/XMP7.xmp": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/XMP8.xmp": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/XMP9.xmp": "XML files (XMP sidecars, GPX/KML tracks, ...) are not supported",
    "exiftool-t-images/ZIP.gz": "gzip archives are not supported",
    "exiftool-t-images/ZIP.rar": "RAR archives are not supported",
    "exiftool-t-images/ZIP.zip": "ZIP archives are not supported",
    "exiftool-t-images/ZISRAW.czi": "the file type is not recognised",
    "exiftool-t-images/iWork.numbers": "ZIP archives are not supported",
    "mat2-tests-data/broken_xml_content_types.docx": MediaType.PDF,
    "mat2-tests-data/clean.tif": MediaType.TIFF,
    "mat2-tests-data/comment.docx": MediaType.PDF,
    "mat2-tests-data/control_chars.jpg": MediaType.JPEG,
    "mat2-tests-data/dangling_rels.docx": MediaType.PDF,
    "mat2-tests-data/dangling_rels.xlsx": MediaType.PDF,
    "mat2-tests-data/dirty.aiff": MediaType.FLAC,
    "mat2-tests-data/dirty.avi": "not exportable: the AVI video uses the mpeg4 video codec",
    "mat2-tests-data/dirty.avif": MediaType.PNG,
    "mat2-tests-data/dirty.bmp": MediaType.PNG,
    "mat2-tests-data/dirty.css": MediaType.PDF,
    "mat2-tests-data/dirty.docx": MediaType.PDF,
    "mat2-tests-data/dirty.epub": MediaType.PDF,
    "mat2-tests-data/dirty.flac": MediaType.FLAC,
    "mat2-tests-data/dirty.gif": MediaType.GIF,
    "mat2-tests-data/dirty.heic": MediaType.JPEG,
    "mat2-tests-data/dirty.html": MediaType.PDF,
    "mat2-tests-data/dirty.jpg": MediaType.JPEG,
    "mat2-tests-data/dirty.jxl": MediaType.PNG,
    "mat2-tests-data/dirty.mp3": MediaType.MP3,
    "mat2-tests-data/dirty.mp4": MediaType.MP4,
    "mat2-tests-data/dirty.odf": "OpenDocument formulas (ODF) are not supported",
    "mat2-tests-data/dirty.odg": "not exportable: the ODG drawing has no text to transcribe",
    "mat2-tests-data/dirty.odt": MediaType.PDF,
    "mat2-tests-data/dirty.ogg": MediaType.OGG,
    "mat2-tests-data/dirty.pdf": MediaType.PDF,
    "mat2-tests-data/dirty.png": MediaType.PNG,
    "mat2-tests-data/dirty.ppm": "Netpbm images (PPM/PGM/PBM/PFM) are not supported",
    "mat2-tests-data/dirty.svg": MediaType.PNG,
    "mat2-tests-data/dirty.tiff": MediaType.TIFF,
    "mat2-tests-data/dirty.torrent": "torrent files are not supported",
    "mat2-tests-data/dirty.txt": MediaType.PDF,
    "mat2-tests-data/dirty.wav": MediaType.WAV,
    "mat2-tests-data/dirty.webp": MediaType.WEBP,
    "mat2-tests-data/dirty.wmv": MediaType.MP4,
    "mat2-tests-data/dirty_with_nsid.docx": MediaType.PDF,
    "mat2-tests-data/embedded.docx": MediaType.PDF,
    "mat2-tests-data/embedded.odt": MediaType.PDF,
    "mat2-tests-data/embedded_corrupted.docx": "the DOCX document is damaged or malformed: not well-formed (invalid to",
    "mat2-tests-data/embedded_corrupted.odt": "the ODT document is damaged or malformed: not well-formed (invalid tok",
    "mat2-tests-data/malformed_content_types.docx": MediaType.PDF,
    "mat2-tests-data/no_content_types.docx": "the Word document is damaged: it has no [Content_Types].xml part",
    "mat2-tests-data/office_revision_session_ids.docx": MediaType.PDF,
    "mat2-tests-data/revision.docx": MediaType.PDF,
    "mat2-tests-data/revision.odt": MediaType.PDF,
    "mat2-tests-data/revision_move.docx": MediaType.PDF,
    "mat2-tests-data/weird.svg": "the file is XML but not an SVG image",
    "mat2-tests-data/weird_producer.odt": MediaType.PDF,
}

# Structural tags exiftool reports for working copies of corpus files beyond the shared
# allowlists: each says how to decode, never who or where.
_EXTRA_STRUCTURAL = frozenset(
    {
        "IFD0:Orientation",  # kept on purpose: the photo must stay upright
        "Track1:ColorProfiles",  # the 'colr' box kind (nclx: colour primaries/transfer/matrix)
        "Track1:QuickTime_ColorRep_0x000a",  # a field of that colour box exiftool has no name for
    }
)


@dataclass
class Outcome:
    name: str
    path: Path
    seconds: float
    media_type: MediaType | None = None
    output_type: MediaType | None = None
    working: bytes | None = None
    error: str | None = None
    drawn: str = ""  # the text a transcript's pages were drawn from (the inspection's text)


def _files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.glob("*/*") if p.is_file() and p.name != "README.md")


def _key(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    out_dir = tmp_path_factory.mktemp("outside-corpus")
    found: dict[str, Outcome] = {}
    for path in _files():
        start = time.monotonic()
        outcome = Outcome(_key(path), path, 0.0)
        try:
            prepared = ms.prepare_import(path)
        except EvidenceError as exc:  # the app's one-line errors; anything else is a crash
            outcome.error = str(exc)
        else:
            outcome.media_type = prepared.media_type
            if prepared.result is not None and prepared.working is not None:
                outcome.output_type = prepared.result.output_type
                outcome.working = prepared.working
                if prepared.inspection.facts.get("renderer") == "text transcript":
                    outcome.drawn = prepared.inspection.text
                copy = out_dir / f"{len(found):03d}.{EXTENSIONS[prepared.result.output_type]}"
                copy.write_bytes(prepared.working)
            else:
                outcome.error = f"not exportable: {prepared.not_exportable}"
        outcome.seconds = time.monotonic() - start
        found[outcome.name] = outcome
    return found


def _copy_path(outcomes: dict[str, Outcome], name: str, tmp: Path) -> Path:
    outcome = outcomes[name]
    assert outcome.working is not None and outcome.output_type is not None
    path = tmp / f"{re.sub(r'[^A-Za-z0-9]+', '_', name)}.{EXTENSIONS[outcome.output_type]}"
    path.write_bytes(outcome.working)
    return path


def _accepted(outcomes: dict[str, Outcome]) -> list[str]:
    return [name for name, o in outcomes.items() if o.working is not None]


def _exiftool(paths: list[Path]) -> list[dict[str, Any]]:
    assert EXIFTOOL is not None
    result = subprocess.run(
        [EXIFTOOL, "-a", "-G1", "-s", "-ee", "-u", "-U", "-j", "-api", "LargeFileSupport=1", *map(str, paths)],
        capture_output=True,
        timeout=600,
        check=False,
    )
    records: list[dict[str, Any]] = json.loads(result.stdout.decode("utf-8", "replace") or "[]")
    by_file = {r["SourceFile"]: r for r in records}
    return [by_file.get(str(p), {}) for p in paths]


def test_every_corpus_file_has_an_expected_outcome() -> None:
    names = {_key(p) for p in _files()}
    assert names, "the outside corpus is empty"
    assert sorted(names - EXPECTED.keys()) == [], "files without a row in EXPECTED"
    assert sorted(EXPECTED.keys() - names) == [], "rows for files that are not in the corpus"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_outcome_is_the_expected_one(outcomes: dict[str, Outcome], name: str) -> None:
    outcome = outcomes[name]
    expected = EXPECTED[name]
    assert outcome.seconds < SECONDS_PER_FILE, f"{name} took {outcome.seconds:.1f} s"
    if isinstance(expected, MediaType):
        assert outcome.error is None, outcome.error
        assert outcome.output_type is expected
    else:
        assert outcome.working is None, f"{name} was accepted ({outcome.output_type})"
        assert outcome.error is not None and expected in outcome.error, outcome.error
        assert "\n" not in outcome.error and "Traceback" not in outcome.error
        assert "Errno" not in outcome.error  # a raw OS/FFmpeg error number is not a cause


def _structural_leaks(record: dict[str, Any]) -> list[str]:
    photo = set(exiftool_check.leaks(record))
    media = set(exiftool_allow.leaks(record))
    both = photo & media  # a tag is structural if either allowlist knows it as such
    return sorted(item for item in both if item.split("=", 1)[0] not in _EXTRA_STRUCTURAL)


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")
def test_exiftool_finds_nothing_identifying_in_any_working_copy(outcomes: dict[str, Outcome], tmp_path: Path) -> None:
    names = _accepted(outcomes)
    assert len(names) >= 60
    copies = [_copy_path(outcomes, name, tmp_path) for name in names]
    found = {}
    for name, record in zip(names, _exiftool(copies), strict=True):
        assert record, f"exiftool could not read the working copy of {name}"
        leaks = _structural_leaks(record)
        if leaks:
            found[name] = leaks
    assert found == {}


_SKIP_GROUPS = ("System", "ExifTool", "File", "Composite")
# Names of PDF filters and colour spaces: format vocabulary every PDF shares, not a value.
_FORMAT_WORDS = frozenset({"DCTDecode", "FlateDecode", "DeviceRGB", "DeviceGray", "DeviceCMYK"})
_NOT_IDENTIFYING = re.compile(r"^[\d\s.,:+\-/()x%]*$|^\(Binary data|^(?:None|Unknown|Yes|No|On|Off|Normal|Auto)$", re.I)


def _identifying_values(record: dict[str, Any]) -> set[str]:
    """Text values exiftool found in an original that could identify someone or something:
    everything but structure, numbers, short words and placeholders."""
    values: set[str] = set()
    for key, value in record.items():
        group = key.split(":", 1)[0]
        if key == "SourceFile" or group in _SKIP_GROUPS:
            continue
        items = value if isinstance(value, list) else [value]
        for item in items:
            text = str(item).strip()
            if len(text) >= 6 and not _NOT_IDENTIFYING.match(text) and text not in _FORMAT_WORDS:
                values.add(text[:200])
    return values


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")
def test_no_identifying_value_of_an_original_survives_byte_by_byte(outcomes: dict[str, Outcome]) -> None:
    names = _accepted(outcomes)
    originals = _exiftool([outcomes[name].path for name in names])
    found: dict[str, list[str]] = {}
    for name, record in zip(names, originals, strict=True):
        working = outcomes[name].working
        assert working is not None
        hits = []
        for value in _identifying_values(record):
            for encoded in (value.encode(), value.encode("utf-16-le"), value.encode("utf-16-be")):
                if encoded in working:
                    hits.append(value)
                    break
        if hits:
            found[name] = sorted(hits)
    assert found == {}


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")
def test_no_identifying_value_of_an_original_is_drawn_on_a_transcript(outcomes: dict[str, Outcome]) -> None:
    """A transcript's pages are pictures of text: a byte search cannot see what they show. What
    they show is the text they were drawn from, so that text is searched for every identifying
    value exiftool reports in the original (author, company, title, generator, ...). Plain text
    files are left out: their whole content is what exiftool reports, and it is the evidence."""
    names = [n for n in _accepted(outcomes) if outcomes[n].drawn and outcomes[n].media_type is not MediaType.TEXT]
    assert len(names) >= 15
    originals = _exiftool([outcomes[name].path for name in names])
    found = {}
    for name, record in zip(names, originals, strict=True):
        hits = sorted(value for value in _identifying_values(record) if value in outcomes[name].drawn)
        if hits:
            found[name] = hits
    assert found == {}


# What encoders write into the streams they make (x264/x265 settings SEI, libavcodec's AAC fill
# data, LAME's Xing/Info tag, libavformat's muxer stamp): a software fingerprint, never kept.
_ENCODER_STRINGS = re.compile(rb"x264 - core|x265 \(build|Lavc\d|Lavf\d|LAME\d|Multicoreware|libavformat")


def test_no_working_copy_names_the_encoder_that_made_it(outcomes: dict[str, Outcome]) -> None:
    found = {}
    stamped = [n for n in _accepted(outcomes) if _ENCODER_STRINGS.search(outcomes[n].path.read_bytes())]
    assert len(stamped) >= 2  # mat2's MP3 (LAME) and MP4 (x264) carry them
    for name in _accepted(outcomes):
        working = outcomes[name].working
        assert working is not None
        hits = sorted({m.group(0).decode() for m in _ENCODER_STRINGS.finditer(working)})
        if hits:
            found[name] = hits
    assert found == {}


def _orientation_of(record: dict[str, Any]) -> int:
    for key in ("IFD0:Orientation", "XMP-tiff:Orientation"):
        if key in record:
            value = record[key]
            return value if isinstance(value, int) and 1 <= value <= 8 else 1
    return 1


@pytest.mark.skipif(EXIFTOOL is None, reason="exiftool is not installed")
def test_jpegs_keep_every_pixel_and_their_orientation(outcomes: dict[str, Outcome]) -> None:
    names = [n for n in _accepted(outcomes) if outcomes[n].media_type is MediaType.JPEG]
    assert len(names) >= 40
    assert EXIFTOOL is not None
    result = subprocess.run(
        [EXIFTOOL, "-j", "-n", "-G1", "-Orientation", *(str(outcomes[n].path) for n in names)],
        capture_output=True,
        timeout=300,
        check=False,
    )
    by_file = {r["SourceFile"]: r for r in json.loads(result.stdout or b"[]")}
    for name in names:
        outcome = outcomes[name]
        assert outcome.working is not None
        with Image.open(outcome.path) as original, Image.open(io.BytesIO(outcome.working)) as clean:
            assert clean.format == "JPEG"
            assert (original.mode, original.size) == (clean.mode, clean.size), name
            assert original.tobytes() == clean.tobytes(), name
        expected = _orientation_of(by_file.get(str(outcome.path), {}))
        tiff = (
            outcome.working[outcome.working.find(b"Exif\x00\x00") + 6 :] if b"Exif\x00\x00" in outcome.working else b""
        )
        assert (read_orientation(tiff) or 1) == expected, name


def test_every_working_copy_decodes(outcomes: dict[str, Outcome], tmp_path: Path) -> None:
    for name in _accepted(outcomes):
        outcome = outcomes[name]
        data = outcome.working
        assert data is not None and outcome.output_type is not None
        kind = outcome.output_type.value.split("/")[0]
        if outcome.output_type is MediaType.PDF:
            if PDFINFO is None:
                continue
            path = _copy_path(outcomes, name, tmp_path)
            info = subprocess.run([PDFINFO, str(path)], capture_output=True, timeout=60, check=False)
            assert info.returncode == 0 and b"Pages:" in info.stdout, (name, info.stderr)
        elif kind == "image":
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                assert image.width > 0 and image.height > 0
        else:
            with av.open(io.BytesIO(data), "r") as container:
                frames = sum(1 for _ in container.decode(*container.streams.audio, *container.streams.video))
            assert frames > 0, name
