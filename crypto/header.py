"""The vault header: the only place the wrapped vault key lives.

Layout (all integers big-endian)::

    magic      8 bytes   b"EVVAULT\\x00"
    version    u16       HEADER_VERSION
    length     u32       length of body
    body       JSON      canonical (sorted keys, no spaces, UTF-8)
    checksum   32 bytes  SHA-256 of everything above

The checksum tells accidental damage (a flipped bit, a truncated copy) apart from a wrong
passphrase before any KDF runs. Deliberate tampering is caught cryptographically: each slot's
AES-GCM wrap is bound (as associated data) to the vault id, slot number, kind and KDF parameters,
and the body carries an HMAC keyed from the vault key over every other field.

Slots work as in LUKS: one random 256-bit vault key, wrapped once per slot. Changing the
passphrase replaces one slot; the data is never re-encrypted. Destroying this file destroys every
wrapped copy of the key, which is what ``wipe`` relies on.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import struct
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import aead, kdf, recovery
from .errors import HeaderCorrupt, UnsupportedFormat, WrongSecret
from .secret import SecretBytes, SecretStr

MAGIC = b"EVVAULT\x00"
HEADER_VERSION = 1
FORMAT_ID = "evidence-vault-header"
MAC_HMAC_SHA256 = "hmac-sha256"
MAX_BODY = 64 * 1024
_PREFIX = struct.Struct(">8sHI")
_CHECKSUM_LEN = 32
VAULT_KEY_LEN = 32
# A vault of ours has two slots (passphrase, recovery key). The cap leaves room for more, and
# bounds what a hostile header can make an unlock try: a header with more is refused as it is
# read, before any key derivation runs.
MAX_SLOTS = 8
# The failed-unlock limits a person may choose (0 means off).
UNLOCK_LIMITS = (5, 10, 20)
_COUNTER_BASE = 1 << 30


class SlotKind(Enum):
    PASSPHRASE = "passphrase"  # noqa: S105 (a slot kind, not a password)
    RECOVERY = "recovery"


@dataclass(frozen=True)
class Slot:
    number: int
    kind: SlotKind
    kdf: dict[str, object]  # Argon2Params.to_json() or {"alg": "hkdf-sha256", "salt": hex}
    nonce: bytes
    wrapped_key: bytes

    def to_json(self) -> dict[str, object]:
        return {
            "slot": self.number,
            "kind": self.kind.value,
            "kdf": self.kdf,
            "nonce": self.nonce.hex(),
            "wrapped_key": self.wrapped_key.hex(),
        }


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    created: str
    slots: tuple[Slot, ...]
    aead_alg: str = aead.AEAD_AES_256_GCM
    mac_alg: str = MAC_HMAC_SHA256
    mac: bytes = field(default=b"", repr=False)
    # The failed-unlock limit (0: off). ``unlock_limit`` and ``unlock_seen`` (the counter as the
    # last successful unlock left it) are covered by the MAC; ``unlock_failures`` is not, because
    # it must go up on every attempt, before the passphrase is known. A counter found below
    # ``unlock_seen`` was set back by someone without the key; see ``counter_was_reset``.
    unlock_limit: int = 0
    unlock_seen: int = 0
    unlock_failures: int = 0

    # --- serialisation -------------------------------------------------------------------------

    def _body(self, with_mac: bool) -> dict[str, object]:
        body: dict[str, object] = {
            "format": FORMAT_ID,
            "version": HEADER_VERSION,
            "vault_id": self.vault_id,
            "created": self.created,
            "aead": self.aead_alg,
            "mac_alg": self.mac_alg,
            "slots": [s.to_json() for s in self.slots],
        }
        guarded = bool(self.unlock_limit or self.unlock_seen or self.unlock_failures)
        if guarded:
            body["unlock_guard"] = {"limit": self.unlock_limit, "seen": self.unlock_seen}
        if with_mac:
            body["mac"] = self.mac.hex()
            if guarded:
                body["unlock_failures"] = self.unlock_failures  # never part of the MAC
        return body

    def to_bytes(self) -> bytes:
        if not self.mac:
            raise ValueError("header must be MACed before it is written")
        body = _canonical(self._body(with_mac=True))
        prefix = _PREFIX.pack(MAGIC, HEADER_VERSION, len(body)) + body
        return prefix + hashlib.sha256(prefix).digest()

    @classmethod
    def from_bytes(cls, data: bytes) -> VaultHeader:
        if len(data) < _PREFIX.size + _CHECKSUM_LEN:
            raise HeaderCorrupt("the vault header is truncated")
        magic, version, length = _PREFIX.unpack_from(data)
        if magic != MAGIC:
            raise HeaderCorrupt("this is not an Evidence Vault header (wrong magic)")
        if length > MAX_BODY or len(data) != _PREFIX.size + length + _CHECKSUM_LEN:
            raise HeaderCorrupt("the vault header is truncated or has trailing bytes")
        payload, checksum = data[:-_CHECKSUM_LEN], data[-_CHECKSUM_LEN:]
        if not hmac.compare_digest(hashlib.sha256(payload).digest(), checksum):
            raise HeaderCorrupt("the vault header is damaged (checksum mismatch)")
        if version != HEADER_VERSION:
            raise UnsupportedFormat(f"vault header version {version} is not supported by this version")
        try:
            body = json.loads(payload[_PREFIX.size :].decode("utf-8"))
            return cls._from_body(body)
        except (ValueError, KeyError, TypeError, AttributeError):
            raise HeaderCorrupt("the vault header is malformed") from None

    @classmethod
    def _from_body(cls, body: dict[str, object]) -> VaultHeader:
        if body["format"] != FORMAT_ID or body["version"] != HEADER_VERSION:
            raise UnsupportedFormat("unknown vault header format")
        if body["aead"] != aead.AEAD_AES_256_GCM:
            raise UnsupportedFormat(f"unknown key-wrapping algorithm {body['aead']!r}")
        if body["mac_alg"] != MAC_HMAC_SHA256:
            raise UnsupportedFormat(f"unknown header MAC algorithm {body['mac_alg']!r}")
        raw_slots = body["slots"]
        if not isinstance(raw_slots, list):
            raise TypeError
        if len(raw_slots) > MAX_SLOTS:
            raise UnsupportedFormat(
                f"the vault header has {len(raw_slots)} key slots; this app writes at most {MAX_SLOTS}"
            )
        slots = []
        for raw in raw_slots:
            slot = Slot(
                number=int(raw["slot"]),
                kind=SlotKind(raw["kind"]),
                kdf=dict(raw["kdf"]),
                nonce=bytes.fromhex(raw["nonce"]),
                wrapped_key=bytes.fromhex(raw["wrapped_key"]),
            )
            slots.append(slot)
        if len({s.number for s in slots}) != len(slots):
            raise UnsupportedFormat("the vault header has two key slots with the same number")
        _check_passphrase_work(slots)
        vault_id, created, mac = body["vault_id"], body["created"], body["mac"]
        if not (isinstance(vault_id, str) and isinstance(created, str) and isinstance(mac, str)):
            raise TypeError
        limit, seen, failures = 0, 0, 0
        if "unlock_guard" in body:
            guard = body["unlock_guard"]
            if not isinstance(guard, dict):
                raise TypeError
            limit, seen, failures = (_count(guard["limit"]), _count(guard["seen"]), _count(body["unlock_failures"]))
            if limit not in (0, *UNLOCK_LIMITS):
                raise UnsupportedFormat(f"unknown failed-unlock limit {limit}")
        return cls(
            vault_id=str(uuid.UUID(vault_id)),
            created=created,
            slots=tuple(slots),
            mac=bytes.fromhex(mac),
            unlock_limit=limit,
            unlock_seen=seen,
            unlock_failures=failures,
        )

    # --- the failed-unlock counter -------------------------------------------------------------

    def with_failure_counted(self) -> VaultHeader:
        """One more unlock attempt, recorded before the passphrase is tried. Needs no key: the MAC
        stays valid because it does not cover the counter."""
        return replace(self, unlock_failures=self.unlock_failures + 1)

    @property
    def counter_was_reset(self) -> bool:
        """The counter reads less than the last successful unlock left it: someone without the
        key wound it back (to try more passphrases). Winding it back to exactly that value is not
        detectable, nor is putting back a whole older copy of the header."""
        return self.unlock_failures < self.unlock_seen

    @property
    def failures_since_unlock(self) -> int:
        return max(0, self.unlock_failures - self.unlock_seen)

    def limit_reached(self) -> bool:
        return self.unlock_limit > 0 and self.failures_since_unlock >= self.unlock_limit

    def settled(self, vault_key: SecretBytes) -> VaultHeader:
        """After a successful unlock: the authenticated copy catches up with the counter."""
        self.verify_mac(vault_key)
        return replace(self, unlock_seen=self.unlock_failures).with_mac(vault_key)

    def with_unlock_limit(self, limit: int, vault_key: SecretBytes) -> VaultHeader:
        if limit not in (0, *UNLOCK_LIMITS):
            raise ValueError(f"the failed-unlock limit must be off or one of {', '.join(map(str, UNLOCK_LIMITS))}")
        self.verify_mac(vault_key)
        # The count starts at a random value, so a counter set back to zero (or to any value below
        # the last unlock's) is always detected; only someone who read the exact value at the last
        # unlock, or who restores what they read before guessing, can hide their attempts.
        start = self.unlock_failures if self.unlock_limit else _COUNTER_BASE + secrets.randbelow(_COUNTER_BASE)
        return replace(self, unlock_limit=limit, unlock_seen=start, unlock_failures=start).with_mac(vault_key)

    # --- MAC -----------------------------------------------------------------------------------

    def _expected_mac(self, vault_key: SecretBytes) -> bytes:
        mac_key = _subkey(vault_key, b"evidence-vault/header-mac/v1")
        return hmac.new(mac_key.reveal(), _canonical(self._body(with_mac=False)), "sha256").digest()

    def with_mac(self, vault_key: SecretBytes) -> VaultHeader:
        return replace(self, mac=self._expected_mac(vault_key))

    def verify_mac(self, vault_key: SecretBytes) -> None:
        if not hmac.compare_digest(self._expected_mac(vault_key), self.mac):
            raise HeaderCorrupt("the vault header has been tampered with (MAC mismatch)")

    # --- unlocking -----------------------------------------------------------------------------

    def _slot_aad(self, number: int, kind: SlotKind, kdf_params: dict[str, object]) -> bytes:
        return _canonical(
            {
                "format": FORMAT_ID,
                "version": HEADER_VERSION,
                "vault_id": self.vault_id,
                "slot": number,
                "kind": kind.value,
                "kdf": kdf_params,
            }
        )

    def _try_slots(self, kind: SlotKind, kek_for: Callable[[dict[str, object]], SecretBytes]) -> SecretBytes:
        for slot in self.slots:
            if slot.kind is not kind:
                continue
            kek = kek_for(slot.kdf)
            try:
                key = aead.open_sealed(kek, slot.nonce, slot.wrapped_key, self._slot_aad(slot.number, kind, slot.kdf))
            except aead.AeadFailure:
                continue
            if len(key) != VAULT_KEY_LEN:
                raise HeaderCorrupt("the vault header holds a key of the wrong size")
            vault_key = SecretBytes(key)
            self.verify_mac(vault_key)
            return vault_key
        raise WrongSecret("wrong passphrase" if kind is SlotKind.PASSPHRASE else "wrong recovery key")

    def unlock_with_passphrase(self, passphrase: SecretStr) -> SecretBytes:
        def kek(params: dict[str, object]) -> SecretBytes:
            return kdf.derive(passphrase, kdf.Argon2Params.from_json(params))

        return self._try_slots(SlotKind.PASSPHRASE, kek)

    def unlock_with_recovery_key(self, typed: SecretStr) -> SecretBytes:
        raw = recovery.parse(typed)

        def kek(params: dict[str, object]) -> SecretBytes:
            return recovery.derive(raw, _hkdf_salt(params))

        return self._try_slots(SlotKind.RECOVERY, kek)

    # --- building ------------------------------------------------------------------------------

    def with_slot(self, slot: Slot) -> VaultHeader:
        others = tuple(s for s in self.slots if s.number != slot.number)
        return replace(self, slots=tuple(sorted((*others, slot), key=lambda s: s.number)), mac=b"")

    def make_passphrase_slot(
        self, number: int, vault_key: SecretBytes, passphrase: SecretStr, params: kdf.Argon2Params
    ) -> Slot:
        kdf.check_floor(params)
        params_json = params.to_json()
        kek = kdf.derive(passphrase, params)
        aad = self._slot_aad(number, SlotKind.PASSPHRASE, params_json)
        nonce, wrapped = aead.seal(kek, vault_key.reveal(), aad)
        return Slot(number, SlotKind.PASSPHRASE, params_json, nonce, wrapped)

    def make_recovery_slot(self, number: int, vault_key: SecretBytes, raw: SecretBytes) -> Slot:
        params_json: dict[str, object] = {"alg": recovery.KDF_HKDF_SHA256, "salt": os.urandom(16).hex()}
        kek = recovery.derive(raw, _hkdf_salt(params_json))
        aad = self._slot_aad(number, SlotKind.RECOVERY, params_json)
        nonce, wrapped = aead.seal(kek, vault_key.reveal(), aad)
        return Slot(number, SlotKind.RECOVERY, params_json, nonce, wrapped)


PASSPHRASE_SLOT = 1
RECOVERY_SLOT = 2


def _check_passphrase_work(slots: list[Slot]) -> None:
    """Refuse, before any derivation runs, a header whose passphrase slots together would cost more
    than one unlock ever may (each slot's parameters are bounded too, by ``from_json``)."""
    total = 0
    for slot in slots:
        if slot.kind is SlotKind.PASSPHRASE:
            total += kdf.Argon2Params.from_json(slot.kdf).work_kib
            if total > kdf.MAX_WORK_KIB:
                raise UnsupportedFormat("the vault header's key slots ask for more work than this app ever chooses")


@dataclass(frozen=True)
class NewVaultKeys:
    header: VaultHeader
    vault_key: SecretBytes
    recovery_key: SecretStr


def create(passphrase: SecretStr, created: str, params: kdf.Argon2Params | None = None) -> NewVaultKeys:
    """A fresh vault key, wrapped by the passphrase (slot 1) and a new recovery key (slot 2)."""
    vault_key = SecretBytes.random(VAULT_KEY_LEN)
    raw_recovery, typed_recovery = recovery.generate()
    header = VaultHeader(vault_id=str(uuid.uuid4()), created=created, slots=())
    params = params or kdf.new_params()
    header = header.with_slot(header.make_passphrase_slot(PASSPHRASE_SLOT, vault_key, passphrase, params))
    header = header.with_slot(header.make_recovery_slot(RECOVERY_SLOT, vault_key, raw_recovery))
    return NewVaultKeys(header.with_mac(vault_key), vault_key, typed_recovery)


def change_passphrase(
    header: VaultHeader,
    vault_key: SecretBytes,
    new_passphrase: SecretStr,
    params: kdf.Argon2Params | None = None,
) -> VaultHeader:
    """The same vault key under a new passphrase (new salt, freshly tuned parameters)."""
    header.verify_mac(vault_key)
    params = params or kdf.new_params()
    slot = header.make_passphrase_slot(PASSPHRASE_SLOT, vault_key, new_passphrase, params)
    return header.with_slot(slot).with_mac(vault_key)


def rekey(
    header: VaultHeader, vault_key: SecretBytes, new_passphrase: SecretStr, params: kdf.Argon2Params | None = None
) -> NewVaultKeys:
    """The same vault (id, creation time, failed-unlock setting) under a brand-new vault key: a new
    passphrase slot and a new recovery key. The old recovery slot is not carried over: re-wrapping
    it needs the recovery key itself, which the vault never stores, and a re-key is meant to leave
    nothing that opens the old key's successor with an old secret."""
    header.verify_mac(vault_key)
    new_key = SecretBytes.random(VAULT_KEY_LEN)
    raw_recovery, typed_recovery = recovery.generate()
    # Slots other than the passphrase and recovery slots (none yet) are kept as they are.
    fresh = replace(header, unlock_seen=header.unlock_failures)
    params = params or kdf.new_params()
    fresh = fresh.with_slot(fresh.make_passphrase_slot(PASSPHRASE_SLOT, new_key, new_passphrase, params))
    fresh = fresh.with_slot(fresh.make_recovery_slot(RECOVERY_SLOT, new_key, raw_recovery))
    raw_recovery.wipe()
    return NewVaultKeys(fresh.with_mac(new_key), new_key, typed_recovery)


def rotate_recovery_key(header: VaultHeader, vault_key: SecretBytes) -> tuple[VaultHeader, SecretStr]:
    """A new recovery key in the recovery slot (same vault key): the old one no longer opens
    this header. Returns the new header and the key to show once."""
    header.verify_mac(vault_key)
    raw_recovery, typed_recovery = recovery.generate()
    slot = header.make_recovery_slot(RECOVERY_SLOT, vault_key, raw_recovery)
    raw_recovery.wipe()
    return header.with_slot(slot).with_mac(vault_key), typed_recovery


def subkey(vault_key: SecretBytes, purpose: str) -> SecretBytes:
    """An independent 256-bit key for one purpose (database, backup, ...), from the vault key."""
    return _subkey(vault_key, b"evidence-vault/subkey/" + purpose.encode("ascii"))


def _subkey(vault_key: SecretBytes, info: bytes) -> SecretBytes:
    buffer = bytearray(32)
    HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive_into(vault_key.reveal(), buffer)
    return SecretBytes.adopt(buffer)


def _hkdf_salt(params: dict[str, object]) -> bytes:
    if params.get("alg") != recovery.KDF_HKDF_SHA256:
        raise UnsupportedFormat(f"unknown recovery KDF {params.get('alg')!r}")
    salt = params.get("salt")
    if not isinstance(salt, str):
        raise UnsupportedFormat("malformed recovery slot")
    try:
        return bytes.fromhex(salt)
    except ValueError:
        raise UnsupportedFormat("malformed recovery slot") from None


def _count(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 1 << 62:
        raise TypeError
    return value


def _canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
