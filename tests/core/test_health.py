"""One rule for late, missed, critical and over budget, as the headlines and counts use it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest

from pmdesk.core.baselines import save_baseline_patch
from pmdesk.core.evm import evm_summary
from pmdesk.core.health import (
    Headline,
    Level,
    cost_headline,
    critical_tasks,
    late_tasks,
    missed_deadlines,
    schedule_headline,
    status_moment,
)
from pmdesk.core.model import Dependency, Plan, ProjectInfo, Task, standard_calendar
from pmdesk.core.patch import Patch, apply_patch
from pmdesk.core.schedule import schedule

DAY = 480
START = datetime(2027, 1, 11, 8)  # a Monday


def plan(deadline: datetime | None = None) -> Plan:
    cal = standard_calendar()
    tasks = [
        Task("ph", "Build", position=0),
        Task("a", "API", parent_uid="ph", position=0, duration=5 * DAY),
        Task("b", "App", parent_uid="ph", position=1, duration=5 * DAY, deadline=deadline),
        Task("c", "Docs", parent_uid="ph", position=2, duration=2 * DAY),
        Task("m", "Launch", position=1, duration=0, milestone=True),
    ]
    deps = [Dependency("d1", "a", "b"), Dependency("d2", "b", "m"), Dependency("d3", "c", "m")]
    return Plan(project=ProjectInfo("p", "Health", START, calendar_uid=cal.uid),
                calendars={cal.uid: cal}, tasks=tasks, dependencies=deps)


def test_without_a_status_date_the_status_moment_is_the_end_of_todays_working_day() -> None:
    p = plan()
    assert status_moment(p, datetime(2027, 1, 13, 10, 5)) == datetime(2027, 1, 13, 17)
    assert status_moment(p, datetime(2027, 1, 13, 16, 59)) == datetime(2027, 1, 13, 17)
    # A Saturday: the work done so far ended on Friday evening.
    assert status_moment(p, datetime(2027, 1, 16, 11)) == datetime(2027, 1, 15, 17)
    p.project = replace(p.project, status_date=datetime(2027, 1, 12, 12))
    assert status_moment(p, datetime(2027, 1, 13, 10)) == datetime(2027, 1, 12, 12)


def test_earned_value_without_a_status_date_does_not_follow_the_clock() -> None:
    p = plan()
    result = schedule(p)
    first = evm_summary(p, result)
    second = evm_summary(p, result)
    assert first == second
    assert first["status_date"] == status_moment(p).strftime("%Y-%m-%dT%H:%M")
    assert first["status_date"].endswith("T17:00")


def test_critical_tasks_are_leaf_tasks_only() -> None:
    p = plan()
    result = schedule(p)
    assert result.tasks["ph"].critical  # the summary is critical too ...
    names = [t.name for t in critical_tasks(p, result)]
    assert names == ["API", "App", "Launch"]  # ... but only leaf tasks are counted


def test_a_missed_deadline_and_late_tasks() -> None:
    p = plan(deadline=datetime(2027, 1, 20, 17))
    result = schedule(p)
    assert result.tasks["b"].finish == datetime(2027, 1, 22, 17)
    assert [t.name for t in missed_deadlines(p, result)] == ["App"]
    assert [t.name for t in late_tasks(p, result, datetime(2027, 1, 18, 8))] == ["API", "Docs"]


def test_a_missed_deadline_makes_the_schedule_headline_red_even_on_baseline() -> None:
    p = plan()
    apply_patch(p, save_baseline_patch(p, schedule(p)))
    assert schedule_headline(p, schedule(p)) == Headline("on baseline", Level.GOOD)
    b = p.task_index()["b"]
    apply_patch(p, Patch(tasks=(replace(b, deadline=datetime(2027, 1, 20, 17)),)))
    head = schedule_headline(p, schedule(p))
    assert head.level is Level.BAD and head.text == "1 deadline missed"


@pytest.mark.parametrize("extra_days, level", [(3, Level.WARN), (8, Level.BAD)])
def test_a_slip_past_baseline_reads_as_its_size(extra_days, level) -> None:
    p = plan()
    apply_patch(p, save_baseline_patch(p, schedule(p)))
    b = p.task_index()["b"]
    apply_patch(p, Patch(tasks=(replace(b, duration=b.duration + extra_days * DAY),)))
    head = schedule_headline(p, schedule(p))
    assert head.level is level
    assert head.text == f"+{extra_days} d vs baseline 22 Jan 2027"


def test_no_baseline_and_nothing_missed_says_so() -> None:
    p = plan()
    assert schedule_headline(p, schedule(p)).level is Level.NONE
    assert schedule_headline(p, schedule(p), Decimal("0.80")) == Headline("SPI 0.80", Level.WARN)


def test_the_cost_headline_follows_eac_not_the_plan() -> None:
    """The report: "within budget" in green beside CPI 0.43 and VAC -211,579."""
    head = cost_headline(planned=Decimal(150_000), budget=Decimal(160_000),
                         bac=Decimal(160_000), eac=Decimal(371_579), cpi=Decimal("0.43"),
                         currency="EUR")
    assert head.level is Level.BAD
    assert head.text == "€211,579.00 over budget by EAC · CPI 0.43"


def test_the_cost_headline_within_budget_and_without_one() -> None:
    fine = cost_headline(Decimal(100), Decimal(120), Decimal(100), Decimal(110), Decimal("1.0"),
                         "EUR")
    assert fine == Headline("within budget", Level.GOOD)
    slightly = cost_headline(Decimal(100), Decimal(0), Decimal(100), Decimal(103),
                             Decimal("0.97"), "EUR")
    assert slightly == Headline("€3.00 over planned cost by EAC", Level.WARN)
    planned_over = cost_headline(Decimal(130), Decimal(120), Decimal(130), None, None, "CHF")
    assert planned_over == Headline("CHF\u00a010.00 over budget", Level.BAD)
    assert cost_headline(Decimal(0), Decimal(0), Decimal(0), None, None, "EUR").level is \
        Level.NONE
