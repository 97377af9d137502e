"""The main window as a PM uses it: edit, undo, save, reopen, calendars, bad files, locks."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from pmdesk.core.patch import Patch
from pmdesk.demo import build_demo_plan
from pmdesk.store.document import ProjectDocument, save_plan
from pmdesk.ui import window_questions
from pmdesk.ui.main_window import MainWindow


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "launch.pmdesk"
    save_plan(build_demo_plan(date(2026, 11, 2)), path)
    return path


@pytest.fixture
def window(qtbot) -> MainWindow:
    w = MainWindow()
    yield w
    w.maybe_save = lambda: True  # whatever a test left unsaved is dropped at teardown
    w.close()
    w.deleteLater()


def _rename_first_task(window: MainWindow, name: str) -> None:
    first = window.controller.plan.tasks[0]
    assert window.controller.edit("Rename", Patch(tasks=(dataclasses.replace(first, name=name),)))


def test_title_shows_name_and_modified_marker_tied_to_undo(window, demo_path, qtbot) -> None:
    assert window.open_path(demo_path)
    name = window.controller.plan.project.name
    assert name in window.windowTitle() and "launch.pmdesk" in window.windowTitle()
    assert not window.isWindowModified()
    _rename_first_task(window, "Research sprint")
    assert window.isWindowModified()
    window.action_undo.trigger()
    assert window.controller.plan.tasks[0].name != "Research sprint"
    assert not window.isWindowModified()
    window.action_redo.trigger()
    assert window.controller.plan.tasks[0].name == "Research sprint"


def test_shortcuts_undo_and_redo(window, demo_path, qtbot) -> None:
    window.open_path(demo_path)
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table = window.views["gantt"].table
    table.setFocus()
    _rename_first_task(window, "Renamed")
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.plan.tasks[0].name != "Renamed"
    qtbot.keyClick(table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.plan.tasks[0].name == "Renamed"
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.action_new))}
    for keys in ("Ctrl+N", "Ctrl+O", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+Z", "Ctrl+Q"):
        assert keys in shortcuts, keys
    assert "Ctrl+Shift+Z" in {s.toString() for s in window.action_redo.shortcuts()}


def test_undo_history_lists_each_edit(window, demo_path) -> None:
    window.open_path(demo_path)
    _rename_first_task(window, "One")
    _rename_first_task(window, "Two")
    model = window.undo_view.model()
    texts = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert texts[1:] == ["Rename", "Rename"]


def test_save_writes_the_edit_and_reopening_shows_it(window, demo_path, tmp_path) -> None:
    window.open_path(demo_path)
    _rename_first_task(window, "Saved name")
    assert window.save()
    assert not window.isWindowModified()
    window.document.close()
    window.document = None
    other = MainWindow(persist=False)
    try:
        assert other.open_path(demo_path, interactive=False)
        assert other.controller.plan.tasks[0].name == "Saved name"
    finally:
        other.document.close()
        other.close()


def test_save_as_and_recent_files(window, demo_path, tmp_path) -> None:
    window.open_path(demo_path)
    copy = tmp_path / "copy"
    assert window.save_as_path(copy)
    assert (tmp_path / "copy.pmdesk").is_file()
    assert window.recent_files()[0] == (tmp_path / "copy.pmdesk").resolve()
    assert "copy.pmdesk" in window.windowTitle()


def test_revert_drops_unsaved_edits(window, demo_path, monkeypatch) -> None:
    window.open_path(demo_path)
    original = window.controller.plan.tasks[0].name
    _rename_first_task(window, "Scrap this")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.revert()
    assert window.controller.plan.tasks[0].name == original
    assert not window.isWindowModified()


def test_unsaved_changes_prompt_can_cancel_closing(window, demo_path, monkeypatch) -> None:
    window.open_path(demo_path)
    _rename_first_task(window, "Unsaved")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert window.close() is False
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close() is True
    assert demo_path.exists()


def test_corrupt_file_gets_a_dialog_and_the_open_project_stays(window, demo_path, tmp_path,
                                                                monkeypatch) -> None:
    window.open_path(demo_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bad = tmp_path / "bad.pmdesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    before = bad.read_bytes()
    assert not window.open_path(bad)
    assert shown and "bad.pmdesk" in shown[0]
    assert window.document.path == demo_path
    assert bad.read_bytes() == before


def test_second_opener_gets_read_only_with_who_has_it(window, demo_path, monkeypatch) -> None:
    holder = ProjectDocument.open(demo_path)
    try:
        monkeypatch.setattr(window_questions, "ask_take_over", lambda parent, path, doc: doc)
        assert window.open_path(demo_path)
        assert window.controller.read_only
        assert "read-only" in window.windowTitle()
        assert window.document.lock_message
        refused = window.controller.edit(
            "Rename",
            Patch(tasks=(dataclasses.replace(window.controller.plan.tasks[0], name="x"),)),
        )
        assert not refused.made
        assert refused.reason is not None and "read-only" in refused.reason
        assert not window.action_save.isEnabled()
    finally:
        holder.close()


def test_project_dialog_edits_name_and_holidays_in_one_undo_step(window, demo_path, qtbot,
                                                                  type_text, monkeypatch) -> None:
    from pmdesk.ui.dialogs.project_dialog import ProjectDialog

    window.open_path(demo_path)
    old_project = window.controller.plan.project
    old_finish = window.controller.schedule.project_finish
    dialog = ProjectDialog(window.controller.plan, window)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Subscriptions v2")
    start = window.controller.plan.project.status_date.date()
    for _ in range(3):
        dialog.add_holiday_button.click()
    # A three-week company shutdown from the status date on must push the finish out.
    row = dialog.exception_table.rowCount() - 1
    type_text(dialog.exception_table.cellWidget(row, 1), start.isoformat())
    end = date.fromordinal(start.toordinal() + 20)
    type_text(dialog.exception_table.cellWidget(row, 2), end.isoformat())
    dialog.accept()
    patch = dialog.patch()
    assert patch is not None
    assert window.controller.edit("Edit project information", patch)
    assert window.controller.plan.project.name == "Subscriptions v2"
    assert "Subscriptions v2" in window.windowTitle()
    assert window.controller.schedule.project_finish > old_finish
    window.action_undo.trigger()
    assert window.controller.plan.project == old_project
    assert window.controller.schedule.project_finish == old_finish
    assert old_project.name in window.windowTitle()
    assert "Subscriptions v2" not in window.windowTitle()
    window.action_redo.trigger()
    assert window.windowTitle().startswith("Subscriptions v2 — launch.pmdesk")


def test_the_title_follows_the_project_name_through_every_edit(window, demo_path) -> None:
    """Renamed from anywhere (the risk settings, a script, undo), the title says so, also
    when the project was already changed (the modified marker then stays as it is)."""
    window.open_path(demo_path)
    project = window.controller.plan.project
    _rename_first_task(window, "Research sprint")
    assert window.isWindowModified()
    assert window.controller.edit("Rename project",
                                  Patch(project=dataclasses.replace(project, name="Orbit")))
    assert window.windowTitle().startswith("Orbit — launch.pmdesk")
    window.controller.undo_stack.undo()
    assert window.windowTitle().startswith(f"{project.name} — launch.pmdesk")
    window.controller.undo_stack.redo()
    assert window.windowTitle().startswith("Orbit — launch.pmdesk")


def test_project_dialog_names_a_bad_hours_entry_and_changes_nothing(window, qtbot) -> None:
    from pmdesk.ui.dialogs.project_dialog import ProjectDialog

    before = window.controller.plan.project
    dialog = ProjectDialog(window.controller.plan, window)
    qtbot.addWidget(dialog)
    dialog.week_table.item(0, 1).setText("8 to 12")
    dialog.accept()
    assert dialog.patch() is None
    assert dialog.error_label.isVisibleTo(dialog)
    assert "Monday" in dialog.error_label.text() and "8 to 12" in dialog.error_label.text()
    assert window.controller.plan.project == before


CRASH_SCRIPT = """
import os, sys
from pmdesk.core.model import Task, new_uid
from pmdesk.core.patch import Patch
from pmdesk.store.document import ProjectDocument
from pmdesk.store.repository import apply_patch
doc = ProjectDocument.open(sys.argv[1])
with doc.session() as session:
    apply_patch(session, Patch(tasks=(Task(new_uid(), "Added before the crash", position=99),)))
