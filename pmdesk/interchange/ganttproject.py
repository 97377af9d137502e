"""GanttProject ``.gan`` files: read a colleague's plan, and write one GanttProject opens.

The format (learnt from GanttProject's own reader and writer, bardsoftware/ganttproject,
and MPXJ's GanttProjectReader) is XML: ``<project>`` with ``<calendars>`` (the weekly
pattern and dated holidays), nested ``<task>`` elements (start day, duration in working
days, % complete, ``<depend>`` links written on the *predecessor* and pointing at the
successor's id, ``meeting="true"`` for a milestone), ``<resources>`` (role, e-mail, a
standard rate per day), ``<allocations>`` (load in percent), ``<vacations>`` (a person's
days off) and ``<roles>``.

GanttProject works in whole days of eight hours: durations and lags are working days, a
task starts on a day. What comes in:

- tasks, outline, notes, % complete, priority, milestones; a start day that links alone do
  not explain becomes a "start no earlier than" constraint (see :mod:`.pinning`), so every
  task starts on the day the file states; GanttProject's "earliest start" too;
- links FS, SS, FF, SF with their lag in working days;
- resources with their role as group, e-mail and rate; assignments with their load;
- the calendar: weekends, holidays (a yearly holiday is repeated for 30 years), working
  weekend days; each person's vacations as a personal calendar built on the project's.

What goes out is the same, from pmdesk's schedule: each task starts on its scheduled day
and lasts the working days its duration takes, rounded up to whole days.
"""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.etree.ElementTree import Element

from pmdesk import __version__
from pmdesk.core import model
from pmdesk.core.calendar import WorkCalendar, project_calendar
from pmdesk.core.limits import MAX_MONEY, PERCENT, UNITS
from pmdesk.core.outline import summary_uids
from pmdesk.core.schedule import CycleError, ScheduleResult, TaskDates, schedule
from pmdesk.fileio import write_atomically

from .pinning import pin_dates
from .untrusted import (
    EARLIEST,
    LATEST,
    MAX_MINUTES,
    AttributeReader,
    UntrustedFileError,
    check_cancel,
    parse_xml,
)

__all__ = ["GanttProjectError", "read_gan", "write_gan"]

_MONEY = float(MAX_MONEY)  # the largest amount a file may state, either way

WHAT = "GanttProject"
MINUTES_PER_DAY = 480  # GanttProject's working day is eight hours
_MAX_DAYS = MAX_MINUTES // MINUTES_PER_DAY
_MAX_SPAN = (LATEST - EARLIEST).days  # a summary may span the whole range of dates
_MAX_ID = 2**31 - 1
# <depend type>: GanttProject numbers its constraint types from 1 in this order.
_LINK_TYPES = {
    1: model.LinkType.SS, 2: model.LinkType.FS, 3: model.LinkType.FF, 4: model.LinkType.SF
}
_LINK_CODES = {v: k for k, v in _LINK_TYPES.items()}
# Task priority: GanttProject's persistent values and pmdesk's 0-1000 scale.
_PRIORITIES = {"3": 100, "0": 300, "1": 500, "2": 700, "4": 900}
# GanttProject's built-in role sets, by the number in "Default:1" or a bare number.
_DEFAULT_ROLES = {0: "", 1: "project manager"}
_SOFTWARE_ROLES = {
    2: "developer", 3: "doc writer", 4: "tester", 5: "graphic designer",
    6: "doc translator", 7: "packager", 8: "analysis", 9: "web designer",
    10: "no specific role",
}
_RECURRING_YEARS = 30
_WEEKDAY_ATTRS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class GanttProjectError(UntrustedFileError):
    """A ``.gan`` file pmdesk cannot read; the message names the file and the element."""


# --------------------------------------------------------------------------- reading


@dataclass(slots=True)
class _RawTask:
    element: Element
    gan_id: int
    parent: _RawTask | None
    uid: str = ""
    start: date | None = None
    children: list[_RawTask] = field(default_factory=list)


class _Reader(AttributeReader):
    error = GanttProjectError

    def day(self, raw: str, where: str) -> date:
        """A GanttProject day: ``yyyy-mm-dd`` (as it writes them) or ``d/m/yyyy``."""
        text = raw.strip()
        found = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        try:
            if found:
                value = date(int(found[1]), int(found[2]), int(found[3]))
            else:
                d, m, y = (int(p) for p in text.split("/"))
                value = date(y, m, d)
        except ValueError:
            raise self.fail(where, f"{text[:40]!r} is not a date") from None
        self.moment(value, where)
        return value


