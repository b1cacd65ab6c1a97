"""The transfer package format (version 1): names, limits, the signed manifest, record rows.

A package is one age file (X25519 recipients) whose plaintext is a POSIX ustar archive, written
and read as a stream, of exactly these members, in this order::

    manifest.json          format, version, algorithm ids, source vault, case, signer key, the
                           source vault's custody head (sequence, hash) when the package was made,
                           and the name, size and SHA-256 of every member below
    manifest.sig           the signer's Ed25519 public key and its signature of the manifest's
                           exact bytes: checked over the raw bytes before the manifest is parsed
    records.json           the case's records as table rows (see TableSpec, from tables.py), unredacted
    custody.json           the source vault's custody entries about those records
    media/<uuid>/original  the plaintext of each media item's original ...
    media/<uuid>/v<N>      ... and of each working copy version

Everything that identifies an algorithm is written down, so a later version can change one and
an old reader refuses what it does not know instead of misreading it. Every size and count has a
limit, checked before the bytes it announces are read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from crypto import signing
from crypto.errors import SignatureInvalid

from .. import tables
from ..anchor import CustodyHead, head_from_json, head_to_json
from ..errors import EvidenceError, InvalidInput
from ..media.base import Inspection
from ..model import RecordKind
from ..tables import Col as Col

FORMAT = "evidence-vault-transfer"
# Version 2: the signature file carries the signer's public key (so the signature is checked over
# the manifest's raw bytes before any of it is parsed) and the manifest the custody head. Version 1
# packages are refused by name: their key is inside the manifest, so reading one means parsing
# unauthenticated JSON first.
VERSION = 2
MEMBERS_VERSION = 1  # records.json and custody.json, unchanged since version 1
RECORDS_FORMAT = "evidence-vault-transfer-records"
CUSTODY_FORMAT = "evidence-vault-transfer-custody"
ALGORITHMS: dict[str, str] = {
    "container": "ustar",
    "encryption": "age-v1-x25519",
    "hash": "sha256",
    "signature": signing.SIGNATURE_ED25519,
}
# The signature covers this prefix and the manifest's exact bytes. The prefix keeps a signature
# made for a transfer from ever being accepted as one over something else the same key signs
# (export bundles), and vice versa.
SIGNATURE_CONTEXT = b"evidence-vault-transfer/v1 manifest\n"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORDS = "records.json"
CUSTODY = "custody.json"
UUID_PATTERN = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
MEDIA_MEMBER = re.compile(rf"^media/({UUID_PATTERN})/(original|v[1-9][0-9]{{0,5}})$")

# Limits. A real package is far below each; a hostile one is refused before its bytes are read.
# The JSON members are read whole and parsed, and parsing costs up to ~16x their size in memory
# (tiny values; measured 1.25 GB at 80 MiB): the bounds keep the worst case near 0.5 GB on a
# researcher's laptop, and only a trusted signer's validly signed package ever gets that far. The
# manifest is read whole (raw bytes, bounded) and parsed only after its signature verified and its
# signer is trusted; its bound is the tightest that still lists MAX_FILES members (~150 bytes
# each). The writer refuses to make a package over these bounds, so a real one always imports.
# 32 MiB of records is millions of words of testimony: a case that large goes in several packages.
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
MAX_SIGNATURE_BYTES = 4 * 1024
MAX_RECORDS_BYTES = 32 * 1024 * 1024
MAX_CUSTODY_BYTES = 32 * 1024 * 1024
MAX_BLOB_BYTES = 64 * 1024 * 1024 * 1024
MAX_FILES = 100_000
TAR_BLOCK = 512


class BadPackage(EvidenceError):
    """The file is not a sound transfer package (hostile, damaged, truncated, wrong key)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"transfer package refused: {reason}; nothing was imported")
        self.reason = reason


class ImportRefused(EvidenceError):
    """The package is sound but cannot be merged into this vault without losing evidence."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"transfer import refused: {reason}; nothing was imported")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_json(obj: Any) -> bytes:
    """The one byte form of a JSON document this format writes (and signs, and hashes)."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate key {key[:40]!r}")
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def parse_json(data: bytes, what: str) -> Any:
    """Strict JSON: UTF-8, no duplicate keys, no NaN/Infinity. Absurd nesting ends in the C
    parser's RecursionError (it guards its own stack), which is refused like any other error."""
    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadPackage(f"{what} is not valid JSON ({str(exc)[:80]})") from None


