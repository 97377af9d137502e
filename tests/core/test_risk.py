"""Risk scoring, bands, money and the register's totals."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from pmdesk.core.model import Plan, ProjectInfo, Risk, RiskKind, RiskStatus, Task
from pmdesk.core.risk import (
    band,
    contingency_reserve,
    emv,
    heat_map,
    next_code,
    record_score_change,
    risk_band,
    risk_summary,
    strategies,
    task_risk_markers,
    validate_risk,
)
from pmdesk.demo import build_demo_plan

PROJECT = ProjectInfo(uid="p", name="Launch", start=datetime(2025, 3, 3, 8))


def risk(code: str = "R-001", **kw) -> Risk:
    return Risk(uid=kw.pop("uid", code), code=code, title=kw.pop("title", "Late vendor"), **kw)


def plan_with(*risks: Risk, tasks: tuple[Task, ...] = ()) -> Plan:
    return Plan(project=PROJECT, risks=list(risks), tasks=list(tasks))


@pytest.mark.parametrize(
    ("p", "i", "expected"),
    [(1, 1, "low"), (2, 2, "low"), (1, 5, "medium"), (3, 3, "medium"), (3, 4, "high"),
     (5, 5, "high")],
)
def test_score_is_probability_times_impact_in_default_bands(p: int, i: int, expected: str) -> None:
    r = risk(probability=p, impact=i)
    assert r.score == p * i
    assert risk_band(r, PROJECT) == expected


def test_bands_follow_the_projects_thresholds() -> None:
    strict = replace(PROJECT, risk_medium_from=3, risk_high_from=9)
    assert band(4, PROJECT) == "low"
    assert band(4, strict) == "medium"
    assert band(9, PROJECT) == "medium"
    assert band(9, strict) == "high"


def test_emv_is_negative_for_threats_and_positive_for_opportunities() -> None:
    threat = risk(probability=3, cost_impact=Decimal("6000"))
    chance = risk(kind=RiskKind.OPPORTUNITY, probability=2, cost_impact=Decimal("10000"))
    assert emv(threat) == Decimal("-3000.00")  # 50 % of 6,000
    assert emv(chance) == Decimal("3000.00")  # 30 % of 10,000
    assert emv(risk(probability=5, cost_impact=Decimal("1000"))) == Decimal("-900.00")
    assert emv(risk(probability=1, cost_impact=Decimal("1000"))) == Decimal("-100.00")


def test_contingency_covers_live_threats_only() -> None:
    risks = [
        risk("R-001", probability=4, cost_impact=Decimal("1000")),  # 700
        risk("R-002", status=RiskStatus.OCCURRED, probability=1, cost_impact=Decimal("500")),
        risk("R-003", status=RiskStatus.CLOSED, probability=5, cost_impact=Decimal("9999")),
        risk("R-004", kind=RiskKind.OPPORTUNITY, probability=5, cost_impact=Decimal("8000")),
        risk("R-005", status=RiskStatus.MONITORING, probability=2, cost_impact=Decimal("100")),
    ]
    # 700 + 500 (occurred: its full cost) + 30; the closed threat and the opportunity add nothing
    assert contingency_reserve(risks) == Decimal("1230.00")


def test_heat_map_counts_inherent_and_residual_positions() -> None:
    risks = [
        risk("R-001", probability=4, impact=5, residual_probability=2, residual_impact=3),
        risk("R-002", probability=4, impact=5),  # not reassessed: residual stays at 4 x 5
        risk("R-003", probability=1, impact=1),
    ]
    inherent = heat_map(risks)
    residual = heat_map(risks, residual=True)
    assert inherent[3][4] == 2 and inherent[0][0] == 1
    assert residual[3][4] == 1 and residual[1][2] == 1 and residual[0][0] == 1
    assert sum(map(sum, inherent)) == sum(map(sum, residual)) == 3


def test_next_code_follows_the_highest_in_use() -> None:
    assert next_code([]) == "R-001"
    assert next_code([risk("R-001"), risk("R-013"), risk("Legacy 7")]) == "R-014"
    assert next_code(build_demo_plan(date(2025, 3, 5)).risks) == "R-014"


def test_summary_of_the_demo_register_is_consistent_and_json_ready() -> None:
    plan = build_demo_plan(date(2025, 3, 5))
    s = risk_summary(plan, today=date(2025, 3, 5))
    json.dumps(s)
    active = [r for r in plan.risks if r.status != RiskStatus.CLOSED]
    assert s["total"] == 13
    assert s["active"] == len(active) == sum(s["open_by_band"].values())
    assert sum(s["by_status"].values()) == 13
    threats = [r for r in active if r.kind == RiskKind.THREAT]
    assert Decimal(s["emv_threats"]) == sum(emv(r) for r in threats) < 0
    assert Decimal(s["emv_opportunities"]) > 0
    assert Decimal(s["contingency_reserve"]) == contingency_reserve(plan.risks)
    assert [t["score"] for t in s["top"]] == sorted((t["score"] for t in s["top"]), reverse=True)
    assert s["top"][0]["band"] == "high"


def test_overdue_reviews_are_listed() -> None:
    plan = plan_with(risk("R-001", review_date=date(2025, 3, 1)),
                     risk("R-002", review_date=date(2025, 4, 1)),
                     risk("R-003", review_date=date(2025, 2, 1), status=RiskStatus.CLOSED))
    assert risk_summary(plan, today=date(2025, 3, 10))["overdue_reviews"] == ["R-001"]


def test_strategies_depend_on_the_kind() -> None:
    assert "mitigate" in strategies(RiskKind.THREAT)
    assert "exploit" in strategies(RiskKind.OPPORTUNITY)
    assert "mitigate" not in strategies(RiskKind.OPPORTUNITY)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"probability": 6}, "probability"),
        ({"impact": 0}, "impact"),
        ({"residual_probability": 2}, "residual impact go together"),
        ({"residual_probability": 9, "residual_impact": 2}, "residual probability"),
        ({"raised": date(2025, 3, 5), "closed": date(2025, 3, 1)}, "closed date"),
        ({"category": "astrology"}, "category"),
        ({"strategy": "exploit"}, "strategy"),
        ({"title": "  "}, "title"),
        ({"cost_impact": Decimal("-1")}, "cost impact"),
        ({"task_uids": ("missing",)}, "linked tasks"),
    ],
)
def test_validation_names_the_field(changes: dict, field: str) -> None:
    plan = plan_with()
    with pytest.raises(ValueError, match=field):
        validate_risk(risk(**changes), plan)


def test_a_valid_risk_passes_and_a_duplicate_code_does_not() -> None:
    plan = plan_with(risk("R-001", uid="a"), tasks=(Task(uid="t", name="Build"),))
    validate_risk(risk("R-002", uid="b", task_uids=("t",), strategy="mitigate"), plan)
    with pytest.raises(ValueError, match="already used"):
        validate_risk(risk("r-001", uid="b"), plan)


def test_a_risk_keeps_a_category_the_project_has_since_dropped() -> None:
    old = risk(category="privacy")
    plan = plan_with(old)
    validate_risk(replace(old, title="Renamed"), plan)


def test_score_changes_are_recorded_once_a_day() -> None:
    day = date(2025, 3, 5)
    first = record_score_change(None, risk(probability=2, impact=3), day)
    assert [(h.on, h.probability, h.impact) for h in first.history] == [(day, 2, 3)]
    same = record_score_change(first, replace(first, title="Other title"), day)
    assert same.history == first.history
    later = record_score_change(first, replace(first, probability=4), date(2025, 3, 9))
    assert [(h.probability, h.impact) for h in later.history] == [(2, 3), (4, 3)]
    again = record_score_change(later, replace(later, impact=5), date(2025, 3, 9))
    assert [(h.on, h.probability, h.impact) for h in again.history] == [
        (day, 2, 3), (date(2025, 3, 9), 4, 5)]


def test_task_markers_show_the_worst_band_of_live_risks() -> None:
    plan = plan_with(
        risk("R-001", probability=2, impact=2, task_uids=("a", "b")),
        risk("R-002", probability=4, impact=4, task_uids=("b",)),
        risk("R-003", probability=5, impact=5, task_uids=("c",), status=RiskStatus.CLOSED),
        risk("R-004", kind=RiskKind.OPPORTUNITY, probability=3, impact=3, task_uids=("d",)),
    )
    markers = task_risk_markers(plan)
    assert markers["a"].band == "low"
    assert markers["b"].band == "high" and markers["b"].codes == ("R-002", "R-001")
    assert "c" not in markers
    assert markers["d"].opportunity_only and not markers["b"].opportunity_only
