"""The plan as plain Python values: what every layer of pmdesk speaks.

Times are naive local ``datetime`` values (a plan is planned in the wall-clock time of the
people doing the work, as Microsoft Project does). Durations, lags and slack are ``int``
minutes of working time unless a flag says elapsed. Money is ``decimal.Decimal``.
Every row carries a stable UUID string so copies of a project can be compared and merged;
``source_uid`` keeps the identifier a foreign file (MS Project XML) gave the row.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .durations import Lag

from .product.model import (  # the product layer's rows, which a plan holds too
    Feature,
    FeatureTask,
    Gate,
    GateCriterion,
    Insight,
    InsightLink,
    KeyResult,
    Kpi,
    KpiValue,
    Objective,
    Product,
    RoadmapItem,
    StageChange,
)


def new_uid() -> str:
    """A fresh stable identifier for a row."""
    return str(uuid.uuid4())


class LinkType(StrEnum):
    """How a link ties a task to its predecessor: finish-to-start, start-to-start,
    finish-to-finish or start-to-finish."""

    FS = "FS"
    SS = "SS"
    FF = "FF"
    SF = "SF"


class ConstraintType(StrEnum):
    """What holds a task's dates besides its links (MS Project's constraint types)."""

    ASAP = "ASAP"  # as soon as possible
    ALAP = "ALAP"  # as late as possible
    SNET = "SNET"  # start no earlier than
    SNLT = "SNLT"  # start no later than
    FNET = "FNET"  # finish no earlier than
    FNLT = "FNLT"  # finish no later than
    MSO = "MSO"  # must start on
    MFO = "MFO"  # must finish on

    @property
    def dated(self) -> bool:
        """Whether the constraint holds a date: all but as soon and as late as possible."""
        return self not in (ConstraintType.ASAP, ConstraintType.ALAP)


class DurationUnit(StrEnum):
    """How a duration or lag is shown; the value itself is always minutes."""

    MINUTES = "m"
    HOURS = "h"
    DAYS = "d"
    WEEKS = "w"
    MONTHS = "mo"


class WorkContour(StrEnum):
    """How an assignment's work is spread over the task (MS Project's work contours)."""

    FLAT = "flat"
    BACK_LOADED = "back loaded"
    FRONT_LOADED = "front loaded"
    DOUBLE_PEAK = "double peak"
    EARLY_PEAK = "early peak"
    LATE_PEAK = "late peak"
    BELL = "bell"
    TURTLE = "turtle"
    CONTOURED = "contoured"  # edited by hand: the timephased work decides


# A split of a task: after ``at`` working minutes of its work, the work pauses for ``gap``
# working minutes of the task's calendar, then resumes.
Split = tuple[int, int]


class ResourceType(StrEnum):
    """A resource that works by the hour, a material used by the unit, or a fixed cost."""

    WORK = "work"
    MATERIAL = "material"
    COST = "cost"


class RiskKind(StrEnum):
    """A threat harms the project if it occurs; an opportunity helps it."""

    THREAT = "threat"
    OPPORTUNITY = "opportunity"


class RiskStatus(StrEnum):
    """Where a risk is in its life: open, watched, happened, or closed."""

    OPEN = "open"
    MONITORING = "monitoring"
    OCCURRED = "occurred"
    CLOSED = "closed"


# A working interval inside one day: (from_minute, to_minute) after midnight,
# 0 <= from < to <= 1440.
Interval = tuple[int, int]
# The working intervals of one day, sorted and not overlapping; empty = non-working day.
DayHours = tuple[Interval, ...]

STANDARD_DAY: DayHours = ((8 * 60, 12 * 60), (13 * 60, 17 * 60))


@dataclass(frozen=True, slots=True)
class CalendarException:
    """A date range (inclusive) whose hours differ from the week: a holiday has no intervals."""

    start: date
    finish: date
    intervals: DayHours = ()
    name: str = ""


@dataclass(frozen=True, slots=True)
class Calendar:
    """Working time. ``weekdays[0]`` is Monday ... ``weekdays[6]`` Sunday.

    A weekday of ``None`` inherits that day from the base calendar (only when ``base_uid``
    is set); exceptions of this calendar override the base calendar's exceptions.
    """

    uid: str
    name: str
    weekdays: tuple[DayHours | None, ...] = (STANDARD_DAY,) * 5 + ((), ())  # Monday first
    exceptions: tuple[CalendarException, ...] = ()
    base_uid: str | None = None
    source_uid: int | None = None


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    """The project row: its name and start, the calendar and working time it counts in,
    its currency and budget, and the options the schedule and risk scores follow."""

    uid: str
    name: str
    start: datetime
    description: str = ""
    status_date: datetime | None = None
    currency: str = "EUR"
    calendar_uid: str | None = None
    critical_slack_limit: int = 0  # working minutes
    minutes_per_day: int = 480
    minutes_per_week: int = 2400
    days_per_month: int = 20
    author: str = ""
    company: str = ""
    budget: Decimal = Decimal(0)
    eac_method: str = "cpi"  # earned value: "cpi" BAC/CPI, "remaining" AC+(BAC-EV), "cpi_spi"
    risk_categories: tuple[str, ...] = (
        "technical",
        "schedule",
        "cost",
        "market",
        "legal and privacy",
        "resource",
    )
    risk_medium_from: int = 5  # a score (probability x impact) from here is "medium"
    risk_high_from: int = 12  # ... and from here "high"
    # Format 1.2: MS Project's scheduling options.
    # Backward scheduling: the plan is scheduled from ``finish`` (its tasks as late as possible).
    schedule_from_finish: bool = False
    finish: datetime | None = None
    new_tasks_manual: bool = False  # Task Mode of new tasks: Manual (True) or Auto
    # How progress is placed around the status date (MS Project's calculation options):
    # the end of a completed part after the status date moves back to it, and then the
    # start of the remaining part too; the start of a remaining part before the status
    # date moves forward to it, and then the end of the completed part too.
    move_completed_ends_back: bool = False
    move_remaining_starts_back: bool = False
    move_remaining_starts_forward: bool = False
    move_completed_ends_forward: bool = False


@dataclass(frozen=True, slots=True)
class Baseline:
    """A saved copy of a task's plan (baseline 0-10) to measure variance against."""

    number: int
    start: datetime | None
    finish: datetime | None
    duration: int = 0  # working minutes
    work: int = 0  # minutes of work
    cost: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class Task:
    """A task, summary or milestone of the outline, with what schedules it (duration,
    constraint, calendar, mode) and the progress reported on it."""

    uid: str
    name: str
    parent_uid: str | None = None  # None: a top-level task
    position: int = 0  # order among its siblings
    notes: str = ""
    duration: int = 480  # working minutes (elapsed minutes when duration_elapsed)
    duration_unit: DurationUnit = DurationUnit.DAYS
    duration_elapsed: bool = False
    milestone: bool = False
    constraint_type: ConstraintType = ConstraintType.ASAP
    constraint_date: datetime | None = None
    deadline: datetime | None = None
    percent_complete: int = 0
    actual_start: datetime | None = None
    actual_finish: datetime | None = None
    priority: int = 500  # 0..1000 as in MS Project
    board_column_uid: str | None = None
    board_rank: float = 0.0
    tags: tuple[str, ...] = ()
    confidential: bool = False
    fixed_cost: Decimal = Decimal(0)
    calendar_uid: str | None = None
    leveling_delay: int = 0  # minutes added by resource leveling
    baselines: tuple[Baseline, ...] = ()
    # Three-point estimates (working minutes) for schedule risk; None when not estimated.
    optimistic: int | None = None
    most_likely: int | None = None
    pessimistic: int | None = None
    source_uid: int | None = None  # the task's UID in the file it was imported from
    # Format 1.2.
    # Task Mode: a manually scheduled task keeps the dates the PM typed; links into it do
    # not move it (MS Project's "Manual"). ``manual_start``/``manual_finish`` are those dates.
    manual: bool = False
    manual_start: datetime | None = None
    manual_finish: datetime | None = None
    # The delay's unit and whether it runs in elapsed time (MS Project: elapsed days).
    leveling_delay_unit: DurationUnit = DurationUnit.DAYS
    leveling_delay_elapsed: bool = False
    splits: tuple[Split, ...] = ()  # pauses in the work, in the order they come
    ignore_resource_calendar: bool = False  # schedule on the task calendar alone

    @property
    def split_minutes(self) -> int:
        """Working minutes the task pauses for in all: its bar spans duration + this."""
        return sum(gap for _at, gap in self.splits)


