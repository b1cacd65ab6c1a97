"""Editing notes and sites, and the rules and custody entries of deleting, in the core and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_app.errors import InvalidInput, NotFound
from evidence_app.model import RecordKind
from evidence_app.records.cases import add_case
from evidence_app.records.deletion import delete_record, delete_refusal
from evidence_app.records.lookup import search
from evidence_app.records.notes import add_note, edit_note, get_note
from evidence_app.records.persons import add_person, get_person, list_persons
from evidence_app.records.sites import add_site, edit_site, get_site
from evidence_app.records.testimonies import add_testimony
from evidence_app.vault import Vault
from tests.conftest import Cli


def _actions(vault: Vault, object_id: str) -> list[tuple[str, dict[str, object]]]:
    return [(e.action, e.detail) for e in vault.custody_entries(object_id)]


# --- notes -----------------------------------------------------------------------------------------


def test_edit_note_changes_text_person_privacy_and_search(vault: Vault) -> None:
    case = add_case(vault, "C")
    person = add_person(vault, "Sok Dara")
    note = add_note(vault, case.id, "meet at the pier", tags=["pier"])
    edited = edit_note(
        vault, note.id, text="meet at the lighthouse", person_id=person.id, private=True, tags=[" light ", "light", ""]
    )
    again = get_note(vault, note.id)
    assert again == edited
    assert (again.text, again.person_id, again.private, again.tags) == (
        "meet at the lighthouse",
        person.id,
        True,
        ("light",),
    )
    assert again.case_id == case.id and again.stamp.created == note.stamp.created
    assert again.stamp.modified > note.stamp.modified
    # The search index follows the text: the old words are gone, the new ones found.
    assert search(vault, "pier") == []
    assert [h.item_id for h in search(vault, "lighthouse")] == [note.id]
    assert _actions(vault, note.id)[-1] == (
        "edit",
        {"case": case.id, "fields": ["person_id", "private", "tags", "text"]},
    )
    # The person now counts as part of the case, and the note can be about nobody again.
    assert person.id in {p.id for p in list_persons(vault, case.id)}
    assert edit_note(vault, note.id, person_id=None).person_id is None
    assert vault.check().ok


def test_edit_note_refusals_change_nothing(vault: Vault) -> None:
    case = add_case(vault, "C")
    other = add_case(vault, "D")
    note = add_note(vault, case.id, "text")
    with pytest.raises(InvalidInput, match="note is empty"):
        edit_note(vault, note.id, text="  \n ")
    with pytest.raises(InvalidInput, match="cannot edit case_id"):
        edit_note(vault, note.id, case_id=other.id)
    with pytest.raises(NotFound):
        edit_note(vault, note.id, person_id="0" * 36)
    with pytest.raises(NotFound):
        edit_note(vault, "no-such-note", text="x")
    assert get_note(vault, note.id) == note
    assert [a for a, _ in _actions(vault, note.id)] == ["create"]


# --- sites -----------------------------------------------------------------------------------------


def test_edit_site_changes_fields_coordinates_and_search(vault: Vault) -> None:
    case = add_case(vault, "C")
    site = add_site(vault, case.id, "Harbour warehouse", town="Kampot", lat=10.6, lon=104.2)
    edited = edit_site(vault, site.id, name=" Fish market ", town=" Kep ", province="Kep", sensitive=True)
    assert get_site(vault, site.id) == edited
    assert (edited.name, edited.town, edited.province, edited.sensitive) == ("Fish market", "Kep", "Kep", True)
    assert (edited.lat, edited.lon) == (10.6, 104.2)
    assert search(vault, "warehouse") == [] and [h.item_id for h in search(vault, "market")] == [site.id]
    moved = edit_site(vault, site.id, lat=-10.5, lon=-104.25)
    assert (moved.lat, moved.lon) == (-10.5, -104.25)
    cleared = edit_site(vault, site.id, lat=None, lon=None)
    assert cleared.lat is None and cleared.lon is None
    assert _actions(vault, site.id)[-1] == ("edit", {"case": case.id, "fields": ["lat", "lon"]})
    assert vault.check().ok


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": " "}, "site name must not be empty"),
        ({"lat": None}, "both latitude and longitude"),
        ({"lat": 91.0}, "latitude 91.0 is outside"),
        ({"lon": float("nan")}, "longitude nan is outside"),
        ({"case_id": "x"}, "cannot edit case_id"),
    ],
)
def test_edit_site_refusals_change_nothing(vault: Vault, changes: dict[str, object], message: str) -> None:
    case = add_case(vault, "C")
    site = add_site(vault, case.id, "Harbour", lat=10.6, lon=104.2)
    with pytest.raises(InvalidInput, match=message):
        edit_site(vault, site.id, **changes)
    assert get_site(vault, site.id) == site
    assert [a for a, _ in _actions(vault, site.id)] == ["create"]


# --- deleting --------------------------------------------------------------------------------------


def test_delete_refusal_names_what_is_left(vault: Vault) -> None:
    case = add_case(vault, "C")
    p = add_person(vault, "P", case_id=case.id)
    t = add_testimony(vault, case.id, p.id, "text")
    add_note(vault, case.id, "one", person_id=p.id)
    add_note(vault, case.id, "two", person_id=p.id)
    site = add_site(vault, case.id, "S")
    assert delete_refusal(vault, RecordKind.PERSON, p.id) == (
        "the person is named in 1 testimony and 2 notes; delete those or give them to another person first"
    )
    assert delete_refusal(vault, RecordKind.CASE, case.id) == (
        "the case still holds 1 testimony, 2 notes and 1 site; delete those first"
    )
    assert delete_refusal(vault, RecordKind.SITE, site.id) is None
    assert delete_refusal(vault, RecordKind.TESTIMONY, t.id) is None
    with pytest.raises(InvalidInput, match="named in 1 testimony and 2 notes"):
        delete_record(vault, RecordKind.PERSON, p.id)
    with pytest.raises(NotFound):
        delete_refusal(vault, RecordKind.SITE, "no-such-site")
    assert get_person(vault, p.id) == p


def test_delete_keeps_the_case_in_the_custody_entry(vault: Vault) -> None:
    case = add_case(vault, "C")
    site = add_site(vault, case.id, "Harbour warehouse")
    note = add_note(vault, case.id, "text")
    person = add_person(vault, "P", case_id=case.id)
    delete_record(vault, RecordKind.SITE, site.id)
    delete_record(vault, RecordKind.NOTE, note.id)
    delete_record(vault, RecordKind.PERSON, person.id)
    with pytest.raises(NotFound):
        get_site(vault, site.id)
    assert search(vault, "warehouse") == []
    assert _actions(vault, site.id)[-1] == ("delete", {"case": case.id})
    assert _actions(vault, note.id)[-1] == ("delete", {"case": case.id})
    assert _actions(vault, person.id)[-1] == ("delete", {"identifiers_kept": 1})
    assert list_persons(vault, case.id) == []  # the link to the case went with the person
    assert vault.check().ok


# --- the CLI ---------------------------------------------------------------------------------------


def test_cli_note_and_site_edit(cli_vault: Cli, tmp_path: Path) -> None:
    cli = cli_vault
    case = cli.ok("case", "add", "--title", "C")
    person = cli.ok("person", "add", "--name", "Chan Thy")
    text = tmp_path / "n.txt"
    text.write_text("first text", encoding="utf-8")
    note = cli.ok("note", "add", "--case", case, "--text-file", str(text))
    text.write_text("second text", encoding="utf-8")
    cli.ok("note", "edit", note[:8], "--text-file", str(text), "--private", "--person", person)
    [shown] = json.loads(cli.ok("list", "notes", "--case", case, "--json"))
    assert (shown["text"], shown["private"], shown["person_id"]) == ("second text", True, person)
    cli.ok("note", "edit", note, "--shared", "--no-person")
    [shown] = json.loads(cli.ok("list", "notes", "--json"))
    assert (shown["private"], shown["person_id"]) == (False, None)

    site = cli.ok("site", "add", "--case", case, "--name", "Harbour", "--lat", "10.6", "--lon", "104.2")
    cli.ok("site", "edit", site, "--name", "Pier", "--sensitive", "--province", "Kampot")
    [shown] = json.loads(cli.ok("list", "sites", "--json"))
    assert (shown["name"], shown["sensitive"], shown["province"], shown["lat"]) == ("Pier", True, "Kampot", 10.6)
    cli.ok("site", "edit", site, "--no-coordinates", "--not-sensitive")
    [shown] = json.loads(cli.ok("list", "sites", "--json"))
    assert (shown["lat"], shown["lon"], shown["sensitive"]) == (None, None, False)

    for argv, message in (
        (["note", "edit", note], "nothing to change"),
        (["site", "edit", site], "nothing to change"),
        (["site", "edit", site, "--lat", "1"], "both latitude and longitude"),
        (["site", "edit", site, "--lat", "1", "--lon", "2", "--no-coordinates"], "not both"),
        (["person", "edit", person, "--name", ""], "name must not be empty"),
    ):
        r = cli(*argv)
        assert r.code == 1 and message in r.err and r.err.count("\n") == 1, (argv, r.err)
    for argv in (
        ["note", "edit", note, "--private", "--shared"],
        ["site", "edit", site, "--sensitive", "--not-sensitive"],
    ):
        assert cli(*argv).code == 2

    r = cli("delete", "person", person)
    assert r.code == 0, r.err
    log = json.loads(cli.ok("log", "--json"))
    assert [e["action"] for e in log if e["object_id"] == person] == ["create", "delete"]
