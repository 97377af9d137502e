"""Write a plan as Microsoft Project XML (MSPDI, the Project 2007 ``mspdi_pj12.xsd`` schema).

A PM sends the plan to colleagues who use Microsoft Project or ProjectLibre, and may get it
back: the file must open there and, read back into pmdesk, give the same plan. Hence:

- Elements are written in the order the schema's ``xsd:sequence`` requires; Microsoft
  Project refuses a file whose elements are out of order.
- UIDs a plan brought from its source file (``source_uid``) are written back unchanged, so a
  colleague's Project file keeps its task, resource and calendar identities; rows without one
  get integers that collide with none of those.
- Every calendar a row refers to is written, and the project always has a calendar.
- pmdesk fields Project has no element for (board column, board rank, tags, confidential)
  travel as task text custom fields declared with an alias (``pmdesk Tags`` ...), which
  Project shows and keeps; the board's columns are the value list of the column field.
  Risks have no place in MSPDI and are not written.

Units follow the schema: durations are ``xsd:duration`` of working time, link lags and slack
are tenths of a minute, costs are hundredths of the currency unit, rates are per hour,
``CriticalSlackLimit`` is whole days.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple

from pmdesk.core.contours import assignment_work
from pmdesk.core.model import (
    Assignment,
    Baseline,
    Calendar,
    CalendarException,
    ConstraintType,
    DayHours,
    Dependency,
    DurationUnit,
    LinkType,
    Plan,
    Resource,
    ResourceType,
    Task,
    WorkContour,
    standard_calendar,
)
from pmdesk.core.outline import (
    normalize,
    outline_levels,
    row_numbers,
    summary_uids,
    wbs_codes,
)
from pmdesk.fileio import write_atomically

if TYPE_CHECKING:
    from pmdesk.core.schedule import ScheduleResult

__all__ = ["MSPDI_NAMESPACE", "PMDESK_TASK_FIELDS", "CustomField", "mspdi_bytes", "write_mspdi"]

MSPDI_NAMESPACE = "http://schemas.microsoft.com/project"

# The schema version written; Project 2007 and every later Project read it.
SAVE_VERSION = 12
SAVE_VERSION_MANUAL = 14

# MSPDI codes. Link types are not in FS-first order: 0 is FF.
LINK_TYPE_CODES: dict[LinkType, int] = {
    LinkType.FF: 0,
    LinkType.FS: 1,
    LinkType.SF: 2,
    LinkType.SS: 3,
}
CONSTRAINT_CODES: dict[ConstraintType, int] = {
    ConstraintType.ASAP: 0,
    ConstraintType.ALAP: 1,
    ConstraintType.MSO: 2,
    ConstraintType.MFO: 3,
    ConstraintType.SNET: 4,
    ConstraintType.SNLT: 5,
    ConstraintType.FNET: 6,
    ConstraintType.FNLT: 7,
}
# Duration and lag formats; the elapsed variant of each is the code + 1.
FORMAT_CODES: dict[DurationUnit, int] = {
    DurationUnit.MINUTES: 3,
    DurationUnit.HOURS: 5,
    DurationUnit.DAYS: 7,
    DurationUnit.WEEKS: 9,
    DurationUnit.MONTHS: 11,
}
PERCENT_FORMAT = 19

_NO_CALENDAR = -1
#: The resource UID of an assignment to no resource (MS Project's own value).
NO_RESOURCE = -65535
#: Assignment/WorkContour codes, in MS Project's order (the enumeration's order).
CONTOUR_CODES: dict[WorkContour, int] = {c: code for code, c in enumerate(WorkContour)}
_RATE_PER_HOUR = 2  # StandardRateFormat / OvertimeRateFormat "h"
_RATE_PER_UNIT = 8  # StandardRateFormat of material and cost resources: no time unit
_FIXED_DURATION = 1  # Task Type: Project keeps the duration pmdesk planned


class CustomField(NamedTuple):
    """A task text custom field that carries one pmdesk field through Microsoft Project."""

    key: str  # the pmdesk Task attribute
    field_name: str  # Project's field ("Text26")
    field_id: int  # Project's PID of that field
    alias: str  # the column title a Project user sees


# Text26..Text29: high numbers, so the fields a Project user fills by hand (Text1...) stay free.
PMDESK_TASK_FIELDS: tuple[CustomField, ...] = (
    CustomField("board_column", "Text26", 188744012, "pmdesk Board column"),
    CustomField("board_rank", "Text27", 188744013, "pmdesk Board rank"),
    CustomField("tags", "Text28", 188744014, "pmdesk Tags"),
    CustomField("confidential", "Text29", 188744015, "pmdesk Confidential"),
)

# Characters XML 1.0 cannot carry at all; Project itself strips them from names and notes.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CALENDAR_NAME_MAX = 51  # longer calendar names are refused by Project
_SUBJECT_MAX = 512  # the schema's limit for the project's Subject


def write_mspdi(
    plan: Plan,
    target: str | os.PathLike[str] | BinaryIO,
    schedule: ScheduleResult | None = None,
) -> None:
    """Write ``plan`` as MSPDI XML to a path or a binary stream.

    With a ``schedule`` the computed dates, slack and critical flags are written too, so
    Project and ProjectLibre show pmdesk's dates before they reschedule. Writing to a path is
    atomic: the file is written beside the target and renamed over it, so a failure never
    leaves a half-written file where the previous export was.
    """
    data = mspdi_bytes(plan, schedule)
    if isinstance(target, (str, os.PathLike)):
        write_atomically(Path(target), data)
    else:
        target.write(data)


def mspdi_bytes(plan: Plan, schedule: ScheduleResult | None = None) -> bytes:
    """The MSPDI document for ``plan`` as UTF-8 bytes."""
    root = _ProjectWriter(plan, schedule).build()
    ET.indent(root, space="  ")
    body: bytes = ET.tostring(root, encoding="utf-8")
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + body + b"\n"


# --------------------------------------------------------------------------- values


def _text(value: str) -> str:
    """Text Project can read back as written: XML-illegal characters dropped, one newline style."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_ILLEGAL.sub("", value)


