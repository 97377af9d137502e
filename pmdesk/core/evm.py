"""Earned value: are we on schedule and on budget against the plan we promised?

At the status moment (the status date, else the end of today's working day:
:func:`pmdesk.core.health.status_moment`), per task and for the project:

- BAC, budget at completion: the task's cost in baseline 0;
- PV (BCWS), planned value: the part of BAC the baseline planned to spend by the status
  date, spread evenly over the baseline's working time (project calendar);
- EV (BCWP), earned value: BAC x % complete;
- AC (ACWP), actual cost: the current plan's cost of the work done (cost x % complete)
  plus the cost entries up to the status date (see :mod:`pmdesk.core.budget`);
- SV = EV - PV, CV = EV - AC, SPI = EV / PV, CPI = EV / AC;
- EAC by the project's method: ``"cpi"`` BAC / CPI, ``"remaining"`` AC + (BAC - EV),
  ``"cpi_spi"`` AC + (BAC - EV) / (CPI x SPI); ETC = EAC - AC; VAC = BAC - EAC;
  TCPI = (BAC - EV) / (BAC - AC).

A ratio whose divisor is zero is None (shown as "-"), never a crash or an infinity. When no
task has baseline 0 the current plan stands in for it (its dates and costs), and the
summary says so: PV then measures progress against today's plan, not a promise.

The S-curve gives PV, EV and AC by date. Progress has no history in the plan, so EV and AC
are drawn as earned evenly between each task's start and the point its progress reached
(its finish when done, else the status date); cost entries count on their own dates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from .baselines import baseline_of
from .budget import as_of_date, percent_complete, task_actual_costs, task_cost_lines
from .calendar import WorkCalendar, project_calendar
from .costs import task_costs
from .health import Level, index_level, status_moment
from .model import Plan
from .money import cents, plain, total
from .schedule import ScheduleResult

__all__ = [
    "EAC_METHODS",
    "MEASURE",
    "MEASURES",
    "CurvePoint",
    "EvmFigures",
    "Measure",
    "evm_summary",
    "figures",
    "project_evm",
    "s_curve",
    "task_evm",
]

EAC_METHODS = {
    "cpi": "BAC / CPI",
    "remaining": "AC + (BAC - EV)",
    "cpi_spi": "AC + (BAC - EV) / (CPI x SPI)",
}
_ZERO = Decimal(0)


def _div(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None or b is None or b == 0:
        return None
    try:
        return a / b
    except InvalidOperation:
        return None


def _variance_level(value: Decimal) -> Level:
    return Level.BAD if value < 0 else Level.NONE


def _to_complete_level(value: Decimal) -> Level:
    # The remaining work must go better than the baseline planned to meet BAC.
    return Level.BAD if value > 1 else Level.NONE


def _unjudged(_value: Decimal) -> Level:
    return Level.NONE


@dataclass(frozen=True, slots=True)
class Measure:
    """One earned value figure as it is shown: ``key`` is its field of :class:`EvmFigures`
    and its key in ``pmdesk info --json``; ``label`` its short name, ``tip`` what it means;
    ``ratio`` a plain number (else money); ``level`` how a value reads (bad, a warning,
    good or nothing to say), the same in the window and in the status report."""

    key: str
    label: str
    tip: str
    ratio: bool = False
    level: Callable[[Decimal], Level] = _unjudged


MEASURES = (
    Measure("bac", "BAC", "Budget at completion: the baseline's cost"),
    Measure("pv", "PV (BCWS)", "Planned value: baseline cost planned by the status date"),
    Measure("ev", "EV (BCWP)", "Earned value: baseline cost of the work done"),
    Measure("ac", "AC (ACWP)", "Actual cost of the work done, with cost entries"),
    Measure("sv", "SV", "Schedule variance EV - PV (negative: behind schedule)",
            level=_variance_level),
    Measure("cv", "CV", "Cost variance EV - AC (negative: over budget)", level=_variance_level),
    Measure("spi", "SPI", "Schedule performance EV / PV (below 1: behind)", ratio=True,
            level=index_level),
    Measure("cpi", "CPI", "Cost performance EV / AC (below 1: over budget)", ratio=True,
            level=index_level),
    Measure("eac", "EAC", "Estimate at completion"),
    Measure("etc", "ETC", "Estimate to complete: EAC - AC"),
    Measure("vac", "VAC", "Variance at completion: BAC - EAC", level=_variance_level),
    Measure("tcpi", "TCPI", "Cost performance needed on the remaining work to meet BAC",
            ratio=True, level=_to_complete_level),
)
MEASURE = {m.key: m for m in MEASURES}


@dataclass(frozen=True, slots=True)
class EvmFigures:
    """Earned value figures in money (ratios are plain numbers); None where undefined."""

    bac: Decimal
    pv: Decimal
    ev: Decimal
    ac: Decimal
    sv: Decimal
    cv: Decimal
    spi: Decimal | None
    cpi: Decimal | None
    eac: Decimal | None
    etc: Decimal | None
    vac: Decimal | None
    tcpi: Decimal | None


def figures(bac: Decimal, pv: Decimal, ev: Decimal, ac: Decimal,
            method: str = "cpi") -> EvmFigures:
    """Every figure from the four measured ones, with EAC by ``method``."""
    if method not in EAC_METHODS:
        raise ValueError(f"EAC method {method!r}: use one of {', '.join(EAC_METHODS)}")
    spi = _div(ev, pv)
    cpi = _div(ev, ac)
    if method == "cpi":
        eac = _div(bac, cpi)
    elif method == "remaining":
        eac = ac + (bac - ev)
    else:
        both = cpi * spi if cpi is not None and spi is not None else None
        rest = _div(bac - ev, both)
        eac = None if rest is None else ac + rest
    etc = None if eac is None else eac - ac
    vac = None if eac is None else bac - eac
    tcpi = _div(bac - ev, bac - ac)
    return EvmFigures(bac, pv, ev, ac, ev - pv, ev - ac, spi, cpi, eac, etc, vac, tcpi)


@dataclass(frozen=True, slots=True)
class _Own:
    """What one task adds on its own (a summary: its fixed cost), before rolling up."""

    bac: Decimal
    base_start: datetime | None
    base_finish: datetime | None
    start: datetime | None
    progress_end: datetime | None
    pct: float
    actual_work: Decimal  # the actual cost of work done (cost entries excluded)


class _Evm:
    """The plan's earned value inputs, computed once for figures and the S-curve."""

    def __init__(self, plan: Plan, result: ScheduleResult, as_of: datetime | None) -> None:
        self.plan = plan
        status = as_of or status_moment(plan)
        if not isinstance(status, datetime):
            status = datetime.combine(status, time(23, 59))
        self.status = status
        self.day = as_of_date(plan, status)
        self.cal: WorkCalendar = project_calendar(plan)
        self.has_baseline = any(baseline_of(t, 0) is not None for t in plan.tasks)
        children: dict[str, list[str]] = defaultdict(list)
        for t in plan.tasks:
            if t.parent_uid is not None:
                children[t.parent_uid].append(t.uid)
        costs = task_costs(plan, result)
        pct = percent_complete(plan)
        own_cost = {uid: total(a for _c, a in parts)
                    for uid, parts in task_cost_lines(plan).items()}
        index = plan.task_index()
        self.own: dict[str, _Own] = {}
        for t in plan.tasks:
            d = result.tasks.get(t.uid)
            if self.has_baseline:
                b = baseline_of(t, 0)
                if b is None:
                    bac, bs, bf = _ZERO, None, None
                else:
                    kids = (baseline_of(index[k], 0) for k in children.get(t.uid, ()))
                    bac = b.cost - total(k.cost for k in kids if k is not None)
                    bs, bf = b.start, b.finish
            else:
                bac = costs[t.uid] - total(costs[c] for c in children.get(t.uid, ()))
                bs, bf = (d.start, d.finish) if d is not None else (None, None)
            p = pct.get(t.uid, 0.0)
            end = None
            if d is not None and p > 0:
                end = d.finish if p >= 100 else min(max(self.status, d.start), d.finish)
            share = Decimal(str(round(p, 6))) / 100
            self.own[t.uid] = _Own(bac, bs, bf, d.start if d else None, end, p,
                                   own_cost.get(t.uid, _ZERO) * share)
        self.entries = task_actual_costs(plan, self.day)

    # -- time phasing ------------------------------------------------------------------

    def _fraction(self, start: datetime | None, finish: datetime | None, at: datetime) -> float:
        """Share of the working time from ``start`` to ``finish`` that lies before ``at``."""
        if start is None or finish is None or at <= start:
            return 0.0
        if at >= finish:
            return 1.0
        total = self.cal.between(start, finish)
        if total <= 0:
            return 1.0
        return min(1.0, max(0.0, self.cal.between(start, at) / total))

    def pv(self, uid: str, at: datetime) -> Decimal:
        o = self.own[uid]
        f = self._fraction(o.base_start, o.base_finish, at)
        return o.bac if f >= 1.0 else o.bac * Decimal(str(round(f, 9)))

    def earned_share(self, uid: str, at: datetime) -> Decimal:
        """The part of the task's progress made by ``at`` (1 at the status date)."""
        o = self.own[uid]
        if o.pct <= 0 or o.progress_end is None:
            return _ZERO
        f = self._fraction(o.start, o.progress_end, at)
        if o.progress_end <= (o.start or o.progress_end):
            f = 1.0 if at >= o.progress_end else 0.0
        return Decimal(str(round(f, 9)))

    def ev(self, uid: str) -> Decimal:
        o = self.own[uid]
        return o.bac * Decimal(str(round(o.pct, 6))) / 100

    def ac(self, uid: str) -> Decimal:
        return self.entries.get(uid, _ZERO)


