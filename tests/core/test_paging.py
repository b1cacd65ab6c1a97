"""Paged listings in the core: pages are disjoint, ordered and complete, read in index order with a
bounded number of queries, and bad bounds are refused."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from crypto import kdf
from crypto.secret import SecretStr
from evidence_app import db
from evidence_app import media_service as ms
from evidence_app.custody import Action
from evidence_app.errors import InvalidInput, NotFound
from evidence_app.model import RecordKind
from evidence_app.records import history as custody_history
from evidence_app.records.cases import add_case, get_case, list_cases
from evidence_app.records.deletion import delete_record
from evidence_app.records.history import list_custody
from evidence_app.records.notes import add_note, get_note, list_notes
from evidence_app.records.persons import add_person, edit_person, get_person, list_persons
from evidence_app.records.sites import add_site, get_site, list_sites
from evidence_app.records.testimonies import add_testimony, edit_testimony, get_testimony, list_testimonies
from evidence_app.vault import Vault

Page = Callable[..., Sequence[Any]]


@dataclass
class Fixture:
    case: str
    other: str
    persons: list[str]  # named by the case, in creation order
    outsider: str  # named only by the other case
    testimonies: list[str]
    media: list[str]


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Fixture]]:
    """One filled vault for the whole module (filling it is most of the time these tests take).
    Tests that change it leave every listing's content as they found it."""
    tmp_path = tmp_path_factory.mktemp("paging")
    with kdf.allow_weak_parameters_for_tests():
        vault, _ = Vault.create(tmp_path / "vault", SecretStr("correct horse battery staple"), author="Tester")
    with vault:
        yield vault, fill(vault, tmp_path)


@pytest.fixture
def vault(shared: tuple[Vault, Fixture]) -> Vault:
    return shared[0]


@pytest.fixture
def filled(shared: tuple[Vault, Fixture]) -> Fixture:
    return shared[1]


def fill(vault: Vault, tmp_path: Path) -> Fixture:
    case = add_case(vault, "Paged").id
    other = add_case(vault, "Other").id
    linked = add_person(vault, "Linked only", case_id=case).id
    speaker = add_person(vault, "Gives testimonies").id
    noted = add_person(vault, "Named in a note only").id
    outsider = add_person(vault, "Other case only").id
    testimonies = []
    with db.transaction(vault.conn):  # one commit: the rows are made through the API, fast
        for i in range(150):
            testimonies.append(add_testimony(vault, case, speaker, f"testimony {i}").id)
            if i % 10 == 0:
                add_testimony(vault, other, outsider, f"elsewhere {i}")
        for i in range(60):
            add_note(vault, case, f"note {i}", person_id=noted if i == 7 else None)
            add_site(vault, case, f"site {i}")
        add_note(vault, other, "other note", person_id=outsider)
    media = []
    for i in range(4):
        path = tmp_path / f"photo{i}.png"
        Image.new("RGB", (8, 8), (i * 40, 10, 10)).save(path, "PNG")
        media.append(ms.import_file(vault, case if i < 3 else other, path)[0].id)
    # Attachments travel with the testimony rows of a page (ids sorted, as get_testimony gives them).
    for item in media[:3]:
        ms.attach_to_testimony(vault, testimonies[5], item)
    ms.attach_to_testimony(vault, testimonies[140], media[1])
    edit_testimony(vault, testimonies[3], summary="edited")
    delete_record(vault, RecordKind.TESTIMONY, testimonies.pop())
    return Fixture(case, other, [linked, speaker, noted], outsider, testimonies, media)


def pages(page: Page, size: int, *args: Any) -> list[list[Any]]:
    out: list[list[Any]] = []
    while True:
        batch = list(page(*args, offset=len(out) * size, limit=size))
        assert len(batch) <= size
        if batch:
            out.append(batch)
        if len(batch) < size:
            return out


def listings(vault: Vault, f: Fixture) -> dict[str, tuple[Page, tuple[Any, ...]]]:
    return {
        "cases": (partial(list_cases, vault), ()),
        "persons of the case": (partial(list_persons, vault), (f.case,)),
        "all persons": (partial(list_persons, vault), ()),
        "testimonies": (partial(list_testimonies, vault), (f.case,)),
        "all testimonies": (partial(list_testimonies, vault), ()),
        "notes": (partial(list_notes, vault), (f.case,)),
        "sites": (partial(list_sites, vault), (f.case,)),
        "media": (lambda *a, **k: ms.list_media(vault, *a, **k), (f.case,)),
        "custody": (lambda **k: list_custody(vault, case_id=f.case, **k), ()),
    }


def key(record: Any) -> tuple[str, str]:
    if hasattr(record, "seq"):
        return (f"{record.seq:012d}", "")
    return (record.stamp.created, record.id)


