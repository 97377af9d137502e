"""Budget against plan and actuals, per cost category and for the whole project.

"Are we on budget?" needs every cost to land in a category the PM budgets for:

- a resource's cost goes to the resource's group ("Engineering", "Marketing"), or to
  "Labour", "Materials" or "Expenses" by its type when it has no group;
- a task's fixed cost goes to the first of the task's tags (or its summaries' tags) that
  names a budget line, else to "Fixed costs";
- an actual cost entry goes to its own category ("Uncategorised" when it has none).

Planned is what the current plan will cost (work x rate + cost per use + fixed cost, the
one formula of :func:`pmdesk.core.costs.assignment_cost`). Actual is the planned cost of
the work done so far (each task's cost times its % complete, as Microsoft Project accrues
it) plus every cost entry up to the as-of date (the status date, else today): invoices,
licences and trips the plan's rates do not cover. Remaining is budget minus actual, the
money left to spend; variance is budget minus planned, negative when the plan will
overspend.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from .costs import assignment_cost
from .health import status_moment
from .model import Plan, Resource, ResourceType, Task
from .money import cents, total
from .outline import summary_uids

__all__ = [
    "FIXED",
    "UNCATEGORISED",
    "BudgetReport",
    "BudgetRow",
    "as_of_date",
    "budget_report",
    "percent_complete",
    "project_budget",
    "resource_category",
    "task_actual_costs",
    "task_cost_lines",
]

FIXED = "Fixed costs"
UNCATEGORISED = "Uncategorised"
_BY_TYPE = {ResourceType.WORK: "Labour", ResourceType.MATERIAL: "Materials",
            ResourceType.COST: "Expenses"}
_ZERO = Decimal(0)


def as_of_date(plan: Plan, as_of: datetime | date | None = None) -> date:
    """The day actuals are counted up to: ``as_of``, else the status moment's
    (:func:`pmdesk.core.health.status_moment`)."""
    if as_of is None:
        as_of = status_moment(plan)
    return as_of.date() if isinstance(as_of, datetime) else as_of


def resource_category(resource: Resource) -> str:
    return resource.group.strip() or _BY_TYPE[ResourceType(resource.type)]


def percent_complete(plan: Plan) -> dict[str, float]:
    """% complete of every task; a summary's is its subtasks' weighted by duration."""
    summaries = summary_uids(plan.tasks)
    weight: dict[str, float] = defaultdict(float)
    done: dict[str, float] = defaultdict(float)
    for t in reversed(plan.tasks):
        if t.uid not in summaries:
            w = max(t.duration, 0)
            weight[t.uid] += w
            done[t.uid] += w * t.percent_complete / 100
        if t.parent_uid is not None:
            weight[t.parent_uid] += weight[t.uid]
            done[t.parent_uid] += done[t.uid]
    out: dict[str, float] = {}
    for t in plan.tasks:
        total_weight = weight[t.uid]
        out[t.uid] = (100 * done[t.uid] / total_weight if total_weight
                      else float(t.percent_complete))
    return out


def task_cost_lines(plan: Plan) -> dict[str, list[tuple[str, Decimal]]]:
    """Each task's own planned cost as ``(category, amount)`` parts (a summary's own part is
    its fixed cost); the parts of a task add up to its cost in
    :func:`pmdesk.core.costs.task_costs` less its subtasks'."""
    categories = {line.category.casefold(): line.category for line in plan.budget_lines}
    resources = {r.uid: r for r in plan.resources}
    tasks = plan.task_index()
    summaries = summary_uids(plan.tasks)
    lines: dict[str, list[tuple[str, Decimal]]] = defaultdict(list)
    for a in plan.assignments:
        r = resources.get(a.resource_uid)
        t = tasks.get(a.task_uid)
        if r is None or t is None or t.uid in summaries:
            continue
        lines[t.uid].append((resource_category(r), assignment_cost(t, a, r)))
    for t in plan.tasks:
        if t.fixed_cost:
            lines[t.uid].append((_fixed_category(t.uid, tasks, categories), t.fixed_cost))
    return lines


