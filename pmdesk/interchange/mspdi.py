"""Read Microsoft Project XML (MSPDI) files into a :class:`~pmdesk.core.model.Plan`.

A PM receives a colleague's plan saved from MS Project as XML and opens it in pmdesk. The
reader keeps what pmdesk models (header, calendars, outline, durations, links, constraints,
progress, resources, assignments, baselines, costs) and leaves the rest out. MS Project's
own UIDs are kept in ``source_uid`` so a later export and a comparison can match rows.

Files from colleagues are untrusted: parsing goes through defusedxml, so a document type
declaration with entities (billion laughs) or an external entity is refused with a message.
:func:`read_reference_schedule` returns the dates MS Project stored, to compare pmdesk's
schedule with MS Project's.
"""

from __future__ import annotations

import builtins
import contextlib
import itertools
import math
import os
import re
from calendar import monthrange
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from pmdesk.core import limits, model
from pmdesk.core.calendar import WorkCalendar, to_minute
from pmdesk.core.limits import Bound
from pmdesk.core.schedule import task_calendar

from .mspdi_writer import CONTOUR_CODES, NO_RESOURCE, PMDESK_TASK_FIELDS
from .untrusted import MAX_XML_BYTES, UntrustedFileError, parse_xml_data, read_bytes

__all__ = [
    "MspdiError",
    "duration_format",
    "parse_xsd_duration",
    "read_mspdi",
    "read_reference_schedule",
]

# PredecessorLink/Type: MS Project numbers FF first (FS = 1 is the default).
_LINK_TYPES = {
    0: model.LinkType.FF, 1: model.LinkType.FS, 2: model.LinkType.SF, 3: model.LinkType.SS
}
_CONSTRAINTS = {
    0: model.ConstraintType.ASAP,
    1: model.ConstraintType.ALAP,
    2: model.ConstraintType.MSO,
    3: model.ConstraintType.MFO,
    4: model.ConstraintType.SNET,
    5: model.ConstraintType.SNLT,
    6: model.ConstraintType.FNET,
    7: model.ConstraintType.FNLT,
}
_UNITS = {
    3: model.DurationUnit.MINUTES,
    5: model.DurationUnit.HOURS,
    7: model.DurationUnit.DAYS,
    9: model.DurationUnit.WEEKS,
    11: model.DurationUnit.MONTHS,
}
_PERCENT_FORMATS = (19, 20)
# What a recurring calendar exception may name: month 0-11, day 1-31, the 1st-4th or last.
_MONTH = Bound(0, 11)
_MONTH_DAY = Bound(1, 31)
_MONTH_POSITION = Bound(0, 4)
_PERIOD = Bound(1, 1000)  # a recurrence's "every N days, weeks or months"
_BASELINE = Bound(0, 10)  # MS Project's Baseline and Baseline1 to Baseline10
_NO_RESOURCE = NO_RESOURCE
# How far a recurring calendar exception without an end is unrolled.
_RECURRENCE_YEARS = 30


WHAT = "MS Project XML"


class MspdiError(UntrustedFileError):
    """An MS Project XML file pmdesk cannot read; the message names the file and line."""


def duration_format(code: int | None) -> tuple[model.DurationUnit, bool, bool]:
    """``(unit, elapsed, percent)`` for an MSPDI DurationFormat/LagFormat code.

    Codes 35-53 are the "estimated" (question mark) variants of 3-21; odd codes are working
    time and the following even code its elapsed variant; 19/20 are percent.
    """
    if code is None:
        return model.DurationUnit.DAYS, False, False
    if 35 <= code <= 53:
        code -= 32
    if code in _PERCENT_FORMATS:
        return model.DurationUnit.DAYS, code == 20, True
    elapsed = code in (4, 6, 8, 10, 12)
    unit = _UNITS.get(code - 1 if elapsed else code, model.DurationUnit.DAYS)
    return unit, elapsed, False


# --------------------------------------------------------------------------- parsing


@dataclass(slots=True)
class _Source:
    """The parsed document and the name used in messages."""

    root: Element
    name: str


def _load(source: str | os.PathLike[str] | bytes) -> _Source:
    """The document, through the checks every reader of other people's files makes (its
    size, entities refused, malformed XML named by line, the root element)."""
    if isinstance(source, bytes):
        name, data = "MS Project XML", source
    else:
        path = Path(source)
        name, data = str(path), read_bytes(path, MAX_XML_BYTES, f"{WHAT} file", MspdiError)
    return _Source(parse_xml_data(data, name, "Project", WHAT, MspdiError, doctype=True), name)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: Element | None, name: str) -> Iterator[Element]:
    if element is None:
        return
    for child in element:
        if _local(child.tag) == name:
            yield child


def _child(element: Element | None, name: str) -> Element | None:
    return next(_children(element, name), None)


def _fields(element: Element) -> dict[str, str]:
    """Text of each leaf child, by local name (the first one wins)."""
    out: dict[str, str] = {}
    for child in element:
        if len(child) == 0 and child.text is not None:
            out.setdefault(_local(child.tag), child.text.strip())
    return out


# The types, for annotations inside _Reader, whose methods of the same names hide them.
_Moment = datetime


# How MS Project XML writes a flag (xsd:boolean), and an absent one.
_FLAGS = {"": False, "0": False, "false": False, "1": True, "true": True}


