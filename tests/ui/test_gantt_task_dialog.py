"""Task Information: opened by double-click, OK is one undo step, bad input changes nothing."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from plan_builders import make_plan
from pmdesk.core.model import (
    ConstraintType,
    Dependency,
    LinkType,
    Plan,
    Resource,
    Task,
    WorkContour,
)
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.dialogs.task_dialog import TaskDialog
from pmdesk.ui.gantt.task_model import Column
from pmdesk.ui.gantt.view import GanttView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

START = datetime(2025, 3, 3, 8, 0)


def plan() -> Plan:
    tasks = [
        Task("a", "Sketch", position=0, duration=3 * 480),
        Task("b", "Review", position=1, duration=2 * 480),
        Task("c", "Build", position=2, duration=5 * 480),
    ]
    return make_plan(tasks, uid="dlg", name="Dialog", start=START,
                     dependencies=[Dependency("d1", "a", "b")],
                     resources=[Resource("r1", "Ana"), Resource("r2", "Ben")])


@pytest.fixture
def controller(qapp) -> ProjectController:
    return ProjectController(plan())


def ok(dialog: TaskDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_double_click_on_a_row_opens_task_information(qtbot, controller) -> None:
    view = GanttView(controller)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    qtbot.waitExposed(view)
    rect = view.table.visualRect(view.model.index_of("b", Column.NAME))
    # A double-click is a click and then a second press, as the window system sends it.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = view.task_dialog
    assert isinstance(dialog, TaskDialog)
    assert dialog.isVisible() and dialog.task_uid == "b"
    assert dialog.name_edit.text() == "Review"
    assert dialog.pred_table.item(0, 0).text() == "1"
    assert dialog.pred_table.item(0, 1).text() == "Sketch"
    dialog.reject()


def test_ok_applies_every_tab_as_one_undo_step(qtbot, controller) -> None:
    dialog = TaskDialog(controller, "c")
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Build app")
    dialog.duration_edit.setText("2w")
    dialog.percent_spin.setValue(30)
    dialog.add_predecessor_row(2, LinkType.SS, "+1d")
    dialog.add_resource_row("Ana", "50%")
    dialog.notes_edit.setPlainText("Mobile first.")
    dialog.constraint_combo.setCurrentIndex(dialog.constraint_combo.findData(ConstraintType.SNET))
    dialog.constraint_date.set_value(dialog.constraint_date.value() + timedelta(days=7))
    dialog.deadline_check.setChecked(True)
    ok(dialog)
    assert dialog.result() == TaskDialog.DialogCode.Accepted
    c = controller.plan.task_index()["c"]
    assert (c.name, c.duration, c.percent_complete, c.notes) == ("Build app", 4800, 30,
                                                                  "Mobile first.")
    assert c.constraint_type is ConstraintType.SNET and c.deadline is not None
    links = [(d.predecessor_uid, d.type, d.lag) for d in controller.plan.dependencies
             if d.successor_uid == "c"]
    assert links == [("b", LinkType.SS, 480)]
    assert [(a.resource_uid, a.units) for a in controller.plan.assignments] == [("r1", 0.5)]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.plan.task_index()["c"].name == "Build"
    assert not controller.plan.assignments
    assert [d.uid for d in controller.plan.dependencies] == ["d1"]


def test_bad_duration_is_named_and_nothing_changes(qtbot, controller) -> None:
    dialog = TaskDialog(controller, "c")
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(3)
    dialog.duration_edit.setText("five days")
    ok(dialog)
    assert dialog.result() != TaskDialog.DialogCode.Accepted
    assert dialog.tabs.currentIndex() == 0  # the General tab, where the mistake is
    assert "is not a duration" in dialog.error_label.text()
    assert controller.plan.task_index()["c"].duration == 5 * 480
    assert controller.undo_stack.count() == 0


def test_a_predecessor_loop_is_refused_naming_the_tasks(qtbot, controller) -> None:
    dialog = TaskDialog(controller, "a")
    qtbot.addWidget(dialog)
    told_the_window: list[str] = []
    controller.error.connect(told_the_window.append)
    dialog.add_predecessor_row(2)  # Review already waits on Sketch
    ok(dialog)
    assert dialog.result() != TaskDialog.DialogCode.Accepted
    assert "Sketch" in dialog.error_label.text() and "Review" in dialog.error_label.text()
    assert told_the_window == []  # the dialog says it; no second message elsewhere
    assert dialog.tabs.currentIndex() == 1
    assert len(controller.plan.dependencies) == 1


def test_removing_a_predecessor_and_typing_its_row_shows_the_name(qtbot, controller) -> None:
    dialog = TaskDialog(controller, "b")
    qtbot.addWidget(dialog)
    dialog.pred_table.item(0, 0).setText("3")
    assert dialog.pred_table.item(0, 1).text() == "Build"
    combo = dialog.pred_table.cellWidget(0, 2)
    assert isinstance(combo, QComboBox) and combo.currentText() == "Finish-to-Start (FS)"
    dialog.pred_table.selectRow(0)
    qtbot.mouseClick(dialog.pred_remove_button, Qt.MouseButton.LeftButton)
    assert dialog.pred_table.rowCount() == 0
    ok(dialog)
    assert not any(d.successor_uid == "b" for d in controller.plan.dependencies)


def test_three_point_estimate_in_the_dialog_and_the_table(qtbot) -> None:
    """Estimates for schedule risk are typed in the task dialog or the Estimate column;
    a wrong order is explained and changes nothing; each edit is one undo step."""
    from datetime import datetime

    from pmdesk.core.model import Plan, ProjectInfo, Task, new_uid
    from pmdesk.ui.controller import ProjectController
    from pmdesk.ui.dialogs.task_dialog import TaskDialog
    from pmdesk.ui.gantt.task_model import Column, TaskTableModel

    task = Task(new_uid(), "Build paywall", duration=5 * 480)
    plan = Plan(ProjectInfo(new_uid(), "P", datetime(2026, 1, 5, 8)), tasks=[task])
    controller = ProjectController(plan)
    dialog = TaskDialog(controller, task.uid)
    qtbot.addWidget(dialog)
    dialog.estimate_edit.setText("3d / 5d / 9d")
    dialog.accept()
    t = controller.plan.tasks[0]
    assert (t.optimistic, t.most_likely, t.pessimistic) == (3 * 480, 5 * 480, 9 * 480)

    bad = TaskDialog(controller, task.uid)
    qtbot.addWidget(bad)
    bad.estimate_edit.setText("9d / 5d / 3d")
    bad.accept()
    assert "optimistic <= most likely <= pessimistic" in bad.error_label.text()
    assert controller.plan.tasks[0].pessimistic == 9 * 480

    model = TaskTableModel(controller)
    index = model.index(0, Column.ESTIMATE)
    assert index.data() == "3d / 5d / 9d"
    assert model.setData(index, "4d / 5d / 12d")
    assert controller.plan.tasks[0].pessimistic == 12 * 480
    controller.undo_stack.undo()
    assert controller.plan.tasks[0].pessimistic == 9 * 480


def test_a_work_contour_picked_on_the_resources_tab_stretches_the_task(qtbot, controller) -> None:
    """Build (5 days) gets Ana at 100 %; she works it with a bell contour, picked from the
    list on the Resources tab: her 40 hours now take 10 days, as in MS Project. One undo
    step brings the five flat days back; reopening the dialog shows Bell."""
    dialog = TaskDialog(controller, "c")
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(2)
    dialog.add_resource_row("Ana")
    shapes = dialog.res_table.cellWidget(0, 2)
    assert isinstance(shapes, QComboBox) and shapes.currentText() == "Flat"
    assert [shapes.itemText(i) for i in range(shapes.count())] == [
        "Flat", "Back Loaded", "Front Loaded", "Double Peak", "Early Peak", "Late Peak",
        "Bell", "Turtle"]  # fmt: skip
    shapes.setFocus()
    while shapes.currentText() != "Bell":
        qtbot.keyClick(shapes, Qt.Key.Key_Down)
    ok(dialog)
    assert dialog.result() == TaskDialog.DialogCode.Accepted
    assert controller.plan.task_index()["c"].duration == 10 * 480
    [assignment] = controller.plan.assignments
    assert assignment.contour is WorkContour.BELL
    again = TaskDialog(controller, "c")
    qtbot.addWidget(again)
    assert again.res_table.cellWidget(0, 2).currentText() == "Bell"
    again.reject()
    controller.undo_stack.undo()
    assert controller.plan.task_index()["c"].duration == 5 * 480
    assert not controller.plan.assignments
