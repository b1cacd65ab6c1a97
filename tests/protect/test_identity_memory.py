"""A protected identity is never forgotten: rename, delete, restore, public and forget, each through
the CLI and ending in a real export read back byte by byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli

from .scan import export, needs_pdftotext

pytestmark = needs_pdftotext

SOK_DARA = "Sok Dara"
SOK_DARA_KM = "សុខ ដារា"
NEW_NAME = "Dara Sokha"
CHEA = "Chea Sreymom"
CHEA_KM = "ជា ស្រីមុំ"
CHEA_PHONE = "+855 92 111 222"
CHEA_MAIL = "sreymom@example.org"


def _case(cli: Cli, tmp_path: Path, text: str) -> tuple[str, str, str]:
    """A case, a protected source whose testimony says ``text``, and a second protected person."""
    case = cli.ok("case", "add", "--title", "Compound case")
    source = cli.ok("person", "add", "--name", SOK_DARA, "--transliteration", SOK_DARA_KM, "--case", case)
    other = cli.ok(
        "person", "add", "--name", CHEA, "--transliteration", CHEA_KM, "--phone", CHEA_PHONE, "--email", CHEA_MAIL
    )
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    cli.ok("testimony", "add", "--case", case, "--person", source, "--text-file", str(path))
    return case, source, other


TEXT = (
    f"I am {SOK_DARA} ({SOK_DARA_KM}), later called {NEW_NAME}. {CHEA} ({CHEA_KM}) shared my room;"
    f" her number was {CHEA_PHONE} and her mail {CHEA_MAIL}. We worked at the call centre."
)


def test_rename_keeps_the_old_name_in_the_redaction_set(cli_vault: Cli, tmp_path: Path) -> None:
    case, source, _ = _case(cli_vault, tmp_path, TEXT)
    cli_vault.ok("person", "edit", source, "--name", NEW_NAME)
    assert json.loads(cli_vault.ok("person", "show", source, "--json"))["full_name"] == NEW_NAME
    views = export(cli_vault, case, tmp_path / "out" / "d.zip")
    assert views.leaks([SOK_DARA, "Dara Sok", SOK_DARA_KM, NEW_NAME, CHEA, CHEA_KM, CHEA_PHONE, CHEA_MAIL]) == []
    assert views.leaks(["call centre", "Source A"])  # the export is real, the text is there


def test_deleted_person_keeps_a_tombstone_also_in_a_restored_vault(
    cli_vault: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case, _, other = _case(cli_vault, tmp_path, TEXT)
    r = cli_vault("delete", "person", other)
    assert r.code == 0, r.err
    assert "stay in the redaction set" in r.out
    [entry] = [e for e in json.loads(cli_vault.ok("log", "--json")) if e["object_id"] == other][-1:]
    assert entry["action"] == "delete" and entry["detail"] == {"identifiers_kept": 4}
    secrets = [CHEA, "Sreymom Chea", CHEA_KM, CHEA_PHONE, "92 111 222", CHEA_MAIL, SOK_DARA, SOK_DARA_KM]
    assert export(cli_vault, case, tmp_path / "out" / "a.zip").leaks(secrets) == []

    backup = tmp_path / "vault.backup"
    cli_vault.ok("backup", "--out", str(backup))
    restored = Cli(tmp_path / "restored", monkeypatch)
    restored.ok("restore", "--from", str(backup))
    views = export(restored, case, tmp_path / "out" / "b.zip")
    assert views.leaks(secrets) == []
    assert views.leaks(["call centre"])


def test_forgetting_needs_the_explicit_flag_and_is_logged(cli_vault: Cli, tmp_path: Path) -> None:
    case, _, other = _case(cli_vault, tmp_path, TEXT)
    cli_vault.ok("delete", "person", other)
    # Forgetting a deleted person's tombstone later, by id prefix.
    out = cli_vault.ok("delete", "person", other[:8], "--forget-identifiers")
    assert "forgot 4 identifiers" in out
    log = [e for e in json.loads(cli_vault.ok("log", "--json")) if e["object_id"] == other]
    assert [e["action"] for e in log] == ["create", "delete", "forget-identifiers"]
    assert CHEA not in json.dumps(log, ensure_ascii=False)  # the log never holds the identifiers
    views = export(cli_vault, case, tmp_path / "out" / "d.zip")
    assert views.leaks([CHEA])  # forgotten on purpose: the name is plain text again
    assert views.leaks([SOK_DARA, SOK_DARA_KM]) == []
    r = cli_vault("delete", "person", other, "--forget-identifiers")
    assert r.code == 1 and r.err.count("\n") == 1


def test_making_a_person_public_needs_the_same_explicitness(cli_vault: Cli, tmp_path: Path) -> None:
    case, source, _ = _case(cli_vault, tmp_path, TEXT)
    cli_vault.ok("person", "edit", source, "--name", NEW_NAME)
    r = cli_vault("person", "edit", source, "--public")
    assert r.code == 1 and "--forget-identifiers" in r.err and r.err.count("\n") == 1
    assert json.loads(cli_vault.ok("person", "show", source, "--json"))["protected"] is True
    assert export(cli_vault, case, tmp_path / "out" / "a.zip").leaks([SOK_DARA, NEW_NAME, SOK_DARA_KM]) == []
    cli_vault.ok("person", "edit", source, "--public", "--forget-identifiers")
    actions = [e["action"] for e in json.loads(cli_vault.ok("log", "--json")) if e["object_id"] == source]
    assert actions[-2:] == ["forget-identifiers", "edit"]
    views = export(cli_vault, case, tmp_path / "out" / "b.zip")
    assert views.leaks([NEW_NAME])  # public now: named in the export
    assert views.leaks([CHEA, CHEA_KM, CHEA_PHONE]) == []


def test_delete_and_forget_together(cli_vault: Cli, tmp_path: Path) -> None:
    case, _, other = _case(cli_vault, tmp_path, TEXT)
    cli_vault.ok("delete", "person", other, "--forget-identifiers")
    log = [e["action"] for e in json.loads(cli_vault.ok("log", "--json")) if e["object_id"] == other]
    assert log == ["create", "forget-identifiers", "delete"]
    assert export(cli_vault, case, tmp_path / "out" / "d.zip").leaks([CHEA])
    r = cli_vault("delete", "case", case, "--forget-identifiers")
    assert r.code == 1 and "only applies to a person" in r.err


def test_a_deleted_persons_pseudonym_is_not_given_to_anyone_else(cli_vault: Cli, tmp_path: Path) -> None:
    """The tombstone keeps replacing the deleted person's names by its label, so a second person
    under that label would merge the two in every dossier."""
    case, source, other = _case(cli_vault, tmp_path, TEXT)
    label = json.loads(cli_vault.ok("person", "show", other, "--json"))["pseudonym"]
    cli_vault.ok("delete", "person", other)
    before = cli_vault.ok("list", "persons")
    r = cli_vault("person", "add", "--name", "Keo Bopha", "--pseudonym", label, "--case", case)
    assert r.code != 0 and "belonged to a deleted person" in r.err and len(r.err.strip().splitlines()) == 1
    r = cli_vault("person", "edit", source, "--pseudonym", label)
    assert r.code != 0 and "belonged to a deleted person" in r.err
    assert cli_vault.ok("list", "persons") == before
    assert json.loads(cli_vault.ok("person", "show", source, "--json"))["pseudonym"] != label
    views = export(cli_vault, case, tmp_path / "out" / "d.zip")
    assert views.leaks([CHEA, CHEA_KM, CHEA_PHONE, CHEA_MAIL, SOK_DARA, SOK_DARA_KM, "Keo Bopha"]) == []
    assert views.leaks([label])  # the deleted person's words are still replaced by their own label