class _Reader:
    """Field conversions that name the file and the row when a value is wrong."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, message: str) -> MspdiError:
        return MspdiError(f"{self.name}: {where}: {message}")

    def int(
        self,
        f: dict[str, str],
        key: str,
        where: str,
        default: int | None = None,
        bound: Bound | None = None,
    ) -> int | None:
        raw = f.get(key)
        if raw is None or raw == "":
            return default
        try:
            value = int(float(raw)) if "." in raw or "e" in raw.lower() else int(raw)
        except (ValueError, OverflowError):  # "abc", "NaN", "1e400"
            raise self.fail(where, f"{key} is not a finite whole number: {_clip(raw)}") from None
        if bound is not None and value not in bound:
            raise self.fail(where, f"{key} {_clip(raw)} is out of range ({bound.describe()})")
        return value

    def float(self, f: dict[str, str], key: str, where: str, default: float) -> float:
        raw = f.get(key)
        if raw is None or raw == "":
            return default
        try:
            value = float(raw)
        except ValueError:
            raise self.fail(where, f"{key} is not a number: {_clip(raw)}") from None
        if not math.isfinite(value):
            raise self.fail(where, f"{key} is not a finite number: {_clip(raw)}")
        return value

    def decimal(
        self, f: dict[str, str], key: str, where: str, scale: builtins.int = 1
    ) -> Decimal:
        raw = f.get(key)
        if raw is None or raw == "":
            return Decimal(0)
        try:
            value = Decimal(raw) / scale
        except InvalidOperation:
            raise self.fail(where, f"{key} is not a number: {_clip(raw)}") from None
        if not value.is_finite():
            raise self.fail(where, f"{key} is not a finite amount: {_clip(raw)}")
        return value

    def bool(self, f: dict[str, str], key: str, where: str) -> bool:
        raw = f.get(key, "").strip().lower()
        if raw not in _FLAGS:
            raise self.fail(where, f"{key} is {_clip(f[key])}, not 0 or 1")
        return _FLAGS[raw]

    def datetime(self, f: dict[str, str], key: str, where: str) -> datetime | None:
        raw = f.get(key)
        if not raw:
            return None
        return self.parse_datetime(raw, key, where)

    def parse_datetime(self, raw: str, key: str, where: str) -> _Moment:
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            raise self.fail(where, f"{key} is not a date and time: {_clip(raw)}") from None
        value = value.replace(tzinfo=None, second=0, microsecond=0)
        if value not in limits.MOMENT:
            raise self.fail(
                where, f"{key} {_clip(raw)} is out of range ({limits.MOMENT.describe()})"
            )
        return value

    def time(self, raw: str | None, key: str, where: str) -> builtins.int:
        """Minutes after midnight of an ``HH:MM:SS`` value."""
        if not raw:
            raise self.fail(where, f"{key} is missing")
        match = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?", raw)
        if not match or int(match[2]) > 59 or int(match[1]) * 60 + int(match[2]) > 1440:
            raise self.fail(where, f"{key} is not a time of day: {_clip(raw)}")
        return int(match[1]) * 60 + int(match[2])

    def duration(self, f: dict[str, str], key: str, where: str) -> builtins.int:
        raw = f.get(key)
        if not raw:
            return 0
        return parse_xsd_duration(
            raw, lambda: self.fail(where, f"{key} is not a duration: {_clip(raw)}")
        )


def _rows(
    reader: _Reader, root: Element, container: str, tag: str, what: str
) -> Iterator[tuple[Element, dict[str, str], int, str]]:
    """Each ``<tag>`` of ``<container>`` with its fields, its UID and the words naming it
    in a message ("task UID 12"); one without a UID is refused."""
    for element in _children(_child(root, container), tag):
        f = _fields(element)
        uid = reader.int(f, "UID", what)
        if uid is None:
            raise reader.fail(what, f"a <{tag}> has no UID")
        yield element, f, uid, f"{what} UID {uid}"


def _clipped(raw: str) -> str:
    """A value from the file short enough for a message."""
    return raw if len(raw) <= 40 else raw[:37] + "..."


def _clip(raw: str) -> str:
    return repr(_clipped(raw))


_XSD_DURATION = re.compile(
    r"(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?"
)


def parse_xsd_duration(raw: str, error: Callable[[], Exception] | None = None) -> int:
    """Minutes in an xsd:duration such as ``PT8H0M0S`` (days count 24 hours)."""
    match = _XSD_DURATION.fullmatch(raw.strip())
    if not match or raw.strip() in ("P", "-P", "PT"):
        if error is not None:
            raise error()
        raise ValueError(f"not an xsd:duration: {_clip(raw)}")
    sign, years, months, days, hours, minutes, seconds = match.groups()
    total = (
        float(years or 0) * 365 * 1440
        + float(months or 0) * 30 * 1440
        + float(days or 0) * 1440
        + float(hours or 0) * 60
        + float(minutes or 0)
        + float(seconds or 0) / 60
    )
    value = round(total)
    return -value if sign else value


# --------------------------------------------------------------------------- calendars


def _monday_index(day_type: int) -> int:
    """MSPDI DayType 1 = Sunday .. 7 = Saturday to pmdesk's 0 = Monday .. 6 = Sunday."""
    return (day_type + 5) % 7


def _hours(reader: _Reader, element: Element, where: str) -> model.DayHours:
    if not reader.bool(_fields(element), "DayWorking", where):
        return ()
    spans: list[tuple[int, int]] = []
    for wt in _children(_child(element, "WorkingTimes"), "WorkingTime"):
        f = _fields(wt)
        if not f.get("FromTime"):
            continue
        start = reader.time(f.get("FromTime"), "FromTime", where)
        end = reader.time(f.get("ToTime"), "ToTime", where)
        if end <= start:
            end += 1440
        spans.append((start, min(end, 1440)))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        elif s < e:
            merged.append((s, e))
    return tuple(merged)


