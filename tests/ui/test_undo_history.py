"""Undo as a PM meets it: steady toolbar buttons, entries that name the task, the saved
point marked in the history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cell_editing import edit_current_cell
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmdesk.demo import build_demo_plan
from pmdesk.store.document import save_plan
from pmdesk.ui.gantt.task_model import Column
from pmdesk.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]


@pytest.fixture
def window(qtbot, tmp_path: Path, show_active) -> MainWindow:
    path = tmp_path / "launch.pmdesk"
    save_plan(build_demo_plan(date(2026, 12, 4)), path)
    w = MainWindow()
    assert w.open_path(path, interactive=False)
    w.show_view("gantt")  # the demo has a product, so it opens on the Dashboard
    show_active(w)
    yield w
    w.maybe_save = lambda: True
    w.close()
    w.deleteLater()


def rename(qtbot, window: MainWindow, uid: str, name: str) -> None:
    gantt = window.views["gantt"]
    gantt.select_tasks([uid], uid)
    gantt.table.setFocus()
    edit_current_cell(qtbot, gantt.table, name)


def test_toolbar_undo_keeps_its_label_and_tells_the_rest_in_its_tooltip(qtbot, window) -> None:
    bar = window.toolbar
    undo_button = bar.widgetForAction(window.toolbar_undo)
    gantt_button = bar.widgetForAction(window.view_actions["gantt"])
    where = gantt_button.geometry()
    assert not undo_button.isEnabled()
    first = window.controller.plan.tasks[1]
    rename(qtbot, window, first.uid, "Kick-off with the whole team and the sponsors")
    assert undo_button.isEnabled() and undo_button.text() == "Undo"
    expected = f"Undo Rename “{first.name}” to “Kick-off with the whole team and the sponsors”"
    assert window.toolbar_undo.toolTip().startswith(expected)
    assert gantt_button.geometry() == where  # the view buttons did not jump
    qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)
    assert window.controller.plan.tasks[1].name == first.name
    assert window.toolbar_redo.toolTip().startswith("Redo Rename")
    assert window.toolbar_undo.toolTip() == "Nothing to undo"


def test_history_entries_name_the_task(qtbot, window) -> None:
    gantt = window.views["gantt"]
    leaf = next(t for t in window.controller.plan.tasks
                if not window.controller.is_summary(t.uid) and not t.milestone)
    gantt.select_tasks([leaf.uid], leaf.uid)
    gantt.table.setCurrentIndex(gantt.model.index_of(leaf.uid, Column.DURATION))
    gantt.table.setFocus()
    qtbot.keyClicks(gantt.table, "3")
    qtbot.keyClicks(QApplication.focusWidget(), "d")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    gantt.table.setFocus()
    qtbot.keyClick(gantt.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    stack = window.controller.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        f"Change duration of “{leaf.name}”", f"Move down “{leaf.name}”"]


def test_the_saved_point_is_marked_in_the_history(qtbot, window) -> None:
    stack = window.controller.undo_stack
    tasks = window.controller.plan.tasks
    rename(qtbot, window, tasks[1].uid, "Kick-off")
    rename(qtbot, window, tasks[2].uid, "Interviews")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stack.isClean() and stack.cleanIndex() == 2
    rename(qtbot, window, tasks[3].uid, "Survey")
    window.action_undo_history.trigger()
    model = window.undo_view.model()
    marked = [row for row in range(model.rowCount())
              if model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None]
    assert marked == [2]  # the row after the second edit: the state on disk
