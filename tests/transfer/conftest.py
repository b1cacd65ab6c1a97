"""Two vaults, an age identity for the receiving colleague, and a case worth transferring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from crypto import age
from crypto.secret import SecretStr
from evidence_app import media_service as ms
from evidence_app.model import Role
from evidence_app.records.cases import add_case
from evidence_app.records.notes import add_note
from evidence_app.records.persons import add_person
from evidence_app.records.sites import add_site
from evidence_app.records.testimonies import add_testimony, edit_testimony
from evidence_app.transfer import trust
from evidence_app.vault import Vault


@dataclass
class Pair:
    a: Vault  # the sender
    b: Vault  # the receiving colleague
    identity: age.Identity  # the colleague's age identity
    identity_file: Path
    tmp: Path

    @property
    def recipient(self) -> str:
        return self.identity.recipient


@pytest.fixture
def pair(tmp_path: Path, passphrase: SecretStr) -> Iterator[Pair]:
    a, _ = Vault.create(tmp_path / "a", passphrase, author="Alice")
    b, _ = Vault.create(tmp_path / "b", passphrase, author="Bob")
    identity = age.Identity.generate()
    identity_file = tmp_path / "bob-identity.txt"
    identity_file.write_text(
        f"# created: 2025-01-01T00:00:00Z\n# public key: {identity.recipient}\n{identity.secret.reveal()}\n"
    )
    # Colleagues who checked each other's signing-key fingerprints once (transfer trust).
    trust.record(b, a.signing_keypair().fingerprint)
    trust.record(a, b.signing_keypair().fingerprint)
    try:
        yield Pair(a, b, identity, identity_file, tmp_path)
    finally:
        a.close()
        b.close()


def make_jpeg(path: Path, color: tuple[int, int, int] = (200, 30, 30)) -> Path:
    Image.new("RGB", (64, 48), color).save(path, "JPEG", quality=90)
    return path


@dataclass
class CaseIds:
    case: str
    source: str
    official: str
    testimony: str
    note: str
    private_note: str
    site: str
    media: str


def populate(vault: Vault, tmp: Path) -> CaseIds:
    case = add_case(vault, "Compound K, Koh Kong", "Forced labour in a scam compound", tags=["trafficking"])
    source = add_person(
        vault, "王明", aliases=["Wang Ming"], phones=["+855 12 345 678"], emails=["wm@example.org"], case_id=case.id
    )
    official = add_person(vault, "Sok Dara", role=Role.OFFICIAL, protected=False, case_id=case.id)
    t = add_testimony(
        vault, case.id, source.id, "I was taken to the compound in March.", interview_date=dt.date(2025, 3, 1)
    )
    edit_testimony(vault, t.id, transcript="I was taken to the compound in March 2024 by car.")
    note = add_note(vault, case.id, "Follow up with the embassy.", person_id=official.id)
    private_note = add_note(vault, case.id, "Source lives near the market.", person_id=source.id, private=True)
    site = add_site(
        vault, case.id, "Compound K", town="Koh Kong", province="Koh Kong", lat=11.6, lon=102.9, sensitive=True
    )
    item, _ = ms.import_file(vault, case.id, make_jpeg(tmp / f"photo-{vault.vault_id[:6]}.jpg"), caption="gate")
    ms.attach_to_testimony(vault, t.id, item.id)
    return CaseIds(case.id, source.id, official.id, t.id, note.id, private_note.id, site.id, item.id)


_TABLES = (
    "cases",
    "persons",
    "case_persons",
    "testimonies",
    "testimony_revisions",
    "notes",
    "sites",
    "blobs",
    "media",
    "media_versions",
    "testimony_media",
    "search_docs",
    "custody",
)


def dump(vault: Vault) -> dict[str, Any]:
    """Every row of every table, and the blob files: what "nothing changed" is checked against."""
    out: dict[str, Any] = {
        t: sorted(tuple(r) for r in vault.conn.execute(f"SELECT * FROM {t}").fetchall())  # noqa: S608
        for t in _TABLES
    }
    out["blob files"] = sorted(vault.blobs.all_ids())
    out["all files"] = sorted(str(p.relative_to(vault.root)) for p in vault.root.rglob("*"))
    return out
