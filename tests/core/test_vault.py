"""The vault: unlocking, locking, records, revisions, custody log, integrity, wipe, backup."""

from __future__ import annotations

import io
import os
import stat
import subprocess
import time
from pathlib import Path

import pytest

from crypto.age import Identity
from crypto.secret import SecretBytes, SecretStr
from evidence_app import db
from evidence_app.backup import check_backup, restore_backup, write_backup
from evidence_app.errors import (
    InvalidInput,
    NotFound,
    VaultCorrupt,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WrongPassphrase,
)
from evidence_app.model import RecordKind, Role
from evidence_app.records.cases import add_case, get_case, list_cases
from evidence_app.records.deletion import delete_record
from evidence_app.records.lookup import resolve_id, search
from evidence_app.records.notes import add_note
from evidence_app.records.persons import add_person, edit_person, list_persons
from evidence_app.records.sites import add_site
from evidence_app.records.testimonies import (
    add_testimony,
    edit_testimony,
    get_testimony,
    mark_redacted,
    testimony_history,
)
from evidence_app.vault import Vault, wipe
from tests.conftest import PASSPHRASE, Cli, NewVault, all_files

MARKERS = [
    "ZQXMARKERcase",
    "ZQXMARKERperson",
    "ZQXMARKERtestimony",
    "ZQXMARKERnote",
    "ZQXMARKERsite",
    "王明ZQX",
    "ZQXMARKERblob",
]


def _populate(v: Vault) -> dict[str, str]:
    case = add_case(v, MARKERS[0], "description " + MARKERS[0])
    person = add_person(v, MARKERS[1], aliases=[MARKERS[5]], phones=["+855 12 345 678"])
    t = add_testimony(v, case.id, person.id, "transcript " + MARKERS[2])
    note = add_note(v, case.id, MARKERS[3], private=True)
    site = add_site(v, case.id, MARKERS[4], province="Koh Kong", lat=10.6, lon=103.5, sensitive=True)
    blob = v.blobs.put(io.BytesIO(MARKERS[6].encode() * 1000))
    with db.transaction(v.conn):
        v.conn.execute(
            "INSERT INTO blobs(id, identity, sha256, size, created) VALUES (?, ?, ?, ?, 'now')",
            (blob.id, blob.identity.secret.reveal(), blob.sha256, blob.size),
        )
    return {
        "case": case.id,
        "person": person.id,
        "testimony": t.id,
        "note": note.id,
        "site": site.id,
        "blob": blob.id,
    }


def test_nothing_readable_on_disk(new_vault: NewVault) -> None:
    _populate(new_vault.vault)
    new_vault.vault.close()
    files = all_files(new_vault.root)
    assert files, "vault is empty?"
    for path, data in files.items():
        for marker in MARKERS:
            for encoding in ("utf-8", "utf-16-le"):
                assert marker.encode(encoding) not in data, f"{marker} in clear in {path.name}"
        assert not data.startswith(b"SQLite format 3")
    for path in new_vault.root.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is readable by others ({oct(mode)})"


def test_wrong_passphrase_modifies_nothing(new_vault: NewVault) -> None:
    _populate(new_vault.vault)
    new_vault.vault.close()
    before = all_files(new_vault.root)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        Vault.open(new_vault.root, SecretStr("not the passphrase"))
    with pytest.raises(WrongPassphrase):
        Vault.open(new_vault.root, recovery_key=SecretStr("0" * 36))
    assert all_files(new_vault.root) == before


def test_recovery_key_opens(new_vault: NewVault) -> None:
    ids = _populate(new_vault.vault)
    new_vault.vault.close()
    with Vault.open(new_vault.root, recovery_key=new_vault.recovery_key) as v:
        assert get_case(v, ids["case"]).title == MARKERS[0]
        assert list(v.custody_entries())[-1].action == "unlock-recovery"


def test_second_opener_gets_vault_in_use(new_vault: NewVault, passphrase: SecretStr) -> None:
    with pytest.raises(VaultInUse, match="in use"):
        Vault.open(new_vault.root, passphrase)
    new_vault.vault.close()
    Vault.open(new_vault.root, passphrase).close()


