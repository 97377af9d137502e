"""Gantt filters as a PM uses them: pick one, see only those rows and bars, and always see
that a filter is on."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from pmdesk.core.filters import FilterKind
from pmdesk.core.model import (
    Assignment,
)
from pmdesk.core.patch import Patch
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.gantt.view import GanttView

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]
@pytest.fixture
def view(qtbot, show_active, phased_plan) -> GanttView:
    v = GanttView(ProjectController(phased_plan()))
    qtbot.addWidget(v)
    v.resize(1400, 500)
    show_active(v)
    return v


def choose(qtbot, view: GanttView, title: str) -> None:
    """Open the filter list and pick ``title`` with the keyboard, as a user would."""
    pick = view.filter_pick
    pick.setFocus()
    target = pick.findText(title)
    assert target >= 0, f"no filter {title!r}"
    while pick.currentIndex() != target:
        qtbot.keyClick(pick, Qt.Key.Key_Down if pick.currentIndex() < target else Qt.Key.Key_Up)


def bars(view: GanttView) -> list[str]:
    return [view.source.bar(r).name for r in range(view.source.row_count())]


def test_a_filter_shows_its_tasks_with_their_summaries_and_says_so(qtbot, view) -> None:
    assert [view.filter_pick.itemText(i) for i in range(view.filter_pick.count())] == [
        "All tasks", "Critical tasks", "Late tasks", "Resource: Ana", "Resource: Ben",
        "Phase: Build", "Phase: Launch"]
    assert view.filter_note.isHidden()
    choose(qtbot, view, "Resource: Ben")
    assert view.visible_rows == ["p1", "b", "p2", "c"]
    assert bars(view) == ["Build", "App", "Launch", "Press kit"]
    assert view.filter_note.isVisible()
    assert view.filter_note.text().startswith("Filter: Resource: Ben · 4 of 6 tasks")
    choose(qtbot, view, "Critical tasks")
    assert view.visible_rows == ["p1", "a", "p2", "d"]
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F3)
    assert view.visible_rows == ["p1", "a", "b", "p2", "c", "d"]
    assert view.filter_note.isHidden() and view.filter_pick.currentText() == "All tasks"


def test_the_filter_follows_edits_and_the_note_clears_it(qtbot, view) -> None:
    choose(qtbot, view, "Phase: Launch")
    assert view.visible_rows == ["p2", "c", "d"]
    choose(qtbot, view, "Resource: Ben")
    controller = view.controller
    assert controller.edit("Assign", Patch(assignments=(Assignment("x3", "d", "r2"),)))
    assert view.visible_rows == ["p1", "b", "p2", "c", "d"]
    qtbot.mouseClick(view.filter_note, Qt.MouseButton.LeftButton)
    assert view._filter.kind == FilterKind.ALL
    assert len(view.visible_rows) == 6


def test_another_project_opens_without_the_filter_or_the_search(qtbot, view,
                                                                 phased_plan) -> None:
    choose(qtbot, view, "Resource: Ben")
    view.find_edit.setText("press")
    other = phased_plan()
    other.project = replace(other.project, uid="other", name="Other")
    view.controller.replace_plan(other)
    assert view.filter_pick.currentText() == "All tasks" and view.filter_note.isHidden()
    assert view.find_edit.text() == ""
    assert len(view.visible_rows) == 6
