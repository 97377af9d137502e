"""Resource leveling: overloads removed by delays alone, links kept, in standard order."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

import plan_builders
from pmdesk.core.leveling import clear_leveling_patch, level, level_plan
from pmdesk.core.model import (
    Assignment,
    Dependency,
    LinkType,
    Plan,
    Resource,
    Task,
)
from pmdesk.core.patch import apply_patch
from pmdesk.core.schedule import schedule
from pmdesk.core.usage import usage

MON = datetime(2025, 3, 3, 8)


def make_plan(tasks, assignments, dependencies=(), resources=None) -> Plan:
    return plan_builders.make_plan(
        tasks, name="Level", start=MON, dependencies=dependencies, assignments=assignments,
        resources=resources or [Resource("ann", "Ann"), Resource("bob", "Bob")])


def links_hold(plan: Plan, result) -> bool:
    """Each link, without lag, is honoured: its successor's end does not come too soon."""
    def ok(d: Dependency) -> bool:
        p, s = result.tasks[d.predecessor_uid], result.tasks[d.successor_uid]
        p_end = p.finish if d.type in (LinkType.FS, LinkType.FF) else p.start
        s_end = s.start if d.type in (LinkType.FS, LinkType.SS) else s.finish
        return s_end >= p_end
    return all(ok(d) for d in plan.dependencies if d.lag == 0)


def test_two_tasks_sharing_a_resource_run_one_after_the_other() -> None:
    plan = make_plan([Task("x", "Build", position=0, duration=5 * 480),
                      Task("y", "Test", position=1, duration=2 * 480)],
                     [Assignment("a1", "x", "ann"), Assignment("a2", "y", "ann")])
    assert usage(plan, schedule(plan)).overallocated() == ["ann"]
    patch = level(plan)
    assert plan.task_index()["y"].leveling_delay == 0  # the plan itself is untouched
    apply_patch(plan, patch)
    result = schedule(plan)
    assert usage(plan, result).overallocated() == []
    # Equal priority and slack: the lower ID keeps its dates, the other waits 5 days.
    assert result.tasks["x"].start == MON
    assert plan.task_index()["y"].leveling_delay == 5 * 480
    assert result.tasks["y"].start == datetime(2025, 3, 10, 8)


def test_priority_decides_who_waits() -> None:
    plan = make_plan([Task("x", "Build", position=0, duration=5 * 480),
                      Task("y", "Urgent fix", position=1, duration=2 * 480, priority=800)],
                     [Assignment("a1", "x", "ann"), Assignment("a2", "y", "ann")])
    apply_patch(plan, level(plan))
    result = schedule(plan)
    assert result.tasks["y"].start == MON
    assert result.tasks["x"].start == datetime(2025, 3, 5, 8)


def test_less_slack_goes_first_and_links_are_kept() -> None:
    # a -> b is the long chain; c runs beside a on the same person and has slack.
    plan = make_plan(
        [Task("a", "Design", position=0, duration=2 * 480),
         Task("b", "Build", position=1, duration=5 * 480),
         Task("c", "Write docs", position=2, duration=2 * 480)],
        [Assignment("1", "a", "ann"), Assignment("2", "b", "bob"), Assignment("3", "c", "ann")],
        [Dependency("ab", "a", "b")])
    apply_patch(plan, level(plan))
    result = schedule(plan)
    assert usage(plan, result).overallocated() == []
    assert result.tasks["a"].start == MON  # on the critical path: keeps its dates
    assert result.tasks["c"].start == datetime(2025, 3, 5, 8)
    assert links_hold(plan, result)
    assert result.project_finish == datetime(2025, 3, 11, 17)  # the finish did not move


def test_started_tasks_stay_and_impossible_units_are_reported() -> None:
    plan = make_plan([Task("x", "Started", position=0, duration=3 * 480, percent_complete=10,
                           actual_start=MON),
                      Task("y", "New", position=1, duration=480),
                      Task("z", "Too much", position=2, duration=480)],
                     [Assignment("a1", "x", "ann"), Assignment("a2", "y", "ann"),
                      Assignment("a3", "z", "bob", units=1.5)])
    outcome = level_plan(plan)
    assert "x" not in outcome.delays
    assert outcome.delays["y"] == 3 * 480
    assert outcome.unresolved == ("z",)
    assert outcome.overallocated_after == ("bob",)