def _recurring_dates(
    reader: _Reader, f: dict[str, str], start: date, finish: date, where: str
) -> list[date]:
    """The days a recurring MS Project 2007+ calendar exception covers.

    Type 1 (or 7) daily, 6 weekly on the DaysOfWeek bits (1 = Sunday), 4/5 monthly and
    2/3 yearly on a day of the month or a weekday position; every Period days, weeks or
    months; within the period, or for Occurrences times when entered by occurrences.
    """
    kind = reader.int(f, "Type", where, 1) or 1
    period = reader.int(f, "Period", where, 1, _PERIOD) or 1
    occurrences = reader.int(f, "Occurrences", where, None)
    limit = occurrences if reader.bool(f, "EnteredByOccurrences", where) and occurrences else None
    end = finish if limit is None else start + timedelta(days=366 * _RECURRENCE_YEARS)
    candidates: list[date] = []
    if kind in (1, 7):
        d = start
        while d <= end:
            candidates.append(d)
            d += timedelta(days=period)
    elif kind == 6:
        mask = reader.int(f, "DaysOfWeek", where, 0) or 0
        sunday = start - timedelta(days=(start.weekday() + 1) % 7)
        while sunday <= end and mask:
            candidates.extend(sunday + timedelta(days=k) for k in range(7) if mask & (1 << k))
            sunday += timedelta(weeks=period)
    elif kind in (2, 3, 4, 5):
        yearly = kind in (2, 3)
        step = 12 if yearly else period
        year, month = start.year, start.month
        if yearly:
            month = (reader.int(f, "Month", where, 0, _MONTH) or 0) + 1
            if month < start.month:
                year += 1
        while date(year, month, 1) <= end:
            candidates.append(_month_day(reader, f, kind in (3, 5), year, month, where))
            month += step
            year += (month - 1) // 12
            month = (month - 1) % 12 + 1
    else:
        raise reader.fail(where, f"unknown calendar exception recurrence Type {kind}")
    days = [d for d in candidates if start <= d <= end]
    return days[:limit] if limit is not None else days


def _month_day(
    reader: _Reader, f: dict[str, str], relative: bool, year: int, month: int, where: str
) -> date:
    last = monthrange(year, month)[1]
    if not relative:
        day = reader.int(f, "MonthDay", where, 1, _MONTH_DAY) or 1
        return date(year, month, min(day, last))
    weekday = ((reader.int(f, "MonthItem", where, 3) or 3) - 3 + 6) % 7  # 3 = Sunday
    position = reader.int(f, "MonthPosition", where, 0, _MONTH_POSITION) or 0
    days = [d for d in range(1, last + 1) if date(year, month, d).weekday() == weekday]
    return date(year, month, days[min(position, len(days) - 1)])


def _period(
    reader: _Reader, element: Element, where: str
) -> tuple[datetime, datetime] | None:
    """The first and last moment of ``element``'s ``<TimePeriod>`` (the first alone when it
    has no end); None when it states no start."""
    container = _child(element, "TimePeriod")
    period = _fields(container) if container is not None else {}
    start = reader.datetime(period, "FromDate", where)
    finish = reader.datetime(period, "ToDate", where)
    if start is None:
        return None
    return start, finish or start


def _exceptions(reader: _Reader, cal: Element, where: str) -> list[model.CalendarException]:
    out: list[model.CalendarException] = []
    for wd in _children(_child(cal, "WeekDays"), "WeekDay"):
        f = _fields(wd)
        if reader.int(f, "DayType", where) != 0:
            continue
        period = _period(reader, wd, where)
        if period is None:
            continue
        start, finish = period
        out.append(
            model.CalendarException(start.date(), finish.date(), _hours(reader, wd, where))
        )
    for ex in _children(_child(cal, "Exceptions"), "Exception"):
        f = _fields(ex)
        period = _period(reader, ex, where)
        if period is None:
            continue
        start, finish = period
        hours = _hours(reader, ex, where)
        name = f.get("Name", "")
        kind = reader.int(f, "Type", where, 1) or 1
        occurrences = reader.int(f, "Occurrences", where, 1) or 1
        if (
            kind in (1, 7)
            and reader.int(f, "Period", where, 1, _PERIOD) == 1
            and not (reader.bool(f, "EnteredByOccurrences", where) and occurrences > 1)
        ):
            out.append(model.CalendarException(start.date(), finish.date(), hours, name))
            continue
        for d in _recurring_dates(reader, f, start.date(), finish.date(), where):
            out.append(model.CalendarException(d, d, hours, name))
    return out


def _work_weeks(reader: _Reader, cal: Element, where: str) -> list[model.CalendarException]:
    """MS Project 2007+ "work weeks" (other weekly hours for a date range) as exceptions.

    A weekday a work week leaves out is not worked during it. Days in a row with the same
    hours become one exception.
    """
    out: list[model.CalendarException] = []
    for ww in _children(_child(cal, "WorkWeeks"), "WorkWeek"):
        tp = _child(ww, "TimePeriod")
        period = _fields(tp) if tp is not None else {}
        start = reader.datetime(period, "FromDate", where)
        finish = reader.datetime(period, "ToDate", where)
        if start is None or finish is None:
            continue
        week: list[model.DayHours] = [()] * 7
        for wd in _children(_child(ww, "WeekDays"), "WeekDay"):
            day_type = reader.int(_fields(wd), "DayType", where)
            if day_type and 1 <= day_type <= 7:
                week[_monday_index(day_type)] = _hours(reader, wd, where)
        name = ("work week " + _fields(ww).get("Name", "")).strip()
        first = start.date()
        last = min(finish.date(), first + timedelta(days=366 * _RECURRENCE_YEARS))
        run_start, run_hours = first, week[first.weekday()]
        d = first + timedelta(days=1)
        while d <= last:
            hours = week[d.weekday()]
            if hours != run_hours:
                out.append(
                    model.CalendarException(run_start, d - timedelta(days=1), run_hours, name)
                )
                run_start, run_hours = d, hours
            d += timedelta(days=1)
        out.append(model.CalendarException(run_start, last, run_hours, name))
    return out


