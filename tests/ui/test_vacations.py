"""A resource's vacations: entered in the dialog, kept on its own calendar, undone at once."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from plan_builders import make_plan
from pmdesk.core.model import (
    Assignment,
    Calendar,
    CalendarException,
    Plan,
    Resource,
    ResourceType,
    Task,
)
from pmdesk.core.usage import usage
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.resources import ResourceView
from pmdesk.ui.resources import view as view_module
from pmdesk.ui.resources.vacations import VacationsDialog

MON = datetime(2025, 3, 3, 8)
HOLIDAY = CalendarException(date(2025, 3, 17), date(2025, 3, 17), (), "Founders' day")


def plan() -> Plan:
    """Ann builds for three weeks; Bob and the rest of the team share the project calendar."""
    cal = Calendar("cal", "Standard", exceptions=(HOLIDAY,))
    return make_plan([Task("x", "Build", position=0, duration=14 * 480)], calendar=cal,
                     name="Holidays", start=MON,
                     resources=[Resource("ann", "Ann", calendar_uid="cal"),
                                Resource("bob", "Bob"),
                                Resource("steel", "Steel", ResourceType.MATERIAL)],
                     assignments=[Assignment("a1", "x", "ann")])


def week(controller: ProjectController, uid: str, monday: date):
    report = usage(controller.plan, controller.schedule)
    return {b.start: b for b in report.resources[uid].buckets("week")}[monday]


def ok(qtbot, dialog: VacationsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def fill_row(qtbot, dialog: VacationsDialog, name: str, start: date, finish: date) -> None:
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText(name)
    for column, day in ((1, start), (2, finish)):
        field = dialog.table.cellWidget(row, column)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, day.isoformat())


@pytest.fixture
def controller() -> ProjectController:
    return ProjectController(plan())


def test_a_week_off_gets_a_personal_calendar_and_one_undo_restores_it(qtbot, controller):
    project_cal = controller.plan.calendars["cal"]
    before = week(controller, "ann", date(2025, 3, 10))
    assert before.capacity == 5 * 480
    steps = controller.undo_stack.count()

    dialog = VacationsDialog(controller, "ann")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0  # the project's holidays are not Ann's to edit
    fill_row(qtbot, dialog, "Skiing", date(2025, 3, 10), date(2025, 3, 14))
    ok(qtbot, dialog)
    assert dialog.result() == VacationsDialog.DialogCode.Accepted

    plan_now = controller.plan
    ann = next(r for r in plan_now.resources if r.uid == "ann")
    assert ann.calendar_uid not in (None, "cal")
    personal = plan_now.calendars[ann.calendar_uid]
    assert personal.name == "Ann" and personal.base_uid == "cal"
    assert personal.weekdays == (None,) * 7
    assert personal.exceptions == (
        CalendarException(date(2025, 3, 10), date(2025, 3, 14), (), "Skiing"),)
    assert plan_now.calendars["cal"] == project_cal  # the shared calendar is untouched
    assert controller.undo_stack.count() == steps + 1
    assert week(controller, "ann", date(2025, 3, 10)).capacity == 0
    # The project's holiday still applies to her through the base calendar.
    assert week(controller, "ann", date(2025, 3, 17)).capacity == 4 * 480

    controller.undo_stack.undo()
    assert next(r for r in controller.plan.resources if r.uid == "ann").calendar_uid == "cal"
    assert set(controller.plan.calendars) == {"cal"}
    assert controller.plan.calendars["cal"] == project_cal
    assert week(controller, "ann", date(2025, 3, 10)).capacity == before.capacity


def test_editing_again_changes_the_same_personal_calendar(qtbot, controller):
    dialog = VacationsDialog(controller, "bob")
    qtbot.addWidget(dialog)
    fill_row(qtbot, dialog, "", date(2025, 3, 4), date(2025, 3, 4))
    ok(qtbot, dialog)
    uid = next(r for r in controller.plan.resources if r.uid == "bob").calendar_uid
    assert controller.plan.calendars[uid].exceptions[0].name == "Vacation"

    again = VacationsDialog(controller, "bob")
    qtbot.addWidget(again)
    assert again.table.rowCount() == 1
    fill_row(qtbot, again, "Dentist", date(2025, 3, 20), date(2025, 3, 20))
    again.table.selectRow(0)
    qtbot.mouseClick(again.remove_button, Qt.MouseButton.LeftButton)
    ok(qtbot, again)
    assert next(r for r in controller.plan.resources if r.uid == "bob").calendar_uid == uid
    assert len(controller.plan.calendars) == 2
    assert [e.name for e in controller.plan.calendars[uid].exceptions] == ["Dentist"]
    controller.undo_stack.undo()
    assert [e.name for e in controller.plan.calendars[uid].exceptions] == ["Vacation"]


def test_a_range_ending_before_it_starts_is_refused_in_the_dialog(qtbot, controller):
    dialog = VacationsDialog(controller, "ann")
    qtbot.addWidget(dialog)
    fill_row(qtbot, dialog, "Skiing", date(2025, 3, 10), date(2025, 3, 14))
    fill_row(qtbot, dialog, "Beach", date(2025, 3, 20), date(2025, 3, 18))
    steps = controller.undo_stack.count()
    ok(qtbot, dialog)
    assert dialog.result() != VacationsDialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden()
    assert "Row 2 (Beach)" in dialog.error_label.text()
    assert "before it starts" in dialog.error_label.text()
    assert controller.undo_stack.count() == steps
    assert set(controller.plan.calendars) == {"cal"}


def test_the_view_action_needs_one_work_resource_and_the_chart_shows_less_capacity(
        qtbot, controller, monkeypatch):
    view = ResourceView(controller)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    assert view.action_vacations in view.toolbar.actions()

    view.select_resource("steel")
    assert not view.action_vacations.isEnabled()
    view.table.selectAll()
    assert not view.action_vacations.isEnabled()
    view.select_resource("ann")
    assert view.action_vacations.isEnabled()

    def run(dialog: VacationsDialog) -> int:
        assert dialog.resource.uid == "ann"
        fill_row(qtbot, dialog, "Skiing", date(2025, 3, 10), date(2025, 3, 14))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(view_module.VacationsDialog, "exec", run)
    view.action_vacations.trigger()
    weeks = {b.start: b for b in view.chart.buckets}
    assert weeks[date(2025, 3, 10)].capacity == 0
    assert weeks[date(2025, 3, 3)].capacity == 5 * 480