def read_gan(path: str | Path, cancelled: Callable[[], bool] | None = None) -> model.Plan:
    """The plan in a GanttProject file; :class:`GanttProjectError` names what is wrong."""
    source = Path(path)
    root = parse_xml(source, "project", WHAT, GanttProjectError)
    reader = _Reader(source, cancelled)

    raw_tasks = list(_walk_tasks(reader, root))
    starts_years = [t.start.year for t in raw_tasks if t.start is not None]
    first_year = min(starts_years, default=datetime.now().year)
    last_year = max(starts_years, default=first_year)
    calendar = _read_calendar(reader, root, first_year, last_year)
    calendar_uid = calendar.uid
    work = WorkCalendar.from_calendar(calendar, {calendar.uid: calendar})

    tasks, starts, by_id = _tasks(reader, raw_tasks, work)
    dependencies = _links(reader, raw_tasks, by_id)
    roles = _roles(root)
    resources, res_by_id, calendars = _resources(reader, root, roles, calendar)
    assignments = _allocations(reader, root, by_id, res_by_id)

    first_start = min(starts.values(), default=None)
    project_start = (work.next_working(first_start) if first_start is not None
                     else work.next_working(datetime.now().replace(hour=0, minute=0,
                                                                   second=0, microsecond=0)))
    description = next((e.text or "" for e in root if e.tag == "description"), "")
    project = model.ProjectInfo(
        uid=model.new_uid(),
        name=root.get("name", "") or source.stem,
        start=project_start,
        description=description.strip(),
        company=root.get("company", ""),
        calendar_uid=calendar_uid,
        minutes_per_day=MINUTES_PER_DAY,
        minutes_per_week=5 * MINUTES_PER_DAY,
    )
    plan = model.Plan(
        project=project,
        calendars={calendar.uid: calendar, **calendars},
        tasks=tasks,
        dependencies=dependencies,
        resources=resources,
        assignments=assignments,
    )
    check_cancel(cancelled, source)
    try:
        return pin_dates(plan, starts)
    except CycleError as exc:
        raise GanttProjectError(f"{source}: the links make a cycle: {exc}") from exc


def _walk_tasks(reader: _Reader, root: Element) -> Iterator[_RawTask]:
    """Every <task> in outline order (parents before children), ids checked."""
    container = root.find("tasks")
    if container is None:
        return
    seen: set[int] = set()
    stack: list[tuple[Element, _RawTask | None]] = [
        (e, None) for e in reversed([e for e in container if e.tag == "task"])
    ]
    count = 0
    while stack:
        element, parent = stack.pop()
        count += 1
        if count % 2000 == 0:
            check_cancel(reader.cancelled, reader.path)
        gan_id, where = reader.new_id(element, "task", seen)
        seen.add(gan_id)
        raw = _RawTask(element, gan_id, parent)
        start = element.get("start", "")
        raw.start = reader.day(start, where) if start.strip() else None
        if parent is not None:
            parent.children.append(raw)
        yield raw
        stack.extend((e, raw) for e in reversed([e for e in element if e.tag == "task"]))


def _task_uid(raw: str, used: set[str]) -> str:
    """GanttProject's 32-hex task uid as a pmdesk UUID, so a plan sent back and forth keeps
    its rows' identity; a fresh one when it is missing, malformed or taken."""
    try:
        value = str(uuid.UUID(hex=raw.strip()))
    except ValueError:
        value = model.new_uid()
    if value in used:
        value = model.new_uid()
    used.add(value)
    return value


