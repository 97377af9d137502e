"""The product layer's rows: the product and its lifecycle, objectives and key results,
stage gates, the feature backlog and user research.

Plain frozen values like the rest of :mod:`pmdesk.core.model`; each is one kind of row of
:data:`pmdesk.core.kinds.KINDS`, so patches, undo, the store's tables and cascades follow
from that registry. Links between rows that are many to many (a feature and its tasks, an
insight and the features it is evidence for) are rows of their own, so removing either end
removes the link in the same patch and its undo brings it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

__all__ = [
    "Decision",
    "Direction",
    "Feature",
    "FeatureStatus",
    "FeatureTask",
    "Framework",
    "Gate",
    "GateCriterion",
    "Horizon",
    "Insight",
    "InsightLink",
    "InsightSource",
    "Kano",
    "KeyResult",
    "Kpi",
    "KpiValue",
    "MoSCoW",
    "Objective",
    "Product",
    "RoadmapItem",
    "Stage",
    "StageChange",
]


class Stage(StrEnum):
    """A product's lifecycle stage, in the order a product goes through them."""

    IDEA = "idea"
    DISCOVERY = "discovery"
    DEFINITION = "definition"
    DEVELOPMENT = "development"
    LAUNCH = "launch"
    GROWTH = "growth"
    MATURITY = "maturity"
    RETIREMENT = "retirement"

    def next(self) -> Stage | None:
        """The stage after this one (None after retirement)."""
        order = list(Stage)
        i = order.index(self)
        return order[i + 1] if i + 1 < len(order) else None


class Framework(StrEnum):
    """How the backlog is prioritised."""

    RICE = "rice"
    ICE = "ice"
    WSJF = "wsjf"


class FeatureStatus(StrEnum):
    """Where a feature is on its way from idea to launch (or dropped)."""

    IDEA = "idea"
    DISCOVERY = "discovery"
    READY = "ready"
    IN_PROGRESS = "in progress"
    LAUNCHED = "launched"
    DROPPED = "dropped"


class MoSCoW(StrEnum):
    """A feature's MoSCoW priority; empty while not set."""

    NONE = ""
    MUST = "must"
    SHOULD = "should"
    COULD = "could"
    WONT = "won't"


class Kano(StrEnum):
    """A feature's Kano category: how its presence or absence feels to users."""

    NONE = ""
    MUST_BE = "must-be"
    PERFORMANCE = "performance"
    ATTRACTIVE = "attractive"
    INDIFFERENT = "indifferent"
    REVERSE = "reverse"


class Decision(StrEnum):
    """A stage gate's decision; ``pending`` until it is taken."""

    PENDING = "pending"
    GO = "go"
    HOLD = "hold"
    RECYCLE = "recycle"
    STOP = "stop"


class InsightSource(StrEnum):
    """Where a piece of user research came from."""

    INTERVIEW = "interview"
    SURVEY = "survey"
    SUPPORT_TICKET = "support ticket"
    ANALYTICS = "analytics"
    SALES_CALL = "sales call"
    REVIEW = "review"


@dataclass(frozen=True, slots=True)
class Product:
    """The product the plan delivers: one per project. ``framework`` is how its backlog
    is ranked; ``stage`` the lifecycle stage it is in now (its history: StageChange)."""

    uid: str
    name: str
    vision: str = ""
    segments: tuple[str, ...] = ()
    stage: Stage = Stage.IDEA
    framework: Framework = Framework.RICE


@dataclass(frozen=True, slots=True)
class StageChange:
    """The product entered ``stage`` on ``entered`` (the lifecycle's history)."""

    uid: str
    product_uid: str
    stage: Stage
    entered: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class Objective:
    """The O of an OKR: what the product team means to achieve in a period."""

    uid: str
    text: str
    period: str = ""  # "2026 Q3", or empty when start and finish say it
    start: date | None = None
    finish: date | None = None
    owner: str = ""


@dataclass(frozen=True, slots=True)
class KeyResult:
    """A measurable result of an objective: from ``baseline`` to ``target``; ``confidence``
    is the owner's confidence of reaching it, 0-100 %."""

    uid: str
    objective_uid: str
    metric: str
    unit: str = ""
    baseline: float = 0.0
    target: float = 1.0
    current: float = 0.0
    confidence: int = 50


@dataclass(frozen=True, slots=True)
class Gate:
    """A stage gate: the decision to move the product from ``from_stage`` to the next
    stage. It is the milestone task ``task_uid`` of the plan (so it shows in the Gantt view
    and the status report as one); removing that task removes the gate."""

    uid: str
    task_uid: str
    from_stage: Stage
    to_stage: Stage
    decision: Decision = Decision.PENDING
    decided_on: date | None = None
    decided_by: str = ""
    rationale: str = ""
    override_reason: str = ""  # why "go" despite an unmet mandatory criterion


