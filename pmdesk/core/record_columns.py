"""The register tables' columns, declared once: risks, resources, budget lines, cost entries.

Each is a :class:`~pmdesk.core.columns.Column` over a plan row read through :class:`Records`
(the plan, and what the cells look up in it, worked out once per change): its header and
tooltip, width, how a cell reads, what an editor starts with, how typed text becomes the
new row (ValueError saying what is wrong), its drop-down choices and sort key. The Qt
tables (:class:`pmdesk.ui.columns.RecordTableModel`) and any export read them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from .budget import BudgetRow
from .columns import CellKind, Column, Columns
from .durations import TimeUnits
from .entry import format_units, parse_day, parse_optional_day
from .model import (
    BudgetLine,
    CostEntry,
    Plan,
    Resource,
    ResourceType,
    Risk,
    RiskKind,
    RiskStatus,
)
from .money import format_money, money_edit_text, parse_money
from .montecarlo import format_schedule_impact, parse_schedule_impact, signed_days
from .outline import summary_uids
from .risk import (
    KIND_LABELS,
    SCALE,
    STATUS_LABELS,
    chance_text,
    emv,
    parse_chance,
    schedule_chance,
    strategies,
)
from .usage import ResourceLoad

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = [
    "BUDGET_LINE_COLUMNS",
    "BUDGET_TOTAL_COLUMNS",
    "COST_ENTRY_COLUMNS",
    "NO_TASK",
    "PROJECT_CALENDAR",
    "RESOURCE_COLUMNS",
    "RISK_COLUMNS",
    "TYPE_LABELS",
    "Records",
    "parse_amount",
    "parse_units",
    "with_status",
]

NO_TASK = ""  # a cost entry's task choice meaning "the project as a whole"
PROJECT_CALENDAR = ""  # a resource's calendar choice meaning "the project's calendar"
TYPE_LABELS = {ResourceType.WORK: "Work", ResourceType.MATERIAL: "Material",
               ResourceType.COST: "Cost"}


class Records:
    """What the register tables' cells read besides the row: the plan, its currency, task
    names, and the resource figures (work, cost, peak load) a view measured."""

    def __init__(self, plan: Plan, loads: Mapping[str, ResourceLoad] | None = None,
                 costs: Mapping[str, Decimal] | None = None) -> None:
        self.plan = plan
        self.loads: Mapping[str, ResourceLoad] = loads or {}
        self.costs: Mapping[str, Decimal] = costs or {}
        # Working days each risk added to P80 in the last schedule-risk run, by uid.
        self.p80_effects: Mapping[str, float | None] = {}

    @property
    def currency(self) -> str:
        return self.plan.project.currency

    @property
    def units(self) -> TimeUnits:
        return TimeUnits.of(self.plan.project)

    def money(self, amount: Decimal) -> str:
        return format_money(amount, self.currency)

    @cached_property
    def task_names(self) -> dict[str, str]:
        return {t.uid: t.name for t in self.plan.tasks}

    def linked_tasks(self, risk: Risk, sep: str = ", ") -> str:
        return sep.join(self.task_names.get(u, "?") for u in risk.task_uids)


# --------------------------------------------------------------------------- typed values


def parse_units(text: str) -> float:
    """"100%", "50 %", "1.5" (one and a half people) or "150" (per cent)."""
    body = text.strip().replace(",", ".")
    percent = body.endswith("%")
    body = body.rstrip("%").strip()
    try:
        value = float(body)
    except ValueError:
        raise ValueError(f"'{text.strip()}' is not a number of units: use e.g. 100% or 50%") \
            from None
    if percent or value > 10:
        value /= 100
    if not 0 <= value <= 100:
        raise ValueError(f"'{text.strip()}' is out of range: use 0% to 10000%")
    return round(value, 4)


def parse_amount(text: str, currency: str, field: str) -> Decimal:
    """A rate or cost per use as typed ("85", "€85.50/h"): zero or more."""
    body = text.strip()
    if body.endswith("/h"):
        body = body[:-2]
    value = parse_money(body, currency)
    if value < 0:
        raise ValueError(f"{field} must be zero or more, not '{text.strip()}'")
    return value


def with_status(risk: Risk, status: RiskStatus, today: date | None = None) -> Risk:
    """``risk`` moved to ``status``; closing stamps today's date, reopening clears it."""
    closed = risk.closed
    if status == RiskStatus.CLOSED and closed is None:
        closed = today or date.today()
    elif status != RiskStatus.CLOSED:
        closed = None
    return replace(risk, status=status, closed=closed)