_DEFAULT_WEEK: tuple[model.DayHours, ...] = (model.STANDARD_DAY,) * 5 + ((), ())


def _read_calendars(
    reader: _Reader, root: Element
) -> tuple[dict[str, model.Calendar], dict[int, str]]:
    raw = list(_rows(reader, root, "Calendars", "Calendar", "calendar"))
    by_source = {source_uid: model.new_uid() for _, _, source_uid, _ in raw}
    calendars: dict[str, model.Calendar] = {}
    for cal, f, source_uid, where in raw:
        base_source = reader.int(f, "BaseCalendarUID", where, -1)
        base_uid = by_source.get(base_source) if base_source not in (None, -1) else None
        derived = base_uid is not None
        weekdays: list[model.DayHours | None] = [None] * 7 if derived else list(_DEFAULT_WEEK)
        for wd in _children(_child(cal, "WeekDays"), "WeekDay"):
            day_type = reader.int(_fields(wd), "DayType", where)
            if day_type is None or not 1 <= day_type <= 7:
                continue
            weekdays[_monday_index(day_type)] = _hours(reader, wd, where)
        exceptions = _exceptions(reader, cal, where)
        # Work weeks first: a dated exception on a day inside a work week wins.
        exceptions = _work_weeks(reader, cal, where) + exceptions
        own_uid = by_source[source_uid]
        if base_uid == own_uid:
            raise reader.fail(where, f"BaseCalendarUID {base_source} is the calendar itself")
        calendars[own_uid] = model.Calendar(
            uid=own_uid,
            name=f.get("Name", "") or f"Calendar {source_uid}",
            weekdays=tuple(weekdays),
            exceptions=tuple(exceptions),
            base_uid=base_uid,
            source_uid=source_uid,
        )
    for calendar in calendars.values():
        try:
            WorkCalendar.from_calendar(calendar, calendars)
        except ValueError as exc:  # no working time at all, a loop of base calendars
            raise reader.fail(f"calendar UID {calendar.source_uid}", str(exc)) from None
    return calendars, by_source


# --------------------------------------------------------------------------- plan


def read_mspdi(source: str | os.PathLike[str] | bytes) -> model.Plan:
    """The plan in an MS Project XML file (a path, or the file's bytes).

    Raises :class:`MspdiError` naming the file and the line or row that is wrong.
    """
    doc = _load(source)
    reader = _Reader(doc.name)
    root = doc.root
    head = _fields(root)
    calendars, cal_by_source = _read_calendars(reader, root)

    start = reader.datetime(head, "StartDate", "project header")
    if start is None:
        start = _earliest_task_start(reader, root) or datetime(datetime.now().year, 1, 1, 8)
    minutes_per_day = reader.int(head, "MinutesPerDay", "project header", 480) or 480
    project = model.ProjectInfo(
        uid=model.new_uid(),
        name=head.get("Title") or head.get("Name") or "",
        start=start,
        description=head.get("Subject", ""),
        status_date=reader.datetime(head, "StatusDate", "project header"),
        currency=head.get("CurrencyCode") or "EUR",
        calendar_uid=cal_by_source.get(
            reader.int(head, "CalendarUID", "project header", -1) or -1
        ),
        critical_slack_limit=(reader.int(head, "CriticalSlackLimit", "project header", 0) or 0)
        * minutes_per_day,
        minutes_per_day=minutes_per_day,
        minutes_per_week=reader.int(head, "MinutesPerWeek", "project header", 2400) or 2400,
        days_per_month=reader.int(head, "DaysPerMonth", "project header", 20) or 20,
        author=head.get("Author", ""),
        company=head.get("Company", ""),
    )

    tasks, task_by_source, links = _read_tasks(reader, root, cal_by_source)
    dependencies = _read_links(reader, links, task_by_source, tasks)
    resources, res_by_source = _read_resources(reader, root, cal_by_source)
    assignments = _read_assignments(reader, root, task_by_source, res_by_source)
    plan = model.Plan(
        project=project,
        calendars=calendars,
        tasks=tasks,
        dependencies=dependencies,
        resources=resources,
        assignments=assignments,
    )
    plan = _with_scheduling_features(reader, root, _with_pmdesk_fields(root, plan))
    _check_values(reader, plan)
    return plan


def _earliest_task_start(reader: _Reader, root: Element) -> datetime | None:
    starts = [
        reader.datetime(_fields(t), "Start", "task")
        for t in _children(_child(root, "Tasks"), "Task")
    ]
    known = [s for s in starts if s is not None]
    return min(known) if known else None


@dataclass(slots=True)
class _RawLink:
    successor_uid: str
    where: str
    fields: dict[str, str]


def _calendar_uid(reader: _Reader, f: dict[str, str], where: str,
                  cal_by_source: dict[int, str]) -> str | None:
    """The calendar a task or resource row names by ``CalendarUID``; None for -1 (none)."""
    source = reader.int(f, "CalendarUID", where, -1)
    return cal_by_source.get(source) if source not in (None, -1) else None


