"""Process hygiene applied at start-up, before any secret is in memory."""

from __future__ import annotations

import contextlib
import os
import sys


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
