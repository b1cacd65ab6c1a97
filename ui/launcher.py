"""The ``evidence-app`` entry point: commands go to the CLI; no command opens the desktop app.

Lives in ui/ because only ui/ may import Qt (dependencies point down: ui -> evidence_app ->
crypto). Qt is imported only when the window is actually wanted.
"""

from __future__ import annotations

import sys
from pathlib import Path

from evidence_app import cli


def _launch(vault_dir: Path) -> int:
    from ui.app import run

    return int(run(vault_dir))


def main() -> int:
    return cli.main(sys.argv[1:], launch_gui=_launch)


if __name__ == "__main__":
    sys.exit(main())
