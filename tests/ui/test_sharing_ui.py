"""File ▸ Share a Copy…, Compare With… and Merge From…, worked with keys and clicks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog

from plan_builders import add_risk_and_save
from pmdesk.cli import main
from pmdesk.store.document import open_journaled, open_plan
from pmdesk.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]


@pytest.fixture
def mine(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "mine.pmdesk"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def theirs(mine: Path, tmp_path: Path) -> Path:
    path = tmp_path / "theirs.pmdesk"
    shutil.copyfile(mine, path)
    return path


@pytest.fixture
def window(qtbot, mine: Path, show_active) -> MainWindow:
    w = MainWindow(persist=False)
    assert w.open_path(mine)
    w.resize(1300, 800)
    show_active(w)
    yield w
    w.maybe_save = lambda: True
    w.close()
    w.deleteLater()


def _edit(path: Path, task: str, setting: str) -> None:
    assert main(["edit", str(path), "--task", task, "--set", setting]) == 0


def test_compare_lists_changes_filters_them_and_selects_the_task(window, theirs, qtbot,
                                                                 type_text) -> None:
    _edit(theirs, "4", "duration=6d")
    _edit(theirs, "8", "name=Interviews with 15 members")
    dialog = window.sharing.compare_with(theirs)
    qtbot.waitExposed(dialog)
    names = [c.name for c in dialog.shown_changes() if c.group != "Dates"]
    assert set(names) == {"Stakeholder interviews: finance, support and legal",
                          "User interviews with 12 active members"}
    everything = dialog.shown_changes()
    type_text(dialog.filter_edit, "stakeholder")
    assert {c.field for c in dialog.shown_changes()} <= {"duration", "finish"}
    group = next(dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())
                 if dialog.tree.topLevelItem(i).text(0).startswith("Tasks"))
    assert group.text(0) == "Tasks (1)"
    item = next(group.child(j) for j in range(group.childCount())
                if not group.child(j).isHidden())
    dialog.tree.scrollToItem(item)
    qtbot.waitUntil(lambda: dialog.tree.visualItemRect(item).height() > 0)
    rect = dialog.tree.visualItemRect(item)
    qtbot.mouseClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dialog.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    gantt = window.views["gantt"]
    assert window.current_view_key() == "gantt"
    assert gantt.current_uid() == window.controller.plan.tasks[3].uid
    window.show_view("risks")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)  # Enter opens the current change too
    assert window.current_view_key() == "gantt"
    dialog.filter_edit.setFocus()
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Backspace)  # the filter cleared: all again
    assert dialog.shown_changes() == everything
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().startswith("FitPulse Premium")
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_long_change_list_filters_once_typing_pauses(qtbot, type_text,
                                                       show_active) -> None:
    from pmdesk.core.merge import Change
    from pmdesk.ui.sharing.compare_dialog import CompareDialog

    changes = [Change("Dates", "tasks", f"u{i}", f"Task {i}", "slipped 1 day", "finish",
                      "Mon 04 Jan 2027 17:00", "Tue 05 Jan 2027 17:00") for i in range(2500)]
    dialog = CompareDialog(changes, "digest", "old.pmdesk", lambda _change: None)
    qtbot.addWidget(dialog)
    show_active(dialog)
    type_text(dialog.filter_edit, "task 1234")
    group = dialog.tree.topLevelItem(0)
    assert group.text(0) == "Dates (2500)"  # still typing: the list waits
    qtbot.waitUntil(lambda: group.text(0) == "Dates (1)")
    assert [c.name for c in dialog.shown_changes()] == ["Task 1234"]
    type_text(dialog.filter_edit, "tue 05 jan")
    assert len(dialog.shown_changes()) == 2500  # asked at once, it applies the filter
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_share_leaves_out_what_is_checked(window, tmp_path, qtbot, on_modal,
                                          monkeypatch) -> None:
    copy = tmp_path / "agency.pmdesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(copy), "pmdesk projects (*.pmdesk)"))

    def choose(dialog) -> None:
        notes = dialog.findChild(QCheckBox, "strip_notes")
        qtbot.mouseClick(notes, Qt.MouseButton.LeftButton)
        titles = [dialog.preview.topLevelItem(i).text(0)
                  for i in range(dialog.preview.topLevelItemCount())]
        assert not any(t.startswith("Notes") for t in titles)
        assert "Resource e-mails" in titles
        qtbot.mouseClick(dialog.share_button, Qt.MouseButton.LeftButton)

    check = on_modal(choose)
    window.sharing.action_share.trigger()
    check()
    shared = open_plan(copy)
    assert all(r.email == "" for r in shared.resources)
    assert any(t.notes for t in shared.tasks)  # notes were not chosen


def test_esc_on_share_writes_nothing(window, tmp_path, qtbot, on_modal) -> None:
    check = on_modal(lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    window.sharing.action_share.trigger()
    check()
    assert list(tmp_path.glob("*.pmdesk")) == [tmp_path / "mine.pmdesk"]


def test_merge_takes_theirs_where_chosen_in_one_undo_step(window, theirs, mine,
                                                          qtbot) -> None:
    controller = window.controller
    _edit(theirs, "4", "duration=6d")
    _edit(theirs, "8", "percent_complete=60")
    task4 = controller.plan.tasks[3]
    from dataclasses import replace

    from pmdesk.core.patch import Patch
    assert controller.edit("Change", Patch(tasks=[replace(task4, duration=4 * 480)])).made
    steps = controller.undo_stack.count()
    dialog = window.sharing.merge_from(theirs)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert [(c.field, c.mine, c.theirs) for c in dialog._merge.conflicts] == [
        ("duration", "4d", "6d")]
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 4)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.choices() == {("tasks", task4.uid, "duration"): "theirs"}
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert controller.undo_stack.count() == steps + 1
    assert controller.plan.tasks[3].duration == 6 * 480
    assert controller.plan.tasks[7].percent_complete == 60
    controller.undo_stack.undo()
    assert controller.plan.tasks[3].duration == 4 * 480
    assert controller.plan.tasks[7].percent_complete != 60
    controller.undo_stack.redo()
    assert window.save()
    with open_journaled(mine) as read, open_journaled(theirs) as other:
        assert read.revisions[-1].merged == other.revisions[-1].id
    assert open_plan(mine).tasks[7].percent_complete == 60


def test_an_undone_merge_is_not_claimed_by_the_next_save(window, theirs, mine, qtbot,
                                                          on_modal, monkeypatch) -> None:
    _edit(theirs, "8", "percent_complete=60")
    before = open_plan(mine).tasks[7].percent_complete
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(theirs), "pmdesk projects (*.pmdesk)"))
    check = on_modal(lambda d: qtbot.mouseClick(d.merge_button, Qt.MouseButton.LeftButton))
    window.sharing.action_merge.trigger()  # File ▸ Merge From…
    check()
    assert window.controller.plan.tasks[7].percent_complete == 60
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table = window.views["gantt"].table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.plan.tasks[7].percent_complete == before
    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not window.is_modified()
    with open_journaled(mine) as read, open_journaled(theirs) as other:
        last = read.revisions[-1]
        assert last.merged is None and "merged" not in last.summary
        assert other.revisions[-1].id not in {r.merged for r in read.revisions}
    assert open_plan(mine).tasks[7].percent_complete == before


def test_a_merge_undone_and_redone_is_claimed_again(window, theirs, mine, qtbot) -> None:
    _edit(theirs, "8", "percent_complete=60")
    dialog = window.sharing.merge_from(theirs)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    window.action_undo.trigger()
    window.action_redo.trigger()
    assert window.save()
    with open_journaled(mine) as read, open_journaled(theirs) as other:
        assert read.revisions[-1].merged == other.revisions[-1].id
    assert open_plan(mine).tasks[7].percent_complete == 60


def test_a_risk_id_raised_in_both_copies_is_flagged_and_renumbered(window, theirs, qtbot,
                                                                    on_modal,
                                                                    monkeypatch) -> None:
    from pmdesk.core.model import Risk
    from pmdesk.core.patch import Patch
    from pmdesk.core.risk import next_code

    controller = window.controller
    code = next_code(controller.plan.risks)
    assert controller.edit("New risk", Patch(risks=[Risk("mine-risk", code, "Outage")])).made
    add_risk_and_save(theirs, "their-risk", code, "Supplier late")
    free = next_code(controller.plan.risks)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(theirs), "pmdesk projects (*.pmdesk)"))
    said: list[str] = []

    def merge(dialog) -> None:
        said.append(dialog.collisions.text() if dialog.collisions.isVisible() else "")
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    check = on_modal(merge)
    window.sharing.action_merge.trigger()  # File ▸ Merge From…
    check()
    assert f"risk {code} “Supplier late” (theirs) renumbered {free}: mine has {code} " \
           "“Outage”" in said[0]
    codes = {r.uid: r.code for r in controller.plan.risks}
    assert codes["mine-risk"] == code and codes["their-risk"] == free
    assert f"renumbered {free}" in window.statusBar().currentMessage()
    controller.undo_stack.undo()
    assert "their-risk" not in {r.uid for r in controller.plan.risks}


def test_a_merge_closing_a_cycle_lets_the_pm_drop_a_link(window, theirs, qtbot) -> None:
    _edit(theirs, "4", "predecessors=3,5")
    model = window.views["gantt"].model
    controller = window.controller
    uid5 = controller.plan.tasks[4].uid
    patch = model.patch_for(uid5, model.columns.index("predecessors"), "3,4")
    assert controller.edit("Link", patch).made
    dialog = window.sharing.merge_from(theirs)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.links.isVisible()
    assert "closes a dependency cycle" in dialog.cycle_label.text()
    assert dialog.links.count() == 1 and "(rows 5-4)" in dialog.links.item(0).text()
    dialog.links.setFocus()
    dialog.links.setCurrentRow(0)
    qtbot.keyClick(dialog.links, Qt.Key.Key_Space)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    pairs = {(d.predecessor_uid, d.successor_uid) for d in controller.plan.dependencies}
    assert (uid5, controller.plan.tasks[3].uid) not in pairs


def test_cancel_on_merge_changes_nothing(window, theirs, qtbot) -> None:
    _edit(theirs, "4", "duration=6d")
    dialog = window.sharing.merge_from(theirs)
    dialog.open()
    qtbot.waitExposed(dialog)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not window.controller.modified


def test_tasks_and_risks_are_marked_confidential_in_their_dialogs(window, qtbot,
                                                                   tmp_path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from pmdesk.ui.dialogs.task_dialog import TaskDialog
    from pmdesk.ui.risks.dialog import RiskDialog

    controller = window.controller
    task = controller.plan.tasks[5]
    dialog = TaskDialog(controller, task.uid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    notes = next(i for i in range(dialog.tabs.count()) if "Notes" in dialog.tabs.tabText(i))
    dialog.tabs.setCurrentIndex(notes)
    dialog.confidential_check.setFocus()
    qtbot.keyClick(dialog.confidential_check, Qt.Key.Key_Space)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert controller.plan.task_index()[task.uid].confidential
    risk = controller.plan.risks[0]
    dialog = RiskDialog(controller, risk.uid)
    qtbot.addWidget(dialog)
    dialog.confidential_check.setChecked(True)
    dialog.accept()
    assert controller.plan.risks[0].confidential
    assert window.save()
    copy = tmp_path / "copy.pmdesk"
    assert window.sharing.share_to(copy, ("confidential",))
    shared = open_plan(copy)
    assert task.uid not in {t.uid for t in shared.tasks}
    assert risk.uid not in {r.uid for r in shared.risks}
    assert task.name.encode() not in copy.read_bytes()
