"""What a newcomer does in the first hour with pmdesk, through the menus, keys and mouse."""

from __future__ import annotations

import dataclasses

import pytest
from menu_clicks import choose
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from pmdesk.core.patch import Patch
from pmdesk.demo import build_demo_plan
from pmdesk.ui.main_window import MainWindow


def _rename_first_task(window: MainWindow, name: str) -> None:
    first = window.controller.plan.tasks[0]
    assert window.controller.edit("Rename", Patch(tasks=(dataclasses.replace(first, name=name),)))


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel,
                                    QMessageBox.StandardButton.Discard],
                         ids=["cancel", "discard"])
def test_open_demo_project_from_the_file_menu_asks_about_unsaved_changes(
        qtbot, window, monkeypatch, answer) -> None:
    """File ▸ Open Demo Project raised an error (the menu's checked flag was taken for a
    plan) and would have dropped unsaved edits without asking."""
    _rename_first_task(window, "My own plan")
    asked: list[str] = []

    def warning(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "warning", warning)
    choose(qtbot, window, "File", "Open Demo Project")
    assert asked and "before closing" in asked[0]
    names = [t.name for t in window.controller.plan.tasks]
    if answer == QMessageBox.StandardButton.Cancel:
        assert "My own plan" in names and window.is_modified()
    else:
        assert names == [t.name for t in build_demo_plan().tasks]
        assert not window.is_modified() and window.has_document()


def _column(model, header: str) -> int:
    return next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) == header)


def _type_into_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """F2 on the cell, select what is there, type ``text`` and press Enter."""
    from PySide6.QtWidgets import QApplication

    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


@pytest.mark.parametrize(("view_key", "table_name", "header", "text"), [
    ("risks", "riskTable", "Owner", "Noor Haddad"),  # a new name, typed
    ("risks", "riskTable", "Owner", "Chen Wei"),  # a name in the list, typed
    ("budget", "costEntries", "Category", "Marketing"),
])
def test_typing_into_a_list_cell_and_pressing_enter_commits_once(
        qtbot, window, view_key, table_name, header, text) -> None:
    """Typing an owner or a category and pressing Enter committed the cell twice, the second
    time after its editor had closed (Qt warned that the editor did not belong to the
    view); now it is one edit, one undo step."""
    window.show_view(view_key)
    table = window.views[view_key].findChild(QAbstractItemView, table_name)
    column = _column(table.model(), header)
    before = table.model().index(0, column).data()
    steps = window.controller.undo_stack.count()
    _type_into_cell(qtbot, table, 0, column, text)
    qtbot.waitUntil(lambda: table.model().index(0, column).data() == text)
    assert window.controller.undo_stack.count() == steps + 1
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table.model().index(0, column).data() == before


def test_the_kpi_feature_cell_takes_the_product_entry_of_its_list(qtbot, window) -> None:
    """Enter on a KPI's Feature cell left as it was, "(the product)", was refused as "not a
    feature of the backlog": the entry's label was taken for a feature's name. Now the
    label stands for no feature, and typing it unlinks a KPI from its feature."""
    window.show_view("product")
    product = window.views["product"]
    product.show_tab("kpis")
    table = product.findChild(QAbstractItemView, "kpiTable")
    model = table.model()
    column = _column(model, "Feature")
    rows = range(model.rowCount())
    plain = next(r for r in rows if not model.index(r, column).data())
    linked = next(r for r in rows if model.index(r, column).data())
    steps = window.controller.undo_stack.count()
    _type_into_cell(qtbot, table, plain, column, "(the product)")
    assert not model.index(plain, column).data()
    assert window.controller.undo_stack.count() == steps
    kpi = model.index(linked, 0).data()
    _type_into_cell(qtbot, table, linked, column, "(the product)")
    row = next(r for r in rows if model.index(r, 0).data() == kpi)
    assert not model.index(row, column).data()
    assert window.controller.undo_stack.count() == steps + 1


def _start_typing(qtbot, table, index, text: str):
    """F2 on the cell at ``index`` and type ``text``, without Enter; the editor that has
    it."""
    from PySide6.QtWidgets import QApplication

    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    return editor


def test_ctrl_s_while_typing_in_a_cell_saves_what_is_typed(qtbot, demo_copy_window) -> None:
    """Ctrl+S with a task's new name still in its cell saved the project without it, said
    it was saved, and left the name to go in afterwards, unsaved."""
    from pmdesk.store.document import ProjectDocument

    window = demo_copy_window
    window.show_view("gantt")
    gantt = window.views["gantt"]
    column = _column(gantt.table.model(), "Task Name")
    editor = _start_typing(qtbot, gantt.table, gantt.table.model().index(0, column),
                           "Discovery and research")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert gantt.table.model().index(0, column).data() == "Discovery and research"
    assert not window.is_modified()
    assert window.document is not None and window.document.path is not None
    with ProjectDocument.open(window.document.path, read_only=True) as saved:
        names = [t.name for t in saved.load_plan().tasks]
    assert "Discovery and research" in names


