"""The interface languages: the one list of them, which one a run uses, and loading its translations.

The translations are Qt Linguist files compiled to ``.qm`` (resources/translations, built by
tools/update-translations; docs/TRANSLATING.md). A language is chosen in Preferences and stored
in the non-sensitive settings (ui/settings.py); without a choice the system's language is used
when it is one of these, else English. The choice takes effect at the next start: the widgets
set their texts once when they are built, so switching a running window would leave it half in
the old language.

Qt's own texts (standard buttons, the wizard's Back/Next, the text fields' context menu) come
from PySide6's ``qtbase_*.qm`` where PySide6 ships one, else from our ``qt_standard_*.qm`` made
for the languages Qt itself does not translate.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from evidence_app.resources import resource_path

TRANSLATIONS_PREFIX = "evidence_app"
QT_STANDARD_PREFIX = "qt_standard"
SOURCE_LANGUAGE = "en"
SYSTEM = ""  # the stored value for "the system's language"


@dataclass(frozen=True)
class Language:
    code: str  # as in the .ts file name: evidence_app_<code>.ts
    native_name: str  # the language's name in its own script, as its speakers write it


# tools/update-translations lists the same codes (tests/gui/test_translations.py keeps them in step).
LANGUAGES: tuple[Language, ...] = (
    Language(SOURCE_LANGUAGE, "English"),
    Language("km", "ភាសាខ្មែរ"),
    Language("zh_CN", "简体中文"),
    Language("th", "ไทย"),
    Language("vi", "Tiếng Việt"),
    Language("id", "Bahasa Indonesia"),
)
CODES = frozenset(language.code for language in LANGUAGES)


def translations_dir() -> Path:
    return resource_path("translations")


def _code_for(ui_language: str) -> str | None:
    """Map a BCP-47 name from the system (``km-KH``, ``zh-Hans-CN``, ``th``) to one of CODES."""
    parts = ui_language.replace("_", "-").split("-")
    base = parts[0].lower()
    if base == "zh":
        # Simplified Chinese only; Traditional (zh-Hant, zh-TW, zh-HK) readers get English rather
        # than a script they did not ask for.
        rest = {p.lower() for p in parts[1:]}
        return None if rest & {"hant", "tw", "hk", "mo"} else "zh_CN"
    if base == "in":  # the old ISO code for Indonesian, still reported by some systems
        base = "id"
    return base if base in CODES else None


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's preferred languages that the app has, else English."""
    names = ui_languages if ui_languages is not None else QLocale.system().uiLanguages()
    for name in names:
        code = _code_for(name)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def effective_language(stored: str) -> str:
    """The language a run uses for the stored choice (``SYSTEM`` or a code)."""
    return stored if stored in CODES else system_language()


_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, code: str) -> str:
    """Load the translations for ``code`` into ``app``, replacing any loaded before; returns the
    language in use (English when the files are missing). Call before any widget is built."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code not in CODES or code == SOURCE_LANGUAGE:
        QLocale.setDefault(QLocale.system())
        return SOURCE_LANGUAGE
    folder = str(translations_dir())
    own = QTranslator(app)
    if not own.load(f"{TRANSLATIONS_PREFIX}_{code}", folder):
        QLocale.setDefault(QLocale.system())
        return SOURCE_LANGUAGE
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_folder) or qt.load(f"{QT_STANDARD_PREFIX}_{code}", folder):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(own)
    _installed.append(own)
    # Dates, numbers and Qt's own dialogs follow the interface language.
    QLocale.setDefault(QLocale(code))
    return code
