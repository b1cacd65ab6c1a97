"""The leak gate's look at the text inside exported pictures and document pages.

Every exported photo (the exact bytes that go into the bundle) is read for text: with the words
`media ocr` stored for that very working copy when there are some (matched by its SHA-256), else
with Tesseract now (media/ocr.py, through pipes, in memory). ``read_unread`` does that reading
before the case is collected, one picture per core, and stores it like `media ocr`'s reading
(encrypted, in the database, with its suggested boxes and its custody entry): the next export, or
the export after a dry run, reads no working copy twice, and its custody summary (collected after
the reading) is the same. A working copy that changes (a redaction burnt in) is a new version and is
read again. The gate itself stores nothing; a picture it still finds unread is read there. The text
is scanned like every other artefact by `Redactor.leaks`, keeping its protected-person hits (every
name, alias, phone and e-mail a protected person ever had); detector hits (any phone, card, URL) in
OCR text are too often misread digits and table cells to refuse on, and are suggested boxes instead
(`media ocr`). The pages of a document transcript (e-mail, Office, RTF, HTML, EPUB, text: page
images the app drew from the text it read) are checked with that very text, exact and without OCR;
other document pages (a flattened PDF, a redacted version) with the words `media ocr` stored, and a
document never read is named in the warnings. A photo that shows a protected name refuses the export
until the name is boxed (`media ocr`, `media suggestions --accept`, `media redact --suggested`) or
the researcher allows the text of that picture (`export --allow-text-in MEDIA_ID`).

What this does not see is what OCR cannot read (docs/THREAT_MODEL.md); where Tesseract is not
installed, no picture is read and the export says so in its warnings.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor

from .. import media_service as ms
from ..errors import EvidenceError
from ..media import ocr
from ..media.base import MediaType
from ..media.detect import PHOTO_TYPES
from ..model import MediaKind
from ..picture_text import ocr_text, read_photo, redactor_for, store_text, transcript_text
from ..redaction import Redactor
from ..redaction.engine import LeakKind
from ..vault import Vault
from .collect import MediaOut
from .content import serialised
from .errors import GateFinding


def _item_of(vault: Vault, sha256: str) -> tuple[str, int] | None:
    row = vault.conn.execute(
        "SELECT v.media_id, v.version FROM media_versions v JOIN blobs b ON b.id = v.blob WHERE b.sha256 = ?",
        (sha256,),
    ).fetchone()
    return None if row is None else (str(row[0]), int(row[1]))


def check_picture_text(
    vault: Vault,
    redactor: Redactor,
    media: Sequence[MediaOut],
    allowed_items: Collection[str],
    warnings: list[str],
) -> list[GateFinding]:
    """Findings for protected text (and unallowed detector hits) read in exported pictures; notes
    what could not be read, or was allowed, in ``warnings``."""
    findings: list[GateFinding] = []
    unread: list[str] = []
    unread_documents: list[str] = []
    texts: dict[str, str] = {}
    to_read: list[tuple[MediaOut, tuple[str, int] | None]] = []  # not read before collection: rare
    checked: list[MediaOut] = []
    transcripts: set[str] = set()
    for m in media:
        document = m.kind == "document" and m.media_type is MediaType.PDF  # pages of a flattened PDF
        if m.media_type not in PHOTO_TYPES and not document:
            continue
        found = _item_of(vault, m.sha256)
        if found is not None and found[0] in allowed_items:
            warnings.append(f"media/{m.file_name}: text in the picture allowed (--allow-text-in), not checked")
            continue
        checked.append(m)
        # A document transcript's pages are read from the text the app drew them from (exact, and
        # no OCR needed: picture_text.transcript_text); other pages and photos by their stored OCR.
        text = transcript_text(vault, *found) if found is not None and document else None
        if text is not None:
            transcripts.add(m.ref)
        elif found is not None:
            text = ocr_text(vault, *found)
        if text is not None:
            texts[m.ref] = text
        elif document:
            # Every page of a long document read at export time costs minutes (a 20-page paper took
            # 4 on the test machine): pages are read by `media ocr` only, and an unread document is named.
            unread_documents.append(m.file_name)
        else:
            to_read.append((m, found))
    for (m, _), outcome in zip(to_read, _read_all([functools.partial(_data_of, m) for m, _ in to_read]), strict=True):
        if isinstance(outcome, ocr.OcrUnavailable):
            unread.append(m.file_name)
        elif isinstance(outcome, EvidenceError):
            findings.append(
                GateFinding(
                    f"media/{m.file_name} text",
                    "the text in the picture could not be read, so it cannot be shown to be clean",
                )
            )
        else:
            texts[m.ref] = outcome[0].text
    for m in checked:
        text = texts.get(m.ref)
        if text is None:
            continue
        for leak in redactor.leaks(text):
            if leak.kind is LeakKind.DETECTOR:
                # OCR turns table cells, prices and noise into digit runs the phone and card detectors
                # take for numbers: in a picture they are suggested boxes (media ocr), not refusals.
                # A transcript's text is exact, but it is a document as received (signatures, links,
                # numbers of people who are not protected): the same rule, so that not every e-mail
                # with a phone number in it is refused; a protected person's own always is.
                continue
            where = "on the pages" if m.ref in transcripts else "in the picture"
            findings.append(
                GateFinding(
                    f"media/{m.file_name} text {where}",
                    f"{leak.describe()} (box it: media ocr, media suggestions --accept, media redact --suggested;"
                    " or export --allow-text-in MEDIA_ID)",
                )
            )
    if unread_documents:
        warnings.append(
            f"text on the pages of {len(unread_documents)} document(s) was not read: run media ocr on them "
            f"to have the gate check it ({', '.join(unread_documents)})"
        )
    if unread:
        warnings.append(
            f"text in {len(unread)} picture(s) was not read: Tesseract is not installed ({', '.join(unread)})"
        )
    return findings


def _data_of(m: MediaOut) -> bytes:
    return m.data


def read_unread(vault: Vault, case_id: str, allowed_items: Collection[str]) -> None:
    """Read and store the text of every photo of the case whose current working copy was never
    read (and whose text is not allowed), two at a time; called before the case is collected. A
    picture that cannot be read is left for the gate, which refuses it; without Tesseract nothing
    is read (the gate says so)."""
    pending: list[tuple[str, int, Callable[[], bytes]]] = []
    for item in ms.list_media(vault, case_id):
        version = item.working
        if item.kind is not MediaKind.PHOTO or version is None or item.not_exportable or item.id in allowed_items:
            continue
        if ocr_text(vault, item.id, version.version) is not None:
            continue
        pending.append((item.id, version.version, functools.partial(ms.read_working, vault, item)))
    if not pending:
        return
    redactor = redactor_for(vault)
    for (item_id, version_number, _), outcome in zip(pending, _read_all([load for *_, load in pending]), strict=True):
        if isinstance(outcome, ocr.OcrUnavailable):
            return
        if not isinstance(outcome, EvidenceError):
            store_text(vault, item_id, version_number, *outcome, redactor=redactor)


Reading = tuple[ocr.OcrResult, dict[int, tuple[int, int]]] | EvidenceError


def _read_one(load: Callable[[], bytes]) -> Reading:
    try:
        return read_photo(functools.partial(serialised, load))
    except EvidenceError as exc:  # OcrUnavailable included: the caller tells them apart
        return exc


def _read_all(loads: Sequence[Callable[[], bytes]]) -> list[Reading]:
    """OCR of each photo, two at a time on two cores: decrypting, decoding and scaling run without
    the interpreter lock, and Tesseract in its own process (one thread each, media/ocr.py). Each
    photo is read by its worker and dropped: at most one per core is in memory, and while its
    Tesseract runs only the copy Tesseract is given (``read_photo``)."""
    if not loads:
        return []
    workers = max(1, min(len(loads), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_read_one, loads))