def test_missing_truncated_and_foreign_headers(new_vault: NewVault, passphrase: SecretStr, tmp_path: Path) -> None:
    new_vault.vault.close()
    header = new_vault.root / "vault.header"
    good = header.read_bytes()
    header.write_bytes(good[:40])
    with pytest.raises(VaultCorrupt, match="truncated"):
        Vault.open(new_vault.root, passphrase)
    header.unlink()
    with pytest.raises(VaultCorrupt, match="header is missing"):
        Vault.open(new_vault.root, passphrase)
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nowhere", passphrase)
    # A header from another vault does not open this database, and nothing is recreated.
    other, _ = Vault.create(tmp_path / "other", passphrase)
    other.close()
    header.write_bytes((tmp_path / "other" / "vault.header").read_bytes())
    with pytest.raises(VaultCorrupt):
        Vault.open(new_vault.root, passphrase)
    header.write_bytes(good)
    Vault.open(new_vault.root, passphrase).close()


def test_create_refuses_existing(new_vault: NewVault, passphrase: SecretStr, tmp_path: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(new_vault.root, passphrase)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "thesis.docx").write_text("x")
    with pytest.raises(VaultExists):
        Vault.create(tmp_path / "full", passphrase)
    with pytest.raises(InvalidInput, match="at least 8"):
        Vault.create(tmp_path / "new", SecretStr("short"))


def test_records_and_validation(vault: Vault) -> None:
    with pytest.raises(InvalidInput):
        add_case(vault, "   ")
    case = add_case(vault, "Compound K", tags=["scam", "scam", " kh "])
    assert case.tags == ("scam", "kh")
    with pytest.raises(InvalidInput):
        add_person(vault, "Someone", phones=["call me"])
    with pytest.raises(InvalidInput):
        add_person(vault, "Someone", emails=["no-at-sign"])
    a = add_person(vault, "Sok Dara")
    b = add_person(vault, "Chan Thy")
    w = add_person(vault, "Witness", role=Role.WITNESS)
    official = add_person(vault, "Gen. X", role=Role.OFFICIAL, protected=False)
    assert (a.pseudonym, b.pseudonym, w.pseudonym) == ("Source A", "Source B", "Witness A")
    assert not official.protected
    with pytest.raises(InvalidInput, match="already used"):
        add_person(vault, "Dup", pseudonym="Source A")
    with pytest.raises(NotFound):
        add_testimony(vault, "nope", a.id, "text")
    with pytest.raises(InvalidInput):
        add_testimony(vault, case.id, a.id, "   ")
    with pytest.raises(InvalidInput, match="both"):
        add_site(vault, case.id, "Site", lat=1.0)
    with pytest.raises(InvalidInput, match="latitude"):
        add_site(vault, case.id, "Site", lat=91.0, lon=0.0)
    text = "ក្រុមហ៊ុន 王明 สมชาย مرحبا Nguyễn"
    t = add_testimony(vault, case.id, a.id, text)
    assert get_testimony(vault, t.id).transcript == text
    assert resolve_id(vault, RecordKind.TESTIMONY, t.id[:8]) == t.id
    with pytest.raises(NotFound):
        resolve_id(vault, RecordKind.CASE, "ffffffff")
    assert {p.id for p in list_persons(vault, case.id)} == {a.id}


def test_testimony_edits_keep_every_revision(vault: Vault) -> None:
    case = add_case(vault, "C")
    p = add_person(vault, "P")
    t = add_testimony(vault, case.id, p.id, "first version")
    edit_testimony(vault, t.id, transcript="second version")
    mark_redacted(vault, t.id, 0, 6)
    history = testimony_history(vault, t.id)
    assert [r.revision for r in history] == [1, 2, 3]
    assert [r.snapshot["transcript"] for r in history] == [
        "first version",
        "second version",
        "second version",
    ]
    assert history[-1].snapshot["redacted_spans"] == [[0, 6]]
    with pytest.raises(InvalidInput):
        mark_redacted(vault, t.id, 5, 500)
    assert [e.action for e in vault.custody_entries(t.id)] == ["create", "edit", "edit"]


def test_delete_rules(vault: Vault) -> None:
    case = add_case(vault, "C")
    p = add_person(vault, "P")
    t = add_testimony(vault, case.id, p.id, "text")
    with pytest.raises(InvalidInput, match="still holds"):
        delete_record(vault, RecordKind.CASE, case.id)
    with pytest.raises(InvalidInput, match="named in"):
        delete_record(vault, RecordKind.PERSON, p.id)
    delete_record(vault, RecordKind.TESTIMONY, t.id)
    delete_record(vault, RecordKind.PERSON, p.id)
    delete_record(vault, RecordKind.CASE, case.id)
    assert list_cases(vault) == []
    assert search(vault, "text") == []


