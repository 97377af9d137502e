"""The task table's columns, declared once: key, header, tooltip, alignment, cell text.

A column is one :class:`TaskColumn`: the key scripts use (``--columns name,start``), the
header a person reads, a tooltip, whether it is right-aligned, and how a task's cell reads
(:attr:`TaskColumn.text`, the Gantt table's own text) and, for spreadsheets, its typed
value (a date, a number, a percentage) where the text is a rendering of one.

The cell functions take a :class:`TaskTable`: what the texts need (row numbers, WBS codes,
links, assignments, costs, roll-ups), worked out once for a plan and its schedule, so a
20,000-task export formats every cell in one pass.

Who reads this today: CSV and Excel export (:mod:`pmdesk.interchange.tables`). The Gantt
table (``ui/gantt/task_model.py``) shares the formatting helpers below (cost text, progress
roll-up, baseline variance) but still lists its columns itself, as does the PDF table
(``render/gantt_pages.py``, ``render/pages.py``); moving both onto :data:`TASK_COLUMNS`,
and adding a width and how typed text becomes a patch to each column, is the next step
(issue 14).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from functools import cached_property

from .calendar import WorkCalendar, project_calendar
from .costs import task_costs
from .durations import TimeUnits, format_duration
from .entry import format_date, format_predecessors, format_resources
from .model import Assignment, Baseline, Dependency, DurationUnit, Plan, Resource, Task
from .montecarlo import format_estimates
from .outline import outline_levels, row_numbers, summary_uids, wbs_codes

__all__ = [
    "OVERALLOCATED_MARK",
    "TASK_COLUMNS",
    "TASK_MODES",
    "CellKind",
    "TaskColumn",
    "TaskTable",
    "column",
    "column_key",
    "cost_text",
    "currency_symbol",
    "parse_columns",
    "progress_weights",
    "variance_texts",
]

OVERALLOCATED_MARK = "\u26a0"  # the warning sign of the over-allocation indicator
TASK_MODES = {False: "Auto", True: "Manual"}  # a task's mode as the Task Mode column reads
_CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF "}


class CellKind(StrEnum):
    """What a cell's typed value is, so a spreadsheet can store and show it as such."""

    TEXT = "text"
    INTEGER = "integer"
    DATE = "date"  # a datetime
    PERCENT = "percent"  # an int 0-100
    MONEY = "money"  # a Decimal in the project's currency


# --------------------------------------------------------------------------- helpers


def currency_symbol(currency: str) -> str:
    """The symbol written before an amount in ``currency`` ("€"), or "" when there is none
    in common use (the code then follows the amount)."""
    return _CURRENCY_SYMBOLS.get(currency, "")


def cost_text(amount: Decimal, currency: str) -> str:
    """Money as the task table shows it: whole units with the currency's symbol
    ("€12,500"), or its code after the amount when there is no common symbol."""
    symbol = currency_symbol(currency)
    value = f"{amount:,.0f}"
    return f"{symbol}{value}" if symbol else f"{value} {currency}"


def progress_weights(tasks: Sequence[Task]) -> tuple[dict[str, int], dict[str, float]]:
    """Duration weight and duration done of every task, summaries summed from their
    leaves: a summary's % complete is ``done / weight`` (as MS Project rolls it up).

    ``tasks`` in outline order; a task whose parent is missing counts as top level.
    """
    parent_of: dict[str, str | None] = {}
    has_children: set[str] = set()
    for t in tasks:
        p = t.parent_uid if t.parent_uid in parent_of else None
        parent_of[t.uid] = p
        if p is not None:
            has_children.add(p)
    weight: dict[str, int] = {}
    done: dict[str, float] = {}
    for t in reversed(tasks):
        if t.uid not in has_children:
            w = max(t.duration, 0)
            weight[t.uid] = weight.get(t.uid, 0) + w
            done[t.uid] = done.get(t.uid, 0.0) + w * t.percent_complete / 100.0
        p = parent_of.get(t.uid)
        if p is not None:
            weight[p] = weight.get(p, 0) + weight.get(t.uid, 0)
            done[p] = done.get(p, 0.0) + done.get(t.uid, 0.0)
    return weight, done


