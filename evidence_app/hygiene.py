"""Process hygiene applied at start-up, before any secret is in memory."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Mapping


def harden_process() -> None:
    # Files we create are owner-only even where a library forgets to ask for it.
    os.umask(0o077)
    # A core dump would write decrypted records and keys to disk.
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    # Linux: not dumpable, so other processes of the same user cannot attach a debugger or read
    # /proc/<pid>/mem (where the vault key and open records live), and no core is written even
    # where a system handler ignores RLIMIT_CORE. prctl(PR_SET_DUMPABLE = 4, 0).
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)


# What a desktop program started on the user's behalf (the file manager behind "Show in folder", a
# second window of the app) needs to reach the user's session, and nothing more. Never the rest of
# this process's environment: EVIDENCE_PASSPHRASE, for one, would be readable in that program's
# /proc/PID/environ by every process of the user, for as long as the file manager runs.
_DESKTOP_NAMES = (
    "PATH",
    "HOME",
    "USER",
    "LOGNAME",
    "SHELL",
    "DISPLAY",
    "WAYLAND_DISPLAY",
    "XAUTHORITY",
    "DBUS_SESSION_BUS_ADDRESS",
    "DESKTOP_SESSION",
    "LANG",
    "LANGUAGE",
    "SYSTEMROOT",
)
_DESKTOP_PREFIXES = ("LC_", "XDG_", "QT_")  # QT_: the session's own choice of platform and scale


def desktop_env(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a desktop program the app starts: the session's names only."""
    source = os.environ if environ is None else environ
    return {
        name: value for name, value in source.items() if name in _DESKTOP_NAMES or name.startswith(_DESKTOP_PREFIXES)
    }
