"""Dialogs that create and edit records, and the preferences dialog.

Each ``New*Dialog`` has an ``Edit*Dialog`` subclass: the same form, filled from the record, whose
Save passes only the fields that changed to the core's ``edit_*`` service (so the custody entry
names exactly what changed, and an unchanged form writes nothing). Window titles never name the
record (they are visible to the window manager and to screen sharing).

Each record dialog calls one vault service when the person presses Save. If the service refuses
(empty title, bad phone number, ...) the reason is shown inside the dialog and nothing closes, so
no typing is lost. On success the dialog emits ``saved`` with the new record and closes.

The dialogs are opened with ``open()`` by the main window; tests fill the fields and click Save
(or call ``save_clicked``) directly.

Why this is still one file (about 800 lines): each ``New*``/``Edit*`` pair shares ``RecordDialog``
and the field helpers at the top, so the rules above (only changed fields saved, errors shown
inside the dialog) live in one place. The split: a ``ui/dialogs/`` package with ``base.py``
(RecordDialog and field helpers), one module per kind (case, person, testimony, note, site) and
``preferences.py``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from typing import Any, TypeVar, cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evidence_app.errors import InvalidInput
from evidence_app.model import Case, CaseStatus, Consent, ConsentStatus, Note, Person, RiskLevel, Role, Site
from evidence_app.records.cases import add_case, edit_case, get_case, list_cases
from evidence_app.records.common import check_coordinates
from evidence_app.records.notes import add_note, edit_note, get_note
from evidence_app.records.persons import add_person, edit_person, get_person, list_persons, suggest_pseudonym
from evidence_app.records.sites import add_site, edit_site, get_site
from evidence_app.records.testimonies import add_testimony
from evidence_app.vault import UNLOCK_LIMITS, Vault

from .errors import explain, sentence
from .inline_error import error_label, show_inline_error
from .languages import LANGUAGES, SYSTEM
from .models import person_label
from .settings import MAX_AUTOLOCK_MINUTES, Settings

VaultGetter = Callable[[], Vault]
E = TypeVar("E", bound=Enum)


def split_list(text: str) -> list[str]:
    """Comma (or semicolon, or Arabic/CJK comma) separated entries."""
    for sep in (";", "،", "、", "，"):
        text = text.replace(sep, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def join_list(values: Iterable[str]) -> str:
    """The inverse of ``split_list`` for filling a field from a record."""
    return ", ".join(values)


def changed_fields(record: object, values: dict[str, Any]) -> dict[str, Any]:
    """The entries of ``values`` that differ from the record's attributes of the same name."""
    return {key: value for key, value in values.items() if value != getattr(record, key)}


def _plain_edit(parent: QWidget, name: str, min_height: int = 80) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)  # Tab moves on, so the whole form works from the keyboard
    edit.setMinimumHeight(min_height)
    return edit


def _line_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(name)
    return edit


def _enum_combo(parent: QWidget, name: str, values: Sequence[E], labels: dict[E, str], current: E) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    for value in values:
        combo.addItem(labels.get(value, value.value), value)
    combo.setCurrentIndex(list(values).index(current))
    return combo


class RecordDialog(QDialog):
    """Base: a form, an inline error line, Save/Cancel."""

    saved = Signal(object)

    def __init__(self, vault: VaultGetter, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error_label = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._discarding = False
        self._discard_box: QMessageBox | None = None
        # Ctrl+S and Ctrl+Enter save from any field, also from inside a multi-line text where
        # Enter alone must stay a new line.
        for keys in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save_clicked)

    def has_typed_text(self) -> bool:
        """Whether Esc/Cancel would throw away something the user typed (asked before it is)."""
        return False

    def discard(self) -> None:
        """Close without asking: the vault is locking, nothing typed may stay on screen."""
        self._discarding = True
        if self._discard_box is not None:
            self._discard_box.close()
        self.close()

    def reject(self) -> None:
        if self._discarding or not self.has_typed_text():
            super().reject()
            return
        if self._discard_box is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard what you typed?"),
            self.tr("What you typed here is not saved. Discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardQuestion")
        # Enter and Esc both go back to the text: only an explicit Discard throws a transcript away.
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._discard_answered(box))
        self._discard_box = box
        box.open()

    def _discard_answered(self, box: QMessageBox) -> None:
        self._discard_box = None
        button = box.standardButton(box.clickedButton())
        box.setObjectName("")  # a question being deleted is not the one on screen
        box.deleteLater()
        if button == QMessageBox.StandardButton.Discard:
            self._discarding = True
            super().reject()

    @property
    def save_button(self) -> QWidget:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        assert button is not None
        return button

    def save_clicked(self) -> None:
        try:
            record = self.save()
        except Exception as exc:  # shown inline; the dialog stays open with everything typed
            self.show_error(explain(exc)[1])
            return
        self.error_label.hide()
        self.saved.emit(record)
        self.accept()

    def show_error(self, message: str) -> None:
        show_inline_error(self.error_label, message)

    def save(self) -> object:
        raise NotImplementedError

    # --- pickers -------------------------------------------------------------------------------

    def _case_combo(self, current_case: str | None) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Case"))
        cases: list[Case] = list_cases(self._vault())
        for case in cases:
            combo.addItem(case.title, case.id)
        if current_case is not None:
            index = combo.findData(current_case)
            if index >= 0:
                combo.setCurrentIndex(index)
        return combo

    def _person_combo(self, optional: bool, current_person: str | None = None) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Person"))
        if optional:
            combo.addItem(self.tr("(nobody in particular)"), None)
        persons: list[Person] = list_persons(self._vault())
        for person in persons:
            label = person_label(person)
            if person.protected:
                label = f"{label} — {person.full_name}"
            combo.addItem(label, person.id)
        if current_person is not None:
            index = combo.findData(current_person)
            if index >= 0:
                combo.setCurrentIndex(index)
        return combo

    def _no_case(self) -> str:
        return self.tr("Choose the case first (create one with New case).")

    def _required_choice(self, combo: QComboBox, message: str) -> str:
        value = combo.currentData()
        if not isinstance(value, str):
            raise InvalidInput(message)
        return value


