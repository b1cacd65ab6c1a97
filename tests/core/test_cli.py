"""The command line as users and scripts see it: outputs, exit codes, one-line errors."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, PROJECT, Cli, all_files, run_app

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def test_full_session(cli_vault: Cli, tmp_path: Path) -> None:
    cli = cli_vault
    case = cli.ok("case", "add", "--title", "Compound K", "--description", "Koh Kong")
    assert UUID.match(case)
    person = cli.ok(
        "person",
        "add",
        "--name",
        "王明",
        "--alias",
        "Wang Ming",
        "--phone",
        "+855 12 345 678",
        "--email",
        "wm@example.org",
        "--case",
        case,
    )
    official = cli.ok("person", "add", "--name", "Gen. Sok", "--public", "--role", "official")
    text = tmp_path / "t.txt"
    text.write_text("Wang Ming (王明) ran floor three.", encoding="utf-8")
    t = cli.ok(
        "testimony",
        "add",
        "--case",
        case,
        "--person",
        person,
        "--text-file",
        str(text),
        "--date",
        "2025-03-01",
        "--place",
        "Phnom Penh",
        "--language",
        "km",
    )
    note = tmp_path / "n.txt"
    note.write_text("meet at the pier", encoding="utf-8")
    cli.ok("note", "add", "--case", case, "--person", person, "--text-file", str(note), "--private")
    cli.ok(
        "site",
        "add",
        "--case",
        case,
        "--name",
        "Compound K",
        "--province",
        "Koh Kong",
        "--lat",
        "11.6",
        "--lon",
        "102.98",
        "--sensitive",
    )
    persons = json.loads(cli.ok("list", "persons", "--json"))
    assert {p["id"] for p in persons} == {person, official}
    assert [p["pseudonym"] for p in persons if p["id"] == person] == ["Source A"]
    assert len(cli.ok("list", "testimonies", "--case", case).splitlines()) == 1
    hits = json.loads(cli.ok("search", "王明", "--json"))
    assert {h["item_id"] for h in hits} == {person, t}
    text.write_text("Wang Ming ran floor four.", encoding="utf-8")
    assert cli.ok("testimony", "edit", t[:8], "--text-file", str(text)) == "2"
    assert len(cli.ok("testimony", "history", t).splitlines()) == 2
    cli.ok("testimony", "mark", t, "--span", "0-9")
    assert json.loads(cli.ok("testimony", "show", t, "--json"))["redacted_spans"] == [{"start": 0, "end": 9}]
    assert cli.ok("check").startswith("OK")
    actions = [e["action"] for e in json.loads(cli.ok("log", "--json"))]
    assert actions[0] == "create-vault" and "edit" in actions and actions.count("unlock") >= 10


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["case", "add", "--title", " "], "case title must not be empty"),
        (
            ["testimony", "add", "--case", "00000000", "--person", "x", "--text-file", "/nonexistent"],
            "no such file",
        ),
        (["list", "testimonies", "--case", "deadbeefdead"], "no case with id"),
        (["site", "add", "--case", "zz", "--name", "S"], "no case with id"),
        (["person", "add", "--name", "A", "--consent-date", "2024-02-30"], "invalid consent date"),
        (["search", "..."], "no words"),
        (["wipe"], "--yes"),
    ],
)
def test_bad_input_is_one_line_exit_1(cli_vault: Cli, argv: list[str], message: str) -> None:
    r = cli_vault(*argv)
    assert r.code == 1
    assert message in r.err
    assert len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err


@pytest.mark.parametrize(
    "argv",
    [
        ["case", "add"],
        ["frobnicate"],
        ["list", "everything"],
        ["site", "add", "--case", "x", "--name", "S", "--lat", "north"],
    ],
)
def test_usage_errors_exit_2(cli_vault: Cli, argv: list[str]) -> None:
    r = cli_vault(*argv)
    assert r.code == 2 and "Traceback" not in r.err


def test_wrong_passphrase_changes_no_byte(cli_vault: Cli) -> None:
    cli_vault.ok("case", "add", "--title", "C")
    before = all_files(cli_vault.root)
    r = cli_vault("list", "cases", env={"EVIDENCE_PASSPHRASE": "wrong passphrase"})
    assert (r.code, r.err.strip()) == (1, "evidence-app: wrong passphrase")
    assert all_files(cli_vault.root) == before


def test_passphrase_sources_and_change(cli: Cli, tmp_path: Path) -> None:
    r = cli("init", "--passphrase-file", "-", stdin="first passphrase\n")
    assert r.code == 0
    recovery = r.out.strip()
    assert re.fullmatch(r"([0-9A-Z]{4}-){8}[0-9A-Z]{4}", recovery)
    assert "RECOVERY KEY" in r.err
    pw = tmp_path / "pw"
    pw.write_text("first passphrase\n")
    cli.ok("case", "add", "--title", "C", "--passphrase-file", str(pw))
    cli.ok(
        "passphrase",
        "change",
        "--passphrase-file",
        "-",
        "--new-passphrase-file",
        "-",
        stdin="first passphrase\nsecond passphrase\n",
    )
    assert cli("list", "cases", "--passphrase-file", str(pw)).code == 1
    assert cli("list", "cases", env={"EVIDENCE_PASSPHRASE": "second passphrase"}).code == 0
    rk = tmp_path / "rk"
    rk.write_text(recovery.lower().replace("-", " ") + "\n")
    assert "C" in cli.ok("list", "cases", "--recovery-key-file", str(rk))


def test_backup_restore_wipe(cli_vault: Cli, tmp_path: Path) -> None:
    cli_vault.ok("case", "add", "--title", "Kept")
    backup = tmp_path / "b.evb"
    cli_vault.ok("backup", "--out", str(backup))
    assert cli_vault.ok("check", "--backup", str(backup)).startswith("OK")
    target = tmp_path / "restored"
    cli_vault.ok("restore", "--from", str(backup), "--vault", str(target))
    assert "Kept" in cli_vault.ok("list", "cases", "--vault", str(target))
    r = cli_vault("restore", "--from", str(backup), "--vault", str(target))
    assert r.code == 1 and "refuses to overwrite" in r.err
    cli_vault.ok("wipe", "--yes")
    assert not cli_vault.root.exists()
    r = cli_vault("list", "cases")
    assert r.code == 1 and "no vault" in r.err


def test_real_process_end_to_end(tmp_path: Path) -> None:
    """The installed entry point in a child process: init tunes a real Argon2id (>= 64 MiB)."""
    env = {"EVIDENCE_VAULT": str(tmp_path / "v"), "EVIDENCE_PASSPHRASE": PASSPHRASE}
    r = run_app("init", env=env)
    assert r.returncode == 0, r.stderr
    header = json.loads((tmp_path / "v" / "vault.header").read_bytes()[14:-32])
    kdf = header["slots"][0]["kdf"]
    assert kdf["alg"] == "argon2id" and kdf["memory_kib"] >= 64 * 1024
    r = run_app("case", "add", "--title", "From a child", env=env)
    assert r.returncode == 0 and UUID.match(r.stdout.strip())
    r = run_app("list", "cases", env={**env, "EVIDENCE_PASSPHRASE": "nope nope nope"})
    assert r.returncode == 1 and r.stderr.strip() == "evidence-app: wrong passphrase"


def test_second_process_gets_vault_in_use(cli_vault: Cli) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from crypto.secret import SecretStr;"
            "from evidence_app.vault import Vault;"
            f"v = Vault.open(Path({str(cli_vault.root)!r}), SecretStr({PASSPHRASE!r})); print('open', flush=True);"
            "time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=PROJECT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        r = cli_vault("list", "cases")
        assert r.code == 1 and "in use" in r.err
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    time.sleep(0)  # the lock dies with the process
    assert cli_vault("list", "cases").code == 0


def test_person_edit_show_and_attach(cli_vault: Cli, tmp_path: Path) -> None:
    person = cli_vault.ok("person", "add", "--name", "Chan Thy")
    cli_vault.ok(
        "person",
        "edit",
        person,
        "--add-alias",
        "陈蒂",
        "--public",
        "--forget-identifiers",  # a protected person made public: explicitly (issue: source protection)
        "--consent",
        "limited",
        "--consent-date",
        "2025-01-02",
    )
    shown = json.loads(cli_vault.ok("person", "show", person, "--json"))
    assert shown["aliases"] == ["陈蒂"] and shown["protected"] is False
    assert shown["consent"] == {"status": "limited", "scope": "", "date": "2025-01-02"}
    r = cli_vault("person", "edit", person)
    assert r.code == 1 and "nothing to change" in r.err
    r = cli_vault("person", "edit", person, "--public", "--protected")
    assert r.code == 2
