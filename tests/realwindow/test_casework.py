"""A case worked through in a real window with the keyboard only (real key presses through
xdotool): people (a protected source with a Chinese name and a phone, a public official), a
sensitive site, a testimony in mixed scripts, a private note, a photo imported through Qt's file
dialog (typed into), a box drawn with keys and a face suggestion accepted, search in three
scripts, the export's dry run, page preview and export (the bundle then read back with unzip and
pdftotext), Tools > Check vault and Tools > Back up vault.

Every step waits for what the user would see (window titles, focus, list rows, status lines read
through ui/testhook.py), checks that the app is still running, and keeps a screenshot in
build/realwindow/. After the app ended, the vault is opened outside it to check that what was
typed arrived letter for letter."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image

from crypto.secret import SecretStr
from evidence_app.model import Role
from evidence_app.records.cases import list_cases
from evidence_app.records.notes import list_notes
from evidence_app.records.persons import list_persons
from evidence_app.records.sites import list_sites
from evidence_app.records.testimonies import list_testimonies
from evidence_app.vault import Vault
from tests.realwindow.conftest import PROJECT, App
from tests.realwindow.test_day import PASSPHRASE, _rows, _unlocked

SOURCE = "王小明"
PHONE = "+855 12 345 678"
OFFICIAL = "Sok Chea"
CASE = "Compound K5"
# Latin, Chinese, Khmer and Thai in one transcript; short, since each non-Latin letter is typed
# through a remapped key (see App.type).
TRANSCRIPT = "王小明: ខ្ញុំ went to the gate, ไทย too."
NOTE = "Private: call the source back on Friday."
FACE_SAMPLE = PROJECT.parent / "shared" / "samples" / "exif-samples" / "jpg" / "Konica_Minolta_DiMAGE_Z3.jpg"


def _photo(folder: Path) -> tuple[Path, bool]:
    """A portrait with a face when the shared samples are there (face suggestion finds it),
    else a generated JPEG (then the app must say it found no face)."""
    target = folder / "portrait.jpg"
    if FACE_SAMPLE.is_file():
        shutil.copyfile(FACE_SAMPLE, target)
        return target, True
    Image.new("RGB", (160, 120), (120, 140, 160)).save(target, "JPEG", quality=90)
    return target, False


def _label(app: App, name: str, check: Callable[[str], bool], what: str, timeout: float = 30) -> dict[str, Any]:
    return app.wait_for(what, lambda s: check(s.get("labels", {}).get(name, "")), timeout=timeout)


def _count(app: App, name: str, check: Callable[[int], bool], what: str, timeout: float = 30) -> dict[str, Any]:
    return app.wait_for(what, lambda s: name in s.get("counts", {}) and check(s["counts"][name]), timeout=timeout)


def _focus_prefix(app: App, prefix: str, tries: int = 8) -> None:
    """Tab until the focus is on the control whose accessible name starts with ``prefix``."""
    for _ in range(tries):
        if ((app.state().get("focus") or {}).get("accessible_name") or "").startswith(prefix):
            return
        app.key("Tab")
    app.wait_for(
        f"focus on '{prefix}…'", lambda s: str((s.get("focus") or {}).get("accessible_name", "")).startswith(prefix)
    )


def _back_to_main(app: App) -> None:
    app.wait_for("the main window", _unlocked)
    app.assert_alive()


def _first_run(app: App) -> None:
    app.wait_active("Create an Evidence Vault")
    app.wait_focus("Your name")
    app.type("Dara K")
    app.key("Tab")
    app.type(PASSPHRASE)
    app.key("Tab")
    app.type(PASSPHRASE)
    app.key("Return")
    app.wait_active("Your recovery key", timeout=60)
    app.key("space")
    app.key("Return")
    _back_to_main(app)


def _records(app: App) -> None:
    # The case.
    app.key("ctrl+n")
    app.wait_active("New case")
    app.type(CASE)
    app.key("Return")
    _rows(app, "cases", 1)

    # A protected source with a Chinese name and a phone.
    app.key("ctrl+shift+p")
    app.wait_active("New person")
    app.wait_focus("Full name")
    app.type(SOURCE)
    app.key("alt+h")
    app.wait_focus("Phone numbers")
    app.type(PHONE)
    app.key("Return")
    _rows(app, "Persons", 1)

    # A public official: role Official, Protected unticked (Alt+P), saved with Enter.
    app.key("ctrl+shift+p")
    app.wait_active("New person")
    app.wait_focus("Full name")
    app.type(OFFICIAL)
    app.key("alt+r")
    app.wait_focus("Role")
    app.type("Official")  # a combo box selects the entry typed
    app.key("alt+p")  # unticks Protected
    app.screenshot("20-public-official")
    app.key("Return")
    _rows(app, "Persons", 2)
    _back_to_main(app)

    # A sensitive site; the map copy "lat, lon" pasted into Latitude fills both fields.
    app.key("ctrl+shift+s")
    app.wait_active("New site")
    app.wait_focus("Site name")
    app.type("Safe house")
    app.key("alt+p")
    app.wait_focus("Province")
    app.type("Koh Kong")
    app.key("alt+l")
    app.wait_focus("Latitude")
    app.type("11.6177, 102.9835")
    app.key("alt+e")  # ticks Sensitive
    app.screenshot("21-sensitive-site")
    app.key("Return")
    _rows(app, "Sites", 1)
    app.screenshot("22-sites-overview")

    # A testimony in mixed scripts by the source, saved with Ctrl+S.
    app.key("ctrl+t")
    app.wait_active("New testimony")
    app.key("alt+p")
    app.wait_focus("Person")
    app.key("Home")  # the first person of the case: the source
    app.key("alt+t")
    app.wait_focus("Transcript")
    app.type(TRANSCRIPT)
    app.screenshot("23-testimony-mixed-scripts")
    app.key("ctrl+s")
    _rows(app, "Testimonies", 1)
    _back_to_main(app)

    # A private note, saved with Ctrl+Enter.
    app.key("ctrl+shift+n")
    app.wait_active("New note")
    app.key("alt+n")
    app.wait_focus("Note")
    app.type(NOTE)
    app.key("alt+r")  # ticks Private
    app.screenshot("24-private-note")
    app.key("ctrl+Return")
    _rows(app, "Notes", 1)
    _back_to_main(app)


def _photo_with_a_box_and_a_face(app: App, photo: Path, has_face: bool) -> None:
    # Import through Qt's own file dialog: the path typed into its file name field, Enter.
    app.key("ctrl+i")
    app.wait_active("Import files into the case")
    app.screenshot("30-file-dialog")
    app.type(str(photo))
    app.key("Return")
    _back_to_main(app)
    _count(app, "mediaGrid", lambda n: n == 1, "the photo in the media grid", timeout=60)
    _label(app, "mediaStatus", lambda t: t.startswith("Imported"), "the import's status line", timeout=60)
    app.screenshot("31-photo-imported")

    # A box drawn with the keyboard on the working copy: N places it, Enter adds it.
    app.key("alt+c")  # the Compare and redact tab
    _focus_prefix(app, "Working copy")
    app.key("n")
    app.key("Right", "Right", "shift+Right")
    app.key("Return")
    _label(app, "boxesLabel", lambda t: "1 drawn" in t, "one drawn box")

    # Face suggestions, reviewed with the keyboard: the first one accepted.
    app.key("alt+g")
    if has_face:
        state = _count(app, "faceSuggestions", lambda n: n >= 1, "a face suggestion", timeout=60)
        assert state["focus"]["accessible_name"] == "Suggested boxes: faces and text"
        app.key("alt+e")  # Accept
        _label(app, "boxesLabel", lambda t: "1 drawn" in t and "1 accepted face" in t, "the accepted face")
    else:
        _label(app, "boxesLabel", lambda t: "No faces were found" in t, "no face found", timeout=60)
    app.screenshot("32-box-and-face")
    app.key("alt+y")  # Apply redaction: a new working copy
    _label(app, "mediaStatus", lambda t: t.startswith("Saved working copy v2"), "the redacted copy", timeout=60)
    app.screenshot("33-redaction-applied")


def _search_in_three_scripts(app: App) -> None:
    app.key("ctrl+f")
    app.wait_focus("Search words")
    for n, word in enumerate((SOURCE, "ខ្ញុំ", "ไทย")):
        app.key("ctrl+a")
        app.key("BackSpace")
        app.key("Return")  # an empty search: the last answer goes, so the next one is this word's
        _label(app, "searchStatus", lambda t: t == "Type a word to search for.", "the search cleared")
        app.type(word)
        app.key("Return")
        state = _label(app, "searchStatus", lambda t: t.startswith("Found: "), f"hits for {word}")
        assert state["counts"]["searchResults"] >= 1
        app.screenshot(f"4{n}-search-{n}")


def _files(folder: Path) -> set[Path]:
    """Every file under ``folder`` but the test hook's own state file (rewritten as the app runs)."""
    return {p for p in folder.rglob("*") if p.is_file() and p.name != "ui-state.json"}