@dataclass(frozen=True, slots=True)
class Dependency:
    """A link: ``successor`` depends on ``predecessor``.

    The lag is ``lag`` minutes (working minutes on the successor's calendar, or elapsed
    minutes when ``lag_elapsed``), unless ``lag_percent`` is set: then the lag is that
    percentage of the predecessor's duration. A negative lag is a lead.
    """

    uid: str
    predecessor_uid: str
    successor_uid: str
    type: LinkType = LinkType.FS
    lag: int = 0
    lag_unit: DurationUnit = DurationUnit.DAYS
    lag_elapsed: bool = False
    lag_percent: int | None = None

    @classmethod
    def with_lag(
        cls, predecessor_uid: str, successor_uid: str, type: LinkType, lag: Lag,
        uid: str | None = None,
    ) -> Dependency:
        """A link carrying ``lag`` as typed or read (``parse_lag``'s result); a fresh
        uid unless ``uid`` is given."""
        return cls(uid or new_uid(), predecessor_uid, successor_uid, type, lag.minutes,
                   lag.unit, lag.elapsed, lag.percent)


@dataclass(frozen=True, slots=True)
class Resource:
    """A person, piece of equipment, material or fixed cost the tasks are assigned
    to, with its rates, working time and how much of it there is."""

    uid: str
    name: str
    type: ResourceType = ResourceType.WORK
    initials: str = ""
    email: str = ""
    group: str = ""
    max_units: float = 1.0  # 1.0 == 100 %
    standard_rate: Decimal = Decimal(0)  # per hour of work
    overtime_rate: Decimal = Decimal(0)
    cost_per_use: Decimal = Decimal(0)
    calendar_uid: str | None = None
    source_uid: int | None = None