def _read_tasks(
    reader: _Reader, root: Element, cal_by_source: dict[int, str]
) -> tuple[list[model.Task], dict[int, str], list[_RawLink]]:
    tasks: list[model.Task] = []
    by_source: dict[int, str] = {}
    links: list[_RawLink] = []
    stack: list[tuple[int, str]] = []  # (outline level, uid) of the open parents
    positions: dict[str | None, int] = {}
    for element, f, source_uid, where in _rows(reader, root, "Tasks", "Task", "task"):
        if source_uid == 0 or reader.bool(f, "IsNull", where):
            continue  # UID 0 is the project summary row, not a task
        if source_uid in by_source:
            raise reader.fail(where, "the UID is used by two tasks")
        level = reader.int(f, "OutlineLevel", where, 1) or 1
        while stack and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        uid = model.new_uid()
        by_source[source_uid] = uid
        stack.append((level, uid))
        position = positions.get(parent, 0)
        positions[parent] = position + 1

        unit, elapsed, _percent = duration_format(reader.int(f, "DurationFormat", where))
        duration = reader.duration(f, "Duration", where)
        ctype_code = reader.int(f, "ConstraintType", where, 0) or 0
        if ctype_code not in _CONSTRAINTS:
            raise reader.fail(where, f"unknown ConstraintType {ctype_code}")
        ctype = _CONSTRAINTS[ctype_code]
        cdate = reader.datetime(f, "ConstraintDate", where) if ctype.dated else None
        if cdate is None and ctype.dated:
            ctype = model.ConstraintType.ASAP
        tasks.append(
            model.Task(
                uid=uid,
                name=f.get("Name", ""),
                parent_uid=parent,
                position=position,
                notes=f.get("Notes", ""),
                duration=duration,
                duration_unit=unit,
                duration_elapsed=elapsed,
                milestone=reader.bool(f, "Milestone", where),
                constraint_type=ctype,
                constraint_date=cdate,
                deadline=reader.datetime(f, "Deadline", where),
                percent_complete=reader.int(f, "PercentComplete", where, 0, limits.PERCENT) or 0,
                actual_start=reader.datetime(f, "ActualStart", where),
                actual_finish=reader.datetime(f, "ActualFinish", where),
                priority=reader.int(f, "Priority", where, 500) or 0,
                fixed_cost=reader.decimal(f, "FixedCost", where, 100),
                calendar_uid=_calendar_uid(reader, f, where, cal_by_source),
                leveling_delay=round((reader.int(f, "LevelingDelay", where, 0) or 0) / 10),
                baselines=_task_baselines(reader, element, where),
                source_uid=source_uid,
            )
        )
        for link in _children(element, "PredecessorLink"):
            links.append(_RawLink(uid, where, _fields(link)))
    return tasks, by_source, links


def _task_baselines(reader: _Reader, element: Element, where: str) -> tuple[model.Baseline, ...]:
    out: list[model.Baseline] = []
    for b in _children(element, "Baseline"):
        f = _fields(b)
        number = reader.int(f, "Number", f"{where}, Baseline", 0, _BASELINE) or 0
        out.append(
            model.Baseline(
                number=number,
                start=reader.datetime(f, "Start", where),
                finish=reader.datetime(f, "Finish", where),
                duration=reader.duration(f, "Duration", where),
                work=reader.duration(f, "Work", where),
                cost=reader.decimal(f, "Cost", where, 100),
            )
        )
    out.sort(key=lambda b: b.number)
    return tuple(out)


def _read_links(
    reader: _Reader, links: list[_RawLink], by_source: dict[int, str], tasks: list[model.Task]
) -> list[model.Dependency]:
    out: list[model.Dependency] = []
    seen: set[tuple[str, str]] = set()
    for raw in links:
        f = raw.fields
        pred_source = reader.int(f, "PredecessorUID", raw.where)
        if (pred_source is None or pred_source not in by_source
                or reader.bool(f, "CrossProject", raw.where)):
            continue  # a link to another project or to the summary row
        pred = by_source[pred_source]
        if pred == raw.successor_uid or (pred, raw.successor_uid) in seen:
            continue
        seen.add((pred, raw.successor_uid))
        type_code = reader.int(f, "Type", raw.where, 1)
        if type_code not in _LINK_TYPES:
            raise reader.fail(
                raw.where, f"PredecessorLink {pred_source} has unknown Type {type_code}"
            )
        unit, elapsed, percent = duration_format(reader.int(f, "LagFormat", raw.where))
        lag_raw = reader.float(f, "LinkLag", raw.where, 0.0)
        out.append(
            model.Dependency(
                uid=model.new_uid(),
                predecessor_uid=pred,
                successor_uid=raw.successor_uid,
                type=_LINK_TYPES[type_code],
                lag=0 if percent else round(lag_raw / 10),  # tenths of a minute
                lag_unit=unit,
                lag_elapsed=elapsed,
                lag_percent=round(lag_raw) if percent else None,
            )
        )
    return out


def _read_resources(
    reader: _Reader, root: Element, cal_by_source: dict[int, str]
) -> tuple[list[model.Resource], dict[int, str]]:
    out: list[model.Resource] = []
    by_source: dict[int, str] = {}
    for _, f, source_uid, where in _rows(reader, root, "Resources", "Resource", "resource"):
        if reader.bool(f, "IsNull", where) or (source_uid == 0 and not f.get("Name")):
            continue  # UID 0 without a name is MS Project's hidden placeholder
        type_code = reader.int(f, "Type", where, 1)
        if reader.bool(f, "IsCostResource", where) or type_code == 2:
            rtype = model.ResourceType.COST
        elif type_code == 0:
            rtype = model.ResourceType.MATERIAL
        else:
            rtype = model.ResourceType.WORK
        uid = model.new_uid()
        by_source[source_uid] = uid
        out.append(
            model.Resource(
                uid=uid,
                name=f.get("Name", ""),
                type=rtype,
                initials=f.get("Initials", ""),
                email=f.get("EmailAddress", ""),
                group=f.get("Group", ""),
                max_units=reader.float(f, "MaxUnits", where, 1.0),
                standard_rate=reader.decimal(f, "StandardRate", where),
                overtime_rate=reader.decimal(f, "OvertimeRate", where),
                cost_per_use=reader.decimal(f, "CostPerUse", where, 100),
                calendar_uid=_calendar_uid(reader, f, where, cal_by_source),
                source_uid=source_uid,
            )
        )
    return out, by_source