@pytest.mark.parametrize(
    ("text", "query", "found"),
    [
        ("The floor manager Wang Ming took passports.", "passports", True),
        ("The floor manager Wang Ming took passports.", "wang ming", True),
        ("The floor manager Wang Ming took passports.", "pass*", True),
        ("The floor manager Wang Ming took passports.", "passport", False),
        ("昨天王明去了工厂，他是经理。", "王明", True),
        ("昨天王明去了工厂，他是经理。", "明去", True),
        ("昨天王明去了工厂，他是经理。", "王去", False),
        ("昨天王明去了工厂，他是经理。", "厂", True),
        ("គាត់ធ្វើការនៅក្រុមហ៊ុនបោកប្រាស់", "ក្រុមហ៊ុន", True),
        ("គាត់ធ្វើការនៅក្រុមហ៊ុនបោកប្រាស់", "បោក", True),
        ("ผมทำงานที่บริษัทหลอกลวงในกัมพูชา", "กัมพูชา", True),
        ("ผมทำงานที่บริษัทหลอกลวงในกัมพูชา", "หลอก", True),
        ("ผมทำงานที่บริษัทหลอกลวงในกัมพูชา", "พม่า", False),
        ("Anh Nguyễn Văn An ở Phnôm Pênh", "nguyen", True),
        ("Anh Nguyễn Văn An ở Phnôm Pênh", "Nguyễn", True),
        ("Anh Nguyen Van An", "Nguyễn", False),
        ("كان في المجمع", "المجمع", True),
        # Yi, Bopomofo and CJK Extension H are written without spaces: a search inside a run
        # finds the record (the search tokenizer once lacked them, though redaction had them).
        ("ꆈꌠꁱꂷꃅꄿꐯ", "ꁱꂷ", True),
        ("ꆈꌠꁱꂷꃅꄿꐯ", "ꌠꂷ", False),
        ("ㄅㄆㄇㄈㄉㄊ", "ㄇㄈ", True),
        ("\U00031350\U00031351\U00031352\U00031353", "\U00031351\U00031352", True),
    ],
)
def test_search_scripts(vault: Vault, text: str, query: str, found: bool) -> None:
    case = add_case(vault, "C")
    p = add_person(vault, "P")
    t = add_testimony(vault, case.id, p.id, text)
    hits = [h.item_id for h in search(vault, query)]
    assert (t.id in hits) is found


def test_search_after_edit_and_across_kinds(vault: Vault) -> None:
    case = add_case(vault, "Koh Kong compound")
    p = add_person(vault, "李小龙", aliases=["Li Xiaolong"])
    t = add_testimony(vault, case.id, p.id, "old words")
    note = add_note(vault, case.id, "meeting at the pier", private=True)
    edit_testimony(vault, t.id, transcript="new words")
    assert [h.item_id for h in search(vault, "old")] == []
    assert [h.item_id for h in search(vault, "new")] == [t.id]
    assert [h.item_id for h in search(vault, "小龙")] == [p.id]
    assert [h.item_id for h in search(vault, "pier")] == [note.id]
    assert [h.item_id for h in search(vault, "koh kong")] == [case.id]
    with pytest.raises(InvalidInput):
        search(vault, "  ,. ")


def test_custody_chain_detects_tampering(vault: Vault) -> None:
    add_case(vault, "C")
    with pytest.raises(db.DatabaseError, match="append-only"):
        vault.conn.execute("UPDATE custody SET actor = 'x' WHERE seq = 1")
    assert vault.check().ok
    # Someone with the key bypasses the triggers: the chain still shows it.
    vault.conn.execute("DROP TRIGGER custody_no_update")
    vault.conn.execute("UPDATE custody SET actor = 'mallory' WHERE seq = 2")
    report = vault.check()
    assert not report.ok and any("entry 2 was altered" in p for p in report.problems)


def test_blob_damage_is_detected_and_named(vault: Vault) -> None:
    ids = _populate(vault)
    good = vault.blobs.put(io.BytesIO(b"other evidence" * 100))
    with db.transaction(vault.conn):
        vault.conn.execute(
            "INSERT INTO blobs(id, identity, sha256, size, created) VALUES (?, ?, ?, ?, 'now')",
            (good.id, good.identity.secret.reveal(), good.sha256, good.size),
        )
    path = vault.blobs.path_of(ids["blob"])
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    report = vault.check()
    assert not report.ok
    assert any(ids["blob"] in p and "damaged" in p for p in report.problems)
    assert vault.blobs.read_bytes(good.id, good.identity, good.sha256) == b"other evidence" * 100
    path.unlink()
    assert any("missing" in p for p in vault.check().problems)


