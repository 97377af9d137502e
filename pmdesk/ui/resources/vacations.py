"""A resource's vacations: the days off of its own personal calendar.

A personal calendar takes its working week and holidays from a base calendar (the one the
resource used so far, else the project's) and adds the resource's own days off. A resource
still on a calendar other people share (the project calendar, say) gets a new personal
calendar, so the shared one never changes. OK makes the whole dialog one undoable edit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import QDialog, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from pmdesk.core.model import Calendar, CalendarException, Plan, Resource, new_uid
from pmdesk.core.patch import Patch
from pmdesk.ui.datefield import DateField
from pmdesk.ui.dialog_parts import add_remove_row, error_label, ok_cancel
from pmdesk.ui.tables import cell_span, cell_text, remove_selected_rows, row_table


def personal_calendar(plan: Plan, resource: Resource) -> Calendar | None:
    """The calendar only ``resource`` uses and that builds on a base calendar, if any."""
    cal = plan.calendars.get(resource.calendar_uid or "")
    if cal is None or cal.base_uid is None or cal.uid == plan.project.calendar_uid:
        return None
    shared = (any(r.calendar_uid == cal.uid for r in plan.resources if r.uid != resource.uid)
              or any(t.calendar_uid == cal.uid for t in plan.tasks)
              or any(c.base_uid == cal.uid for c in plan.calendars.values()))
    return None if shared else cal


def vacations_patch(plan: Plan, resource: Resource,
                    vacations: list[CalendarException]) -> Patch:
    """The edit that gives ``resource`` exactly ``vacations`` as days off."""
    days_off = tuple(sorted(vacations, key=lambda e: (e.start, e.finish)))
    cal = personal_calendar(plan, resource)
    if cal is not None:
        # Partial working days are not vacations: they stay as they are.
        kept = tuple(e for e in cal.exceptions if e.intervals)
        exceptions = tuple(sorted(kept + days_off, key=lambda e: (e.start, e.finish)))
        if exceptions == cal.exceptions:
            return Patch()
        return Patch(calendars=(replace(cal, exceptions=exceptions),))
    if not days_off:
        return Patch()
    current = plan.calendars.get(resource.calendar_uid or "")
    base = current.uid if current is not None else plan.project.calendar_uid
    if base not in plan.calendars:
        base = None
    cal = Calendar(uid=new_uid(), name=resource.name, weekdays=(None,) * 7,
                   exceptions=days_off, base_uid=base)
    return Patch(calendars=(cal,), resources=(replace(resource, calendar_uid=cal.uid),))



class VacationsDialog(QDialog):
    """Edit one work resource's days off; accepting makes the edit through the controller."""

    def __init__(self, controller, resource_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        plan = controller.plan
        self.resource = next(r for r in plan.resources if r.uid == resource_uid)
        self.setWindowTitle(self.tr("Vacations of {}").format(self.resource.name))
        self.setMinimumWidth(480)

        self.table = row_table([self.tr("Name"), self.tr("From"), self.tr("To")], stretch=0)
        self.table.setObjectName("vacationTable")
        cal = personal_calendar(plan, self.resource)
        for ex in (cal.exceptions if cal is not None else ()):
            if not ex.intervals:
                self.add_row(ex.name, ex.start, ex.finish)

        buttons_row, self.add_button, self.remove_button = add_remove_row(
            self.tr("Add vacation"), self.add_row,
            self.tr("Remove"), lambda: remove_selected_rows(self.table))
        self.error_label = error_label("errorLabel", hidden=True)
        self.buttons = ok_cancel(self, controller.read_only)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            self.tr("Days off of {}, on top of the holidays of its calendar").format(
                self.resource.name)))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def add_row(self, name: str = "", start: date | None = None,
                finish: date | None = None) -> int:
        """Append a row (today by default) and return its number."""
        name = name or self.tr("Vacation")
        start = start or date.today()
        finish = finish or start
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        for col, d in ((1, start), (2, finish)):
            self.table.setCellWidget(row, col, DateField(d, with_time=False))
        self.table.setCurrentCell(row, 0)
        return row

    def vacations(self) -> list[CalendarException]:
        """The rows as days off; ValueError names the row that is wrong."""
        out: list[CalendarException] = []
        for r in range(self.table.rowCount()):
            name = cell_text(self.table, r, 0) or self.tr("Vacation")
            a, b = cell_span(self.table, r, f"Row {r + 1} ({name})")
            out.append(CalendarException(a, b, (), name))
        return out

    def accept(self) -> None:
        try:
            vacations = self.vacations()
        except ValueError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        patch = vacations_patch(self.controller.plan, self.resource, vacations)
        if not patch.is_empty():
            text = self.tr("Vacations of {}").format(self.resource.name)
            result = self.controller.edit(text, patch, report=False)
            if not result:
                self.error_label.setText(result.reason or "The vacations were not saved.")
                self.error_label.show()
                return
        super().accept()
