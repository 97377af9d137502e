"""What tasks and the project cost: work x rate + cost per use + fixed cost.

Work of an assignment is the task's working duration times the assignment's units
(a resource at 50 % on a 4-day task works 2 days), times the average share of its work
contour (a bell-contoured assignment works half its units on average, see
:mod:`pmdesk.core.contours`). Material resources are charged per unit assigned; cost
resources only through their cost per use.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from .contours import assignment_work, average_units
from .model import Assignment, Plan, Resource, ResourceType, Task
from .money import total
from .outline import summary_uids
from .schedule import ScheduleResult

_HOUR = Decimal(60)


def assignment_cost(task: Task, assignment: Assignment, resource: Resource) -> Decimal:
    """What one assignment of a (non-summary) task costs: its work at the resource's rate
    (material: the units at its rate) plus the cost per use. The one cost formula: task
    costs, resource costs, budget lines and earned value all add these up."""
    amount = resource.cost_per_use
    units = Decimal(str(assignment.units))
    if resource.type is ResourceType.WORK:
        minutes = 0 if task.duration_elapsed else task.duration
        share = Decimal(str(average_units(assignment.contour)))
        amount += Decimal(minutes) * units * share * resource.standard_rate / _HOUR
    elif resource.type is ResourceType.MATERIAL:
        amount += units * resource.standard_rate
    return amount


def task_costs(plan: Plan, result: ScheduleResult | None = None) -> dict[str, Decimal]:
    """Cost of every task; a summary's cost is the sum of its children's. Costs follow
    the tasks' durations, not their dates: ``result`` is accepted and not needed."""
    resources = {r.uid: r for r in plan.resources}
    by_task: dict[str, list[Assignment]] = defaultdict(list)
    for a in plan.assignments:
        by_task[a.task_uid].append(a)
    summaries = summary_uids(plan.tasks)
    cost: dict[str, Decimal] = {}
    for t in plan.tasks:
        own = Decimal(t.fixed_cost)
        if t.uid not in summaries:
            for a in by_task.get(t.uid, ()):
                r = resources.get(a.resource_uid)
                if r is not None:
                    own += assignment_cost(t, a, r)
        cost[t.uid] = own
    for t in reversed(plan.tasks):  # children come after parents in outline order
        if t.parent_uid is not None and t.parent_uid in cost:
            cost[t.parent_uid] += cost[t.uid]
    return cost


def plan_cost(plan: Plan, result: ScheduleResult | None = None) -> Decimal:
    """Total cost of the project: the sum over top-level tasks (summaries included)."""
    costs = task_costs(plan, result)
    return total(costs[t.uid] for t in plan.tasks if t.parent_uid is None)


def task_work(plan: Plan) -> dict[str, int]:
    """Minutes of work of every task (duration x units of its work resources, each by
    its contour's average); a summary's work is the sum of its children's."""
    work_resources = {r.uid for r in plan.resources if r.type is ResourceType.WORK}
    by_task: dict[str, list[Assignment]] = defaultdict(list)
    for a in plan.assignments:
        if a.resource_uid in work_resources:
            by_task[a.task_uid].append(a)
    summaries = summary_uids(plan.tasks)
    work: dict[str, int] = {}
    for t in plan.tasks:
        own = 0
        if t.uid not in summaries and not t.duration_elapsed:
            own = round(sum(assignment_work(t.duration, a.units, a.contour)
                            for a in by_task.get(t.uid, ())))
        work[t.uid] = own
    for t in reversed(plan.tasks):
        if t.parent_uid is not None and t.parent_uid in work:
            work[t.parent_uid] += work[t.uid]
    return work


def resource_costs(plan: Plan) -> dict[str, Decimal]:
    """What each resource costs over the whole project (its part of the task costs)."""
    tasks = plan.task_index()
    summaries = summary_uids(plan.tasks)
    resources = {r.uid: r for r in plan.resources}
    out: dict[str, Decimal] = {uid: Decimal(0) for uid in resources}
    for a in plan.assignments:
        r = resources.get(a.resource_uid)
        t = tasks.get(a.task_uid)
        if r is None or t is None or t.uid in summaries:
            continue
        out[r.uid] += assignment_cost(t, a, r)
    return out
