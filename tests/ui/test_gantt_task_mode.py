"""Manually scheduled and split tasks in the Gantt view, and the scheduling options."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from pmdesk.ui.dialogs.project_dialog import ProjectDialog
from pmdesk.ui.gantt.task_model import Column

from . import test_gantt_view
from .test_gantt_view import DAY, chart_row, select, tasks, type_into

view = test_gantt_view.view  # the Gantt view's fixture, shared

# The Task Mode list is a popup: checked under a real window manager too.
pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]


def mode_list(qtbot, view, uid: str) -> QComboBox:
    """Select a task's Task Mode cell and press F2: the cell's drop-down list opens."""
    select(view, uid, Column.TASK_MODE)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox), "the Task Mode cell edits with a drop-down list"
    return combo


def choose_mode(qtbot, view, uid: str, label: str) -> None:
    """Pick Auto or Manual in the cell's list with the arrow keys, as a keyboard user does."""
    combo = mode_list(qtbot, view, uid)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Auto", "Manual"]
    key = Qt.Key.Key_Down if combo.findText(label) > combo.currentIndex() else Qt.Key.Key_Up
    qtbot.keyClick(combo, key)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop


def test_task_mode_manual_pins_a_task_and_a_broken_link_is_flagged(qtbot, view) -> None:
    """Typing Manual in the Task Mode column pins Test where it is; lengthening Build, its
    predecessor, no longer moves it, and its bar says the link is broken."""
    before = view.controller.schedule.tasks["d"]
    choose_mode(qtbot, view, "d", "Manual")
    assert tasks(view)["d"].manual
    assert view.model.index_of("d", Column.TASK_MODE).data() == "Manual"
    type_into(qtbot, view, "c", Column.DURATION, "8d")
    after = view.controller.schedule.tasks["d"]
    assert (after.start, after.finish) == (before.start, before.finish)
    bar = view.source.bar(chart_row(view, "d"))
    assert bar.manual and "Build" in bar.link_warning
    assert "Build" in view.chart.tooltip_text(chart_row(view, "d"))
    view.controller.undo_stack.undo()
    view.controller.undo_stack.undo()
    assert not tasks(view)["d"].manual


def test_the_task_mode_list_is_picked_with_the_mouse_or_a_typed_letter(qtbot, view) -> None:
    """Clicking the list open and clicking Manual sets it; typing "a" in the list goes
    back to Auto; each pick is one undo step."""
    combo = mode_list(qtbot, view, "d")
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    popup = combo.view()
    assert popup.isVisible()
    # Qt ignores a release that follows the opening click too closely (a slip, not a pick).
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    item = popup.visualRect(popup.model().index(1, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=item.center())
    QApplication.processEvents()
    assert tasks(view)["d"].manual
    combo = mode_list(qtbot, view, "d")
    assert combo.currentText() == "Manual"
    qtbot.keyClicks(combo, "a")
    QApplication.processEvents()
    assert not tasks(view)["d"].manual
    assert view.controller.undo_stack.count() == 2


def test_a_task_mode_that_is_neither_is_refused_by_name(view) -> None:
    """Text that reaches the cell another way (a paste, a script) is still checked."""
    with pytest.raises(ValueError, match="not a task mode"):
        view.model.patch_for("d", Column.TASK_MODE, "sometimes")
    assert not tasks(view)["d"].manual


def test_typing_a_start_moves_a_manual_task_without_a_constraint(qtbot, view) -> None:
    choose_mode(qtbot, view, "d", "Manual")
    type_into(qtbot, view, "d", Column.START, "2025-03-24")
    task = tasks(view)["d"]
    assert task.manual_start == datetime(2025, 3, 24, 8, 0)
    assert task.constraint_date is None
    assert view.controller.schedule.tasks["d"].finish == datetime(2025, 3, 25, 17, 0)


def test_new_tasks_follow_the_projects_task_mode(qtbot, view) -> None:
    """Project Information ▸ Scheduling ▸ New tasks: Manually Scheduled; Enter then adds a
    manual task."""
    dialog = ProjectDialog(view.controller.plan, view)
    qtbot.addWidget(dialog)
    dialog.new_tasks_mode.setCurrentIndex(1)
    dialog.progress_options["move_remaining_starts_forward"].setChecked(True)
    dialog.accept()
    patch = dialog.patch()
    assert patch is not None and view.controller.edit("Edit project information", patch)
    assert view.controller.plan.project.new_tasks_manual
    assert view.controller.plan.project.move_remaining_starts_forward
    select(view, "e")
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    new = [t for t in view.controller.plan.tasks if t.name == "New task"]
    assert len(new) == 1 and new[0].manual
    assert view.model.index_of(new[0].uid, Column.TASK_MODE).data() == "Manual"


def test_a_split_task_is_drawn_as_its_stretches_of_work(qtbot, view) -> None:
    from dataclasses import replace

    from pmdesk.core.patch import Patch

    task = tasks(view)["e"]
    assert view.controller.edit("Split", Patch(tasks=(replace(task, splits=((DAY, 2 * DAY),)),)))
    bar = view.source.bar(chart_row(view, "e"))
    assert len(bar.segments) == 2
    (a0, a1), (b0, b1) = bar.segments
    assert a1 < b0 and b1 == view.controller.schedule.tasks["e"].finish
