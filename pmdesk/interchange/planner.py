"""GNOME Planner ``.planner`` files: a colleague's plan from Planner into pmdesk.

The format (learnt from MPXJ's PlannerReader and Planner's sample files) is XML:
``<project project-start calendar>`` with ``<calendars>`` (day types; nested calendars
deriving from a parent; per calendar a default week of day types, the working intervals of
each day type, and dated days of another type), nested ``<task>`` elements (start, end and
``work-start`` as ``yyyymmddThhmmssZ`` in local time, work in seconds, percent complete,
priority, a ``<constraint>`` and ``<predecessors>`` with type and a lag in elapsed
seconds), ``<resource-groups>``, ``<resources>`` and ``<allocations>`` (units in percent).

Planner is a scheduler like pmdesk: a task's dates follow from the project start, its
links and constraint. Its duration is the working time from its first working moment to
its end on the project calendar (that is what Planner's effort-driven tasks, their work
spread over their resources, amount to), so pmdesk computes the dates Planner shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from xml.etree.ElementTree import Element

from pmdesk.core import model
from pmdesk.core.calendar import WorkCalendar
from pmdesk.core.limits import MAX_MONEY, PERCENT, UNITS
from pmdesk.core.schedule import CycleError, schedule

from .untrusted import (
    MAX_MINUTES,
    AttributeReader,
    UntrustedFileError,
    check_cancel,
    parse_xml,
)

__all__ = ["PlannerError", "read_planner"]

_MONEY = float(MAX_MONEY)  # the largest amount a file may state, either way

WHAT = "GNOME Planner"
_MAX_ID = 2**31 - 1
_LINK_TYPES = {
    "FS": model.LinkType.FS, "SS": model.LinkType.SS, "FF": model.LinkType.FF,
    "SF": model.LinkType.SF,
}
_CONSTRAINTS = {
    "as-soon-as-possible": model.ConstraintType.ASAP,
    "as-late-as-possible": model.ConstraintType.ALAP,
    "start-no-earlier-than": model.ConstraintType.SNET,
    "finish-not-later-than": model.ConstraintType.FNLT,
    "must-start-on": model.ConstraintType.MSO,
}
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WORKING, _NONWORKING, _USE_BASE = "0", "1", "2"
_MOMENT = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?")


class PlannerError(UntrustedFileError):
    """A ``.planner`` file pmdesk cannot read; the message names the file and the element."""


class _Reader(AttributeReader):
    error = PlannerError

    def when(self, raw: str, name: str, where: str) -> datetime:
        """A Planner date and time, ``yyyymmddThhmmssZ`` (local time despite the Z)."""
        found = _MOMENT.fullmatch(raw.strip())
        try:
            if not found:
                raise ValueError
            year, month, day, hour, minute, second = (int(g) for g in found.groups())
            value = datetime(year, month, day, hour, minute, second)
        except ValueError:
            raise self.fail(where, f"{name} {raw.strip()[:40]!r} is not a date and time "
                                   "(yyyymmddThhmmssZ)") from None
        self.moment(value, f"{where}, {name}")
        return value.replace(second=0)

    def day(self, raw: str, where: str) -> date:
        try:
            value = datetime.strptime(raw.strip(), "%Y%m%d").date()
        except ValueError:
            raise self.fail(where, f"{raw.strip()[:40]!r} is not a date (yyyymmdd)") from None
        self.moment(value, where)
        return value

    def time(self, raw: str, where: str) -> int:
        text = raw.strip()
        if not re.fullmatch(r"\d{4}", text) or int(text[:2]) > 24 or int(text[2:]) > 59:
            raise self.fail(where, f"{text[:20]!r} is not a time of day (hhmm)")
        return min(int(text[:2]) * 60 + int(text[2:]), 1440)


def read_planner(path: str | Path, cancelled: Callable[[], bool] | None = None) -> model.Plan:
    """The plan in a GNOME Planner file; :class:`PlannerError` names what is wrong."""
    source = Path(path)
    root = parse_xml(source, "project", WHAT, PlannerError)
    reader = _Reader(source, cancelled)
    calendars, by_planner_id = _calendars(reader, root)
    default_id = root.get("calendar", "").strip()
    calendar_uid = by_planner_id.get(default_id)
    if calendar_uid is None:
        standard = model.Calendar(uid=model.new_uid(), name="Standard")
        calendars[standard.uid] = standard
        calendar_uid = standard.uid
    work = WorkCalendar.from_calendar(calendars[calendar_uid], calendars)
    start = reader.when(root.get("project-start", ""), "project-start", "project")

    tasks, by_id, raw_links = _tasks(reader, root, work)
    dependencies = _links(reader, raw_links, by_id)
    resources, res_by_id = _resources(reader, root, by_planner_id)
    assignments = _allocations(reader, root, by_id, res_by_id)
    project = model.ProjectInfo(
        uid=model.new_uid(),
        name=root.get("name", "") or source.stem,
        start=start,
        company=root.get("company", ""),
        author=root.get("manager", ""),
        calendar_uid=calendar_uid,
    )
    plan = model.Plan(project=project, calendars=calendars, tasks=tasks,
                dependencies=dependencies, resources=resources, assignments=assignments)
    check_cancel(cancelled, source)
    try:
        schedule(plan)
    except CycleError as exc:
        raise PlannerError(f"{source}: the links make a cycle: {exc}") from exc
    return plan


# --------------------------------------------------------------------------- calendars


def _calendars(reader: _Reader, root: Element) -> tuple[dict[str, model.Calendar], dict[str, str]]:
    calendars: dict[str, model.Calendar] = {}
    by_id: dict[str, str] = {}
    container = root.find("calendars")
    if container is None:
        return calendars, by_id

    def walk(element: Element, parent: Element | None, chain: list[Element]) -> None:
        for cal in element.findall("calendar"):
            planner_id = cal.get("id", "").strip()
            where = f"calendar id {planner_id or '?'}"
            if not planner_id:
                raise reader.fail(where, "the id attribute is missing")
            if planner_id in by_id:
                raise reader.fail(where, "the id is used by two calendars")
            by_id[planner_id] = model.new_uid()
            lineage = [cal, *chain]
            base = by_id.get(parent.get("id", "").strip()) if parent is not None else None
            calendars[by_id[planner_id]] = _calendar(reader, cal, lineage, where,
                                                     by_id[planner_id], base)
            walk(cal, cal, lineage)

    walk(container, None, [])
    return calendars, by_id


def _day_type_hours(reader: _Reader, lineage: list[Element], type_id: str,
                    where: str) -> model.DayHours | None:
    """The working intervals of day type ``type_id`` in a calendar or, when it does not
    set them, in the calendars it derives from; None when none sets them."""
    for cal in lineage:
        for t in cal.findall("overridden-day-types/overridden-day-type"):
            if t.get("id", "").strip() != type_id:
                continue
            spans = sorted(
                (reader.time(i.get("start", ""), where), reader.time(i.get("end", ""), where))
                for i in t.findall("interval")
            )
            merged: list[tuple[int, int]] = []
            for s, e in spans:
                if e <= s:
                    continue
                if merged and s <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], e))
                else:
                    merged.append((s, e))
            return tuple(merged)
    return None


def _hours(reader: _Reader, lineage: list[Element], type_id: str, where: str) -> model.DayHours:
    found = _day_type_hours(reader, lineage, type_id, where)
    if found is not None:
        return found
    return model.STANDARD_DAY if type_id == _WORKING else ()


def _calendar(reader: _Reader, cal: Element, lineage: list[Element], where: str,
              uid: str, base_uid: str | None) -> model.Calendar:
    weekdays: list[model.DayHours | None] = []
    week = cal.find("default-week")
    for i, name in enumerate(_WEEKDAYS):
        type_id = week.get(name, "").strip() if week is not None else ""
        if not type_id:
            type_id = _USE_BASE if base_uid else (_NONWORKING if i >= 5 else _WORKING)
        if type_id == _USE_BASE:
            weekdays.append(None if base_uid else ())
        else:
            weekdays.append(_hours(reader, lineage, type_id, where))
    exceptions: list[model.CalendarException] = []
    for day in cal.findall("days/day"):
        if day.get("type", "").strip() != "day-type":
            continue
        d = reader.day(day.get("date", ""), where)
        type_id = day.get("id", "").strip()
        if type_id == _USE_BASE:
            continue
        exceptions.append(model.CalendarException(d, d, _hours(reader, lineage, type_id, where)))
    exceptions.sort(key=lambda x: (x.start, x.finish))
    return model.Calendar(uid=uid, name=cal.get("name", "") or where,
                    weekdays=tuple(weekdays), exceptions=tuple(exceptions),
                    base_uid=base_uid)


# --------------------------------------------------------------------------- tasks


@dataclass(slots=True)
class _RawLink:
    successor_uid: str
    element: Element
    where: str


def _walk(root: Element) -> Iterator[tuple[Element, Element | None]]:
    container = root.find("tasks")
    if container is None:
        return
    stack: list[tuple[Element, Element | None]] = [
        (e, None) for e in reversed(container.findall("task"))]
    while stack:
        element, parent = stack.pop()
        yield element, parent
        stack.extend((e, element) for e in reversed(element.findall("task")))


def _tasks(reader: _Reader, root: Element, work: WorkCalendar
           ) -> tuple[list[model.Task], dict[int, str], list[_RawLink]]:
    tasks: list[model.Task] = []
    by_id: dict[int, str] = {}
    uid_of: dict[int, str] = {}  # id() of the element -> task uid
    links: list[_RawLink] = []
    positions: dict[str | None, int] = {}
    for count, (e, parent) in enumerate(_walk(root)):
        if count % 2000 == 0:
            check_cancel(reader.cancelled, reader.path)
        planner_id, where = reader.new_id(e, "task", by_id)
        uid = model.new_uid()
        by_id[planner_id] = uid
        uid_of[id(e)] = uid
        parent_uid = uid_of.get(id(parent)) if parent is not None else None
        position = positions.get(parent_uid, 0)
        positions[parent_uid] = position + 1

        milestone = e.get("type", "").strip() == "milestone"
        start = reader.when(e.get("work-start") or e.get("start") or "", "start", where)
        end = reader.when(e.get("end", ""), "end", where)
        end = max(end, start)
        duration = 0 if milestone else work.between(work.next_working(start), end)
        if duration > MAX_MINUTES and e.find("task") is None:  # a summary's is not used
            raise reader.fail(where, f"it lasts {duration:,} working minutes, more than "
                                     f"{MAX_MINUTES:,}")
        constraint, constraint_date = model.ConstraintType.ASAP, None
        c = e.find("constraint")
        if c is not None:
            kind = c.get("type", "").strip()
            if kind not in _CONSTRAINTS:
                raise reader.fail(where, f"unknown constraint type {kind[:40]!r}")
            constraint = _CONSTRAINTS[kind]
            if constraint.dated:
                constraint_date = reader.when(c.get("time", ""), "constraint time", where)
        priority = reader.whole(e, "priority", where, 0, 1_000_000, 0)
        tasks.append(model.Task(
            uid=uid,
            name=e.get("name", ""),
            parent_uid=parent_uid,
            position=position,
            notes=e.get("note", ""),
            duration=max(0, duration),
            duration_unit=model.DurationUnit.DAYS,
            milestone=milestone,
            constraint_type=constraint,
            constraint_date=constraint_date,
            percent_complete=reader.whole(
                e, "percent-complete", where, PERCENT.low, PERCENT.high, 0
            ),
            priority=min(1000, priority // 10),
            source_uid=planner_id,
        ))
        for p in e.findall("predecessors/predecessor"):
            links.append(_RawLink(uid, p, where))
    return tasks, by_id, links


def _links(reader: _Reader, raw_links: list[_RawLink], by_id: dict[int, str]
           ) -> list[model.Dependency]:
    out: list[model.Dependency] = []
    seen: set[tuple[str, str]] = set()
    for raw in raw_links:
        p = raw.element
        where = f"{raw.where}, predecessor {p.get('predecessor-id', '?')}"
        pred = by_id.get(reader.whole(p, "predecessor-id", where, 0, _MAX_ID))
        if pred is None or pred == raw.successor_uid or (pred, raw.successor_uid) in seen:
            continue
        seen.add((pred, raw.successor_uid))
        kind = (p.get("type", "") or "FS").strip().upper()
        if kind not in _LINK_TYPES:
            raise reader.fail(where, f"unknown link type {kind[:20]!r}")
        seconds = reader.whole(p, "lag", where, -MAX_MINUTES * 60, MAX_MINUTES * 60, 0)
        out.append(model.Dependency(
            uid=model.new_uid(),
            predecessor_uid=pred,
            successor_uid=raw.successor_uid,
            type=_LINK_TYPES[kind],
            lag=round(seconds / 60),
            lag_unit=model.DurationUnit.HOURS if seconds % 86400 else model.DurationUnit.DAYS,
            lag_elapsed=True,  # Planner adds a lag in calendar time
        ))
    return out


# --------------------------------------------------------------------------- resources


def _resources(reader: _Reader, root: Element, calendars: dict[str, str]
               ) -> tuple[list[model.Resource], dict[int, str]]:
    groups = {g.get("id", "").strip(): g.get("name", "")
              for g in root.findall("resource-groups/group")}
    out: list[model.Resource] = []
    by_id: dict[int, str] = {}
    for e in root.findall("resources/resource"):
        planner_id, where = reader.new_id(e, "resource", by_id)
        uid = model.new_uid()
        by_id[planner_id] = uid
        kind = e.get("type", "1").strip()
        out.append(model.Resource(
            uid=uid,
            name=e.get("name", ""),
            type=model.ResourceType.MATERIAL if kind == "2" else model.ResourceType.WORK,
            initials=e.get("short-name", ""),
            email=e.get("email", ""),
            group=groups.get(e.get("group", "").strip(), ""),
            standard_rate=_rate(reader, e, "std-rate", where),
            overtime_rate=_rate(reader, e, "ovt-rate", where),
            calendar_uid=calendars.get(e.get("calendar", "").strip()),
            source_uid=planner_id,
        ))
    return out, by_id


def _rate(reader: _Reader, e: Element, name: str, where: str) -> Decimal:
    value = reader.number(e, name, where, 0, _MONEY, 0.0, "an amount")
    return Decimal(e.get(name, "").strip()) if value else Decimal(0)


def _allocations(reader: _Reader, root: Element, tasks: dict[int, str],
                 resources: dict[int, str]) -> list[model.Assignment]:
    out: list[model.Assignment] = []
    seen: set[tuple[str, str]] = set()
    for e in root.findall("allocations/allocation"):
        where = f"allocation of task {e.get('task-id', '?')}"
        task = tasks.get(reader.whole(e, "task-id", where, 0, _MAX_ID))
        resource = resources.get(reader.whole(e, "resource-id", where, 0, _MAX_ID))
        if task is None or resource is None or (task, resource) in seen:
            continue
        seen.add((task, resource))
        units = reader.number(e, "units", where, 0, UNITS.high * 100, 100.0, "a percentage")
        out.append(model.Assignment(uid=model.new_uid(), task_uid=task, resource_uid=resource,
                              units=round(units / 100.0, 6)))
    return out
