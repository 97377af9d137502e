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