def _export(app: App) -> Path:
    # From the case list (a text field works too since ui/window_keys.py: test_export_key.py).
    app.key("alt+a")
    app.wait_focus("Cases")
    app.key("ctrl+e")
    app.wait_active("Export a case")
    app.key("Return")  # Next: the dry run
    state = _label(
        app, "dryRunSummary", lambda t: t.startswith("The dossier will hold"), "the dry run's summary", timeout=90
    )
    summary = state["labels"]["dryRunSummary"]
    assert summary.startswith(
        "The dossier will hold: 1 testimony, 1 protected person shown by pseudonym, 1 public person named, "
        "1 site (1 sensitive: only its province), 1 photo."
    ), summary
    assert "Left out: 1 private note." in summary
    assert state["page"] == "Check before exporting (dry run)"
    app.screenshot("50-dry-run")

    # The pages the export would write, drawn in memory: no file appears for them.
    before = _files(app.home)
    app.key("alt+v")
    app.wait_active("Preview of the dossier")
    _count(app, "dossierPages", lambda n: n >= 1, "the dossier's pages", timeout=60)
    assert _files(app.home) == before
    app.screenshot("51-preview")
    app.key("Escape")
    app.wait_active("Export a case")

    app.key("alt+n")  # Next: recipients and the file (the suggested name is kept)
    app.wait_for("the recipients page", lambda s: s.get("page") == "Recipients and file")
    app.key("alt+e")  # Export
    state = _label(
        app, "exportResult", lambda t: t.startswith("The dossier was written to"), "the export's result", timeout=90
    )
    result = state["labels"]["exportResult"]
    assert "It holds: 1 testimony, 1 protected person shown by pseudonym" in result
    app.screenshot("52-export-finished")
    # Show in folder: the desktop's file manager is asked for the folder (xdg-open on Linux; the
    # stand-in on PATH writes down what it was given).
    app.key("alt+l")
    opened = app.home / "xdg-open.args"
    app.wait_for("the folder opened", lambda _s: opened.is_file() and opened.read_text().strip() != "", timeout=20)
    app.assert_alive()
    app.key("Escape")  # closes the finished wizard
    _back_to_main(app)
    path = Path(result.splitlines()[1])
    assert path.is_file() and path.name.endswith(".zip"), result
    assert opened.read_text().strip() in (str(path.parent), path.parent.as_uri()), opened.read_text()
    return path


