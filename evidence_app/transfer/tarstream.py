"""A strict, streaming POSIX ustar writer and reader for transfer packages.

The writer produces plain ustar (readable by any ``tar``): regular files only, fixed times and
modes, no owner names. The reader accepts only what the writer produces. It does not use
``tarfile``'s reader on purpose: that one follows links, understands sparse files, PAX and GNU
long-name records (whose contents it buffers in memory) and base-256 sizes, all of which a hostile
package could use. Here every header is checked (checksum, magic, type, name, size against the
remaining budget) before one byte of the member it announces is read.
"""

from __future__ import annotations

import hashlib
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import BinaryIO

from .format import TAR_BLOCK, BadPackage

RECORD = 20 * TAR_BLOCK  # tar's conventional record size; the archive is padded to a multiple
CHUNK = 1024 * 1024
MAX_NAME = 100


class MemberType(Enum):
    """Header type flags, named so a refusal can say what it found."""

    REGULAR = b"0"
    REGULAR_OLD = b"\x00"
    HARDLINK = b"1"
    SYMLINK = b"2"
    CHAR_DEVICE = b"3"
    BLOCK_DEVICE = b"4"
    DIRECTORY = b"5"
    FIFO = b"6"
    CONTIGUOUS = b"7"
    PAX = b"x"
    PAX_GLOBAL = b"g"
    GNU_LONGNAME = b"L"
    GNU_LONGLINK = b"K"
    GNU_SPARSE = b"S"


_DESCRIBED = {
    MemberType.HARDLINK: "a hard link",
    MemberType.SYMLINK: "a symbolic link",
    MemberType.CHAR_DEVICE: "a device file",
    MemberType.BLOCK_DEVICE: "a device file",
    MemberType.DIRECTORY: "a directory entry",
    MemberType.FIFO: "a named pipe",
    MemberType.CONTIGUOUS: "a contiguous file",
    MemberType.PAX: "a PAX extended header",
    MemberType.PAX_GLOBAL: "a PAX extended header",
    MemberType.GNU_LONGNAME: "a GNU long-name record",
    MemberType.GNU_LONGLINK: "a GNU long-name record",
    MemberType.GNU_SPARSE: "a sparse file",
}


def check_name(name: str) -> None:
    """Refuse any name that could point outside a folder or mean different things on different
    systems. Transfer member names are generated, so the rule can be this strict."""
    if not name or len(name) > MAX_NAME:
        raise BadPackage("it contains a file with an empty or overlong name")
    if name.startswith("/") or "\\" in name or ":" in name:
        raise BadPackage(f"it contains a file with an absolute or unsafe name {name[:80]!r}")
    if any(part in ("", ".", "..") for part in name.split("/")):
        raise BadPackage(f"it contains a file with an unsafe name {name[:80]!r}")
    if not all(0x21 <= ord(c) < 0x7F for c in name):
        raise BadPackage(f"it contains a file with an unsafe name {name[:80]!r}")


def _header(name: str, size: int) -> bytes:
    check_name(name)
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = 0
    info.type = tarfile.REGTYPE
    info.uname = info.gname = ""
    block = info.tobuf(format=tarfile.USTAR_FORMAT, encoding="ascii", errors="strict")
    assert len(block) == TAR_BLOCK
    return block


class _CountingSink:
    """Passes bytes to the archive, counting them, so a member cannot exceed its header's size."""

    def __init__(self, dest: BinaryIO, limit: int) -> None:
        self._dest = dest
        self._limit = limit
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self._limit:
            raise ValueError("a member is longer than its recorded size")
        self._dest.write(data)
        return len(data)

    def flush(self) -> None:
        self._dest.flush()


class TarWriter:
    def __init__(self, dest: BinaryIO) -> None:
        self._dest = dest
        self._written = 0

    def _write(self, data: bytes) -> None:
        self._dest.write(data)
        self._written += len(data)

    def _pad(self, size: int) -> None:
        if size % TAR_BLOCK:
            self._write(b"\0" * (TAR_BLOCK - size % TAR_BLOCK))

    def add_bytes(self, name: str, data: bytes) -> None:
        self._write(_header(name, len(data)))
        self._write(data)
        self._pad(len(data))

    def add_stream(self, name: str, size: int, fill: Callable[[BinaryIO], object]) -> None:
        """Write a member of exactly ``size`` bytes that ``fill(sink)`` writes into ``sink``."""
        self._write(_header(name, size))
        sink = _CountingSink(self._dest, size)
        fill(sink)  # type: ignore[arg-type]  # a sink with write/flush is all fill needs
        if sink.size != size:
            raise ValueError("a member is shorter than its recorded size")
        self._written += size
        self._pad(size)

    def close(self) -> None:
        self._write(b"\0" * (2 * TAR_BLOCK))
        if self._written % RECORD:
            self._write(b"\0" * (RECORD - self._written % RECORD))
        self._dest.flush()


@dataclass(frozen=True)
class Member:
    name: str
    size: int


