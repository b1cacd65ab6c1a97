"""Text in pictures and suggested redaction boxes (schema V8: media_ocr, media_suggestions).

`read_text` runs OCR (media/ocr.py) on a photo's current working copy, decrypted in memory, stores
the words with their boxes in the encrypted database, indexes the text for search, and runs it
through the same redaction engine as every text of an export (every identifier a protected person
ever had, and the detectors: phones, e-mails, passports, ...). Each range the engine would redact
becomes a suggested box over the words it covers, on that working-copy version. Face suggestions
(`media faces`) are stored beside them. A suggestion is never a decision: the researcher accepts
or rejects each (`media suggestions ID --accept N`), and `media redact ID --suggested` burns in the
accepted ones as a new working version.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import json
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from PIL import Image

from . import db, identities
from . import media_service as ms
from .custody import Action
from .errors import EvidenceError, InvalidInput, NotFound
from .media import ocr
from .media.base import MediaType
from .media.pdf import read_flattened
from .media.photo_limits import guarded
from .media.redact import Box, decode_upright
from .model import MediaItem, MediaKind, now_utc
from .records.persons import list_persons
from .redaction import Redactor
from .redaction.engine import RedactionReason
from .vault import Vault

TEXT_PADDING = 0.25
"""Text boxes grow by a quarter of the line height on every side (OCR boxes are tight to the ink)."""


class State(Enum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True)
class Suggestion:
    number: int  # from 1, per working-copy version
    source: str  # "face" or "text"
    kind: str  # "face", "protected_person", or a detector kind (phone, email, passport, ...)
    box: Box
    state: State
    page: int = 0  # of a document, from 1 (pixels of that page's image); 0 on a photo

    def to_json(self) -> dict[str, object]:
        return {
            "number": self.number,
            "page": self.page,
            "source": self.source,
            "kind": self.kind,
            **self.box.to_json(),
            "state": self.state.value,
        }


@dataclass(frozen=True)
class PictureText:
    item_id: str
    version: int
    result: ocr.OcrResult
    suggestions: tuple[Suggestion, ...]


def _item(vault: Vault, item_id: str) -> tuple[MediaItem, bool]:
    """The item and whether it is a document (pages of a flattened PDF) rather than a photo."""
    item = ms.get_media(vault, item_id)
    if item.kind not in (MediaKind.PHOTO, MediaKind.DOCUMENT):
        raise InvalidInput("text recognition and suggested boxes apply to photos and documents")
    if item.working is None:
        raise InvalidInput("this item has no working copy")
    if item.kind is MediaKind.PHOTO:
        return item, False
    if ms.working_type(vault, item) is not MediaType.PDF:
        raise InvalidInput("text recognition applies to documents with a flattened PDF working copy")
    return item, True


def read_photo(
    load: Callable[[], bytes], *, cancel: threading.Event | None = None, niceness: int = 0
) -> tuple[ocr.OcrResult, dict[int, tuple[int, int]]]:
    """OCR of the photo ``load`` gives (page 0), with the size of the image the boxes refer to.

    While Tesseract reads (a second or more), this holds only the copy it is given
    (``ocr.bitmap_of``, at most 2560 px, encoded into its pipe as it goes): the decrypted bytes and
    the full-size pixels are dropped once decoded. Two photos are read at once in an export, so
    what a reading in flight holds is what the export's peak holds (tests/export/test_export_memory.py)."""
    image = decode_upright(io.BytesIO(load()))
    size = image.size
    bitmap = ocr.bitmap_of(image)
    del image
    return ocr.recognise(bitmap, cancel=cancel, niceness=niceness), {0: size}


def read_pages(data: bytes, document: bool) -> tuple[ocr.OcrResult, dict[int, tuple[int, int]]]:
    """OCR of a photo (page 0) or of every page image of a flattened PDF (pages from 1), with the
    size of each image the boxes refer to."""
    if not document:
        return read_photo(lambda: data)
    words: list[ocr.Word] = []
    sizes: dict[int, tuple[int, int]] = {}
    languages = ocr.installed_languages()
    line_base = 0
    for number, page in enumerate(read_flattened(data), start=1):
        with guarded("working copy"), Image.open(io.BytesIO(page.jpeg), formats=["JPEG"]) as decoded:
            decoded.load()
            image = decoded.convert("RGB")
        result = ocr.recognise(image, languages)
        words += [dataclasses.replace(w, line=w.line + line_base, page=number) for w in result.words]
        line_base += max((w.line for w in result.words), default=-1) + 1
        sizes[number] = image.size
    return ocr.OcrResult(languages, tuple(words)), sizes


def redactor_for(vault: Vault) -> Redactor:
    """The redaction engine as an export builds it by default: every identifier a protected person
    ever had, and every detector."""
    return Redactor(identities.redaction_persons(vault.conn, list_persons(vault)))