@dataclass(frozen=True, slots=True)
class Assignment:
    """A resource working on a task at ``units`` (1.0: full time), its work spread
    by ``contour``."""

    uid: str
    task_uid: str
    resource_uid: str
    units: float = 1.0  # 1.0 == 100 %
    source_uid: int | None = None
    contour: WorkContour = WorkContour.FLAT  # format 1.2


@dataclass(frozen=True, slots=True)
class BoardColumn:
    """A column of the board; ``done`` marks the column whose cards are finished."""

    uid: str
    name: str
    position: int = 0
    wip_limit: int | None = None
    done: bool = False


@dataclass(frozen=True, slots=True)
class Risk:
    """An entry of the risk register: a threat or opportunity, scored by probability
    and impact (1 to 5), with its owner, response and the tasks it affects."""

    uid: str
    code: str  # "R-001"
    title: str
    description: str = ""
    category: str = "technical"
    kind: RiskKind = RiskKind.THREAT
    owner: str = ""
    status: RiskStatus = RiskStatus.OPEN
    probability: int = 3  # 1..5
    impact: int = 3  # 1..5
    cost_impact: Decimal = Decimal(0)
    strategy: str = ""
    response: str = ""
    trigger: str = ""
    review_date: date | None = None
    raised: date | None = None
    closed: date | None = None
    task_uids: tuple[str, ...] = ()
    residual_probability: int | None = None  # after the response, 1..5
    residual_impact: int | None = None
    contingency: str = ""
    history: tuple[RiskScoreChange, ...] = ()
    confidential: bool = False  # format 1.4: left out of a shared copy
    # Format 1.6: what the risk does to the schedule when it happens, for the schedule-risk
    # simulation. ``chance`` is the percent of runs it happens in (None: the share its
    # probability rating stands for); min <= likely <= max are the working minutes it adds
    # to each linked task (a threat) or takes off (an opportunity); None: no schedule
    # impact.
    chance: int | None = None
    schedule_min: int | None = None
    schedule_likely: int | None = None
    schedule_max: int | None = None

    @property
    def score(self) -> int:
        return self.probability * self.impact

    @property
    def residual_score(self) -> int | None:
        if self.residual_probability is None or self.residual_impact is None:
            return None
        return self.residual_probability * self.residual_impact


@dataclass(frozen=True, slots=True)
class RiskScoreChange:
    """One entry of a risk's score history: what it was re-assessed to, and when."""

    on: date
    probability: int
    impact: int
    residual_probability: int | None = None
    residual_impact: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class StatusChange:
    """A card entered a board column (``column_uid`` None: left the board) at a moment."""

    uid: str
    task_uid: str
    column_uid: str | None
    at: datetime


@dataclass(frozen=True, slots=True)
class BudgetLine:
    """Money set aside for one cost category of the project."""

    uid: str
    category: str
    amount: Decimal
    note: str = ""


@dataclass(frozen=True, slots=True)
class CostEntry:
    """Money actually spent: an invoice, a licence, a trip."""

    uid: str
    on: date
    amount: Decimal
    category: str = ""
    task_uid: str | None = None
    note: str = ""


@dataclass(slots=True)
class Plan:
    """A whole project. ``tasks`` is in outline order: each parent before its children,
    siblings by ``position`` (use :func:`pmdesk.core.outline.normalize` after edits)."""

    project: ProjectInfo
    calendars: dict[str, Calendar] = field(default_factory=dict)
    tasks: list[Task] = field(default_factory=list)
    dependencies: list[Dependency] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    board_columns: list[BoardColumn] = field(default_factory=list)
    risks: list[Risk] = field(default_factory=list)
    status_changes: list[StatusChange] = field(default_factory=list)
    budget_lines: list[BudgetLine] = field(default_factory=list)
    cost_entries: list[CostEntry] = field(default_factory=list)
    # The product layer (format 1.3); ``products`` holds at most one product.
    products: list[Product] = field(default_factory=list)
    stage_changes: list[StageChange] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    key_results: list[KeyResult] = field(default_factory=list)
    features: list[Feature] = field(default_factory=list)
    feature_tasks: list[FeatureTask] = field(default_factory=list)
    gates: list[Gate] = field(default_factory=list)
    gate_criteria: list[GateCriterion] = field(default_factory=list)
    insights: list[Insight] = field(default_factory=list)
    insight_links: list[InsightLink] = field(default_factory=list)
    # Format 1.5: the roadmap and launch KPIs.
    roadmap_items: list[RoadmapItem] = field(default_factory=list)
    kpis: list[Kpi] = field(default_factory=list)
    kpi_values: list[KpiValue] = field(default_factory=list)

    def task_index(self) -> dict[str, Task]:
        return {t.uid: t for t in self.tasks}


def standard_calendar(uid: str | None = None, name: str = "Standard") -> Calendar:
    """Monday to Friday 08:00-12:00 and 13:00-17:00: 480 minutes a day, 5 days a week."""
    return Calendar(uid=uid or new_uid(), name=name)
