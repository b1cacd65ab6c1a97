"""``python -m evidence_app.cli``: the command line without the desktop app."""

import sys

from .main import main

sys.exit(main())
