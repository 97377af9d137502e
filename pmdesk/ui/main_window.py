"""The main window: menus, toolbar, view switcher, undo history and the document life cycle.

Each window shows one project (:mod:`pmdesk.ui.windows` opens more windows). The window
owns the :class:`ProjectDocument` (the file, its working copy and lock) and a
:class:`ProjectController` (plan, schedule, undo stack); views get the controller and
redraw from its ``changed`` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QUndoView,
    QWidget,
)

from pmdesk.core.model import Plan, ProjectInfo, new_uid, standard_calendar
from pmdesk.core.patch import ChangeSet
from pmdesk.core.schedule import CycleError
from pmdesk.fileio import describe_path
from pmdesk.ui import i18n, windows
from pmdesk.ui import settings as user_settings
from pmdesk.ui import window_chrome as chrome
from pmdesk.ui import window_questions as questions
from pmdesk.ui.actions import ShortcutSpec, new_action
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.dialog_parts import ask_file
from pmdesk.ui.sharing import SharingCommands
from pmdesk.ui.window_exchange import ExchangeCommands, FileDrops

if TYPE_CHECKING:
    from pmdesk.store.document import ProjectDocument
    from pmdesk.ui.budget.view import BudgetView
    from pmdesk.ui.gantt.view import GanttView
    from pmdesk.ui.headline import HeadlineLabel



def workspace_ui(part: str = "dialog") -> ModuleType:
    """A module of the window's team workspace (:mod:`pmdesk.ui.workspace`), imported on
    first use like the store."""
    import importlib

    return importlib.import_module(f"pmdesk.ui.workspace.{part}")


def _documents() -> ModuleType:
    """The store's document module, imported on first use: the window can show before the
    database layer has loaded."""
    from pmdesk.store import document

    return document


def _view_factories() -> list[tuple[str, str, str, Callable]]:
    """(key, title, shortcut, factory) of every view that exists, in switcher order."""
    from pmdesk.ui.board.view import BoardView
    from pmdesk.ui.budget.view import BudgetView
    from pmdesk.ui.dashboard import DashboardView
    from pmdesk.ui.gantt.view import GanttView
    from pmdesk.ui.product import ProductView
    from pmdesk.ui.resources.view import ResourceView
    from pmdesk.ui.risks.view import RiskView
    from pmdesk.ui.roadmap import RoadmapView

    return [
        ("gantt", str(QT_TRANSLATE_NOOP("MainWindow", "Gantt")), "Ctrl+1", GanttView),
        ("board", str(QT_TRANSLATE_NOOP("MainWindow", "Board")), "Ctrl+2", BoardView),
        ("risks", str(QT_TRANSLATE_NOOP("MainWindow", "Risks")), "Ctrl+3", RiskView),
        ("resources", str(QT_TRANSLATE_NOOP("MainWindow", "Resources")), "Ctrl+4", ResourceView),
        ("budget", str(QT_TRANSLATE_NOOP("MainWindow", "Budget")), "Ctrl+5", BudgetView),
        ("product", str(QT_TRANSLATE_NOOP("MainWindow", "Product")), "Ctrl+6", ProductView),
        ("roadmap", str(QT_TRANSLATE_NOOP("MainWindow", "Roadmap")), "Ctrl+7", RoadmapView),
        ("dashboard", str(QT_TRANSLATE_NOOP("MainWindow", "Dashboard")), "Ctrl+0",
         DashboardView),
    ]


class _Refused(Exception):
    """A project that opened but cannot be shown; the message names the file."""


class _Cancelled(Exception):
    """The user chose not to open a project after all."""


def _exists(path: Path) -> bool:
    """Whether ``path`` exists; False for a path the system cannot even look up."""
    try:
        return path.exists()
    except OSError:
        return False


def empty_plan() -> Plan:
    """A new project: starts next working morning, standard calendar, no tasks."""
    cal = standard_calendar()
    today = datetime.now().replace(hour=8, minute=0, second=0, microsecond=0)
    project = ProjectInfo(uid=new_uid(), name="Untitled project", start=today,
                          calendar_uid=cal.uid)
    from pmdesk.ui.preferences import for_new_project

    return for_new_project(Plan(project=project, calendars={cal.uid: cal}))


def finish_editing(area: QWidget) -> None:
    """What is being typed into a cell or field inside ``area`` goes in, as when the user
    clicks elsewhere, and the table or field has the keyboard again: Save and closing
    never leave it behind."""
    focus = QApplication.focusWidget()
    if focus is None or not area.isAncestorOf(focus):
        return
    holder: QWidget | None = focus
    while holder is not None and not isinstance(holder, QAbstractItemView):
        holder = holder.parentWidget()
    holder = holder if isinstance(holder, QAbstractItemView) else focus
    focus.clearFocus()  # the cell's delegate commits the text and closes its editor
    if holder.isVisible():
        holder.setFocus(Qt.FocusReason.OtherFocusReason)


class MainWindow(QMainWindow):
    """A pmdesk main window: one project, its views, menus and undo history."""

    # Built by pmdesk.ui.window_chrome.
    recent_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    window_menu: QMenu
    view_menus: dict[QWidget, QMenu]
    toolbar: QToolBar
    view_toolbars: dict[str, QToolBar]
    toolbar_undo: chrome.ShortUndoAction
    toolbar_redo: chrome.ShortUndoAction
    undo_view: QUndoView
    undo_dock: QDockWidget
    action_undo_history: QAction
    status_label: QLabel
    health_label: HeadlineLabel
    read_only_label: QLabel

    def __init__(self, persist: bool = True) -> None:
        super().__init__()
        self._persist = persist
        self.opened_order = windows.next_order()
        self._recovered_unsaved = False
        self.document: ProjectDocument | None = None
        self.controller = ProjectController(empty_plan(), None, self)
        self.controller.changed.connect(self._on_changed)
        self.controller.error.connect(self._on_edit_error)
        self.controller.undo_stack.cleanChanged.connect(self._update_title)
        self.setMinimumSize(800, 500)
        self.setDockNestingEnabled(True)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.views: dict[str, QWidget] = {}
        self.view_actions: dict[str, QAction] = {}
        self.exchange = ExchangeCommands(self)
        self.file_drops = FileDrops(self)
        self.sharing = SharingCommands(self)
        self._build_actions()
        self._build_views()
        chrome.build_menus(self)
        chrome.build_toolbars(self)
        chrome.build_undo_dock(self)
        chrome.build_status_bar(self)
        self._restore_geometry()
        self.show_view(next(iter(self.views)))
        self._update_title()
        self._update_status()
        QTimer.singleShot(0, self, self._build_remaining_views)
        i18n.FollowLanguage(self, lambda: self.controller.changed.emit(ChangeSet.everything()))
        from pmdesk.ui.preferences import watch_working_copy

        watch_working_copy(self)

    # -- construction --------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable, shortcut: ShortcutSpec | None = None,
        tip: str = "",
    ) -> QAction:
        action = new_action(self, text, shortcut, tip)
        if tip and shortcut:
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.statusTip()} ({shown})")
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.action_new = self._action("&New…", self.new_project, K.New,
                                       "Start a new project from a template")
        self.action_open = self._action("&Open…", self.open_dialog, K.Open, "Open a project")
        self.action_save = self._action("&Save", self.save, K.Save, "Save the project")
        self.action_save_as = self._action(
            "Save &As…", self.save_as_dialog, "Ctrl+Shift+S", "Save the project under a new name"
        )
        self.action_revert = self._action(
            "&Revert to Saved", self.revert, None, "Drop changes since the last save"
        )
        self.action_import = self._action(
            "&Import…", self.exchange.import_dialog, "Ctrl+I",
            "Open a plan from MS Project (.mpp, XML), GanttProject, GNOME Planner, Excel or "
            "CSV as a new project",
        )
        self.action_export = self._action(
            "&Export…", self.exchange.export_dialog, "Ctrl+E",
            "Save the plan as MS Project XML, GanttProject, Excel, CSV or iCalendar",
        )
        self.action_export_pdf = self._action(
            "Export &PDF / PNG…", self.exchange.export_pages_dialog, "Ctrl+Shift+E",
            "Export the chart, board, risk register or a status report",
        )
        self.action_print = self._action(
            "&Print…", self.exchange.print_pages, QKeySequence.StandardKey.Print,
            "Print with a preview of the pages",
        )
        self.action_workspace = self._action(
            "Connect to &Workspace…", lambda: workspace_ui().connect_dialog(self),
            "Ctrl+Alt+O", "Open or publish projects in the team's shared workspace",
        )
        self.action_demo = self._action(
            "Open &Demo Project", lambda: self.open_demo(ask_first=True), None,
            "Open the built-in product launch demo"
        )
        self.action_close = self._action(
            "&Close", self.close_project, "Ctrl+W", "Close the project"
        )
        self.action_quit = self._action(
            "&Quit", lambda: windows.quit_all(self), "Ctrl+Q", "Close every window and quit"
        )
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.controller.undo_stack
        self.action_undo = stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
        self.action_redo = stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.action_project_info = self._action(
            "Project &Information…", self.edit_project, "Ctrl+Shift+P",
            "Name, dates, currency and working calendar",
        )
        self.action_shortcuts = self._action(
            "&Keyboard Shortcuts", lambda: questions.show_shortcuts(self), "F1",
            "List the keyboard shortcuts",
        )
        self.action_about = self._action("&About pmdesk", lambda: questions.show_about(self))
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_preferences = self._action(
            "&Preferences…", self.edit_preferences, "Ctrl+,",
            "Language, week start, new projects' hours and currency, autosave, theme",
        )
        self.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _build_views(self) -> None:
        """The switcher's actions for every view; only the first view is built now.

        The others are built right after the window first shows (or when the user asks for
        one), so pmdesk opens without waiting for views nobody has looked at yet.
        """
        group = QActionGroup(self)
        group.setExclusive(True)
        self._factories: dict[str, Callable] = {}
        for key, title, shortcut, factory in _view_factories():
            self._factories[key] = factory
            action = QAction(self.tr(title), self, checkable=True)
            action.setShortcut(QKeySequence(shortcut))
            action.setStatusTip(self.tr("Show the {} view").format(self.tr(title)))
            action.triggered.connect(lambda _=False, k=key: self.show_view(k))
            group.addAction(action)
            self.view_actions[key] = action
        first = next(iter(self.view_actions))
        self.view_actions[first].setChecked(True)
        self.ensure_view(first)

    def ensure_view(self, key: str) -> QWidget:
        """The view named ``key``, built on first use."""
        view = self.views.get(key)
        if view is not None:
            return view
        if key not in self._factories:
            raise KeyError(f"no view named {key!r}; views: {', '.join(self._factories)}")
        view = self._factories[key](self.controller, self)
        self.views[key] = view
        self.stack.addWidget(view)
        # A view's shortcuts (Delete, Ctrl+F, ...) act where the user works: inside that
        # view. Two views may then use the same key without the keys becoming ambiguous.
        for name in dir(view):
            action = getattr(view, name, None) if name.startswith("action_") else None
            if (isinstance(action, QAction)
                    and action.shortcutContext() == Qt.ShortcutContext.WindowShortcut):
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                view.addAction(action)
        if hasattr(self, "edit_menu"):  # built after the menus: give it its menu entries
            chrome.add_view_entries(self, view)
        if key == "budget" and "gantt" in self.views:
            # "Save baseline for selected tasks" means the tasks selected in the Gantt view.
            gantt = cast("GanttView", self.views["gantt"])
            cast("BudgetView", view).task_selection = gantt.selected_task_uids
        return view

    def _build_remaining_views(self) -> None:
        for key in self._factories:
            self.ensure_view(key)

    # -- views ---------------------------------------------------------------------------

    def show_view(self, key: str) -> None:
        self.stack.setCurrentWidget(self.ensure_view(key))
        self.view_actions[key].setChecked(True)
        for name, bar in self.view_toolbars.items():
            bar.setVisible(name == key)
        chrome.enable_view_menus(self)

    def current_view_key(self) -> str:
        current = self.stack.currentWidget()
        return next(k for k, v in self.views.items() if v is current)

    def prepare_for_screenshot(self) -> None:
        """Give the visible view a chance to frame its content (e.g. fit the timeline)."""
        view = self.stack.currentWidget()
        fit = getattr(view, "fit_project", None)
        if callable(fit):
            fit()

    # -- title and status ----------------------------------------------------------------

    def _update_title(self, *_args) -> None:
        plan = self.controller.plan
        where = (
            describe_path(self.document.path.name)
            if self.document and self.document.path
            else getattr(self.document, "label", None) or self.tr("unsaved")
        )
        read_only = self.tr(" (read-only)") if self.controller.read_only else ""
        self.setWindowTitle(f"{plan.project.name} — {where}[*]{read_only} — pmdesk")
        self.setWindowModified(self.is_modified())
        can_edit = not self.controller.read_only
        self.action_save.setEnabled(can_edit)
        self.action_revert.setEnabled(bool(self.document and self.document.path and can_edit))
        self.read_only_label.setText(self.tr("Read-only") if self.controller.read_only else "")
        if self.controller.read_only and self.document is not None:
            self.read_only_label.setToolTip(self.document.lock_message or "")

    def _update_status(self) -> None:
        from pmdesk.core.health import critical_tasks, schedule_headline
        from pmdesk.ui.headline import finish_text

        plan, result = self.controller.plan, self.controller.schedule
        tasks = len(plan.tasks)
        critical = len(critical_tasks(plan, result))
        finish = finish_text(tasks, result.project_finish)
        self.status_label.setText(
            self.tr("{tasks} tasks · {resources} resources · finish {finish} · "
                    "{critical} critical").format(
                tasks=tasks, resources=len(plan.resources), finish=finish, critical=critical)
        )
        self.health_label.set_headline(schedule_headline(plan, result))

    def _on_changed(self, changes: ChangeSet) -> None:
        self._update_status()
        if changes.project:
            self._update_title()

    def _on_edit_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

        def tell() -> None:
            if self.isVisible():
                QMessageBox.warning(self, self.tr("Change refused"), message)

        if self.isVisible():
            # Once the refused cell's editor has closed and handed the keyboard back to its
            # table: the box then returns it there, on the same cell, for the user to type
            # again (shown while the editor was open, it left the keys with the next pane).
            QTimer.singleShot(0, self, tell)

    def is_modified(self) -> bool:
        """Unsaved changes: edits since the clean point of the undo history, or a
        recovered working copy that was never saved."""
        if getattr(self.document, "live", False):
            return False  # a workspace project: each edit is in the database once made
        return self.controller.modified or self._recovered_unsaved

    def has_document(self) -> bool:
        return self.document is not None

    # -- document life cycle ---------------------------------------------------------------

    def _install(self, document: ProjectDocument, plan: Plan, recovered: bool = False) -> None:
        """Show ``document`` in the window. Raises what the engine raises for a plan it
        cannot schedule before anything changes: the window keeps its project, title and
        lock, and the caller closes ``document``."""
        self.controller.replace_plan(plan, document)
        old = self.document
        self.document = document
        self._recovered_unsaved = recovered
        if old is not None and old is not document:
            old.close()
        workspace_ui("live").follow(self, document)
        if document.path is not None and self._persist:
            user_settings.add_recent_file(document.path)
        if plan.products:  # the Dashboard is the home view of a project with a product
            self.show_view("dashboard")
        self._update_title()
        self._update_status()
        self.prepare_for_screenshot()

    def _report(self, title: str, message: str, interactive: bool) -> None:
        if interactive:
            QMessageBox.critical(self, title, message)
        else:
            import sys

            print(f"pmdesk: error: {message}", file=sys.stderr)

    def open_path(
        self, path: Path, interactive: bool = True, read_only: bool = False,
        fallback_to_demo: bool = False,
    ) -> bool:
        """Open a project file; on failure say why and keep what was open (its title, its
        document and its lock), leaving no lock on the refused file."""
        docs = _documents()
        try:
            document = docs.ProjectDocument.open(path, read_only=read_only)
        except docs.DocumentError as exc:
            return self._open_failed(str(exc), interactive, fallback_to_demo)
        if interactive and document.read_only and not read_only:
            document = questions.ask_take_over(self, path, document)
        try:
            plan = document.load_plan()
            try:
                self._install(document, plan)
            except CycleError as exc:
                plan = self._repaired(document, plan, exc, interactive)
                self._install(document, plan, recovered=True)
            except (ValueError, OverflowError) as exc:
                raise _Refused(f"{describe_path(path)}: cannot be scheduled ({exc})") from exc
        except _Cancelled:
            document.close()
            return False
        except (docs.DocumentError, _Refused) as exc:
            document.close()
            return self._open_failed(str(exc), interactive, fallback_to_demo)
        self._tell_notices(document, interactive)
        return True

    def _open_failed(self, message: str, interactive: bool, fallback_to_demo: bool) -> bool:
        self._report(self.tr("Cannot open project"), message, interactive)
        if fallback_to_demo and self.document is None:
            self.open_demo()
        return False

    def _tell_notices(self, document: ProjectDocument, interactive: bool) -> None:
        """What opening had to do: in the status bar, and in a message too each change to
        what the file holds, titled by its kind: database code removed (a sign of
        tampering), rows repaired so the project can be read."""
        if document.notices:
            self.statusBar().showMessage(" ".join(document.notices), 20000)
        if not interactive:
            return
        if document.removed_code:
            QMessageBox.warning(self, self.tr("Database code removed"), document.removed_code)
        if document.repairs:
            QMessageBox.warning(self, self.tr("Project repaired on opening"), document.repairs)

    def _repaired(self, document: ProjectDocument, plan: Plan, error: CycleError,
                  interactive: bool) -> Plan:
        """``plan`` with the changes that let it be scheduled, if the user agrees; they are
        written to the working copy only (the file changes when the user saves)."""
        from pmdesk.core.patch import apply_patch
        from pmdesk.core.repair import explain, find_repair
        from pmdesk.store.repository import apply_patch as store_patch

        shown = describe_path(document.path or "untitled project")
        try:
            repair = find_repair(plan)
        except CycleError:
            repair = None
        if repair is None or not interactive:
            raise _Refused(f"{shown}: cannot be scheduled: {explain(plan, error)}")
        if not questions.ask_repair(self, shown, repair):
            raise _Cancelled
        with document.session() as session:
            store_patch(session, repair.patch)
        apply_patch(plan, repair.patch)
        return plan

    def install_new(self, plan: Plan, title: str) -> bool:
        """Show ``plan`` as a new, untitled project; on failure say why and keep what was
        open."""
        docs = _documents()
        try:
            document = docs.ProjectDocument.new(plan)
        except docs.DocumentError as exc:
            QMessageBox.critical(self, title, str(exc))
            return False
        try:
            self._install(document, plan)
        except (ValueError, OverflowError) as exc:
            document.close()
            QMessageBox.critical(self, title, f"The plan cannot be scheduled: {exc}")
            return False
        return True

    def open_demo(self, plan: Plan | None = None, ask_first: bool = False) -> None:
        """The built-in demo project, as a new unsaved project; ``ask_first`` (File ▸ Open
        Demo Project) asks about unsaved changes first, as File ▸ Open does."""
        if ask_first and not self.maybe_save():
            return
        if plan is None:
            from pmdesk.demo import build_demo_plan

            plan = build_demo_plan()
        self.install_new(plan, "Cannot open the demo")

    def offer_recovery(self) -> None:
        """After a crash, offer the unsaved working copies back; say what was cleared."""
        scan = _documents().scan_recovery()
        if scan.note():
            self.statusBar().showMessage(scan.note(), 15000)
        for info in scan.copies:
            choice = questions.ask_recovery(self, info)
            if choice == "recover":
                try:
                    document = _documents().ProjectDocument.recover(info)
                except _documents().DocumentError as exc:
                    QMessageBox.critical(self, "Cannot recover", str(exc))
                    continue
                try:
                    self._install(document, document.load_plan(), recovered=True)
                except (_documents().DocumentError, ValueError, OverflowError) as exc:
                    document.close(keep_working_copy=True)  # it holds the user's work
                    QMessageBox.critical(self, "Cannot recover", str(exc))
                    continue
                self._tell_notices(document, True)
                return
            if choice == "discard":
                _documents().discard_recovery(info)

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        finish_editing(self.stack)
        if not self.is_modified() or self.controller.read_only:
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{}” before closing it?").format(
                self.controller.plan.project.name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self) -> None:
        """File ▸ New: ask for the name, start and template, then show the new project."""
        if not self.maybe_save():
            return
        from pmdesk.ui.dialogs.new_project_dialog import NewProjectDialog

        dialog = NewProjectDialog(self)
        if dialog.exec() and (plan := dialog.plan()) is not None:
            self.install_new(plan, "Cannot start a new project")
        dialog.deleteLater()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.document.path.parent) if self.document and self.document.path else ""
        path = ask_file(self, self.tr("Open Project"), self.tr("pmdesk projects (*.pmdesk)"),
                        start)
        if path:
            self.open_path(path)

    def _catch_up_working_copy(self) -> bool:
        """Rewrite the working copy from the plan after an undo or redo it missed."""
        if not self.controller.out_of_step or self.document is None:
            return True
        try:
            self.document.replace_contents(self.controller.plan)
        except _documents().DocumentError as exc:
            QMessageBox.critical(self, "Cannot save", str(exc))
            return False
        self.controller.out_of_step = False
        return True

    def save(self) -> bool:
        finish_editing(self.stack)
        if self.document is None or self.controller.read_only:
            return False
        if getattr(self.document, "live", False):
            self.document.save(self.controller.plan)  # its health, for the list
            self.statusBar().showMessage(
                "Every change is in the workspace as soon as it is made "
                f"({getattr(self.document, 'label', '')})",
                6000)
            return True
        if self.document.path is None:
            return self.save_as_dialog()
        if not self._catch_up_working_copy():
            return False
        docs = _documents()
        try:
            self.document.save(self.controller.plan)
        except docs.SaveConflict as exc:
            return questions.ask_save_as_instead(self, str(exc)) and self.save_as_dialog()
        except docs.DocumentError as exc:
            QMessageBox.critical(self, "Cannot save", str(exc))
            return False
        self.controller.undo_stack.setClean()
        self._recovered_unsaved = False
        self.statusBar().showMessage(self.tr("Saved {}").format(self.document.path), 4000)
        self._update_title()
        return True

    def save_as_path(self, path: Path) -> bool:
        finish_editing(self.stack)
        if self.document is None:
            return False
        if path.suffix != ".pmdesk":
            path = path.with_name(path.name + ".pmdesk")
        if not self._catch_up_working_copy():
            return False
        try:
            self.document.save_as(path, self.controller.plan)
        except _documents().DocumentError as exc:
            QMessageBox.critical(self, "Cannot save", str(exc))
            return False
        self.controller.read_only = False
        self.controller.undo_stack.setClean()
        self._recovered_unsaved = False
        if self._persist:
            user_settings.add_recent_file(path)
        self._update_title()
        return True

    def save_as_dialog(self) -> bool:
        suggested = (
            str(self.document.path)
            if self.document and self.document.path
            else f"{self.controller.plan.project.name}.pmdesk"
        )
        path = ask_file(self, self.tr("Save Project As"), self.tr("pmdesk projects (*.pmdesk)"),
                        suggested, save=True)
        return self.save_as_path(path) if path else False

    def revert(self) -> None:
        if self.document is None or self.document.path is None:
            return
        if self.is_modified():
            answer = QMessageBox.question(
                self, self.tr("Revert to saved"),
                self.tr("Drop every change since the last save? This cannot be undone."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            plan = self.document.revert()
            self.controller.replace_plan(plan, self.document)
        except (_documents().DocumentError, ValueError, OverflowError) as exc:
            QMessageBox.critical(self, "Cannot revert", str(exc))
            return
        self._recovered_unsaved = False
        self._update_title()

    def close_project(self) -> None:
        if not self.maybe_save():
            return
        self.install_new(empty_plan(), "Cannot close the project")

    def recent_files(self) -> list[Path]:
        return user_settings.recent_files() if self._persist else []

    def open_recent(self, path: Path) -> None:
        if not _exists(path):
            QMessageBox.warning(
                self, self.tr("Project not found"),
                self.tr("{}: no such file any more.").format(describe_path(path))
            )
            user_settings.remove_recent_file(path)
            return
        if self.maybe_save():
            self.open_path(path)

    # -- dialogs ---------------------------------------------------------------------------

    def edit_project(self) -> None:
        from pmdesk.ui.dialogs.project_dialog import ProjectDialog

        dialog = ProjectDialog(self.controller.plan, self, read_only=self.controller.read_only)
        if dialog.exec() and (patch := dialog.patch()) is not None:
            self.controller.edit(self.tr("Edit project information"), patch)

    def edit_preferences(self) -> None:
        from pmdesk.ui.dialogs.preferences_dialog import edit_preferences

        edit_preferences(self)

    # -- window state ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if not self._persist:
            self.resize(1400, 860)
            return
        s = user_settings.settings()
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = s.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def _save_geometry(self) -> None:
        if not self._persist:
            return
        user_settings.flush_layouts()
        s = user_settings.settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self._save_geometry()
        if self.document is not None:
            self.document.close()
            self.document = None
        event.accept()

