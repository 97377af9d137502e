"""The Gantt view driven as a PM drives it: typing in cells, keys, mouse drags, undo.

Each test checks the plan (what was saved) and what is drawn (the chart's rows and bars).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from cell_editing import edit_current_cell
from PySide6.QtCore import QItemSelectionModel, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from plan_builders import sheet_plan
from pmdesk.core.model import (
    ConstraintType,
    LinkType,
    Plan,
    ProjectInfo,
    Task,
)
from pmdesk.render.gantt import BarKind
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.gantt.task_model import Column
from pmdesk.ui.gantt.view import GanttView

# The offscreen platform used for tests cannot resize native windows and says so.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

START = datetime(2025, 3, 3, 8, 0)  # a Monday
DAY = 480


def plan() -> Plan:
    return sheet_plan(uid="proj-1", start=START)


@pytest.fixture
def view(qtbot) -> GanttView:
    controller = ProjectController(plan())
    v = GanttView(controller)
    v.chart.today = None
    qtbot.addWidget(v)
    v.resize(1400, 600)
    v.show()
    qtbot.waitExposed(v)
    # Active, as the window a user types into: under a real window manager keys and
    # cell editors go to the active window only.
    v.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is v)
    v.chart.set_zoom(32.0)
    v.chart.scroll_to(START - timedelta(days=1))
    return v


def tasks(view: GanttView) -> dict[str, Task]:
    return view.controller.plan.task_index()


def names(view: GanttView) -> list[str]:
    return [t.name for t in view.controller.plan.tasks]


def select(view: GanttView, uid: str, column: Column = Column.NAME) -> None:
    """Make ``uid`` the only selected row, with the cursor in ``column``."""
    view.select_tasks([uid])
    view.table.selectionModel().setCurrentIndex(
        view.model.index_of(uid, column), QItemSelectionModel.SelectionFlag.NoUpdate)
    view.table.setFocus()


def type_into(qtbot, view: GanttView, uid: str, column: Column, text: str) -> None:
    """Select a cell, press F2, replace its text and press Enter."""
    select(view, uid, column)
    edit_current_cell(qtbot, view.table, text)


def chart_row(view: GanttView, uid: str) -> int:
    row = view.source.row_of(uid)
    assert row is not None
    return row


def bar_point(view: GanttView, uid: str, where: float = 0.5) -> QPoint:
    """A point on a task's bar, ``where`` of the way along it, in chart viewport pixels."""
    rect = view.chart.bar_rect_in_viewport(chart_row(view, uid))
    assert rect is not None
    return QPointF(rect.left() + rect.width() * where, rect.center().y()).toPoint()


