"""Hostile file names at intake: reserved Windows names, control characters, right-to-left
overrides and names at the file-system limit are stored under generated names and only ever shown
escaped; the bundle reader refuses such names inside archives."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from evidence_app import media_service
from evidence_app.export import BundleInvalid, verify_bundle
from tests.conftest import Cli

NAMES = [
    "CON.jpg",
    "aux",
    "NUL.png",
    "com1.jpeg",
    "LPT9",
    "bell\x07and\x1bescape.jpg",
    "tab\tnewline\nname.jpg",
    "invoice\u202egpj.exe",
    "zero\u200bwidth.jpg",
    "x" * 251 + ".jpg",
]


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_intake_of_hostile_names(cli_vault: Cli, tmp_path: Path, name: str) -> None:
    case = cli_vault.ok("case", "add", "--title", "C")
    folder = tmp_path / "in"
    folder.mkdir()
    path = folder / name
    Image.new("RGB", (16, 16), (5, 5, 5)).save(path, "PNG")
    r = cli_vault("media", "import", "--case", case, str(path))
    assert r.code == 0, r.err
    item = r.out.strip()
    listed = cli_vault.ok("list", "media")
    shown = r.err + listed + cli_vault.ok("media", "show", item)
    for bad in ("\x07", "\x1b", "\u202e", "\u200b"):
        assert bad not in shown
    # Tabs separate the listing's columns; a tab or newline from a name never adds a column or a line.
    assert listed.count("\n") == 0 and listed.count("\t") == 3  # cli.ok strips the final newline
    # Stored under generated names: nothing of the original name in the vault folder's names.
    for p in cli_vault.root.rglob("*"):
        assert name not in p.name and "CON" not in p.name
    assert media_service.escape_name(name).isprintable()


@pytest.mark.parametrize(
    "member",
    [
        "../evil.txt",
        "/etc/passwd",
        "C:\\Windows\\x",
        "dossier/../../x",
        "dossier/CON",
        "dossier/" + "y" * 300,
        "dossier/bell\x07",
        "dossier/\u202etxt.exe",
        "dossier/data/a\x00b",
    ],
)
def test_bundle_reader_refuses_hostile_member_names(tmp_path: Path, member: str) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("dossier/bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
        z.writestr(zipfile.ZipInfo(member), b"x")
    path = tmp_path / "b.zip"
    path.write_bytes(buf.getvalue())
    with pytest.raises(BundleInvalid) as info:
        verify_bundle(path)
    assert "\n" not in str(info.value).strip()
    assert "\x07" not in str(info.value) and "\u202e" not in str(info.value)
