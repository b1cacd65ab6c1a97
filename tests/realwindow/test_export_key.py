"""Ctrl+E opens the export wizard from anywhere in the main window, also with the cursor in a
text field: on X11 Qt makes Ctrl+E a line edit's "end of line", so without ui/window_keys.py the
key did nothing in the search field (the Help > Keyboard shortcuts list names it as Export)."""

from __future__ import annotations

from collections.abc import Callable

from tests.realwindow.conftest import App
from tests.realwindow.test_casework import _first_run
from tests.realwindow.test_day import _rows


def test_ctrl_e_exports_from_the_search_field(make_app: Callable[..., App]) -> None:
    app = make_app()
    app.start()
    _first_run(app)
    app.key("ctrl+n")
    app.wait_active("New case")
    app.type("Compound K5")
    app.key("Return")
    _rows(app, "cases", 1)
    app.key("ctrl+f")
    app.wait_focus("Search words")
    app.type("gate")
    app.key("Home")  # End of line would be a no-op; the key must reach the window, not the field
    app.key("ctrl+e")
    app.wait_active("Export a case")
    app.screenshot("export-from-search-field")
    app.key("Escape")
    app.wait_active("Evidence Vault")
    app.assert_alive()