def drag(qtbot, widget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        qtbot.mouseMove(widget, p)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


# -- typing in cells ------------------------------------------------------------------------


def test_typing_a_duration_reschedules_and_redraws(qtbot, view) -> None:
    old_width = view.chart.bar_rect_in_viewport(chart_row(view, "c")).width()
    type_into(qtbot, view, "c", Column.DURATION, "2w")
    assert tasks(view)["c"].duration == 10 * DAY
    assert view.model.index_of("d", Column.START).data() == "Mon 17 Mar 2025"
    new_width = view.chart.bar_rect_in_viewport(chart_row(view, "c")).width()
    assert new_width == pytest.approx(old_width * 2 + 2 * view.chart.px_per_day * 1, rel=0.15)
    view.controller.undo_stack.undo()
    assert tasks(view)["c"].duration == 5 * DAY


def test_a_bad_entry_says_what_is_wrong_under_the_cell_and_changes_nothing(qtbot, view) -> None:
    before = list(view.controller.plan.tasks)
    type_into(qtbot, view, "c", Column.DURATION, "5x")
    bubble = view.delegate.bubble
    assert bubble.isVisible()
    assert "'5x' is not a duration" in bubble.text()
    editor = QApplication.focusWidget()
    assert editor.text() == "5x"  # still editing, nothing lost
    cell = view.table.visualRect(view.model.index_of("c", Column.DURATION))
    assert bubble.geometry().top() >= cell.bottom() - 1
    assert view.controller.plan.tasks == before
    assert view.controller.undo_stack.count() == 0
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not bubble.isVisible()


def test_typed_predecessor_loop_is_refused_with_the_task_names(qtbot, view) -> None:
    type_into(qtbot, view, "c", Column.PREDECESSORS, "7")  # 7 is Ship, which waits on Build
    assert "Build" in view.delegate.bubble.text() and "Ship" in view.delegate.bubble.text()
    assert not any(d.successor_uid == "c" for d in view.controller.plan.dependencies)


def test_typed_predecessors_and_resources_draw_links_and_labels(qtbot, view) -> None:
    type_into(qtbot, view, "d", Column.PREDECESSORS, "2SS+1d, 4")
    incoming = {(d.predecessor_uid, d.type) for d in view.controller.plan.dependencies
                if d.successor_uid == "d"}
    assert incoming == {("a", LinkType.SS), ("c", LinkType.FS)}
    drawn = {(view.source.rows[link.predecessor_row], link.type)
             for link in view.source.links(0, view.source.row_count())
             if view.source.rows[link.successor_row] == "d"}
    assert drawn == incoming
    type_into(qtbot, view, "d", Column.RESOURCES, "as[50%], ben")
    assert view.source.bar(chart_row(view, "d")).label == "Ana Silva[50%], Ben"


# -- keys -----------------------------------------------------------------------------------


def test_enter_adds_a_task_below_ready_to_name(qtbot, view) -> None:
    select(view, "c")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Write docs")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert names(view) == ["Design", "Sketch", "Review", "Build", "Write docs", "Test", "Docs",
                           "Ship"]
    assert view.source.bar(chart_row(view, view.current_uid())).name == "Write docs"


ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def test_alt_shift_right_indents_into_a_summary_and_alt_shift_left_outdents(qtbot, view) -> None:
    select(view, "e")
    qtbot.keyClick(view.table, Qt.Key.Key_Right, ALT_SHIFT)
    assert tasks(view)["e"].parent_uid == "d"
    assert view.source.bar(chart_row(view, "d")).kind is BarKind.SUMMARY
    assert view.table.isExpanded(view.model.index_of("d"))
    assert view.model.index_of("e", Column.WBS).data() == "3.1"
    qtbot.keyClick(view.table, Qt.Key.Key_Left, ALT_SHIFT)
    assert tasks(view)["e"].parent_uid is None
    assert names(view) == ["Design", "Sketch", "Review", "Build", "Test", "Docs", "Ship"]
    assert view.source.bar(chart_row(view, "d")).kind is BarKind.TASK


def test_indenting_a_task_under_its_own_link_is_refused(qtbot, view) -> None:
    select(view, "d")  # Build -> Test: Test cannot become a subtask of Build
    qtbot.keyClick(view.table, Qt.Key.Key_Right, ALT_SHIFT)
    assert tasks(view)["d"].parent_uid is None
    assert "cycle" in view.message.text() and "Build" in view.message.text()


def test_insert_delete_and_undo_bring_back_links(qtbot, view) -> None:
    select(view, "d")
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert names(view)[4] == "New task"
    select(view, "d")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "d" not in tasks(view)
    assert not any("d" in (x.predecessor_uid, x.successor_uid)
                   for x in view.controller.plan.dependencies)
    view.controller.undo_stack.undo()
    assert "d" in tasks(view)
    assert {x.uid for x in view.controller.plan.dependencies} >= {"d2", "d3"}
    assert view.source.row_count() == 8


def test_deleting_a_summary_takes_its_subtasks(qtbot, view) -> None:
    select(view, "s")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert names(view) == ["Build", "Test", "Docs", "Ship"]
    assert view.source.row_count() == 4


