"""The main window's menus, toolbars, undo-history dock and status bar.

Built once, in this order, after the window's own actions and its first view exist; a view
built later adds its Find and Columns entries through :func:`add_view_entries`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMenu, QUndoView, QWidget

from pmdesk.ui.windows import fill_window_menu

if TYPE_CHECKING:
    from pmdesk.ui.main_window import MainWindow

# Every word here goes through Qt's translations (context "MainWindow", as the window's own
# self.tr); scripts/update_translations.py finds them by this name.
_translate = QCoreApplication.translate

# Attribute names of the actions a view may offer, by the menu that lists them.
EDIT_ACTIONS = ("action_cut", "action_copy", "action_paste")
VIEW_ACTIONS = (
    "action_zoom_in", "action_zoom_out", "action_fit", "action_expand", "action_collapse",
    "action_expand_all", "action_collapse_all", "action_clear_filter", "action_columns",
)
# Zooming is not repeated here: the Gantt view's own bar, right below, has − + Fit for it,
# and the eight view buttons leave no room for it in German or French.
GANTT_TOOLBAR_ACTIONS = ("action_insert", "action_indent", "action_outdent")


class ShortUndoAction(QAction):
    """A toolbar twin of Edit ▸ Undo or Redo: always the one word, the step in the tooltip."""

    def __init__(self, word: str, label: str, menu_action: QAction, step: Callable,
                 parent: QWidget) -> None:
        super().__init__(label, parent)
        self.setObjectName(f"toolbar{word}")
        self._word = word
        self._label = label
        self._keys = menu_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.setEnabled(menu_action.isEnabled())
        self.triggered.connect(lambda _=False: step())

    def show_text(self, text: str) -> None:
        if text:
            self.setToolTip(f"{self._label} {text} ({self._keys})")
        elif self._word == "Undo":
            self.setToolTip(_translate("MainWindow", "Nothing to undo"))
        else:
            self.setToolTip(_translate("MainWindow", "Nothing to redo"))


def actions_named(views: Iterable[QWidget], *names: str) -> list[QAction]:
    """Actions the views offer under the given attribute names (those they have)."""
    return [a for view in views for n in names
            if isinstance(a := getattr(view, n, None), QAction)]


def add_view_entries(window: MainWindow, view: QWidget) -> None:
    """A view built after the menus: give it its Edit ▸ Find and View ▸ Columns entries,
    in the group where the first view has its own."""
    _add_to_group(window.edit_menu, window.action_preferences,
                  actions_named([view], "action_find"))
    _add_to_group(window.view_menu, window.action_undo_history,
                  actions_named([view], "action_columns"))
    add_view_menu(window, view)


def _add_to_group(menu: QMenu, next_group: QAction, actions: list[QAction]) -> None:
    """``actions`` at the end of the group of ``menu`` that comes before ``next_group``'s."""
    entries = menu.actions()
    at = entries.index(next_group) if next_group in entries else len(entries)
    while at > 0 and entries[at - 1].isSeparator():
        at -= 1
    before = entries[at] if at < len(entries) else None
    if before is None:
        menu.addActions(actions)
    else:
        menu.insertActions(before, actions)


def add_view_menu(window: MainWindow, view: QWidget) -> None:
    """A view's own menu (Board, Risks, Resources, Budget, Product), before Window and Help,
    in the order of the views: a view offers one with a ``menu_title`` and either
    ``menu_entries`` (its actions' attribute names) or ``menu_actions()``, None between
    groups. Only the shown view's menu is on the menu bar (:func:`enable_view_menus`); its
    shortcuts act inside the view."""
    title = getattr(view, "menu_title", None)
    if not title:
        return
    menu = QMenu(_translate(type(view).__name__, title), window)
    menu.setObjectName(f"{type(view).__name__}Menu")
    entries = getattr(view, "menu_entries", None)
    actions = ([None if name is None else getattr(view, name) for name in entries]
               if entries is not None else view.menu_actions())  # type: ignore[attr-defined]
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    rank = {v: n for n, key in enumerate(window._factories)
            if (v := window.views.get(key)) is not None}
    later = [m for v, m in window.view_menus.items() if rank[v] > rank[view]]
    before = min(later, key=lambda m: window.menuBar().actions().index(m.menuAction()),
                 default=window.window_menu)
    window.menuBar().insertMenu(before.menuAction(), menu)
    window.view_menus[view] = menu
    enable_view_menus(window)


def enable_view_menus(window: MainWindow) -> None:
    """Only the shown view's commands are on the menus: its own menu, and its entries in
    Edit and View (Paste Tasks or Find Risk… chosen on another view would act where the
    user cannot see it)."""
    shown = window.stack.currentWidget()
    for view in window.views.values():
        for action in actions_named([view], *EDIT_ACTIONS, "action_find", *VIEW_ACTIONS):
            action.setVisible(view is shown)
    for view, menu in window.view_menus.items():
        menu.menuAction().setEnabled(view is shown)
        menu.menuAction().setVisible(view is shown)


