"""Keep the dates a file states, with as few constraints as it takes.

A GanttProject file or a spreadsheet says when each task starts, but not why: a task may sit
where its predecessors put it, or where someone dragged it. pmdesk schedules from links
and constraints, so an imported task that nothing holds in place would slide back to the
project start. :func:`pin_dates` schedules the plan once as imported and gives a
"start no earlier than" constraint (as MS Project does for a task dragged or given a start)
only to the tasks that would otherwise start before the stated date; "finish no earlier
than" where only a finish is stated. Tasks their links already place stay free, so a
re-imported export gets no constraint it did not have.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from pmdesk.core.calendar import WorkCalendar, calendars_for, project_calendar
from pmdesk.core.model import ConstraintType, Plan, Task
from pmdesk.core.outline import summary_uids
from pmdesk.core.schedule import schedule

__all__ = ["pin_dates"]


def pin_dates(
    plan: Plan,
    starts: Mapping[str, datetime],
    finishes: Mapping[str, datetime] | None = None,
) -> Plan:
    """``plan`` with SNET (or FNET) constraints where links alone would schedule a task
    before the start (or finish) stated for it.

    A stated moment at midnight means "that day": the task's calendar's first working
    moment of the day for a start, its last for a finish. Tasks with a constraint of their
    own, summaries and tasks started or finished already are left as they are.
    Raises :class:`~pmdesk.core.schedule.CycleError` for a plan with a dependency cycle.
    """
    finishes = finishes or {}
    if not starts and not finishes:
        return plan
    result = schedule(plan)
    summaries = summary_uids(plan.tasks)
    calendars = calendars_for(plan)
    default = project_calendar(plan)
    tasks: list[Task] = []
    changed = False
    for t in plan.tasks:
        dates = result.tasks.get(t.uid)
        wanted_start = starts.get(t.uid)
        wanted_finish = finishes.get(t.uid) if wanted_start is None else None
        if (
            dates is None
            or t.uid in summaries
            or t.constraint_type is not ConstraintType.ASAP
            or t.actual_start is not None
            or (wanted_start is None and wanted_finish is None)
        ):
            tasks.append(t)
            continue
        cal = calendars.get(t.calendar_uid or "", default)
        if wanted_start is not None:
            moment = _day_start(cal, wanted_start)
            if dates.start < moment:
                t = replace(t, constraint_type=ConstraintType.SNET, constraint_date=moment)
                changed = True
        elif wanted_finish is not None:
            moment = _day_finish(cal, wanted_finish)
            if dates.finish < moment:
                t = replace(t, constraint_type=ConstraintType.FNET, constraint_date=moment)
                changed = True
        tasks.append(t)
    return replace(plan, tasks=tasks) if changed else plan


def _is_day(moment: datetime) -> bool:
    return moment.hour == 0 and moment.minute == 0


def _day_start(cal: WorkCalendar, moment: datetime) -> datetime:
    return cal.next_working(moment) if _is_day(moment) else moment


def _day_finish(cal: WorkCalendar, moment: datetime) -> datetime:
    if not _is_day(moment):
        return moment
    end = cal.previous_working(moment.replace(hour=23, minute=59))
    return end if end.date() == moment.date() else cal.next_working(moment)