def _tasks(
    reader: _Reader, raw_tasks: list[_RawTask], work: WorkCalendar
) -> tuple[list[model.Task], dict[str, datetime], dict[int, _RawTask]]:
    tasks: list[model.Task] = []
    starts: dict[str, datetime] = {}
    by_id: dict[int, _RawTask] = {}
    used: set[str] = set()
    positions: dict[int | None, int] = {}
    for raw in raw_tasks:
        e = raw.element
        where = f"task id {raw.gan_id}"
        raw.uid = _task_uid(e.get("uid", ""), used)
        by_id[raw.gan_id] = raw
        days = reader.whole(e, "duration", where, -_MAX_SPAN, _MAX_SPAN, 0)
        days = days if days >= 0 else 1  # as GanttProject reads a negative duration
        if days > _MAX_DAYS and not raw.children:  # a summary's own is not used
            raise reader.fail(where, f"a duration of {days:,} days is longer than a task "
                                     f"can last ({_MAX_DAYS:,} working days)")
        milestone = e.get("meeting", "").strip().lower() == "true" or days == 0
        complete = reader.whole(e, "complete", where, PERCENT.low, PERCENT.high, 0)
        constraint = model.ConstraintType.ASAP
        constraint_date = None
        third = e.get("thirdDate", "")
        if third.strip() and e.get("thirdDate-constraint", "0").strip() == "1":
            constraint = model.ConstraintType.SNET
            constraint_date = work.next_working(datetime.combine(reader.day(third, where),
                                                                 time()))
        notes = next((n.text or "" for n in e if n.tag == "notes"), "")
        fixed_cost = Decimal(0)
        if e.get("cost-calculated", "true").strip().lower() == "false":
            fixed_cost = Decimal(str(reader.number(e, "cost-manual-value", where,
                                                   -_MONEY, _MONEY, 0.0, "an amount")))
        parent = raw.parent.gan_id if raw.parent is not None else None
        position = positions.get(parent, 0)
        positions[parent] = position + 1
        tasks.append(model.Task(
            uid=raw.uid,
            name=e.get("name", ""),
            parent_uid=raw.parent.uid if raw.parent is not None else None,
            position=position,
            notes=notes.strip(),
            duration=0 if milestone else days * MINUTES_PER_DAY,
            duration_unit=model.DurationUnit.DAYS,
            milestone=milestone,
            constraint_type=constraint,
            constraint_date=constraint_date,
            percent_complete=complete,
            priority=_PRIORITIES.get(e.get("priority", "1").strip(), 500),
            fixed_cost=fixed_cost,
            source_uid=raw.gan_id,
        ))
        if raw.start is not None and not raw.children:
            starts[raw.uid] = datetime.combine(raw.start, time())
    return tasks, starts, by_id


def _links(reader: _Reader, raw_tasks: list[_RawTask],
           by_id: dict[int, _RawTask]) -> list[model.Dependency]:
    out: list[model.Dependency] = []
    seen: set[tuple[str, str]] = set()
    for raw in raw_tasks:
        for d in raw.element:
            if d.tag != "depend":
                continue
            where = f"task id {raw.gan_id}, link to task {d.get('id', '?')}"
            target = reader.whole(d, "id", where, 0, _MAX_ID)
            successor = by_id.get(target)
            if successor is None or successor is raw:
                continue  # as GanttProject does: a link to a missing task is dropped
            key = (raw.uid, successor.uid)
            if key in seen:
                continue
            seen.add(key)
            code = reader.whole(d, "type", where, 1, 4, 2)
            lag_days = reader.whole(d, "difference", where, -_MAX_DAYS, _MAX_DAYS, 0)
            out.append(model.Dependency(
                uid=model.new_uid(),
                predecessor_uid=raw.uid,
                successor_uid=successor.uid,
                type=_LINK_TYPES[code],
                lag=lag_days * MINUTES_PER_DAY,
                lag_unit=model.DurationUnit.DAYS,
            ))
    return out


def _read_calendar(reader: _Reader, root: Element, first_year: int,
                   last_year: int) -> model.Calendar:
    calendars = root.find("calendars")
    week: list[model.DayHours] = [model.STANDARD_DAY] * 5 + [(), ()]
    exceptions: list[model.CalendarException] = []
    if calendars is not None:
        default_week = calendars.find("day-types/default-week")
        if default_week is not None:
            for i, name in enumerate(_WEEKDAY_ATTRS):
                off = default_week.get(name, "1" if i >= 5 else "0").strip() == "1"
                week[i] = () if off else model.STANDARD_DAY
        years = range(first_year, min(last_year + _RECURRING_YEARS, LATEST.year) + 1)
        for e in calendars:
            if e.tag != "date":
                continue
            where = "calendar holiday"
            kind = (e.get("type", "") or "HOLIDAY").strip().upper()
            if kind not in ("HOLIDAY", "WORKING_DAY"):
                continue  # NEUTRAL: a marked day that changes nothing
            month = reader.whole(e, "month", where, 1, 12)
            day = reader.whole(e, "date", where, 1, 31)
            year_text = e.get("year", "").strip()
            dates: list[date] = []
            for year in ([reader.whole(e, "year", where, 1900, LATEST.year)] if year_text
                         else years):
                try:
                    dates.append(date(year, month, day))
                except ValueError:
                    if year_text:
                        raise reader.fail(where, f"{year}-{month}-{day} is not a date") from None
            hours = model.STANDARD_DAY if kind == "WORKING_DAY" else ()
            title = " ".join((e.text or "").split())
            exceptions.extend(model.CalendarException(d, d, hours, title) for d in dates)
    exceptions.sort(key=lambda x: (x.start, x.finish))
    return model.Calendar(uid=model.new_uid(), name="Standard", weekdays=tuple(week),
                    exceptions=tuple(exceptions))