def build_menus(window: MainWindow) -> None:
    views = list(window.views.values())
    bar = window.menuBar()
    m = bar.addMenu(_translate("MainWindow", "&File"))
    m.addActions([window.action_new, window.action_open])
    window.recent_menu = m.addMenu(_translate("MainWindow", "Open &Recent"))
    window.recent_menu.aboutToShow.connect(
        lambda: fill_recent_menu(window.recent_menu, window.recent_files(), window.open_recent)
    )
    m.addActions([window.action_workspace, window.action_demo])
    m.addSeparator()
    m.addActions([window.action_save, window.action_save_as, window.action_revert])
    m.addSeparator()
    m.addActions(window.sharing.actions())
    m.addSeparator()
    m.addActions([window.action_import, window.action_export, window.action_export_pdf])
    m.addAction(window.action_print)
    m.addSeparator()
    m.addActions([window.action_close, window.action_quit])

    m = bar.addMenu(_translate("MainWindow", "&Edit"))
    m.addActions([window.action_undo, window.action_redo])
    window.edit_menu = m
    m.addSeparator()
    m.addActions(actions_named(views, *EDIT_ACTIONS))
    m.addSeparator()
    m.addActions(actions_named(views, "action_find"))
    m.addSeparator()
    m.addAction(window.action_preferences)

    m = bar.addMenu(_translate("MainWindow", "&View"))
    window.view_menu = m
    m.addActions(list(window.view_actions.values()))
    m.addSeparator()
    m.addActions(actions_named(views, *VIEW_ACTIONS))
    m.addSeparator()

    bar.addMenu(_translate("MainWindow", "&Project")).addAction(window.action_project_info)
    window.window_menu = bar.addMenu(_translate("MainWindow", "&Window"))
    window.window_menu.setObjectName("windowMenu")
    window.window_menu.aboutToShow.connect(
        lambda: fill_window_menu(window.window_menu, window))
    window.help_menu = bar.addMenu(_translate("MainWindow", "&Help"))
    window.help_menu.addActions([window.action_shortcuts, window.action_about])
    window.view_menus = {}
    for view in views:
        add_view_menu(window, view)


def fill_recent_menu(menu: QMenu, files: list[Path], open_recent: Callable[[Path], None]) -> None:
    menu.clear()
    if not files:
        menu.addAction(_translate("MainWindow", "No recent projects")).setEnabled(False)
        return
    for i, path in enumerate(files, start=1):
        action = menu.addAction(f"&{i % 10} {path.name}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _=False, p=path: open_recent(p))


def build_toolbars(window: MainWindow) -> None:
    """The main toolbar, and the Gantt view's own toolbar (shown with that view only)."""
    tb = window.addToolBar(_translate("MainWindow", "Main"))
    tb.setObjectName("mainToolbar")
    tb.setMovable(False)
    tb.addActions([window.action_new, window.action_open, window.action_save])
    tb.addSeparator()
    tb.addActions(_toolbar_undo_actions(window))
    tb.addSeparator()
    tb.addActions(list(window.view_actions.values()))
    window.view_toolbars = {}
    gantt = window.views.get("gantt")
    if gantt is not None:
        bar = window.addToolBar(_translate("MainWindow", "Tasks"))
        bar.setObjectName("ganttToolbar")
        bar.setMovable(False)
        bar.addActions(actions_named([gantt], *GANTT_TOOLBAR_ACTIONS))
        window.view_toolbars["gantt"] = bar
    window.toolbar = tb


def _toolbar_undo_actions(window: MainWindow) -> list[QAction]:
    """Undo and Redo for the toolbar: a fixed short label, so the buttons beside them
    never move, and the full "Undo Rename “Design”" in the tooltip."""
    stack = window.controller.undo_stack
    window.toolbar_undo = ShortUndoAction("Undo", _translate("MainWindow", "Undo"),
                                          window.action_undo, stack.undo, window)
    window.toolbar_redo = ShortUndoAction("Redo", _translate("MainWindow", "Redo"),
                                          window.action_redo, stack.redo, window)
    stack.canUndoChanged.connect(window.toolbar_undo.setEnabled)
    stack.canRedoChanged.connect(window.toolbar_redo.setEnabled)
    stack.undoTextChanged.connect(window.toolbar_undo.show_text)
    stack.redoTextChanged.connect(window.toolbar_redo.show_text)
    window.toolbar_undo.show_text(stack.undoText())
    window.toolbar_redo.show_text(stack.redoText())
    return [window.toolbar_undo, window.toolbar_redo]


def build_undo_dock(window: MainWindow) -> None:
    from pmdesk import resources_path

    window.undo_view = QUndoView(window.controller.undo_stack)
    window.undo_view.setEmptyLabel(_translate("MainWindow", "<opened>"))
    # The history marks the state last saved (or opened), so a PM sees how far to undo.
    window.undo_view.setCleanIcon(QIcon(str(resources_path("icons/saved.svg"))))
    dock = QDockWidget(_translate("MainWindow", "Undo History"), window)
    dock.setObjectName("undoHistoryDock")
    dock.setWidget(window.undo_view)
    dock.hide()
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.undo_dock = dock
    toggle = dock.toggleViewAction()
    toggle.setShortcut(QKeySequence("Ctrl+H"))
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(toggle)
    window.view_menu.addAction(toggle)
    window.action_undo_history = toggle


def build_status_bar(window: MainWindow) -> None:
    from pmdesk.ui.headline import SCHEDULE_RULE, HeadlineLabel

    window.status_label = QLabel()
    window.health_label = HeadlineLabel("scheduleHealth", SCHEDULE_RULE, hide_none=True)
    window.read_only_label = QLabel()
    window.read_only_label.setStyleSheet("color: #b26a00; font-weight: bold;")
    window.statusBar().addWidget(window.status_label, 1)
    window.statusBar().addPermanentWidget(window.health_label)
    window.statusBar().addPermanentWidget(window.read_only_label)



def long_date(moment) -> str:
    """A date as the window's language writes it ("Fri 12 Mar 2027", "Fr. 12. März 2027")."""
    from pmdesk.ui.i18n import date_text

    return date_text(moment)
