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

Version 2 (written since the duress passphrase) always carries exactly ``SLOT_COUNT`` slots of the
same shape: 1 passphrase, 2 recovery key, 3 and 4 passphrase slots that are either random bytes or
a duress slot (the decoy vault's key, wrapped under a second passphrase with "duress" in its AAD).
Every passphrase slot uses the same Argon2id parameters and salt, so an unlock attempt runs one
derivation and tries its output against every slot: neither the header nor the time an unlock takes
tells whether a duress passphrase is set. Version 1 headers (two slots) are read and unlocked as
before and become version 2 at the next unlock (``migrated``): their slots are kept byte for byte
(the slot AAD format did not change), random slots are added, and the MAC is renewed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import struct
import uuid
from dataclasses import dataclass, field, replace
from enum import Enum

from . import aead, kdf, recovery
from .errors import HeaderCorrupt, UnsupportedFormat, WrongSecret
from .secret import SecretBytes, SecretStr

MAGIC = b"EVVAULT\x00"
HEADER_VERSION = 2
READABLE_VERSIONS = (1, 2)
# The AAD of a slot's wrap names this format version; it is the same in header versions 1 and 2,
# so a version-1 slot stays valid in a version-2 header.
_SLOT_AAD_VERSION = 1
# Version 2: exactly this many slots, every one of the same shape (see the module docstring).
SLOT_COUNT = 4
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


_WRAPPED_LEN = VAULT_KEY_LEN + 16  # AES-256-GCM: the key and its tag
_DURESS_ROLE = "duress"


@dataclass(frozen=True)
class Unlocked:
    """What a passphrase opened: the vault key, or (``duress``) the decoy vault's key. ``kek`` is
    the passphrase's key-encryption key, so the decoy's new header needs no second derivation."""

    key: SecretBytes
    duress: bool
    kek: SecretBytes
    kdf: dict[str, object]


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
    version: int = HEADER_VERSION
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
            "version": self.version,
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
        prefix = _PREFIX.pack(MAGIC, self.version, len(body)) + body
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
        if version not in READABLE_VERSIONS:
            raise UnsupportedFormat(f"vault header version {version} is not supported by this version")
        try:
            body = json.loads(payload[_PREFIX.size :].decode("utf-8"))
            header = cls._from_body(body)
            if header.version != version:
                raise UnsupportedFormat("the vault header's version fields disagree")
            return header
        except (ValueError, KeyError, TypeError, AttributeError):
            raise HeaderCorrupt("the vault header is malformed") from None

    @classmethod
    def _from_body(cls, body: dict[str, object]) -> VaultHeader:
        version = body["version"]
        if body["format"] != FORMAT_ID or version not in READABLE_VERSIONS or isinstance(version, bool):
            raise UnsupportedFormat("unknown vault header format")
        assert isinstance(version, int)
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
        _check_passphrase_work(slots)
        if len({s.number for s in slots}) != len(slots):
            raise UnsupportedFormat("the vault header has two key slots with the same number")
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
            version=version,
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
        try:
            return hmac.new(mac_key.reveal(), _canonical(self._body(with_mac=False)), "sha256").digest()
        finally:
            mac_key.wipe()

    def with_mac(self, vault_key: SecretBytes) -> VaultHeader:
        return replace(self, mac=self._expected_mac(vault_key))

    def verify_mac(self, vault_key: SecretBytes) -> None:
        if not hmac.compare_digest(self._expected_mac(vault_key), self.mac):
            raise HeaderCorrupt("the vault header has been tampered with (MAC mismatch)")

    # --- unlocking -----------------------------------------------------------------------------

    def _slot_aad(self, number: int, kind: SlotKind, kdf_params: dict[str, object], duress: bool = False) -> bytes:
        aad: dict[str, object] = {
            "format": FORMAT_ID,
            "version": _SLOT_AAD_VERSION,
            "vault_id": self.vault_id,
            "slot": number,
            "kind": kind.value,
            "kdf": kdf_params,
        }
        if duress:
            aad["role"] = _DURESS_ROLE
        return _canonical(aad)

    def _open_slot(self, slot: Slot, kek: SecretBytes, duress: bool) -> SecretBytes | None:
        """The key a slot wraps, decrypted straight into a zeroable buffer (no ``bytes`` copy)."""
        try:
            key = aead.open_sealed_secret(
                kek, slot.nonce, slot.wrapped_key, self._slot_aad(slot.number, slot.kind, slot.kdf, duress)
            )
        except aead.AeadFailure:
            return None
        if len(key) != VAULT_KEY_LEN:
            key.wipe()
            raise HeaderCorrupt("the vault header holds a key of the wrong size")
        return key

    def open_with_passphrase(self, passphrase: SecretStr) -> Unlocked:
        """One Argon2id run per distinct parameter set (one, in every header this app writes),
        tried against every passphrase slot both as a vault-key slot and as a duress slot; every
        slot is tried even after a match, so the work does not depend on which slot opened."""
        keks: dict[bytes, SecretBytes] = {}
        found: tuple[SecretBytes, bool, SecretBytes, dict[str, object]] | None = None
        for slot in self.slots:
            if slot.kind is not SlotKind.PASSPHRASE:
                continue
            params_id = _canonical(slot.kdf)
            if params_id not in keks:
                keks[params_id] = kdf.derive(passphrase, kdf.Argon2Params.from_json(slot.kdf))
            kek = keks[params_id]
            for duress in (False, True):
                key = self._open_slot(slot, kek, duress)
                if key is not None and found is None:
                    found = (key, duress, kek, slot.kdf)
                elif key is not None:
                    key.wipe()
        for other in keks.values():
            if found is None or other is not found[2]:
                other.wipe()
        if found is None:
            raise WrongSecret("wrong passphrase")
        vault_key, duress, kek, params = found
        if not duress:
            self.verify_mac(vault_key)  # a duress slot holds another vault's key: no MAC to check
        return Unlocked(vault_key, duress, kek, params)

    def unlock_with_passphrase(self, passphrase: SecretStr) -> SecretBytes:
        """The vault key; a duress passphrase counts as a wrong one here (backups, re-checks)."""
        unlocked = self.open_with_passphrase(passphrase)
        unlocked.kek.wipe()
        if unlocked.duress:
            unlocked.key.wipe()
            raise WrongSecret("wrong passphrase")
        return unlocked.key

    def unlock_with_recovery_key(self, typed: SecretStr) -> SecretBytes:
        raw = recovery.parse(typed)
        found: SecretBytes | None = None
        for slot in self.slots:
            if slot.kind is not SlotKind.RECOVERY:
                continue
            kek = recovery.derive(raw, _hkdf_salt(slot.kdf))
            key = self._open_slot(slot, kek, duress=False)
            kek.wipe()
            if key is not None and found is None:
                found = key
            elif key is not None:
                key.wipe()
        raw.wipe()
        if found is None:
            raise WrongSecret("wrong recovery key")
        vault_key = found
        self.verify_mac(vault_key)
        return vault_key

    @property
    def shared_kdf(self) -> kdf.Argon2Params:
        """The Argon2id parameters of the passphrase slot (shared by every passphrase slot in v2)."""
        for slot in self.slots:
            if slot.number == PASSPHRASE_SLOT and slot.kind is SlotKind.PASSPHRASE:
                return kdf.Argon2Params.from_json(slot.kdf)
        raise HeaderCorrupt("the vault header has no passphrase slot")

    def migrated(self, vault_key: SecretBytes) -> VaultHeader:
        """A version-1 header as version 2: its slots unchanged, random slots added up to
        ``SLOT_COUNT`` (same parameters as the passphrase slot), the MAC renewed."""
        self.verify_mac(vault_key)
        if self.version == HEADER_VERSION:
            return self
        params = self.shared_kdf.to_json()
        header = replace(self, version=HEADER_VERSION)
        have = {s.number for s in self.slots}
        for number in range(1, SLOT_COUNT + 1):
            if number not in have:
                header = header.with_slot(_random_slot(number, params))
        return header.with_mac(vault_key)

    def with_duress_slot(self, vault_key: SecretBytes, decoy_key: SecretBytes, kek: SecretBytes) -> VaultHeader:
        """Slot 3 wraps ``decoy_key`` under ``kek`` (the duress passphrase's, same parameters as
        the passphrase slot) as a duress slot. Same size as the random slot it replaces."""
        self.verify_mac(vault_key)
        params = self.shared_kdf.to_json()
        nonce, wrapped = aead.seal(
            kek, decoy_key.reveal(), self._slot_aad(DURESS_SLOT, SlotKind.PASSPHRASE, params, True)
        )
        return self.with_slot(Slot(DURESS_SLOT, SlotKind.PASSPHRASE, params, nonce, wrapped)).with_mac(vault_key)

    def without_duress_slot(self, vault_key: SecretBytes) -> VaultHeader:
        self.verify_mac(vault_key)
        return self.with_slot(_random_slot(DURESS_SLOT, self.shared_kdf.to_json())).with_mac(vault_key)

    def passphrase_kek(self, passphrase: SecretStr) -> SecretBytes:
        """The key-encryption key ``passphrase`` gives under the shared parameters (one run)."""
        return kdf.derive(passphrase, self.shared_kdf)

    def opens_passphrase_slot(self, kek: SecretBytes) -> bool:
        """Whether ``kek`` opens any passphrase slot, as vault key or duress (no derivation)."""
        found = False
        for slot in self.slots:
            if slot.kind is SlotKind.PASSPHRASE:
                for duress in (False, True):
                    key = self._open_slot(slot, kek, duress)
                    if key is not None:
                        key.wipe()
                        found = True
        return found

    # --- building ------------------------------------------------------------------------------

    def with_slot(self, slot: Slot) -> VaultHeader:
        others = tuple(s for s in self.slots if s.number != slot.number)
        return replace(self, slots=tuple(sorted((*others, slot), key=lambda s: s.number)), mac=b"")

    def make_passphrase_slot(
        self,
        number: int,
        vault_key: SecretBytes,
        passphrase: SecretStr,
        params: kdf.Argon2Params,
        kek: SecretBytes | None = None,
    ) -> Slot:
        if kek is None or params != self.shared_kdf:
            # New parameters meet today's floor; the header's own (MAC-verified, chosen when the
            # vault was made) are kept as they are, so every passphrase slot still shares them.
            kdf.check_floor(params)
        params_json = params.to_json()
        own = kek is None  # derived here, so zeroed here; a caller's kek is the caller's to wipe
        kek = kdf.derive(passphrase, params) if kek is None else kek
        try:
            aad = self._slot_aad(number, SlotKind.PASSPHRASE, params_json)
            nonce, wrapped = aead.seal(kek, vault_key.reveal(), aad)
        finally:
            if own:
                kek.wipe()
        return Slot(number, SlotKind.PASSPHRASE, params_json, nonce, wrapped)

    def make_recovery_slot(self, number: int, vault_key: SecretBytes, raw: SecretBytes) -> Slot:
        params_json: dict[str, object] = {"alg": recovery.KDF_HKDF_SHA256, "salt": os.urandom(16).hex()}
        kek = recovery.derive(raw, _hkdf_salt(params_json))
        aad = self._slot_aad(number, SlotKind.RECOVERY, params_json)
        nonce, wrapped = aead.seal(kek, vault_key.reveal(), aad)
        return Slot(number, SlotKind.RECOVERY, params_json, nonce, wrapped)


PASSPHRASE_SLOT = 1
RECOVERY_SLOT = 2
DURESS_SLOT = 3  # a duress slot, or random bytes: the two cannot be told apart without its passphrase


def _random_slot(number: int, passphrase_params: dict[str, object]) -> Slot:
    """A slot that opens with nothing: random bytes of exactly the shape of a real one."""
    if number == RECOVERY_SLOT:
        params: dict[str, object] = {"alg": recovery.KDF_HKDF_SHA256, "salt": os.urandom(16).hex()}
        return Slot(number, SlotKind.RECOVERY, params, os.urandom(aead.NONCE_LEN), os.urandom(_WRAPPED_LEN))
    return Slot(
        number, SlotKind.PASSPHRASE, dict(passphrase_params), os.urandom(aead.NONCE_LEN), os.urandom(_WRAPPED_LEN)
    )


def _check_passphrase_work(slots: list[Slot]) -> None:
    """Refuse, before any derivation runs, a header whose passphrase slots together would cost more
    than one unlock ever may (each slot's parameters are bounded too, by ``from_json``)."""
    total = 0
    seen: set[bytes] = set()
    for slot in slots:
        if slot.kind is SlotKind.PASSPHRASE:
            params = kdf.Argon2Params.from_json(slot.kdf)
            if _canonical(slot.kdf) in seen:
                continue  # the same parameters and salt: derived once per unlock
            seen.add(_canonical(slot.kdf))
            total += params.work_kib
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
    for number in range(RECOVERY_SLOT + 1, SLOT_COUNT + 1):
        header = header.with_slot(_random_slot(number, params.to_json()))
    return NewVaultKeys(header.with_mac(vault_key), vault_key, typed_recovery)


def decoy_header(real: VaultHeader, vault_id: str, created: str, unlocked: Unlocked) -> VaultHeader:
    """The header a decoy vault gets when its duress passphrase is used: the same shape, parameters
    and failed-unlock state as ``real``, its own vault id, the decoy key in slot 1 under the kek
    the unlock already derived, every other slot random. MAC'd with the decoy key."""
    params = kdf.Argon2Params.from_json(unlocked.kdf)
    header = VaultHeader(
        vault_id=vault_id,
        created=created,
        slots=(),
        unlock_limit=real.unlock_limit,
        unlock_seen=real.unlock_seen,
        unlock_failures=real.unlock_failures,
    )
    nonce, wrapped = aead.seal(
        unlocked.kek, unlocked.key.reveal(), header._slot_aad(PASSPHRASE_SLOT, SlotKind.PASSPHRASE, params.to_json())
    )
    header = header.with_slot(Slot(PASSPHRASE_SLOT, SlotKind.PASSPHRASE, params.to_json(), nonce, wrapped))
    for number in range(RECOVERY_SLOT, SLOT_COUNT + 1):
        header = header.with_slot(_random_slot(number, params.to_json()))
    return header.with_mac(unlocked.key)


def change_passphrase(
    header: VaultHeader,
    vault_key: SecretBytes,
    new_passphrase: SecretStr,
    params: kdf.Argon2Params | None = None,
) -> VaultHeader:
    """The same vault key under a new passphrase. Version 2 keeps the parameters and salt every
    passphrase slot shares (one derivation per unlock); a new passphrase that opens another slot
    (the duress passphrase) is refused."""
    header = header.migrated(vault_key)
    slot = _new_passphrase_slot(header, vault_key, new_passphrase, params)
    return header.with_slot(slot).with_mac(vault_key)


def _new_passphrase_slot(
    header: VaultHeader, vault_key: SecretBytes, new_passphrase: SecretStr, params: kdf.Argon2Params | None
) -> Slot:
    """Slot 1 for ``new_passphrase`` under the shared parameters (one derivation), refused when
    the same passphrase opens another slot (the duress passphrase)."""
    params = params or header.shared_kdf
    kek = kdf.derive(new_passphrase, params)
    try:
        others = replace(header, slots=tuple(s for s in header.slots if s.number != PASSPHRASE_SLOT))
        if others.opens_passphrase_slot(kek):
            raise ValueError("this passphrase is already the vault's duress passphrase; choose another one")
        return header.make_passphrase_slot(PASSPHRASE_SLOT, vault_key, new_passphrase, params, kek)
    finally:
        kek.wipe()  # it opens the passphrase slot, as the vault key does


def rekey(
    header: VaultHeader, vault_key: SecretBytes, new_passphrase: SecretStr, params: kdf.Argon2Params | None = None
) -> NewVaultKeys:
    """The same vault (id, creation time, failed-unlock setting) under a brand-new vault key: a new
    passphrase slot and a new recovery key. The old recovery slot is not carried over: re-wrapping
    it needs the recovery key itself, which the vault never stores, and a re-key is meant to leave
    nothing that opens the old key's successor with an old secret."""
    header = header.migrated(vault_key)
    new_key = SecretBytes.random(VAULT_KEY_LEN)
    raw_recovery, typed_recovery = recovery.generate()
    # Slots 3 and 4 are kept as they are: random bytes, or a duress slot, which wraps the decoy's
    # own key and so stays valid. Version 2 keeps the shared parameters (one derivation per unlock).
    fresh = replace(header, unlock_seen=header.unlock_failures)
    fresh = fresh.with_slot(_new_passphrase_slot(fresh, new_key, new_passphrase, params))
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
    # Imported on first use: the app's start reads a vault header before any key work (#18).
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

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