@dataclass(frozen=True, slots=True)
class GateCriterion:
    """One line of a gate's checklist."""

    uid: str
    gate_uid: str
    text: str
    mandatory: bool = True
    met: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class Feature:
    """An entry of the backlog, with the inputs of every prioritisation framework.

    RICE: ``reach`` (people per period), ``impact`` (3, 2, 1, 0.5, 0.25), ``confidence``
    (100, 80, 50 %), ``effort`` (person-months, also the effort estimate the value-versus-
    effort chart places it by). ICE: ``ice_impact``, ``ice_confidence``, ``ice_ease`` 1-10.
    WSJF: ``business_value``, ``time_criticality``, ``risk_reduction`` and ``job_size``.
    An input left None leaves that score unset. ``pinned_rank`` is a rank the PM set by
    hand (1 = top), kept apart from the computed one.
    """

    uid: str
    title: str
    problem: str = ""
    description: str = ""  # Markdown
    status: FeatureStatus = FeatureStatus.IDEA
    owner: str = ""
    tags: tuple[str, ...] = ()
    release: str = ""  # a release name or a quarter, "2026 Q4"
    objective_uids: tuple[str, ...] = ()
    parent_uid: str | None = None
    effort: float | None = None
    reach: float | None = None
    impact: float | None = None
    confidence: int | None = None
    ice_impact: int | None = None
    ice_confidence: int | None = None
    ice_ease: int | None = None
    business_value: int | None = None
    time_criticality: int | None = None
    risk_reduction: int | None = None
    job_size: int | None = None
    moscow: MoSCoW = MoSCoW.NONE
    kano: Kano = Kano.NONE
    pinned_rank: int | None = None


@dataclass(frozen=True, slots=True)
class FeatureTask:
    """A task of the plan that delivers (part of) a feature."""

    uid: str
    feature_uid: str
    task_uid: str


@dataclass(frozen=True, slots=True)
class Insight:
    """A piece of user research. ``personal``: it holds personal data, so it is marked
    confidential and a shared copy can leave it out."""

    uid: str
    text: str  # the quote or summary
    source: InsightSource = InsightSource.INTERVIEW
    on: date | None = None
    segment: str = ""
    participant: str = ""
    tags: tuple[str, ...] = ()
    personal: bool = False


@dataclass(frozen=True, slots=True)
class InsightLink:
    """An insight is evidence for a feature."""

    uid: str
    insight_uid: str
    feature_uid: str


# --------------------------------------------------------------------------- format 1.5


class Horizon(StrEnum):
    """A column of the Now / Next / Later roadmap."""

    NOW = "now"
    NEXT = "next"
    LATER = "later"


@dataclass(frozen=True, slots=True)
class RoadmapItem:
    """A feature's place on the roadmap as the PM planned it: its Now / Next / Later
    column, the quarter it is meant to ship in ("2027 Q2"; empty: the feature's release
    when that names a quarter) and its theme (empty: its first tag). ``p50`` and ``p80``
    are the finish dates the last delivery forecast found (the schedule-risk simulation of
    its tasks), ``forecast_on`` the day it ran; None until one has. A feature without an
    item sits where its status puts it."""

    uid: str
    feature_uid: str
    horizon: Horizon = Horizon.LATER
    quarter: str = ""
    theme: str = ""
    p50: date | None = None
    p80: date | None = None
    forecast_on: date | None = None


class Direction(StrEnum):
    """Whether a KPI improves by going up or down."""

    HIGHER = "higher"
    LOWER = "lower"


@dataclass(frozen=True, slots=True)
class Kpi:
    """A launch KPI: from ``baseline`` on ``start`` to ``target`` by ``target_date``.
    ``tolerance`` is the share (%) of the distance from baseline to target the latest value
    may fall behind the straight line before the KPI is off track (the status rule is in
    :mod:`pmdesk.core.product.kpi`). ``feature_uid``: the launched feature it measures, or
    None for the product as a whole."""

    uid: str
    name: str
    start: date
    target_date: date
    unit: str = ""
    baseline: float = 0.0
    target: float = 1.0
    direction: Direction = Direction.HIGHER
    tolerance: float = 10.0
    feature_uid: str | None = None


@dataclass(frozen=True, slots=True)
class KpiValue:
    """An actual value of a KPI measured on a day."""

    uid: str
    kpi_uid: str
    on: date
    value: float