def text_boxes(
    result: ocr.OcrResult, redactor: Redactor, sizes: dict[int, tuple[int, int]]
) -> list[tuple[int, str, Box]]:
    """(page, kind, box) for every range of the OCR text the redaction engine would redact: the
    union of the boxes of the words it touches on each line, padded, clipped to the page image."""
    spans = result.spans()
    out: list[tuple[int, str, Box]] = []
    for r in redactor.redact(result.text).redactions:
        words = [w for start, end, w in spans if start < r.end and r.start < end]
        kind = "protected_person" if r.reason is RedactionReason.PROTECTED_PERSON else r.detail
        # One box per line the range spans (a name broken over two lines is two boxes).
        for line in sorted({w.line for w in words}):
            on_line = [w for w in words if w.line == line]
            left = min(w.x for w in on_line)
            top = min(w.y for w in on_line)
            right = max(w.x + w.w for w in on_line)
            bottom = max(w.y + w.h for w in on_line)
            pad = max(2, round((bottom - top) * TEXT_PADDING))
            box = Box(left - pad, top - pad, right - left + 2 * pad, bottom - top + 2 * pad)
            page = on_line[0].page
            out.append((page, kind, box.clip(*sizes[page])))
    return out


def read_text(vault: Vault, item_id: str) -> PictureText:
    """OCR the current working copy; store the words and the text suggestions for that version."""
    item, document = _item(vault, item_id)
    assert item.working is not None
    result, sizes = read_pages(ms.read_working(vault, item), document)
    store_text(vault, item.id, item.working.version, result, sizes)
    return PictureText(
        item.id, item.working.version, result, tuple(s for s in suggestions(vault, item.id) if s.source == "text")
    )


def store_text(
    vault: Vault,
    item_id: str,
    version: int,
    result: ocr.OcrResult,
    sizes: dict[int, tuple[int, int]],
    redactor: Redactor | None = None,
) -> None:
    """Keep what OCR read on that working-copy version (words, text suggestions, search text), as
    `media ocr` does; the export's picture gate stores what it had to read too, so no working copy
    is read twice."""
    found = text_boxes(result, redactor or redactor_for(vault), sizes)
    words = json.dumps([w.to_json() for w in result.words], ensure_ascii=False)
    with db.transaction(vault.conn):
        vault.conn.execute(
            "INSERT OR REPLACE INTO media_ocr(media_id, version, languages, words, text, created) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (item_id, version, "+".join(result.languages), words, result.text, now_utc()),
        )
        _replace(vault, item_id, version, "text", found)
        vault.search_index.put(ms.get_media(vault, item_id), ms.media_text(vault, item_id))
        # Counts only: the words themselves may be exactly what must not leave the vault.
        vault.log(
            Action.EDIT,
            "media",
            item_id,
            {"ocr": {"version": version, "words": len(result.words), "suggested_boxes": len(found)}},
        )


def unread_photos(vault: Vault, item_ids: Iterable[str] | None = None) -> list[str]:
    """The photos (of ``item_ids``, or of the whole vault) whose current working copy was never
    read, oldest first; not-exportable ones are left out (nothing of them is ever exported)."""
    rows = vault.conn.execute(
        "SELECT m.id FROM media m"
        " JOIN (SELECT media_id, MAX(version) AS version FROM media_versions GROUP BY media_id) w"
        " ON w.media_id = m.id"
        " WHERE m.kind = ? AND m.not_exportable IS NULL AND NOT EXISTS"
        " (SELECT 1 FROM media_ocr o WHERE o.media_id = m.id AND o.version = w.version)"
        " ORDER BY m.created, m.id",
        (MediaKind.PHOTO.value,),
    ).fetchall()
    unread = [str(r[0]) for r in rows]
    if item_ids is None:
        return unread
    wanted = set(item_ids)
    return [item_id for item_id in unread if item_id in wanted]


def read_unread_photos(
    vault: Vault,
    item_ids: Iterable[str] | None,
    cancel: threading.Event,
    on_read: Callable[[str], None] | None = None,
) -> int:
    """Read the text of every unread photo (``unread_photos``), one at a time, and store each
    reading exactly as `media ocr` does (``store_text``: words, suggested boxes, search text, one
    custody entry), so the export's picture gate finds it and reads nothing again. Tesseract runs
    at ``ocr.BACKGROUND_NICENESS``. Setting ``cancel`` stops it within a quarter of a second
    (Tesseract is killed); a reading is stored in one transaction, so what was stored is whole and
    the rest stays unread. A photo that cannot be read is skipped: the export reads it again and
    refuses it. Without Tesseract nothing is read. Returns how many readings were stored."""
    stored = 0
    for item_id in unread_photos(vault, item_ids):
        if cancel.is_set():
            break
        try:
            item = ms.get_media(vault, item_id)
        except NotFound:
            continue  # deleted meanwhile
        version = item.working
        if version is None:
            continue
        try:
            load = functools.partial(ms.read_working, vault, item)
            result, sizes = read_photo(load, cancel=cancel, niceness=ocr.BACKGROUND_NICENESS)
        except (ocr.OcrUnavailable, ocr.OcrCancelled):
            break
        except EvidenceError:
            continue
        if cancel.is_set():
            break
        with db.transaction(vault.conn):
            # Checked again inside the transaction: a redaction burnt in meanwhile made a new
            # version, or the researcher's own Read text got there first (its reading stays).
            try:
                current = ms.get_media(vault, item_id).working
            except NotFound:
                continue
            if current is None or current.version != version.version:
                continue
            if ocr_text(vault, item_id, version.version) is not None:
                continue
            store_text(vault, item_id, version.version, result, sizes)
        stored += 1
        if on_read is not None:
            on_read(item_id)
    return stored


