"""Legacy Office files (Word 97-2003 ``.doc``, Excel 97-2003 ``.xls``): a text transcript.

Both are OLE2 compound files (olefile reads the container). They carry what DOCX/XLSX carry
(author, last editor, company, template, editing time, revision data, comments, hidden text,
hidden sheets), in binary. The working copy is the visible text drawn as page images
(``transcript.py``); the file's bytes never reach it.

* ``.xls``: xlrd reads the cell values (cached results of formulas, not the formulas); hidden and
  very hidden sheets, hidden rows and hidden columns are left out; comments are never read.
* ``.doc``: no maintained pure-Python reader exists, so the text is read here from the piece
  table ([MS-DOC] 2.8.35: the FIB locates the CLX in the table stream; each piece is cp1252 or
  UTF-16): the main text, footnotes, headers/footers, endnotes and text boxes, not the
  comments. Characters formatted hidden (``sprmCFVanish``) or deleted with tracked changes
  (``sprmCFRMarkDel``), found in the CHPX runs of the formatting pages, are left out, and so are
  field instructions (between field begin and separator: paths, macros). A style that itself
  makes text hidden is not resolved: such a file is kept sealed (NotSanitizable) rather than risk
  drawing hidden text. Encrypted and pre-97 files are refused by name.
* ``.ppt``: refused with what to do (no reader of PowerPoint's binary records here).
"""

from __future__ import annotations

import bisect
import io
import struct
from typing import ClassVar

from .base import Category, Finding, InvalidMedia, MediaType
from .tags import finding
from .transcript import Extracted, Hidden, TranscriptSanitizer

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_SHEET_CELLS = 2_000_000
MAX_PIECES = 100_000
MAX_FKP_PAGES = 50_000

_META_FIELDS = (
    ("title", Category.TEXT),
    ("subject", Category.TEXT),
    ("author", Category.OWNER),
    ("keywords", Category.TEXT),
    ("comments", Category.COMMENT),
    ("last_saved_by", Category.OWNER),
    ("template", Category.SOFTWARE),
    ("creating_application", Category.SOFTWARE),
    ("create_time", Category.DATE),
    ("last_saved_time", Category.DATE),
    ("last_printed", Category.DATE),
    ("company", Category.OWNER),
    ("manager", Category.OWNER),
    ("category", Category.TEXT),
)


