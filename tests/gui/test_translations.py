"""The interface languages: every translation file complete and faithful to its source text
(placeholders, mnemonics, line breaks, markup), the compiled .qm in step with the .ts, and a
language chosen in Preferences showing in the main window at the next start."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMenuBar
from pytestqt.qtbot import QtBot

from evidence_app.records.cases import add_case
from evidence_app.records.sites import list_sites
from ui.app import AppController
from ui.capture_guard import platform_status
from ui.languages import (
    CODES,
    LANGUAGES,
    QT_STANDARD_PREFIX,
    SOURCE_LANGUAGE,
    SYSTEM,
    TRANSLATIONS_PREFIX,
    effective_language,
    install_translators,
    system_language,
    translations_dir,
)
from ui.settings import Settings

from .conftest import MakeController, unlock

pytestmark = pytest.mark.gui

PROJECT = Path(__file__).resolve().parents[2]
FOLDER = PROJECT / "resources" / "translations"
TRANSLATED = sorted(CODES - {SOURCE_LANGUAGE})
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%(?:\d+|n)")
TAG = re.compile(r"</?[A-Za-z][^>]*>")
KHMER = re.compile("[\u1780-\u17ff]")


def ts_files() -> list[Path]:
    return sorted(FOLDER.glob("*.ts"))


def messages(path: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 (the project's own files)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


def mnemonics(text: str) -> int:
    return len(re.findall(r"&[^&\s]", text.replace("&&", "")))


def test_every_language_has_its_sources_and_compiled_files() -> None:
    assert translations_dir() == FOLDER
    script = (PROJECT / "tools" / "update-translations").read_text(encoding="utf-8")
    listed = re.search(r"^for lang in ([^;]+); do$", script, re.M)
    assert listed is not None, "tools/update-translations lists the languages in one for-loop"
    assert sorted(listed.group(1).split()) == TRANSLATED  # the script and ui/languages.py agree
    found = {p.stem.removeprefix(f"{TRANSLATIONS_PREFIX}_") for p in FOLDER.glob(f"{TRANSLATIONS_PREFIX}_*.ts")}
    assert sorted(found) == TRANSLATED
    for code in TRANSLATED:
        assert (FOLDER / f"{TRANSLATIONS_PREFIX}_{code}.qm").is_file(), code
    names = [language.native_name for language in LANGUAGES]
    assert len(set(names)) == len(names) and all(names)


@pytest.mark.parametrize("path", ts_files(), ids=lambda p: p.stem)
def test_every_string_is_translated_and_keeps_placeholders_mnemonics_and_markup(path: Path) -> None:
    problems: list[str] = []
    count = 0
    for context, source, message in messages(path):
        count += 1
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        kind = translation.get("type")
        if kind is not None:  # unfinished, vanished or obsolete
            problems.append(f"{where} is {kind}")
            continue
        forms = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            if not text.strip():
                problems.append(f"{where} has no translation")
                continue
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                problems.append(f"{where}: markup differs in {text!r}")
            if text.count("\n") != source.count("\n"):
                problems.append(f"{where}: line breaks differ in {text!r}")
            if mnemonics(text) != mnemonics(source):
                problems.append(f"{where}: needs exactly as many &-mnemonics as the source, got {text!r}")
            elif mnemonics(text) and not re.search(r"&[A-Za-z0-9]", text.replace("&&", "")):
                problems.append(f"{where}: the mnemonic must be a key on every keyboard (A-Z, 0-9): {text!r}")
    assert count > 0
    assert not problems, "\n".join(problems)


def test_compiled_files_match_their_sources(tmp_path: Path) -> None:
    """The .qm files are committed (a checkout and every bundle get them without a build step);
    each must be what lrelease makes of its .ts now, so a forgotten recompile fails here."""
    import PySide6

    lrelease = shutil.which("pyside6-lrelease") or str(Path(PySide6.__file__).parent / "lrelease")
    if not Path(lrelease).exists() and shutil.which(lrelease) is None:
        pytest.skip("pyside6-lrelease is not installed")
    stale = []
    for ts in ts_files():
        fresh = tmp_path / f"{ts.stem}.qm"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=120)
        if fresh.read_bytes() != ts.with_suffix(".qm").read_bytes():
            stale.append(ts.name)
    assert not stale, f"run tools/update-translations: stale .qm for {stale}"


def test_qt_standard_texts_exist_where_pyside6_has_none() -> None:
    from PySide6.QtCore import QLibraryInfo

    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for code in TRANSLATED:
        if not (qt_folder / f"qtbase_{code}.qm").is_file():
            assert (FOLDER / f"{QT_STANDARD_PREFIX}_{code}.qm").is_file(), code


@pytest.mark.parametrize(
    ("ui_languages", "expected"),
    [
        (["km-KH", "en-US"], "km"),
        (["zh-Hans-CN"], "zh_CN"),
        (["zh-CN", "zh"], "zh_CN"),
        (["zh-Hant-TW", "en"], "en"),
        (["th_TH"], "th"),
        (["vi-VN"], "vi"),
        (["in-ID"], "id"),
        (["fr-FR", "id-ID"], "id"),
        (["de-DE"], "en"),
        ([], "en"),
    ],
)
def test_system_language_picks_the_first_one_the_app_has(ui_languages: list[str], expected: str) -> None:
    assert system_language(ui_languages) == expected


def test_the_language_setting_keeps_only_known_codes(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    assert settings.language == SYSTEM
    settings.language = "km"
    settings.sync()
    assert Settings(tmp_path / "settings.ini").language == "km"
    assert effective_language("km") == "km"
    settings.language = "xx"
    assert settings.language == SYSTEM


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    app = QCoreApplication.instance()
    assert app is not None
    install_translators(app, SOURCE_LANGUAGE)


def test_choosing_khmer_shows_khmer_in_the_main_window_after_restart(
    qtbot: QtBot, unlocked: AppController, make_controller: MakeController, vault_dir: Path, english_afterwards: None
) -> None:
    window = unlocked.main_window
    assert window is not None
    english_menus = [a.text() for a in window.findChild(QMenuBar).actions()]  # type: ignore[union-attr]
    assert "&Vault" in english_menus

    dialog = unlocked.open_preferences()
    qtbot.waitExposed(dialog)
    combo = dialog.language_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    for language in LANGUAGES:
        assert language.native_name in names
    combo.setCurrentIndex(combo.findData("km"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    settings_path = unlocked.settings.path
    unlocked.shutdown()

    # The next start: the app reads the stored choice before it builds a window.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    stored = Settings(settings_path).language
    assert stored == "km"
    assert install_translators(app, effective_language(stored)) == "km"
    controller = make_controller(vault_dir)
    controller.start()
    assert controller.unlock_dialog is not None
    assert KHMER.search(controller.unlock_dialog.windowTitle()), controller.unlock_dialog.windowTitle()
    khmer_window = unlock(qtbot, controller)
    menus = [a.text() for a in khmer_window.findChild(QMenuBar).actions()]  # type: ignore[union-attr]
    assert all(KHMER.search(text) for text in menus), menus
    assert "ឃ្លាំង(&V)" in menus  # the Vault menu keeps Alt+V on a Latin keyboard
    assert KHMER.search(khmer_window.tabs.tabText(0)), khmer_window.tabs.tabText(0)


@pytest.mark.parametrize("platform", ["linux", "freebsd"])
def test_texts_marked_for_later_translation_reach_the_translation_files(
    qapp: QApplication, platform: str, english_afterwards: None
) -> None:
    # The screen-capture line in Preferences is marked with QT_TRANSLATE_NOOP; lupdate extracts only
    # literal contexts there, and a missed text stays English inside a Khmer window.
    assert install_translators(qapp, "km") == "km"
    detail = platform_status(platform).detail
    assert KHMER.search(detail), detail


def test_a_translated_coordinate_error_reads_as_written_and_clears_once_corrected(
    qtbot: QtBot, unlocked: AppController, english_afterwards: None
) -> None:
    # The site dialog's own message comes back through the inline error line: in Khmer it ends
    # with the Khmer full stop alone, and it goes away like the English one once the value is right.
    window = unlocked.main_window
    assert window is not None
    case = add_case(window.vault(), "Compound K")
    window.reload_cases(select=case.id)
    app = QCoreApplication.instance()
    assert app is not None
    assert install_translators(app, "km") == "km"
    dialog = window.open_new_site_dialog()
    dialog.name_edit.setText("Compound gate")
    dialog.lat_edit.setText("11.6177 N")
    dialog.lon_edit.setText("102.9835")
    dialog.save_clicked()
    shown = dialog.error_label.text()
    assert dialog.isVisible() and not dialog.error_label.isHidden()
    assert KHMER.search(shown) and shown.endswith("\u17d4"), shown
    dialog.lat_edit.setText("11.6177")
    assert dialog.error_label.isHidden()
    assert list_sites(window.vault(), case.id) == []


def test_a_translated_message_keeps_its_own_full_stop() -> None:
    from ui.errors import sentence

    assert sentence("រយៈទទឹងត្រូវតែជាលេខដូចជា 11.5564។") == "រយៈទទឹងត្រូវតែជាលេខដូចជា 11.5564។"
    assert sentence("纬度必须是类似 11.5564 的数字。") == "纬度必须是类似 11.5564 的数字。"
    assert sentence("latitude 191.0 is outside -90..90") == "Latitude 191.0 is outside -90..90."
