"""Table columns, declared once: what a column is called, how its cells read and are typed.

A column is one :class:`Column`: the key scripts use (``--columns name,start``), the header a
person reads (and a longer name for menus where the header is terse, "!" → "Indicators"),
a tooltip, whether it is right-aligned, its default width and whether it shows by default,
how a row's cell reads (:attr:`Column.text`), the typed value behind that text for
spreadsheets (:attr:`Column.value`, :attr:`Column.kind`), the text an editor starts with,
what may be typed and how typed text becomes a new row (:attr:`Column.parse`), the choices
of a drop-down and how the column sorts. Everything that shows a table reads these: the
Gantt table and every register table on screen (``pmdesk.ui.columns``), the Gantt PDF
(``pmdesk.render.gantt_pages``), the export dialog, ``pmdesk export --columns`` and CSV and
spreadsheet export. Adding a column is adding one declaration.

The task table's columns are :data:`TASK_COLUMNS` (:class:`TaskColumn`, read through a
:class:`TaskTable`: what the cells need — row numbers, WBS codes, links, assignments,
costs, roll-ups — worked out once for a plan and its schedule, so a 20,000-task export
formats every cell in one pass, and kept up to date by the Gantt table edit by edit). A
task column names the task field typed text sets (:attr:`TaskColumn.typed`); the typed-entry
readers of the sheet turn the text into a patch. The register tables' columns (risks,
resources, budget lines, cost entries) are in :mod:`pmdesk.core.record_columns`.

The order of a column set is the order columns show in by default, and people's own
arrangements are kept by key, so a column may be declared anywhere in its set.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from operator import attrgetter
from typing import Any, Generic, TypeVar

from .calendar import WorkCalendar, project_calendar
from .costs import task_costs
from .durations import TimeUnits, format_duration
from .entry import format_date, format_predecessors, format_resources
from .health import deadline_miss_text, misses_deadline
from .model import Assignment, Baseline, Dependency, DurationUnit, Plan, Resource, Task
from .money import format_money
from .montecarlo import format_estimates
from .outline import outline_levels, row_numbers, summary_uids, wbs_codes
from .schedule import ScheduleResult, TaskDates

__all__ = [
    "DEADLINE_MARK",
    "OVERALLOCATED_MARK",
    "TASK_COLUMNS",
    "TASK_MODES",
    "CellKind",
    "Column",
    "Columns",
    "TaskColumn",
    "TaskTable",
    "column",
    "column_key",
    "cost_text",
    "grouped",
    "parse_columns",
    "printed_columns",
    "progress_weights",
    "task_columns",
    "variance_texts",
]

OVERALLOCATED_MARK = "\u26a0"  # the warning sign of the over-allocation indicator
DEADLINE_MARK = "\u25c6"  # a diamond, as MS Project's missed-deadline indicator
TASK_MODES = {False: "Auto", True: "Manual"}  # a task's mode as the Task Mode column reads

C = TypeVar("C")  # what a table's cells read besides the row (a TaskTable, a plan)
R = TypeVar("R")  # a row: a Task, a Risk, a Resource, ...


class CellKind(StrEnum):
    """What a cell's typed value is, so a spreadsheet can store and show it as such."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"  # a float (a score, a reach, a measure)
    DATE = "date"  # a datetime
    PERCENT = "percent"  # an int 0-100
    MONEY = "money"  # a Decimal in the project's currency


# --------------------------------------------------------------------------- columns


