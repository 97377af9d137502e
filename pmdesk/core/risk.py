"""The risk register's arithmetic: scores, bands, expected monetary value and totals.

A risk is scored on two 1-5 scales, probability and impact; the score is their product
(1..25) and falls in a band, low, medium or high, at thresholds the project sets
(``ProjectInfo.risk_medium_from`` and ``risk_high_from``), so a PM can match the bands the
company's risk policy uses. A risk may also carry a residual assessment: the probability
and impact expected once the response has been carried out.

Money follows PMBOK's expected monetary value: the probability scale stands for a share
(1 = 10 %, 2 = 30 %, 3 = 50 %, 4 = 70 %, 5 = 90 %, the midpoints of five equal ranges), and
EMV = share x cost impact, negative for a threat (money expected to be lost) and positive for
an opportunity (money expected to be gained).

Schedule: a risk may also carry a schedule impact (min / likely / max working time it adds
to each linked task when it happens, or takes off for an opportunity) and a chance, the
percent of schedule-risk simulation runs it happens in; without an explicit chance the
probability rating's share above is used. :func:`in_simulation` says which risks a
simulation includes.

Everything here is plain Python on :mod:`pmdesk.core.model` values, shared by the register
view, the command line and the CSV export.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from .model import Plan, ProjectInfo, Risk, RiskKind, RiskScoreChange, RiskStatus
from .money import cents, plain, total

Band = Literal["low", "medium", "high"]
BANDS: tuple[Band, ...] = ("low", "medium", "high")

SCALE = range(1, 6)  # probability and impact are rated 1..5

PROBABILITY_SHARE: dict[int, Decimal] = {
    1: Decimal("0.10"),
    2: Decimal("0.30"),
    3: Decimal("0.50"),
    4: Decimal("0.70"),
    5: Decimal("0.90"),
}
PROBABILITY_LABELS = {1: "Rare", 2: "Unlikely", 3: "Possible", 4: "Likely", 5: "Almost certain"}
IMPACT_LABELS = {1: "Negligible", 2: "Minor", 3: "Moderate", 4: "Major", 5: "Severe"}

STRATEGIES: dict[RiskKind, tuple[str, ...]] = {
    RiskKind.THREAT: ("avoid", "transfer", "mitigate", "accept", "escalate"),
    RiskKind.OPPORTUNITY: ("exploit", "share", "enhance", "accept", "escalate"),
}

STATUS_LABELS = {
    RiskStatus.OPEN: "Open",
    RiskStatus.MONITORING: "Monitoring",
    RiskStatus.OCCURRED: "Occurred",
    RiskStatus.CLOSED: "Closed",
}
KIND_LABELS = {RiskKind.THREAT: "Threat", RiskKind.OPPORTUNITY: "Opportunity"}

_CODE = re.compile(r"^R-(\d+)$", re.IGNORECASE)


def strategies(kind: RiskKind) -> tuple[str, ...]:
    """The response strategies that make sense for a threat or for an opportunity."""
    return STRATEGIES[RiskKind(kind)]


def band(score: int, project: ProjectInfo) -> Band:
    """The band a probability x impact score falls in, with the project's thresholds."""
    if score >= project.risk_high_from:
        return "high"
    if score >= project.risk_medium_from:
        return "medium"
    return "low"


def assessment(risk: Risk, residual: bool = False) -> tuple[int, int]:
    """(probability, impact) before the response, or after it when ``residual``.

    A risk without a residual assessment has not been reduced yet, so its residual
    position is its inherent one.
    """
    if residual and risk.residual_probability is not None and risk.residual_impact is not None:
        return risk.residual_probability, risk.residual_impact
    return risk.probability, risk.impact


def risk_score(risk: Risk, residual: bool = False) -> int:
    """The inherent score, or the residual one (inherent when not assessed)."""
    p, i = assessment(risk, residual)
    return p * i


def risk_band(risk: Risk, project: ProjectInfo, residual: bool = False) -> Band:
    return band(risk_score(risk, residual), project)


def is_active(risk: Risk) -> bool:
    """Whether a risk still needs attention: anything not closed (an occurred risk is now
    an issue being handled, so it stays on the register's radar)."""
    return risk.status != RiskStatus.CLOSED