# --- manifest -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FileEntry:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    package_id: str
    created: str
    source_vault_id: str
    source_author: str
    case_id: str
    signer_public_key: bytes
    custody_head: CustodyHead  # the source vault's last custody entry before this package
    files: tuple[FileEntry, ...]

    @property
    def signer_fingerprint(self) -> str:
        return signing.fingerprint(self.signer_public_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "algorithms": dict(ALGORITHMS),
            "package_id": self.package_id,
            "created": self.created,
            "source_vault_id": self.source_vault_id,
            "source_author": self.source_author,
            "case_id": self.case_id,
            "signer_public_key": self.signer_public_key.hex(),
            "signer_fingerprint": self.signer_fingerprint,
            "custody_head": head_to_json(self.custody_head),
            "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in self.files],
        }


def signature_document(public_key: bytes, signature: bytes) -> bytes:
    return canonical_json(
        {"algorithm": signing.SIGNATURE_ED25519, "public_key": public_key.hex(), "signature": signature.hex()}
    )


def member_limit(name: str) -> int:
    """The largest size a member of this name may announce."""
    if name == MANIFEST:
        return MAX_MANIFEST_BYTES
    if name == SIGNATURE:
        return MAX_SIGNATURE_BYTES
    if name == RECORDS:
        return MAX_RECORDS_BYTES
    if name == CUSTODY:
        return MAX_CUSTODY_BYTES
    if MEDIA_MEMBER.match(name):
        return MAX_BLOB_BYTES
    raise BadPackage(f"it contains an unexpected file {name[:80]!r}")


def check_writable(manifest_bytes: bytes, members: Sequence[tuple[str, int]]) -> None:
    """Refuse, on the sending side, a package the receiving side would refuse for its size."""
    mib = 1024 * 1024
    if len(members) > MAX_FILES:
        raise InvalidInput(
            f"the case is too large for one transfer package: {len(members)} files (the limit is {MAX_FILES});"
            " move part of its media into another case"
        )
    for name, size in ((MANIFEST, len(manifest_bytes)), *members):
        limit = member_limit(name)
        if size > limit:
            raise InvalidInput(
                f"the case is too large for one transfer package: its {name} would be {-(-size // mib)} MiB"
                f" (the limit is {limit // mib} MiB); move part of its records into another case"
            )


