"""``python -m evidence_app.cli``: the command line without the desktop app."""

import sys

from .main import main

if __name__ == "__main__":  # the self-test imports every module: importing must not run a command
    sys.exit(main())