def _read_assignments(
    reader: _Reader, root: Element, tasks: dict[int, str], resources: dict[int, str]
) -> list[model.Assignment]:
    out: list[model.Assignment] = []
    for element in _children(_child(root, "Assignments"), "Assignment"):
        f = _fields(element)
        where = f"assignment UID {_clipped(f.get('UID', '?'))}"
        task = reader.int(f, "TaskUID", where)
        resource = reader.int(f, "ResourceUID", where)
        if task not in tasks or resource == _NO_RESOURCE or resource not in resources:
            continue
        out.append(
            model.Assignment(
                uid=model.new_uid(),
                task_uid=tasks[task],
                resource_uid=resources[resource],
                units=reader.float(f, "Units", where, 1.0),
                source_uid=reader.int(f, "UID", where),
            )
        )
    return out


# --------------------------------------------------------------------------- checks

# The MS Project element each checked core field comes from, for messages.
_ELEMENTS = {
    "start": "StartDate",
    "status_date": "StatusDate",
    "critical_slack_limit": "CriticalSlackLimit (in minutes)",
    "minutes_per_day": "MinutesPerDay",
    "minutes_per_week": "MinutesPerWeek",
    "days_per_month": "DaysPerMonth",
    "duration": "Duration (in minutes)",
    "constraint_date": "ConstraintDate",
    "deadline": "Deadline",
    "percent_complete": "PercentComplete",
    "actual_start": "ActualStart",
    "actual_finish": "ActualFinish",
    "priority": "Priority",
    "board_rank": "Board rank",
    "fixed_cost": "FixedCost",
    "leveling_delay": "LevelingDelay (in minutes)",
    "source_uid": "UID",
    "lag": "LinkLag (in minutes)",
    "lag_percent": "LinkLag",
    "max_units": "MaxUnits",
    "standard_rate": "StandardRate",
    "overtime_rate": "OvertimeRate",
    "cost_per_use": "CostPerUse",
    "units": "Units",
}


def _check_values(reader: _Reader, plan: model.Plan) -> None:
    """Refuse a value pmdesk could not plan with (finite and within
    :data:`pmdesk.core.limits.FIELD_BOUNDS`), naming the element and its task, resource or
    link: every number from the file is checked before it reaches the engine."""
    tasks = {t.uid: t for t in plan.tasks}

    def task_where(uid: str) -> str:
        t = tasks[uid]
        return f"task UID {t.source_uid} {t.name!r}"

    def check(row: object, where: str, element_of: dict[str, str] = _ELEMENTS) -> None:
        found = limits.field_problem(row)
        if found is not None:
            name, problem = found
            element = element_of.get(name, name.replace("_", " "))
            raise reader.fail(where, f"{element} {problem}")

    check(plan.project, "project header")
    for c in plan.calendars.values():
        check(c, f"calendar UID {c.source_uid} {c.name!r}")
    for t in plan.tasks:
        check(t, task_where(t.uid))
        for b in t.baselines:
            check(b, f"{task_where(t.uid)}, baseline {b.number}", {"work": "Work", "cost": "Cost"})
    for d in plan.dependencies:
        pred = tasks[d.predecessor_uid].source_uid
        check(d, f"{task_where(d.successor_uid)}, PredecessorLink to task UID {pred}")
    for r in plan.resources:
        check(r, f"resource UID {r.source_uid} {r.name!r}")
    for a in plan.assignments:
        check(a, f"assignment UID {a.source_uid} on {task_where(a.task_uid)}")


# --------------------------------------------------------------------------- reference


def read_reference_schedule(source: str | os.PathLike[str] | bytes) -> dict[int, dict[str, Any]]:
    """The schedule MS Project stored in the file, by task UID (the summary row excluded).

    Each value has ``start``, ``finish``, ``early_start``, ``early_finish``, ``late_start``,
    ``late_finish`` (datetime or None), ``total_slack`` and ``free_slack`` (int working
    minutes; a missing element counts as 0, as MPXJ leaves zero slack out), ``critical``
    and ``summary`` (bool) and ``name``.
    """
    doc = _load(source)
    reader = _Reader(doc.name)
    out: dict[int, dict[str, Any]] = {}
    for element in _children(_child(doc.root, "Tasks"), "Task"):
        f = _fields(element)
        uid = reader.int(f, "UID", "task")
        where = f"task UID {uid}"
        if uid is None or uid == 0 or reader.bool(f, "IsNull", where):
            continue
        out[uid] = {
            "name": f.get("Name", ""),
            "start": reader.datetime(f, "Start", where),
            "finish": reader.datetime(f, "Finish", where),
            "early_start": reader.datetime(f, "EarlyStart", where),
            "early_finish": reader.datetime(f, "EarlyFinish", where),
            "late_start": reader.datetime(f, "LateStart", where),
            "late_finish": reader.datetime(f, "LateFinish", where),
            "total_slack": round(reader.float(f, "TotalSlack", where, 0.0) / 10),
            "free_slack": round(reader.float(f, "FreeSlack", where, 0.0) / 10),
            "critical": reader.bool(f, "Critical", where),
            "summary": reader.bool(f, "Summary", where),
        }
    return out


# --------------------------------------------------------------------------- pmdesk fields