def test_alt_arrows_move_a_task_among_its_siblings(qtbot, view) -> None:
    select(view, "m")
    qtbot.keyClick(view.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert names(view)[-2:] == ["Ship", "Docs"]
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert names(view)[-2:] == ["Docs", "Ship"]
    assert view.current_uid() == "m"


def test_copy_and_paste_rows_with_their_links(qtbot, view) -> None:
    view.select_tasks(["c", "d"])
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "Build" in QApplication.clipboard().text()
    select(view, "m")
    qtbot.keyClick(view.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert names(view)[-3:] == ["Ship", "Build", "Test"]
    assert len(names(view)) == 9
    new_c, new_d = [t.uid for t in view.controller.plan.tasks[-2:]]
    assert any(x.predecessor_uid == new_c and x.successor_uid == new_d
               for x in view.controller.plan.dependencies)
    assert any(a.task_uid == new_c for a in view.controller.plan.assignments)
    assert view.controller.undo_stack.count() == 1


def test_cut_and_paste_moves_rows_keeping_outside_links(qtbot, view) -> None:
    select(view, "d")
    qtbot.keyClick(view.table, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert "d" not in tasks(view)
    select(view, "m")
    qtbot.keyClick(view.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert names(view)[-2:] == ["Ship", "Test"]
    pairs = {(x.predecessor_uid, x.successor_uid) for x in view.controller.plan.dependencies}
    assert {("c", "d"), ("d", "m")} <= pairs


def test_pasting_spreadsheet_lines_makes_tasks(qtbot, view) -> None:
    QApplication.clipboard().setText("Plan beta\t3d\nRun beta\t2w\n")
    select(view, "m")
    qtbot.keyClick(view.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = view.controller.plan.tasks[-2:]
    assert [(t.name, t.duration) for t in pasted] == [("Plan beta", 3 * DAY),
                                                      ("Run beta", 10 * DAY)]


def test_collapsing_a_summary_hides_its_rows_in_both_halves(qtbot, view) -> None:
    assert view.source.row_count() == 7
    view.table.collapse(view.model.index_of("s"))
    assert view.source.row_count() == 5
    assert view.source.rows[1] == "c"
    view.action_collapse_all.trigger()
    view.action_expand_all.trigger()
    assert view.source.row_count() == 7


def test_find_selects_and_reveals_a_task(qtbot, view) -> None:
    view.table.collapse(view.model.index_of("s"))
    assert view.find_task("review")
    assert view.current_uid() == "b"
    assert view.source.row_of("b") is not None
    assert not view.find_task("no such task")
    assert "no such task" in view.message.text()


# -- rows, scrolling and selection in sync ---------------------------------------------------


def test_rows_line_up_between_sheet_and_chart(qtbot, view) -> None:
    header = view.table.header().height()
    assert header == view.chart.header_height()
    for uid in ("s", "b", "m"):
        cell = view.table.visualRect(view.model.index_of(uid, Column.NAME))
        bar = view.chart.bar_rect_in_viewport(chart_row(view, uid))
        row_top = (
            chart_row(view, uid) * view.chart.row_height - view.chart.verticalScrollBar().value()
        )
        assert cell.top() == row_top
        assert cell.height() == view.chart.row_height
        assert cell.top() <= bar.center().y() <= cell.bottom()


def test_scrolling_either_side_scrolls_the_other(qtbot) -> None:
    big = plan()
    big.tasks.extend(Task(f"t{i}", f"Task {i}", position=10 + i) for i in range(200))
    v = GanttView(ProjectController(big))
    qtbot.addWidget(v)
    v.resize(1000, 400)
    v.show()
    qtbot.waitExposed(v)
    v.table.verticalScrollBar().setValue(500)
    assert v.chart.verticalScrollBar().value() == 500
    event = QWheelEvent(QPointF(50, 50), QPointF(50, 50), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(v.chart.viewport(), event)
    assert v.table.verticalScrollBar().value() > 500
    assert v.table.verticalScrollBar().value() == v.chart.verticalScrollBar().value()


def test_selection_follows_in_both_directions(qtbot, view) -> None:
    qtbot.mouseClick(view.chart.viewport(), Qt.MouseButton.LeftButton, pos=bar_point(view, "c"))
    assert view.current_uid() == "c"
    assert view.selected_task_uids() == ["c"]
    view.select_tasks(["a", "m"])
    assert view.chart.selected_rows == {chart_row(view, "a"), chart_row(view, "m")}


# -- dragging bars --------------------------------------------------------------------------


def test_dragging_a_bar_moves_it_with_a_start_no_earlier_than(qtbot, view) -> None:
    p = bar_point(view, "c")
    drag(qtbot, view.chart.viewport(), p, p + QPoint(int(3 * view.chart.px_per_day), 0))
    c = tasks(view)["c"]
    assert c.constraint_type is ConstraintType.SNET
    assert c.constraint_date == datetime(2025, 3, 6, 8, 0)
    assert view.controller.schedule.tasks["c"].start == datetime(2025, 3, 6, 8, 0)
    # Its successor moved with it, live, and the whole drag is one undo step.
    assert view.controller.schedule.tasks["d"].start == datetime(2025, 3, 13, 8, 0)
    assert view.controller.undo_stack.count() == 1
    view.controller.undo_stack.undo()
    assert tasks(view)["c"].constraint_type is ConstraintType.ASAP
    assert view.controller.schedule.tasks["c"].start == START


def test_dragging_the_end_of_a_bar_changes_its_duration(qtbot, view) -> None:
    end = bar_point(view, "d", 1.0) - QPoint(1, 0)
    drag(qtbot, view.chart.viewport(), end, end + QPoint(int(2 * view.chart.px_per_day), 0))
    assert tasks(view)["d"].duration == 4 * DAY
    assert view.controller.undo_stack.count() == 1


def test_dragging_progress_reports_percent_complete(qtbot, view) -> None:
    left = bar_point(view, "c", 0.0) + QPoint(1, 0)
    rect = view.chart.bar_rect_in_viewport(chart_row(view, "c"))
    drag(qtbot, view.chart.viewport(), left, QPointF(rect.left() + rect.width() * 0.4,
                                                     rect.center().y()).toPoint())
    assert 35 <= tasks(view)["c"].percent_complete <= 45
    assert view.controller.undo_stack.count() == 1


def test_dragging_from_bar_to_bar_links_them(qtbot, view) -> None:
    start = bar_point(view, "b")
    drag(qtbot, view.chart.viewport(), start, QPoint(start.x(), bar_point(view, "c").y()))
    link = [x for x in view.controller.plan.dependencies
            if x.predecessor_uid == "b" and x.successor_uid == "c"]
    assert len(link) == 1 and link[0].type is LinkType.FS
    assert view.controller.schedule.tasks["c"].start >= view.controller.schedule.tasks["b"].finish
    view.controller.undo_stack.undo()
    assert not any(x.predecessor_uid == "b" and x.successor_uid == "c"
                   for x in view.controller.plan.dependencies)


def test_a_link_drag_that_would_loop_is_refused_naming_the_tasks(qtbot, view) -> None:
    links_before = list(view.controller.plan.dependencies)
    start = bar_point(view, "m")
    drag(qtbot, view.chart.viewport(), start, QPoint(start.x(), bar_point(view, "c").y()))
    assert view.controller.plan.dependencies == links_before
    text = view.message.text()
    assert "cycle" in text and "Ship" in text and "Build" in text


def test_tooltip_gives_dates_and_slack(view) -> None:
    text = view.chart.tooltip_text(chart_row(view, "c"))
    assert "Mon 03 Mar 2025 08:00" in text and "Total slack" in text and "Build" in text


# -- zoom and columns -----------------------------------------------------------------------


def test_zoom_buttons_wheel_and_fit(qtbot, view) -> None:
    z = view.chart.px_per_day
    view.action_zoom_out.trigger()
    assert view.chart.px_per_day < z
    event = QWheelEvent(QPointF(100, 50), QPointF(100, 50), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.chart.viewport(), event)
    assert view.chart.px_per_day == pytest.approx(z)
    view.fit_project()
    sched = view.controller.schedule
    assert view.chart.x_of(sched.project_start) >= 0
    assert view.chart.x_of(sched.project_finish) <= view.chart.viewport().width()
    assert view.chart.x_of(sched.project_finish) - view.chart.x_of(sched.project_start) > (
        view.chart.viewport().width() / 2)


def test_column_choice_persists_per_project(qtbot, view) -> None:
    header = view.table.header()
    view.set_column_visible(Column.PREDECESSORS, False)
    header.moveSection(header.visualIndex(Column.DURATION), 1)
    header.resizeSection(Column.NAME, 333)
    view.save_columns()
    again = GanttView(ProjectController(plan()))
    qtbot.addWidget(again)
    h2 = again.table.header()
    assert h2.isSectionHidden(Column.PREDECESSORS)
    assert h2.visualIndex(Column.DURATION) == 1
    assert h2.sectionSize(Column.NAME) == 333
    other = plan()
    other.project = ProjectInfo(uid="proj-2", name="Other", start=START,
                                calendar_uid=other.project.calendar_uid)
    fresh = GanttView(ProjectController(other))
    qtbot.addWidget(fresh)
    assert not fresh.table.header().isSectionHidden(Column.PREDECESSORS)


def test_chart_follows_a_dark_palette(qtbot, view) -> None:
    pal = view.chart.palette()
    pal.setColor(pal.ColorRole.Base, Qt.GlobalColor.black)
    pal.setColor(pal.ColorRole.Text, Qt.GlobalColor.white)
    view.chart.setPalette(pal)
    image = view.chart.viewport().grab().toImage()
    assert image.pixelColor(image.width() - 5, image.height() - 5).lightnessF() < 0.3