def probability_share(probability: int) -> Decimal:
    """The share (0.1 .. 0.9) a 1..5 probability rating stands for."""
    try:
        return PROBABILITY_SHARE[probability]
    except KeyError:
        raise ValueError(f"probability must be 1..5 (got {probability})") from None


def schedule_chance(risk: Risk) -> float:
    """The share of simulation runs (0.0 .. 1.0) ``risk`` happens in: its chance when
    given, else the share its probability rating stands for."""
    if risk.chance is not None:
        return risk.chance / 100
    return float(probability_share(risk.probability))


def parse_chance(text: str) -> int | None:
    """A chance as typed: "70", "70 %" or "70%"; empty means the probability rating's
    share. ValueError names the text unless it is a whole percent from 0 to 100."""
    body = text.strip().removesuffix("%").strip()
    if not body:
        return None
    hint = "type a whole percent from 0 to 100, or nothing to use the probability rating"
    try:
        value = float(body)
    except ValueError:
        raise ValueError(f"'{text.strip()}' is not a percent: {hint}") from None
    if not math.isfinite(value) or not 0 <= value <= 100 or value != int(value):
        raise ValueError(f"'{text.strip()}' is not a chance: {hint}")
    return int(value)


def chance_text(risk: Risk) -> str:
    """The chance as the register shows it: "70 %", or the rating's share in brackets
    ("(50 %)") for a risk with a schedule impact and no chance of its own."""
    if risk.chance is not None:
        return f"{risk.chance} %"
    if schedule_impact(risk) is None:
        return ""
    return f"({schedule_chance(risk):.0%})".replace("%", " %")


def schedule_impact(risk: Risk) -> tuple[int, int, int] | None:
    """(min, likely, max) working minutes ``risk`` moves each linked task by, or None."""
    low, likely, high = risk.schedule_min, risk.schedule_likely, risk.schedule_max
    if low is None or likely is None or high is None:
        return None
    return low, likely, high


def in_simulation(risk: Risk) -> bool:
    """Whether a schedule-risk simulation includes ``risk``: open or monitored (an
    occurred risk's delay is in the plan already; a closed one no longer happens), with
    a schedule impact, a chance above zero and linked tasks."""
    impact = schedule_impact(risk)
    return (risk.status in (RiskStatus.OPEN, RiskStatus.MONITORING) and impact is not None
            and impact[2] > 0 and schedule_chance(risk) > 0 and bool(risk.task_uids))


def emv(risk: Risk, residual: bool = False) -> Decimal:
    """Expected monetary value: probability share x cost impact, negative for a threat."""
    p, _impact = assessment(risk, residual)
    value = cents(probability_share(p) * risk.cost_impact)
    return -value if risk.kind == RiskKind.THREAT else value


def contingency_reserve(risks: Iterable[Risk]) -> Decimal:
    """The suggested contingency reserve: money to set aside for the threats still live.

    It is the sum, over threats that are not closed, of probability share x cost impact,
    with an occurred threat counted at its full cost impact (it is no longer uncertain).
    Opportunities are not subtracted: a reserve should not count on good luck.
    """
    return cents(total(
        r.cost_impact if r.status == RiskStatus.OCCURRED
        else probability_share(r.probability) * r.cost_impact
        for r in risks if r.kind == RiskKind.THREAT and is_active(r)))


def heat_map(risks: Iterable[Risk], residual: bool = False) -> tuple[tuple[int, ...], ...]:
    """Counts per cell of the 5x5 grid: ``grid[probability - 1][impact - 1]``."""
    grid = [[0] * 5 for _ in SCALE]
    for r in risks:
        p, i = assessment(r, residual)
        if p in SCALE and i in SCALE:
            grid[p - 1][i - 1] += 1
    return tuple(tuple(row) for row in grid)


def code_key(code: str) -> str:
    """How two risk IDs are compared: " r-007" is R-007 (a register holds each once)."""
    return code.strip().lower()


def next_code(risks: Iterable[Risk]) -> str:
    """The code for a new risk: one more than the highest "R-nnn" in use ("R-014")."""
    highest = 0
    for r in risks:
        m = _CODE.match(r.code.strip())
        if m:
            highest = max(highest, int(m[1]))
    return f"R-{highest + 1:03d}"


