"""Where the app's read-only files (fonts, icons) are: in a checkout, a frozen bundle or a wheel.

Use ``resource_path("fonts", "NotoSans-Regular.ttf")`` instead of paths built from ``__file__``:
in a PyInstaller bundle the modules live inside an archive and ``__file__`` does not point at the
files on disk. Three layouts, tried in this order:

* frozen (PyInstaller): ``sys._MEIPASS/resources`` (packaging/evidence-app.spec copies the
  repository's ``resources/`` there unchanged);
* source checkout or editable install: ``resources/`` beside the packages;
* installed wheel: ``<prefix>/share/evidence-app/resources`` (pyproject's data-files).
"""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

# The repository root: evidence_app/ sits directly below it (source checkout or editable install).
_SOURCE_ROOT = Path(__file__).resolve().parent.parent
_DATA_SUBDIR = ("share", "evidence-app", "resources")


def _installed_roots() -> list[Path]:
    roots = [Path(sysconfig.get_path("data")).joinpath(*_DATA_SUBDIR)]
    user_scheme = f"{os.name}_user"
    if user_scheme in sysconfig.get_scheme_names():  # pip install --user
        roots.append(Path(sysconfig.get_path("data", user_scheme)).joinpath(*_DATA_SUBDIR))
    return roots


def resources_root() -> Path:
    """The folder holding ``fonts/``, ``icons/``, ... for this run of the app."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    source = _SOURCE_ROOT / "resources"
    if source.is_dir():
        return source
    for root in _installed_roots():
        if root.is_dir():
            return root
    return source  # missing everywhere: callers report this path


def resource_path(*parts: str) -> Path:
    """A file or folder under the resources root. It is not checked for existence here."""
    return resources_root().joinpath(*parts)


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")