def store_face_suggestions(vault: Vault, item_id: str, version: int, boxes: Iterable[Box]) -> list[Suggestion]:
    """Keep the face boxes found on ``version`` as suggestions (replacing earlier face suggestions)."""
    with db.transaction(vault.conn):
        _replace(vault, item_id, version, "face", [(0, "face", b) for b in boxes])
    return [s for s in suggestions(vault, item_id) if s.source == "face"]


def _replace(vault: Vault, item_id: str, version: int, source: str, found: Sequence[tuple[int, str, Box]]) -> None:
    vault.conn.execute(
        "DELETE FROM media_suggestions WHERE media_id = ? AND version = ? AND source = ?", (item_id, version, source)
    )
    row = vault.conn.execute(
        "SELECT COALESCE(MAX(number), 0) FROM media_suggestions WHERE media_id = ? AND version = ?",
        (item_id, version),
    ).fetchone()
    number = int(row[0])
    for page, kind, box in found:
        number += 1
        vault.conn.execute(
            "INSERT INTO media_suggestions(media_id, version, number, source, kind, x, y, w, h, state, page) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (item_id, version, number, source, kind, box.x, box.y, box.w, box.h, State.SUGGESTED.value, page),
        )


def suggestions(vault: Vault, item_id: str) -> list[Suggestion]:
    """The suggestions on the item's current working copy, by number."""
    item, _ = _item(vault, item_id)
    assert item.working is not None
    rows = vault.conn.execute(
        "SELECT number, source, kind, x, y, w, h, state, page FROM media_suggestions "
        "WHERE media_id = ? AND version = ? ORDER BY number",
        (item.id, item.working.version),
    ).fetchall()
    return [
        Suggestion(int(r[0]), r[1], r[2], Box(int(r[3]), int(r[4]), int(r[5]), int(r[6])), State(r[7]), int(r[8]))
        for r in rows
    ]


def set_states(vault: Vault, item_id: str, numbers: Iterable[int], state: State) -> list[Suggestion]:
    """Accept or reject suggestions of the current working copy by number; unknown numbers are an error."""
    current = {s.number: s for s in suggestions(vault, item_id)}
    wanted = sorted(set(numbers))
    missing = [n for n in wanted if n not in current]
    if missing:
        raise InvalidInput(
            f"no suggestion {missing[0]} on the current working copy (it has {len(current)}; see media suggestions)"
        )
    item, _ = _item(vault, item_id)
    assert item.working is not None
    with db.transaction(vault.conn):
        for number in wanted:
            vault.conn.execute(
                "UPDATE media_suggestions SET state = ? WHERE media_id = ? AND version = ? AND number = ?",
                (state.value, item.id, item.working.version, number),
            )
    return suggestions(vault, item_id)


def accepted(vault: Vault, item_id: str) -> list[Suggestion]:
    return [s for s in suggestions(vault, item_id) if s.state is State.ACCEPTED]


def ocr_text(vault: Vault, item_id: str, version: int) -> str | None:
    """The text OCR read on that working-copy version, or None if it was never read."""
    row = vault.conn.execute(
        "SELECT text FROM media_ocr WHERE media_id = ? AND version = ?", (item_id, version)
    ).fetchone()
    return None if row is None else str(row[0])


TRANSCRIPT_RENDERER = "text transcript"
"""The inspection fact of a document whose working copy the app drew from its text (media/transcript.py)."""


def transcript_text(vault: Vault, item_id: str, version: int) -> str | None:
    """The exact text on the pages of a document transcript's first working copy, else None.

    The working copy of an e-mail, Office/OpenDocument/legacy Office file, RTF, HTML, EPUB or plain
    text is a PDF of page images this app drew itself from the text the intake read, and that text
    is stored (media_text): it is what the pages show, character for character. The leak gate reads
    it rather than OCR of the pages because it is exact (OCR misreads names and digits, and what it
    misses would leave) and free (OCR of a long document takes minutes, so pages were only read by
    an explicit `media ocr`). Only version 1 is such a drawing: a later version (boxes burnt in by
    `media redact`) shows less than this text and is read like any page image (its stored OCR).
    """
    if version != 1:
        return None
    row = vault.conn.execute("SELECT inspection FROM media WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        return None
    facts = json.loads(str(row[0])).get("facts", {})
    if not isinstance(facts, dict) or facts.get("renderer") != TRANSCRIPT_RENDERER:
        return None
    found = vault.conn.execute("SELECT text FROM media_text WHERE media_id = ?", (item_id,)).fetchone()
    return None if found is None else str(found[0])