def risk_summary(plan: Plan, today: date | None = None, top: int = 5) -> dict[str, Any]:
    """The register's totals as a JSON-ready dict (``pmdesk info --json`` prints it as
    ``risk``): active risks per band (inherent and residual), counts by status and kind,
    EMV of active threats (negative) and opportunities (positive), the suggested
    contingency reserve (see :func:`contingency_reserve`), reviews that are overdue, and
    the ``top`` active risks by score, and the risks a schedule-risk simulation includes
    (``in_simulation``: chance, impact in working days). Money is a string with two
    decimals.
    """
    today = today or date.today()
    project = plan.project
    active = [r for r in plan.risks if is_active(r)]
    open_by_band = dict.fromkeys(BANDS, 0)
    residual_by_band = dict.fromkeys(BANDS, 0)
    for r in active:
        open_by_band[risk_band(r, project)] += 1
        residual_by_band[risk_band(r, project, residual=True)] += 1
    by_status = {s.value: 0 for s in RiskStatus}
    for r in plan.risks:
        by_status[RiskStatus(r.status).value] += 1
    threats = [r for r in active if r.kind == RiskKind.THREAT]
    opportunities = [r for r in active if r.kind == RiskKind.OPPORTUNITY]
    ranked = sorted(active, key=lambda r: (-r.score, r.code))[:top]
    overdue = [r for r in active if r.review_date is not None and r.review_date < today]
    return {
        "total": len(plan.risks),
        "active": len(active),
        "threats": len(threats),
        "opportunities": len(opportunities),
        "open_by_band": open_by_band,
        "residual_by_band": residual_by_band,
        "by_status": by_status,
        "thresholds": {
            "medium_from": project.risk_medium_from,
            "high_from": project.risk_high_from,
        },
        "currency": project.currency,
        "emv_threats": plain(total(emv(r) for r in threats)),
        "emv_opportunities": plain(total(emv(r) for r in opportunities)),
        "contingency_reserve": plain(contingency_reserve(plan.risks)),
        "overdue_reviews": sorted(r.code for r in overdue),
        "in_simulation": [_schedule_facts(r, project.minutes_per_day)
                          for r in plan.risks if in_simulation(r)],
        "top": [
            {
                "code": r.code,
                "title": r.title,
                "kind": RiskKind(r.kind).value,
                "status": RiskStatus(r.status).value,
                "score": r.score,
                "band": risk_band(r, project),
                "emv": plain(emv(r)),
            }
            for r in ranked
        ],
    }


def _schedule_facts(risk: Risk, minutes_per_day: int) -> dict[str, Any]:
    """What a schedule-risk simulation does with ``risk``, for ``info --json``."""
    impact = schedule_impact(risk) or (0, 0, 0)
    return {"code": risk.code, "kind": RiskKind(risk.kind).value,
            "chance": round(schedule_chance(risk), 4),
            "chance_given": risk.chance is not None,
            "impact_days": [round(v / (minutes_per_day or 480), 3) for v in impact],
            "tasks": len(risk.task_uids)}


def validate_risk(risk: Risk, plan: Plan) -> None:
    """Refuse a risk the register cannot hold, with a message naming the field.

    The category must be one of the project's categories, except that a risk keeps the
    category it already had if the project's list has changed since.
    """
    where = f"Risk {risk.code or risk.title!r}"
    if not risk.code.strip():
        raise ValueError(f"{where}: ID must not be empty")
    if any(code_key(r.code) == code_key(risk.code) and r.uid != risk.uid
           for r in plan.risks):
        raise ValueError(f"{where}: ID {risk.code} is already used by another risk")
    if not risk.title.strip():
        raise ValueError(f"{where}: title must not be empty")
    for name, value in (("probability", risk.probability), ("impact", risk.impact)):
        if value not in SCALE:
            raise ValueError(f"{where}: {name} must be 1..5 (got {value})")
    residual = (("residual probability", risk.residual_probability),
                ("residual impact", risk.residual_impact))
    for name, maybe in residual:
        if maybe is not None and maybe not in SCALE:
            raise ValueError(f"{where}: {name} must be 1..5 (got {maybe})")
    if (risk.residual_probability is None) != (risk.residual_impact is None):
        raise ValueError(f"{where}: residual probability and residual impact go together; "
                         "give both or neither")
    if risk.cost_impact < 0:
        raise ValueError(f"{where}: cost impact must not be negative (got {risk.cost_impact})")
    _check_schedule(risk, where)
    known = set(plan.project.risk_categories)
    stored = next((r for r in plan.risks if r.uid == risk.uid), None)
    if stored is not None:
        known.add(stored.category)
    if risk.category not in known:
        raise ValueError(f"{where}: category {risk.category!r} is not one of the project's "
                         f"categories ({', '.join(plan.project.risk_categories)})")
    if risk.strategy and risk.strategy not in strategies(risk.kind):
        raise ValueError(f"{where}: strategy {risk.strategy!r} does not fit a "
                         f"{RiskKind(risk.kind).value} ({', '.join(strategies(risk.kind))})")
    if risk.raised is not None and risk.closed is not None and risk.closed < risk.raised:
        raise ValueError(f"{where}: closed date {risk.closed.isoformat()} is before the "
                         f"raised date {risk.raised.isoformat()}")
    tasks = {t.uid for t in plan.tasks}
    missing = [u for u in risk.task_uids if u not in tasks]
    if missing:
        raise ValueError(f"{where}: linked tasks {', '.join(missing)} are not in the plan")


