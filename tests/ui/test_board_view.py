"""The board view driven as a user drives it: drags, keys, quick-add, lanes and undo."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from plan_builders import make_plan
from pmdesk.core.board import LaneBy, build_board
from pmdesk.core.model import (
    Assignment,
    BoardColumn,
    Plan,
    Resource,
    Task,
)
from pmdesk.ui.board import BoardView, ColumnsDialog
from pmdesk.ui.board.canvas import hit_tooltip
from pmdesk.ui.controller import ProjectController

pytestmark = pytest.mark.xvfb


def board_plan() -> Plan:
    cols = [BoardColumn("backlog", "Backlog", 0), BoardColumn("ready", "Ready", 1),
            BoardColumn("doing", "In progress", 2, wip_limit=2),
            BoardColumn("done", "Done", 3, done=True)]
    start = datetime(2025, 3, 3, 8)
    tasks = [Task("ph", "Launch", position=0)]
    tasks += [Task(f"t{i}", f"Card {i}", parent_uid="ph", position=i, board_column_uid="backlog",
                   board_rank=float(i)) for i in range(1, 5)]
    tasks += [Task("w1", "Working one", parent_uid="ph", position=5, board_column_uid="doing",
                   board_rank=1.0, percent_complete=30, actual_start=start),
              Task("w2", "Working two", parent_uid="ph", position=6, board_column_uid="doing",
                   board_rank=2.0, percent_complete=50, actual_start=start)]
    return make_plan(
        tasks, name="Board test", start=start,
        resources=[Resource("ana", "Ana Lopez"), Resource("ben", "Ben Ode")],
        assignments=[Assignment("a1", "t1", "ana"), Assignment("a2", "t2", "ben")],
        board_columns=cols,
    )


def show_board(qtbot, plan: Plan) -> BoardView:
    v = BoardView(ProjectController(plan))
    qtbot.addWidget(v)
    v.setFixedSize(1200, 760)
    v.show()
    qtbot.waitExposed(v)
    return v


@pytest.fixture
def view(qtbot) -> BoardView:
    return show_board(qtbot, board_plan())


def task(view: BoardView, uid: str) -> Task:
    return view.controller.plan.task_index()[uid]


def centre(view: BoardView, uid: str) -> QPoint:
    rect = view.canvas.card_viewport_rect(uid)
    assert rect is not None, f"card {uid} is not on screen"
    return rect.center()


def column_point(view: BoardView, column_index: int, y: int) -> QPoint:
    return QPoint(int(view.canvas.header_rect(column_index).center().x()), y)


def drag(view: BoardView, start: QPoint, end: QPoint) -> None:
    vp = view.canvas.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    mid = (start + end) / 2
    QTest.mouseMove(vp, start + QPoint(12, 12))
    QTest.mouseMove(vp, mid)
    QTest.mouseMove(vp, end)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_drag_to_in_progress_starts_the_task_and_undo_puts_it_back(view: BoardView) -> None:
    before = task(view, "t1")
    drag(view, centre(view, "t1"), column_point(view, 1, 200))
    assert task(view, "t1").board_column_uid == "ready"
    assert task(view, "t1").actual_start is None  # Ready is not started
    view.controller.undo_stack.undo()
    assert task(view, "t1") == before
    assert view.controller.plan.status_changes == []


def test_drag_to_done_finishes_the_task_for_the_gantt_and_undo_reopens(view: BoardView) -> None:
    before = task(view, "w1")
    drag(view, centre(view, "w1"), column_point(view, 3, 200))
    done = task(view, "w1")
    assert (done.board_column_uid, done.percent_complete) == ("done", 100)
    # Done as scheduled: its actual start plus its one-day duration, never the clock.
    assert done.actual_start == before.actual_start
    assert done.actual_finish == datetime(2025, 3, 3, 17)
    # The Gantt view reads the schedule: the task now ends at its actual finish.
    assert view.controller.schedule.tasks["w1"].finish == done.actual_finish
    assert view.controller.undo_stack.count() == 1
    view.controller.undo_stack.undo()
    assert task(view, "w1") == before
    assert view.canvas.board.cards["w1"].column_uid == "doing"


def test_moving_back_out_of_done_reopens_the_task(view: BoardView) -> None:
    view.move_card("w1", "done")
    drag(view, centre(view, "w1"), column_point(view, 2, 200))
    reopened = task(view, "w1")
    assert (reopened.board_column_uid, reopened.percent_complete, reopened.actual_finish) == (
        "doing", 0, None)
    assert reopened.actual_start == datetime(2025, 3, 3, 8)


def test_a_full_column_warns_and_the_user_can_refuse(view: BoardView, monkeypatch) -> None:
    said: list[str] = []

    def refuse(parent, title, text, *args):
        said.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(refuse))
    drag(view, centre(view, "t2"), column_point(view, 2, 200))
    assert "In progress" in said[0] and "WIP limit of 2" in said[0] and "makes 3" in said[0]
    assert task(view, "t2").board_column_uid == "backlog"
    assert view.controller.undo_stack.count() == 0


def test_confirming_goes_over_the_limit_and_the_header_says_so(view: BoardView,
                                                                monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    drag(view, centre(view, "t2"), column_point(view, 2, 200))
    assert task(view, "t2").board_column_uid == "doing"
    doing = next(c for c in view.canvas.board.columns if c.uid == "doing")
    assert view.canvas.board.over_limit(doing)
    assert "over WIP limit: In progress" in view.count_label.text()
    canvas = view.canvas
    header = canvas.hit(canvas.header_rect(2).center())
    assert "over its limit" in hit_tooltip(canvas.board, canvas.looks, header)


def test_drag_within_a_column_reorders_and_the_order_persists(view: BoardView) -> None:
    top = view.canvas.card_viewport_rect("t1")
    drag(view, centre(view, "t4"), QPoint(top.center().x(), top.top() + 5))
    order = [c.uid for c in build_board(view.controller.plan).cell("", "backlog")]
    assert order == ["t4", "t1", "t2", "t3"]
    assert view.controller.plan.status_changes == []  # same column: no status change


def test_drag_between_assignee_lanes_reassigns(view: BoardView) -> None:
    view.set_lanes(LaneBy.ASSIGNEE)
    target = view.canvas.card_viewport_rect("t2")  # Ben's lane
    drag(view, centre(view, "t1"), QPoint(target.center().x(), target.bottom() + 12))
    owners = [a.resource_uid for a in view.controller.plan.assignments if a.task_uid == "t1"]
    assert owners == ["ben"]
    assert view.canvas.board.cards["t1"].lane == "ben"
    assert view.controller.undo_stack.undoText() == \
        "Move “Card 1” to Ben Ode (Ben Ode replaces Ana Lopez)"
    view.controller.undo_stack.undo()
    owners = [a.resource_uid for a in view.controller.plan.assignments if a.task_uid == "t1"]
    assert owners == ["ana"]


def test_dropping_in_a_lane_keeps_the_co_assignees(qtbot) -> None:
    plan = board_plan()
    plan.resources.append(Resource("cy", "Cy Park"))
    plan.assignments.append(Assignment("a3", "t1", "cy", 0.5))  # Ana leads, Cy helps
    v = show_board(qtbot, plan)
    controller = v.controller
    v.set_lanes(LaneBy.ASSIGNEE)
    assert v.canvas.board.cards["t1"].lane == "ana"
    target = v.canvas.card_viewport_rect("t2")  # Ben's lane
    drag(v, centre(v, "t1"), QPoint(target.center().x(), target.bottom() + 12))
    people = [(a.resource_uid, a.units) for a in plan.assignments if a.task_uid == "t1"]
    assert people == [("ben", 1.0), ("cy", 0.5)]
    assert v.canvas.board.cards["t1"].lane == "ben"
    assert "Ben Ode replaces Ana Lopez" in controller.undo_stack.undoText()


def test_a_drag_in_a_future_project_follows_the_plan_not_the_clock(qtbot) -> None:
    """The report: a project starting in a month, a card dragged to In progress today."""
    plan = board_plan()
    today = datetime.now().replace(second=0, microsecond=0)
    start = datetime.combine((today + timedelta(days=40)).date(), time(8))
    while start.weekday() >= 5:
        start += timedelta(days=1)
    plan.tasks[:] = [t for t in plan.tasks if t.actual_start is None]  # nothing started yet
    plan.project = dataclasses.replace(plan.project, start=start)
    v = show_board(qtbot, plan)
    controller = v.controller
    planned = controller.schedule.tasks["t1"]
    drag(v, centre(v, "t1"), column_point(v, 2, 200))
    t1 = controller.plan.task_index()["t1"]
    assert t1.board_column_uid == "doing"
    assert t1.actual_start == planned.start == start
    assert controller.schedule.project_start == start
    drag(v, centre(v, "t1"), column_point(v, 3, 200))
    t1 = controller.plan.task_index()["t1"]
    assert (t1.actual_start, t1.actual_finish) == (planned.start, planned.finish)
    assert t1.duration == 480
    assert controller.schedule.tasks["ph"].start == start
    assert controller.undo_stack.undoText() == "Move “Card 1” to Done"


def test_lanes_collapse_and_expand(view: BoardView, qtbot) -> None:
    view.set_lanes(LaneBy.ASSIGNEE)
    header = view.canvas.lane_header_rect("ana")
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=header.center())
    assert view.canvas.card_viewport_rect("t1") is None
    assert view.canvas.card_viewport_rect("t2") is not None
    view.action_expand_lanes.trigger()
    assert view.canvas.card_viewport_rect("t1") is not None


def test_keyboard_selects_moves_and_opens(view: BoardView, qtbot, monkeypatch) -> None:
    canvas = view.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected == "t1"
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.selected == "t2"
    qtbot.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert task(view, "t2").board_column_uid == "ready"
    assert canvas.selected == "t2"
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.selected in {"t1", "t3"}
    opened: list[str] = []
    from pmdesk.ui.dialogs import task_dialog

    monkeypatch.setattr(task_dialog.TaskDialog, "exec", lambda self: opened.append(self.task_uid))
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert opened == [canvas.selected]


def test_double_click_opens_the_shared_task_dialog(view: BoardView, qtbot, monkeypatch) -> None:
    from pmdesk.ui.dialogs import task_dialog

    opened: list[str] = []
    monkeypatch.setattr(task_dialog.TaskDialog, "exec", lambda self: opened.append(self.task_uid))
    qtbot.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=centre(view, "w2"))
    assert opened == ["w2"]


def test_quick_add_puts_a_new_card_at_the_end_of_the_column(view: BoardView, qtbot) -> None:
    plus = view.canvas.add_button_rect(1).center().toPoint()
    qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=plus)
    editor = view.canvas.editor
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor, "Pricing page copy")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    added = [t for t in view.controller.plan.tasks if t.name == "Pricing page copy"]
    assert len(added) == 1 and added[0].board_column_uid == "ready"
    assert view.canvas.selected == added[0].uid
    view.controller.undo_stack.undo()
    assert not any(t.name == "Pricing page copy" for t in view.controller.plan.tasks)


def test_filters_narrow_the_cards_shown(view: BoardView, qtbot) -> None:
    qtbot.keyClicks(view.search, "working")
    shown = {c.uid for cell in view.canvas.board.cells.values() for c in cell}
    assert shown == {"w1", "w2"}
    assert view.count_label.text().startswith("2 of 6")
    view.search.clear()
    view.set_assignee_filter("ana")
    assert {c.uid for cell in view.canvas.board.cells.values() for c in cell} == {"t1"}


def test_columns_dialog_adds_and_deletes_with_a_target(view: BoardView, qtbot) -> None:
    dialog = ColumnsDialog(view.controller, "doing", view)
    qtbot.addWidget(dialog)
    uid = dialog.add_column("Review")
    assert [c.name for c in view.canvas.board.columns] == [
        "Backlog", "Ready", "In progress", "Review", "Done"]
    dialog.limit.setValue(1)
    dialog._apply_fields()
    assert next(c for c in view.controller.plan.board_columns if c.uid == uid).wip_limit == 1
    dialog._fill("doing")
    dialog.target.setCurrentIndex(dialog.target.findData("backlog"))
    dialog.delete_current()
    assert "doing" not in {c.uid for c in view.controller.plan.board_columns}
    w1 = task(view, "w1")
    assert (w1.board_column_uid, w1.actual_start, w1.percent_complete) == ("backlog", None, 0)
    view.controller.undo_stack.undo()
    assert task(view, "w1").board_column_uid == "doing"


def test_flow_tab_shows_the_recorded_moves(view: BoardView) -> None:
    view.move_card("w1", "done")
    view.tabs.setCurrentIndex(1)
    assert "<b>1</b> cards finished" in view.flow.summary.text()
    assert view.flow.times.rowCount() == 1
    assert view.flow.times.item(0, 0).text() == "Working one"
    assert view.flow.ages.rowCount() == 1  # w2 is still in progress
