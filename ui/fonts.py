"""The bundled fonts (Noto Sans, Khmer, Thai, CJK fallback) registered for the whole UI at start-up,
so Khmer, Thai and Chinese text renders on machines that lack those fonts."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

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
