"""A file dragged from the file manager onto the window, or named when pmdesk starts: a
.pmdesk project opens, another tool's plan is imported, anything else is not taken."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from pmdesk.demo import build_demo_plan
from pmdesk.interchange import write_plan
from pmdesk.ui import windows
from pmdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.xvfb


@pytest.fixture
def window(demo_copy_window) -> MainWindow:
    return demo_copy_window


def _mime(path: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    return data


def drag_and_drop(window: MainWindow, path: Path) -> bool:
    """Drag ``path`` over the window and let go; whether the window took the drag."""
    data = _mime(path)
    at = QPointF(window.width() / 2, window.height() / 2)
    enter = QDragEnterEvent(at.toPoint(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(at, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def test_an_ms_project_file_dropped_on_the_window_is_imported(qtbot, window,
                                                               tmp_path) -> None:
    xml = tmp_path / "colleague.xml"
    write_plan(build_demo_plan(), xml)
    assert drag_and_drop(window, xml)
    # An import is a new, untitled project, as File ▸ Import makes it.
    qtbot.waitUntil(lambda: window.document.path is None, timeout=10000)
    assert len(window.controller.plan.tasks) == len(build_demo_plan().tasks)


def test_a_pmdesk_file_dropped_on_the_window_opens(qtbot, window, demo_file,
                                                   tmp_path) -> None:
    other = tmp_path / "other.pmdesk"
    shutil.copy(demo_file, other)
    assert drag_and_drop(window, other)
    assert window.document is not None and window.document.path == other


def test_a_file_pmdesk_cannot_read_is_not_taken_and_the_project_stays(window,
                                                                      tmp_path) -> None:
    note = tmp_path / "notes.txt"
    note.write_text("not a plan", encoding="utf-8")
    before = window.document.path
    assert not drag_and_drop(window, note)
    assert window.document.path == before


def test_an_mpp_or_xml_named_at_start_is_imported_in_a_window_of_its_own(qtbot,
                                                                           tmp_path) -> None:
    xml = tmp_path / "plan.xml"
    write_plan(build_demo_plan(), xml)
    opened = windows.open_in_new_window(str(xml))
    assert opened is not None
    try:
        assert opened.document.path is None  # a new, untitled project, as Import makes
        assert len(opened.controller.plan.tasks) == len(build_demo_plan().tasks)
    finally:
        opened.maybe_save = lambda: True
        opened.close()
