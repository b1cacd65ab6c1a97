"""Plaintext canaries: a full CLI session with a unique marker in every field and a marker photo.

Afterwards no marker may appear in any file under the vault folder, the temp folder the app
uses, or the home folder (config, caches, recently-used lists), in UTF-8 or UTF-16, except in
files the researcher explicitly exported, and never a protected marker there.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import Cli

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")


def _markers() -> dict[str, str]:
    tag = uuid.uuid4().hex[:10].upper()
    return {
        field: f"CANARY{field.upper()}{tag}"
        for field in (
            "casetitle",
            "casedesc",
            "name",
            "alias",
            "translit",
            "email",
            "notes",
            "transcript",
            "summary",
            "place",
            "interviewer",
            "note",
            "privatenote",
            "site",
            "town",
            "province",
            "caption",
            "artist",
            "exifcomment",
            "tag",
        )
    }


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _scan(roots: list[Path], markers: dict[str, str], skip: set[Path]) -> list[str]:
    found = []
    for root in roots:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            if not path.is_file() or path in skip or path.is_symlink():
                continue
            data = path.read_bytes()
            for field, marker in markers.items():
                if any(e in data for e in _encodings(marker)):
                    found.append(f"{field} in {path}")
    return found


def test_full_cli_session_leaves_no_plaintext(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    m = _markers()
    home = Path.home()  # the isolated HOME of this test
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    inputs = tmp_path / "inputs"  # files the researcher brings in: plaintext by their choice
    inputs.mkdir()
    exports = tmp_path / "exports"  # files the researcher explicitly asks for
    exports.mkdir()

    assert cli("init", "--author", "Canary Tester").code == 0
    case = cli.ok("case", "add", "--title", m["casetitle"], "--description", m["casedesc"], "--tag", m["tag"])
    person = cli.ok(
        "person",
        "add",
        "--name",
        m["name"],
        "--alias",
        m["alias"],
        "--transliteration",
        m["translit"],
        "--email",
        f"{m['email'].lower()}@example.org",
        "--phone",
        "+855 12 777 001",
        "--notes",
        m["notes"],
        "--case",
        case,
    )
    transcript = inputs / "t.txt"
    transcript.write_text(f"{m['transcript']} said {m['name']} was there.", encoding="utf-8")
    summary = inputs / "s.txt"
    summary.write_text(m["summary"], encoding="utf-8")
    t = cli.ok(
        "testimony",
        "add",
        "--case",
        case,
        "--person",
        person,
        "--text-file",
        str(transcript),
        "--summary-file",
        str(summary),
        "--place",
        m["place"],
        "--interviewer",
        m["interviewer"],
    )
    cli.ok("testimony", "mark", t, "--span", "0-10")
    transcript.write_text(f"{m['transcript']} edited", encoding="utf-8")
    cli.ok("testimony", "edit", t, "--text-file", str(transcript))
    note = inputs / "n.txt"
    note.write_text(m["note"], encoding="utf-8")
    cli.ok("note", "add", "--case", case, "--text-file", str(note))
    note.write_text(m["privatenote"], encoding="utf-8")
    cli.ok("note", "add", "--case", case, "--text-file", str(note), "--private")
    cli.ok(
        "site",
        "add",
        "--case",
        case,
        "--name",
        m["site"],
        "--town",
        m["town"],
        "--province",
        m["province"],
        "--lat",
        "10.5",
        "--lon",
        "103.5",
        "--sensitive",
    )
    photo = inputs / "marker.jpg"
    Image.new("RGB", (64, 48), (10, 200, 10)).save(photo, "JPEG")
    subprocess.run(
        [
            "exiftool",
            "-q",
            "-overwrite_original",
            f"-Artist={m['artist']}",
            f"-UserComment={m['exifcomment']}",
            "-GPSLatitude=10.5",
            "-GPSLatitudeRef=N",
            str(photo),
        ],
        check=True,
    )
    media = cli.ok("media", "import", "--case", case, str(photo))
    cli.ok("media", "edit", media, "--caption", m["caption"])
    for what in ("cases", "persons", "testimonies", "notes", "sites", "media"):
        cli.ok("list", what, "--json")
    assert t in cli.ok("search", m["transcript"].lower())
    cli.ok("testimony", "history", t)
    cli.ok("log")
    cli.ok("check")
    backup = exports / "backup.evb"
    cli.ok("backup", "--out", str(backup))
    working = exports / "working.jpg"
    cli.ok("media", "export-working", media, "--out", str(working))
    # Wrong passphrases and bad input along the way must not leave anything either.
    assert cli("list", "cases", env={"EVIDENCE_PASSPHRASE": "wrong passphrase"}).code == 1
    assert cli("case", "add", "--title", " ").code == 1

    assert _scan([inputs], m, skip=set()), "the scanner must see markers where they are"
    leaks = _scan([cli.root, temp, home], m, skip=set())
    assert leaks == []
    # The backup is encrypted: nothing in clear there either. The working copy lost the EXIF.
    assert _scan([backup.parent], m, skip=set()) == []