def ole_kind(data: bytes) -> MediaType | str | None:
    """DOC or XLS from the streams of an OLE2 file; a refusal reason for other OLE2 kinds."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            streams = {"/".join(entry).lower() for entry in ole.listdir(streams=True, storages=False)}
    except Exception:  # olefile raises many types on damaged containers
        return "the legacy Office file (OLE2 compound file) is damaged and cannot be read"
    if "encryptedpackage" in streams:
        return "the Office document is password-protected (encrypted); remove the password and import it again"
    if "worddocument" in streams:
        return MediaType.DOC
    if "workbook" in streams or "book" in streams:
        return MediaType.XLS
    if "powerpoint document" in streams:
        return (
            "legacy PowerPoint presentations (.ppt) are not supported (detected from the content);"
            " save it as .pptx in PowerPoint or LibreOffice and import that"
        )
    if any(s.endswith("\x05summaryinformation") for s in streams) and "contents" in streams:
        return "Works and other OLE2 documents are not supported (detected from the content)"
    return "OLE2 compound files other than Word and Excel documents are not supported (detected from the content)"


def _metadata(data: bytes) -> list[Finding]:
    import olefile

    found: list[Finding] = []
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        meta = ole.get_metadata()
        for name, category in _META_FIELDS:
            value = getattr(meta, name, None)
            if isinstance(value, bytes):
                value = value.decode("cp1252", "replace").strip("\x00 ")
            if value:
                found.append(finding(f"properties {name.replace('_', ' ')}", value, category))
        for entry in ole.listdir(streams=True, storages=True):
            path = "/".join(entry)
            if path.lower().startswith(("objectpool", "_vba_project", "macros")):
                found.append(finding("embedded objects or macros", path, Category.OTHER))
                break
    return found


# --- Excel 97-2003 -------------------------------------------------------------------------------


def _xls_text(data: bytes, hidden: Hidden) -> str:
    import xlrd

    try:
        book = xlrd.open_workbook(
            file_contents=data, formatting_info=True, logfile=io.StringIO(), verbosity=0, on_demand=True
        )
    except xlrd.biffh.XLRDError as exc:
        message = str(exc)
        if "encrypt" in message.lower():
            raise InvalidMedia(
                "the Excel workbook is password-protected (encrypted); remove the password and import it again"
            ) from None
        raise InvalidMedia(f"the Excel workbook is damaged or malformed: {message[:120]}") from None
    out: list[str] = []
    cells = 0
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            if sheet.visibility:
                hidden.add("hidden sheet(s)" if sheet.visibility == 1 else "very hidden sheet(s)")
                continue
            out.append(f"Sheet: {sheet.name}")
            hidden_cols = {c for c, info in sheet.colinfo_map.items() if info.hidden}
            for r in range(sheet.nrows):
                info = sheet.rowinfo_map.get(r)
                if info is not None and info.hidden:
                    hidden.add("hidden row(s)")
                    continue
                values = []
                for c in range(sheet.ncols):
                    cells += 1
                    if cells > MAX_SHEET_CELLS:
                        raise InvalidMedia(f"the Excel workbook has more than {MAX_SHEET_CELLS:,} cells; refused")
                    value = _xls_value(book, sheet.cell(r, c))
                    if c in hidden_cols:
                        if value:
                            hidden.add("hidden column cell(s)")
                        continue
                    if value:
                        values.append(value)
                if values:
                    out.append("  |  ".join(values))
            out.append("")
            book.unload_sheet(index)
    finally:
        book.release_resources()
    return "\n".join(out)


def _xls_value(book: object, cell: object) -> str:
    import xlrd

    ctype, value = getattr(cell, "ctype"), getattr(cell, "value")  # noqa: B009 - xlrd has no stubs
    if ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if ctype == xlrd.XL_CELL_NUMBER:
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    if ctype == xlrd.XL_CELL_DATE:
        try:
            when = xlrd.xldate.xldate_as_datetime(value, getattr(book, "datemode"))  # noqa: B009
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return repr(value)
        return str(when.isoformat(sep=" ")).removesuffix(" 00:00:00")
    if ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if value else "FALSE"
    return str(value).strip()


# --- Word 97-2003 --------------------------------------------------------------------------------

_SPRM_VANISH = 0x083C
_SPRM_RMARK_DEL = 0x0800
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_CHAR_MAP = {
    "\r": "\n",
    "\x0b": "\n",
    "\x0c": "\n",
    "\x0e": "\n",
    "\x07": "\t",
    "\x1e": "-",
    "\xa0": " ",
}
_DROPPED_CHARS = frozenset("\x00\x01\x02\x03\x04\x05\x06\x08\x1f")  # objects, note marks, soft hyphen


def _sprm_operand_size(sprm: int, grpprl: bytes, pos: int) -> int:
    spra = sprm >> 13
    if spra in (0, 1):
        return 1
    if spra in (2, 4, 5):
        return 2
    if spra == 3:
        return 4
    if spra == 7:
        return 3
    # spra 6: variable; sprmTDefTable/sprmPChgTabs have their own length rules
    if pos >= len(grpprl):
        return 1
    if sprm == 0xD608:  # sprmTDefTable: a 2-byte length
        return 2 + (struct.unpack_from("<H", grpprl, pos)[0] if pos + 2 <= len(grpprl) else 0)
    return 1 + grpprl[pos]


def _flags_of(grpprl: bytes) -> tuple[bool, bool]:
    """(hidden, deleted) as set by a CHPX's sprms."""
    hidden = deleted = False
    pos = 0
    while pos + 2 <= len(grpprl):
        (sprm,) = struct.unpack_from("<H", grpprl, pos)
        pos += 2
        size = _sprm_operand_size(sprm, grpprl, pos)
        operand = grpprl[pos] if pos < len(grpprl) else 0
        if sprm == _SPRM_VANISH:
            hidden = operand in (1, 0x81)
        elif sprm == _SPRM_RMARK_DEL:
            deleted = operand in (1, 0x81)
        pos += size
    return hidden, deleted


