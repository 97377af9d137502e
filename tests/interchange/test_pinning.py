"""Stated dates are kept with the fewest constraints: only where links do not explain them."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from pmdesk.core.model import (
    ConstraintType,
    Dependency,
    Plan,
    ProjectInfo,
    Task,
    new_uid,
    standard_calendar,
)
from pmdesk.core.schedule import schedule
from pmdesk.interchange.pinning import pin_dates


def _chain(n: int, parent: bool = False) -> Plan:
    cal = standard_calendar()
    phase = Task(uid=new_uid(), name="Phase")
    tasks = [Task(uid=new_uid(), name=f"T{i}", parent_uid=phase.uid if parent else None,
                  position=i) for i in range(n)]
    links = [Dependency(uid=new_uid(), predecessor_uid=a.uid, successor_uid=b.uid)
             for a, b in itertools.pairwise(tasks)]
    project = ProjectInfo(uid=new_uid(), name="p", start=datetime(2026, 3, 2, 8),
                          calendar_uid=cal.uid)
    return Plan(project=project, calendars={cal.uid: cal},
                tasks=([phase] if parent else []) + tasks, dependencies=links)


def _pinned(plan: Plan) -> list[str]:
    return [t.name for t in plan.tasks if t.constraint_type is not ConstraintType.ASAP]


def test_only_the_task_placed_by_hand_is_pinned_not_those_it_pushes() -> None:
    plan = _chain(5, parent=True)
    t = {x.name: x for x in plan.tasks}
    # T1 was dragged to Monday 9 March; T2..T4 follow it by their links.
    starts = {t["T0"].uid: datetime(2026, 3, 2), t["T1"].uid: datetime(2026, 3, 9),
              t["T2"].uid: datetime(2026, 3, 10), t["T3"].uid: datetime(2026, 3, 11),
              t["T4"].uid: datetime(2026, 3, 12)}
    pinned = pin_dates(plan, starts)
    assert _pinned(pinned) == ["T1"]
    result = schedule(pinned)
    assert [result.tasks[u].start for u in starts] == [
        datetime(2026, 3, d, 8) for d in (2, 9, 10, 11, 12)]


def test_a_long_chain_of_tasks_each_placed_by_hand_keeps_every_date() -> None:
    """Each task was dragged to the Monday after its predecessor's week: each needs its own
    constraint, found round by round and then all at once; every date holds."""
    plan = _chain(30)
    starts = {x.uid: datetime(2026, 3, 2) + timedelta(weeks=i) for i, x in enumerate(plan.tasks)}
    pinned = pin_dates(plan, starts)
    result = schedule(pinned)
    assert [result.tasks[x.uid].start for x in pinned.tasks] == [
        datetime(2026, 3, 2, 8) + timedelta(weeks=i) for i in range(30)]
    assert _pinned(pinned) == [f"T{i}" for i in range(1, 30)]