# --------------------------------------------------------------------------- risks


_Row = TypeVar("_Row", bound="DataclassInstance")


def _with(row: _Row, field: str, value: object) -> _Row:
    """``row`` with its ``field`` (a column's, named at run time) set to ``value``."""
    change: dict[str, Any] = {field: value}
    return replace(row, **change)


def _rating(field: str) -> Callable[[Records, Risk, str], Risk]:
    def parse(_ctx: Records, r: Risk, text: str) -> Risk:
        try:
            number = int(text)
        except ValueError:
            raise ValueError(f"'{text}' is not a rating from 1 to 5") from None
        return _with(r, field, number)

    return parse


def _kind(_ctx: Records, r: Risk, text: str) -> Risk:
    kind = RiskKind(text)
    return replace(r, kind=kind, strategy=r.strategy if r.strategy in strategies(kind) else "")


def _categories(ctx: Records, r: Risk) -> list[tuple[str, str]]:
    cats = list(ctx.plan.project.risk_categories)
    if r.category not in cats:
        cats.append(r.category)
    return [(c, c) for c in cats]


def _owners(ctx: Records, _r: Risk) -> list[tuple[str, str]]:
    owners = sorted({x.name for x in ctx.plan.resources} | {x.owner for x in ctx.plan.risks
                                                              if x.owner})
    return [(o, o) for o in owners]


def _code_order(_ctx: Records, r: Risk) -> int:
    digits = "".join(ch for ch in r.code if ch.isdigit())
    return int(digits) if digits else 0


def _stripped(field: str) -> Callable[[Records, _Row, str], _Row]:
    return lambda _ctx, row, text: _with(row, field, text.strip())


def _schedule_impact(c: Records, r: Risk, text: str) -> Risk:
    low, likely, high = parse_schedule_impact(text, c.units) or (None, None, None)
    return replace(r, schedule_min=low, schedule_likely=likely, schedule_max=high)


def _p80_effect(c: Records, r: Risk) -> str:
    if r.uid not in c.p80_effects:
        return ""
    days = c.p80_effects[r.uid]
    return "—" if days is None else signed_days(days)


_RATINGS = [(str(v), str(v)) for v in SCALE]