def _bool(value: bool) -> str:
    return "1" if value else "0"


def _datetime(value: datetime) -> str:
    return value.replace(microsecond=0).isoformat(timespec="seconds")


def _day_start(value: date) -> str:
    return f"{value.isoformat()}T00:00:00"


def _day_end(value: date) -> str:
    # Project ends a day's exception period at 23:59, not at midnight of the next day.
    return f"{value.isoformat()}T23:59:00"


def _time(minute: int) -> str:
    minute %= 24 * 60  # the end of a day (1440) is written as Project does: 00:00:00
    return f"{minute // 60:02d}:{minute % 60:02d}:00"


def _duration(minutes: int) -> str:
    """xsd:duration in hours and minutes, the only form Project parses reliably."""
    sign = "-" if minutes < 0 else ""
    minutes = abs(minutes)
    return f"{sign}PT{minutes // 60}H{minutes % 60}M0S"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _decimal(value: Decimal) -> str:
    """A plain decimal number: no exponent, no trailing zeros."""
    return format(value.normalize(), "f") if value else "0"


def _cents(value: Decimal) -> str:
    """Money in hundredths of the currency unit, as MSPDI stores costs."""
    return _decimal(value * 100)


def _format_code(unit: DurationUnit, elapsed: bool) -> int:
    return FORMAT_CODES.get(unit, FORMAT_CODES[DurationUnit.DAYS]) + (1 if elapsed else 0)


# ---------------------------------------------------------------------------- UIDs


def _allocate(
    rows: Iterable[tuple[str, int | None]], keep_from: int, start: int
) -> dict[str, int]:
    """Integer UIDs for rows given as (pmdesk uid, source uid).

    A source uid of at least ``keep_from`` is kept unless an earlier row already took it;
    every other row gets the next integer above all kept ones (and at least ``start``), so
    new rows never take a number an imported row owns.
    """
    rows = list(rows)
    out: dict[str, int] = {}
    used: set[int] = set()
    for uid, source in rows:
        if source is not None and source >= keep_from and source not in used:
            out[uid] = source
            used.add(source)
    following = max(max(used, default=0) + 1, start)
    for uid, _source in rows:
        if uid not in out:
            out[uid] = following
            following += 1
    return out