@dataclass(frozen=True, slots=True)
class Column(Generic[C, R]):
    """One column of a table of rows ``R`` read through a context ``C``.

    ``text`` is the cell as every table shows it; ``value``, when set, is the typed value
    that text renders (``kind`` says which), for a spreadsheet to store as a date or
    number. ``aliases`` are other names a person may type or find as a sheet header.
    ``parse`` gives the row with typed text in this cell (ValueError saying what is wrong);
    a column without it is calculated and read-only.
    """

    key: str
    header: str
    text: Callable[[C, R], str]
    tooltip: str = ""
    right: bool = False
    kind: CellKind = CellKind.TEXT
    value: Callable[[C, R], object] | None = None
    aliases: tuple[str, ...] = ()
    title: str = ""  # the name in menus and dialogs; the header when empty
    width: int = 90  # default width on screen, in pixels
    shown: bool = True  # in the table until the person hides it
    edit: Callable[[C, R], str] | None = None  # what an editor starts with; else ``text``
    parse: Callable[[C, R, str], R] | None = None
    hint: str = ""  # what may be typed, shown under the editor
    choices: Callable[[C, R], Sequence[tuple[str, str]]] | None = None  # (value, label)
    free_text: bool = False  # the choices only suggest: other text may be typed
    tip: Callable[[C, R], str | None] | None = None  # a cell's tooltip
    sort: Callable[[C, R], Any] | None = None  # a sort key; else the text, any case
    undo: str = ""  # the undo entry: "Change duration of “{name}”" ({text}: what was typed)

    @property
    def name(self) -> str:
        return self.title or self.header

    @property
    def editable(self) -> bool:
        return self.parse is not None

    def cell(self, context: C, row: R) -> object:
        """The typed value for a spreadsheet (None for an empty cell), else the text."""
        return self.value(context, row) if self.value is not None else self.text(context, row)

    def edit_text(self, context: C, row: R) -> str:
        return self.edit(context, row) if self.edit is not None else self.text(context, row)

    def sort_key(self, context: C, row: R) -> Any:
        return self.sort(context, row) if self.sort is not None else \
            self.text(context, row).casefold()


def _norm(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).casefold()


class Columns(Generic[C, R]):
    """The columns of one table, in the order they show by default, found by key or by
    any name a person may use for them."""

    def __init__(self, columns: Iterable[Column[C, R]]) -> None:
        self.all: tuple[Column[C, R], ...] = tuple(columns)
        self._index = {c.key: i for i, c in enumerate(self.all)}
        if len(self._index) != len(self.all):
            raise ValueError("two columns share a key")
        self._names: dict[str, str] = {}
        for c in self.all:
            for name in (c.key, c.header, c.title, *c.aliases):
                if name:
                    self._names.setdefault(_norm(name), c.key)

    def __iter__(self) -> Iterator[Column[C, R]]:
        return iter(self.all)

    def __len__(self) -> int:
        return len(self.all)

    def __getitem__(self, index: int) -> Column[C, R]:
        return self.all[index]

    def __add__(self, more: Iterable[Column[C, R]]) -> Columns[C, R]:
        return Columns((*self.all, *more))

    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.all)

    def get(self, key: str) -> Column[C, R]:
        """The column with key ``key``; KeyError for an unknown key."""
        return self.all[self._index[key]]

    def index(self, key: str) -> int:
        return self._index[key]

    def key(self, name: str) -> str:
        """The key of the column ``name`` names: a key, a header or a common alias, any
        case; ValueError naming the known keys."""
        key = self._names.get(_norm(name))
        if key is None:
            raise ValueError(f"unknown column {name.strip()!r}: use one of "
                             f"{', '.join(self.keys())}")
        return key

    def parse(self, text: str) -> tuple[str, ...]:
        """``"name,start,finish"`` as column keys, in that order, each once; ``all`` is
        every column."""
        if _norm(text) == "all":
            return self.keys()
        keys = [self.key(part) for part in text.split(",") if part.strip()]
        if not keys:
            raise ValueError(f"no columns in {text!r}: use some of "
                             f"{', '.join(self.keys())}, or all")
        return tuple(dict.fromkeys(keys))


# --------------------------------------------------------------------------- helpers


def grouped(rows: Iterable[R], by: str) -> dict[str, list[R]]:
    """``rows`` by the value of their field ``by`` (links by successor, assignments by
    task), each group in plan order."""
    out: dict[str, list[R]] = {}
    key = attrgetter(by)
    for row in rows:
        out.setdefault(key(row), []).append(row)
    return out


def cost_text(amount: Decimal, currency: str) -> str:
    """Money as every table shows it (:func:`pmdesk.core.money.format_money`)."""
    return format_money(amount, currency)


