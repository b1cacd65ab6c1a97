"""The duress passphrase: it opens the decoy the researcher prepared and, in the same unlock,
crypto-erases the real vault. The header looks the same with and without one, every unlock runs
the key derivation once, backups made before still restore. Through the CLI, as a person uses it."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from pathlib import Path
from typing import Any

import pytest

from crypto import header as vh
from crypto import kdf
from crypto.secret import SecretBytes, SecretStr
from evidence_app import duress
from evidence_app.errors import WrongPassphrase
from evidence_app.records.cases import list_cases
from evidence_app.vault import Vault
from tests.conftest import PASSPHRASE, Cli

DURESS = "harmless holiday photos only"
WRONG = "not the passphrase at all"


@pytest.fixture
def real(cli: Cli, tmp_path: Path) -> tuple[Cli, str]:
    """A vault with a real case and one media item; returns the CLI and the recovery key."""
    r = cli("init", "--author", "Tester")
    assert r.code == 0, r.err
    cli.ok("case", "add", "--title", "Compound K, real testimonies")
    case = cli.ok("list", "cases").split("\t")[0]
    note = tmp_path / "real-note.txt"
    note.write_text("Real interview notes", encoding="utf-8")
    cli.ok("media", "import", "--case", case, str(note))
    return cli, r.out.strip()


def _decoy(cli: Cli, tmp_path: Path) -> Path:
    """The researcher prepares the decoy: an ordinary vault with the duress passphrase."""
    folder = tmp_path / "decoy"
    env = {"EVIDENCE_VAULT": str(folder), "EVIDENCE_PASSPHRASE": DURESS}
    assert cli("init", "--author", "Tester", env=env).code == 0
    assert cli("case", "add", "--title", "Market prices 2025", env=env).code == 0
    case = cli("list", "cases", env=env).out.split("\t")[0]
    for n in range(2):
        text = tmp_path / f"shopping-{n}.txt"
        text.write_text(f"rice, fish, soap {n}", encoding="utf-8")
        assert cli("media", "import", "--case", case, str(text), env=env).code == 0
    return folder


def _setup(cli: Cli, tmp_path: Path, decoy: Path | None) -> None:
    secret = tmp_path / "duress.txt"
    secret.write_text(DURESS + "\n", encoding="utf-8")
    args = ["duress", "setup", "--duress-passphrase-file", str(secret)]
    if decoy is not None:
        args += ["--decoy", str(decoy)]
    r = cli(*args)
    assert r.code == 0 and "Duress passphrase set" in r.err, r.err


def _blob_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / "blobs").rglob("*.age"))


def _shape(value: Any) -> Any:
    """The structure of a JSON value: keys, list lengths, types and string lengths, no content."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [_shape(v) for v in value]
    if isinstance(value, str):
        return ("str", len(value))
    return (type(value).__name__, len(str(value)))


def _body(root: Path) -> dict[str, Any]:
    return dict(json.loads((root / "vault.header").read_bytes()[14:-32]))