def _roles(root: Element) -> dict[str, str]:
    """Role names by GanttProject's persistent id ("Default:1", "SoftwareDevelopment:3",
    or a bare number for the project's own roles)."""
    names: dict[str, str] = {}
    for n, name in _DEFAULT_ROLES.items():
        names[f"Default:{n}"] = name
    for n, name in _SOFTWARE_ROLES.items():
        names[f"SoftwareDevelopment:{n}"] = name
    project_roles: dict[str, str] = {}
    for roles in root.findall("roles"):
        for role in roles.findall("role"):
            project_roles[role.get("id", "").strip()] = role.get("name", "")
    for key, name in project_roles.items():
        names[key] = name
    for n, name in {**_DEFAULT_ROLES, **_SOFTWARE_ROLES}.items():
        names.setdefault(str(n), name)
    return names


def _resources(
    reader: _Reader, root: Element, roles: dict[str, str], base: model.Calendar
) -> tuple[list[model.Resource], dict[int, str], dict[str, model.Calendar]]:
    resources: list[model.Resource] = []
    by_id: dict[int, str] = {}
    container = root.find("resources")
    for e in container.findall("resource") if container is not None else ():
        gan_id, where = reader.new_id(e, "resource", by_id)
        rate = Decimal(0)
        for r in e.findall("rate"):
            if r.get("name", "").strip() == "standard":
                per_day = reader.number(r, "value", f"{where}, rate", 0, _MONEY, 0.0,
                                        "an amount")
                rate = _money(Decimal(str(per_day)) * 60 / MINUTES_PER_DAY)
        uid = model.new_uid()
        by_id[gan_id] = uid
        resources.append(model.Resource(
            uid=uid,
            name=e.get("name", ""),
            email=e.get("contacts", ""),
            group=roles.get(e.get("function", "").strip(), ""),
            standard_rate=rate,
            source_uid=gan_id,
        ))
    calendars: dict[str, model.Calendar] = {}
    days_off: dict[str, list[model.CalendarException]] = {}
    vacations = root.find("vacations")
    for e in vacations.findall("vacation") if vacations is not None else ():
        where = "vacation"
        owner = by_id.get(reader.whole(e, "resourceid", where, 0, _MAX_ID))
        if owner is None or not e.get("start", "").strip() or not e.get("end", "").strip():
            continue
        start = reader.day(e.get("start", ""), where)
        end = reader.day(e.get("end", ""), where)
        if end < start:
            raise reader.fail(where, f"it ends ({end}) before it starts ({start})")
        days_off.setdefault(owner, []).append(model.CalendarException(start, end))
    for i, person in enumerate(resources):
        off = days_off.get(person.uid)
        if not off:
            continue
        cal = model.Calendar(uid=model.new_uid(), name=person.name, weekdays=(None,) * 7,
                       exceptions=tuple(sorted(off, key=lambda x: (x.start, x.finish))),
                       base_uid=base.uid)
        calendars[cal.uid] = cal
        resources[i] = replace(person, calendar_uid=cal.uid)
    return resources, by_id, calendars


def _money(value: Decimal) -> Decimal:
    try:
        return value.quantize(Decimal("0.0001")).normalize()
    except InvalidOperation:
        return value