@pytest.mark.parametrize("size", [1, 7, 100])
def test_pages_are_disjoint_ordered_and_complete(vault: Vault, filled: Fixture, size: int) -> None:
    for name, (page, args) in listings(vault, filled).items():
        if size == 1 and name in {"all testimonies", "custody"}:
            continue  # hundreds of one-row pages say nothing more than seven-row ones
        whole = list(page(*args))
        paged = pages(page, size, *args)
        flat = [r for batch in paged for r in batch]
        assert flat == whole, name
        keys = [key(r) for r in flat]
        assert keys == sorted(keys) and len(set(keys)) == len(keys), name
        assert all(len(b) == size for b in paged[:-1]), name


def test_listings_hold_what_the_case_holds(vault: Vault, filled: Fixture) -> None:
    f = filled
    assert [t.id for t in list_testimonies(vault, f.case)] == f.testimonies
    assert [p.id for p in list_persons(vault, f.case)] == f.persons  # linked, speaking, noted; no outsider
    assert [m.id for m in ms.list_media(vault, f.case)] == f.media[:3]
    assert len(list_testimonies(vault, f.case)) == len(f.testimonies) == 149
    assert len(list_persons(vault, f.case)) == 3
    assert len(list_persons(vault)) == 4
    assert len(list_notes(vault, f.case)) == len(list_sites(vault, f.case)) == 60
    assert len(ms.list_media(vault, f.case)) == 3
    assert len(list_cases(vault)) == 2
    # The one-query rows equal the single-record reads, attachments and edits included.
    for t in list_testimonies(vault, f.case, offset=0, limit=10) + list_testimonies(vault, f.case, offset=140):
        assert t == get_testimony(vault, t.id)
    assert get_testimony(vault, f.testimonies[5]).media_ids == tuple(sorted(f.media[:3]))
    for p in list_persons(vault):
        assert p == get_person(vault, p.id)
    for n in list_notes(vault, f.case, limit=3):
        assert n == get_note(vault, n.id)
    for s in list_sites(vault, f.case, offset=57):
        assert s == get_site(vault, s.id)
    assert list_cases(vault, limit=1) == [get_case(vault, f.case)]