def _with_pmdesk_fields(root: Element, plan: model.Plan) -> model.Plan:
    """``plan`` with what pmdesk exported as task custom fields (board column, board rank,
    tags, confidential; see :data:`PMDESK_TASK_FIELDS`) and the project's full comments.

    The fields are found by their alias, so they survive a colleague moving them to other
    Text fields in Project. The board's columns come from the column field's value list.
    """
    by_alias = {f.alias.casefold(): f.key for f in PMDESK_TASK_FIELDS}
    field_keys: dict[str, str] = {}
    columns: list[model.BoardColumn] = []
    for definition in _children(_child(root, "ExtendedAttributes"), "ExtendedAttribute"):
        f = _fields(definition)
        key = by_alias.get(f.get("Alias", "").casefold())
        if key is None or not f.get("FieldID"):
            continue
        field_keys[f["FieldID"]] = key
        if key == "board_column":
            columns = _board_columns(definition)

    summary_notes = ""
    values: dict[int, dict[str, str]] = {}
    for element in _children(_child(root, "Tasks"), "Task"):
        uid_text = _fields(element).get("UID", "")
        if not uid_text.lstrip("-").isdigit():
            continue
        if int(uid_text) == 0:
            summary_notes = _fields(element).get("Notes", "")
            continue
        for attribute in _children(element, "ExtendedAttribute"):
            f = _fields(attribute)
            key = field_keys.get(f.get("FieldID", ""))
            if key is not None and f.get("Value"):
                values.setdefault(int(uid_text), {})[key] = f["Value"]

    column_uids = {c.name: c.uid for c in columns}
    tasks: list[model.Task] = []
    for task in plan.tasks:
        found = values.get(task.source_uid) if task.source_uid is not None else None
        if not found:
            tasks.append(task)
            continue
        changes: dict[str, Any] = {}  # keyword arguments of replace(task, ...)
        if "board_column" in found:
            name = found["board_column"]
            if name not in column_uids:
                columns.append(model.BoardColumn(model.new_uid(), name, len(columns)))
                column_uids[name] = columns[-1].uid
            changes["board_column_uid"] = column_uids[name]
        if "board_rank" in found:
            # a rank typed over in Project: the task keeps the default place
            with contextlib.suppress(ValueError):
                changes["board_rank"] = float(found["board_rank"])
        if "tags" in found:
            changes["tags"] = tuple(t.strip() for t in found["tags"].split(",") if t.strip())
        if "confidential" in found:
            changes["confidential"] = found["confidential"].strip().casefold() not in (
                "",
                "0",
                "no",
                "false",
            )
        tasks.append(replace(task, **changes))

    project = plan.project
    # The summary task's notes are Project's "comments"; the Subject may be a shortened copy.
    if summary_notes and summary_notes.startswith(project.description):
        project = replace(project, description=summary_notes)
    return replace(plan, project=project, tasks=tasks, board_columns=columns)


def _board_columns(definition: Element) -> list[model.BoardColumn]:
    columns: list[model.BoardColumn] = []
    for value in _children(_child(definition, "ValueList"), "Value"):
        f = _fields(value)
        name = f.get("Value", "")
        if not name or any(c.name == name for c in columns):
            continue
        note = f.get("Description", "")
        wip = re.search(r"WIP limit (\d+)", note)
        columns.append(
            model.BoardColumn(
                uid=model.new_uid(),
                name=name,
                position=len(columns),
                wip_limit=int(wip[1]) if wip else None,
                done=re.search(r"\bdone\b", note, re.IGNORECASE) is not None,
            )
        )
    return columns


# --------------------------------------------------------------------------- scheduling

# Assignment/WorkContour codes.
CONTOURS = tuple(sorted(CONTOUR_CODES, key=CONTOUR_CODES.__getitem__))
# Longest leveling delay or split pmdesk accepts from a file: 100 years of minutes.
_LONGEST = 100 * 366 * 1440
# TimephasedData/Type of an assignment's remaining and actual work.
_WORK_TYPES = ("1", "2")


def _with_scheduling_features(reader: _Reader, root: Element, plan: model.Plan) -> model.Plan:
    """``plan`` with MS Project's scheduling features the plain reader leaves out: the
    project's scheduling options, manually scheduled tasks, leveling delay in its own
    format, tasks that ignore resource calendars, splits and work contours.

    Numbers are checked before they reach the engine: a delay or split must be finite,
    not negative and under a century; a bad one is refused with the row named.
    """
    head = _fields(root)
    where = "project header"
    from_finish = head.get("ScheduleFromStart", "1").strip().lower() in ("0", "false")
    project = replace(
        plan.project,
        schedule_from_finish=from_finish,
        finish=reader.datetime(head, "FinishDate", where) if from_finish else None,
        new_tasks_manual=reader.bool(head, "NewTasksAreManual", where),
        move_completed_ends_back=reader.bool(head, "MoveCompletedEndsBack", where),
        move_remaining_starts_back=reader.bool(head, "MoveRemainingStartsBack", where),
        move_remaining_starts_forward=reader.bool(head, "MoveRemainingStartsForward", where),
        move_completed_ends_forward=reader.bool(head, "MoveCompletedEndsForward", where),
    )
    if project.schedule_from_finish and project.finish is None:
        raise reader.fail(where, "a project scheduled from its finish has no FinishDate")
    by_source = {t.source_uid: t for t in plan.tasks if t.source_uid is not None}
    assignments, work, spans, contoured = _read_contours(reader, root, plan, by_source)
    tasks: dict[str, model.Task] = {}
    for element in _children(_child(root, "Tasks"), "Task"):
        f = _fields(element)
        source = reader.int(f, "UID", "task")
        task = by_source.get(source) if source is not None else None
        if task is None:
            continue
        where = f"task UID {source}"
        changes: dict[str, Any] = {}  # keyword arguments of replace(task, ...)
        if reader.bool(f, "Manual", where):
            changes["manual"] = True
            changes["manual_start"] = reader.datetime(f, "ManualStart", where) or reader.datetime(
                f, "Start", where
            )
            changes["manual_finish"] = reader.datetime(
                f, "ManualFinish", where
            ) or reader.datetime(f, "Finish", where)
        unit, elapsed, _percent = duration_format(reader.int(f, "LevelingDelayFormat", where, 8))
        delay = reader.float(f, "LevelingDelay", where, 0.0)
        changes["leveling_delay"] = _checked_minutes(reader, delay / 10, "LevelingDelay", where)
        changes["leveling_delay_unit"] = unit
        changes["leveling_delay_elapsed"] = elapsed
        changes["ignore_resource_calendar"] = reader.bool(f, "IgnoreResourceCalendar", where)
        cal = task_calendar(plan, task)
        # Where the work pauses: the timephased work when the file has it, else the gaps
        # between its assignments' work (one delayed by leveling), else a hand-edited
        # contour's pause the dates reveal.
        splits = _splits_from_work(task, (work or spans).get(task.uid, []), cal)
        if not splits and task.uid in contoured and not work:
            splits = _inferred_split(reader, f, task, cal, where)
        changes["splits"] = splits
        tasks[task.uid] = replace(task, **changes)
    return replace(
        plan,
        project=project,
        tasks=[tasks.get(t.uid, t) for t in plan.tasks],
        assignments=assignments,
    )