def _allocations(reader: _Reader, root: Element, tasks: dict[int, _RawTask],
                 resources: dict[int, str]) -> list[model.Assignment]:
    out: list[model.Assignment] = []
    seen: set[tuple[str, str]] = set()
    container = root.find("allocations")
    for e in container.findall("allocation") if container is not None else ():
        where = f"allocation of task {e.get('task-id', '?')}"
        task = tasks.get(reader.whole(e, "task-id", where, 0, _MAX_ID))
        resource = resources.get(reader.whole(e, "resource-id", where, 0, _MAX_ID))
        if task is None or resource is None or (task.uid, resource) in seen:
            continue
        seen.add((task.uid, resource))
        load = reader.number(e, "load", where, 0, UNITS.high * 100, 100.0, "a percentage")
        out.append(model.Assignment(uid=model.new_uid(), task_uid=task.uid, resource_uid=resource,
                              units=round(load / 100.0, 6)))
    return out


# --------------------------------------------------------------------------- writing


def write_gan(plan: model.Plan, path: str | Path, result: ScheduleResult | None = None) -> None:
    """Write ``plan`` as a GanttProject file, atomically (a temporary file renamed over
    ``path``). ``result`` is the plan's schedule (computed when not given)."""
    target = Path(path)
    if result is None:
        result = schedule(plan)
    write_atomically(target, gan_bytes(plan, result))


def gan_bytes(plan: model.Plan, result: ScheduleResult) -> bytes:
    """The GanttProject document for ``plan`` and its schedule."""
    mpd = plan.project.minutes_per_day or MINUTES_PER_DAY
    ids = _gan_ids(plan)
    first = min((d.start for d in result.tasks.values()), default=plan.project.start)
    root = _project_element(plan, first)
    _write_calendar(root, plan)
    _write_tasks(root, plan, result, ids, mpd)
    _write_resources(root, plan, ids, mpd)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<!-- written by pmdesk {__version__} -->\n" + body + "\n").encode("utf-8")


def _project_element(plan: model.Plan, first: datetime) -> Element:
    """``<project>`` with its description and the columns GanttProject's tables show."""
    root = ET.Element("project", {
        "name": plan.project.name,
        "company": plan.project.company,
        "webLink": "",
        "view-date": f"{first:%Y-%m-%d}",
        "view-index": "0",
        "gantt-divider-location": "500",
        "resource-divider-location": "300",
        "version": "3.3.3309",
        "locale": "en",
    })
    ET.SubElement(root, "description").text = plan.project.description
    view = ET.SubElement(root, "view", {"zooming-state": "default:3", "id": "gantt-chart"})
    for i, (fid, name, width) in enumerate((("tpd3", "Name", "250"),
                                            ("tpd4", "Begin date", "100"),
                                            ("tpd5", "End date", "100"))):
        ET.SubElement(view, "field", {"id": fid, "name": name, "width": width,
                                      "order": str(i)})
    view = ET.SubElement(root, "view", {"id": "resource-table"})
    ET.SubElement(view, "field", {"id": "0", "name": "Name", "width": "200", "order": "0"})
    ET.SubElement(view, "field", {"id": "1", "name": "Default role", "width": "200",
                                  "order": "1"})
    return root


def _write_tasks(root: Element, plan: model.Plan, result: ScheduleResult, ids: dict[str, int],
                 mpd: int) -> None:
    """``<tasks>``: the task properties, then each task nested under its summary, with the
    links it is the predecessor of."""
    cal = project_calendar(plan)
    summaries = summary_uids(plan.tasks)
    index = plan.task_index()
    tasks_el = ET.SubElement(root, "tasks", {"empty-milestones": "true"})
    props = ET.SubElement(tasks_el, "taskproperties")
    for pid, name, kind in (("tpd0", "type", "icon"), ("tpd1", "priority", "icon"),
                            ("tpd2", "info", "icon"), ("tpd3", "name", "text"),
                            ("tpd4", "begindate", "date"), ("tpd5", "enddate", "date"),
                            ("tpd6", "duration", "int"), ("tpd7", "completion", "int"),
                            ("tpd8", "coordinator", "text"),
                            ("tpd9", "predecessorsr", "text")):
        ET.SubElement(props, "taskproperty", {"id": pid, "name": name, "type": "default",
                                              "valuetype": kind})
    outgoing: dict[str, list[model.Dependency]] = {}
    for d in plan.dependencies:
        if d.predecessor_uid in ids and d.successor_uid in ids:
            outgoing.setdefault(d.predecessor_uid, []).append(d)
    assigned = {a.task_uid for a in plan.assignments}
    parents: dict[str | None, Element] = {None: tasks_el}
    for t in plan.tasks:
        dates = result.tasks.get(t.uid)
        parent_el = parents.get(t.parent_uid, tasks_el)
        if dates is None:
            continue
        summary = t.uid in summaries
        attrs = _task_attributes(t, dates, cal, ids[t.uid], mpd, summary)
        if t.fixed_cost and t.uid not in assigned and not summary:
            attrs["cost-manual-value"] = f"{t.fixed_cost}"
            attrs["cost-calculated"] = "false"
        el = ET.SubElement(parent_el, "task", attrs)
        if t.notes:
            ET.SubElement(el, "notes").text = t.notes
        for d in outgoing.get(t.uid, ()):
            ET.SubElement(el, "depend", {
                "id": str(ids[d.successor_uid]),
                "type": str(_LINK_CODES[model.LinkType(d.type)]),
                "difference": str(_lag_days(d, index, mpd)),
                "hardness": "Strong",
            })
        parents[t.uid] = el


