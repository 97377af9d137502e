"""Typing a new name in a task's Resources cell offers to create that resource."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from plan_builders import make_plan
from pmdesk.core.model import Resource, Task
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.gantt.task_model import Column
from pmdesk.ui.gantt.view import GanttView

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]


@pytest.fixture
def view(qtbot, show_active) -> GanttView:
    plan = make_plan([Task("a", "Checkout", position=0, duration=480)],
                     resources=[Resource("r1", "Ana Silva", initials="AS")])
    v = GanttView(ProjectController(plan))
    qtbot.addWidget(v)
    v.resize(1300, 400)
    show_active(v)
    return v


def type_resources(qtbot, view: GanttView, text: str) -> QLineEdit:
    view.select_tasks(["a"], "a")
    view.table.setCurrentIndex(view.model.index_of("a", Column.RESOURCES))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def people(view: GanttView) -> list[tuple[str, float]]:
    names = {r.uid: r.name for r in view.controller.plan.resources}
    return [(names[a.resource_uid], a.units) for a in view.controller.plan.assignments]


def test_accepting_creates_the_resource_and_assigns_it_in_one_step(qtbot, view,
                                                                   on_modal) -> None:
    editor = type_resources(qtbot, view, "AS, Cara Diaz[50%]")

    def accept(box: QMessageBox) -> None:
        assert "“Cara Diaz”" in box.text()
        create = next(b for b in box.buttons() if b.text() == "Create and Assign")
        qtbot.mouseClick(create, Qt.MouseButton.LeftButton)

    check = on_modal(accept)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    check()
    QApplication.processEvents()
    assert [r.name for r in view.controller.plan.resources] == ["Ana Silva", "Cara Diaz"]
    assert people(view) == [("Ana Silva", 1.0), ("Cara Diaz", 0.5)]
    assert view.model.index_of("a", Column.RESOURCES).data() == "Ana Silva, Cara Diaz[50%]"
    stack = view.controller.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Add resource Cara Diaz to “Checkout”"
    stack.undo()
    assert [r.name for r in view.controller.plan.resources] == ["Ana Silva"]
    assert people(view) == []


def test_declining_keeps_the_cell_open_and_says_why(qtbot, view, on_modal) -> None:
    editor = type_resources(qtbot, view, "Cara")
    check = on_modal(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    check()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    assert view.delegate.bubble.isVisible()
    assert "'Cara' is not a resource of this project" in view.delegate.bubble.text()
    assert [r.name for r in view.controller.plan.resources] == ["Ana Silva"]
    assert view.controller.undo_stack.count() == 0
