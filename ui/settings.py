"""Preferences that may live outside the vault: an INI file in the config folder.

Only the keys listed here are ever written, and none of them is sensitive: no record content,
no names, no recent-file lists, no window titles, no search history, no folder history (the
vault folder comes from the command line or the platform default). Anything about the evidence
belongs inside the encrypted vault.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from evidence_app import paths

from .languages import CODES, SYSTEM

if TYPE_CHECKING:
    # The redaction package loads phonenumbers (about 0.1 s); the app reads its preferences before
    # the unlock dialog, so it is imported only by the export preferences below that need it (#18).
    from evidence_app.redaction import DetectorKind

DEFAULT_AUTOLOCK_MINUTES = 5
MAX_AUTOLOCK_MINUTES = 240

_AUTOLOCK_MINUTES = "autolock/minutes"
_LOCK_ON_MINIMISE = "autolock/lock_on_minimise"
_LOCK_ON_SCREEN_LOCK = "autolock/lock_on_screen_lock"
_EXPORT_ALLOWED = "export/allowed_detectors"
_EXPORT_REGIONS = "export/phone_regions"
_LANGUAGE = "ui/language"
# Window geometry, splitter positions and column widths (ui/layout.py): sizes only, base64 of what
# Qt's saveGeometry/saveState return. The names are fixed here, so nothing else can be stored.
_LAYOUT = "layout/"
LAYOUT_NAMES = frozenset(
    {
        "mainWindow.window",
        "mainWindow.splitter.cases",
        *(f"mainWindow.columns.{table}" for table in ("testimonies", "persons", "notes", "sites", "custody")),
        "mainWindow.splitter.media",
        "mainWindow.splitter.mediaPair",
        "testimonyEditor.window",
        "testimonyEditor.splitter.main",
        "testimonyEditor.columns.history",
    }
)
ALLOWED_KEYS = frozenset(
    {_AUTOLOCK_MINUTES, _LOCK_ON_MINIMISE, _LOCK_ON_SCREEN_LOCK, _EXPORT_ALLOWED, _EXPORT_REGIONS, _LANGUAGE}
    | {_LAYOUT + name for name in LAYOUT_NAMES}
)


def default_settings_path() -> Path:
    return paths.config_dir() / "settings.ini"


class Settings:
    """Typed access to the few non-sensitive preferences."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_settings_path()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        for key in self._qs.allKeys():
            if key not in ALLOWED_KEYS:  # written by something else: never keep it around
                self._qs.remove(key)

    # --- auto-lock -----------------------------------------------------------------------------

    @property
    def autolock_minutes(self) -> int:
        raw = self._qs.value(_AUTOLOCK_MINUTES, DEFAULT_AUTOLOCK_MINUTES)
        try:
            minutes = int(str(raw))
        except ValueError:
            return DEFAULT_AUTOLOCK_MINUTES
        return min(max(minutes, 1), MAX_AUTOLOCK_MINUTES)

    @autolock_minutes.setter
    def autolock_minutes(self, minutes: int) -> None:
        self._qs.setValue(_AUTOLOCK_MINUTES, min(max(int(minutes), 1), MAX_AUTOLOCK_MINUTES))

    @property
    def lock_on_minimise(self) -> bool:
        raw = self._qs.value(_LOCK_ON_MINIMISE, True)
        return str(raw).strip().lower() not in {"false", "0", "no", "off"}

    @lock_on_minimise.setter
    def lock_on_minimise(self, value: bool) -> None:
        self._qs.setValue(_LOCK_ON_MINIMISE, bool(value))

    @property
    def lock_on_screen_lock(self) -> bool:
        """Lock when the screen locks or the computer sleeps (on unless explicitly turned off)."""
        raw = self._qs.value(_LOCK_ON_SCREEN_LOCK, True)
        return str(raw).strip().lower() not in {"false", "0", "no", "off"}

    @lock_on_screen_lock.setter
    def lock_on_screen_lock(self, value: bool) -> None:
        self._qs.setValue(_LOCK_ON_SCREEN_LOCK, bool(value))

    # --- export defaults (detector kinds and country codes only: nothing about the evidence) ------

    def _list(self, key: str) -> list[str] | None:
        raw = self._qs.value(key, None)
        if raw is None:
            return None
        items = raw if isinstance(raw, list) else str(raw).split(",")
        return [str(i).strip() for i in items if str(i).strip()]

    @property
    def default_detectors(self) -> frozenset[DetectorKind]:
        """Detector kinds whose hits an export keeps by default (none unless chosen)."""
        from evidence_app.redaction import DetectorKind  # on first use: see the imports

        values = self._list(_EXPORT_ALLOWED) or []
        kinds = {k.value: k for k in DetectorKind}
        return frozenset(kinds[v] for v in values if v in kinds)

    @default_detectors.setter
    def default_detectors(self, kinds: frozenset[DetectorKind]) -> None:
        self._qs.setValue(_EXPORT_ALLOWED, ",".join(sorted(k.value for k in kinds)))

    @property
    def phone_regions(self) -> tuple[str, ...]:
        from evidence_app.redaction import DEFAULT_REGIONS  # on first use: see the imports

        values = self._list(_EXPORT_REGIONS)
        regions = tuple(v.upper() for v in values or [] if v.isalpha() and len(v) == 2)
        return regions or DEFAULT_REGIONS

    @phone_regions.setter
    def phone_regions(self, regions: tuple[str, ...]) -> None:
        from evidence_app.redaction import DEFAULT_REGIONS  # on first use: see the imports

        clean = [r.strip().upper() for r in regions if r.strip().isalpha() and len(r.strip()) == 2]
        self._qs.setValue(_EXPORT_REGIONS, ",".join(clean or DEFAULT_REGIONS))

    # --- interface language (a language code, or empty for the system's) -----------------------

    @property
    def language(self) -> str:
        raw = str(self._qs.value(_LANGUAGE, SYSTEM)).strip()
        return raw if raw in CODES else SYSTEM

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue(_LANGUAGE, code if code in CODES else SYSTEM)

    # --- window layout (sizes only; ui/layout.py) ------------------------------------------------

    def layout(self, name: str) -> str | None:
        if name not in LAYOUT_NAMES:
            raise KeyError(name)
        raw = self._qs.value(_LAYOUT + name, None)
        return str(raw) if raw else None

    def set_layout(self, name: str, value: str | None) -> None:
        if name not in LAYOUT_NAMES:
            raise KeyError(name)
        if value is None:
            self._qs.remove(_LAYOUT + name)
        elif value.isascii() and value.replace("+", "").replace("/", "").replace("=", "").isalnum():
            self._qs.setValue(_LAYOUT + name, value)  # base64 only: nothing else gets in here
        else:
            raise ValueError("a layout value is base64 text")

    # --- file ----------------------------------------------------------------------------------

    def write_defaults(self) -> None:
        """Write the current values (defaults where unset) so the file documents itself."""
        self.autolock_minutes = self.autolock_minutes
        self.lock_on_minimise = self.lock_on_minimise
        self.lock_on_screen_lock = self.lock_on_screen_lock
        self.sync()

    def sync(self) -> None:
        self._qs.sync()

    def keys(self) -> list[str]:
        return list(self._qs.allKeys())
