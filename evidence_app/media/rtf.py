"""RTF documents: the visible text as a text transcript (``transcript.py``).

RTF is read here with a small tokenizer of its own (the format is a stream of groups, control
words and text; the text libraries on PyPI drop formatting without telling hidden from shown
text). What a reader does not see is left out and counted as "hidden content removed":

* destinations that are not body text: font/colour/style tables, ``\\info`` (title, author,
  operator, company, dates: reported), ``\\*\\generator``, revision and RSID tables, pictures and
  embedded objects (``\\pict``, ``\\object``, their data), theme/XML data stores, bookmarks, and
  every ``{\\*\\destination}`` a reader would skip;
* comments (``\\annotation``, ``\\atnauthor``, ``\\atnid``), field instructions (``\\fldinst``: paths,
  macros; the field result is kept);
* text formatted hidden (``\\v``) and text deleted with tracked changes (``\\deleted``).
"""

from __future__ import annotations

import re
from typing import ClassVar

from .base import Category, Finding, InvalidMedia, MediaType
from .tags import finding
from .transcript import Extracted, Hidden, TranscriptSanitizer

MAX_DEPTH = 500
_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+|\\", re.S
)
_SKIPPED = frozenset(
    {
        b"fonttbl",
        b"colortbl",
        b"stylesheet",
        b"listtable",
        b"listoverridetable",
        b"revtbl",
        b"rsidtbl",
        b"pict",
        b"object",
        b"objdata",
        b"themedata",
        b"colorschememapping",
        b"datastore",
        b"latentstyles",
        b"xmlnstbl",
        b"generator",
        b"fldinst",
        b"bkmkstart",
        b"bkmkend",
        b"pgdsctbl",
        b"filetbl",
        b"mmathPr",
        b"userprops",
        b"docvar",
        b"template",
        b"shppict",
        b"nonshppict",
        b"blipuid",
        b"wgrffmtfilter",
        b"xmlopen",
    }
)
_COMMENTS = frozenset({b"annotation", b"atnauthor", b"atnid", b"atndate", b"atnref", b"atrfstart", b"atrfend"})
_INFO_FIELDS = {
    b"title": Category.TEXT,
    b"subject": Category.TEXT,
    b"author": Category.OWNER,
    b"operator": Category.OWNER,
    b"manager": Category.OWNER,
    b"company": Category.OWNER,
    b"keywords": Category.TEXT,
    b"doccomm": Category.COMMENT,
    b"comment": Category.COMMENT,
    b"hlinkbase": Category.OWNER,
    b"category": Category.TEXT,
}
_DATES = frozenset({b"creatim", b"revtim", b"printim", b"buptim"})
_BREAKS = {b"par": "\n", b"line": "\n", b"sect": "\n", b"page": "\n", b"row": "\n", b"tab": "\t", b"cell": "\t"}
_SYMBOLS = {b"~": "\u00a0", b"_": "-", b"-": "", b"{": "{", b"}": "}", b"\\": "\\", b"\n": "\n", b"\r": "\n"}
_CHARS = {
    b"emdash": "\u2014",
    b"endash": "\u2013",
    b"lquote": "\u2018",
    b"rquote": "\u2019",
    b"ldblquote": "\u201c",
    b"rdblquote": "\u201d",
    b"bullet": "\u2022",
}


class _Group:
    __slots__ = ("codepage", "deleted", "hidden", "info", "skip", "uc")

    def __init__(self, parent: _Group | None = None) -> None:
        self.skip: str = parent.skip if parent else ""  # why this group's text is not shown, "" if it is
        self.hidden: bool = parent.hidden if parent else False
        self.deleted: bool = parent.deleted if parent else False
        self.uc: int = parent.uc if parent else 1
        self.codepage: str = parent.codepage if parent else "cp1252"
        self.info: bytes = parent.info if parent else b""  # the \info field this group is in


def _skip_reason(word: bytes) -> str:
    if word == b"fldinst":
        return "field instruction run(s)"
    return "comment run(s)" if word in _COMMENTS else "destination"


def _codepage(number: int) -> str:
    name = f"cp{number}"
    try:
        "".encode(name)
    except LookupError:
        return "cp1252"
    return name