def test_database_page_damage_is_detected(new_vault: NewVault, passphrase: SecretStr) -> None:
    v = new_vault.vault
    case = add_case(v, "C")
    p = add_person(v, "P")
    for i in range(200):
        add_testimony(v, case.id, p.id, f"testimony number {i} " + "x" * 500)
    v.close()
    path = new_vault.root / "vault.db"
    data = bytearray(path.read_bytes())
    data[len(data) - 4096 * 3 + 100] ^= 0x40  # a page near the end
    path.write_bytes(bytes(data))
    with Vault.open(new_vault.root, passphrase) as v2:
        report = v2.check(verify_blobs=False)
    assert not report.ok and any(p.startswith("database") for p in report.problems)


def test_blobs_are_standard_age_files(vault: Vault, tmp_path: Path) -> None:
    payload = os.urandom(3 * 1024 * 1024 + 17)
    blob = vault.blobs.put(io.BytesIO(payload))
    assert vault.blobs.read_bytes(blob.id, blob.identity, blob.sha256) == payload
    identity_file = tmp_path / "id.txt"
    identity_file.write_text(blob.identity.secret.reveal() + "\n")
    out = subprocess.run(
        ["age", "-d", "-i", str(identity_file), str(vault.blobs.path_of(blob.id))],
        capture_output=True,
        check=True,
    )
    assert out.stdout == payload
    wrong = Identity.generate()
    with pytest.raises(Exception, match=r"damaged|identit"):
        vault.blobs.read_bytes(blob.id, wrong, blob.sha256)


def test_leftovers_after_a_crash_are_swept(new_vault: NewVault, passphrase: SecretStr) -> None:
    v = new_vault.vault
    orphan = v.blobs.put(io.BytesIO(b"never committed"))
    temp = v.blobs.path_of(orphan.id).parent / ".tmp-deadbeef"
    temp.write_bytes(b"partial")
    v.close()
    with Vault.open(new_vault.root, passphrase) as v2:
        assert not v2.blobs.path_of(orphan.id).exists()
        assert not temp.exists()
        assert v2.check().ok


def test_passphrase_change(new_vault: NewVault) -> None:
    v = new_vault.vault
    add_case(v, "C")
    v.change_passphrase(SecretStr("a brand new passphrase"))
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(new_vault.root, SecretStr(PASSPHRASE))
    with Vault.open(new_vault.root, SecretStr("a brand new passphrase")) as v2:
        assert [c.title for c in list_cases(v2)] == ["C"]
        assert "passphrase-change" in [e.action for e in v2.custody_entries()]
    Vault.open(new_vault.root, recovery_key=new_vault.recovery_key).close()


def test_wipe(new_vault: NewVault, passphrase: SecretStr, tmp_path: Path) -> None:
    _populate(new_vault.vault)
    new_vault.vault.close()
    wipe(new_vault.root)
    assert not new_vault.root.exists()
    with pytest.raises(VaultNotFound):
        Vault.open(new_vault.root, passphrase)
    not_a_vault = tmp_path / "documents"
    not_a_vault.mkdir()
    (not_a_vault / "vault.header").write_bytes(b"my own file")
    with pytest.raises(VaultCorrupt, match="nothing was wiped"):
        wipe(not_a_vault)
    assert (not_a_vault / "vault.header").exists()


def test_backup_and_restore(new_vault: NewVault, passphrase: SecretStr, tmp_path: Path) -> None:
    ids = _populate(new_vault.vault)
    out = write_backup(new_vault.vault, tmp_path / "backup.evb")
    data = out.read_bytes()
    for marker in MARKERS:
        assert marker.encode() not in data
    with pytest.raises(InvalidInput, match="already exists"):
        write_backup(new_vault.vault, out)
    new_vault.vault.close()
    info = check_backup(out, passphrase)
    assert info.blobs == 1
    with pytest.raises(WrongPassphrase):
        check_backup(out, SecretStr("wrong passphrase"))
    target = tmp_path / "restored"
    restore_backup(out, target, recovery_key=new_vault.recovery_key)
    with Vault.open(target, passphrase) as v:
        assert get_case(v, ids["case"]).title == MARKERS[0]
        assert v.check().ok
    with pytest.raises(VaultExists):
        restore_backup(out, target, passphrase)
    with pytest.raises(VaultExists):
        restore_backup(out, new_vault.root, passphrase)


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_damaged_backup_is_detected(new_vault: NewVault, passphrase: SecretStr, tmp_path: Path, damage: str) -> None:
    _populate(new_vault.vault)
    out = write_backup(new_vault.vault, tmp_path / "backup.evb")
    data = bytearray(out.read_bytes())
    if damage == "truncate":
        data = data[: len(data) - 200]
    else:
        data[len(data) - 300] ^= 1
    out.write_bytes(bytes(data))
    with pytest.raises(VaultCorrupt):
        check_backup(out, passphrase)
    with pytest.raises(VaultCorrupt):
        restore_backup(out, tmp_path / "restored", passphrase)
    assert not (tmp_path / "restored").exists()
    assert not any(p.name.startswith(".restore-") for p in tmp_path.iterdir())