def test_closing_while_typing_in_a_cell_asks_about_what_is_typed(
        qtbot, demo_copy_window, monkeypatch) -> None:
    """Closing the project with a risk's new title still in its cell closed without a
    question, and the title was lost."""
    window = demo_copy_window
    window.show_view("risks")
    table = window.views["risks"].table
    column = _column(table.model(), "Title")
    asked: list[str] = []

    def warning(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    editor = _start_typing(qtbot, table, table.model().index(0, column),
                           "Churn after the price change")
    qtbot.keyClick(editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert asked and "before closing" in asked[0]
    assert table.model().index(0, column).data() == "Churn after the price change"
    assert window.is_modified()


def test_a_signed_number_typed_as_a_start_date_is_refused(qtbot, window) -> None:
    """"-5" typed into a task's Start moved the task to the 5th of this month: the minus
    was dropped. Now it is refused under the cell and the task stays where it was."""
    window.show_view("gantt")
    gantt = window.views["gantt"]
    model = gantt.table.model()
    leaf = next(t for t in window.controller.plan.tasks
                if not window.controller.is_summary(t.uid))
    index = gantt.model.index_of(leaf.uid, _column(model, "Start"))
    before = index.data()
    editor = _start_typing(qtbot, gantt.table, index, "-5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert gantt.delegate.bubble.isVisible()
    assert "'-5' is not a date" in gantt.delegate.bubble.text()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert gantt.model.index_of(leaf.uid, index.column()).data() == before
    assert window.controller.plan.task_index()[leaf.uid] == leaf


def test_escape_during_a_bar_drag_leaves_nothing_to_redo(qtbot, window) -> None:
    """Escape while dragging a Gantt bar put the task back but left the move in the
    history: Edit ▸ Redo offered it, and a later Ctrl+Y moved the task after all."""
    window.show_view("gantt")
    gantt = window.views["gantt"]
    gantt.expand_all()
    chart = gantt.chart
    leaf = next(t for t in window.controller.plan.tasks
                if not window.controller.is_summary(t.uid)
                and gantt.source.row_of(t.uid) is not None)
    rect = chart.bar_rect_in_viewport(gantt.source.row_of(leaf.uid))
    assert rect is not None
    start = rect.center().toPoint()
    steps = window.controller.undo_stack.count()
    viewport = chart.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for dx in (20, 80, 160):
        qtbot.mouseMove(viewport, start + QPoint(dx, 0))
    assert window.controller.plan.task_index()[leaf.uid] != leaf  # the bar is moving
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(160, 0))
    assert window.controller.plan.task_index()[leaf.uid] == leaf
    assert not window.action_redo.isEnabled()
    assert window.controller.undo_stack.count() == steps
    assert not window.is_modified()


@pytest.mark.xvfb
def test_the_dashboard_kpi_lines_show_their_status_whole_in_a_small_window(
        qtbot, window) -> None:
    """In an 800×600 window the Dashboard's KPI lines cut the status to "on tr"; now the
    status word is whole and the sparkline makes room for it, and comes back when the
    window is wide again."""
    from PySide6.QtGui import QFontMetricsF

    from pmdesk.ui.i18n import core_word

    window.showNormal()
    window.show_view("dashboard")
    lines = window.views["dashboard"].sparklines
    fm = QFontMetricsF(lines.font())
    words = [core_word(s.status.value) for s in lines.summaries]
    assert words

    def fits() -> bool:
        name, value, spark, status = lines.columns()
        return (status >= max(fm.horizontalAdvance(w) for w in words)
                and name + value + spark + status <= lines.width() + 0.5)

    window.resize(800, 600)
    qtbot.waitUntil(lambda: lines.width() < 260)
    assert fits()
    # Too narrow to read a name beside its figures: each KPI takes two lines, its name
    # across the whole tile, and the tile grows to hold them.
    assert lines.stacked() and lines.columns()[0] == 0
    assert lines.minimumHeight() == 2 * lines.ROW * len(words)
    window.resize(1500, 950)
    qtbot.waitUntil(lambda: lines.width() > 400)
    assert fits() and lines.columns()[2] > 0
    assert not lines.stacked() and lines.minimumHeight() == lines.ROW * len(words)
