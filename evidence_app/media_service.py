"""Media intake and working copies: the vault side of the format sanitizers.

Intake of one file: read it (bounded), detect its type from the bytes, inspect and sanitize it in
memory, then seal the original (unchanged, with its SHA-256) and the working copy as blobs, and
commit both rows, the inspection and a custody entry in one transaction. A file that cannot be
inspected or sanitized is refused before anything is stored; nothing is ever half-imported.

A recording (audio or video) is streamed instead (#18): it is never read into memory, and its size
is bounded by the free disk, not by memory. The parser process reads it where it lies; the original
is encrypted from the file in chunks, and the clean copy is encrypted as it arrives from the parser,
so the vault process holds a few MiB whatever the length (``store_streamed``). Both blobs are
durable before the rows commit, as for every other file.

Why this is still one file (about 800 lines): the in-memory and the streamed intake share the
commit of an item's rows (``_commit_item``), the parser pool and the import pipeline, and callers
reach every media operation as ``media_service.X``. The split: a ``media_service/`` package with
``intake.py`` (prepare, plan, store, store_streamed, import_files, attachments), ``items.py``
(get, list, edit, delete, export) and ``versions.py`` (working versions, redaction, transfer
re-sanitizing), re-exported from its ``__init__`` so no caller changes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import io
import json
import os
import shutil
import stat
import threading
import unicodedata
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from crypto.age import Identity
from crypto.errors import CryptoError
from crypto.secret import SecretStr

from . import db, streams, tables
from .blobstore import Flushed, StoredBlob
from .custody import Action
from .errors import EvidenceError, IntegrityError, InvalidInput, NotFound, UnsupportedMedia
from .media.base import (
    EXTENSIONS,
    Inspection,
    MediaType,
    SanitizeResult,
)
from .media.detect import detect_bytes, unsupported_reason
from .media.filesource import FileReader
from .media.isolation import ParserPool, sanitize_isolated
from .model import MediaItem, MediaKind, MediaVersion, now_utc
from .records.cases import get_case
from .records.common import page_params, parse_date
from .records.testimonies import get_testimony
from .vault import Vault

MAX_INTAKE_BYTES = 512 * 1024 * 1024
IMPORT_WORKERS = 2

_KIND_BY_PREFIX = {"image": MediaKind.PHOTO, "audio": MediaKind.AUDIO, "video": MediaKind.VIDEO}


def kind_of(media_type: MediaType) -> MediaKind:
    return _KIND_BY_PREFIX.get(media_type.value.split("/")[0], MediaKind.DOCUMENT)


def escape_name(name: str) -> str:
    """A file name safe to show: control, format (RLO, zero-width) and other invisible characters
    are shown as \\uXXXX escapes, so a name cannot hide its real extension or break a terminal."""
    out = []
    for ch in name:
        if unicodedata.category(ch) in {"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"}:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True)
class ImportResult:
    source: Path
    item: MediaItem | None
    inspection: Inspection | None
    error: str | None
    attachment_of: str | None = None  # the e-mail item this file was attached to (not a picked file)


def _check_source(st: os.stat_result) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise InvalidInput("not a regular file")
    if st.st_size == 0:
        raise UnsupportedMedia("the file is empty")


def _read_source(path: Path) -> bytes:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InvalidInput("no such file") from None
    _check_source(st)
    if st.st_size > MAX_INTAKE_BYTES:
        raise UnsupportedMedia(f"the file is larger than {MAX_INTAKE_BYTES // (1024 * 1024)} MB")
    with open(path, "rb") as fh:
        data = fh.read(MAX_INTAKE_BYTES + 1)
    if len(data) > MAX_INTAKE_BYTES:
        raise UnsupportedMedia("the file grew while it was being read")
    return data


@dataclass(frozen=True)
class PreparedImport:
    """A file read, typed, inspected and sanitized in memory; nothing stored yet.

    ``working`` and ``result`` are None when the sanitizer could not make a clean copy with
    certainty (``NotSanitizable``): the original is then sealed alone and the item is marked
    not exportable with ``not_exportable`` as the reason.
    """

    path: Path
    data: bytes
    media_type: MediaType
    inspection: Inspection
    working: bytes | None
    result: SanitizeResult | None
    not_exportable: str | None = None


def prepare_import(path: Path, parsers: ParserPool | None = None) -> PreparedImport:
    """The CPU-heavy, side-effect-free half of an import: safe to run on a worker thread."""
    return prepare_data(path, _read_source(path), parsers)


def prepare_data(path: Path, data: bytes, parsers: ParserPool | None = None) -> PreparedImport:
    """:func:`prepare_import` of bytes in memory (an e-mail's attachment; ``path`` names it), inspected
    and sanitized in a parser process (media/isolation.py), never in this one, which holds the vault
    key: ``parsers`` is the pool to use (a new process otherwise)."""
    from .media.registry import registered_types  # the formats load on first intake

    if not data:
        raise UnsupportedMedia("the file is empty")
    media_type = detect_bytes(data)
    if media_type is None:
        reason = unsupported_reason(data)
        raise UnsupportedMedia(reason or "the file type is not recognised (detected from its content, not its name)")
    if media_type not in registered_types():
        raise UnsupportedMedia(f"{media_type.value} files cannot be imported yet")
    done = sanitize_isolated(data, media_type, parsers)
    return PreparedImport(path, data, media_type, done.inspection, done.working, done.result, done.not_exportable)


STREAMED_KINDS = frozenset({MediaKind.AUDIO, MediaKind.VIDEO})
DETECT_HEAD_BYTES = 64 * 1024
"""How much of a file is read to detect its type before deciding to stream it (plus a leading
ID3v2 tag: what follows it tells MP3 from FLAC or AAC)."""
MAX_ID3_HEAD_BYTES = 16 * 1024 * 1024  # media/audio.py's MAX_TAG_BYTES: a larger tag is refused anyway
DISK_MARGIN_BYTES = 64 * 1024 * 1024  # the database's growth, its journal, other writers


@dataclass(frozen=True)
class StreamedImport:
    """A recording to be sealed and parsed where it lies (``store_streamed``); nothing read yet
    beyond the head that told its type."""

    path: Path
    media_type: MediaType


def plan_import(path: Path, parsers: ParserPool | None = None) -> PreparedImport | StreamedImport:
    """:func:`prepare_import`, except that a recording (audio, video) is not read into memory:
    it is returned as a :class:`StreamedImport` for :func:`store_streamed`. Safe on a worker thread."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InvalidInput("no such file") from None
    _check_source(st)
    with open(path, "rb") as fh:
        head = fh.read(DETECT_HEAD_BYTES)
        if head.startswith(b"ID3") and len(head) >= 10:
            tag = (head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F)
            head += fh.read(min(tag + 20, MAX_ID3_HEAD_BYTES))
    media_type = detect_bytes(head)
    if media_type is not None and kind_of(media_type) in STREAMED_KINDS:
        from .media.registry import registered_types

        if media_type in registered_types():
            return StreamedImport(path, media_type)
    if len(head) == st.st_size:
        return prepare_data(path, head, parsers)  # all of it was read: not again
    return prepare_import(path, parsers)


def _sealed_size(size: int) -> int:
    """An age file's size for ``size`` bytes of plaintext: a 16-byte tag per 64 KiB chunk and a
    header (one recipient) well under 1 KiB."""
    return size + 16 * (size // 65536 + 1) + 1024


def _check_disk(vault: Vault, size: int) -> None:
    """Refuse a recording whose sealed original and working copy would not fit on the vault's disk."""
    need = 2 * _sealed_size(size) + DISK_MARGIN_BYTES
    free = shutil.disk_usage(vault.root).free
    if free < need:
        mib = 1024 * 1024
        raise UnsupportedMedia(
            f"not enough free disk space in the vault's folder: sealing this {size / mib:,.0f} MB recording and"
            f" its working copy needs {need / mib:,.0f} MB, {free / mib:,.0f} MB are free; nothing was imported"
        )


def _unchanged(before: os.stat_result, after: os.stat_result) -> bool:
    # ctime changes with every write and every change of the times, and cannot be set back.
    fields = ("st_size", "st_mtime_ns", "st_ctime_ns", "st_ino", "st_dev")
    return all(getattr(before, f) == getattr(after, f) for f in fields)


def store_streamed(
    vault: Vault,
    case_id: str,
    planned: StreamedImport,
    parsers: ParserPool | None = None,
    caption: str = "",
    cancel: threading.Event | None = None,
) -> tuple[MediaItem, Inspection]:
    """Import a recording without reading it into memory (the module notes). The parser process is
    handed a read-only descriptor of the file and starts at once; meanwhile the original is
    encrypted from the same file, then the clean copy as the parser sends it, frame by frame. The
    file must not change meanwhile (its size and times are compared before and after): otherwise
    the sealed original might not be what was parsed, and nothing is imported. ``cancel`` stops it
    between two chunks (InterruptedError; nothing is stored, the parser is stopped)."""
    if parsers is None:
        with ParserPool(1) as own:
            return store_streamed(vault, case_id, planned, own, caption, cancel)
    try:
        fd = os.open(planned.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InvalidInput("no such file") from None
    except OSError as exc:
        raise InvalidInput(f"the file could not be opened ({exc.strerror or exc})") from None
    stored: list[StoredBlob] = []
    try:
        before = os.fstat(fd)
        _check_source(before)
        size = before.st_size
        _check_disk(vault, size)
        with parsers.stream(fd, size, planned.media_type) as answer:
            original = vault.blobs.put(FileReader(fd, size), cancel=cancel)  # type: ignore[arg-type]
            stored.append(original)
            clean: StoredBlob | None = vault.blobs.put(answer, cancel=cancel)  # type: ignore[arg-type]
            assert clean is not None
            stored.append(clean)
            done = answer.result()
        if not _unchanged(before, os.fstat(fd)) or original.size != size:
            raise InvalidInput("the file changed while it was being imported; nothing was imported")
        if done.result is None:
            vault.blobs.discard(clean.id)  # what the parser sent before it gave up
            stored.remove(clean)
            clean = None
        item = _commit_item(
            vault,
            case_id,
            planned.path.name,
            planned.media_type,
            done.inspection,
            original,
            clean,
            done.result,
            done.not_exportable,
            caption,
            None,
        )
    except BaseException as exc:
        for blob in stored:
            vault.blobs.discard(blob.id)
        if isinstance(exc, OSError) and not isinstance(exc, InterruptedError):  # a full disk: one line
            raise InvalidInput(
                f"the recording could not be sealed ({exc.strerror or exc}); nothing was imported"
            ) from None
        raise
    finally:
        os.close(fd)
    return item, done.inspection


def import_file(
    vault: Vault,
    case_id: str,
    path: Path,
    caption: str = "",
    cancel: threading.Event | None = None,
) -> tuple[MediaItem, Inspection]:
    get_case(vault, case_id)
    with ParserPool(1) as parsers:
        planned = plan_import(path, parsers)
        if cancel is not None and cancel.is_set():
            raise InterruptedError("cancelled")
        if isinstance(planned, StreamedImport):
            return store_streamed(vault, case_id, planned, parsers, caption, cancel)
        return store_import(vault, case_id, planned, caption), planned.inspection


def store_import(
    vault: Vault, case_id: str, prepared: PreparedImport, caption: str = "", attachment_of: str | None = None
) -> MediaItem:
    """Seal the original and the working copy as blobs, then commit rows, inspection, extracted
    text, search index and custody entry in one transaction. On any failure the blobs written so
    far are discarded. A prepared import without a working copy is stored as not exportable."""
    path, data, media_type, inspection, result = (
        prepared.path,
        prepared.data,
        prepared.media_type,
        prepared.inspection,
        prepared.result,
    )
    stored: list[StoredBlob] = []
    try:
        original = vault.blobs.put(io.BytesIO(data))
        stored.append(original)
        clean: StoredBlob | None = None
        if prepared.working is not None and result is not None:
            clean = vault.blobs.put(io.BytesIO(prepared.working))
            stored.append(clean)
        item = _commit_item(
            vault,
            case_id,
            path.name,
            media_type,
            inspection,
            original,
            clean,
            result,
            prepared.not_exportable,
            caption,
            attachment_of,
        )
    except BaseException:
        for blob in stored:
            vault.blobs.discard(blob.id)
        raise
    return item


def _commit_item(
    vault: Vault,
    case_id: str,
    name: str,
    media_type: MediaType,
    inspection: Inspection,
    original: StoredBlob,
    clean: StoredBlob | None,
    result: SanitizeResult | None,
    not_exportable: str | None,
    caption: str,
    attachment_of: str | None,
) -> MediaItem:
    """The rows of a new item whose blobs are already durable, in one transaction; the item."""
    stored = [original] if clean is None else [original, clean]
    item_id = str(uuid.uuid4())
    now = now_utc()
    with db.transaction(vault.conn):
        for blob in stored:
            _insert_blob(vault, blob, now)
        row = {
            "id": item_id,
            "case_id": case_id,
            "kind": kind_of(media_type).value,
            "media_type": media_type.value,
            "original_blob": original.id,
            "original_name": name,
            "caption": caption,
            "capture_date": inspection.facts.get("capture_date"),
            "place": "",
            "inspection": json.dumps(inspection.to_json(), ensure_ascii=False),
            "not_exportable": not_exportable,
            "tags": "[]",
            "author": vault.author,
            "created": now,
            "modified": now,
        }
        vault.conn.execute(*tables.MEDIA.insert(row))
        if clean is not None and result is not None:
            _insert_version(vault, item_id, 1, clean, result.output_type, result.transformations, now)
        if inspection.text:
            vault.conn.execute("INSERT INTO media_text(media_id, text) VALUES (?, ?)", (item_id, inspection.text))
        item = get_media(vault, item_id)
        vault.search_index.put(item, inspection.text)
        detail: dict[str, Any] = {
            "case": case_id,
            "media_type": media_type.value,
            "original_sha256": original.sha256,
            "working_sha256": clean.sha256 if clean is not None else None,
            "size": original.size,
        }
        if not_exportable:
            detail["not_exportable"] = not_exportable
        if attachment_of is not None:
            detail["attachment_of"] = attachment_of  # the custody log ties it to its e-mail
        vault.log(Action.IMPORT, "media", item_id, detail)
    return item


def _insert_blob(vault: Vault, blob: StoredBlob, now: str) -> None:
    vault.conn.execute(
        "INSERT INTO blobs(id, identity, sha256, size, created) VALUES (?, ?, ?, ?, ?)",
        (blob.id, blob.identity.secret.reveal(), blob.sha256, blob.size, now),
    )


def _insert_version(
    vault: Vault,
    item_id: str,
    version: int,
    blob: StoredBlob,
    output_type: MediaType,
    transformations: Sequence[str],
    now: str,
) -> None:
    vault.conn.execute(
        "INSERT INTO media_versions(media_id, version, blob, transformations, author, created)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            item_id,
            version,
            blob.id,
            json.dumps({"media_type": output_type.value, "steps": list(transformations)}, ensure_ascii=False),
            vault.author,
            now,
        ),
    )


BATCH_ITEMS = 20  # files whose blobs are fsynced together and whose rows commit in one transaction
BATCH_BYTES = 256 * 1024 * 1024  # sealed bytes written but not yet fsynced, at most
WINDOW_EXTRA = 5  # files read ahead beyond one per worker (``import_files``)


def _plan_hashed(path: Path, parsers: ParserPool) -> tuple[PreparedImport | StreamedImport, str, str | None]:
    """:func:`plan_import` on a worker thread, with the SHA-256 of the original and of the working
    copy taken there too (hashlib lets go of the interpreter lock), not on the storing thread."""
    planned = plan_import(path, parsers)
    if isinstance(planned, StreamedImport):
        return planned, "", None
    working = hashlib.sha256(planned.working).hexdigest() if planned.working is not None else None
    return planned, hashlib.sha256(planned.data).hexdigest(), working


@dataclass
class _Staged:
    """A file of the current batch: its blobs written (not yet durable), or its error."""

    path: Path
    prepared: PreparedImport | None
    original: StoredBlob | None = None
    clean: StoredBlob | None = None
    error: str | None = None

    def blobs(self) -> list[StoredBlob]:
        return [b for b in (self.original, self.clean) if b is not None]


def _commit_staged(vault: Vault, case_id: str, entry: _Staged) -> MediaItem:
    prepared, original = entry.prepared, entry.original
    assert prepared is not None and original is not None
    return _commit_item(
        vault,
        case_id,
        prepared.path.name,
        prepared.media_type,
        prepared.inspection,
        original,
        entry.clean,
        prepared.result if entry.clean is not None else None,
        prepared.not_exportable,
        "",
        None,
    )


def _commit_batch(vault: Vault, case_id: str, flushed: Flushed, staged: list[_Staged]) -> list[ImportResult]:
    """Wait until the batch's blobs are durable, then commit all its items in one transaction: a
    row never commits before its blobs are durable. Should that commit fail, each item is
    committed alone, so one bad item fails only itself."""
    flushed.result()
    items: dict[int, MediaItem] = {}
    stored = [e for e in staged if e.prepared is not None]
    try:
        with db.transaction(vault.conn):
            for entry in stored:
                items[id(entry)] = _commit_staged(vault, case_id, entry)
    except EvidenceError:
        items = {}
        for entry in stored:
            try:
                with db.transaction(vault.conn):
                    items[id(entry)] = _commit_staged(vault, case_id, entry)
            except EvidenceError as exc:
                entry.error = str(exc)
                for blob in entry.blobs():
                    vault.blobs.discard(blob.id)
    except BaseException:
        for entry in stored:
            for blob in entry.blobs():
                vault.blobs.discard(blob.id)
        raise
    results = []
    for entry in staged:
        if id(entry) in items and entry.prepared is not None:
            results.append(ImportResult(entry.path, items[id(entry)], entry.prepared.inspection, None))
        else:
            results.append(ImportResult(entry.path, None, None, entry.error))
    return results


def import_files(
    vault: Vault,
    case_id: str,
    paths: Iterable[Path],
    progress: Callable[[int, int, Path], None] | None = None,
    cancel: threading.Event | None = None,
    workers: int = IMPORT_WORKERS,
) -> list[ImportResult]:
    """Import many files; a bad one is reported and the others still go in.

    Pipelined: worker threads hand the next files to parser processes (media/isolation.py) and
    hash them, while this thread stores them in the original order, sealed and written by the
    batch's writer thread (blobstore.BlobBatch). Files are stored in batches (#18): the blobs of
    up to ``BATCH_ITEMS`` files are written and fsynced one by one as they come, then the writer
    renames them into place and fsyncs their folder while this thread goes on with the next
    batch's files; once that is over, the batch's rows commit in one transaction, so progress is
    reported a batch at a time. A recording (streamed) or an e-mail with attachments is stored on
    its own, after the batches before it. At most ``workers + WINDOW_EXTRA`` files are held in
    memory at once (the ones beyond what the parsers and this thread need keep the parsers fed
    while a batch's rows are committed: about 60 ms of this thread's time, 100-150 ms when the
    machine is busy, during which two parsers get through four or five photos), plus the writer's
    few queued copies; a file's bytes are let go once they are handed to the writer. A cancel
    keeps every batch already handed to the writer (it goes in whole) and drops the files of the
    batch being gathered.
    """
    get_case(vault, case_id)
    paths = list(paths)
    results: list[ImportResult] = []
    window = max(1, workers) + WINDOW_EXTRA
    batch = vault.blobs.batch()
    staged: list[_Staged] = []
    flushing: deque[tuple[Flushed, list[_Staged]]] = deque()  # handed to the writer, rows not committed

    done = 0

    def report(new: list[ImportResult]) -> None:
        nonlocal done
        for result in new:
            results.append(result)
            if result.attachment_of is None:  # a picked file, not one of an e-mail's attachments
                done += 1
                if progress is not None:
                    progress(done, len(paths), result.source)

    def commit_ready(wait: bool = False) -> None:
        """Commit the batches whose blobs are durable (all of them with ``wait``), in order."""
        while flushing and (wait or flushing[0][0].ready()):
            flushed, entries = flushing.popleft()
            report(_commit_batch(vault, case_id, flushed, entries))

    def hand_over() -> None:
        """The gathered batch to the writer; the one before it, if still waiting, committed first
        (at most one batch's rows wait for their blobs)."""
        if staged:
            commit_ready(wait=True)
            flushing.append((batch.flush(), list(staged)))
            staged.clear()

    def flush() -> None:
        hand_over()
        commit_ready(wait=True)

    with ParserPool(max(1, workers)) as parsers, ThreadPoolExecutor(max(1, workers), "evidence-import") as pool:
        pending: deque[tuple[Path, Future[tuple[PreparedImport | StreamedImport, str, str | None]]]] = deque()
        queue = iter(paths)
        cancelled = False
        try:
            while True:
                commit_ready()
                cancelled = cancel is not None and cancel.is_set()
                while len(pending) < window and not cancelled:
                    path = next(queue, None)
                    if path is None:
                        break
                    pending.append((path, pool.submit(_plan_hashed, path, parsers)))
                if not pending or cancelled:
                    break
                path, future = pending.popleft()
                try:
                    prepared, sha, working_sha = future.result()
                except EvidenceError as exc:
                    staged.append(_Staged(path, None, error=str(exc)))
                    continue
                if isinstance(prepared, StreamedImport) or (prepared.result and prepared.result.attachments):
                    flush()
                    try:
                        if isinstance(prepared, StreamedImport):
                            try:
                                item, inspection = store_streamed(vault, case_id, prepared, parsers, cancel=cancel)
                            except InterruptedError:
                                break  # cancelled inside a long recording: nothing of it was stored
                            report([ImportResult(path, item, inspection, None)])
                        else:
                            item = store_import(vault, case_id, prepared)
                            report([ImportResult(path, item, prepared.inspection, None)])
                            report(_import_attachments(vault, case_id, path, prepared, item, parsers))
                    except EvidenceError as exc:
                        report([ImportResult(path, None, None, str(exc))])
                    continue
                entry = _Staged(path, prepared)
                staged.append(entry)
                entry.original = batch.put_bytes(prepared.data, sha)
                if prepared.working is not None and prepared.result is not None:
                    entry.clean = batch.put_bytes(prepared.working, working_sha)
                # The writer holds the bytes until they are sealed; the rows need only the rest.
                entry.prepared = dataclasses.replace(prepared, data=b"", working=None)
                if len(staged) >= BATCH_ITEMS or batch.unsynced_bytes >= BATCH_BYTES:
                    hand_over()
            if cancelled:
                commit_ready(wait=True)  # the batches handed to the writer go in whole
                batch.discard_unsynced()  # then only the gathered batch's blobs are left to remove
                staged.clear()
            flush()
        except BaseException:
            batch.discard_unsynced()
            raise
        finally:
            batch.close()
            for _, future in pending:
                future.cancel()
    return results


MAX_ATTACHMENT_DEPTH = 3  # an e-mail attached to an e-mail attached to an e-mail


def _import_attachments(
    vault: Vault, case_id: str, path: Path, prepared: PreparedImport, email: MediaItem, pool: ParserPool, depth: int = 1
) -> list[ImportResult]:
    """Each attachment of an imported e-mail becomes an item of its own, through its own
    sanitizer (a photo gets a photo's clean copy); one that is refused is reported, the e-mail
    and the other attachments stay. The custody entry of each names the e-mail."""
    results: list[ImportResult] = []
    attachments = prepared.result.attachments if prepared.result is not None else ()
    for number, (name, data) in enumerate(attachments, 1):
        safe = name.replace("/", "_").replace("\\", "_").strip() or f"attachment-{number}"
        source = path.with_name(f"{path.name} attachment {number} {safe}")
        try:
            if depth > MAX_ATTACHMENT_DEPTH:
                raise UnsupportedMedia(f"attachments nested more than {MAX_ATTACHMENT_DEPTH} deep are not imported")
            inner = prepare_data(Path(safe), data, pool)
            item = store_import(vault, case_id, inner, attachment_of=email.id)
        except EvidenceError as exc:
            results.append(ImportResult(source, None, None, str(exc), attachment_of=email.id))
            continue
        results.append(ImportResult(source, item, inner.inspection, None, attachment_of=email.id))
        results.extend(_import_attachments(vault, case_id, source, inner, item, pool, depth + 1))
    return results


def get_media(vault: Vault, item_id: str) -> MediaItem:
    row = vault.conn.execute(
        f"SELECT {tables.MEDIA.select('m')}, b.sha256, b.size"  # noqa: S608 (the fixed description)
        " FROM media m JOIN blobs b ON b.id = m.original_blob WHERE m.id = ?",
        (item_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"no media item with id {item_id!r}")
    versions = tuple(
        MediaVersion(int(r[0]), r[1], r[2], int(r[3]), tuple(json.loads(r[4])["steps"]), r[5], r[6])
        for r in vault.conn.execute(
            "SELECT v.version, v.blob, b.sha256, b.size, v.transformations, v.author, v.created"
            " FROM media_versions v JOIN blobs b ON b.id = v.blob WHERE v.media_id = ? ORDER BY v.version",
            (item_id,),
        )
    )
    n = len(tables.MEDIA.columns)
    return tables.media_from_row(tables.MEDIA.row(row), row[n], row[n + 1], versions)


def media_text(vault: Vault, item_id: str) -> str:
    """What search finds beyond the fields: document text (intake), OCR text (picture_text.py) and
    the transcript of a recording (transcripts.py)."""
    row = vault.conn.execute(
        "SELECT (SELECT text FROM media_text WHERE media_id = ?1),"
        " (SELECT text FROM media_ocr WHERE media_id = ?1 ORDER BY version DESC LIMIT 1),"
        " (SELECT text FROM media_transcripts WHERE media_id = ?1 ORDER BY version DESC LIMIT 1)",
        (item_id,),
    ).fetchone()
    return "\n".join(str(t) for t in row if t)


def working_type(vault: Vault, item: MediaItem) -> MediaType:
    version = item.working
    if version is None:
        raise InvalidInput("this item has no working copy")
    row = vault.conn.execute(
        "SELECT transformations FROM media_versions WHERE media_id = ? AND version = ?",
        (item.id, version.version),
    ).fetchone()
    return MediaType(json.loads(row[0])["media_type"])


def list_media(
    vault: Vault, case_id: str | None = None, *, offset: int = 0, limit: int | None = None
) -> list[MediaItem]:
    """Media items oldest first (created, then id), of the vault or of ``case_id``; ``offset``/
    ``limit`` select a page (default: all of them). The page's ids come from the index in one query;
    each item is then read with its versions (``get_media``), so the cost follows the page size."""
    params = page_params(offset, limit)
    if case_id is None:
        sql = "SELECT id FROM media ORDER BY created, id LIMIT :limit OFFSET :offset"
    else:
        sql = "SELECT id FROM media WHERE case_id = :case ORDER BY created, id LIMIT :limit OFFSET :offset"
        params["case"] = case_id
    return [get_media(vault, r[0]) for r in vault.conn.execute(sql, params).fetchall()]


def _identity(vault: Vault, blob_id: str) -> Identity:
    row = vault.conn.execute("SELECT identity FROM blobs WHERE id = ?", (blob_id,)).fetchone()
    if row is None:
        raise NotFound(f"blob {blob_id} is not in the vault")
    return Identity(SecretStr(row[0]))


def read_original(vault: Vault, item: MediaItem) -> bytes:
    return vault.blobs.read_bytes(item.original_blob, _identity(vault, item.original_blob), item.original_sha256)


def read_working(vault: Vault, item: MediaItem) -> bytes:
    version = item.working
    if version is None:
        raise InvalidInput("this item has no working copy")
    return vault.blobs.read_bytes(version.blob_id, _identity(vault, version.blob_id), version.sha256)


def working_stream(vault: Vault, item: MediaItem) -> Callable[[], Iterator[bytes]]:
    """A way to read the working copy again in pieces of at most 1 MiB, never whole (the export's
    zip entry of a recording, #18). The blob's identity is looked up now, on the caller's thread;
    the reading itself touches no database, so it may run on another thread. The pieces are the
    decrypted bytes as they come: the caller checks their SHA-256 against ``item``'s (age has
    authenticated each chunk; a stream cut short raises after its last piece)."""
    version = item.working
    if version is None:
        raise InvalidInput("this item has no working copy")
    identity = _identity(vault, version.blob_id)
    path = vault.blobs.path_of(version.blob_id)

    def pieces() -> Iterator[bytes]:
        try:
            with open(path, "rb") as fh, streams.decrypting(fh, [identity]) as plain:
                while piece := plain.read(streams.CHUNK):
                    yield piece
        except FileNotFoundError:
            raise IntegrityError(f"blob {version.blob_id} is missing") from None
        except CryptoError as exc:
            raise IntegrityError(f"blob {version.blob_id} is damaged: {exc}") from None

    return pieces


def working_file(vault: Vault, item: MediaItem) -> BinaryIO:
    """The working copy decrypted piece by piece into a sealed scratch file in the vault's folder
    (evidence_app/scratch.py: encrypted, nameless), checked against its SHA-256 before it is
    given: a long recording to be muted or disguised by ranges, never whole in memory and never
    in clear on disk (#18). The caller closes it (which destroys it)."""
    version = item.working
    if version is None:
        raise InvalidInput("this item has no working copy")
    from .scratch import scratch_room

    out = scratch_room(vault.root)
    try:
        digest = hashlib.sha256()
        for piece in working_stream(vault, item)():
            digest.update(piece)
            out.write(piece)
        if not hmac.compare_digest(digest.hexdigest(), version.sha256):
            raise IntegrityError(f"blob {version.blob_id} does not match its recorded SHA-256")
    except BaseException:
        out.close()
        raise
    out.seek(0)
    return out


@dataclass(frozen=True)
class BlobKey:
    """Where a blob file is and the age identity that decrypts it, for recovery by hand."""

    role: str  # "original" or "working vN"
    path: Path
    identity: SecretStr
    sha256: str


def blob_keys(vault: Vault, item_id: str) -> list[BlobKey]:
    item = get_media(vault, item_id)
    pairs = [("original", item.original_blob, item.original_sha256)]
    pairs += [(f"working v{v.version}", v.blob_id, v.sha256) for v in item.versions]
    keys = [BlobKey(role, vault.blobs.path_of(blob), _identity(vault, blob).secret, sha) for role, blob, sha in pairs]
    vault.log(Action.EXPORT, "media", item.id, {"what": "blob identities"})
    return keys


def _export(vault: Vault, target: Path, data: bytes) -> None:
    target = vault.check_output_target(target)
    with vault.output_writer(target) as fh:
        fh.write(data)


def export_original(vault: Vault, item_id: str, target: Path) -> MediaItem:
    """Write the decrypted original where the researcher asked. Logged."""
    item = get_media(vault, item_id)
    _export(vault, target, read_original(vault, item))
    vault.log(Action.EXPORT, "media", item.id, {"what": "original", "sha256": item.original_sha256})
    return item


def export_working(vault: Vault, item_id: str, target: Path) -> MediaItem:
    item = get_media(vault, item_id)
    if item.not_exportable:
        raise InvalidInput(f"this item is not exportable: {item.not_exportable}")
    version = item.working
    if version is None:
        raise InvalidInput("this item has no working copy")
    _export(vault, target, read_working(vault, item))
    vault.log(
        Action.EXPORT,
        "media",
        item.id,
        {"what": "working", "version": version.version, "sha256": version.sha256},
    )
    return item


def add_working_version(
    vault: Vault,
    item: MediaItem,
    data: bytes | BinaryIO,
    output_type: MediaType,
    steps: Sequence[str],
    action: Action,
    detail: dict[str, Any],
) -> MediaItem:
    """Store ``data`` (bytes, or a file read from where it is) as the next working copy of
    ``item``; earlier versions stay in the history."""
    blob = vault.blobs.put(io.BytesIO(data) if isinstance(data, bytes) else data)
    try:
        now = now_utc()
        with db.transaction(vault.conn):
            _insert_blob(vault, blob, now)
            version = (item.working.version if item.working else 0) + 1
            _insert_version(vault, item.id, version, blob, output_type, steps, now)
            vault.conn.execute("UPDATE media SET modified = ? WHERE id = ?", (now, item.id))
            vault.log(action, "media", item.id, {**detail, "version": version, "sha256": blob.sha256})
    except BaseException:
        vault.blobs.discard(blob.id)
        raise
    return get_media(vault, item.id)


def attach_to_testimony(vault: Vault, testimony_id: str, item_id: str) -> None:
    testimony = get_testimony(vault, testimony_id)
    item = get_media(vault, item_id)
    if item.case_id != testimony.case_id:
        raise InvalidInput("the media item belongs to another case than the testimony")
    with db.transaction(vault.conn):
        vault.conn.execute(
            "INSERT OR IGNORE INTO testimony_media(testimony_id, media_id) VALUES (?, ?)", (testimony_id, item_id)
        )
        vault.log(Action.EDIT, "testimony", testimony_id, {"attached_media": item_id})


def detach_from_testimony(vault: Vault, testimony_id: str, item_id: str) -> None:
    """Undo an attachment. The media item itself stays in the case, unchanged."""
    get_testimony(vault, testimony_id)
    with db.transaction(vault.conn):
        gone = vault.conn.execute(
            "DELETE FROM testimony_media WHERE testimony_id = ? AND media_id = ?", (testimony_id, item_id)
        ).rowcount
        if not gone:
            raise NotFound("that media item is not attached to this testimony")
        vault.log(Action.EDIT, "testimony", testimony_id, {"detached_media": item_id})


def edit_media(
    vault: Vault,
    item_id: str,
    caption: str | None = None,
    place: str | None = None,
    capture_date: str | None = None,
    tags: Iterable[str] | None = None,
) -> MediaItem:
    """Change the descriptive fields of an item. Its original and working copies never change here."""
    item = get_media(vault, item_id)
    if capture_date:
        parse_date(capture_date, "capture date")
    new_caption = item.caption if caption is None else caption
    new_place = item.place if place is None else place.strip()
    new_date = item.capture_date if capture_date is None else (capture_date or None)
    new_tags = list(item.tags) if tags is None else [t.strip() for t in tags if t.strip()]
    with db.transaction(vault.conn):
        vault.conn.execute(
            "UPDATE media SET caption = ?, place = ?, capture_date = ?, tags = ?, modified = ? WHERE id = ?",
            (new_caption, new_place, new_date, json.dumps(new_tags, ensure_ascii=False), now_utc(), item.id),
        )
        vault.search_index.put(get_media(vault, item.id), media_text(vault, item.id))
        vault.log(
            Action.EDIT,
            "media",
            item.id,
            {
                "fields": [
                    name
                    for name, value in (
                        ("caption", caption),
                        ("place", place),
                        ("capture_date", capture_date),
                        ("tags", tags),
                    )
                    if value is not None
                ]
            },
        )
    return get_media(vault, item.id)


def delete_media(vault: Vault, item_id: str) -> None:
    """Delete an item with every version. The identities go with the rows (secure_delete), so the
    blob files are unreadable from the moment of commit; the files are removed right after."""
    item = get_media(vault, item_id)
    blob_ids = [item.original_blob, *(v.blob_id for v in item.versions)]
    with db.transaction(vault.conn):
        vault.conn.execute("DELETE FROM media_text WHERE media_id = ?", (item.id,))
        vault.conn.execute("DELETE FROM media WHERE id = ?", (item.id,))
        for blob_id in blob_ids:
            vault.conn.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))
            # Marked deletable in the same commit: a crash before the files go leaves them to the
            # next unlock's sweep instead of the quarantine.
            vault.conn.execute("INSERT OR IGNORE INTO pending_blobs(id) VALUES (?)", (blob_id,))
        vault.search_index.drop(item.id)
        vault.log(Action.DELETE, "media", item.id, {"case": item.case_id})
    for blob_id in blob_ids:
        vault.blobs.discard(blob_id)


def extension_for(media_type: MediaType) -> str:
    return EXTENSIONS[media_type]


def describe_inspection(name: str, inspection: Inspection) -> list[str]:
    """Human-readable summary lines: what the file carries, risky items first."""
    size = f" {inspection.width}x{inspection.height}" if inspection.width and inspection.height else ""
    lines = [f"{escape_name(name)}: {inspection.media_type.value}{size}"]
    risky = inspection.risky
    if risky:
        lines.append(f"  {len(risky)} risky item(s), removed from the working copy:")
        lines.extend(f"  ! {f.category.value}: {f.key} = {f.value}" for f in risky)
    else:
        lines.append("  no identifying metadata found")
    others = [f for f in inspection.findings if not f.risky]
    lines.extend(f"    {f.category.value}: {f.key} = {f.value}" for f in others)
    return lines


def mute_recording(
    vault: Vault, item_id: str, spans: Sequence[str], tone: bool = False, reason: str = "manual"
) -> MediaItem:
    """Replace ``spans`` ("START-END" in seconds) of a recording's working copy with silence or a
    tone, as a new working version. The original and earlier versions are unchanged."""
    from .media.audio_redact import mute_file, mute_video_file, parse_span
    from .scratch import scratch_room

    parsed = [parse_span(s) for s in spans]
    item = get_media(vault, item_id)
    if item.kind not in (MediaKind.AUDIO, MediaKind.VIDEO):
        raise InvalidInput("--mute applies to recordings (audio, or the sound of a video)")
    muting = mute_file if item.kind is MediaKind.AUDIO else mute_video_file
    media_type = working_type(vault, item)
    # Read by ranges from a sealed scratch copy, written into another, sealed into the new blob
    # piece by piece: a long recording is never whole in memory (#18).
    with working_file(vault, item) as source:
        clean, out_type, steps = muting(source, media_type, parsed, lambda: scratch_room(vault.root), tone)
    detail = {"mute": [[s.start, s.end] for s in parsed], "style": "tone" if tone else "silence", "reason": reason}
    with clean:
        return add_working_version(vault, item, clean, out_type, steps, Action.REDACT, detail)


def redact_document(vault: Vault, item_id: str, boxes: Sequence[Any], reason: str = "manual") -> MediaItem:
    """Burn black boxes (``media.pdf.PageBox``: page from 1, pixels of the page image) into the
    flattened PDF working copy of a document, as a new working version."""
    from .media.pdf import redact_pages

    item = get_media(vault, item_id)
    if item.working is None or working_type(vault, item) is not MediaType.PDF:
        raise InvalidInput("page boxes apply to documents with a flattened PDF working copy")
    data, steps = redact_pages(read_working(vault, item), boxes)
    detail = {"boxes": [[b.page, b.x, b.y, b.w, b.h] for b in boxes], "style": "fill", "reason": reason}
    return add_working_version(vault, item, data, MediaType.PDF, steps, Action.REDACT, detail)


def redact_photo(
    vault: Vault, item_id: str, boxes: Sequence[Any], style: Any = None, reason: str = "manual"
) -> MediaItem:
    """Burn ``boxes`` (``media.redact.Box``, pixels of the upright working image) into a photo's
    working copy, as a new working version. ``style`` is a ``media.redact.RedactStyle`` (default
    fill). The original and earlier versions are unchanged."""
    from .media.redact import RedactStyle, redact_regions

    item = get_media(vault, item_id)
    if item.kind is not MediaKind.PHOTO:
        raise InvalidInput("box redaction applies to photos")
    chosen = RedactStyle.FILL if style is None else RedactStyle(style)
    data, out_type, steps = redact_regions(io.BytesIO(read_working(vault, item)), list(boxes), chosen)
    detail = {"boxes": [[b.x, b.y, b.w, b.h] for b in boxes], "style": chosen.value, "reason": reason}
    return add_working_version(vault, item, data, out_type, steps, Action.REDACT, detail)


NOT_RESANITIZED = "its working copy came from a transfer package and could not be re-sanitized here"


def seal_not_exportable(vault: Vault, item_id: str) -> str:
    """Keep a transfer package's media item sealed: it stays in the vault, nothing exports it."""
    with db.transaction(vault.conn):
        vault.conn.execute(
            "UPDATE media SET not_exportable = ?, modified = ? WHERE id = ?", (NOT_RESANITIZED, now_utc(), item_id)
        )
        vault.log(Action.IMPORT, "media", item_id, {"not_exportable": NOT_RESANITIZED})
    return f"media {item_id[:8]}: {NOT_RESANITIZED}; kept sealed, not exportable"


def resanitize_from_transfer(vault: Vault, item_id: str, parsers: ParserPool | None = None) -> str | None:
    """Put a transfer package's working copy through this vault's own intake sanitizer again.

    A package's working copy is someone else's claim that it is clean; it must never reach an
    export (or ``media export-working``) on that claim alone. Its type is detected from the bytes
    (not from the package's transformations), it is sanitized with the same registry the intake
    uses, and the result must inspect clean; it then becomes the current working copy. What
    cannot be re-sanitized stays sealed in the vault and is marked not exportable. Returns a
    notice for the import report, or None when the copy was already exactly what this vault makes.
    Both the sanitizing and the check of its result run in a parser process (``parsers``).
    """
    from .media.registry import registered_types

    item = get_media(vault, item_id)
    if item.working is None or item.not_exportable:
        return None
    data = read_working(vault, item)
    media_type = detect_bytes(data)
    result: SanitizeResult | None = None
    clean = b""
    if media_type is not None and media_type in registered_types():
        try:
            done = sanitize_isolated(data, media_type, parsers)
            result = done.result
            clean = done.working or b""
            if result is not None and sanitize_isolated(clean, result.output_type, parsers).inspection.risky:
                result = None
        except (EvidenceError, ValueError, OSError):
            result = None
    if result is None:
        return seal_not_exportable(vault, item.id)
    if clean == data:
        return None
    add_working_version(
        vault,
        item,
        clean,
        result.output_type,
        ["re-sanitized on import from a transfer package", *result.transformations],
        Action.IMPORT,
        {"resanitized": True},
    )
    return f"media {item.id[:8]}: the package's working copy was re-sanitized (a new working copy)"