def _check_schedule(risk: Risk, where: str) -> None:
    """The chance is a whole percent 0..100; the schedule impact is all three of min,
    likely and max or none, each 0 or more, in that order."""
    if risk.chance is not None and (risk.chance.__class__ is not int
                                    or not 0 <= risk.chance <= 100):
        raise ValueError(f"{where}: chance must be a whole percent from 0 to 100 "
                         f"(got {risk.chance})")
    parts = (risk.schedule_min, risk.schedule_likely, risk.schedule_max)
    if all(p is None for p in parts):
        return
    if any(p is None for p in parts):
        raise ValueError(f"{where}: schedule impact needs min, likely and max (or none)")
    low, likely, high = (int(p or 0) for p in parts)
    if low < 0:
        raise ValueError(f"{where}: schedule impact must not be negative")
    if not low <= likely <= high:
        raise ValueError(f"{where}: schedule impact must run min <= likely <= max")


def _scores(r: Risk) -> tuple[int, int, int | None, int | None]:
    return r.probability, r.impact, r.residual_probability, r.residual_impact


def record_score_change(old: Risk | None, new: Risk, today: date | None = None,
                        note: str = "") -> Risk:
    """``new`` with its re-assessment added to ``history`` when its scores changed.

    A new risk records its first assessment. Several re-assessments on one day keep the
    day's last one, so adjusting probability and then impact in the table is one entry.
    """
    if old is not None and _scores(old) == _scores(new):
        return new
    today = today or date.today()
    entry = RiskScoreChange(
        on=today,
        probability=new.probability,
        impact=new.impact,
        residual_probability=new.residual_probability,
        residual_impact=new.residual_impact,
        note=note,
    )
    history = new.history
    if history and history[-1].on == today:
        history = history[:-1]
    return replace(new, history=history + (entry,))


@dataclass(frozen=True, slots=True)
class TaskRiskMarker:
    """What a task's Gantt bar or board card shows about the risks that threaten it."""

    band: Band  # the highest band among its active risks
    codes: tuple[str, ...]  # by score, highest first
    opportunity_only: bool  # every linked risk is an opportunity

    @property
    def tooltip(self) -> str:
        return "Risks: " + ", ".join(self.codes)


def task_risk_markers(plan: Plan) -> dict[str, TaskRiskMarker]:
    """The marker of every task that active risks are linked to, by task uid.

    Closed risks mark nothing. The Gantt chart and the board draw one marker per task in
    the colour of its band.
    """
    by_task: dict[str, list[Risk]] = {}
    for r in plan.risks:
        if is_active(r):
            for uid in r.task_uids:
                by_task.setdefault(uid, []).append(r)
    rank = {b: n for n, b in enumerate(BANDS)}
    out: dict[str, TaskRiskMarker] = {}
    for uid, risks in by_task.items():
        risks.sort(key=lambda r: (-r.score, r.code))
        worst = max((risk_band(r, plan.project) for r in risks), key=rank.__getitem__)
        out[uid] = TaskRiskMarker(
            band=worst,
            codes=tuple(r.code for r in risks),
            opportunity_only=all(r.kind == RiskKind.OPPORTUNITY for r in risks),
        )
    return out
