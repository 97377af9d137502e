"""Monte Carlo schedule risk: known distributions, repeatable seeds, criticality."""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import replace
from datetime import date, datetime

import pytest

from plan_builders import make_plan
from pmdesk.core.durations import TimeUnits
from pmdesk.core.model import Dependency, Plan, Task
from pmdesk.core.montecarlo import (
    SimulationCancelled,
    format_estimates,
    parse_estimates,
    simulate,
    task_estimate,
)
from pmdesk.core.schedule import schedule
from pmdesk.demo import build_demo_plan

DAY = 480


def chain(n: int, a: int, m: int, b: int) -> Plan:
    """``n`` tasks one after the other, each estimated (a, m, b) working days."""
    tasks = [
        Task(uid=f"t{k}", name=f"Step {k}", position=k, duration=m * DAY,
             optimistic=a * DAY, most_likely=m * DAY, pessimistic=b * DAY)
        for k in range(n)
    ]
    links = [Dependency(uid=f"d{k}", predecessor_uid=f"t{k}", successor_uid=f"t{k + 1}")
             for k in range(n - 1)]
    return make_plan(tasks, name="Chain", start=datetime(2025, 3, 3, 8), dependencies=links)


def test_triangular_chain_matches_the_analytic_distribution() -> None:
    n, a, m, b = 8, 2, 4, 9
    runs = 4000
    result = simulate(chain(n, a, m, b), iterations=runs, seed=11, distribution="triangular")
    mean = n * (a + m + b) / 3
    std = math.sqrt(n * (a * a + m * m + b * b - a * m - a * b - m * b) / 18)
    # The sample mean lies within 4 standard errors; the spread within 6 %.
    assert abs(result.mean_days - mean) < 4 * std / math.sqrt(runs)
    assert result.std_days == pytest.approx(std, rel=0.06)
    assert n * a <= min(result.finish_days) and max(result.finish_days) <= n * b


def test_pert_chain_matches_the_analytic_distribution() -> None:
    n, a, m, b = 8, 2, 4, 9
    runs = 4000
    result = simulate(chain(n, a, m, b), iterations=runs, seed=5, distribution="pert")
    mu = (a + 4 * m + b) / 6
    std = math.sqrt(n * (mu - a) * (b - mu) / 7)
    assert abs(result.mean_days - n * mu) < 4 * std / math.sqrt(runs)
    assert result.std_days == pytest.approx(std, rel=0.06)


def test_percentiles_and_curve_are_ordered() -> None:
    result = simulate(chain(5, 1, 2, 6), iterations=500, seed=3)
    assert result.p50 <= result.p80 <= result.p90
    assert result.p50_days <= result.p80_days <= result.p90_days
    probabilities = [p.probability for p in result.s_curve]
    assert probabilities == sorted(probabilities) and probabilities[-1] == 1.0
    assert sum(b.count for b in result.histogram) == 500
    assert result.probability_by(result.p80) >= 0.8
    assert result.probability_by(result.p90) >= 0.9


def test_the_same_seed_repeats_a_run_and_another_seed_does_not() -> None:
    plan = chain(6, 1, 3, 8)
    first = simulate(plan, iterations=200, seed=42)
    again = simulate(plan, iterations=200, seed=42)
    other = simulate(plan, iterations=200, seed=43)
    assert first.finishes == again.finishes
    assert first.to_json() == again.to_json()
    assert first.finishes != other.finishes


def test_a_run_without_a_seed_reports_the_seed_that_repeats_it() -> None:
    plan = chain(3, 1, 2, 5)
    first = simulate(plan, iterations=50)
    assert simulate(plan, iterations=50, seed=first.seed).finishes == first.finishes


def test_a_task_never_on_the_critical_path_has_criticality_zero() -> None:
    plan = chain(4, 2, 3, 5)
    # A one-day side task beside the chain, which lasts at least 8 days.
    plan.tasks.append(Task(uid="side", name="Order stickers", position=9, duration=DAY))
    result = simulate(plan, iterations=300, seed=1)
    assert result.criticality_of("side") == 0.0
    assert all(result.criticality_of(f"t{k}") == 1.0 for k in range(4))
    assert result.criticality[-1].uid == "side"


def test_criticality_splits_between_two_competing_branches() -> None:
    plan = chain(1, 5, 5, 5)
    plan.tasks.append(Task(uid="a", name="Branch A", position=1, duration=5 * DAY,
                           optimistic=3 * DAY, most_likely=5 * DAY, pessimistic=7 * DAY))
    plan.tasks.append(Task(uid="b", name="Branch B", position=2, duration=5 * DAY,
                           optimistic=3 * DAY, most_likely=5 * DAY, pessimistic=7 * DAY))
    result = simulate(plan, iterations=1000, seed=9, distribution="triangular")
    assert 0.35 < result.criticality_of("a") < 0.65
    assert 0.35 < result.criticality_of("b") < 0.65


