"""Starting desktop programs for the user: the file manager, a second window of the app.

On Linux and the BSDs Qt's QDesktopServices starts ``xdg-open`` with the app's whole environment;
the app starts it itself instead, detached, with only the session's names
(``evidence_app.hygiene.desktop_env``): nothing of the app's own environment, such as a passphrase
given in EVIDENCE_PASSPHRASE, may reach a program that outlives the app. Windows and macOS hand the
folder to the running shell (Explorer, Finder), which does not inherit the app's environment.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QProcessEnvironment, QUrl
from PySide6.QtGui import QDesktopServices

from evidence_app.hygiene import desktop_env


def _uses_xdg_open() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def open_folder(folder: Path) -> bool:
    """Ask the file manager to show ``folder``; False if nothing could be started."""
    if not _uses_xdg_open():
        return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
    return _start_detached("xdg-open", [str(folder)], _session_environment())


def start_app_window(vault_folder: Path) -> bool:
    """Start a second window of the app, on the vault in ``vault_folder`` (a new one if empty).

    Detached, with the session's environment only, as for the file manager: the second window
    must ask for its own passphrase and never inherit one."""
    environment = _session_environment()
    if getattr(sys, "frozen", False):
        program, arguments = sys.executable, ["--vault", str(vault_folder)]
    else:
        program, arguments = sys.executable, ["-m", "ui.launcher", "--vault", str(vault_folder)]
        source_root = str(Path(__file__).resolve().parents[1])  # the folder holding ui/ and evidence_app/
        environment.insert("PYTHONPATH", source_root)
    return _start_detached(program, arguments, environment)


def _session_environment() -> QProcessEnvironment:
    environment = QProcessEnvironment()
    for name, value in desktop_env().items():
        environment.insert(name, value)
    return environment


def _start_detached(program: str, arguments: list[str], environment: QProcessEnvironment) -> bool:
    process = QProcess()
    process.setProgram(program)
    process.setArguments(arguments)
    process.setProcessEnvironment(environment)
    return bool(process.startDetached())
