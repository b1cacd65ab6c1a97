"""Process hygiene applied at start-up, before any secret is in memory."""

from __future__ import annotations

import contextlib
import os


def harden_process() -> None:
    # Files we create are owner-only even where a library forgets to ask for it.
    os.umask(0o077)
    # A core dump would write decrypted records and keys to disk.
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
