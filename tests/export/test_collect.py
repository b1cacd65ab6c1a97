"""What the collector takes out of the vault, and how."""

from __future__ import annotations

import zipfile
from pathlib import Path

import bagit

from evidence_app.export import ExportOptions, export_case, prepare
from evidence_app.export.collect import SITE_LABEL, day_of, site_shields
from evidence_app.model import Role
from evidence_app.records.cases import add_case
from evidence_app.records.notes import add_note
from evidence_app.records.persons import add_person
from evidence_app.records.sites import add_site
from evidence_app.records.testimonies import add_testimony
from evidence_app.vault import Vault


def test_protected_person_of_another_case_is_redacted_too(vault: Vault) -> None:
    other = add_case(vault, "Other case")
    add_person(vault, "Nguyen Van An", pseudonym="Witness Q", case_id=other.id)
    case = add_case(vault, "This case")
    source = add_person(vault, "Lim Sokha", pseudonym="Source M", case_id=case.id)
    add_testimony(vault, case.id, source.id, "Nguyễn Văn An told me about the boat.")
    prepared = prepare(vault, case.id, ExportOptions())
    assert not prepared.findings
    assert prepared.collected.dossier.testimonies[0].transcript == "Witness Q told me about the boat."
    assert prepared.collected.dossier.testimonies[0].person_label == "Source M"


def test_sensitive_site_names_are_shielded_but_not_their_province(vault: Vault) -> None:
    case = add_case(vault, "Sites")
    safe_house = add_site(vault, case.id, "Blue Door House", "Kep", "Kep", sensitive=True)
    border = add_site(vault, case.id, "Poipet Crossing", "Poipet", "Banteay Meanchey", sensitive=True)
    public = add_site(vault, case.id, "Market", "Kampot", "Kampot")
    shields = {p.full_name: p for p in site_shields([safe_house, border, public])}
    assert set(shields) == {"Blue Door House", "Poipet Crossing"}
    assert shields["Poipet Crossing"].aliases == ("Poipet",)
    assert shields["Blue Door House"].aliases == ()  # "Kep" is the province shown anyway
    assert all(p.protected and p.pseudonym == SITE_LABEL for p in shields.values())
    person = add_person(vault, "Researcher Friend", role=Role.OTHER, protected=False, case_id=case.id)
    add_note(vault, case.id, "Met at the Blue Door House near Poipet, Kep province.", person.id)
    prepared = prepare(vault, case.id, ExportOptions())
    assert not prepared.findings
    assert prepared.collected.dossier.notes[0].text == f"Met at the {SITE_LABEL} near {SITE_LABEL}, Kep province."
    labels = [s.label for s in prepared.collected.dossier.sites]
    assert labels == ["a site in Kep", "a site in Banteay Meanchey", "Market"]


def test_an_empty_case_exports_a_valid_bag(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "Nothing yet")
    out = tmp_path / "empty.zip"
    result = export_case(vault, case.id, out, ExportOptions())
    assert result.media == 0
    with zipfile.ZipFile(out) as zf:
        zf.extractall(tmp_path / "x")
    bag = bagit.Bag(str(next((tmp_path / "x").iterdir())))
    bag.validate()
    assert bag.info["Payload-Oxum"].endswith(".4")  # html, pdf, records.json, records.schema.json


def test_day_of_keeps_only_the_calendar_day() -> None:
    assert day_of("2024:03:01 10:22:33") == "2024-03-01"
    assert day_of("2024-03-01T10:22:33+07:00") == "2024-03-01"
    assert day_of("2024:13:01 00:00:00") is None
    assert day_of(None) is None and day_of("yesterday") is None
