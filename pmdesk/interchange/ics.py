"""Milestones (and, when asked, tasks) as iCalendar events for the calendars people use.

A PM sends the plan's milestones to a team's calendar: Outlook, Google Calendar, Apple
Calendar and Thunderbird all import an ``.ics`` file. Each event is an all-day event on the
milestone's day (a task spans its days, the day it finishes included) and is marked free
time, so it does not block anyone's agenda.

An event's UID is the task's own stable identifier (``<task uid>@pmdesk``), so importing a
newer export of the same plan updates the events instead of adding a second copy; SEQUENCE
grows with the time of the export (minutes since 2020), which is what tells calendar apps
that the newer file wins. Written with the ``icalendar`` library.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from pmdesk import __version__
from pmdesk.core.entry import format_resources
from pmdesk.core.model import Assignment, Plan, Task
from pmdesk.core.outline import summary_uids, wbs_codes
from pmdesk.core.schedule import ScheduleResult
from pmdesk.fileio import write_atomically

__all__ = ["event_uid", "ics_bytes", "write_ics"]

_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def event_uid(task: Task) -> str:
    """The UID of a task's event: the same in every export of the plan."""
    return f"{task.uid}@pmdesk"


def _events(plan: Plan, result: ScheduleResult, tasks: bool) -> Iterable[tuple[Task, str]]:
    summaries = summary_uids(plan.tasks)
    for t in plan.tasks:
        if t.uid in summaries or t.uid not in result.tasks:
            continue
        if t.milestone or t.duration == 0:
            yield t, "Milestone"
        elif tasks:
            yield t, "Task"


def ics_bytes(plan: Plan, result: ScheduleResult, tasks: bool = False,
              now: datetime | None = None) -> bytes:
    """The plan's milestones (and leaf tasks when ``tasks``) as an iCalendar document.

    ``now`` is the moment of the export (UTC; the current time when not given).
    """
    from icalendar import Calendar, Event, vCategory, vDate, vDatetime, vInt, vText

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    sequence = max(0, int((stamp - _EPOCH).total_seconds() // 60))
    project = plan.project
    wbs = wbs_codes(plan.tasks)
    by_task: dict[str, list[Assignment]] = {}
    for a in plan.assignments:
        by_task.setdefault(a.task_uid, []).append(a)
    resources = {r.uid: r for r in plan.resources}

    def day(value: date) -> vDate:
        prop = vDate(value)
        prop.params["VALUE"] = "DATE"  # an all-day event
        return prop

    cal = Calendar()
    cal.add("prodid", f"-//pmdesk//pmdesk {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", project.name or "pmdesk plan")
    # Values every event shares are made once: a plan of 20,000 tasks is written in
    # seconds rather than tens of seconds (Component.add looks up each value's type).
    shared = {"dtstamp": vDatetime(stamp), "sequence": vInt(sequence),
              "transp": vText("TRANSPARENT")}
    # The project's name is the calendar's (X-WR-CALNAME); events say what they are.
    kinds = {kind: vCategory([kind]) for kind in ("Milestone", "Task")}
    for task, kind in _events(plan, result, tasks):
        d = result.tasks[task.uid]
        first = d.start.date() if kind == "Task" else d.finish.date()
        last = d.finish.date() if kind == "Task" else first
        if kind == "Task" and d.finish.time() == time() and d.finish > d.start:
            last = max(first, last - timedelta(days=1))  # finished at midnight: the day before
        lines = [f"WBS {wbs.get(task.uid, '')}"]
        if kind == "Milestone":
            lines.append(f"Milestone: {d.finish:%a %d %b %Y %H:%M}")
        else:
            lines.append(f"{d.start:%a %d %b %Y %H:%M} – {d.finish:%a %d %b %Y %H:%M}, "
                         f"{task.percent_complete}% complete")
        who = format_resources(by_task.get(task.uid, ()), resources)
        if who:
            lines.append(f"Resources: {who}")
        if task.notes:
            lines.extend(("", task.notes))
        event = Event()
        event["uid"] = vText(event_uid(task))
        event["summary"] = vText(task.name)
        event["dtstart"] = day(first)
        event["dtend"] = day(last + timedelta(days=1))
        event["categories"] = kinds[kind]
        event["description"] = vText("\n".join(lines))
        event.update(shared)
        cal.add_component(event)
    ical: bytes = cal.to_ical()
    return ical


def write_ics(plan: Plan, path: str | Path, result: ScheduleResult, tasks: bool = False,
              now: datetime | None = None) -> None:
    """Write :func:`ics_bytes` to ``path`` atomically."""
    write_atomically(Path(path), ics_bytes(plan, result, tasks, now))