def variance_texts(
    task: Task, start: datetime, finish: datetime, summary: bool, base: Baseline,
    calendar: WorkCalendar, units: TimeUnits, cost: Decimal, currency: str,
) -> tuple[str, str, str, str]:
    """Start, finish, duration and cost variance of a task against one of its baselines:
    working days (signed) and money, as the variance columns show them."""

    def days(minutes: int) -> str:
        text = format_duration(abs(minutes), DurationUnit.DAYS, False, units)
        return ("+" if minutes > 0 else "-" if minutes < 0 else "") + text

    start_text = days(calendar.between(base.start, start)) if base.start else ""
    finish_text = days(calendar.between(base.finish, finish)) if base.finish else ""
    duration = calendar.between(start, finish) if summary else task.duration
    delta = cost - base.cost
    sign = "+" if delta > 0 else "-" if delta < 0 else ""
    return start_text, finish_text, days(duration - base.duration), sign + cost_text(
        abs(delta), currency)


# --------------------------------------------------------------------------- the table


class TaskTable:
    """What the cells of a plan's task table need, worked out once and on first use.

    ``baseline_number`` picks the baseline (0-10) the variance columns compare with.
    """

    def __init__(self, plan: Plan, schedule, baseline_number: int = 0) -> None:
        self.plan = plan
        self.schedule = schedule
        self.baseline_number = baseline_number
        self.units = TimeUnits.of(plan.project)

    @cached_property
    def calendar(self) -> WorkCalendar:
        return project_calendar(self.plan)

    @cached_property
    def row_numbers(self) -> dict[str, int]:
        return row_numbers(self.plan.tasks)

    @cached_property
    def wbs(self) -> dict[str, str]:
        return wbs_codes(self.plan.tasks)

    @cached_property
    def levels(self) -> dict[str, int]:
        return outline_levels(self.plan.tasks)

    @cached_property
    def summaries(self) -> set[str]:
        return summary_uids(self.plan.tasks)

    @cached_property
    def incoming(self) -> dict[str, list[Dependency]]:
        out: dict[str, list[Dependency]] = {}
        for d in self.plan.dependencies:
            out.setdefault(d.successor_uid, []).append(d)
        return out

    @cached_property
    def assignments(self) -> dict[str, list[Assignment]]:
        out: dict[str, list[Assignment]] = {}
        for a in self.plan.assignments:
            out.setdefault(a.task_uid, []).append(a)
        return out

    @cached_property
    def resources(self) -> dict[str, Resource]:
        return {r.uid: r for r in self.plan.resources}

    @cached_property
    def costs(self) -> dict[str, Decimal]:
        return task_costs(self.plan, self.schedule)

    @cached_property
    def progress(self) -> tuple[dict[str, int], dict[str, float]]:
        return progress_weights(self.plan.tasks)

    @cached_property
    def overallocated(self) -> set[str]:
        from .usage import overallocated_tasks, usage

        if not self.plan.assignments:
            return set()
        return overallocated_tasks(self.plan, self.schedule, usage(self.plan, self.schedule))

    def dates(self, task: Task):
        """The task's scheduled dates, or None for a task the schedule does not know."""
        return self.schedule.tasks.get(task.uid)

    def is_summary(self, task: Task) -> bool:
        return task.uid in self.summaries

    def percent(self, task: Task) -> int:
        """% complete, a summary's rolled up from its leaves."""
        if task.uid not in self.summaries:
            return task.percent_complete
        weight, done = self.progress
        w = weight.get(task.uid, 0)
        return round(100 * done.get(task.uid, 0.0) / w) if w else task.percent_complete

    def variances(self, task: Task) -> tuple[str, str, str, str]:
        base = next((b for b in task.baselines if b.number == self.baseline_number), None)
        d = self.dates(task)
        if base is None or d is None:
            return "", "", "", ""
        return variance_texts(task, d.start, d.finish, self.is_summary(task), base,
                              self.calendar, self.units, self.costs.get(task.uid, Decimal(0)),
                              self.plan.project.currency)

    def rows(self, keys: Iterable[str], tasks: Iterable[Task] | None = None) -> list[list[str]]:
        """The texts of the columns ``keys`` for ``tasks`` (all, in outline order)."""
        cols = [column(k) for k in keys]
        return [[c.text(self, t) for c in cols]
                for t in (self.plan.tasks if tasks is None else tasks)]


