"""Actual start and finish typed in Task Information: checked, one undo step, in the plan."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from plan_builders import make_plan
from pmdesk.core.model import Task
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.dialogs.task_dialog import TaskDialog

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]

START = datetime(2027, 1, 11, 8)


@pytest.fixture
def controller() -> ProjectController:
    tasks = [Task("ph", "Build", position=0),
             Task("a", "Checkout", parent_uid="ph", position=0, duration=5 * 480)]
    return ProjectController(make_plan(tasks, start=START))


def open_dialog(qtbot, controller, show_active, uid: str = "a") -> TaskDialog:
    dialog = TaskDialog(controller, uid)
    qtbot.addWidget(dialog)
    show_active(dialog)
    return dialog


def click_ok(qtbot, dialog: TaskDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_typed_actual_dates_finish_the_task_in_one_undo_step(qtbot, controller, type_text,
                                                             show_active) -> None:
    dialog = open_dialog(qtbot, controller, show_active)
    type_text(dialog.actual_start_edit, "2027-01-12 08:00")
    type_text(dialog.actual_finish_edit, "2027-01-19")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    a = controller.plan.task_index()["a"]
    assert (a.actual_start, a.actual_finish, a.percent_complete) == (
        datetime(2027, 1, 12, 8), datetime(2027, 1, 19, 17), 100)
    dates = controller.schedule.tasks["a"]
    assert (dates.start, dates.finish) == (a.actual_start, a.actual_finish)
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.plan.task_index()["a"].actual_start is None


def test_clearing_the_actual_dates_takes_them_away(qtbot, controller, type_text,
                                                   show_active) -> None:
    dialog = open_dialog(qtbot, controller, show_active)
    type_text(dialog.actual_start_edit, "2027-01-12 08:00")
    click_ok(qtbot, dialog)
    assert controller.plan.task_index()["a"].actual_start == datetime(2027, 1, 12, 8)
    dialog = open_dialog(qtbot, controller, show_active)
    assert dialog.actual_start_edit.text() == "2027-01-12 08:00"
    type_text(dialog.actual_start_edit, "")
    qtbot.keyClick(dialog.actual_start_edit, Qt.Key.Key_Backspace)
    click_ok(qtbot, dialog)
    assert controller.plan.task_index()["a"].actual_start is None


@pytest.mark.parametrize("start, finish, message", [
    ("2027-01-04 08:00", "", "Actual start: 2027-01-04 08:00 is before the project start"),
    ("2027-01-14 08:00", "2027-01-13",
     "Actual finish: 2027-01-13 17:00 is before the actual start"),
    ("", "2027-01-13", "Actual finish: a finished task needs an actual start too"),
    ("in a bit", "", "Actual start: 'in a bit' is not a date"),
])
def test_impossible_actual_dates_are_refused_and_named(start, finish, message, qtbot,
                                                       controller, type_text,
                                                       show_active) -> None:
    before = controller.plan.task_index()["a"]
    dialog = open_dialog(qtbot, controller, show_active)
    if start:
        type_text(dialog.actual_start_edit, start)
    if finish:
        type_text(dialog.actual_finish_edit, finish)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith(message)
    assert dialog.tabs.currentIndex() == 0
    assert controller.plan.task_index()["a"] == before
    assert controller.undo_stack.count() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_summary_has_no_actual_dates_of_its_own(qtbot, controller, show_active) -> None:
    dialog = open_dialog(qtbot, controller, show_active, "ph")
    assert not dialog.actual_start_edit.isEnabled()
    assert not dialog.actual_finish_edit.isEnabled()