class NewCaseDialog(RecordDialog):
    def __init__(self, vault: VaultGetter, parent: QWidget | None = None) -> None:
        super().__init__(vault, "", parent)
        self.setWindowTitle(self.tr("New case"))
        self.title_edit = _line_edit(self, self.tr("Case title"))
        self.description_edit = _plain_edit(self, self.tr("Description"))
        self.tags_edit = _line_edit(self, self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("separated by commas"))
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Description:"), self.description_edit)
        self.form.addRow(self.tr("T&ags:"), self.tags_edit)
        self.title_edit.setFocus()

    def save(self) -> object:
        return add_case(
            self._vault(),
            self.title_edit.text(),
            self.description_edit.toPlainText(),
            tags=split_list(self.tags_edit.text()),
        )


class EditCaseDialog(NewCaseDialog):
    """The case form filled from ``case_id``, plus its status."""

    def __init__(self, vault: VaultGetter, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.record = get_case(vault(), case_id)
        self.setWindowTitle(self.tr("Edit case"))
        self.status_combo = _enum_combo(
            self,
            self.tr("Status"),
            list(CaseStatus),
            {
                CaseStatus.OPEN: self.tr("Open"),
                CaseStatus.CLOSED: self.tr("Closed"),
                CaseStatus.ARCHIVED: self.tr("Archived"),
            },
            self.record.status,
        )
        self.form.addRow(self.tr("&Status:"), self.status_combo)
        self.title_edit.setText(self.record.title)
        self.description_edit.setPlainText(self.record.description)
        self.tags_edit.setText(join_list(self.record.tags))

    def save(self) -> object:
        status = self.status_combo.currentData()
        changes = changed_fields(
            self.record,
            {
                "title": self.title_edit.text().strip(),
                "description": self.description_edit.toPlainText(),
                "status": status if isinstance(status, CaseStatus) else self.record.status,
                "tags": tuple(split_list(self.tags_edit.text())),
            },
        )
        return edit_case(self._vault(), self.record.id, **changes) if changes else self.record


class NewPersonDialog(RecordDialog):
    def __init__(self, vault: VaultGetter, current_case: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(vault, "", parent)
        self.setWindowTitle(self.tr("New person"))
        self.name_edit = _line_edit(self, self.tr("Full name"))
        self.aliases_edit = _line_edit(self, self.tr("Other names"))
        self.aliases_edit.setPlaceholderText(self.tr("separated by commas"))
        self.transliterations_edit = _line_edit(self, self.tr("Transliterations"))
        self.transliterations_edit.setPlaceholderText(self.tr("the name in other scripts, separated by commas"))
        self.role_combo = _enum_combo(
            self,
            self.tr("Role"),
            list(Role),
            {
                Role.SOURCE: self.tr("Source"),
                Role.WITNESS: self.tr("Witness"),
                Role.PERPETRATOR: self.tr("Alleged perpetrator"),
                Role.OFFICIAL: self.tr("Official"),
                Role.OTHER: self.tr("Other"),
            },
            Role.SOURCE,
        )
        self.protected_check = QCheckBox(self.tr("&Protected: use the pseudonym everywhere outside this vault"), self)
        self.protected_check.setChecked(True)
        self.public_warning = QLabel(
            self.tr("Not protected: exports will show this person's real name and other names."), self
        )
        self.public_warning.setWordWrap(True)
        self.public_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.pseudonym_edit = _line_edit(self, self.tr("Pseudonym"))
        self.pseudonym_edit.setPlaceholderText(
            self.tr("leave empty for a suggestion, e.g. {example}").format(
                example=suggest_pseudonym(self._vault(), Role.SOURCE)
            )
        )
        self.nationality_edit = _line_edit(self, self.tr("Nationality"))
        self.languages_edit = _line_edit(self, self.tr("Languages"))
        self.languages_edit.setPlaceholderText(self.tr("separated by commas"))
        self.phones_edit = _line_edit(self, self.tr("Phone numbers"))
        self.phones_edit.setPlaceholderText(self.tr("separated by commas"))
        self.emails_edit = _line_edit(self, self.tr("Email addresses"))
        self.emails_edit.setPlaceholderText(self.tr("separated by commas"))
        self.consent_combo = _enum_combo(
            self,
            self.tr("Consent"),
            list(ConsentStatus),
            {
                ConsentStatus.GIVEN: self.tr("Given"),
                ConsentStatus.LIMITED: self.tr("Limited"),
                ConsentStatus.WITHDRAWN: self.tr("Withdrawn"),
                ConsentStatus.UNKNOWN: self.tr("Unknown"),
            },
            ConsentStatus.UNKNOWN,
        )
        self.consent_scope_edit = _line_edit(self, self.tr("Consent scope"))
        self.consent_scope_edit.setPlaceholderText(self.tr("what the person agreed to, e.g. quotes, no photos"))
        self.consent_date_field = _DateField(self, self.tr("Consent date"))
        self.consent_date_field.set_value(None)
        self.risk_combo = _enum_combo(
            self,
            self.tr("Risk"),
            list(RiskLevel),
            {
                RiskLevel.LOW: self.tr("Low"),
                RiskLevel.MEDIUM: self.tr("Medium"),
                RiskLevel.HIGH: self.tr("High"),
                RiskLevel.UNKNOWN: self.tr("Unknown"),
            },
            RiskLevel.UNKNOWN,
        )
        self.case_combo = self._case_combo(current_case)
        self.case_combo.insertItem(0, self.tr("(no case)"), None)
        if current_case is None:
            self.case_combo.setCurrentIndex(0)
        self.notes_edit = _plain_edit(self, self.tr("Notes about the person"), 60)
        self.tags_edit = _line_edit(self, self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("separated by commas"))
        self.role_combo.currentIndexChanged.connect(self._suggest)
        self.protected_check.toggled.connect(self._protection_changed)

        self.form.addRow(self.tr("Full na&me:"), self.name_edit)
        self.form.addRow(self.tr("&Other names:"), self.aliases_edit)
        self.form.addRow(self.tr("Tr&ansliterations:"), self.transliterations_edit)
        self.form.addRow(self.tr("&Role:"), self.role_combo)
        self.form.addRow("", self.protected_check)
        self.form.addRow("", self.public_warning)
        self.form.addRow(self.tr("Pse&udonym:"), self.pseudonym_edit)
        self.form.addRow(self.tr("Nat&ionality:"), self.nationality_edit)
        self.form.addRow(self.tr("&Languages:"), self.languages_edit)
        self.form.addRow(self.tr("P&hone numbers:"), self.phones_edit)
        self.form.addRow(self.tr("&Emails:"), self.emails_edit)
        self.form.addRow(self.tr("Co&nsent:"), self.consent_combo)
        self.form.addRow(self.tr("Consent s&cope:"), self.consent_scope_edit)
        self.form.addRow(self.tr("Consent &date:"), self.consent_date_field)
        self.form.addRow(self.tr("Ris&k:"), self.risk_combo)
        self.form.addRow(self.tr("Ca&se:"), self.case_combo)
        self.form.addRow(self.tr("No&tes:"), self.notes_edit)
        self.form.addRow(self.tr("Ta&gs:"), self.tags_edit)
        self._protection_changed(self.protected_check.isChecked())
        self.name_edit.setFocus()

    def _suggest(self) -> None:
        role = self.role_combo.currentData()
        if isinstance(role, Role):
            self.pseudonym_edit.setPlaceholderText(
                self.tr("leave empty for a suggestion, e.g. {example}").format(
                    example=suggest_pseudonym(self._vault(), role)
                )
            )

    def _protection_changed(self, protected: bool) -> None:
        self.form.setRowVisible(self.public_warning, not protected)
        # The pseudonym is what protects a person outside the vault: a public person has none to
        # choose (the vault keeps an internal one, never shown or exported for them).
        self.form.setRowVisible(self.pseudonym_edit, protected)

    def _role(self) -> Role:
        role = self.role_combo.currentData()
        return role if isinstance(role, Role) else Role.SOURCE

    def _risk(self) -> RiskLevel:
        risk = self.risk_combo.currentData()
        return risk if isinstance(risk, RiskLevel) else RiskLevel.UNKNOWN

    def _consent(self) -> Consent:
        status = self.consent_combo.currentData()
        return Consent(
            status if isinstance(status, ConsentStatus) else ConsentStatus.UNKNOWN,
            self.consent_scope_edit.text().strip(),
            self.consent_date_field.value(),
        )

    def save(self) -> object:
        case_id = self.case_combo.currentData()
        return add_person(
            self._vault(),
            self.name_edit.text(),
            aliases=split_list(self.aliases_edit.text()),
            transliterations=split_list(self.transliterations_edit.text()),
            phones=split_list(self.phones_edit.text()),
            emails=split_list(self.emails_edit.text()),
            nationality=self.nationality_edit.text(),
            languages=split_list(self.languages_edit.text()),
            role=self._role(),
            protected=self.protected_check.isChecked(),
            pseudonym=self.pseudonym_edit.text().strip() or None,
            consent=self._consent(),
            risk=self._risk(),
            notes=self.notes_edit.toPlainText(),
            tags=split_list(self.tags_edit.text()),
            case_id=case_id if isinstance(case_id, str) else None,
        )


class EditPersonDialog(NewPersonDialog):
    """The person form filled from ``person_id``. A person belongs to the whole vault, not to one
    case, so the case row is hidden."""

    def __init__(self, vault: VaultGetter, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(vault, None, parent)
        p = self.record = get_person(vault(), person_id)
        self.setWindowTitle(self.tr("Edit person"))
        self.form.setRowVisible(self.case_combo, False)
        # Making a protected person public is a second, explicit act naming what it forgets.
        self.forget_check = QCheckBox(
            self.tr(
                "&Forget every former name, phone number and e-mail kept for redaction: exports may then show them"
            ),
            self,
        )
        position = cast(tuple[int, object], self.form.getWidgetPosition(self.public_warning))
        self.form.insertRow(position[0] + 1, "", self.forget_check)
        self.protected_check.toggled.connect(self._forget_visible)
        self.name_edit.setText(p.full_name)
        self.aliases_edit.setText(join_list(p.aliases))
        self.transliterations_edit.setText(join_list(p.transliterations))
        self.role_combo.setCurrentIndex(self.role_combo.findData(p.role))
        self.protected_check.setChecked(p.protected)
        self._forget_visible(p.protected)
        self.pseudonym_edit.setText(p.pseudonym)
        self.pseudonym_edit.setPlaceholderText("")
        self.nationality_edit.setText(p.nationality)
        self.languages_edit.setText(join_list(p.languages))
        self.phones_edit.setText(join_list(p.phones))
        self.emails_edit.setText(join_list(p.emails))
        self.consent_combo.setCurrentIndex(self.consent_combo.findData(p.consent.status))
        self.consent_scope_edit.setText(p.consent.scope)
        self.consent_date_field.set_value(p.consent.date)
        self.risk_combo.setCurrentIndex(self.risk_combo.findData(p.risk))
        self.notes_edit.setPlainText(p.notes)
        self.tags_edit.setText(join_list(p.tags))

    def _suggest(self) -> None:
        pass  # the person already has a pseudonym; a new role does not change it

    def _forget_visible(self, protected: bool) -> None:
        self.form.setRowVisible(self.forget_check, self.record.protected and not protected)
        if protected:
            self.forget_check.setChecked(False)

    def save(self) -> object:
        changes = changed_fields(
            self.record,
            {
                "full_name": self.name_edit.text().strip(),
                "aliases": tuple(split_list(self.aliases_edit.text())),
                "transliterations": tuple(split_list(self.transliterations_edit.text())),
                "role": self._role(),
                "protected": self.protected_check.isChecked(),
                "pseudonym": self.pseudonym_edit.text().strip(),
                "nationality": self.nationality_edit.text().strip(),
                "languages": tuple(split_list(self.languages_edit.text())),
                "phones": tuple(split_list(self.phones_edit.text())),
                "emails": tuple(split_list(self.emails_edit.text())),
                "consent": self._consent(),
                "risk": self._risk(),
                "notes": self.notes_edit.toPlainText(),
                "tags": tuple(split_list(self.tags_edit.text())),
            },
        )
        if not changes:
            return self.record
        forget = self.forget_check.isChecked() and changes.get("protected") is False
        return edit_person(self._vault(), self.record.id, forget_identifiers=forget, **changes)


class _DateField(QWidget):
    """A date, or no date: a checkbox says whether the date is known."""

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.known_check = QCheckBox(self.tr("Known"), self)
        self.known_check.setAccessibleName(self.tr("{name} is known").format(name=name))
        self.known_check.setChecked(True)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(name)
        self.known_check.toggled.connect(self.date_edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.known_check)
        self.setFocusProxy(self.date_edit)

    def value(self) -> dt.date | None:
        if not self.known_check.isChecked():
            return None
        qdate = self.date_edit.date()
        return dt.date(qdate.year(), qdate.month(), qdate.day())

    def set_value(self, value: dt.date | None) -> None:
        self.known_check.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(QDate(value.year, value.month, value.day))


class NewTestimonyDialog(RecordDialog):
    def __init__(
        self,
        vault: VaultGetter,
        current_case: str | None = None,
        current_person: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(vault, "", parent)
        self.setWindowTitle(self.tr("New testimony"))
        self.case_combo = self._case_combo(current_case)
        self.person_combo = self._person_combo(optional=False, current_person=current_person)
        self.date_field = _DateField(self, self.tr("Interview date"))
        self.place_edit = _line_edit(self, self.tr("Place of the interview"))
        self.language_edit = _line_edit(self, self.tr("Language"))
        self.interviewer_edit = _line_edit(self, self.tr("Interviewer"))
        self.interpreter_edit = _line_edit(self, self.tr("Interpreter"))
        self.transcript_edit = _plain_edit(self, self.tr("Transcript"), 200)
        self.form.addRow(self.tr("&Case:"), self.case_combo)
        self.form.addRow(self.tr("&Person:"), self.person_combo)
        self.form.addRow(self.tr("&Date:"), self.date_field)
        self.form.addRow(self.tr("Pl&ace:"), self.place_edit)
        self.form.addRow(self.tr("&Language:"), self.language_edit)
        self.form.addRow(self.tr("I&nterviewer:"), self.interviewer_edit)
        self.form.addRow(self.tr("Inte&rpreter:"), self.interpreter_edit)
        self.form.addRow(self.tr("&Transcript:"), self.transcript_edit)
        self.setMinimumSize(620, 520)
        if current_case and current_person:
            self.transcript_edit.setFocus()
        else:
            self.case_combo.setFocus()

    def has_typed_text(self) -> bool:
        return bool(self.transcript_edit.toPlainText().strip())

    def save(self) -> object:
        case_id = self._required_choice(self.case_combo, self._no_case())
        person_id = self._required_choice(
            self.person_combo, self.tr("Choose who gave the testimony (add them first with New person).")
        )
        return add_testimony(
            self._vault(),
            case_id,
            person_id,
            self.transcript_edit.toPlainText(),
            interview_date=self.date_field.value(),
            place=self.place_edit.text(),
            interviewer=self.interviewer_edit.text(),
            interpreter=self.interpreter_edit.text(),
            language=self.language_edit.text(),
        )


class NewNoteDialog(RecordDialog):
    def __init__(self, vault: VaultGetter, current_case: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(vault, "", parent)
        self.setWindowTitle(self.tr("New note"))
        self.case_combo = self._case_combo(current_case)
        self.person_combo = self._person_combo(optional=True)
        self.text_edit = _plain_edit(self, self.tr("Note"), 160)
        self.private_check = QCheckBox(self.tr("P&rivate: never included in exports"), self)
        self.tags_edit = _line_edit(self, self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("separated by commas"))
        self.form.addRow(self.tr("&Case:"), self.case_combo)
        self.form.addRow(self.tr("&About:"), self.person_combo)
        self.form.addRow(self.tr("&Note:"), self.text_edit)
        self.form.addRow("", self.private_check)
        self.form.addRow(self.tr("Ta&gs:"), self.tags_edit)
        self.text_edit.setFocus()

    def has_typed_text(self) -> bool:
        return bool(self.text_edit.toPlainText().strip())

    def _person_id(self) -> str | None:
        person = self.person_combo.currentData()
        return person if isinstance(person, str) else None

    def save(self) -> object:
        case_id = self._required_choice(self.case_combo, self._no_case())
        return add_note(
            self._vault(),
            case_id,
            self.text_edit.toPlainText(),
            person_id=self._person_id(),
            private=self.private_check.isChecked(),
            tags=split_list(self.tags_edit.text()),
        )


class EditNoteDialog(NewNoteDialog):
    """The note form filled from ``note_id``. A note stays in its case: the case is shown, fixed."""

    def __init__(self, vault: VaultGetter, note_id: str, parent: QWidget | None = None) -> None:
        note = get_note(vault(), note_id)
        super().__init__(vault, note.case_id, parent)
        self.record: Note = note
        self.setWindowTitle(self.tr("Edit note"))
        self.case_combo.setEnabled(False)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(note.person_id)))
        self.text_edit.setPlainText(note.text)
        self.private_check.setChecked(note.private)
        self.tags_edit.setText(join_list(note.tags))

    def has_typed_text(self) -> bool:
        return self.text_edit.toPlainText() != self.record.text

    def save(self) -> object:
        changes = changed_fields(
            self.record,
            {
                "text": self.text_edit.toPlainText(),
                "person_id": self._person_id(),
                "private": self.private_check.isChecked(),
                "tags": tuple(split_list(self.tags_edit.text())),
            },
        )
        return edit_note(self._vault(), self.record.id, **changes) if changes else self.record


# "11.6177, 102.9835" as map apps copy it; also "11.6177 102.9835" and, with decimal commas,
# "11,6177; 102,9835" or "11,6177 102,9835". One number alone is never read as a pair.
_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_PAIR_PATTERNS = (
    re.compile(rf"^\s*({_NUMBER})\s*;\s*({_NUMBER})\s*$"),
    # Comma-separated only with decimal points, so "11,6177" stays one number with a decimal comma.
    re.compile(r"^\s*([-+]?\d+\.\d+)\s*,\s*([-+]?\d+\.\d+)\s*$"),
    re.compile(rf"^\s*({_NUMBER})\s+({_NUMBER})\s*$"),
)


def split_coordinate_pair(text: str) -> tuple[str, str] | None:
    """The latitude and longitude of a pasted "lat, lon" pair, or None when ``text`` is not one."""
    for pattern in _PAIR_PATTERNS:
        match = pattern.match(text)
        if match is not None:
            return match.group(1), match.group(2)
    return None


def _coordinate(text: str, message: str) -> float | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise InvalidInput(message) from None


class NewSiteDialog(RecordDialog):
    def __init__(self, vault: VaultGetter, current_case: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(vault, "", parent)
        self.setWindowTitle(self.tr("New site"))
        self.case_combo = self._case_combo(current_case)
        self.name_edit = _line_edit(self, self.tr("Site name"))
        self.town_edit = _line_edit(self, self.tr("Town"))
        self.province_edit = _line_edit(self, self.tr("Province"))
        self.lat_edit = _line_edit(self, self.tr("Latitude"))
        self.lat_edit.setPlaceholderText(self.tr("e.g. 11.5564 (optional)"))
        self.lon_edit = _line_edit(self, self.tr("Longitude"))
        self.lon_edit.setPlaceholderText(self.tr("e.g. 104.9282 (optional)"))
        self.sensitive_check = QCheckBox(self.tr("S&ensitive: the location could endanger someone"), self)
        self.tags_edit = _line_edit(self, self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("separated by commas"))
        self.form.addRow(self.tr("&Case:"), self.case_combo)
        self.form.addRow(self.tr("&Name:"), self.name_edit)
        self.form.addRow(self.tr("&Town:"), self.town_edit)
        self.form.addRow(self.tr("&Province:"), self.province_edit)
        self.form.addRow(self.tr("&Latitude:"), self.lat_edit)
        self.form.addRow(self.tr("L&ongitude:"), self.lon_edit)
        self.form.addRow("", self.sensitive_check)
        self.form.addRow(self.tr("Ta&gs:"), self.tags_edit)
        self._seen = {"lat": "", "lon": ""}
        for key, edit in (("lat", self.lat_edit), ("lon", self.lon_edit)):
            edit.textChanged.connect(lambda text, key=key: self._coordinates_changed(key, text))
            edit.editingFinished.connect(lambda edit=edit: self._split_pair(edit.text()))
        self.name_edit.setFocus()

    def _split_pair(self, text: str) -> None:
        """A "lat, lon" pair in either field goes into both."""
        pair = split_coordinate_pair(text)
        if pair is not None:
            for key, edit, value in zip(("lat", "lon"), (self.lat_edit, self.lon_edit), pair, strict=True):
                edit.blockSignals(True)
                edit.setText(value)
                edit.blockSignals(False)
                self._seen[key] = value

    def _coordinates_changed(self, key: str, text: str) -> None:
        # A pair pasted in one go is split at once. A pair typed key by key is split when the field
        # is left or the site saved: "11.6177, 1" is already a pair, and splitting it then would
        # send the rest of the longitude into the latitude field.
        grew = len(text) - len(self._seen[key])
        self._seen[key] = text
        if grew > 1:
            self._split_pair(text)
        if self.error_label.isVisible() and self._coordinate_error(self.error_label.text()):
            # A coordinate error goes away as soon as the pair is valid again (not on every key).
            with contextlib.suppress(InvalidInput):
                check_coordinates(self._lat(), self._lon())
                self.error_label.hide()

    def _coordinate_error(self, message: str) -> bool:
        # This dialog's own messages are shown translated; the core's name the field in English.
        if message in {sentence(self._lat_message()), sentence(self._lon_message())}:
            return True
        lowered = message.lower()
        return any(word in lowered for word in ("latitude", "longitude", "--lat", "--lon"))

    def _lat_message(self) -> str:
        return self.tr("The latitude must be a number like 11.5564.")

    def _lon_message(self) -> str:
        return self.tr("The longitude must be a number like 104.9282.")

    def _lat(self) -> float | None:
        return _coordinate(self.lat_edit.text(), self._lat_message())

    def _lon(self) -> float | None:
        return _coordinate(self.lon_edit.text(), self._lon_message())

    def save(self) -> object:
        case_id = self._required_choice(self.case_combo, self._no_case())
        for edit in (self.lat_edit, self.lon_edit):
            self._split_pair(edit.text())
        return add_site(
            self._vault(),
            case_id,
            self.name_edit.text(),
            town=self.town_edit.text(),
            province=self.province_edit.text(),
            lat=self._lat(),
            lon=self._lon(),
            sensitive=self.sensitive_check.isChecked(),
            tags=split_list(self.tags_edit.text()),
        )


class EditSiteDialog(NewSiteDialog):
    """The site form filled from ``site_id``. A site stays in its case: the case is shown, fixed."""

    def __init__(self, vault: VaultGetter, site_id: str, parent: QWidget | None = None) -> None:
        site = get_site(vault(), site_id)
        super().__init__(vault, site.case_id, parent)
        self.record: Site = site
        self.setWindowTitle(self.tr("Edit site"))
        self.case_combo.setEnabled(False)
        self.name_edit.setText(site.name)
        self.town_edit.setText(site.town)
        self.province_edit.setText(site.province)
        # repr() of a float is the shortest text that reads back as the same number, so an
        # untouched field never counts as a change.
        self.lat_edit.setText("" if site.lat is None else repr(site.lat))
        self.lon_edit.setText("" if site.lon is None else repr(site.lon))
        self.sensitive_check.setChecked(site.sensitive)
        self.tags_edit.setText(join_list(site.tags))

    def save(self) -> object:
        for edit in (self.lat_edit, self.lon_edit):
            self._split_pair(edit.text())
        changes = changed_fields(
            self.record,
            {
                "name": self.name_edit.text().strip(),
                "town": self.town_edit.text().strip(),
                "province": self.province_edit.text().strip(),
                "lat": self._lat(),
                "lon": self._lon(),
                "sensitive": self.sensitive_check.isChecked(),
                "tags": tuple(split_list(self.tags_edit.text())),
            },
        )
        return edit_site(self._vault(), self.record.id, **changes) if changes else self.record


class PreferencesDialog(QDialog):
    """Auto-lock minutes, lock-on-minimise, the author name (stored in the vault), and the export
    defaults (detector kinds kept, phone regions). Only the non-sensitive choices go to the INI
    settings; the author name is written into the encrypted vault."""

    changed = Signal()
    duress_requested = Signal()  # the app opens ui/duress.py's dialog over this one

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, vault: Callable[[], Vault] | None = None
    ) -> None:
        super().__init__(parent)
        from .detector_checks import add_detector_checks

        self._settings = settings
        self._vault = vault
        self.setWindowTitle(self.tr("Preferences"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(1, MAX_AUTOLOCK_MINUTES)
        self.minutes_spin.setValue(settings.autolock_minutes)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setAccessibleName(self.tr("Lock after minutes without use"))
        self.minimise_check = QCheckBox(self.tr("Lock when the window is &minimised"), self)
        self.minimise_check.setChecked(settings.lock_on_minimise)
        self.screen_lock_check = QCheckBox(self.tr("Lock when the scree&n locks or the computer sleeps"), self)
        self.screen_lock_check.setChecked(settings.lock_on_screen_lock)
        self.author_edit = QLineEdit(self)
        self.author_edit.setAccessibleName(self.tr("Author name"))
        self.author_edit.setToolTip(self.tr("Written into the custody log of everything you record; kept in the vault"))
        self._author = ""
        if vault is not None:
            try:
                self._author = vault().author
            except Exception:  # locked meanwhile: the field stays empty and is not saved
                self._vault = None
        self.author_edit.setText(self._author)
        self.author_edit.setEnabled(self._vault is not None)
        # Failed-unlock limit: kept in the vault header (MAC'd), so it needs the open vault.
        self._unlock_limit = 0
        if self._vault is not None:
            with contextlib.suppress(Exception):
                self._unlock_limit = self._vault().failed_unlock_limit
        self.unlock_limit_combo = QComboBox(self)
        self.unlock_limit_combo.setObjectName("failedUnlockLimit")
        self.unlock_limit_combo.setAccessibleName(self.tr("Wipe the vault after failed unlocks"))
        self.unlock_limit_combo.addItem(self.tr("Never"), 0)
        for n in UNLOCK_LIMITS:
            self.unlock_limit_combo.addItem(self.tr("After %n failed unlocks", "", n), n)
        self.unlock_limit_combo.setCurrentIndex(max(0, self.unlock_limit_combo.findData(self._unlock_limit)))
        self.unlock_limit_combo.setEnabled(self._vault is not None)
        self.unlock_limit_warning = QLabel(
            self.tr(
                "The vault is wiped without asking; only a backup or the paper recovery key brings it back."
                " This does not stop someone who copied the vault first."
            ),
            self,
        )
        self.unlock_limit_warning.setWordWrap(True)
        self.unlock_limit_combo.currentIndexChanged.connect(
            lambda _: self.unlock_limit_warning.setVisible(bool(self.unlock_limit_combo.currentData()))
        )
        self.unlock_limit_warning.setVisible(bool(self._unlock_limit))
        self.duress_button = QPushButton(self.tr("&Duress passphrase…"), self)
        self.duress_button.setObjectName("duressButton")
        self.duress_button.setToolTip(
            self.tr("A second passphrase that opens a decoy vault and destroys this one (asks for your passphrase)")
        )
        self.duress_button.setEnabled(self._vault is not None)
        self.duress_button.clicked.connect(self.duress_requested.emit)
        detectors = QWidget(self)
        self.detector_checks = add_detector_checks(detectors, settings.default_detectors, margins=False)
        self.regions_edit = QLineEdit(", ".join(settings.phone_regions), self)
        self.regions_edit.setAccessibleName(self.tr("Phone number regions"))
        self.regions_edit.setToolTip(self.tr("Two-letter country codes, e.g. KH, TH, CN"))
        from .capture_guard import platform_status

        # Read-only: the app always asks the OS to hide its windows from capture where it can.
        self.capture_label = QLabel(platform_status().detail, self)
        self.capture_label.setObjectName("screenCaptureStatus")
        self.capture_label.setWordWrap(True)
        # Each language is named in its own script, so it can be found whatever language is showing.
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.language_combo.addItem(self.tr("Same as the system"), SYSTEM)
        for language in LANGUAGES:
            self.language_combo.addItem(language.native_name, language.code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        self.language_note = QLabel(self.tr("A new language is used after the app is restarted."), self)
        self.language_note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel { color: #a00000; }")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Lock after:"), self.minutes_spin)
        form.addRow("", self.minimise_check)
        form.addRow("", self.screen_lock_check)
        form.addRow(self.tr("&Author:"), self.author_edit)
        form.addRow(self.tr("&Wipe vault:"), self.unlock_limit_combo)
        form.addRow("", self.unlock_limit_warning)
        form.addRow(self.tr("Under duress:"), self.duress_button)
        form.addRow(self.tr("Exports keep by default:"), detectors)
        form.addRow(self.tr("Phone &regions:"), self.regions_edit)
        form.addRow(self.tr("Screen capture:"), self.capture_label)
        form.addRow(self.tr("Lan&guage:"), self.language_combo)
        form.addRow("", self.language_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        author = self.author_edit.text().strip()
        if self._vault is not None and author != self._author:
            try:
                self._vault().set_author(author)
            except Exception as exc:
                self.error_label.setText(explain(exc)[1])
                return
        limit = int(self.unlock_limit_combo.currentData())
        if self._vault is not None and limit != self._unlock_limit:
            try:
                self._vault().set_failed_unlock_limit(limit)
            except Exception as exc:
                self.error_label.setText(explain(exc)[1])
                return
        self._settings.autolock_minutes = self.minutes_spin.value()
        self._settings.lock_on_minimise = self.minimise_check.isChecked()
        self._settings.lock_on_screen_lock = self.screen_lock_check.isChecked()
        from .detector_checks import ticked

        self._settings.default_detectors = ticked(self.detector_checks)
        regions = tuple(r for r in self.regions_edit.text().replace(";", ",").replace(" ", ",").split(",") if r)
        self._settings.phone_regions = regions
        self._settings.language = str(self.language_combo.currentData())
        self._settings.sync()
        self.changed.emit()
        self.accept()
