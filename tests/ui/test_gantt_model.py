"""The task sheet's item model: a well-behaved Qt model that follows every edit in place."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt

from plan_builders import make_plan
from pmdesk.core.model import (
    Dependency,
    LinkType,
    Plan,
    Task,
)
from pmdesk.core.patch import Patch
from pmdesk.demo import build_demo_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.gantt.task_model import Column, TaskTableModel

START = datetime(2025, 3, 3, 8, 0)


def small_plan() -> Plan:
    tasks = [
        Task("s", "Design", position=0),
        Task("a", "Sketch", parent_uid="s", position=0, duration=3 * 480),
        Task("b", "Review", parent_uid="s", position=1, duration=2 * 480),
        Task("c", "Build", position=1, duration=5 * 480),
        Task("m", "Ship", position=2, duration=0, milestone=True),
    ]
    deps = [
        Dependency("d1", "a", "b"),
        Dependency("d2", "s", "c", LinkType.FS, lag=480),
        Dependency("d3", "c", "m"),
    ]
    return make_plan(tasks, name="Small", start=START, dependencies=deps)


@pytest.fixture
def controller(qapp) -> ProjectController:
    return ProjectController(small_plan())


def cell(model: TaskTableModel, uid: str, col: Column) -> str:
    return model.index_of(uid, col).data()


def test_demo_plan_model_passes_the_model_tester(qtmodeltester) -> None:
    controller = ProjectController(build_demo_plan(date(2026, 11, 2)))
    model = TaskTableModel(controller)
    qtmodeltester.check(model)
    assert model.rowCount() == len([t for t in controller.plan.tasks if t.parent_uid is None])


def test_model_stays_consistent_through_outline_edits_and_undo(controller, qtmodeltester) -> None:
    model = TaskTableModel(controller)
    qtmodeltester.check(model)
    plan = controller.plan
    tasks = plan.task_index()
    # Unlink, move "Ship" under "Design", insert a task, delete "Sketch"; then undo it all.
    assert controller.edit("Unlink", Patch(dependencies_removed=("d2",)))
    assert controller.edit("Move", Patch(tasks=(replace(tasks["m"], parent_uid="s", position=2),)))
    assert controller.edit("Insert", Patch(tasks=(Task("n", "New", position=1),
                                                  replace(tasks["c"], position=2))))
    assert controller.edit("Delete", Patch(tasks_removed=("a",)))
    assert [model.index(r, Column.NAME).data() for r in range(model.rowCount())] == [
        "Design", "New", "Build"]
    design = model.index_of("s")
    assert [model.index(r, Column.NAME, design).data() for r in range(model.rowCount(design))] == [
        "Review", "Ship"]
    for _ in range(4):
        controller.undo_stack.undo()
    assert [model.index(r, Column.NAME).data() for r in range(model.rowCount())] == [
        "Design", "Build", "Ship"]
    assert model.rowCount(model.index_of("s")) == 2
    qtmodeltester.check(model)


def test_sheet_shows_ms_project_columns(controller) -> None:
    model = TaskTableModel(controller)
    assert cell(model, "s", Column.ID) == "1"
    assert cell(model, "b", Column.WBS) == "1.2"
    assert cell(model, "a", Column.DURATION) == "3d"
    assert cell(model, "a", Column.START) == "Mon 03 Mar 2025"
    assert cell(model, "b", Column.FINISH) == "Fri 07 Mar 2025"
    assert cell(model, "s", Column.DURATION) == "5d"  # rolled up from Sketch + Review
    assert cell(model, "b", Column.PREDECESSORS) == "2"
    assert cell(model, "c", Column.PREDECESSORS) == "1FS+1d"
    assert cell(model, "m", Column.DURATION) == "0d"
    assert model.index_of("s", Column.NAME).data(Qt.ItemDataRole.FontRole).bold()
    assert model.headerData(Column.SLACK, Qt.Orientation.Horizontal) == "Total Slack"


def test_a_field_edit_updates_in_place_without_reset(controller, qtbot) -> None:
    model = TaskTableModel(controller)
    resets: list[bool] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        assert model.setData(model.index_of("a", Column.DURATION), "2w")
    assert cell(model, "a", Column.DURATION) == "2w"
    assert cell(model, "b", Column.START) == "Mon 17 Mar 2025"
    assert controller.plan.task_index()["a"].duration == 10 * 480
    assert not resets


def test_inserting_a_task_is_a_row_insert_not_a_reset(controller, qtbot) -> None:
    model = TaskTableModel(controller)
    resets: list[bool] = []
    model.modelAboutToBeReset.connect(lambda: resets.append(True))
    design = model.index_of("s")
    with qtbot.waitSignal(model.rowsInserted, timeout=1000) as blocker:
        controller.edit("Insert", Patch(tasks=(Task("n", "New", parent_uid="s", position=1),
                                               replace(controller.plan.task_index()["b"],
                                                       position=2))))
    parent, first, last = blocker.args
    assert (model.uid(parent), first, last) == ("s", 1, 1)
    assert model.rowCount(design) == 3
    assert cell(model, "b", Column.ID) == "4"  # row numbers follow the outline
    assert not resets


@pytest.mark.parametrize(
    ("column", "text", "message"),
    [
        (Column.DURATION, "5x", "'5x' is not a duration"),
        (Column.DURATION, "-2d", "negative"),
        (Column.PREDECESSORS, "9", "no task in row 9"),
        (Column.PREDECESSORS, "2XX", "'2XX' is not a predecessor"),
        (Column.RESOURCES, "Zed", "'Zed' is not a resource"),
        (Column.COMPLETE, "140", "out of range"),
        (Column.START, "31/02/2025", "is not a date"),
        (Column.NAME, "  ", "needs a name"),
    ],
)
def test_bad_entries_are_named_and_change_nothing(controller, column, text, message) -> None:
    model = TaskTableModel(controller)
    before = list(controller.plan.tasks), list(controller.plan.dependencies)
    with pytest.raises(ValueError, match=message):
        model.patch_for("b", column, text)
    assert not model.setData(model.index_of("b", column), text)
    assert (list(controller.plan.tasks), list(controller.plan.dependencies)) == before
    assert controller.undo_stack.count() == 0


def test_a_predecessor_that_closes_a_loop_names_the_tasks(controller) -> None:
    model = TaskTableModel(controller)
    with pytest.raises(ValueError, match="Review → Sketch|Sketch → Review"):
        model.patch_for("a", Column.PREDECESSORS, "3")


def test_typed_predecessors_with_types_and_lags_become_links(controller) -> None:
    model = TaskTableModel(controller)
    assert model.setData(model.index_of("m", Column.PREDECESSORS), "4, 2SS+2d, 3FF+50%")
    links = {(d.predecessor_uid, d.type, d.lag, d.lag_percent)
             for d in controller.plan.dependencies if d.successor_uid == "m"}
    assert links == {("c", LinkType.FS, 0, None), ("a", LinkType.SS, 960, None),
                     ("b", LinkType.FF, 0, 50)}
    assert cell(model, "m", Column.PREDECESSORS) == "2SS+2d, 3FF+50%, 4"
    controller.undo_stack.undo()
    assert cell(model, "m", Column.PREDECESSORS) == "4"


def test_zero_duration_makes_a_milestone_and_start_sets_a_constraint(controller) -> None:
    model = TaskTableModel(controller)
    assert model.setData(model.index_of("c", Column.DURATION), "0")
    assert controller.plan.task_index()["c"].milestone
    assert model.setData(model.index_of("a", Column.START), "2025-03-05")
    a = controller.plan.task_index()["a"]
    assert a.constraint_type.value == "SNET"
    assert a.constraint_date == datetime(2025, 3, 5, 8, 0)
    assert cell(model, "a", Column.START) == "Wed 05 Mar 2025"


def test_summary_rolls_up_progress_and_cost(controller) -> None:
    model = TaskTableModel(controller)
    assert model.setData(model.index_of("a", Column.COMPLETE), "100")
    # 3 of the summary's 5 working days are done.
    assert cell(model, "s", Column.COMPLETE) == "60%"
    flags = model.flags(model.index_of("s", Column.DURATION))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert model.index(0, 0, QModelIndex()).isValid()
