"""The strength meter follows the one rule the hint states (at least 8 characters) and shows
zxcvbn's warning: "password1" is long enough but very weak, never "Too short"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from evidence_app.strength import MIN_PASSPHRASE
from ui.passphrase import NewPassphraseFields


def test_one_rule_one_message(qtbot: QtBot) -> None:
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    fields.passphrase_edit.setText("abc")
    fields.confirm_edit.setText("abc")
    assert "Too short" in fields.strength_label.text() and str(MIN_PASSPHRASE) in fields.strength_label.text()
    assert not fields.acceptable

    fields.passphrase_edit.setText("password1")
    fields.confirm_edit.setText("password1")
    message = fields.strength_label.text()
    assert "Too short" not in message
    assert message.startswith("Very weak") and "common" in message.lower()  # zxcvbn's own warning
    assert fields.acceptable  # advice, not a gate, exactly as the hint says

    fields.passphrase_edit.setText("violet tram ledger monsoon quietly")
    assert fields.strength_label.text().startswith("Strong")