RISK_COLUMNS: Columns[Records, Risk] = Columns((
    Column("code", "ID", lambda c, r: r.code, width=56, parse=_stripped("code"),
           sort=_code_order),
    Column("title", "Title", lambda c, r: r.title, width=260, parse=_stripped("title"),
           tip=lambda c, r: r.description or None),
    Column("category", "Category", lambda c, r: r.category, width=110,
           parse=_stripped("category"), choices=_categories),
    Column("kind", "Kind", lambda c, r: KIND_LABELS[RiskKind(r.kind)], width=90,
           edit=lambda c, r: RiskKind(r.kind).value, parse=_kind,
           choices=lambda c, r: [(k.value, KIND_LABELS[k]) for k in RiskKind]),
    Column("owner", "Owner", lambda c, r: r.owner, width=110, parse=_stripped("owner"),
           choices=_owners, free_text=True),
    Column("status", "Status", lambda c, r: STATUS_LABELS[RiskStatus(r.status)], width=90,
           edit=lambda c, r: RiskStatus(r.status).value,
           parse=lambda c, r, text: with_status(r, RiskStatus(text)),
           choices=lambda c, r: [(s.value, STATUS_LABELS[s]) for s in RiskStatus],
           sort=lambda c, r: list(RiskStatus).index(RiskStatus(r.status))),
    Column("probability", "P", lambda c, r: str(r.probability), right=True, width=32,
           kind=CellKind.INTEGER, value=lambda c, r: r.probability, parse=_rating("probability"),
           choices=lambda c, r: _RATINGS, sort=lambda c, r: r.probability,
           tooltip="Probability, 1 (rare) to 5 (almost certain)", title="Probability"),
    Column("impact", "I", lambda c, r: str(r.impact), right=True, width=32,
           kind=CellKind.INTEGER, value=lambda c, r: r.impact, parse=_rating("impact"),
           choices=lambda c, r: _RATINGS, sort=lambda c, r: r.impact,
           tooltip="Impact, 1 (negligible) to 5 (severe)", title="Impact"),
    Column("score", "Score", lambda c, r: str(r.score), right=True, width=52,
           kind=CellKind.INTEGER, value=lambda c, r: r.score, sort=lambda c, r: r.score,
           tooltip="Probability x impact, coloured by band"),
    Column("residual", "Residual",
           lambda c, r: "" if r.residual_score is None else str(r.residual_score),
           right=True, width=64, kind=CellKind.INTEGER, value=lambda c, r: r.residual_score,
           sort=lambda c, r: r.residual_score if r.residual_score is not None else -1,
           tooltip="Score expected after the response"),
    Column("cost", "Cost impact",
           lambda c, r: c.money(r.cost_impact) if r.cost_impact else "", right=True,
           width=90, kind=CellKind.MONEY, value=lambda c, r: r.cost_impact,
           edit=lambda c, r: money_edit_text(r.cost_impact, c.currency),
           parse=lambda c, r, text: replace(r, cost_impact=parse_money(text, c.currency)),
           sort=lambda c, r: float(r.cost_impact)),
    Column("emv", "EMV", lambda c, r: c.money(emv(r)) if r.cost_impact else "", right=True,
           width=90, kind=CellKind.MONEY, value=lambda c, r: emv(r),
           sort=lambda c, r: float(emv(r)),
           tooltip="Expected monetary value: probability share x cost impact "
                   "(negative for a threat)"),
    Column("chance", "Chance", lambda c, r: chance_text(r), right=True, width=64,
           kind=CellKind.PERCENT, value=lambda c, r: r.chance,
           edit=lambda c, r: "" if r.chance is None else str(r.chance),
           parse=lambda c, r, text: replace(r, chance=parse_chance(text)),
           sort=lambda c, r: schedule_chance(r),
           tooltip="Chance the risk happens in a schedule-risk simulation run; in brackets: "
                   "the probability rating's share, used when none is typed"),
    Column("schedule", "Schedule impact", lambda c, r: format_schedule_impact(r, c.units),
           width=110, parse=_schedule_impact, sort=lambda c, r: r.schedule_likely or 0,
           tooltip="Working time the risk adds to each linked task when it happens (an "
                   "opportunity takes it off): one duration, or min / likely / max"),
    Column("p80_effect", "P80 effect", lambda c, r: _p80_effect(c, r), right=True, width=72,
           kind=CellKind.NUMBER, value=lambda c, r: c.p80_effects.get(r.uid),
           sort=lambda c, r: c.p80_effects.get(r.uid) or 0.0,
           tooltip="Working days the risk added to the P80 finish in the last run of the "
                   "Schedule Risk tab: P80 of all runs minus P80 of the runs it did not "
                   "happen in"),
    Column("strategy", "Strategy", lambda c, r: r.strategy, width=80,
           parse=_stripped("strategy"),
           choices=lambda c, r: [("", "(none)")] + [(s, s) for s in strategies(r.kind)]),
    Column("review", "Review", lambda c, r: r.review_date.isoformat() if r.review_date else "",
           width=90, kind=CellKind.DATE, value=lambda c, r: r.review_date,
           parse=lambda c, r, text: replace(r, review_date=parse_optional_day(text))),
    Column("tasks", "Linked tasks", lambda c, r: c.linked_tasks(r), width=220,
           tip=lambda c, r: c.linked_tasks(r, "\n") or None),
))


# --------------------------------------------------------------------------- resources


def _rate_text(c: Records, r: Resource) -> str:
    if r.type is ResourceType.COST:
        return ""
    return c.money(r.standard_rate) + ("/h" if r.type is ResourceType.WORK else "")


def _resource_name(c: Records, old: Resource, text: str) -> Resource:
    name = text.strip()
    if not name:
        raise ValueError("a resource needs a name")
    if any(r.name.casefold() == name.casefold() and r.uid != old.uid for r in c.plan.resources):
        raise ValueError(f"another resource is already called '{name}'")
    if any(ch in name for ch in "[],;"):
        raise ValueError("a name cannot contain [ ] , or ; (they separate resources "
                         "in the Resources column)")
    return replace(old, name=name)


def _email(_c: Records, old: Resource, text: str) -> Resource:
    email = text.strip()
    if email and ("@" not in email or " " in email):
        raise ValueError(f"'{email}' is not an e-mail address")
    return replace(old, email=email)


