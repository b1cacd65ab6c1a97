"""Transfers between two vaults: complete copies, idempotent merges, conflicts kept, custody."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crypto import sshsig
from evidence_app import media_service as ms
from evidence_app.custody import Action, verify_chain
from evidence_app.media.base import MediaType
from evidence_app.model import RecordKind
from evidence_app.records.cases import add_case, edit_case, get_case, list_cases
from evidence_app.records.lookup import search
from evidence_app.records.notes import get_note, list_notes
from evidence_app.records.persons import add_person, edit_person, get_person, list_persons
from evidence_app.records.sites import get_site
from evidence_app.records.testimonies import edit_testimony, get_testimony, testimony_history
from evidence_app.transfer import ImportRefused, Outcome, export_case, import_package
from evidence_app.transfer.merge import CONFLICT_TAG
from evidence_app.vault import Vault

from .conftest import CaseIds, Pair, dump, populate


def _send(pair: Pair, source: Vault, name: str, recipient: str | None = None) -> Path:
    out = pair.tmp / name
    export_case(source, source_case(source), [recipient or pair.recipient], out)
    return out


def source_case(vault: Vault) -> str:
    return list_cases(vault)[0].id


def _receive(pair: Pair, path: Path) -> object:
    return import_package(pair.b, path, [pair.identity])


@pytest.fixture
def sent(pair: Pair) -> tuple[CaseIds, Path]:
    ids = populate(pair.a, pair.tmp)
    return ids, _send(pair, pair.a, "p1.evt")


def test_round_trip_copies_the_whole_case(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    ids, path = sent
    a, b = pair.a, pair.b
    report = import_package(b, path, [pair.identity])
    assert report.signer_fingerprint == a.signing_keypair().fingerprint
    assert report.count(Outcome.ADDED) == 8 and not report.conflicts
    assert get_case(b, ids.case) == get_case(a, ids.case)
    for pid in (ids.source, ids.official):
        assert get_person(b, pid) == get_person(a, pid)
    assert get_testimony(b, ids.testimony) == get_testimony(a, ids.testimony)
    assert testimony_history(b, ids.testimony) == testimony_history(a, ids.testimony)
    assert len(testimony_history(b, ids.testimony)) == 2
    assert get_note(b, ids.private_note) == get_note(a, ids.private_note)  # private notes travel too
    assert get_note(b, ids.private_note).private
    assert get_site(b, ids.site) == get_site(a, ids.site)
    item_a, item_b = ms.get_media(a, ids.media), ms.get_media(b, ids.media)
    assert item_b.original_sha256 == item_a.original_sha256
    assert [v.sha256 for v in item_b.versions] == [v.sha256 for v in item_a.versions]
    assert item_b.original_blob != item_a.original_blob  # own blob ids and identities
    assert ms.read_original(b, item_b) == ms.read_original(a, item_a)
    assert ms.read_working(b, item_b) == ms.read_working(a, item_a)
    assert item_b.caption == "gate" and item_b.inspection == item_a.inspection
    assert [p.id for p in list_persons(b, ids.case)] == [p.id for p in list_persons(a, ids.case)]
    assert {h.item_id for h in search(b, "compound")} >= {ids.case, ids.testimony, ids.site}
    assert {h.item_id for h in search(b, "Wang")} == {ids.source}
    assert b.check().ok, b.check().problems


def test_custody_log_on_both_sides(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    ids, path = sent
    a, b = pair.a, pair.b
    report = import_package(b, path, [pair.identity])
    export = [e for e in a.custody_entries() if e.action == Action.EXPORT.value]
    assert len(export) == 1 and export[0].object_id == ids.case
    assert export[0].detail["what"] == "transfer" and export[0].detail["package"] == report.package_id
    assert export[0].detail["recipients"] == [pair.recipient]
    imports = [e for e in b.custody_entries() if e.action == Action.IMPORT.value]
    summary = imports[-1]
    assert summary.object_id == ids.case and summary.detail["what"] == "transfer"
    assert summary.detail["signer"] == sshsig.fingerprint(a.signing_keypair().public)  # as ssh-keygen -l shows it
    assert summary.detail["from_vault"] == a.vault_id and summary.detail["added"] == 8
    history = [e for e in imports if "history_of" in e.detail]
    a_entries = {e.hash: e for e in a.custody_entries()}
    assert history and report.history_entries == len(history)
    for e in history:
        origin = e.detail["history_of"]
        assert origin["vault"] == a.vault_id
        source = a_entries[origin["hash"]]
        assert (source.action, source.object_id) == (origin["action"], e.object_id)
    # The testimony's own history in B reads: created in A, edited in A, imported here.
    actions = [e.detail.get("history_of", {}).get("action", e.action) for e in b.custody_entries(ids.testimony)]
    assert actions[:2] == ["create", "edit"] and "import" in actions[2:]
    assert verify_chain(b.custody_entries()) is None and verify_chain(a.custody_entries()) is None


def test_reimport_changes_nothing_but_the_log(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    _, path = sent
    import_package(pair.b, path, [pair.identity])
    before = dump(pair.b)
    report = import_package(pair.b, path, [pair.identity])
    after = dump(pair.b)
    assert report.count(Outcome.UNCHANGED) == 8
    assert report.count(Outcome.ADDED) == report.blobs_stored == report.history_entries == 0
    assert not report.conflicts
    assert {k: v for k, v in after.items() if k != "custody"} == {k: v for k, v in before.items() if k != "custody"}
    assert len(after["custody"]) == len(before["custody"]) + 1  # the import itself, logged


def test_round_trip_back_does_not_nest_history(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    _, path = sent
    import_package(pair.b, path, [pair.identity])
    from crypto import age

    alice = age.Identity.generate()
    back = pair.tmp / "back.evt"
    export_case(pair.b, source_case(pair.b), [alice.recipient], back)
    report = import_package(pair.a, back, [alice])
    assert report.count(Outcome.ADDED) == 0 and not report.conflicts
    assert report.count(Outcome.UNCHANGED) == 8
    # Only B's own entries (its imports) are new to A; A's entries coming back are recognised.
    for e in pair.a.custody_entries():
        origin = e.detail.get("history_of")
        if origin is not None:
            assert origin["vault"] == pair.b.vault_id
            assert "history_of" not in origin["detail"]


def test_fast_forward_edit_is_not_a_conflict(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    ids, path = sent
    import_package(pair.b, path, [pair.identity])
    edit_testimony(pair.a, ids.testimony, transcript="Third version, with the date: 3 March 2024.")
    report = import_package(pair.b, _send(pair, pair.a, "p2.evt"), [pair.identity])
    assert not report.conflicts
    assert report.outcomes[RecordKind.TESTIMONY][Outcome.UPDATED] == 1
    assert testimony_history(pair.b, ids.testimony) == testimony_history(pair.a, ids.testimony)


@pytest.mark.parametrize("newer", ["package", "local"])
def test_conflicting_testimony_edits_are_both_kept(pair: Pair, sent: tuple[CaseIds, Path], newer: str) -> None:
    ids, path = sent
    a, b = pair.a, pair.b
    import_package(b, path, [pair.identity])
    theirs, ours = "Alice's correction of the transcript.", "Bob's correction of the transcript."
    if newer == "package":
        edit_testimony(b, ids.testimony, transcript=ours)
        edit_testimony(a, ids.testimony, transcript=theirs)
        p2 = _send(pair, a, "p2.evt")
    else:
        edit_testimony(a, ids.testimony, transcript=theirs)
        p2 = _send(pair, a, "p2.evt")
        edit_testimony(b, ids.testimony, transcript=ours)
    report = import_package(b, p2, [pair.identity])
    assert [(c.kind, c.record_id) for c in report.conflicts] == [(RecordKind.TESTIMONY, ids.testimony)]
    history = testimony_history(b, ids.testimony)
    texts = [r.snapshot["transcript"] for r in history]
    assert theirs in texts and ours in texts
    assert texts[-1] == (theirs if newer == "package" else ours)
    numbers = [r.revision for r in history]
    assert numbers == sorted(set(numbers))  # unique, current highest
    assert "revision" in report.conflicts[0].resolution
    # The result is an ordinary testimony: editing it still works, and a re-import is a no-op.
    edit_testimony(b, ids.testimony, summary="checked")
    again = import_package(b, p2, [pair.identity])
    assert not again.conflicts and again.outcomes[RecordKind.TESTIMONY][Outcome.UNCHANGED] == 1


def test_other_records_newer_wins_and_the_other_is_kept_privately(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    ids, path = sent
    a, b = pair.a, pair.b
    import_package(b, path, [pair.identity])
    edit_person(b, ids.source, phones=("+855 12 345 678", "+855 99 888 777"), notes="met twice")
    edit_case(b, ids.case, title="Compound K (Bob)")
    # Newer than Bob's edit; making the person public is explicit.
    edit_person(a, ids.source, protected=False, notes="public statement given", forget_identifiers=True)
    p2 = _send(pair, a, "p2.evt")
    report = import_package(b, p2, [pair.identity])
    person = get_person(b, ids.source)
    assert person.notes == "public statement given"  # the newer version wins ...
    assert person.protected  # ... but protection is never loosened by an import
    assert "+855 99 888 777" in person.phones  # and no identifier redaction needs is dropped
    assert get_case(b, ids.case).title == "Compound K (Bob)"  # Bob's case edit is the newer one
    kinds = {(c.kind, c.record_id) for c in report.conflicts}
    assert kinds == {(RecordKind.PERSON, ids.source), (RecordKind.CASE, ids.case)}
    kept = [n for n in list_notes(b, ids.case) if CONFLICT_TAG in n.tags]
    assert len(kept) == 2 and all(n.private for n in kept)
    assert any("met twice" in n.text for n in kept)  # Bob's overwritten version, whole
    assert any("Compound K, Koh Kong" in n.text for n in kept)  # Alice's older case title
    assert any("protected" in notice for notice in report.notices)
    again = import_package(b, p2, [pair.identity])
    assert not again.conflicts and again.count(Outcome.ADDED) == 0
    assert len([n for n in list_notes(b, ids.case) if CONFLICT_TAG in n.tags]) == 2


def test_pseudonym_clash_is_renamed_and_stays_stable(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    ids, path = sent
    b = pair.b
    own_case = add_case(b, "Bob's own case")
    add_person(b, "Someone else", pseudonym="Source A", case_id=own_case.id)
    assert get_person(pair.a, ids.source).pseudonym == "Source A"
    report = import_package(b, path, [pair.identity])
    assert get_person(b, ids.source).pseudonym == "Source A (2)"
    assert any("Source A (2)" in n for n in report.notices)
    assert not any(ids.source in n for n in report.notices)  # pseudonyms, not the record's id
    again = import_package(b, path, [pair.identity])
    assert again.outcomes[RecordKind.PERSON][Outcome.UNCHANGED] == 2 and not again.conflicts


def test_new_working_copy_is_appended(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    ids, path = sent
    a, b = pair.a, pair.b
    import_package(b, path, [pair.identity])
    item = ms.get_media(a, ids.media)
    ms.add_working_version(a, item, b"alice-redacted", MediaType.JPEG, ["box"], Action.REDACT, {})
    report = import_package(b, _send(pair, a, "p2.evt"), [pair.identity])
    assert not report.conflicts and report.blobs_stored == 1
    assert ms.read_working(b, ms.get_media(b, ids.media)) == b"alice-redacted"
    assert b.check().ok


def test_diverged_working_copies_keep_the_local_one_current(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    ids, path = sent
    a, b = pair.a, pair.b
    import_package(b, path, [pair.identity])
    ms.add_working_version(a, ms.get_media(a, ids.media), b"alice", MediaType.JPEG, ["a"], Action.REDACT, {})
    ms.add_working_version(b, ms.get_media(b, ids.media), b"bob", MediaType.JPEG, ["b"], Action.REDACT, {})
    p2 = _send(pair, a, "p2.evt")
    report = import_package(b, p2, [pair.identity])
    assert [(c.kind, c.record_id) for c in report.conflicts] == [(RecordKind.MEDIA, ids.media)]
    item = ms.get_media(b, ids.media)
    assert len(item.versions) == 4  # v1, Bob's v2, Alice's v3, Bob's copy again on top
    assert ms.read_working(b, item) == b"bob"  # exports keep using this vault's redaction
    assert item.versions[2].sha256 == ms.get_media(a, ids.media).versions[-1].sha256
    assert b.check().ok
    assert not import_package(b, p2, [pair.identity]).conflicts
    ms.delete_media(b, ids.media)  # a shared blob between two versions deletes cleanly
    assert b.check().ok and not b.blobs.all_ids()


def test_a_different_original_under_the_same_id_is_refused(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    ids, path = sent
    b = pair.b
    import_package(b, path, [pair.identity])
    ms.add_working_version(pair.a, ms.get_media(pair.a, ids.media), b"x", MediaType.JPEG, [], Action.REDACT, {})
    p2 = _send(pair, pair.a, "p2.evt")
    # Simulate an item that shares the id but not the original (never possible through the app).
    b.conn.execute(
        "UPDATE blobs SET sha256 = ? WHERE id = (SELECT original_blob FROM media WHERE id = ?)", ("0" * 64, ids.media)
    )
    before = dump(b)
    with pytest.raises(ImportRefused, match="different original"):
        import_package(b, p2, [pair.identity])
    assert dump(b) == before


def test_failure_mid_import_rolls_everything_back(
    pair: Pair, sent: tuple[CaseIds, Path], monkeypatch: pytest.MonkeyPatch, passphrase: object
) -> None:
    _, path = sent
    b = pair.b
    before = dump(b)
    from evidence_app.transfer import merge

    def boom(self: object, testimony: object) -> None:
        raise RuntimeError("disk on fire")

    # Testimonies merge after the case, persons, notes, sites and media (with their blobs).
    monkeypatch.setattr(merge._Merge, "testimony", boom)
    with pytest.raises(RuntimeError, match="disk on fire"):
        import_package(b, path, [pair.identity])
    assert dump(b) == before
    root = b.root
    b.close()
    reopened = Vault.open(root, passphrase)  # type: ignore[arg-type]
    try:
        known = {r[0] for r in reopened.conn.execute("SELECT id FROM blobs")}
        assert reopened.blobs.all_ids() == known == set()
        assert list_cases(reopened) == []
    finally:
        reopened.close()


def test_failure_while_storing_blobs_leaves_no_file(
    pair: Pair, sent: tuple[CaseIds, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, path = sent
    b = pair.b
    before = dump(b)
    real_put = b.blobs.put
    calls: list[int] = []

    def put_then_fail(source: object, *args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_put(source, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(b.blobs, "put", put_then_fail)
    with pytest.raises(OSError, match="No space"):
        import_package(b, path, [pair.identity])
    assert dump(b) == before


def test_the_package_is_standard_age_and_tar(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    import subprocess

    _, path = sent
    plain = subprocess.run(
        ["age", "-d", "-i", str(pair.identity_file), str(path)], capture_output=True, check=True, timeout=60
    ).stdout
    listing = subprocess.run(["tar", "-tvf", "-"], input=plain, capture_output=True, check=True, timeout=60)
    names = [line.split()[-1] for line in listing.stdout.decode().splitlines()]
    assert names[:4] == ["manifest.json", "manifest.sig", "records.json", "custody.json"]
    assert len(names) == 6 and all(n.startswith("media/") for n in names[4:])
    manifest = json.loads(plain[512 : 512 + int(plain[124:135], 8)])
    assert manifest["format"] == "evidence-vault-transfer" and manifest["version"] == 2
    # Version 2: the custody head in the manifest, the signer's key beside the signature.
    assert manifest["custody_head"]["format"] == "evidence-vault-custody-head" and manifest["custody_head"]["seq"] > 1
    assert manifest["algorithms"] == {
        "container": "ustar",
        "encryption": "age-v1-x25519",
        "hash": "sha256",
        "signature": "ed25519",
    }
    assert manifest["signer_fingerprint"] == pair.a.signing_keypair().fingerprint
    assert b"Wang Ming" not in path.read_bytes()  # and the file itself holds nothing readable


def test_large_media_is_streamed_not_loaded(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    import os
    import tracemalloc

    ids, path = sent
    import_package(pair.b, path, [pair.identity])
    big = os.urandom(24 * 1024 * 1024)
    ms.add_working_version(pair.a, ms.get_media(pair.a, ids.media), big, MediaType.JPEG, ["big"], Action.REDACT, {})
    del big
    out = pair.tmp / "big.evt"
    tracemalloc.start()
    try:
        export_case(pair.a, ids.case, [pair.recipient], out)
        export_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        report = import_package(pair.b, out, [pair.identity])
        import_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.blobs_stored == 1 and len(ms.get_media(pair.b, ids.media).versions) == 2
    # The 24 MiB copy went through in chunks: never more than a few MiB held at once.
    assert export_peak < 8 * 1024 * 1024 and import_peak < 8 * 1024 * 1024, (export_peak, import_peak)


def test_plain_update_of_other_records_is_not_a_conflict(pair: Pair, sent: tuple[CaseIds, Path]) -> None:
    ids, path = sent
    a, b = pair.a, pair.b
    import_package(b, path, [pair.identity])
    edit_case(a, ids.case, title="Compound K (renamed)")
    edit_person(a, ids.official, notes="now a minister")
    report = import_package(b, _send(pair, a, "p2.evt"), [pair.identity])
    assert not report.conflicts and report.count(Outcome.UPDATED) == 2
    assert get_case(b, ids.case) == get_case(a, ids.case)
    assert get_person(b, ids.official) == get_person(a, ids.official)
    assert not [n for n in list_notes(b, ids.case) if CONFLICT_TAG in n.tags]
