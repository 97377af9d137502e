"""The register's risks in the schedule-risk simulation, with worked numbers.

The plan: Design (5 days) then Build (5 days) on the critical path, finishing after 10
working days; Docs (2 days) beside them with 8 days of slack. No task has an estimate, so
every run without risks is the plan itself and each figure below is exact.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from plan_builders import DAY, make_plan
from pmdesk.core.durations import TimeUnits
from pmdesk.core.merge import Merge, diff
from pmdesk.core.model import Dependency, Plan, Risk, RiskKind, RiskStatus, Task
from pmdesk.core.montecarlo import format_schedule_impact, group_finishes, simulate
from pmdesk.core.montecarlo import parse_schedule_impact as parse_impact
from pmdesk.core.risk import in_simulation, schedule_chance, schedule_impact, validate_risk

# The plans start on Monday 11 January 2027 (plan_builders.START) and finish on Friday
# 22 January, 10 working days later.


def plan_with(*risks: Risk, estimated: bool = False) -> Plan:
    def task(uid: str, name: str, days: int, position: int, parent: str | None = None) -> Task:
        estimate = dict(optimistic=(days - 1) * DAY, most_likely=days * DAY,
                        pessimistic=(days + 3) * DAY) if estimated else {}
        return Task(uid, name, position=position, duration=days * DAY, parent_uid=parent,
                    **estimate)

    tasks = [Task("s", "Delivery", position=0), task("a", "Design", 5, 0, "s"),
             task("b", "Build", 5, 1, "s"), task("c", "Docs", 2, 1)]
    return make_plan(tasks, dependencies=[Dependency("d1", "a", "b")],
                     risks=list(risks))


def risk(*, days: tuple[int, int, int] | int = 5, chance: int | None = 100,
         tasks: tuple[str, ...] = ("a",), **fields: object) -> Risk:
    low, likely, high = (days, days, days) if isinstance(days, int) else days
    return Risk("r1", "R-001", "Vendor API late", task_uids=tasks, chance=chance,
                schedule_min=low * DAY, schedule_likely=likely * DAY,
                schedule_max=high * DAY, **fields)  # type: ignore[arg-type]


def p50_days(plan: Plan, seed: int = 7) -> float:
    return simulate(plan, iterations=200, seed=seed).p50_days


def test_a_certain_five_day_risk_on_a_critical_task_moves_p50_by_five_days() -> None:
    assert p50_days(plan_with()) == 10
    result = simulate(plan_with(risk()), iterations=200, seed=7)
    assert result.p50_days == result.p80_days == 15
    assert result.p50 == datetime(2027, 1, 29, 17)  # Friday of the third week
    assert [(r.code, r.occurred) for r in result.risks] == [("R-001", 1.0)]


def test_a_risk_with_no_chance_changes_nothing_not_even_the_other_draws() -> None:
    without = simulate(plan_with(estimated=True), iterations=300, seed=3)
    with_zero = simulate(plan_with(risk(chance=0), estimated=True), iterations=300, seed=3)
    assert with_zero.finishes == without.finishes
    assert with_zero.risks == ()


def test_an_opportunity_pulls_the_finish_in_but_never_below_zero_duration() -> None:
    assert p50_days(plan_with(risk(days=3, kind=RiskKind.OPPORTUNITY))) == 7
    # Design takes 5 days; a 9-day saving leaves it at zero, not minus four.
    assert p50_days(plan_with(risk(days=9, kind=RiskKind.OPPORTUNITY))) == 5


def test_a_risk_on_a_task_with_enough_slack_changes_nothing() -> None:
    result = simulate(plan_with(risk(tasks=("c",))), iterations=100, seed=1)
    assert result.p50_days == result.p80_days == 10
    assert result.risks[0].occurred == 1.0  # it happened, and Docs absorbed it


def test_occurred_and_closed_risks_are_left_out() -> None:
    for status in (RiskStatus.OCCURRED, RiskStatus.CLOSED):
        result = simulate(plan_with(risk(status=status)), iterations=50, seed=1)
        assert result.p50_days == 10 and result.risks == ()
    assert p50_days(plan_with(risk(status=RiskStatus.MONITORING))) == 15


def test_a_risk_on_a_summary_delays_its_last_subtask_once() -> None:
    assert p50_days(plan_with(risk(tasks=("s",)))) == 15


def test_the_chance_is_the_share_of_runs_a_risk_happens_in() -> None:
    result = simulate(plan_with(risk(chance=30)), iterations=1000, seed=11)
    share = result.risks[0].occurred
    assert 0.26 < share < 0.34
    assert result.probability_by(datetime(2027, 1, 22, 17)) == pytest.approx(1 - share)
    assert result.p50_days == 10 and result.p80_days == 15


def test_without_a_chance_the_probability_rating_share_is_used() -> None:
    likely = risk(chance=None, probability=5)
    assert schedule_chance(likely) == 0.9
    result = simulate(plan_with(likely), iterations=1000, seed=2)
    assert 0.87 < result.risks[0].occurred < 0.93


def test_a_three_point_impact_spreads_the_finish_between_min_and_max() -> None:
    plan = plan_with(risk(days=(2, 5, 10)))
    result = simulate(plan, iterations=2000, seed=5, distribution="triangular")
    assert min(result.finish_days) >= 12 and max(result.finish_days) <= 20
    assert result.mean_days == pytest.approx(10 + 17 / 3, abs=0.2)


def test_the_same_seed_repeats_a_run_with_risks() -> None:
    plan = plan_with(risk(chance=50, days=(1, 3, 6)), estimated=True)
    first = simulate(plan, iterations=300, seed=42)
    again = simulate(plan, iterations=300, seed=42)
    assert first.finishes == again.finishes and first.risks == again.risks
    assert first.finishes != simulate(plan, iterations=300, seed=43).finishes


def test_each_risks_effect_on_p80_comes_from_the_runs_it_did_not_happen_in() -> None:
    delay = risk(chance=30)
    absorbed = replace(risk(chance=50, days=2, tasks=("c",)), uid="r2", code="R-002")
    saving = replace(risk(chance=40, days=3, kind=RiskKind.OPPORTUNITY, tasks=("b",)),
                     uid="r3", code="R-003")
    result = simulate(plan_with(delay, absorbed), iterations=1000, seed=8)
    assert [(r.code, r.p80_effect_days) for r in result.risks] == [("R-001", 5), ("R-002", 0)]
    alone = simulate(plan_with(saving), iterations=1000, seed=8).risks[0]
    assert alone.p80_effect_days == 0  # saves in 40 % of runs: P80 still the plan's
    likely = replace(saving, chance=90)
    assert simulate(plan_with(likely), iterations=1000, seed=8).risks[0].p80_effect_days == -3


def test_feature_forecasts_carry_the_risks() -> None:
    groups = {"f": ["a"], "docs": ["c"]}
    plain = group_finishes(plan_with(), groups, iterations=100, seed=1)
    risky = group_finishes(plan_with(risk()), groups, iterations=100, seed=1)
    assert plain["f"] == (datetime(2027, 1, 15, 17),) * 2
    assert risky["f"] == (datetime(2027, 1, 22, 17),) * 2
    assert risky["docs"] == plain["docs"]
    assert [r.code for r in risky.risks] == ["R-001"] and plain.risks == ()


def test_the_json_names_the_risks_included() -> None:
    figures = simulate(plan_with(risk(days=(2, 5, 10))), iterations=20, seed=1).to_json()
    assert figures["risks"] == [{"code": "R-001", "title": "Vendor API late",
                                 "kind": "threat", "chance": 1.0,
                                 "impact_days": [2.0, 5.0, 10.0], "tasks": 1,
                                 "occurred": 1.0, "p80_effect_days": None}]


def test_which_risks_a_simulation_includes() -> None:
    assert in_simulation(risk())
    assert not in_simulation(risk(chance=0))
    assert not in_simulation(risk(days=0))
    assert not in_simulation(risk(tasks=()))
    no_impact = Risk("r2", "R-002", "Churn", task_uids=("a",))
    assert not in_simulation(no_impact)


@pytest.mark.parametrize(("text", "minutes"), [
    ("5d", (5 * DAY,) * 3), ("2d / 5d / 10d", (2 * DAY, 5 * DAY, 10 * DAY)),
    ("1w, 2w, 3w", (5 * DAY, 10 * DAY, 15 * DAY)), ("4h", (240,) * 3), ("  ", None),
])
def test_a_schedule_impact_reads_as_a_pm_types_it(text: str, minutes: object) -> None:
    assert parse_impact(text) == minutes


@pytest.mark.parametrize(("text", "message"), [
    ("-5d", "negative"), ("nan", "not a duration"), ("soon", "not a duration"),
    ("infd", "not a duration"), ("3ed", "working time"), ("10d / 5d / 2d", "min <= likely"),
    ("1d 2d", "one duration such as 5d, or min / likely / max"),
])
def test_a_bad_schedule_impact_is_refused_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_impact(text)


def test_a_schedule_impact_shows_as_it_is_typed() -> None:
    assert format_schedule_impact(risk()) == "5d"
    assert format_schedule_impact(risk(days=(2, 5, 10))) == "2d / 5d / 10d"
    assert format_schedule_impact(Risk("r2", "R-002", "Churn")) == ""
    six_hour_days = TimeUnits(minutes_per_day=360)
    assert format_schedule_impact(risk(days=3), six_hour_days) == "4d"


@pytest.mark.parametrize(("fields", "message"), [
    (dict(chance=101), "chance must be a whole percent from 0 to 100"),
    (dict(chance=-1), "chance must be a whole percent from 0 to 100"),
    (dict(schedule_likely=None), "needs min, likely and max"),
    (dict(schedule_min=-DAY), "must not be negative"),
    (dict(schedule_min=9 * DAY), "min <= likely <= max"),
])
def test_the_register_refuses_a_bad_chance_or_impact(fields: dict, message: str) -> None:
    validate_risk(risk(), plan_with())
    with pytest.raises(ValueError, match=f"Risk 'R-001': .*{message}"):
        validate_risk(replace(risk(), **fields), plan_with())


def test_a_colleagues_chance_and_schedule_impact_diff_and_merge_field_by_field() -> None:
    base = plan_with(risk(chance=None))
    mine = plan_with(risk(chance=40))
    theirs = plan_with(risk(chance=None, days=(2, 5, 10)))
    texts = [c.text() for c in diff(base, theirs)]
    assert texts == ["Vendor API late: schedule min 5d → 2d",
                     "Vendor API late: schedule max 5d → 10d"]
    assert [c.text() for c in diff(base, mine)] == ["Vendor API late: chance — → 40"]
    merge = Merge(base, mine, theirs)
    assert merge.conflicts == []
    merged = merge.plan().risks[0]
    assert (merged.chance, schedule_impact(merged)) == (40, (2 * DAY, 5 * DAY, 10 * DAY))
