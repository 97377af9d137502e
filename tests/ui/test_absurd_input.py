"""Values typed in the window that would overflow the engine or make a file unreadable are
refused with a message: the plan stays as it was and no undo step appears."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from cell_editing import edit_current_cell
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from plan_builders import make_plan
from pmdesk.core.model import Plan, Resource, Task
from pmdesk.core.patch import Patch
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.dialogs.task_dialog import TaskDialog
from pmdesk.ui.gantt.task_model import Column
from pmdesk.ui.gantt.view import GanttView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

START = datetime(2025, 3, 3, 8, 0)


def plan() -> Plan:
    tasks = [Task("a", "Sketch", position=0, duration=3 * 480),
             Task("b", "Build", position=1, duration=5 * 480)]
    return make_plan(tasks, start=START, resources=[Resource("r1", "Ana")])


@pytest.fixture
def view(qtbot) -> GanttView:
    v = GanttView(ProjectController(plan()))
    v.chart.today = None
    qtbot.addWidget(v)
    v.resize(1400, 500)
    v.show()
    qtbot.waitExposed(v)
    v.chart.scroll_to(START - timedelta(days=1))
    return v


def type_into(qtbot, view: GanttView, uid: str, column: Column, text: str) -> None:
    """Select a cell, press F2, type ``text`` and press Enter, as a user does (under a real
    window manager, focus arrives a moment after the key)."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.select_tasks([uid])
    view.table.selectionModel().setCurrentIndex(
        view.model.index_of(uid, column), QItemSelectionModel.SelectionFlag.NoUpdate)
    view.table.setFocus()
    edit_current_cell(qtbot, view.table, text)


@pytest.mark.xvfb
@pytest.mark.parametrize(
    ("column", "text", "said"),
    [
        (Column.DURATION, "99999999999999999999999d", "is too long: a duration is at most"),
        (Column.DURATION, "30000w", "is too long"),
        (Column.FINISH, "9999-12-31", "'9999-12-31' is out of range: use a date between 1900"),
        (Column.START, "0001-01-01", "is out of range"),
        (Column.COMPLETE, "1e309", "'1e309' is out of range: use 0 to 100"),
        (Column.COMPLETE, "inf", "'inf' is out of range: use 0 to 100"),
        (Column.COMPLETE, "nan", "'nan' is out of range: use 0 to 100"),
        (Column.RESOURCES, "Ana[1e308%]", "units are at most 60,000%"),
        (Column.RESOURCES, "Ana[inf%]", "is not an amount such as 50% or 0.5"),
        (Column.PREDECESSORS, "1FS+99999999999999d", "is not a lag"),
        (Column.PREDECESSORS, "1FS+999999%", "is out of range: a lag in percent"),
    ],
)
def test_an_overflowing_value_is_refused_under_the_cell(
    qtbot, view: GanttView, column: Column, text: str, said: str
) -> None:
    before = (list(view.controller.plan.tasks), list(view.controller.plan.assignments),
              list(view.controller.plan.dependencies))
    type_into(qtbot, view, "b", column, text)
    assert view.delegate.bubble.isVisible()
    assert said in view.delegate.bubble.text()
    after = (list(view.controller.plan.tasks), list(view.controller.plan.assignments),
             list(view.controller.plan.dependencies))
    assert after == before
    assert view.controller.undo_stack.count() == 0
    qtbot.keyClick(QApplication.focusWidget() or view.table, Qt.Key.Key_Escape)


def test_the_task_dialog_refuses_a_duration_that_overflows(qtbot, view: GanttView) -> None:
    dialog = TaskDialog(view.controller, "b")
    qtbot.addWidget(dialog)
    dialog.duration_edit.setText("99999999999999999999999d")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "too long" in dialog.error_label.text()
    assert view.controller.plan.task_index()["b"].duration == 5 * 480
    assert view.controller.undo_stack.count() == 0
    dialog.reject()


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda p: Patch(tasks=(dataclasses.replace(p.tasks[0], percent_complete=1000),)),
         "task 'Sketch': percent complete is 1000, outside 0 to 100 %"),
        (lambda p: Patch(tasks=(dataclasses.replace(p.tasks[0], duration=10**12),)),
         "task 'Sketch': duration is 1000000000000, outside 0 to 10,000,000 minutes"),
        (lambda p: Patch(tasks=(dataclasses.replace(p.tasks[0],
                                                    fixed_cost=Decimal("Infinity")),)),
         "task 'Sketch': fixed cost is Infinity, not a finite amount"),
        (lambda p: Patch(project=dataclasses.replace(p.project, minutes_per_day=0)),
         "project 'Launch': minutes per day is 0, outside 1 to 1,440 minutes"),
        (lambda p: Patch(tasks=(dataclasses.replace(
            p.tasks[0], constraint_date=datetime(9999, 12, 31)),)),
         "task 'Sketch': constraint date is 9999-12-31 00:00:00, outside 1900-01-01 to "
         "2199-12-31"),
    ],
)
def test_any_edit_with_an_absurd_value_is_refused_by_the_controller(qtbot, change,
                                                                   said: str) -> None:
    controller = ProjectController(plan())
    messages: list[str] = []
    controller.error.connect(messages.append)
    before = list(controller.plan.tasks), controller.plan.project
    result = controller.edit("Absurd", change(controller.plan))
    assert not result.made
    assert result.reason == f"The change was not made: {said}."
    assert messages == [result.reason]  # shown by the window, as the caller left it to it
    assert (list(controller.plan.tasks), controller.plan.project) == before
    assert controller.undo_stack.count() == 0