def task_evm(
    plan: Plan, result: ScheduleResult, as_of: datetime | None = None
) -> dict[str, EvmFigures]:
    """Earned value of every task; a summary's is the sum of its subtasks' and its own."""
    e = _Evm(plan, result, as_of)
    method = plan.project.eac_method if plan.project.eac_method in EAC_METHODS else "cpi"
    sums: dict[str, list[Decimal]] = {}
    for t in plan.tasks:
        sums[t.uid] = [e.own[t.uid].bac, e.pv(t.uid, e.status), e.ev(t.uid), e.ac(t.uid)]
    for t in reversed(plan.tasks):
        if t.parent_uid is not None and t.parent_uid in sums:
            parent, mine = sums[t.parent_uid], sums[t.uid]
            for i in range(4):
                parent[i] += mine[i]
    return {
        uid: figures(cents(bac), cents(pv), cents(ev), cents(ac), method=method)
        for uid, (bac, pv, ev, ac) in sums.items()
    }


def project_evm(plan: Plan, result: ScheduleResult, as_of: datetime | None = None,
                method: str | None = None) -> EvmFigures:
    """Earned value of the whole project, cost entries not booked to a task included."""
    e = _Evm(plan, result, as_of)
    bac = pv = ev = ac = _ZERO
    for t in plan.tasks:
        o = e.own[t.uid]
        bac += o.bac
        pv += e.pv(t.uid, e.status)
        ev += e.ev(t.uid)
        ac += e.ac(t.uid)
    ac += _unassigned_entries(plan, lambda d: d <= e.day)
    chosen = method or plan.project.eac_method
    method = chosen if chosen in EAC_METHODS else "cpi"
    return figures(cents(bac), cents(pv), cents(ev), cents(ac), method)


