"""The bundled fonts (Noto Sans, Khmer, Thai, CJK fallback) registered for the whole UI at start-up,
so Khmer, Thai and Chinese text renders on machines that lack those fonts; and the recovery key's
font, a monospace one with a slashed zero (Inconsolata), so 0 and O are never mistaken when the
key is copied onto paper or typed back."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from evidence_app.resources import resource_path

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Add every bundled font file to the application's font database (once); returns families."""
    if _registered:
        return list(_registered)
    folder = resource_path("fonts")
    if not folder.is_dir():
        return []
    families: list[str] = []
    for path in sorted(folder.glob("*.ttf")) + sorted(folder.glob("*.otf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    _registered.extend(families)
    return families


KEY_FONT_FAMILY = "Inconsolata"


def key_font(point_size: int) -> QFont:
    """The recovery key's font (bundled Inconsolata, bold); the system's monospace font only if
    the bundled file is missing (a broken install: the self-test reports it)."""
    register_fonts()
    font = QFont(KEY_FONT_FAMILY, point_size, QFont.Weight.Bold)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    if QFontInfo(font).family() != KEY_FONT_FAMILY:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(point_size)
        font.setWeight(QFont.Weight.Bold)
    return font
