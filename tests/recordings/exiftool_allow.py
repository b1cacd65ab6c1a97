"""Structural allowlist for exiftool's view of sanitized audio, video and PDF files.

exiftool (run with ``-a -G1 -s -ee -u``: all tags, embedded timed tracks, unknown tags) is the
independent judge: every tag it reports that is not in this list of purely structural tags is a
leak. Dates are allowed only as zero ("0000:00:00 00:00:00"), i.e. absent.
"""

from __future__ import annotations

import re
from typing import Any

from tests.media.exiftool_check import exiftool_json

__all__ = ["exiftool_json", "leaks"]

_ZERO_DATE = "0000:00:00 00:00:00"

STRUCTURAL: dict[str, frozenset[str]] = {
    "ExifTool": frozenset({"ExifToolVersion"}),
    "System": frozenset(
        {
            "FileName",
            "Directory",
            "FileSize",
            "FileModifyDate",
            "FileAccessDate",
            "FileInodeChangeDate",
            "FilePermissions",
        }
    ),
    "File": frozenset(
        {
            "FileType",
            "FileTypeExtension",
            "MIMEType",
            "ImageWidth",
            "ImageHeight",
            "EncodingProcess",
            "BitsPerSample",
            "ColorComponents",
            "YCbCrSubSampling",
        }
    ),
    "JFIF": frozenset({"JFIFVersion", "ResolutionUnit", "XResolution", "YResolution"}),
    "Composite": frozenset({"ImageSize", "Megapixels", "Duration", "AvgBitrate", "Rotation"}),
    "PDF": frozenset(
        {
            "PDFVersion",
            "Linearized",
            "PageCount",
            "EmbeddedImage",
            "EmbeddedImageColorSpace",
            "EmbeddedImageFilter",
            "EmbeddedImageHeight",
            "EmbeddedImageWidth",
        }
    ),
    "MPEG": frozenset(
        {
            "MPEGAudioVersion",
            "AudioLayer",
            "AudioBitrate",
            "SampleRate",
            "ChannelMode",
            "MSStereo",
            "IntensityStereo",
            "CopyrightFlag",
            "OriginalMedia",
            "Emphasis",
            "ModeExtension",
            "VBRFrames",
            "VBRBytes",
            "Encoder",
        }
    ),
    "FLAC": frozenset(
        {
            "BlockSizeMin",
            "BlockSizeMax",
            "FrameSizeMin",
            "FrameSizeMax",
            "SampleRate",
            "Channels",
            "BitsPerSample",
            "TotalSamples",
            "MD5Signature",
        }
    ),
    "Opus": frozenset({"OpusVersion", "AudioChannels", "SampleRate", "OutputGain"}),
    "Vorbis": frozenset(
        {"VorbisVersion", "AudioChannels", "SampleRate", "NominalBitrate", "MaximumBitrate", "MinimumBitrate", "Vendor"}
    ),
    "RIFF": frozenset(
        {
            "Encoding",
            "NumChannels",
            "SampleRate",
            "AvgBytesPerSec",
            "BitsPerSample",
            "ValidBitsPerSample",
            "ChannelMask",
            "EncodingGUID",
            "NumberOfSamples",
        }
    ),
    "QuickTime": frozenset(
        {
            "MajorBrand",
            "MinorVersion",
            "CompatibleBrands",
            "MediaDataSize",
            "MediaDataOffset",
            "MediaData",
            "MovieHeaderVersion",
            "CreateDate",
            "ModifyDate",
            "TimeScale",
            "Duration",
            "PreferredRate",
            "PreferredVolume",
            "MatrixStructure",
            "PreviewTime",
            "PreviewDuration",
            "PosterTime",
            "SelectionTime",
            "SelectionDuration",
            "CurrentTime",
            "NextTrackID",
            "HandlerType",
            "HandlerVendorID",
            "Free",
            "Wide",
        }
    ),
    "Track": frozenset(
        {
            "TrackHeaderVersion",
            "TrackCreateDate",
            "TrackModifyDate",
            "TrackID",
            "TrackDuration",
            "TrackLayer",
            "TrackVolume",
            "MatrixStructure",
            "ImageWidth",
            "ImageHeight",
            "MediaHeaderVersion",
            "MediaCreateDate",
            "MediaModifyDate",
            "MediaTimeScale",
            "MediaDuration",
            "MediaLanguageCode",
            "HandlerClass",
            "HandlerType",
            "HandlerDescription",
            "GraphicsMode",
            "OpColor",
            "CompressorID",
            "VendorID",
            "SourceImageWidth",
            "SourceImageHeight",
            "XResolution",
            "YResolution",
            "BitDepth",
            "BufferSize",
            "MaxBitrate",
            "AverageBitrate",
            "VideoFrameRate",
            "Balance",
            "AudioFormat",
            "AudioChannels",
            "AudioBitsPerSample",
            "AudioSampleRate",
            "PurchaseFileFormat",
            "LayoutFlags",
            "AVCConfiguration",
            "HEVCConfiguration",
            "ChunkOffset",
            "ChunkOffset64",
            "SampleSizes",
            "SampleToChunk",
            "SampleToGroup",
            "SampleGroupDescription",
            "SyncSampleTable",
            "TimeToSampleTable",
            "CompositionTimeToSample",
            "Unknown_edts",
            "Unknown_esds",
            "Unknown_btrt",
            "Unknown_mp4a",
            "Unknown_vpcC",  # VP9 decoder configuration (profile, level, bit depth, colour): 12 bytes
            "Unknown_dOps",  # Opus decoder configuration (channels, pre-skip, rate, gain): 11 bytes
            "PixelAspectRatio",
            "ColorRepresentation",
            "ColorPrimaries",
            "TransferCharacteristics",
            "MatrixCoefficients",
            "VideoFullRangeFlag",
        }
    ),
}
# Only the generic names FFmpeg writes; a device or vendor name here would be a leak.
_ALLOWED_VALUES: dict[str, frozenset[str]] = {
    "HandlerDescription": frozenset({"VideoHandler", "SoundHandler", "DataHandler"}),
    "VendorID": frozenset({"FFmpeg"}),
    "HandlerVendorID": frozenset({"Apple"}),  # the 'mdir' handler of an empty iTunes metadata box
    # The (mandatory) vendor field of a rebuilt Ogg comment header: FFmpeg's remux writes its
    # generic name, the page rewriter (media/ogg.py) leaves it empty.
    "Vendor": frozenset({"ffmpeg", ""}),
    # The bare magic of the gapless-timing tag players need; a version ("LAME3.99r") is a leak.
    "Encoder": frozenset({"LAME"}),  # the (mandatory) vendor string of the rebuilt Ogg comment header
}


def _group_tags(group: str) -> frozenset[str]:
    if re.fullmatch(r"Track\d+", group):
        return STRUCTURAL["Track"]
    return STRUCTURAL.get(group, frozenset())


def leaks(record: dict[str, Any]) -> list[str]:
    """Every tag that is not structural (``Group:Tag=value``)."""
    found = []
    for key, value in record.items():
        if key == "SourceFile":
            continue
        group, _, tag = key.partition(":")
        text = str(value)
        structural = tag in _group_tags(group)
        dated = "Date" in tag and group != "System" and text != _ZERO_DATE
        odd_value = tag in _ALLOWED_VALUES and text not in _ALLOWED_VALUES[tag]
        if not structural or dated or odd_value:
            found.append(f"{key}={text}")
    return found
