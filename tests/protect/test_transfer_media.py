"""Media from a transfer package is re-sanitized on import by this vault's own intake sanitizers:
a package whose "working copy" still carries GPS and a camera serial can never make
``media export-working`` (or an export) write them; what cannot be re-sanitized stays sealed and
not exportable."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from crypto import age
from crypto.secret import SecretStr
from evidence_app import media_service as ms
from evidence_app.errors import InvalidInput
from evidence_app.media.base import Category
from evidence_app.media.detect import detect_bytes
from evidence_app.media.registry import sanitizer_for
from evidence_app.transfer import export_case, import_package, trust
from evidence_app.transfer import format as fmt
from evidence_app.vault import Vault
from tests.media.dirty_photos import EXIFTOOL, LENS_SERIAL, OWNER, SERIAL, dirty_jpeg
from tests.transfer import helpers as h
from tests.transfer.conftest import populate

pytestmark = pytest.mark.skipif(EXIFTOOL is None, reason="needs exiftool")


def _package_with_working_copy(tmp: Path, passphrase: SecretStr, working: bytes) -> tuple[Path, age.Identity, str, str]:
    """A real package from a colleague's vault whose media item's working copy was replaced by
    ``working`` (records and manifest updated and validly signed by the colleague's key)."""
    identity = age.Identity.generate()
    a, _ = Vault.create(tmp / "a", passphrase, author="Alice")
    try:
        ids = populate(a, tmp)
        export_case(a, ids.case, [identity.recipient], tmp / "real.evt")
        keypair = a.signing_keypair()
    finally:
        a.close()
    members = h.members(h.decrypt(tmp / "real.evt", identity))
    records = json.loads(dict(members)[fmt.RECORDS])
    [media] = records["media"]
    version = media["versions"][-1]
    member = f"media/{media['id']}/v{version['version']}"
    version["sha256"] = hashlib.sha256(working).hexdigest()
    version["size"] = len(working)
    changed = [
        (n, fmt.canonical_json(records) if n == fmt.RECORDS else working if n == member else d) for n, d in members
    ]
    path = h.write(tmp / "dirty.evt", h.plain_tar(h.sign_members(changed, keypair)), identity.recipient)
    return path, identity, keypair.fingerprint, media["id"]


def test_a_working_copy_with_gps_and_serial_is_resanitized(tmp_path: Path, passphrase: SecretStr) -> None:
    dirty = dirty_jpeg(tmp_path).read_bytes()
    assert SERIAL.encode() in dirty
    path, identity, signer, item_id = _package_with_working_copy(tmp_path, passphrase, dirty)
    b, _ = Vault.create(tmp_path / "b", passphrase, author="Bob")
    try:
        trust.record(b, signer)
        report = import_package(b, path, [identity])
        assert any("re-sanitized" in n for n in report.notices), report.notices
        out = tmp_path / "working.png"
        ms.export_working(b, item_id, out)
        data = out.read_bytes()
        for secret in (SERIAL, LENS_SERIAL, OWNER):
            assert secret.encode() not in data
        kind = detect_bytes(data)
        assert kind is not None
        findings = sanitizer_for(kind).inspect(io.BytesIO(data)).findings
        assert not [f for f in findings if f.risky]
        assert not [f for f in findings if f.category in (Category.GPS, Category.SERIAL)]
        # The package's copy stays in the history (custody), but is no longer current.
        item = ms.get_media(b, item_id)
        assert item.working is not None and item.working.version >= 2
        assert item.not_exportable is None
    finally:
        b.close()


def test_a_working_copy_that_cannot_be_resanitized_is_sealed(tmp_path: Path, passphrase: SecretStr) -> None:
    garbage = b"\x00not any format this vault knows\x00" * 64
    path, identity, signer, item_id = _package_with_working_copy(tmp_path, passphrase, garbage)
    b, _ = Vault.create(tmp_path / "b", passphrase, author="Bob")
    try:
        trust.record(b, signer)
        report = import_package(b, path, [identity])
        assert any("not exportable" in n for n in report.notices), report.notices
        assert ms.get_media(b, item_id).not_exportable
        with pytest.raises(InvalidInput, match="not exportable"):
            ms.export_working(b, item_id, tmp_path / "w.bin")
        assert not (tmp_path / "w.bin").exists()
        assert ms.read_original(b, ms.get_media(b, item_id))  # still kept, sealed
    finally:
        b.close()