def read_rtf(data: bytes, hidden: Hidden) -> tuple[str, list[Finding]]:
    if not data.startswith(b"{\\rtf"):
        raise InvalidMedia("the file is not an RTF document (no {\\rtf header)")
    out: list[str] = []
    info: dict[bytes, list[str]] = {}
    stack: list[_Group] = []
    group = _Group()
    pending_skip = 0  # characters still to skip after a \uN (its ANSI fallback)
    star = False
    counted: dict[str, int] = {}
    pos = 0
    while pos < len(data):
        match = _TOKEN.match(data, pos)
        if match is None:  # a lone backslash at the very end
            break
        pos = match.end()
        word, arg, hexchar, symbol, brace, text = match.groups()
        if word == b"bin":  # \binN: N raw bytes follow (picture data); they may hold braces
            pos += max(0, int(arg or 0))
            continue
        if brace == b"{":
            if len(stack) >= MAX_DEPTH:
                raise InvalidMedia(f"the RTF document is nested more than {MAX_DEPTH} groups deep; refused")
            stack.append(group)
            group = _Group(group)
            star = False
            continue
        if brace == b"}":
            if not stack:
                break  # the end of the document's outer group: anything after it is not text
            group = stack.pop()
            continue
        chunk = ""
        if word is not None:
            if star and not group.skip:
                group.skip = _skip_reason(word)
            star = False
            number = int(arg) if arg is not None else None
            if pending_skip and word not in (b"u",):
                pending_skip = 0
            if word in _SKIPPED or word in _COMMENTS:
                group.skip = group.skip or _skip_reason(word)
            elif word == b"info":
                group.skip = "info"
            elif group.skip == "info" and (word in _INFO_FIELDS or word in _DATES):
                group.info = word
            elif word == b"v":
                group.hidden = number != 0
            elif word == b"deleted":
                group.deleted = number != 0
            elif word == b"uc" and number is not None:
                group.uc = max(0, min(number, 10))
            elif word == b"ansicpg" and number is not None:
                group.codepage = _codepage(number)
            elif word == b"u" and number is not None:
                code = number + 65536 if number < 0 else number
                chunk = chr(code) if 0 <= code < 0x110000 else ""
                pending_skip = group.uc
            elif word in _BREAKS:
                chunk = _BREAKS[word]
            elif word in _CHARS:
                chunk = _CHARS[word]
            elif group.info in _DATES and word in (b"yr", b"mo", b"dy", b"hr", b"min") and number is not None:
                info.setdefault(group.info, []).append(str(number))
        elif symbol is not None:
            if symbol == b"*":
                star = True
                continue
            chunk = _SYMBOLS.get(symbol, "")
        elif hexchar is not None:
            if pending_skip:
                pending_skip -= 1
                continue
            chunk = bytes.fromhex(hexchar.decode()).decode(group.codepage, "replace")
        elif text is not None:
            if pending_skip:
                skip = min(pending_skip, len(text))
                text, pending_skip = text[skip:], pending_skip - skip
            chunk = text.decode(group.codepage, "replace")
        else:
            continue  # line breaks in the source are not text
        if not chunk:
            continue
        if group.skip == "info":
            if group.info in _INFO_FIELDS:
                info.setdefault(group.info, []).append(chunk)
            continue
        reason = group.skip or (
            "hidden text run(s)" if group.hidden else "deleted text run(s) (tracked changes)" if group.deleted else ""
        )
        if reason:
            if reason != "destination" and chunk.strip():
                counted[reason] = counted.get(reason, 0) + 1
            continue
        out.append(chunk)
    for reason, n in counted.items():
        hidden.add(reason, n)
    findings = []
    for key, parts in info.items():
        value = "-".join(parts) if key in _DATES else "".join(parts).strip()
        if value:
            findings.append(finding(f"info {key.decode()}", value, _INFO_FIELDS.get(key, Category.DATE)))
    if b"\\*\\generator" in data[:100_000]:
        findings.append(finding("generator", "the writing application (\\generator)", Category.SOFTWARE))
    if re.search(rb"\\rsid\d", data[:1_000_000]):
        findings.append(
            finding("revision session ids (rsid)", "link this file to others edited together", Category.SERIAL)
        )
    # \uN pairs spell characters beyond the BMP as UTF-16 surrogates: join them.
    text = "".join(out).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text, findings


class RtfSanitizer(TranscriptSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.RTF})
    media_type = MediaType.RTF
    what = "RTF document"

    def extract(self, data: bytes) -> Extracted:
        hidden = Hidden()
        text, findings = read_rtf(data, hidden)
        return Extracted(text, hidden, findings)