def _task_attributes(t: model.Task, dates: TaskDates, cal: WorkCalendar, gan_id: int, mpd: int,
                     summary: bool) -> dict[str, str]:
    """A ``<task>``'s attributes: its scheduled start day and whole working days."""
    if summary or t.duration_elapsed:
        minutes = cal.between(dates.start, dates.finish)
    else:
        minutes = t.duration
    milestone = t.milestone or (minutes == 0 and not summary)
    days = 0 if milestone else max(1, math.ceil(minutes / mpd - 1e-9))
    attrs = {
        "id": str(gan_id),
        "uid": uuid.UUID(t.uid).hex if _is_uuid(t.uid) else uuid.uuid4().hex,
        "name": t.name,
        "meeting": "true" if milestone else "false",
        "start": f"{_start_day(cal, dates.start, milestone):%Y-%m-%d}",
        "duration": str(days),
        "complete": str(t.percent_complete),
    }
    pinned = t.constraint_type in (model.ConstraintType.SNET, model.ConstraintType.MSO)
    if pinned and t.constraint_date:
        attrs["thirdDate"] = f"{t.constraint_date:%Y-%m-%d}"
        attrs["thirdDate-constraint"] = "1"
    priority = _gan_priority(t.priority)
    if priority != "1":
        attrs["priority"] = priority
    attrs["expand"] = "true"
    return attrs


def _write_resources(root: Element, plan: model.Plan, ids: dict[str, int], mpd: int) -> None:
    """``<resources>`` with their daily rate, ``<allocations>``, each person's days off as
    ``<vacations>``, and the roles (pmdesk's resource groups)."""
    roles = sorted({r.group for r in plan.resources if r.group})
    role_ids = {name: str(i) for i, name in enumerate(roles)}
    res_ids = {r.uid: i for i, r in enumerate(plan.resources)}
    res_el = ET.SubElement(root, "resources")
    for r in plan.resources:
        el = ET.SubElement(res_el, "resource", {
            "id": str(res_ids[r.uid]),
            "name": r.name,
            "function": role_ids.get(r.group, "Default:0"),
            "contacts": r.email,
            "phone": "",
        })
        if r.standard_rate:
            per_day = _money(r.standard_rate * Decimal(mpd) / 60)
            ET.SubElement(el, "rate", {"name": "standard", "value": f"{per_day:f}"})
    alloc_el = ET.SubElement(root, "allocations")
    by_uid = {r.uid: r for r in plan.resources}
    for a in plan.assignments:
        if a.task_uid not in ids or a.resource_uid not in res_ids:
            continue
        r = by_uid[a.resource_uid]
        ET.SubElement(alloc_el, "allocation", {
            "task-id": str(ids[a.task_uid]),
            "resource-id": str(res_ids[a.resource_uid]),
            "function": role_ids.get(r.group, "Default:0"),
            "responsible": "false",
            "load": f"{a.units * 100:g}",
        })
    vac_el = ET.SubElement(root, "vacations")
    for r in plan.resources:
        own = plan.calendars.get(r.calendar_uid or "")
        if own is None or own.uid == plan.project.calendar_uid:
            continue
        for x in own.exceptions:
            if not x.intervals:
                ET.SubElement(vac_el, "vacation", {"start": f"{x.start:%Y-%m-%d}",
                                                   "end": f"{x.finish:%Y-%m-%d}",
                                                   "resourceid": str(res_ids[r.uid])})
    ET.SubElement(root, "previous")
    ET.SubElement(root, "roles", {"roleset-name": "Default"})
    if roles:
        project_roles = ET.SubElement(root, "roles")
        for name in roles:
            ET.SubElement(project_roles, "role", {"id": role_ids[name], "name": name})


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _gan_ids(plan: model.Plan) -> dict[str, int]:
    """A GanttProject id per task: the id it came with (a GanttProject or MS Project
    file's), else the next free number."""
    ids: dict[str, int] = {}
    used: set[int] = set()
    for t in plan.tasks:
        if t.source_uid is not None and 0 <= t.source_uid <= _MAX_ID and t.source_uid not in used:
            ids[t.uid] = t.source_uid
            used.add(t.source_uid)
    following = 0
    for t in plan.tasks:
        if t.uid in ids:
            continue
        while following in used:
            following += 1
        ids[t.uid] = following
        used.add(following)
    return ids


