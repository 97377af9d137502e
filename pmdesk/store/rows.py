"""The project file's tables as SQLAlchemy 2.x typed mappings, one ``*Row`` per core value.

The tables mirror :mod:`pmdesk.core.model` field by field so the repository can convert
without guesswork. Types are chosen to mean the same on SQLite and PostgreSQL: money is a
decimal string (exact everywhere, no float rounding), datetimes are naive, enumerations are
their short string values, and structured values that are only ever read whole (a
calendar's weekly hours, its exceptions, a task's tags) are compact JSON text.

Rows whose order the user sees but which have no position of their own (links, resources,
assignments, risks, board columns, and tasks with equal positions) carry ``seq``, their
place in the plan's list, so a project reads back in the order it was written. ``seq`` is
indexed: reading in that order then scans instead of sorting every row, which halves the
time to read a large project.

Each table of a kind of row names it (``__kind__``, a name of
:data:`pmdesk.core.kinds.KINDS`); the repository finds the tables through it. Foreign keys
guard integrity (a link to a task that is not there is refused), and those of format 1.0 and
1.1 say ``ON DELETE CASCADE``; no logic relies on that: the core's patch lists every row a
removal takes with it, and the repository removes the rows that refer to others first, so
the clause never finds a row to remove. It stays because the file format's structure check
compares foreign keys as written: dropping it would mean rebuilding five tables in every
project file and a format an older pmdesk refuses.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

UID = String(36)


class Money(TypeDecorator[Decimal]):
    """An exact amount stored as its decimal string, so 0.10 stays 0.10 on every database."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class JsonText(TypeDecorator[Any]):
    """A JSON value in a plain text column: portable, and read whole like any scalar."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else json.dumps(value, separators=(",", ":"))

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        # Most rows hold an empty list (a task without tags); skip the parser for those.
        return [] if value == "[]" else json.loads(value)


class Base(DeclarativeBase):
    """Declarative base with constraint names fixed, so migrations can refer to them."""

    #: The kind of row (of :data:`pmdesk.core.kinds.KINDS`) a table holds, if any.
    __kind__: ClassVar[str | None] = None

    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_name)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class _KeyedRow(Base):
    """A table whose rows are keyed by the uid of the core value they hold."""

    __abstract__ = True

    # sort_order keeps these columns first, where the file format has always had them.
    uid: Mapped[str] = mapped_column(UID, primary_key=True, sort_order=-2)


class _ListedRow(_KeyedRow):
    """A keyed table whose rows also keep their place in the plan's list (``seq``)."""

    __abstract__ = True

    seq: Mapped[int] = mapped_column(Integer, default=0, index=True, sort_order=-1)


def _ref(table: str, ondelete: str | None = None) -> Mapped[str]:
    """The uid of a row of ``table`` that must be in the file (indexed: rows are found by
    it). Format 1.0 and 1.1 wrote ``ON DELETE CASCADE`` (see above); the product layer's
    links (format 1.3) have no clause."""
    return mapped_column(UID, ForeignKey(f"{table}.uid", ondelete=ondelete), index=True)


def _task_ref() -> Mapped[str]:
    """A task's uid that must name a task of the file, as format 1.0 wrote it."""
    return _ref("task", "CASCADE")


