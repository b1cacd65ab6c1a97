"""Legacy Office samples built in the test: a minimal OLE2 compound-file writer ([MS-CFB],
version 3, 512-byte sectors, every stream at least 4096 bytes so no mini stream is needed), a
SummaryInformation property set, and a Word 97 document with hidden, deleted and field text."""

from __future__ import annotations

import struct

FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
SECTOR = 512


def _entry(name: str, kind: int, start: int, size: int, child: int = NOSTREAM, right: int = NOSTREAM) -> bytes:
    raw = name.encode("utf-16-le") + b"\x00\x00"
    return (
        raw.ljust(64, b"\x00")
        + struct.pack("<HBB", len(raw), kind, 1)
        + struct.pack("<III", NOSTREAM, right, child)
        + bytes(16 + 4 + 16)
        + struct.pack("<IQ", start, size)
    )


def cfb(streams: dict[str, bytes]) -> bytes:
    """An OLE2 file holding ``streams`` (flat, under the root storage)."""
    items = [(name, data.ljust(4096, b"\x00")) for name, data in streams.items()]
    entries = 1 + len(items)
    dir_sectors = -(-entries * 128 // SECTOR)
    data_sectors = [-(-len(data) // SECTOR) for _, data in items]
    total = dir_sectors + sum(data_sectors)
    fat_sectors = 1
    while fat_sectors * (SECTOR // 4) < total + fat_sectors:
        fat_sectors += 1
    fat = [FATSECT] * fat_sectors
    first_dir = len(fat)
    fat += [first_dir + i + 1 for i in range(dir_sectors - 1)] + [END]
    starts = []
    for count in data_sectors:
        start = len(fat)
        starts.append(start)
        fat += [start + i + 1 for i in range(count - 1)] + [END]
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
    directory = _entry("Root Entry", 5, END, 0, child=1 if items else NOSTREAM)
    for i, ((name, data), start) in enumerate(zip(items, starts, strict=True)):
        directory += _entry(name, 2, start, len(data), right=i + 2 if i + 1 < len(items) else NOSTREAM)
    directory = directory.ljust(dir_sectors * SECTOR, b"\x00")
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + bytes(6)
        + struct.pack("<IIIIIIIII", 0, fat_sectors, first_dir, 0, 4096, END, 0, END, 0)
        + struct.pack("<109I", *difat)
    )
    body = struct.pack(f"<{len(fat)}I", *fat) + directory + b"".join(data for _, data in items)
    return header + body


def summary_information(author: str, last_saved_by: str, title: str) -> bytes:
    """A SummaryInformation property set with code page 1252 and three string properties."""
    props = [(1, struct.pack("<Ih", 2, 1252) + b"\x00\x00")]
    for pid, text in ((2, title), (4, author), (8, last_saved_by)):
        raw = text.encode("cp1252") + b"\x00"
        raw = raw.ljust(-(-len(raw) // 4) * 4, b"\x00")
        props.append((pid, struct.pack("<II", 0x1E, len(text) + 1) + raw))
    table_size = 8 + 8 * len(props)
    offsets, values, offset = [], b"", table_size
    for pid, value in props:
        offsets.append(struct.pack("<II", pid, offset))
        values += value
        offset += len(value)
    section = struct.pack("<II", table_size + len(values), len(props)) + b"".join(offsets) + values
    fmtid = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
    return (
        struct.pack("<HHI", 0xFFFE, 0, 0x00020006)
        + bytes(16)
        + struct.pack("<I", 1)
        + fmtid
        + struct.pack("<I", 48)
        + section
    )


def word97(runs: list[tuple[str, str]], comment: str = "", nfib: int = 0x00C1, encrypted: bool = False) -> bytes:
    """A Word 97 document whose main text is ``runs`` of (text, kind), kind "" (shown),
    "hidden" (sprmCFVanish) or "deleted" (sprmCFRMarkDel); ``comment`` is the comments story.
    Text is stored as UTF-16 in one piece at FC 1024; formatting in one CHPX page at 2048."""
    main = "".join(text for text, _ in runs)
    ccp_text, ccp_atn = len(main), len(comment)
    text = (main + comment).encode("utf-16-le")
    text_fc = 1024
    fib = bytearray(1024)
    struct.pack_into("<HH", fib, 0, 0xA5EC, nfib)
    struct.pack_into("<H", fib, 0x0A, 0x0200 | (0x0100 if encrypted else 0))  # fWhichTblStm: 1Table
    struct.pack_into("<H", fib, 32, 14)
    struct.pack_into("<H", fib, 62, 22)
    struct.pack_into("<i", fib, 64 + 12, ccp_text)
    struct.pack_into("<i", fib, 64 + 28, ccp_atn)
    struct.pack_into("<H", fib, 152, 93)
    # The table stream: piece table (CLX), then the CHPX bin table.
    count = 1
    plc_pcd = struct.pack("<II", 0, ccp_text + ccp_atn) + struct.pack("<HIH", 0, text_fc, 0)
    clx = b"\x02" + struct.pack("<I", len(plc_pcd)) + plc_pcd
    fcs, kinds, position = [], [], text_fc
    for chunk, kind in runs:
        fcs.append(position)
        kinds.append(kind)
        position += len(chunk) * 2
    fcs.append(position)
    if comment:
        kinds.append("")
        fcs.append(position + len(comment) * 2)
    page = bytearray(SECTOR)
    crun = len(kinds)
    struct.pack_into(f"<{crun + 1}I", page, 0, *fcs)
    chpx_at = 500
    sprms = {"hidden": struct.pack("<HB", 0x083C, 1), "deleted": struct.pack("<HB", 0x0800, 1)}
    for j, kind in enumerate(kinds):
        if kind:
            grpprl = sprms[kind]
            chpx_at -= len(grpprl) + 1 + (len(grpprl) + 1) % 2
            page[chpx_at] = len(grpprl)
            page[chpx_at + 1 : chpx_at + 1 + len(grpprl)] = grpprl
            page[(crun + 1) * 4 + j] = chpx_at // 2
    page[511] = crun
    chpx_pn = 2048 // SECTOR
    bte = struct.pack("<III", fcs[0], fcs[-1], chpx_pn)
    table = clx + bte
    struct.pack_into("<II", fib, 154 + 33 * 8, 0, len(clx))  # fcClx, lcbClx
    struct.pack_into("<II", fib, 154 + 12 * 8, len(clx), len(bte))  # fcPlcfBteChpx
    word = bytes(fib) + text
    word = word.ljust(2048, b"\x00") + bytes(page)
    del count
    return cfb(
        {
            "WordDocument": word,
            "1Table": table,
            "\x05SummaryInformation": summary_information("ZQXAUTHOR Sok", "ZQXEDITOR Dara", "ZQXTITLE"),
        }
    )