def test_refuses_sqlite_without_encryption(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain SQLite build would silently write plaintext: refuse before writing anything."""
    import sqlcipher3.dbapi2 as real

    class PlainConnection:
        def __init__(self, inner: object) -> None:
            self._inner = inner

        def execute(self, sql: str, *args: object) -> object:
            if sql.strip().upper() == "PRAGMA CIPHER_VERSION":
                return self._inner.execute("SELECT NULL")  # type: ignore[attr-defined]
            return self._inner.execute(sql, *args)  # type: ignore[attr-defined]

        def close(self) -> None:
            self._inner.close()  # type: ignore[attr-defined]

    original = real.connect
    monkeypatch.setattr(real, "connect", lambda *a, **k: PlainConnection(original(*a, **k)))
    with pytest.raises(VaultCorrupt, match="no encryption"):
        db.open_database(tmp_path / "x.db", SecretBytes(bytes(32)), create=True)


def test_newer_schema_is_refused(new_vault: NewVault, passphrase: SecretStr) -> None:
    new_vault.vault.conn.execute("PRAGMA user_version = 99")
    new_vault.vault.close()
    with pytest.raises(VaultCorrupt, match="newer version"):
        Vault.open(new_vault.root, passphrase)


def test_person_edit_and_protection(vault: Vault) -> None:
    p = add_person(vault, "Sok Dara", phones=["012 345 678"])
    with pytest.raises(InvalidInput, match="forget-identifiers"):
        edit_person(vault, p.id, protected=False)  # making a protected person public is explicit
    edited = edit_person(vault, p.id, protected=False, phones=(*p.phones, "+855 12 999 888"), forget_identifiers=True)
    assert not edited.protected and edited.phones == ("012 345 678", "+855 12 999 888")
    with pytest.raises(InvalidInput):
        edit_person(vault, p.id, stamp=None)
    with pytest.raises(InvalidInput):
        edit_person(vault, p.id, full_name=" ")


def test_a_second_thread_never_joins_another_threads_transaction(vault: Vault) -> None:
    """The app's jobs share the vault's connection with the GUI thread: a change made while a job's
    transaction is open must wait for it, and must survive that transaction's rollback."""
    import threading

    from evidence_app import db

    inside, other_started = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def failing_job() -> None:
        try:
            with db.transaction(vault.conn):
                add_case(vault, "rolled back")
                inside.set()
                other_started.wait(5)
                time.sleep(0.2)  # the other thread is now trying to write
                raise RuntimeError("the job fails")
        except RuntimeError:
            outcome["job"] = "rolled back"

    def other_change() -> None:
        inside.wait(5)
        other_started.set()
        outcome["case"] = add_case(vault, "kept").id

    threads = [threading.Thread(target=failing_job), threading.Thread(target=other_change)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert outcome.get("job") == "rolled back"
    assert [c.title for c in list_cases(vault)] == ["kept"]


def test_backups_exports_and_transfers_are_refused_inside_the_vault_folder(cli: Cli, tmp_path: Path) -> None:
    """A file written into the vault folder (or its blobs/) outlives 'wipe' and a duress unlock,
    which remove only the vault's own files: refused before anything is written or logged."""
    cli.ok("init", "--author", "Tester")
    cli.ok("case", "add", "--title", "Case")
    case = cli.ok("list", "cases").split("\t")[0]
    entries = cli.ok("log").count("\n")
    for out in (cli.root / "inside.bak", cli.root / "blobs" / "inside.bak"):
        r = cli("backup", "--out", str(out))
        assert r.code == 1 and "inside the vault folder" in r.err and len(r.err.splitlines()) == 1, r.err
        assert not out.exists()
    recipient = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"
    r = cli("transfer", "export", "--case", case, "--recipient", recipient, "--out", str(cli.root / "case.age"))
    assert r.code == 1 and "inside the vault folder" in r.err and not (cli.root / "case.age").exists(), r.err
    log = cli.ok("log")
    assert "backup" not in log and "transfer" not in log.split("\n", entries)[-1]
    cli.ok("wipe", "--yes")
    assert not cli.root.exists()  # nothing of ours was left in it
