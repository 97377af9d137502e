"""Budget against planned and actual cost, per category and for the project."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from pmdesk.core.budget import budget_report
from pmdesk.core.costs import plan_cost
from pmdesk.core.model import (
    Assignment,
    BudgetLine,
    CostEntry,
    Plan,
    ProjectInfo,
    Resource,
    Task,
    standard_calendar,
)

D = Decimal


def plan() -> Plan:
    cal = standard_calendar("cal")
    project = ProjectInfo(uid="p", name="Budget", start=datetime(2025, 3, 3, 8),
                          calendar_uid="cal", budget=D(12000),
                          status_date=datetime(2025, 3, 14, 17))
    tasks = [Task("a", "Build app", position=0, duration=10 * 480, percent_complete=50),
             Task("b", "Campaign", position=1, duration=5 * 480, fixed_cost=D(2000),
                  tags=("marketing",))]
    return Plan(
        project=project, calendars={"cal": cal}, tasks=tasks,
        resources=[Resource("dev", "Dev", group="Engineering", standard_rate=D(50)),
                   Resource("mkt", "Mia", group="Marketing", standard_rate=D(40))],
        assignments=[Assignment("x", "a", "dev"), Assignment("y", "b", "mkt", 0.5)],
        budget_lines=[BudgetLine("l1", "Engineering", D(5000)),
                      BudgetLine("l2", "Marketing", D(4000))],
        cost_entries=[CostEntry("c1", date(2025, 3, 5), D(300), "Licences", None, "IDE"),
                      CostEntry("c2", date(2025, 3, 20), D(900), "Engineering", "a", "later")])


def test_categories_planned_actual_remaining() -> None:
    p = plan()
    report = budget_report(p)
    rows = {r.category: r for r in report.rows}
    assert [r.category for r in report.rows] == ["Engineering", "Marketing", "Licences"]
    eng = rows["Engineering"]
    # 80 h at 50 = 4,000 planned; half done = 2,000 actual (the 900 comes after the date).
    assert (eng.budget, eng.planned, eng.actual) == (D(5000), D(4000), D(2000))
    assert eng.remaining == D(3000) and eng.variance == D(1000)
    mkt = rows["Marketing"]
    # 20 h at 40 = 800 of work, plus the campaign's fixed 2,000 tagged "marketing".
    assert mkt.planned == D(2800) and mkt.actual == 0 and mkt.variance == D(1200)
    lic = rows["Licences"]
    assert (lic.budget, lic.planned, lic.actual, lic.remaining) == (0, 0, D(300), D(-300))
    assert report.project.budget == D(12000)
    assert report.project.planned == plan_cost(p) == D(6800)
    assert report.project.actual == D(2300)
    assert report.unallocated == D(3000)


def test_later_as_of_counts_later_entries_and_no_project_budget_sums_lines() -> None:
    p = plan()
    report = budget_report(p, as_of=date(2025, 3, 31))
    assert {r.category: r.actual for r in report.rows}["Engineering"] == D(2900)
    from dataclasses import replace

    p.project = replace(p.project, budget=D(0))
    assert budget_report(p).project.budget == D(9000)
