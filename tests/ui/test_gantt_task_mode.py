"""Manually scheduled and split tasks in the Gantt view, and the scheduling options."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pmdesk.ui.dialogs.project_dialog import ProjectDialog
from pmdesk.ui.gantt.task_model import Column

from .test_gantt_view import DAY, chart_row, select, tasks, type_into, view  # noqa: F401


def test_task_mode_manual_pins_a_task_and_a_broken_link_is_flagged(qtbot, view) -> None:
    """Typing Manual in the Task Mode column pins Test where it is; lengthening Build, its
    predecessor, no longer moves it, and its bar says the link is broken."""
    before = view.controller.schedule.tasks["d"]
    type_into(qtbot, view, "d", Column.MODE, "Manual")
    assert tasks(view)["d"].manual
    assert view.model.index_of("d", Column.MODE).data() == "Manual"
    type_into(qtbot, view, "c", Column.DURATION, "8d")
    after = view.controller.schedule.tasks["d"]
    assert (after.start, after.finish) == (before.start, before.finish)
    bar = view.source.bar(chart_row(view, "d"))
    assert bar.manual and "Build" in bar.link_warning
    assert "Build" in view.chart.tooltip_text(chart_row(view, "d"))
    view.controller.undo_stack.undo()
    view.controller.undo_stack.undo()
    assert not tasks(view)["d"].manual


def test_a_bad_task_mode_is_explained_under_the_cell(qtbot, view) -> None:
    type_into(qtbot, view, "d", Column.MODE, "sometimes")
    assert "not a task mode" in view.delegate.bubble.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not tasks(view)["d"].manual


def test_typing_a_start_moves_a_manual_task_without_a_constraint(qtbot, view) -> None:
    type_into(qtbot, view, "d", Column.MODE, "Manual")
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
    assert view.model.index_of(new[0].uid, Column.MODE).data() == "Manual"


def test_a_split_task_is_drawn_as_its_stretches_of_work(qtbot, view) -> None:
    from dataclasses import replace

    from pmdesk.core.patch import Patch

    task = tasks(view)["e"]
    assert view.controller.edit("Split", Patch(tasks=(replace(task, splits=((DAY, 2 * DAY),)),)))
    bar = view.source.bar(chart_row(view, "e"))
    assert len(bar.segments) == 2
    (a0, a1), (b0, b1) = bar.segments
    assert a1 < b0 and b1 == view.controller.schedule.tasks["e"].finish