def test_decoy_opens_and_the_real_vault_is_crypto_erased(real: tuple[Cli, str], tmp_path: Path) -> None:
    cli, recovery = real
    decoy = _decoy(cli, tmp_path)
    decoy_blobs = sorted(p.name for p in _blob_files(decoy))  # originals and working copies
    _setup(cli, tmp_path, decoy)
    assert not decoy.exists()  # the prepared folder would give the decoy away
    # Until it is used, the real vault works as before, and its check sees no stray files.
    assert "Compound K" in cli.ok("list", "cases")
    assert cli.ok("check").startswith("OK") and "quarantine" not in cli.ok("check")
    real_header = (cli.root / "vault.header").read_bytes()
    real_slots = [bytes.fromhex(s["wrapped_key"]) for s in _body(cli.root)["slots"]]

    r = cli("list", "cases", env={"EVIDENCE_PASSPHRASE": DURESS})
    assert r.code == 0 and r.err == ""  # nothing said that an ordinary unlock would not say
    assert "Market prices 2025" in r.out and "Compound K" not in r.out
    assert len(cli("list", "media", env={"EVIDENCE_PASSPHRASE": DURESS}).out.strip().splitlines()) == 2

    # The real header's slots are gone: not in the header, not anywhere in the folder.
    everything = b"".join(p.read_bytes() for p in cli.root.rglob("*") if p.is_file())
    assert real_header not in everything
    for wrapped in real_slots:
        assert wrapped not in everything
    # Only the decoy's media files are left (the real one and the packed decoy database are gone).
    assert sorted(p.name for p in _blob_files(cli.root)) == decoy_blobs
    left = sorted(p.name for p in cli.root.iterdir())
    assert left == ["blobs", "vault.anchor", "vault.db", "vault.header", "vault.lock"]

    r = cli("list", "cases")  # the real passphrase
    assert (r.code, r.err.strip()) == (1, "evidence-app: wrong passphrase")
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery, encoding="utf-8")
    r = cli("list", "cases", "--recovery-key-file", str(key_file))
    assert (r.code, r.err.strip()) == (1, "evidence-app: wrong recovery key")
    # The decoy is a whole, ordinary vault from then on.
    r = cli("check", env={"EVIDENCE_PASSPHRASE": DURESS})
    assert r.code == 0 and r.out.startswith("OK") and f"{len(decoy_blobs)} blobs" in r.out, r.out
    assert cli("case", "add", "--title", "More prices", env={"EVIDENCE_PASSPHRASE": DURESS}).code == 0


