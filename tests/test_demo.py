"""The demo project a user sees when pmdesk starts without a file."""

from __future__ import annotations

import copy
from collections import Counter
from datetime import date, datetime, time, timedelta

import pytest

from pmdesk import resources_path
from pmdesk.core.model import ConstraintType, LinkType, Plan, RiskKind, Task
from pmdesk.core.outline import normalize, summary_uids
from pmdesk.demo import DemoDataError, build_demo_plan, load_demo_data, plan_from_demo_data

TODAY = date(2025, 3, 12)  # a Wednesday
PHASES = ["Discovery", "Definition", "Build", "Launch", "Growth"]


@pytest.fixture(scope="module")
def plan() -> Plan:
    return build_demo_plan(TODAY)


def leaves(plan: Plan) -> list[Task]:
    parents = summary_uids(plan.tasks)
    return [t for t in plan.tasks if t.uid not in parents]


def phase(plan: Plan, name: str) -> Task:
    return next(t for t in plan.tasks if t.parent_uid is None and t.name == name)


def holidays(plan: Plan) -> set[date]:
    calendar = plan.calendars[plan.project.calendar_uid or ""]
    return {
        exc.start + timedelta(days=n)
        for exc in calendar.exceptions
        for n in range((exc.finish - exc.start).days + 1)
    }


def test_plan_is_large_enough_to_explore(plan: Plan) -> None:
    work = [t for t in leaves(plan) if not t.milestone]
    assert len(work) >= 60
    milestones = [t.name for t in plan.tasks if t.milestone]
    assert len(milestones) >= 5
    assert any(name.startswith("Launch") for name in milestones)
    assert any("Beta" in name for name in milestones)


def test_top_level_is_the_five_lifecycle_phases_in_order(plan: Plan) -> None:
    assert [t.name for t in plan.tasks if t.parent_uid is None] == PHASES


def test_tasks_are_in_outline_order(plan: Plan) -> None:
    assert [t.uid for t in normalize(plan.tasks)] == [t.uid for t in plan.tasks]


def test_links_use_every_type_with_lags_leads_percent_and_elapsed(plan: Plan) -> None:
    links = plan.dependencies
    assert {d.type for d in links} == set(LinkType)
    assert any(d.lag > 0 and not d.lag_elapsed for d in links)
    assert any(d.lag < 0 for d in links), "a lead"
    assert any(d.lag_percent for d in links)
    elapsed = [d for d in links if d.lag_elapsed]
    assert elapsed and all(d.lag > 0 for d in elapsed)


def test_links_join_work_items_not_summaries(plan: Plan) -> None:
    parents = summary_uids(plan.tasks)
    for d in plan.dependencies:
        assert d.predecessor_uid not in parents
        assert d.successor_uid not in parents


def test_resources_have_rates_and_work(plan: Plan) -> None:
    assert 6 <= len(plan.resources) <= 8
    assert all(r.standard_rate > 0 for r in plan.resources)
    assert any(r.cost_per_use > 0 for r in plan.resources)
    assigned = Counter(a.resource_uid for a in plan.assignments)
    assert all(assigned[r.uid] >= 3 for r in plan.resources)
    assert all(0 < a.units <= 1 for a in plan.assignments)
    parents = summary_uids(plan.tasks)
    milestones = {t.uid for t in plan.tasks if t.milestone}
    assert not {a.task_uid for a in plan.assignments} & (parents | milestones)


def test_demo_has_three_point_estimates_on_future_work(plan: Plan) -> None:
    estimated = [t for t in plan.tasks if t.most_likely is not None]
    assert len(estimated) >= 20
    for t in estimated:
        assert t.optimistic <= t.most_likely == t.duration <= t.pessimistic, t.name


def test_risk_register_is_complete(plan: Plan) -> None:
    risks = plan.risks
    assert len(risks) >= 10
    assert len({r.code for r in risks}) == len(risks)
    assert {r.category for r in risks} == set(plan.project.risk_categories)
    assert {RiskKind.THREAT, RiskKind.OPPORTUNITY} <= {r.kind for r in risks}
    people = {r.name for r in plan.resources}
    for risk in risks:
        assert risk.owner in people, risk.code
        assert 1 <= risk.probability <= 5 and 1 <= risk.impact <= 5, risk.code
        assert risk.description.startswith("Because") and "which would" in risk.description
        assert risk.strategy and risk.response and risk.task_uids, risk.code
        assert risk.raised is not None and risk.raised <= TODAY, risk.code
    open_risks = [r for r in risks if r.closed is None]
    assert all(r.review_date is not None and r.review_date > TODAY for r in open_risks)