def progress_weights(
    tasks: Sequence[Task], parent_of: Mapping[str, str | None] | None = None,
) -> tuple[dict[str, int], dict[str, float]]:
    """Duration weight and duration done of every task, summaries summed from their
    leaves: a summary's % complete is ``done / weight`` (as MS Project rolls it up).

    ``tasks`` in outline order; a task whose parent is missing counts as top level.
    ``parent_of`` is each task's parent as a sheet already knows it (else worked out).
    """
    if parent_of is None:
        known: dict[str, str | None] = {}
        for t in tasks:
            known[t.uid] = t.parent_uid if t.parent_uid in known else None
        parent_of = known
    has_children = {p for p in parent_of.values() if p is not None}
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
    return start_text, finish_text, days(duration - base.duration), format_money(
        cost - base.cost, currency, signed=True)


# --------------------------------------------------------------------------- the table


class TaskTable:
    """What the cells of a plan's task table need, worked out once and on first use.

    ``baseline_number`` picks the baseline (0-10) the variance columns compare with;
    ``date_text`` is how dates read (the table's "Mon 03 Mar 2025", paper's "3 Mar 2025").
    A sheet that keeps the lookups up to date edit by edit hands them over with
    :meth:`seed` instead of having them worked out again.
    """

    def __init__(self, plan: Plan, schedule: ScheduleResult, baseline_number: int = 0,
                 date_text: Callable[[datetime | None], str] = format_date) -> None:
        self.plan = plan
        self.schedule = schedule
        self.baseline_number = baseline_number
        self.date_text = date_text
        self.units = TimeUnits.of(plan.project)

    def seed(self, **known: object) -> None:
        """Use these lookups (``row_numbers=...``) as they are, kept up to date by the
        caller, until the next :meth:`seed` or :meth:`forget`."""
        for name, value in known.items():
            if not isinstance(getattr(type(self), name, None), cached_property):
                raise AttributeError(f"TaskTable has no lookup {name!r}")
            self.__dict__[name] = value

    def forget(self, *names: str) -> None:
        """Work these lookups out afresh when next asked for (the plan changed)."""
        for name in names:
            self.__dict__.pop(name, None)

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
        return grouped(self.plan.dependencies, "successor_uid")

    @cached_property
    def assignments(self) -> dict[str, list[Assignment]]:
        return grouped(self.plan.assignments, "task_uid")

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
    def overallocated(self) -> frozenset[str]:
        from .usage import overallocated_tasks, usage

        if not self.plan.assignments:
            return frozenset()
        return frozenset(overallocated_tasks(self.plan, self.schedule,
                                             usage(self.plan, self.schedule)))

    def dates(self, task: Task) -> TaskDates | None:
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

    def cost(self, task: Task) -> Decimal:
        return self.costs.get(task.uid, Decimal(0))

    def variances(self, task: Task) -> tuple[str, str, str, str]:
        base = next((b for b in task.baselines if b.number == self.baseline_number), None)
        d = self.dates(task)
        if base is None or d is None:
            return "", "", "", ""
        return variance_texts(task, d.start, d.finish, self.is_summary(task), base,
                              self.calendar, self.units, self.cost(task),
                              self.plan.project.currency)

    def indicator_tip(self, task: Task) -> str:
        """What the indicator column's marks of a task mean, in words."""
        lines = []
        if task.uid in self.overallocated:
            lines.append(f"{OVERALLOCATED_MARK} A resource of the task is over-allocated "
                         "while it runs")
        missed = deadline_miss_text(task, self.dates(task))
        if missed:
            lines.append(f"{DEADLINE_MARK} {missed}")
        return "\n".join(lines)

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


def _day(moment: datetime | None) -> str:
    """A date as an editor starts with it: ISO, which every date entry reads."""
    return "" if moment is None else moment.date().isoformat()


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


def _leveling_delay(table: TaskTable, t: Task) -> str:
    if not t.leveling_delay:
        return ""
    return format_duration(t.leveling_delay, DurationUnit.DAYS, False, table.units)


def _indicators(table: TaskTable, t: Task) -> str:
    return ((OVERALLOCATED_MARK if t.uid in table.overallocated else "")
            + (DEADLINE_MARK if misses_deadline(t, table.dates(t)) else ""))


