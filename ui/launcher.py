"""The ``evidence-app`` entry point: commands go to the CLI; no command opens the desktop app.

Lives in ui/ because only ui/ may import Qt (dependencies point down: ui -> evidence_app ->
crypto). Qt is imported only when the window is actually wanted.

``--self-test`` (alone, first) is handled here, before the CLI, because its Qt check belongs to ui/:
it runs evidence_app.selftest's checks plus ui.selftest_qt's, and exits 1 if any fails.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from evidence_app import cli
from ui import selftest_qt  # light: Qt itself is imported only inside its child process


def _launch(vault_dir: Path) -> int:
    from ui.app import run

    return int(run(vault_dir))


SELF_TEST_FLAG = selftest_qt.SELF_TEST_FLAG
PARSER_CHILD_FLAG = "--sanitizer-child"  # evidence_app.media.isolation.CHILD_FLAG, kept light here


def _self_test(argv: list[str]) -> int:
    from evidence_app import hygiene, selftest

    if argv != [SELF_TEST_FLAG]:
        sys.stderr.write(f"{cli.PROG}: {SELF_TEST_FLAG} takes no other arguments\n")
        return 2
    hygiene.harden_process()
    if sys.stdout is None:
        # A windowed Windows build has no console: only the exit status reports. The installer
        # also ships evidence-app-cli.exe, a console build of the same bundle, for readable output.
        with open(os.devnull, "w", encoding="utf-8") as sink:
            return selftest.main(selftest_qt.qt_checks(), out=sink)
    return selftest.main(selftest_qt.qt_checks())


def main() -> int:
    argv = sys.argv[1:]
    if argv[:1] == [selftest_qt.CHILD_FLAG]:  # hidden: the Qt probe's child process
        return selftest_qt.child_main()
    if argv[:1] == [PARSER_CHILD_FLAG]:  # hidden: the frozen bundle's parser process
        from evidence_app.media.isolation import child_main

        return child_main()
    if argv[:1] == [SELF_TEST_FLAG]:  # first only: later, the word could be a command's argument
        return _self_test(argv)
    return cli.main(argv, launch_gui=_launch)


if __name__ == "__main__":
    sys.exit(main())
