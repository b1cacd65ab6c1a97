"""The one description of the record tables (evidence_app/tables.py) is the database's real shape,
and storage, search and the transfer format all follow it."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from evidence_app import media_service, model, tables
from evidence_app.model import RecordKind
from evidence_app.records.cases import add_case
from evidence_app.records.lookup import search
from evidence_app.records.notes import add_note
from evidence_app.records.persons import add_person
from evidence_app.records.sites import add_site
from evidence_app.records.testimonies import add_testimony, mark_redacted, testimony_history
from evidence_app.tables import Col, Guard
from evidence_app.transfer import format as fmt
from evidence_app.vault import Vault
from tests.conftest import SAMPLES

_RECORD_TYPES: dict[RecordKind, type] = {
    RecordKind.CASE: model.Case,
    RecordKind.PERSON: model.Person,
    RecordKind.TESTIMONY: model.Testimony,
    RecordKind.NOTE: model.Note,
    RecordKind.SITE: model.Site,
    RecordKind.MEDIA: model.MediaItem,
}


def _table_info(vault: Vault, name: str) -> list[tuple[str, str, bool, bool]]:
    """(name, declared type, NOT NULL, primary key) of each column, as SQLite reports them."""
    return [(str(r[1]), str(r[2]), bool(r[3]), bool(r[5])) for r in vault.conn.execute(f"PRAGMA table_info({name})")]


def test_every_record_kind_has_one_table_description() -> None:
    assert set(tables.BY_KIND) == set(RecordKind)
    assert len({t.name for t in tables.TABLES}) == len(tables.TABLES)


@pytest.mark.parametrize("table", tables.TABLES, ids=lambda t: t.name)
def test_the_database_has_exactly_the_described_columns(vault: Vault, table: tables.Table) -> None:
    described = [(c.name, c.col.sql_type, not c.col.nullable and c.name != "id", c.name == "id") for c in table.columns]
    assert _table_info(vault, table.name) == described


def test_no_other_table_looks_like_a_record_table(vault: Vault) -> None:
    """A new record table (an id, an author and a stamp) must be described too."""
    names = [str(r[0]) for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    stamped = set()
    for name in names:
        columns = {c[0] for c in _table_info(vault, name)}
        if {"id", "author", "created", "modified"} <= columns:
            stamped.add(name)
    assert stamped == {t.name for t in tables.TABLES}


@pytest.mark.parametrize("table", tables.TABLES, ids=lambda t: t.name)
def test_transfer_spec_is_derived_from_the_description(table: tables.Table) -> None:
    spec = fmt.SPECS[table.kind]
    assert spec == fmt.TableSpec.of(table)
    assert spec.table == table.name
    assert spec.columns == tuple((c.name, c.col) for c in table.columns if c.travels)
    assert dict(spec.enums) == {c.name: c.enum for c in table.columns if c.travels and c.enum is not None}
    assert fmt.Col is Col
    if table is tables.MEDIA:
        assert "original_blob" not in spec.names  # a local blob id never travels
    else:
        assert spec.names == table.names


def test_snapshot_is_the_testimonys_content() -> None:
    names = [name for name, _ in fmt.SNAPSHOT_COLUMNS]
    assert names == list(tables.SNAPSHOT_FIELDS)
    assert set(names) <= set(tables.TESTIMONIES.names) - {"id", "case_id", "revision", "author", "created"}


@pytest.mark.parametrize("table", tables.TABLES, ids=lambda t: t.name)
def test_indexed_and_guarded_fields_are_fields_of_the_record(table: tables.Table) -> None:
    fields = {f.name for f in dataclasses.fields(_RECORD_TYPES[table.kind])}
    assert table.indexed and set(table.indexed) <= fields & set(table.names)
    for column in table.columns:
        if column.guard is Guard.FLAG:
            assert column.col in (Col.BOOL, Col.OPT_TEXT)
        if column.guard is Guard.IDENTIFIERS:
            assert column.col is Col.LIST and table is tables.PERSONS
        if column.col is Col.ENUM:
            assert column.enum is not None


def test_guards_name_what_protects_people() -> None:
    flags = {(t.name, n) for t in tables.TABLES for n in t.guarded(Guard.FLAG)}
    assert flags == {
        ("persons", "protected"),
        ("notes", "private"),
        ("sites", "sensitive"),
        ("media", "not_exportable"),
    }
    assert tables.PERSONS.guarded(Guard.IDENTIFIERS) == {"aliases", "transliterations", "phones", "emails"}


def _stored(vault: Vault, table: tables.Table, record_id: str) -> dict[str, Any]:
    sql = f"SELECT {table.select()} FROM {table.name} WHERE id = ?"  # noqa: S608 (the fixed descriptions)
    row = vault.conn.execute(sql, (record_id,)).fetchone()
    return table.row(row)


def test_rows_map_to_records_by_column_name_both_ways(vault: Vault) -> None:
    case = add_case(vault, "Rows", "by name", tags=["x"])
    person = add_person(vault, "Lina Haddad", aliases=["Um Sami"], phones=["+961 3 123 456"], case_id=case.id)
    testimony = add_testimony(vault, case.id, person.id, "She saw the trucks.", place="Tyre", tags=["t"])
    testimony = mark_redacted(vault, testimony.id, 4, 7)
    note = add_note(vault, case.id, "Call back", person_id=person.id, private=True)
    site = add_site(vault, case.id, "Depot", town="Tyre", lat=33.27, lon=35.2, sensitive=True)
    pairs: list[tuple[tables.Table, Any, Any, Any]] = [
        (tables.CASES, case, tables.case_from_row, tables.case_row),
        (tables.PERSONS, person, tables.person_from_row, tables.person_row),
        (tables.NOTES, note, tables.note_from_row, tables.note_row),
        (tables.SITES, site, tables.site_from_row, tables.site_row),
    ]
    for table, record, read, write in pairs:
        stored = _stored(vault, table, record.id)
        assert read(stored) == record
        assert write(record) == stored
    stored = _stored(vault, tables.TESTIMONIES, testimony.id)
    assert tables.testimony_from_row(stored) == testimony
    assert tables.testimony_row(testimony) == stored
    assert testimony_history(vault, testimony.id)[0].snapshot["redacted_spans"] == []
    assert tables.testimony_snapshot(testimony)["redacted_spans"] == [[4, 7]]


def test_each_indexed_field_is_found_by_search(vault: Vault) -> None:
    """What the description calls indexed is what search finds; a field it leaves out is not."""
    case = add_case(vault, "Index", "zorbulon")
    person = add_person(vault, "Anon", notes="quelvarin", nationality="plimsovia", case_id=case.id)
    add_site(vault, case.id, "Yard", province="trastevan")
    assert [h.kind for h in search(vault, "zorbulon")] == [RecordKind.CASE]
    assert [h.item_id for h in search(vault, "quelvarin")] == [person.id]
    assert [h.kind for h in search(vault, "trastevan")] == [RecordKind.SITE]
    assert "nationality" not in tables.PERSONS.indexed
    assert search(vault, "plimsovia") == []


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="needs ../shared/samples/exif-samples")
def test_media_rows_map_by_name_both_ways(vault: Vault) -> None:
    """A real camera photo: stored by column name, read back as the same item, found by caption."""
    case = add_case(vault, "Media rows")
    item, _ = media_service.import_file(vault, case.id, SAMPLES / "jpg" / "Konica_Minolta_DiMAGE_Z3.jpg")
    item = media_service.edit_media(vault, item.id, caption="vendrasque harbour", tags=["m"])
    stored = _stored(vault, tables.MEDIA, item.id)
    assert stored["original_blob"] == item.original_blob
    blob = vault.conn.execute("SELECT sha256, size FROM blobs WHERE id = ?", (item.original_blob,)).fetchone()
    assert tables.media_from_row(stored, blob[0], blob[1], item.versions) == item
    assert item.original_name == "Konica_Minolta_DiMAGE_Z3.jpg" and item.tags == ("m",)
    assert [h.item_id for h in search(vault, "vendrasque")] == [item.id]