class ProjectRow(Base):
    """The single row describing the project as a whole."""

    __tablename__ = "project"

    uid: Mapped[str] = mapped_column(UID, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[datetime] = mapped_column(DateTime)
    status_date: Mapped[datetime | None] = mapped_column(DateTime)
    currency: Mapped[str] = mapped_column(String(8), default="EUR")
    calendar_uid: Mapped[str | None] = mapped_column(UID)
    critical_slack_limit: Mapped[int] = mapped_column(Integer, default=0)
    minutes_per_day: Mapped[int] = mapped_column(Integer, default=480)
    minutes_per_week: Mapped[int] = mapped_column(Integer, default=2400)
    days_per_month: Mapped[int] = mapped_column(Integer, default=20)
    author: Mapped[str] = mapped_column(Text, default="")
    company: Mapped[str] = mapped_column(Text, default="")
    # Format 1.1: budget, earned-value method and the risk register's settings.
    budget: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    eac_method: Mapped[str] = mapped_column(String(16), default="cpi")
    risk_categories: Mapped[list[str]] = mapped_column(JsonText, default=list)
    risk_medium_from: Mapped[int] = mapped_column(Integer, default=5)
    risk_high_from: Mapped[int] = mapped_column(Integer, default=12)
    # Format 1.2: MS Project's scheduling options.
    schedule_from_finish: Mapped[bool] = mapped_column(Boolean, default=False)
    finish: Mapped[datetime | None] = mapped_column(DateTime)
    new_tasks_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    move_completed_ends_back: Mapped[bool] = mapped_column(Boolean, default=False)
    move_remaining_starts_back: Mapped[bool] = mapped_column(Boolean, default=False)
    move_remaining_starts_forward: Mapped[bool] = mapped_column(Boolean, default=False)
    move_completed_ends_forward: Mapped[bool] = mapped_column(Boolean, default=False)


class CalendarRow(_KeyedRow):
    """Working time: seven weekdays of intervals and dated exceptions, as JSON.

    ``weekdays`` is a list of seven entries (Monday first), each ``null`` (inherit from the
    base calendar) or a list of ``[from_minute, to_minute]`` pairs. ``exceptions`` is a list
    of ``{"start": "YYYY-MM-DD", "finish": ..., "intervals": [[from, to], ...], "name": ...}``.
    """

    __tablename__ = "calendar"
    __kind__ = "calendars"

    name: Mapped[str] = mapped_column(Text)
    weekdays: Mapped[list[Any]] = mapped_column(JsonText)
    exceptions: Mapped[list[Any]] = mapped_column(JsonText, default=list)
    base_uid: Mapped[str | None] = mapped_column(UID)
    source_uid: Mapped[int | None] = mapped_column(Integer)


class TaskRow(_ListedRow):
    """One task of the outline; ``parent_uid`` and ``position`` place it."""

    __tablename__ = "task"
    __kind__ = "tasks"

    parent_uid: Mapped[str | None] = mapped_column(UID, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    duration: Mapped[int] = mapped_column(Integer, default=480)
    duration_unit: Mapped[str] = mapped_column(String(4), default="d")
    duration_elapsed: Mapped[bool] = mapped_column(Boolean, default=False)
    milestone: Mapped[bool] = mapped_column(Boolean, default=False)
    constraint_type: Mapped[str] = mapped_column(String(4), default="ASAP")
    constraint_date: Mapped[datetime | None] = mapped_column(DateTime)
    deadline: Mapped[datetime | None] = mapped_column(DateTime)
    percent_complete: Mapped[int] = mapped_column(Integer, default=0)
    actual_start: Mapped[datetime | None] = mapped_column(DateTime)
    actual_finish: Mapped[datetime | None] = mapped_column(DateTime)
    priority: Mapped[int] = mapped_column(Integer, default=500)
    board_column_uid: Mapped[str | None] = mapped_column(UID)
    board_rank: Mapped[float] = mapped_column(Float, default=0.0)
    tags: Mapped[list[str]] = mapped_column(JsonText, default=list)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    fixed_cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    calendar_uid: Mapped[str | None] = mapped_column(UID)
    source_uid: Mapped[int | None] = mapped_column(Integer)
    # Format 1.1: resource leveling's delay and three-point estimates for schedule risk.
    leveling_delay: Mapped[int] = mapped_column(Integer, default=0)
    optimistic: Mapped[int | None] = mapped_column(Integer)
    most_likely: Mapped[int | None] = mapped_column(Integer)
    pessimistic: Mapped[int | None] = mapped_column(Integer)
    # Format 1.2: task mode, the delay's unit, splits ([[at, gap], ...] in working minutes).
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    manual_start: Mapped[datetime | None] = mapped_column(DateTime)
    manual_finish: Mapped[datetime | None] = mapped_column(DateTime)
    leveling_delay_unit: Mapped[str] = mapped_column(String(4), default="d")
    leveling_delay_elapsed: Mapped[bool] = mapped_column(Boolean, default=False)
    splits: Mapped[list[Any]] = mapped_column(JsonText, default=list)
    ignore_resource_calendar: Mapped[bool] = mapped_column(Boolean, default=False)


class BaselineRow(_KeyedRow):
    """A saved copy of one task's plan (baseline 0-10); added in format 1.1."""

    __tablename__ = "baseline"
    __table_args__ = (UniqueConstraint("task_uid", "number"),)

    task_uid: Mapped[str] = mapped_column(UID, ForeignKey("task.uid", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    start: Mapped[datetime | None] = mapped_column(DateTime)
    finish: Mapped[datetime | None] = mapped_column(DateTime)
    duration: Mapped[int] = mapped_column(Integer, default=0)
    work: Mapped[int] = mapped_column(Integer, default=0)
    cost: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))


class DependencyRow(_ListedRow):
    """A link between two tasks; lag in working minutes, or a percent of the predecessor."""

    __tablename__ = "dependency"
    __kind__ = "dependencies"

    predecessor_uid: Mapped[str] = _task_ref()
    successor_uid: Mapped[str] = _task_ref()
    type: Mapped[str] = mapped_column(String(2), default="FS")
    lag: Mapped[int] = mapped_column(Integer, default=0)
    lag_unit: Mapped[str] = mapped_column(String(4), default="d")
    lag_elapsed: Mapped[bool] = mapped_column(Boolean, default=False)
    lag_percent: Mapped[int | None] = mapped_column(Integer)


class ResourceRow(_ListedRow):
    """A person, material or cost that tasks are assigned to."""

    __tablename__ = "resource"
    __kind__ = "resources"

    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16), default="work")
    initials: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    # "group" is an SQL keyword; the column gets a plain name, the attribute keeps the core's.
    group: Mapped[str] = mapped_column("group_name", Text, default="")
    max_units: Mapped[float] = mapped_column(Float, default=1.0)
    standard_rate: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    overtime_rate: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    cost_per_use: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    calendar_uid: Mapped[str | None] = mapped_column(UID)
    source_uid: Mapped[int | None] = mapped_column(Integer)


