"""File ▸ New asks for the name, start and template, and the window shows that project."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pmdesk.templates import next_working_morning
from pmdesk.ui.dialogs.new_project_dialog import NewProjectDialog
from pmdesk.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]


@pytest.fixture
def window(qtbot, show_active) -> MainWindow:
    w = MainWindow()
    w.open_demo()
    w.controller.undo_stack.setClean()
    show_active(w)
    yield w
    w.maybe_save = lambda: True  # whatever a test left unsaved is dropped at teardown
    w.close()
    w.deleteLater()


def fill(qtbot, dialog: NewProjectDialog, name: str, start: str, template: str) -> None:
    assert isinstance(dialog, NewProjectDialog)
    for field, text in ((dialog.name_edit, name), (dialog.start_edit, start)):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
        qtbot.keyClicks(field, text)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData(template))


def test_ctrl_n_asks_and_starts_the_launch_template_on_the_day_given(qtbot, window,
                                                                    on_modal) -> None:
    def create(dialog) -> None:
        fill(qtbot, dialog, "Checkout revamp", "2028-03-06", "launch")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    check = on_modal(create)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    check()
    plan = window.controller.plan
    assert plan.project.name == "Checkout revamp"
    assert plan.project.start == datetime(2028, 3, 6, 8)
    assert window.controller.schedule.project_start == datetime(2028, 3, 6, 8)
    assert [t.name for t in plan.tasks if t.parent_uid is None] == [
        "Discovery", "Definition", "Build", "Launch", "Growth"]
    assert not plan.resources and not plan.risks and plan.board_columns
    assert all(t.percent_complete == 0 and t.actual_start is None for t in plan.tasks)
    assert "Checkout revamp" in window.windowTitle()
    # The timeline shows where the new project begins.
    gantt = window.views["gantt"]
    qtbot.waitUntil(lambda: 0 <= gantt.chart.x_of(plan.project.start)
                    <= gantt.chart.viewport().width())


def test_a_blank_project_has_a_board_and_typing_starts_its_first_task(qtbot, window,
                                                                     on_modal,
                                                                     show_active) -> None:
    def create(dialog) -> None:
        fill(qtbot, dialog, "Pricing test", "2027-02-01 09:00", "blank")
        qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Return)  # Enter creates it

    check = on_modal(create)
    window.action_new.trigger()
    check()
    plan = window.controller.plan
    assert (plan.project.name, plan.project.start, plan.tasks) == (
        "Pricing test", datetime(2027, 2, 1, 9), [])
    assert [c.name for c in plan.board_columns] == ["To do", "In progress", "Done"]
    gantt = window.views["gantt"]
    show_active(window)  # the window manager gives the window back its focus
    gantt.table.setFocus()
    qtbot.keyClicks(gantt.table, "P")
    qtbot.keyClicks(QApplication.focusWidget(), "rice page")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()
    assert [t.name for t in window.controller.plan.tasks] == ["Price page"]


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_cancelling_new_keeps_the_open_project(qtbot, window, on_modal, how) -> None:
    before = window.controller.plan

    def cancel(dialog) -> None:
        if how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        elif how == "cancel":
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                             Qt.MouseButton.LeftButton)
        else:
            dialog.close()

    check = on_modal(cancel)
    window.action_new.trigger()
    check()
    assert window.controller.plan is before


def test_a_nameless_or_dateless_project_is_refused_in_the_dialog(qtbot, show_active) -> None:
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    show_active(dialog)
    fill(qtbot, dialog, "", "2028-03-06", "blank")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.plan() is None
    assert "needs a name" in dialog.error_label.text()
    fill(qtbot, dialog, "Pilot", "next spring", "blank")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.error_label.text().startswith("Start:"), \
        dialog.error_label.text()
    fill(qtbot, dialog, "Pilot", "2028-03-06", "blank")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible() and dialog.plan().project.name == "Pilot"


def test_the_default_start_is_the_next_working_morning() -> None:
    from datetime import date

    assert next_working_morning(date(2026, 12, 4)) == datetime(2026, 12, 7, 8)  # Fri -> Mon
    assert next_working_morning(date(2026, 12, 1)) == datetime(2026, 12, 2, 8)


def test_opening_another_project_clears_every_find_box(qtbot, window) -> None:
    window._build_remaining_views()
    gantt, board, risks = (window.views[k] for k in ("gantt", "board", "risks"))
    window.show_view("gantt")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(gantt.find_edit, "pricing")
    window.show_view("board")
    board.search.setFocus()
    qtbot.keyClicks(board.search, "paywall")
    window.show_view("risks")
    risks.search.setFocus()
    qtbot.keyClicks(risks.search, "store review")
    assert (gantt.find_edit.text(), board.search.text(), risks.search.text()) == (
        "pricing", "paywall", "store review")
    window.open_demo()
    assert (gantt.find_edit.text(), board.search.text(), risks.search.text()) == ("", "", "")