def _read_bundle_back(bundle: Path, folder: Path) -> None:
    """What a recipient sees, with the usual tools: unzip, pdftotext."""
    subprocess.run(["unzip", "-q", str(bundle), "-d", str(folder)], check=True, timeout=60)
    [pdf] = folder.rglob("dossier.pdf")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, timeout=60)
    pdf_text = text.stdout.decode("utf-8")
    assert "Source A" in pdf_text and OFFICIAL in pdf_text  # the pseudonym, and the official by name
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in (SOURCE, PHONE, "Safe house", NOTE):
                assert secret.encode("utf-8") not in data, (secret, path)
    assert SOURCE not in pdf_text and PHONE not in pdf_text


def _tools(app: App) -> None:
    app.key("alt+o")  # the Tools menu
    app.key("c")  # Check vault…
    app.wait_active("Check the vault")
    assert app.state()["default_button"] == "Check now"
    app.key("Return")
    _label(app, "toolResult", lambda t: t.startswith("All good"), "the vault check", timeout=90)
    app.screenshot("60-check-vault")
    app.key("Escape")
    _back_to_main(app)

    app.key("alt+o")
    app.key("b")  # Back up vault…
    app.wait_active("Back up the vault")
    backup = app.home / "k5-backup.evb"
    app.key("alt+s")  # Save the backup as:
    app.wait_focus("Backup file to write")
    app.type(str(backup))
    app.key("Return")
    _label(app, "toolResult", lambda t: t.startswith("The backup was written to"), "the backup", timeout=90)
    app.screenshot("61-backup")
    assert backup.is_file() and backup.stat().st_size > 0
    app.key("Escape")
    _back_to_main(app)


def _check_vault_afterwards(app: App) -> None:
    """Opened outside the app after it ended: everything typed arrived whole."""
    with Vault.open(app.vault, passphrase=SecretStr(PASSPHRASE)) as vault:
        [case] = list_cases(vault)
        assert case.title == CASE
        source, official = list_persons(vault, case.id)
        assert (source.full_name, source.phones, source.protected) == (SOURCE, (PHONE,), True)
        assert (official.full_name, official.role, official.protected) == (OFFICIAL, Role.OFFICIAL, False)
        [site] = list_sites(vault, case.id)
        assert (site.name, site.province, site.lat, site.lon, site.sensitive) == (
            "Safe house",
            "Koh Kong",
            11.6177,
            102.9835,
            True,
        )
        [testimony] = list_testimonies(vault, case.id)
        assert testimony.transcript == TRANSCRIPT and testimony.person_id == source.id
        [note] = list_notes(vault, case.id)
        assert note.text == NOTE and note.private


def test_casework_with_the_keyboard_only(make_app: Callable[..., App], tmp_path: Path) -> None:
    app = make_app()
    stand_in = app.home / "bin"
    stand_in.mkdir()
    (stand_in / "xdg-open").write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" > {app.home / "xdg-open.args"}\n')
    (stand_in / "xdg-open").chmod(0o755)
    app.extra_env = {"PATH": f"{stand_in}:{os.environ.get('PATH', '')}"}
    app.start()
    _first_run(app)
    _records(app)
    photo, has_face = _photo(tmp_path)
    _photo_with_a_box_and_a_face(app, photo, has_face)
    _search_in_three_scripts(app)
    bundle = _export(app)
    _read_bundle_back(bundle, tmp_path / "unzipped")
    _tools(app)
    app.key("ctrl+shift+q")
    assert app.wait_exit() == 0
    _check_vault_afterwards(app)