class AssignmentRow(_ListedRow):
    """A resource working on a task at some units (1.0 == 100 %)."""

    __tablename__ = "assignment"
    __kind__ = "assignments"

    task_uid: Mapped[str] = _task_ref()
    resource_uid: Mapped[str] = _ref("resource", "CASCADE")
    units: Mapped[float] = mapped_column(Float, default=1.0)
    source_uid: Mapped[int | None] = mapped_column(Integer)
    contour: Mapped[str] = mapped_column(String(16), default="flat")  # format 1.2


class BoardColumnRow(_ListedRow):
    """A column of the kanban board."""

    __tablename__ = "board_column"
    __kind__ = "board_columns"

    name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    wip_limit: Mapped[int | None] = mapped_column(Integer)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class RiskRow(_ListedRow):
    """An entry of the risk register (threat or opportunity)."""

    __tablename__ = "risk"
    __kind__ = "risks"

    code: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(Text, default="technical")
    kind: Mapped[str] = mapped_column(String(16), default="threat")
    owner: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open")
    probability: Mapped[int] = mapped_column(Integer, default=3)
    impact: Mapped[int] = mapped_column(Integer, default=3)
    cost_impact: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    strategy: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")
    # "trigger" is an SQL keyword; see ResourceRow.group.
    trigger: Mapped[str] = mapped_column("trigger_text", Text, default="")
    review_date: Mapped[date | None] = mapped_column(Date)
    raised: Mapped[date | None] = mapped_column(Date)
    closed: Mapped[date | None] = mapped_column(Date)
    # Format 1.1: the score after the response, the fallback plan and the score history:
    # a list of {"on": "YYYY-MM-DD", "probability", "impact", "residual_probability",
    # "residual_impact", "note"}, oldest first.
    residual_probability: Mapped[int | None] = mapped_column(Integer)
    residual_impact: Mapped[int | None] = mapped_column(Integer)
    contingency: Mapped[str] = mapped_column(Text, default="")
    history: Mapped[list[Any]] = mapped_column(JsonText, default=list)
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)  # format 1.4
    # Format 1.6: the chance (percent) and schedule impact (working minutes) the
    # schedule-risk simulation uses.
    chance: Mapped[int | None] = mapped_column(Integer)
    schedule_min: Mapped[int | None] = mapped_column(Integer)
    schedule_likely: Mapped[int | None] = mapped_column(Integer)
    schedule_max: Mapped[int | None] = mapped_column(Integer)


class RiskTaskRow(_KeyedRow):
    """A task a risk threatens or helps, in the order the register lists them.

    ``task_uid`` has no foreign key: like the core, a risk keeps naming a task that was
    deleted, so undoing the deletion restores the link.
    """

    __tablename__ = "risk_task"
    __table_args__ = (Index("ix_risk_task_risk_position", "risk_uid", "position"),)

    risk_uid: Mapped[str] = mapped_column(UID, ForeignKey("risk.uid", ondelete="CASCADE"))
    task_uid: Mapped[str] = mapped_column(UID)
    position: Mapped[int] = mapped_column(Integer, default=0)


class StatusChangeRow(_ListedRow):
    """A card entering a board column at a moment (``column_uid`` null: left the board);
    the board's flow metrics are computed from these. Added in format 1.1."""

    __tablename__ = "status_change"
    __kind__ = "status_changes"

    task_uid: Mapped[str] = _task_ref()
    column_uid: Mapped[str | None] = mapped_column(UID)
    at: Mapped[datetime] = mapped_column(DateTime)