def _calendar_name(c: Records, r: Resource) -> str:
    if r.type is not ResourceType.WORK:
        return ""
    cal = c.plan.calendars.get(r.calendar_uid or "")
    return cal.name if cal is not None else "Project calendar"


def _calendars(c: Records, _r: Resource) -> list[tuple[str, str]]:
    plan = c.plan
    project_cal = plan.project.calendar_uid
    return [(PROJECT_CALENDAR, "Project calendar")] + [
        (uid, cal.name) for uid, cal in sorted(plan.calendars.items(),
                                               key=lambda kv: kv[1].name.casefold())
        if uid != project_cal]


def _calendar(c: Records, old: Resource, text: str) -> Resource:
    uid = text.strip() or None
    if uid is not None and uid not in c.plan.calendars:
        raise ValueError("no such calendar")
    return replace(old, calendar_uid=uid)


def _money_field(field: str, what: str) -> Callable[[Records, Resource, str], Resource]:
    return lambda c, r, text: _with(r, field, parse_amount(text, c.currency, what))


def _work(c: Records, r: Resource) -> str:
    load = c.loads.get(r.uid)
    return f"{load.work / 60:,.0f}h" if load is not None else ""


def _peak(c: Records, r: Resource) -> str:
    load = c.loads.get(r.uid)
    if load is None or not load.work:
        return ""
    return format_units(round(load.peak_units(), 2))


RESOURCE_COLUMNS: Columns[Records, Resource] = Columns((
    Column("name", "Resource Name", lambda c, r: r.name, width=170, parse=_resource_name),
    Column("type", "Type", lambda c, r: TYPE_LABELS[ResourceType(r.type)], width=80,
           edit=lambda c, r: ResourceType(r.type).value,
           parse=lambda c, r, text: replace(r, type=ResourceType(text)),
           choices=lambda c, r: [(t.value, TYPE_LABELS[t]) for t in ResourceType]),
    Column("initials", "Initials", lambda c, r: r.initials, width=60,
           parse=_stripped("initials")),
    Column("email", "E-mail", lambda c, r: r.email, width=190, parse=_email),
    Column("group", "Group", lambda c, r: r.group, width=110, parse=_stripped("group")),
    Column("max_units", "Max. Units",
           lambda c, r: format_units(r.max_units) if r.type is ResourceType.WORK else "",
           right=True, width=80, edit=lambda c, r: format_units(r.max_units),
           parse=lambda c, r, text: replace(r, max_units=parse_units(text)),
           tooltip="The most this resource can work at once: 100% is one full-time person"),
    Column("standard_rate", "Std. Rate", _rate_text, right=True, width=90,
           kind=CellKind.MONEY, value=lambda c, r: r.standard_rate,
           edit=lambda c, r: money_edit_text(r.standard_rate, c.currency),
           parse=_money_field("standard_rate", "A rate"),
           tooltip="Cost of an hour of work (work resources) or of one unit (material)"),
    Column("overtime_rate", "Ovt. Rate",
           lambda c, r: c.money(r.overtime_rate) + "/h" if r.type is ResourceType.WORK
           else "", right=True, width=90, kind=CellKind.MONEY,
           value=lambda c, r: r.overtime_rate,
           edit=lambda c, r: money_edit_text(r.overtime_rate, c.currency),
           parse=_money_field("overtime_rate", "A rate"),
           tooltip="Cost of an hour of overtime"),
    Column("cost_per_use", "Cost/Use", lambda c, r: c.money(r.cost_per_use), right=True,
           width=80, kind=CellKind.MONEY, value=lambda c, r: r.cost_per_use,
           edit=lambda c, r: money_edit_text(r.cost_per_use, c.currency),
           parse=_money_field("cost_per_use", "A cost per use"),
           tooltip="Charged once for every task the resource is assigned to"),
    Column("calendar", "Calendar", _calendar_name, width=130,
           edit=lambda c, r: r.calendar_uid or PROJECT_CALENDAR, parse=_calendar,
           choices=_calendars,
           tooltip="Working time: the project's calendar, or a personal one with vacations"),
    Column("work", "Work", _work, right=True, width=70,
           tooltip="Hours of work assigned over the whole project"),
    Column("cost", "Cost", lambda c, r: c.money(c.costs[r.uid]) if r.uid in c.costs else "",
           right=True, width=100, kind=CellKind.MONEY, value=lambda c, r: c.costs.get(r.uid)),
    Column("peak", "Peak", _peak, right=True, width=60,
           tooltip="The heaviest day's load, as a share of a full working day"),
))