def tar_footprint(size: int) -> int:
    """Bytes a member of ``size`` takes in the archive: header block plus padded data."""
    return TAR_BLOCK + -(-size // TAR_BLOCK) * TAR_BLOCK


def verify_signature(manifest_bytes: bytes, signature_bytes: bytes) -> bytes:
    """The signer's public key, once its signature over the manifest's raw bytes verified. Only the
    signature file (at most MAX_SIGNATURE_BYTES) is parsed: not one byte of the manifest is."""
    if len(signature_bytes) > MAX_SIGNATURE_BYTES:
        raise BadPackage("its signature file is too large")
    obj = parse_json(signature_bytes, "the signature")
    if isinstance(obj, dict) and set(obj) == {"algorithm", "signature"}:
        raise BadPackage(
            "it was made by an older Evidence Vault (transfer format 1), whose signature cannot be checked"
            " before its manifest is read; ask the sender to export it again with this version"
        )
    if not isinstance(obj, dict) or set(obj) != {"algorithm", "public_key", "signature"}:
        raise BadPackage("its signature file is malformed")
    if obj["algorithm"] != signing.SIGNATURE_ED25519:
        raise BadPackage("its signature uses an unsupported algorithm")
    try:
        public = bytes.fromhex(str(obj["public_key"]))
        signature = bytes.fromhex(str(obj["signature"]))
        if len(public) != 32:
            raise ValueError("not an Ed25519 public key")
        signing.verify(public, SIGNATURE_CONTEXT + manifest_bytes, signature)
    except (ValueError, SignatureInvalid):
        raise BadPackage("its signature does not verify (the manifest or the signature was altered)") from None
    return public


def parse_manifest(data: bytes, signer_public_key: bytes) -> Manifest:
    """The manifest whose signature ``verify_signature`` verified with ``signer_public_key``."""
    obj = parse_json(data, "the manifest")
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise BadPackage("it is not an Evidence Vault transfer package (its manifest has another format)")
    version = obj.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BadPackage("its manifest has no valid version")
    if version > VERSION:
        raise BadPackage(f"it was made by a newer Evidence Vault (format version {version}); please update")
    if version != VERSION:
        raise BadPackage(f"format version {version} is not supported; ask the sender to export it again")
    if obj.get("algorithms") != ALGORITHMS:
        raise BadPackage("it uses algorithms this version does not support")
    expected = {*Manifest.__dataclass_fields__, "format", "version", "algorithms", "signer_fingerprint"}
    if set(obj) != expected:
        raise BadPackage("its manifest has missing or unknown fields")
    try:
        public = bytes.fromhex(_str(obj, "signer_public_key", 64))
    except ValueError:
        raise BadPackage("its manifest has an invalid signer key") from None
    if len(public) != 32:
        raise BadPackage("its manifest has an invalid signer key")
    if public != signer_public_key:
        raise BadPackage("its manifest names another signer than the key that signed it")
    try:
        custody_head = head_from_json(obj["custody_head"])
    except ValueError:
        raise BadPackage("its manifest has an invalid custody head") from None
    raw_files = obj["files"]
    if not isinstance(raw_files, list):
        raise BadPackage("its manifest has no file list")
    # Counts before anything else about the files: a list of a million entries is refused here.
    if len(raw_files) > MAX_FILES:
        raise BadPackage(f"it lists {len(raw_files)} files (the limit is {MAX_FILES})")
    files: list[FileEntry] = []
    seen: set[str] = set()
    for raw in raw_files:
        if not isinstance(raw, dict) or set(raw) != {"name", "size", "sha256"}:
            raise BadPackage("its manifest has a malformed file entry")
        name, size, digest = raw["name"], raw["size"], raw["sha256"]
        if not isinstance(name, str) or not isinstance(size, int) or isinstance(size, bool):
            raise BadPackage("its manifest has a malformed file entry")
        if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise BadPackage(f"its manifest has an invalid checksum for {name[:80]!r}")
        if name in seen:
            raise BadPackage(f"its manifest lists {name[:80]!r} twice")
        # Before one byte of the member is read: a 512 MiB records.json is refused here.
        limit = member_limit(name)
        if not 0 <= size <= limit:
            raise BadPackage(
                f"its manifest gives {name[:80]!r} an impossible size ({size} bytes; the limit is {limit})"
            )
        seen.add(name)
        files.append(FileEntry(name, size, digest))
    names = [f.name for f in files]
    if names[:2] != [RECORDS, CUSTODY] or not all(MEDIA_MEMBER.match(n) for n in names[2:]):
        raise BadPackage("its manifest does not list the expected files in the expected order")
    manifest = Manifest(
        _uuid(obj, "package_id"),
        _timestamp(obj, "created"),
        _str(obj, "source_vault_id", 200),
        _str(obj, "source_author", 1000),
        _uuid(obj, "case_id"),
        public,
        custody_head,
        tuple(files),
    )
    if obj.get("signer_fingerprint") != manifest.signer_fingerprint:
        raise BadPackage("the signer fingerprint in its manifest does not match the signer key")
    return manifest


# --- record rows ----------------------------------------------------------------------------------


Row = dict[str, Any]


@dataclass(frozen=True)
class TableSpec:
    """A record table as a package carries it: derived from its one description (tables.py)."""

    kind: RecordKind
    table: str
    columns: tuple[tuple[str, Col], ...]
    enums: Mapping[str, type[Enum]]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)

    @classmethod
    def of(cls, table: tables.Table) -> TableSpec:
        """The columns that travel (a media item's blob reference stays local), with their enums."""
        columns = table.transfer_columns
        return cls(
            table.kind,
            table.name,
            tuple((c.name, c.col) for c in columns),
            {c.name: c.enum for c in columns if c.enum is not None},
        )


CASES = TableSpec.of(tables.CASES)
PERSONS = TableSpec.of(tables.PERSONS)
TESTIMONIES = TableSpec.of(tables.TESTIMONIES)
NOTES = TableSpec.of(tables.NOTES)
SITES = TableSpec.of(tables.SITES)
MEDIA = TableSpec.of(tables.MEDIA)
SPECS: Mapping[RecordKind, TableSpec] = {s.kind: s for s in (CASES, PERSONS, TESTIMONIES, NOTES, SITES, MEDIA)}
# A testimony revision's snapshot (tables.SNAPSHOT_FIELDS). An earlier state's transcript is only
# checked to be text: the non-blank rule is the current testimony's.
SNAPSHOT_COLUMNS: tuple[tuple[str, Col], ...] = tuple(
    (name, Col.TEXT if (col := tables.TESTIMONIES.column(name).col) is Col.REQUIRED else col)
    for name in tables.SNAPSHOT_FIELDS
)