# -------------------------------------------------------------------------- builder


def _add(parent: ET.Element, tag: str, value: str | int | None = None) -> ET.Element:
    """Append ``<tag>value</tag>``; a ``None`` value makes an empty container element."""
    child = ET.SubElement(parent, tag)
    if value is not None:
        child.text = str(value)
    return child


class _ProjectWriter:
    """Builds the element tree of one export; holds the UID maps all sections share."""

    def __init__(self, plan: Plan, schedule: ScheduleResult | None) -> None:
        self.plan = plan
        self.schedule = schedule
        self.info = plan.project
        self.tasks: list[Task] = normalize(plan.tasks)
        self.task_ids = _allocate(((t.uid, t.source_uid) for t in self.tasks), 1, 1)
        self.resource_ids = _allocate(((r.uid, r.source_uid) for r in plan.resources), 1, 1)
        self.assignment_ids = _allocate(((a.uid, a.source_uid) for a in plan.assignments), 0, 1)
        self.calendars = self._calendars_to_write()
        self.calendar_ids = _allocate(((c.uid, c.source_uid) for c in self.calendars), 1, 1)
        self.project_calendar = self._project_calendar()
        self.columns = {c.uid: c.name for c in plan.board_columns}
        self.used_fields = [
            f
            for f in PMDESK_TASK_FIELDS
            if any(self._custom_value(t, f) for t in self.tasks)
            or (f.key == "board_column" and plan.board_columns)
        ]

    # -- calendars ---------------------------------------------------------------

    def _calendars_to_write(self) -> list[Calendar]:
        """The plan's calendars, plus a standard one when the project would have none.

        Project needs a project calendar; a plan without any calendar is scheduled by pmdesk
        on the standard week, so that is what the file says.
        """
        calendars = list(self.plan.calendars.values())
        if not any(c.base_uid is None or c.base_uid not in self.plan.calendars for c in calendars):
            taken = {c.uid for c in calendars}
            standard = standard_calendar()
            while standard.uid in taken:
                standard = standard_calendar()
            calendars.insert(0, standard)
        return calendars

    def _project_calendar(self) -> Calendar:
        known = {c.uid: c for c in self.calendars}
        chosen = known.get(self.info.calendar_uid or "")
        if chosen is not None:
            return chosen
        return next(c for c in self.calendars if c.base_uid not in known)

    def _calendar_ref(self, calendar_uid: str | None) -> int:
        """The MSPDI UID of a referenced calendar; a dangling reference means "none"."""
        if calendar_uid is None or calendar_uid not in self.calendar_ids:
            return _NO_CALENDAR
        return self.calendar_ids[calendar_uid]

    # -- document ------------------------------------------------------------------

    def build(self) -> ET.Element:
        root = ET.Element("Project", {"xmlns": MSPDI_NAMESPACE})
        self._header(root)
        self._extended_attribute_definitions(root)
        calendars = _add(root, "Calendars")
        for calendar in self.calendars:
            self._calendar(calendars, calendar)
        tasks = _add(root, "Tasks")
        self._project_summary_task(tasks)
        self._tasks(tasks)
        resources = _add(root, "Resources")
        for number, resource in enumerate(self.plan.resources, start=1):
            self._resource(resources, resource, number)
        assignments = _add(root, "Assignments")
        self._assignments(assignments)
        return root

    def _header(self, root: ET.Element) -> None:
        info = self.info
        start_minute, finish_minute = self._default_day(self.project_calendar)
        # Manually scheduled tasks came with Project 2010's format (save version 14).
        manual = info.new_tasks_manual or any(t.manual for t in self.tasks)
        _add(root, "SaveVersion", SAVE_VERSION_MANUAL if manual else SAVE_VERSION)
        _add(root, "Name", _text(info.name))
        _add(root, "Title", _text(info.name))
        if info.description:
            # Project's "Subject" property; the full text is also the summary task's notes,
            # which Project shows as the project's comments.
            _add(root, "Subject", _text(info.description)[:_SUBJECT_MAX])
        if info.company:
            _add(root, "Company", _text(info.company))
        if info.author:
            _add(root, "Author", _text(info.author))
        _add(root, "ScheduleFromStart", _bool(not info.schedule_from_finish))
        _add(root, "StartDate", _datetime(info.start))
        if info.schedule_from_finish and info.finish is not None:
            _add(root, "FinishDate", _datetime(info.finish))
        elif self.schedule is not None:
            _add(root, "FinishDate", _datetime(self.schedule.project_finish))
        minutes_per_day = info.minutes_per_day or 480
        _add(root, "CriticalSlackLimit", info.critical_slack_limit // minutes_per_day)
        _add(root, "CurrencyDigits", 2)
        _add(root, "CurrencyCode", _text(info.currency))
        _add(root, "CalendarUID", self.calendar_ids[self.project_calendar.uid])
        _add(root, "DefaultStartTime", _time(start_minute))
        _add(root, "DefaultFinishTime", _time(finish_minute))
        _add(root, "MinutesPerDay", info.minutes_per_day)
        _add(root, "MinutesPerWeek", info.minutes_per_week)
        _add(root, "DaysPerMonth", info.days_per_month)
        _add(root, "DefaultTaskType", _FIXED_DURATION)
        _add(root, "DurationFormat", FORMAT_CODES[DurationUnit.DAYS])
        _add(root, "NewTasksEffortDriven", 0)
        _add(root, "WeekStartDay", 1)
        self._progress_options(root)
        if info.status_date is not None:
            _add(root, "StatusDate", _datetime(info.status_date))
        _add(root, "NewTasksAreManual", _bool(info.new_tasks_manual))

    def _progress_options(self, root: ET.Element) -> None:
        """MS Project's options for moving progress around the status date."""
        info = self.info
        _add(root, "MoveCompletedEndsBack", _bool(info.move_completed_ends_back))
        _add(root, "MoveRemainingStartsBack", _bool(info.move_remaining_starts_back))
        _add(root, "MoveRemainingStartsForward", _bool(info.move_remaining_starts_forward))
        _add(root, "MoveCompletedEndsForward", _bool(info.move_completed_ends_forward))

    def _default_day(self, calendar: Calendar) -> tuple[int, int]:
        """When a working day starts and ends on the project calendar (Project's defaults
        for dates typed without a time)."""
        by_uid = {c.uid: c for c in self.calendars}
        for day in range(7):
            hours: DayHours | None = None
            seen: set[str] = set()
            current: Calendar | None = calendar
            while current is not None and current.uid not in seen:
                seen.add(current.uid)
                hours = current.weekdays[day] if day < len(current.weekdays) else None
                if hours is not None:
                    break
                current = by_uid.get(current.base_uid or "")
            if hours:
                return hours[0][0], hours[-1][1]
        return 8 * 60, 17 * 60

    def _extended_attribute_definitions(self, root: ET.Element) -> None:
        definitions = _add(root, "ExtendedAttributes")
        for field in self.used_fields:
            definition = _add(definitions, "ExtendedAttribute")
            _add(definition, "FieldID", field.field_id)
            _add(definition, "FieldName", field.field_name)
            _add(definition, "Alias", field.alias)
            if field.key == "board_column":
                self._board_columns(definition)

    def _board_columns(self, definition: ET.Element) -> None:
        """The board's columns as the field's value list: Project offers them as choices,
        and their order, WIP limits and done flags come back with the file."""
        values = _add(definition, "ValueList")
        ordered = sorted(self.plan.board_columns, key=lambda c: c.position)
        for number, column in enumerate(ordered, start=1):
            value = _add(values, "Value")
            _add(value, "ID", number)
            _add(value, "Value", _text(column.name))
            notes = []
            if column.wip_limit is not None:
                notes.append(f"WIP limit {column.wip_limit}")
            if column.done:
                notes.append("done")
            if notes:
                _add(value, "Description", "; ".join(notes))

    def _calendar(self, parent: ET.Element, calendar: Calendar) -> None:
        base_id = self.calendar_ids.get(calendar.base_uid or "")
        known_base = base_id is not None
        element = _add(parent, "Calendar")
        _add(element, "UID", self.calendar_ids[calendar.uid])
        _add(element, "Name", _text(calendar.name)[:_CALENDAR_NAME_MAX])
        _add(element, "IsBaseCalendar", _bool(not known_base))
        _add(
            element,
            "BaseCalendarUID",
            base_id if base_id is not None else _NO_CALENDAR,
        )
        weekdays = self._weekdays(calendar, known_base)
        if weekdays:
            week = _add(element, "WeekDays")
            for day_type, hours in weekdays:
                day = _add(week, "WeekDay")
                _add(day, "DayType", day_type)
                _add(day, "DayWorking", _bool(bool(hours)))
                self._working_times(day, hours)
        # Exceptions in the Project 2007 form only: Project ignores the older "day type 0"
        # form when this one is present, and a reader given both would count each twice.
        # Project skips exceptions that are out of date order.
        exceptions = sorted(calendar.exceptions, key=lambda e: (e.start, e.finish))
        if exceptions:
            container = _add(element, "Exceptions")
            for exception in exceptions:
                self._exception(container, exception)

    def _weekdays(
        self, calendar: Calendar, derived: bool
    ) -> list[tuple[int, tuple[tuple[int, int], ...]]]:
        """(DayType, hours) for each day the calendar defines; DayType 1 is Sunday.

        A derived calendar leaves inherited days out. A base calendar must define all seven
        days, so a day it leaves open gets the standard week's hours.
        """
        default = standard_calendar().weekdays
        days = []
        for monday_first in range(7):
            hours = (
                calendar.weekdays[monday_first] if monday_first < len(calendar.weekdays) else None
            )
            if hours is None:
                if derived:
                    continue
                hours = default[monday_first] or ()
            days.append(((monday_first + 1) % 7 + 1, tuple(hours)))
        days.sort()
        return days

    @staticmethod
    def _working_times(parent: ET.Element, hours: Sequence[tuple[int, int]]) -> None:
        if not hours:
            return
        times = _add(parent, "WorkingTimes")
        for start, finish in hours:
            time = _add(times, "WorkingTime")
            _add(time, "FromTime", _time(start))
            _add(time, "ToTime", _time(finish))

    def _exception(self, parent: ET.Element, exception: CalendarException) -> None:
        element = _add(parent, "Exception")
        _add(element, "EnteredByOccurrences", 0)
        period = _add(element, "TimePeriod")
        _add(period, "FromDate", _day_start(exception.start))
        _add(period, "ToDate", _day_end(exception.finish))
        _add(element, "Occurrences", 1)
        if exception.name:
            _add(element, "Name", _text(exception.name))
        _add(element, "Type", 1)  # a plain date range, not a recurrence
        _add(element, "DayWorking", _bool(bool(exception.intervals)))
        self._working_times(element, exception.intervals)

    # -- tasks ---------------------------------------------------------------------

    def _project_summary_task(self, parent: ET.Element) -> None:
        """Task UID 0: Project's row for the whole project; its notes are the project's
        comments."""
        element = _add(parent, "Task")
        _add(element, "UID", 0)
        _add(element, "ID", 0)
        _add(element, "Name", _text(self.info.name))
        _add(element, "Type", _FIXED_DURATION)
        _add(element, "IsNull", 0)
        _add(element, "WBS", 0)
        _add(element, "OutlineNumber", 0)
        _add(element, "OutlineLevel", 0)
        if self.schedule is not None:
            _add(element, "Start", _datetime(self.schedule.project_start))
            _add(element, "Finish", _datetime(self.schedule.project_finish))
        _add(element, "Summary", 1)
        _add(element, "CalendarUID", _NO_CALENDAR)
        if self.info.description:
            _add(element, "Notes", _text(self.info.description))

    def _tasks(self, parent: ET.Element) -> None:
        ids = row_numbers(self.tasks)
        levels = outline_levels(self.tasks)
        codes = wbs_codes(self.tasks)
        summaries = summary_uids(self.tasks)
        links = self._links_by_successor()
        for task in self.tasks:
            element = _add(parent, "Task")
            _add(element, "UID", self.task_ids[task.uid])
            _add(element, "ID", ids[task.uid])
            _add(element, "Name", _text(task.name))
            _add(element, "Manual", _bool(task.manual))
            _add(element, "Type", _FIXED_DURATION)
            _add(element, "IsNull", 0)
            _add(element, "WBS", codes[task.uid])
            _add(element, "OutlineNumber", codes[task.uid])
            _add(element, "OutlineLevel", levels[task.uid])
            _add(element, "Priority", task.priority)
            dates = self.schedule.tasks.get(task.uid) if self.schedule is not None else None
            if dates is not None:
                _add(element, "Start", _datetime(dates.start))
                _add(element, "Finish", _datetime(dates.finish))
            elif task.manual and task.manual_start and task.manual_finish:
                _add(element, "Start", _datetime(task.manual_start))
                _add(element, "Finish", _datetime(task.manual_finish))
            _add(element, "Duration", _duration(task.duration))
            _add(
                element,
                "DurationFormat",
                _format_code(task.duration_unit, task.duration_elapsed),
            )
            _add(element, "EffortDriven", 0)
            _add(element, "Estimated", 0)
            _add(element, "Milestone", _bool(task.milestone))
            _add(element, "Summary", _bool(task.uid in summaries))
            if dates is not None:
                _add(element, "Critical", _bool(dates.critical))
                _add(element, "EarlyStart", _datetime(dates.early_start))
                _add(element, "EarlyFinish", _datetime(dates.early_finish))
                _add(element, "LateStart", _datetime(dates.late_start))
                _add(element, "LateFinish", _datetime(dates.late_finish))
                _add(element, "FreeSlack", dates.free_slack * 10)
                _add(element, "TotalSlack", dates.total_slack * 10)
            _add(element, "FixedCost", _cents(task.fixed_cost))
            _add(element, "PercentComplete", task.percent_complete)
            if task.actual_start is not None:
                _add(element, "ActualStart", _datetime(task.actual_start))
            if task.actual_finish is not None:
                _add(element, "ActualFinish", _datetime(task.actual_finish))
            _add(element, "ConstraintType", CONSTRAINT_CODES[task.constraint_type])
            _add(element, "CalendarUID", self._calendar_ref(task.calendar_uid))
            if task.constraint_date is not None and task.constraint_type not in (
                ConstraintType.ASAP,
                ConstraintType.ALAP,
            ):
                _add(element, "ConstraintDate", _datetime(task.constraint_date))
            if task.deadline is not None:
                _add(element, "Deadline", _datetime(task.deadline))
            self._leveling(element, task)
            if task.notes:
                _add(element, "Notes", _text(task.notes))
            for link in links.get(task.uid, ()):
                self._predecessor_link(element, link)
            for field in self.used_fields:
                value = self._custom_value(task, field)
                if value:
                    attribute = _add(element, "ExtendedAttribute")
                    _add(attribute, "FieldID", field.field_id)
                    _add(attribute, "Value", _text(value))
            for baseline in sorted(task.baselines, key=lambda b: b.number):
                self._baseline(element, baseline)
            self._manual_dates(element, task)

    def _leveling(self, element: ET.Element, task: Task) -> None:
        """Leveling delay in its own unit, and whether resource calendars count."""
        _add(element, "LevelingDelay", task.leveling_delay * 10)
        _add(
            element,
            "LevelingDelayFormat",
            _format_code(task.leveling_delay_unit, task.leveling_delay_elapsed),
        )
        _add(element, "IgnoreResourceCalendar", _bool(task.ignore_resource_calendar))

    def _manual_dates(self, element: ET.Element, task: Task) -> None:
        """The dates the PM typed for a manually scheduled task (MS Project 2010 and later)."""
        if not task.manual:
            return
        if task.manual_start is not None:
            _add(element, "ManualStart", _datetime(task.manual_start))
        if task.manual_finish is not None:
            _add(element, "ManualFinish", _datetime(task.manual_finish))
        _add(element, "ManualDuration", _duration(task.duration))

    def _custom_value(self, task: Task, field: CustomField) -> str:
        """The text a custom field holds for ``task``; empty when the pmdesk value is the
        default, so untouched tasks carry no custom fields."""
        if field.key == "board_column":
            return self.columns.get(task.board_column_uid or "", "")
        if field.key == "board_rank":
            return repr(task.board_rank) if task.board_rank else ""
        if field.key == "tags":
            return ", ".join(tag.strip() for tag in task.tags if tag.strip())
        if field.key == "confidential":
            return "Yes" if task.confidential else ""
        raise ValueError(f"unknown pmdesk custom field {field.key!r}")

    def _links_by_successor(self) -> dict[str, list[Dependency]]:
        """Links per successor, in plan order. Project allows one link per pair of tasks and
        none from a task to itself; links to tasks not in the plan are left out."""
        out: dict[str, list[Dependency]] = {}
        seen: set[tuple[str, str]] = set()
        for link in self.plan.dependencies:
            pair = (link.predecessor_uid, link.successor_uid)
            if (
                link.predecessor_uid == link.successor_uid
                or pair in seen
                or link.predecessor_uid not in self.task_ids
                or link.successor_uid not in self.task_ids
            ):
                continue
            seen.add(pair)
            out.setdefault(link.successor_uid, []).append(link)
        return out

    def _predecessor_link(self, parent: ET.Element, link: Dependency) -> None:
        element = _add(parent, "PredecessorLink")
        _add(element, "PredecessorUID", self.task_ids[link.predecessor_uid])
        _add(element, "Type", LINK_TYPE_CODES[link.type])
        _add(element, "CrossProject", 0)
        if link.lag_percent is not None:
            # A percent lag is stored as the bare percentage, not in tenths of a minute.
            _add(element, "LinkLag", link.lag_percent)
            _add(element, "LagFormat", PERCENT_FORMAT + (1 if link.lag_elapsed else 0))
        else:
            _add(element, "LinkLag", link.lag * 10)
            _add(element, "LagFormat", _format_code(link.lag_unit, link.lag_elapsed))

    @staticmethod
    def _baseline(parent: ET.Element, baseline: Baseline) -> None:
        element = _add(parent, "Baseline")
        _add(element, "Number", baseline.number)
        if baseline.start is not None:
            _add(element, "Start", _datetime(baseline.start))
        if baseline.finish is not None:
            _add(element, "Finish", _datetime(baseline.finish))
        _add(element, "Duration", _duration(baseline.duration))
        _add(element, "Work", _duration(baseline.work))
        _add(element, "Cost", _cents(baseline.cost))

    # -- resources and assignments ------------------------------------------------------

    def _resource(self, parent: ET.Element, resource: Resource, number: int) -> None:
        work = resource.type is ResourceType.WORK
        element = _add(parent, "Resource")
        _add(element, "UID", self.resource_ids[resource.uid])
        _add(element, "ID", number)
        _add(element, "Name", _text(resource.name))
        _add(element, "Type", 1 if work else 0)  # 1 work, 0 material (and cost, flagged below)
        _add(element, "IsNull", 0)
        if resource.initials:
            _add(element, "Initials", _text(resource.initials))
        if resource.group:
            _add(element, "Group", _text(resource.group))
        if resource.email:
            _add(element, "EmailAddress", _text(resource.email))
        _add(element, "MaxUnits", _number(resource.max_units))
        _add(element, "StandardRate", _decimal(resource.standard_rate))
        _add(element, "StandardRateFormat", _RATE_PER_HOUR if work else _RATE_PER_UNIT)
        _add(element, "OvertimeRate", _decimal(resource.overtime_rate))
        _add(element, "OvertimeRateFormat", _RATE_PER_HOUR)  # the schema has no "per unit" here
        _add(element, "CostPerUse", _cents(resource.cost_per_use))
        calendar = self._calendar_ref(resource.calendar_uid)
        if calendar != _NO_CALENDAR:
            _add(element, "CalendarUID", calendar)
        _add(element, "IsCostResource", _bool(resource.type is ResourceType.COST))

    def _assignments(self, parent: ET.Element) -> None:
        tasks = {t.uid: t for t in self.tasks}
        resources = {r.uid: r for r in self.plan.resources}
        assigned: set[str] = set()
        for assignment in self.plan.assignments:
            task = tasks.get(assignment.task_uid)
            resource = resources.get(assignment.resource_uid)
            if task is None or resource is None:
                continue
            element = self._assignment(parent, assignment, task, resource)
            _add(element, "WorkContour", CONTOUR_CODES[assignment.contour])
            self._timephased_work(element, task, self.assignment_ids[assignment.uid])
            assigned.add(task.uid)
        self._unassigned_splits(parent, [t for t in self.tasks if t.splits], assigned)

    def _unassigned_splits(
        self, parent: ET.Element, split: list[Task], assigned: set[str]
    ) -> None:
        """A split task without resources carries its work on an assignment to no resource,
        as MS Project writes it."""
        number = max(self.assignment_ids.values(), default=0)
        for task in split:
            if task.uid in assigned:
                continue
            number += 1
            element = _add(parent, "Assignment")
            _add(element, "UID", number)
            _add(element, "TaskUID", self.task_ids[task.uid])
            _add(element, "ResourceUID", NO_RESOURCE)
            _add(element, "Units", 1)
            _add(element, "Work", _duration(task.duration))
            _add(element, "WorkContour", CONTOUR_CODES[WorkContour.CONTOURED])
            self._timephased_work(element, task, number)

    def _timephased_work(self, element: ET.Element, task: Task, number: int) -> None:
        """The periods a split task works, as timephased remaining work: what MS Project
        and pmdesk read the splits back from."""
        if not task.splits:
            return
        from pmdesk.core.schedule import work_periods

        start = self._scheduled_start(task)
        for a, b in work_periods(self.plan, task, start):
            data = _add(element, "TimephasedData")
            _add(data, "Type", 1)
            _add(data, "UID", number)
            _add(data, "Start", _datetime(a))
            _add(data, "Finish", _datetime(b))
            _add(data, "Unit", 2)
            _add(data, "Value", _duration(self._work_between(task, a, b)))

    def _scheduled_start(self, task: Task) -> datetime:
        if self.schedule is None:
            from pmdesk.core.schedule import schedule

            self.schedule = schedule(self.plan)
        return self.schedule.tasks[task.uid].start

    def _work_between(self, task: Task, a: datetime, b: datetime) -> int:
        from pmdesk.core.schedule import task_calendar

        return task_calendar(self.plan, task).between(a, b)

    def _assignment(
        self, parent: ET.Element, assignment: Assignment, task: Task, resource: Resource
    ) -> ET.Element:
        dates = self.schedule.tasks.get(task.uid) if self.schedule is not None else None
        element = _add(parent, "Assignment")
        _add(element, "UID", self.assignment_ids[assignment.uid])
        _add(element, "TaskUID", self.task_ids[task.uid])
        _add(element, "ResourceUID", self.resource_ids[resource.uid])
        if dates is not None:
            _add(element, "Finish", _datetime(dates.finish))
            _add(element, "Start", _datetime(dates.start))
        _add(element, "Units", _number(assignment.units))
        if resource.type is ResourceType.WORK and not task.duration_elapsed:
            # Work = duration x units (x the contour's average share) keeps Project from
            # recomputing the duration on open.
            work = assignment_work(task.duration, assignment.units, assignment.contour)
            _add(element, "Work", _duration(round(work)))
        return element
