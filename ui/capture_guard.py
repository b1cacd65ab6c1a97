"""Keep the app's windows out of screenshots, screen recordings and screen sharing where the
platform allows it.

* Windows 10 2004+: ``SetWindowDisplayAffinity(hwnd, WDA_EXCLUDEFROMCAPTURE)``: the window is
  left out of captures. Older Windows only knows ``WDA_MONITOR`` (the window captures as black),
  used as the fallback.
* macOS: ``[NSWindow setSharingType:NSWindowSharingNone]`` through the Objective-C runtime.
* Linux (X11, Wayland) and anything else: not available. On X11 every program of the session can
  read any window's pixels; Wayland compositors decide about capture themselves and offer no
  per-window opt-out. Preferences says so.

Called through ctypes because Qt has no API for it and no maintained package wraps these two
calls (pywin32 and PyObjC are large dependencies for one call each). The platform libraries are
loaded by ``_user32``/``_libobjc`` only: the tests fake exactly those two functions.

This is a courtesy of the operating system, not a security boundary: malware with the user's
rights, a camera pointed at the screen, or an administrator can still see the window.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from .i18n import QT_TRANSLATE_NOOP

WDA_MONITOR = 0x00000001
WDA_EXCLUDEFROMCAPTURE = 0x00000011
NS_WINDOW_SHARING_NONE = 0
# The literal "CaptureGuard" is repeated in each QT_TRANSLATE_NOOP below: lupdate reads only string
# literals there, so a name would leave these texts out of the translation files (shown in English).
_CONTEXT = "CaptureGuard"


class Protection(Enum):
    EXCLUDED = "excluded"  # left out of captures entirely
    BLACKED_OUT = "blacked-out"  # captured as a black rectangle (older Windows)
    NOT_AVAILABLE = "not-available"


@dataclass(frozen=True)
class CaptureStatus:
    protection: Protection
    detail: str  # one sentence for Preferences

    @property
    def available(self) -> bool:
        return self.protection is not Protection.NOT_AVAILABLE


_LINUX = QT_TRANSLATE_NOOP(
    "CaptureGuard",
    "Not available on Linux: under X11 any program of your session can read this window, and"
    " Wayland offers no way for a window to refuse screen capture. Close other programs that"
    " record or share the screen.",
)
_OTHER = QT_TRANSLATE_NOOP(
    "CaptureGuard", "Not available on this system: screenshots and screen sharing can show this window."
)
_WINDOWS = QT_TRANSLATE_NOOP(
    "CaptureGuard", "On: Windows leaves the app's windows out of screenshots and screen sharing."
)
_WINDOWS_OLD = QT_TRANSLATE_NOOP(
    "CaptureGuard", "On: this Windows version shows the app's windows as black in screenshots and screen sharing."
)
_WINDOWS_FAILED = QT_TRANSLATE_NOOP(
    "CaptureGuard", "Not available: Windows refused to exclude the window from screen capture."
)
_MACOS = QT_TRANSLATE_NOOP("CaptureGuard", "On: macOS leaves the app's windows out of screenshots and screen sharing.")
_MACOS_FAILED = QT_TRANSLATE_NOOP("CaptureGuard", "Not available: macOS did not let the window refuse screen capture.")


def _tr(text: str) -> str:
    return QApplication.translate(_CONTEXT, text)


def _user32() -> Any:
    return ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]


def _libobjc() -> Any:
    return ctypes.CDLL("/usr/lib/libobjc.A.dylib")


def platform_status(platform: str | None = None) -> CaptureStatus:
    """What this platform can do, before any window exists (for Preferences)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return CaptureStatus(Protection.EXCLUDED, _tr(_WINDOWS))
    if platform == "darwin":
        return CaptureStatus(Protection.EXCLUDED, _tr(_MACOS))
    if platform.startswith("linux"):
        return CaptureStatus(Protection.NOT_AVAILABLE, _tr(_LINUX))
    return CaptureStatus(Protection.NOT_AVAILABLE, _tr(_OTHER))


def exclude_window(win_id: int, platform: str | None = None) -> CaptureStatus:
    """Ask the platform to keep one native window (``QWidget.winId()``) out of captures."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return _exclude_windows(win_id)
    if platform == "darwin":
        return _exclude_macos(win_id)
    return platform_status(platform)


def _exclude_windows(hwnd: int) -> CaptureStatus:
    user32 = _user32()
    set_affinity = user32.SetWindowDisplayAffinity
    set_affinity.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    set_affinity.restype = ctypes.c_int
    if set_affinity(ctypes.c_void_p(hwnd), WDA_EXCLUDEFROMCAPTURE):
        return CaptureStatus(Protection.EXCLUDED, _tr(_WINDOWS))
    # Before Windows 10 2004 the exclusion flag is unknown and the call fails: black it out.
    if set_affinity(ctypes.c_void_p(hwnd), WDA_MONITOR):
        return CaptureStatus(Protection.BLACKED_OUT, _tr(_WINDOWS_OLD))
    return CaptureStatus(Protection.NOT_AVAILABLE, _tr(_WINDOWS_FAILED))


def _exclude_macos(ns_view: int) -> CaptureStatus:
    """Qt's winId() on macOS is the NSView; its window gets ``sharingType = NSWindowSharingNone``."""
    objc = _libobjc()
    objc.sel_registerName.argtypes = [ctypes.c_char_p]
    objc.sel_registerName.restype = ctypes.c_void_p
    send = objc.objc_msgSend
    # objc_msgSend has no fixed signature: declare the one of each call before making it.
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    send.restype = ctypes.c_void_p
    window = send(ctypes.c_void_p(ns_view), ctypes.c_void_p(objc.sel_registerName(b"window")))
    if not window:
        return CaptureStatus(Protection.NOT_AVAILABLE, _tr(_MACOS_FAILED))
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_long]
    send.restype = None
    send(ctypes.c_void_p(window), ctypes.c_void_p(objc.sel_registerName(b"setSharingType:")), NS_WINDOW_SHARING_NONE)
    send.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    send.restype = ctypes.c_long
    sharing = send(ctypes.c_void_p(window), ctypes.c_void_p(objc.sel_registerName(b"sharingType")))
    if sharing != NS_WINDOW_SHARING_NONE:
        return CaptureStatus(Protection.NOT_AVAILABLE, _tr(_MACOS_FAILED))
    return CaptureStatus(Protection.EXCLUDED, _tr(_MACOS))


class CaptureGuard(QObject):
    """Installed on the application: every top-level window is excluded as it is first shown,
    so dialogs, the unlock screen and the media viewer are covered as well as the main window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = platform_status()
        self._done: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.protect(watched)
        return False

    def protect(self, window: QWidget) -> CaptureStatus:
        win_id = int(window.winId())
        if win_id not in self._done and self.status.available:
            self.status = exclude_window(win_id)
            self._done.add(win_id)
        return self.status