@pytest.mark.parametrize("scan_from", [0, 10**9], ids=["scan", "lookup"])
def test_case_custody_is_what_the_window_used_to_filter(
    vault: Vault, filled: Fixture, scan_from: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The paged query keeps the old in-Python rule: entries of the case and of every testimony,
    note, site and person it holds, and entries naming the case in their detail. Both ways of
    finding them (scanning the log for a big case, index lookups for a small one) agree."""
    monkeypatch.setattr(custody_history, "CUSTODY_SCAN_FROM", scan_from)
    f = filled
    edit_person(vault, f.persons[2], notes="edited")  # a person the case names through a note only
    edit_person(vault, f.outsider, notes="edited")  # not the case's
    # Entries that do not name the case (as older versions and transfers wrote them) still belong to it.
    vault.log(Action.EDIT, "note", list_notes(vault, f.case, limit=1)[0].id, {"transfer": "x"})
    vault.log(Action.EDIT, "site", list_sites(vault, f.case, limit=1)[0].id, {})
    ids = {f.case}
    for listing in (
        partial(list_testimonies, vault),
        partial(list_notes, vault),
        partial(list_sites, vault),
        partial(list_persons, vault),
    ):
        ids.update(r.id for r in listing(f.case))
    expected = [e for e in vault.custody_entries() if e.object_id in ids or e.detail.get("case") == f.case]
    assert list_custody(vault, case_id=f.case) == expected
    assert any(e.object_id == f.persons[2] and e.action == "edit" for e in expected)
    assert not any(e.object_id == f.outsider for e in expected)
    assert list_custody(vault, case_id=f.case, offset=len(expected) - 5) == expected[-5:]
    assert [e for batch in pages(partial(list_custody, vault), 13) for e in batch] == list(vault.custody_entries())
    case_pages = pages(lambda **k: list_custody(vault, case_id=f.case, **k), 13)
    assert [e for batch in case_pages for e in batch] == expected
    # One record's entries, whole and paged.
    history = list(vault.custody_entries(f.testimonies[3]))
    assert [e.action for e in history] == ["create", "edit"]
    assert list_custody(vault, f.testimonies[3]) == history
    assert list_custody(vault, f.testimonies[3], offset=1, limit=5) == history[1:]
    assert list_custody(vault, limit=3) == list(vault.custody_entries())[:3]


def test_equal_times_are_ordered_by_id(vault: Vault, filled: Fixture) -> None:
    """Records made in the same microsecond (or merged from another vault with the same time) must
    still land on exactly one page: the id breaks the tie."""
    before = list_notes(vault, filled.case)
    vault.conn.execute("UPDATE notes SET created = '2025-01-01T00:00:00.000000Z' WHERE case_id = ?", (filled.case,))
    try:
        whole = list_notes(vault, filled.case)
        assert [n.id for n in whole] == sorted(n.id for n in whole) != [n.id for n in before]
        assert [n for batch in pages(partial(list_notes, vault), 11, filled.case) for n in batch] == whole
        everywhere = list_notes(vault)  # no case: sorted by SQLite, not read in index order
        assert [n.id for n in everywhere if n.case_id == filled.case] == [n.id for n in whole]
        assert [n for batch in pages(partial(list_notes, vault), 11) for n in batch] == everywhere
    finally:
        with db.transaction(vault.conn):
            for n in before:
                vault.conn.execute("UPDATE notes SET created = ? WHERE id = ?", (n.stamp.created, n.id))


def test_new_rows_appear_on_a_later_page(vault: Vault, filled: Fixture) -> None:
    first = list_testimonies(vault, filled.case, limit=100)
    person = list_persons(vault, filled.case)[1].id
    added = add_testimony(vault, filled.case, person, "late arrival")
    try:
        assert list_testimonies(vault, filled.case, limit=100) == first
        assert [t.id for t in list_testimonies(vault, filled.case, offset=len(filled.testimonies))] == [added.id]
    finally:
        delete_record(vault, RecordKind.TESTIMONY, added.id)


@contextmanager
def statements(vault: Vault) -> Iterator[list[str]]:
    seen: list[str] = []
    conn: Any = vault.conn
    conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        conn.set_trace_callback(None)


def test_a_page_is_a_bounded_number_of_index_ordered_queries(vault: Vault, filled: Fixture) -> None:
    """A page costs the same in a case of 300 or 100,000 rows: its rows come from one query (plus
    the case check), read in index order, never sorted in a temporary B-tree."""
    f = filled
    calls: dict[str, Callable[[], Sequence[Any]]] = {
        "testimonies": lambda: list_testimonies(vault, f.case, offset=100, limit=50),
        "persons": lambda: list_persons(vault, f.case, offset=1, limit=50),
        "notes": lambda: list_notes(vault, f.case, offset=40, limit=50),
        "sites": lambda: list_sites(vault, f.case, offset=40, limit=50),
        "cases": lambda: list_cases(vault, offset=1, limit=50),
        "custody": lambda: list_custody(vault, case_id=f.case, offset=100, limit=50),
    }
    for name, call in calls.items():
        with statements(vault) as seen:
            rows = call()
        assert rows, name
        assert len(seen) <= (3 if name == "custody" else 2), (name, seen)  # + the case check (and its size)
        # The trace shows the statement with its values bound in: plan exactly what ran.
        plan = " | ".join(str(r[3]) for r in vault.conn.execute("EXPLAIN QUERY PLAN " + seen[-1]).fetchall())
        assert "TEMP B-TREE" not in plan, (name, plan)
        if name in {"testimonies", "notes", "sites"}:
            assert f"{name}_case_order" in plan, (name, plan)
    with statements(vault) as seen:
        assert len(ms.list_media(vault, f.case, offset=1, limit=2)) == 2
    assert len(seen) <= 1 + 2 * 2  # the ids in one query, then each item with its versions


BAD_BOUNDS: list[dict[str, Any]] = [
    {"offset": -1},
    {"limit": -1},
    {"offset": -5, "limit": 10},
    {"offset": 1.5},
    {"limit": "10"},
    {"offset": True},
    {"limit": 2**63},
    {"offset": None},
]


def test_bad_bounds_are_refused(vault: Vault, filled: Fixture) -> None:
    for name, (page, args) in listings(vault, filled).items():
        for bounds in BAD_BOUNDS:
            with pytest.raises(InvalidInput):
                page(*args, **bounds)
                pytest.fail(f"{name} accepted {bounds}")


def test_edges(vault: Vault, filled: Fixture) -> None:
    assert list_testimonies(vault, filled.case, limit=0) == []
    assert list_testimonies(vault, filled.case, offset=10_000, limit=10) == []
    assert list_custody(vault, case_id=filled.case, offset=10**9) == []
    with pytest.raises(NotFound):
        list_testimonies(vault, "no-such-case", limit=10)
    with pytest.raises(NotFound):
        list_custody(vault, case_id="no-such-case")
    with pytest.raises(TypeError):  # the bounds are keyword-only: a positional slip cannot page
        list_notes(vault, filled.case, 0, 10)  # type: ignore[call-arg]