def _unassigned_entries(plan: Plan, when: Callable[[date], bool]) -> Decimal:
    known = {t.uid for t in plan.tasks}
    return total(c.amount for c in plan.cost_entries
                 if c.task_uid not in known and when(c.on))


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """Cumulative PV, EV and AC by the end of a day; EV and AC stop at the status date."""

    on: date
    pv: Decimal
    ev: Decimal | None
    ac: Decimal | None


def s_curve(plan: Plan, result: ScheduleResult, as_of: datetime | None = None,
            max_points: int = 160) -> list[CurvePoint]:
    """PV, EV and AC over the project's life, daily or in larger even steps."""
    e = _Evm(plan, result, as_of)
    starts = [o.base_start for o in e.own.values() if o.base_start is not None]
    ends = [o.base_finish for o in e.own.values() if o.base_finish is not None]
    # The day before the first start, so every curve sets out from zero.
    first = min([*starts, result.project_start]).date() - timedelta(days=1)
    last = max([*ends, result.project_finish, e.status]).date()
    span = (last - first).days + 1
    step = max(1, -(-span // max_points))
    days = [first + timedelta(days=i) for i in range(0, span, step)]
    if days[-1] != last:
        days.append(last)
    if e.day not in days and first <= e.day <= last:
        days.append(e.day)
        days.sort()
    uids = [t.uid for t in plan.tasks]
    dated = sorted((c.on, c.amount) for c in plan.cost_entries)
    out: list[CurvePoint] = []
    for d in days:
        at = datetime.combine(d + timedelta(days=1), time(0, 0))
        pv = total(e.pv(u, at) for u in uids)
        if d > e.day:
            out.append(CurvePoint(d, cents(pv), None, None))
            continue
        at = min(at, e.status)
        ev = ac = _ZERO
        for u in uids:
            share = e.earned_share(u, at)
            if share:
                ev += e.ev(u) * share
                ac += e.own[u].actual_work * share
        ac += total(amount for on, amount in dated if on <= d)
        out.append(CurvePoint(d, cents(pv), cents(ev), cents(ac)))
    return out


def evm_summary(
    plan: Plan, schedule: ScheduleResult, as_of: datetime | None = None
) -> dict[str, Any]:
    """The project's earned value as ``pmdesk info --json`` prints it: money as strings
    with two decimals, ratios as numbers, None (null) where a divisor is zero."""
    f = project_evm(plan, schedule, as_of)
    e_status = as_of or status_moment(plan)
    method = plan.project.eac_method if plan.project.eac_method in EAC_METHODS else "cpi"

    def money(v: Decimal | None) -> str | None:
        return None if v is None else plain(v)

    def ratio(v: Decimal | None) -> float | None:
        return None if v is None else float(v.quantize(Decimal("0.0001")))

    has_baseline = any(baseline_of(t, 0) is not None for t in plan.tasks)
    return {
        "status_date": e_status.strftime("%Y-%m-%dT%H:%M") if e_status else None,
        "baseline": 0 if has_baseline else None,
        "source": "baseline 0" if has_baseline else "current plan (no baseline saved)",
        "eac_method": method,
        **{m.key: (ratio if m.ratio else money)(getattr(f, m.key)) for m in MEASURES},
    }