def _octal(field: bytes, what: str) -> int:
    if field and field[0] & 0x80:
        raise BadPackage(f"a file header has a binary {what} field")
    text = field.rstrip(b"\0 ").lstrip(b" ")
    if not text or any(c not in b"01234567" for c in text):
        raise BadPackage(f"a file header has an invalid {what} field (damaged or not a transfer package)")
    return int(text, 8)


class TarReader:
    """Reads members in order from a plaintext stream, never more than ``budget`` bytes.

    ``budget`` is the encrypted file's size: the archive is not compressed, so its plaintext is
    always smaller than the age file that carries it. A header announcing more than what is left
    is a lie (or a bomb) and is refused before anything is read.
    """

    def __init__(self, source: BinaryIO, budget: int, max_members: int) -> None:
        self._source = source
        self._budget = budget
        self._consumed = 0
        self._members = 0
        self._max_members = max_members
        self._pending: Member | None = None
        self._ended = False

    def _read_exact(self, n: int) -> bytes:
        if self._consumed + n > self._budget:
            raise BadPackage("it is truncated (the file is smaller than what it holds)")
        parts: list[bytes] = []
        left = n
        while left:
            chunk = self._source.read(min(left, CHUNK))
            if not chunk:
                raise BadPackage("it is truncated (a file ends early)")
            parts.append(chunk)
            left -= len(chunk)
        self._consumed += n
        return b"".join(parts)

    def next(self) -> Member | None:
        """The next member's header, validated; None at the end of the archive."""
        if self._pending is not None:
            raise RuntimeError("the previous member was not read")
        if self._ended:
            return None
        block = self._read_exact(TAR_BLOCK)
        if block == b"\0" * TAR_BLOCK:
            self._ended = True
            return None
        stored = _octal(block[148:156], "checksum")
        if stored != sum(block[:148]) + 8 * 0x20 + sum(block[156:]):
            raise BadPackage("a file header is damaged (checksum mismatch) or it is not a transfer package")
        if block[257:265] != b"ustar\x0000":
            raise BadPackage("it is not a transfer package (not a POSIX ustar archive)")
        try:
            kind = MemberType(block[156:157])
        except ValueError:
            raise BadPackage("it contains a file of an unknown type") from None
        raw_name = block[:100].split(b"\0", 1)[0]
        try:
            name = raw_name.decode("ascii")
        except UnicodeDecodeError:
            raise BadPackage("it contains a file with a non-ASCII name") from None
        if kind not in (MemberType.REGULAR, MemberType.REGULAR_OLD):
            raise BadPackage(f"it contains {_DESCRIBED[kind]} ({name[:80]!r})")
        check_name(name)
        if block[345:500].strip(b"\0") or block[157:257].strip(b"\0"):
            raise BadPackage(f"the header of {name!r} has a name prefix or link target")
        size = _octal(block[124:136], "size")
        self._members += 1
        if self._members > self._max_members:
            raise BadPackage("it contains more files than its manifest lists")
        remaining = self._budget - self._consumed
        if -(-size // TAR_BLOCK) * TAR_BLOCK > remaining:
            raise BadPackage(f"the header of {name!r} announces more data than the package holds")
        self._pending = Member(name, size)
        return self._pending

    def read_member(self, member: Member) -> bytes:
        """The whole member, in memory: only for members with a small limit."""
        data = b"".join(iter(self.stream(member).read, b""))
        return data

    def stream(self, member: Member) -> MemberStream:
        if self._pending is not member:
            raise RuntimeError("not the current member")
        return MemberStream(self, member)

    def _finish_member(self, member: Member) -> None:
        if member.size % TAR_BLOCK:
            padding = self._read_exact(TAR_BLOCK - member.size % TAR_BLOCK)
            if padding.strip(b"\0"):
                raise BadPackage(f"the data of {member.name!r} is longer than its header says")
        self._pending = None

    def finish(self) -> None:
        """After the end marker: only zero padding may follow, up to the end of the stream."""
        if not self._ended or self._pending is not None:
            raise RuntimeError("the archive was not read to its end")
        while True:
            chunk = self._source.read(min(CHUNK, max(1, self._budget - self._consumed + 1)))
            if not chunk:
                return
            self._consumed += len(chunk)
            if chunk.strip(b"\0") or self._consumed > self._budget:
                raise BadPackage("it has data after the end of the archive")


class MemberStream:
    """Reads exactly one member's bytes (in chunks), hashing them; a short stream is refused."""

    def __init__(self, tar: TarReader, member: Member) -> None:
        self._tar = tar
        self._member = member
        self._left = member.size
        self._hash = hashlib.sha256()
        self._done = member.size == 0
        if self._done:
            tar._finish_member(member)

    def read(self, n: int = -1) -> bytes:
        if self._left == 0:
            return b""
        want = self._left if n is None or n < 0 else min(n, self._left)
        data = self._tar._read_exact(min(want, CHUNK))
        self._left -= len(data)
        self._hash.update(data)
        if self._left == 0:
            self._tar._finish_member(self._member)
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def drain(self) -> None:
        while self.read(CHUNK):
            pass

    def hexdigest(self) -> str:
        return self._hash.hexdigest()

    @property
    def complete(self) -> bool:
        return self._left == 0
