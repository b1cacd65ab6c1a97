"""Bounded reading of ZIP containers (DOCX, XLSX, PPTX, ODT).

A ZIP is judged from its central directory *before* a single byte is decompressed: entry count,
declared sizes and compression ratios are checked against fixed limits, so a zip bomb dressed up
as a Word document is refused in milliseconds. Reading an entry afterwards is capped at its
declared size (``zipfile`` stops there and the CRC check catches a lying header), so no entry can
ever decompress to more than was accepted here.

Nothing is ever extracted to disk.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass

from .base import InvalidMedia

MAX_ENTRIES = 5_000
"""Most entries accepted in one document (a large DOCX has a few hundred)."""

MAX_TOTAL_UNCOMPRESSED = 256 * 1024 * 1024
"""Sum of the declared uncompressed sizes of all entries."""

MAX_ENTRY_UNCOMPRESSED = 64 * 1024 * 1024
"""Largest single entry we ever decompress."""

MAX_RATIO = 200
"""Largest uncompressed/compressed ratio for an entry bigger than ``RATIO_FLOOR``. Ordinary XML
compresses 5-30x; deflate cannot exceed ~1030x, which is what bombs use."""

RATIO_FLOOR = 1024 * 1024

_EOCD = b"PK\x05\x06"
_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"
_EOCD_LEN = 22
_CENTRAL_LEN = 46


@dataclass(frozen=True)
class Entry:
    name: str
    method: int
    flags: int
    compressed: int
    uncompressed: int
    local_offset: int


def is_zip(data: bytes) -> bool:
    return data[:4] == _LOCAL


def read_directory(data: bytes, what: str = "document") -> list[Entry]:
    """Parse the central directory (bounded, no decompression). Raises InvalidMedia."""
    tail_start = max(0, len(data) - (_EOCD_LEN + 0xFFFF))
    pos = data.rfind(_EOCD, tail_start)
    if pos < 0 or pos + _EOCD_LEN > len(data):
        raise InvalidMedia(f"the {what} is damaged: its ZIP directory is missing (truncated file?)")
    disk, cd_disk, _, count, cd_size, cd_offset, _ = struct.unpack("<HHHHIIH", data[pos + 4 : pos + _EOCD_LEN])
    if count == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        raise InvalidMedia(f"the {what} uses ZIP64, which is not accepted for documents")
    if disk != 0 or cd_disk != 0:
        raise InvalidMedia(f"the {what} is a multi-part ZIP archive; refused")
    if count > MAX_ENTRIES:
        raise InvalidMedia(f"the {what} has {count} parts (the limit is {MAX_ENTRIES}); refused as a zip bomb")
    if cd_offset + cd_size > pos:
        raise InvalidMedia(f"the {what} is damaged: its ZIP directory points outside the file")
    entries: list[Entry] = []
    seen: set[str] = set()
    offset = cd_offset
    for _ in range(count):
        header = data[offset : offset + _CENTRAL_LEN]
        if len(header) < _CENTRAL_LEN or header[:4] != _CENTRAL:
            raise InvalidMedia(f"the {what} is damaged: its ZIP directory is inconsistent")
        (flags, method, compressed, uncompressed, name_len, extra_len, comment_len, local_offset) = struct.unpack(
            "<4xHH8xIIHHH8xI", header[4:]
        )
        raw_name = data[offset + _CENTRAL_LEN : offset + _CENTRAL_LEN + name_len]
        name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", "replace")
        if name in seen:
            # Two entries with one name: readers disagree on which wins, so a document could show
            # one text to us and another to Word. Refused outright.
            raise InvalidMedia(f"the {what} has two parts named {name!r}; refused")
        seen.add(name)
        if 0xFFFFFFFF in (compressed, uncompressed, local_offset):
            raise InvalidMedia(f"the {what} uses ZIP64, which is not accepted for documents")
        entries.append(Entry(name, method, flags, compressed, uncompressed, local_offset))
        offset += _CENTRAL_LEN + name_len + extra_len + comment_len
        if offset > pos:
            raise InvalidMedia(f"the {what} is damaged: its ZIP directory is inconsistent")
    return entries


def check_limits(entries: list[Entry], what: str = "document") -> None:
    """Refuse encrypted entries, unknown compression and anything that looks like a zip bomb."""
    total = 0
    for entry in entries:
        if entry.flags & 0x1:
            raise InvalidMedia(f"the {what} is encrypted (password-protected); remove the password and import again")
        if entry.method not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise InvalidMedia(f"the {what} uses an unsupported ZIP compression method ({entry.method})")
        if entry.uncompressed > MAX_ENTRY_UNCOMPRESSED:
            raise InvalidMedia(
                f"the {what} has a part that expands to {entry.uncompressed // (1024 * 1024)} MB "
                f"(the limit is {MAX_ENTRY_UNCOMPRESSED // (1024 * 1024)} MB); refused as a zip bomb"
            )
        if entry.uncompressed > RATIO_FLOOR and entry.uncompressed > MAX_RATIO * max(1, entry.compressed):
            raise InvalidMedia(f"the {what} has a part compressed more than {MAX_RATIO}:1; refused as a zip bomb")
        total += entry.uncompressed
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise InvalidMedia(
            f"the {what} expands to {total // (1024 * 1024)} MB "
            f"(the limit is {MAX_TOTAL_UNCOMPRESSED // (1024 * 1024)} MB); refused as a zip bomb"
        )


def stored_prefix(data: bytes, entry: Entry, limit: int) -> bytes | None:
    """The first ``limit`` bytes of an uncompressed (stored) entry, read straight from its local
    header; None if it is compressed or the header is damaged. Used for ODF's ``mimetype``."""
    if entry.method != zipfile.ZIP_STORED:
        return None
    start = entry.local_offset
    header = data[start : start + 30]
    if len(header) < 30 or header[:4] != _LOCAL:
        return None
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    body = start + 30 + name_len + extra_len
    return data[body : body + min(limit, entry.uncompressed)]


class ZipReader:
    """Reads entries of a checked ZIP, each capped at its (already checked) declared size."""

    def __init__(self, data: bytes, what: str = "document") -> None:
        self.what = what
        self.entries = {e.name: e for e in read_directory(data, what)}
        check_limits(list(self.entries.values()), what)
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise InvalidMedia(f"the {what} is damaged: {exc}") from None

    def names(self) -> list[str]:
        return list(self.entries)

    def has(self, name: str) -> bool:
        return name in self.entries

    def read(self, name: str, limit: int = MAX_ENTRY_UNCOMPRESSED) -> bytes:
        entry = self.entries.get(name)
        if entry is None:
            raise InvalidMedia(f"the {self.what} is damaged: the part {name!r} is missing")
        if entry.uncompressed > limit:
            raise InvalidMedia(f"the {self.what} part {name!r} is too large ({entry.uncompressed // (1024 * 1024)} MB)")
        try:
            with self._zip.open(name) as fh:
                data = fh.read(limit + 1)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
            raise InvalidMedia(f"the {self.what} is damaged: {exc}") from None
        if len(data) > limit:
            raise InvalidMedia(f"the {self.what} part {name!r} is larger than it claims; refused")
        return data

    def close(self) -> None:
        self._zip.close()