# --------------------------------------------------------------------------- cells


def _duration(table: TaskTable, t: Task) -> str:
    if t.uid in table.summaries:
        d = table.dates(t)
        if d is None:
            return ""
        minutes = table.calendar.between(d.start, d.finish)
        return format_duration(minutes, DurationUnit.DAYS, False, table.units)
    return format_duration(t.duration, t.duration_unit, t.duration_elapsed, table.units)


def _start(table: TaskTable, t: Task) -> datetime | None:
    d = table.dates(t)
    return None if d is None else d.start


def _finish(table: TaskTable, t: Task) -> datetime | None:
    d = table.dates(t)
    return None if d is None else d.finish


def _slack(table: TaskTable, t: Task) -> str:
    d = table.dates(t)
    if d is None:
        return ""
    return format_duration(d.total_slack, DurationUnit.DAYS, False, table.units)


def _predecessors(table: TaskTable, t: Task) -> str:
    return format_predecessors(table.incoming.get(t.uid, ()), table.row_numbers.get,
                               table.units)


def _resources(table: TaskTable, t: Task) -> str:
    return format_resources(table.assignments.get(t.uid, ()), table.resources)


def _cost(table: TaskTable, t: Task) -> Decimal:
    return table.costs.get(t.uid, Decimal(0))


def _leveling_delay(table: TaskTable, t: Task) -> str:
    if not t.leveling_delay:
        return ""
    return format_duration(t.leveling_delay, DurationUnit.DAYS, False, table.units)


@dataclass(frozen=True, slots=True)
class TaskColumn:
    """One column of the task table.

    ``text`` is the cell as the task table shows it; ``value``, when set, is the typed value
    that text renders (``kind`` says which), for a spreadsheet to store as a date or
    number. ``aliases`` are other names a person may type or find as a sheet header.
    """

    key: str
    header: str
    text: Callable[[TaskTable, Task], str]
    tooltip: str = ""
    right: bool = False
    kind: CellKind = CellKind.TEXT
    value: Callable[[TaskTable, Task], object] | None = None
    aliases: tuple[str, ...] = ()

    def cell(self, table: TaskTable, task: Task) -> object:
        """The typed value for a spreadsheet (None for an empty cell), else the text."""
        return self.value(table, task) if self.value is not None else self.text(table, task)