def test_clearing_removes_every_delay_and_releveling_starts_afresh() -> None:
    plan = make_plan([Task("x", "Build", position=0, duration=480),
                      Task("y", "Test", position=1, duration=480, leveling_delay=10 * 480)],
                     [Assignment("a1", "x", "ann")])
    # Nothing is over-allocated, so leveling takes away the delay a previous run left.
    assert level_plan(plan).delays == {}
    apply_patch(plan, level(plan))
    assert plan.task_index()["y"].leveling_delay == 0
    plan.tasks[1] = replace(plan.tasks[1], leveling_delay=480)
    apply_patch(plan, clear_leveling_patch(plan))
    assert all(t.leveling_delay == 0 for t in plan.tasks)
    assert clear_leveling_patch(plan).is_empty()


@st.composite
def loaded_plans(draw) -> Plan:
    n = draw(st.integers(2, 12))
    resources = [Resource(f"r{i}", f"R{i}", max_units=draw(st.sampled_from((0.5, 1.0, 2.0))))
                 for i in range(draw(st.integers(1, 3)))]
    tasks, assignments, deps = [], [], []
    for i in range(n):
        tasks.append(Task(f"t{i}", f"T{i}", position=i,
                          duration=draw(st.sampled_from((240, 480, 960, 2400))),
                          priority=draw(st.sampled_from((500, 500, 700)))))
        for r in draw(st.sets(st.sampled_from(resources), max_size=2)):
            units = draw(st.sampled_from((0.5, 1.0)))
            assignments.append(Assignment(f"a{i}{r.uid}", f"t{i}", r.uid,
                                          units=min(units, r.max_units)))
        if i and draw(st.booleans()):
            j = draw(st.integers(0, i - 1))
            deps.append(Dependency(f"d{i}", f"t{j}", f"t{i}",
                                   draw(st.sampled_from(list(LinkType))),
                                   lag=draw(st.sampled_from((0, 0, 240, -240)))))
    return make_plan(tasks, assignments, deps, resources)


@settings(max_examples=80, deadline=None)
@given(loaded_plans())
def test_leveling_removes_every_over_allocation_without_breaking_a_link(plan: Plan) -> None:
    before = {t.uid: t for t in plan.tasks}
    outcome = level_plan(plan)
    apply_patch(plan, outcome.patch)
    result = schedule(plan)
    assert usage(plan, result).overallocated() == []
    assert outcome.unresolved == () and outcome.overallocated_after == ()
    assert links_hold(plan, result)
    # Only leveling delays changed.
    for t in plan.tasks:
        assert replace(t, leveling_delay=0) == replace(before[t.uid], leveling_delay=0)


def test_levelling_a_plan_with_work_under_way_places_every_task_after_its_predecessors() -> None:
    """Started and pinned tasks are placed first; their successors wait for every
    predecessor (the demo has both, and links from summaries)."""
    from pmdesk.core.patch import apply_patch as apply_core
    from pmdesk.core.schedule import schedule as full_schedule
    from pmdesk.demo import build_demo_plan

    plan = build_demo_plan()
    outcome = level_plan(plan)
    assert outcome.delays
    apply_core(plan, outcome.patch)
    result = full_schedule(plan)
    tasks = plan.task_index()
    for d in plan.dependencies:
        if d.type.value == "FS" and d.lag == 0 and d.lag_percent is None:
            if (
                tasks[d.predecessor_uid].parent_uid is None
                or tasks[d.successor_uid].parent_uid is None
            ):
                continue
            assert result.tasks[d.successor_uid].start >= result.tasks[d.predecessor_uid].finish


def test_leveling_says_what_it_cost_finish_and_deadlines() -> None:
    plan = make_plan([Task("x", "Build", position=0, duration=5 * 480),
                      Task("y", "Test", position=1, duration=2 * 480,
                           deadline=datetime(2025, 3, 4, 17))],
                     [Assignment("a1", "x", "ann"), Assignment("a2", "y", "ann")])
    outcome = level_plan(plan)
    assert outcome.finish_before == datetime(2025, 3, 7, 17)
    assert outcome.finish_after == datetime(2025, 3, 11, 17)
    assert outcome.finish_slip(plan) == 2 * 480
    assert outcome.new_deadline_misses == ("y",)
    assert outcome.cost_text(plan) == (
        "Finish Fri 07 Mar 2025 → Tue 11 Mar 2025 (+2 working days); now missing its "
        "deadline: Test (Tue 04 Mar 2025).")


def test_leveling_that_costs_nothing_says_the_finish_holds() -> None:
    plan = make_plan([Task("x", "Build", position=0, duration=5 * 480),
                      Task("y", "Test", position=1, duration=2 * 480)],
                     [Assignment("a1", "x", "ann"), Assignment("a2", "y", "bob")])
    outcome = level_plan(plan)
    assert outcome.new_deadline_misses == ()
    assert outcome.cost_text(plan) == "Finish unchanged (Fri 07 Mar 2025)."
