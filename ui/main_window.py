"""The main window: cases on the left; per case, tabs of testimonies, persons, notes, sites and
the custody log; a search panel; actions for new records and for locking.

The window owns every model that holds decrypted content. When the vault locks, ``discard()``
empties them, closes editors and dialogs, and the app controller destroys the window. Window
titles never contain record content (they are visible to the window manager and screen sharing).

Why this is still one file (about 1k lines): ``MainWindow`` owns every model that holds decrypted
content, so ``discard()`` on lock reaches all of them in one place, and a missed model would keep
plaintext on screen after locking. The split: one widget per area (case list, the per-case record
tabs, the search panel, the custody tab), each with its own ``discard()`` that the window calls in
turn; the window keeps the layout, the actions and the lock handling.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from evidence_app import drafts
from evidence_app.errors import InvalidInput, NotFound
from evidence_app.model import Case, CustodyEntry, Note, Person, RecordKind, SearchHit, Site, Testimony
from evidence_app.records.cases import get_case, list_cases
from evidence_app.records.deletion import delete_record, delete_refusal
from evidence_app.records.history import list_custody
from evidence_app.records.lookup import search
from evidence_app.records.notes import get_note, list_notes
from evidence_app.records.persons import get_person, list_persons
from evidence_app.records.sites import get_site, list_sites
from evidence_app.records.testimonies import get_testimony, list_testimonies
from evidence_app.redaction import DEFAULT_REGIONS
from evidence_app.vault import Vault

from .dialogs import (
    EditCaseDialog,
    EditNoteDialog,
    EditPersonDialog,
    EditSiteDialog,
    NewCaseDialog,
    NewNoteDialog,
    NewPersonDialog,
    NewSiteDialog,
    NewTestimonyDialog,
    RecordDialog,
)
from .errors import explain, show_error, show_message
from .export_wizard import ExportWizard
from .jobs import JobRunner
from .layout import LayoutMemory
from .media.tab import MediaTab
from .models import (
    PagedSource,
    RecordTableModel,
    SearchResultsModel,
    case_model,
    custody_model,
    note_model,
    person_label,
    person_model,
    site_model,
    testimony_model,
)
from .session import Session
from .settings import Settings
from .sites_overview import SitesOverview
from .testimony_editor import TestimonyEditor
from .tools import add_tool_actions
from .window_keys import WindowKeys
from .wipe import QUICK_EXIT_SHORTCUT, WIPE_SHORTCUT, WipeDialog

TAB_TESTIMONIES, TAB_PERSONS, TAB_NOTES, TAB_SITES, TAB_CUSTODY, TAB_MEDIA = range(6)
KIND_TAB = {
    RecordKind.TESTIMONY: TAB_TESTIMONIES,
    RecordKind.PERSON: TAB_PERSONS,
    RecordKind.NOTE: TAB_NOTES,
    RecordKind.SITE: TAB_SITES,
}
TAB_KIND = {tab: kind for kind, tab in KIND_TAB.items()}
SEARCH_LIMIT = 200
OVERVIEW_LIMIT = 500


def _table(parent: QWidget, name: str, model: RecordTableModel[Any]) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    return view


def _neighbour(model: RecordTableModel[Any], record_id: str) -> str | None:
    """The id of the row after ``record_id`` (or before it, at the end): selected once it is gone."""
    row = model.row_of(record_id)
    if row < 0:
        return None
    if row + 1 >= model.rowCount() and model.canFetchMore():
        model.fetchMore()
    for other in (row + 1, row - 1):
        record = model.record(other)
        if record is not None:
            return str(record.id)
    return None


class MainWindow(QMainWindow):
    lock_requested = Signal()
    quit_requested = Signal()
    preferences_requested = Signal()
    change_passphrase_requested = Signal()
    rekey_requested = Signal()
    rotate_recovery_key_requested = Signal()
    wipe_requested = Signal()
    quick_exit_requested = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        jobs: JobRunner | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = jobs if jobs is not None else JobRunner(self)
        self.settings = settings
        self._case_id: str | None = None
        self._persons: dict[str, Person | None] = {}
        self._stale: set[int] = set()
        self._discarding = False
        self.editors: dict[str, TestimonyEditor] = {}
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Evidence Vault"))
        session.about_to_lock.connect(self._save_before_lock)

        # --- models and views ------------------------------------------------------------------
        self.case_model: RecordTableModel[Case] = case_model(self)
        self.testimony_model: RecordTableModel[Testimony] = testimony_model(self._person, self)
        self.person_model: RecordTableModel[Person] = person_model(self)
        self.note_model: RecordTableModel[Note] = note_model(self._person, self)
        self.site_model: RecordTableModel[Site] = site_model(self)
        self.custody_model: RecordTableModel[CustodyEntry] = custody_model(self)
        self.tab_models: list[RecordTableModel[Any]] = [
            self.testimony_model,
            self.person_model,
            self.note_model,
            self.site_model,
            self.custody_model,
        ]

        self.case_view = QListView(self)
        self.case_view.setObjectName("caseList")
        self.case_view.setModel(self.case_model)
        self.case_view.setAccessibleName(self.tr("Cases"))
        self.case_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_view.selectionModel().currentChanged.connect(self._case_changed)
        cases_label = QLabel(self.tr("C&ases"), self)
        cases_label.setBuddy(self.case_view)
        sidebar = QWidget(self)
        sidebar_layout = QVBoxLayout(sidebar)
        sidebar_layout.setContentsMargins(0, 0, 0, 0)
        sidebar_layout.addWidget(cases_label)
        sidebar_layout.addWidget(self.case_view)

        self.testimony_view = _table(self, self.tr("Testimonies"), self.testimony_model)
        self.person_view = _table(self, self.tr("Persons"), self.person_model)
        self.note_view = _table(self, self.tr("Notes"), self.note_model)
        self.site_view = _table(self, self.tr("Sites"), self.site_model)
        self.custody_view = _table(self, self.tr("Custody log"), self.custody_model)
        self.tab_views = [self.testimony_view, self.person_view, self.note_view, self.site_view, self.custody_view]
        self.testimony_view.activated.connect(self._testimony_activated)
        # Enter or a double-click on a row (or on the case) opens its edit dialog.
        for tab in (TAB_PERSONS, TAB_NOTES, TAB_SITES):
            self.tab_views[tab].activated.connect(lambda index, tab=tab: self._row_activated(tab, index))
        self.case_view.activated.connect(self._case_activated)
        for view in (self.case_view, *(self.tab_views[tab] for tab in TAB_KIND)):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, view=view: self.open_context_menu(view, pos))
        self.delete_box: QMessageBox | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setAccessibleName(self.tr("Case records"))
        for view, label in zip(
            self.tab_views,
            (
                self.tr("&Testimonies"),
                self.tr("&Persons"),
                self.tr("&Notes"),
                self.tr("&Sites"),
                self.tr("C&ustody log"),
            ),
            strict=True,
        ):
            self.tabs.addTab(self._sites_pane() if view is self.site_view else view, label)
        self.media_tab = MediaTab(session, self.jobs, self)
        self.media_tab.setObjectName("mediaTab")
        self.tabs.addTab(self.media_tab, self.tr("&Media"))
        self.tabs.currentChanged.connect(self._load_tab)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_label)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(self)
        splitter.addWidget(sidebar)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)  # a wider window widens the records, not the case list
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.splitter = splitter
        # Sizes only, remembered in the settings; the column each table stretches is its text.
        self.layout_memory = LayoutMemory(settings, "mainWindow")
        # Room for a title like "Compound K5 labour case" even when the window is as narrow as it goes.
        self.case_view.setMinimumWidth(self.case_view.fontMetrics().averageCharWidth() * 30)
        self.layout_memory.splitter(splitter, "cases", [self.fontMetrics().averageCharWidth() * 34, 800])
        for view, table, stretch in (
            (self.testimony_view, "testimonies", 6),  # Beginning
            (self.person_view, "persons", 0),  # Name
            (self.note_view, "notes", 0),  # Note
            (self.site_view, "sites", 0),  # Name
            (self.custody_view, "custody", 3),  # Action
        ):
            self.layout_memory.table(view, table, stretch)
        self.layout_memory.splitter(self.media_tab.splitter, "media", [])
        self.layout_memory.splitter(self.media_tab.pair, "mediaPair", [])

        self._build_search()
        self._build_actions()
        self._window_keys = WindowKeys(self, [self.export_action])
        self.autolock_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.autolock_label)
        self.layout_memory.window(self, 1100, 700)
        self.reload_cases()
        self.case_view.setFocus()

    # --- vault access --------------------------------------------------------------------------

    def vault(self) -> Vault:
        return self.session.vault

    def _person(self, person_id: str) -> Person | None:
        if person_id not in self._persons:
            try:
                self._persons[person_id] = get_person(self.vault(), person_id)
            except (NotFound, RuntimeError):
                return None
        return self._persons[person_id]

    # --- actions -------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_case_action = self._action(
            self.tr("New &case…"), self.open_new_case_dialog, QKeySequence.StandardKey.New, self.tr("Create a case")
        )
        self.new_person_action = self._action(
            self.tr("New &person…"), self.open_new_person_dialog, QKeySequence("Ctrl+Shift+P"), self.tr("Add a person")
        )
        self.new_testimony_action = self._action(
            self.tr("New &testimony…"),
            self.open_new_testimony_dialog,
            QKeySequence("Ctrl+T"),
            self.tr("Record a testimony"),
        )
        self.new_note_action = self._action(
            self.tr("New &note…"), self.open_new_note_dialog, QKeySequence("Ctrl+Shift+N"), self.tr("Write a note")
        )
        self.new_site_action = self._action(
            self.tr("New &site…"), self.open_new_site_dialog, QKeySequence("Ctrl+Shift+S"), self.tr("Add a site")
        )
        self.open_testimony_action = self._action(
            self.tr("&Open testimony"),
            self.open_selected_testimony,
            QKeySequence.StandardKey.Open,
            self.tr("Open the selected testimony in the editor"),
        )
        self.edit_action = self._action(
            self.tr("&Edit…"),
            self.edit_selected,
            QKeySequence(Qt.Key.Key_F2),
            self.tr("Change the selected record (or the case, from the case list)"),
        )
        self.delete_action = self._action(
            self.tr("&Delete…"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            self.tr("Delete the selected record (asks you to confirm)"),
        )
        # F2 and Delete act only while a list has the focus: elsewhere these keys belong to the widget
        # (text fields, the media tab's redaction boxes). The menu entries work from anywhere.
        for action in (self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            for view in (self.case_view, *(self.tab_views[tab] for tab in TAB_KIND)):
                view.addAction(action)
        self.search_action = self._action(
            self.tr("&Search…"), self.show_search, QKeySequence.StandardKey.Find, self.tr("Search the whole vault")
        )
        self.lock_action = self._action(
            self.tr("&Lock now"),
            lambda: self.lock_requested.emit(),
            QKeySequence("Ctrl+L"),
            self.tr("Lock the vault: close it and ask for the passphrase again"),
        )
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.preferences_action = self._action(
            self.tr("P&references…"), lambda: self.preferences_requested.emit(), QKeySequence("Ctrl+,")
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.change_passphrase_action = self._action(
            self.tr("Change &passphrase…"),
            lambda: self.change_passphrase_requested.emit(),
            None,
            self.tr("Choose a new passphrase for this vault (asks for the current one)"),
        )
        self.rekey_action = self._action(
            self.tr("&Re-key vault…"),
            lambda: self.rekey_requested.emit(),
            None,
            self.tr("A new key for the whole vault: old copies of it stop opening (new recovery key)"),
        )
        self.rotate_recovery_key_action = self._action(
            self.tr("New re&covery key…"),
            lambda: self.rotate_recovery_key_requested.emit(),
            None,
            self.tr("Show a new recovery key once; the old one stops opening the vault"),
        )
        self.import_media_action = self._action(
            self.tr("&Import media…"),
            self.import_media,
            QKeySequence("Ctrl+I"),
            self.tr("Import photos or recordings into the current case"),
        )
        self.export_action = self._action(
            self.tr("&Export case…"),
            self.open_export_wizard,
            QKeySequence("Ctrl+E"),
            self.tr("Export a redacted, signed bundle of a case"),
        )
        self.wipe_action = self._action(
            self.tr("&Wipe vault…"),
            self.open_wipe_dialog,
            WIPE_SHORTCUT,
            self.tr("Destroy the vault for good (asks you to confirm)"),
        )
        self.wipe_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_exit_action = self._action(
            self.tr("Quick e&xit"),
            lambda: self.quick_exit_requested.emit(),
            QUICK_EXIT_SHORTCUT,
            self.tr("Lock the vault and close every window at once"),
        )
        self.quick_exit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.quick_exit_action)
        vault_menu.addAction(self.change_passphrase_action)
        vault_menu.addAction(self.rekey_action)
        vault_menu.addAction(self.rotate_recovery_key_action)
        vault_menu.addAction(self.export_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.wipe_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        records_menu = self.menuBar().addMenu(self.tr("&Records"))
        for action in (
            self.new_case_action,
            self.new_person_action,
            self.new_testimony_action,
            self.new_note_action,
            self.new_site_action,
        ):
            records_menu.addAction(action)
        records_menu.addSeparator()
        records_menu.addAction(self.open_testimony_action)
        records_menu.addAction(self.import_media_action)
        # No Alt letter: E, d, i and t all belong to controls of the main window's tabs (see
        # tests/gui/test_mnemonics.py); F10 or Alt alone reaches the menu bar.
        edit_menu = self.menuBar().addMenu(self.tr("Edit"))
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        find_menu = self.menuBar().addMenu(self.tr("&Find"))
        find_menu.addAction(self.search_action)
        self.tools = add_tool_actions(self, self, self.menuBar().addMenu(self.tr("T&ools")))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence(Qt.Key.Key_F1)
        )
        self.about_action = self._action(self.tr("&About Evidence Vault"), self.show_about, None)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        for action in (
            self.new_case_action,
            self.new_person_action,
            self.new_testimony_action,
            self.new_note_action,
            self.new_site_action,
        ):
            toolbar.addAction(action)
        toolbar.addAction(self.import_media_action)
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()
        toolbar.addAction(self.search_action)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)

    def set_autolock_minutes(self, minutes: int) -> None:
        self.autolock_label.setText(self.tr("Locks after {n} min without use").format(n=minutes))

    # --- cases ---------------------------------------------------------------------------------

    @property
    def current_case_id(self) -> str | None:
        return self._case_id

    def reload_cases(self, select: str | None = None) -> None:
        keep = select or self._case_id
        self.case_model.set_source(
            PagedSource(lambda offset, limit: list_cases(self.vault(), offset=offset, limit=limit))
        )
        row = self.case_model.row_of(keep) if keep else -1
        if row < 0 and self.case_model.rowCount() > 0:
            row = 0
        case = self.case_model.record(row)
        self._case_id = None  # the rows were reloaded: always refresh the tabs
        if case is not None:
            self.case_view.setCurrentIndex(self.case_model.index(row, 0))  # -> _case_changed
        self._set_case(case.id if case is not None else None)  # no-op if _case_changed did it

    def select_case(self, case_id: str) -> bool:
        row = self.case_model.row_of(case_id)
        if row < 0:
            return False
        self.case_view.setCurrentIndex(self.case_model.index(row, 0))
        self._set_case(case_id)
        return True

    def _case_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        case = self.case_model.record(current.row()) if current.isValid() else None
        self._set_case(case.id if case is not None else None)

    def _set_case(self, case_id: str | None) -> None:
        if case_id == self._case_id and case_id is not None:
            return
        self._case_id = case_id
        self._persons.clear()
        self.refresh_records()
        has_case = case_id is not None
        self.tabs.setEnabled(has_case)
        self.empty_label.setVisible(not has_case)
        self.empty_label.setText(
            "" if has_case else self.tr("There are no cases yet. Create one with New case (Ctrl+N).")
        )

    def refresh_records(self) -> None:
        """Forget the loaded rows of every tab; the visible tab reloads now, the others when shown."""
        self._stale = set(range(len(self.tab_models))) | {TAB_MEDIA}
        for model in self.tab_models:
            model.clear()
        self.sites_overview.clear()
        self._load_tab(self.tabs.currentIndex())

    def _load_tab(self, tab: int) -> None:
        if tab not in self._stale or self._discarding:
            return
        self._stale.discard(tab)
        case_id = self._case_id
        if tab == TAB_MEDIA:
            self.media_tab.set_case(case_id)
            return
        model = self.tab_models[tab]
        if case_id is None:
            model.clear()
            return
        vault = self.vault
        # One core query per batch the view asks for (offset, limit): nothing beyond what is shown.
        pages: dict[int, Callable[[int, int], list[Any]]] = {
            TAB_TESTIMONIES: lambda offset, limit: list_testimonies(vault(), case_id, offset=offset, limit=limit),
            TAB_PERSONS: lambda offset, limit: list_persons(vault(), case_id, offset=offset, limit=limit),
            TAB_NOTES: lambda offset, limit: list_notes(vault(), case_id, offset=offset, limit=limit),
            TAB_SITES: lambda offset, limit: list_sites(vault(), case_id, offset=offset, limit=limit),
            TAB_CUSTODY: lambda offset, limit: self._case_custody(case_id, offset, limit),
        }
        model.set_source(PagedSource(pages[tab]))
        if tab == TAB_SITES:  # the overview places every site of the case (a case has few)
            self.sites_overview.set_sites(list_sites(vault(), case_id, limit=OVERVIEW_LIMIT))

    def _sites_pane(self) -> QSplitter:
        """The Sites tab: the list above, the overview (sites placed by coordinates) below."""
        self.sites_overview = SitesOverview(self)
        pane = QSplitter(Qt.Orientation.Vertical, self)
        pane.setObjectName("sitesPane")
        pane.addWidget(self.site_view)
        pane.addWidget(self.sites_overview)
        pane.setStretchFactor(0, 1)
        pane.setStretchFactor(1, 2)
        return pane

    def _case_custody(self, case_id: str, offset: int, limit: int) -> list[CustodyEntry]:
        """A page of the custody entries of the case and of every record in it (the core filters)."""
        return list_custody(self.vault(), case_id=case_id, offset=offset, limit=limit)

    def select_record(self, kind: RecordKind, record_id: str) -> bool:
        if kind is RecordKind.MEDIA:  # the media list loads in a job: select it when it is there
            self.media_tab.pending_select = record_id
            self._stale.add(TAB_MEDIA)
            self.show_media()
            return True
        tab = KIND_TAB.get(kind)
        if tab is None:
            return False
        self.tabs.setCurrentIndex(tab)
        self._load_tab(tab)
        row = self.tab_models[tab].row_of(record_id)
        if row < 0:
            return False
        view = self.tab_views[tab]
        index = self.tab_models[tab].index(row, 0)
        view.setCurrentIndex(index)
        view.selectRow(row)
        view.scrollTo(index)
        view.setFocus()
        return True

    # --- new records ---------------------------------------------------------------------------

    def _open_dialog(self, dialog: RecordDialog, on_saved: Callable[[Any], None]) -> None:
        dialog.saved.connect(on_saved)
        dialog.open()

    def open_new_case_dialog(self) -> NewCaseDialog:
        dialog = NewCaseDialog(self.vault, self)
        self._open_dialog(dialog, self._case_saved)
        return dialog

    def open_new_person_dialog(self) -> NewPersonDialog:
        dialog = NewPersonDialog(self.vault, self._case_id, self)
        self._open_dialog(dialog, self._person_saved)
        return dialog

    def open_new_testimony_dialog(self) -> NewTestimonyDialog:
        person = (
            self.person_model.record(self.person_view.currentIndex().row())
            if self.tabs.currentIndex() == TAB_PERSONS
            else None
        )
        dialog = NewTestimonyDialog(self.vault, self._case_id, person.id if person else None, self)
        self._open_dialog(dialog, self._testimony_saved)
        return dialog

    def open_new_note_dialog(self) -> NewNoteDialog:
        dialog = NewNoteDialog(self.vault, self._case_id, self)
        self._open_dialog(dialog, self._note_saved)
        return dialog

    def open_new_site_dialog(self) -> NewSiteDialog:
        dialog = NewSiteDialog(self.vault, self._case_id, self)
        self._open_dialog(dialog, self._site_saved)
        return dialog

    def _case_saved(self, case: Case) -> None:
        self.reload_cases(select=case.id)
        self.statusBar().showMessage(self.tr("Case created."), 5000)

    def _person_saved(self, person: Person) -> None:
        self._persons.pop(person.id, None)
        self.refresh_records()
        self.select_record(RecordKind.PERSON, person.id)
        self.statusBar().showMessage(self.tr("Person added."), 5000)

    def _show_new(self, case_id: str, kind: RecordKind, record_id: str, message: str) -> None:
        if case_id != self._case_id:
            self.select_case(case_id)
        else:
            self.refresh_records()
        self.select_record(kind, record_id)
        self.statusBar().showMessage(message, 5000)

    def _testimony_saved(self, testimony: Testimony) -> None:
        self._show_new(testimony.case_id, RecordKind.TESTIMONY, testimony.id, self.tr("Testimony saved."))

    def _note_saved(self, note: Note) -> None:
        self._show_new(note.case_id, RecordKind.NOTE, note.id, self.tr("Note saved."))

    def _site_saved(self, site: Site) -> None:
        self._show_new(site.case_id, RecordKind.SITE, site.id, self.tr("Site saved."))

    # --- editing and deleting ------------------------------------------------------------------

    def selected_target(self) -> tuple[RecordKind, str] | None:
        """What Edit and Delete act on: the case when the case list has the keyboard focus, else the
        current row of the testimonies, persons, notes or sites tab."""
        if self.focusWidget() is self.case_view:
            return (RecordKind.CASE, self._case_id) if self._case_id is not None else None
        tab = self.tabs.currentIndex()
        kind = TAB_KIND.get(tab)
        if kind is None or not self.tabs.isEnabled():
            return None
        index = self.tab_views[tab].currentIndex()
        record = self.tab_models[tab].record(index.row()) if index.isValid() else None
        return (kind, record.id) if record is not None else None

    def _nothing_selected(self) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Select a row in the testimonies, persons, notes or sites list, or a case in the case list, first."
            ),
            8000,
        )

    def _row_activated(self, tab: int, index: QModelIndex) -> None:
        record = self.tab_models[tab].record(index.row()) if index.isValid() else None
        if record is not None:
            self.edit_record(TAB_KIND[tab], record.id)

    def _case_activated(self, index: QModelIndex) -> None:
        case = self.case_model.record(index.row()) if index.isValid() else None
        if case is not None:
            self.edit_record(RecordKind.CASE, case.id)

    def open_context_menu(self, view: QAbstractItemView, pos: QPoint) -> QMenu | None:
        """Edit and Delete for the row under the pointer (or the current row, from the keyboard)."""
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
        if not view.currentIndex().isValid():
            return None
        view.setFocus(Qt.FocusReason.PopupFocusReason)  # the actions act on what has the focus
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.edit_action)
        menu.addAction(self.delete_action)
        menu.popup(view.viewport().mapToGlobal(pos))
        return menu

    def edit_selected(self) -> QWidget | None:
        target = self.selected_target()
        if target is None:
            self._nothing_selected()
            return None
        return self.edit_record(*target)

    def edit_record(self, kind: RecordKind, record_id: str) -> QWidget | None:
        """Open the edit dialog of a record (the editor, for a testimony); ``None`` if it is gone."""
        if kind is RecordKind.TESTIMONY:
            return self.open_testimony(record_id)
        dialogs: dict[RecordKind, tuple[Callable[[], RecordDialog], Callable[[Any], None]]] = {
            RecordKind.CASE: (lambda: EditCaseDialog(self.vault, record_id, self), self._case_edited),
            RecordKind.PERSON: (lambda: EditPersonDialog(self.vault, record_id, self), self._person_edited),
            RecordKind.NOTE: (lambda: EditNoteDialog(self.vault, record_id, self), self._note_edited),
            RecordKind.SITE: (lambda: EditSiteDialog(self.vault, record_id, self), self._site_edited),
        }
        if kind not in dialogs:
            return None
        make_dialog, on_saved = dialogs[kind]
        try:
            dialog = make_dialog()
        except Exception as exc:  # deleted meanwhile, or the vault is locking
            show_error(self, exc)
            return None
        self._open_dialog(dialog, on_saved)
        return dialog

    def _case_edited(self, case: Case) -> None:
        self.reload_cases(select=case.id)
        self.case_view.setFocus()
        self.statusBar().showMessage(self.tr("Case saved."), 5000)

    def _person_edited(self, person: Person) -> None:
        self._persons.pop(person.id, None)  # lists show the pseudonym: forget the old one
        self.refresh_records()
        self.select_record(RecordKind.PERSON, person.id)
        self.statusBar().showMessage(self.tr("Person saved."), 5000)

    def _note_edited(self, note: Note) -> None:
        self._show_new(note.case_id, RecordKind.NOTE, note.id, self.tr("Note saved."))

    def _site_edited(self, site: Site) -> None:
        self._show_new(site.case_id, RecordKind.SITE, site.id, self.tr("Site saved."))

    def delete_selected(self) -> QMessageBox | None:
        target = self.selected_target()
        if target is None:
            self._nothing_selected()
            return None
        return self.confirm_delete(*target)

    def confirm_delete(self, kind: RecordKind, record_id: str) -> QMessageBox | None:
        """Ask before deleting (a window-modal box, opened with ``open()``); the record is deleted
        only when the Delete button is pressed. A record the core would refuse to delete gets the
        reason instead of the question. Returns the box shown, if any."""
        if self.media_tab.importing:  # one writer at a time on the vault
            self.statusBar().showMessage(self.tr("Wait for the import to finish, then delete."), 8000)
            return None
        try:
            refusal = delete_refusal(self.vault(), kind, record_id)
            question, consequences = self._delete_texts(kind, record_id)
        except Exception as exc:
            return show_error(self, exc)
        if refusal is not None:
            return show_message(self, self.tr("Cannot delete yet"), explain(InvalidInput(refusal))[1])
        titles = {
            RecordKind.CASE: self.tr("Delete case?"),
            RecordKind.PERSON: self.tr("Delete person?"),
            RecordKind.TESTIMONY: self.tr("Delete testimony?"),
            RecordKind.NOTE: self.tr("Delete note?"),
            RecordKind.SITE: self.tr("Delete site?"),
        }
        # The title names only the kind: window titles are visible outside the app.
        box = QMessageBox(QMessageBox.Icon.Warning, titles[kind], question, QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteConfirmation")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            " ".join(
                (
                    *consequences,
                    self.tr(
                        "This cannot be undone. The custody log keeps an entry that says it was deleted, "
                        "when and by whom."
                    ),
                )
            )
        )
        box.setAccessibleName(titles[kind])
        delete_button = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete_button.setObjectName("deleteButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter alone never deletes
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._delete_answered(box, delete_button, kind, record_id))
        self.delete_box = box
        box.open()
        return box

    def _delete_texts(self, kind: RecordKind, record_id: str) -> tuple[str, list[str]]:
        """The question naming the record, and what else the deletion means."""
        vault = self.vault()
        if kind is RecordKind.CASE:
            return self.tr("Delete the case “{title}”?").format(title=get_case(vault, record_id).title), []
        if kind is RecordKind.PERSON:
            person = get_person(vault, record_id)
            name = (
                self.tr("“{pseudonym}” ({name})").format(pseudonym=person.pseudonym, name=person.full_name)
                if person.protected
                else self.tr("“{name}”").format(name=person.full_name)
            )
            more = [self.tr("The person is removed from the whole vault, not only from this case.")]
            if person.protected:
                # Identity memory (evidence_app/identities.py): the deletion keeps a redaction tombstone.
                more.append(
                    self.tr(
                        "Their names, phone numbers and e-mails stay in the redaction set: exports keep "
                        "replacing them with the pseudonym where other records mention them."
                    )
                )
            return self.tr("Delete the person {name}?").format(name=name), more
        if kind is RecordKind.TESTIMONY:
            testimony = get_testimony(vault, record_id)
            when = testimony.interview_date.isoformat() if testimony.interview_date else self.tr("no date")
            return (
                self.tr("Delete the testimony of {person} ({date})?").format(
                    person=person_label(self._person(testimony.person_id)), date=when
                ),
                [self.tr("Its earlier revisions are deleted with it; attached media stay in the case.")],
            )
        if kind is RecordKind.NOTE:
            text = " ".join(get_note(vault, record_id).text.split())
            return self.tr("Delete the note “{text}”?").format(text=text if len(text) <= 60 else text[:59] + "…"), []
        if kind is RecordKind.SITE:
            return self.tr("Delete the site “{name}”?").format(name=get_site(vault, record_id).name), []
        raise InvalidInput(f"{kind.value} records are not deleted here")

    def _delete_answered(self, box: QMessageBox, delete_button: object, kind: RecordKind, record_id: str) -> None:
        confirmed = box.clickedButton() is delete_button
        self.delete_box = None
        box.deleteLater()
        if confirmed and not self._discarding:
            self.delete_record(kind, record_id)

    def delete_record(self, kind: RecordKind, record_id: str) -> bool:
        """Delete without asking (the caller asked); refresh and select the row that took its place."""
        if kind is RecordKind.CASE:
            model: RecordTableModel[Any] = self.case_model
        else:
            model = self.tab_models[KIND_TAB[kind]]
        neighbour = _neighbour(model, record_id)
        try:
            delete_record(self.vault(), kind, record_id)
        except Exception as exc:
            show_error(self, exc)
            return False
        if kind is RecordKind.CASE:
            self.reload_cases(select=neighbour)
            self.case_view.setFocus()
        else:
            editor = self.editors.pop(record_id, None) if kind is RecordKind.TESTIMONY else None
            if editor is not None:
                with contextlib.suppress(RuntimeError):  # already deleted
                    editor.discard()  # its testimony is gone: nothing is left to save it to
            self._persons.pop(record_id, None)
            self.refresh_records()
            if neighbour is None or not self.select_record(kind, neighbour):
                self.tab_views[KIND_TAB[kind]].setFocus()
        messages = {
            RecordKind.CASE: self.tr("Case deleted."),
            RecordKind.PERSON: self.tr("Person deleted."),
            RecordKind.TESTIMONY: self.tr("Testimony deleted."),
            RecordKind.NOTE: self.tr("Note deleted."),
            RecordKind.SITE: self.tr("Site deleted."),
        }
        self.statusBar().showMessage(messages[kind], 5000)
        return True

    # --- media, export, wipe ------------------------------------------------------------------

    def show_media(self) -> MediaTab:
        self.tabs.setCurrentIndex(TAB_MEDIA)
        self._load_tab(TAB_MEDIA)
        return self.media_tab

    def import_media(self) -> None:
        if self._case_id is None:
            self.statusBar().showMessage(self.tr("Create or choose a case first."), 8000)
            return
        self.show_media().open_import_dialog()

    def open_export_wizard(self) -> ExportWizard | None:
        if self.case_model.rowCount() == 0:
            self.statusBar().showMessage(self.tr("There is no case to export yet."), 8000)
            return None
        if self.media_tab.importing:  # one writer at a time on the vault
            self.statusBar().showMessage(self.tr("Wait for the import to finish, then export."), 8000)
            return None
        allowed = self.settings.default_detectors if self.settings is not None else frozenset()
        regions = self.settings.phone_regions if self.settings is not None else DEFAULT_REGIONS
        wizard = ExportWizard(self.vault, self.jobs, self._case_id, allowed, regions, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def open_wipe_dialog(self) -> WipeDialog:
        dialog = WipeDialog(self.vault().root, self)
        dialog.confirmed.connect(self.wipe_requested.emit)
        dialog.open()
        return dialog

    # --- help ----------------------------------------------------------------------------------

    def shortcut_lines(self) -> list[str]:
        """Every shortcut the window's actions carry (one description: the actions themselves)."""
        lines = []
        for action in self.findChildren(QAction):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and action.text():
                lines.append(f"{keys}\t{action.text().replace('&', '')}")
        return sorted(set(lines))

    def show_shortcuts(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"), "", parent=self)
        # Two columns of a table, not tab stops: a long key sequence (Ctrl+Shift+Del, or a longer
        # translation of the key names) ran into its label at the next 8-character stop.
        rows = "".join(
            f"<tr><td style='padding-right: 18px; white-space: nowrap'>{html.escape(keys)}</td>"
            f"<td>{html.escape(label)}</td></tr>"
            for keys, _tab, label in (line.partition("\t") for line in self.shortcut_lines())
        )
        intro = html.escape(self.tr("Alt with an underlined letter reaches every field and button."))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(f"<p>{intro}</p><table cellspacing='2'>{rows}</table>")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def show_about(self) -> QMessageBox:
        from evidence_app import __version__

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Evidence Vault"), "", parent=self)
        box.setText(
            self.tr(
                "Evidence Vault {version}\n\nAn encrypted, offline archive for testimonies, photos, recordings "
                "and source notes, with redacted, signed dossiers to share. Nothing leaves this computer "
                "unless you export it."
            ).format(version=__version__)
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # --- testimonies ---------------------------------------------------------------------------

    def _testimony_activated(self, index: QModelIndex) -> None:
        testimony = self.testimony_model.record(index.row())
        if testimony is not None:
            self.open_testimony(testimony.id)

    def open_selected_testimony(self) -> None:
        if self.tabs.currentIndex() != TAB_TESTIMONIES:
            self.tabs.setCurrentIndex(TAB_TESTIMONIES)
            return
        self._testimony_activated(self.testimony_view.currentIndex())

    def open_testimony(self, testimony_id: str) -> TestimonyEditor | None:
        editor = self.editors.get(testimony_id)
        if editor is None:
            try:
                editor = TestimonyEditor(self.vault, testimony_id, self, settings=self.settings)
            except Exception as exc:
                show_error(self, exc)
                return None
            self.editors[testimony_id] = editor
            editor.saved.connect(self._testimony_edited)
            editor.destroyed.connect(lambda _obj=None, tid=testimony_id: self.editors.pop(tid, None))
            fresh = True
        else:
            fresh = False
        editor.show()
        editor.raise_()
        editor.activateWindow()
        if fresh:
            with contextlib.suppress(Exception):  # the editor works without the offer
                editor.offer_draft()  # a draft kept at an earlier lock ("later"), if any
        return editor

    def _testimony_edited(self, testimony: Testimony) -> None:
        if testimony.case_id == self._case_id:
            current = self.tab_views[TAB_TESTIMONIES].currentIndex()
            self.refresh_records()
            if self.tabs.currentIndex() == TAB_TESTIMONIES and current.isValid():
                self.select_record(RecordKind.TESTIMONY, testimony.id)

    # --- search --------------------------------------------------------------------------------

    def _build_search(self) -> None:
        panel = QWidget(self)
        self.search_edit = QLineEdit(panel)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setAccessibleName(self.tr("Search words"))
        self.search_edit.setPlaceholderText(self.tr("Words to find in the whole vault"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.run_search)
        self.search_button = QPushButton(self.tr("&Go"), panel)
        self.search_button.clicked.connect(self.run_search)
        self.search_model = SearchResultsModel(self)
        self.search_results = QListView(panel)
        self.search_results.setObjectName("searchResults")
        self.search_results.setModel(self.search_model)
        self.search_results.setAccessibleName(self.tr("Search results"))
        self.search_results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.search_results.setWordWrap(True)
        self.search_results.activated.connect(self._hit_activated)
        self.search_status = QLabel(panel)
        self.search_status.setObjectName("searchStatus")
        self.search_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(panel)
        layout.addLayout(row)
        layout.addWidget(self.search_status)
        layout.addWidget(self.search_results, 1)
        self.search_dock = QDockWidget(self.tr("Search"), self)
        self.search_dock.setObjectName("searchDock")
        self.search_dock.setWidget(panel)
        self.search_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()

    def show_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def run_search(self) -> list[SearchHit]:
        query = self.search_edit.text().strip()
        if not query:
            self.search_model.clear()
            self.search_status.setText(self.tr("Type a word to search for."))
            return []
        try:
            hits = search(self.vault(), query, limit=SEARCH_LIMIT)
        except Exception as exc:
            self.search_model.clear()
            self.search_status.setText(explain(exc)[1])
            return []
        self.search_model.set_hits(hits)
        if hits:
            self.search_status.setText(self.tr("Found: {n}. Press Enter on a result to go to it.").format(n=len(hits)))
            self.search_results.setCurrentIndex(self.search_model.index(0, 0))
        else:
            self.search_status.setText(self.tr("Nothing found."))
        return hits

    def _hit_activated(self, index: QModelIndex) -> None:
        hit = self.search_model.hit(index.row())
        if hit is not None:
            self.open_hit(hit)

    def open_hit(self, hit: SearchHit) -> bool:
        """Select the hit's case and the tab (and row) of its record."""
        case_id = hit.case_id
        if case_id is None and hit.kind is RecordKind.PERSON:
            case_id = self._case_of_person(hit.item_id)
        if case_id is None or not self.select_case(case_id):
            if hit.kind is RecordKind.PERSON:
                self.statusBar().showMessage(self.tr("This person is not linked to any case yet."), 8000)
            return False
        if hit.kind is RecordKind.CASE:
            self.case_view.setFocus()
            return True
        return self.select_record(hit.kind, hit.item_id)

    def _case_of_person(self, person_id: str) -> str | None:
        vault = self.vault()
        if self._case_id is not None and any(p.id == person_id for p in list_persons(vault, self._case_id)):
            return self._case_id
        for case in list_cases(vault):
            if any(p.id == person_id for p in list_persons(vault, case.id)):
                return case.id
        return None

    # --- locking and closing -------------------------------------------------------------------

    def offer_drafts(self) -> list[TestimonyEditor]:
        """After unlock: open every testimony whose unsaved edit was kept as a draft at the last
        lock, each asking to restore or discard it (``TestimonyEditor.offer_draft``)."""
        editors = []
        try:
            pending = drafts.pending(self.vault())
        except Exception as exc:  # the window still opens; the drafts stay for the next unlock
            show_error(self, exc)
            return []
        for draft in pending:
            editor = self.open_testimony(draft.testimony_id)  # which offers the draft
            if editor is not None:
                editor.offer_draft()  # if the editor was open already
                editors.append(editor)
        return editors

    def _save_before_lock(self) -> None:
        for editor in list(self.editors.values()):
            with contextlib.suppress(RuntimeError):  # already deleted
                editor.save_before_lock()

    def discard(self) -> None:
        """Drop all decrypted content and close (the vault is locking)."""
        self.layout_memory.save()  # sizes only; first, while the window is still shown as it was
        self._discarding = True
        for editor in list(self.editors.values()):
            with contextlib.suppress(RuntimeError):
                editor.discard()
        self.editors.clear()
        self.media_tab.discard()  # stops an import after the current file
        # Let running jobs (an import's current file, a redaction) end before the vault closes.
        self.jobs.wait(15_000)
        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, RecordDialog):
                dialog.discard()  # never stops the lock to ask about typed text
            else:
                dialog.close()
        for model in (*self.tab_models, self.case_model):
            model.clear()
        self.sites_overview.clear()
        self.search_model.clear()
        self.search_edit.clear()
        self.search_status.clear()
        self._persons.clear()
        self._case_id = None
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        if not self._discarding:
            self.layout_memory.save()
            self.quit_requested.emit()