def _fixed_category(uid: str, tasks: dict[str, Task], categories: dict[str, str]) -> str:
    node = tasks.get(uid)
    seen = 0
    while node is not None and seen <= len(tasks):
        for tag in node.tags:
            hit = categories.get(tag.casefold())
            if hit is not None:
                return hit
        node = tasks.get(node.parent_uid) if node.parent_uid else None
        seen += 1
    return FIXED


def task_actual_costs(plan: Plan, as_of: date) -> dict[str, Decimal]:
    """Each task's own actual cost: its planned cost times its % complete, plus the cost
    entries booked to it up to ``as_of`` (summaries not rolled up)."""
    pct = percent_complete(plan)
    out: dict[str, Decimal] = defaultdict(lambda: _ZERO)
    for uid, parts in task_cost_lines(plan).items():
        share = Decimal(str(round(pct.get(uid, 0.0), 6))) / 100
        out[uid] += total(amount for _c, amount in parts) * share
    known = plan.task_index()
    for e in plan.cost_entries:
        if e.task_uid in known and e.on <= as_of:
            out[e.task_uid] += e.amount
    return dict(out)


@dataclass(frozen=True, slots=True)
class BudgetRow:
    """One cost category (or the project) in money of the project's currency."""

    category: str
    budget: Decimal
    planned: Decimal
    actual: Decimal

    @property
    def remaining(self) -> Decimal:
        """Budget not spent yet (negative once spending passed the budget)."""
        return self.budget - self.actual

    @property
    def variance(self) -> Decimal:
        """Budget minus what the plan will cost (negative: the plan overspends)."""
        return self.budget - self.planned


@dataclass(frozen=True, slots=True)
class BudgetReport:
    """Budget against planned and actual cost, per category and for the project."""

    rows: tuple[BudgetRow, ...]  # budget lines' categories first, in their order
    project: BudgetRow
    allocated: Decimal  # the sum of the budget lines
    as_of: date
    currency: str

    @property
    def unallocated(self) -> Decimal:
        """Project budget not given to any category."""
        return self.project.budget - self.allocated


def project_budget(plan: Plan) -> Decimal:
    """The project's budget: the one set on the project, else the sum of its budget lines
    (the budget report's project row)."""
    return plan.project.budget if plan.project.budget else total(
        line.amount for line in plan.budget_lines)


def budget_report(plan: Plan, as_of: datetime | date | None = None) -> BudgetReport:
    """Budget, planned, actual and remaining per category and for the project."""
    day = as_of_date(plan, as_of)
    budget: dict[str, Decimal] = defaultdict(lambda: _ZERO)
    order: list[str] = []
    canonical: dict[str, str] = {}
    for line in plan.budget_lines:
        name = canonical.setdefault(line.category.casefold(), line.category)
        if name not in budget:
            order.append(name)
        budget[name] += line.amount

    def key(category: str) -> str:
        return canonical.setdefault(category.casefold(), category)

    planned: dict[str, Decimal] = defaultdict(lambda: _ZERO)
    actual: dict[str, Decimal] = defaultdict(lambda: _ZERO)
    pct = percent_complete(plan)
    for uid, parts in task_cost_lines(plan).items():
        share = Decimal(str(round(pct.get(uid, 0.0), 6))) / 100
        for category, amount in parts:
            planned[key(category)] += amount
            actual[key(category)] += amount * share
    for e in plan.cost_entries:
        if e.on <= day:
            actual[key(e.category.strip() or UNCATEGORISED)] += e.amount
    extra = sorted((set(planned) | set(actual)) - set(order), key=str.casefold)
    rows = tuple(
        BudgetRow(c, budget[c], cents(planned[c]), cents(actual[c])) for c in order + extra)
    allocated = total(budget[c] for c in order)
    total_budget = project_budget(plan)
    project = BudgetRow("Project", total_budget, total(r.planned for r in rows),
                        total(r.actual for r in rows))
    return BudgetReport(rows, project, allocated, day, plan.project.currency)