# A database value as its package (JSON) value, and back.
from_db = tables.json_value
to_db = tables.db_value


def check_value(col: Col, value: Any, what: str, enum: type[Enum] | None = None) -> Any:
    """Validate one value from the package; returns it (normalised) or raises BadPackage."""
    ok: bool
    if col in (Col.TEXT, Col.REQUIRED):
        ok = isinstance(value, str) and (col is Col.TEXT or bool(value.strip()))
    elif col is Col.OPT_TEXT:
        ok = value is None or isinstance(value, str)
    elif col is Col.UUID:
        ok = is_uuid(value)
    elif col is Col.OPT_UUID:
        ok = value is None or is_uuid(value)
    elif col is Col.LIST:
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
    elif col is Col.BOOL:
        ok = isinstance(value, bool)
    elif col is Col.INT:
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**31
    elif col is Col.OPT_REAL:
        if isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        ok = value is None or (isinstance(value, float) and math.isfinite(value))
    elif col is Col.OPT_DATE:
        ok = value is None or _is_date(value)
    elif col is Col.TIMESTAMP:
        ok = is_timestamp(value)
    elif col is Col.OBJECT:
        ok = isinstance(value, dict)
    elif col is Col.SPANS:
        ok = isinstance(value, list) and all(
            isinstance(s, list)
            and len(s) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) for n in s)
            and 0 <= s[0] < s[1]
            for s in value
        )
    else:  # Col.ENUM
        ok = enum is not None and isinstance(value, str) and value in {e.value for e in enum}
    if not ok:
        raise BadPackage(f"records.json has an invalid {what}")
    return value


def check_row(spec: TableSpec, obj: Any, extra: frozenset[str] = frozenset()) -> Row:
    """A package row, validated column by column; unknown or missing fields are refused."""
    what = spec.kind.value
    if not isinstance(obj, dict) or set(obj) != set(spec.names) | extra:
        raise BadPackage(f"records.json has a malformed {what}")
    row = {name: check_value(col, obj[name], f"{what} {name}", spec.enums.get(name)) for name, col in spec.columns}
    if spec is MEDIA:
        try:
            Inspection.from_json(row["inspection"])
        except (KeyError, ValueError, TypeError, AttributeError):
            raise BadPackage("records.json has a media item with an invalid inspection") from None
    if spec is TESTIMONIES:
        check_spans(row["transcript"], row["redacted_spans"])
    return row


def check_snapshot(obj: Any) -> Row:
    if not isinstance(obj, dict) or set(obj) != {name for name, _ in SNAPSHOT_COLUMNS}:
        raise BadPackage("records.json has a malformed testimony revision")
    snapshot = {name: check_value(col, obj[name], f"testimony revision {name}") for name, col in SNAPSHOT_COLUMNS}
    check_spans(snapshot["transcript"], snapshot["redacted_spans"])
    return snapshot


def check_spans(text: str, spans: list[list[int]]) -> None:
    if any(end > len(text) for _, end in spans):
        raise BadPackage("records.json has a redacted span outside its testimony")


def is_uuid(value: Any) -> bool:
    if not isinstance(value, str) or len(value) != 36:
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def is_timestamp(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= 40 and parse_timestamp(value) is not None


def parse_timestamp(value: str) -> dt.datetime | None:
    """An aware UTC datetime from the vault's ISO 8601 form, or None."""
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def newer(a: str, b: str) -> bool:
    """True if timestamp ``a`` is strictly later than ``b`` (both validated)."""
    pa, pb = parse_timestamp(a), parse_timestamp(b)
    assert pa is not None and pb is not None
    return pa > pb


def _str(obj: Mapping[str, Any], key: str, limit: int) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or len(value) > limit:
        raise BadPackage(f"its manifest has an invalid {key}")
    return value


def _uuid(obj: Mapping[str, Any], key: str) -> str:
    value = obj.get(key)
    if not is_uuid(value):
        raise BadPackage(f"its manifest has an invalid {key}")
    assert isinstance(value, str)
    return value


def _timestamp(obj: Mapping[str, Any], key: str) -> str:
    value = obj.get(key)
    if not is_timestamp(value):
        raise BadPackage(f"its manifest has an invalid {key}")
    assert isinstance(value, str)
    return value


def check_list(obj: Mapping[str, Any], key: str, check: Callable[[Any], Any]) -> list[Any]:
    value = obj.get(key)
    if not isinstance(value, list):
        raise BadPackage(f"records.json has no valid {key} list")
    return [check(v) for v in value]