def _gan_priority(priority: int) -> str:
    """The GanttProject priority nearest to pmdesk's 0-1000 value."""
    return min(_PRIORITIES, key=lambda code: (abs(_PRIORITIES[code] - priority),
                                              _PRIORITIES[code]))


def _start_day(cal: WorkCalendar, start: datetime, milestone: bool) -> date:
    """The day a task starts on in GanttProject: a task starting at the end of a working
    day (a milestone at Friday 17:00 excepted) starts the next working day."""
    if milestone:
        return start.date()
    return cal.next_working(start).date()


def _lag_days(d: model.Dependency, tasks: dict[str, model.Task], mpd: int) -> int:
    """The lag in GanttProject's whole working days."""
    if d.lag_percent is not None:
        pred = tasks.get(d.predecessor_uid)
        minutes = (pred.duration if pred is not None else 0) * d.lag_percent / 100
        return round(minutes / mpd)
    return round(d.lag / (1440 if d.lag_elapsed else mpd))


def _write_calendar(root: Element, plan: model.Plan) -> None:
    weekdays, exceptions = _resolved(plan, plan.project.calendar_uid)
    calendars = ET.SubElement(root, "calendars")
    types = ET.SubElement(calendars, "day-types")
    ET.SubElement(types, "day-type", {"id": "0"})
    ET.SubElement(types, "day-type", {"id": "1"})
    week = {"id": "1", "name": "default"}
    for i, name in enumerate(_WEEKDAY_ATTRS):
        week[name] = "0" if weekdays[i] else "1"
    ordered = {k: week[k] for k in ("id", "name", "sun", "mon", "tue", "wed", "thu", "fri",
                                    "sat")}
    ET.SubElement(types, "default-week", ordered)
    ET.SubElement(types, "only-show-weekends", {"value": "false"})
    ET.SubElement(types, "overriden-day-types")
    ET.SubElement(types, "days")
    for x in exceptions:
        day = x.start
        while day <= x.finish:
            working_week_day = bool(weekdays[day.weekday()])
            kind = None
            if not x.intervals and working_week_day:
                kind = "HOLIDAY"
            elif x.intervals and not working_week_day:
                kind = "WORKING_DAY"
            if kind is not None:
                el = ET.SubElement(calendars, "date", {"year": str(day.year),
                                                       "month": str(day.month),
                                                       "date": str(day.day), "type": kind})
                if x.name:
                    el.text = x.name
            day += timedelta(days=1)


def _resolved(
    plan: model.Plan, uid: str | None
) -> tuple[list[model.DayHours], list[model.CalendarException]]:
    """The weekly hours and exceptions of a calendar with its base calendars' filled in."""
    chain: list[model.Calendar] = []
    cal = plan.calendars.get(uid or "")
    while cal is not None and cal not in chain:
        chain.append(cal)
        cal = plan.calendars.get(cal.base_uid or "")
    weekdays: list[model.DayHours] = [model.STANDARD_DAY] * 5 + [(), ()]
    for i in range(7):
        for c in chain:
            if c.weekdays[i] is not None:
                weekdays[i] = c.weekdays[i] or ()
                break
    covered: set[date] = set()
    exceptions: list[model.CalendarException] = []
    for c in chain:  # the calendar's own exceptions win over its base's
        for x in c.exceptions:
            days = {x.start + timedelta(days=k) for k in range((x.finish - x.start).days + 1)}
            if days & covered:
                continue
            covered |= days
            exceptions.append(x)
    exceptions.sort(key=lambda x: (x.start, x.finish))
    return weekdays, exceptions