def _doc_text(data: bytes, hidden: Hidden) -> tuple[str, str]:
    """The visible text, and a reason to keep the file sealed ("" if none)."""
    import olefile

    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        word = ole.openstream("WordDocument").read()
        if len(word) < 426:
            raise InvalidMedia("the Word document is damaged: its file information block is too short")
        ident, nfib = struct.unpack_from("<HH", word, 0)
        if ident != 0xA5EC:
            raise InvalidMedia("the Word document is damaged: its file information block has the wrong signature")
        if nfib < 0x00C1:
            raise InvalidMedia(
                "Word documents older than Word 97 (Word 6/95) are not supported; save it as .docx and import that"
            )
        (flags,) = struct.unpack_from("<H", word, 0x0A)
        if flags & 0x0100:
            raise InvalidMedia(
                "the Word document is password-protected (encrypted); remove the password and import it again"
            )
        table_name = "1Table" if flags & 0x0200 else "0Table"
        if not ole.exists(table_name):
            raise InvalidMedia(f"the Word document is damaged: its {table_name} stream is missing")
        table = ole.openstream(table_name).read()
    csw = struct.unpack_from("<H", word, 32)[0]
    lw = 34 + csw * 2
    cslw = struct.unpack_from("<H", word, lw)[0]
    rg_lw = lw + 2
    fc_lcb = rg_lw + cslw * 4 + 2
    if cslw < 11 or fc_lcb + 34 * 8 > len(word):
        raise InvalidMedia("the Word document is damaged: its file information block is too short")
    ccp = struct.unpack_from("<11i", word, rg_lw + 12)  # ccpText, Ftn, Hdd, Mcr, Atn, Edn, Txbx, HdrTxbx, ...
    ccp_text, ccp_ftn, ccp_hdd, ccp_mcr, ccp_atn, ccp_edn, ccp_txbx, ccp_hdr_txbx = (max(0, v) for v in ccp[:8])

    def pair(index: int) -> tuple[int, int]:
        fc, lcb = struct.unpack_from("<II", word, fc_lcb + index * 8)
        return fc, lcb

    stsh_fc, stsh_lcb = pair(1)
    unsure = ""
    if stsh_lcb and _style_hides_text(table[stsh_fc : stsh_fc + stsh_lcb]):
        unsure = (
            "the Word document defines a style that hides text, which this app cannot resolve; only the"
            " sealed original is kept (save it as .docx and import that for a working copy)"
        )
    pieces = _pieces(table, *pair(33))
    invisible = _invisible_runs(word, table, *pair(12), hidden)
    # CP ranges of the stories a reader sees, in order; comments (Atn) and macros (Mcr) are not.
    ranges: list[tuple[int, int]] = []
    start = 0
    for length, shown in (
        (ccp_text, True),
        (ccp_ftn, True),
        (ccp_hdd, True),
        (ccp_mcr, False),
        (ccp_atn, False),
        (ccp_edn, True),
        (ccp_txbx, True),
        (ccp_hdr_txbx, True),
    ):
        if shown and length:
            ranges.append((start, start + length))
        start += length
    chars: list[str] = []
    for lo, hi in ranges:
        chars.extend(_chars(word, pieces, invisible, lo, hi))
        chars.append("\n")
    return _resolve_fields("".join(chars), hidden), unsure


def _style_hides_text(stsh: bytes) -> bool:
    """Conservative: any sprmCFVanish switched on inside the style sheet."""
    needle = struct.pack("<H", _SPRM_VANISH)
    pos = stsh.find(needle)
    while pos >= 0:
        if pos + 2 < len(stsh) and stsh[pos + 2] in (1, 0x81):
            return True
        pos = stsh.find(needle, pos + 1)
    return False


def _pieces(table: bytes, fc_clx: int, lcb_clx: int) -> list[tuple[int, int, int, bool]]:
    """The piece table: (cp start, cp end, fc, compressed)."""
    clx = table[fc_clx : fc_clx + lcb_clx]
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: property modifiers, skipped
        if pos + 3 > len(clx):
            break
        pos += 3 + struct.unpack_from("<h", clx, pos + 1)[0]
    if pos + 5 > len(clx) or clx[pos] != 0x02:
        raise InvalidMedia("the Word document is damaged: its piece table is missing")
    (lcb,) = struct.unpack_from("<I", clx, pos + 1)
    plc = clx[pos + 5 : pos + 5 + lcb]
    count = (len(plc) - 4) // 12
    if count <= 0 or count > MAX_PIECES:
        raise InvalidMedia("the Word document is damaged: its piece table is empty or too large")
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    out = []
    for i in range(count):
        (fc_raw,) = struct.unpack_from("<I", plc, (count + 1) * 4 + i * 8 + 2)
        compressed = bool(fc_raw & 0x40000000)
        fc = (fc_raw & 0x3FFFFFFF) // 2 if compressed else fc_raw & 0x3FFFFFFF
        if cps[i + 1] < cps[i]:
            raise InvalidMedia("the Word document is damaged: its piece table is out of order")
        out.append((cps[i], cps[i + 1], fc, compressed))
    return out


