"""The task sheet key by key, as a PM who knows MS Project or a spreadsheet types into it.

Arrow keys move from cell to cell, Tab and Shift+Tab along the row (committing an edit),
Home and End to the row's ends, F2 or typing edits, Escape cancels. Every test presses
real keys on the sheet or on the cell editor that opened, and checks the plan.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from plan_builders import make_plan
from pmdesk.core.model import Plan, Task
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.gantt.task_model import Column
from pmdesk.ui.gantt.view import GanttView

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]

DAY = 480
K = Qt.Key
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def small_plan(tasks: list[Task] | None = None) -> Plan:
    if tasks is None:
        tasks = [
            Task("s", "Design", position=0),
            Task("a", "Sketch", parent_uid="s", position=0, duration=2 * DAY),
            Task("b", "Review", parent_uid="s", position=1, duration=DAY),
            Task("c", "Build", position=1, duration=5 * DAY),
        ]
    return make_plan(tasks)


def make_view(qtbot, plan: Plan) -> GanttView:
    view = GanttView(ProjectController(plan))
    qtbot.addWidget(view)
    view.resize(1300, 500)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.table.setFocus()
    return view


@pytest.fixture
def view(qtbot) -> GanttView:
    return make_view(qtbot, small_plan())


def task(view: GanttView, uid: str) -> Task:
    return view.controller.plan.task_index()[uid]


def cell(view: GanttView) -> tuple[str | None, Column]:
    """(task uid, column) of the current cell."""
    index = view.table.currentIndex()
    return view.model.uid(index), Column(index.column())


def click(qtbot, view: GanttView, uid: str, column: Column) -> None:
    rect = view.table.visualRect(view.model.index_of(uid, column))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def editor() -> QLineEdit:
    widget = QApplication.focusWidget()
    assert isinstance(widget, QLineEdit), f"no cell editor has focus ({widget!r})"
    return widget


def type_in(qtbot, view: GanttView, text: str) -> QLineEdit:
    """Type into the current cell as a user does: the first key opens the editor, the
    rest go to the editor that took the focus."""
    qtbot.keyClicks(view.table, text[0])
    box = editor()
    qtbot.keyClicks(box, text[1:])
    return box


def press(qtbot, widget, *keys, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for key in keys:
        qtbot.keyClick(widget, key, modifier)
    QApplication.processEvents()  # the delegate commits on the next turn of the loop


def test_right_moves_to_the_next_cell_and_typing_edits_that_cell(qtbot, view) -> None:
    """The report: click a name, Right, type 3w, Enter renamed the task "3w"."""
    click(qtbot, view, "c", Column.NAME)
    assert cell(view) == ("c", Column.NAME)
    press(qtbot, view.table, K.Key_Right)
    assert cell(view) == ("c", Column.DURATION)
    press(qtbot, type_in(qtbot, view, "3w"), K.Key_Return)
    assert task(view, "c").name == "Build"
    assert task(view, "c").duration == 15 * DAY


def test_arrow_keys_move_between_cells_and_keep_the_column(qtbot, view) -> None:
    click(qtbot, view, "a", Column.NAME)
    press(qtbot, view.table, K.Key_Right, K.Key_Right)
    assert cell(view) == ("a", Column.START)
    press(qtbot, view.table, K.Key_Down)
    assert cell(view) == ("b", Column.START)
    press(qtbot, view.table, K.Key_Left)
    assert cell(view) == ("b", Column.DURATION)
    press(qtbot, view.table, K.Key_Up, K.Key_Up)
    assert cell(view) == ("s", Column.DURATION)
    assert view.selected_task_uids() == ["s"]  # the row follows the cell
    assert [t.name for t in view.controller.plan.tasks] == ["Design", "Sketch", "Review",
                                                            "Build"]


def test_left_and_right_skip_hidden_columns_and_stop_at_the_ends(qtbot, view) -> None:
    header = view.table.header()
    assert header.isSectionHidden(Column.WBS)
    click(qtbot, view, "c", Column.NAME)
    press(qtbot, view.table, K.Key_Left)
    shown_left_of_name = [header.logicalIndex(v) for v in range(header.visualIndex(Column.NAME))
                          if not header.isSectionHidden(header.logicalIndex(v))]
    assert cell(view) == ("c", Column(shown_left_of_name[-1]))
    assert cell(view)[1] != Column.WBS
    for _ in range(20):
        press(qtbot, view.table, K.Key_Right)
    last = max((header.visualIndex(c), c) for c in Column if not header.isSectionHidden(c))[1]
    assert cell(view) == ("c", Column(last))
    press(qtbot, view.table, K.Key_Home)
    first = min((header.visualIndex(c), c) for c in Column if not header.isSectionHidden(c))[1]
    assert cell(view) == ("c", Column(first))
    press(qtbot, view.table, K.Key_End)
    assert cell(view) == ("c", Column(last))
    press(qtbot, view.table, K.Key_Home, modifier=Qt.KeyboardModifier.ControlModifier)
    assert cell(view)[0] == "s"


def test_tab_and_shift_tab_move_along_the_row(qtbot, view) -> None:
    click(qtbot, view, "a", Column.NAME)
    press(qtbot, view.table, K.Key_Tab)
    assert cell(view) == ("a", Column.DURATION)
    press(qtbot, view.table, K.Key_Backtab)
    assert cell(view) == ("a", Column.NAME)
    assert task(view, "a").parent_uid == "s"  # Tab no longer indents or outdents


def test_tab_while_editing_commits_and_moves_to_the_next_column(qtbot, view) -> None:
    click(qtbot, view, "a", Column.NAME)
    press(qtbot, view.table, K.Key_F2)
    box = editor()
    box.selectAll()
    qtbot.keyClicks(box, "Wireframes")
    press(qtbot, box, K.Key_Tab)
    assert task(view, "a").name == "Wireframes"
    assert cell(view) == ("a", Column.DURATION)  # the same row, the next column
    assert QApplication.focusWidget() is view.table  # not editing the next cell yet
    press(qtbot, type_in(qtbot, view, "4d"), K.Key_Backtab)
    assert task(view, "a").duration == 4 * DAY
    assert cell(view) == ("a", Column.NAME)
    assert view.controller.undo_stack.count() == 2


def test_up_and_down_while_editing_commit_and_change_row(qtbot, view) -> None:
    click(qtbot, view, "a", Column.DURATION)
    press(qtbot, type_in(qtbot, view, "3d"), K.Key_Down)
    assert task(view, "a").duration == 3 * DAY
    assert cell(view) == ("b", Column.DURATION)


def test_f2_edits_escape_cancels_and_the_plan_stays(qtbot, view) -> None:
    click(qtbot, view, "b", Column.NAME)
    press(qtbot, view.table, K.Key_F2)
    box = editor()
    assert box.text() == "Review"
    box.end(False)
    qtbot.keyClicks(box, " with legal")
    press(qtbot, box, K.Key_Escape)
    assert task(view, "b").name == "Review"
    assert view.controller.undo_stack.count() == 0
    press(qtbot, view.table, K.Key_F2)
    editor().end(False)
    qtbot.keyClicks(editor(), " with legal")
    press(qtbot, editor(), K.Key_Return)
    assert task(view, "b").name == "Review with legal"


def test_a_bad_entry_keeps_the_editor_open_on_tab(qtbot, view) -> None:
    click(qtbot, view, "c", Column.DURATION)
    box = type_in(qtbot, view, "soon")
    press(qtbot, box, K.Key_Tab)
    assert editor() is box  # still editing the duration
    assert view.delegate.bubble.isVisible()
    assert "soon" in view.delegate.bubble.text()
    assert task(view, "c").duration == 5 * DAY
    press(qtbot, box, K.Key_Escape)
    assert cell(view) == ("c", Column.DURATION)


def test_alt_shift_minus_and_plus_fold_a_summary(qtbot, view) -> None:
    click(qtbot, view, "s", Column.NAME)
    summary = view.model.index_of("s")
    press(qtbot, view.table, K.Key_Minus, modifier=ALT_SHIFT)
    assert not view.table.isExpanded(summary)
    assert view.visible_rows == ["s", "c"]
    press(qtbot, view.table, K.Key_Plus, modifier=ALT_SHIFT)
    assert view.table.isExpanded(summary)
    assert view.visible_rows == ["s", "a", "b", "c"]


def test_typing_into_an_empty_sheet_starts_the_first_task(qtbot) -> None:
    view = make_view(qtbot, small_plan(tasks=[]))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    press(qtbot, type_in(qtbot, view, "Kick-off"), K.Key_Return)
    tasks = view.controller.plan.tasks
    assert [t.name for t in tasks] == ["Kick-off"]
    assert view.visible_rows == [tasks[0].uid]
    assert view.source.bar(0).name == "Kick-off"



def test_task_commands_are_greyed_out_while_no_task_is_current(qtbot) -> None:
    view = make_view(qtbot, small_plan(tasks=[]))
    row_commands = (view.action_task_info, view.action_delete, view.action_indent,
                    view.action_cut, view.action_copy, view.action_move_up)
    assert not any(a.isEnabled() for a in row_commands)
    assert view.action_add_below.isEnabled()  # a first task can always be added
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    press(qtbot, type_in(qtbot, view, "Kick-off"), K.Key_Return)
    assert all(a.isEnabled() for a in row_commands)
    # Deleting the only task leaves nothing to inspect again.
    view.table.setFocus()
    press(qtbot, view.table, K.Key_Delete)
    assert not view.controller.plan.tasks
    assert not view.action_task_info.isEnabled()
