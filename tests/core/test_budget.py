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


def test_one_cost_formula_for_tasks_resources_and_budget_lines() -> None:
    """The demo's task costs, its resources' costs and its budget's planned figures come
    from one formula: each way of adding the same assignments up gives the same total."""
    from pmdesk.core.costs import assignment_cost, resource_costs, task_costs
    from pmdesk.core.outline import summary_uids
    from pmdesk.demo import build_demo_plan

    demo = build_demo_plan(date(2026, 11, 2))
    summaries = summary_uids(demo.tasks)
    fixed = sum((t.fixed_cost for t in demo.tasks), D(0))
    total = plan_cost(demo)
    assert total > fixed > 0
    assert sum(resource_costs(demo).values(), D(0)) + fixed == total
    assert budget_report(demo).project.planned == total.quantize(D("0.01"))
    tasks = demo.task_index()
    resources = {r.uid: r for r in demo.resources}
    own = task_costs(demo)
    for t in demo.tasks:
        if t.uid not in summaries:
            mine = [a for a in demo.assignments if a.task_uid == t.uid]
            assert own[t.uid] == t.fixed_cost + sum(
                (assignment_cost(tasks[t.uid], a, resources[a.resource_uid]) for a in mine),
                D(0))


def test_an_assignment_costs_work_at_the_rate_units_of_material_and_the_cost_per_use() -> None:
    from pmdesk.core.costs import assignment_cost
    from pmdesk.core.model import ResourceType

    task = Task("t", "Build", duration=2 * 480)
    dev = Resource("dev", "Dev", standard_rate=D(60), cost_per_use=D(25))
    assert assignment_cost(task, Assignment("a", "t", "dev", 0.5), dev) == D(505)  # 8 h + 25
    paint = Resource("m", "Paint", type=ResourceType.MATERIAL, standard_rate=D(12))
    assert assignment_cost(task, Assignment("b", "t", "m", 3), paint) == D(36)
    fee = Resource("f", "Fee", type=ResourceType.COST, cost_per_use=D(99))
    assert assignment_cost(task, Assignment("c", "t", "f"), fee) == D(99)
    elapsed = Task("e", "Cure", duration=2 * 480, duration_elapsed=True)
    assert assignment_cost(elapsed, Assignment("d", "e", "dev"), dev) == D(25)
