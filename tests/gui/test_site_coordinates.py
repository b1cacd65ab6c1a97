"""Sites: a coordinate pair as map apps copy it ("11.6177, 102.9835") is accepted pasted into
either field and split into both; a coordinate error clears as soon as the value is corrected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from evidence_app.records.cases import add_case
from evidence_app.records.sites import list_sites
from ui.app import AppController
from ui.dialogs import split_coordinate_pair

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("11.6177, 102.9835", ("11.6177", "102.9835")),
        ("  11.6177,102.9835 ", ("11.6177", "102.9835")),
        ("-8.6500 115.2167", ("-8.6500", "115.2167")),
        ("11,6177; 102,9835", ("11,6177", "102,9835")),
        ("11,6177 102,9835", ("11,6177", "102,9835")),
        ("11.6177", None),
        ("11,6177", None),  # a decimal comma, one number: never a pair
        ("11.6177, 102.9835, 4", None),
        ("Sihanoukville", None),
    ],
)
def test_split_coordinate_pair(text: str, pair: tuple[str, str] | None) -> None:
    assert split_coordinate_pair(text) == pair


@pytest.mark.parametrize("field", ["lat_edit", "lon_edit"])
def test_a_pasted_pair_fills_both_fields_and_saves(qtbot: QtBot, unlocked: AppController, field: str) -> None:
    window = unlocked.main_window
    assert window is not None
    case = add_case(window.vault(), "Compound K")
    window.reload_cases(select=case.id)
    dialog = window.open_new_site_dialog()
    dialog.name_edit.setText("Compound gate")
    QGuiApplication.clipboard().setText("11.6177, 102.9835")
    edit = getattr(dialog, field)
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # a real paste
    assert (dialog.lat_edit.text(), dialog.lon_edit.text()) == ("11.6177", "102.9835")
    dialog.save_clicked()
    [site] = list_sites(window.vault(), case.id)
    assert site.lat == pytest.approx(11.6177) and site.lon == pytest.approx(102.9835)
    QGuiApplication.clipboard().clear()


def test_the_coordinate_error_clears_once_corrected(qtbot: QtBot, unlocked: AppController) -> None:
    window = unlocked.main_window
    assert window is not None
    case = add_case(window.vault(), "Compound K")
    window.reload_cases(select=case.id)
    dialog = window.open_new_site_dialog()
    dialog.name_edit.setText("Compound gate")
    dialog.lat_edit.setText("11.6177 N")
    dialog.lon_edit.setText("102.9835")
    dialog.save_clicked()
    assert dialog.isVisible() and "latitude" in dialog.error_label.text()
    dialog.lat_edit.setText("11.6177 ")
    assert "latitude" in dialog.error_label.text() or dialog.error_label.isHidden()
    dialog.lat_edit.setText("11.6177")
    assert dialog.error_label.isHidden()
    # Out of range (from the core) also clears once corrected; a valid pair typed keeps it hidden.
    dialog.lat_edit.setText("191.6177")
    dialog.save_clicked()
    assert not dialog.error_label.isHidden() and "latitude" in dialog.error_label.text().lower()
    dialog.lat_edit.setText("91")
    assert not dialog.error_label.isHidden()  # still out of range
    dialog.lat_edit.setText("11.6177, 102.9835")
    assert dialog.error_label.isHidden()
    # An error about something else is not hidden by typing a coordinate.
    dialog.name_edit.setText("")
    dialog.save_clicked()
    other = dialog.error_label.text()
    assert other and "latitude" not in other.lower()
    dialog.lon_edit.setText("102.98")
    assert not dialog.error_label.isHidden()


def test_a_pair_typed_key_by_key_is_split_when_saved(qtbot: QtBot, unlocked: AppController) -> None:
    """Typed, not pasted: "11.6177, 1" is already a pair after the tenth key; the rest of the
    longitude must not run on into the latitude field (seen in the real window)."""
    window = unlocked.main_window
    assert window is not None
    case = add_case(window.vault(), "Compound K")
    window.reload_cases(select=case.id)
    dialog = window.open_new_site_dialog()
    dialog.name_edit.setText("Compound gate")
    dialog.lat_edit.setFocus()
    QTest.keyClicks(dialog.lat_edit, "11.6177, 102.9835")
    assert dialog.lat_edit.text() == "11.6177, 102.9835"  # as typed, until the field is left
    QTest.keyClick(dialog.lat_edit, Qt.Key.Key_Return)  # Enter saves the dialog
    [site] = list_sites(window.vault(), case.id)
    assert site.lat == pytest.approx(11.6177) and site.lon == pytest.approx(102.9835)