def test_every_reference_points_at_an_existing_row(plan: Plan) -> None:
    tasks = plan.task_index()
    resources = {r.uid for r in plan.resources}
    columns = {c.uid for c in plan.board_columns}
    assert plan.project.calendar_uid in plan.calendars
    for t in plan.tasks:
        assert t.parent_uid is None or t.parent_uid in tasks
        assert t.board_column_uid is None or t.board_column_uid in columns
    for d in plan.dependencies:
        assert d.predecessor_uid in tasks and d.successor_uid in tasks
    for a in plan.assignments:
        assert a.task_uid in tasks and a.resource_uid in resources
    for r in plan.risks:
        assert all(uid in tasks for uid in r.task_uids)


def test_links_form_no_cycle(plan: Plan) -> None:
    successors: dict[str, list[str]] = {}
    for d in plan.dependencies:
        successors.setdefault(d.predecessor_uid, []).append(d.successor_uid)
    state: dict[str, int] = {}  # 1: on the current path, 2: fully explored

    def visit(uid: str) -> None:
        state[uid] = 1
        for nxt in successors.get(uid, ()):
            assert state.get(nxt) != 1, "dependency cycle"
            if nxt not in state:
                visit(nxt)
        state[uid] = 2

    for t in plan.tasks:
        if t.uid not in state:
            visit(t.uid)


def test_phases_show_a_project_in_the_middle_of_build(plan: Plan) -> None:
    assert phase(plan, "Discovery").percent_complete == 100
    assert 0 < phase(plan, "Definition").percent_complete < 100
    assert 0 < phase(plan, "Build").percent_complete < 100
    assert phase(plan, "Launch").percent_complete == 0
    assert phase(plan, "Growth").percent_complete == 0


def test_progress_is_consistent_with_the_status_date(plan: Plan) -> None:
    status = plan.project.status_date
    assert status is not None
    work = leaves(plan)
    done = [t for t in work if t.percent_complete == 100]
    partly = [t for t in work if 0 < t.percent_complete < 100]
    future = [t for t in work if t.percent_complete == 0]
    assert len(done) >= 10 and len(partly) >= 3 and len(future) >= 20
    for t in done:
        assert t.actual_start is not None and t.actual_finish is not None
        assert t.actual_start <= t.actual_finish <= status
    for t in partly:
        assert t.actual_start is not None and t.actual_start < status
        assert t.actual_finish is None
    for t in future:
        assert t.actual_start is None and t.actual_finish is None


def test_started_work_respects_its_finish_to_start_predecessors(plan: Plan) -> None:
    tasks = plan.task_index()
    checked = 0
    for d in plan.dependencies:
        succ, pred = tasks[d.successor_uid], tasks[d.predecessor_uid]
        if d.type is LinkType.FS and d.lag >= 0 and succ.actual_start is not None:
            assert pred.actual_finish is not None, (pred.name, succ.name)
            assert pred.actual_finish <= succ.actual_start, (pred.name, succ.name)
            checked += 1
    assert checked >= 10


def test_work_happens_on_working_days_only(plan: Plan) -> None:
    off = holidays(plan)
    assert len(off) >= 2
    assert all(day.weekday() < 5 for day in off)
    assert any(plan.project.start.date() < day < TODAY for day in off)
    for t in plan.tasks:
        for moment in (t.actual_start, t.actual_finish):
            if moment is not None:
                assert moment.weekday() < 5 and moment.date() not in off, t.name
                assert time(8) <= moment.time() <= time(17), t.name


def test_board_spreads_cards_over_the_columns(plan: Plan) -> None:
    columns = {c.uid: c for c in plan.board_columns}
    assert [c.name for c in plan.board_columns] == [
        "Backlog",
        "Ready",
        "In progress",
        "Review",
        "Done",
    ]
    assert [c.name for c in plan.board_columns if c.done] == ["Done"]
    cards = [t for t in plan.tasks if t.board_column_uid is not None]
    per_column = Counter(columns[t.board_column_uid].name for t in cards if t.board_column_uid)
    assert len(per_column) >= 4
    assert all(per_column[name] > 0 for name in ("Backlog", "Ready", "In progress", "Done"))
    work = [t for t in leaves(plan) if not t.milestone]
    assert {t.uid for t in cards} == {t.uid for t in work}
    for t in cards:
        column = columns[t.board_column_uid or ""]
        if column.done:
            assert t.percent_complete == 100
        elif column.name in ("In progress", "Review"):
            assert 0 < t.percent_complete < 100
        else:
            assert t.percent_complete == 0
    for column in plan.board_columns:
        ranks = [t.board_rank for t in cards if t.board_column_uid == column.uid]
        assert len(set(ranks)) == len(ranks), column.name


