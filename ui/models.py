"""Item models over vault records, filled lazily in batches.

``RecordTableModel`` asks a ``RowSource`` for rows ``batch`` at a time through Qt's
``canFetchMore``/``fetchMore``, so a view only turns into rows what it scrolls to. Sources call
the vault's services (no SQL here). ``PagedSource`` calls a paged core listing (``list_testimonies``
and friends with ``offset``/``limit``) once per batch, so a case with 100,000 testimonies costs
one page of decrypted records until the researcher scrolls; the model never asks for a total.
``ListSource`` remains for lists that are small by nature (a testimony's revisions): it calls a
whole-list service once, on the first fetch.

Rows are fetched in order by offset; a record added or deleted after the first batch shifts later
batches, so whoever changes records starts the model over (``set_source`` with a new source).
``Pages`` holds that rule once: the record tables here and the media grid (ui/media/model.py) both
page through it.

Models hold decrypted record content: ``clear()`` drops it, and the main window calls it (and
then destroys the models) when the vault locks.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from evidence_app.model import (
    Case,
    CustodyEntry,
    Note,
    Person,
    RecordKind,
    SearchHit,
    Site,
    Testimony,
    TestimonyRevision,
)

from .i18n import module_tr

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
DEFAULT_BATCH = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class RowSource(Protocol[T_co]):
    def fetch(self, offset: int, limit: int) -> Sequence[T_co]: ...


class PagedSource(Generic[T]):
    """Adapts a paged core listing: ``page(offset, limit)`` runs for every batch the view asks for,
    e.g. ``PagedSource(lambda o, n: list_notes(vault, case_id, offset=o, limit=n))``."""

    def __init__(self, page: Callable[[int, int], Sequence[T]]) -> None:
        self._page = page

    def fetch(self, offset: int, limit: int) -> Sequence[T]:
        return self._page(offset, limit)


class ListSource(Generic[T]):
    """Adapts a service that returns a whole list (called once, on the first fetch). Only for lists
    that stay small; anything that grows with a case goes through ``PagedSource``."""

    def __init__(self, loader: Callable[[], Iterable[T]]) -> None:
        self._loader: Callable[[], Iterable[T]] | None = loader
        self._rows: list[T] = []

    def fetch(self, offset: int, limit: int) -> Sequence[T]:
        if self._loader is not None:
            loader, self._loader = self._loader, None
            self._rows = list(loader())
        return self._rows[offset : offset + limit]


class Pages(Generic[T]):
    """The rows a lazily filled list or table has read so far, and where the next batch comes from.

    Rows are read in order by offset; a batch shorter than asked for means the end (the source is
    never asked for a total). The model owning a ``Pages`` shows ``rows`` and nothing else."""

    def __init__(self) -> None:
        self.rows: list[T] = []
        self.source: RowSource[T] | None = None
        self.exhausted = True

    def start(self, source: RowSource[T] | None, rows: Iterable[T] = (), exhausted: bool = False) -> None:
        """Start over with ``rows`` already read (call between a model's begin/endResetModel);
        ``source`` reads the batches after them unless ``exhausted``."""
        self.rows = list(rows)
        self.source = source
        self.exhausted = exhausted or source is None

    def can_fetch(self) -> bool:
        return self.source is not None and not self.exhausted

    def fetch_into(self, model: QAbstractItemModel, batch: int) -> None:
        """Read the next ``batch`` rows and insert them into ``model`` as its last rows."""
        if self.source is None or self.exhausted:
            return
        rows = list(self.source.fetch(len(self.rows), batch))
        if len(rows) < batch:
            self.exhausted = True
        if not rows:
            return
        first = len(self.rows)
        model.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        model.endInsertRows()


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    """Read-only rows of records; ``key(row)`` is the record id (for selecting a search hit)."""

    def __init__(
        self,
        columns: Sequence[Column[T]],
        key: Callable[[T], str],
        batch: int = DEFAULT_BATCH,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._batch = max(1, batch)
        self._pages: Pages[T] = Pages()

    # --- loading -------------------------------------------------------------------------------

    def set_source(self, source: RowSource[T] | None) -> None:
        """Start over with ``source`` (``None``: empty). The first batch is fetched at once."""
        self.beginResetModel()
        self._pages.start(source)
        self.endResetModel()
        if source is not None:
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.set_source(None)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._pages.can_fetch()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._pages.fetch_into(self, self._batch)

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # --- access --------------------------------------------------------------------------------

    def record(self, row: int) -> T | None:
        rows = self._pages.rows
        return rows[row] if 0 <= row < len(rows) else None

    def row_of(self, record_id: str) -> int:
        """The row of ``record_id``, fetching further batches until it is found; -1 if absent."""
        while True:
            for row, record in enumerate(self._pages.rows):
                if self._key(record) == record_id:
                    return row
            if not self.canFetchMore():
                return -1
            self.fetchMore()

    # --- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pages.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._pages.rows)):
            return None
        record = self._pages.rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(record)
        if role == ID_ROLE:
            return self._key(record)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


# --- column sets ---------------------------------------------------------------------------------


def _tr(text: str) -> str:
    return module_tr("Models", text)


def _yes(value: bool) -> str:
    # "No" spelled out: a blank cell reads as "not filled in", and whether a person is protected
    # must never be guessed.
    return _tr("Yes") if value else _tr("No")


def _first_line(text: str, width: int = 120) -> str:
    line = " ".join(text.strip().splitlines()[0].split()) if text.strip() else ""
    return line if len(line) <= width else line[: width - 1] + "…"


def _day(stamp_time: str) -> str:
    return stamp_time[:10]


def person_label(person: Person | None) -> str:
    """How a person appears in lists: protected persons by pseudonym (shoulder-surfing, screen
    sharing), with the full name only in the person's own row."""
    if person is None:
        return _tr("(unknown person)")
    if person.protected:
        return person.pseudonym
    return person.full_name


def _case_tooltip(case: Case) -> str:
    """The whole title (the narrow case list cuts a long one), then the description's first line.
    Rich text, escaped, so that a long title wraps instead of running off the screen."""
    lines = [html.escape(case.title)]
    if case.description.strip():
        lines.append(html.escape(_first_line(case.description)))
    return "<p>" + "<br>".join(lines) + "</p>"


def case_model(parent: QObject | None = None) -> RecordTableModel[Case]:
    return RecordTableModel(
        [Column(_tr("Case"), lambda c: c.title, _case_tooltip)],
        key=lambda c: c.id,
        parent=parent,
    )


def testimony_model(
    persons: Callable[[str], Person | None], parent: QObject | None = None
) -> RecordTableModel[Testimony]:
    columns: list[Column[Testimony]] = [
        Column(_tr("Person"), lambda t: person_label(persons(t.person_id))),
        Column(_tr("Date"), lambda t: t.interview_date.isoformat() if t.interview_date else ""),
        Column(_tr("Place"), lambda t: t.place),
        Column(_tr("Language"), lambda t: t.language),
        Column(_tr("Revision"), lambda t: str(t.revision)),
        Column(_tr("Redactions"), lambda t: str(len(t.redacted_spans)) if t.redacted_spans else ""),
        Column(_tr("Beginning"), lambda t: _first_line(t.transcript, 80)),
    ]
    return RecordTableModel(columns, key=lambda t: t.id, parent=parent)


def person_model(parent: QObject | None = None) -> RecordTableModel[Person]:
    columns: list[Column[Person]] = [
        Column(_tr("Name"), lambda p: p.full_name),
        # A public person (an official named in the dossier) is never shown under a pseudonym, so
        # "Official A" next to their real name would only suggest a protection they do not have.
        Column(_tr("Pseudonym"), lambda p: p.pseudonym if p.protected else _tr("not used (public)")),
        Column(_tr("Protected"), lambda p: _yes(p.protected)),
        Column(_tr("Role"), lambda p: p.role.value),
        Column(_tr("Risk"), lambda p: p.risk.value),
        Column(_tr("Consent"), lambda p: p.consent.status.value),
        Column(_tr("Languages"), lambda p: ", ".join(p.languages)),
    ]
    return RecordTableModel(columns, key=lambda p: p.id, parent=parent)


def note_model(persons: Callable[[str], Person | None], parent: QObject | None = None) -> RecordTableModel[Note]:
    columns: list[Column[Note]] = [
        Column(_tr("Note"), lambda n: _first_line(n.text), lambda n: n.text[:500]),
        Column(_tr("Private"), lambda n: _yes(n.private)),
        Column(_tr("Person"), lambda n: person_label(persons(n.person_id)) if n.person_id else ""),
        Column(_tr("Modified"), lambda n: _day(n.stamp.modified)),
    ]
    return RecordTableModel(columns, key=lambda n: n.id, parent=parent)


def site_model(parent: QObject | None = None) -> RecordTableModel[Site]:
    columns: list[Column[Site]] = [
        Column(_tr("Name"), lambda s: s.name),
        Column(_tr("Town"), lambda s: s.town),
        Column(_tr("Province"), lambda s: s.province),
        Column(_tr("Sensitive"), lambda s: _yes(s.sensitive)),
        Column(
            _tr("Coordinates"), lambda s: f"{s.lat:.5f}, {s.lon:.5f}" if s.lat is not None and s.lon is not None else ""
        ),
    ]
    return RecordTableModel(columns, key=lambda s: s.id, parent=parent)


def custody_model(parent: QObject | None = None) -> RecordTableModel[CustodyEntry]:
    columns: list[Column[CustodyEntry]] = [
        Column(_tr("#"), lambda e: str(e.seq)),
        Column(_tr("Time (UTC)"), lambda e: e.at[:19].replace("T", " ")),
        Column(_tr("By"), lambda e: e.actor),
        Column(_tr("Action"), lambda e: e.action),
        Column(_tr("Record"), lambda e: e.object_kind),
        Column(_tr("Record id"), lambda e: e.object_id[:8], lambda e: e.object_id),
    ]
    return RecordTableModel(columns, key=lambda e: str(e.seq), parent=parent)


def revision_model(parent: QObject | None = None) -> RecordTableModel[TestimonyRevision]:
    columns: list[Column[TestimonyRevision]] = [
        Column(_tr("Revision"), lambda r: str(r.revision)),
        Column(_tr("Saved (UTC)"), lambda r: r.saved[:19].replace("T", " ")),
        Column(_tr("By"), lambda r: r.author),
        Column(_tr("Redactions"), lambda r: str(len(r.snapshot.get("redacted_spans", [])))),
    ]
    return RecordTableModel(columns, key=lambda r: str(r.revision), parent=parent)


# --- search results ------------------------------------------------------------------------------


def kind_label(kind: RecordKind) -> str:
    return {
        RecordKind.CASE: _tr("Case"),
        RecordKind.PERSON: _tr("Person"),
        RecordKind.TESTIMONY: _tr("Testimony"),
        RecordKind.NOTE: _tr("Note"),
        RecordKind.SITE: _tr("Site"),
        RecordKind.MEDIA: _tr("Media"),
    }[kind]


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{kind_label(hit.kind)}: {hit.title}\n{hit.snippet}"
        if role == ID_ROLE:
            return hit.item_id
        return None
