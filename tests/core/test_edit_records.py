"""Editing notes and sites, and the rules and custody entries of deleting, in the core and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_app.errors import InvalidInput, NotFound
from evidence_app.model import RecordKind
from evidence_app.vault import Vault
from tests.conftest import Cli


def _actions(vault: Vault, object_id: str) -> list[tuple[str, dict[str, object]]]:
    return [(e.action, e.detail) for e in vault.custody_entries(object_id)]


# --- notes -----------------------------------------------------------------------------------------


def test_edit_note_changes_text_person_privacy_and_search(vault: Vault) -> None:
    case = vault.add_case("C")
    person = vault.add_person("Sok Dara")
    note = vault.add_note(case.id, "meet at the pier", tags=["pier"])
    edited = vault.edit_note(
        note.id, text="meet at the lighthouse", person_id=person.id, private=True, tags=[" light ", "light", ""]
    )
    again = vault.get_note(note.id)
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
    assert vault.search("pier") == []
    assert [h.item_id for h in vault.search("lighthouse")] == [note.id]
    assert _actions(vault, note.id)[-1] == (
        "edit",
        {"case": case.id, "fields": ["person_id", "private", "tags", "text"]},
    )
    # The person now counts as part of the case, and the note can be about nobody again.
    assert person.id in {p.id for p in vault.list_persons(case.id)}
    assert vault.edit_note(note.id, person_id=None).person_id is None
    assert vault.check().ok


def test_edit_note_refusals_change_nothing(vault: Vault) -> None:
    case = vault.add_case("C")
    other = vault.add_case("D")
    note = vault.add_note(case.id, "text")
    with pytest.raises(InvalidInput, match="note is empty"):
        vault.edit_note(note.id, text="  \n ")
    with pytest.raises(InvalidInput, match="cannot edit case_id"):
        vault.edit_note(note.id, case_id=other.id)
    with pytest.raises(NotFound):
        vault.edit_note(note.id, person_id="0" * 36)
    with pytest.raises(NotFound):
        vault.edit_note("no-such-note", text="x")
    assert vault.get_note(note.id) == note
    assert [a for a, _ in _actions(vault, note.id)] == ["create"]


# --- sites -----------------------------------------------------------------------------------------


def test_edit_site_changes_fields_coordinates_and_search(vault: Vault) -> None:
    case = vault.add_case("C")
    site = vault.add_site(case.id, "Harbour warehouse", town="Kampot", lat=10.6, lon=104.2)
    edited = vault.edit_site(site.id, name=" Fish market ", town=" Kep ", province="Kep", sensitive=True)
    assert vault.get_site(site.id) == edited
    assert (edited.name, edited.town, edited.province, edited.sensitive) == ("Fish market", "Kep", "Kep", True)
    assert (edited.lat, edited.lon) == (10.6, 104.2)
    assert vault.search("warehouse") == [] and [h.item_id for h in vault.search("market")] == [site.id]
    moved = vault.edit_site(site.id, lat=-10.5, lon=-104.25)
    assert (moved.lat, moved.lon) == (-10.5, -104.25)
    cleared = vault.edit_site(site.id, lat=None, lon=None)
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
    case = vault.add_case("C")
    site = vault.add_site(case.id, "Harbour", lat=10.6, lon=104.2)
    with pytest.raises(InvalidInput, match=message):
        vault.edit_site(site.id, **changes)
    assert vault.get_site(site.id) == site
    assert [a for a, _ in _actions(vault, site.id)] == ["create"]


# --- deleting --------------------------------------------------------------------------------------


def test_delete_refusal_names_what_is_left(vault: Vault) -> None:
    case = vault.add_case("C")
    p = vault.add_person("P", case_id=case.id)
    t = vault.add_testimony(case.id, p.id, "text")
    vault.add_note(case.id, "one", person_id=p.id)
    vault.add_note(case.id, "two", person_id=p.id)
    site = vault.add_site(case.id, "S")
    assert vault.delete_refusal(RecordKind.PERSON, p.id) == (
        "the person is named in 1 testimony and 2 notes; delete those or give them to another person first"
    )
    assert vault.delete_refusal(RecordKind.CASE, case.id) == (
        "the case still holds 1 testimony, 2 notes and 1 site; delete those first"
    )
    assert vault.delete_refusal(RecordKind.SITE, site.id) is None
    assert vault.delete_refusal(RecordKind.TESTIMONY, t.id) is None
    with pytest.raises(InvalidInput, match="named in 1 testimony and 2 notes"):
        vault.delete_record(RecordKind.PERSON, p.id)
    with pytest.raises(NotFound):
        vault.delete_refusal(RecordKind.SITE, "no-such-site")
    assert vault.get_person(p.id) == p


def test_delete_keeps_the_case_in_the_custody_entry(vault: Vault) -> None:
    case = vault.add_case("C")
    site = vault.add_site(case.id, "Harbour warehouse")
    note = vault.add_note(case.id, "text")
    person = vault.add_person("P", case_id=case.id)
    vault.delete_record(RecordKind.SITE, site.id)
    vault.delete_record(RecordKind.NOTE, note.id)
    vault.delete_record(RecordKind.PERSON, person.id)
    with pytest.raises(NotFound):
        vault.get_site(site.id)
    assert vault.search("warehouse") == []
    assert _actions(vault, site.id)[-1] == ("delete", {"case": case.id})
    assert _actions(vault, note.id)[-1] == ("delete", {"case": case.id})
    assert _actions(vault, person.id)[-1] == ("delete", {"identifiers_kept": 1})
    assert vault.list_persons(case.id) == []  # the link to the case went with the person
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