class BudgetLineRow(_ListedRow):
    """Money set aside for one cost category. Added in format 1.1."""

    __tablename__ = "budget_line"
    __kind__ = "budget_lines"

    category: Mapped[str] = mapped_column(Text)
    amount: Mapped[Decimal] = mapped_column(Money)
    note: Mapped[str] = mapped_column(Text, default="")


class CostEntryRow(_ListedRow):
    """Money actually spent (an invoice, a licence, a trip). Added in format 1.1.

    ``task_uid`` has no foreign key: a cost stays on the books when its task is deleted.
    """

    __tablename__ = "cost_entry"
    __kind__ = "cost_entries"

    # "on" is an SQL keyword; see ResourceRow.group.
    on: Mapped[date] = mapped_column("on_date", Date)
    amount: Mapped[Decimal] = mapped_column(Money)
    category: Mapped[str] = mapped_column(Text, default="")
    task_uid: Mapped[str | None] = mapped_column(UID)
    note: Mapped[str] = mapped_column(Text, default="")


# --------------------------------------------------------------------------- format 1.3
# The product layer. Links between rows carry plain foreign keys: the core's patch
# removes a link before what it links (the kinds' cascades), so no ON DELETE clause is
# needed, and a link to a row that is not there is refused.


class ProductRow(_ListedRow):
    """The product the project delivers (at most one row). Added in format 1.3."""

    __tablename__ = "product"
    __kind__ = "products"

    name: Mapped[str] = mapped_column(Text)
    vision: Mapped[str] = mapped_column(Text, default="")
    segments: Mapped[list[str]] = mapped_column(JsonText, default=list)
    stage: Mapped[str] = mapped_column(String(16), default="idea")
    framework: Mapped[str] = mapped_column(String(8), default="rice")


class StageChangeRow(_ListedRow):
    """The product entered a lifecycle stage on a day. Added in format 1.3."""

    __tablename__ = "stage_change"
    __kind__ = "stage_changes"

    product_uid: Mapped[str] = _ref("product")
    stage: Mapped[str] = mapped_column(String(16))
    entered: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class ObjectiveRow(_ListedRow):
    """An objective of the OKRs. Added in format 1.3."""

    __tablename__ = "objective"
    __kind__ = "objectives"

    text: Mapped[str] = mapped_column(Text)
    period: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[date | None] = mapped_column(Date)
    finish: Mapped[date | None] = mapped_column(Date)
    owner: Mapped[str] = mapped_column(Text, default="")


class KeyResultRow(_ListedRow):
    """A key result of an objective. Added in format 1.3."""

    __tablename__ = "key_result"
    __kind__ = "key_results"

    objective_uid: Mapped[str] = _ref("objective")
    metric: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[float] = mapped_column(Float, default=0.0)
    target: Mapped[float] = mapped_column(Float, default=1.0)
    current: Mapped[float] = mapped_column(Float, default=0.0)
    confidence: Mapped[int] = mapped_column(Integer, default=50)


class FeatureRow(_ListedRow):
    """An entry of the feature backlog with its scores' inputs. Added in format 1.3.

    ``parent_uid`` and ``objective_uids`` (a JSON list) have no foreign key: like the
    core, a feature keeps naming a parent or objective that was deleted, so an undo of the
    deletion finds it linked again."""

    __tablename__ = "feature"
    __kind__ = "features"

    title: Mapped[str] = mapped_column(Text)
    problem: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="idea")
    owner: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JsonText, default=list)
    release: Mapped[str] = mapped_column(Text, default="")
    objective_uids: Mapped[list[str]] = mapped_column(JsonText, default=list)
    parent_uid: Mapped[str | None] = mapped_column(UID)
    effort: Mapped[float | None] = mapped_column(Float)
    reach: Mapped[float | None] = mapped_column(Float)
    impact: Mapped[float | None] = mapped_column(Float)
    confidence: Mapped[int | None] = mapped_column(Integer)
    ice_impact: Mapped[int | None] = mapped_column(Integer)
    ice_confidence: Mapped[int | None] = mapped_column(Integer)
    ice_ease: Mapped[int | None] = mapped_column(Integer)
    business_value: Mapped[int | None] = mapped_column(Integer)
    time_criticality: Mapped[int | None] = mapped_column(Integer)
    risk_reduction: Mapped[int | None] = mapped_column(Integer)
    job_size: Mapped[int | None] = mapped_column(Integer)
    moscow: Mapped[str] = mapped_column(String(8), default="")
    kano: Mapped[str] = mapped_column(String(16), default="")
    pinned_rank: Mapped[int | None] = mapped_column(Integer)