os._exit(3)  # the laptop dies: no save, no close
"""


def test_crash_copy_is_offered_back_on_the_next_start(qtbot, demo_path, monkeypatch) -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-c", CRASH_SCRIPT, str(demo_path)], timeout=60,
                          capture_output=True, text=True)
    assert proc.returncode == 3, proc.stderr
    monkeypatch.setattr(window_questions, "ask_recovery", lambda parent, info: "recover")
    w = MainWindow()
    w.offer_recovery()
    w.maybe_save = lambda: True
    try:
        assert w.document is not None and w.document.path == demo_path
        assert any(t.name == "Added before the crash" for t in w.controller.plan.tasks)
        assert w.isWindowModified()
        assert w.save()
    finally:
        w.close()
    from pmdesk.store.document import open_plan

    assert any(t.name == "Added before the crash" for t in open_plan(demo_path).tasks)


def test_delete_key_acts_in_the_view_that_has_focus(window, demo_path, qtbot) -> None:
    window.open_path(demo_path)
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tasks_before, risks_before = (
        len(window.controller.plan.tasks),
        len(window.controller.plan.risks),
    )

    window.show_view("risks")
    risk_table = window.views["risks"].table
    risk_table.setFocus()
    risk_table.selectRow(0)
    qtbot.keyClick(risk_table, Qt.Key.Key_Delete)
    assert len(window.controller.plan.risks) == risks_before - 1
    assert len(window.controller.plan.tasks) == tasks_before

    window.show_view("gantt")
    table = window.views["gantt"].table
    table.setFocus()
    leaf = table.model().index(2, 0, table.model().index(1, 0, table.model().index(0, 0)))
    table.setCurrentIndex(leaf)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(window.controller.plan.tasks) == tasks_before - 1
    assert len(window.controller.plan.risks) == risks_before - 1
    assert window.view_toolbars["gantt"].isVisible()
