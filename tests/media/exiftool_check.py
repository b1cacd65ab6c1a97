"""Reads files back with exiftool and flags every tag that is not purely structural.

exiftool is the independent judge here: it knows far more metadata formats than our code, so
anything it reports beyond the allowlist below is a leak.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .dirty_photos import EXIFTOOL, MARKER_BYTES

# Group -> tags that describe only how to decode the pixels (with -G1 group names).
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
            "ExifByteOrder",
        }
    ),
    "JFIF": frozenset({"JFIFVersion", "ResolutionUnit", "XResolution", "YResolution"}),
    "Adobe": frozenset({"DCTEncodeVersion", "APP14Flags0", "APP14Flags1", "ColorTransform"}),
    "Composite": frozenset({"ImageSize", "Megapixels", "Duration"}),
    "PNG": frozenset(
        {
            "ImageWidth",
            "ImageHeight",
            "BitDepth",
            "ColorType",
            "Compression",
            "Filter",
            "Interlace",
            "Gamma",
            "SRGBRendering",
            "WhitePointX",
            "WhitePointY",
            "RedX",
            "RedY",
            "GreenX",
            "GreenY",
            "BlueX",
            "BlueY",
            "SignificantBits",
            "Transparency",
            "Palette",
        }
    ),
    "GIF": frozenset(
        {
            "GIFVersion",
            "ImageWidth",
            "ImageHeight",
            "HasColorMap",
            "ColorResolutionDepth",
            "BitsPerPixel",
            "BackgroundColor",
            "AnimationIterations",
            "FrameCount",
            "Duration",
            "TransparentColor",
        }
    ),
    "RIFF": frozenset(
        {
            "VP8Version",
            "ImageWidth",
            "ImageHeight",
            "HorizontalScale",
            "VerticalScale",
            "WebP_Flags",
            "AlphaPreprocessing",
            "AlphaFiltering",
            "AlphaCompression",
            "BackgroundColor",
            "AnimationLoopCount",
            "Duration",
            "FrameCount",
        }
    ),
    # TIFF pages (IFD0, and IFD1... for multi-page files).
    "IFD0": frozenset(
        {
            "SubfileType",
            "ImageWidth",
            "ImageHeight",
            "BitsPerSample",
            "Compression",
            "PhotometricInterpretation",
            "StripOffsets",
            "SamplesPerPixel",
            "RowsPerStrip",
            "StripByteCounts",
            "PlanarConfiguration",
            "ExtraSamples",
            "SampleFormat",
            "Predictor",
            "ColorMap",
            "FillOrder",
        }
    ),
}
STRUCTURAL["IFD1"] = STRUCTURAL["IFD2"] = STRUCTURAL["IFD0"]
ORIENTATION_TAG = "IFD0:Orientation"


def exiftool_json(paths: Sequence[Path]) -> list[dict[str, Any]]:
    """One exiftool run over many files (perl startup dominates; batching keeps tests fast)."""
    assert EXIFTOOL is not None
    if not paths:
        return []
    result = subprocess.run(
        [EXIFTOOL, "-a", "-G1", "-s", "-ee", "-u", "-j", *map(str, paths)],
        capture_output=True,
        timeout=300,
        check=False,
    )
    records: list[dict[str, Any]] = json.loads(result.stdout.decode("utf-8", "replace") or "[]")
    by_name = {Path(r["SourceFile"]).name: r for r in records}
    return [by_name.get(p.name, {"ExifTool:Error": "no output"}) for p in paths]


def leaks(record: dict[str, Any], *, allow_orientation: bool = False) -> list[str]:
    """Every tag that is not in the structural allowlist ("Group:Tag=value")."""
    found = []
    for key, value in record.items():
        if key == "SourceFile":
            continue
        group, _, tag = key.partition(":")
        if tag in STRUCTURAL.get(group, frozenset()):
            continue
        if allow_orientation and key == ORIENTATION_TAG:
            continue
        found.append(f"{key}={value}")
    return found


def marker_leaks(data: bytes, extra: Iterable[bytes] = ()) -> list[bytes]:
    return [m for m in (*MARKER_BYTES, *extra) if m in data]