class FeatureTaskRow(_ListedRow):
    """A task delivering a feature. Added in format 1.3."""

    __tablename__ = "feature_task"
    __kind__ = "feature_tasks"

    feature_uid: Mapped[str] = _ref("feature")
    task_uid: Mapped[str] = _ref("task")


class GateRow(_ListedRow):
    """A stage gate, a milestone task of the plan. Added in format 1.3."""

    __tablename__ = "gate"
    __kind__ = "gates"

    task_uid: Mapped[str] = _ref("task")
    from_stage: Mapped[str] = mapped_column(String(16))
    to_stage: Mapped[str] = mapped_column(String(16))
    decision: Mapped[str] = mapped_column(String(8), default="pending")
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(Text, default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")


class GateCriterionRow(_ListedRow):
    """A line of a gate's checklist. Added in format 1.3."""

    __tablename__ = "gate_criterion"
    __kind__ = "gate_criteria"

    gate_uid: Mapped[str] = _ref("gate")
    text: Mapped[str] = mapped_column(Text)
    mandatory: Mapped[bool] = mapped_column(Boolean, default=True)
    met: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class InsightRow(_ListedRow):
    """A piece of user research. Added in format 1.3."""

    __tablename__ = "insight"
    __kind__ = "insights"

    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="interview")
    # "on" is an SQL keyword; see ResourceRow.group.
    on: Mapped[date | None] = mapped_column("on_date", Date)
    segment: Mapped[str] = mapped_column(Text, default="")
    participant: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JsonText, default=list)
    personal: Mapped[bool] = mapped_column(Boolean, default=False)


class InsightLinkRow(_ListedRow):
    """An insight is evidence for a feature. Added in format 1.3."""

    __tablename__ = "insight_link"
    __kind__ = "insight_links"

    insight_uid: Mapped[str] = _ref("insight")
    feature_uid: Mapped[str] = _ref("feature")


# --------------------------------------------------------------------------- format 1.4
# The revision journal (see :mod:`pmdesk.store.journal`).


class RevisionRow(Base):
    """One save of the project: its id, the revision it came from (and, for a merge, the
    colleague's revision it took in), who and when, and the reverse delta that rebuilds
    the parent's content from this one (zlib-compressed JSON; NULL once pruned or
    stripped from a shared copy). Added in format 1.4."""

    __tablename__ = "revision"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, index=True)
    parent: Mapped[str | None] = mapped_column(String(32))
    merged: Mapped[str | None] = mapped_column(String(32))
    author: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    summary: Mapped[str] = mapped_column(Text, default="")
    withheld: Mapped[str] = mapped_column(Text, default="")
    delta: Mapped[bytes | None] = mapped_column(LargeBinary)


# --------------------------------------------------------------------------- format 1.5
# The roadmap and launch KPIs.


class RoadmapItemRow(_ListedRow):
    """A feature's place on the roadmap and its last delivery forecast. Added in 1.5."""

    __tablename__ = "roadmap_item"
    __kind__ = "roadmap_items"

    feature_uid: Mapped[str] = _ref("feature")
    horizon: Mapped[str] = mapped_column(String(8), default="later")
    quarter: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(Text, default="")
    p50: Mapped[date | None] = mapped_column(Date)
    p80: Mapped[date | None] = mapped_column(Date)
    forecast_on: Mapped[date | None] = mapped_column(Date)


class KpiRow(_ListedRow):
    """A launch KPI. Added in format 1.5. ``feature_uid`` has no foreign key: a KPI stays
    when its feature is deleted (as a feature keeps naming a deleted objective)."""

    __tablename__ = "kpi"
    __kind__ = "kpis"

    name: Mapped[str] = mapped_column(Text)
    start: Mapped[date] = mapped_column(Date)
    target_date: Mapped[date] = mapped_column(Date)
    unit: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[float] = mapped_column(Float, default=0.0)
    target: Mapped[float] = mapped_column(Float, default=1.0)
    direction: Mapped[str] = mapped_column(String(8), default="higher")
    tolerance: Mapped[float] = mapped_column(Float, default=10.0)
    feature_uid: Mapped[str | None] = mapped_column(UID)


class KpiValueRow(_ListedRow):
    """A KPI's value measured on a day. Added in format 1.5."""

    __tablename__ = "kpi_value"
    __kind__ = "kpi_values"

    kpi_uid: Mapped[str] = _ref("kpi")
    # "on" is an SQL keyword; see ResourceRow.group.
    on: Mapped[date] = mapped_column("on_date", Date)
    value: Mapped[float] = mapped_column(Float)
