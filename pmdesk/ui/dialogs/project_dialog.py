"""Project information: name, dates, currency and the project's working calendar.

OK makes the whole dialog one undoable edit. Hours are typed as a PM says them
("08:00-12:00, 13:00-17:00"); a bad entry is named right there and nothing changes.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pmdesk.core.model import (
    Calendar,
    CalendarException,
    DayHours,
    Plan,
    ProjectInfo,
    standard_calendar,
)
from pmdesk.core.patch import Patch
from pmdesk.ui.datefield import DateField
from pmdesk.ui.dialog_parts import add_remove_row, error_label, tabbed_body
from pmdesk.ui.tables import cell_span, cell_text, remove_selected_rows, row_table

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "INR")
_HOURS_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_hours(text: str) -> DayHours:
    """``"08:00-12:00, 13:00-17:00"`` -> ((480, 720), (780, 1020)); empty -> no work."""
    text = text.strip()
    if not text:
        return ()
    out: list[tuple[int, int]] = []
    for part in text.split(","):
        m = _HOURS_RE.match(part)
        if not m:
            raise ValueError(f"'{part.strip()}' is not a time range: write it as 08:00-12:00")
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        a, b = h1 * 60 + m1, h2 * 60 + m2
        if h1 > 24 or h2 > 24 or m1 > 59 or m2 > 59 or a > 1440 or b > 1440:
            raise ValueError(f"'{part.strip()}' has a time that does not exist")
        if b <= a:
            raise ValueError(f"'{part.strip()}' ends before it starts")
        out.append((a, b))
    out.sort()
    for (a1, b1), (a2, b2) in zip(out, out[1:], strict=False):  # each with the next
        if a2 < b1:
            raise ValueError(
                f"{format_hours(((a1, b1),))} and {format_hours(((a2, b2),))} overlap")
    return tuple(out)


def format_hours(hours: DayHours | None) -> str:
    if not hours:
        return ""
    return ", ".join(f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}" for a, b in hours)


class ProjectDialog(QDialog):
    """Edit the project header and its calendar; ``patch()`` is the edit OK makes."""

    def __init__(self, plan: Plan, parent: QWidget | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project Information"))
        self.setMinimumWidth(620)
        self._plan = plan
        project = plan.project
        cal = plan.calendars.get(project.calendar_uid or "")
        self._calendar = cal if cal is not None else standard_calendar(name="Standard")
        self._calendar_is_new = cal is None
        base = plan.calendars.get(self._calendar.base_uid or "")

        pages = ((self._general_page(project), self.tr("General")),
                 (self._scheduling_page(project), self.tr("Scheduling")),
                 (self._calendar_page(base), self.tr("Calendar")))
        self.error_label = error_label("errorLabel", hidden=True)
        self.tabs, self.buttons = tabbed_body(self, pages, self.error_label, read_only)
        self._patch: Patch | None = None

    def _general_page(self, project: ProjectInfo) -> QWidget:
        """Name, description, start, status date, currency and the critical slack."""
        general = QWidget()
        form = QFormLayout(general)
        self.name_edit = QLineEdit(project.name)
        self.description_edit = QPlainTextEdit(project.description)
        self.description_edit.setFixedHeight(70)
        self.start_edit = DateField(project.start)
        status_row = QHBoxLayout()
        self.status_check = QCheckBox(self.tr("Status date"))
        self.status_edit = DateField(
            project.status_date or datetime.combine(date.today(), time(17)),
            default_time=time(17))
        self.status_check.setChecked(project.status_date is not None)
        self.status_edit.setEnabled(project.status_date is not None)
        self.status_check.toggled.connect(self.status_edit.setEnabled)
        status_row.addWidget(self.status_check)
        status_row.addWidget(self.status_edit, 1)
        self.currency_edit = QComboBox()
        self.currency_edit.setEditable(True)
        self.currency_edit.addItems(CURRENCIES)
        self.currency_edit.setCurrentText(project.currency)
        self.slack_edit = QSpinBox()
        self.slack_edit.setRange(0, 100)
        self.slack_edit.setSuffix(self.tr(" days"))
        self.slack_edit.setValue(project.critical_slack_limit // max(project.minutes_per_day, 1))
        self.slack_edit.setToolTip(
            self.tr("Tasks with this much total slack or less are critical."))
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(self.tr("Start"), self.start_edit)
        form.addRow("", status_row)
        form.addRow(self.tr("Currency"), self.currency_edit)
        form.addRow(self.tr("Critical if slack ≤"), self.slack_edit)
        return general

    def _calendar_page(self, base: Calendar | None) -> QWidget:
        """The project calendar: its name, weekly hours (those it inherits from ``base``
        shown as its own) and its holidays."""
        calendar_page = QWidget()
        cal_layout = QVBoxLayout(calendar_page)
        self.calendar_name = QLineEdit(self._calendar.name)
        name_row = QFormLayout()
        name_row.addRow(self.tr("Calendar"), self.calendar_name)
        cal_layout.addLayout(name_row)
        cal_layout.addWidget(QLabel(self.tr("Working hours per weekday (empty = day off)")))
        self.week_table = QTableWidget(7, 2)
        self.week_table.setHorizontalHeaderLabels([self.tr("Working"), self.tr("Hours")])
        self.week_table.setVerticalHeaderLabels(list(WEEKDAY_NAMES))
        self.week_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for i, hours in enumerate(self._calendar.weekdays):
            if hours is None and base is not None:
                hours = base.weekdays[i]
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if hours else Qt.CheckState.Unchecked)
            self.week_table.setItem(i, 0, check)
            self.week_table.setItem(i, 1, QTableWidgetItem(format_hours(hours or ())))
        self.week_table.itemChanged.connect(self._week_item_changed)
        self.week_table.setFixedHeight(
            self.week_table.horizontalHeader().height() + 7 * self.week_table.rowHeight(0) + 4
        )
        cal_layout.addWidget(self.week_table)

        cal_layout.addWidget(
            QLabel(self.tr("Holidays and other exceptions (empty hours = no work)")))
        self.exception_table = row_table([
            self.tr("Name"), self.tr("From"), self.tr("To"), self.tr("Hours")], stretch=0)
        for ex in self._calendar.exceptions:
            self._add_exception_row(ex)
        cal_layout.addWidget(self.exception_table, 1)
        buttons_row, self.add_holiday_button, self.remove_holiday_button = add_remove_row(
            self.tr("Add holiday"),
            lambda: self._add_exception_row(
                CalendarException(date.today(), date.today(), (), "Holiday")),
            self.tr("Remove"), lambda: remove_selected_rows(self.exception_table))
        cal_layout.addLayout(buttons_row)
        return calendar_page

    def _week_item_changed(self, item: QTableWidgetItem) -> None:
        """Ticking a day gives it the standard hours; unticking clears them."""
        if item.column() != 0:
            return
        hours_item = self.week_table.item(item.row(), 1)
        if hours_item is None:
            return
        if item.checkState() == Qt.CheckState.Checked and not hours_item.text().strip():
            hours_item.setText("08:00-12:00, 13:00-17:00")
        elif item.checkState() == Qt.CheckState.Unchecked:
            hours_item.setText("")

    def _add_exception_row(self, ex: CalendarException) -> None:
        row = self.exception_table.rowCount()
        self.exception_table.insertRow(row)
        self.exception_table.setItem(row, 0, QTableWidgetItem(ex.name))
        for col, d in ((1, ex.start), (2, ex.finish)):
            self.exception_table.setCellWidget(row, col, DateField(d, with_time=False))
        self.exception_table.setItem(row, 3, QTableWidgetItem(format_hours(ex.intervals)))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def build_patch(self) -> Patch:
        """The edit the dialog describes; ValueError names the field that is wrong."""
        name = self.name_edit.text().strip()
        if not name:
            raise ValueError("Name: a project needs a name")
        currency = self.currency_edit.currentText().strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", currency):
            raise ValueError(f"Currency: '{currency}' is not a three-letter code such as EUR")
        weekdays: list[DayHours] = []
        for i in range(7):
            text = cell_text(self.week_table, i, 1)
            try:
                weekdays.append(parse_hours(text))
            except ValueError as exc:
                raise ValueError(f"{WEEKDAY_NAMES[i]}: {exc}") from None
        if not any(weekdays):
            raise ValueError("Calendar: at least one weekday must have working hours")
        exceptions: list[CalendarException] = []
        for r in range(self.exception_table.rowCount()):
            label = cell_text(self.exception_table, r, 0) or "Holiday"
            a, b = cell_span(self.exception_table, r, label)
            try:
                hours = parse_hours(cell_text(self.exception_table, r, 3))
            except ValueError as exc:
                raise ValueError(f"{label}: {exc}") from None
            exceptions.append(CalendarException(a, b, hours, label))
        exceptions.sort(key=lambda e: e.start)
        start = self.start_edit.read("Start")
        if start is None:
            raise ValueError("Start: a date is needed, such as 2028-03-06")
        status = self.status_edit.read("Status date") if self.status_check.isChecked() else None
        calendar = dataclasses.replace(
            self._calendar,
            name=self.calendar_name.text().strip() or "Standard",
            weekdays=tuple(weekdays),
            exceptions=tuple(exceptions),
        )
        from_finish = self.schedule_from.currentIndex() == 1
        progress_options: dict[str, Any] = {key: box.isChecked()
                                            for key, box in self.progress_options.items()}
        project = dataclasses.replace(
            self._plan.project,
            schedule_from_finish=from_finish,
            finish=self.finish_edit.read("Finish date") if from_finish else None,
            new_tasks_manual=self.new_tasks_mode.currentIndex() == 1,
            **progress_options,
            name=name,
            description=self.description_edit.toPlainText(),
            start=start,
            status_date=status,
            currency=currency,
            calendar_uid=calendar.uid,
            critical_slack_limit=self.slack_edit.value() * self._plan.project.minutes_per_day,
        )
        changed_cal = self._calendar_is_new or calendar != self._calendar
        return Patch(
            project=project if project != self._plan.project else None,
            calendars=(calendar,) if changed_cal else (),
        )

    def _scheduling_page(self, project) -> QWidget:
        """MS Project's scheduling options: from the start or from the finish, the mode of
        new tasks, and how progress is placed around the status date."""
        page = QWidget()
        form = QFormLayout(page)
        self.schedule_from = QComboBox()
        self.schedule_from.addItems([
            self.tr("Project start date"), self.tr("Project finish date")])
        self.schedule_from.setCurrentIndex(1 if project.schedule_from_finish else 0)
        self.schedule_from.setToolTip(
            self.tr("From the finish date, tasks are placed as late as possible back from it"))
        self.finish_edit = DateField(project.finish or project.start, default_time=time(17))
        self.finish_edit.setEnabled(project.schedule_from_finish)
        self.schedule_from.currentIndexChanged.connect(
            lambda i: self.finish_edit.setEnabled(i == 1))
        self.new_tasks_mode = QComboBox()
        self.new_tasks_mode.addItems([self.tr("Auto Scheduled"), self.tr("Manually Scheduled")])
        self.new_tasks_mode.setCurrentIndex(1 if project.new_tasks_manual else 0)
        form.addRow(self.tr("Schedule from"), self.schedule_from)
        form.addRow(self.tr("Finish date"), self.finish_edit)
        form.addRow(self.tr("New tasks"), self.new_tasks_mode)
        labels = {
            "move_completed_ends_back":
                "Move end of completed parts after status date back to status date",
            "move_remaining_starts_back": "    and move start of remaining parts back too",
            "move_remaining_starts_forward":
                "Move start of remaining parts before status date forward to status date",
            "move_completed_ends_forward": "    and move end of completed parts forward too",
        }
        self.progress_options: dict[str, QCheckBox] = {}
        for key, text in labels.items():
            box = QCheckBox(text)
            box.setChecked(getattr(project, key))
            self.progress_options[key] = box
            form.addRow("", box)
        return page

    def accept(self) -> None:
        try:
            self._patch = self.build_patch()
        except ValueError as exc:
            self._show_error(str(exc))
            return
        super().accept()

    def patch(self) -> Patch | None:
        """The edit to make after the dialog was accepted."""
        return self._patch
