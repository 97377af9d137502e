"""Every date field keeps the date typed into it, whole.

The report: in Project Information, select all in Start and type ``2028-03-06 08:00``; Qt's
section-by-section date edit kept the old year and made it 2027-03-06. Each test here types
as a user does (Ctrl+A, then the keys) and reads what the dialog makes of it.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pmdesk.demo import build_demo_plan
from pmdesk.ui.controller import ProjectController
from pmdesk.ui.datefield import DateField
from pmdesk.ui.dialogs.export_dialog import ExportDialog
from pmdesk.ui.dialogs.project_dialog import ProjectDialog
from pmdesk.ui.dialogs.task_dialog import TaskDialog
from pmdesk.ui.resources.vacations import VacationsDialog
from pmdesk.ui.risks.dialog import RiskDialog

pytestmark = [pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
              pytest.mark.xvfb]


@pytest.fixture(scope="module")
def demo():
    return build_demo_plan(date(2026, 12, 4))


@pytest.fixture
def controller(demo) -> ProjectController:
    import copy

    return ProjectController(copy.deepcopy(demo))


def _leaf(controller) -> str:
    return next(t.uid for t in controller.plan.tasks if not controller.is_summary(t.uid)
                and not t.milestone)


DIALOGS = {
    "project": lambda c: ProjectDialog(c.plan),
    "task": lambda c: TaskDialog(c, _leaf(c)),
    "risk": lambda c: RiskDialog(c, c.plan.risks[0].uid),
    "export": lambda c: ExportDialog(c),
    "vacations": lambda c: VacationsDialog(c, c.plan.resources[0].uid),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_date_field_keeps_a_whole_typed_date(name, qtbot, controller, type_text,
                                                   show_active) -> None:
    dialog = DIALOGS[name](controller)
    qtbot.addWidget(dialog)
    if name == "vacations":
        dialog.add_row()
    if name == "project":
        dialog.add_holiday_button.click()
    show_active(dialog)
    fields = dialog.findChildren(DateField)
    assert fields, f"{name}: no date field found"
    for field in fields:
        field.setEnabled(True)
        typed = "2028-03-06 08:00" if field.with_time else "2028-03-06"
        type_text(field, typed)
        assert field.value().date() == date(2028, 3, 6), f"{name}: {field.text()}"
        if field.with_time:
            assert field.value() == datetime(2028, 3, 6, 8, 0)
        type_text(field, "6/3/2028")  # day first, as the task sheet reads it
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        assert field.value().date() == date(2028, 3, 6)
        assert field.text().startswith("2028-03-06")  # shown back as read


def test_project_start_typed_over_a_selection_keeps_the_year(qtbot, controller,
                                                              type_text) -> None:
    dialog = ProjectDialog(controller.plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(dialog.start_edit, "2028-03-06 08:00")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    patch = dialog.patch()
    assert patch is not None and patch.project is not None
    assert patch.project.start == datetime(2028, 3, 6, 8, 0)


@pytest.mark.parametrize("typed, message", [
    ("2028-13-06", "not a date"),
    ("soon", "not a date"),
    ("20228-03-06", "not a date"),
    ("1066-10-14", "out of range"),
])
def test_a_bad_date_is_named_and_nothing_changes(typed, message, qtbot, controller,
                                                 type_text, show_active) -> None:
    before = controller.plan.project
    dialog = ProjectDialog(controller.plan)
    qtbot.addWidget(dialog)
    show_active(dialog)
    type_text(dialog.start_edit, typed)
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Tab)  # leaving the field marks it
    assert message in dialog.start_edit.toolTip()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.patch() is None
    assert dialog.error_label.text().startswith("Start:") and message in dialog.error_label.text()
    assert controller.plan.project == before


def test_the_calendar_button_picks_a_day_and_keeps_the_time(qtbot) -> None:
    field = DateField(datetime(2027, 1, 11, 9, 30))
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)

    def pick() -> None:
        calendar = field.calendar
        assert calendar is not None and calendar.isVisible()
        calendar.setSelectedDate(QDate(2027, 2, 3))
        calendar.clicked.emit(QDate(2027, 2, 3))

    QTimer.singleShot(0, pick)
    field.calendar_action.trigger()
    assert field.value() == datetime(2027, 2, 3, 9, 30)
    assert QApplication.activePopupWidget() is None
