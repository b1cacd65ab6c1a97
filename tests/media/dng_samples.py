"""A small DNG written in the test: a linear (demosaiced) 16-bit RGB raw in a TIFF structure with
DNG's tags, a camera's identity (make, model, serial, owner, software) and a GPS position."""

from __future__ import annotations

import struct

import numpy as np

_TYPES = {"B": 1, "A": 2, "H": 3, "I": 4, "R": 5, "r": 10}
_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 10: 8}


def _ifd(entries: list[tuple[int, str, object]], at: int, next_ifd: int = 0) -> tuple[bytes, bytes]:
    """One little-endian IFD placed at offset ``at``: (the IFD, its out-of-line values after it)."""
    entries = sorted(entries)
    head = struct.pack("<H", len(entries))
    extra = b""
    extra_at = at + 2 + 12 * len(entries) + 4
    for tag, kind, value in entries:
        code = _TYPES[kind]
        if kind == "A":
            raw = str(value).encode() + b"\x00"
            count = len(raw)
        elif kind in ("R", "r"):
            pairs = list(value)  # type: ignore[call-overload]
            raw = b"".join(struct.pack("<ii" if kind == "r" else "<II", n, d) for n, d in pairs)
            count = len(pairs)
        else:
            values = value if isinstance(value, list) else [value]
            raw = struct.pack(f"<{len(values)}{kind}", *values)
            count = len(values)
        if len(raw) <= 4:
            head += struct.pack("<HHI", tag, code, count) + raw.ljust(4, b"\x00")
        else:
            head += struct.pack("<HHII", tag, code, count, extra_at + len(extra))
            extra += raw + (b"\x00" if len(raw) % 2 else b"")
    return head + struct.pack("<I", next_ifd), extra


def linear_dng(width: int = 64, height: int = 48, *, orientation: int = 1) -> bytes:
    pixels = np.zeros((height, width, 3), np.uint16)
    pixels[:, : width // 2] = (60000, 4000, 4000)  # left half red
    pixels[:, width // 2 :] = (4000, 4000, 60000)  # right half blue
    data = pixels.tobytes()
    data_at = 8
    gps_at = data_at + len(data)
    gps, gps_extra = _ifd(
        [
            (1, "A", "N"),
            (2, "R", [(10, 1), (37, 1), (2400, 100)]),
            (3, "A", "E"),
            (4, "R", [(103, 1), (31, 1), (1260, 100)]),
        ],
        gps_at,
    )
    ifd_at = gps_at + len(gps) + len(gps_extra)
    ifd_at += ifd_at % 2
    ifd, ifd_extra = _ifd(
        [
            (254, "I", 0),
            (256, "I", width),
            (257, "I", height),
            (258, "H", [16, 16, 16]),
            (259, "H", 1),
            (262, "H", 34892),  # LinearRaw
            (271, "A", "ZQXMAKE Canon"),
            (272, "A", "ZQXMODEL EOS"),
            (273, "I", data_at),
            (274, "H", orientation),
            (277, "H", 3),
            (278, "I", height),
            (279, "I", len(data)),
            (284, "H", 1),
            (305, "A", "ZQXSOFTWARE Lightroom"),
            (315, "A", "ZQXARTIST Sok"),
            (34853, "I", gps_at),
            (50706, "B", [1, 4, 0, 0]),  # DNGVersion
            (50708, "A", "ZQXCAMERA 083012345678"),  # UniqueCameraModel
            (50721, "r", [(1, 1), (0, 1), (0, 1), (0, 1), (1, 1), (0, 1), (0, 1), (0, 1), (1, 1)]),
            (50778, "H", 21),
            (50735, "A", "ZQXSERIAL 42"),  # CameraSerialNumber
        ],
        ifd_at,
    )
    header = b"II*\x00" + struct.pack("<I", ifd_at)
    body = header + data + gps + gps_extra
    body = body.ljust(ifd_at, b"\x00")
    return body + ifd + ifd_extra
