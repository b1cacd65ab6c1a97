"""Media intake through the vault and CLI: sealed originals, clean working copies, bad files."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from evidence_app import media_service as ms
from evidence_app.errors import NotFound, UnsupportedMedia
from evidence_app.records.cases import add_case
from evidence_app.records.lookup import search
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony, get_testimony
from evidence_app.vault import Vault
from tests.conftest import Cli, all_files

pytestmark = pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")

SECRET_WORDS = ["ZQXARTIST", "ZQXSERIAL", "ZQXCOMMENT", "ZQXXMPCREATOR"]


def dirty_jpeg(path: Path, orientation: int = 1) -> Path:
    img = Image.new("RGB", (320, 240), (200, 30, 30))
    for x in range(0, 320, 16):
        for y in range(0, 240, 16):
            img.putpixel((x, y), (x % 255, y % 255, 90))
    img.save(path, "JPEG", quality=90)
    subprocess.run(
        [
            "exiftool",
            "-q",
            "-overwrite_original",
            f"-Artist={SECRET_WORDS[0]}",
            f"-SerialNumber={SECRET_WORDS[1]}",
            f"-Comment={SECRET_WORDS[2]}",
            f"-XMP:Creator={SECRET_WORDS[3]}",
            "-GPSLatitude=10.6231",
            "-GPSLatitudeRef=N",
            "-GPSLongitude=103.5210",
            "-GPSLongitudeRef=E",
            "-Make=Canon",
            "-Model=EOS 5D",
            f"-Orientation#={orientation}",
            "-DateTimeOriginal=2025:03:01 10:00:00",
            str(path),
        ],
        check=True,
    )
    with open(path, "ab") as fh:
        fh.write(b"TRAILINGZQX")
    return path


def exif_tags(path: Path) -> dict[str, object]:
    out = subprocess.run(
        ["exiftool", "-a", "-G1", "-s", "-ee", "-u", "-j", str(path)], capture_output=True, text=True, check=True
    )
    return dict(json.loads(out.stdout)[0])


def test_import_seals_original_and_cleans_working_copy(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "C")
    src = dirty_jpeg(tmp_path / "IMG_0001.jpg")
    original_bytes = src.read_bytes()
    item, inspection = ms.import_file(vault, case.id, src)
    assert item.original_sha256 == hashlib.sha256(original_bytes).hexdigest()
    categories = {f.category.value for f in inspection.risky}
    assert {"gps", "owner", "serial", "comment", "xmp", "trailing-data", "device"} <= categories
    assert ms.read_original(vault, item) == original_bytes
    out = tmp_path / "working.jpg"
    ms.export_working(vault, item.id, out)
    data = out.read_bytes()
    for word in [*SECRET_WORDS, "TRAILINGZQX", "Canon"]:
        assert word.encode() not in data
    tags = exif_tags(out)
    assert not any(k.startswith(("GPS", "XMP", "IFD0:Artist", "ExifIFD")) for k in tags)
    with Image.open(io.BytesIO(original_bytes)) as a, Image.open(out) as b:
        assert a.convert("RGB").tobytes() == b.convert("RGB").tobytes()
    # Nothing of the photo in clear anywhere in the vault.
    for path, blob in all_files(vault.root).items():
        for word in SECRET_WORDS:
            assert word.encode() not in blob, path
    assert [e.action for e in vault.custody_entries(item.id)] == ["import", "export"]


def test_redaction_makes_a_new_version(vault: Vault, tmp_path: Path) -> None:
    from evidence_app.media.redact import Box, RedactStyle, redact_regions

    case = add_case(vault, "C")
    item, _ = ms.import_file(vault, case.id, dirty_jpeg(tmp_path / "a.jpg"))
    data, out_type, steps = redact_regions(
        io.BytesIO(ms.read_working(vault, item)), [Box(10, 10, 50, 40)], RedactStyle.FILL
    )
    from evidence_app.custody import Action

    item2 = ms.add_working_version(vault, item, data, out_type, steps, Action.REDACT, {"boxes": [[10, 10, 50, 40]]})
    assert [v.version for v in item2.versions] == [1, 2]
    with Image.open(io.BytesIO(ms.read_working(vault, item2))) as img:
        rgb = img.convert("RGB")
        assert all(rgb.getpixel((x, y)) == (0, 0, 0) for x in range(12, 58) for y in range(12, 48))
    assert ms.read_original(vault, item2) == (tmp_path / "a.jpg").read_bytes()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF is damaged"),
        (b"MZ\x90\x00\x03" + b"\x00" * 200, "programs and libraries are not supported"),
        (b"\x00\x01\x02\x03\x04ZQX" + b"\x9a" * 200, "not recognised"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 30, "malformed"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(
    vault: Vault, tmp_path: Path, content: bytes, message: str
) -> None:
    case = add_case(vault, "C")
    bad = tmp_path / "photo.jpg"
    bad.write_bytes(content)
    blobs_before = vault.blobs.all_ids()
    with pytest.raises(UnsupportedMedia, match=message):
        ms.import_file(vault, case.id, bad)
    assert vault.blobs.all_ids() == blobs_before
    assert ms.list_media(vault) == []


def test_cli_import_many_with_one_bad(cli_vault: Cli, tmp_path: Path) -> None:
    case = cli_vault.ok("case", "add", "--title", "C")
    good1 = dirty_jpeg(tmp_path / "one.jpg")
    bad = tmp_path / "two.jpg"
    bad.write_bytes(b"\x00\x01not an image at all\x9a")
    hostile_name = tmp_path / "pay\u202egpj.exe.jpg"
    shutil.copy(good1, hostile_name)
    r = cli_vault("media", "import", "--case", case, str(good1), str(bad), str(hostile_name))
    assert r.code == 1
    ids = r.out.split()
    assert len(ids) == 2
    assert "two.jpg" in r.err and "not recognised" in r.err
    assert "\\u202e" in r.err and "\u202e" not in r.err
    assert "gps" in r.err.lower()
    listed = cli_vault.ok("list", "media", "--case", case)
    assert "\u202e" not in listed
    shown = json.loads(cli_vault.ok("media", "show", ids[0], "--json"))
    assert shown["original_sha256"] == hashlib.sha256(good1.read_bytes()).hexdigest()
    out = tmp_path / "exported-original.jpg"
    cli_vault.ok("media", "export-original", ids[0], "--out", str(out))
    assert out.read_bytes() == good1.read_bytes()
    r = cli_vault("media", "export-original", ids[0], "--out", str(out))
    assert r.code == 1 and "already exists" in r.err
    cli_vault.ok("media", "redact", ids[0], "--box", "0,0,20,20")
    r = cli_vault("media", "redact", ids[0], "--box", "0,0,0,20")
    assert r.code == 1
    ident_lines = cli_vault.ok("media", "identities", ids[0]).splitlines()
    assert [line.split("\t")[0] for line in ident_lines] == ["original", "working v1", "working v2"]
    idfile = tmp_path / "id.txt"
    _role, path, sha, identity = ident_lines[0].split("\t")
    idfile.write_text(identity + "\n")
    decrypted = subprocess.run(["age", "-d", "-i", str(idfile), path], capture_output=True, check=True).stdout
    assert hashlib.sha256(decrypted).hexdigest() == sha
    cli_vault.ok("delete", "media", ids[1])
    assert len(cli_vault.ok("list", "media").splitlines()) == 1
    assert cli_vault.ok("check").startswith("OK")


def test_attach_and_edit_media(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "C")
    other = add_case(vault, "D")
    person = add_person(vault, "P")
    t = add_testimony(vault, case.id, person.id, "interview")
    item, _ = ms.import_file(vault, case.id, dirty_jpeg(tmp_path / "a.jpg"))
    ms.attach_to_testimony(vault, t.id, item.id)
    assert get_testimony(vault, t.id).media_ids == (item.id,)
    t2 = add_testimony(vault, other.id, person.id, "elsewhere")
    with pytest.raises(Exception, match="another case"):
        ms.attach_to_testimony(vault, t2.id, item.id)
    ms.detach_from_testimony(vault, t.id, item.id)
    assert get_testimony(vault, t.id).media_ids == ()
    assert ms.get_media(vault, item.id).id == item.id  # the item itself stays in the case
    with pytest.raises(NotFound, match="not attached"):
        ms.detach_from_testimony(vault, t.id, item.id)
    assert any(e.detail.get("detached_media") == item.id for e in vault.custody_entries(t.id))
    edited = ms.edit_media(vault, item.id, caption="Gate of compound K", capture_date="2025-03-01")
    assert edited.caption == "Gate of compound K" and edited.capture_date == "2025-03-01"
    assert [h.item_id for h in search(vault, "gate")] == [item.id]
    with pytest.raises(Exception, match="capture date"):
        ms.edit_media(vault, item.id, capture_date="March")


def test_cli_faces_suggest_and_apply(cli_vault: Cli) -> None:
    from tests.conftest import SAMPLES

    portrait = SAMPLES / "jpg" / "Konica_Minolta_DiMAGE_Z3.jpg"
    if not portrait.is_file():
        pytest.skip("sample portrait not available")
    case = cli_vault.ok("case", "add", "--title", "C")
    item = cli_vault.ok("media", "import", "--case", case, str(portrait))
    boxes = json.loads(cli_vault.ok("media", "faces", item, "--json"))
    assert boxes and all({"x", "y", "w", "h"} <= set(b) for b in boxes)
    r = cli_vault("media", "faces", item, "--apply")
    assert r.code == 0 and "review them" in r.err and "working copy v2" in r.err
    shown = json.loads(cli_vault.ok("media", "show", item, "--json"))
    assert [v["version"] for v in shown["versions"]] == [1, 2]
    assert shown["original_sha256"] == hashlib.sha256(portrait.read_bytes()).hexdigest()
    r = cli_vault("media", "redact", item, "--box", "1,1,5,5", "--style", "pixelate")
    assert r.code == 0 and "can sometimes be reversed" in r.err


def test_cli_attach_and_detach(cli_vault: Cli, tmp_path: Path) -> None:
    case = cli_vault.ok("case", "add", "--title", "C")
    person = cli_vault.ok("person", "add", "--name", "P")
    text = tmp_path / "t.txt"
    text.write_text("interview")
    testimony = cli_vault.ok("testimony", "add", "--case", case, "--person", person, "--text-file", str(text))
    item = cli_vault.ok("media", "import", "--case", case, str(dirty_jpeg(tmp_path / "a.jpg")))
    cli_vault.ok("testimony", "attach", testimony, "--media", item)
    assert json.loads(cli_vault.ok("testimony", "show", testimony, "--json"))["media_ids"] == [item]
    cli_vault.ok("testimony", "detach", testimony, "--media", item)
    assert json.loads(cli_vault.ok("testimony", "show", testimony, "--json"))["media_ids"] == []
    r = cli_vault("testimony", "detach", testimony, "--media", item)
    assert r.code != 0 and "not attached" in r.err and "Traceback" not in r.err