def test_without_estimates_or_risks_every_run_is_the_plans_own_schedule() -> None:
    plan = build_demo_plan(date(2025, 3, 5))
    plan.tasks = [
        dataclasses.replace(t, optimistic=None, most_likely=None, pessimistic=None)
        for t in plan.tasks
    ]
    plan.risks = [dataclasses.replace(r, schedule_min=None, schedule_likely=None,
                                      schedule_max=None) for r in plan.risks]
    planned = schedule(plan)
    result = simulate(plan, iterations=3, seed=1)
    assert result.estimated_tasks == 0 and result.risks == ()
    assert set(result.finishes) == {planned.project_finish}
    assert result.on_time_probability == 1.0
    for c in result.criticality:
        assert c.index == (1.0 if planned.tasks[c.uid].critical else 0.0)


def test_the_plan_is_left_as_it_was() -> None:
    plan = chain(5, 1, 2, 4)
    before = list(plan.tasks)
    simulate(plan, iterations=50, seed=2)
    assert plan.tasks == before
    assert schedule(plan).project_finish == schedule(chain(5, 1, 2, 4)).project_finish


@pytest.mark.parametrize(
    ("estimate", "message"),
    [
        ((5, 3, 8), "optimistic <= most likely <= pessimistic"),
        ((1, 9, 8), "optimistic <= most likely <= pessimistic"),
        ((-1, 2, 3), "must not be negative"),
        ((1, None, 3), "needs optimistic, most likely and pessimistic"),
    ],
)
def test_bad_estimates_are_refused_naming_the_task(estimate: tuple, message: str) -> None:
    plan = chain(2, 1, 2, 3)
    a, m, b = estimate
    plan.tasks[1] = replace(plan.tasks[1], optimistic=a, most_likely=m, pessimistic=b)
    with pytest.raises(ValueError, match=message) as info:
        simulate(plan, iterations=10, seed=1)
    assert "Step 1" in str(info.value)


def test_bad_arguments_are_refused() -> None:
    plan = chain(2, 1, 2, 3)
    with pytest.raises(ValueError, match="iterations"):
        simulate(plan, iterations=0)
    with pytest.raises(ValueError, match="distribution"):
        simulate(plan, distribution="normal")  # type: ignore[arg-type]


def test_progress_can_cancel_a_run() -> None:
    seen: list[int] = []

    def progress(done: int) -> bool:
        seen.append(done)
        return done < 100

    with pytest.raises(SimulationCancelled):
        simulate(chain(3, 1, 2, 3), iterations=1000, seed=1, progress=progress)
    assert seen[-1] == 100


def test_json_has_the_figures_the_command_line_prints() -> None:
    result = simulate(chain(4, 1, 2, 5), iterations=100, seed=7)
    doc = json.loads(json.dumps(result.to_json()))
    for key in ("iterations", "seed", "distribution", "planned_finish", "p50", "p80", "p90",
                "mean_days", "std_days", "histogram", "s_curve", "criticality"):
        assert key in doc
    assert doc["seed"] == 7 and doc["iterations"] == 100
    assert doc["p50"] == result.p50.strftime("%Y-%m-%dT%H:%M")
    assert {c["uid"] for c in doc["criticality"]} == {f"t{k}" for k in range(4)}


def test_estimates_parse_and_format_as_a_pm_types_them() -> None:
    units = TimeUnits()
    assert parse_estimates("3d / 5d / 10d", units) == (3 * DAY, 5 * DAY, 10 * DAY)
    assert parse_estimates("2d, 1w, 3w") == (2 * DAY, 5 * DAY, 15 * DAY)
    assert parse_estimates("4h 1d 2d") == (240, DAY, 2 * DAY)
    assert parse_estimates("  ") is None
    with pytest.raises(ValueError, match="optimistic"):
        parse_estimates("5d / 3d / 8d")
    with pytest.raises(ValueError, match="three-point"):
        parse_estimates("5d / 8d")
    task = Task(uid="t", name="Build", optimistic=3 * DAY, most_likely=5 * DAY,
                pessimistic=10 * DAY)
    assert format_estimates(task) == "3d / 5d / 10d"
    assert parse_estimates(format_estimates(task)) == (3 * DAY, 5 * DAY, 10 * DAY)
    assert format_estimates(Task(uid="u", name="Plain")) == ""
    assert task_estimate(Task(uid="u", name="Plain")) is None
