"""The main window: menus, toolbar, view switcher, undo history and the document life cycle.

One project is open at a time. The window owns the :class:`ProjectDocument` (the file,
its working copy and lock) and a :class:`ProjectController` (plan, schedule, undo stack);
views get the controller and redraw from its ``changed`` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QUndoView,
    QWidget,
)

from pmdesk import __version__
from pmdesk.core.model import Plan, ProjectInfo, new_uid, standard_calendar
from pmdesk.core.patch import ChangeSet
from pmdesk.core.schedule import CycleError
from pmdesk.fileio import describe_path
from pmdesk.ui import settings as user_settings
from pmdesk.ui.controller import ProjectController

if TYPE_CHECKING:
    from pmdesk.store.document import ProjectDocument

FILE_FILTER = "pmdesk projects (*.pmdesk)"


def _documents() -> ModuleType:
    """The store's document module, imported on first use: the window can show before the
    database layer has loaded."""
    from pmdesk.store import document

    return document


def _view_factories() -> list[tuple[str, str, str, Callable]]:
    """(key, title, shortcut, factory) of every view that exists, in switcher order."""
    from pmdesk.ui.board.view import BoardView
    from pmdesk.ui.budget.view import BudgetView
    from pmdesk.ui.gantt.view import GanttView
    from pmdesk.ui.resources.view import ResourceView
    from pmdesk.ui.risks.view import RiskView

    return [
        ("gantt", "Gantt", "Ctrl+1", GanttView),
        ("board", "Board", "Ctrl+2", BoardView),
        ("risks", "Risks", "Ctrl+3", RiskView),
        ("resources", "Resources", "Ctrl+4", ResourceView),
        ("budget", "Budget", "Ctrl+5", BudgetView),
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
    project = ProjectInfo(uid=new_uid(), name="Untitled project", start=today, calendar_uid=cal.uid)
    return Plan(project=project, calendars={cal.uid: cal})


class ShortUndoAction(QAction):
    """A toolbar twin of Edit ▸ Undo or Redo: always the one word, the step in the tooltip."""

    def __init__(self, word: str, menu_action: QAction, step: Callable,
                 parent: QWidget) -> None:
        super().__init__(word, parent)
        self.setObjectName(f"toolbar{word}")
        self._word = word
        self._keys = menu_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.setEnabled(menu_action.isEnabled())
        self.triggered.connect(lambda _=False: step())

    def show_text(self, text: str) -> None:
        self.setToolTip(f"{self._word} {text} ({self._keys})" if text
                        else f"Nothing to {self._word.lower()}")


class MainWindow(QMainWindow):
    """pmdesk's single main window."""

    def __init__(self, persist: bool = True) -> None:
        super().__init__()
        self._persist = persist
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
        self._build_actions()
        self._build_views()
        self._build_menus()
        self._build_toolbar()
        self._build_docks()
        self._build_status_bar()
        self._restore_geometry()
        self.show_view(next(iter(self.views)))
        self._update_title()
        self._update_status()
        QTimer.singleShot(0, self, self._build_remaining_views)

    # -- construction --------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable, shortcut: QKeySequence | str | list | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({action.shortcut().toString()})" if shortcut else tip)
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
            "&Import…", self.import_dialog, "Ctrl+I",
            "Open a plan from MS Project (.mpp, XML), GanttProject, GNOME Planner, Excel or "
            "CSV as a new project",
        )
        self.action_export = self._action(
            "&Export…", self.export_dialog, "Ctrl+E",
            "Save the plan as MS Project XML, GanttProject, Excel, CSV or iCalendar",
        )
        self.action_export_pdf = self._action(
            "Export &PDF / PNG…", self.export_pages_dialog, "Ctrl+Shift+E",
            "Export the chart, board, risk register or a status report",
        )
        self.action_print = self._action(
            "&Print…", self.print_pages, QKeySequence.StandardKey.Print,
            "Print with a preview of the pages",
        )
        self.action_demo = self._action(
            "Open &Demo Project", self.open_demo, None, "Open the built-in product launch demo"
        )
        self.action_close = self._action(
            "&Close", self.close_project, "Ctrl+W", "Close the project"
        )
        self.action_quit = self._action("&Quit", self.close, "Ctrl+Q", "Quit pmdesk")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.controller.undo_stack
        self.action_undo = stack.createUndoAction(self, "&Undo")
        self.action_undo.setShortcuts(QKeySequence.keyBindings(K.Undo))
        self.action_redo = stack.createRedoAction(self, "&Redo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.action_project_info = self._action(
            "Project &Information…", self.edit_project, "Ctrl+Shift+P",
            "Name, dates, currency and working calendar",
        )
        self.action_shortcuts = self._action(
            "&Keyboard Shortcuts", self.show_shortcuts, "F1", "List the keyboard shortcuts"
        )
        self.action_about = self._action("&About pmdesk", self.show_about)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

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
            action = QAction(title, self, checkable=True)
            action.setShortcut(QKeySequence(shortcut))
            action.setStatusTip(f"Show the {title} view")
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
            if isinstance(action, QAction):
                if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
                    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                    view.addAction(action)
        if hasattr(self, "edit_menu"):  # built after the menus: give it its menu entries
            self.edit_menu.addActions(self._actions_of(view, "action_find"))
            self.view_menu.addActions(self._actions_of(view, "action_columns"))
        if key == "budget" and "gantt" in self.views:
            # "Save baseline for selected tasks" means the tasks selected in the Gantt view.
            view.task_selection = self.views["gantt"].selected_task_uids
        return view

    def _build_remaining_views(self) -> None:
        for key in self._factories:
            self.ensure_view(key)

    @staticmethod
    def _actions_of(view: QWidget, *names: str) -> list[QAction]:
        return [a for n in names if isinstance(a := getattr(view, n, None), QAction)]

    def _view_actions_named(self, *names: str) -> list[QAction]:
        """Actions a view offers under the given attribute names (those it has)."""
        out = []
        for view in self.views.values():
            for name in names:
                action = getattr(view, name, None)
                if isinstance(action, QAction):
                    out.append(action)
        return out

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu("&File")
        m.addActions([self.action_new, self.action_open])
        self.recent_menu = m.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        m.addAction(self.action_demo)
        m.addSeparator()
        m.addActions([self.action_save, self.action_save_as, self.action_revert])
        m.addSeparator()
        m.addActions([self.action_import, self.action_export, self.action_export_pdf])
        m.addAction(self.action_print)
        m.addSeparator()
        m.addActions([self.action_close, self.action_quit])

        m = bar.addMenu("&Edit")
        m.addActions([self.action_undo, self.action_redo])
        self.edit_menu = m
        m.addSeparator()
        m.addActions(self._view_actions_named("action_cut", "action_copy", "action_paste"))
        m.addSeparator()
        m.addActions(self._view_actions_named("action_find"))

        m = bar.addMenu("&View")
        self.view_menu = m
        m.addActions(list(self.view_actions.values()))
        m.addSeparator()
        m.addActions(
            self._view_actions_named(
                "action_zoom_in", "action_zoom_out", "action_fit", "action_expand",
                "action_collapse", "action_expand_all", "action_collapse_all",
                "action_clear_filter", "action_columns",
            )
        )
        m.addSeparator()

        m = bar.addMenu("&Task")
        m.addActions(
            self._view_actions_named(
                "action_add_below", "action_insert", "action_delete", "action_indent",
                "action_outdent",
                "action_move_up", "action_move_down", "action_task_info",
            )
        )

        m = bar.addMenu("&Project")
        m.addAction(self.action_project_info)

        m = bar.addMenu("&Help")
        m.addActions([self.action_shortcuts, self.action_about])

    def _build_toolbar(self) -> None:
        tb = self.addToolBar("Main")
        tb.setObjectName("mainToolbar")
        tb.setMovable(False)
        tb.addActions([self.action_new, self.action_open, self.action_save])
        tb.addSeparator()
        tb.addActions(self._toolbar_undo_actions())
        tb.addSeparator()
        tb.addActions(list(self.view_actions.values()))
        self.view_toolbars: dict[str, QToolBar] = {}
        gantt = self.views.get("gantt")
        if gantt is not None:
            bar = self.addToolBar("Tasks")
            bar.setObjectName("ganttToolbar")
            bar.setMovable(False)
            for name in ("action_insert", "action_indent", "action_outdent", "action_zoom_in",
                         "action_zoom_out", "action_fit"):
                action = getattr(gantt, name, None)
                if isinstance(action, QAction):
                    bar.addAction(action)
            self.view_toolbars["gantt"] = bar
        self.toolbar = tb

    def _toolbar_undo_actions(self) -> list[QAction]:
        """Undo and Redo for the toolbar: a fixed short label, so the buttons beside them
        never move, and the full "Undo Rename “Design”" in the tooltip."""
        stack = self.controller.undo_stack
        self.toolbar_undo = ShortUndoAction("Undo", self.action_undo, stack.undo, self)
        self.toolbar_redo = ShortUndoAction("Redo", self.action_redo, stack.redo, self)
        stack.canUndoChanged.connect(self.toolbar_undo.setEnabled)
        stack.canRedoChanged.connect(self.toolbar_redo.setEnabled)
        stack.undoTextChanged.connect(self.toolbar_undo.show_text)
        stack.redoTextChanged.connect(self.toolbar_redo.show_text)
        self.toolbar_undo.show_text(stack.undoText())
        self.toolbar_redo.show_text(stack.redoText())
        return [self.toolbar_undo, self.toolbar_redo]

    def _build_docks(self) -> None:
        from pmdesk import resources_path

        self.undo_view = QUndoView(self.controller.undo_stack)
        self.undo_view.setEmptyLabel("<opened>")
        # The history marks the state last saved (or opened), so a PM sees how far to undo.
        self.undo_view.setCleanIcon(QIcon(str(resources_path("icons/saved.svg"))))
        dock = QDockWidget("Undo History", self)
        dock.setObjectName("undoHistoryDock")
        dock.setWidget(self.undo_view)
        dock.hide()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.undo_dock = dock
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+H"))
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(toggle)
        self.view_menu.addAction(toggle)
        self.action_undo_history = toggle

    def _build_status_bar(self) -> None:
        self.status_label = QLabel()
        from pmdesk.ui.headline import SCHEDULE_RULE, HeadlineLabel

        self.health_label = HeadlineLabel("scheduleHealth", SCHEDULE_RULE, hide_none=True)
        self.read_only_label = QLabel()
        self.read_only_label.setStyleSheet("color: #b26a00; font-weight: bold;")
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.health_label)
        self.statusBar().addPermanentWidget(self.read_only_label)

    # -- views ---------------------------------------------------------------------------

    def show_view(self, key: str) -> None:
        self.stack.setCurrentWidget(self.ensure_view(key))
        self.view_actions[key].setChecked(True)
        for name, bar in self.view_toolbars.items():
            bar.setVisible(name == key)

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
            else "unsaved"
        )
        read_only = " (read-only)" if self.controller.read_only else ""
        self.setWindowTitle(f"{plan.project.name} — {where}[*]{read_only} — pmdesk")
        self.setWindowModified(self.is_modified())
        can_edit = not self.controller.read_only
        self.action_save.setEnabled(can_edit)
        self.action_revert.setEnabled(bool(self.document and self.document.path and can_edit))
        self.read_only_label.setText("Read-only" if self.controller.read_only else "")
        if self.controller.read_only and self.document is not None:
            self.read_only_label.setToolTip(self.document.lock_message or "")

    def _update_status(self) -> None:
        from pmdesk.core.health import critical_tasks, schedule_headline

        plan, result = self.controller.plan, self.controller.schedule
        tasks = len(plan.tasks)
        critical = len(critical_tasks(plan, result))
        finish = result.project_finish.strftime("%a %d %b %Y") if tasks else "—"
        self.status_label.setText(
            f"{tasks} tasks · {len(plan.resources)} resources · finish {finish} · "
            f"{critical} critical"
        )
        self.health_label.set_headline(schedule_headline(plan, result))

    def _on_changed(self, changes: ChangeSet) -> None:
        self._update_status()
        if changes.project:
            self._update_title()

    def _on_edit_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        if self.isVisible():
            QMessageBox.warning(self, "Change refused", message)

    def is_modified(self) -> bool:
        """Unsaved changes: edits since the clean point of the undo history, or a
        recovered working copy that was never saved."""
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
        if document.path is not None and self._persist:
            user_settings.add_recent_file(document.path)
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
            document = self._ask_take_over(path, document)
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
        self._report("Cannot open project", message, interactive)
        if fallback_to_demo and self.document is None:
            self.open_demo()
        return False

    def _tell_notices(self, document: ProjectDocument, interactive: bool) -> None:
        """What opening had to do: in the status bar, and database code removed from the
        file (a sign of tampering) in a message too."""
        if document.notices:
            self.statusBar().showMessage(" ".join(document.notices), 20000)
        if document.removed_code and interactive:
            QMessageBox.warning(self, "Database code removed", document.removed_code)

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
        if not self._ask_repair(shown, repair):
            raise _Cancelled
        with document.session() as session:
            store_patch(session, repair.patch)
        apply_patch(plan, repair.patch)
        return plan

    def _ask_repair(self, shown: str, repair) -> bool:
        """Whether to open a plan with the changes that make it schedulable."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Project cannot be scheduled as saved")
        box.setText(f"{shown}: {repair.problem}.")
        listed = "\n".join(f"• {change}" for change in repair.changes)
        box.setInformativeText(
            f"pmdesk can open it with these changes:\n{listed}\n\nThe file stays as it is "
            "until you save."
        )
        accept = box.addButton("Open With These Changes", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(accept)
        box.exec()
        return box.clickedButton() is accept

    def _ask_take_over(self, path: Path, document: ProjectDocument) -> ProjectDocument:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Project in use")
        box.setText(document.lock_message or f"{path.name} is open elsewhere; opened read-only.")
        box.setInformativeText(
            "Open it read-only, or take over the lock if you know that nobody is editing it "
            "(for example after a crash)."
        )
        read_only_button = box.addButton("Open Read-Only", QMessageBox.ButtonRole.AcceptRole)
        take_button = box.addButton("Take Over", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(read_only_button)
        box.exec()
        if box.clickedButton() is take_button:
            try:
                taken = _documents().ProjectDocument.open(path, take_over=True)
            except _documents().DocumentError as exc:
                QMessageBox.critical(self, "Cannot take over", str(exc))
                return document
            document.close()
            return taken
        return document

    def _install_new(self, plan: Plan, title: str) -> bool:
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

    def open_demo(self, plan: Plan | None = None) -> None:
        """The built-in demo project, as a new unsaved project."""
        if plan is None:
            from pmdesk.demo import build_demo_plan

            plan = build_demo_plan()
        self._install_new(plan, "Cannot open the demo")

    def offer_recovery(self) -> None:
        """After a crash, offer the unsaved working copies back; say what was cleared."""
        scan = _documents().scan_recovery()
        if scan.note():
            self.statusBar().showMessage(scan.note(), 15000)
        for info in scan.copies:
            choice = self._ask_recovery(info)
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

    def _ask_recovery(self, info) -> str:
        """"recover", "discard" or "later" for one crash-recovery copy."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Recover unsaved changes?")
        name = info.original_path.name if info.original_path else "an unsaved project"
        box.setText(
            f"pmdesk closed unexpectedly while “{info.project_name}” ({name}) had "
            f"unsaved changes from {info.modified:%Y-%m-%d %H:%M}."
        )
        box.setInformativeText("Recover them now? Discarding deletes that copy for good.")
        recover = box.addButton("Recover", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Later", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(recover)
        box.exec()
        if box.clickedButton() is recover:
            return "recover"
        return "discard" if box.clickedButton() is discard else "later"

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        if not self.is_modified() or self.controller.read_only:
            return True
        answer = QMessageBox.warning(
            self,
            "Unsaved changes",
            f"Save the changes to “{self.controller.plan.project.name}” before closing it?",
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
            self._install_new(plan, "Cannot start a new project")
        dialog.deleteLater()

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        start = str(self.document.path.parent) if self.document and self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(self, "Open Project", start, FILE_FILTER)
        if path:
            self.open_path(Path(path))

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
        if self.document is None or self.controller.read_only:
            return False
        if self.document.path is None:
            return self.save_as_dialog()
        if not self._catch_up_working_copy():
            return False
        docs = _documents()
        try:
            self.document.save()
        except docs.SaveConflict as exc:
            return self._offer_save_as(str(exc))
        except docs.DocumentError as exc:
            QMessageBox.critical(self, "Cannot save", str(exc))
            return False
        self.controller.undo_stack.setClean()
        self._recovered_unsaved = False
        self.statusBar().showMessage(f"Saved {self.document.path}", 4000)
        self._update_title()
        return True

    def _offer_save_as(self, message: str) -> bool:
        """Someone else saved this project meanwhile: never overwrite it; offer Save As."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Project changed by someone else")
        box.setText(message)
        save_as = box.addButton("Save As…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        return box.clickedButton() is save_as and self.save_as_dialog()

    def save_as_path(self, path: Path) -> bool:
        if self.document is None:
            return False
        if path.suffix != ".pmdesk":
            path = path.with_name(path.name + ".pmdesk")
        if not self._catch_up_working_copy():
            return False
        try:
            self.document.save_as(path)
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
        path, _ = QFileDialog.getSaveFileName(self, "Save Project As", suggested, FILE_FILTER)
        return self.save_as_path(Path(path)) if path else False

    def revert(self) -> None:
        if self.document is None or self.document.path is None:
            return
        if self.is_modified():
            answer = QMessageBox.question(
                self, "Revert to saved",
                "Drop every change since the last save? This cannot be undone.",
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
        self._install_new(empty_plan(), "Cannot close the project")

    def import_path(self, path: Path, sheet=None) -> bool:
        """Import a foreign plan as a new unsaved project. The window stays live while it
        is read (an .mpp goes through Java); on failure it says why and keeps its project.
        A .csv or .xlsx sheet goes through the column mapping step first, unless ``sheet``
        (:class:`~pmdesk.interchange.SheetOptions`) gives the mapping."""
        from pmdesk.interchange import SHEET_SUFFIXES
        from pmdesk.ui.importing import read_plan_in_background

        if sheet is None and path.suffix.lower() in SHEET_SUFFIXES:
            sheet = self._map_sheet(path)
            if sheet is None:
                return False
        outcome = read_plan_in_background(self, path, sheet)
        if outcome.plan is None:
            if outcome.cancelled:
                self.statusBar().showMessage(f"Import of {path.name} cancelled", 4000)
            else:
                QMessageBox.critical(self, "Cannot import", outcome.error)
            return False
        if not self._install_new(outcome.plan, "Cannot import"):
            return False
        self.statusBar().showMessage(
            f"Imported {path.name}: {len(outcome.plan.tasks)} tasks", 4000
        )
        return True

    def _map_sheet(self, path: Path):
        """The column mapping step of a sheet import; None when refused or cancelled."""
        from pmdesk.ui.dialogs.interchange import SheetImportDialog

        try:
            dialog = SheetImportDialog(path, self)
        except ValueError as exc:
            QMessageBox.critical(self, "Cannot import", str(exc))
            return None
        return dialog.options() if dialog.exec() else None

    def import_dialog(self) -> None:
        if not self.maybe_save():
            return
        from pmdesk.interchange import IMPORT_SUFFIXES, file_filter

        path, _ = QFileDialog.getOpenFileName(self, "Import Plan", "",
                                              file_filter(IMPORT_SUFFIXES))
        if path:
            self.import_path(Path(path))

    def export_path(self, path: Path, options=None) -> bool:
        """Write the plan to ``path`` in the format its suffix names; ``options``
        (:class:`~pmdesk.interchange.ExportOptions`) say what a table or calendar holds."""
        from pmdesk.interchange import write_plan

        try:
            write_plan(self.controller.plan, path, self.controller.schedule, options)
        except (ValueError, OSError) as exc:
            message = str(exc)
            if isinstance(exc, OSError) and exc.strerror:
                message = f"{describe_path(path)}: cannot be written ({exc.strerror.lower()})"
            QMessageBox.critical(self, "Cannot export", message)
            return False
        self.statusBar().showMessage(f"Exported {path}", 4000)
        return True

    def export_dialog(self) -> None:
        from pmdesk.interchange import EXPORT_SUFFIXES, file_filter

        suggested = f"{self.controller.plan.project.name}.xml"
        path, chosen = QFileDialog.getSaveFileName(self, "Export Plan", suggested,
                                                   file_filter(EXPORT_SUFFIXES))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in EXPORT_SUFFIXES:
            # A name typed without a suffix takes the one of the format picked.
            picked = [s for s in EXPORT_SUFFIXES if f"*{s})" in chosen or f"*{s} " in chosen]
            target = target.with_name(target.name + (picked[0] if picked else ".xml"))
        options = self._export_options(target.suffix.lower())
        if options is not False:
            self.export_path(target, options)

    def _export_options(self, suffix: str):
        """What a .csv, .xlsx or .ics export holds (asked); False when cancelled."""
        from pmdesk.interchange import SHEET_SUFFIXES
        from pmdesk.ui.dialogs.interchange import ExportOptionsDialog, gantt_columns

        if suffix not in (*SHEET_SUFFIXES, ".ics"):
            return None
        gantt = self.ensure_view("gantt")
        dialog = ExportOptionsDialog(suffix, gantt_columns(gantt),
                                     bool(self.controller.plan.risks), self)
        if not dialog.exec():
            return False
        options = dialog.options()
        number = getattr(getattr(gantt, "model", None), "baseline_number", 0)
        return replace(options, baseline_number=number)

    def export_pages(self, view: str | None = None):
        """The export dialog on the current view (Gantt: the rows as shown, collapsed
        summaries and all)."""
        from pmdesk.ui.dialogs.export_dialog import ExportDialog

        key = view or self.current_view_key()
        rows = None
        gantt = self.views.get("gantt")
        if key == "gantt" and gantt is not None:
            rows = list(getattr(gantt, "visible_rows", []) or []) or None
        return ExportDialog(self.controller, self, view=key if key in (
            "gantt", "board", "risks", "report") else "report", rows=rows)

    def export_pages_dialog(self) -> None:
        self.export_pages().exec()

    def print_pages(self) -> None:
        dialog = self.export_pages()
        dialog.print_dialog()

    def recent_files(self) -> list[Path]:
        return user_settings.recent_files() if self._persist else []

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.recent_files()
        if not files:
            self.recent_menu.addAction("No recent projects").setEnabled(False)
            return
        for i, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{i % 10} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))

    def _open_recent(self, path: Path) -> None:
        if not _exists(path):
            QMessageBox.warning(
                self, "Project not found", f"{describe_path(path)}: no such file any more."
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
            self.controller.edit("Edit project information", patch)

    def show_shortcuts(self) -> None:
        lines = []
        seen = set()
        for action in self.findChildren(QAction):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = action.text().replace("&", "").rstrip("…")
            if keys and text and (text, keys) not in seen:
                seen.add((text, keys))
                lines.append(f"<tr><td>{text}</td><td><b>{keys}</b></td></tr>")
        QMessageBox.information(
            self, "Keyboard Shortcuts", "<table cellspacing=4>" + "".join(sorted(lines)) + "</table>"
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About pmdesk",
            f"<h3>pmdesk {__version__}</h3><p>Offline planning for product managers: "
            "timelines, resources, budgets and risks in one project file.</p>",
        )

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

