"""Keep the dates a file states, with as few constraints as it takes.

A GanttProject file or a spreadsheet says when each task starts, but not why: a task may sit
where its predecessors put it, or where someone dragged it. pmdesk schedules from links
and constraints, so an imported task that nothing holds in place would slide back to the
project start. :func:`pin_dates` schedules the plan as imported and gives a "start no
earlier than" constraint (as MS Project does for a task dragged or given a start) only to
the tasks that would otherwise start before the stated date; "finish no earlier than"
where only a finish is stated.

A task that comes too early only because a task before it (through links and summaries)
does is not pinned: pinning that one moves it too. So the constraints are added in rounds,
first to the tasks nothing pinned lies upstream of, and a re-imported export gets no
constraint it did not have. After a few rounds (a long chain of tasks each placed by hand)
the rest are pinned at once: the dates are the same, only with more constraints.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from pmdesk.core.calendar import WorkCalendar, calendars_for, project_calendar
from pmdesk.core.model import ConstraintType, Plan
from pmdesk.core.outline import summary_uids
from pmdesk.core.schedule import schedule

__all__ = ["pin_dates"]

_ROUNDS = 6

#: A constraint to pin a task with: its type (start or finish no earlier than) and date.
_Pin = tuple[ConstraintType, datetime]


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
    summaries = summary_uids(plan.tasks)
    calendars = calendars_for(plan)
    default = project_calendar(plan)
    wanted: dict[str, _Pin] = {}
    for t in plan.tasks:
        if (t.uid in summaries or t.constraint_type is not ConstraintType.ASAP
                or t.actual_start is not None):
            continue
        cal = calendars.get(t.calendar_uid or "", default)
        if t.uid in starts:
            wanted[t.uid] = (ConstraintType.SNET, _day_start(cal, starts[t.uid]))
        elif t.uid in finishes:
            wanted[t.uid] = (ConstraintType.FNET, _day_finish(cal, finishes[t.uid]))
    successors = _influence(plan, summaries) if wanted else {}
    for round_ in range(_ROUNDS + 1):
        result = schedule(plan)  # also refuses a plan with a cycle, pins or not
        early: dict[str, _Pin] = {}
        for uid, (kind, moment) in wanted.items():
            dates = result.tasks.get(uid)
            if dates is None:
                continue
            if (dates.start if kind is ConstraintType.SNET else dates.finish) < moment:
                early[uid] = (kind, moment)
        if not early:
            break
        chosen = early if round_ == _ROUNDS else _upstream_most(early, successors)
        plan = replace(plan, tasks=[
            replace(t, constraint_type=chosen[t.uid][0], constraint_date=chosen[t.uid][1])
            if t.uid in chosen else t for t in plan.tasks])
        for uid in chosen:
            del wanted[uid]
        if not wanted:
            break
    return plan


def _influence(plan: Plan, summaries: set[str]) -> dict[str, list[str]]:
    """Which dates each task's dates move: a task its summary's (rolled up), a task its
    link successors', a summary's incoming links its children's. A summary has two nodes,
    ``>uid`` (its rolled-up dates) and ``<uid`` (the links into it), so that two siblings
    do not seem to move each other through their parent."""

    def out(uid: str) -> str:
        return ">" + uid if uid in summaries else uid

    def into(uid: str) -> str:
        return "<" + uid if uid in summaries else uid

    edges: dict[str, list[str]] = {}
    known = {t.uid for t in plan.tasks}
    for t in plan.tasks:
        if t.parent_uid in known:
            edges.setdefault(out(t.uid), []).append(out(t.parent_uid or ""))
            edges.setdefault(into(t.parent_uid or ""), []).append(into(t.uid))
    for d in plan.dependencies:
        edges.setdefault(out(d.predecessor_uid), []).append(into(d.successor_uid))
    return edges


def _upstream_most(
    early: dict[str, _Pin], successors: dict[str, list[str]]
) -> dict[str, _Pin]:
    """The tasks of ``early`` that no other task of ``early`` moves."""
    queue = deque(n for uid in early for n in successors.get(uid, ()))
    seen: set[str] = set(queue)
    while queue:
        for n in successors.get(queue.popleft(), ()):
            if n not in seen:
                seen.add(n)
                queue.append(n)
    return {uid: value for uid, value in early.items() if uid not in seen}


def _is_day(moment: datetime) -> bool:
    return moment.hour == 0 and moment.minute == 0


def _day_start(cal: WorkCalendar, moment: datetime) -> datetime:
    return cal.next_working(moment) if _is_day(moment) else moment


def _day_finish(cal: WorkCalendar, moment: datetime) -> datetime:
    if not _is_day(moment):
        return moment
    end = cal.previous_working(moment.replace(hour=23, minute=59))
    return end if end.date() == moment.date() else cal.next_working(moment)