TASK_COLUMNS: tuple[TaskColumn, ...] = (
    TaskColumn("id", "ID", lambda tb, t: str(tb.row_numbers.get(t.uid, "")), right=True,
               kind=CellKind.INTEGER, value=lambda tb, t: tb.row_numbers.get(t.uid),
               tooltip="The task's row number, as predecessors refer to it",
               aliases=("#", "row", "task id")),
    TaskColumn("wbs", "WBS", lambda tb, t: tb.wbs.get(t.uid, ""),
               tooltip="Work breakdown structure code: the task's place in the outline",
               aliases=("outline number", "wbs code")),
    TaskColumn("outline_level", "Outline Level", lambda tb, t: str(tb.levels.get(t.uid, 1)),
               right=True, kind=CellKind.INTEGER, value=lambda tb, t: tb.levels.get(t.uid, 1),
               tooltip="1 for a top-level task, 2 for its subtasks, ...",
               aliases=("level", "outline")),
    TaskColumn("name", "Task Name", lambda tb, t: t.name,
               aliases=("name", "task", "title", "task title")),
    TaskColumn("duration", "Duration", _duration, right=True,
               tooltip="Working time: 5d, 4h, 2w, 1mo; 3ed is elapsed days; 0 a milestone",
               aliases=("dur", "length", "work days")),
    TaskColumn("start", "Start", lambda tb, t: format_date(_start(tb, t)),
               kind=CellKind.DATE, value=_start,
               aliases=("start date", "begin", "begin date", "begins", "starts")),
    TaskColumn("finish", "Finish", lambda tb, t: format_date(_finish(tb, t)),
               kind=CellKind.DATE, value=_finish,
               aliases=("finish date", "end", "end date", "ends", "due", "due date")),
    TaskColumn("predecessors", "Predecessors", _predecessors,
               tooltip="Row numbers with link type and lag: 3, 3FS+2d, 5SS-1d, 7FF+50%",
               aliases=("preds", "predecessor", "depends on", "dependencies")),
    TaskColumn("resources", "Resources", _resources,
               tooltip="Resource names with units: Ana[50%], Ben",
               aliases=("resource names", "resource", "assigned to", "assignee",
                        "assignees", "owner")),
    TaskColumn("complete", "% Complete", lambda tb, t: f"{tb.percent(t)}%", right=True,
               kind=CellKind.PERCENT, value=lambda tb, t: tb.percent(t),
               aliases=("percent complete", "% done", "percent", "%", "progress",
                        "complete")),
    TaskColumn("slack", "Total Slack", _slack, right=True,
               tooltip="How long the task can slip without moving the project finish",
               aliases=("total slack", "total_slack", "float", "total float")),
    TaskColumn("cost", "Cost",
               lambda tb, t: cost_text(_cost(tb, t), tb.plan.project.currency), right=True,
               kind=CellKind.MONEY, value=_cost),
    TaskColumn("start_variance", "Start Var.", lambda tb, t: tb.variances(t)[0], right=True,
               tooltip="Current start minus the baseline's, in working days",
               aliases=("start variance",)),
    TaskColumn("finish_variance", "Finish Var.", lambda tb, t: tb.variances(t)[1],
               right=True, tooltip="Current finish minus the baseline's, in working days",
               aliases=("finish variance",)),
    TaskColumn("duration_variance", "Duration Var.", lambda tb, t: tb.variances(t)[2],
               right=True, tooltip="Current duration minus the baseline's",
               aliases=("duration variance",)),
    TaskColumn("cost_variance", "Cost Var.", lambda tb, t: tb.variances(t)[3], right=True,
               tooltip="Current cost minus the baseline's", aliases=("cost variance",)),
    TaskColumn("leveling_delay", "Leveling Delay", _leveling_delay, right=True,
               tooltip="Delay added by resource leveling", aliases=("levelling delay",)),
    TaskColumn("overallocated", "Over-allocated",
               lambda tb, t: OVERALLOCATED_MARK if t.uid in tb.overallocated else "",
               tooltip="A resource of the task is over-allocated while it runs",
               aliases=("!", "over-allocation indicator", "overallocated")),
    TaskColumn("estimate", "Estimate",
               lambda tb, t: "" if t.uid in tb.summaries else format_estimates(t, tb.units),
               tooltip="Three-point estimate for schedule risk: optimistic / most likely / "
                       "pessimistic",
               aliases=("three-point estimate",)),
    TaskColumn("notes", "Notes", lambda tb, t: t.notes,
               aliases=("note", "description", "comments", "comment")),
    TaskColumn("task_mode", "Task Mode", lambda tb, t: TASK_MODES[t.manual],
               tooltip="Auto: the schedule places the task; Manual: it stays where typed",
               aliases=("mode", "scheduling mode", "manual")),
)

_BY_KEY = {c.key: c for c in TASK_COLUMNS}


def _norm(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).casefold()


_BY_NAME: dict[str, str] = {}
for _c in TASK_COLUMNS:
    for _name in (_c.key, _c.header, *_c.aliases):
        _BY_NAME.setdefault(_norm(_name), _c.key)


def column(key: str) -> TaskColumn:
    """The column with key ``key``; KeyError for an unknown key."""
    return _BY_KEY[key]


def column_key(name: str) -> str:
    """The key of the column ``name`` names: a key, a header or a common alias, any case;
    ValueError naming the known keys."""
    key = _BY_NAME.get(_norm(name))
    if key is None:
        raise ValueError(f"unknown column {name.strip()!r}: use one of "
                         f"{', '.join(c.key for c in TASK_COLUMNS)}")
    return key


def parse_columns(text: str) -> tuple[str, ...]:
    """``"name,start,finish"`` as column keys, in that order, each once; ``all`` is every
    column."""
    if _norm(text) == "all":
        return tuple(c.key for c in TASK_COLUMNS)
    keys = [column_key(part) for part in text.split(",") if part.strip()]
    if not keys:
        raise ValueError(f"no columns in {text!r}: use some of "
                         f"{', '.join(c.key for c in TASK_COLUMNS)}, or all")
    return tuple(dict.fromkeys(keys))
