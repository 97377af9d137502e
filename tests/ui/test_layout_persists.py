"""What a PM arranges stays arranged: the Gantt splitter, column widths, the swimlanes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from pmdesk.core.board import LaneBy
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import save_plan
from pmdesk.ui.gantt.task_model import Column
from pmdesk.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]


def open_window(qtbot, path: Path, show_active) -> MainWindow:
    w = MainWindow()
    assert w.open_path(path, interactive=False)
    w.resize(1400, 860)
    show_active(w)
    return w


def close(window: MainWindow) -> None:
    window.maybe_save = lambda: True
    window.close()
    window.deleteLater()


def drag(widget, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for k in range(1, 6):
        QTest.mouseMove(widget, start + (end - start) * (k / 5))
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_splitter_columns_and_lanes_come_back_next_time(qtbot, tmp_path: Path,
                                                         show_active) -> None:
    path = tmp_path / "launch.pmdesk"
    save_plan(build_demo_plan(date(2026, 12, 4)), path)
    window = open_window(qtbot, path, show_active)
    gantt = window.views["gantt"]
    handle = gantt.splitter.handle(1)
    before = gantt.splitter.sizes()
    drag(handle, QPoint(2, 40), QPoint(-118, 40))
    moved = gantt.splitter.sizes()
    assert moved[0] < before[0] - 60

    header = gantt.table.header()
    edge = header.sectionViewportPosition(Column.NAME) + header.sectionSize(Column.NAME) - 1
    width = header.sectionSize(Column.NAME)
    drag(header.viewport(), QPoint(edge, 10), QPoint(edge + 70, 10))
    wider = header.sectionSize(Column.NAME)
    assert wider > width + 40

    window.show_view("board")
    board = window.views["board"]
    board.lanes.setFocus()
    while board.lane_by != LaneBy.ASSIGNEE:
        qtbot.keyClick(board.lanes, Qt.Key.Key_Down)
    close(window)

    again = open_window(qtbot, path, show_active)
    try:
        gantt = again.views["gantt"]
        assert gantt.splitter.sizes()[0] == moved[0]
        assert gantt.table.header().sectionSize(Column.NAME) == wider
        again.show_view("board")
        assert again.views["board"].lane_by == LaneBy.ASSIGNEE
    finally:
        close(again)


def widen_first_column(qtbot, table) -> int:
    """Drag the first column's right edge 70 pixels right, as a person does; its new width."""
    header = table.horizontalHeader()
    column = header.logicalIndex(0)
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    width = header.sectionSize(column)
    drag(header.viewport(), QPoint(edge, 10), QPoint(edge + 70, 10))
    assert header.sectionSize(column) > width + 40
    return header.sectionSize(column)


def test_record_tables_keep_their_column_widths(qtbot, tmp_path: Path, show_active) -> None:
    """The KPI table, the KPI values and the budget's two tables are arranged once, like
    the task sheet, the risk register and the resource sheet."""
    path = tmp_path / "launch.pmdesk"
    save_plan(build_demo_plan(date(2026, 12, 4)), path)
    window = open_window(qtbot, path, show_active)

    def tables(w: MainWindow) -> list:
        w.show_view("product")
        w.views["product"].show_tab("kpis")
        panel = w.views["product"].pages["kpis"].panel
        w.show_view("budget")
        budget = w.views["budget"]
        return [panel.kpi_table, panel.value_table, budget.lines, budget.entries]

    widths = []
    for table in tables(window):
        table.window().activateWindow()
        for name in ("product", "budget"):
            if window.views[name].isAncestorOf(table):
                window.show_view(name)
        qtbot.waitUntil(table.isVisible)
        widths.append(widen_first_column(qtbot, table))
    close(window)

    again = open_window(qtbot, path, show_active)
    try:
        shown = tables(again)
        assert [t.horizontalHeader().sectionSize(t.horizontalHeader().logicalIndex(0))
                for t in shown] == widths
    finally:
        close(again)
