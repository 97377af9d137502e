"""The dashboard's figures: where the product stands on one page.

Every figure comes from the function the rest of pmdesk reads it from (the schedule
engine, :mod:`pmdesk.core.evm`, :mod:`pmdesk.core.health`, the budget, the board, the risk
register, the KPI status rule and the backlog's ranking), so the dashboard never disagrees
with the view a tile opens.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from ..board import card_tasks, column_states, home_column, ordered_columns
from ..budget import project_budget
from ..costs import plan_cost
from ..evm import evm_summary
from ..health import (
    Headline,
    baseline_slip,
    cost_headline,
    late_tasks,
    schedule_headline,
    status_moment,
)
from ..model import Plan, Risk, RiskStatus, Task
from ..schedule import ScheduleResult
from .kpi import KpiSummary, kpi_summaries
from .model import Decision, Gate, Stage
from .scoring import Ranked, rank

__all__ = ["Dashboard", "EarnedValue", "WipColumn", "dashboard", "earned_value"]

TOP = 5


@dataclass(frozen=True, slots=True)
class WipColumn:
    """A board column's cards against its work-in-progress limit."""

    name: str
    count: int
    limit: int | None

    @property
    def over(self) -> bool:
        return self.limit is not None and self.count > self.limit


@dataclass(frozen=True, slots=True)
class EarnedValue:
    """The tiles' figures that earned value gives, and the headlines that read them."""

    spi: Decimal | None
    cpi: Decimal | None
    eac: Decimal | None
    schedule: Headline
    cost: Headline


def earned_value(plan: Plan, schedule: ScheduleResult, planned: Decimal, budget: Decimal
                 ) -> EarnedValue:
    """SPI, CPI and EAC as :func:`pmdesk.core.evm.evm_summary` gives them, and the schedule
    and cost headlines of :mod:`pmdesk.core.health` over them (as the status report)."""
    evm = evm_summary(plan, schedule)
    spi, cpi, eac = _decimal(evm["spi"]), _decimal(evm["cpi"]), _decimal(evm["eac"])
    return EarnedValue(spi, cpi, eac, schedule_headline(plan, schedule, spi),
                       cost_headline(planned, budget, Decimal(evm["bac"]), eac, cpi,
                                     plan.project.currency))


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Everything the product dashboard shows, worked out once as of ``now``."""

    now: datetime
    stage: Stage | None
    next_gate: tuple[Gate, str, datetime] | None  # the gate, its milestone's name and date
    next_milestones: tuple[tuple[Task, datetime], ...]
    overdue_milestones: tuple[tuple[Task, datetime], ...]
    finish: datetime
    baseline_finish: datetime | None
    slip_days: float | None  # working days past baseline 0's finish
    late_tasks: int
    budget: Decimal
    planned_cost: Decimal
    evm: EarnedValue | None  # None until worked out (``dashboard(..., with_evm=False)``)
    top_risks: tuple[Risk, ...]
    kpis: tuple[KpiSummary, ...]
    wip: tuple[WipColumn, ...]
    backlog: tuple[Ranked, ...]
    currency: str


def _decimal(value: object) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _milestones(plan: Plan, schedule: ScheduleResult, now: datetime
                ) -> tuple[list[tuple[Task, datetime]], list[tuple[Task, datetime]]]:
    upcoming: list[tuple[Task, datetime]] = []
    overdue: list[tuple[Task, datetime]] = []
    for t in plan.tasks:
        dates = schedule.tasks.get(t.uid)
        if not t.milestone or dates is None or t.percent_complete >= 100:
            continue
        (overdue if dates.finish < now else upcoming).append((t, dates.finish))
    upcoming.sort(key=lambda m: m[1])
    overdue.sort(key=lambda m: m[1])
    return upcoming[:TOP], overdue


def _next_gate(plan: Plan, schedule: ScheduleResult) -> tuple[Gate, str, datetime] | None:
    tasks = plan.task_index()
    pending = [(schedule.tasks[g.task_uid].finish, g) for g in plan.gates
               if g.decision is Decision.PENDING and g.task_uid in schedule.tasks]
    if not pending:
        return None
    on, gate = min(pending, key=lambda p: p[0])
    return gate, tasks[gate.task_uid].name, on


def _wip(plan: Plan) -> tuple[WipColumn, ...]:
    """Each board column's cards against its WIP limit, counted as the board counts them
    (a card's own column, else the one its progress implies)."""
    columns = ordered_columns(plan)
    if not columns:
        return ()
    states = column_states(columns)
    counts = Counter(home_column(t, columns, states) for t in card_tasks(plan))
    return tuple(WipColumn(c.name, counts.get(c.uid, 0), c.wip_limit) for c in columns)


def dashboard(plan: Plan, schedule: ScheduleResult, now: datetime | None = None,
              with_evm: bool = True) -> Dashboard:
    """The figures of every tile; ``now`` defaults to the plan's status moment. Without
    ``with_evm`` the earned-value figures are left out (``evm`` None), the costliest part,
    for a window that shows the rest first."""
    now = now or status_moment(plan)
    upcoming, overdue = _milestones(plan, schedule, now)
    slip = baseline_slip(plan, schedule)
    planned = plan_cost(plan, schedule)
    budget = project_budget(plan)
    currency = plan.project.currency
    open_risks = [r for r in plan.risks if r.status is not RiskStatus.CLOSED]
    product = plan.products[0] if plan.products else None
    framework = product.framework.value if product else "rice"
    return Dashboard(
        now=now,
        stage=product.stage if product else None,
        next_gate=_next_gate(plan, schedule),
        next_milestones=tuple(upcoming),
        overdue_milestones=tuple(overdue),
        finish=schedule.project_finish,
        baseline_finish=slip[1] if slip else None,
        slip_days=slip[0] / plan.project.minutes_per_day if slip else None,
        late_tasks=len(late_tasks(plan, schedule, now)),
        budget=budget,
        planned_cost=planned,
        evm=earned_value(plan, schedule, planned, budget) if with_evm else None,
        top_risks=tuple(sorted(open_risks, key=lambda r: (-r.score, r.code))[:TOP]),
        kpis=tuple(kpi_summaries(plan)),
        wip=_wip(plan),
        backlog=tuple(rank(plan.features, framework)[:TOP]),
        currency=currency,
    )