def test_header_has_the_same_size_and_structure_with_and_without_duress(
    real: tuple[Cli, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli, _ = real
    other = Cli(tmp_path / "never-duress", monkeypatch)
    assert other("init", "--author", "Tester").code == 0
    before = (cli.root / "vault.header").read_bytes()
    _setup(cli, tmp_path, _decoy(cli, tmp_path))
    after = (cli.root / "vault.header").read_bytes()
    never = (other.root / "vault.header").read_bytes()
    assert len(after) == len(before) == len(never)
    assert after[:14] == before[:14] and after[8:10] == (vh.HEADER_VERSION).to_bytes(2, "big")
    assert _shape(_body(cli.root)) == _shape(json.loads(before[14:-32])) == _shape(_body(other.root))
    slots = _body(cli.root)["slots"]
    assert len(slots) == vh.SLOT_COUNT == 4
    # Every passphrase slot carries the same parameters and salt (one derivation per unlock).
    assert len({json.dumps(s["kdf"], sort_keys=True) for s in slots if s["kind"] == "passphrase"}) == 1
    assert [s["kind"] for s in slots] == [s["kind"] for s in _body(other.root)["slots"]]
    # And the duress passphrase after use leaves a header of that same shape (the decoy's).
    assert cli("list", "cases", env={"EVIDENCE_PASSPHRASE": DURESS}).code == 0
    assert len((cli.root / "vault.header").read_bytes()) == len(before)
    assert _shape(_body(cli.root)) == _shape(json.loads(before[14:-32]))


def test_every_unlock_runs_the_key_derivation_once(
    new_vault: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Timing cannot depend on a duress passphrase being set: the same single Argon2id run."""
    calls: list[int] = []
    real_derive = kdf.derive

    def counting(passphrase: SecretStr, params: kdf.Argon2Params) -> SecretBytes:
        calls.append(1)
        return real_derive(passphrase, params)

    monkeypatch.setattr(kdf, "derive", counting)

    def runs(secret: str) -> int:
        calls.clear()
        with contextlib.suppress(WrongPassphrase):  # a wrong passphrase: only the count matters here
            Vault.open(new_vault.root, SecretStr(secret)).close()
        return len(calls)

    root = new_vault.root
    new_vault.vault.close()
    without = (runs(PASSPHRASE), runs(WRONG), runs(DURESS))
    with Vault.open(root, SecretStr(PASSPHRASE)) as v:
        duress.setup_duress(v, SecretStr(DURESS))
    with_duress = (runs(PASSPHRASE), runs(WRONG))
    assert without == (1, 1, 1) and with_duress == (1, 1)
    assert runs(DURESS) == 1  # the decoy's new header is made from the same derivation
    with Vault.open(root, SecretStr(DURESS)) as v:  # the (empty) decoy, now the only vault here
        assert list_cases(v) == []


def test_a_backup_still_restores_the_real_vault(real: tuple[Cli, str], tmp_path: Path) -> None:
    cli, recovery = real
    _setup(cli, tmp_path, _decoy(cli, tmp_path))
    backup = tmp_path / "before-checkpoint.evb"
    cli.ok("backup", "--out", str(backup))
    assert cli("list", "cases", env={"EVIDENCE_PASSPHRASE": DURESS}).code == 0  # duress used
    # The real passphrase opens the backup; the duress passphrase does not.
    r = cli("check", "--backup", str(backup), env={"EVIDENCE_PASSPHRASE": DURESS})
    assert (r.code, r.err.strip()) == (1, "evidence-app: wrong passphrase")
    restored = tmp_path / "restored"
    cli.ok("restore", "--from", str(backup), "--vault", str(restored))
    r = cli("list", "cases", "--vault", str(restored))
    assert r.code == 0 and "Compound K" in r.out
    assert cli("check", "--vault", str(restored)).code == 0
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(recovery, encoding="utf-8")
    again = tmp_path / "restored-with-key"
    assert cli("restore", "--from", str(backup), "--vault", str(again), "--recovery-key-file", str(key_file)).code == 0
    assert "Compound K" in cli("list", "cases", "--vault", str(again), "--recovery-key-file", str(key_file)).out


def test_bad_setups_are_refused_and_change_nothing(real: tuple[Cli, str], tmp_path: Path) -> None:
    cli, _ = real
    before = {p: p.read_bytes() for p in cli.root.rglob("*") if p.is_file() and p.name != "vault.lock"}
    same = tmp_path / "same.txt"
    same.write_text(PASSPHRASE, encoding="utf-8")
    r = cli("duress", "setup", "--duress-passphrase-file", str(same))
    assert r.code == 1 and "must differ from the vault's passphrase" in r.err and len(r.err.splitlines()) == 1
    decoy = _decoy(cli, tmp_path)
    other = tmp_path / "other.txt"
    other.write_text("some other long passphrase", encoding="utf-8")
    r = cli("duress", "setup", "--duress-passphrase-file", str(other), "--decoy", str(decoy))
    assert r.code == 1 and "does not open with the duress passphrase" in r.err and len(r.err.splitlines()) == 1
    r = cli("duress", "setup", "--duress-passphrase-file", str(other), "--decoy", str(cli.root))
    assert r.code == 1 and "not this vault" in r.err
    assert decoy.exists()  # a refused setup wipes nothing
    after = {p: p.read_bytes() for p in cli.root.rglob("*") if p.is_file() and p.name != "vault.lock"}
    assert after.keys() == before.keys() and after[cli.root / "vault.header"] == before[cli.root / "vault.header"]
    assert cli("list", "cases", env={"EVIDENCE_PASSPHRASE": "some other long passphrase"}).code == 1


def test_the_duress_passphrase_cannot_become_the_passphrase_and_can_be_removed(
    real: tuple[Cli, str], tmp_path: Path
) -> None:
    cli, _ = real
    _setup(cli, tmp_path, None)
    new = tmp_path / "new.txt"
    new.write_text(DURESS, encoding="utf-8")
    r = cli("passphrase", "change", "--new-passphrase-file", str(new))
    assert r.code == 1 and "duress passphrase" in r.err
    size = len((cli.root / "vault.header").read_bytes())
    files = len(_blob_files(cli.root))
    assert cli("duress", "remove").code == 0
    assert len((cli.root / "vault.header").read_bytes()) == size
    assert len(_blob_files(cli.root)) == files - 1  # the empty decoy's database is gone
    r = cli("list", "cases", env={"EVIDENCE_PASSPHRASE": DURESS})
    assert (r.code, r.err.strip()) == (1, "evidence-app: wrong passphrase")
    assert "Compound K" in cli.ok("list", "cases")


def test_the_failed_unlock_limit_keeps_counting_through_a_duress_unlock(real: tuple[Cli, str], tmp_path: Path) -> None:
    cli, _ = real
    cli.ok("settings", "set", "failed-unlock-limit", "5")
    _setup(cli, tmp_path, _decoy(cli, tmp_path))
    for n in (1, 2):
        assert f"failed unlock {n} of 5" in cli("list", "cases", env={"EVIDENCE_PASSPHRASE": WRONG}).err
    r = cli("list", "cases", env={"EVIDENCE_PASSPHRASE": DURESS})
    assert r.code == 0 and "2 failed unlock attempt(s) since the last unlock" in r.err  # as a real unlock says
    assert cli("settings", "show", env={"EVIDENCE_PASSPHRASE": DURESS}).out.strip() == "failed-unlock-limit 5"


def test_a_version_1_vault_still_opens_and_becomes_version_2(new_vault: Any) -> None:
    """A header written before duress (two slots, version 1) opens with the passphrase and the
    recovery key, and the first unlock rewrites it as version 2 without changing its slots."""
    v: Vault = new_vault.vault
    key = v._vault_key
    current = vh.VaultHeader.from_bytes((new_vault.root / "vault.header").read_bytes())
    legacy = dataclasses.replace(
        current, version=1, slots=tuple(s for s in current.slots if s.number in (1, 2)), mac=b""
    ).with_mac(key)
    v.close()
    data = legacy.to_bytes()
    assert data[8:10] == b"\x00\x01" and len(json.loads(data[14:-32])["slots"]) == 2
    (new_vault.root / "vault.header").write_bytes(data)
    with Vault.open(new_vault.root, recovery_key=new_vault.recovery_key):
        pass
    body = _body(new_vault.root)
    assert body["version"] == 2 and len(body["slots"]) == 4
    assert body["slots"][:2] == json.loads(data[14:-32])["slots"]  # kept byte for byte
    with Vault.open(new_vault.root, SecretStr(PASSPHRASE)):
        pass
    with Vault.open(new_vault.root, recovery_key=new_vault.recovery_key):
        pass


def test_a_rekey_keeps_the_duress_passphrase_and_the_header_shape(real: tuple[Cli, str], tmp_path: Path) -> None:
    cli, _ = real
    _setup(cli, tmp_path, _decoy(cli, tmp_path))
    size = len((cli.root / "vault.header").read_bytes())
    same = tmp_path / "same.txt"
    same.write_text(DURESS, encoding="utf-8")
    r = cli("rekey", "--new-passphrase-file", str(same))
    assert r.code == 1 and "duress passphrase" in r.err and len(r.err.strip().splitlines()) == 1
    new = tmp_path / "new.txt"
    new.write_text("a brand new long passphrase", encoding="utf-8")
    assert cli("rekey", "--new-passphrase-file", str(new)).code == 0
    body = _body(cli.root)
    assert len((cli.root / "vault.header").read_bytes()) == size and len(body["slots"]) == 4
    assert len({json.dumps(s["kdf"], sort_keys=True) for s in body["slots"] if s["kind"] == "passphrase"}) == 1
    r = cli("list", "cases", env={"EVIDENCE_PASSPHRASE": DURESS})
    assert r.code == 0 and "Market prices 2025" in r.out
    assert cli("list", "cases", env={"EVIDENCE_PASSPHRASE": "a brand new long passphrase"}).code == 1


def test_a_decoy_that_cannot_be_read_still_erases_the_real_vault(real: tuple[Cli, str], tmp_path: Path) -> None:
    cli, _ = real
    before = {p.name for p in _blob_files(cli.root)}
    _setup(cli, tmp_path, None)
    (package,) = [p for p in _blob_files(cli.root) if p.name not in before]  # the empty decoy's database
    package.write_bytes(package.read_bytes()[:-40])  # damaged (a truncated copy, a bad sector)
    r = cli("list", "cases", env={"EVIDENCE_PASSPHRASE": DURESS})
    assert r.code == 1 and "cannot be decrypted" in r.err and len(r.err.strip().splitlines()) == 1
    assert not (cli.root / "vault.header").exists() and not (cli.root / "vault.db").exists()
    assert cli("list", "cases").code == 1  # the real passphrase finds nothing either


class _Killed(BaseException):
    """The process killed at this point (nothing after it runs, no handler catches it)."""


@pytest.mark.parametrize("crash_at", ["decoy-header", "decoy-db"])
def test_a_duress_unlock_killed_after_the_real_header_is_erased_still_opens_the_decoy(
    real: tuple[Cli, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, crash_at: str
) -> None:
    """Killed between erasing the real header and the decoy's header's rename, or between that
    rename and the decoy database's: the next duress unlock finishes the switch (the decoy, whole
    and checked, nothing quarantined), where it used to find a damaged vault that looked wiped."""
    cli, _ = real
    decoy = _decoy(cli, tmp_path)
    _setup(cli, tmp_path, decoy)
    real_replace = os.replace

    def killed(src: Any, dst: Any) -> None:
        if Path(src).name == f".tmp-{crash_at}":
            raise _Killed
        real_replace(src, dst)

    with monkeypatch.context() as m:
        m.setattr(os, "replace", killed)
        with pytest.raises(_Killed):
            Vault.open(cli.root, passphrase=SecretStr(DURESS))
    assert cli("list", "cases").code == 1  # the real vault is erased already
    r = cli("list", "cases", env={"EVIDENCE_PASSPHRASE": DURESS})
    assert r.code == 0 and r.err == "" and "Market prices 2025" in r.out and "Compound K" not in r.out, r.err
    r = cli("check", env={"EVIDENCE_PASSPHRASE": DURESS})
    assert r.code == 0 and r.out.startswith("OK") and "quarantine" not in r.out, r.out
    left = sorted(p.name for p in cli.root.iterdir())
    assert left == ["blobs", "vault.anchor", "vault.db", "vault.header", "vault.lock"]


def test_a_panic_wipe_after_a_duress_unlock_killed_mid_switch_erases_everything(
    real: tuple[Cli, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed after the real header was overwritten and before the decoy's header took its name:
    the header file holds random bytes, the decoy's header waits beside it. ``wipe`` used to refuse
    that folder as "not an Evidence Vault header"; a panic wipe must work there too."""
    cli, _ = real
    _setup(cli, tmp_path, _decoy(cli, tmp_path))
    real_replace = os.replace

    def killed(src: Any, dst: Any) -> None:
        if Path(src).name == ".tmp-decoy-header":
            raise _Killed
        real_replace(src, dst)

    with monkeypatch.context() as m:
        m.setattr(os, "replace", killed)
        with pytest.raises(_Killed):
            Vault.open(cli.root, passphrase=SecretStr(DURESS))
    assert (cli.root / ".tmp-decoy-header").is_file()
    r = cli("wipe", "--yes")
    assert r.code == 0, r.err
    assert not cli.root.exists() or not any(cli.root.iterdir())
    # A folder that never was a vault is still refused.
    other = tmp_path / "holiday"
    other.mkdir()
    (other / "vault.header").write_bytes(b"not a header at all")
    r = cli("--vault", str(other), "wipe", "--yes")
    assert r.code == 1 and "not an Evidence Vault header" in r.err and (other / "vault.header").exists()


_KILLED_DURING_SETUP = """
import os, signal, sys
from pathlib import Path
from crypto.secret import SecretStr
from evidence_app import decoy, duress
from evidence_app.vault import Vault

def killed(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)  # the decoy is made, not yet packed

decoy.write_package = killed
vault = Vault.open(Path(sys.argv[1]), passphrase=SecretStr(sys.argv[2]))
duress.setup_duress(vault, SecretStr(sys.argv[3]))
"""


def test_a_setup_killed_half_way_leaves_no_second_vault_beside_the_real_one(
    real: tuple[Cli, str], tmp_path: Path
) -> None:
    """Setup without --decoy makes the empty decoy in a scratch folder. Killed before it is packed,
    that folder (a whole vault that opens with the duress passphrase) must not stay beside the real
    one, where it gives the duress passphrase away: it is inside the vault folder and the next
    unlock removes it."""
    import subprocess
    import sys

    cli, _ = real
    before = {p.name for p in tmp_path.iterdir()}
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVIDENCE_")}
    child = subprocess.run(
        [sys.executable, "-c", _KILLED_DURING_SETUP, str(cli.root), PASSPHRASE, DURESS],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        timeout=300,
    )
    assert child.returncode == -9, child.stderr.decode()
    assert {p.name for p in tmp_path.iterdir()} == before  # nothing new beside the vault
    assert cli("list", "cases").code == 0  # the next unlock sweeps what the kill left
    left = sorted(p.name for p in cli.root.iterdir())
    assert left == ["blobs", "vault.anchor", "vault.db", "vault.header", "vault.lock"]


def test_setup_leaves_no_duress_key_or_decoy_key_unwiped(
    real: tuple[Cli, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The duress passphrase's key-encryption key opens the duress slot, and the decoy key and
    the keys derived from it name and open the packed decoy: once setup returns, every one of
    them is zeroed (SecretBytes.wipe), as the vault key is when the vault closes."""
    cli, _ = real
    made: list[SecretBytes] = []
    kek_of = vh.VaultHeader.passphrase_kek
    subkey_of = vh.subkey

    def kek(self: vh.VaultHeader, passphrase: SecretStr) -> SecretBytes:
        made.append(kek_of(self, passphrase))
        return made[-1]

    def subkey(key: SecretBytes, purpose: str) -> SecretBytes:
        derived = subkey_of(key, purpose)
        if purpose.startswith("decoy-"):
            made.append(derived)
        return derived

    class Recorded(SecretBytes):
        __slots__ = ()

        def __init__(self, value: bytes | bytearray) -> None:
            super().__init__(value)
            made.append(self)

    monkeypatch.setattr(vh.VaultHeader, "passphrase_kek", kek)
    monkeypatch.setattr(vh, "subkey", subkey)
    monkeypatch.setattr(duress, "SecretBytes", Recorded)
    with Vault.open(cli.root, passphrase=SecretStr(PASSPHRASE)) as vault:
        duress.setup_duress(vault, SecretStr(DURESS))
        assert len(made) >= 4  # the kek, the decoy key's copy, the package's name and identity keys
        assert [len(secret) for secret in made] == [0] * len(made)


def test_removing_a_duress_passphrase_that_is_not_set_is_refused_and_changes_nothing(real: tuple[Cli, str]) -> None:
    """It used to say 'The duress passphrase and its decoy vault were removed.', rewrite the
    header and log a removal, for a vault that never had one."""
    cli, _ = real
    header = (cli.root / "vault.header").read_bytes()
    entries = len(cli.ok("log").splitlines())
    r = cli("duress", "remove")
    assert (r.code, r.err.strip()) == (1, "evidence-app: this vault has no duress passphrase; nothing was changed")
    assert (cli.root / "vault.header").read_bytes() == header
    new = cli.ok("log").splitlines()[entries:]
    assert [line.split("\t")[3] for line in new] == ["unlock", "unlock"]  # remove's and this log's; no edit