def _invisible_runs(word: bytes, table: bytes, fc_plc: int, lcb_plc: int, hidden: Hidden) -> list[tuple[int, int]]:
    """FC ranges (start, end) of characters formatted hidden or deleted, merged and sorted."""
    plc = table[fc_plc : fc_plc + lcb_plc]
    count = (len(plc) - 4) // 8
    if count <= 0:
        return []
    if count > MAX_FKP_PAGES:
        raise InvalidMedia("the Word document is damaged: too many formatting pages")
    runs: list[tuple[int, int]] = []
    hidden_chars = deleted_chars = 0
    for i in range(count):
        (pn,) = struct.unpack_from("<I", plc, (count + 1) * 4 + i * 4)
        page = word[(pn & 0x3FFFFF) * 512 : (pn & 0x3FFFFF) * 512 + 512]
        if len(page) < 512:
            raise InvalidMedia("the Word document is damaged: a formatting page lies outside the file")
        crun = page[511]
        if crun == 0 or (crun + 1) * 4 + crun > 511:
            continue
        fcs = struct.unpack_from(f"<{crun + 1}I", page, 0)
        for j in range(crun):
            offset = page[(crun + 1) * 4 + j] * 2
            if not offset:
                continue
            size = page[offset]
            is_hidden, is_deleted = _flags_of(page[offset + 1 : offset + 1 + size])
            if is_hidden or is_deleted:
                runs.append((fcs[j], fcs[j + 1]))
                if is_hidden:
                    hidden_chars += 1
                else:
                    deleted_chars += 1
    hidden.add("hidden text run(s)", hidden_chars)
    hidden.add("deleted text run(s) (tracked changes)", deleted_chars)
    runs.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in runs:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _chars(
    word: bytes, pieces: list[tuple[int, int, int, bool]], invisible: list[tuple[int, int]], lo: int, hi: int
) -> list[str]:
    starts = [s for s, _ in invisible]
    out: list[str] = []
    for cp_start, cp_end, fc, compressed in pieces:
        a, b = max(lo, cp_start), min(hi, cp_end)
        if a >= b:
            continue
        width = 1 if compressed else 2
        first = fc + (a - cp_start) * width
        raw = word[first : first + (b - a) * width]
        if len(raw) < (b - a) * width:
            raise InvalidMedia("the Word document is damaged: its text lies outside the file")
        text = raw.decode("cp1252", "replace") if compressed else raw.decode("utf-16-le", "replace")
        for k, ch in enumerate(text):
            position = first + k * width
            run = bisect.bisect_right(starts, position) - 1
            if run >= 0 and position < invisible[run][1]:
                continue
            out.append(ch)
    return out


def _resolve_fields(text: str, hidden: Hidden) -> str:
    """Drop field instructions (begin..separator), keep field results; map Word's controls."""
    out: list[str] = []
    stack: list[bool] = []  # per open field: still in its instructions?
    instructions = 0
    for ch in text:
        if ch == _FIELD_BEGIN:
            stack.append(True)
            continue
        if ch == _FIELD_SEPARATOR and stack:
            stack[-1] = False
            continue
        if ch == _FIELD_END and stack:
            stack.pop()
            continue
        if any(stack):
            instructions += 1
            continue
        if ch in _DROPPED_CHARS:
            continue
        out.append(_CHAR_MAP.get(ch, ch))
    if instructions:
        hidden.add("field instruction character(s)", instructions)
    return "".join(out)


class LegacyOfficeSanitizer(TranscriptSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.DOC, MediaType.XLS})

    def extract(self, data: bytes) -> Extracted:
        kind = ole_kind(data) if data.startswith(OLE_MAGIC) else None
        if not isinstance(kind, MediaType):
            raise InvalidMedia(kind or "the file is not a legacy Word or Excel document")
        hidden = Hidden()
        text, unsure = _doc_text(data, hidden) if kind is MediaType.DOC else (_xls_text(data, hidden), "")
        what = "Word document" if kind is MediaType.DOC else "Excel workbook"
        return Extracted(text, hidden, _metadata(data), media_type=kind, what=what, unsure=unsure)
