"""Team transfer in the Tools menu: export a case for a colleague, import a colleague's package
(preview first: ``TransferImportDialog``), show this vault's signing fingerprint. Each dialog calls
the service its CLI command calls (``evidence_app.transfer``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app import transfer as team_transfer
from evidence_app.model import RecordKind
from evidence_app.records.cases import get_case, list_cases
from evidence_app.transfer import Change, Conflict, ExportSummary, ImportReport
from evidence_app.transfer.merge import Resolution

from .enterkey import only_default
from .filedialogs import PathMode
from .i18n import QT_TRANSLATE_NOOP
from .jobs import JobRunner, Progress
from .tool_base import (
    _CTX,
    COUNT_LABELS,
    KIND_LABELS,
    OUTCOME_LABELS,
    TRANSFER_SUFFIX,
    PathField,
    ToolDialog,
    VaultGetter,
    _tr,
)

# What a transfer preview would do (``transfer.Change``): the totals, and one line per record.
CHANGE_LABELS: dict[Change, str] = {
    Change.ADD: QT_TRANSLATE_NOOP("Tools", "New in this vault: {what}"),
    Change.CHANGE: QT_TRANSLATE_NOOP("Tools", "Changed to the package's version: {what}"),
    Change.CONFLICT: QT_TRANSLATE_NOOP("Tools", "In conflict (both versions are kept): {what}"),
}
ITEM_LABELS: dict[Change, str] = {
    Change.ADD: QT_TRANSLATE_NOOP("Tools", "New {kind}: {label}"),
    Change.CHANGE: QT_TRANSLATE_NOOP("Tools", "Changed {kind}: {label}"),
    Change.CONFLICT: QT_TRANSLATE_NOOP("Tools", "In conflict, {kind}: {label}"),
}
KIND_SINGULAR: dict[RecordKind, str] = {
    RecordKind.CASE: QT_TRANSLATE_NOOP("Tools", "case"),
    RecordKind.PERSON: QT_TRANSLATE_NOOP("Tools", "person"),
    RecordKind.TESTIMONY: QT_TRANSLATE_NOOP("Tools", "testimony"),
    RecordKind.NOTE: QT_TRANSLATE_NOOP("Tools", "note"),
    RecordKind.SITE: QT_TRANSLATE_NOOP("Tools", "site"),
    RecordKind.MEDIA: QT_TRANSLATE_NOOP("Tools", "media item"),
}

# How a conflict was settled (``transfer.merge.RESOLUTION_TEXT`` has the same sentences in English,
# with ids; here a private note is named as such: its id means nothing to a researcher).
RESOLUTION_LABELS: dict[Resolution, str] = {
    Resolution.PACKAGE_NEWER_OTHER_IN_NOTE: QT_TRANSLATE_NOOP(
        "Tools", "the package's newer version is current; the other is kept in a private note of the case"
    ),
    Resolution.VAULT_NEWER_OTHER_IN_NOTE: QT_TRANSLATE_NOOP(
        "Tools", "this vault's newer version is current; the other is kept in a private note of the case"
    ),
    Resolution.PACKAGE_TEXT_CURRENT: QT_TRANSLATE_NOOP(
        "Tools",
        "both sides edited it; the package's newer text is current (revision {current}), this vault's is kept as "
        "revision {kept}",
    ),
    Resolution.VAULT_TEXT_CURRENT: QT_TRANSLATE_NOOP(
        "Tools",
        "both sides edited it; this vault's newer text stays current (now revision {current}), the package's is "
        "kept as revision {kept}",
    ),
    Resolution.VAULT_TEXT_CURRENT_MANY: QT_TRANSLATE_NOOP(
        "Tools",
        "both sides edited it; this vault's newer text stays current (now revision {current}), the package's is "
        "kept as revisions {first} to {last}",
    ),
    Resolution.VAULT_WORKING_COPY_CURRENT: QT_TRANSLATE_NOOP(
        "Tools",
        "both sides made working copies; the package's are now versions {first} to {last}, this vault's current "
        "one stays current as version {current}",
    ),
}


def conflict_lines(conflicts: list[Conflict], labels: dict[tuple[RecordKind, str], str]) -> list[str]:
    """One line per conflict, in the interface's language: the record by its label from the
    package (a protected person by pseudonym), never by its id."""
    lines = []
    for conflict in conflicts:
        how = QCoreApplication.translate("Tools", RESOLUTION_LABELS[conflict.how]).format(**dict(conflict.values))
        label = labels.get((conflict.kind, conflict.record_id)) or QCoreApplication.translate("Tools", "untitled")
        lines.append(
            QCoreApplication.translate("Tools", "In conflict, {kind}: {label}: {resolution}").format(
                kind=QCoreApplication.translate("Tools", KIND_SINGULAR[conflict.kind]), label=label, resolution=how
            )
        )
    return lines


# --- team transfer -----------------------------------------------------------------------------


class TransferExportDialog(ToolDialog):
    def __init__(
        self,
        vault: VaultGetter,
        jobs: JobRunner,
        case_id: str | None = None,
        parent: QWidget | None = None,
        vault_busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(
            "transferExportDialog",
            _tr("Export a case for a colleague"),
            _tr(
                "Writes a complete copy of one case for a colleague's Evidence Vault, signed by this vault "
                "and encrypted to your colleague's age public key."
            ),
            _tr("&Write the package"),
            jobs,
            parent,
            vault_busy,
        )
        self.vault = vault
        self.warning = QLabel(
            self.tr(
                "This package is NOT redacted: it holds every name, private note and original of the case. "
                "Only the colleagues whose keys you give can open it."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { color: #a00000; font-weight: bold; }")
        self.form.addRow(self.warning)
        self.case_combo = QComboBox(self)
        self.case_combo.setAccessibleName(self.tr("Case to transfer"))
        for case in list_cases(vault()):
            self.case_combo.addItem(case.title, case.id)
        if case_id is not None and (index := self.case_combo.findData(case_id)) >= 0:
            self.case_combo.setCurrentIndex(index)
        self.recipients_edit = QPlainTextEdit(self)
        self.recipients_edit.setAccessibleName(self.tr("Colleague's age public keys, one per line"))
        self.recipients_edit.setPlaceholderText("age1…")
        self.recipients_edit.setTabChangesFocus(True)
        self.recipients_edit.setFixedHeight(80)
        self.out = PathField(
            PathMode.SAVE_FILE, self.tr("Save the package as"), self.tr("Package file to write"), self, TRANSFER_SUFFIX
        )
        for text, field in (
            (self.tr("&Case:"), self.case_combo),
            (self.tr("Colleague's &public key(s), one per line:"), self.recipients_edit),
            (self.tr("&Save as:"), self.out),
        ):
            label = QLabel(text, self)
            label.setBuddy(field.edit if isinstance(field, PathField) else field)
            self.form.addRow(label, field)
        self.summary: ExportSummary | None = None

    def recipients(self) -> list[str]:
        return [line.strip() for line in self.recipients_edit.toPlainText().splitlines() if line.strip()]

    def start(self) -> bool:
        case_id = self.case_combo.currentData()
        if not isinstance(case_id, str):
            self.tell(self.tr("There is no case to transfer yet."))
            return False
        recipients = self.recipients()
        if not recipients:
            self.tell(
                self.tr(
                    "Give your colleague's age public key (it starts with age1). They can read it from their key file."
                )
            )
            return False
        out = self.out.path()
        if out is None:
            self.tell(self.tr("Choose the file to write the package to (a new file)."))
            return False
        vault = self.vault()
        self.error_folder = out.parent
        return self.run_job(
            lambda _p: team_transfer.export_case(vault, case_id, recipients, out),
            self._show,
            self.tr("Writing, signing and encrypting the package…"),
        )

    def _show(self, summary: ExportSummary) -> None:
        self.summary = summary
        counts = ", ".join(
            f"{QCoreApplication.translate(_CTX, COUNT_LABELS.get(key, key))}: {n}" for key, n in summary.counts.items()
        )
        self.tell(
            self.tr(
                "The package was written to:\n{path}\n{counts}; {files} files, {custody} custody entries.\n\n"
                "Signed by this vault's key:\n{fp}\n\nRead this fingerprint to your colleague by phone or in person "
                "so they can check the package comes from you. Send the file only to them."
            ).format(
                path=summary.path,
                counts=counts,
                files=summary.files,
                custody=summary.custody_entries,
                fp=summary.signer_key,
            )
        )


class TransferImportDialog(ToolDialog):
    """Preview first, import only on the researcher's word.

    Pre&view runs the core's dry run (``transfer.preview_package``, the one ``transfer import
    --dry-run`` prints) as a job: nothing is written. It shows what the package would add, change
    and be in conflict with, per kind, and who signed it. A signer this vault has not trusted is
    shown by fingerprint only (nothing of the package is read past its signature) until the
    researcher ticks that they checked it with the sender; then the preview runs again with that
    key named. I&mport commits exactly the previewed package (its manifest's SHA-256), trusting a
    named key from then on as ``--expect-signer`` does. Closing writes nothing."""

    imported = Signal(str)  # the case id
    previewed = Signal(object)  # the Preview, shown

    def __init__(
        self,
        vault: VaultGetter,
        jobs: JobRunner,
        parent: QWidget | None = None,
        vault_busy: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(
            "transferImportDialog",
            _tr("Import a colleague's package"),
            _tr(
                "Merges a case a colleague exported for you into this vault. The whole package is checked "
                "and you see what it would change before anything is imported; if anything is wrong, "
                "nothing is imported."
            ),
            _tr("Pre&view"),
            jobs,
            parent,
            vault_busy,
        )
        self.vault = vault
        self.package = PathField(PathMode.OPEN_FILE, self.tr("Choose the package"), self.tr("Package file"), self)
        self.identity = PathField(
            PathMode.OPEN_FILE, self.tr("Choose your age identity file"), self.tr("Your age identity file"), self
        )
        self.signer_edit = QLineEdit(self)
        self.signer_edit.setAccessibleName(self.tr("Sender's fingerprint (optional)"))
        self.signer_edit.setToolTip(self.tr("If given, a package signed by any other key is refused"))
        for text, field in (
            (self.tr("&Package:"), self.package),
            (self.tr("Your age &identity file:"), self.identity),
            (self.tr("Sender's &fingerprint (optional):"), self.signer_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(field.edit if isinstance(field, PathField) else field)
            self.form.addRow(label, field)
        self.trust_check = QCheckBox(
            self.tr("I checked this fingerprint with the sender (by phone or in person): &trust it"), self
        )
        self.trust_check.setObjectName("trustSignerCheck")
        self.trust_check.hide()
        self.trust_check.toggled.connect(self._trust_toggled)
        self.form.addRow("", self.trust_check)
        self.import_button = QPushButton(self.tr("I&mport"), self)
        self.import_button.setObjectName("acceptImportButton")
        self.import_button.clicked.connect(self.accept_import)
        self.import_button.hide()
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter previews, never imports: committing is a deliberate click or Alt+M.
        only_default(self, self.run_button)
        for edit in (self.package.edit, self.identity.edit, self.signer_edit):
            edit.textChanged.connect(self._forget_preview)
        self.preview: team_transfer.Preview | None = None
        self.report: ImportReport | None = None
        self.expected: str | None = None
        self._named: str | None = None  # the key the shown preview was computed with
        self._labels: dict[tuple[RecordKind, str], str] = {}  # the previewed records' labels

    # --- preview -------------------------------------------------------------------------------

    def _inputs(self) -> tuple[Path, Path] | None:
        package = self.package.path()
        if package is None:
            self.tell(self.tr("Choose the package file your colleague sent."))
            return None
        identity = self.identity.path()
        if identity is None:
            self.tell(self.tr("Choose your age identity file: the key file whose public key you gave your colleague."))
            return None
        return package, identity

    def start(self) -> bool:
        inputs = self._inputs()
        if inputs is None:
            return False
        package, identity = inputs
        expected = self.signer_edit.text().strip() or None
        if expected is None and self.trust_check.isChecked() and self.preview is not None:
            expected = self.preview.signer  # trusted in this dialog, explicitly
        vault = self.vault()
        self.expected = expected
        self.import_button.hide()

        def work(_p: Progress) -> team_transfer.Preview:
            identities = team_transfer.load_identities(identity)
            return team_transfer.preview_package(vault, package, identities, expected)

        started = self.run_job(work, self._show_preview, self.tr("Checking the package (nothing is imported yet)…"))
        if started:
            self._named = expected
        return started

    def _forget_preview(self) -> None:
        if self.busy:
            return
        self.preview = None
        self.import_button.hide()
        self.trust_check.hide()
        self.trust_check.setChecked(False)

    def _trust_toggled(self, on: bool) -> None:
        if on and self.preview is not None and self.preview.status is team_transfer.SignerStatus.UNTRUSTED:
            self.start()  # the preview, now with the checked key named

    def _show_preview(self, preview: team_transfer.Preview) -> None:
        self.preview = preview
        self.previewed.emit(preview)
        status = team_transfer.SignerStatus
        if preview.status is status.UNTRUSTED:
            self.trust_check.blockSignals(True)
            self.trust_check.setChecked(False)
            self.trust_check.blockSignals(False)
            self.trust_check.show()
            self.tell(
                self.tr(
                    "Nothing was imported. The package is signed by:\n{fp}\na key this vault has not trusted "
                    "before. Compare it with the fingerprint the sender reads to you by phone or in person. "
                    "Only if they match, tick the box above: the preview then shows what the package would change."
                ).format(fp=preview.signer)
            )
            return
        self.trust_check.setVisible(preview.status is status.NAMED and self.trust_check.isChecked())
        signer = {
            status.OWN: self.tr("Signed by this vault's own key:\n{fp}"),
            status.TRUSTED: self.tr("Signed by a key this vault trusts:\n{fp}"),
            status.NAMED: self.tr(
                "Signed by the key you checked:\n{fp}\nImporting trusts this key from now on for later packages."
            ),
        }[preview.status].format(fp=preview.signer)
        if not preview.items:
            self.tell(
                "\n\n".join(
                    [self.tr("Nothing was imported. This vault already holds everything in the package."), signer]
                )
            )
            return
        counts = [
            QCoreApplication.translate(_CTX, CHANGE_LABELS[change]).format(
                what=", ".join(f"{QCoreApplication.translate(_CTX, KIND_LABELS[kind])} {n}" for kind, n in kinds)
            )
            for change, kinds in preview.counts()
        ]
        lines = [
            self.tr("Nothing is imported yet. If you import this package:"),
            "\n".join(counts),
            signer,
            self.tr("Press Import to import it, or close this window to import nothing."),
        ]
        details = [
            QCoreApplication.translate(_CTX, ITEM_LABELS[item.change]).format(
                kind=QCoreApplication.translate(_CTX, KIND_SINGULAR[item.kind]), label=item.label or item.record_id
            )
            for item in preview.items
        ]
        assert preview.report is not None
        details += [self.tr("Note: {notice}").format(notice=notice) for notice in preview.report.notices]
        self._labels = {(item.kind, item.record_id): item.label for item in preview.items if item.label}
        details += conflict_lines(preview.conflicts, self._labels)
        self.tell("\n\n".join(lines), details)
        self.import_button.show()
        self.import_button.setEnabled(True)

    # --- import --------------------------------------------------------------------------------

    def accept_import(self) -> bool:
        """Commit the previewed package (and nothing else)."""
        preview = self.preview
        if preview is None or preview.report is None or not preview.items or self.busy:
            return False
        inputs = self._inputs()
        if inputs is None:
            return False
        package, identity = inputs
        vault = self.vault()
        named = self._named
        manifest = preview.manifest_sha256
        self.import_button.setEnabled(False)

        def work(_p: Progress) -> ImportReport:
            identities = team_transfer.load_identities(identity)
            return team_transfer.import_package(vault, package, identities, named, expect_manifest=manifest)

        started = self.run_job(work, self._show, self.tr("Importing the package…"))
        if not started:
            self.import_button.setEnabled(True)
        return started

    def handle_failure(self, exc: Exception) -> bool:
        self.import_button.setEnabled(self.preview is not None and self.preview.report is not None)
        return False

    def _show(self, report: ImportReport) -> None:
        self.report = report
        self.preview = None
        self.import_button.hide()
        self.trust_check.hide()
        lines = [
            # The case by its title, as the case list shows it (its id and the sender's vault id
            # mean nothing to a researcher).
            self.tr("Imported the case “{title}” from {author}'s vault.").format(
                title=get_case(self.vault(), report.case_id).title, author=report.source_author
            ),
            self.tr("Signed by:\n{fp}").format(fp=report.signer_key),
            self.tr("Media files stored: {blobs}; custody history entries: {history}; conflicts: {n}.").format(
                blobs=report.blobs_stored, history=report.history_entries, n=len(report.conflicts)
            ),
        ]
        if report.newly_trusted:
            lines.append(self.tr("Packages signed by this key are trusted from now on."))
        details = [
            f"{QCoreApplication.translate(_CTX, OUTCOME_LABELS[outcome])}: "
            + ", ".join(f"{QCoreApplication.translate(_CTX, KIND_LABELS[kind])} {n}" for kind, n in kinds)
            for outcome, kinds in report.tally()
        ]
        details += [self.tr("Note: {notice}").format(notice=notice) for notice in report.notices]
        details += conflict_lines(report.conflicts, self._labels)  # labels from the preview committed
        self.tell("\n\n".join(lines), details)
        self.imported.emit(report.case_id)


class FingerprintDialog(QDialog):
    """This vault's signing key fingerprint, large and selectable, to read out to a colleague."""

    def __init__(self, fingerprint: str, copy: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprintDialog")
        self.setWindowTitle(self.tr("My transfer fingerprint"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.fingerprint = fingerprint
        intro = QLabel(
            self.tr(
                "This vault signs every package and bundle it exports with its own key. Read this fingerprint "
                "to your colleague by phone or in person; they compare it with the one their app shows when "
                "they import or verify what you sent."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.fingerprint_label = QLabel(fingerprint, self)
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self.fingerprint_label.setAccessibleName(self.tr("Signing key fingerprint"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.Bold)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fingerprint_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.fingerprint_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.clicked.connect(lambda: copy(self.fingerprint))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(buttons)


# --- the menu ----------------------------------------------------------------------------------