# --------------------------------------------------------------------------- budget


def _budget_category(_c: Records, line: BudgetLine, text: str) -> BudgetLine:
    if not text.strip():
        raise ValueError("a budget line needs a category")
    return replace(line, category=text.strip())


def _budget_amount(c: Records, line: BudgetLine, text: str) -> BudgetLine:
    amount = parse_money(text, c.currency)
    if amount < 0:
        raise ValueError("a budget cannot be negative")
    return replace(line, amount=amount)


BUDGET_LINE_COLUMNS: Columns[Records, BudgetLine] = Columns((
    Column("category", "Category", lambda c, b: b.category, width=130,
           parse=_budget_category),
    Column("amount", "Budget", lambda c, b: c.money(b.amount), right=True, width=110,
           kind=CellKind.MONEY, value=lambda c, b: b.amount,
           edit=lambda c, b: money_edit_text(b.amount, c.currency), parse=_budget_amount),
    Column("note", "Note", lambda c, b: b.note, width=100, parse=_stripped("note")),
))


def _total(key: str, header: str, tooltip: str = "") -> Column[Records, BudgetRow]:
    """A sum of money of the budget's totals, read from the BudgetRow field ``key``."""
    return Column(key, header, lambda c, r: c.money(getattr(r, key)), tooltip=tooltip,
                  right=True, width=110, kind=CellKind.MONEY,
                  value=lambda c, r: getattr(r, key))


# The Budget view's totals: per cost category, then the project. Calculated, read-only.
BUDGET_TOTAL_COLUMNS: Columns[Records, BudgetRow] = Columns((
    Column("category", "Category", lambda c, r: r.category, width=130),
    _total("budget", "Budget", "The money set aside for the category"),
    _total("planned", "Planned", "What the current plan will cost: work at the resources' "
           "rates, materials and fixed costs"),
    _total("actual", "Actual", "The cost of the work done so far, plus the actual costs "
           "recorded up to the status date"),
    _total("remaining", "Remaining", "Budget - actual: the money left to spend (negative: "
           "spent past the budget)"),
    _total("variance", "Variance", "Budget - planned (negative: the plan overspends)"),
))


def _entry_tasks(c: Records, _e: CostEntry) -> list[tuple[str, str]]:
    summaries = summary_uids(c.plan.tasks)
    return [(NO_TASK, "(project)")] + [(t.uid, t.name) for t in c.plan.tasks
                                       if t.uid not in summaries]


def _entry_categories(c: Records, _e: CostEntry) -> list[tuple[str, str]]:
    names = [line.category for line in c.plan.budget_lines]
    names += sorted({e.category for e in c.plan.cost_entries if e.category} - set(names))
    return [(n, n) for n in dict.fromkeys(names)]


def _entry_task(c: Records, e: CostEntry, text: str) -> CostEntry:
    uid = text.strip() or None
    if uid is not None and uid not in c.task_names:
        raise ValueError("no such task")
    return replace(e, task_uid=uid)


COST_ENTRY_COLUMNS: Columns[Records, CostEntry] = Columns((
    Column("date", "Date", lambda c, e: e.on.isoformat(), width=90, kind=CellKind.DATE,
           value=lambda c, e: e.on, parse=lambda c, e, text: replace(e, on=parse_day(text))),
    Column("amount", "Amount", lambda c, e: c.money(e.amount), right=True, width=90,
           kind=CellKind.MONEY, value=lambda c, e: e.amount,
           edit=lambda c, e: money_edit_text(e.amount, c.currency),
           parse=lambda c, e, text: replace(e, amount=parse_money(text, c.currency))),
    Column("category", "Category", lambda c, e: e.category, width=100,
           parse=_stripped("category"), choices=_entry_categories, free_text=True),
    Column("task", "Task", lambda c, e: c.task_names.get(e.task_uid or "", ""), width=150,
           edit=lambda c, e: e.task_uid or NO_TASK, parse=_entry_task, choices=_entry_tasks),
    Column("note", "Note", lambda c, e: e.note, width=100, parse=_stripped("note")),
))
