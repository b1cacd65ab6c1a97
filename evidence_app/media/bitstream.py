"""Encoder fingerprints inside compressed streams, removed without touching the coded media.

Encoders sign their output: x265 writes its build, compiler and every option into an SEI message
that ends up in the HEVC decoder configuration record (``hvcC``); FFmpeg's AAC encoder writes
``Lavc<version>`` into a fill element of the first frame and every 256th frame after it. These are
software fingerprints that can link a recording to a machine. Both are removed here, as plain
bytes-in/bytes-out functions (used by the remux in ``avtools``):

* ``strip_hvcc_sei``: the configuration record is rebuilt without its SEI arrays (NAL unit types
  39/40); VPS/SPS/PPS, which decoding needs, are copied unchanged.
* ``blank_aac_fill``: an AAC frame that starts with a fill element of the fill/data kinds (not
  SBR or dynamic range control, which decoders use) gets that element's payload bytes zeroed; the
  frame keeps its size and every audio element, so the decoded samples are identical.

No library does either (FFmpeg's ``filter_units`` works on NAL units in packets, not on the
``hvcC`` record), hence this small amount of own code.
"""

from __future__ import annotations

_HEVC_SEI_TYPES = frozenset({39, 40})
_AAC_FIL = 6
_AAC_PLAIN_FILL = frozenset({0, 1, 2})  # EXT_FILL, EXT_FILL_DATA, EXT_DATA_ELEMENT


def strip_hvcc_sei(record: bytes) -> bytes | None:
    """The ``hvcC`` record without SEI NAL unit arrays; None if it has none or is not one."""
    if len(record) < 23 or record[0] != 1:
        return None
    count = record[22]
    pos = 23
    arrays: list[tuple[int, bytes]] = []
    for _ in range(count):
        if pos + 3 > len(record):
            return None
        nal_type = record[pos] & 0x3F
        nalus = int.from_bytes(record[pos + 1 : pos + 3], "big")
        end = pos + 3
        for _ in range(nalus):
            if end + 2 > len(record):
                return None
            end += 2 + int.from_bytes(record[end : end + 2], "big")
        if end > len(record):
            return None
        arrays.append((nal_type, record[pos:end]))
        pos = end
    keep = [raw for nal_type, raw in arrays if nal_type not in _HEVC_SEI_TYPES]
    if len(keep) == len(arrays):
        return None
    return record[:22] + bytes([len(keep)]) + b"".join(keep) + record[pos:]


def blank_aac_fill(frame: bytes) -> bytes | None:
    """The raw AAC frame with the payload of a leading plain fill element zeroed; None when the
    frame does not start with one (or it is already blank)."""
    if len(frame) < 3 or frame[0] >> 5 != _AAC_FIL:
        return None
    count = (frame[0] >> 1) & 0x0F
    bit = 7
    if count == 15:
        count += (((frame[0] & 1) << 7) | (frame[1] >> 1)) - 1
        bit = 15
    if count == 0:
        return None
    byte = (bit + 4) // 8
    kind = ((frame[byte - 1] << 8 | frame[byte]) >> (16 - ((bit + 4) - 8 * (byte - 1)))) & 0x0F
    if kind not in _AAC_PLAIN_FILL:
        return None
    start = (bit + 4 + 7) // 8  # the first whole byte after the extension type
    end = min(len(frame), (bit + 8 * count) // 8)  # the last whole byte of the payload
    if end <= start or not any(frame[start:end]):
        return None
    return frame[:start] + bytes(end - start) + frame[end:]


def hvcc_length_size(record: bytes) -> int:
    """Bytes of the NAL unit length prefix in the samples of a stream with this ``hvcC``."""
    return (record[21] & 0x03) + 1 if len(record) >= 23 else 4


def hevc_nal_types(sample: bytes, length_size: int) -> list[tuple[int, int, int]] | None:
    """(NAL unit type, start, end) of each unit of a length-prefixed HEVC sample; None when the
    lengths do not add up. Zero bytes after the last unit (padding some muxers write) end the
    walk and are not a unit."""
    pos = 0
    units: list[tuple[int, int, int]] = []
    while pos < len(sample):
        if not any(sample[pos:]):
            break
        if pos + length_size > len(sample):
            return None
        size = int.from_bytes(sample[pos : pos + length_size], "big")
        end = pos + length_size + size
        if size < 2 or end > len(sample):
            return None
        units.append(((sample[pos + length_size] >> 1) & 0x3F, pos, end))
        pos = end
    return units


def strip_hevc_sei_units(sample: bytes, length_size: int) -> bytes | None:
    """A length-prefixed HEVC sample without its SEI NAL units; None if it has none, or if its
    lengths do not add up (``hevc_nal_types`` tells the two apart: the remux refuses the latter)."""
    units = hevc_nal_types(sample, length_size)
    if units is None or not any(nal_type in _HEVC_SEI_TYPES for nal_type, _, _ in units):
        return None
    kept = b"".join(sample[start:end] for nal_type, start, end in units if nal_type not in _HEVC_SEI_TYPES)
    return kept + sample[units[-1][2] :]  # the padding, if any, stays
