"""The Resources view driven as a user would: edit the sheet, see the load, level, undo."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from pmdesk.core.model import (
    Assignment,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    standard_calendar,
)
from pmdesk.core.schedule import schedule
from pmdesk.core.usage import usage
from pmdesk.demo import build_demo_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.resources import ResourceTableModel, ResourceView
from pmdesk.ui.resources.model import Column

MON = datetime(2025, 3, 3, 8)


def busy_plan() -> Plan:
    """Ann has two tasks at once in the first week; Bob is free."""
    cal = standard_calendar("cal")
    project = ProjectInfo(uid="p", name="Busy", start=MON, calendar_uid="cal")
    return Plan(project=project, calendars={"cal": cal},
                tasks=[Task("x", "Build", position=0, duration=5 * 480),
                       Task("y", "Test", position=1, duration=2 * 480),
                       Task("z", "Docs", position=2, duration=480)],
                resources=[Resource("ann", "Ann"), Resource("bob", "Bob")],
                assignments=[Assignment("a1", "x", "ann"), Assignment("a2", "y", "ann"),
                             Assignment("a3", "z", "bob")])


@pytest.fixture
def view(qtbot) -> ResourceView:
    v = ResourceView(ProjectController(busy_plan()))
    qtbot.addWidget(v)
    v.setMinimumSize(800, 500)
    v.resize(1400, 850)
    v.show()
    qtbot.waitExposed(v)
    return v


def cell(view: ResourceView, row: int, col: Column) -> str:
    return view.model.index(row, col).data()


def test_model_passes_the_model_tester(qtmodeltester) -> None:
    controller = ProjectController(build_demo_plan(date(2025, 3, 5)))
    model = ResourceTableModel(controller)
    qtmodeltester.check(model)
    assert model.rowCount() == 8


def test_sheet_shows_load_and_flags_the_over_allocated_resource(view) -> None:
    assert cell(view, 0, Column.NAME) == "Ann"
    assert cell(view, 0, Column.WORK) == "56h"
    assert cell(view, 0, Column.PEAK) == "200%"
    assert view.model.index(0, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert view.model.index(1, Column.NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Over-allocated" in view.periods.text()
    assert "1 of 2 work resources over-allocated" in view.summary.text()
    # The chart shows Ann's week with the overload above her 40 hours.
    [week] = view.chart.buckets
    assert week.start == date(2025, 3, 3) and week.over and week.load == 56 * 60


def test_typing_a_rate_and_a_bad_value(qtbot, view) -> None:
    controller = view.controller
    index = view.model.index(1, Column.STANDARD_RATE)
    view.table.setCurrentIndex(index)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "75")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop
    assert controller.plan.resources[1].standard_rate == 75
    assert cell(view, 1, Column.COST) == "€600.00"  # 8 h at 75
    errors = []
    controller.error.connect(errors.append)
    assert not view.model.setData(view.model.index(1, Column.MAX_UNITS), "lots")
    assert "Bob, max. units" in errors[0]
    controller.undo_stack.undo()
    assert controller.plan.resources[1].standard_rate == 0


def test_add_and_delete_resources_are_undoable(qtbot, view) -> None:
    controller = view.controller
    view.action_add_resource.trigger()
    assert [r.name for r in controller.plan.resources] == ["Ann", "Bob", "Resource 1"]
    editor = view.table.findChild(QLineEdit)  # the new name is ready to type
    assert editor is not None and editor.text() == "Resource 1"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    view.table.selectRow(0)
    view.action_delete_resource.trigger()
    assert [r.name for r in controller.plan.resources] == ["Bob", "Resource 1"]
    assert all(a.resource_uid != "ann" for a in controller.plan.assignments)
    controller.undo_stack.undo()
    assert {r.name for r in controller.plan.resources} == {"Ann", "Bob", "Resource 1"}
    assert len(controller.plan.assignments) == 3


def test_level_is_one_undo_step_and_clear_leveling_removes_the_delays(qtbot, view) -> None:
    controller = view.controller
    steps = controller.undo_stack.count()
    qtbot.mouseClick(view.toolbar.widgetForAction(view.action_level), Qt.MouseButton.LeftButton)
    assert controller.undo_stack.count() == steps + 1
    assert controller.undo_stack.undoText() == "Level resources"
    assert usage(controller.plan, schedule(controller.plan)).overallocated() == []
    assert controller.plan.task_index()["y"].leveling_delay == 5 * 480
    assert "No resource is over-allocated" in view.summary.text()
    assert "Delayed 1 tasks" in view.message.text()
    assert view.action_clear_leveling.isEnabled()

    view.action_clear_leveling.trigger()
    assert all(t.leveling_delay == 0 for t in controller.plan.tasks)
    controller.undo_stack.undo()  # clear undone: the delay is back
    assert controller.plan.task_index()["y"].leveling_delay == 5 * 480
    controller.undo_stack.undo()  # leveling undone in one step
    assert all(t.leveling_delay == 0 for t in controller.plan.tasks)
    assert usage(controller.plan, controller.schedule).overallocated() == ["ann"]


def test_day_and_week_periods(qtbot, view) -> None:
    view.period.setCurrentIndex(view.period.findData("day"))
    days = {b.start: b for b in view.chart.buckets}
    assert days[date(2025, 3, 3)].load == 960 and days[date(2025, 3, 5)].load == 480
    assert not days[date(2025, 3, 5)].over


def test_gantt_flags_over_allocated_tasks_and_shows_the_leveling_delay(qtbot) -> None:
    from pmdesk.ui.gantt.task_model import Column as TaskColumn
    from pmdesk.ui.gantt.view import GanttView

    controller = ProjectController(busy_plan())
    gantt = GanttView(controller)
    qtbot.addWidget(gantt)
    model = gantt.model
    qtbot.waitUntil(lambda: model.overallocated == {"x", "y"})
    assert model.index_of("x", TaskColumn.INDICATORS).data() == "\u26a0"
    assert model.index_of("z", TaskColumn.INDICATORS).data() == ""
    assert not gantt.table.header().isSectionHidden(TaskColumn.INDICATORS)
    resources = ResourceView(controller)
    qtbot.addWidget(resources)
    resources.level()
    qtbot.waitUntil(lambda: not model.overallocated)
    assert model.index_of("y", TaskColumn.LEVELING_DELAY).data() == "5d"
