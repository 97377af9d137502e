"""No key does two things: wherever the focus is in the main window, each shortcut reaches
one command. A key two commands share is ambiguous to Qt, which then runs neither."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from pmdesk.demo import build_demo_plan
from pmdesk.store.document import save_plan
from pmdesk.ui.main_window import MainWindow

_WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "launch.pmdesk"
    save_plan(build_demo_plan(date(2026, 11, 2)), path)
    w = MainWindow(persist=False)
    assert w.open_path(path)
    for key in w.view_actions:  # every view and its own actions
        w.ensure_view(key)
    yield w
    w.maybe_save = lambda: True
    w.close()
    w.deleteLater()


def _keys(action: QAction) -> list[str]:
    return [k.toString() for k in action.shortcuts() if not k.isEmpty()]


def _reachable(widget: QWidget, window_wide: list[QAction]) -> list[QAction]:
    """The actions whose shortcut fires while ``widget`` has the focus: the window's own,
    those of the widget, and those its ancestors give their children."""
    found = list(window_wide)
    holder: QWidget | None = widget
    while holder is not None:
        for action in holder.actions():
            context = action.shortcutContext()
            if context == Qt.ShortcutContext.WidgetWithChildrenShortcut or (
                    context == Qt.ShortcutContext.WidgetShortcut and holder is widget):
                found.append(action)
        holder = holder.parentWidget()
    return list(dict.fromkeys(found))


def clashes(window: MainWindow) -> dict[str, set[tuple[str, ...]]]:
    """Each key that reaches more than one action from some widget that can take the
    focus, with those actions' names."""
    window_wide = [a for a in window.findChildren(QAction)
                   if a.shortcutContext() in _WINDOW_WIDE and a.associatedObjects()]
    out: dict[str, set[tuple[str, ...]]] = {}
    for widget in [window, *window.findChildren(QWidget)]:
        if (isinstance(widget, (QMenu, QMenuBar))
                or widget.focusPolicy() == Qt.FocusPolicy.NoFocus and widget is not window):
            continue  # never holds the focus: its keys come from the window
        by_key: dict[str, list[str]] = {}
        for action in _reachable(widget, window_wide):
            for key in _keys(action):
                by_key.setdefault(key, []).append(action.text().replace("&", ""))
        for key, names in by_key.items():
            if len(names) > 1:
                out.setdefault(key, set()).add(tuple(sorted(names)))
    return out


def test_no_two_commands_share_a_key_anywhere_in_the_window(window) -> None:
    assert clashes(window) == {}


def test_the_check_sees_a_view_key_that_clashes_with_a_window_key(window) -> None:
    backlog = window.views["product"].backlog_table
    planted = QAction("Planted", backlog)
    planted.setShortcut("Ctrl+1")  # View ▸ Gantt
    planted.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    backlog.addAction(planted)
    assert clashes(window) == {"Ctrl+1": {("Gantt", "Planted")}}


def test_dashboard_and_unpin_have_their_own_keys(window) -> None:
    dashboard = window.view_actions["dashboard"].shortcut().toString()
    unpin = window.views["product"].backlog.action_unpin.shortcut().toString()
    assert (dashboard, unpin) == ("Ctrl+0", "Ctrl+Backspace")
