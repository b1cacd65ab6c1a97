"""The Qt part of ``evidence-app --self-test``: does the Qt platform plugin load?

When no platform plugin can be initialised Qt aborts the whole process (qFatal), so the check
cannot run in the self-test's own process: it would end the run without a FAIL line. It starts
this same program again with a hidden flag instead; the child creates the application object for
the platform in use (``QT_QPA_PLATFORM``, ``offscreen`` in CI), imports every ui module (a frozen
bundle leaves out Qt modules the spec does not list), loads the bundled fonts into Qt and draws text
with them, and prints one marker line. The parent turns the result into OK/FAIL.

Qt is imported only in the child.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from evidence_app.selftest import Check

# evidence_app.selftest is imported by the functions that use it: the launcher imports this
# module on every start for its flags, and ``evidence-app --help`` should stay quick.

SELF_TEST_FLAG = "--self-test"
CHILD_FLAG = "--self-test-qt-child"  # hidden; only this module's parent passes it
_MARKER = "qt-selftest-ok:"
_TIMEOUT_S = 120  # first start of a freshly installed app can be slow (Gatekeeper, antivirus)
# The child is the launcher itself (``-m ui.launcher``, or the bundle's executable), which imports
# this module: importing it again by name would only run a second copy of it, and would close an
# import circle through importlib (tests/test_architecture.py counts this walk as imports).
NOT_WALKED = ("ui.launcher",)


def _self_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable]  # the bundle's own executable
    return [sys.executable, "-m", "ui.launcher"]


def check_qt_platform() -> str:
    from evidence_app.selftest import CheckFailed

    try:
        proc = subprocess.run(
            [*_self_command(), CHILD_FLAG],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise CheckFailed(f"starting Qt took longer than {_TIMEOUT_S} s") from None
    for line in proc.stdout.splitlines():
        if line.startswith(_MARKER) and proc.returncode == 0:
            return line[len(_MARKER) :].strip()
    # Qt's own explanation (e.g. "Could not load the Qt platform plugin ...") is on stderr.
    lines = [line.strip() for line in proc.stderr.splitlines() if line.strip()]
    reason = " | ".join(lines[-2:]) or f"no result line, exit status {proc.returncode}"
    raise CheckFailed(f"Qt did not start (exit status {proc.returncode}): {reason}")


def qt_checks() -> list[Check]:
    from evidence_app.selftest import Check

    return [Check("qt-platform", check_qt_platform)]


def _check_audio_backend() -> str | None:
    """Recordings play through QtMultimedia's FFmpeg backend, fed from memory: load a half-second
    WAV made here from a QBuffer and wait until the player knows its length. A bundle missing the
    backend plugin or its libraries fails here instead of in front of a researcher."""
    import io
    import wave

    from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QMediaPlayer

    pcm = io.BytesIO()
    with wave.open(pcm, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * 4000)
    player = QMediaPlayer()
    if not player.isAvailable():
        sys.stderr.write("no QtMultimedia backend could be loaded (recordings cannot play)\n")
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(pcm.getvalue()))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    loop = QEventLoop()
    player.durationChanged.connect(lambda _d: loop.quit())
    player.errorOccurred.connect(lambda *_a: loop.quit())
    QTimer.singleShot(15_000, loop.quit)
    player.setSourceDevice(buffer, QUrl("selftest.wav"))
    if player.duration() <= 0:
        loop.exec()
    duration = player.duration()
    player.setSource(QUrl())
    if not 400 <= duration <= 600:
        sys.stderr.write(f"QtMultimedia did not read a 500 ms WAV from memory: {player.errorString() or duration}\n")
        return None
    return f"audio backend reads a {duration} ms WAV from memory"


def child_main() -> int:
    """Runs in the child process: any failure here is reported by the parent."""
    from PySide6.QtCore import QPoint, qVersion
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from evidence_app.selftest import font_files

    app = QApplication.instance() or QApplication([sys.argv[0]])
    platform = QApplication.platformName()
    import ui

    modules = [info.name for info in pkgutil.walk_packages(ui.__path__, prefix="ui.") if info.name not in NOT_WALKED]
    for name in modules:
        importlib.import_module(name)
    loaded = 0
    families: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id == -1:
            sys.stderr.write(f"Qt could not load the bundled font {path.name}\n")
            return 1
        loaded += 1
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    # Drawing text exercises the font engine (FreeType/CoreText/DirectWrite) behind the plugin.
    image = QImage(64, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    if families:
        painter.setFont(QFont(families[0], 12))
    painter.drawText(QPoint(2, 18), "Ev")
    painter.end()
    inked = any(image.pixelColor(x, y) != QColor("white") for x in range(64) for y in range(24))
    if not inked:
        sys.stderr.write("Qt drew no text pixels\n")
        return 1
    audio = _check_audio_backend()
    if audio is None:
        return 1
    print(
        f"{_MARKER} platform '{platform}', Qt {qVersion()}, {len(modules)} ui modules import, "
        f"{loaded} bundled fonts load, text renders, {audio}"
    )
    del app
    return 0
