"""Vault header: slots, unlocking, tamper and corruption detection, secrets that never print."""

from __future__ import annotations

import json
import pickle

import pytest

from crypto import header as vh
from crypto import kdf, recovery
from crypto.errors import BadRecoveryKey, HeaderCorrupt, UnsupportedFormat, WrongSecret
from crypto.secret import SecretBytes, SecretStr

PW = SecretStr("a long passphrase")


@pytest.fixture(scope="module")
def keys() -> vh.NewVaultKeys:
    with pytest.MonkeyPatch.context() as m:
        m.setenv("PYTEST_CURRENT_TEST", "module-fixture")
        with kdf.allow_weak_parameters_for_tests():
            return vh.create(PW, "2026-01-01T00:00:00Z")


def test_unlock_with_passphrase_and_recovery_key(keys: vh.NewVaultKeys) -> None:
    header = vh.VaultHeader.from_bytes(keys.header.to_bytes())
    assert header.unlock_with_passphrase(PW) == keys.vault_key
    assert header.unlock_with_recovery_key(keys.recovery_key) == keys.vault_key


def test_wrong_secrets(keys: vh.NewVaultKeys) -> None:
    header = vh.VaultHeader.from_bytes(keys.header.to_bytes())
    with pytest.raises(WrongSecret, match="wrong passphrase"):
        header.unlock_with_passphrase(SecretStr("a long passphrasE"))
    _, other = recovery.generate()
    with pytest.raises(WrongSecret, match="wrong recovery key"):
        header.unlock_with_recovery_key(other)
    typo = keys.recovery_key.reveal()
    typo = typo[:5] + ("A" if typo[5] != "A" else "B") + typo[6:]
    with pytest.raises(BadRecoveryKey, match="typo"):
        header.unlock_with_recovery_key(SecretStr(typo))


def test_every_flipped_byte_is_detected(keys: vh.NewVaultKeys) -> None:
    data = keys.header.to_bytes()
    for i in range(len(data)):
        for mask in (0x01, 0x80):
            damaged = bytearray(data)
            damaged[i] ^= mask
            with pytest.raises((HeaderCorrupt, UnsupportedFormat)):
                vh.VaultHeader.from_bytes(bytes(damaged)).unlock_with_passphrase(PW)