@pytest.mark.parametrize("offset", range(7))
def test_every_weekday_shows_the_same_story_within_wip_limits(offset: int) -> None:
    today = date(2025, 3, 10) + timedelta(days=offset)
    plan = build_demo_plan(today)
    assert phase(plan, "Discovery").percent_complete == 100
    assert 0 < phase(plan, "Definition").percent_complete < 100
    assert 0 < phase(plan, "Build").percent_complete < 100
    for column in plan.board_columns:
        cards = sum(1 for t in plan.tasks if t.board_column_uid == column.uid)
        if column.wip_limit is not None:
            assert 0 < cards <= column.wip_limit, column.name


def test_plan_moves_with_today() -> None:
    early, late = date(2025, 3, 12), date(2026, 7, 1)
    a, b = build_demo_plan(early), build_demo_plan(late)
    assert a.project.status_date is not None and b.project.status_date is not None
    assert a.project.status_date.date() == early
    assert b.project.status_date.date() == late
    shift = b.project.start - a.project.start
    assert shift == timedelta(weeks=68)
    for plan, today in ((a, early), (b, late)):
        start = plan.project.start
        assert start.weekday() == 0 and start.time() == time(8)
        assert timedelta(weeks=3) < datetime.combine(today, time(8)) - start < timedelta(weeks=12)
    deadlines_a = [t.deadline for t in a.tasks if t.deadline]
    deadlines_b = [t.deadline for t in b.tasks if t.deadline]
    assert deadlines_a and [d + shift for d in deadlines_a] == deadlines_b


def test_default_today_is_the_real_today() -> None:
    before = date.today()
    plan = build_demo_plan()
    assert plan.project.status_date is not None
    assert before <= plan.project.status_date.date() <= date.today()


def test_every_build_gets_fresh_identifiers() -> None:
    def uids(plan: Plan) -> set[str]:
        rows = [
            plan.project,
            *plan.calendars.values(),
            *plan.tasks,
            *plan.dependencies,
            *plan.resources,
            *plan.assignments,
            *plan.board_columns,
            *plan.risks,
        ]
        return {row.uid for row in rows}

    first, second = uids(build_demo_plan(TODAY)), uids(build_demo_plan(TODAY))
    assert len(first) > 300
    assert not first & second


def test_plan_carries_pm_details(plan: Plan) -> None:
    confidential = [t for t in plan.tasks if t.confidential]
    assert confidential and all(t.notes for t in confidential)
    assert sum(1 for t in plan.tasks if t.fixed_cost > 0) >= 3
    tags = {tag for t in plan.tasks for tag in t.tags}
    assert {"ios", "android", "backend", "marketing"} <= tags
    assert any(t.constraint_type is ConstraintType.SNET and t.constraint_date for t in plan.tasks)
    assert sum(1 for t in plan.tasks if t.deadline) >= 2
    assert {t.duration_unit for t in plan.tasks} >= {"h", "d", "w"}


def test_demo_data_ships_as_a_resource() -> None:
    assert resources_path("demo/product_launch.json").is_file()
    with pytest.raises(FileNotFoundError, match="no-such-file"):
        resources_path("demo/no-such-file.json")


def test_cycle_in_demo_data_is_reported_by_task_key() -> None:
    data = copy.deepcopy(load_demo_data())
    kickoff = data["tasks"][0]["children"][0]["children"][0]
    assert kickoff["key"] == "kickoff"
    kickoff["after"] = ["synthesis"]
    with pytest.raises(DemoDataError, match="cycle.*kickoff"):
        plan_from_demo_data(data, TODAY)


def test_unknown_predecessor_in_demo_data_is_named() -> None:
    data = copy.deepcopy(load_demo_data())
    data["tasks"][0]["children"][0]["children"][1]["after"] = ["kick_off"]
    with pytest.raises(DemoDataError, match="stakeholders.*kick_off"):
        plan_from_demo_data(data, TODAY)


def test_demo_has_a_budget_and_only_past_invoices(plan: Plan) -> None:
    assert plan.project.budget > 0
    assert sum(line.amount for line in plan.budget_lines) <= plan.project.budget
    assert plan.cost_entries
    assert all(entry.on <= plan.project.status_date.date() for entry in plan.cost_entries)
    tasks = {t.uid for t in plan.tasks}
    assert all(entry.task_uid is None or entry.task_uid in tasks for entry in plan.cost_entries)
