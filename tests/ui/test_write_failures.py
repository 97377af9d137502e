"""The window and the file never apart: when the working copy cannot take an edit (a full
disk, an I/O error), the edit is refused and rolled back in memory with a message, and
Save never writes something other than what the window shows."""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import OperationalError

from pmdesk.core.model import Task, new_uid
from pmdesk.core.patch import Patch
from pmdesk.store import repository
from pmdesk.store.document import open_plan
from pmdesk.ui.main_window import MainWindow


@pytest.fixture
def demo_path(tmp_path: Path, demo_file: Path) -> Path:
    """A copy of the demo project the test may change and save."""
    return Path(shutil.copyfile(demo_file, tmp_path / "launch.pmdesk"))


@pytest.fixture
def window(qtbot, demo_path: Path) -> Iterator[MainWindow]:
    w = MainWindow(persist=False)
    assert w.open_path(demo_path, interactive=False)
    yield w
    w.maybe_save = lambda: True
    w.close()


def _failing_store(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(session, patch) -> None:
        raise OperationalError("INSERT INTO task ...", {}, Exception("database or disk is full"))

    monkeypatch.setattr(repository, "apply_patch", full)


def _new_tasks(count: int) -> Patch:
    return Patch(tasks=tuple(Task(new_uid(), f"Added {i}", position=100 + i)
                             for i in range(count)))


def test_an_edit_the_working_copy_cannot_take_is_refused_and_rolled_back(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    window.controller.error.connect(messages.append)
    before = list(window.controller.plan.tasks)
    finish = window.controller.schedule.project_finish
    _failing_store(monkeypatch)
    result = window.controller.edit("Add tasks", _new_tasks(50))
    assert not result.made
    (message,) = messages
    assert message == result.reason
    assert message.startswith("The change was not made: the working copy of ")
    assert message.endswith("cannot take the change (database or disk is full).")
    assert "INSERT" not in message
    assert window.controller.plan.tasks == before
    assert window.controller.schedule.project_finish == finish
    assert window.controller.undo_stack.count() == 0
    assert not window.isWindowModified()
    monkeypatch.undo()
    assert window.save()
    assert open_plan(window.document.path).tasks == before


def test_an_undo_the_working_copy_misses_is_written_before_saving(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = window.controller
    first = controller.plan.tasks[1]
    assert controller.edit("Rename", Patch(tasks=(dataclasses.replace(first, name="Renamed"),)))
    _failing_store(monkeypatch)
    messages: list[str] = []
    controller.error.connect(messages.append)
    controller.undo_stack.undo()  # the undo history has moved; the window must follow it
    assert controller.plan.task_index()[first.uid].name == first.name
    assert controller.out_of_step
    assert messages and "saving writes it once there is room again" in messages[0]
    monkeypatch.undo()
    controller.undo_stack.redo()
    controller.undo_stack.undo()
    assert window.save()
    assert not controller.out_of_step
    saved = open_plan(window.document.path)
    assert saved.task_index()[first.uid].name == first.name
    assert saved.tasks == controller.plan.tasks


def test_save_is_refused_while_the_working_copy_cannot_catch_up(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.document.path
    before = path.read_bytes()
    controller = window.controller
    assert controller.edit("Add", _new_tasks(1))
    _failing_store(monkeypatch)
    controller.undo_stack.undo()
    assert controller.out_of_step

    def cannot(self, plan) -> None:
        from pmdesk.store.document import DocumentError

        raise DocumentError("the working copy of launch.pmdesk cannot be rewritten (disk full)")

    monkeypatch.setattr(type(window.document), "replace_contents", cannot)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert window.save() is False
    assert shown == ["the working copy of launch.pmdesk cannot be rewritten (disk full)"]
    assert path.read_bytes() == before


def test_a_real_full_disk_under_the_working_copy(
    qtbot, small_disk, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = small_disk("2m")
    monkeypatch.setenv("PMDESK_HOME", str(disk / "home"))
    window = MainWindow(persist=False)
    try:
        assert window.open_path(demo_path, interactive=False)
        filler = disk / "filler.bin"
        with filler.open("wb", buffering=0) as f, contextlib.suppress(OSError):
            while True:
                f.write(b"\0" * 4096)
        messages: list[str] = []
        window.controller.error.connect(messages.append)
        before = list(window.controller.plan.tasks)
        result = window.controller.edit("Add tasks", _new_tasks(300))
        assert not result.made and result.reason is not None and "full" in result.reason
        assert messages == [result.reason]
        assert window.controller.plan.tasks == before
        assert window.controller.undo_stack.count() == 0
        filler.unlink()
        assert window.controller.edit("Add tasks", _new_tasks(300))
        assert window.save()
        assert len(open_plan(demo_path).tasks) == len(before) + 300
    finally:
        window.maybe_save = lambda: True
        window.close()


def test_a_dialog_whose_change_the_working_copy_refuses_says_so_and_stays_open(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, type_text
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from pmdesk.ui.dialogs.task_dialog import TaskDialog

    controller = window.controller
    leaf = next(t for t in controller.plan.tasks if not controller.is_summary(t.uid))
    told_the_window: list[str] = []
    controller.error.connect(told_the_window.append)
    dialog = TaskDialog(controller, leaf.uid, window)
    qtbot.addWidget(dialog)
    type_text(dialog.name_edit, "Renamed on a full disk")
    _failing_store(monkeypatch)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != TaskDialog.DialogCode.Accepted
    assert "cannot take the change (database or disk is full)" in dialog.error_label.text()
    assert dialog.name_edit.text() == "Renamed on a full disk"  # nothing typed is lost
    assert told_the_window == []
    assert controller.plan.task_index()[leaf.uid] == leaf
    monkeypatch.undo()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == TaskDialog.DialogCode.Accepted
    assert controller.plan.task_index()[leaf.uid].name == "Renamed on a full disk"