def test_truncation_and_trailing_bytes_are_detected(keys: vh.NewVaultKeys) -> None:
    data = keys.header.to_bytes()
    for cut in (0, 1, 8, 14, len(data) // 2, len(data) - 1):
        with pytest.raises(HeaderCorrupt):
            vh.VaultHeader.from_bytes(data[:cut])
    with pytest.raises(HeaderCorrupt):
        vh.VaultHeader.from_bytes(data + b"\0")


def _reforge(data: bytes, edit: object) -> bytes:
    """Change the JSON body and recompute the plain checksum, as a deliberate attacker would."""
    import hashlib
    import struct

    body = json.loads(data[14:-32])
    edit(body)  # type: ignore[operator]
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    prefix = struct.pack(">8sHI", vh.MAGIC, vh.HEADER_VERSION, len(raw)) + raw
    return prefix + hashlib.sha256(prefix).digest()


@pytest.mark.parametrize(
    "edit",
    [
        lambda b: b.__setitem__("created", "2020-01-01T00:00:00Z"),
        lambda b: b["slots"][0]["kdf"].__setitem__("iterations", b["slots"][0]["kdf"]["iterations"] + 1),
        lambda b: b["slots"][1].__setitem__("slot", 7),
        lambda b: b["slots"].pop(1),
        lambda b: b.__setitem__("vault_id", "00000000-0000-4000-8000-000000000000"),
    ],
    ids=["created", "kdf-params", "slot-number", "drop-recovery-slot", "vault-id"],
)
def test_deliberate_tampering_is_detected(keys: vh.NewVaultKeys, edit: object) -> None:
    forged = vh.VaultHeader.from_bytes(_reforge(keys.header.to_bytes(), edit))
    with pytest.raises((HeaderCorrupt, WrongSecret)):
        forged.unlock_with_passphrase(PW)


def test_hostile_kdf_parameters_are_refused_before_deriving(keys: vh.NewVaultKeys) -> None:
    forged = _reforge(
        keys.header.to_bytes(), lambda b: b["slots"][0]["kdf"].__setitem__("memory_kib", 64 * 1024 * 1024)
    )
    with pytest.raises(UnsupportedFormat):  # now already while the header is read
        vh.VaultHeader.from_bytes(forged).unlock_with_passphrase(PW)


def test_change_passphrase_keeps_the_key_and_recovery(keys: vh.NewVaultKeys) -> None:
    new = vh.change_passphrase(keys.header, keys.vault_key, SecretStr("another passphrase"))
    reread = vh.VaultHeader.from_bytes(new.to_bytes())
    assert reread.unlock_with_passphrase(SecretStr("another passphrase")) == keys.vault_key
    assert reread.unlock_with_recovery_key(keys.recovery_key) == keys.vault_key
    with pytest.raises(WrongSecret):
        reread.unlock_with_passphrase(PW)


def test_new_vaults_meet_the_kdf_floor_outside_the_test_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTEST_CURRENT_TEST")
    with pytest.raises(RuntimeError), kdf.allow_weak_parameters_for_tests():
        pass
    monkeypatch.setattr(kdf, "_floor", kdf._REAL_FLOOR)
    with pytest.raises(ValueError):
        kdf.check_floor(kdf.Argon2Params(64, 1, 1, bytes(16)))
    kdf.check_floor(kdf.Argon2Params(kdf.MIN_MEMORY_KIB, 1, 1, bytes(16)))


def test_calibration_targets_the_unlock_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "_floor", kdf._REAL_FLOOR)
    monkeypatch.setattr(kdf, "derive", lambda p, params: SecretBytes(bytes(32)))
    ticks = iter([0.0, 0.25] * kdf.CALIBRATION_TRIALS)  # a fake clock: one iteration takes 0.25 s
    params = kdf.new_params(target_seconds=0.75, clock=lambda: next(ticks))
    assert params.iterations == 3 and params.memory_kib >= kdf.MIN_MEMORY_KIB


def test_calibration_is_not_fooled_by_a_momentary_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """One trial slowed by a busy machine must not weaken the slot: the fastest trial counts."""
    monkeypatch.setattr(kdf, "_floor", kdf._REAL_FLOOR)
    monkeypatch.setattr(kdf, "derive", lambda p, params: SecretBytes(bytes(32)))
    assert kdf.CALIBRATION_TRIALS >= 3
    durations = [1.0, 0.25, 0.5] + [0.25] * (kdf.CALIBRATION_TRIALS - 3)  # the first trial ran under load
    ticks = iter([t for d in durations for t in (0.0, d)])
    params = kdf.new_params(target_seconds=1.5, clock=lambda: next(ticks))
    assert params.iterations == 6


def test_secrets_never_print_or_pickle(keys: vh.NewVaultKeys) -> None:
    for secret in (keys.vault_key, keys.recovery_key, PW):
        text = f"{secret} {secret!r} {secret:>10}"
        assert "hidden" in text
        with pytest.raises(TypeError):
            pickle.dumps(secret)
    assert keys.recovery_key.reveal() not in repr(keys)
    assert keys.vault_key.reveal().hex() not in repr(keys)


def test_passphrase_keks_are_zeroed_after_create_change_and_rekey(
    keys: vh.NewVaultKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A passphrase's key-encryption key opens its slot as surely as the vault key: once a slot
    is made (vault creation, passphrase change, re-key), no derived kek is left un-zeroed."""
    made: list[SecretBytes] = []
    derive = kdf.derive

    def recording(passphrase: SecretStr, params: kdf.Argon2Params) -> SecretBytes:
        made.append(derive(passphrase, params))
        return made[-1]

    monkeypatch.setattr(kdf, "derive", recording)
    with kdf.allow_weak_parameters_for_tests():
        created = vh.create(PW, "2026-01-01T00:00:00Z", params=keys.header.shared_kdf)
        changed = vh.change_passphrase(created.header, created.vault_key, SecretStr("another long passphrase"))
        vh.rekey(changed, created.vault_key, SecretStr("a third long passphrase"))
    assert len(made) == 3
    assert [len(kek) for kek in made] == [0, 0, 0]
