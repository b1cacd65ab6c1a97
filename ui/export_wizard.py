"""The export wizard: case and options -> dry run (every redaction and exclusion) -> recipients
and the output file -> the export, with a clear result or the leak gate's list of problems.

The dry run and the export run as jobs (ui.jobs). The ui never parses recipients or touches
crypto: ``evidence_app.recipients.parse_recipients`` says whether they are valid.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from evidence_app.export import writer as export_writer
from evidence_app.export.collect import ExportOptions
from evidence_app.export.errors import ExportRefused, GateFinding
from evidence_app.export.interchange import Format, OutputResult, PreparedOutput, export_output, prepare_output
from evidence_app.recipients import parse_recipients
from evidence_app.records.cases import list_cases
from evidence_app.redaction import DEFAULT_REGIONS, DetectorKind
from evidence_app.vault import Vault

from .desktop import open_folder
from .detector_checks import add_detector_checks, ticked
from .dossier_preview import DossierPreview
from .errors import explain
from .export_words import ReportWords
from .filedialogs import PathMode, ask_path
from .jobs import JobRunner

VaultGetter = Callable[[], Vault]


PAGE_OPTIONS, PAGE_DRY_RUN, PAGE_RECIPIENTS, PAGE_RESULT = range(4)


def parse_regions(text: str) -> tuple[str, ...]:
    regions = tuple(r.strip().upper() for r in text.replace(";", ",").replace(" ", ",").split(",") if r.strip())
    return regions or DEFAULT_REGIONS


class OptionsPage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("What to export"))
        self.setSubTitle(
            self.tr("Choose the case. Everything that could identify someone is redacted unless you allow it below.")
        )
        self.case_combo = QComboBox(self)
        self.case_combo.setAccessibleName(self.tr("Case to export"))
        for case in list_cases(wizard.vault()):
            self.case_combo.addItem(case.title, case.id)
        if wizard.initial_case is not None:
            index = self.case_combo.findData(wizard.initial_case)
            if index >= 0:
                self.case_combo.setCurrentIndex(index)
        group = QGroupBox(self.tr("Keep these details (they are redacted when unticked)"), self)
        self.detector_checks = add_detector_checks(group, wizard.default_allowed)
        self.regions_edit = QLineEdit(", ".join(wizard.default_regions), self)
        self.regions_edit.setAccessibleName(self.tr("Phone number regions"))
        self.regions_edit.setToolTip(self.tr("Country codes whose phone numbers are looked for, e.g. KH, TH, CN"))
        self.recordings_check = QCheckBox(self.tr("Include recor&dings (voices can identify people)"), self)
        # export --disguise-voices: only with recordings, and never without the plain warning beside it.
        self.disguise_check = QCheckBox(self.tr("Disguise the &voices in the recordings"), self)
        self.disguise_check.setEnabled(False)
        self.disguise_warning = QLabel(
            self.tr(
                "Voice disguise shifts the pitch and formants of every voice (McAdams). It does not defeat an"
                " expert or a speaker-recognition system: the method is published and partly reversible, and"
                " the words, accent and background still identify people. Listen to every recording before"
                " you send it."
            ),
            self,
        )
        self.disguise_warning.setObjectName("disguiseWarning")
        self.disguise_warning.setWordWrap(True)
        self.disguise_warning.setVisible(False)
        self.recordings_check.toggled.connect(self._recordings_toggled)
        self.disguise_check.toggled.connect(self.disguise_warning.setVisible)
        self.organization_edit = QLineEdit(self)
        self.organization_edit.setAccessibleName(self.tr("Organisation"))
        # The same redacted content and the same leak gate in each; only the shape differs.
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("Export format"))
        self.format_combo.addItem(self.tr("Dossier bundle: signed, with PDF, HTML and files"), Format.DOSSIER)
        self.format_combo.addItem(self.tr("FollowTheMoney entities (for Aleph and the ftm tools)"), Format.FTM)
        self.format_combo.addItem(self.tr("Uwazi CSV import (a zip with import.csv and the files)"), Format.UWAZI_CSV)
        form = QFormLayout()
        form.addRow(self.tr("&Case:"), self.case_combo)
        form.addRow(self.tr("For&mat:"), self.format_combo)
        form.addRow(self.tr("Phone &regions:"), self.regions_edit)
        form.addRow(self.tr("&Organisation (optional):"), self.organization_edit)
        form.addRow("", self.recordings_check)
        form.addRow("", self.disguise_check)
        form.addRow("", self.disguise_warning)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(group)

    def _recordings_toggled(self, on: bool) -> None:
        self.disguise_check.setEnabled(on)
        if not on:
            self.disguise_check.setChecked(False)

    def isComplete(self) -> bool:
        return self.case_combo.currentIndex() >= 0

    def case_id(self) -> str | None:
        data = self.case_combo.currentData()
        return data if isinstance(data, str) else None

    def output_format(self) -> Format:
        data = self.format_combo.currentData()
        return data if isinstance(data, Format) else Format.DOSSIER

    def options(self) -> ExportOptions:
        allowed = ticked(self.detector_checks)
        return ExportOptions(
            allowed=allowed,
            regions=parse_regions(self.regions_edit.text()),
            organization=self.organization_edit.text().strip(),
            include_recordings=self.recordings_check.isChecked(),
            disguise_voices=self.recordings_check.isChecked() and self.disguise_check.isChecked(),
        )


def _add(view: QListWidget, text: str, colour: str | None = None, bold: bool = False) -> None:
    entry = QListWidgetItem(text)
    if colour is not None:
        entry.setForeground(QColor(colour))
    if bold:
        font = entry.font()
        font.setBold(True)
        entry.setFont(font)
    view.addItem(entry)


def show_findings(view: QListWidget, findings: tuple[GateFinding, ...] | list[GateFinding]) -> None:
    words = ReportWords(view)
    for finding in findings:
        _add(view, "✗ " + words.finding(finding), "#a00000")


class DryRunPage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Check before exporting (dry run)"))
        self.setSubTitle(self.tr("Every redaction, every detail kept and everything left out. Nothing is written yet."))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("dryRunSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.preview_button = QPushButton(self.tr("Pre&view the dossier pages…"), self)
        self.preview_button.setEnabled(False)
        self.preview_button.clicked.connect(self.open_preview)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Dry run progress"))
        self.report = QListWidget(self)
        self.report.setObjectName("dryRunReport")
        self.report.setAccessibleName(self.tr("Dry run: redactions and exclusions"))
        self.report.setWordWrap(True)
        self.words = ReportWords(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_button)
        preview_row.addStretch(1)
        layout.addLayout(preview_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.report, 1)
        self.done = False
        self.findings: tuple[GateFinding, ...] = ()
        self.prepared: Prepared | None = None
        self.preview: DossierPreview | None = None

    def initializePage(self) -> None:
        self.done = False
        self.prepared = None
        self.preview_button.setEnabled(False)
        self.report.clear()
        self.summary.clear()
        self.busy.setVisible(True)
        self.status.setText(self.tr("Preparing the export in memory…"))
        self.completeChanged.emit()
        self.owner.run_dry_run()

    def show_result(self, prepared: Prepared) -> None:
        report = prepared.report
        words = self.words
        self.busy.setVisible(False)
        self.findings = prepared.findings
        self.prepared = prepared
        # Pages to preview exist only in the dossier bundle.
        self.preview_button.setEnabled(isinstance(prepared, export_writer.PreparedBundle))
        self.report.clear()
        if prepared.findings:
            self.status.setText(
                self.tr(
                    "The leak gate found {n} problem(s): this export cannot go ahead. Correct the records "
                    "listed (or mark the text as redacted), then start the export again."
                ).format(n=len(prepared.findings))
            )
            _add(self.report, self.tr("Leak gate problems ({n}):").format(n=len(prepared.findings)), bold=True)
            show_findings(self.report, prepared.findings)
        else:
            self.status.setText(
                self.tr(
                    "The leak gate passed: no protected name, contact or detail you did not allow is left "
                    "in the dossier."
                )
            )
        counts = prepared.counts
        self.summary.setText(
            "\n".join(
                (
                    self.tr("The dossier will hold: {contents}.").format(contents=words.contents(counts)),
                    words.redactions(counts),
                    words.left_out(counts),
                )
            )
        )
        _add(self.report, self.tr("Redactions ({n}):").format(n=len(report.redactions)), bold=True)
        for r in report.redactions:
            _add(self.report, "  " + words.redaction(r))
        if report.kept:
            _add(self.report, self.tr("Allowed and kept ({n}):").format(n=len(report.kept)), bold=True)
            for k in report.kept:
                _add(self.report, "  " + words.kept(k))
        if report.muted:
            spans = [(m.ref, span) for m in report.muted for span in m.spans]
            _add(self.report, self.tr("Muted in recordings ({n}):").format(n=len(spans)), bold=True)
            for ref, span in spans:
                _add(self.report, "  " + words.muted(ref, span))
        _add(self.report, self.tr("Left out ({n}):").format(n=len(report.exclusions)), bold=True)
        for e in report.exclusions:
            _add(self.report, "  " + words.exclusion(e), "#7a2e00")
        if report.generalisations:
            _add(self.report, self.tr("Shown with less detail ({n}):").format(n=len(report.generalisations)), bold=True)
            for g in report.generalisations:
                _add(self.report, "  " + words.generalisation(g))
        for w in report.warnings:
            _add(self.report, self.tr("Warning: {w}").format(w=w), "#7a2e00")
        self.done = True
        self.completeChanged.emit()

    def open_preview(self) -> DossierPreview | None:
        """The dossier's pages as the export would write them, drawn in memory (nothing on disk)."""
        if not isinstance(self.prepared, export_writer.PreparedBundle):
            return None
        if self.preview is not None:
            self.preview.close()
        self.preview = DossierPreview(self.prepared.pdf, self.owner.jobs, self)
        self.preview.open()
        return self.preview

    def show_error(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.status.setText(explain(exc)[1])
        self.done = False
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done and not self.findings


PLAIN_SUFFIX = ".zip"
ENCRYPTED_SUFFIX = ".zip.age"
# Each format's extension; age-encrypted, ".age" is added (named without it, a recipient's tools
# take the file for a damaged zip or JSON file).
SUFFIXES: dict[Format, str] = {Format.DOSSIER: PLAIN_SUFFIX, Format.FTM: ".ftm.json", Format.UWAZI_CSV: PLAIN_SUFFIX}
# What the dry run and the export work on: the signed bundle, or another shape of the same content.
Prepared = export_writer.PreparedBundle | PreparedOutput
Written = export_writer.ExportResult | OutputResult


def export_path(text: str, encrypted: bool, fmt: Format = Format.DOSSIER) -> Path:
    """The file the export is written to: the typed name with the one right extension.

    A bundle encrypted to age recipients always ends in ``.zip.age`` (named ``.zip`` a recipient's
    tools call it a corrupt zip); an unencrypted one always in ``.zip``. A name typed without an
    extension gets it, a wrong one of these two is replaced, any other suffix is kept and extended.
    """
    path = Path(text.strip()).expanduser()
    if path.is_dir() or not path.name.strip():  # a folder was given: the file goes inside it
        path = path / "dossier"
    name = path.name.strip()
    plain = SUFFIXES[fmt]
    for suffix in sorted({f"{s}.age" for s in SUFFIXES.values()} | {".age", *SUFFIXES.values()}, key=len)[::-1]:
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return path.with_name(name + plain + (".age" if encrypted else ""))


# "[REDACTED: sensitive site]", "[REDACTED: phone of Source A]", "[REDACTED]": left out of names.
_REDACTED_MARK = re.compile(r"\[REDACTED[^\]]*\]")


def suggested_name(case_title: str, day: dt.date) -> str:
    """``<case>-<date>.zip``: the case title as a file-name-safe word (letters of any script kept)."""
    slug = re.sub(r"[^\w]+", "-", case_title, flags=re.UNICODE).strip("-_") or "dossier"
    return f"{slug[:60]}-{day.isoformat()}{PLAIN_SUFFIX}"


class RecipientsPage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Recipients and file"))
        self.setSubTitle(
            self.tr(
                "Optional: the recipients' public keys, one per line: age keys (age1…) or SSH keys "
                "(ssh-ed25519 …, ssh-rsa …); the bundle is then encrypted to them."
            )
        )
        self.recipients_edit = QPlainTextEdit(self)
        self.recipients_edit.setAccessibleName(self.tr("Recipients, one age or SSH public key per line"))
        self.recipients_edit.setTabChangesFocus(True)
        self.recipients_edit.setPlaceholderText("age1…\nssh-ed25519 AAAA…")
        self.recipients_edit.textChanged.connect(self._fix_suffix)
        self._suggested: str | None = None  # the last suggested name, without its suffix
        self.out_edit = QLineEdit(self)
        self.out_edit.setAccessibleName(self.tr("File to write"))
        self.out_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.browse_button = QPushButton(self.tr("&Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("QLabel { color: #a00000; }")
        row = QHBoxLayout()
        row.addWidget(self.out_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        recipients_label = QLabel(self.tr("&Recipients:"), self)
        recipients_label.setBuddy(self.recipients_edit)
        form.addRow(recipients_label, self.recipients_edit)
        out_label = QLabel(self.tr("&Save as:"), self)
        out_label.setBuddy(self.out_edit)
        form.addRow(out_label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Export"))

    def recipients(self) -> list[str]:
        return [line.strip() for line in self.recipients_edit.toPlainText().splitlines() if line.strip()]

    def initializePage(self) -> None:
        # A name the researcher typed is kept; the one suggested for another case (Back, another
        # case chosen) is suggested again for this one.
        self._fix_suffix()  # the format may have changed since (Back)
        shown = self.out_edit.text().strip()
        if shown and (self._suggested is None or Path(shown).stem.split(".")[0] != self._suggested):
            return
        wizard = self.wizard()
        assert isinstance(wizard, ExportWizard)
        case_id = wizard.options_page.case_id()
        if case_id is None:
            return
        # The dossier's own (redacted) title, never the vault's: a sensitive site or a protected
        # name in the case title would put it in the file name, and the leak gate then refuses it.
        prepared = wizard.dry_run_page.prepared
        title = _REDACTED_MARK.sub(" ", prepared.collected.dossier.title) if prepared is not None else ""
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        if not folder.is_dir():
            folder = Path.home()
        name = suggested_name(title, dt.date.today())
        self._suggested = name.removesuffix(PLAIN_SUFFIX)
        self.out_edit.setText(str(export_path(str(folder / name), self.encrypted(), self.output_format())))

    def encrypted(self) -> bool:
        return bool(self.recipients())

    def output_format(self) -> Format:
        wizard = self.wizard()
        return wizard.options_page.output_format() if isinstance(wizard, ExportWizard) else Format.DOSSIER

    def _fix_suffix(self) -> None:
        # Adding or removing recipients changes the extension at once, so the name on screen is
        # the name written.
        text = self.out_edit.text().strip()
        if text:
            fixed = str(export_path(text, self.encrypted(), self.output_format()))
            if fixed != text:
                self.out_edit.setText(fixed)

    def output_path(self) -> Path:
        return export_path(self.out_edit.text(), self.encrypted(), self.output_format())

    def browse(self) -> QFileDialog:
        return ask_path(
            self,
            self.tr("Save the export as"),
            PathMode.SAVE_FILE,
            lambda paths: self.out_edit.setText(
                str(export_path(str(paths[0]), self.encrypted(), self.output_format()))
            ),
            suffix="age" if self.recipients() else SUFFIXES[self.output_format()].rsplit(".", 1)[-1],
        )

    def isComplete(self) -> bool:
        return bool(self.out_edit.text().strip())

    def validatePage(self) -> bool:
        self.error_label.clear()
        try:
            parse_recipients(self.recipients())
        except Exception as exc:
            self.error_label.setText(self.tr("Recipients: {message}").format(message=explain(exc)[1]))
            return False
        path = self.output_path()
        self.out_edit.setText(str(path))  # the extension added or corrected is shown
        wizard = self.wizard()
        prepared = wizard.dry_run_page.prepared if isinstance(wizard, ExportWizard) else None
        if prepared is not None and export_writer.name_findings(prepared, path.name):
            # Asked here, where the name can still be changed: the export would refuse it.
            self.error_label.setText(
                self.tr(
                    "The file name holds a protected person's name or contact, or a sensitive site's name: "
                    "the dossier hides it, so its file name must not show it. Choose another name."
                )
            )
            return False
        if path.exists():
            self.error_label.setText(self.tr("{path} already exists. Choose a new file name.").format(path=path))
            return False
        if not path.parent.is_dir():
            self.error_label.setText(
                self.tr("The folder {folder} does not exist. Choose another folder.").format(folder=path.parent)
            )
            return False
        return True


class ResultPage(QWizardPage):
    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(self.tr("Exporting"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Export progress"))
        self.result_label = QLabel(self)
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.problems = QListWidget(self)
        self.problems.setObjectName("leakProblems")
        self.problems.setAccessibleName(self.tr("Problems found by the leak gate"))
        self.problems.setWordWrap(True)
        self.problems.setVisible(False)
        self.folder_button = QPushButton(self.tr("Show in fo&lder"), self)
        self.folder_button.setVisible(False)
        self.folder_button.clicked.connect(self.show_in_folder)
        self.written: Path | None = None
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_button)
        folder_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.result_label)
        layout.addLayout(folder_row)
        layout.addWidget(self.problems, 1)
        layout.addStretch(1)  # the result stays at the top, not in the middle of the page
        self.done = False

    def initializePage(self) -> None:
        self.done = False
        self.written = None
        self.folder_button.setVisible(False)
        self.problems.clear()
        self.problems.setVisible(False)
        self.busy.setVisible(True)
        self.result_label.setText(
            self.tr("Redacting, checking and signing the bundle… please wait.")
            if self.owner.options_page.output_format() is Format.DOSSIER
            else self.tr("Redacting and checking the export… please wait.")
        )
        self.owner.run_export()

    def show_result(self, result: Written) -> None:
        self.busy.setVisible(False)
        self.setTitle(self.tr("Export finished"))
        words = ReportWords(self)
        counts = result.counts
        signed = isinstance(result, export_writer.ExportResult)
        written = (
            self.tr("The dossier was written to:\n{path}") if signed else self.tr("The export was written to:\n{path}")
        )
        lines = [
            written.format(path=result.path),
            "\n".join(
                (
                    self.tr("It holds: {contents}.").format(contents=words.contents(counts)),
                    words.redactions(counts),
                    words.left_out(counts),
                )
            ),
        ]
        if result.encrypted:
            lines.append(self.tr("It is encrypted: only the recipients you gave can open it."))
        if isinstance(result, export_writer.ExportResult):
            lines.append(
                self.tr(
                    "Signer fingerprint: {fp}\nGive it to the recipient by another channel (a call, in person) "
                    "so they can check who signed the dossier."
                ).format(fp=result.fingerprint)
            )
        else:
            lines.append(
                self.tr(
                    "It is not signed: send the signed dossier bundle beside it when the recipient must be able "
                    "to check where it came from."
                )
            )
        lines.append(
            self.tr("Checksum of the file (SHA-256), for the recipient to compare:\n{sha}").format(sha=result.sha256)
        )
        self.result_label.setText("\n\n".join(lines))
        self.written = result.path
        self.folder_button.setVisible(True)
        self.done = True
        self.completeChanged.emit()

    def show_error(self, exc: BaseException) -> None:
        self.busy.setVisible(False)
        self.setTitle(self.tr("The export did not happen"))
        if isinstance(exc, ExportRefused):
            self.result_label.setText(
                self.tr(
                    "The leak gate refused the export: {n} possible leak(s). Nothing was written. Correct the "
                    "records listed below, then export again."
                ).format(n=len(exc.findings))
            )
            self.problems.clear()
            show_findings(self.problems, exc.findings)
            self.problems.setVisible(True)
        else:
            self.result_label.setText(explain(exc)[1])
        self.done = True
        self.completeChanged.emit()

    def show_in_folder(self) -> Path | None:
        """Open the folder the dossier was written to in the system's file manager."""
        if self.written is None:
            return None
        folder = self.written.parent
        open_folder(folder)
        return folder

    def isComplete(self) -> bool:
        return self.done


class ExportWizard(QWizard):
    dry_run_finished = Signal(object)  # PreparedBundle
    export_finished = Signal(object)  # ExportResult
    export_failed = Signal(object)  # the exception

    def __init__(
        self,
        vault: VaultGetter,
        jobs: JobRunner,
        case_id: str | None = None,
        allowed: frozenset[DetectorKind] = frozenset(),
        regions: tuple[str, ...] = DEFAULT_REGIONS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.jobs = jobs
        self.initial_case = case_id
        self.default_allowed = allowed
        self.default_regions = regions
        self._generation = 0
        self.setObjectName("exportWizard")
        self.setWindowTitle(self.tr("Export a case"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.options_page = OptionsPage(self)
        self.dry_run_page = DryRunPage(self)
        self.recipients_page = RecipientsPage(self)
        self.result_page = ResultPage(self)
        self.setPage(PAGE_OPTIONS, self.options_page)
        self.setPage(PAGE_DRY_RUN, self.dry_run_page)
        self.setPage(PAGE_RECIPIENTS, self.recipients_page)
        self.setPage(PAGE_RESULT, self.result_page)
        self.resize(760, 560)

    def _start(
        self,
        fn: Callable[[Callable[[int, str], None]], Any],
        ok: Callable[[Any], None],
        bad: Callable[[BaseException], None],
    ) -> None:
        generation = self._generation

        def finished(result: Any) -> None:
            if generation == self._generation:
                ok(result)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                bad(exc)

        # Lowered (ui/jobs.py): the dry run and the export are seconds of CPU work in this process,
        # and the window must keep answering beside them.
        self.jobs.start(fn, on_finished=finished, on_failed=failed, lowered=True)

    def run_dry_run(self) -> None:
        case_id = self.options_page.case_id()
        if case_id is None:
            return
        options = self.options_page.options()
        vault = self.vault()

        fmt = self.options_page.output_format()

        def ok(prepared: Prepared) -> None:
            self.dry_run_page.show_result(prepared)
            self.dry_run_finished.emit(prepared)

        def work(_p: Callable[[int, str], None]) -> Prepared:
            if fmt is Format.DOSSIER:
                return export_writer.prepare(vault, case_id, options)
            return prepare_output(vault, case_id, options, fmt)

        self._start(work, ok, self.dry_run_page.show_error)

    def run_export(self) -> None:
        case_id = self.options_page.case_id()
        if case_id is None:
            return
        options = self.options_page.options()
        recipients = self.recipients_page.recipients()
        out = self.recipients_page.output_path()
        vault = self.vault()

        fmt = self.options_page.output_format()

        def ok(result: Written) -> None:
            self.result_page.show_result(result)
            self.export_finished.emit(result)

        def bad(exc: BaseException) -> None:
            self.result_page.show_error(exc)
            self.export_failed.emit(exc)

        def work(_p: Callable[[int, str], None]) -> Written:
            if fmt is Format.DOSSIER:
                return export_writer.export_case(vault, case_id, out, options, recipients)
            return export_output(vault, case_id, out, options, fmt, recipients)

        self._start(work, ok, bad)

    def done(self, result: int) -> None:
        self._generation += 1  # results of a job still running are dropped
        super().done(result)