def _checked_minutes(reader: _Reader, minutes: float, key: str, where: str) -> int:
    if not minutes == minutes or not 0 <= minutes <= _LONGEST:  # NaN, infinite, negative
        raise reader.fail(where, f"{key} is out of range: {minutes * 10!r}")
    return round(minutes)


def _read_contours(
    reader: _Reader, root: Element, plan: model.Plan, by_source: dict[int, model.Task]
) -> tuple[
    list[model.Assignment],
    dict[str, list[tuple[datetime, datetime]]],
    dict[str, list[tuple[datetime, datetime]]],
    set[str],
]:
    """Assignments with their work contour; per task, the periods its assignments work
    (from the timephased data, when the file has it) and each assignment's span; the
    tasks with a hand-edited ("contoured") assignment."""
    contours: dict[int, model.WorkContour] = {}
    work: dict[str, list[tuple[datetime, datetime]]] = {}
    spans: dict[str, list[tuple[datetime, datetime]]] = {}
    contoured: set[str] = set()
    for element in _children(_child(root, "Assignments"), "Assignment"):
        f = _fields(element)
        where = f"assignment UID {_clipped(f.get('UID', '?'))}"
        code = reader.int(f, "WorkContour", where, 0) or 0
        if not 0 <= code < len(CONTOURS):
            raise reader.fail(where, f"unknown WorkContour {code}")
        task_source = reader.int(f, "TaskUID", where)
        task = by_source.get(task_source) if task_source is not None else None
        uid = reader.int(f, "UID", where)
        if uid is not None:
            contours[uid] = CONTOURS[code]
        if task is None:
            continue
        if code == 8:
            contoured.add(task.uid)
        start = reader.datetime(f, "Start", where)
        finish = reader.datetime(f, "Finish", where)
        if (
            start is not None
            and finish is not None
            and finish > start
            and reader.duration(f, "Work", where) > 0
        ):
            spans.setdefault(task.uid, []).append((start, finish))
        for data in _children(element, "TimephasedData"):
            t = _fields(data)
            if t.get("Type") not in _WORK_TYPES or not reader.duration(t, "Value", where):
                continue
            start = reader.datetime(t, "Start", where)
            finish = reader.datetime(t, "Finish", where)
            if start is not None and finish is not None and finish > start:
                work.setdefault(task.uid, []).append((start, finish))
    assignments = [
        replace(a, contour=contours.get(a.source_uid, model.WorkContour.FLAT))
        if a.source_uid is not None
        else a
        for a in plan.assignments
    ]
    return assignments, work, spans, contoured


def _splits_from_work(
    task: model.Task, periods: list[tuple[datetime, datetime]], cal: WorkCalendar
) -> tuple[tuple[int, int], ...]:
    """The pauses between a task's periods of work: each is (work before it, its length)
    in working minutes of the task's calendar."""
    if len(periods) < 2:
        return ()
    spans = sorted((to_minute(a), to_minute(b)) for a, b in periods)
    merged: list[list[int]] = [list(spans[0])]
    for a, b in spans[1:]:
        if cal.between_m(merged[-1][1], a) <= 0:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    splits: list[tuple[int, int]] = []
    origin = merged[0][0]
    paused = 0
    for (_a, b), (c, _d) in itertools.pairwise(merged):
        gap = cal.between_m(b, c)
        before = cal.between_m(origin, b) - paused
        if 0 < before < task.duration:
            splits.append((before, gap))
            paused += gap
    return tuple(splits)


def _inferred_split(
    reader: _Reader, f: dict[str, str], task: model.Task, cal: WorkCalendar, where: str
) -> tuple[tuple[int, int], ...]:
    """A split of a task whose hand-edited work the file does not detail (MPXJ's export
    leaves timephased data out): the working time its dates span beyond its duration is
    one pause, after the work done (or half of the task when nothing is done)."""
    start = reader.datetime(f, "Start", where)
    finish = reader.datetime(f, "Finish", where)
    if start is None or finish is None or task.duration_elapsed or task.manual:
        return ()
    gap = cal.between(start, finish) - task.duration
    if gap <= 0 or task.duration <= 0:
        return ()
    done = task.duration * task.percent_complete // 100
    at = done + (task.duration - done) // 2
    if not 0 < at < task.duration:
        return ()
    return ((at, _checked_minutes(reader, gap, "Finish", where)),)
