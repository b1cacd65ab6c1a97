"""DNG camera raws: the raw stays sealed; the working copy is a developed, lossless PNG.

A DNG is a TIFF whose IFD0 carries ``DNGVersion``: the sensor data plus everything the camera
and the raw converter wrote (make, model, body and lens serials, owner, GPS, software, maker
notes in ``DNGPrivateData``, XMP with editing history, previews and thumbnails). The working
copy is the image *developed* by LibRaw (rawpy: camera white balance, LibRaw's default
demosaicing and colour, 8 bits per channel, the camera's orientation applied) and written as a
new PNG: no tag, preview or byte of the file is copied. It is an interpretation of the sensor
data, as any raw converter makes one; the sealed original keeps the raw itself.

Before LibRaw sees the file, every image strip and tile of every IFD (and SubIFD) must lie
inside the file: LibRaw fills missing sensor data silently (a truncated DNG would become a
picture of zeros), so truncation is refused here instead. Other camera raws (CR2, CR3, NEF,
RAF, ...) are still refused by name: export a JPEG or TIFF, or convert them to DNG.
"""

from __future__ import annotations

import io
import struct
from typing import BinaryIO, ClassVar

from PIL import Image

from .base import Finding, Inspection, InvalidMedia, MediaType, Sanitizer, SanitizeResult
from .exif_inspect import inspect_exif
from .photo_limits import check_dimensions, guarded, read_limited
from .tags import structure

MAX_RAW_BYTES = 512 * 1024 * 1024
MAX_IFDS = 64
MAX_ENTRIES = 4096
_DNG_VERSION = 50706
_SUBIFDS, _EXIF_IFD = 330, 34665
_STRIPS = ((273, 279), (324, 325))  # (offsets, byte counts): strips, tiles


def _entries(data: bytes, offset: int, order: str) -> dict[int, tuple[int, int, int]]:
    """tag -> (type, count, value-or-offset) of the IFD at ``offset``."""
    if offset + 2 > len(data):
        raise InvalidMedia("the DNG is truncated: an image directory lies outside the file")
    (count,) = struct.unpack_from(order + "H", data, offset)
    if count > MAX_ENTRIES or offset + 2 + count * 12 + 4 > len(data):
        raise InvalidMedia("the DNG is damaged: an image directory is truncated or too large")
    out = {}
    for i in range(count):
        tag, kind, n, value = struct.unpack_from(order + "HHII", data, offset + 2 + i * 12)
        out[tag] = (kind, n, value)
    return out


def _values(data: bytes, entry: tuple[int, int, int], order: str) -> list[int]:
    kind, count, value = entry
    size = {3: 2, 4: 4, 13: 4, 16: 8}.get(kind)
    if size is None or count > 10_000_000:
        raise InvalidMedia("the DNG is damaged: an image offset tag has an unexpected type")
    code = {2: "H", 4: "I", 8: "Q"}[size]
    if size * count <= 4:
        raw = struct.pack(order + "I", value)[: size * count]
    else:
        if value + size * count > len(data):
            raise InvalidMedia("the DNG is truncated: its strip table lies outside the file")
        raw = data[value : value + size * count]
    return list(struct.unpack(order + code * count, raw))


def is_dng(data: bytes) -> bool:
    if data[:4] not in (b"II*\x00", b"MM\x00*"):
        return False
    order = "<" if data[:2] == b"II" else ">"
    try:
        (first,) = struct.unpack_from(order + "I", data, 4)
        return _DNG_VERSION in _entries(data, first, order)
    except (InvalidMedia, struct.error):
        return False


def check_complete(data: bytes) -> int:
    """Every strip and tile of every IFD lies inside the file; returns how many IFDs there are."""
    order = "<" if data[:2] == b"II" else ">"
    (first,) = struct.unpack_from(order + "I", data, 4)
    pending, seen = [first], set()
    while pending:
        offset = pending.pop()
        if offset in seen or offset == 0:
            continue
        seen.add(offset)
        if len(seen) > MAX_IFDS:
            raise InvalidMedia(f"the DNG has more than {MAX_IFDS} image directories; refused")
        entries = _entries(data, offset, order)

        def number(tag: int, default: int, entries: dict[int, tuple[int, int, int]] = entries) -> int:
            return _values(data, entries[tag], order)[0] if tag in entries else default

        width, height = number(256, 0), number(257, 0)
        planes = number(277, 1) if number(284, 1) == 2 else 1
        for (offsets_tag, counts_tag), needed in zip(
            _STRIPS,
            (
                -(-height // max(1, number(278, height or 1))) * planes,
                -(-width // max(1, number(322, 1))) * -(-height // max(1, number(323, 1))) * planes,
            ),
            strict=True,
        ):
            if offsets_tag in entries and counts_tag in entries:
                starts = _values(data, entries[offsets_tag], order)
                sizes = _values(data, entries[counts_tag], order)
                if len(starts) != len(sizes) or any(s + n > len(data) for s, n in zip(starts, sizes, strict=False)):
                    raise InvalidMedia("the DNG is truncated: it ends before its image data")
                if len(starts) < needed:
                    raise InvalidMedia(
                        f"the DNG is damaged: its {width}x{height} image needs {needed} strips or tiles and has"
                        f" {len(starts)}"
                    )
        if _SUBIFDS in entries:
            pending.extend(_values(data, entries[_SUBIFDS], order))
        count = len(entries)
        (following,) = struct.unpack_from(order + "I", data, offset + 2 + count * 12)
        pending.append(following)
    return len(seen)


class DngSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.DNG})
    what = "DNG camera raw"

    def inspect(self, src: BinaryIO) -> Inspection:
        data = read_limited(src, self.what, MAX_RAW_BYTES)
        directories = check_complete(data)
        with guarded(self.what):
            findings: list[Finding] = list(inspect_exif(data, "DNG", tiff_file=True).findings)
        findings.append(structure("image directories", str(directories)))
        facts = {"working copy": "developed by LibRaw (camera white balance), lossless PNG"}
        return Inspection(MediaType.DNG, tuple(findings), facts=facts)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        import rawpy

        data = read_limited(src, self.what, MAX_RAW_BYTES)
        check_complete(data)
        with guarded(self.what):
            try:
                with rawpy.imread(io.BytesIO(data)) as raw:
                    sizes = raw.sizes
                    check_dimensions(sizes.width, sizes.height, self.what)
                    pixels = raw.postprocess(use_camera_wb=True, output_bps=8)
            except rawpy.LibRawError as exc:
                detail = exc.args[0].decode("ascii", "replace") if exc.args and isinstance(exc.args[0], bytes) else exc
                raise InvalidMedia(f"the DNG camera raw cannot be developed: {detail}") from None
            image = Image.fromarray(pixels, "RGB")
            out = io.BytesIO()
            image.save(out, format="PNG", optimize=False)
        dst.write(out.getvalue())
        return SanitizeResult(
            MediaType.PNG,
            (
                f"developed the raw sensor data with LibRaw into a {image.width}x{image.height} lossless PNG"
                " (camera white balance, orientation applied); the raw stays sealed as the original",
                "nothing of the file copied: EXIF, GPS, serials, maker notes, XMP, previews and thumbnails dropped",
            ),
        )
