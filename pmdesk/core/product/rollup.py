"""A feature's dates, progress, cost and criticality, rolled up from the tasks that
deliver it (linked tasks, a linked summary standing for its subtasks)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ..model import Plan
from ..schedule import ScheduleResult

__all__ = ["FeatureRollup", "rollups"]


@dataclass(frozen=True, slots=True)
class FeatureRollup:
    """What a feature's linked tasks add up to: dates, progress, cost, criticality."""

    start: datetime | None
    finish: datetime | None
    percent_complete: int
    cost: Decimal
    critical: bool
    tasks: int  # linked tasks that exist


def rollups(
    plan: Plan, schedule: ScheduleResult, costs: Mapping[str, Decimal]
) -> dict[str, FeatureRollup]:
    """Each feature with linked tasks: start the earliest start of its tasks, finish the
    latest finish, % complete weighted by duration over the work tasks under them (as MS
    Project rolls a summary up), cost the sum of those tasks' costs, critical when one of
    them is. ``costs`` is :func:`pmdesk.core.costs.task_costs`."""
    links: dict[str, list[str]] = defaultdict(list)
    for link in plan.feature_tasks:
        links[link.feature_uid].append(link.task_uid)
    if not links:
        return {}
    children: dict[str | None, list[str]] = defaultdict(list)
    tasks = plan.task_index()
    for t in plan.tasks:
        children[t.parent_uid].append(t.uid)

    def leaves(uid: str) -> list[str]:
        out, stack = [], [uid]
        while stack:
            u = stack.pop()
            kids = children.get(u)
            if kids:
                stack.extend(kids)
            else:
                out.append(u)
        return out

    dates = schedule.tasks
    result: dict[str, FeatureRollup] = {}
    for feature_uid, task_uids in links.items():
        linked = [u for u in task_uids if u in tasks]
        if not linked:
            continue
        work: dict[str, None] = {}
        for u in linked:
            work.update(dict.fromkeys(leaves(u)))
        starts = [dates[u].start for u in linked if u in dates]
        finishes = [dates[u].finish for u in linked if u in dates]
        weight = sum(tasks[u].duration for u in work)
        if weight:
            done = sum(tasks[u].duration * tasks[u].percent_complete for u in work) / weight
        else:
            done = sum(tasks[u].percent_complete for u in work) / len(work)
        result[feature_uid] = FeatureRollup(
            start=min(starts) if starts else None,
            finish=max(finishes) if finishes else None,
            percent_complete=int(done + 0.5),
            cost=sum((costs.get(u, Decimal(0)) for u in work), Decimal(0)),
            critical=any(dates[u].critical for u in (*linked, *work) if u in dates),
            tasks=len(linked),
        )
    return result
