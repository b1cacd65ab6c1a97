"""Testimony drafts (evidence_app/drafts.py): an unsaved edit kept at lock is stored encrypted in
the vault, never as a revision, and stays until it is restored and saved or discarded."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crypto.secret import SecretStr
from evidence_app import drafts
from evidence_app.errors import InvalidInput, NotFound
from evidence_app.model import RecordKind, Span
from evidence_app.records.cases import add_case
from evidence_app.records.deletion import delete_record
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony, get_testimony, mark_redacted, testimony_history
from evidence_app.vault import Vault

MARKER = "Typed-but-never-saved-7f3a"


def _files_containing(root: Path, needle: str) -> list[Path]:
    data = needle.encode("utf-8")
    return [p for p in root.rglob("*") if p.is_file() and data in p.read_bytes()]


def test_a_draft_is_kept_encrypted_and_is_no_revision(tmp_path: Path, passphrase: SecretStr) -> None:
    root = tmp_path / "vault"
    vault, _ = Vault.create(root, passphrase, author="Tester")
    with vault:
        case = add_case(vault, "Compound K")
        person = add_person(vault, "Sok Dara", case_id=case.id)
        t = add_testimony(vault, case.id, person.id, "We crossed at night.")
        mark_redacted(vault, t.id, 3, 10)
        before = get_testimony(vault, t.id)
        history = testimony_history(vault, t.id)
        text = f"{MARKER}. We crossed at night."
        details = {"interview_date": dt.date(2025, 3, 1), "tags": ("night",), "place": "Koh Kong"}
        kept = drafts.keep(vault, t.id, text, [Span(len(MARKER) + 5, len(MARKER) + 12)], details)
        assert get_testimony(vault, t.id) == before  # no revision, no change to text or marks
        assert testimony_history(vault, t.id) == history
        got = drafts.get(vault, t.id)
        assert got == kept and got is not None and got.details == details and got.base_revision == before.revision
        assert drafts.pending(vault) == [kept]
        entry = list(vault.custody_entries(t.id))[-1]
        assert entry.action == "draft" and entry.detail == {
            "draft": "kept",
            "base_revision": before.revision,
            "case": case.id,
        }
        assert MARKER not in str(entry.detail)
        # Another lock replaces the draft; one per testimony.
        drafts.keep(vault, t.id, text + " More.", [])
        assert [d.transcript for d in drafts.pending(vault)] == [text + " More."]
        with pytest.raises(InvalidInput, match="outside the draft"):
            drafts.keep(vault, t.id, "short", [Span(0, 99)])
        with pytest.raises(NotFound):
            drafts.keep(vault, "00000000-0000-4000-8000-000000000000", "x", [])
    assert _files_containing(root, MARKER) == []  # only inside the encrypted database

    with Vault.open(root, passphrase=passphrase) as vault:  # it survives the lock
        assert [d.testimony_id for d in drafts.pending(vault)] == [t.id]
        assert get_testimony(vault, t.id).revision == before.revision
        assert drafts.discard(vault, t.id) and not drafts.discard(vault, t.id)
        assert drafts.get(vault, t.id) is None
        assert list(vault.custody_entries(t.id))[-1].detail == {"draft": "discarded", "case": case.id}
        # A draft goes with its testimony.
        drafts.keep(vault, t.id, text, [])
        delete_record(vault, RecordKind.TESTIMONY, t.id)
        assert drafts.pending(vault) == []
