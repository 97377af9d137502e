"""Which tasks a Gantt filter shows: critical, late, one resource's, one phase's.

A filter picks leaf tasks (a phase filter: everything under that phase) and then keeps
their summary tasks above them, so every row shown still sits in its outline, as Microsoft
Project's "show related summary rows" does. What critical and late mean is
:mod:`pmdesk.core.health`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .health import critical_tasks, late_tasks, missed_deadlines
from .model import Plan
from .outline import descendants
from .schedule import ScheduleResult


class FilterKind(StrEnum):
    """Which tasks a Gantt filter keeps: all, critical, late, one resource's, one phase's."""

    ALL = "all"
    CRITICAL = "critical"
    LATE = "late"
    RESOURCE = "resource"
    PHASE = "phase"


@dataclass(frozen=True, slots=True)
class TaskFilter:
    """One filter: its kind, the resource or phase uid it is about, and how it is named."""

    kind: FilterKind
    key: str = ""
    title: str = "All tasks"


ALL_TASKS = TaskFilter(FilterKind.ALL)


def filter_choices(plan: Plan) -> list[TaskFilter]:
    """Every filter the plan offers, in menu order: all, critical, late, each resource,
    each phase (top-level summary task)."""
    phases = {t.parent_uid for t in plan.tasks if t.parent_uid is not None}
    return [
        ALL_TASKS,
        TaskFilter(FilterKind.CRITICAL, title="Critical tasks"),
        TaskFilter(FilterKind.LATE, title="Late tasks"),
        *(TaskFilter(FilterKind.RESOURCE, r.uid, f"Resource: {r.name}") for r in plan.resources),
        *(TaskFilter(FilterKind.PHASE, t.uid, f"Phase: {t.name}") for t in plan.tasks
          if t.parent_uid is None and t.uid in phases),
    ]


def shown_tasks(plan: Plan, result: ScheduleResult, choice: TaskFilter,
                as_of: datetime) -> set[str] | None:
    """The uids ``choice`` shows (matches and their summary tasks), None for all tasks.

    Late tasks are those not finished by the status moment ``as_of`` and those that miss
    their deadline.
    """
    if choice.kind == FilterKind.ALL:
        return None
    if choice.kind == FilterKind.CRITICAL:
        picked = {t.uid for t in critical_tasks(plan, result)}
    elif choice.kind == FilterKind.LATE:
        picked = {t.uid for t in late_tasks(plan, result, as_of)}
        picked |= {t.uid for t in missed_deadlines(plan, result)}
    elif choice.kind == FilterKind.RESOURCE:
        picked = {a.task_uid for a in plan.assignments if a.resource_uid == choice.key}
    else:
        known = {t.uid for t in plan.tasks}
        picked = ({choice.key} | descendants(plan.tasks, choice.key)) if choice.key in known \
            else set()
    parent_of = {t.uid: t.parent_uid for t in plan.tasks}
    shown: set[str] = set()
    for uid in picked:
        node: str | None = uid
        while node is not None and node not in shown:
            shown.add(node)
            node = parent_of.get(node)
    return shown