@dataclass(frozen=True, slots=True)
class TaskColumn(Column[TaskTable, Task]):
    """A column of the task table.

    ``typed`` names the task field typed text sets (None: calculated, read-only);
    ``rolled_up`` says a summary's cell rolls up from its subtasks and cannot be typed.
    ``printed`` puts the column on paper by default, ``paper_width`` caps its width
    there (in points) for long texts.
    """

    typed: str | None = None
    rolled_up: bool = False
    printed: bool = False
    paper_width: float | None = None

    @property
    def editable(self) -> bool:
        return self.typed is not None

    def editable_for(self, summary: bool) -> bool:
        return self.typed is not None and not (summary and self.rolled_up)


TASK_COLUMNS: Columns[TaskTable, Task] = Columns((
    TaskColumn("id", "ID", lambda tb, t: str(tb.row_numbers.get(t.uid, "")), right=True,
               kind=CellKind.INTEGER, value=lambda tb, t: tb.row_numbers.get(t.uid),
               tooltip="The task's row number, as predecessors refer to it",
               aliases=("#", "row", "task id"), width=40),
    TaskColumn("indicators", "!", _indicators, title="Indicators", width=34,
               tooltip=f"Indicators: {OVERALLOCATED_MARK} a resource of the task is "
                       f"over-allocated while it runs; {DEADLINE_MARK} the task finishes "
                       "after its deadline",
               tip=lambda tb, t: tb.indicator_tip(t) or None,
               aliases=("overallocated", "over-allocated", "over-allocation indicator")),
    TaskColumn("task_mode", "Task Mode", lambda tb, t: TASK_MODES[t.manual], width=80,
               shown=False, typed="mode", undo="Change task mode of “{name}”",
               choices=lambda tb, t: [(m, m) for m in TASK_MODES.values()],
               hint="Manual keeps the dates typed; Auto lets pmdesk schedule the task",
               tooltip="Manual: the task keeps the dates typed, links do not move it; "
                       "Auto: pmdesk schedules it",
               aliases=("mode", "scheduling mode", "manual")),
    TaskColumn("wbs", "WBS", lambda tb, t: tb.wbs.get(t.uid, ""), width=50, shown=False,
               printed=True,
               tooltip="Work breakdown structure code: the task's place in the outline",
               aliases=("outline number", "wbs code")),
    TaskColumn("name", "Task Name", lambda tb, t: t.name, width=240, printed=True,
               typed="name", undo="Rename “{name}” to “{text}”",
               tip=lambda tb, t: t.notes or None, paper_width=250.0,
               aliases=("task", "title", "task title")),
    TaskColumn("duration", "Duration", _duration, right=True, width=70, printed=True,
               typed="duration", rolled_up=True, undo="Change duration of “{name}”",
               hint="5d, 4h, 2w, 1mo, 3ed (elapsed); 0 makes a milestone",
               tooltip="Working time: 5d, 4h, 2w, 1mo; 3ed is elapsed days; 0 a milestone",
               aliases=("dur", "length", "work days")),
    TaskColumn("start", "Start", lambda tb, t: tb.date_text(_start(tb, t)), width=110,
               printed=True, kind=CellKind.DATE, value=_start,
               edit=lambda tb, t: _day(_start(tb, t)),
               typed="start", rolled_up=True, undo="Change start of “{name}”",
               hint="2025-03-05 or 5/3/2025: sets a start-no-earlier-than constraint",
               aliases=("start date", "begin", "begin date", "begins", "starts")),
    TaskColumn("finish", "Finish", lambda tb, t: tb.date_text(_finish(tb, t)), width=110,
               printed=True, kind=CellKind.DATE, value=_finish,
               edit=lambda tb, t: _day(_finish(tb, t)),
               typed="finish", rolled_up=True, undo="Change finish of “{name}”",
               hint="2025-03-05 or 5/3/2025: sets a finish-no-earlier-than constraint",
               aliases=("finish date", "end", "end date", "ends", "due", "due date")),
    TaskColumn("predecessors", "Predecessors", _predecessors, width=100, paper_width=110.0,
               typed="predecessors", undo="Change predecessors of “{name}”",
               hint="row numbers: 3, 3FS+2d, 5SS-1d, 7FF+50%",
               tooltip="Row numbers with link type and lag: 3, 3FS+2d, 5SS-1d, 7FF+50%",
               aliases=("preds", "predecessor", "depends on", "dependencies")),
    TaskColumn("resources", "Resources", _resources, width=140, paper_width=150.0,
               typed="resources", undo="Change resources of “{name}”",
               hint="names or initials: Ana[50%], Ben",
               tooltip="Resource names with units: Ana[50%], Ben",
               aliases=("resource names", "resource", "assigned to", "assignee",
                        "assignees", "owner")),
    TaskColumn("complete", "% Complete", lambda tb, t: f"{tb.percent(t)}%", right=True,
               width=80, kind=CellKind.PERCENT, value=lambda tb, t: tb.percent(t),
               edit=lambda tb, t: str(t.percent_complete),
               typed="percent", rolled_up=True, undo="Change % complete of “{name}”",
               hint="0 to 100",
               aliases=("percent complete", "% done", "percent", "%", "progress")),
    TaskColumn("slack", "Total Slack", _slack, right=True, width=80, shown=False,
               tooltip="How long the task can slip without moving the project finish",
               aliases=("total_slack", "float", "total float")),
    TaskColumn("cost", "Cost", lambda tb, t: format_money(tb.cost(t), tb.plan.project.currency),
               right=True, width=100, shown=False, kind=CellKind.MONEY,
               value=lambda tb, t: tb.cost(t),
               tooltip="Work at the resources' rates, costs per use and the fixed cost"),
    TaskColumn("start_variance", "Start Var.", lambda tb, t: tb.variances(t)[0], right=True,
               width=80, shown=False,
               tooltip="Current start minus the baseline's, in working days",
               aliases=("start variance",)),
    TaskColumn("finish_variance", "Finish Var.", lambda tb, t: tb.variances(t)[1],
               right=True, width=80, shown=False,
               tooltip="Current finish minus the baseline's, in working days",
               aliases=("finish variance",)),
    TaskColumn("duration_variance", "Duration Var.", lambda tb, t: tb.variances(t)[2],
               right=True, width=90, shown=False,
               tooltip="Current duration minus the baseline's",
               aliases=("duration variance",)),
    TaskColumn("cost_variance", "Cost Var.", lambda tb, t: tb.variances(t)[3], right=True,
               width=100, shown=False, tooltip="Current cost minus the baseline's",
               aliases=("cost variance",)),
    TaskColumn("leveling_delay", "Leveling Delay", _leveling_delay, right=True, width=100,
               shown=False, tooltip="Delay added by resource leveling",
               aliases=("levelling delay",)),
    TaskColumn("estimate", "Estimate",
               lambda tb, t: "" if t.uid in tb.summaries else format_estimates(t, tb.units),
               width=130, shown=False, typed="estimate", rolled_up=True,
               undo="Change estimate of “{name}”",
               hint="optimistic / most likely / pessimistic: 3d / 5d / 9d",
               tooltip="Three-point estimate for schedule risk: optimistic / most likely / "
                       "pessimistic",
               aliases=("three-point estimate",)),
    TaskColumn("outline_level", "Outline Level", lambda tb, t: str(tb.levels.get(t.uid, 1)),
               right=True, width=60, shown=False, kind=CellKind.INTEGER,
               value=lambda tb, t: tb.levels.get(t.uid, 1),
               tooltip="1 for a top-level task, 2 for its subtasks, ...",
               aliases=("level", "outline")),
    TaskColumn("notes", "Notes", lambda tb, t: t.notes, width=200, shown=False,
               tip=lambda tb, t: t.notes or None,
               aliases=("note", "description", "comments", "comment")),
))


def task_columns() -> Columns[TaskTable, Task]:
    """The task table's columns as declared now (read at use, not at import)."""
    return TASK_COLUMNS


def printed_columns() -> tuple[str, ...]:
    """The keys of the columns on paper unless others are chosen."""
    return tuple(c.key for c in task_columns() if isinstance(c, TaskColumn) and c.printed)


def column(key: str) -> TaskColumn:
    """The task column with key ``key``; KeyError for an unknown key."""
    found = task_columns().get(key)
    assert isinstance(found, TaskColumn)
    return found


def column_key(name: str) -> str:
    """The key of the task column ``name`` names: a key, a header or a common alias, any
    case; ValueError naming the known keys."""
    return task_columns().key(name)


def parse_columns(text: str) -> tuple[str, ...]:
    """``"name,start,finish"`` as task column keys, in that order, each once; ``all`` is
    every column."""
    return task_columns().parse(text)
